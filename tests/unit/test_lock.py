"""One writer per draft, the domain part: a real second process holds the lock."""

from __future__ import annotations

import json
import os
import signal
import stat
import sys
from datetime import timedelta

import pytest

from pdr_desktop import processes
from pdr_desktop.drafts import lock, write_draft
from pdr_desktop.review.sample import build_sample


@pytest.fixture
def draft_file(tmp_path, form):
    path = tmp_path / "Aisha Khan.pdr"
    write_draft(build_sample(form), path, backup=False)
    return path


def test_a_live_lock_in_another_process_is_reported_not_broken(draft_file, lock_holder):
    child = lock_holder(draft_file)
    result = lock.acquire(draft_file)
    assert result.lock is None
    assert result.held_by is not None
    assert result.held_by.pid == child.pid
    assert result.held_by.host == processes.host_name()
    assert result.held_by.opened.strftime("%H:%M") == "09:41"
    assert lock.holder(draft_file) == result.held_by


def test_a_killed_process_lock_is_taken_over_and_said(draft_file, lock_holder):
    child = lock_holder(draft_file)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    result = lock.acquire(draft_file)
    assert result.lock is not None
    assert result.taken_over is not None and result.taken_over.pid == child.pid
    assert result.stale == "dead-process"
    owner = json.loads(lock.lock_path(draft_file).read_text(encoding="utf-8"))
    assert owner["pid"] == os.getpid()
    result.lock.release()
    assert not lock.lock_path(draft_file).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process keys are read from /proc")
def test_a_live_lock_holds_after_the_clock_is_set(draft_file, lock_holder):
    """On Linux a process's start time moves with the wall clock (boot time = clock - uptime), so a
    lock's recorded start may no longer match a live holder's; its process key still does."""
    child = lock_holder(draft_file)
    path = lock.lock_path(draft_file)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["process_key"] == processes.process_key(child.pid)
    data["process_started"] += 3600  # as read again after the clock went forward an hour
    path.write_text(json.dumps(data), encoding="utf-8")
    result = lock.acquire(draft_file)
    assert result.lock is None and result.taken_over is None
    assert result.held_by is not None and result.held_by.pid == child.pid


def test_a_lock_from_before_process_keys_is_judged_by_start_time(draft_file, lock_holder):
    child = lock_holder(draft_file)
    path = lock.lock_path(draft_file)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["process_key"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert lock.acquire(draft_file).held_by.pid == child.pid
    data["process_started"] -= 3600  # the id now belongs to a process started later
    path.write_text(json.dumps(data), encoding="utf-8")
    result = lock.acquire(draft_file)
    assert result.lock is not None and result.stale == "dead-process"
    result.lock.release()


def test_a_closed_process_leaves_no_lock(draft_file, lock_holder):
    child = lock_holder(draft_file)
    child.stdin.close()  # the other app closes the draft
    child.wait(timeout=30)
    assert not lock.lock_path(draft_file).exists()
    assert lock.acquire(draft_file).lock is not None


def test_the_lock_file_is_private_json_beside_the_draft(draft_file):
    result = lock.acquire(draft_file)
    path = lock.lock_path(draft_file)
    assert path == draft_file.with_name(".Aisha Khan.pdr.lock")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"user", "host", "pid", "process_started", "opened_at", "refreshed_at"} <= set(data)
    result.lock.release()


def test_a_second_window_of_the_same_process_is_refused(draft_file):
    first = lock.acquire(draft_file)
    second = lock.acquire(draft_file)
    assert second.lock is None and second.held_by == first.lock.owner
    first.lock.release()


def _foreign_lock(draft_file, refreshed):
    stamp = refreshed.isoformat(timespec="seconds")
    owner = lock.LockOwner("sam", "LAPTOP-12", 4242, 1.0, stamp, stamp, "f" * 32)
    lock.lock_path(draft_file).write_text(owner.to_json(), encoding="utf-8")
    return owner


def test_another_machines_lock_holds_until_it_goes_stale(draft_file, clock):
    _foreign_lock(draft_file, clock.now())
    clock.advance(hours=11)
    held = lock.acquire(draft_file)
    assert held.held_by is not None and held.held_by.host == "LAPTOP-12"
    clock.advance(hours=2)  # 13 hours without a refresh: that laptop's app is not running
    taken = lock.acquire(draft_file)
    assert taken.lock is not None and taken.stale == "too-old" and taken.taken_over.host == "LAPTOP-12"


def test_refreshing_keeps_the_lock_fresh_and_notices_a_takeover(draft_file, clock):
    mine = lock.acquire(draft_file).lock
    clock.advance(minutes=5)
    assert mine.refresh() is None
    refreshed = json.loads(lock.lock_path(draft_file).read_text(encoding="utf-8"))["refreshed_at"]
    assert refreshed.startswith("2026-11-23T09:46")
    _foreign_lock(draft_file, clock.now() + timedelta(minutes=1))  # another laptop took it over
    lost_to = mine.refresh()
    assert lost_to is not None and lost_to.host == "LAPTOP-12"
    mine.release()  # not ours any more: left alone
    assert lock.lock_path(draft_file).exists()


def test_a_damaged_lock_is_replaced(draft_file):
    lock.lock_path(draft_file).write_text("{not json", encoding="utf-8")
    result = lock.acquire(draft_file)
    assert result.lock is not None and result.stale == "damaged"
    result.lock.release()


def test_a_read_only_folder_gives_a_reason_not_a_crash(draft_file, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.os, "open", refuse)
    result = lock.acquire(draft_file)
    assert result.lock is None and result.held_by is None
    assert result.error.strerror == "Permission denied"
