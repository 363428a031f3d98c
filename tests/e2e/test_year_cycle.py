"""A whole performance year with the real MainWindow: practitioner and manager, DOCX there and back,
the six-month and final reviews, and next year's conversation.

Widgets are driven with key events through window.focus_field, and the copies are made
with File › Export… (its native file dialog answered by the test). Domain calls are used only
to read files back and check what was saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from pdr_desktop import clock
from pdr_desktop.clock import FixedClock
from pdr_desktop.drafts.store import read_draft
from pdr_desktop.forms.model import FieldType, Role
from pdr_desktop.review import diff, signing, workflow
from pdr_desktop.review import progress as scaling
from pdr_desktop.review.completeness import missing
from pdr_desktop.settings import Settings

export = pytest.importorskip("pdr_desktop.export")
pytest.importorskip("pdr_desktop.ui.main_window")

from pdr_desktop.ui.main_window import MainWindow  # noqa: E402
from pdr_desktop.ui.review.diff_dialog import CompareDialog  # noqa: E402

PRACTITIONER = "Siobhán Ó Dálaigh"
MANAGER = "Zoë Kowalczyk-Nwosu"
OBJECTIVES = [
    ("Complete the Motivational Interviewing course", "Book the spring cohort", "March 2026", "Me"),
    ("Run a parenting group with a colleague", "Find a venue", "June 2026", "Me and Ana"),
    ("Use genograms in every new assessment", "Practise in supervision", "Ongoing", "Me"),
]


# --- driving widgets -------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying the characters (QTest.keyClicks cannot type "é" or "Ó")."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def focused(window, field_id: str) -> QWidget:
    assert window.focus_field(field_id), f"the window could not focus {field_id}"
    widget = window.focusWidget()
    assert widget is not None
    return widget


def fill(qtbot, window, field_id: str, text: str) -> None:
    """Replace what a text field holds, as a person would: select all, type."""
    widget = focused(window, field_id)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def answer_yes(qtbot, window, field_id: str, comment: str = "") -> None:
    button = focused(window, field_id)  # the "Yes" radio button is the focus proxy
    qtbot.keyClick(button, Qt.Key.Key_Space)
    if comment:
        fill(qtbot, window, f"{field_id}.comment", comment)


def sign(qtbot, window, field_id: str, name: str) -> None:
    fill(qtbot, window, f"{field_id}.name", name)
    signature = window.focusWidget().parent()
    qtbot.mouseClick(signature.sign_button, Qt.MouseButton.LeftButton)


def fill_objectives(qtbot, window, rows) -> None:
    rows_field = window.form.rows_field()
    for r, row in enumerate(rows):
        for column, text in zip(rows_field.columns, row, strict=True):
            view = focused(window, f"objectives.items#{r + 1}.{column.id}")
            qtbot.keyClick(view, Qt.Key.Key_F2)
            editor = window.focusWidget()
            type_text(editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)


def type_meeting_date(qtbot, window, text: str) -> None:
    """Review › Meeting date… (Ctrl+Shift+M), type the date, Enter."""
    window.review_actions.meeting.trigger()
    box = window.focusWidget()
    assert box is window.review_actions.round_panel.meeting
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def assert_locked(qtbot, window, field_id: str) -> None:
    """The other person's answer: typing, pasting and undo change nothing."""
    before = window.draft.answers.get(field_id)
    widget = focused(window, field_id)
    type_text(widget, "overwritten")
    QApplication.clipboard().setText("pasted over")
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert window.draft.answers.get(field_id) == before, f"{field_id} changed in {window.role.value} mode"


def assert_editable_with_paste_and_undo(qtbot, window, field_id: str) -> None:
    widget = focused(window, field_id)
    before = window.draft.text(field_id)
    QApplication.clipboard().setText(" (pasted)")
    qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.text(field_id) == before + " (pasted)"
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.text(field_id) == before


def scale_objectives(qtbot, window, scales: list[int], notes: list[str]) -> None:
    """On the Progress review page (Review › Progress review), by keyboard."""
    window.review_actions.progress.trigger()
    page = window.review_actions.progress_page
    for widget, scale, note in zip(page.objective_widgets(), scales, notes, strict=True):
        widget.scale.setFocus()
        qtbot.keyClick(widget.scale, Qt.Key.Key_Up)  # from "Not scaled" to 0
        for _ in range(scale):
            qtbot.keyClick(widget.scale, Qt.Key.Key_Up)
        type_text(widget.note, note)


def open_window(qtbot, role: str, today: date, folder: Path) -> MainWindow:
    # Months pass between the steps: the app was closed meanwhile (an open window would keep the
    # draft and be brought forward instead, as one writer per draft wants).
    for earlier in QApplication.topLevelWidgets():
        if isinstance(earlier, MainWindow) and earlier.isVisible():
            earlier.close()
    clock.install(FixedClock(today))  # deep widgets (a signature's date) ask the installed clock
    window = MainWindow(settings=Settings(role=role, drafts_dir=str(folder)), clock=clock.current_clock())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def quiet_dialogs(monkeypatch):
    """Message boxes answer at once; the compare dialog accepts what it ticked; nothing blocks."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected question: {box.text()}"))
    compared: list[CompareDialog] = []

    def accept(dialog: CompareDialog) -> int:
        compared.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompareDialog, "exec", accept)
    return shown, compared


# --- the year ------------------------------------------------------------------------------


def export_word_copy(window, path: Path, monkeypatch) -> Path:
    """File › Export… (Ctrl+E's action) with the save dialog answered: Word, at `path`."""
    word_filter = "Word document (*.docx)"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), word_filter))
    )
    window.export_actions.export_action.trigger()
    assert path.is_file()
    return path


def test_a_whole_year(qtbot, tmp_path, quiet_dialogs, monkeypatch):
    shown, compared = quiet_dialogs
    mine_folder, manager_folder, mail = tmp_path / "mine", tmp_path / "manager", tmp_path / "mail"
    mail.mkdir()

    # 1) October: the practitioner writes the initial round and sends a Word copy.
    me = open_window(qtbot, "practitioner", date(2025, 10, 6), mine_folder)
    me.new_draft()
    form = me.form
    assert me.draft.review.current_round == "initial"
    fill(qtbot, me, "details.name", PRACTITIONER)
    fill(qtbot, me, "details.position", "Family Practitioner")
    fill(qtbot, me, "details.date_updated", "06/10/2025")
    fill(qtbot, me, "details.period_covered", "September 2025 to August 2026")
    assert_editable_with_paste_and_undo(qtbot, me, "wider.feedback")
    for fld in form.fields.values():
        if fld.owner is Role.PRACTITIONER and fld.type is FieldType.LONGTEXT and fld.round is None:
            fill(
                qtbot,
                me,
                fld.id,
                f"My evidence for {fld.label[:30]}: direct work, reflected on in supervision.",
            )
    answer_yes(qtbot, me, "wellbeing.action_plan")
    fill_objectives(qtbot, me, OBJECTIVES)
    fill(
        qtbot,
        me,
        "comments.practitioner.initial.comment",
        "What's gone well: my assessments.\nHopes: group work.",
    )
    fill(qtbot, me, "comments.practitioner.initial.name", PRACTITIONER)
    fill(qtbot, me, "comments.practitioner.initial.position", "Family Practitioner")
    fill(qtbot, me, "comments.practitioner.initial.date", "06/10/2025")
    for manager_field in ("standards.s1.manager", "comments.manager.initial.comment", "signoff.manager.name"):
        assert_locked(qtbot, me, manager_field.removesuffix(".name"))
    sign(qtbot, me, "signoff.practitioner", PRACTITIONER)
    assert me.draft.text("details.name") == PRACTITIONER
    assert [r["objective"] for r in me.draft.get(form.rows_field()) if r["objective"]] == [
        o[0] for o in OBJECTIVES
    ]
    assert missing(form, me.draft, Role.PRACTITIONER, "initial") == []
    # The meeting is booked for 20 October: the bar says when to send.
    type_meeting_date(qtbot, me, "20/10/2025")
    # A week before the send-by date the line turns to a warning and counts the days.
    assert (
        me.review_actions.round_panel.send_by.text() == "Send to your manager by 13 October 2025 (in 7 days)"
    )
    assert me.save_now()
    sent = export_word_copy(me, mail / "Siobhan PDR.docx", monkeypatch)

    # 2) The manager opens it from the received list, answers, signs and returns a Word copy.
    boss = open_window(qtbot, "manager", date(2025, 10, 14), manager_folder)
    received = boss.review_actions.open_received_list()
    received.add_folder(mail)
    assert received.table.item(0, 0).text() == PRACTITIONER
    assert received.table.item(0, 3).text() == "20 October 2025"
    assert received.table.item(0, 2).text().endswith("to do")
    with qtbot.waitSignal(boss.draft_loaded):
        received.open_row(0)
    assert boss.role is Role.MANAGER
    assert boss.draft.text("details.name") == PRACTITIONER
    assert sent.read_bytes()  # the received file itself is never written
    for number in range(1, 11):
        answer_yes(qtbot, boss, f"standards.s{number}.manager", "Seen in case audits." if number == 1 else "")
    answer_yes(qtbot, boss, "wider.manager", "Thoughtful restorative practice.")
    assert_editable_with_paste_and_undo(qtbot, boss, "comments.manager.initial.comment")
    fill(qtbot, boss, "comments.manager.initial.comment", f"A strong year, {PRACTITIONER.split()[0]}.")
    fill(qtbot, boss, "comments.manager.initial.name", MANAGER)
    fill(qtbot, boss, "comments.manager.initial.position", "Team Manager")
    fill(qtbot, boss, "comments.manager.initial.date", "20/10/2025")
    for practitioner_field in ("standards.s1.self", "comments.practitioner.initial.comment"):
        assert_locked(qtbot, boss, practitioner_field)
    sign(qtbot, boss, "signoff.manager", MANAGER)
    assert boss.draft.answers["standards.s1.manager"] == {"answer": "yes", "comment": "Seen in case audits."}
    assert boss.save_now()
    returned = export_word_copy(boss, mail / "Siobhan PDR - returned.docx", monkeypatch)

    # 3) The practitioner sees what changed in the returned copy and accepts the manager's answers.
    theirs = export.import_file(returned, me.registry).draft
    changes = diff.diff_drafts(form, me.draft, theirs)
    changed_ids = {c.field_id for c in changes}
    assert {
        "standards.s1.manager",
        "wider.manager",
        "comments.manager.initial.comment",
        "signoff.manager",
    } <= (changed_ids)
    assert all(c.owner in (Role.MANAGER, None) for c in changes), "the manager changed none of my words"
    assert me.review_actions.compare_with(returned) > 0
    dialog = compared[-1]
    assert "comments.manager.initial.comment" in dialog.acceptable_ids()
    assert me.draft.text("comments.manager.initial.comment") == f"A strong year, {PRACTITIONER.split()[0]}."
    assert signing.signature_status(form, me.draft, Role.MANAGER).signed
    assert me.save_now()
    path = me.draft_path
    assert read_draft(path, me.registry).get(form.field("standards.s1.manager"))["comment"] == (
        "Seen in case audits."
    )

    # 4) March: the six-month review. The initial round is completed, progress scaled together.
    me = open_window(qtbot, "practitioner", date(2026, 3, 20), mine_folder)
    assert me.open_path(path)
    panel = me.review_actions.round_panel
    assert missing(form, me.draft, None, "initial") == []
    with qtbot.waitSignal(panel.round_completed):
        me.review_actions.complete.trigger()
    assert me.draft.review.current_round == "six_month"
    assert "Six Month Review" in panel.round_label.text()
    type_meeting_date(qtbot, me, "1 Apr 2026")
    assert panel.send_by.text() == "Send to your manager by 25 March 2026 (in 5 days)"
    assert panel.send_by.property("warning") is True  # the week before: said, and in colour
    scale_objectives(qtbot, me, [3, 5, 4], ["Course booked", "Venue found", "Used twice"])
    fill(qtbot, me, "comments.practitioner.six_month.comment", "Half way: the group starts in May.")
    fill(qtbot, me, "comments.practitioner.six_month.name", PRACTITIONER)
    fill(qtbot, me, "comments.practitioner.six_month.position", "Family Practitioner")
    fill(qtbot, me, "comments.practitioner.six_month.date", "01/04/2026")
    # In the meeting the manager writes in the same copy (View › Manager mode).
    me.set_role(Role.MANAGER)
    assert_locked(qtbot, me, "comments.practitioner.six_month.comment")
    fill(qtbot, me, "comments.manager.six_month.comment", "Good progress on all three.")
    fill(qtbot, me, "comments.manager.six_month.name", MANAGER)
    fill(qtbot, me, "comments.manager.six_month.position", "Team Manager")
    fill(qtbot, me, "comments.manager.six_month.date", "01/04/2026")
    me.set_role(Role.PRACTITIONER)
    with qtbot.waitSignal(panel.round_completed):
        me.review_actions.complete.trigger()
    assert me.draft.review.current_round == "final"
    rows = read_draft(path, me.registry).get(form.rows_field())
    assert [scaling.entry(form, r, "six_month").scale for r in rows[:3]] == [3, 5, 4]
    assert rows[1]["progress"]["six_month"]["note"] == "Venue found"

    # 5) July: the final review. Scales, two objectives achieved, final comments, both sign.
    me = open_window(qtbot, "practitioner", date(2026, 7, 10), mine_folder)
    assert me.open_path(path)
    scale_objectives(qtbot, me, [10, 6, 10], ["Certificate", "Group delayed to autumn", "Habit now"])
    page = me.review_actions.progress_page
    for index in (0, 2):
        box = page.objective_widgets()[index].achieved
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "Final Review: 10 out of 10" in page.objective_widgets()[0].chart.accessibleDescription()
    # Editing the objectives table afterwards keeps the scales and marks made on the progress page.
    view = focused(me, "objectives.items#2.by_whom")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(me.focusWidget(), Qt.Key.Key_End)
    type_text(me.focusWidget(), " and Ana")
    qtbot.keyClick(me.focusWidget(), Qt.Key.Key_Tab)
    rows = me.draft.get(form.rows_field())
    assert rows[1]["by_whom"] == "Me and Ana and Ana"
    assert rows[0]["achieved"] is True and rows[1]["progress"]["final"]["scale"] == 6
    fill(qtbot, me, "comments.practitioner.final.comment", "A good year; the group is my goal for next year.")
    fill(qtbot, me, "comments.practitioner.final.name", PRACTITIONER)
    fill(qtbot, me, "comments.practitioner.final.position", "Family Practitioner")
    fill(qtbot, me, "comments.practitioner.final.date", "22/07/2026")
    me.set_role(Role.MANAGER)
    fill(qtbot, me, "comments.manager.final.comment", "Well done. Carry the group work into next year.")
    fill(qtbot, me, "comments.manager.final.name", MANAGER)
    fill(qtbot, me, "comments.manager.final.position", "Team Manager")
    fill(qtbot, me, "comments.manager.final.date", "22/07/2026")
    sign(qtbot, me, "signoff.manager", MANAGER)
    me.set_role(Role.PRACTITIONER)
    sign(qtbot, me, "signoff.practitioner", PRACTITIONER)
    for role in Role:
        assert signing.signature_status(form, me.draft, role).valid
    with qtbot.waitSignal(me.review_actions.round_panel.round_completed):
        me.review_actions.complete.trigger()
    assert workflow.year_finished(form, me.draft)
    assert me.review_actions.round_panel.round_label.text() == "Year completed"
    finished = read_draft(path, me.registry)
    assert workflow.year_finished(form, finished)
    assert [scaling.is_achieved(r) for r in finished.get(form.rows_field())[:3]] == [True, False, True]

    # 6) Next year: only the unfinished objective is carried; last year's comments at hand.
    with qtbot.waitSignal(me.draft_loaded):
        me.review_actions.next_year.trigger()
    assert me.draft_path != path and me.draft_path.parent == path.parent
    new = read_draft(me.draft_path, me.registry)
    carried = [r for r in new.get(form.rows_field()) if r["objective"]]
    assert [r["objective"] for r in carried] == [OBJECTIVES[1][0]]
    assert carried[0]["carried_from"].startswith("Carried forward from 2025–2026")
    assert new.text("details.name") == PRACTITIONER
    assert new.text("details.position") == "Family Practitioner"
    assert new.text("details.period_covered") == "September 2026 to August 2027"
    reference = new.meta["reference"]["comments"]
    assert reference["manager"]["text"] == "Well done. Carry the group work into next year."
    assert reference["practitioner"]["round"] == "final"
    assert new.review.current_round == "initial" and new.review.completed_rounds == []
    assert "1 unfinished objective(s) were carried forward" in shown[-1]
    last_year = me.review_actions.show_last_year()
    assert "Well done. Carry the group work" in last_year.browser.toPlainText()
    assert read_draft(path, me.registry).answers == finished.answers  # last year's file untouched
