"""The start page: recent conversations with their state, New, Open…, first-start role question."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.settings import load_settings
from pdr_desktop.ui import window_state
from pdr_desktop.ui.role_dialog import RoleDialog, ask_role_if_needed
from pdr_desktop.ui.start_page import ERROR_ROLE, LEFT_MIDDLE, PATH_ROLE


def make_draft(form, folder, name, period="", age_s=0):
    draft = Draft.new(form, **{"details.name": name, "details.period_covered": period})
    path = folder / f"{name}.pdr"
    write_draft(draft, path)
    if age_s:
        stamp = path.stat().st_mtime - age_s
        os.utime(path, (stamp, stamp))
    return path


def rows(window):
    recent = window.start_page.recent
    return [recent.item(i).text() for i in range(recent.count())]


def test_empty_start_page_says_how_to_begin(window):
    assert window.start_page.recent.count() == 0
    assert window.start_page.empty_label.isVisibleTo(window)
    assert str(window.drafts_folder()) in window.start_page.where_label.text()


def test_recent_list_shows_name_period_saved_time_and_progress(window, form, clock, set_mtime):
    folder = window.drafts_folder()
    path = make_draft(form, folder, "Priya Shah", "September 2025 to August 2026")
    set_mtime(path, clock.now())
    window.refresh_start_page()
    (text,) = rows(window)
    first, second = text.split("\n")[:2]
    assert first == "Priya Shah — September 2025 to August 2026"
    assert second.startswith("Last saved Today ")
    assert "Initial Conversation" in second
    assert "% done" in second and "to do" in second


def test_a_screen_reader_hears_each_row_as_sentences(window, form):
    make_draft(form, window.drafts_folder(), "Priya Shah", "September 2025 to August 2026")
    window.refresh_start_page()
    item = window.start_page.recent.item(0)
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == item.text().replace("\n", ". ")
    assert spoken.startswith("Priya Shah — September 2025 to August 2026. Last saved ")


def test_unreadable_file_is_listed_with_the_reason(window):
    broken = window.drafts_folder() / "broken.pdr"
    broken.write_text("{not json", encoding="utf-8")
    window.refresh_start_page()
    (text,) = rows(window)
    assert text.startswith("broken.pdr\nCannot be opened: ")
    assert broken.read_text(encoding="utf-8") == "{not json"


def test_last_draft_comes_first(window, form):
    folder = window.drafts_folder()
    older = make_draft(form, folder, "Older Draft", age_s=3600)
    make_draft(form, folder, "Newer Draft")
    window_state.remember_draft(older)
    window.refresh_start_page()
    assert rows(window)[0].startswith("Older Draft")


def test_enter_opens_the_highlighted_draft(window, form, qtbot):
    make_draft(form, window.drafts_folder(), "Jo Bloggs")
    window.show_start_page()
    recent = window.start_page.recent
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.draft is not None and window.draft.display_name(window.form) == "Jo Bloggs"
    assert window.pages.currentWidget() is window.wizard


def test_new_conversation_button(window, qtbot):
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert window.draft is not None
    assert window.draft.review.current_round == "initial"  # November
    assert window.wizard.current_id() == "details"


def test_closing_returns_to_the_start_page_with_the_draft_listed(window):
    window.new_draft()
    window.menus.action_close.trigger()
    assert window.draft is None
    assert window.pages.currentWidget() is window.start_page
    assert rows(window)[0].startswith("Untitled conversation")


def test_first_start_asks_the_role_with_two_big_buttons(qtbot):
    dialog = RoleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.practitioner_button.setFocus()
    qtbot.keyClick(dialog.practitioner_button, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.manager_button
    qtbot.keyClick(dialog.manager_button, Qt.Key.Key_Space)
    assert dialog.chosen is Role.MANAGER
    assert dialog.manager_button.accessibleName() == "I'm a manager"


def test_role_answer_is_saved(monkeypatch, isolated_home):
    def exec_(self):
        self.manager_button.click()
        return 1

    monkeypatch.setattr(RoleDialog, "exec", exec_)
    settings = load_settings()
    assert settings.role == ""
    assert ask_role_if_needed(settings) is Role.MANAGER
    assert load_settings().role == "manager"


def test_role_set_by_it_is_not_asked(tmp_path, monkeypatch):
    site = tmp_path / "site.json"
    site.write_text(
        json.dumps(
            {"format": "pdr-desktop-site-settings", "settings": {"role": {"value": "", "locked": True}}}
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("PDR_DESKTOP_SITE_SETTINGS", str(site))
    settings = load_settings()
    assert settings.is_locked("role")
    assert ask_role_if_needed(settings) is None  # the autouse fixture fails the test if a dialog opens


def test_a_draft_opened_before_the_first_paint_joins_the_recent_list_once_painted(
    registry, clock, form, qtbot
):
    """Writing the recent list waits for the first frame (start-up), but is never lost: the first
    paint writes it, and the start page asks for it before reading the list."""
    from pdr_desktop.ui.main_window import MainWindow

    window = MainWindow(registry=registry, settings=load_settings(), clock=clock)
    qtbot.addWidget(window)
    path = make_draft(form, window.drafts_folder(), "Opened Early")
    assert window.open_path(path)
    assert window_state.recent_files() == []  # not painted yet: nothing written
    window.show()
    qtbot.waitUntil(lambda: window_state.recent_files() == [path])

    other = MainWindow(registry=registry, settings=load_settings(), clock=clock)
    qtbot.addWidget(other)
    second = make_draft(form, window.drafts_folder(), "Opened Second")
    assert other.open_path(second) and window_state.recent_files() == [path]
    other.close_draft()
    assert window_state.recent_files() == [second, path]
    assert rows(other)[0].startswith("Opened Second")


def test_the_start_page_and_check_your_answers_say_the_same_number(window, form, qtbot):
    """QA saw "19% done, 25 to do" here and "27 to do" on the form's Check your answers."""
    import re

    from pdr_desktop.forms.model import FieldType
    from pdr_desktop.ui.section_list import CHECK_ID

    draft = Draft.new(form, **{"details.name": "Jo Bloggs"})
    mine = [f for f in form.fields.values() if f.owner is window.role and f.round == form.round_ids()[0]]
    draft.answers[next(f for f in mine if f.type is FieldType.DATE).id] = "26"  # there, but not a date
    path = window.drafts_folder() / "jo.pdr"
    write_draft(draft, path)
    window.refresh_start_page()
    listed = re.search(r"(\d+)% done, (\d+) to do", rows(window)[0])
    assert listed is not None
    window.open_path(path)
    assert window.wizard.section_list.status(CHECK_ID) == f"{listed.group(2)} to do"
    assert int(listed.group(1)) < 100


def test_an_original_and_its_copy_are_told_apart_by_file_name(window, form):
    folder = window.drafts_folder()
    original = make_draft(form, folder, "Jo Bloggs")
    copy = folder / "Jo Bloggs (copy).pdr"
    copy.write_bytes(original.read_bytes())
    window.refresh_start_page()
    listed = rows(window)
    assert len(listed) == 2 and listed[0] != listed[1]
    assert {row.split("\n")[2] for row in listed} == {"File: Jo Bloggs.pdr", "File: Jo Bloggs (copy).pdr"}


def test_the_list_keeps_its_paths_in_qts_user_roles():
    # Written as numbers so the page names no Qt enum before its first frame.
    assert Qt.ItemDataRole.UserRole == PATH_ROLE
    assert Qt.ItemDataRole.UserRole + 1 == ERROR_ROLE
    assert Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter == LEFT_MIDDLE


def test_the_where_label_can_be_selected_with_the_mouse(window):
    flags = window.start_page.where_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
