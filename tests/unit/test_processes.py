"""processes: this machine's name and this process's start time, read without the costly imports."""

from __future__ import annotations

import os
import socket
import sys

import psutil
import pytest

from pdr_desktop import processes


def test_host_name_is_the_one_socket_gives():
    assert processes.host_name() == socket.gethostname()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="read from /proc on Linux only")
def test_start_time_read_from_proc_is_psutils():
    """Locks compare it with psutil's reading of the same process (pid_alive): they must agree."""
    mine = processes._linux_start_time()
    assert mine is not None
    assert mine == pytest.approx(psutil.Process(os.getpid()).create_time(), abs=1e-6)
    assert processes.pid_alive(os.getpid(), processes.this_process_started())


def test_start_time_falls_back_to_psutil_where_proc_cannot_be_read(monkeypatch):
    monkeypatch.setattr(processes, "_linux_start_time", lambda: None)
    processes.this_process_started.cache_clear()
    try:
        assert processes.this_process_started() == psutil.Process(os.getpid()).create_time()
    finally:
        processes.this_process_started.cache_clear()
