"""Export and import of the sample draft (issue 4): PDF, DOCX, a worst-case PDF, and LibreOffice's
own DOCX → PDF conversion of the same file as a reference point.

Run: .venv/bin/python -m pytest benchmarks/bench_export.py --benchmark-only
      -o python_files='bench_*.py' -p no:cacheprovider
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pdr_desktop.export import export_draft, import_file


def test_pdf_export_sample(benchmark, tmp_path, form, sample_draft):
    path = tmp_path / "sample.pdf"
    benchmark(export_draft, form, sample_draft, path, "pdf")
    assert path.stat().st_size > 0


def test_docx_export_sample(benchmark, tmp_path, form, sample_draft):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    path = tmp_path / "sample.docx"
    benchmark(export_draft, form, sample_draft, path, "docx")
    assert path.stat().st_size > 0


def test_pdf_export_50k_answer_and_50_objectives(benchmark, tmp_path, form, worst_case_draft):
    path = tmp_path / "big.pdf"
    benchmark.pedantic(export_draft, args=(form, worst_case_draft, path, "pdf"), rounds=5, iterations=1)
    assert path.stat().st_size > 0


def test_pdf_import_sample(benchmark, tmp_path, form, registry, sample_draft):
    path = tmp_path / "sample.pdf"
    export_draft(form, sample_draft, path, "pdf")
    result = benchmark(import_file, path, registry)
    assert result.draft == sample_draft


def test_docx_import_sample(benchmark, tmp_path, form, registry, sample_draft):
    path = tmp_path / "sample.docx"
    export_draft(form, sample_draft, path, "docx")
    result = benchmark.pedantic(import_file, args=(path, registry), rounds=5, iterations=1)
    assert result.draft == sample_draft


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_convert_same_docx_to_pdf_reference(benchmark, tmp_path, form, sample_draft):
    """Reference point, not ours: LibreOffice turning the same DOCX into a PDF (cold start each time,
    as a person or a script would run it; its own user profile so no other instance is reused)."""
    docx_path = tmp_path / "sample.docx"
    export_draft(form, sample_draft, docx_path, "docx")
    profile = (tmp_path / "lo-profile").as_uri()
    command = [
        "soffice",
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp_path / "lo"),
        str(docx_path),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=180)  # first run builds the profile
    benchmark.pedantic(
        subprocess.run,
        args=(command,),
        kwargs={"check": True, "capture_output": True, "timeout": 180},
        rounds=3,
        iterations=1,
    )
    assert (tmp_path / "lo" / "sample.pdf").stat().st_size > 0
