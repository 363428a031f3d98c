"""The app icon files are real, complete at every size, and wired into every installer.

The files are read with plain struct parsing (no Qt, no Pillow), so a broken or truncated
icon fails here rather than as a blank icon on someone's desktop.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _load_make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ICONS / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (which must come first)."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def ico_entries(data: bytes) -> dict[int, bytes]:
    """Pixel size -> image data of each entry of an ICO file."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = {}
    for i in range(count):
        width, height, _colours, _res, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert width == height
        assert offset + length <= len(data), "entry runs past the end of the file"
        entries[width or 256] = data[offset : offset + length]
    return entries


def icns_elements(data: bytes) -> dict[bytes, bytes]:
    """Type -> payload of each element of an ICNS file."""
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data), "declared length is not the file length"
    elements, pos = {}, 8
    while pos < len(data):
        kind, length = struct.unpack(">4sI", data[pos : pos + 8])
        assert length > 8 and pos + length <= len(data)
        elements[kind] = data[pos + 8 : pos + length]
        pos += length
    return elements


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_at_each_size_is_square_and_that_size(size):
    assert png_size((ICONS / f"pdr-desktop-{size}.png").read_bytes()) == (size, size)


def test_the_256_px_icon_for_desktop_files_is_256_px():
    assert png_size((ICONS / "pdr-desktop.png").read_bytes()) == (256, 256)


def dib_size(blob: bytes) -> tuple[int, int]:
    """Width and height of an ICO DIB entry (its header counts the AND mask in the height)."""
    header_size, width, double_height, planes, bpp = struct.unpack("<IiiHH", blob[:16])
    assert (header_size, planes, bpp) == (40, 1, 32)
    mask_bytes = ((width + 31) // 32) * 4 * (double_height // 2)
    assert len(blob) == 40 + width * (double_height // 2) * 4 + mask_bytes, "truncated pixels or mask"
    return width, double_height // 2


def test_ico_holds_every_windows_size_small_ones_as_dib_256_as_png():
    entries = ico_entries((ICONS / "pdr-desktop.ico").read_bytes())
    assert sorted(entries) == [16, 32, 48, 64, 128, 256]
    for size, blob in entries.items():
        if size == 256:
            assert png_size(blob) == (256, 256)
        else:
            assert dib_size(blob) == (size, size)
            # Not blank: the tile's deep teal is opaque in the middle of the image (BGRA, bottom-up).
            middle = 40 + ((size // 2) * size + size // 2) * 4
            blue, green, red, alpha = blob[middle : middle + 4]
            assert alpha == 255 and (red, green, blue) != (0, 0, 0)


def test_icns_holds_retina_and_plain_sizes_as_valid_png():
    make_icons = _load_make_icons()
    elements = icns_elements((ICONS / "pdr-desktop.icns").read_bytes())
    assert set(elements) == {kind for kind, _size in make_icons.ICNS_TYPES}
    for kind, size in make_icons.ICNS_TYPES:
        assert png_size(elements[kind]) == (size, size), kind


def test_container_writers_round_trip_through_the_parsers():
    make_icons = _load_make_icons()
    fake = {
        size: PNG_SIGNATURE + struct.pack(">I4sII", 13, b"IHDR", size, size) + b"x" * size
        for size in PNG_SIZES
    }
    assert ico_entries(make_icons.ico_bytes({s: fake[s] for s in (16, 256)})) == {
        16: fake[16],
        256: fake[256],
    }
    elements = icns_elements(make_icons.icns_bytes(fake))
    assert elements[b"ic09"] == fake[512] and elements[b"icp4"] == fake[16]


def test_svg_source_is_square_and_parses():
    svg = ElementTree.parse(ICONS / "pdr-desktop.svg").getroot()
    assert svg.tag.endswith("svg")
    _x, _y, width, height = (float(v) for v in svg.get("viewBox").split())
    assert width == height


def test_linux_desktop_entry_and_deb_use_the_icon_under_its_theme_name():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(ROOT / "packaging" / "linux" / "pdr-desktop.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Icon"] == "pdr-desktop"
    build_deb = (ROOT / "packaging" / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    # build-deb.sh reads the size from the end of each PNG's name (pdr-desktop.png has none: skipped).
    sized = {int(m.group(1)) for p in ICONS.glob("*.png") if (m := re.search(r"-(\d+)\.png$", p.name))}
    assert sized == set(PNG_SIZES)
    assert "hicolor/${size}x${size}" in build_deb and "scalable/apps/pdr-desktop.svg" in build_deb
    assert '"$dest/apps/pdr-desktop.png"' in build_deb
    # The *.pdr icon is looked up by the MIME type's name with "/" turned into "-".
    mime = ElementTree.parse(ROOT / "packaging" / "linux" / "pdr-desktop-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime_type = mime.find(f"{ns}mime-type")
    icon_name = mime_type.get("type").replace("/", "-")
    assert mime_type.find(f"{ns}icon").get("name") == icon_name
    assert f'"$dest/mimetypes/{icon_name}.png"' in build_deb


def test_windows_installer_and_spec_point_at_icon_files_that_exist():
    iss = (ROOT / "packaging" / "windows" / "pdr-desktop.iss").read_text(encoding="utf-8")
    setup_icon = re.search(r"^SetupIconFile=\{#Root\}\\(.+)$", iss, re.M)
    assert setup_icon, "the installer has no icon"
    assert (ROOT / Path(*setup_icon.group(1).strip().split("\\"))).is_file()
    spec = (ROOT / "packaging" / "pyinstaller" / "pdr-desktop.spec").read_text(encoding="utf-8")
    for name in re.findall(r'first_existing\("([^"]+)"', spec):
        assert (ICONS / name).is_file(), name
    assert '"pdr-desktop.ico"' in spec and '"pdr-desktop.icns"' in spec
