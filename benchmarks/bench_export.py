"""Export and import of the sample draft (issue 4): PDF, DOCX, and a worst-case PDF.

Run: .venv/bin/python -m pytest benchmarks/bench_export.py --benchmark-only
      -o python_files='bench_*.py' -p no:cacheprovider
"""

from __future__ import annotations

import pytest

from pdr_desktop.drafts.model import empty_row
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


def test_pdf_export_50k_answer_and_50_objectives(benchmark, tmp_path, form, sample_draft):
    sample_draft.answers["wider.self"] = "Long reflective answer. " * 2100
    rows_field = form.field("objectives.items")
    rows = []
    for i in range(50):
        row = empty_row(rows_field)
        row.update(objective=f"Objective {i}", next_steps="Steps", by_when="Ongoing", by_whom="Me")
        row["progress"] = {"six_month": {"scale": i % 11, "note": f"Note {i}"}}
        rows.append(row)
    sample_draft.answers["objectives.items"] = rows
    path = tmp_path / "big.pdf"
    benchmark.pedantic(export_draft, args=(form, sample_draft, path, "pdf"), rounds=5, iterations=1)
    assert path.stat().st_size > 0


def test_pdf_import_sample(benchmark, tmp_path, form, registry, sample_draft):
    path = tmp_path / "sample.pdf"
    export_draft(form, sample_draft, path, "pdf")
    result = benchmark(import_file, path, registry)
    assert result.draft == sample_draft
