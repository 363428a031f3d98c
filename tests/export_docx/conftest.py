"""Helpers for the DOCX export/import tests: real files in tmp_path, read back with python-docx."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

BLANK_FORM = Path(__file__).resolve().parents[1] / "data" / "portsmouth-performance-conversation-blank.docx"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def unique_cells(row) -> list:
    """A row's cells once each: python-docx repeats a merged cell for every grid column it spans."""
    seen, out = set(), []
    for cell in row.cells:
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out


def rows_text(table) -> list[list[str]]:
    return [[c.text for c in unique_cells(row)] for row in table.rows]


def find_table(document, header: str):
    """The first table whose first row starts with `header` (tables found by text, not position)."""
    wanted = " ".join(header.split()).casefold()
    for table in document.tables:
        first = " ".join(unique_cells(table.rows[0])[0].text.split()).casefold()
        if first.startswith(wanted):
            return table
    raise AssertionError(f"no table starting with {header!r}")


def find_tables(document, header: str) -> list:
    wanted = " ".join(header.split()).casefold()
    return [
        t
        for t in document.tables
        if " ".join(unique_cells(t.rows[0])[0].text.split()).casefold().startswith(wanted)
    ]


def set_cell(cell, text: str) -> None:
    """Replace a cell's text as a person typing in Word would: one paragraph per line."""
    lines = text.split("\n")
    for table in cell.tables:  # everything in the cell is replaced, a small table in it too
        table._tbl.getparent().remove(table._tbl)
    paragraphs = cell.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    first = cell.paragraphs[0]
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    first.add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def objective_groups(table) -> list[tuple]:
    """[(objective row, its progress row or None)] in document order: a progress row is the
    one-cell row under its objective."""
    out = []
    for row in table.rows[1:]:
        if len(unique_cells(row)) == 1 and out:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, None))
    return out


def without_embedded_draft(source: Path, target: Path) -> Path:
    """A copy of our DOCX whose embedded draft no longer says it is ours, as LibreOffice leaves
    it after DOCX → ODT → DOCX: the import has only the tables to read."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("customXml/"):
                data = data.replace(b"urn:pdr-desktop:draft", b"urn:example:gone")
            out.writestr(info, data)
    return target


@pytest.fixture
def export(form, tmp_path):
    """export(draft, name="x.docx") → path of a real DOCX written by write_docx."""
    from pdr_desktop.export.docx_writer import write_docx

    def _export(draft, name: str = "export.docx") -> Path:
        path = tmp_path / name
        write_docx(form, draft, path)
        return path

    return _export


@pytest.fixture
def council_copy(tmp_path):
    """open_blank() → (path, Document) for a fresh copy of the council's blank Word form."""

    def _copy(name: str = "council-filled.docx"):
        path = tmp_path / name
        shutil.copyfile(BLANK_FORM, path)
        return path, docx.Document(str(path))

    return _copy


@pytest.fixture
def libreoffice(tmp_path):
    """libreoffice(path, "docx"|"odt"|"pdf", outdir=None) → the file real LibreOffice wrote when
    converting `path` (opened and saved again, as a manager without Word would). Its own user
    profile in tmp_path, so a LibreOffice already running is never reused."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")

    def convert(path: Path, to: str, outdir: Path | None = None) -> Path:
        outdir = outdir or tmp_path / f"as-{to}-{path.stem}"
        completed = subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(outdir),
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        out = outdir / f"{path.stem}.{to}"
        assert completed.returncode == 0 and out.exists(), completed.stdout + completed.stderr
        return out

    return convert


@pytest.fixture
def dh():
    """The helper functions above (test modules cannot import conftest under importlib mode)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        unique_cells=unique_cells,
        rows_text=rows_text,
        find_table=find_table,
        find_tables=find_tables,
        set_cell=set_cell,
        digest=digest,
        objective_groups=objective_groups,
        without_embedded_draft=without_embedded_draft,
        blank_form=BLANK_FORM,
    )
