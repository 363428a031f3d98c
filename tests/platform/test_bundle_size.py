"""The built Linux bundle stays small (issue 17) without losing what it needs at run time.

Skipped until `bash packaging/linux/build.sh` has made dist/pdr-desktop (and the .deb); the build
itself runs the frozen smoke test, which is what proves the bundle still works.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "pdr-desktop"
INTERNAL = BUNDLE / "_internal"
DEBS = sorted((ROOT / "dist").glob("pdr-desktop_*.deb"))

BUNDLE_CAP = 120_000_000  # bytes, as `du -sb dist/pdr-desktop` counts them
DEB_CAP = 40_000_000

needs_bundle = pytest.mark.skipif(
    not INTERNAL.is_dir(), reason="bundle not built (bash packaging/linux/build.sh)"
)


def _du_bytes(folder: Path) -> int:
    """`du -sb`: every file once, symlinks by their own (tiny) size."""
    return sum(p.lstat().st_size for p in folder.rglob("*")) + folder.lstat().st_size


def _section_names(path: Path) -> set[str]:
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return set()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if not shoff:
        return set()
    strings_at = struct.unpack_from("<Q", data, shoff + shstrndx * shentsize + 0x18)[0]
    names = set()
    for index in range(shnum):
        (name_at,) = struct.unpack_from("<I", data, shoff + index * shentsize)
        end = data.index(b"\0", strings_at + name_at)
        names.add(data[strings_at + name_at : end].decode("ascii", "replace"))
    return names


def _shared_objects() -> list[Path]:
    return [p for p in INTERNAL.rglob("*.so*") if p.is_file() and not p.is_symlink()]


@needs_bundle
def test_the_bundle_fits_its_size_cap():
    size = _du_bytes(BUNDLE)
    assert size <= BUNDLE_CAP, f"{size:,} bytes; see packaging/linux/bundle_breakdown.py for where they go"


@pytest.mark.skipif(not DEBS, reason="no .deb built (bash packaging/linux/build.sh)")
def test_the_deb_fits_its_size_cap():
    assert DEBS[-1].stat().st_size <= DEB_CAP


@needs_bundle
def test_no_shared_library_carries_debug_information():
    with_debug = [p.name for p in _shared_objects() if ".debug_info" in _section_names(p)]
    assert with_debug == []


@needs_bundle
def test_qt_plugins_keep_the_metadata_qt_loads_them_by():
    plugins = [p for p in (INTERNAL / "PySide6" / "Qt" / "plugins").rglob("*.so") if p.is_file()]
    assert any(p.parent.name == "platforms" and "qxcb" in p.name for p in plugins)
    assert all(".note.qt.metadata" in _section_names(p) for p in plugins)  # Qt 6 reads it there


@needs_bundle
@pytest.mark.parametrize(
    "pattern",
    [
        "_hashlib.*",
        "libcrypto.so*",
        "readline.*",
        "libreadline.so*",
        "libdbus-1.so*",
        "libsystemd.so*",
        "libgcrypt.so*",
        "objectify.*",
        "DarkGarden*",
        "_imagingcms.*",
    ],
)
def test_what_the_app_never_loads_is_left_out(pattern):
    assert not list(INTERNAL.rglob(pattern))


@needs_bundle
def test_what_the_app_does_load_is_still_there():
    for needed in (
        "_sha256.*",
        "_md5.*",
        "libzstd.so*",
        "etree.*",
        "_imaging.*",
        "libqxcb.so",
        "libqwayland*",
    ):
        assert list(INTERNAL.rglob(needed)), needed


@needs_bundle
def test_version_loads_neither_qt_nor_multiprocessing(tmp_path):
    """PyInstaller's run-time hooks imported PySide6.QtCore and multiprocessing before the app's
    first line, at every start (the spec replaces them): `--version` then took 3-4 x as long
    frozen as from source. The dynamic loader names every library it opens (LD_DEBUG=files)."""
    env = {**os.environ, "LD_DEBUG": "files", "PDR_DESKTOP_HOME": str(tmp_path)}
    run = subprocess.run(
        [str(BUNDLE / "pdr-desktop"), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0 and run.stdout.startswith("PDR Desktop")
    opened = re.findall(r"file=(\S+)", run.stderr)
    assert any("libpython" in name for name in opened)  # the loader did report what it opened
    unwanted = re.compile(r"libQt6|QtCore|_socket|_pickle|_multiprocessing")
    assert [name for name in opened if unwanted.search(name)] == []
