"""The list of drafts on the start page and for `pdr-desktop list`.

In review, not drafts: each row shows how complete the draft is, counted by
review.completeness.to_do for the role the draft opens in (its own mode, else the caller's), at
its current round: the same number its Check your answers shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import DRAFT_SUFFIX
from pdr_desktop.drafts.store import read_draft
from pdr_desktop.forms.model import FieldRole, Role
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.review.completeness import to_do


@dataclass(frozen=True)
class DraftSummary:
    path: Path
    name: str
    form_title: str
    period: str
    modified: datetime
    answered: int  # done, in to_do's units
    due: int
    current_round: str
    error: str = ""  # set when the file could not be read; shown, never hidden
    received_from: str = ""  # the Word/PDF/.pdr file this copy was made from, if it was received
    role: str = ""  # the mode it opens in ("" = this computer's choice)
    left: int = 0  # still to do: the number Check your answers shows
    percent: int = 100
    counted_for: Role | None = None  # whose part was counted; None: both people's


def summarise(path: Path, registry: FormRegistry, role: Role | None = None) -> DraftSummary:
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:  # a link to nothing, a file removed this instant: listed with its reason
        modified = datetime.fromtimestamp(0)
    try:
        draft = read_draft(path, registry)
    except DraftFileError as exc:
        return DraftSummary(path, path.stem, "", "", modified, 0, 0, "", error=exc.reason)
    form = registry.get(draft.form_id)
    # The mode it opens in (window_opening._role_for): its own, else the caller's.
    counted_for = Role(draft.role) if draft.role in {r.value for r in Role} else role
    todo = to_do(form, draft, counted_for, draft.review.current_round)
    round_label = form.round(draft.review.current_round).label
    return DraftSummary(
        path,
        draft.display_name(form),
        form.short_title,
        draft.role_text(form, FieldRole.PERIOD),
        modified,
        todo.done,
        todo.total,
        round_label,
        received_from=str((draft.meta.get("received") or {}).get("file", "") or ""),
        role=draft.role,
        left=todo.left,
        percent=todo.percent,
        counted_for=counted_for,
    )


def list_drafts(folder: Path, registry: FormRegistry, role: Role | None = None) -> list[DraftSummary]:
    if not folder.is_dir():
        return []
    # Everything named .pdr but folders: a pipe or device with that name is listed as unreadable.
    found = [summarise(p, registry, role) for p in folder.glob(f"*{DRAFT_SUFFIX}") if not p.is_dir()]
    return sorted(found, key=lambda s: s.modified, reverse=True)
