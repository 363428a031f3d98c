"""processes: this machine's name and this process's start time, read without the costly imports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil
import pytest

from pdr_desktop import processes


def test_host_name_is_the_one_socket_gives():
    assert processes.host_name() == socket.gethostname()


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux only")


@linux_only
def test_start_time_read_from_proc_is_psutils():
    """Locks compare it with psutil's reading of the same process (pid_alive): they must agree."""
    mine = processes._linux_start_time()
    assert mine is not None
    assert mine == pytest.approx(psutil.Process(os.getpid()).create_time(), abs=1e-6)
    # Not compared through pid_alive with this_process_started(): that is cached, and a clock set
    # between the two readings moves the boot time under one of them (seen on CI).


@linux_only
def test_a_process_is_known_by_its_key_whatever_the_clock_says():
    key = processes.this_process_key()
    boot_id, tick = key.rsplit(":", 1)
    assert boot_id == Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    assert tick.isdigit()
    assert processes.process_key(os.getpid()) == key
    an_hour_off = processes.this_process_started() + 3600  # the start time a clock step would give
    assert processes.pid_alive(os.getpid(), an_hour_off, key)
    assert not processes.pid_alive(os.getpid(), an_hour_off)  # without the key, as before


@linux_only
def test_a_key_of_another_process_or_boot_is_not_this_process():
    boot_id, tick = processes.this_process_key().rsplit(":", 1)
    started = processes.this_process_started()
    assert not processes.pid_alive(os.getpid(), started, f"{boot_id}:{int(tick) + 1}")  # id reused
    assert not processes.pid_alive(os.getpid(), started, f"{uuid.uuid4()}:{tick}")  # since rebooted


@linux_only
def test_a_gone_or_zombie_process_is_not_alive_by_key():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    key = processes.process_key(child.pid)
    assert key is not None
    deadline = time.monotonic() + 30
    while processes._stat_fields(child.pid)[0] != b"Z" and time.monotonic() < deadline:
        time.sleep(0.01)  # exited but not reaped: a zombie
    assert not processes.pid_alive(child.pid, None, key)
    child.wait()
    assert processes.process_key(child.pid) is None
    assert not processes.pid_alive(child.pid, None, key)


def test_start_time_falls_back_to_psutil_where_proc_cannot_be_read(monkeypatch):
    monkeypatch.setattr(processes, "_linux_start_time", lambda: None)
    processes.this_process_started.cache_clear()
    try:
        assert processes.this_process_started() == psutil.Process(os.getpid()).create_time()
    finally:
        processes.this_process_started.cache_clear()
