"""Atomic file writes: a reader sees the old bytes or the new bytes, never a mix.

Temp file in the same folder (so ``os.replace`` is a rename, not a copy) →
flush → fsync → replace → fsync the folder (so the rename itself survives a
power cut on POSIX).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = True) -> None:
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private and os.name == "posix":
            tmp.chmod(0o600)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def atomic_write_text(path: Path, text: str, *, private: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), private=private)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
