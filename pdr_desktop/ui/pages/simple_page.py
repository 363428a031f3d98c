"""Short sections: Details (a two-column grid), Wellbeing (one question), Sign-off (signatures)."""

from __future__ import annotations

from pdr_desktop.forms.model import Field, FieldType
from pdr_desktop.ui.fields.signature import SignatureField
from pdr_desktop.ui.fields.yes_no import yes_no_question
from pdr_desktop.ui.pages.base import SectionPage
from pdr_desktop.ui.pages.columns import ColumnsRow


class DetailsPage(SectionPage):
    COLUMNS = 2

    def build(self) -> None:
        _card, layout = self.add_card()
        fields = list(self.section.fields)
        for start in range(0, len(fields), self.COLUMNS):
            row = ColumnsRow(self.body, spacing=24)
            for fld in fields[start : start + self.COLUMNS]:
                self.add_field(fld, row.add_cell())
            layout.addWidget(row)


class QuestionsPage(SectionPage):
    """Each field in a card of its own, the question as the card's heading."""

    def build(self) -> None:
        for fld in self.section.fields:
            # The card's heading is the question; the paper form's "Yes / No" after it would only
            # repeat the Yes and No buttons underneath.
            question = yes_no_question(fld.label) if fld.type is FieldType.YESNO else fld.label
            _card, layout = self.add_card(question, tag_for=fld)
            self.add_field(fld, layout, label="", show_tag=False, accessible_name=question)


class SignOffPage(SectionPage):
    """The signatures; their status is refreshed whenever the page is shown (SectionPage.showEvent)
    or edited, because edits on any other page can invalidate a signature."""

    def build(self) -> None:
        for fld in self.section.fields:
            _card, layout = self.add_card(fld.label.rstrip(":"), tag_for=fld)
            self.add_field(fld, layout, label="", show_tag=False)

    def accessible_name(self, fld: Field) -> str:
        return fld.label.rstrip(": ")

    def refresh_signatures(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, SignatureField):
                editor.refresh_status()

    def after_edit(self, fld: Field) -> None:
        self.refresh_signatures()


def is_sign_off(fields: tuple[Field, ...]) -> bool:
    return bool(fields) and all(f.type is FieldType.SIGNATURE for f in fields)
