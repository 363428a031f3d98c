""" "Compare with…": changes grouped by section, only the other side's answers can be accepted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import signing
from pdr_desktop.ui.review.diff_dialog import CompareDialog


def practitioner_copy(form) -> Draft:
    draft = Draft.new(form)
    draft.set(form.field("details.name"), "Zoë Ng")
    draft.set(form.field("standards.s1.self"), "I explain why we are involved at the first visit.")
    draft.set(
        form.rows_field(),
        [
            {
                "objective": "Run a parenting group",
                "next_steps": "Book room",
                "by_when": "May",
                "by_whom": "Me",
            }
        ],
    )
    return draft


def manager_return(form, mine: Draft) -> Draft:
    theirs = mine.clone()
    theirs.set(form.field("standards.s1.manager"), {"answer": "yes", "comment": "Seen in two audits."})
    theirs.set(form.field("comments.manager.initial.comment"), "A strong start to the year, Zoë.")
    theirs.set(form.field("standards.s1.self"), "Changed by the manager by mistake.")
    rows = theirs.get(form.rows_field())
    rows[0]["by_when"] = "June"
    theirs.set(form.rows_field(), rows)
    signing.sign(form, theirs, Role.MANAGER, "Ann Manager", "2025-10-20")
    theirs.review.meetings["initial"] = "2025-10-22"
    return theirs


def items_by_text(dialog: CompareDialog) -> dict[str, object]:
    found = {}

    def walk(item):
        found[item.text(0)] = item
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i))
    return found


def test_practitioner_sees_the_managers_answers_ticked_and_their_own_not(qtbot, form):
    mine = practitioner_copy(form)
    theirs = manager_return(form, mine)
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    items = items_by_text(dialog)
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sections[0] == form.section("standards").title
    assert "Review rounds" in sections
    assert set(dialog.acceptable_ids()) == {
        "standards.s1.manager",
        "comments.manager.initial.comment",
        "signoff.manager",
    }
    own = next(
        item for text, item in items.items() if "My Self-assessment" in text and "(Practitioner)" in text
    )
    assert not own.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert own.text(1) == "I explain why we are involved at the first visit."
    assert own.text(2) == "Changed by the manager by mistake."
    manager_item = next(
        i for t, i in items.items() if "Manager assessment" in t or "standards have been met" in t
    )
    assert manager_item.text(1) == "(empty)"
    assert manager_item.text(2) == "Yes – Seen in two audits."
    # Objectives are the practitioner's: shown (By When changed) but not takeable by them.
    assert any("By When" in t for t in items)
    assert "the whole table" not in " ".join(items) or "objectives.items" not in dialog.acceptable_ids()


def test_accepting_selected_takes_only_the_ticked_answers(qtbot, form):
    mine = practitioner_copy(form)
    theirs = manager_return(form, mine)
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    dialog.set_selected(["standards.s1.manager", "signoff.manager"])
    merged = dialog.merged()
    assert merged.get(form.field("standards.s1.manager")) == {
        "answer": "yes",
        "comment": "Seen in two audits.",
    }
    assert merged.get(form.field("signoff.manager"))["name"] == "Ann Manager"
    assert merged.text("comments.manager.initial.comment") == ""
    assert merged.text("standards.s1.self") == "I explain why we are involved at the first visit."
    assert mine.text("comments.manager.initial.comment") == ""  # the dialog never changes the open draft
    dialog.set_selected([])
    assert not dialog.accept_button.isEnabled()


def test_manager_can_take_the_whole_objectives_table(qtbot, form):
    older = practitioner_copy(form)
    newer = older.clone()
    rows = newer.get(form.rows_field())
    rows[0]["next_steps"] = "Room booked for Tuesdays"
    newer.set(form.rows_field(), rows)
    dialog = CompareDialog(form, older, newer, Role.MANAGER)
    qtbot.addWidget(dialog)
    assert dialog.acceptable_ids() == ["objectives.items"]
    merged = dialog.merged()
    assert merged.get(form.rows_field())[0]["next_steps"] == "Room booked for Tuesdays"


def test_no_differences_says_so(qtbot, form):
    mine = practitioner_copy(form)
    dialog = CompareDialog(form, mine, mine.clone(), Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    assert "No differences" in dialog.summary.text()
    assert not dialog.accept_button.isEnabled()


def test_compare_action_accepts_into_the_open_draft_and_saves(
    qtbot, form, make_window, tmp_path, monkeypatch
):
    mine = practitioner_copy(form)
    window = make_window(draft=mine, path=tmp_path / "zoe.pdr")
    returned = tmp_path / "zoe-returned.pdr"
    from pdr_desktop.drafts.store import read_draft, write_draft

    write_draft(manager_return(form, mine), returned)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(returned), "")))
    monkeypatch.setattr(CompareDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.review_actions.compare.trigger()
    assert window.draft is mine  # changed in place: the pages keep their draft
    assert mine.text("comments.manager.initial.comment") == "A strong start to the year, Zoë."
    assert mine.text("standards.s1.self") == "I explain why we are involved at the first visit."
    assert window.refreshes >= 1
    on_disk = read_draft(tmp_path / "zoe.pdr", window.registry)
    assert on_disk.text("comments.manager.initial.comment") == "A strong start to the year, Zoë."
    assert signing.signature_status(form, on_disk, Role.MANAGER).signed


def test_compare_with_an_unreadable_file_names_it(qtbot, form, make_window, tmp_path, answer_boxes):
    shown, _ = answer_boxes
    window = make_window(draft=practitioner_copy(form), path=tmp_path / "zoe.pdr")
    broken = tmp_path / "broken.pdr"
    broken.write_text("{ not json", encoding="utf-8")
    before = broken.read_bytes()
    assert window.review_actions.compare_with(broken) == 0
    assert "broken.pdr" in shown[-1][1]
    assert broken.read_bytes() == before
