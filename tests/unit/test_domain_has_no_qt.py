"""The domain must run headless (CLI, servers, tests): importing it must not pull in Qt."""

from __future__ import annotations

import subprocess
import sys

DOMAIN = [
    "pdr_desktop.forms",
    "pdr_desktop.drafts",
    "pdr_desktop.review",
    "pdr_desktop.settings",
    "pdr_desktop.paths",
    "pdr_desktop.cli",
    "pdr_desktop.drafts.sample",
    "pdr_desktop.drafts.library",
    "pdr_desktop.review.completeness",
    "pdr_desktop.review.signing",
]


def test_domain_imports_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {DOMAIN!r}: importlib.import_module(name)\n"
        "for pkg in ('pdr_desktop.forms', 'pdr_desktop.drafts', 'pdr_desktop.review', 'pdr_desktop.export'):\n"
        "    try: mod = importlib.import_module(pkg)\n"
        "    except ModuleNotFoundError: continue\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
