"""Is a process still running? (For locks and temp files that a crashed app left behind.)

psutil answers the same way on Windows, macOS and Linux, including the process's start time,
which tells a live process from a new one that was given a dead one's id.

On Linux that start time is not fixed: it is the start in clock ticks since boot plus the boot
time, and the boot time is the wall clock minus the time since boot, so it moves whenever the
wall clock is set (a laptop waking with its clock corrected, a virtual machine resumed). Two
readings of one process taken either side of such a step disagree, and a live lock looked dead.
So on Linux a process is named by a key that no clock setting moves: the boot's id and the start
tick (`process_key`). Elsewhere the start time is recorded once by the kernel and does not move.
"""

from __future__ import annotations

import getpass
import os
import sys
from functools import cache
from pathlib import Path

from pdr_desktop.atomic import host_name

__all__ = ["host_name", "pid_alive", "process_key", "this_process_key", "this_process_started", "user_name"]

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
        fields = _stat_fields(os.getpid())
        with Path("/proc/stat").open("rb") as system_file:
            boot = next(float(line.split()[1]) for line in system_file if line.startswith(b"btime"))
        return float(fields[_START_TICK]) / os.sysconf("SC_CLK_TCK") + boot
    except (OSError, StopIteration, ValueError, IndexError):
        return None


# In /proc/<pid>/stat after the "(name)": the state letter, then the start tick at index 19.
_STATE, _START_TICK = 0, 19
_GONE_STATES = (b"Z", b"X")  # a zombie (killed, not yet reaped) or dead: it will never write again


def _stat_fields(pid: int) -> list[bytes]:
    stat = Path(f"/proc/{pid}/stat").read_bytes()
    return stat[stat.rfind(b")") + 2 :].split()  # the name in (…) may hold spaces and brackets


@cache
def _boot_id() -> str:
    return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()


def _key(fields: list[bytes]) -> str:
    return f"{_boot_id()}:{int(fields[_START_TICK])}"


def process_key(pid: int) -> str | None:
    """Linux: "<boot id>:<start tick>", the same for a process's whole life whatever the clock does,
    and different for any other process that is later given its id. None where /proc cannot say
    (not Linux, no such process, /proc hidden)."""
    try:
        return _key(_stat_fields(pid))
    except (OSError, ValueError, IndexError):
        return None


@cache
def this_process_key() -> str:
    """This process's `process_key`, or "" where processes have none (then start times are used)."""
    return process_key(os.getpid()) or ""


def _alive_by_key(pid: int, key: str) -> bool:
    try:
        fields = _stat_fields(pid)
    except (FileNotFoundError, ProcessLookupError):
        return False  # /proc works here (this process has a key), so there is no such process
    except OSError:
        return True  # there, but not ours to read: it exists
    try:
        return _key(fields) == key and fields[_STATE] not in _GONE_STATES
    except (ValueError, IndexError):
        return True  # a /proc line we cannot parse: never take a lock on a guess


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def pid_alive(pid: int, started: float | None = None, key: str = "") -> bool:
    """True when process `pid` runs (and, if `started` or `key` is given, is the one that started
    then or has that `process_key`). The key, when both it and this machine have one, decides."""
    if pid <= 0:
        return False
    if key and this_process_key():
        return _alive_by_key(pid, key)
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
