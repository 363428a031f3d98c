"""Asking the desktop to open a mail composer or a folder, and knowing whether it did.

QDesktopServices.openUrl's answer is the start of it: on Windows and macOS it is False when
nothing is registered for the link. On Linux, Qt hands the link to xdg-open and says True as
soon as xdg-open starts, even when xdg-open then finds no mail program or file manager (the
laptop in the report: "no method available"). So on Linux the handler xdg-open would use is
looked up first (xdg-mime); with none, nothing is launched and the answer is False.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

LOOKUP_SECONDS = 3


def _mime_type(url: QUrl) -> str:
    if url.isLocalFile():
        return "inode/directory"
    return f"x-scheme-handler/{url.scheme()}"


def handler_known(url: QUrl) -> bool:
    """Whether the desktop has a program for this kind of link (True when it cannot be told)."""
    if not sys.platform.startswith("linux"):
        return True  # openUrl's own answer is reliable there
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return True  # no way to ask: Qt may still manage (a portal, gio); its answer stands
    try:
        found = subprocess.run(
            [xdg_mime, "query", "default", _mime_type(url)],
            capture_output=True,
            text=True,
            timeout=LOOKUP_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return bool(found.stdout.strip())


def open_url(url: QUrl) -> bool:
    """Open *url* with the desktop's program for it; True only if one took it."""
    if not handler_known(url):
        return False
    return bool(QDesktopServices.openUrl(url))
