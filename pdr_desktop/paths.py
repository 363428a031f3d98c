"""The one place that knows where PDR Desktop keeps things on disk.

Nothing is created at import time: callers ask for a folder with ``ensure=True``
when they are about to write to it.  ``PDR_DESKTOP_HOME`` (or ``--data-dir``,
which sets it) moves *everything* under one folder, for tests and portable use.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from pdr_desktop import APP_ID
from pdr_desktop.atomic import make_private_dirs

HOME_ENV = "PDR_DESKTOP_HOME"
SITE_SETTINGS_ENV = "PDR_DESKTOP_SITE_SETTINGS"

_dirs = PlatformDirs(appname=APP_ID, appauthor=False, roaming=False)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path, ensure: bool) -> Path:
    if ensure:
        make_private_dirs(path)
        if os.name == "posix":
            # Drafts are personal data about staff: owner-only on shared machines.
            path.chmod(0o700)
    return path


def data_dir(ensure: bool = False) -> Path:
    home = _home()
    return _ensure(home if home else Path(_dirs.user_data_dir), ensure)


def config_dir(ensure: bool = False) -> Path:
    home = _home()
    return _ensure(home / "config" if home else Path(_dirs.user_config_dir), ensure)


def drafts_dir(ensure: bool = False) -> Path:
    """Where new drafts go unless the user or IT chose another folder."""
    return _ensure(data_dir() / "drafts", ensure)


def backups_dir(ensure: bool = False) -> Path:
    return _ensure(data_dir() / "backups", ensure)


def recovery_dir(ensure: bool = False) -> Path:
    return _ensure(data_dir() / "recovery", ensure)


def personal_dictionary_file() -> Path:
    """The person's own spelling words ("Add to dictionary"): one word a line, owner-only."""
    return data_dir() / "personal-dictionary.txt"


def cache_dir(ensure: bool = False) -> Path:
    """Things the app can rebuild (the team view's summaries): owner-only, safe to delete."""
    home = _home()
    return _ensure(home / "cache" if home else Path(_dirs.user_cache_dir), ensure)


def user_forms_dir() -> Path:
    return data_dir() / "forms"


def site_config_dirs() -> list[Path]:
    """Machine-wide folders IT may use, most specific first."""
    return [
        Path(p)
        for p in PlatformDirs(appname=APP_ID, appauthor=False, multipath=True).site_config_dir.split(
            os.pathsep
        )
    ]
