"""Spelling in the real window: F7 across pages, Add to dictionary, Ignore, names, Preferences."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from pdr_desktop import paths
from pdr_desktop.drafts import read_draft, write_draft
from pdr_desktop.settings import load_settings
from pdr_desktop.spelling.personal import personal_dictionary_path, read_words
from pdr_desktop.ui.settings_dialog import SettingsDialog
from pdr_desktop.ui.spelling import SpellingHighlighter, spelling_service
from pdr_desktop.ui.spelling.menu import build_menu


@pytest.fixture
def typo_file(tmp_path, sample_draft):
    sample_draft.answers["standards.s3.self"] = "I have worked hard on my behavior."
    sample_draft.answers["wider.self"] = "I recieve feedback."
    sample_draft.answers["details.position"] = "Early Help Practioner"
    sample_draft.answers["standards.s1.manager"] = {"answer": "yes", "comment": "Managr's colour"}
    sample_draft.answers["objectives.items"][1]["next_steps"] = "Atend the course"
    path = tmp_path / "typos.pdr"
    write_draft(sample_draft, path)
    return path


@pytest.fixture
def opened(qtbot, window, typo_file):
    assert window.open_path(typo_file)
    qtbot.waitUntil(spelling_service().is_ready, timeout=60_000)
    return window


def selected(widget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    return widget.textCursor().selectedText()


def press_f7(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F7)


def test_f7_selects_each_mistake_in_form_order_across_pages_and_wraps(qtbot, opened):
    window = opened
    window.show_section("details")
    seen = []
    for _ in range(5):
        press_f7(qtbot, window)
        focused = QApplication.focusWidget()
        seen.append((window.wizard.current_id(), selected(focused)))
        if window.wizard.current_id() == "objectives":  # the cell's own editor, marked too
            marks = focused.document().findChild(SpellingHighlighter)
            assert marks is not None and marks.marked_ranges() == [(0, 5)]
    # The manager's comment is the manager's to correct: a practitioner is not taken there.
    assert seen == [
        ("details", "Practioner"),
        ("standards", "behavior"),
        ("wider", "recieve"),
        ("objectives", "Atend"),
        ("details", "Practioner"),
    ]
    assert "Back to the first" in window.statusBar().currentMessage()
    assert window.spelling.next_mistake.shortcut().toString() == "F7"
    assert window.spelling.next_mistake in window.menus.menu_edit.actions()


def test_f7_says_when_there_is_nothing_to_correct(qtbot, window, tmp_path, sample_draft):
    path = tmp_path / "clean.pdr"
    write_draft(sample_draft, path)
    assert window.open_path(path)
    qtbot.waitUntil(spelling_service().is_ready, timeout=60_000)
    window.spelling.next_mistake.trigger()
    assert window.statusBar().currentMessage() == "No spelling mistakes found."


def test_add_to_dictionary_is_personal_and_unmarks_everywhere(qtbot, opened):
    window = opened
    window.focus_field("wider.self")
    edit = QApplication.focusWidget()
    assert isinstance(edit, QPlainTextEdit)
    highlighter = edit.document().findChild(SpellingHighlighter)
    assert highlighter.marked_ranges() == [(2, 9)]
    cursor = edit.textCursor()
    cursor.setPosition(4)
    edit.setTextCursor(cursor)
    menu = build_menu(edit, None)
    next(a for a in menu.actions() if a.objectName() == "spellingAdd").trigger()
    assert highlighter.marked_ranges() == []
    assert read_words() == ["recieve"]
    assert personal_dictionary_path().is_file()


def test_ignore_in_this_conversation_is_saved_with_the_draft(qtbot, opened, typo_file, registry):
    window = opened
    window.focus_field("standards.s3.self")
    edit = QApplication.focusWidget()
    highlighter = edit.document().findChild(SpellingHighlighter)
    cursor = edit.textCursor()
    cursor.setPosition(len("I have worked hard on my beh"))
    edit.setTextCursor(cursor)
    menu = build_menu(edit, None)
    next(a for a in menu.actions() if a.objectName() == "spellingIgnore").trigger()
    assert highlighter.marked_ranges() == []
    assert window.isWindowModified()
    assert window.save_now()
    assert read_draft(typo_file, registry).meta["spelling_ignored"] == ["behavior"]
    assert not read_words()  # not the personal dictionary


def test_a_name_typed_in_details_is_right_everywhere(qtbot, opened, typer):
    window = opened
    window.focus_field("wider.self")
    edit = QApplication.focusWidget()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Thanks Zqwyneth.")
    highlighter = edit.document().findChild(SpellingHighlighter)
    assert (27, 35) in highlighter.marked_ranges()
    window.focus_field("details.name")
    typer("Zqwyneth Smith")
    window.focus_field("wider.self")
    assert highlighter.marked_ranges() == [(2, 9)]


def test_preferences_switch_spelling_off_and_it_stays_off(qtbot, opened, messages):
    window = opened
    window.focus_field("wider.self")
    edit = QApplication.focusWidget()
    highlighter = edit.document().findChild(SpellingHighlighter)
    assert highlighter.marked_ranges()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.spelling_check.isChecked() and dialog.spelling_check.isEnabled()
    dialog.spelling_check.setChecked(False)
    dialog.apply_to(window)
    assert highlighter.marked_ranges() == []
    assert load_settings().spellcheck is False
    window.spelling.next_mistake.trigger()
    assert "switched off" in window.statusBar().currentMessage()


def test_a_site_setting_can_lock_spelling_off(qtbot, tmp_path, monkeypatch, make_window, typo_file):
    site = tmp_path / "site.json"
    site.write_text(
        json.dumps(
            {
                "format": "pdr-desktop-site-settings",
                "settings": {"spellcheck": {"value": False, "locked": True}},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(paths.SITE_SETTINGS_ENV, str(site))
    window = make_window()
    assert window.open_path(typo_file)
    window.focus_field("wider.self")
    edit = QApplication.focusWidget()
    assert edit.document().findChild(SpellingHighlighter).marked_ranges() == []
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.spelling_check.isChecked() and not dialog.spelling_check.isEnabled()
    assert "spellcheck" in dialog.lock_labels


def check_links(window) -> list:
    from PySide6.QtWidgets import QPushButton

    page = window.wizard.check_page
    return [
        b
        for b in page.findChildren(QPushButton)
        if b.accessibleName().startswith("Check spelling:") and page.isAncestorOf(b)
    ]


def test_check_your_answers_lists_each_sections_spelling_mistakes_with_links(qtbot, opened):
    window = opened
    window.show_check_page()
    texts = [b.text() for b in check_links(window)]
    assert texts == [
        "Position: “Practioner”",
        "3. Impact chronologies, genograms and sociograms will sup… › My Self-assessment: “behavior”",
        "My Self-assessment: “recieve”",
        "row 2 › Next Steps: “Atend”",
    ]  # the manager's "Managr" is not listed: it is theirs to correct
    link = next(b for b in check_links(window) if "recieve" in b.text())
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.wizard.current_id() == "wider"
    assert selected(QApplication.focusWidget()) == "recieve"


def test_the_spelling_list_follows_ignore_and_the_switch(qtbot, opened):
    window = opened
    window.show_check_page()
    assert any("recieve" in b.text() for b in check_links(window))
    spelling_service().ignore("recieve")  # Ignore in this conversation, from the context menu
    assert not any("recieve" in b.text() for b in check_links(window))  # re-listed at once
    assert any("Practioner" in b.text() for b in check_links(window))
    spelling_service().configure(False, [])
    window.show_check_page()
    assert check_links(window) == []


def test_more_than_five_words_in_one_answer_are_counted_not_listed():
    from pdr_desktop.spelling.draft_check import Finding
    from pdr_desktop.ui.spelling.check_list import words_text

    words = ["aa", "bb", "cc", "aa", "dd", "ee", "ff", "gg"]
    findings = [Finding("t", "f", "s", "p", w, 0, 2) for w in words]
    assert words_text(findings) == "“aa”, “bb”, “cc”, “dd”, “ee” and 2 more"
