"""Red wavy underlines in a QLineEdit, which has no syntax highlighter.

QLineEdit draws formatted ranges that an input method hands it with a QInputMethodEvent
(TextFormat attributes, positions relative to the cursor, no text committed). That is Qt's own
text layout drawing the platform's spelling mark, so the underline scrolls, selects and
repaints with the text exactly as in the long boxes. The whole line is re-checked on each
change: one-line answers are a few words.

While the person is composing with an input method (accents, Chinese), that composition owns
the formats; ours come back with the next change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QInputMethodEvent, QTextFormat
from PySide6.QtWidgets import QLineEdit

from pdr_desktop.spelling.tokens import Token
from pdr_desktop.ui.spelling.highlighter import mistake_format
from pdr_desktop.ui.spelling.service import SpellingService, spelling_service


class LineSpelling(QObject):
    """Marks the possible mistakes of one QLineEdit while it can be typed in."""

    def __init__(self, line: QLineEdit, service: SpellingService | None = None) -> None:
        super().__init__(line)
        self.line = line
        self.service = service or spelling_service()
        self.mistakes: list[Token] = []
        self._format = QTextFormat(mistake_format())  # the event carries a QTextFormat
        self._sending = False
        line.textChanged.connect(self.refresh)
        line.installEventFilter(self)
        self.service.register(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ReadOnlyChange and not self._sending:
            self.refresh()
        return False

    def refresh(self) -> None:
        line = self.line
        checking = self.service.active() and not line.isReadOnly()
        mistakes = self.service.misspelled(line.text()) if checking else []
        if not mistakes and not self.mistakes:
            return
        self.mistakes = mistakes
        cursor = line.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, m.start - cursor, m.length, self._format
            )
            for m in mistakes
        ]
        self._sending = True
        locked = line.isReadOnly()
        try:
            if locked:
                line.setReadOnly(False)  # a read-only box refuses the event that takes the marks off
            QCoreApplication.sendEvent(line, QInputMethodEvent("", attributes))
        finally:
            if locked:
                line.setReadOnly(True)
            self._sending = False

    def marked_ranges(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.mistakes]


def attach_line_spelling(line: QLineEdit) -> LineSpelling:
    """Check spelling as you type in this one-line box (the hook the text fields call)."""
    from pdr_desktop.ui.spelling.menu import install_keyboard_menu

    marks = LineSpelling(line)
    line.setProperty("spellcheck", True)
    install_keyboard_menu(line)
    return marks
