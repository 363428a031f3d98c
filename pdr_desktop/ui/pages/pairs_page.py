"""Sections whose answers come in pairs: Learning and Development (self-assessment beside next
steps) and Wider Contribution (self-assessment with the manager's assessment, then feedback)."""

from __future__ import annotations

from pdr_desktop.forms.model import Field, Role
from pdr_desktop.ui.pages.base import SectionPage
from pdr_desktop.ui.pages.columns import ColumnsRow


class PairsPage(SectionPage):
    """Each group is a card; its fields sit side by side (they wrap below each other when narrow)."""

    def build(self) -> None:
        for group in self.section.groups:
            _card, layout = self.add_card(group.label)
            self.add_group_guidance(group, layout)
            row = ColumnsRow(self.body, spacing=20)
            for fld in self.section.fields:
                if fld.group == group.id:
                    self.add_field(fld, row.add_cell())
            layout.addWidget(row)

    def accessible_name(self, fld: Field) -> str:
        if fld.group:
            return f"{self.section.group(fld.group).label.rstrip('.')}: {fld.label}"
        return fld.label


class WiderPage(SectionPage):
    """The self-assessment and the manager's Yes/No answer it; feedback is a card of its own."""

    show_heading = False  # the first card carries the form's heading

    def build(self) -> None:
        title = self.section.heading or self.section.title
        _card, layout = self.add_card(title)
        rest: list[Field] = []
        assessed = False
        self._paired: set[str] = set()  # fields of the first card, named with the section's title
        for fld in self.section.fields:
            if not assessed or fld.owner is Role.MANAGER:
                self._paired.add(fld.id)
                self.add_field(fld, layout)
                assessed = assessed or fld.owner is Role.MANAGER
            else:
                rest.append(fld)
        for fld in rest:
            _card, layout = self.add_card(fld.label, tag_for=fld)
            self.add_field(fld, layout, label="", show_tag=False)

    def accessible_name(self, fld: Field) -> str:
        # "My Self-assessment" alone could be any section's: the section's title says which.
        if fld.id in getattr(self, "_paired", ()):
            return self.tr("{0}: {1}").format(self.section.title, fld.label)
        return fld.label
