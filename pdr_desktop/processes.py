"""Is a process still running? (For locks and temp files that a crashed app left behind.)

psutil answers the same way on Windows, macOS and Linux, including the process's start time,
which tells a live process from a new one that was given a dead one's id.
"""

from __future__ import annotations

import getpass
import os
import sys
from functools import cache
from pathlib import Path

from pdr_desktop.atomic import host_name

__all__ = ["host_name", "pid_alive", "this_process_started", "user_name"]

# psutil is imported where it is used (a lock or a leftover file to check), not at start-up.

# Start times are floats from the OS; two readings of the same process agree to well under this.
_SAME_START_S = 1.0


@cache
def this_process_started() -> float:
    linux = _linux_start_time() if sys.platform.startswith("linux") else None
    if linux is not None:
        return linux
    import psutil

    started: float = psutil.Process(os.getpid()).create_time()
    return started


def _linux_start_time() -> float | None:
    """psutil's own reading on Linux (start tick in /proc/<pid>/stat over the clock rate, plus the
    boot time in /proc/stat), without importing psutil: opening a draft at start-up asks for it,
    and psutil's import cost 15-35 ms before the first frame. None where it cannot be read."""
    try:
        stat = Path(f"/proc/{os.getpid()}/stat").read_bytes()
        with Path("/proc/stat").open("rb") as system_file:
            boot = next(float(line.split()[1]) for line in system_file if line.startswith(b"btime"))
        fields = stat[stat.rfind(b")") + 2 :].split()  # the name in (…) may hold spaces
        return float(fields[19]) / os.sysconf("SC_CLK_TCK") + boot
    except (OSError, StopIteration, ValueError, IndexError):
        return None


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
