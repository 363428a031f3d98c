"""Frozen bundle vs source: size on disk and start time (headless --version, GUI smoke start).

Needs the bundle built first (`bash packaging/linux/build.sh`); skipped otherwise.
Sizes are printed and stored in the benchmark's extra_info.
"""

from __future__ import annotations

import os
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
        env["PDR_DESKTOP_SMOKE_QUIT_MS"] = "1"
    subprocess.run([*cmd] if gui else [*cmd, "--version"], env=env, cwd=ROOT, check=True, capture_output=True)


@needs_bundle
def test_bundle_size(benchmark):
    bundle = _folder_bytes(FROZEN.parent)
    debs = sorted((ROOT / "dist").glob("pdr-desktop_*.deb"))
    benchmark.extra_info["bundle_mb"] = round(bundle / 1e6, 1)
    if debs:
        benchmark.extra_info["deb_mb"] = round(debs[-1].stat().st_size / 1e6, 1)
    print(f"\nbundle {bundle / 1e6:.1f} MB; deb {benchmark.extra_info.get('deb_mb', '-')} MB")
    benchmark.pedantic(_folder_bytes, args=(FROZEN.parent,), rounds=1, iterations=1)


@needs_bundle
def test_version_frozen(benchmark, tmp_path):
    benchmark.pedantic(_run, args=([str(FROZEN)], tmp_path), rounds=5, iterations=1, warmup_rounds=1)


def test_version_source(benchmark, tmp_path):
    benchmark.pedantic(_run, args=(SOURCE, tmp_path), rounds=5, iterations=1, warmup_rounds=1)


@needs_bundle
def test_gui_start_frozen(benchmark, tmp_path):
    benchmark.pedantic(_run, args=([str(FROZEN)], tmp_path, True), rounds=3, iterations=1, warmup_rounds=1)


def test_gui_start_source(benchmark, tmp_path):
    benchmark.pedantic(_run, args=(SOURCE, tmp_path, True), rounds=3, iterations=1, warmup_rounds=1)
