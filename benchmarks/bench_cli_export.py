"""Command-line export as a whole process (issue 17), each beside its peer in the same run:

- `pdr-desktop export sample.pdr --to pdf` against LibreOffice turning the same DOCX into a
  PDF (`soffice --headless --convert-to pdf`), goal ≤ 0.25×;
- `… --to docx` against LibreOffice converting that DOCX to DOCX, goal ≤ 0.25×;
- one process exporting 30 drafts against one process exporting one, goal ≤ 4×;
- 30 drafts shared with a forked copy (`--jobs 2`) against one process (`--jobs 1`): below 1×
  only when the machine has a core to spare (export/batch.py; by default the copy is forked
  only then).

Runs alternate A/B/A/B and the median of BENCH_ROUNDS (default 5) is compared, because the
machine is shared and loaded: the ratios, printed at the end, are what count.

Run: make bench, or
    BENCH_ROUNDS=7 .venv/bin/python -m pytest benchmarks/bench_cli_export.py --benchmark-only -s
      -o python_files='bench_*.py' -o testpaths=benchmarks -p no:cacheprovider
LibreOffice: `apt-get install libreoffice-writer-nogui` (the comparisons with it skip without it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdr_desktop.drafts import write_draft
from pdr_desktop.export import export_draft

ROUNDS = max(1, int(os.environ.get("BENCH_ROUNDS", "5")))
BATCH = 30
INSTALL_HINT = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=600, env=_env())
    return time.perf_counter() - start


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode; measure that
    return env


def _alternate(ours: list[str], peer: list[str]) -> tuple[float, float]:
    """Median seconds of each command over ROUNDS runs, taken in turn (A, B, A, B…)."""
    _run(ours), _run(peer)  # warm: bytecode written, LibreOffice's profile made, files cached
    times_ours, times_peer = [], []
    for _ in range(ROUNDS):
        times_ours.append(_run(ours))
        times_peer.append(_run(peer))
    return statistics.median(times_ours), statistics.median(times_peer)


def _report(benchmark, what: str, ours: float, peer: float, goal: float) -> None:
    ratio = ours / peer
    benchmark.extra_info.update(
        ours_s=round(ours, 3), peer_s=round(peer, 3), ratio=round(ratio, 3), goal=goal
    )
    line = f"{what}: {ours:.2f} s vs {peer:.2f} s = {ratio:.2f}× (goal ≤ {goal}×, median of {ROUNDS})"
    print(f"\n{line}", file=sys.stderr)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pdr_desktop", *args]


@pytest.fixture
def sample_files(tmp_path, form, sample_draft) -> tuple[Path, Path]:
    draft = tmp_path / "sample.pdr"
    write_draft(sample_draft, draft, backup=False)
    docx = tmp_path / "sample.docx"
    export_draft(form, sample_draft, docx, "docx")
    return draft, docx


def _soffice(tmp_path: Path, kind: str, source: Path) -> list[str]:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip(INSTALL_HINT)
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: never an already running instance
    out = tmp_path / "lo"
    return [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        kind,
        "--outdir",
        str(out),
        str(source),
    ]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_cli_export_against_libreoffice(benchmark, tmp_path, sample_files, kind):
    draft, docx = sample_files
    out = tmp_path / f"ours.{kind}"
    ours = _cli("export", str(draft), "--to", kind, "-o", str(out))
    peer = _soffice(tmp_path, kind, docx)
    mine, theirs = _alternate(ours, peer)
    _report(benchmark, f"CLI export --to {kind} vs soffice --convert-to {kind}", mine, theirs, 0.25)
    benchmark.pedantic(_run, args=(ours,), rounds=1, iterations=1)
    assert out.stat().st_size > 0


def _batch_drafts(tmp_path: Path, sample_draft) -> list[str]:
    drafts = []
    for index in range(BATCH):
        copy = sample_draft.clone()
        copy.answers["details.name"] = f"Practitioner {index:02d}"
        path = tmp_path / f"draft-{index:02d}.pdr"
        write_draft(copy, path, backup=False)
        drafts.append(str(path))
    return drafts


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_batch_of_30_against_one(benchmark, tmp_path, form, sample_draft, kind):
    drafts = _batch_drafts(tmp_path, sample_draft)
    one_folder, many_folder = tmp_path / "one", tmp_path / "many"
    one_folder.mkdir(), many_folder.mkdir()

    def single() -> float:
        shutil.rmtree(one_folder), one_folder.mkdir()
        return _run(_cli("export", drafts[0], "--to", kind, "-o", str(one_folder)))

    def batch() -> float:
        shutil.rmtree(many_folder), many_folder.mkdir()
        return _run(_cli("export", *drafts, "--to", kind, "-o", str(many_folder)))

    single(), batch()
    times_batch, times_single = [], []
    for _ in range(ROUNDS):
        times_batch.append(batch())
        times_single.append(single())
    _report(
        benchmark,
        f"{BATCH} drafts --to {kind} in one command vs one draft (forks when a core is free)",
        statistics.median(times_batch),
        statistics.median(times_single),
        4,
    )
    benchmark.pedantic(batch, rounds=1, iterations=1)
    assert len(list(many_folder.iterdir())) == BATCH


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="batches fork only on Linux")
def test_batch_forked_against_one_process(benchmark, tmp_path, form, sample_draft):
    drafts = _batch_drafts(tmp_path, sample_draft)
    folders = {jobs: tmp_path / f"jobs-{jobs}" for jobs in ("1", "2")}
    commands = {
        jobs: _cli("export", *drafts, "--to", "pdf", "-o", str(folder), "--jobs", jobs)
        for jobs, folder in folders.items()
    }

    def batch(jobs: str) -> float:
        shutil.rmtree(folders[jobs], ignore_errors=True), folders[jobs].mkdir()
        return _run(commands[jobs])

    batch("2"), batch("1")
    times: dict[str, list[float]] = {"1": [], "2": []}
    for _ in range(ROUNDS):
        times["2"].append(batch("2"))
        times["1"].append(batch("1"))
    forked, alone = statistics.median(times["2"]), statistics.median(times["1"])
    _report(benchmark, f"{BATCH} drafts --to pdf, --jobs 2 (forked) vs --jobs 1", forked, alone, 1)
    benchmark.pedantic(batch, args=("2",), rounds=1, iterations=1)
    assert len(list(folders["2"].iterdir())) == BATCH
