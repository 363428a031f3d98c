"""Dates typed the UK way are stored as ISO; "By when" also keeps words such as "Ongoing"."""

from __future__ import annotations

from datetime import date

import pytest

from pdr_desktop.dates import parse_date, to_display, to_stored
from pdr_desktop.forms.model import Field, FieldType, Role
from pdr_desktop.ui.fields.date_field import DateField, DateOrTextField


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/07/2026", date(2026, 7, 15)),
        ("1/2/27", date(2027, 2, 1)),
        ("2026-07-15", date(2026, 7, 15)),
        (" 15.07.2026 ", date(2026, 7, 15)),
        ("31/02/2026", None),
        ("Ongoing", None),
        ("", None),
    ],
)
def test_parse_date(typed, expected):
    assert parse_date(typed) == expected


def test_stored_and_shown_forms():
    assert to_stored("15/07/2026") == "2026-07-15"
    assert to_stored("End of term") == "End of term"
    assert to_display("2026-07-15") == "15/07/2026"
    assert to_display("Ongoing") == "Ongoing"


def _field(kind: FieldType) -> Field:
    return Field(id="x.when", label="By When", type=kind, owner=Role.PRACTITIONER, section_id="x")


def test_date_or_text_takes_words_without_a_warning(qtbot):
    editor = DateOrTextField(_field(FieldType.DATE_OR_TEXT), "Objective 1, By When")
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(editor.line, "Ongoing")
    assert editor.value() == "Ongoing"
    assert not editor.input.hint.isVisible()
    editor.line.clear()
    qtbot.keyClicks(editor.line, "1/2/27")
    assert editor.value() == "2027-02-01"


def test_date_field_can_be_empty_and_loads_iso(qtbot):
    editor = DateField(_field(FieldType.DATE), "Date Updated")
    qtbot.addWidget(editor)
    assert editor.value() == ""
    editor.set_value("2026-03-31")
    assert editor.line.text() == "31/03/2026"
    assert editor.value() == "2026-03-31"
    editor.set_value("")
    assert editor.line.text() == "" and editor.value() == ""
    assert editor.line.accessibleName() == "Date Updated"
    assert editor.input.button.accessibleName() == "Pick a date: Date Updated"


@pytest.mark.parametrize(
    ("typed", "flagged"), [("26", True), ("31/07", True), ("Ongoing", False), ("", False)]
)
def test_date_or_text_flags_digits_that_are_not_a_date(qtbot, typed, flagged):
    editor = DateOrTextField(_field(FieldType.DATE_OR_TEXT), "Objective 1, By When")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.line, typed)
    assert editor.input.hint.isVisible() is flagged
    assert editor.value() == typed  # kept as typed, never replaced
