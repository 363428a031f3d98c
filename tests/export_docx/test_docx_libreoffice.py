"""The export opens in LibreOffice without complaint (skipped where LibreOffice is not installed)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow


def test_libreoffice_converts_the_export_to_pdf(libreoffice, export, sample_draft, tmp_path):
    pdf = libreoffice(export(sample_draft), "pdf", tmp_path / "pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 4
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Practice Standards" in text and "Siobhán Ó Dálaigh" in text
    first = reader.pages[0].extract_text()
    assert f"Page 1 of {len(reader.pages)}" in first
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
