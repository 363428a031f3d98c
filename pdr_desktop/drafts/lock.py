"""One writer per draft: a lock file beside it, ``.NAME.pdr.lock``.

Why a file beside the draft rather than an OS lock: drafts live in OneDrive and network folders,
where byte-range locks are not shared between laptops but a small file is. The lock is JSON
naming who holds it (user, host, process and its start time or key, when it was opened and last
refreshed), created with O_CREAT|O_EXCL so two openers cannot both win, refreshed while the
draft is open, and removed on close.

A lock is stale when its process is gone on this machine (or the id now belongs to another
process), or, from another machine, when it has not been refreshed for STALE_AFTER. A stale lock
is taken over and the caller is told whose it was, so the window can say so.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pdr_desktop import __version__, clock, processes
from pdr_desktop.atomic import PRIVATE_FILE, atomic_write_text, write_target

LOCK_FORMAT = "pdr-desktop-lock"
LOCK_SUFFIX = ".lock"
REFRESH_EVERY = timedelta(minutes=1)
# Another machine's lock that nobody refreshed for this long: its app is not running (a laptop
# that crashed, or slept for hours). A synced folder can lag by minutes, never by this much.
STALE_AFTER = timedelta(hours=12)
_READ_RETRY_S = 0.15  # a lock being created this instant may still be empty


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or held) a draft's lock, as written in the lock file."""

    user: str
    host: str
    pid: int
    process_started: float
    opened_at: str  # ISO 8601 with offset, from the app's clock
    refreshed_at: str
    token: str
    app_version: str = ""
    # processes.process_key: names the process whatever the clock does (Linux; "" elsewhere, and
    # in locks written before it was added, whose start time is compared instead).
    process_key: str = ""

    @property
    def opened(self) -> datetime:
        return _parse_time(self.opened_at)

    @property
    def refreshed(self) -> datetime:
        return _parse_time(self.refreshed_at)

    @property
    def on_this_host(self) -> bool:
        return self.host.lower() == processes.host_name().lower()

    @property
    def in_this_process(self) -> bool:
        return self.on_this_host and self.pid == os.getpid()

    def to_json(self) -> str:
        return json.dumps({"format": LOCK_FORMAT, **asdict(self)}, indent=2) + "\n"


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=clock.current_clock().now().tzinfo)
    return moment if moment.tzinfo else moment.astimezone()


def lock_path(draft_path: Path) -> Path:
    """The lock file for a draft: beside the real file (through a symbolic link), hidden."""
    target = write_target(Path(draft_path).absolute())
    return target.parent / f".{target.name}{LOCK_SUFFIX}"


def read_owner(path: Path) -> LockOwner | None:
    """The lock file's owner, or None when there is no lock file; ValueError when it is damaged."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)  # ValueError when damaged
    if not isinstance(data, dict) or data.get("format") != LOCK_FORMAT:
        raise ValueError("not a PDR Desktop lock")
    try:
        return LockOwner(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            process_started=float(data["process_started"]),
            opened_at=str(data["opened_at"]),
            refreshed_at=str(data["refreshed_at"]),
            token=str(data["token"]),
            app_version=str(data.get("app_version", "")),
            process_key=str(data.get("process_key", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"incomplete lock ({exc})") from None


def stale_reason(owner: LockOwner, now: datetime | None = None) -> str:
    """Why `owner`'s lock no longer protects anything, or "" while its app is still running."""
    if owner.on_this_host:
        if not processes.pid_alive(owner.pid, owner.process_started, owner.process_key):
            return "dead-process"
        return ""
    now = now or clock.current_clock().now()
    return "too-old" if now - owner.refreshed > STALE_AFTER else ""


@dataclass
class LockResult:
    """What opening a draft for writing found: our lock, or who holds it, or why there is none."""

    lock: DraftLock | None = None
    held_by: LockOwner | None = None  # a live holder: open read-only
    taken_over: LockOwner | None = None  # a stale lock we replaced: say so
    stale: str = ""  # "dead-process" | "too-old" | "damaged" (with taken_over)
    error: OSError | None = None  # no lock could be made (read-only folder, …)


class DraftLock:
    """A lock this process holds. Refresh it while the draft is open; release it on close."""

    def __init__(self, draft_path: Path, path: Path, owner: LockOwner) -> None:
        self.draft_path = Path(draft_path)
        self.path = path
        self.owner = owner

    def current_holder(self) -> LockOwner | None:
        """None while the lock is still ours; otherwise whoever replaced (or removed) it."""
        try:
            found = read_owner(self.path)
        except (OSError, ValueError):
            return None  # unreadable this instant (a sync client writing it): assume still ours
        if found is None:
            return LockOwner("", "", 0, 0.0, "", "", "", "")  # removed: nobody holds it
        return None if found.token == self.owner.token else found

    def refresh(self) -> LockOwner | None:
        """Rewrite the refresh time; returns the new holder when the lock was lost, else None."""
        lost = self.current_holder()
        if lost is not None:
            _HELD.pop(self.path, None)
            return lost
        now = clock.current_clock().now().isoformat(timespec="seconds")
        owner = LockOwner(**{**asdict(self.owner), "refreshed_at": now})
        with contextlib.suppress(OSError):  # a full disk: keep the old time, try next minute
            atomic_write_text(self.path, owner.to_json())
            self.owner = owner
        return None

    def release(self) -> None:
        _HELD.pop(self.path, None)
        if self.current_holder() is None:
            with contextlib.suppress(OSError):
                self.path.unlink()


# Locks this process holds, by lock file: a second window of the same app is refused like any other.
_HELD: dict[Path, DraftLock] = {}


def acquire(draft_path: Path) -> LockResult:
    """Take the draft's lock; a stale one is taken over, a live one is reported (never broken)."""
    path = lock_path(draft_path)
    for _attempt in range(3):  # a takeover race with another opener: look again
        held = _HELD.get(path)
        if held is not None:
            return LockResult(held_by=held.owner)
        try:
            return LockResult(lock=_create(draft_path, path))
        except FileExistsError:
            pass
        except OSError as exc:
            return LockResult(error=exc)
        owner, damaged = _read_settled(path)
        if owner is None and not damaged:
            continue  # released between our two looks
        reason = "damaged" if damaged else stale_reason(owner)  # type: ignore[arg-type]
        if not reason:
            return LockResult(held_by=owner)
        if not _set_aside(path, owner):
            continue  # someone else took it over first
        try:
            lock = _create(draft_path, path)
        except FileExistsError:
            continue
        except OSError as exc:
            return LockResult(error=exc)
        return LockResult(lock=lock, taken_over=owner, stale=reason)
    owner, _damaged = _read_settled(path)
    return LockResult(held_by=owner) if owner else LockResult(error=OSError(errno.EBUSY, "lock contested"))


def holder(draft_path: Path) -> LockOwner | None:
    """The live holder of a draft's lock (another window or process), or None (for the CLI)."""
    path = lock_path(draft_path)
    owner, damaged = _read_settled(path)
    if owner is None or damaged or stale_reason(owner):
        return None
    return owner


def _read_settled(path: Path) -> tuple[LockOwner | None, bool]:
    """(owner, damaged): a lock file seen empty or half-written is read once more after a pause."""
    for attempt in range(2):
        try:
            return read_owner(path), False
        except FileNotFoundError:
            return None, False
        except (OSError, ValueError):
            if attempt == 0:
                time.sleep(_READ_RETRY_S)
    with contextlib.suppress(OSError):
        if path.exists():
            return None, True
    return None, False


def _create(draft_path: Path, path: Path) -> DraftLock:
    now = clock.current_clock().now().isoformat(timespec="seconds")
    owner = LockOwner(
        user=processes.user_name(),
        host=processes.host_name(),
        pid=os.getpid(),
        process_started=processes.this_process_started(),
        opened_at=now,
        refreshed_at=now,
        token=uuid.uuid4().hex,
        app_version=__version__,
        process_key=processes.this_process_key(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        os.write(fd, owner.to_json().encode("utf-8"))
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)
    _hide_on_windows(path)
    lock = DraftLock(draft_path, path, owner)
    _HELD[path] = lock
    return lock


def _set_aside(path: Path, judged: LockOwner | None) -> bool:
    """Move a stale lock out of the way; False when it turned out not to be the one we judged.

    Renaming is atomic, so of two processes taking over the same stale lock only one moves it.
    The loser may have moved the winner's *fresh* lock instead: it checks, and puts it back.
    """
    aside = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.stale")
    try:
        path.rename(aside)
    except FileNotFoundError:
        return False
    try:
        moved = read_owner(aside)
    except (OSError, ValueError):
        moved = None
    if judged is not None and (moved is None or moved.token != judged.token):
        with contextlib.suppress(OSError):
            os.link(aside, path)  # fails if a third opener already holds it: theirs stands
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


def _hide_on_windows(path: Path) -> None:
    if sys.platform != "win32":  # (sys.platform, not os.name: mypy then knows ctypes.windll exists)
        return  # the leading dot hides it elsewhere
    import ctypes

    with contextlib.suppress(Exception):  # purely cosmetic
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN
