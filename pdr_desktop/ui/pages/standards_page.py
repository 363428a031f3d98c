"""Practice Standards: one card per standard, with the model of practice beside it as guidance."""

from __future__ import annotations

from pdr_desktop.forms.model import Field
from pdr_desktop.ui.pages.base import SectionPage


class StandardsPage(SectionPage):
    def build(self) -> None:
        self._numbers = {group.id: n for n, group in enumerate(self.section.groups, start=1)}
        for group in self.section.groups:
            _card, layout = self.add_card(group.label)
            self.add_group_guidance(group, layout)
            for fld in self.section.fields:
                if fld.group == group.id:
                    editor = self.add_field(fld, layout)
                    editor.setAccessibleDescription(group.label)

    def accessible_name(self, fld: Field) -> str:
        number = self._numbers.get(fld.group or "", 0)
        return self.tr("Practice standard {0}: {1}").format(number, fld.label)
