"""The domain must run headless (CLI, servers, tests): importing it must not pull in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

DOMAIN_PACKAGES = (
    "pdr_desktop.forms",
    "pdr_desktop.drafts",
    "pdr_desktop.review",
    "pdr_desktop.export",
    "pdr_desktop.spelling",
    "pdr_desktop.team",
)
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


RUN_COMMANDS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from pdr_desktop.cli import main
    folder = Path(sys.argv[1])
    a, b = str(folder / "a.pdr"), str(folder / "b.pdr")
    steps = [
        ["forms"], ["sample", "-o", a], ["sample", "-o", b], ["check", a],
        ["sign", a, "--role", "practitioner", "--name", "Zoë", "--date", "2026-07-20"],
        ["round", a], ["list", str(folder)], ["diff", a, b],
        ["export", a, "--to", "docx"], ["export", a, "--to", "pdf"],
        ["import", str(folder / "a.docx"), "-o", str(folder / "from-docx.pdr")],
        ["import", str(folder / "a.pdf"), "-o", str(folder / "from-pdf.pdr")],
        ["carry-forward", str(folder / "a.docx"), "-o", str(folder / "next.pdr")],
        ["team", str(folder), "--xlsx", str(folder / "team.xlsx"), "--pdf", str(folder / "team.pdf")],
    ]
    codes = [main(step) for step in steps]
    assert codes[:7] == [0] * 7 and codes[8:] == [0] * 6, codes
    print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
""")


def test_headless_commands_run_without_loading_qt(tmp_path):
    """Not only importing: running every sub-command (exports and imports too) loads no Qt."""
    out = subprocess.run(
        [sys.executable, "-c", RUN_COMMANDS, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PDR_DESKTOP_HOME": str(tmp_path / "home")},
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
