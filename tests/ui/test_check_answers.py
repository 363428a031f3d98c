"""Check your answers, the GOV.UK way: questions with their answers and Change links, gaps and
problems where they belong, the other person's parts in one line, no sideways scrolling, and the
next step (send or export) at the end."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from pdr_desktop.drafts import write_draft
from pdr_desktop.forms import Role
from pdr_desktop.ui.section_list import CHECK_ID


@pytest.fixture
def checked(window, sample_draft, tmp_path):
    """The sample at its final review, with one gap, a broken date and an empty cell."""
    sample_draft.signatures.clear()
    sample_draft.answers["standards.s4.self"] = ""
    sample_draft.answers["objectives.items"][1]["by_when"] = "26"
    sample_draft.answers["objectives.items"][2]["by_whom"] = ""
    sample_draft.answers["comments.manager.final.comment"] = ""  # the manager's part, not yet done
    sample_draft.answers["wider.manager"] = {"answer": "", "comment": ""}
    path = tmp_path / "checked.pdr"
    write_draft(sample_draft, path)
    assert window.open_path(path)
    window.show_check_page()
    return window


def _row(window, question):
    return next(r for r in window.wizard.check_page.rows if r.question == question)


def test_each_question_shows_its_answer_and_a_change_link(checked):
    name = _row(checked, "Name")
    assert name.value.text() == "Siobhán Ó Dálaigh"
    assert name.change.text() == "Change" and name.change.accessibleName() == "Change: Name"
    date = _row(checked, "Date Updated")
    assert date.value.text() == "15/07/2026"  # dates as people write them
    wellbeing = _row(checked, "Has the 'Wellbeing Action plan' been completed?")  # not "Yes / No"
    assert wellbeing.value.text() == "Yes"


def test_gaps_and_problems_are_shown_where_they_belong(checked, qtbot):
    check = checked.wizard.check_page
    gap = _row(
        checked,
        "4. Assessments will consider the lived experience of the child and their parents/carer., "
        "My Self-assessment",
    )
    assert gap.note.text() == "Not answered yet" and gap.change.text() == "Answer"
    objectives = _row(checked, "Specific Objectives for next year")
    assert objectives.note.text().splitlines() == [
        "Objective 2, By When: “26” is not a date",
        "Objective 3: By Whom not answered yet",
    ]
    assert objectives.value.text().startswith("1. ")  # the objectives themselves are still shown
    summary = [w.text() for w in check.findChildren(QLabel)]
    assert "3 parts still to do, marked below where they belong." in summary
    objectives.change.click()  # Change goes to the first problem: objective 2's By When
    assert checked.wizard.current_id() == "objectives"
    table = checked.wizard.page("objectives").editors["objectives.items"]
    index = table.view.currentIndex()
    assert (index.row(), index.column()) == (1, 2)
    assert QApplication.focusWidget() is table.view


def test_show_all_opens_a_long_answer(checked):
    row = _row(
        checked,
        "1. All families understand the reason for involvement from Children and Families "
        "Services and have given appropriate consent., My Self-assessment",
    )
    assert row.more is not None and row.value.text().endswith("…")
    row.more.click()
    assert row.value.text() == "\n".join(row.lines) and row.more.text() == "Show less"


def test_an_answer_opened_with_show_all_stays_open_when_the_page_is_listed_again(checked):
    question = (
        "1. All families understand the reason for involvement from Children and Families "
        "Services and have given appropriate consent., My Self-assessment"
    )
    _row(checked, question).more.click()
    checked.wizard.refresh_check_page()  # as after a word is added to the dictionary
    row = _row(checked, question)
    assert row.expanded and row.more.text() == "Show less"


def test_the_other_persons_parts_are_one_line(checked):
    check = checked.wizard.check_page
    texts = [w.text() for w in check.findChildren(QLabel)]
    assert len(check.missing_theirs) == 2
    assert "Your manager has 2 parts to complete." in texts
    checked.set_role(Role.MANAGER)
    checked.show_check_page()
    texts = [w.text() for w in check.findChildren(QLabel)]
    assert "The practitioner has 3 parts to complete." in texts
    assert any(r.question.endswith("Manager assessment (standards have been met)") for r in check.rows)


def test_it_is_the_step_before_sign_off_and_ends_with_send_or_export(checked, monkeypatch):
    order = checked.wizard.order
    assert order.index(CHECK_ID) == order.index("signoff") - 1
    check = checked.wizard.check_page
    assert check.finish_button.text() == "Send to manager…"
    sent = []
    monkeypatch.setattr(checked.export_actions, "send_to_manager", lambda: sent.append(True))
    check.finish_button.click()
    assert sent == [True]
    checked.set_role(Role.MANAGER)
    checked.show_check_page()
    assert check.finish_button.text() == "Export…"


@pytest.mark.parametrize(("width", "scale"), [(1100, 1.0), (760, 1.0), (1100, 2.0)])
def test_it_fits_the_window_at_any_width_and_text_size(checked, qtbot, width, scale):
    font = QApplication.font()
    if scale != 1.0:
        big = QApplication.font()
        big.setPointSizeF(font.pointSizeF() * scale)
        QApplication.setFont(big)
    try:
        checked.resize(width, 800)
        qtbot.waitUntil(lambda: checked.width() == width)
        check = checked.wizard.check_page
        checked.show_check_page()
        qtbot.wait(50)
        body = check.widget()
        assert body.width() <= check.viewport().width()  # never wider than what is shown
        assert not check.horizontalScrollBar().isVisible()
        for row in check.rows:
            assert row.change.mapTo(body, row.change.rect().topRight()).x() <= check.viewport().width()
        narrow = check.viewport().width() < check.fontMetrics().averageCharWidth() * 55
        assert all(r.narrow is narrow for r in check.rows)
    finally:
        QApplication.setFont(font)


def test_other_parts_can_add_to_each_section(checked):
    seen = []

    def hook(form, draft, section, role, layout):
        seen.append(section.id)
        layout.addWidget(QLabel(f"Possible spelling mistakes in {section.title}"))

    check = checked.wizard.check_page
    check.add_section_hook(hook)
    checked.show_check_page()
    assert "details" in seen and "objectives" in seen
    assert "Possible spelling mistakes in Details" in [w.text() for w in check.findChildren(QLabel)]


def test_a_draft_opens_where_work_is_left_and_a_finished_one_on_its_summary(window, sample_draft, tmp_path):
    finished = tmp_path / "finished.pdr"
    write_draft(sample_draft, finished)
    assert window.open_path(finished)
    assert window.wizard.current_id() == CHECK_ID  # not "Progress review – Not needed yet"
    window.close_draft()
    sample_draft.answers["learning.core.next"] = ""
    partly = tmp_path / "partly.pdr"
    write_draft(sample_draft, partly)
    assert window.open_path(partly)
    assert window.wizard.current_id() == "learning"


def test_a_summary_row_is_not_styled_before_it_is_placed(qtbot):
    """Building a row must not polish its labels (app style sheet): the page is polished once,
    when it goes into its scroll area; polishing each row first cost about half the build."""
    from PySide6.QtCore import Qt

    from pdr_desktop.ui.check_rows import SummaryRow

    row = SummaryRow(("Standard 1", "My self-assessment"), ["An answer"], "field", "Not answered yet")
    qtbot.addWidget(row)
    for label in (row.key, row.value, row.note):
        assert not label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
    empty = SummaryRow(("", "A question"), [], "field")
    qtbot.addWidget(empty)
    empty.show()
    assert empty.key.isVisible() and not empty.value.isVisible() and not empty.note.isVisible()
    row.show()
    assert row.value.isVisible() and row.note.isVisible()


def test_the_words_beside_send_say_what_the_button_does_signed_or_not(checked):
    """QA: the button sent the unsigned form while the words beside it said to sign first."""
    from pdr_desktop.review import signing

    check = checked.wizard.check_page
    texts = [w.text() for w in check.findChildren(QLabel)]
    assert check.finish_button.isEnabled()
    assert (
        "You have not signed yet: Send to manager… sends the form as it is now, without your "
        "signature. To sign first, go to the Sign-off page."
    ) in texts
    assert not any(t.startswith("When you have signed") for t in texts)
    signing.sign(checked.form, checked.draft, Role.PRACTITIONER, "Siobhán Ó Dálaigh", "2026-07-15")
    checked.show_check_page()
    texts = [w.text() for w in check.findChildren(QLabel)]
    assert "You have signed on the Sign-off page: send the form to your manager." in texts
