"""The parts of the main window the start page does not show, built once it is on screen.

A person who starts the app sees the start page first. The wizard (with its task list and
pages), the draft session (lock, disk watch, notice bar) and the export, review and spelling
menus cost about a third of the start-up time in imports and widgets, so the window paints the
start page first and builds them straight after (``complete``, run after the first frame).

Anything that needs a part earlier gets it at once: reading ``wizard``, ``session`` or a
plug-in's name builds it, and opening a draft completes the whole window first, so a window
never works with half its parts. A window opened with a file on the command line is complete
before its first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from pdr_desktop.ui.theme import ensure_theme
from pdr_desktop.ui.window_base import WindowBase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QVBoxLayout

    from pdr_desktop.ui.draft_session import DraftSession
    from pdr_desktop.ui.export_actions import ExportActions
    from pdr_desktop.ui.main_window import MainWindow
    from pdr_desktop.ui.review import ReviewActions
    from pdr_desktop.ui.spelling import WindowSpelling
    from pdr_desktop.ui.wizard import WizardView

# The session's notice bar sits in the window's column between the message banner and the pages.
NOTICE_BAR_ROW = 1


class WindowParts(WindowBase):
    """MainWindow's later-built parts: the wizard, the draft session and the plug-ins."""

    _wizard: WizardView | None = None
    _session: DraftSession | None = None
    _export_actions: ExportActions | None = None
    _review_actions: ReviewActions | None = None
    _spelling: WindowSpelling | None = None
    _completing = False
    column: QVBoxLayout  # the banner, the session's notice bar, the pages (set by MainWindow)

    if TYPE_CHECKING:  # MainWindow's; the parts' signals go to them

        def _on_edited(self, field_id: str) -> None: ...

        def _on_entry_shown(self, entry_id: str) -> None: ...

        def focus_field(self, field_id: str) -> bool: ...

        def update_tab_order(self) -> None: ...

        def _apply_read_only(self, read_only: bool) -> None: ...

    @property
    def wizard(self) -> WizardView:
        return self._wizard if self._wizard is not None else self._build_wizard()

    def _build_wizard(self) -> WizardView:
        from pdr_desktop.ui.wizard import WizardView

        if self._wizard is None:
            wizard = WizardView()
            wizard.page_edited.connect(self._on_edited)
            wizard.entry_shown.connect(self._on_entry_shown)
            wizard.field_chosen.connect(self.focus_field)
            wizard.page_built.connect(lambda _section_id: self.update_tab_order())
            self.pages.addWidget(wizard)
            # Built after the window was shown, it missed the polish show() gives every child: a
            # draft opened at once (a double-clicked file) measured its task list before the style
            # sheet's border reached it, 8 px narrower than from the start page, and kept that width.
            wizard.ensurePolished()
            self._wizard = wizard
        return self._wizard

    @property
    def built_wizard(self) -> WizardView | None:
        """The wizard if it exists, for work that has nothing to do without one (tab order, saving
        the splitter at close)."""
        return self._wizard

    @property
    def session(self) -> DraftSession:
        """The lock, the disk check before saving, the notice bar."""
        return self._session if self._session is not None else self._build_session()

    def _build_session(self) -> DraftSession:
        from pdr_desktop.ui.draft_session import DraftSession

        if self._session is None:
            session = DraftSession(self._as_main_window())
            session.read_only_changed.connect(self._apply_read_only)
            self.column.insertWidget(NOTICE_BAR_ROW, session.bar)
            self._session = session
        return self._session

    @property
    def built_session(self) -> DraftSession | None:
        return self._session

    @property
    def export_actions(self) -> ExportActions:
        self.complete()
        assert self._export_actions is not None  # complete() installed it
        return self._export_actions

    @property
    def review_actions(self) -> ReviewActions:
        self.complete()
        assert self._review_actions is not None
        return self._review_actions

    @property
    def spelling(self) -> WindowSpelling:
        self.complete()
        assert self._spelling is not None
        return self._spelling

    @property
    def is_complete(self) -> bool:
        return self._spelling is not None

    def complete(self) -> None:
        """Build every part not built yet: the focus style, the wizard, the session, then export,
        review and spelling (part of the app, so a failing import is a bug and is raised). Idempotent."""
        if self.is_complete or self._completing:
            return
        self._completing = True  # a part's install reads the window's names, and so this
        try:
            # First the focus style the first frame went without (theme.apply_theme): applied
            # to a window of a few widgets it costs little, to a built wizard whole seconds.
            ensure_theme()
            from pdr_desktop.ui.export_actions import install_export_actions
            from pdr_desktop.ui.review import install_review_actions
            from pdr_desktop.ui.spelling import install_spelling

            window = self._as_main_window()
            self._build_wizard()
            self._build_session()
            # Each once, even if a later one raised last time: a menu's items are never added twice.
            if self._export_actions is None:
                self._export_actions = install_export_actions(window)
            if self._review_actions is None:
                self._review_actions = install_review_actions(window)
            if self._spelling is None:
                self._spelling = install_spelling(window)
        finally:
            self._completing = False
        self.update_tab_order()

    def _as_main_window(self) -> MainWindow:
        """The parts are given the whole window; this class only ever runs as part of MainWindow."""
        return cast("MainWindow", self)
