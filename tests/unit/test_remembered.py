"""export/remembered and its uses: a remembered result is exactly the computed one."""

from __future__ import annotations

import zlib

from pdr_desktop.export.remembered import Remembered


def test_equal_inputs_share_a_result_and_changed_ones_are_computed_afresh():
    calls: list[bytes] = []

    def compute(data: bytes) -> bytes:
        calls.append(data)
        return zlib.compress(data)

    remember = Remembered(compute, smallest=10, most=2)
    big = b"x" * 100
    assert remember(big) == zlib.compress(big)
    assert remember(bytes(bytearray(big))) == zlib.compress(big)  # equal bytes, another object
    assert len(calls) == 1
    assert remember(big + b"y") == zlib.compress(big + b"y")
    assert len(calls) == 2


def test_small_inputs_are_not_kept_and_only_the_most_recent_are():
    remember = Remembered(zlib.compress, smallest=10, most=2)
    remember(b"small")
    assert len(remember) == 0
    for n in range(5):
        remember(bytes([n]) * 50)
    assert len(remember) == 2


def test_reportlab_streams_compress_as_zlib_does():
    from pdr_desktop.export.reportlab_setup import import_reportlab

    import_reportlab()
    from reportlab.pdfbase import pdfdoc

    from pdr_desktop.export.pdf_streams import remember_compressed_streams

    remember_compressed_streams()
    encode = pdfdoc.PDFZCompress.encode
    for text in ("é" * 5000, b"font" * 5000, b"tiny", bytearray(b"buffer" * 2000)):
        expected = zlib.compress(text.encode("utf8") if isinstance(text, str) else bytes(text))
        assert encode(text) == expected
        assert encode(text) == expected  # the second time from memory
