"""What a screen reader is given: status text it can read and hear, errors tied to their field,
read-only controls that say so and why. Checked through Qt's accessibility interfaces (what the
AT-SPI bridge serves) and the announcements the app makes; tests/atspi reads the real bus."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton

from pdr_desktop.forms.model import Role
from pdr_desktop.settings import load_settings
from pdr_desktop.ui.accessible import DescriptionLabel, announcer


@pytest.fixture
def heard(qtbot):
    """Everything announced while the test runs, as (text, assertive)."""
    said: list[tuple[str, bool]] = []
    announcer().announced.connect(lambda text, assertive: said.append((text, assertive)))
    yield said
    announcer().announced.disconnect()


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def accessible_description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_save_status_is_readable_and_announced_when_it_changes(window, qtbot, heard, typer, clock):
    window.new_draft()
    label = window.save_label
    assert accessible_name(label) == "Saved 09:41"
    assert accessible_description(label) == "Save status"
    assert heard == []  # opening is not news
    clock.advance(minutes=1)
    window.focus_field("details.name")
    typer("Siobhán")
    qtbot.waitUntil(lambda: ("Saved 09:42", False) in heard, timeout=5000)
    assert accessible_name(label) == "Saved 09:42"
    assert ("Saving…", False) not in heard  # a passing state, not worth interrupting anyone
    window.autosave.save_failed.emit("the disk is full")
    assert accessible_name(label) == "Not saved: the disk is full"
    assert ("Not saved: the disk is full", True) in heard  # an error interrupts


def test_mode_is_readable_and_announced(window, heard):
    window.new_draft()
    assert accessible_name(window.role_label) == "Practitioner mode"
    window.set_role(Role.MANAGER)
    assert accessible_name(window.role_label) == "Manager mode"
    assert ("Manager mode", False) in heard


def test_temporary_status_messages_are_readable_and_announced(window, heard):
    bar = window.statusBar()
    assert accessible_name(bar) == "Status bar"
    bar.showMessage("Exported: a.pdf", 5000)
    assert accessible_name(bar) == "Exported: a.pdf"
    assert ("Exported: a.pdf", False) in heard
    bar.clearMessage()
    assert accessible_name(bar) == "Status bar"


def test_banner_at_start_up_is_readable_and_announced(make_window, tmp_path, heard):
    settings = load_settings()
    settings.problems = ["The organisation settings file site.json could not be used: not JSON."]
    window = make_window(settings=settings)
    assert window.banner.isVisible()
    assert accessible_name(window.banner.label) == settings.problems[0]
    assert (settings.problems[0], True) in heard


def test_a_date_that_is_not_a_date_is_an_error_tied_to_its_box(window, qtbot, heard, typer):
    window.new_draft()
    window.focus_field("details.date_updated")
    box = QApplication.focusWidget()
    typer("31/02/2026")
    field = box.parentWidget()
    hint = field.hint
    assert hint.isVisible()
    description = accessible_description(box)
    assert description.startswith("Error: Not a date we recognise")
    assert isinstance(hint, DescriptionLabel) and box in hint.describes()
    relations = QAccessible.queryAccessibleInterface(hint).relations(QAccessible.RelationFlag.Described)
    assert [r[0].object() for r in relations] == [box]  # AT-SPI: the message is the box's description
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert any(text.startswith("Error: Not a date") for text, _ in heard)
    box.setFocus()
    typer("28/02/2026")
    assert not hint.isVisible() and not accessible_description(box).startswith("Error")


def _locked_choices(window) -> list:
    found = []
    for entry in window.wizard.order:
        window.show_section(entry)
        found += [
            w
            for w in window.findChildren(QAbstractButton)
            if isinstance(w, (QRadioButton, QCheckBox)) and w.isVisible() and w.property("locked")
        ]
    return found


def test_the_other_roles_choices_are_read_only_and_say_whose_they_are(window, qtbot):
    window.new_draft()
    locked = _locked_choices(window)
    assert len(locked) >= 20  # the manager's Yes/No for each standard, wider contribution…
    for button in locked:
        interface = QAccessible.queryAccessibleInterface(button)
        state = interface.state()
        assert state.readOnly and state.checkable, accessible_name(button)
        assert "Your manager's part" in interface.text(QAccessible.Text.Description)
        assert interface.actionNames() == [
            a for a in interface.actionNames() if a != interface.toggleAction()
        ]
        tags = [
            r[0].object()
            for r in interface.relations(QAccessible.RelationFlag.DescriptionFor)
            if isinstance(r[0].object(), DescriptionLabel)
        ]
        assert [t.text() for t in tags] == ["Manager's part"], accessible_name(button)
    window.set_role(Role.MANAGER)
    for button in locked:
        assert not QAccessible.queryAccessibleInterface(button).state().readOnly


def test_space_on_a_read_only_choice_says_why_in_the_status_bar(window, qtbot, heard):
    window.new_draft()
    button = _locked_choices(window)[0]
    window.focus_field(next(f for f, e in _editors(window) if button in e.inputs()))
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not button.isChecked()
    message = window.statusBar().currentMessage()
    assert message == "Your manager's part: you can read it but not change it."
    assert (message, False) in heard


def _editors(window):
    for page in window.wizard.pages.built.values():
        yield from page.editors.items()


def test_read_only_text_boxes_say_whose_part_they_are(make_window):
    window = make_window("manager")
    window.new_draft()
    window.set_role(Role.MANAGER)  # a new conversation is one's own; the manager fills in theirs
    window.focus_field("standards.s1.self")
    box = QApplication.focusWidget()
    assert QAccessible.queryAccessibleInterface(box).state().readOnly
    assert "The practitioner's part" in accessible_description(box)


def test_choices_still_work_for_their_owner(make_window, qtbot):
    window = make_window("manager")
    window.new_draft()
    window.set_role(Role.MANAGER)
    window.show_section("standards")
    button = next(w for w in window.findChildren(QRadioButton) if w.isVisible() and not w.property("locked"))
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.toggleAction() in interface.actionNames()
    interface.doAction(interface.toggleAction())  # a screen reader's "click"
    assert button.isChecked()
    assert window.isWindowModified()  # it reached the draft, as a real click does


def test_the_send_by_line_matches_the_role(window):
    window.new_draft()
    panel = window.review_actions.round_panel
    panel.meeting.set_day(date(2027, 1, 20))
    assert accessible_name(panel.send_by).startswith("Send to your manager by")
    window.set_role(Role.MANAGER)
    assert accessible_name(panel.send_by).startswith("Due from the practitioner by")
    assert "your manager" not in accessible_description(panel.send_by)
    assert "your manager" not in panel.send_by.toolTip()


def test_opening_a_draft_says_when_it_was_last_saved_not_the_time_now(window, tmp_path, form, clock):
    # QA: opening showed "Saved" with the time it was opened, as if it had just been saved.
    import os
    from datetime import datetime, time, timedelta

    from pdr_desktop.drafts import write_draft
    from pdr_desktop.review.sample import build_sample

    path = tmp_path / "Earlier.pdr"
    write_draft(build_sample(form), path, backup=False)
    yesterday = datetime.combine(clock.today() - timedelta(days=1), time(16, 20))
    os.utime(path, (yesterday.timestamp(), yesterday.timestamp()))
    assert window.open_path(path)
    assert accessible_name(window.save_label) == "Saved Yesterday 16:20"
