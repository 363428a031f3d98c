"""Choosing a page kind from a section's shape, so a changed form still gets sensible pages."""

from __future__ import annotations

from pdr_desktop.forms.model import FieldType, Role, Section
from pdr_desktop.ui.pages.base import SectionPage
from pdr_desktop.ui.pages.comments_page import CommentsPage
from pdr_desktop.ui.pages.objectives_page import ObjectivesPage
from pdr_desktop.ui.pages.pairs_page import PairsPage, WiderPage
from pdr_desktop.ui.pages.simple_page import DetailsPage, QuestionsPage, SignOffPage, is_sign_off
from pdr_desktop.ui.pages.standards_page import StandardsPage


def page_class(section: Section) -> type[SectionPage]:
    fields = section.fields
    if any(f.type is FieldType.ROWS for f in fields):
        return ObjectivesPage
    if section.groups and any(g.round for g in section.groups):
        return CommentsPage
    if is_sign_off(fields):
        return SignOffPage
    if section.groups and any(f.owner is Role.MANAGER for f in fields):
        return StandardsPage  # groups the practitioner describes and the manager assesses
    if section.groups:
        return PairsPage
    if any(f.owner is Role.MANAGER for f in fields):
        return WiderPage
    if len(fields) > 1 and all(f.type in (FieldType.TEXT, FieldType.DATE) for f in fields):
        return DetailsPage
    if fields and all(f.type is FieldType.YESNO for f in fields):
        return QuestionsPage
    return SectionPage
