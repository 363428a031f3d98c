"""Field widgets: one editor per field type, all speaking the FieldEditor interface (editor.py).

LongTextEdit / LongTextField   long answers (grow with the text, word count, plain-text paste)
TextField                      one-line answers
YesNoField                     Yes / No (+ optional comment), can be cleared
DateField, DateOrTextField     dates typed or picked; "By when" also takes words ("Ongoing")
SignatureField                 typed name + date + Sign (fingerprint via review.signing)
ObjectivesTable                the repeating objectives rows, with undo
locking.apply_lock             the other role's fields: read-only, still selectable and copyable
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdr_desktop.ui.fields.editor import FieldEditor
    from pdr_desktop.ui.fields.factory import create_editor
    from pdr_desktop.ui.fields.locking import apply_lock

__all__ = ["FieldEditor", "apply_lock", "create_editor"]
_HOMES = {"FieldEditor": "editor", "create_editor": "factory", "apply_lock": "locking"}


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing one field module (yes_no for Check your answers) must not
    # load every editor (the date picker, the objectives table) before the start page shows.
    if name in _HOMES:
        return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
