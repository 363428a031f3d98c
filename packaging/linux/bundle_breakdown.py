"""Where the bytes of a one-folder bundle go, by component (Qt, ICU, Python, reportlab, fonts…).

    python packaging/linux/bundle_breakdown.py [dist/pdr-desktop] [--top N]

Prints one line per component (bytes, MB, files) and the N largest files; used to decide what
to leave out of the bundle and to check the result (docs/deploying.md quotes its figures).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

# First match wins: (component, fragments of the path inside _internal/, "/" separators).
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ICU (Qt's copy)", ("PySide6/Qt/lib/libicu",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/")),
    ("Python runtime", ("libpython", "python3.", "base_library.zip", "PYZ")),
    ("reportlab", ("reportlab/",)),
    ("lxml", ("lxml/",)),
    ("Pillow", ("PIL/", "pillow.libs/")),
    ("HarfBuzz + bidi", ("uharfbuzz/", "bidi/")),
    ("fonts (resources/fonts)", ("resources/fonts/",)),
    ("dictionaries", ("resources/dictionaries/",)),
    ("other app data (forms, icons, docx…)", ("resources/", "forms/", "docx/", "pypdf/", "openpyxl/")),
    ("executable (bootloader + PYZ)", ("../",)),
)


def component(relative: str) -> str:
    for name, fragments in COMPONENTS:
        if any(fragment in relative for fragment in fragments):
            return name
    return "system libraries" if ".so" in relative else "other"


def breakdown(bundle: Path) -> tuple[dict[str, list[int]], list[tuple[int, str]]]:
    internal = bundle / "_internal"
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    files: list[tuple[int, str]] = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        relative = path.relative_to(internal).as_posix() if internal in path.parents else f"../{path.name}"
        totals[component(relative)][0] += size
        totals[component(relative)][1] += 1
        files.append((size, relative))
    return totals, sorted(files, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/pdr-desktop", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if not (args.bundle / "_internal").is_dir():
        print(f"no bundle at {args.bundle}", file=sys.stderr)
        return 2
    totals, files = breakdown(args.bundle)
    grand = sum(size for size, _count in totals.values())
    for name, (size, count) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"{size:>12,}  {size / 1e6:6.1f} MB  {count:5} files  {name}")
    print(f"{grand:>12,}  {grand / 1e6:6.1f} MB  {sum(c for _s, c in totals.values()):5} files  total")
    print(f"\nlargest {args.top} files:")
    for size, relative in files[: args.top]:
        print(f"{size:>12,}  {relative}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
