"""Red wavy underlines in a QPlainTextEdit / QTextEdit, re-checking only what changed.

Only the paragraphs (blocks) an edit touched are looked at again, and within a paragraph only
the run of non-space characters around the edit: the document says where it changed, each
paragraph keeps its text and its mistakes from last time, and the mistakes after the edit just
move along. A long answer can be one 50,000-character paragraph, so this matters.

The marks are formats on the paragraph's text layout, which is what QSyntaxHighlighter sets
too; we set them ourselves because QSyntaxHighlighter rebuilds a per-character format list
for the whole paragraph on every key: even with an empty highlightBlock() it adds about
1.5 ms of CPU per key to a 50,000-character paragraph (benchmarks/bench_spelling.py), more
than the whole budget for spelling. Formats are set while the document reports its change,
before it lays the paragraph out again, so they cost no extra layout pass.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from pdr_desktop.spelling.tokens import Token, expand_to_chunks
from pdr_desktop.ui.spelling.service import SpellingService, spelling_service

UNDERLINE_COLOUR = QColor(200, 0, 0)  # the red of Word's and LibreOffice's spelling marks
_CONTEXT = 24  # characters either side of an edit compared to make sure the cache still fits
_SPELLING = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def mistake_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    # SpellCheckUnderline draws the platform's own spelling mark (a red wave on most styles).
    fmt.setUnderlineStyle(_SPELLING)
    fmt.setUnderlineColor(UNDERLINE_COLOUR)
    return fmt


def _spans(tokens: list[Token]) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in tokens]


@dataclass
class _Paragraph:
    text: str
    mistakes: list[tuple[int, int]]  # (start, end), in text order
    edits: int  # the edit count when it was read
    generation: int  # the service's words when it was read


class SpellingHighlighter(QObject):
    """Marks possible mistakes in one editor's document while the editor can be typed in."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, service: SpellingService | None = None) -> None:
        document = editor.document()
        super().__init__(document)
        self.editor = editor
        self.service = service or spelling_service()
        self._format = mistake_format()
        self._paragraphs: dict[int, _Paragraph] = {}
        self._ranges: dict[int, list[QTextLayout.FormatRange]] = {}  # what each layout shows
        self._next_key = 1
        self._edits = 0
        self._change = (0, 0, 0)
        self._shown = False  # whether any paragraph carries marks now
        document.contentsChange.connect(self._changed)
        self.service.register(self)
        editor.installEventFilter(self)
        self.refresh()

    def document(self):
        return self.editor.document()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ReadOnlyChange:
            self.refresh()  # locked boxes are not marked: nobody can correct them there
        return False

    def checking(self) -> bool:
        return self.service.active() and not self.editor.isReadOnly()

    # --- marking ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Mark the whole document again (the words changed, spelling switched, lock changed).

        Paragraphs read with the same words are not read again (the cache knows the generation).
        """
        document = self.document()
        if not self.checking() and not self._shown:
            return
        block = document.begin()
        while block.isValid():
            self._mark(block, new_key=False, force=True)
            block = block.next()
        self._shown = self.checking()
        document.markContentsDirty(0, document.characterCount())  # lay out and paint again

    def _changed(self, position: int, removed: int, added: int) -> None:
        """The document changed (and is about to lay out the changed paragraphs)."""
        self._edits += 1
        self._change = (position, removed, added)
        if not self.checking():
            return
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        several = block.blockNumber() != last.blockNumber()
        while block.isValid():
            self._mark(block, new_key=several, force=several)
            if block == last:
                break
            block = block.next()
        self._shown = True

    def _mark(self, block: QTextBlock, new_key: bool, force: bool) -> None:
        layout = block.layout()
        if layout is None:
            return
        if not self.checking():
            if layout.formats():
                layout.setFormats([])
            return
        key = block.userState()
        if new_key or key <= 0:
            key = self._next_key  # a paragraph made by Enter or paste may share its parent's key
            self._next_key += 1
            block.setUserState(key)
        mistakes = self._mistakes(key, block)
        # The layout's ranges are reused and only moved: after a key press in a long paragraph
        # the marks before it stay as they are and those after it shift by one.
        ranges = self._ranges.setdefault(key, [])
        changed = len(ranges) != len(mistakes)
        del ranges[len(mistakes) :]
        for index, (start, end) in enumerate(mistakes):
            if index == len(ranges):
                item = QTextLayout.FormatRange()
                item.format = self._format
                item.start, item.length = start, end - start
                ranges.append(item)
                continue
            item = ranges[index]
            if item.start != start or item.length != end - start:
                item.start, item.length = start, end - start
                changed = True
        if changed or force:
            layout.setFormats(ranges)

    def _mistakes(self, key: int, block: QTextBlock) -> list[tuple[int, int]]:
        text = block.text()
        known = self._paragraphs.get(key)
        service, edits = self.service, self._edits
        if known is not None and known.generation == service.generation:
            if known.text == text:
                known.edits = edits
                return known.mistakes
            if known.edits == edits - 1:
                mistakes = self._update(known, text, block.position())
                if mistakes is not None:
                    self._paragraphs[key] = _Paragraph(text, mistakes, edits, service.generation)
                    return mistakes
        mistakes = _spans(service.misspelled(text))
        self._paragraphs[key] = _Paragraph(text, mistakes, edits, service.generation)
        if len(self._paragraphs) > 4 * max(16, self.document().blockCount()):
            self._paragraphs = {key: self._paragraphs[key]}  # paragraphs long gone
            self._ranges = {key: self._ranges.get(key, [])}
        return mistakes

    def _update(self, known: _Paragraph, text: str, block_position: int) -> list[tuple[int, int]] | None:
        """The mistakes after one edit inside this paragraph, or None to read it all again."""
        position, removed, added = self._change
        start = position - block_position
        old = known.text
        if start < 0 or start + added > len(text) or len(text) - len(old) != added - removed:
            return None  # the edit spans paragraphs (a paste, Enter, Delete at the end)
        old_end, new_end = start + removed, start + added
        before = max(0, start - _CONTEXT)
        if (
            old[before:start] != text[before:start]
            or old[old_end : old_end + _CONTEXT] != text[new_end : new_end + _CONTEXT]
        ):
            return None
        first, last = expand_to_chunks(text, start, new_end)
        shift = added - removed
        mistakes = known.mistakes
        # Mistakes are in text order: find the untouched ones on each side by bisection.
        head = bisect.bisect_right(mistakes, first, key=lambda m: m[1])
        tail = bisect.bisect_left(mistakes, last - shift, lo=head, key=lambda m: m[0])
        moved = [(s + shift, e + shift) for s, e in mistakes[tail:]] if shift else mistakes[tail:]
        return mistakes[:head] + _spans(self.service.misspelled(text, first, last)) + moved

    # --- for tests and the context menu -------------------------------------------------------
    def marked_ranges(self) -> list[tuple[int, int]]:
        """(start, end) of each marked word, in document positions, as drawn now."""
        ranges = []
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            for change in layout.formats() if layout is not None else []:
                if change.format.underlineStyle() == _SPELLING:
                    start = block.position() + change.start
                    ranges.append((start, start + change.length))
            block = block.next()
        return ranges


def attach_text_spelling(editor: QPlainTextEdit | QTextEdit) -> SpellingHighlighter:
    """Check spelling as you type in this editor (the hook the long-text field calls)."""
    from pdr_desktop.ui.spelling.menu import install_keyboard_menu

    highlighter = SpellingHighlighter(editor)
    editor.setProperty("spellcheck", True)
    install_keyboard_menu(editor)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
    return highlighter
