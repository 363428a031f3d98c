"""A smaller libicudata for the bundle: Qt's ICU data with only what an English-only app reads.

PySide6 ships ICU's full data library (libicudata.so.73, 32 MB): collation, locale names, time
zone names, converters, transliterators and word-break dictionaries for every language. Qt
reads very little of it: QCollator (QFileDialog sorts file names with it) needs the root and
English collation, QTimeZone's display names need the zone tables and English names, and
QLocale's case mapping uses data compiled into libicuuc. QLocale's own formats come from Qt's
built-in CLDR tables, not from ICU, so other languages are not needed for the app to work;
a user whose locale has no collation here gets the root collation (Unicode order with
accents and case handled), the fallback ICU itself uses for a language it has no data for.

The data library is nothing but one symbol, `icudt<version>_dat`, holding an ICU "common data"
package (a table of contents and the items, each aligned to 16 bytes).  This script reads that
symbol from the ELF file, keeps the items `keep()` accepts, and links a new library with the same
SONAME and symbol using the C compiler (`cc`).  It changes nothing when there is no compiler, so a
build machine without one still produces a working (larger) bundle.

    python packaging/pyinstaller/icu_subset.py SOURCE.so OUTPUT.so     # write the subset
    python packaging/pyinstaller/icu_subset.py SOURCE.so --list        # items, sizes, kept or not

tests/platform/test_icu_subset.py checks the subset against Qt (collation, time zones, case).
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path, PurePosixPath

ALIGN = 16
PAD = b"\xaa"  # what ICU's icupkg fills gaps with, so a package rebuilt whole is byte-identical
# English and the root every lookup falls back to; "en_GB.res", "en_001.res" etc. included.
_ENGLISH = re.compile(r"^(root|en|en_[A-Za-z0-9_]+|res_index|pool)\.res$")
# Folders of per-language data: only the English (and root) files stay.
_PER_LANGUAGE = ("coll", "lang", "region", "curr", "unit", "zone", "rbnf", "brkitr")
# Whole kinds of data Qt never asks ICU for (transliteration; word-break dictionaries for
# Chinese, Japanese, Thai, Lao, Khmer, Burmese; legacy codepage converters: Qt's own converters
# handle UTF-8/16/32 and Latin-1, and the app reads and writes only UTF-8).
_DROPPED_FOLDERS = ("translit",)
_DROPPED_SUFFIXES = (".dict", ".cnv")


def keep(item: str) -> bool:
    """Whether a package item (name without the "icudt73l/" prefix, e.g. "coll/en.res") stays."""
    path = PurePosixPath(item)
    if path.suffix in _DROPPED_SUFFIXES or (path.parts and path.parts[0] in _DROPPED_FOLDERS):
        return False
    if len(path.parts) == 2 and path.parts[0] in _PER_LANGUAGE:
        # Collation's shared tables (ucadata.icu) and break rules (*.brk) are not per language.
        return path.suffix != ".res" or bool(_ENGLISH.match(path.name))
    if len(path.parts) == 1 and _is_locale_bundle(path.name):
        return bool(_ENGLISH.match(path.name))
    return True


def _is_locale_bundle(name: str) -> bool:
    """Top-level locale data ("fr.res", "zh_Hant_TW.res"), as opposed to tables such as
    "zoneinfo64.res", "supplementalData.res" or "likelySubtags.res" that every language uses."""
    stem, _, suffix = name.partition(".")
    return suffix == "res" and re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)*", stem) is not None


# --- the ELF symbol -----------------------------------------------------------------------------


def read_symbol(library: bytes, symbol: str) -> bytes:
    """The bytes of a defined dynamic symbol in a 64-bit little-endian ELF shared library."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for entry in range(offset, offset + size, entsize):
            name_at, _info_b, _other, shndx, value, length = struct.unpack_from("<IBBHQQ", library, entry)
            end = library.index(b"\0", strtab_offset + name_at)
            if library[strtab_offset + name_at : end].decode() == symbol and shndx != 0:
                _n, _k, _f, addr, sec_offset, *_rest = sections[shndx]
                start = value - addr + sec_offset
                return library[start : start + length]
    raise KeyError(f"{symbol} not found")


def data_symbol(library: bytes) -> str:
    """The package's symbol, e.g. "icudt73_dat", read from the dynamic string table."""
    found = re.search(rb"icudt\d+_dat", library)
    if not found:
        raise KeyError("no icudt*_dat symbol")
    return found.group().decode()


# --- the ICU common data package ----------------------------------------------------------------


def parse_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)…]) of an ICU common data package (dataFormat "CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    pairs = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(pairs):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = pairs[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return data[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package bytes, laid out as ICU's icupkg does (names after the TOC, items aligned)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = _aligned(names_at + len(names))
    toc_entries, blobs, name_offset, offset = [], [], names_at, data_at
    for name, blob in items:
        toc_entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = blob + PAD * (_aligned(len(blob)) - len(blob))
        blobs.append(padded)
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(toc_entries) + names
    toc += PAD * (data_at - len(toc))
    return header + toc + b"".join(blobs)


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def _short(name: str) -> str:
    """ "icudt73l/coll/en.res" -> "coll/en.res"."""
    return name.partition("/")[2] or name


def subset(items: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    return [(name, blob) for name, blob in items if keep(_short(name))]


# --- linking ------------------------------------------------------------------------------------


def soname(library: bytes) -> str:
    found = re.search(rb"libicudata\.so\.\d+", library)
    if not found:
        raise KeyError("no libicudata SONAME")
    return found.group().decode()


def link(package: bytes, symbol: str, so_name: str, output: Path, cc: str = "cc") -> None:
    """A shared library holding only `symbol` (the package), as ICU's own build makes it."""
    with tempfile.TemporaryDirectory() as work:
        blob = Path(work) / "package.dat"
        blob.write_bytes(package)
        source = Path(work) / "data.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {ALIGN}\n"
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [cc, "-shared", "-nostdlib", "-s", f"-Wl,-soname,{so_name}", "-o", str(output), str(source)],
            check=True,
        )


def make_subset(source: Path, output: Path, cc: str = "cc") -> tuple[int, int]:
    """Write the subset library; returns (items kept, items in the original)."""
    library = source.read_bytes()
    symbol = data_symbol(library)
    header, items = parse_package(read_symbol(library, symbol))
    kept = subset(items)
    link(build_package(header, kept), symbol, soname(library), output, cc)
    return len(kept), len(items)


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("output", type=Path, nargs="?")
    parser.add_argument("--list", action="store_true", help="list the items, their sizes and the verdict")
    args = parser.parse_args(argv)
    library = args.source.read_bytes()
    _header, items = parse_package(read_symbol(library, data_symbol(library)))
    if args.list or args.output is None:
        for name, blob in items:
            print(f"{len(blob):>10}  {'keep' if keep(_short(name)) else 'drop'}  {name}")
        kept = sum(len(blob) for name, blob in items if keep(_short(name)))
        print(f"{kept:,} of {sum(len(b) for _n, b in items):,} bytes kept")
        return 0
    cc = compiler()
    if cc is None:
        print("icu_subset: no C compiler; keeping the full ICU data", file=sys.stderr)
        return 1
    kept, total = make_subset(args.source, args.output, cc)
    print(f"icu_subset: {args.output} keeps {kept} of {total} items ({args.output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
