"""Wizard pages generated from the form definition: one SectionPage per section.

Contract used by the main window (ui/main_window.py, ui/wizard.py):
    page = create_page(form, section, draft, role, parent=None)   # role: Role or "practitioner"/"manager"
    page.edited  -> Signal(str): a field id, emitted AFTER the page wrote the new value into the draft
                    (draft.set(field, value); draft.updated = utc_now()). Objectives edits emit
                    "objectives.items" (the whole rows list is written).
    page.set_draft(draft)   re-populate every widget from `draft` without emitting `edited`
    page.set_role(role)     lock the other role's fields (read-only but selectable/copyable)
    page.focus_field(field_id) -> bool   scroll to and focus that field's widget (False if not here).
                    Accepts a field id ("standards.s3.self"), a part of one ("standards.s1.manager.comment",
                    "signoff.practitioner.name" / ".date" / ".sign"), and for the rows field
                    "objectives.items", "objectives.items#3" (row 3, counted from 1) or
                    "objectives.items#3.by_when" (that cell).
    page.set_guidance_visible(bool)
    page.set_current_round(round_id)     comments page shows that round first and highlights it
    page.commit()           push any value still held in a widget (an open table cell) into the draft
    page.refresh_from_draft()  re-show values changed elsewhere (also done on every showEvent)
    page.accessibleName()   the section title

Page kinds (chosen by section shape in kinds.py): DetailsPage, StandardsPage, WiderPage, PairsPage
(learning), ObjectivesPage, CommentsPage, QuestionsPage (wellbeing), SignOffPage; SectionPage itself
is the fallback for any other shape. Field widgets live in pdr_desktop.ui.fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdr_desktop.ui.pages.base import SectionPage, create_page

__all__ = ["SectionPage", "create_page"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the theme reads pages.style at start, and the start page needs no
    # field widgets (importing them all pulled in the date picker, the table and the spelling).
    if name in __all__:
        from pdr_desktop.ui.pages import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
