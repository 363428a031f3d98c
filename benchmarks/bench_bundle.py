"""Frozen bundle vs source: size on disk, --version, and start to the first painted window.

Needs the bundle built first (`bash packaging/linux/build.sh`); the frozen tests are skipped
otherwise. PDR_BENCH_BUNDLE=<bundle folder or its executable> measures another build. Run:
    .venv/bin/python -m pytest benchmarks/bench_bundle.py -p no:cacheprovider --benchmark-only -q \\
        -o python_files='bench_*.py'

Start to first frame: each round starts the frozen program and the app from source one after
the other (alternating which goes first), each with PDR_DESKTOP_REPORT_FIRST_PAINT, which makes
the app write the time its window finished painting and quit (pdr_desktop/ui/first_paint.py).
The figure that matters is the ratio of the medians, frozen / source: machine noise hits both.
Sizes, medians and the ratio are printed and stored in each benchmark's extra_info.
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

from pdr_desktop.ui.first_paint import FIRST_PAINT_ENV

ROOT = Path(__file__).resolve().parents[1]
_CHOSEN = Path(os.environ.get("PDR_BENCH_BUNDLE", ROOT / "dist" / "pdr-desktop")).resolve()
FROZEN = _CHOSEN if _CHOSEN.is_file() else _CHOSEN / "pdr-desktop"
SOURCE = [sys.executable, "-m", "pdr_desktop"]
FIRST_PAINT_PAIRS = 7

needs_bundle = pytest.mark.skipif(
    not FROZEN.is_file(), reason=f"no bundle at {FROZEN}: run bash packaging/linux/build.sh"
)


def _folder_bytes(folder: Path) -> int:
    """What `du -sb` counts, less the few bytes of symlinks (PyInstaller links libraries)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PDR_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # An installed app has its bytecode (the bundle carries it; pip writes __pycache__): with
    # PYTHONDONTWRITEBYTECODE the source run would compile every module at every start, a cost
    # the frozen run never pays, and the ratio would flatter the bundle.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_version(cmd: list[str], home: Path) -> None:
    subprocess.run([*cmd, "--version"], env=_env(home), cwd=ROOT, check=True, capture_output=True)


def _seconds_to_first_paint(cmd: list[str], home: Path) -> float:
    report = home / "first-paint.txt"
    report.unlink(missing_ok=True)
    env = {**_env(home), FIRST_PAINT_ENV: str(report)}
    env.pop("PDR_DESKTOP_SMOKE_QUIT_MS", None)
    started = time.time()  # the child writes time.time() too: one clock for both ends
    subprocess.run(
        cmd, env=env, cwd=ROOT, check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=120
    )
    return float(report.read_text(encoding="utf-8")) - started


def _report(benchmark, capsys, title: str, **figures) -> None:
    benchmark.extra_info.update(figures)
    with capsys.disabled():
        print(f"\n{title}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


@needs_bundle
def test_bundle_size(benchmark, capsys):
    bundle = _folder_bytes(FROZEN.parent)
    figures = {"bundle_bytes": bundle, "bundle_mb": round(bundle / 1e6, 1)}
    debs = sorted(FROZEN.parent.parent.glob("pdr-desktop_*.deb"))
    if debs:
        figures["deb_bytes"] = debs[-1].stat().st_size
        figures["deb_mb"] = round(debs[-1].stat().st_size / 1e6, 1)
        if shutil.which("dpkg-deb"):
            installed_kb = subprocess.run(
                ["dpkg-deb", "-f", str(debs[-1]), "Installed-Size"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            figures["deb_installed_mb"] = round(int(installed_kb) * 1024 / 1e6, 1)
    benchmark.pedantic(_folder_bytes, args=(FROZEN.parent,), rounds=1, iterations=1)
    _report(benchmark, capsys, "bundle size", **figures)


@needs_bundle
def test_version_frozen_vs_source(benchmark, capsys, tmp_path):
    _alternate(benchmark, capsys, "--version", _run_version, tmp_path, pairs=5)


@needs_bundle
def test_first_paint_frozen_vs_source(benchmark, capsys, tmp_path):
    _alternate(benchmark, capsys, "start to first painted window", _seconds_to_first_paint, tmp_path)


def _alternate(benchmark, capsys, title, measure, tmp_path: Path, pairs: int = FIRST_PAINT_PAIRS) -> None:
    """Median of `pairs` runs each, frozen and source interleaved (and which goes first swapped)."""
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    commands = {"frozen": [str(FROZEN)], "source": SOURCE}

    def one(name: str) -> float:
        home = tmp_path / name
        home.mkdir(exist_ok=True)
        before = time.perf_counter()
        seconds = measure(commands[name], home)
        return seconds if seconds is not None else time.perf_counter() - before

    one("frozen"), one("source")  # warm the page cache for both; the source run writes its bytecode
    for pair in range(pairs):
        order = ("frozen", "source") if pair % 2 == 0 else ("source", "frozen")
        for name in order:
            times[name].append(one(name))
    frozen_ms = round(statistics.median(times["frozen"]) * 1000)
    source_ms = round(statistics.median(times["source"]) * 1000)
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    _report(
        benchmark,
        capsys,
        f"{title}, frozen vs source (medians of {pairs})",
        frozen_ms=frozen_ms,
        source_ms=source_ms,
        ratio=round(frozen_ms / source_ms, 2),
    )
