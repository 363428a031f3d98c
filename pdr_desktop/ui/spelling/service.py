"""The window's spelling service: one checker for the open conversation, shared by every text box.

The dictionary takes about a second to read, so it is read on a worker thread when the window
starts; until then no box is marked (nothing is wrong, it is simply not checked yet) and when
it is ready every box is marked at once. When a conversation opens, its words are looked up
on the worker too, so opening its pages finds every answer already cached.

Everything that changes which words are right (a word added to the dictionary, a word ignored,
a name typed in Details, the Preferences switch) bumps `generation` and emits `words_changed`;
the highlighters re-mark their boxes.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.spelling import (
    DictionaryUnavailableError,
    PersonalDictionaryError,
    SpellChecker,
    make_checker,
    shared_dictionary,
)
from pdr_desktop.spelling.draft_check import checked_texts, ignore_in_draft, prepare
from pdr_desktop.spelling.personal import add_word, read_words
from pdr_desktop.spelling.tokens import Token, tokens


class SpellingService(QObject):
    ready = Signal()  # the dictionary has been read
    words_changed = Signal()  # re-mark every box
    ignored_changed = Signal()  # the draft's ignored words changed: it needs saving
    problem_found = Signal(str)  # something the person should be told once (dictionary missing…)
    _loaded = Signal(str)  # from the worker thread: "" or the reason the dictionary failed

    def __init__(self) -> None:
        super().__init__()
        self.enabled = True
        self.generation = 0
        self.checker: SpellChecker | None = None
        self.problem = ""
        self.organisation_words: list[str] = []
        self._form: FormDefinition | None = None
        self._draft: Draft | None = None
        self._loading = False
        self._personal: list[str] = []
        self._marked: weakref.WeakSet = weakref.WeakSet()
        self._loaded.connect(self._on_loaded)
        # The loader is a daemon thread: it can still be reading when the app quits, and Qt is
        # torn down (at exit) while it runs. A signal posted then crashed the process, so once
        # the app says it is quitting the loader posts nothing (the lock makes check-and-post one step).
        self._handoff = threading.Lock()
        self._quitting = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_handoffs)

    # --- life cycle ---------------------------------------------------------------------------
    def configure(self, enabled: bool, organisation_words: Iterable[str], load: bool = True) -> None:
        """Settings changed (window start, Preferences): switch on or off, reload the lists.

        load=False leaves reading the dictionary to a later start_loading (the window starts it
        once it has painted)."""
        self.enabled = enabled
        self.organisation_words = [w for w in organisation_words if isinstance(w, str)]
        self._personal = self._read_personal()
        if enabled and load:
            self.start_loading()
        self._rebuild()

    def start_loading(self) -> None:
        if not self.enabled or self._loading or self.checker is not None or self.problem:
            return
        self._loading = True
        threading.Thread(target=self._load, name="spelling-dictionary", daemon=True).start()

    def _load(self) -> None:
        try:
            shared_dictionary()
            problem = ""
        except DictionaryUnavailableError as exc:
            problem = str(exc)
        # The window may have closed (deleting this service) while the dictionary was read:
        # then nobody is left to tell, and the dictionary stays cached for the next window.
        with self._handoff, contextlib.suppress(RuntimeError):
            if not self._quitting:
                self._loaded.emit(problem)

    def quitting(self) -> bool:
        return self._quitting

    def _stop_handoffs(self) -> None:
        with self._handoff:
            self._quitting = True

    def _on_loaded(self, problem: str) -> None:
        self._loading = False
        if problem:
            self.problem = problem
            self.problem_found.emit(
                self.tr("Spelling is not checked: {reason}. Please tell IT.").format(reason=problem)
            )
            return
        self._rebuild()
        self.ready.emit()

    def is_ready(self) -> bool:
        return self.checker is not None

    def active(self) -> bool:
        """Whether boxes are marked now: switched on and the dictionary read."""
        return self.enabled and self.checker is not None

    # --- the open conversation ----------------------------------------------------------------
    def set_context(self, form: FormDefinition | None, draft: Draft | None) -> None:
        self._form, self._draft = form, draft
        self._rebuild()

    def refresh_names(self) -> None:
        """A name field changed: its words are right everywhere in this conversation."""
        if self.checker is not None and self._form is not None and self._draft is not None:
            prepare(self.checker, self._form, self._draft)
            self._changed()

    def _rebuild(self) -> None:
        from pdr_desktop.spelling import dictionary_loaded

        if not dictionary_loaded():
            self._changed()
            return
        self.checker = make_checker(self._form, self.organisation_words, self._personal)
        if self._form is not None and self._draft is not None:
            prepare(self.checker, self._form, self._draft)
            self._warm(self._texts())
        self._changed()

    def _texts(self) -> list[str]:
        if self._form is None or self._draft is None:
            return []
        return [item.text for item in checked_texts(self._form, self._draft)]

    def _warm(self, texts: list[str]) -> None:
        """Look up the conversation's words on a worker, so its pages open with them cached."""
        dictionary = shared_dictionary()

        def run() -> None:
            for text in texts:
                for token in tokens(text):
                    dictionary.knows(token.word)

        threading.Thread(target=run, name="spelling-warm", daemon=True).start()

    def _changed(self) -> None:
        self.generation += 1
        for marked in list(self._marked):
            if isValid(marked):
                marked.refresh()
        self.words_changed.emit()

    def register(self, marked: QObject) -> None:
        """A highlighter (anything with refresh()) to re-mark when the words change."""
        self._marked.add(marked)

    # --- checking -----------------------------------------------------------------------------
    def misspelled(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        if not self.active() or self.checker is None:
            return []
        return self.checker.misspelled(text, start, end)

    def suggestions(self, word: str) -> list[str]:
        return self.checker.suggestions(word) if self.active() and self.checker is not None else []

    def can_ignore(self) -> bool:
        return self._draft is not None

    # --- the person's choices -----------------------------------------------------------------
    def add_to_dictionary(self, word: str) -> str:
        """Add to the personal dictionary; "" when done, else what went wrong (to show)."""
        try:
            self._personal = add_word(word)
        except (PersonalDictionaryError, ValueError) as exc:
            return str(exc)
        if self.checker is not None:
            self.checker.set_personal(self._personal)
        self._changed()
        return ""

    def ignore(self, word: str) -> None:
        """Ignore in this conversation: kept in the draft, so it stays ignored when reopened."""
        if self._draft is None or self.checker is None or self._form is None:
            return
        if ignore_in_draft(self._draft, word):
            prepare(self.checker, self._form, self._draft)
            self.ignored_changed.emit()
            self._changed()

    def _read_personal(self) -> list[str]:
        try:
            return read_words()
        except PersonalDictionaryError as exc:
            self.problem_found.emit(
                self.tr("{problem}. Your own words are not used until it is fixed.").format(problem=exc)
            )
            return []


_service: SpellingService | None = None


def spelling_service() -> SpellingService:
    """The process's one service (created on first use, in the UI thread)."""
    global _service
    # After aboutToQuit the old one tells nobody (see _handoff); only tests start another window.
    if _service is None or not isValid(_service) or _service.quitting():
        _service = SpellingService()
    return _service


def run_when_ready(callback: Callable[[], None]) -> None:
    service = spelling_service()
    if service.is_ready():
        callback()
    else:
        service.ready.connect(callback)
