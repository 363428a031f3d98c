"""Which widget edits which field type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pdr_desktop.forms.model import Field, FieldType
from pdr_desktop.ui.fields.date_field import DateField, DateOrTextField
from pdr_desktop.ui.fields.editor import FieldEditor
from pdr_desktop.ui.fields.long_text import LongTextField
from pdr_desktop.ui.fields.signature import SignatureField
from pdr_desktop.ui.fields.text_field import TextField
from pdr_desktop.ui.fields.yes_no import YesNoField

_EDITORS: dict[FieldType, type[FieldEditor]] = {
    FieldType.TEXT: TextField,
    FieldType.LONGTEXT: LongTextField,
    FieldType.DATE: DateField,
    FieldType.DATE_OR_TEXT: DateOrTextField,
    FieldType.YESNO: YesNoField,
    FieldType.SIGNATURE: SignatureField,
}


def create_editor(field: Field, accessible_name: str, parent: QWidget | None = None) -> FieldEditor:
    if field.type is FieldType.ROWS:
        from pdr_desktop.ui.fields.objectives_table import ObjectivesTable

        return ObjectivesTable(field, accessible_name, parent)
    return _EDITORS[field.type](field, accessible_name, parent)
