"""Rows of the Check your answers summary list (GOV.UK style): question, answer, Change.

`answer_lines` says an answer as lines of text (Qt-free in spirit: it only reads values);
`SummaryRow` lays one question out side by side when there is room and stacked (question,
answer, link) when the window is narrow or the text is large, so the page never scrolls sideways.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from pdr_desktop.dates import to_display
from pdr_desktop.drafts.model import row_is_blank
from pdr_desktop.forms.model import Field, FieldType
from pdr_desktop.ui.fields.locking import READ_ONLY_FLAGS

SHOWN_LINES = 3  # an answer shows its first lines; "Show all" opens the rest
SHOWN_CHARS = 280


def link_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A link-styled button (the pages' #linkButton look): keyboard-reachable, says where it goes."""
    button = QPushButton(text, parent)
    button.setObjectName("linkButton")
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(accessible_name)
    button.setFlat(True)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def _row_lines(fld: Field, rows: Any) -> list[str]:
    lines: list[str] = []
    used = (
        [r for r in rows if isinstance(r, dict) and not row_is_blank(fld, r)]
        if isinstance(rows, list)
        else []
    )
    for number, row in enumerate(used, start=1):
        first, *rest = fld.columns
        lines.append(f"{number}. {str(row.get(first.id, '') or '').strip() or '–'}")
        details = []
        for col in rest:
            text = str(row.get(col.id, "") or "").strip()
            if col.type in (FieldType.DATE, FieldType.DATE_OR_TEXT):
                text = to_display(text)
            details.append(f"{col.label}: {text or '–'}")
        lines.append("    " + " · ".join(details))
    return lines


def answer_lines(fld: Field, value: Any) -> list[str]:
    """An answer as the person reads it; [] when there is none."""
    if fld.type is FieldType.ROWS:
        return _row_lines(fld, value)
    if fld.type is FieldType.YESNO:
        value = value if isinstance(value, dict) else {}
        word = {"yes": "Yes", "no": "No"}.get(str(value.get("answer", "")).lower(), "")
        comment = str(value.get("comment", "") or "").strip()
        return [part for part in (word, comment) if part]
    if fld.type is FieldType.SIGNATURE:
        value = value if isinstance(value, dict) else {}
        name, day = str(value.get("name", "") or "").strip(), to_display(value.get("date", ""))
        return [f"{name}, {day}" if day else name] if name else []
    if fld.type in (FieldType.DATE, FieldType.DATE_OR_TEXT):
        text = to_display(value).strip()
        return [text] if text else []
    text = str(value or "").strip()
    return text.split("\n") if text else []


def shortened(lines: list[str]) -> tuple[str, bool]:
    """The first lines of an answer (cut at a word), and whether anything was left out."""
    text = "\n".join(lines[:SHOWN_LINES])
    cut = len(lines) > SHOWN_LINES
    if len(text) > SHOWN_CHARS:
        text = text[:SHOWN_CHARS].rsplit(" ", 1)[0]
        cut = True
    return (text + " …" if cut else text), cut


class SummaryRow(QFrame):
    """One question: its label, the answer (first lines, expandable) and a Change link."""

    change_clicked = Signal(str)  # the field (or cell) to put the cursor in

    def __init__(
        self,
        question: tuple[str, str],
        lines: list[str],
        target: str,
        note: str = "",
        link_text: str = "",
        short: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """*question*: (where, what), e.g. a standard's text and "My Self-assessment" ("" where
        there is no group; the page shows it as a heading above); *note* says what is missing or
        wrong, under the answer; *short* is what to show before "Show all" (default: the
        first lines)."""
        super().__init__(parent)
        self.setObjectName("summaryRow")
        where, what = question
        short_question = f"{where}, {what}" if where else what
        self.question = short_question
        self.lines = lines
        self.expanded = False
        self.key = QLabel(self)
        self.key.setObjectName("summaryKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setText(f"<b>{escape(what)}</b>")
        self.value = QLabel(self)
        self.value.setObjectName("summaryValue")
        self.note = QLabel(note, self)
        self.note.setObjectName("summaryNote")
        # Only hidden, never shown: setVisible(True) polishes the label through the app's style
        # sheet now, and putting the page in its scroll area polishes it all again (about half
        # of building Check your answers). A child shows with its parent anyway.
        if not note:
            self.note.hide()
        self.more: QPushButton | None = None
        for label in (self.key, self.value, self.note):
            label.setWordWrap(True)
            label.setTextInteractionFlags(READ_ONLY_FLAGS)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Long words must not widen the page: the label wraps, the page never scrolls sideways.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setAccessibleName(short_question)
        self.short = shortened(lines) if short is None else ("\n".join(short), short != lines)
        text, cut = self.short
        self.value.setText(text)
        if not text:
            self.value.hide()
        if cut:
            self.more = link_button(
                self.tr("Show all"), self.tr("Show all of the answer: {0}").format(short_question), self
            )
            # A lambda: PySide looks a bound method up as a slot on every connect (slower per row).
            self.more.clicked.connect(lambda: self.toggle())
        self.value.setAccessibleName(text)
        self.note.setAccessibleName(note)
        self.change = link_button(
            link_text or self.tr("Change"), f"{link_text or self.tr('Change')}: {short_question}", self
        )
        self.change.clicked.connect(lambda: self.change_clicked.emit(target))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 8, 0, 8)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.narrow: bool | None = None
        self.arrange(False)

    def toggle(self) -> None:
        assert self.more is not None
        self.expanded = not self.expanded
        self.value.setText("\n".join(self.lines) if self.expanded else self.short[0])
        self.more.setText(self.tr("Show less") if self.expanded else self.tr("Show all"))
        self.value.setAccessibleName(self.value.text())

    def arrange(self, narrow: bool) -> None:
        """Side by side (question | answer | Change) or stacked for a narrow page."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for widget in (self.key, self.value, self.note, self.more, self.change):
            if widget is not None:
                self.grid.removeWidget(widget)
        for column in range(3):
            self.grid.setColumnStretch(column, 0)
        top = Qt.AlignmentFlag.AlignTop
        left = Qt.AlignmentFlag.AlignLeft | top
        # The answer column: the answer, what is missing or wrong, "Show all".
        answer = [w for w in (self.value, self.note, self.more) if w is not None]
        if narrow:  # question, answer, link: one under the other
            self.grid.addWidget(self.key, 0, 0)
            for row, widget in enumerate(answer, start=1):
                self.grid.addWidget(widget, row, 0, left if widget is self.more else top)
            self.grid.addWidget(self.change, len(answer) + 1, 0, left)
            self.grid.setColumnStretch(0, 1)
        else:
            self.grid.addWidget(self.key, 0, 0, len(answer), 1, top)
            for row, widget in enumerate(answer):
                self.grid.addWidget(widget, row, 1, left if widget is self.more else top)
            self.grid.addWidget(self.change, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            self.grid.setColumnStretch(0, 2)
            self.grid.setColumnStretch(1, 3)

    def focusable(self) -> list[QWidget]:
        return [w for w in (self.more, self.change) if w is not None]
