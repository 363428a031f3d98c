"""Regenerate the app icon files from pdr-desktop.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

Writes, beside this script:
  pdr-desktop-<size>.png  for 16 ... 512 (Linux hicolor theme)
  pdr-desktop.png         256 px, the window icon pdr_desktop/ui/app.py loads
  pdr-desktop.ico         Windows exe / installer / .pdr files (16-128 as DIB, 256 as PNG)
  pdr-desktop.icns        macOS .app bundle

The SVG is rendered with Qt's own QSvgRenderer (PySide6-Essentials ships QtSvg), and the
ICO / ICNS containers are written by hand: both are a small header plus image blobs, and
doing it here keeps the output identical on every platform without extra tools.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "pdr-desktop.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can describe
# ICNS element types that hold PNG data, with their pixel size (the @2x types double up).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """PNG bytes of the SVG drawn at size x size, transparent outside the tile."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_from_png(png: bytes) -> bytes:
    """The image as an ICO "DIB" entry: BITMAPINFOHEADER, BGRA rows bottom-up, empty AND mask.

    Windows reads PNG entries only since Vista, and some resource tools still expect the
    classic form for small sizes, so sizes below 256 are stored this way.
    """
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())  # ARGB32 words: B, G, R, A bytes on little-endian machines
    if sys.byteorder != "little":
        raise RuntimeError("make_icons.py writes ICO pixels for little-endian machines only")
    pixels = b"".join(bits[y * stride : y * stride + width * 4] for y in reversed(range(height)))
    mask = bytes(((width + 31) // 32) * 4 * height)  # alpha does the masking; all bits 0
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file with one entry per size; each entry is PNG or DIB data (see dib_from_png)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: b'icns' + total length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out_dir: Path = HERE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pngs = {size: render_png(SVG, size) for size in PNG_SIZES}
    written = []
    for size, blob in pngs.items():
        path = out_dir / f"pdr-desktop-{size}.png"
        path.write_bytes(blob)
        written.append(path)
    (out_dir / "pdr-desktop.png").write_bytes(pngs[256])
    ico_images = {s: pngs[s] if s >= 256 else dib_from_png(pngs[s]) for s in ICO_SIZES}
    (out_dir / "pdr-desktop.ico").write_bytes(ico_bytes(ico_images))
    (out_dir / "pdr-desktop.icns").write_bytes(icns_bytes(pngs))
    written += [out_dir / name for name in ("pdr-desktop.png", "pdr-desktop.ico", "pdr-desktop.icns")]
    return written


if __name__ == "__main__":
    for written_path in main():
        print(f"{written_path.relative_to(HERE.parents[1])}  {written_path.stat().st_size:,} bytes")
