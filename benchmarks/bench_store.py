"""Save and load of a full sample draft (issue 2).

Run: make bench   (or: .venv/bin/python -m pytest benchmarks/bench_store.py --benchmark-only
      -o python_files='bench_*.py' -p no:cacheprovider)
"""

from __future__ import annotations

from pdr_desktop.drafts import read_draft, write_draft, write_recovery
from pdr_desktop.forms import FieldRole


def test_save_full_sample(benchmark, tmp_path, sample_draft):
    path = tmp_path / "sample.pdr"
    # Each save also rotates a backup of the previous version: that is the real cost.
    benchmark(write_draft, sample_draft, path)


def test_load_full_sample(benchmark, tmp_path, registry, sample_draft):
    path = tmp_path / "sample.pdr"
    write_draft(sample_draft, path)
    loaded = benchmark(read_draft, path, registry)
    assert loaded == sample_draft


def test_recovery_write_full_sample(benchmark, tmp_path, sample_draft):
    benchmark(write_recovery, sample_draft, tmp_path / "sample.pdr")


def test_save_with_50k_answer(benchmark, tmp_path, sample_draft):
    sample_draft.answers["wider.self"] = "Long reflective answer. " * 2100
    benchmark(write_draft, sample_draft, tmp_path / "long.pdr")


# --- issue 10: what the trust checks cost each autosave, against the same save without them --------


def test_save_plain_peer(benchmark, tmp_path, sample_draft):
    """The peer: the store's save alone (no backup, as most autosaves within 10 minutes)."""
    benchmark.group = "autosave"
    benchmark(write_draft, sample_draft, tmp_path / "plain.pdr", backup=False)


def test_save_with_disk_check(benchmark, tmp_path, registry, sample_draft):
    """Every autosave: read the file back, hash it, compare with what was loaded, then save."""
    from pdr_desktop.drafts.tracked import DiskState, save_tracked

    benchmark.group = "autosave"
    path = tmp_path / "checked.pdr"
    holder = {"state": DiskState.of(path, write_draft(sample_draft, path, backup=False))}

    def save() -> None:
        holder["state"] = save_tracked(sample_draft, path, holder["state"], registry).state

    benchmark(save)


def test_save_merging_a_change_made_elsewhere(benchmark, tmp_path, registry, form, sample_draft):
    """The rare case: the file changed on disk, so the save merges field by field first."""
    from pdr_desktop.drafts.tracked import DiskState, save_tracked

    benchmark.group = "autosave"
    path = tmp_path / "merged.pdr"
    counter = iter(range(10**9))

    def setup():
        state = DiskState.of(path, write_draft(sample_draft, path, backup=False))
        other = sample_draft.clone()
        other.set(form.role_field(FieldRole.PERIOD), f"changed elsewhere {next(counter)}")
        write_draft(other, path, backup=False)
        return (sample_draft.clone(), path, state, registry), {}

    benchmark.pedantic(save_tracked, setup=setup, rounds=30)


def test_parse_checked_peer_json(benchmark, sample_draft):
    import json

    from pdr_desktop.drafts import dumps

    benchmark.group = "parse"
    text = dumps(sample_draft)
    benchmark(json.loads, text)


def test_parse_checked(benchmark, sample_draft):
    from pdr_desktop.checked_json import loads_checked
    from pdr_desktop.drafts import dumps

    benchmark.group = "parse"
    text = dumps(sample_draft)
    benchmark(loads_checked, text)


def test_detect_and_take_over_a_stale_lock(benchmark, tmp_path, sample_draft):
    """Opening a draft whose lock a crashed process left: detect it is dead, take it over."""
    import os

    from pdr_desktop.drafts import lock

    benchmark.group = "lock"
    path = tmp_path / "locked.pdr"
    write_draft(sample_draft, path, backup=False)
    stamp = "2026-11-23T09:41:00+00:00"
    dead = lock.LockOwner(
        "sam", os.uname().nodename if hasattr(os, "uname") else "", 2**22 + 7, 1.0, stamp, stamp, "d" * 32
    )

    def setup():
        for held in list(lock._HELD.values()):
            held.release()
        lock.lock_path(path).write_text(dead.to_json(), encoding="utf-8")
        return (path,), {}

    result = benchmark.pedantic(lock.acquire, setup=setup, rounds=50)
    assert result.lock is not None and result.stale == "dead-process"
    result.lock.release()


def test_acquire_a_free_lock_peer(benchmark, tmp_path, sample_draft):
    from pdr_desktop.drafts import lock

    benchmark.group = "lock"
    path = tmp_path / "free.pdr"
    write_draft(sample_draft, path, backup=False)

    def take_and_release():
        lock.acquire(path).lock.release()

    benchmark(take_and_release)
