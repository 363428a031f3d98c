"""Save and load of a full sample draft (issue 2).

Run: make bench   (or: .venv/bin/python -m pytest benchmarks/bench_store.py --benchmark-only
      -o python_files='bench_*.py' -p no:cacheprovider)
"""

from __future__ import annotations

from pdr_desktop.drafts import read_draft, write_draft, write_recovery


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
