"""Translations: extract the UI's words into translations/*.ts, compile them to .qm.

    python packaging/translations.py update    # lupdate: refresh every .ts from pdr_desktop/ui
    python packaging/translations.py compile   # lrelease: .ts -> resources/translations/*.qm

The .ts files are sources (committed; a translator edits one in Qt Linguist). The .qm files are
build artefacts (git-ignored): `make translations` and the bundle build make them, and the app
loads the one for the system's language (pdr_desktop/ui/translation.py).

The tools come with PySide6 (lupdate and lrelease sit in the package folder), so nothing else
has to be installed. Loaded by file path (this folder is not a package: the name "packaging"
belongs to a PyPI library that PyInstaller itself imports).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "pdr_desktop" / "ui"
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"
# The language the words are written in: its .ts is the template a translator copies.
SOURCE_TS = TS_FOLDER / "pdr_desktop_en_GB.ts"


def tool(name: str) -> Path | None:
    """lupdate or lrelease from the PySide6 package, else a pyside6-<name> on PATH; None if neither."""
    try:
        import PySide6
    except ImportError:
        package_tool = None
    else:
        suffix = ".exe" if sys.platform == "win32" else ""
        package_tool = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if package_tool is not None and package_tool.is_file():
        return package_tool
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def _require(name: str) -> Path:
    found = tool(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6; run make setup)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    """Run lupdate over the UI's Python files into *ts_files* (kept translations stay; gone words go)."""
    listing = "\n".join(str(path) for path in source_files())
    # A list file (@file) keeps the command line short on Windows; without line numbers a
    # reformatted file does not churn the .ts.
    list_file = ts_files[0].with_suffix(".sources.txt")
    list_file.write_text(listing + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [str(_require("lupdate")), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py"]
            + [f"@{list_file}", "-ts"]
            + [str(path) for path in ts_files],
            check=True,
        )
    finally:
        list_file.unlink()


def compile_all(out_folder: Path = QM_FOLDER) -> list[Path]:
    """lrelease every .ts into *out_folder*; returns the .qm files written."""
    out_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(TS_FOLDER.glob("*.ts")):
        qm = out_folder / ts.with_suffix(".qm").name
        subprocess.run([str(_require("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        TS_FOLDER.mkdir(exist_ok=True)
        update(sorted(TS_FOLDER.glob("*.ts")) or [SOURCE_TS])
    elif argv[1:] == ["compile"]:
        for qm in compile_all():
            print(f"translations: {qm.relative_to(ROOT)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
