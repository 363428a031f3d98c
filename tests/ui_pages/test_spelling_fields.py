"""Spelling as you type in the real fields: underlined ranges, the suggestion menu, the keyboard."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from pdr_desktop.forms.model import Role
from pdr_desktop.ui.spelling import LineSpelling, SpellingHighlighter, spelling_service
from pdr_desktop.ui.spelling.menu import build_menu


@pytest.fixture
def spelling(qtbot):
    """The service switched on, the dictionary read (about a second, once per test run)."""
    service = spelling_service()
    service.configure(True, [])
    service.set_context(None, None)
    qtbot.waitUntil(service.is_ready, timeout=60_000)
    yield service
    service.configure(True, [])


def highlighter_of(edit) -> SpellingHighlighter:
    return edit.document().findChild(SpellingHighlighter)


def marks_of(line) -> LineSpelling:
    return line.findChild(LineSpelling)


def reddish_pixels(widget) -> list[tuple[int, int]]:
    image = widget.grab().toImage()
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if (
                colour.red() > 150
                and colour.red() > colour.green() + 70
                and colour.red() > colour.blue() + 70
            ):
                found.append((x, y))
    return found


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_typing_in_a_long_answer_underlines_the_mistakes(qtbot, make_page, empty_draft, spelling):
    page = make_page("wider", empty_draft)
    edit = page.editors["wider.self"].edit
    type_into(qtbot, edit, "I recieve feedback on my behavior and colour.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "The famly said so")
    assert highlighter_of(edit).marked_ranges() == [(2, 9), (25, 33), (50, 55)]
    assert empty_draft.answers["wider.self"].startswith("I recieve")  # typing still reaches the draft
    pixels = reddish_pixels(edit.viewport())
    first_word = edit.cursorRect(_cursor_at(edit, 2)).left(), edit.cursorRect(_cursor_at(edit, 9)).left()
    assert pixels and any(first_word[0] <= x <= first_word[1] for x, _y in pixels)


def _cursor_at(edit, position: int):
    cursor = edit.textCursor()
    cursor.setPosition(position)
    return cursor


def test_one_line_answers_are_underlined_but_names_are_not(qtbot, make_page, empty_draft, spelling):
    page = make_page("details", empty_draft)
    position = page.editors["details.position"].line
    name = page.editors["details.name"].line
    type_into(qtbot, position, "Early Help Practioner")
    type_into(qtbot, name, "Zqwyneth Dabrowski")
    assert marks_of(position).marked_ranges() == [(11, 21)]
    assert marks_of(name) is None  # a name field is never checked
    pixels = reddish_pixels(position)
    start_x = position.cursorRect().left() - position.fontMetrics().horizontalAdvance("Practioner")
    assert pixels and min(x for x, _y in pixels) >= start_x - 4
    type_into(qtbot, position, "s")
    assert position.text() == "Early Help Practioners"
    assert marks_of(position).marked_ranges() == [(11, 22)]
    position.home(False)
    type_into(qtbot, position, "Senoir ")
    assert marks_of(position).marked_ranges() == [(0, 6), (18, 29)]


def test_choosing_a_suggestion_replaces_the_word_in_one_undo_step(qtbot, make_page, empty_draft, spelling):
    page = make_page("wider", empty_draft)
    edit = page.editors["wider.self"].edit
    type_into(qtbot, edit, "We recieve it")
    point = edit.cursorRect(_cursor_at(edit, 5)).center()
    menu = build_menu(edit, point)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["receive", "relieve", "reverie"]
    assert "Add “recieve” to dictionary" in texts
    assert any(t.startswith("&Undo") for t in texts) and any(t.startswith("Select All") for t in texts)
    assert menu.actions()[0].font().bold()
    menu.actions()[0].trigger()
    assert edit.toPlainText() == "We receive it"
    assert empty_draft.answers["wider.self"] == "We receive it"
    assert highlighter_of(edit).marked_ranges() == []
    edit.undo()
    assert edit.toPlainText() == "We recieve it"
    assert highlighter_of(edit).marked_ranges() == [(3, 10)]


def test_a_line_suggestion_is_saved_like_typing(qtbot, make_page, empty_draft, spelling):
    page = make_page("details", empty_draft)
    position = page.editors["details.position"].line
    type_into(qtbot, position, "Senior Practitoner")
    menu = build_menu(position, QPoint(position.cursorRect().left() - 4, position.height() // 2))
    choice = next(a for a in menu.actions() if a.text() == "Practitioner")
    choice.trigger()
    assert position.text() == "Senior Practitioner"
    assert empty_draft.answers["details.position"] == "Senior Practitioner"
    assert marks_of(position).marked_ranges() == []


@pytest.mark.parametrize("key", ["shift+f10", "menu"])
def test_the_keyboard_opens_the_same_menu_at_the_text_cursor(qtbot, make_page, empty_draft, spelling, key):
    page = make_page("wider", empty_draft)
    edit = page.editors["wider.self"].edit
    type_into(qtbot, edit, "Good behavior")
    edit.setTextCursor(_cursor_at(edit, 8))
    if key == "menu":
        QTest.keyClick(edit, Qt.Key.Key_Menu)
    else:
        QTest.keyClick(edit, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    assert menu.actions()[0].text() == "behaviour"
    assert menu.activeAction() is menu.actions()[0]  # Enter takes it
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.toPlainText() == "Good behaviour", timeout=5000)


def test_locked_answers_are_not_marked_until_they_are_yours(qtbot, make_page, empty_draft, spelling):
    empty_draft.answers["standards.s1.manager"] = {"answer": "yes", "comment": "Good behavior"}
    empty_draft.answers["standards.s1.self"] = "My behavior"
    page = make_page("standards", empty_draft, role=Role.PRACTITIONER)
    comment = page.editors["standards.s1.manager"].comment
    own = page.editors["standards.s1.self"].edit
    qtbot.waitUntil(lambda: highlighter_of(own).marked_ranges() == [(3, 11)])
    assert marks_of(comment).marked_ranges() == [] and not reddish_pixels(comment)
    page.set_role(Role.MANAGER)
    assert marks_of(comment).marked_ranges() == [(5, 13)]
    assert highlighter_of(own).marked_ranges() == []
    page.set_role(Role.PRACTITIONER)
    assert marks_of(comment).marked_ranges() == [] and not reddish_pixels(comment)


def test_switching_spelling_off_and_on(qtbot, make_page, empty_draft, spelling):
    empty_draft.answers["wider.self"] = "My behavior"
    page = make_page("wider", empty_draft)
    edit = page.editors["wider.self"].edit
    assert highlighter_of(edit).marked_ranges() == [(3, 11)]
    spelling.configure(False, [])
    assert highlighter_of(edit).marked_ranges() == []
    menu = build_menu(edit, edit.cursorRect(_cursor_at(edit, 5)).center())
    assert menu.actions()[0].text().startswith("&Undo")  # only the usual menu
    spelling.configure(True, [])
    assert highlighter_of(edit).marked_ranges() == [(3, 11)]


def test_editing_a_long_paragraph_marks_exactly_what_a_full_check_would(
    qtbot, make_page, empty_draft, spelling
):
    """Random typing, deleting and pasting in a long paragraph: the re-checked-in-place marks
    always equal those of checking the whole text afresh."""
    words = ["reflective", "recieve", "practise", "behavior", "children’s", "don't", "famly", "genogram"]
    rng = random.Random(14)
    empty_draft.answers["wider.self"] = " ".join(rng.choice(words) for _ in range(400))
    page = make_page("wider", empty_draft)
    edit = page.editors["wider.self"].edit
    highlighter = highlighter_of(edit)
    for _ in range(120):
        cursor = edit.textCursor()
        cursor.setPosition(rng.randrange(len(edit.toPlainText()) + 1))
        edit.setTextCursor(cursor)
        action = rng.random()
        if action < 0.5:
            qtbot.keyClicks(edit, rng.choice(["e", " ", "x", "'", "-", "s", ". "]))
        elif action < 0.8:
            qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            edit.insertPlainText(rng.choice(words) + " ")
        text = edit.toPlainText()
        expected = [(t.start, t.end) for t in spelling.misspelled(text)]
        assert highlighter.marked_ranges() == expected
