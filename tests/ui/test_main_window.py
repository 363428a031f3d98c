"""The MainWindow contract other UI parts code against, and its file handling."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import read_draft, write_draft
from pdr_desktop.forms.model import Role
from pdr_desktop.settings import load_settings

# The council's blank form, as copied into the repository (tests run from a clean clone).
BLANK_DOCX = Path(__file__).parents[1] / "data" / "portsmouth-performance-conversation-blank.docx"


def test_contract_names(window, form):
    for name in ("menu_file", "menu_edit", "menu_view", "menu_review", "menu_help"):
        assert isinstance(getattr(window.menus, name), QMenu)
    for name in ("draft_loaded", "draft_changed", "draft_saved", "role_changed"):
        assert hasattr(window, name)
    assert window.form.id == form.id
    assert window.draft is None and window.draft_path is None
    assert window.role is Role.PRACTITIONER
    assert window.today.isoformat() == "2026-11-23"
    assert window.devicePixelRatio() > 0  # a QPaintDevice method: crashed with two Qt paths in the bases


def test_load_draft_emits_and_shows_the_wizard(window, qtbot, sample_draft, tmp_path):
    path = tmp_path / "sample.pdr"
    with qtbot.waitSignal(window.draft_loaded):
        window.load_draft(sample_draft, path)
    assert window.pages.currentWidget() is window.wizard
    assert window.windowTitle().startswith(sample_draft.display_name(window.form))


def test_opening_a_broken_file_names_it_and_leaves_it_alone(window, messages, tmp_path):
    bad = tmp_path / "half.pdr"
    bad.write_bytes(b'{"format": "pdr-desktop-draft", "answ')
    before = bad.read_bytes()
    assert window.open_path(bad) is False
    (kind, title, text) = messages[-1]
    assert kind == "warning"
    assert "half.pdr" in title and "half.pdr" in text
    assert str(tmp_path) in text
    assert bad.read_bytes() == before
    assert window.draft is None


def test_opening_a_missing_file_says_so(window, messages, tmp_path):
    assert window.open_path(tmp_path / "gone.pdr") is False
    assert "does not exist" in messages[-1][2]


def test_received_word_file_becomes_a_new_draft_and_is_never_written(window, tmp_path, messages):
    received = tmp_path / "from-practitioner.docx"
    shutil.copy(BLANK_DOCX, received)
    before = received.read_bytes()
    assert window.open_path(received)  # the council's blank form is a (blank) conversation
    assert received.read_bytes() == before
    assert window.draft_path.suffix == ".pdr"
    assert window.draft_path.parent == window.drafts_folder()
    assert read_draft(window.draft_path, window.registry).form_id == window.form.id


def test_exported_word_file_reopens_as_a_new_draft(window, tmp_path, sample_draft, form, messages):
    from pdr_desktop.export import export_draft

    exported = export_draft(form, sample_draft, tmp_path / "sent.docx", "docx")
    before = exported.read_bytes()
    assert window.open_path(exported)
    assert exported.read_bytes() == before
    assert window.draft_path.suffix == ".pdr" and window.draft_path.is_file()
    assert window.draft.answers["details.name"] == sample_draft.answers["details.name"]


def test_role_switch_is_per_draft_and_locks_pages(window, qtbot):
    window.new_draft()
    with qtbot.waitSignal(window.role_changed) as blocker:
        window.menus.role_actions[Role.MANAGER].trigger()
    assert blocker.args == ["manager"]
    assert window.role is Role.MANAGER and window.draft.role == "manager"
    assert window.role_label.text() == "Manager mode"
    page = window.wizard.pages["standards"]
    assert page.editors["standards.s1.self"].locked
    assert not page.editors["standards.s1.manager"].locked
    assert load_settings().role in ("", "practitioner")  # the app-wide default is not changed


def test_guidance_toggle_is_remembered(window):
    window.new_draft()
    page = window.wizard.pages["standards"]
    window.menus.action_guidance.setChecked(False)
    assert not any(p.isVisible() for p in page._guidance)
    assert load_settings().show_guidance is False
    window.menus.action_guidance.setChecked(True)
    assert load_settings().show_guidance is True


def test_current_round_comes_from_the_calendar_for_a_new_draft(make_window, clock):
    window = make_window()
    clock.advance(days=130)  # 2027-04-02: the window asks its clock each time
    window.new_draft()
    assert window.draft.review.current_round == "six_month"
    assert window.wizard.pages["comments"].current_round == "six_month"


class ExtraPage(QLabel):
    """The smallest page that follows ui.wizard_pages.ExtraWizardPage."""

    edited = Signal(str)

    def __init__(self):
        super().__init__("extra")
        self.calls = []

    def set_draft(self, draft):
        self.calls.append(("set_draft", draft.draft_id))

    def set_role(self, role):
        self.calls.append(("set_role", Role(role).value))

    def set_current_round(self, round_id):
        self.calls.append(("set_current_round", round_id))

    def set_guidance_visible(self, visible):
        pass

    def set_read_only(self, read_only):
        self.calls.append(("set_read_only", read_only))

    def commit(self):
        pass

    def focus_field(self, field_id):
        return False

    def status(self):
        return None


def test_extra_page_goes_into_the_task_list_after_its_section(window):
    extra = ExtraPage()
    window.add_extra_page("my_extra", "My extra page", extra, "objectives")
    window.new_draft()
    order = window.wizard.order
    assert order.index("objectives") < order.index("my_extra") < order.index("comments")
    assert ("set_draft", window.draft.draft_id) in extra.calls
    window.show_section("my_extra")
    assert window.wizard.stack.currentWidget() is extra


def test_check_page_links_jump_to_the_field(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.new_draft()
    window.show_check_page()
    check = window.wizard.check_page
    assert check.missing_mine and check.missing_theirs
    row = next(r for r in check.rows if r.question == "Position")
    assert row.note.text() == "Not answered yet" and row.change.text() == "Answer"
    row.change.click()
    assert window.wizard.current_id() == "details"
    focused = QApplication.focusWidget()
    assert focused is not None and window.wizard.pages["details"].isAncestorOf(focused)
    assert "Position" in focused.accessibleName()


def test_check_page_says_the_managers_part_in_one_line(window):
    window.new_draft()
    window.show_check_page()
    check = window.wizard.check_page
    labels = [w.text() for w in check.findChildren(QLabel)]
    theirs = len(check.missing_theirs)
    assert theirs > 1 and f"Your manager has {theirs} parts to complete." in labels
    assert all(m.owner is Role.MANAGER for m in check.missing_theirs)
    assert not any(r.question.startswith("Manager") for r in check.rows)  # not listed box by box


def test_refresh_from_draft_repopulates_pages(window, qtbot):
    window.new_draft()
    window.draft.answers["details.position"] = "Changed elsewhere"
    window.refresh_from_draft()
    assert window.wizard.pages["details"].editors["details.position"].value() == "Changed elsewhere"
    with qtbot.waitSignal(window.draft_saved, timeout=3000):
        pass


def test_save_as_writes_a_new_file_and_keeps_the_old(window, tmp_path, monkeypatch):
    window.new_draft()
    old = window.draft_path
    target = tmp_path / "elsewhere" / "My copy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menus.action_save_as.trigger()
    assert window.draft_path == target.with_name("My copy.pdr")
    assert window.draft_path.is_file() and old.is_file()


def test_duplicate_gets_its_own_identity(window):
    window.new_draft()
    original_id, original_path = window.draft.draft_id, window.draft_path
    window.menus.action_duplicate.trigger()
    assert window.draft_path != original_path and window.draft_path.name.startswith("Copy of ")
    assert window.draft.draft_id != original_id
    assert json.loads(window.draft_path.read_text(encoding="utf-8"))["draft_id"] == window.draft.draft_id


def test_rename_moves_the_file(window, monkeypatch):
    window.new_draft()
    old = window.draft_path
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed conversation", True))
    window.menus.action_rename.trigger()
    assert window.draft_path == old.with_name("Renamed conversation.pdr")
    assert window.draft_path.is_file() and not old.exists()


def test_window_geometry_is_remembered(make_window, qtbot):
    first = make_window()
    first.resize(760, 560)  # inside the 800×600 offscreen screen
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (760, 560)


def test_settings_problems_show_in_a_banner(tmp_path, monkeypatch, make_window):
    site = tmp_path / "broken-site.json"
    site.write_text("{oops", encoding="utf-8")
    monkeypatch.setenv("PDR_DESKTOP_SITE_SETTINGS", str(site))
    window = make_window()
    assert window.banner.isVisible()
    assert "broken-site.json" in window.banner.label.text()


def test_locked_settings_are_greyed_out(tmp_path, monkeypatch):
    from pdr_desktop.ui.settings_dialog import SettingsDialog

    site = tmp_path / "site.json"
    site.write_text(
        json.dumps(
            {
                "format": "pdr-desktop-site-settings",
                "settings": {"drafts_dir": {"value": str(tmp_path / "shared"), "locked": True}},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("PDR_DESKTOP_SITE_SETTINGS", str(site))
    dialog = SettingsDialog(load_settings())
    assert not dialog.folder_edit.isEnabled() or not dialog.folder_edit.parentWidget().isEnabled()
    assert dialog.lock_labels["drafts_dir"].text() == "Set by your organisation"
    assert dialog.email_edit.isEnabled()
    dialog.email_edit.setText("boss@example.org")
    assert dialog.save() == []
    assert load_settings().manager_email == "boss@example.org"


def test_new_drafts_go_to_the_configured_folder(make_window, tmp_path):
    from pdr_desktop.settings import save_user_setting

    folder = tmp_path / "my drafts"
    save_user_setting("drafts_dir", str(folder))
    window = make_window()
    window.new_draft()
    assert window.draft_path.parent == folder


def test_pages_are_scroll_areas_in_the_stack(window):
    window.new_draft()
    for section_id, page in window.wizard.pages.items():
        assert window.wizard.containers[section_id] is page or isinstance(
            window.wizard.containers[section_id], QWidget
        )


def test_written_draft_reopens_with_every_value(window, sample_draft, tmp_path, form):
    from pdr_desktop.drafts.codec import draft_to_json

    path = tmp_path / "full.pdr"
    write_draft(sample_draft, path)
    assert window.open_path(path)
    window.close_draft()
    assert window.open_path(path)
    a, b = draft_to_json(sample_draft), draft_to_json(window.draft)
    a.pop("updated"), b.pop("updated")
    assert a == b
    assert isinstance(window.draft, Draft)


def test_files_on_the_command_line_are_opened(qtbot, sample_draft, tmp_path, messages):
    from pdr_desktop.settings import save_user_setting
    from pdr_desktop.ui.app import start_window

    save_user_setting("role", "practitioner")
    path = tmp_path / "double-clicked.pdr"
    write_draft(sample_draft, path)
    window = start_window([str(path)])
    qtbot.addWidget(window)
    assert window.draft_path == path
    assert window.pages.currentWidget() is window.wizard


def test_an_unusable_drafts_folder_falls_back_and_says_so(make_window, tmp_path):
    from pdr_desktop import paths
    from pdr_desktop.settings import save_user_setting

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    save_user_setting("drafts_dir", str(blocker / "drafts"))
    window = make_window()
    window.new_draft()
    assert window.draft_path.parent == paths.drafts_dir()
    assert "cannot be used" in window.banner.label.text()
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_preferences_change_the_app_wide_role_not_the_open_draft(window, monkeypatch):
    from pdr_desktop.ui.settings_dialog import SettingsDialog

    def accept_with_manager(self):
        self.role_combo.setCurrentIndex(self.role_combo.findData("manager"))
        self.email_edit.setText("manager@portsmouthcc.gov.uk")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_manager)
    window.menus.action_preferences.trigger()
    settings = load_settings()
    assert settings.role == "manager" and settings.manager_email == "manager@portsmouthcc.gov.uk"
    assert window.settings.role == "manager"
    assert window.role is Role.MANAGER  # no draft open: the window follows the new default


def test_open_recent_menu_lists_opened_drafts(window, qtbot):
    window.new_draft()
    path = window.draft_path
    window.close_draft()
    from pdr_desktop.ui.menus import fill_recent_menu

    fill_recent_menu(window, window.menus.menu_recent)
    actions = [a for a in window.menus.menu_recent.actions() if a.isEnabled()]
    assert actions and actions[0].statusTip() == str(path)
    actions[0].trigger()
    assert window.draft_path == path


def test_task_list_width_is_remembered(make_window, qtbot):
    first = make_window()
    first.new_draft()
    sizes = first.wizard.splitter.sizes()
    # Narrower than its ideal: the offscreen screen is 800 px and the window is fitted to it,
    # so a wider list would pass the 40% cap and be cut back whatever was remembered.
    first.wizard.splitter.setSizes([sizes[0] - 40, sizes[1] + 40])
    wanted = first.wizard.splitter.sizes()[0]
    width = first.width()
    first.close()
    second = make_window()
    # The offscreen platform gives a restored window a narrower width (798 for 1100), and the
    # list never takes more than 40% of a window: give it the first one's width again.
    second.resize(width, second.height())
    qtbot.waitUntil(lambda: second.width() == width)
    second.new_draft()
    assert second.wizard.splitter.sizes()[0] == wanted


def test_double_size_text_widens_the_task_list(make_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    normal_font = app.font()
    window = make_window()
    window.new_draft()
    normal = window.wizard.section_list.ideal_width()
    big = app.font()
    big.setPointSizeF(normal_font.pointSizeF() * 2)
    app.setFont(big)
    try:
        wide = make_window()
        wide.new_draft()
        assert wide.wizard.section_list.ideal_width() > normal * 1.6
        shot = tmp_path / "double-size.png"
        assert wide.grab().save(str(shot)) and shot.stat().st_size > 0
    finally:
        app.setFont(normal_font)


def test_a_file_dropped_on_the_window_opens(window, sample_draft, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.pdr"
    write_draft(sample_draft, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.draft_path == path


def test_per_draft_role_comes_back_with_the_draft_and_ends_with_it(window, form, tmp_path):
    managed = Draft.new(form)
    managed.role = "manager"
    write_draft(managed, tmp_path / "managed.pdr")
    write_draft(Draft.new(form), tmp_path / "plain.pdr")
    assert window.open_path(tmp_path / "managed.pdr")
    assert window.role is Role.MANAGER and window.menus.role_actions[Role.MANAGER].isChecked()
    # In manager mode, a draft that does not say whose it is is taken as someone else's form.
    assert window.open_path(tmp_path / "plain.pdr")
    assert window.role is Role.MANAGER
    own = Draft.new(form)
    own.role = "practitioner"  # what New conversation marks your own drafts with
    write_draft(own, tmp_path / "own.pdr")
    assert window.open_path(tmp_path / "own.pdr")
    assert window.role is Role.PRACTITIONER
    window.open_path(tmp_path / "managed.pdr")
    window.close_draft()
    assert window.role is Role.PRACTITIONER and window.role_label.text() == "Practitioner mode"
