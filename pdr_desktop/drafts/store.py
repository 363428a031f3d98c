"""Reading and writing draft files safely.

Guarantees (each has a test):
- a save is atomic: a crash leaves the old file or the new one, never half;
- the previous version is kept as a rotating backup before it is replaced;
- a file we refuse is left byte-for-byte as it was;
- a recovery file shadows each open draft, so a crash loses at most the last
  second of typing, and recovery is offered, never applied silently.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pdr_desktop import clock, paths
from pdr_desktop.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    is_read_only,
    make_private_dirs,
    write_target,
)
from pdr_desktop.drafts.codec import DraftFormatError, dumps, loads
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.file_checks import read_checked_bytes
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft, utc_now
from pdr_desktop.forms.registry import FormRegistry

MAX_DRAFT_BYTES = 20 * 1024 * 1024
KEEP_BACKUPS = 10
# Autosave writes every second of typing; a backup per save would push every useful
# older version out of the rotation within seconds. One backup per interval keeps
# the last KEEP_BACKUPS *meaningfully different* versions (about the last hour and a half).
BACKUP_INTERVAL_S = 600
RECOVERY_SUFFIX = ".pdr-recovery"
_STAMP = "%Y%m%dT%H%M%S%fZ"


def read_draft(path: Path, registry: FormRegistry) -> Draft:
    """Load a draft file; any problem becomes a DraftFileError naming the file and reason."""
    path = Path(path)
    return parse_draft_bytes(path, read_checked_bytes(path, MAX_DRAFT_BYTES, "drafts"), registry)


def parse_draft_bytes(path: Path, data: bytes, registry: FormRegistry) -> Draft:
    """A draft from a file's bytes; DraftFileError naming `path` and the reason otherwise."""
    if (kind := _renamed_kind(data)) is not None:
        renamed = path.suffix.lower() in (DRAFT_SUFFIX, ".json")
        advice = "rename it to its proper ending, then open it" if renamed else "open it"
        raise DraftFileError(path, f"it is a {kind}, not a draft; {advice} with Open… to read it in")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DraftFileError(path, "it is not a text file (is it a Word or PDF file renamed?)") from None
    try:
        return loads(text, registry)
    except DraftFormatError as exc:
        raise DraftFileError(path, str(exc)) from None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        # A shape no check foresaw: the file is still named with a reason, never a traceback.
        raise DraftFileError(
            path, f"its contents are damaged or not laid out as a draft ({type(exc).__name__})"
        ) from exc


def _renamed_kind(data: bytes) -> str | None:
    """What a file renamed to .pdr really is, from its first bytes, so the message can say so."""
    if data.startswith(b"PK\x03\x04"):
        return "Word document (.docx) or another zip file"
    if data.lstrip()[:5] == b"%PDF-":
        return "PDF file (.pdf)"
    return None


def write_draft(draft: Draft, path: Path, *, backup: bool = True, touch: bool = True) -> bytes:
    """Save atomically, keeping the previous version as a backup first; returns the bytes written.

    A symbolic link is written through to its target (the link stays a link); a link to nothing
    and a file marked read-only are refused with the reason, never replaced.
    """
    path = Path(path)
    check_writable(path)
    if touch:
        draft.updated = utc_now()
    target = write_target(path)
    make_private_dirs(target.parent)
    if backup and target.is_file() and _backup_due(draft.draft_id):
        make_backup(target, draft.draft_id)
    data = dumps(draft).encode("utf-8")
    atomic_write_bytes(target, data)
    return data


def check_writable(path: Path) -> None:
    """Refuse, with the reason as an OSError, a save that would break a link or a read-only mark."""
    path = Path(path)
    if path.is_symlink() and not path.exists():
        raise FileNotFoundError(
            errno.ENOENT, f"it is a link to {path.readlink()}, which does not exist", str(path)
        )
    if path.exists() and is_read_only(path):
        raise PermissionError(errno.EACCES, "the file is marked read-only", str(path))


def _safe_stem(text: str) -> str:
    # Also lone surrogates a draft's name may hold, except \udc80-\udcff: those are how Python
    # spells the bytes of a non-UTF-8 file name, and they turn back into the same bytes.
    stem = re.sub('[<>:"/\\\\|?*\x00-\x1f\ud800-\udc7f\udd00-\udfff]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", stem)[:80] or "Untitled conversation"


def make_backup(path: Path, draft_id: str = "") -> Path:
    """Copy the file as it is now into the backups folder, keeping the newest KEEP_BACKUPS."""
    folder = make_private_dirs(
        paths.backups_dir(ensure=True) / (_safe_stem(draft_id) if draft_id else _path_key(path))
    )
    stamp = clock.current_clock().now().astimezone(timezone.utc).strftime(_STAMP)
    target = folder / f"{_safe_stem(path.stem)}.{stamp}{DRAFT_SUFFIX}"
    for n in itertools.count(1):  # two backups in one instant (a coarse or pinned clock): keep both
        if not target.exists():
            break
        target = folder / f"{_safe_stem(path.stem)}.{stamp}-{n}{DRAFT_SUFFIX}"
    # The bytes as they are: a backup of a file that is not valid UTF-8 must not fail the save.
    atomic_write_bytes(target, path.read_bytes())
    for old in _newest_first(folder)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def _backup_due(draft_id: str) -> bool:
    newest = next(iter(list_backups(draft_id)), None)
    if newest is None:
        return True
    taken = _backup_time(newest)
    # The clock's time against the time in the name the clock wrote: never against a file time,
    # which a pinned or faked clock cannot move. A backup "from the future" (the clock went
    # back) counts as due, so backups never stop.
    elapsed = clock.current_clock().timestamp() - taken.timestamp() if taken else BACKUP_INTERVAL_S
    return elapsed >= BACKUP_INTERVAL_S or elapsed < 0


def _backup_time(backup: Path) -> datetime | None:
    try:
        stamp = backup.name[: -len(DRAFT_SUFFIX)].rsplit(".", 1)[1].split("-")[0]
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
    except (IndexError, ValueError):
        return None


def _newest_first(folder: Path) -> list[Path]:
    def taken(backup: Path) -> tuple[float, int]:
        when = _backup_time(backup)
        # Same stamp: the one written later (file time) is newer.
        return (when.timestamp() if when else 0.0, backup.stat().st_mtime_ns)

    return sorted(folder.glob(f"*{DRAFT_SUFFIX}"), key=taken, reverse=True)


def list_backups(draft_id: str) -> list[Path]:
    """This draft's backups, newest first (by the time in their names)."""
    folder = paths.backups_dir() / _safe_stem(draft_id)
    return _newest_first(folder) if folder.is_dir() else []


def unique_path(folder: Path, name: str) -> Path:
    """A new file name in *folder* for a draft titled *name*, never overwriting one."""
    stem = _safe_stem(name)
    candidate = folder / f"{stem}{DRAFT_SUFFIX}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({counter}){DRAFT_SUFFIX}"
        counter += 1
    return candidate


def default_drafts_folder() -> Path:
    from pdr_desktop.settings import load_settings

    configured = load_settings().drafts_dir
    if not configured:
        return paths.drafts_dir(ensure=True)
    return make_private_dirs(Path(os.path.expandvars(configured)).expanduser())


# --- crash recovery -------------------------------------------------------------------------


def _path_key(path: Path) -> str:
    import hashlib  # OpenSSL's hashes load in 5 ms: only when a recovery copy is looked for

    # fsencode: a file name that is not valid UTF-8 (possible on Linux) must still get a key.
    return hashlib.sha256(os.fsencode(Path(path).resolve())).hexdigest()[:16]


def recovery_path(path: Path) -> Path:
    return paths.recovery_dir() / f"{_path_key(path)}-{_safe_stem(Path(path).stem)}{RECOVERY_SUFFIX}"


def any_recovery_files() -> bool:
    """Whether a crash left any recovery copy at all: when none did, no draft needs its key
    worked out (hashlib, a hash and a stat per draft, at every start)."""
    return any(paths.recovery_dir().glob(f"*{RECOVERY_SUFFIX}"))


def write_recovery(draft: Draft, path: Path) -> Path:
    """Shadow copy written on every pause in typing; cheap and separate from the real file."""
    paths.recovery_dir(ensure=True)
    target = recovery_path(path)
    atomic_write_text(target, dumps(draft))
    return target


def clear_recovery(path: Path) -> None:
    recovery_path(path).unlink(missing_ok=True)


@dataclass(frozen=True)
class PendingRecovery:
    draft_path: Path
    recovery_file: Path
    draft: Draft
    name: str = "Untitled conversation"  # whose conversation, for the question asked about it


def pending_recovery(path: Path, registry: FormRegistry) -> PendingRecovery | None:
    """A recovery newer than the saved file and different from it, or None.

    An unreadable recovery file is ignored here (the real file is intact); it is
    left in place for a person to inspect rather than deleted.
    """
    rec = recovery_path(path)
    if not rec.is_file():
        return None
    try:
        recovered = read_draft(rec, registry)
    except DraftFileError:
        return None
    path = Path(path)
    if path.is_file():
        if rec.stat().st_mtime_ns <= path.stat().st_mtime_ns:
            return None
        try:
            saved = read_draft(path, registry)
        except DraftFileError:
            saved = None
        if saved is not None and dumps(saved) == dumps(recovered):
            return None
    return PendingRecovery(path, rec, recovered, recovered.display_name(registry.get(recovered.form_id)))
