"""Temp files from killed saves are removed at the next start; none a live process owns."""

from __future__ import annotations

import os
import signal
import time

import pytest

from pdr_desktop import processes
from pdr_desktop.atomic import host_tag, remove_orphaned_temps
from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.housekeeping import clean_orphaned_temps
from pdr_desktop.review.sample import build_sample


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_saves_leave_temps_that_the_next_start_removes(tmp_path, saving_loop):
    path = tmp_path / "draft.pdr"
    for delay in (0.05, 0.11, 0.17, 0.23, 0.29, 0.37):
        child = saving_loop(path)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert all(f".{host_tag()}-" in p.name for p in left)  # named with this machine and the pid
    removed = clean_orphaned_temps([tmp_path])
    assert sorted(removed) == sorted(left)
    assert [p.name for p in tmp_path.iterdir()] == ["draft.pdr"]


def test_a_live_process_temp_and_another_machines_newer_temp_are_kept(tmp_path, form):
    path = tmp_path / "draft.pdr"
    write_draft(build_sample(form), path, backup=False)
    mine = tmp_path / f".draft.pdr.{host_tag()}-{os.getpid()}.0123abcd.tmp"  # a save in progress here
    theirs_new = tmp_path / ".draft.pdr.ffffffff-4242.0123abcd.tmp"  # another laptop's, mid-save
    theirs_old = tmp_path / ".draft.pdr.eeeeeeee-4243.0123abcd.tmp"  # older than the draft: abandoned
    legacy = tmp_path / ".draft.pdr.k2j4_x9q.tmp"  # an earlier version's, older than the draft
    for temp in (mine, theirs_new, theirs_old, legacy):
        temp.write_text("{}", encoding="utf-8")
    draft_time = path.stat().st_mtime_ns
    for temp in (theirs_old, legacy):
        os.utime(temp, ns=(draft_time - 10**9, draft_time - 10**9))
    os.utime(theirs_new, ns=(draft_time + 10**9, draft_time + 10**9))
    removed = remove_orphaned_temps(tmp_path, processes.pid_alive)
    assert sorted(p.name for p in removed) == sorted([theirs_old.name, legacy.name])
    assert mine.exists() and theirs_new.exists()
