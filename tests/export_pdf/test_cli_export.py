"""`pdr-desktop export` and `pdr-desktop import`: outputs, exit codes, nothing written on failure."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from reportlab.pdfgen.canvas import Canvas

from pdr_desktop.cli import main
from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.drafts.codec import dumps
from pdr_desktop.export.result import ImportResult, ImportSource


@pytest.fixture
def draft_file(tmp_path, sample_draft):
    path = tmp_path / "siobhan.pdr"
    write_draft(sample_draft, path, backup=False)
    return path


def test_export_pdf_next_to_the_draft_then_import_it_back(draft_file, registry, capsys, tmp_path):
    assert main(["export", str(draft_file), "--to", "pdf"]) == 0
    pdf = draft_file.with_suffix(".pdf")
    assert capsys.readouterr().out.strip() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")

    back = tmp_path / "back.pdr"
    assert main(["import", str(pdf), "-o", str(back)]) == 0
    out = capsys.readouterr().out
    assert "Imported “siobhan.pdf” (app-pdf)." in out
    assert "Everything was placed." in out
    assert dumps(read_draft(back, registry)) == dumps(read_draft(draft_file, registry))


def test_export_with_output_name(draft_file, tmp_path, capsys):
    out = tmp_path / "sub" / "for manager.pdf"
    out.parent.mkdir()
    assert main(["export", str(draft_file), "--to", "pdf", "-o", str(out)]) == 0
    assert out.is_file()


def test_export_refuses_to_overwrite_the_draft_itself(draft_file, capsys):
    before = draft_file.read_bytes()
    assert main(["export", str(draft_file), "--to", "pdf", "-o", str(draft_file)]) == 2
    assert "is the draft itself" in capsys.readouterr().err
    assert draft_file.read_bytes() == before


def test_export_of_an_unreadable_draft_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.pdr"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["export", str(bad), "--to", "pdf"]) == 1
    err = capsys.readouterr().err
    assert "“bad.pdr” cannot be opened" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "pdr-home") == ["bad.pdr"]


@pytest.mark.parametrize("content", [b"", b"hello"])
def test_an_unreadable_draft_exits_1_with_or_without_an_output_folder(tmp_path, content, capsys):
    """The same unreadable file is the same failure (exit 1) whether -o names a folder or not;
    it is said once."""
    bad = tmp_path / "bad.pdr"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(bad), "--to", "pdf"]) == 1
    assert capsys.readouterr().err.count("bad.pdr") == 1
    assert main(["export", str(bad), "--to", "pdf", "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("bad.pdr") == 1
    assert list(out.iterdir()) == []


def test_export_help_says_what_each_exit_code_means(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Exit 0: all written" in text
    assert "1: something failed (a draft could not be read or exported)" in text
    assert "2: a usage problem" in text


def test_export_into_a_missing_folder(draft_file, tmp_path, capsys):
    assert main(["export", str(draft_file), "--to", "pdf", "-o", str(tmp_path / "nope" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_import_of_a_foreign_pdf_exits_2_and_writes_nothing(tmp_path, capsys):
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Someone else's PDF")
    canvas.save()
    pdf = tmp_path / "other.pdf"
    pdf.write_bytes(buffer.getvalue())
    out = tmp_path / "out.pdr"
    assert main(["import", str(pdf), "-o", str(out)]) == 2
    assert "has no PDR Desktop draft inside" in capsys.readouterr().err
    assert not out.exists()
    assert pdf.read_bytes() == buffer.getvalue()


def test_import_refuses_to_overwrite_and_needs_a_pdr_name(draft_file, tmp_path, capsys):
    assert main(["export", str(draft_file), "--to", "pdf"]) == 0
    pdf = draft_file.with_suffix(".pdf")
    before = draft_file.read_bytes()
    assert main(["import", str(pdf), "-o", str(draft_file)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert draft_file.read_bytes() == before
    assert main(["import", str(pdf), "-o", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.txt").exists()


def test_import_exits_1_when_something_could_not_be_placed(
    draft_file, tmp_path, capsys, monkeypatch, sample_draft
):
    def partial(path, registry):
        return ImportResult(sample_draft, ImportSource.COUNCIL_DOCX, path, unplaced=["Stray paragraph"])

    monkeypatch.setattr("pdr_desktop.cli.export_commands.import_file", partial)
    out = tmp_path / "partial.pdr"
    assert main(["import", str(tmp_path / "council.docx"), "-o", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "1 item(s) could not be placed:" in printed and "Stray paragraph" in printed
    assert out.is_file()  # the placed part is kept; the report says what was not


def test_unknown_import_suffix(tmp_path, capsys):
    src = tmp_path / "notes.txt"
    src.write_text("hello", encoding="utf-8")
    assert main(["import", str(src), "-o", str(tmp_path / "x.pdr")]) == 2
    assert "cannot be imported" in capsys.readouterr().err


def test_docx_export_and_import_through_the_cli(draft_file, tmp_path, capsys, registry):
    pytest.importorskip("pdr_desktop.export.docx_writer")
    assert main(["export", str(draft_file), "--to", "docx"]) == 0
    docx = draft_file.with_suffix(".docx")
    assert docx.read_bytes()[:2] == b"PK"
    back = tmp_path / "from-word.pdr"
    assert main(["import", str(docx), "-o", str(back)]) == 0
    assert read_draft(back, registry).answers == read_draft(draft_file, registry).answers


def test_entry_point_runs_headless(draft_file):
    done = subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "export", str(draft_file), "--to", "pdf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert draft_file.with_suffix(".pdf").is_file()


@pytest.mark.parametrize("name", ["exports", "copy.docx"])
def test_export_to_a_name_that_is_not_a_pdf_nor_a_folder_writes_nothing(draft_file, tmp_path, capsys, name):
    # "-o exports" meant as a folder used to become a PDF file called "exports".
    out = tmp_path / name
    assert main(["export", str(draft_file), "--to", "pdf", "-o", str(out)]) == 2
    assert not out.exists()
    said = capsys.readouterr().err
    assert str(out) in said and ".pdf" in said and "nothing was written" in said
