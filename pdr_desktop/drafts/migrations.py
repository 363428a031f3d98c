"""Move older draft files forward to the current schema, one version at a time.

Each step is a pure function on the decoded JSON, so a file written by any
earlier release opens in this one.  Files from a *newer* release are refused
by the parser (never rewritten), because we cannot know what we would drop.

Version history
- 1: first release. ``form_id``/``form_version``/``id``/``modified`` at the top
  level; yes/no answers as the strings "Yes"/"No"; objectives in a top-level
  ``objectives`` list; no review state or signatures block.
- 2: ``form`` object, ``draft_id``, ``updated``; yes/no as
  ``{"answer", "comment"}``; objectives under the answer of the form's rows field;
  ``review``, ``signatures``, ``role`` and ``meta`` blocks.

A step may read the draft's form definition (found through the registry), because what an
old file meant depends on the form it was made with: which answers were Yes/No questions,
which field holds the objectives, which round comes first. Keeping that in the form, not
here, means no form's field ids are written into the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pdr_desktop.forms.model import FieldType, FormDefinition
from pdr_desktop.forms.registry import FormRegistry

Json = dict[str, Any]


def _v1_to_v2(data: Json, registry: FormRegistry) -> Json:
    out: Json = {
        k: v for k, v in data.items() if k not in {"form_id", "form_version", "id", "modified", "objectives"}
    }
    out["form"] = {"id": data.get("form_id"), "version": data.get("form_version", "")}
    out["draft_id"] = data.get("id")
    out["updated"] = data.get("modified", data.get("created"))
    form: FormDefinition | None = registry.forms.get(str(data.get("form_id")))
    answers = dict(data.get("answers") or {})
    yes_no = {f.id for f in form.fields.values() if f.type is FieldType.YESNO} if form else set()
    for key, value in list(answers.items()):
        if isinstance(value, str) and value.strip().lower() in {"yes", "no"} and key in yes_no:
            answers[key] = {"answer": value.strip().lower(), "comment": ""}
    objectives = data.get("objectives")
    rows = form.rows_field() if form else None
    if isinstance(objectives, list) and rows is not None:
        answers[rows.id] = [
            {**row, "achieved": False, "progress": {}, "carried_from": ""} if isinstance(row, dict) else row
            for row in objectives
        ]
    out["answers"] = answers
    out.setdefault("signatures", {})
    # Without the form the file is refused straight after (its form is not installed).
    first_round = form.first_round_id() if form else ""
    out.setdefault("review", {"current_round": first_round, "meetings": {}, "completed_rounds": []})
    out.setdefault("role", "")
    out.setdefault("meta", {})
    out["schema_version"] = 2
    return out


MIGRATIONS: dict[int, Callable[[Json, FormRegistry], Json]] = {1: _v1_to_v2}


def migrate(data: Json, from_version: int, to_version: int, registry: FormRegistry) -> Json:
    for version in range(from_version, to_version):
        data = MIGRATIONS[version](data, registry)
    return data
