"""The domain must run headless (CLI, servers, tests): importing it must not pull in Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap

DOMAIN_PACKAGES = ("pdr_desktop.forms", "pdr_desktop.drafts", "pdr_desktop.review", "pdr_desktop.export")
ALSO_HEADLESS = ("pdr_desktop.settings", "pdr_desktop.paths", "pdr_desktop.cli")

PROBE = textwrap.dedent("""
    import importlib, pkgutil, sys
    packages, modules = sys.argv[1].split(","), sys.argv[2].split(",")
    for name in modules:
        importlib.import_module(name)
    for pkg in packages:
        mod = importlib.import_module(pkg)
        for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
            importlib.import_module(info.name)
    print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
""")


def test_domain_imports_no_qt():
    packages = [p for p in DOMAIN_PACKAGES if p != "pdr_desktop.export" or _exists(p)]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(packages), ",".join(ALSO_HEADLESS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def _exists(package: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(package) is not None
