"""Move older draft files forward to the current schema, one version at a time.

Each step is a pure function on the decoded JSON, so a file written by any
earlier release opens in this one.  Files from a *newer* release are refused
by the parser (never rewritten), because we cannot know what we would drop.

Version history
- 1: first release. ``form_id``/``form_version``/``id``/``modified`` at the top
  level; yes/no answers as the strings "Yes"/"No"; objectives in a top-level
  ``objectives`` list; no review state or signatures block.
- 2: ``form`` object, ``draft_id``, ``updated``; yes/no as
  ``{"answer", "comment"}``; objectives under ``answers["objectives.items"]``;
  ``review``, ``signatures``, ``role`` and ``meta`` blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Json = dict[str, Any]


def _v1_to_v2(data: Json) -> Json:
    out: Json = {
        k: v for k, v in data.items() if k not in {"form_id", "form_version", "id", "modified", "objectives"}
    }
    out["form"] = {"id": data.get("form_id"), "version": data.get("form_version", "")}
    out["draft_id"] = data.get("id")
    out["updated"] = data.get("modified", data.get("created"))
    answers = dict(data.get("answers") or {})
    for key, value in list(answers.items()):
        if (
            isinstance(value, str)
            and value.strip().lower() in {"yes", "no"}
            and (key.endswith(".manager") or key.startswith("wellbeing."))
        ):
            answers[key] = {"answer": value.strip().lower(), "comment": ""}
    objectives = data.get("objectives")
    if isinstance(objectives, list):
        answers["objectives.items"] = [
            {**row, "achieved": False, "progress": {}, "carried_from": ""} if isinstance(row, dict) else row
            for row in objectives
        ]
    out["answers"] = answers
    out.setdefault("signatures", {})
    out.setdefault("review", {"current_round": "initial", "meetings": {}, "completed_rounds": []})
    out.setdefault("role", "")
    out.setdefault("meta", {})
    out["schema_version"] = 2
    return out


MIGRATIONS: dict[int, Callable[[Json], Json]] = {1: _v1_to_v2}


def migrate(data: Json, from_version: int, to_version: int) -> Json:
    for version in range(from_version, to_version):
        data = MIGRATIONS[version](data)
    return data
