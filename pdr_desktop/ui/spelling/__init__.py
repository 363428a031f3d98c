"""Spelling in the window: underlines as you type, the suggestion menu, F7, the Preferences switch.

    service.py      one SpellingService: dictionary read off the UI thread, the open conversation
    highlighter.py  long answers (QSyntaxHighlighter, re-reading only the edited words)
    line_marks.py   one-line answers (QLineEdit draws input-method formats)
    menu.py         suggestions, Add to dictionary, Ignore in this conversation; Shift+F10
    navigate.py     F7: the next possible mistake across fields and pages
    check_list.py   Check your answers: each section's possible mistakes, with links

The checking itself is pdr_desktop.spelling (no Qt), shared with `pdr-desktop check --spelling`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from pdr_desktop.ui.first_paint import after_first_paint
from pdr_desktop.ui.spelling.highlighter import SpellingHighlighter, attach_text_spelling
from pdr_desktop.ui.spelling.line_marks import LineSpelling, attach_line_spelling
from pdr_desktop.ui.spelling.service import SpellingService, spelling_service

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow


class WindowSpelling(QObject):
    """The window's end of the service's signals (a child of the window, so they end with it),
    and its Edit › Next spelling mistake (F7) action."""

    def __init__(self, window: MainWindow, service: SpellingService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.next_mistake: QAction | None = None  # set by install_spelling
        self.list_refresher: QObject | None = None  # Check your answers' spelling lines, re-listed
        service.problem_found.connect(self.tell)
        service.ignored_changed.connect(self.ignored)
        window.draft_loaded.connect(self.loaded)
        window.draft_changed.connect(self.changed)

    def tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def loaded(self) -> None:
        window = self.window
        self.service.set_context(window.form if window.draft is not None else None, window.draft)

    def changed(self, field_id: str) -> None:
        from pdr_desktop.forms.model import FieldType

        window = self.window
        fld = window.form.fields.get(field_id.partition("#")[0]) if window.draft is not None else None
        if fld is not None and (not fld.spellcheck or fld.type in (FieldType.SIGNATURE, FieldType.ROWS)):
            self.service.refresh_names()  # a name was typed: it is right everywhere in this conversation

    def ignored(self) -> None:
        if self.window.draft is not None:
            self.window.setWindowModified(True)
            self.window.autosave.note_edit()  # the ignored words live in the draft: save it


def install_spelling(window: MainWindow) -> WindowSpelling:
    """Connect the window to the spelling service and add Edit › Next spelling mistake (F7)."""
    from pdr_desktop.ui.spelling.check_list import install_spelling_list
    from pdr_desktop.ui.spelling.navigate import next_mistake

    service = spelling_service()
    spelling = WindowSpelling(window, service)
    # Read on a worker, but in pure Python: started during start-up it competed for the
    # interpreter with the window being built, so it starts once the window is on screen.
    service.configure(window.settings.spellcheck, window.settings.spelling_words, load=False)
    after_first_paint(window, service.start_loading)

    action = QAction(QCoreApplication.translate("MainWindow", "Next spelling &mistake"), window)
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip(QCoreApplication.translate("MainWindow", "Select the next word that may be misspelt"))
    action.triggered.connect(lambda: next_mistake(window))
    spelling.next_mistake = action
    window.menus.menu_edit.insertAction(window.menus.action_preferences, action)
    window.menus.menu_edit.insertSeparator(window.menus.action_preferences)
    window.menus.draft_actions.append(action)
    action.setEnabled(window.draft is not None)
    spelling.list_refresher = install_spelling_list(window)
    return spelling


__all__ = [
    "LineSpelling",
    "SpellingHighlighter",
    "SpellingService",
    "WindowSpelling",
    "attach_line_spelling",
    "attach_text_spelling",
    "install_spelling",
    "spelling_service",
]
