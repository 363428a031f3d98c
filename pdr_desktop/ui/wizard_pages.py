"""What the wizard asks of its pages: the contract of a section page and of an extra page.

Section pages come from ``pdr_desktop.ui.pages`` (SectionPage). Extra pages are added by other
parts of the UI through MainWindow.add_extra_page (the Progress review page): each is a QWidget
that also follows ExtraWizardPage, so the wizard passes the draft, role, round and guidance on
to it like to a section page, and shows its tag in the task list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QScrollArea, QWidget

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import FormDefinition, Role


class WizardPage(Protocol):
    """Every page of the wizard: told the wizard's state, asked to write back and to show a field."""

    def set_draft(self, draft: Draft) -> None: ...

    def set_role(self, role: Role | str) -> None: ...

    def set_current_round(self, round_id: str) -> None: ...

    def set_guidance_visible(self, visible: bool) -> None: ...

    def commit(self) -> None:
        """Write what is held in the page's boxes (an open table cell) to the draft."""

    def focus_field(self, field_id: str) -> bool:
        """Show and focus *field_id* (or a part of it); False when this page does not hold it."""


class ExtraWizardPage(WizardPage, Protocol):
    """A page another part of the UI adds to the wizard (a QWidget too)."""

    @property
    def edited(self) -> SignalInstance:
        """Emits a field id when the page changed the draft (the window saves, statuses update)."""

    def status(self) -> tuple[str, str] | None:
        """The task-list tag: (text, the section status whose colour it takes); None for none."""

    def set_read_only(self, read_only: bool) -> None:
        """Lock (or unlock) everything the page can change: the draft is open elsewhere."""


# Where an extra page goes: after this section id, or after the one a function picks from the
# form in use (a window may open drafts of several forms, each with its own section ids).
Placement = str | Callable[[FormDefinition], str]


@dataclass
class ExtraPage:
    page_id: str
    title: str
    page: ExtraWizardPage  # a QWidget too: the wizard shows it in its stack
    after_section_id: Placement

    def after(self, form: FormDefinition) -> str:
        return self.after_section_id(form) if callable(self.after_section_id) else self.after_section_id


def scrollable(page: QWidget) -> QScrollArea:
    """What the wizard's stack holds for *page*: the page itself when it scrolls, else the page in
    a scroll area named as the page (a long page at 200% text must still be read to its end)."""
    if isinstance(page, QScrollArea):
        return page
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.setAccessibleName(page.accessibleName() or page.objectName())
    return area
