"""Frozen bundle vs source: size on disk and start time (headless --version, GUI start to quit).

Needs the bundle built first (`bash packaging/linux/build.sh`); the frozen tests are skipped
otherwise. Run:
    .venv/bin/python -m pytest benchmarks/bench_bundle.py -p no:cacheprovider --benchmark-only -q \\
        -o python_files='bench_*.py'
Sizes and medians are printed and stored in each benchmark's extra_info.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "pdr-desktop" / "pdr-desktop"
SOURCE = [sys.executable, "-m", "pdr_desktop"]

needs_bundle = pytest.mark.skipif(not FROZEN.is_file(), reason="no bundle: run bash packaging/linux/build.sh")


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _run(cmd: list[str], tmp_path: Path, gui: bool = False) -> None:
    env = dict(os.environ, PDR_DESKTOP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    if gui:
        env["PDR_DESKTOP_SMOKE_QUIT_MS"] = "1"  # show the window, quit at the first chance
    subprocess.run([*cmd] if gui else [*cmd, "--version"], env=env, cwd=ROOT, check=True, capture_output=True)


def _report(benchmark, capsys, title: str, **figures) -> None:
    benchmark.extra_info.update(figures)
    with capsys.disabled():
        print(f"\n{title}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


def _timed(benchmark, capsys, title: str, cmd: list[str], tmp_path: Path, gui: bool, rounds: int) -> None:
    benchmark.pedantic(_run, args=(cmd, tmp_path, gui), rounds=rounds, iterations=1, warmup_rounds=1)
    median_ms = round(statistics.median(benchmark.stats.stats.data) * 1000)
    _report(benchmark, capsys, title, median_ms=median_ms, rounds=rounds)


@needs_bundle
def test_bundle_size(benchmark, capsys):
    bundle = _folder_bytes(FROZEN.parent)
    figures = {"bundle_mb": round(bundle / 1e6, 1)}
    debs = sorted((ROOT / "dist").glob("pdr-desktop_*.deb"))
    if debs:
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
def test_version_frozen(benchmark, capsys, tmp_path):
    _timed(benchmark, capsys, "--version, frozen", [str(FROZEN)], tmp_path, gui=False, rounds=5)


def test_version_source(benchmark, capsys, tmp_path):
    _timed(benchmark, capsys, "--version, source", SOURCE, tmp_path, gui=False, rounds=5)


@needs_bundle
def test_gui_start_frozen(benchmark, capsys, tmp_path):
    _timed(benchmark, capsys, "GUI start to quit, frozen", [str(FROZEN)], tmp_path, gui=True, rounds=5)


def test_gui_start_source(benchmark, capsys, tmp_path):
    _timed(benchmark, capsys, "GUI start to quit, source", SOURCE, tmp_path, gui=True, rounds=5)
