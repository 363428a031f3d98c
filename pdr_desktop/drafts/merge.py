"""Three-way merge of a draft, field by field: what was loaded (base), ours, and the disk's.

The rule for each unit (one answer, one signature, one round's meeting date, …):
only the disk changed it → take the disk's; only we changed it → keep ours; both changed it to
the same value → that value; both changed it differently → a conflict (the caller keeps both
versions as files and lets a person choose). The same rule serves a file synced from another
laptop, a manager's copy saved over ours, and accepting a returned copy.

Works on the JSON form of drafts (draft_to_json), so nothing here knows the form's field ids.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

_MISSING = object()
# One unit each: the whole value is merged as one (a table of objectives is one answer).
_WHOLE = ("role", "form", "draft_id", "created", "review.current_round", "review.completed_rounds")
# Per key: answers by field id, signatures by role, meetings by round, meta by entry.
_KEYED = ("answers", "signatures", "review.meetings", "meta")
# Never merged: rewritten by every save (ours wins).
_BOOKKEEPING = ("format", "schema_version", "updated", "app_version")


@dataclass
class MergeResult:
    merged: dict[str, Any]
    from_disk: list[str] = field(default_factory=list)  # units only the disk changed (taken)
    conflicts: list[str] = field(default_factory=list)  # units both changed differently (ours kept)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _get(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _set(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    if value is _MISSING:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = copy.deepcopy(value)


def units(data: dict[str, Any]) -> dict[str, Any]:
    """Every mergeable unit of a draft's JSON, by a dotted name such as "answers.details.name"."""
    found = {name: _get(data, name) for name in _WHOLE}
    for prefix in _KEYED:
        container = _get(data, prefix)
        if isinstance(container, dict):
            for key, value in container.items():
                found[f"{prefix}\x00{key}"] = value
    # Anything else at the top level a newer version wrote: one unit each, never dropped.
    for key, value in data.items():
        if key not in _BOOKKEEPING and key not in {n.split(".")[0] for n in (*_WHOLE, *_KEYED)}:
            found[key] = value
    return {name: value for name, value in found.items() if value is not _MISSING}


def _put(data: dict[str, Any], unit: str, value: Any) -> None:
    if "\x00" in unit:  # keyed: field ids contain dots themselves, so the key is kept apart
        prefix, key = unit.split("\x00", 1)
        container = _get(data, prefix)
        if not isinstance(container, dict):
            container = {}
            _set(data, prefix, container)
            container = _get(data, prefix)
        if value is _MISSING:
            container.pop(key, None)
        else:
            container[key] = copy.deepcopy(value)
    else:
        _set(data, unit, value)


def label(unit: str) -> str:
    """A unit's name for people and logs: "answers.details.name", "signatures.manager"."""
    return unit.replace("\x00", ".")


def three_way(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Merge `theirs` (the disk) into `ours`, both descended from `base`."""
    b, o, t = units(base), units(ours), units(theirs)
    merged = copy.deepcopy(ours)
    result = MergeResult(merged)
    for unit in sorted(set(b) | set(o) | set(t)):
        was, mine, disk = b.get(unit, _MISSING), o.get(unit, _MISSING), t.get(unit, _MISSING)
        if _same(mine, disk) or _same(disk, was):
            continue  # agreed, or only we changed it: ours stands
        if _same(mine, was):
            _put(merged, unit, disk)  # only the disk changed it
            result.from_disk.append(label(unit))
        else:
            result.conflicts.append(label(unit))
    return result


def _same(a: Any, b: Any) -> bool:
    if a is _MISSING or b is _MISSING:
        return a is b
    return a == b and type(a) is type(b)
