"""The objectives table at 200% text: no word is cut ("Achie…", "Dąbro…"); columns keep their
weights where there is room, are never narrower than their longest word, and the table scrolls
sideways only when even that does not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui.fields.objectives_view import shared_widths


def test_widths_follow_the_weights_when_there_is_room():
    assert shared_widths([3, 1], [10, 10], 400) == [300, 100]


def test_a_column_is_never_narrower_than_its_longest_word():
    widths = shared_widths([3, 1, 1], [50, 120, 40], 400)
    assert widths[1] == 120 and sum(widths) == 400
    assert widths[0] > widths[2]  # the others still share by weight


def test_when_the_words_alone_are_too_wide_the_table_is_wider_than_the_room():
    assert shared_widths([1, 1], [300, 300], 400) == [300, 300]


def test_no_word_is_cut_at_double_text_size(make_window, form, qtbot):
    font = QApplication.font()
    big = QApplication.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(big)
    try:
        window = make_window()
        window.resize(900, 700)
        draft = build_sample(form)
        draft.review.current_round = "final"  # the status column says "Achieved 6/10 at Final Review"
        path = window.drafts_folder() / "sample.pdr"
        write_draft(draft, path)
        assert window.open_path(path)
        window.focus_field("objectives.items")
        table = window.wizard.pages["objectives"].editors["objectives.items"]
        view = table.view
        qtbot.waitUntil(lambda: view.isVisible())
        minimums = view.column_minimums()
        header = view.horizontalHeader()
        for col, least in enumerate(minimums):
            assert header.sectionSize(col) >= least, col  # the widest word fits
        status = [str(view.model().index(r, view.model().columnCount() - 1).data()) for r in range(3)]
        assert any("Achieved" in text for text in status)
        wide = sum(header.sectionSize(c) for c in range(len(minimums))) > view.viewport().width()
        policy = view.horizontalScrollBarPolicy()
        assert (policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOn) == wide
        if wide:  # the scroll bar is inside the table's height, not over its last row
            assert view.height() >= view.content_height()
    finally:
        QApplication.setFont(font)
