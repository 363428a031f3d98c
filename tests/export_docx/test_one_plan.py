"""One document plan: the form's layout is walked in one place, and reading a Word file is
kept apart from matching it to the form (issue 16).

The writers and the reader consume export/document_plan.py; if another module starts walking
`section.layout` itself, the Word copy, the PDF copy and the importer can drift apart again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pdr_desktop.export

EXPORT = Path(pdr_desktop.export.__file__).parent
MAX_LINES = 450


def _tree(name: str) -> ast.Module:
    return ast.parse((EXPORT / name).read_text(encoding="utf-8"), filename=name)


def _imports(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_only_the_document_plan_walks_the_form_layout():
    walkers = sorted(
        path.name
        for path in EXPORT.glob("*.py")
        if any(isinstance(n, ast.Attribute) and n.attr == "layout" for n in ast.walk(_tree(path.name)))
    )
    assert walkers == ["document_plan.py"]


@pytest.mark.parametrize("module", ["docx_writer.py", "pdf_writer.py", "docx_match.py", "docx_reader.py"])
def test_writers_and_reader_use_the_document_plan(module):
    assert "pdr_desktop.export.document_plan" in _imports(_tree(module))


def test_reading_word_files_knows_nothing_of_forms():
    """docx_parse turns WordprocessingML into plain tables and paragraphs; matching is elsewhere."""
    ours = {name for name in _imports(_tree("docx_parse.py")) if name.startswith("pdr_desktop")}
    assert ours == set()


def test_export_modules_stay_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in EXPORT.glob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
