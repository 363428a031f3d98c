"""The export opens in LibreOffice without complaint (skipped where LibreOffice is not installed)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def test_libreoffice_converts_the_export_to_pdf(export, sample_draft, tmp_path):
    path = export(sample_draft)
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running LibreOffice
    completed = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "pdf" / "export.pdf"
    assert completed.returncode == 0, completed.stderr
    assert pdf.exists(), completed.stdout + completed.stderr
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 4
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Practice Standards" in text and "Siobhán Ó Dálaigh" in text
    first = reader.pages[0].extract_text()
    assert f"Page 1 of {len(reader.pages)}" in first
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
