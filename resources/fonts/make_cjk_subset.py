"""Rebuild DroidSansFallback-CJK-subset.ttf from Debian's fonts-droid-fallback (Apache-2.0).

Which characters: every Chinese character of GB2312 (simplified, 6,763) and of Big5 level 1
(traditional, the 5,401 in common use), kana, CJK punctuation and full-width forms: about
9,700 glyphs in 1.3 MB instead of 4 MB. Rarer characters print when the system has a CJK
font (see pdr_desktop/export/fonts.py) and are otherwise listed as unprintable by the export.

Run: apt-get install fonts-droid-fallback && pip install fonttools && python make_cjk_subset.py
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
TARGET = Path(__file__).with_name("DroidSansFallback-CJK-subset.ttf")


def codepoints() -> set[int]:
    chars: set[str] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # an unassigned code
                chars.add(bytes([high, low]).decode("gb2312"))
    for high in range(0xA4, 0xC7):  # Big5 level 1: A440–C67E
        for low in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([high, low]).decode("big5"))
    return {ord(c) for c in chars} | set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0))


def main() -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    font = subset.load_font(str(SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints()))
    subsetter.subset(font)
    subset.save_font(font, str(TARGET), options)
    print(f"{TARGET.name}: {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
