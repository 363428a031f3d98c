"""Export time against answer length, PDF and Word (issue 10): it must grow linearly with the text.

Goals: a 200,000-character answer in one paragraph in at most 4 s and at most 12 times the
20,000-character one; 1 MB of answers in paragraphs in at most 10 s. Before the TextBlock,
200,000 characters took 18 s and 400,000 took 96 s (reportlab re-broke the remaining text at
every page). The limit checks use CPU time, so other work on the machine cannot fail them.

Run: make bench, or
  .venv/bin/python -m pytest benchmarks/bench_long_answers.py --benchmark-only \\
      -o python_files='bench_*.py' -p no:cacheprovider
"""

from __future__ import annotations

import time

import pytest

from pdr_desktop.export import export_draft

SENTENCE = "I reviewed the plan with the family and we agreed the next steps together. "
SIZES = {"20k": 20_000, "200k": 200_000, "400k": 400_000}


def _answer(chars: int, paragraph_every: int | None = None) -> str:
    text = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    if paragraph_every:
        text = "\n".join(text[i : i + paragraph_every] for i in range(0, chars, paragraph_every))
    return text


def _export_seconds(form, draft, path, fmt) -> float:
    start = time.process_time()
    export_draft(form, draft, path, fmt)
    return time.process_time() - start


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("size", list(SIZES))
def test_one_paragraph_answer(benchmark, tmp_path, form, sample_draft, fmt, size):
    sample_draft.answers["wider.self"] = _answer(SIZES[size])
    path = tmp_path / f"long.{fmt}"
    benchmark.pedantic(export_draft, args=(form, sample_draft, path, fmt), rounds=2, iterations=1)
    assert path.stat().st_size > 0


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_1_mb_in_paragraphs(benchmark, tmp_path, form, sample_draft, fmt):
    sample_draft.answers["wider.self"] = _answer(1_000_000, paragraph_every=600)
    path = tmp_path / f"mega.{fmt}"
    benchmark.pedantic(export_draft, args=(form, sample_draft, path, fmt), rounds=1, iterations=1)
    assert _export_seconds(form, sample_draft, path, fmt) <= 10.0


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_200k_is_linear_against_20k_in_the_same_run(benchmark, tmp_path, form, sample_draft, fmt):
    """The peer is the same export with a tenth of the text, measured in the same run."""
    small, large = sample_draft.clone(), sample_draft.clone()
    small.answers["wider.self"] = _answer(20_000)
    large.answers["wider.self"] = _answer(200_000)
    _export_seconds(form, small, tmp_path / f"warm.{fmt}", fmt)  # fonts loaded, modules imported
    peer = min(_export_seconds(form, small, tmp_path / f"small.{fmt}", fmt) for _ in range(2))
    benchmark.pedantic(
        export_draft, args=(form, large, tmp_path / f"large.{fmt}", fmt), rounds=1, iterations=1
    )
    measured = min(_export_seconds(form, large, tmp_path / f"large.{fmt}", fmt) for _ in range(2))
    print(f"\n{fmt}: 20,000 characters {peer:.2f} s, 200,000 characters {measured:.2f} s CPU")
    assert measured <= 4.0
    assert measured <= 12 * max(peer, 0.05)


def test_1_mb_answer_reads_back_from_word(benchmark, tmp_path, form, sample_draft):
    """The received-file bound is 10 s (tests/received_bounds, "1 MB answer"); reading back took
    8.4 s of it (13.6-20 s on a loaded machine) while wrapping re-measured every line through
    reportlab. Goal: at most 4 s of CPU, so a busy machine keeps its margin."""
    from pdr_desktop.export import import_file
    from pdr_desktop.forms import default_registry

    sample_draft.answers["wider.self"] = "\n".join(
        ["Reflective practice with families and a plan. " * 12] * 1850
    )
    path = tmp_path / "long.docx"
    export_draft(form, sample_draft, path, "docx")
    registry = default_registry()
    benchmark.pedantic(import_file, args=(path, registry), rounds=1, iterations=1)
    start = time.process_time()
    assert import_file(path, registry).draft.answers["wider.self"] == sample_draft.answers["wider.self"]
    seconds = time.process_time() - start
    print(f"\n1 MB answer read back from Word: {seconds:.2f} s CPU")
    assert seconds <= 4.0
