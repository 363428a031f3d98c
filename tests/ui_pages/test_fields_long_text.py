"""LongTextEdit: grows with its text, counts words, pastes plain text only, Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from pdr_desktop.drafts.model import Draft
from pdr_desktop.ui.fields.long_text import MAX_LINES, MIN_LINES, LongTextEdit, word_count


def test_word_count_label_follows_the_text(make_page, form, qtbot):
    page = make_page("wider", Draft.new(form))
    field = page.editors["wider.self"]
    assert field.count_label.text() == "0 words"
    qtbot.keyClicks(field.edit, "one")
    assert field.count_label.text() == "1 word"
    qtbot.keyClicks(field.edit, " two  three")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(field.edit, "four")
    assert field.count_label.text() == "4 words"
    assert word_count("  a\tb\n\nc ") == 3


def test_long_text_grows_with_its_content_up_to_a_cap(qtbot):
    edit = LongTextEdit()
    qtbot.addWidget(edit)
    edit.resize(400, 100)
    edit.show()
    qtbot.waitExposed(edit)
    line = edit.fontMetrics().lineSpacing()
    start = edit.sizeHint().height()
    assert start >= MIN_LINES * line
    edit.setPlainText("\n".join(f"line {n}" for n in range(MIN_LINES + 6)))
    qtbot.waitUntil(lambda: edit.sizeHint().height() > start)
    grown = edit.sizeHint().height()
    assert grown >= start + 5 * line
    edit.setPlainText("\n".join(f"line {n}" for n in range(MAX_LINES * 3)))
    qtbot.waitUntil(lambda: edit.sizeHint().height() > grown)
    capped = edit.sizeHint().height()
    assert capped <= (MAX_LINES + 2) * line + 20
    edit.setPlainText("short")
    qtbot.waitUntil(lambda: edit.sizeHint().height() == start)


def test_long_wrapped_paragraph_grows_the_box(qtbot):
    edit = LongTextEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 100)
    edit.show()
    qtbot.waitExposed(edit)
    start = edit.sizeHint().height()
    edit.setPlainText("word " * 200)  # one paragraph, many wrapped lines
    qtbot.waitUntil(lambda: edit.sizeHint().height() > start)


def test_paste_inserts_plain_text_only(qtbot):
    edit = LongTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setHtml("<p><b>Bold</b> and <i>italic</i> <img src='x.png'></p>")
    mime.setText("the plain words")
    assert edit.canInsertFromMimeData(mime)
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "the plain words"
    assert "font-weight:700" not in edit.document().toHtml()


def test_ctrl_v_pastes_the_words_not_the_formatting(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("wider", draft)
    edit = page.editors["wider.feedback"].edit
    mime = QMimeData()
    mime.setHtml("<table><tr><td style='color:red'>Thank you</td></tr></table>")
    mime.setText("Thank you")
    QApplication.clipboard().setMimeData(mime)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert draft.answers["wider.feedback"] == "Thank you"


def test_html_only_clipboard_is_refused(qtbot):
    edit = LongTextEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setData("text/html", b"<b>x</b>")
    assert not edit.canInsertFromMimeData(mime)


def test_tab_moves_focus_and_undo_works(make_page, form, qtbot):
    draft = Draft.new(form)
    page = make_page("learning", draft)
    first = page.editors["learning.pmfp.self"].edit
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "abc")
    qtbot.keyClick(first, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.toPlainText() != "abc"
    assert draft.answers["learning.pmfp.self"] == first.toPlainText()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert "\t" not in first.toPlainText()
    qtbot.waitUntil(lambda: not first.hasFocus())
    assert QApplication.focusWidget() is page.editors["learning.pmfp.next"].edit
