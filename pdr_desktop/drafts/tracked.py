"""Never overwrite a change you did not make: saves that look at the disk first.

An open draft remembers what it loaded (`DiskState`: the bytes' hash, size, time and text, the
*base*). Before each save the file is read again; when someone else changed it (a OneDrive
folder synced from another laptop, a manager's copy saved over it, another program) the two
versions are merged field by field against the base (drafts.merge). When both sides changed the
same answer differently, nothing is lost: ours is written beside it as
"NAME (conflict, 2026-11-23 09.41).pdr" and the original is left exactly as the other writer
left it, for a person to compare and choose.
"""

from __future__ import annotations

import errno
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pdr_desktop import clock
from pdr_desktop.atomic import write_target
from pdr_desktop.checked_json import JsonLimitError, read_regular_file
from pdr_desktop.drafts.codec import DraftFormatError, draft_to_json, from_json, loads
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.file_checks import read_checked_bytes
from pdr_desktop.drafts.merge import three_way
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.drafts.store import MAX_DRAFT_BYTES, _safe_stem, parse_draft_bytes, write_draft
from pdr_desktop.forms.registry import FormRegistry


@dataclass(frozen=True)
class DiskState:
    """A draft file as we last saw it: enough to notice any change, and the base for merging."""

    sha256: str
    size: int
    mtime_ns: int
    text: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> DiskState:
        info = write_target(path).stat()
        return cls(hashlib.sha256(data).hexdigest(), len(data), info.st_mtime_ns, data.decode("utf-8"))

    def same_stat(self, path: Path) -> bool:
        """Cheap look (no reading): size and time unchanged. Only a hash check is certain."""
        try:
            info = write_target(path).stat()
        except OSError:
            return False
        return info.st_size == self.size and info.st_mtime_ns == self.mtime_ns


class DraftGoneError(FileNotFoundError):
    """The open draft's file was deleted or moved away: it is not silently made again."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            errno.ENOENT,
            "the file was deleted or moved while it was open, so it was not saved again",
            str(path),
        )


@dataclass
class SaveOutcome:
    path: Path  # where our words are now (the draft, or the conflict copy)
    state: DiskState  # of that file, after this save
    from_disk: list[str] = field(default_factory=list)  # answers taken from the other writer
    conflicts: list[str] = field(default_factory=list)  # answers both changed: ours kept in the copy
    conflict_copy: Path | None = None
    original: Path | None = None  # the file the other writer changed (left as they left it)
    other_unreadable: str = ""  # the other writer left something we cannot read: why
    wrote: bool = True


def read_tracked(path: Path, registry: FormRegistry) -> tuple[Draft, DiskState]:
    """Load a draft and remember exactly what was loaded."""
    path = Path(path)
    data = read_checked_bytes(path, MAX_DRAFT_BYTES, "drafts")  # every check of the ordinary reader
    return parse_draft_bytes(path, data, registry), DiskState.of(path, data)


def state_now(path: Path) -> DiskState | None:
    """What is on disk now, or None when there is no readable file."""
    try:
        return DiskState.of(path, read_regular_file(write_target(path), MAX_DRAFT_BYTES))
    except (OSError, ValueError):
        return None


def save_tracked(
    draft: Draft,
    path: Path,
    state: DiskState | None,
    registry: FormRegistry,
    *,
    only_if_changed: bool = False,
) -> SaveOutcome | None:
    """Save `draft` to `path` without writing over anything we did not load.

    `state` is what we loaded or last wrote (None: nothing to protect, e.g. a new file).
    With `only_if_changed` (the window regained focus, a file watcher fired) nothing is written
    unless the disk changed, and then only what the merge needs; returns None when unchanged.
    Raises OSError (DraftGoneError when the file vanished) when it cannot save.
    """
    path = Path(path)
    target = write_target(path)
    try:
        data = read_regular_file(target, MAX_DRAFT_BYTES)
    except FileNotFoundError:
        if state is not None:
            raise DraftGoneError(path) from None
        data = None
    except (OSError, JsonLimitError) as exc:  # replaced by a folder, a pipe, a huge file
        return _keep_both(draft, path, registry, [], [], f"{exc}")
    if state is None or data is None or hashlib.sha256(data).hexdigest() == state.sha256:
        if only_if_changed:
            return None
        return SaveOutcome(path, DiskState.of(path, write_draft(draft, path)))
    try:
        theirs = loads(data.decode("utf-8"), registry)
    except (UnicodeDecodeError, DraftFormatError) as exc:
        return _keep_both(draft, path, registry, [], [], str(exc))
    result = three_way(json.loads(state.text), draft_to_json(draft), draft_to_json(theirs))
    try:
        merged = from_json(result.merged, registry)
    except DraftFormatError as exc:  # two valid halves that do not make a valid whole
        return _keep_both(draft, path, registry, result.from_disk, ["the whole draft"], str(exc))
    draft.take_content(merged)
    if not result.clean:
        return _keep_both(draft, path, registry, result.from_disk, result.conflicts, "")
    if only_if_changed and draft_to_json(draft) | {"updated": ""} == draft_to_json(theirs) | {"updated": ""}:
        # Nothing of ours to add: the disk's version is now ours too.
        return SaveOutcome(path, DiskState.of(path, data), from_disk=result.from_disk, wrote=False)
    written = write_draft(draft, path)
    return SaveOutcome(path, DiskState.of(path, written), from_disk=result.from_disk)


def _keep_both(
    draft: Draft, path: Path, registry: FormRegistry, from_disk: list[str], conflicts: list[str], why: str
) -> SaveOutcome:
    copy = conflict_path(write_target(path))
    written = write_draft(draft, copy, backup=False)
    return SaveOutcome(
        copy,
        DiskState.of(copy, written),
        from_disk=from_disk,
        conflicts=conflicts,
        conflict_copy=copy,
        original=path,
        other_unreadable=why,
    )


def conflict_path(path: Path) -> Path:
    """ "NAME (conflict, 2026-11-23 09.41).pdr" beside `path`, never an existing file."""
    stamp = clock.current_clock().now().strftime("%Y-%m-%d %H.%M")
    stem = _safe_stem(path.stem)
    candidate = path.with_name(f"{stem} (conflict, {stamp}){DRAFT_SUFFIX}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem} (conflict, {stamp}) {counter}{DRAFT_SUFFIX}")
        counter += 1
    return candidate


__all__ = [
    "DiskState",
    "DraftFileError",
    "DraftGoneError",
    "SaveOutcome",
    "conflict_path",
    "read_tracked",
    "save_tracked",
    "state_now",
]
