"""Is a process still running? (For locks and temp files that a crashed app left behind.)

psutil answers the same way on Windows, macOS and Linux, including the process's start time,
which tells a live process from a new one that was given a dead one's id.
"""

from __future__ import annotations

import getpass
import os
import socket
from functools import cache

# psutil is imported where it is used (a lock or a leftover file to check), not at start-up.

# Start times are floats from the OS; two readings of the same process agree to well under this.
_SAME_START_S = 1.0


@cache
def this_process_started() -> float:
    import psutil

    started: float = psutil.Process(os.getpid()).create_time()
    return started


def host_name() -> str:
    return socket.gethostname()


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def pid_alive(pid: int, started: float | None = None) -> bool:
    """True when process `pid` runs (and, if `started` is given, is the one that started then)."""
    if pid <= 0:
        return False
    import psutil

    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False  # killed, not yet reaped by its parent: it will never write again
        return started is None or abs(process.create_time() - started) < _SAME_START_S
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return False
    except psutil.AccessDenied:
        return True  # someone else's process: it exists
