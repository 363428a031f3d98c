"""Objectives: the section's intro from the form, then the objectives table."""

from __future__ import annotations

from pdr_desktop.ui.pages.base import SectionPage


class ObjectivesPage(SectionPage):
    def build(self) -> None:
        _card, layout = self.add_card()
        for fld in self.section.fields:
            self.add_field(fld, layout, label="")
