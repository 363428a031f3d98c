"""Atomic, owner-only file writes: a reader sees the old bytes or the new bytes, never a mix.

Temp file in the same folder (so ``os.replace`` is a rename, not a copy) → write → fsync →
replace → fsync the folder (so the rename itself survives a power cut on POSIX).

Every file the app writes goes through here and is created 0600, every folder it creates 0700,
whatever the umask: these are personal records about staff. Temp files carry this machine's tag
and our process id in their names, so the next start can remove the ones a killed save left
behind and never touch one a live process is still writing (see `remove_orphaned_temps`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_O_BINARY = getattr(os, "O_BINARY", 0)


def host_name() -> str:
    """The machine's name. On POSIX gethostname() reads uname's node name, which os has already:
    importing socket (10-20 ms at start-up, for one call) is left to Windows."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def host_tag() -> str:
    """Eight hex digits naming this machine (temp names stay short and carry no host name)."""
    import hashlib  # here: loading OpenSSL's hashes costs start-up 4 ms, for one name

    return hashlib.sha256(host_name().lower().encode("utf-8", "surrogatepass")).hexdigest()[:8]


_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<host>[0-9a-f]{8})-(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$")
# Written by versions before this one (tempfile.mkstemp: eight random characters).
_LEGACY_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")


def temp_path_for(path: Path) -> Path:
    return path.parent / f".{path.name}.{host_tag()}-{os.getpid()}.{os.urandom(4).hex()}.tmp"


def make_private_dirs(folder: Path) -> Path:
    """Create `folder` and any missing parents, each 0700 whatever the umask; returns it.

    Folders that already exist are left as their owner set them (a user's Documents folder is
    not ours to change); `paths` tightens the app's own folders itself.
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process in between: fine
            item.mkdir(mode=PRIVATE_DIR)
            if os.name == "posix":
                item.chmod(PRIVATE_DIR)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "it is not a folder", str(folder))
    return folder


def create_private_file(path: Path) -> None:
    """An empty owner-only file at `path` unless one is there (then it is made owner-only)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        make_private_file(path)


def make_private_file(path: Path) -> None:
    """Tighten a file something else wrote (an export library, QSettings) to owner-only."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            Path(path).chmod(PRIVATE_FILE)


def write_target(path: Path) -> Path:
    """Where a write to `path` lands: through a symbolic link to the file it points at."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = True) -> Path:
    """Write `data` to `path` atomically (through a link, to its target); returns the file written.

    Inside writes_handed_to (a batch: export/batch_writer.py) the same write is done on the
    batch's writer thread instead, and its outcome reported there.
    """
    target = write_target(path)
    hand_over = getattr(_deferred, "hand_over", None)
    if hand_over is not None:
        hand_over(target, data, private)
        return target
    write_now(target, data, private, getattr(_deferred, "folders", None))
    return target


def write_now(target: Path, data: bytes, private: bool, folders: set[Path] | None) -> None:
    """atomic_write_bytes's write, on this thread; the folder is fsynced now, or added to `folders`."""
    try:
        _write_replace(target, data, private, folders)
    except OSError as exc:
        if not exc.filename or Path(exc.filename).name.endswith(".tmp"):
            # The person knows the file they saved, not our temp file: name theirs.
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise


def _write_replace(target: Path, data: bytes, private: bool, folders: set[Path] | None) -> None:
    folder = target.parent
    tmp = temp_path_for(target)
    mode = PRIVATE_FILE if private else 0o644
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if private and os.name == "posix":
            tmp.chmod(PRIVATE_FILE)  # the umask cannot loosen 0600, but a filesystem default can
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if folders is None:
        fsync_dir(folder)
    else:
        folders.add(folder)


_deferred = threading.local()  # per thread: a batch on a worker thread defers nothing elsewhere


@contextlib.contextmanager
def folder_syncs_deferred() -> Iterator[None]:
    """Many files written into one folder (a batch export): each folder is fsynced once, at the end.

    Each file is still written to a temp name, fsynced, then renamed: a file under its final
    name is always complete. Only the folder's fsync, which makes the renames themselves
    survive a power cut, is shared (half of the fsyncs of a batch). A cut before the end can
    lose some of the batch's names, never leave a partial file under one.
    """
    if getattr(_deferred, "folders", None) is not None:
        yield  # already inside one: the outer one syncs
        return
    _deferred.folders = set()
    try:
        yield
    finally:
        folders, _deferred.folders = _deferred.folders, None
        for folder in sorted(folders):
            fsync_dir(folder)


@contextlib.contextmanager
def writes_handed_to(hand_over: Callable[[Path, bytes, bool], None]) -> Iterator[None]:
    """atomic_write_bytes on this thread calls hand_over(target, data, private) instead of
    writing, until the block ends: a batch's writer thread then calls write_now."""
    before = getattr(_deferred, "hand_over", None)
    _deferred.hand_over = hand_over
    try:
        yield
    finally:
        _deferred.hand_over = before


def atomic_write_text(path: Path, text: str, *, private: bool = True) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), private=private)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_read_only(path: Path) -> bool:
    """True when the file's own permissions say it must not be written.

    The mode bits are checked as well as os.access: an administrator (or root in CI) may write
    anything, yet a file someone marked read-only should still stay so in the app.
    """
    try:
        info = Path(path).stat()
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not (info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def remove_orphaned_temps(folder: Path, pid_alive: Callable[[int], bool]) -> list[Path]:
    """Delete temp files that a killed save left in `folder`; returns the ones removed.

    A temp file is an orphan when this machine's process that wrote it is gone, or when it is
    older than the file it was meant to replace (a save in progress is always newer: it began
    after the last one finished). Anything else, another machine's save on a synced folder
    included, is left alone. `pid_alive(pid) -> bool` is passed in so this module stays small.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    mine = host_tag()
    for entry in entries:
        match = _TEMP.match(entry.name) or _LEGACY_TEMP.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        orphan = False
        groups = match.groupdict()
        if groups.get("host") == mine and not pid_alive(int(groups["pid"])):
            orphan = True
        else:
            with contextlib.suppress(OSError):
                orphan = entry.stat().st_mtime_ns < (Path(folder) / groups["name"]).stat().st_mtime_ns
        if orphan:
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()
                removed.append(Path(entry.path))
    return removed
