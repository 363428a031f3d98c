"""Check your answers lists the possible spelling mistakes of each section, with links to them.

One line per answer that has any ("My Self-assessment: “recieve”, “familys”"); the link goes to
the answer and selects the first of its words, as F7 does, so typing replaces it and the
Menu key offers suggestions. Only the person's own answers are listed: the other person's
are theirs to correct. Nothing is listed while the dictionary loads or spelling is off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FormDefinition, Role, Section
from pdr_desktop.spelling.draft_check import Finding, by_place, check_draft
from pdr_desktop.ui.check_rows import link_button
from pdr_desktop.ui.spelling.navigate import go_to
from pdr_desktop.ui.spelling.service import spelling_service

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow

WORDS_SHOWN = 5  # an answer with more possible mistakes says how many more


def words_text(findings: list[Finding]) -> str:
    """ "“recieve”, “familys”" and "and 3 more" past WORDS_SHOWN; a word repeated is named once."""
    words = list(dict.fromkeys(f.word for f in findings))
    shown = ", ".join(f"“{word}”" for word in words[:WORDS_SHOWN])
    rest = len(words) - WORDS_SHOWN
    return shown + (
        QCoreApplication.translate("CheckAnswersPage", " and {0} more").format(rest) if rest > 0 else ""
    )


def install_spelling_list(window: MainWindow) -> QObject:
    """Add the spelling lines to each section of the window's Check your answers page."""
    service = spelling_service()
    refresher = _Refresher(window)

    def add(form: FormDefinition, draft: Draft, section: Section, role: Role, layout: QVBoxLayout) -> None:
        refresher.listed_spelling = service.active()
        if not service.active() or service.checker is None:
            return
        findings = check_draft(form, draft, service.checker, role, section_id=section.id)
        if not findings:
            return
        heading = QLabel(QCoreApplication.translate("CheckAnswersPage", "Possible spelling mistakes"))
        heading.setObjectName("blockTitle")
        heading.setContentsMargins(0, 10, 0, 0)
        heading.setAccessibleName(heading.text())
        heading.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(heading)
        for place, items in by_place(findings).items():
            where = place.removeprefix(f"{section.title} › ")  # the card's heading says the section
            text = f"{where}: {words_text(items)}"
            link = link_button(
                text, QCoreApplication.translate("CheckAnswersPage", "Check spelling: {0}").format(text)
            )
            link.setToolTip(
                QCoreApplication.translate("CheckAnswersPage", "Go to the answer and select the word")
            )
            link.clicked.connect(lambda _checked=False, first=items[0]: go_to(window, first))
            layout.addWidget(link)

    window.wizard.check_page.add_section_hook(add)
    return refresher  # a child of the window: it lives as long as the window


class _Refresher(QObject):
    """Re-lists when the dictionary finishes loading or a word is added or ignored while the page
    is open (a child of the window, so the connections to the shared service end with it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.listed_spelling = False  # whether the page was last listed with its spelling lines
        service = spelling_service()
        service.ready.connect(self.refresh_if_shown)
        service.words_changed.connect(self.refresh_if_shown)

    def refresh_if_shown(self) -> None:
        # Not checking now and not listed with spelling lines: the list would come out the same.
        # (Opening a draft changes the words before the dictionary is read: no second listing.)
        if spelling_service().active() or self.listed_spelling:
            self.window.wizard.refresh_check_page()
