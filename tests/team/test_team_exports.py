"""Board exports read back with the csv module, openpyxl and pypdf; the `team` command."""

from __future__ import annotations

import csv
import os
import stat
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from pdr_desktop.cli import main
from pdr_desktop.team.catalogue import choose_catalogue
from pdr_desktop.team.export_csv import guard
from pdr_desktop.team.exports import export_report
from pdr_desktop.team.report import TeamReport

HOSTILE_NEED = '=HYPERLINK("http://example.invalid","click")'


@pytest.fixture
def report(team_summaries, clock):
    return TeamReport.build(team_summaries, choose_catalogue(""), clock.today())


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def owner_only(path) -> bool:
    return os.name != "posix" or stat.S_IMODE(path.stat().st_mode) == 0o600


def test_csv_opens_with_every_name_intact(report, tmp_path):
    written = export_report(report, tmp_path / "team.csv", "csv")
    assert [p.name for p in written] == ["team.csv", "team-rounds.csv", "team-training-needs.csv"]
    assert all(owner_only(p) for p in written)
    team = read_csv(written[0])
    names = {row["Practitioner"] for row in team}
    assert {"Bartosz Zieliński", "Siobhán Ó Dálaigh", "Łukasz Nowak", "Niamh Byrne"} <= names
    bartosz = next(r for r in team if r["Practitioner"] == "Bartosz Zieliński")
    assert bartosz["Overdue"].startswith("Yes, ") and bartosz["Round"] == "Six Month Review"
    assert bartosz["Send by"] == "12/11/2026"
    niamh = next(r for r in team if r["Practitioner"] == "Niamh Byrne")
    assert niamh["File"] == "Niamh Byrne.pdr" and niamh["Earlier copies"] == "Niamh Byrne (sent first).docx"
    broken = next(r for r in team if r["File"] == "truncated.pdr")
    assert broken["Stage"] == "Cannot be read" and "cut off" in broken["Cannot be read because"]
    rounds = {r["Round"]: r for r in read_csv(written[1])}
    assert rounds["Six Month Review"]["Overdue"] == "2"
    needs = read_csv(written[2])
    assert {r["Theme"] for r in needs} >= {"Graded Care Profile", "Not in the catalogue"}
    assert all(r["Practitioner"] in names for r in needs)


@pytest.mark.parametrize("text", ["=1+1", "+44 23 9268", "-2", "@SUM(A1)", "\t=1", "plain"])
def test_csv_cells_never_start_a_formula(text):
    guarded = guard(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t"))
    assert guarded.lstrip("'") == text


def test_a_practitioners_words_cannot_run_as_a_formula(report, tmp_path):
    from dataclasses import replace

    need = replace(report.needs[0], next=HOSTILE_NEED)
    hostile = replace(report, needs=[need, *report.needs[1:]])
    csv_file = export_report(hostile, tmp_path / "t.csv", "csv")[2]
    cells = [r["What they need next"] for r in read_csv(csv_file)]
    assert "'" + HOSTILE_NEED in cells
    book = openpyxl.load_workbook(export_report(hostile, tmp_path / "t.xlsx", "xlsx")[0])
    values = next(book["Training needs"].iter_cols(min_col=6, max_col=6, values_only=True))
    assert HOSTILE_NEED in values  # stored as text, exactly as written
    cell = next(c for c in book["Training needs"]["F"] if c.value == HOSTILE_NEED)
    assert cell.data_type == "s"


def test_xlsx_has_the_team_and_training_sheets_ready_for_filtering(report, tmp_path):
    path = export_report(report, tmp_path / "board.xlsx", "xlsx")[0]
    assert owner_only(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Team", "Rounds", "Training needs", "About"]
    team = book["Team"]
    assert team.freeze_panes == "A2"
    assert team.auto_filter.ref == f"A1:Q{team.max_row}"
    assert team["A1"].value == "Practitioner" and team["A1"].font.bold
    assert team.column_dimensions["A"].width == 24
    rows = {r[0]: r for r in team.iter_rows(min_row=2, values_only=True)}
    assert rows["Bartosz Zieliński"][6].date() == date(2026, 11, 12)  # a real date, sortable
    assert rows["Siobhán Ó Dálaigh"][11] == 7  # objectives, a number
    training = book["Training needs"]
    assert training.freeze_panes == "A2" and training.auto_filter.ref.startswith("A1:F")
    assert training["E2"].alignment.wrap_text
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
    assert "EXAMPLE" in about["Learning themes"]
    assert about["Team summary as at"] == "23 November 2026"


def test_anonymised_exports_carry_counts_and_no_names(report, tmp_path):
    names = [m.current.name for m in report.conversations]
    files = export_report(report, tmp_path / "anon.csv", "csv", anonymise=True)
    files += export_report(report, tmp_path / "anon.xlsx", "xlsx", anonymise=True)
    for path in files:
        if path.suffix == ".csv":
            text = path.read_bytes().decode("utf-8-sig")
        else:
            book = openpyxl.load_workbook(path)
            assert book.sheetnames == ["Rounds", "Training needs", "About"]
            text = "\n".join(
                str(v)
                for sheet in book
                for row in sheet.iter_rows(values_only=True)
                for v in row
                if v is not None
            )
        assert not [n for n in names if n in text], path.name
        assert "I want to use MI" not in text  # nobody's own words either
    counts = read_csv(files[1])
    assert {"Learning row", "Area", "Theme", "Practitioners"} == set(counts[0])


def test_the_pdf_is_one_page_with_the_counts_and_no_names(report, tmp_path):
    path = export_report(report, tmp_path / "board.pdf", "pdf", organisation="Portsmouth City Council")[0]
    assert owner_only(path)
    pdf = PdfReader(path)
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    assert "Team summary – Portsmouth City Council" in text
    assert "12 conversations, 3 overdue" in text
    assert "3 files could not be read" in text  # the built folder has no pipe
    assert "Six Month Review" in text and "Graded Care Profile" in text and "Not in the catalogue" in text
    assert "EXAMPLE" in text
    assert not [m.current.name for m in report.conversations if m.current.name in text]
    assert pdf.metadata.subject == "PDR Desktop team summary"


def test_the_team_command_prints_writes_and_says_which_file_failed(team_folder, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "team",
            str(team_folder.folder),
            "--csv",
            str(out / "t.csv"),
            "--xlsx",
            str(out / "t.xlsx"),
            "--pdf",
            str(out / "t.pdf"),
        ]
    )
    printed = capsys.readouterr()
    assert code == 1  # some files cannot be read
    assert "Bartosz Zieliński" in printed.out and "Yes, 11 days" in printed.out
    assert "Niamh Byrne: counts Niamh Byrne.pdr; earlier: Niamh Byrne (sent first).docx" in printed.out
    for broken in team_folder.broken:
        assert f"{broken}: cannot be read:" in printed.err
    assert {p.name for p in out.iterdir()} == {
        "t.csv",
        "t-rounds.csv",
        "t-training-needs.csv",
        "t.xlsx",
        "t.pdf",
    }
    assert all(owner_only(p) for p in out.iterdir())


def test_the_team_command_exits_0_when_everything_reads(form, tmp_path, capsys, clock):
    from pdr_desktop.team.sample_team import write_team

    folder = tmp_path / "team"
    write_team(folder, form, clock.today())
    assert main(["team", str(folder), "--anonymise", "--csv", str(tmp_path / "a.csv")]) == 0
    printed = capsys.readouterr().out
    assert "Rounds (3)" in printed and "Zieliński" not in printed


def test_the_team_command_refuses_an_output_that_would_destroy_a_draft(team_folder, capsys):
    draft = team_folder.newer
    before = draft.read_bytes()
    assert main(["team", str(team_folder.folder), "--csv", str(draft)]) == 2
    assert "must end in .csv" in capsys.readouterr().err
    assert draft.read_bytes() == before


def test_the_board_pdf_saved_among_the_forms_is_not_listed_as_a_form(report, team_folder, registry):
    from pdr_desktop.team.members import group_members
    from pdr_desktop.team.scan import scan

    export_report(report, team_folder.folder / "Team summary.pdf", "pdf")
    members = group_members(scan([team_folder.folder], registry).summaries)
    assert "Team summary.pdf" not in {m.current.file_name for m in members}
    assert len([m for m in members if not m.readable]) == len(team_folder.broken)


def test_the_team_command_says_when_an_export_cannot_be_written(form, tmp_path, capsys, clock):
    from pdr_desktop.team.sample_team import write_team

    folder = tmp_path / "team"
    write_team(folder, form, clock.today())
    blocked = tmp_path / "board.xlsx"
    blocked.mkdir()  # a folder where the file should go: the write fails
    assert main(["team", str(folder), "--xlsx", str(blocked)]) == 2
    err = capsys.readouterr().err
    assert "board.xlsx cannot be written" in err and "nothing was written" in err
    assert blocked.is_dir() and not list(blocked.iterdir())
