"""The whole window by keyboard: Tab in reading order across the round toolbar, the task list,
the page and Back/Next; no keyboard traps; named stops; no clashing shortcuts; a narrow window."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui.section_list import CHECK_ID


def walk_tab(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Tab from *start* until focus comes back to it; each stop once, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops = [start]
    stayed = 0
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is stops[-1]:
            # A date box steps day → month → year with Tab before leaving: three stays at most.
            stayed += 1
            assert stayed < 3, f"Tab is stuck on {now.accessibleName()!r}"
            continue
        stayed = 0
        if now is start:
            return stops
        stops.append(now)
    raise AssertionError("Tab never came back round")


def y_in(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def open_sample(window, form, round_id: str = "initial"):
    draft = build_sample(form)
    draft.review.current_round = round_id
    path = window.drafts_folder() / "sample.pdr"
    write_draft(draft, path)
    assert window.open_path(path)
    return draft


def test_tab_goes_toolbar_then_task_list_then_page_then_back_next(window, qtbot):
    window.new_draft()
    panel = window.review_actions.round_panel
    window.show_section("standards")
    stops = walk_tab(qtbot, panel.meeting)
    names = [w.accessibleName() for w in stops]
    assert all(n.strip() for n in names), names

    wizard = window.wizard
    page = wizard.pages["standards"]
    in_toolbar = [window.review_actions.toolbar.isAncestorOf(w) for w in stops]
    in_page = [w is page or page.isAncestorOf(w) for w in stops]
    assert in_toolbar[0] and not any(in_toolbar[in_toolbar.index(False) :])  # the bar comes first
    assert stops[in_toolbar.index(False)] is wizard.section_list
    first_page, last_page = in_page.index(True), len(in_page) - 1 - in_page[::-1].index(True)
    assert all(in_page[first_page : last_page + 1])  # the page's stops are all together
    assert stops[first_page - 1] is wizard.section_list
    assert stops[last_page + 1 :] == [wizard.back_button, wizard.next_button]
    # Inside the page, down the page.
    assert page not in stops  # the page's scroll area is no Tab stop: it would show no focus
    ys = [y_in(w, page.widget()) for w in stops[first_page : last_page + 1]]
    assert all(after >= before - 6 for before, after in itertools.pairwise(ys))  # 6: same line
    assert len(ys) >= 20  # the ten standards and their boxes


def test_check_your_answers_links_follow_the_task_list(window, qtbot):
    window.new_draft()
    window.show_check_page()
    stops = walk_tab(qtbot, window.wizard.section_list)
    check = window.wizard.check_page
    assert check not in stops  # the page itself is no Tab stop: its links are
    links = [w for w in stops if check.isAncestorOf(w)]
    assert links and links == stops[1 : 1 + len(links)]
    assert stops[1 + len(links)] is window.wizard.back_button
    assert links[-1].objectName() == "finishButton"  # the page ends with Send to manager…
    links = links[:-1]
    # Each link says what it does and to which question: "Answer: Name", "Change: …"
    assert all(re.match(r"^(Answer|Change|Show all|Sign)\b.*: \S", w.accessibleName()) for w in links)
    assert all(w.text() in w.accessibleName() for w in links)  # the name contains the visible label
    qtbot.keyClick(links[0], Qt.Key.Key_Space)  # a link jumps to its field
    assert window.wizard.current_id() == "details"
    assert QApplication.focusWidget().accessibleName() == "Name"


@pytest.mark.parametrize("round_id", ["initial", "six_month"])
def test_progress_review_page_tab_order_and_names(window, qtbot, form, round_id):
    if round_id not in form.round_ids():
        pytest.skip(f"this form has no {round_id} round")
    open_sample(window, form, round_id)
    window.review_actions.show_progress()
    page = window.review_actions.progress_page
    assert window.wizard.current_id() == "progress"
    stops = walk_tab(qtbot, window.wizard.section_list)
    assert all(w.accessibleName().strip() for w in stops), [type(w).__name__ for w in stops]
    in_page = [w for w in stops if w is not page and page.isAncestorOf(w)]
    assert in_page == stops[1 : 1 + len(in_page)]
    assert stops[1 + len(in_page)] is window.wizard.back_button
    rows = page.objective_widgets()
    assert len(rows) >= 5
    wanted = [w for row in rows for w in (row.scale, row.note, row.achieved) if w.isEnabled()]
    assert page.scroll_area not in in_page  # the list's scroll area is no Tab stop; it follows the focus
    assert in_page == wanted  # objective by objective, top to bottom


def test_meeting_date_not_set_does_not_trap_tab(window, qtbot):
    window.new_draft()
    meeting = window.review_actions.round_panel.meeting
    assert meeting.text() == ""
    meeting.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(meeting.hasFocus)
    qtbot.keyClick(meeting, Qt.Key.Key_Tab)
    assert not meeting.hasFocus()
    meeting.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(meeting, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not meeting.hasFocus()


def test_round_toolbar_is_reachable_by_keyboard(window, qtbot):
    window.new_draft()
    window.focus_field("details.name")
    window.review_actions.meeting.trigger()  # Review › Meeting date… (Ctrl+Shift+M)
    assert QApplication.focusWidget() is window.review_actions.round_panel.meeting
    stops = walk_tab(qtbot, window.review_actions.round_panel.meeting)
    panel = window.review_actions.round_panel
    assert panel.complete in stops
    panel.meeting.set_day(date(2026, 12, 1))
    stops = walk_tab(qtbot, panel.meeting)
    assert stops[:2] == [panel.meeting, panel.complete]  # the meeting date is one Tab stop


def _mnemonics(widgets) -> list[str]:
    keys = []
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


def _visible_mnemonics(window) -> list[str]:
    menus = _mnemonics_of_menubar(window)
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    return menus + _mnemonics(widgets)


def _mnemonics_of_menubar(window) -> list[str]:
    found = []
    for action in window.menuBar().actions():
        match = re.search(r"&([^&\s])", action.text())
        if match:
            found.append(match.group(1).lower())
    return found


def test_no_alt_key_is_used_twice_on_the_start_page_or_in_the_wizard(window, form):
    write_draft(build_sample(form), window.drafts_folder() / "a.pdr")
    window.refresh_start_page()
    window.show_start_page()
    keys = _visible_mnemonics(window)
    assert [k for k, n in Counter(keys).items() if n > 1] == [], keys
    window.new_draft()
    for entry in window.wizard.order:
        window.show_section(entry)
        keys = _visible_mnemonics(window)
        assert [k for k, n in Counter(keys).items() if n > 1] == [], (entry, keys)


def test_every_shortcut_is_used_once_and_standard_ones_are_there(window, qtbot):
    window.new_draft()
    seen: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            seen[key.toString()] += 1
    assert [k for k, n in seen.items() if n > 1] == []
    for key in ("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+W", "Ctrl+Q", "Ctrl+E", "F1"):
        assert seen[QKeySequence(key).toString()] == 1, key
    assert seen["Ctrl+PgUp"] == 1 and seen["Ctrl+PgDown"] == 1


def test_ctrl_z_in_a_text_box_undoes_that_box(window, qtbot, typer):
    window.new_draft()
    window.focus_field("standards.s1.self")
    typer("First thought")
    box = QApplication.focusWidget()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() != "First thought"
    assert window.draft.answers.get("standards.s1.self", "") == box.toPlainText()


def _past_meeting(window):
    panel = window.review_actions.round_panel
    panel.meeting.set_day(date(2026, 11, 25))  # send-by 18 November: passed on 23 November
    return panel


def test_send_by_sentence_shortens_and_keeps_the_full_text(window, qtbot):
    window.new_draft()
    panel = _past_meeting(window)
    full = panel.send_by.text()
    assert "that date has passed" in full
    assert panel.send_by.toolTip() and panel.send_by.accessibleDescription()
    assert "passed" in panel.send_by.toolTip() and "passed" in panel.send_by.accessibleDescription()
    assert panel.send_by.minimumSizeHint().width() < panel.send_by.sizeHint().width() // 2


def test_window_can_be_made_900_pixels_wide_with_a_draft_open(window, qtbot):
    window.new_draft()
    _past_meeting(window)
    assert window.minimumSizeHint().width() <= 900
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.width() == 900)
    toolbar = window.review_actions.toolbar
    qtbot.waitUntil(lambda: toolbar.height() >= window.review_actions.round_panel.minimumHeight())
    panel = window.review_actions.round_panel
    for widget in (panel.meeting, panel.complete, panel.send_by):  # nothing pushed off the bar
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert right <= window.width(), widget.accessibleName()


def test_window_can_be_narrow_at_double_text_size(make_window, qtbot):
    font = QApplication.font()
    big = QApplication.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(big)  # before the window, as when the person's system text is large
    try:
        window = make_window()
        window.new_draft()
        _past_meeting(window)
        window.show_section(CHECK_ID)
        assert window.review_actions.round_panel.minimumSizeHint().width() < 900
        assert window.minimumSizeHint().width() <= 900
        wizard = window.wizard
        window.resize(1600, 900)
        qtbot.waitUntil(lambda: window.width() == 1600)
        wide_list = wizard.section_list.width()
        window.resize(900, 700)
        qtbot.waitUntil(lambda: window.width() == 900)
        # The form keeps most of the width; the task list gives way (tags go under titles).
        assert wizard.stack.width() >= wizard.width() * 0.55
        window.resize(1600, 900)
        qtbot.waitUntil(lambda: window.width() == 1600)
        assert wizard.section_list.width() == wide_list  # and it comes back when there is room
    finally:
        QApplication.setFont(font)


def _unnamed_tab_stops(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.accessibleName().strip()
    ]


def test_every_dialog_input_has_an_accessible_name(window, form, registry, tmp_path, qtbot):
    from pdr_desktop.drafts.store import PendingRecovery
    from pdr_desktop.forms.model import Role
    from pdr_desktop.settings import load_settings
    from pdr_desktop.ui.help_dialog import HelpDialog
    from pdr_desktop.ui.recovery_dialog import RecoveryDialog
    from pdr_desktop.ui.review.carry_forward_action import LastYearDialog
    from pdr_desktop.ui.review.diff_dialog import CompareDialog
    from pdr_desktop.ui.review.manager_list import ManagerListDialog
    from pdr_desktop.ui.role_dialog import RoleDialog
    from pdr_desktop.ui.settings_dialog import SettingsDialog

    mine, theirs = build_sample(form), build_sample(form)
    theirs.answers["details.name"] = "Someone else"
    recovery = tmp_path / "a.pdr.recovery"
    recovery.write_text("{}", encoding="utf-8")
    dialogs = [
        CompareDialog(form, mine, theirs, Role.PRACTITIONER, tmp_path / "theirs.pdr", window),
        ManagerListDialog(registry, window.today, lambda _p: True, Role.MANAGER, window),
        RecoveryDialog(PendingRecovery(tmp_path / "a.pdr", recovery, mine), window.today, window),
        RoleDialog(window),
        SettingsDialog(load_settings(), window),
        HelpDialog(tmp_path, window),
        LastYearDialog(mine, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _unnamed_tab_stops(dialog) == [], type(dialog).__name__
        dialog.close()


def test_every_window_tab_stop_has_an_accessible_name_on_every_page(window, form, qtbot):
    open_sample(window, form, "six_month")
    for entry in window.wizard.order:
        window.show_section(entry)
        assert _unnamed_tab_stops(window) == [], entry
    window.close_draft()
    assert _unnamed_tab_stops(window) == []
