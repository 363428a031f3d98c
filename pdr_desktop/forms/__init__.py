"""Form definitions: the Portsmouth form (and any other) described as data."""

from pdr_desktop.forms.loader import FormDefinitionError, load_form, parse_form
from pdr_desktop.forms.model import (
    Cell,
    Column,
    Field,
    FieldRole,
    FieldType,
    FormDefinition,
    Group,
    LayoutItem,
    Role,
    Round,
    Section,
    TableLayout,
)
from pdr_desktop.forms.registry import (
    DEFAULT_FORM_ID,
    FormRegistry,
    default_form,
    default_registry,
    discover,
)

__all__ = [
    "DEFAULT_FORM_ID",
    "Cell",
    "Column",
    "Field",
    "FieldRole",
    "FieldType",
    "FormDefinition",
    "FormDefinitionError",
    "FormRegistry",
    "Group",
    "LayoutItem",
    "Role",
    "Round",
    "Section",
    "TableLayout",
    "default_form",
    "default_registry",
    "discover",
    "load_form",
    "parse_form",
]
