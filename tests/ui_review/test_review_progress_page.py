"""The Progress review page and its chart, driven by keyboard and mouse offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.review import progress as scaling
from pdr_desktop.ui.review.progress_page import NOT_SCALED, ProgressPage
from pdr_desktop.ui.review.progress_widget import ScaleChart


def two_objectives(form) -> Draft:
    draft = Draft.new(form)
    fld = form.rows_field()
    draft.set(
        fld,
        [
            {"objective": "Run a parenting group", "next_steps": "", "by_when": "", "by_whom": ""},
            {"objective": "", "next_steps": "", "by_when": "", "by_whom": ""},
            {"objective": "Learn Signs of Safety mapping", "next_steps": "", "by_when": "", "by_whom": ""},
        ],
    )
    draft.review.completed_rounds = ["initial"]
    draft.review.current_round = "six_month"
    return draft


def test_chart_gives_the_numbers_in_words(qtbot, form, sample_draft):
    chart = ScaleChart(form)
    qtbot.addWidget(chart)
    row = sample_draft.get(form.rows_field())[0]
    chart.set_row(row)
    words = chart.accessibleDescription()
    assert "Six Month Review: 3 out of 10" in words
    assert "Final Review: 6 out of 10" in words
    assert "Achieved" in words
    chart.set_row({})
    assert "not scaled" in chart.accessibleDescription()
    assert chart.sizeHint().width() > 0


def test_chart_paints_taller_bars_for_higher_scales(qtbot, form):
    chart = ScaleChart(form)
    qtbot.addWidget(chart)
    chart.set_row({"progress": {"six_month": {"scale": 2, "note": ""}, "final": {"scale": 10, "note": ""}}})
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()
    highlight = chart.palette().highlight().color().rgb()

    def filled(x_fraction: float) -> int:
        x = int(image.width() * x_fraction)
        return sum(1 for y in range(image.height()) if image.pixel(x, y) == highlight)

    assert filled(0.75) > 3 * filled(0.25) > 0


def test_blank_rows_are_skipped_and_scaling_writes_the_draft(qtbot, form):
    draft = two_objectives(form)
    page = ProgressPage(form, draft, Role.PRACTITIONER)
    qtbot.addWidget(page)
    page.show()
    widgets = page.objective_widgets()
    assert [w.index for w in widgets] == [0, 2]
    assert widgets[1].text.text() == "Learn Signs of Safety mapping"
    assert widgets[1].scale.value() == NOT_SCALED
    with qtbot.waitSignal(page.edited) as signal:
        assert page.focus_field("progress.3")
        assert page.focusWidget() is widgets[1].scale
        qtbot.keyClick(widgets[1].scale, Qt.Key.Key_Up)  # from "Not scaled" to 0
    assert signal.args == ["objectives.items"]
    for _ in range(7):
        qtbot.keyClick(widgets[1].scale, Qt.Key.Key_Up)
    row = draft.get(form.rows_field())[2]
    assert scaling.entry(form, row, "six_month").scale == 7
    assert "Six Month Review: 7 out of 10" in widgets[1].chart.accessibleDescription()
    qtbot.keyClicks(widgets[1].note, "Two sessions run")
    widgets[1].achieved.click()
    row = draft.get(form.rows_field())[2]
    assert row["progress"]["six_month"] == {"scale": 7, "note": "Two sessions run"}
    assert row["achieved"] is True
    # The other objective is untouched.
    assert scaling.entry(form, draft.get(form.rows_field())[0], "six_month").scale is None


def test_manager_scales_too(qtbot, form):
    draft = two_objectives(form)
    page = ProgressPage(form, draft, Role.MANAGER)
    qtbot.addWidget(page)
    scale = page.objective_widgets()[0].scale
    assert scale.isEnabled()
    scale.setValue(4)
    assert scaling.entry(form, draft.get(form.rows_field())[0], "six_month").scale == 4


def test_initial_round_shows_but_does_not_scale(qtbot, form):
    draft = two_objectives(form)
    draft.review.completed_rounds = []
    draft.review.current_round = "initial"
    page = ProgressPage(form, draft)
    qtbot.addWidget(page)
    assert page.current_round is None
    assert not page.objective_widgets()[0].scale.isEnabled()
    assert "Initial Conversation" in page.round_note.text()
    page.set_current_round("final")
    assert page.objective_widgets()[0].scale.isEnabled()
    assert "Final Review" in page.round_note.text()


def test_set_draft_repopulates_without_emitting(qtbot, form, sample_draft):
    page = ProgressPage(form, two_objectives(form))
    qtbot.addWidget(page)
    edits: list[str] = []
    page.edited.connect(edits.append)
    page.set_draft(sample_draft)
    assert edits == []
    widgets = page.objective_widgets()
    assert len(widgets) == 7
    assert widgets[0].scale.value() == 6  # the sample is at the final review
    assert widgets[0].achieved.isChecked()
    first_row = sample_draft.get(form.rows_field())[0]
    assert widgets[0].note.toPlainText() == first_row["progress"]["final"]["note"] != ""


def test_new_objectives_appear_on_refresh_and_typing_is_not_interrupted(qtbot, form):
    draft = two_objectives(form)
    page = ProgressPage(form, draft)
    qtbot.addWidget(page)
    first = page.objective_widgets()[0]
    qtbot.keyClicks(first.note, "Half way")
    rows = draft.get(form.rows_field())
    rows[1]["objective"] = "Shadow a child protection conference"
    draft.set(form.rows_field(), rows)
    page.refresh()
    assert [w.index for w in page.objective_widgets()] == [0, 1, 2]
    assert page.objective_widgets()[0].note.toPlainText() == "Half way"


def test_empty_state_and_guidance(qtbot, form):
    page = ProgressPage(form, Draft.new(form))
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible()
    assert not page.focus_field("objectives.items")
    page.set_guidance_visible(False)
    assert not page.guidance.isVisible()


def test_the_page_looks_like_the_section_pages(qtbot, form):
    """Title, guidance panel and one card per objective on the pages' background, as elsewhere."""
    from PySide6.QtWidgets import QFrame, QLabel

    page = ProgressPage(form, two_objectives(form), Role.PRACTITIONER)
    qtbot.addWidget(page)
    body = page.scroll_area.widget()
    assert body.objectName() == "pageBody"  # the application style sheet's page rules apply
    title = next(w for w in body.findChildren(QLabel) if w.objectName() == "pageTitle")
    assert title.text() == "Progress review"
    assert title.font().pointSizeF() > page.font().pointSizeF() * 1.5  # sized like every page title
    assert [w.objectName() for w in body.findChildren(QFrame) if w.objectName() == "guidance"] == ["guidance"]
    cards = page.objective_widgets()
    assert len(cards) == 2 and all(c.objectName() == "card" for c in cards)
    assert [c.title.text() for c in cards] == ["Objective 1", "Objective 3"]
