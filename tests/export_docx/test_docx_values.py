"""Cell text ⇄ values: what the writer prints and what the importers read back."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pdr_desktop.drafts.model import Draft
from pdr_desktop.export import text_values as tv
from pdr_desktop.export.document_plan import Slot, build_plan
from pdr_desktop.export.text_match import canon, norm, same_label, strip_label
from pdr_desktop.export.value_parse import parse_date, parse_extra, parse_yesno
from pdr_desktop.review.progress import progress_text

MANAGER_DATE = Slot("signoff.manager", "date")


@pytest.mark.parametrize(
    ("typed", "answer", "comment", "clear"),
    [
        ("Yes", "yes", "", True),
        ("yes", "yes", "", True),
        ("Y", "yes", "", True),
        ("✓", "yes", "", True),
        ("✔ good evidence", "yes", "good evidence", True),
        ("No", "no", "", True),
        ("N", "no", "", True),
        ("No – see comments", "no", "see comments", True),
        ("NO - see comments", "no", "see comments", True),
        ("Not met", "no", "", True),
        ("Yes / No", "", "", True),
        ("", "", "", True),
        ("Yes\nSeen in the case audit.", "yes", "Seen in the case audit.", True),
        ("Nearly", "", "Nearly", False),
        ("N/A", "", "N/A", False),
        ("Partially – discuss", "", "Partially – discuss", False),
        ("Yes ☒ No ☐", "yes", "", True),  # Word check-box content controls
        ("☐ Yes ☒ No – discussed in supervision", "no", "discussed in supervision", True),
        ("☐ Yes ☐ No", "", "", True),
        ("☒ Yes ☒ No", "", "☒ Yes ☒ No", False),
    ],
)
def test_yes_no_variants(typed, answer, comment, clear):
    parsed = parse_yesno(typed)
    assert parsed.value == {"answer": answer, "comment": comment}
    assert parsed.clear is clear


_comment = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.just("\n"), max_size=80
).map(lambda s: "\n".join(line.strip() for line in s.split("\n")).strip())


@given(answer=st.sampled_from(["yes", "no"]), comment=_comment)
@example(answer="yes", comment="☐")  # a comment that is a box glyph is not a Word check box
def test_printed_yes_no_reads_back(answer, comment):
    value = {"answer": answer, "comment": comment}
    assert parse_yesno(tv.yesno_text(value)).value == {"answer": answer, "comment": tv.clean(comment).strip()}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-07-15", "2026-07-15"),
        ("15/07/2026", "2026-07-15"),
        ("3/8/2026", "2026-08-03"),
        ("15.07.2026", "2026-07-15"),
        ("15 July 2026", "2026-07-15"),
        ("1st October 2025", "2025-10-01"),
        ("Ongoing", "Ongoing"),
        ("31/02/2026", "31/02/2026"),  # not a real date: kept exactly as typed
        ("", ""),
    ],
)
def test_dates(typed, stored):
    assert parse_date(typed) == stored


def test_dates_print_the_uk_way_and_text_stays_text():
    assert tv.date_text("2026-07-15") == "15/07/2026"
    assert tv.date_text("Ongoing") == "Ongoing"
    assert tv.date_text(None) == ""


def test_plan_cells_never_print_none(form):
    draft = Draft.new(form)
    cells = [c for t in build_plan(form, draft).tables for row in t.rows for c in row]
    assert cells and all("None" not in c.text for c in cells)

    def manager_date(draft: Draft) -> str:
        plan = build_plan(form, draft)
        return next(c.text for t in plan.tables for row in t.rows for c in row if c.slot == MANAGER_DATE)

    assert manager_date(draft) == "Date:"
    draft.answers["signoff.manager"] = {"name": "Sam", "date": "2026-07-21"}
    assert manager_date(draft) == "Date:\n21/07/2026"


def test_progress_lines_read_back(form, sample_draft):
    row = sample_draft.answers["objectives.items"][0]
    row["carried_from"] = "2024–25"
    extra = parse_extra(form, tv.objective_extra_text(form, row))
    assert extra.progress == row["progress"]
    assert extra.achieved is True and extra.carried_from == "2024–25" and extra.leftovers == []
    # The words beside the drawn bar: no ■□ glyphs, which render unevenly in Word and LibreOffice.
    assert tv.objective_extra_text(form, row).startswith("Six Month Review: 3/10 – Good start")
    assert not {"■", "□"} & set(tv.objective_extra_text(form, row))
    # Progress lines of exports made before the bar became a table still read back.
    assert parse_extra(form, progress_text(form, row)).progress == row["progress"]


def test_labels_match_despite_typography():
    assert norm("Practitioner’s  comments –\u00a0Initial") == "practitioner's comments - initial"
    assert same_label(
        "MANAGER assessment (standards have been met Yes/No) ",
        "Manager assessment (standards have been met Yes/No)",
    )
    assert not same_label("Position", "Name of Practitioner")
    assert strip_label("Signed (Practitioner):\nJane", "Signed (Practitioner):") == "\nJane"
    assert strip_label("signed (practitioner) Jane", "Signed (Practitioner):") == " Jane"
    assert (
        strip_label(
            "Has the ‘Wellbeing Action plan’ been completed Yes",
            "Has the 'Wellbeing Action plan' been completed Yes / No",
        )
        == " Yes"
    )
    assert strip_label("Date: 1/2/2026", "Signed (Practitioner):") is None


def test_canon_ignores_trailing_spaces_and_outer_blank_lines():
    assert canon("\nline one   \nline two\n\n") == "line one\nline two"
    assert canon("a\n\nb") != canon("a\nb")
