"""Helpers for the PDF export tests: text extraction, comparison, big drafts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.model import empty_row


def normalise(text: str) -> str:
    """Whitespace as the PDF prints it is layout, not content: compare words, not line breaks."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture
def pdf_text():
    """All text of a PDF, pages in order, whitespace collapsed."""

    def extract(path: Path) -> str:
        reader = PdfReader(str(path))
        return normalise(" ".join(page.extract_text() or "" for page in reader.pages))

    return extract


@pytest.fixture
def norm():
    return normalise


@pytest.fixture
def objective_rows(form):
    """A function making n distinct objective rows, each with progress at the later rounds."""

    def make(n: int) -> list[dict]:
        fld = form.field("objectives.items")
        rows = []
        for i in range(n):
            row = empty_row(fld)
            row.update(
                objective=f"Objective number {i + 1:03d} about practice area {i}",
                next_steps=f"Steps for objective {i + 1:03d}",
                by_when="Ongoing" if i % 2 else "2026-03-31",
                by_whom=f"Person {i + 1:03d}",
                progress={"six_month": {"scale": i % 11, "note": f"Six month note {i + 1:03d}"}},
            )
            rows.append(row)
        return rows

    return make


@pytest.fixture
def out(tmp_path):
    """An empty folder to export into."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def drafts_for(tmp_path, sample_draft):
    """Real drafts in tmp_path/drafts, one per name given, with a broken file after the first."""

    def make(names: tuple[str, ...]) -> list[Path]:
        folder = tmp_path / "drafts"
        folder.mkdir()
        paths = []
        for index, name in enumerate(names):
            draft = sample_draft.clone()
            draft.answers["details.name"] = name
            path = folder / f"{index}.pdr"
            write_draft(draft, path, backup=False)
            paths.append(path)
            if index == 0:
                broken = folder / "broken.pdr"
                broken.write_text("junk", encoding="utf-8")
                paths.append(broken)
        return paths

    return make
