"""DOCX import by meaning (issue 11): our export, the council's form filled by hand, and an export whose
embedded draft another program removed (read from the tables), each beside its peer in the same run:
python-docx opening the same file, the floor every reading starts from.

Run: make bench, or
    .venv/bin/python -m pytest benchmarks/bench_import.py --benchmark-only -o python_files='bench_*.py'
      -o testpaths=benchmarks -p no:cacheprovider
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from pdr_desktop.export import export_draft, import_file

BLANK = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "portsmouth-performance-conversation-blank.docx"
)


@pytest.fixture
def exported(tmp_path, form, sample_draft) -> Path:
    path = tmp_path / "sample.docx"
    export_draft(form, sample_draft, path, "docx")
    return path


@pytest.fixture
def stripped(tmp_path, exported) -> Path:
    """The export without its embedded draft, as LibreOffice leaves it after DOCX → ODT → DOCX."""
    path = tmp_path / "tables-only.docx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("customXml/"):
                data = data.replace(b"urn:pdr-desktop:draft", b"urn:example:gone")
            out.writestr(info, data)
    return path


@pytest.fixture
def council(tmp_path) -> Path:
    """The council's blank form with every answer cell filled and ten objectives."""
    path = tmp_path / "council.docx"
    shutil.copy(BLANK, path)
    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if not cell.text.strip():
                    cell.text = "An answer typed by hand, a sentence or two long."
    objectives = document.tables[4]
    for _ in range(5):
        for cell in objectives.add_row().cells:
            cell.text = "Objective text"
    document.save(str(path))
    return path


def test_open_export_with_python_docx_peer(benchmark, exported):
    benchmark.pedantic(docx.Document, args=(str(exported),), rounds=5, iterations=1)


def test_import_our_export(benchmark, exported, registry, sample_draft):
    result = benchmark.pedantic(import_file, args=(exported, registry), rounds=5, iterations=1)
    assert result.draft == sample_draft


def test_import_export_read_from_the_tables(benchmark, stripped, registry, sample_draft):
    result = benchmark.pedantic(import_file, args=(stripped, registry), rounds=5, iterations=1)
    assert result.draft.answers == sample_draft.answers


def test_open_council_form_with_python_docx_peer(benchmark, council):
    benchmark.pedantic(docx.Document, args=(str(council),), rounds=5, iterations=1)


def test_import_council_form_filled_by_hand(benchmark, council, registry):
    result = benchmark.pedantic(import_file, args=(council, registry), rounds=5, iterations=1)
    assert len(result.draft.answers["objectives.items"]) == 10


def test_import_export_with_50k_answer_and_50_objectives(
    benchmark, tmp_path, form, registry, worst_case_draft
):
    path = tmp_path / "big.docx"
    export_draft(form, worst_case_draft, path, "docx")
    result = benchmark.pedantic(import_file, args=(path, registry), rounds=3, iterations=1)
    assert result.draft == worst_case_draft
