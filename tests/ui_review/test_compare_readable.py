"""The Compare dialog reads like a table of answers: counted properly, short places, whole words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Role
from pdr_desktop.ui.review.diff_dialog import CompareDialog

LONG_ANSWER = " ".join(["I explained why we were involved using a simple visual plan."] * 8)


def pair(form, *changes: tuple[str, object]) -> tuple[Draft, Draft]:
    mine = Draft.new(form)
    mine.set(form.field("details.name"), "Zoë Ng")
    theirs = mine.clone()
    for field_id, value in changes:
        theirs.set(form.field(field_id), value)
    return mine, theirs


def rows(dialog: CompareDialog) -> dict[str, object]:
    found = {}
    for i in range(dialog.tree.topLevelItemCount()):
        section = dialog.tree.topLevelItem(i)
        for j in range(section.childCount()):
            found[section.child(j).text(0)] = section.child(j)
    return found


def test_the_count_is_singular_or_plural(qtbot, form):
    mine, theirs = pair(form, ("comments.manager.initial.comment", "A strong start."))
    one = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(one)
    assert one.summary.text().startswith("1 difference.")
    mine, theirs = pair(
        form,
        ("comments.manager.initial.comment", "A strong start."),
        ("standards.s1.self", "Changed."),
        ("wider.self", "Also changed."),
    )
    three = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(three)
    assert three.summary.text().startswith("3 differences.")
    assert "(s)" not in one.summary.text() + three.summary.text()


def test_where_is_the_fields_own_label_under_its_section(qtbot, form):
    mine, theirs = pair(form, ("standards.s1.self", "Changed."), ("wider.self", "Also changed."))
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    group = form.section("standards").group(form.field("standards.s1.self").group).label
    places = set(rows(dialog))
    assert f"{group} › My Self-assessment (Practitioner)" in places
    assert "My Self-assessment (Practitioner)" in places  # Wider Contribution: no group
    assert not any(p.startswith(form.section("standards").title) for p in places)
    assert not any("…" in p for p in places)


def test_long_text_wraps_and_the_pane_below_has_it_all(qtbot, form):
    mine, theirs = pair(form, ("standards.s1.self", LONG_ANSWER), ("details.position", "Advisor"))
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    dialog.resize(800, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = rows(dialog)
    long_row = next(item for place, item in found.items() if "My Self-assessment" in place)
    short_row = next(item for place, item in found.items() if place.startswith("Position"))
    assert dialog.tree.wordWrap()
    # The long place (a whole practice standard) wraps onto more lines instead of being cut.
    tall = dialog.tree.visualItemRect(long_row).height()
    assert tall > 2 * dialog.tree.visualItemRect(short_row).height()
    assert long_row.text(2).endswith("…") and len(long_row.text(2)) < len(LONG_ANSWER)
    dialog.tree.setCurrentItem(long_row)
    assert LONG_ANSWER in dialog.detail.toPlainText()


def test_default_size_follows_the_window_it_belongs_to(qtbot, form):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1200, 820)
    mine, theirs = pair(form, ("standards.s1.self", "Changed."))
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER, None, window)
    available = dialog.screen().availableGeometry()
    assert dialog.width() >= min(available.width(), 1000)
    assert dialog.height() >= min(available.height(), 680)
    assert dialog.width() <= available.width() and dialog.height() <= available.height()


def test_a_label_that_names_its_owner_does_not_say_it_twice(qtbot, form):
    mine, theirs = pair(form, ("signoff.manager", {"name": "Tomáš Dąbrowski", "date": "2026-07-21"}))
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    places = set(rows(dialog))
    assert "Signed (Manager)" in places
    assert not any("(Manager) (Manager)" in p for p in places)


def test_dates_read_the_uk_way_as_everywhere_else(qtbot, form):
    mine, theirs = pair(
        form,
        ("details.date_updated", "2026-07-15"),
        ("signoff.manager", {"name": "Sam Patel", "date": "2026-07-20"}),
    )
    theirs.review.meetings["six_month"] = "2026-04-01"
    dialog = CompareDialog(form, mine, theirs, Role.PRACTITIONER)
    qtbot.addWidget(dialog)
    shown = {where: item.text(2) for where, item in rows(dialog).items()}
    assert shown["Date Updated (Practitioner)"] == "15/07/2026"
    assert shown["Signed (Manager)"] == "Sam Patel, 20/07/2026"
    assert shown["Six Month Review › meeting date"] == "01/04/2026"
    assert not any("2026-" in text for text in shown.values())
