"""Which form definitions are installed: the bundled ones plus any extra folders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pdr_desktop.forms.loader import FormDefinitionError, load_form
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.resources import resource_path

DEFAULT_FORM_ID = "portsmouth-early-help-2022"


@dataclass
class FormRegistry:
    forms: dict[str, FormDefinition] = field(default_factory=dict)
    errors: list[FormDefinitionError] = field(default_factory=list)

    def get(self, form_id: str) -> FormDefinition:
        try:
            return self.forms[form_id]
        except KeyError:
            known = ", ".join(sorted(self.forms)) or "none"
            raise KeyError(f"form {form_id!r} is not installed (installed: {known})") from None

    def __contains__(self, form_id: object) -> bool:
        return form_id in self.forms


def bundled_forms_dir() -> Path:
    return resource_path("forms")


def discover(extra_dirs: Iterable[Path] = ()) -> FormRegistry:
    """Load every ``*.json`` definition; a broken file is reported, never fatal.

    Later folders win on the same id, so IT can ship a corrected definition
    in the extra folder without rebuilding the app.
    """
    registry = FormRegistry()
    for folder in [bundled_forms_dir(), *extra_dirs]:
        if not folder or not Path(folder).is_dir():
            continue
        for path in sorted(Path(folder).glob("*.json")):
            try:
                form = load_form(path)
            except FormDefinitionError as exc:
                registry.errors.append(exc)
                continue
            registry.forms[form.id] = form
    return registry


@cache
def default_registry() -> FormRegistry:
    """Registry for the running app: bundled forms plus the configured extra folder."""
    from pdr_desktop.settings import load_settings

    extra = load_settings().extra_forms_dir
    return discover([Path(extra)] if extra else [])


def default_form() -> FormDefinition:
    from pdr_desktop.settings import load_settings

    registry = default_registry()
    wanted = load_settings().default_form or DEFAULT_FORM_ID
    return registry.forms.get(wanted) or registry.get(DEFAULT_FORM_ID)
