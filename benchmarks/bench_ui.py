"""UI speed (issue 3): cold start to first painted window, and keystroke to repaint.

Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest benchmarks/bench_ui.py -p no:cacheprovider \\
        --benchmark-only -q -o python_files='bench_*.py'

Cold start: each round spawns fresh interpreters (the bare PySide6 QMainWindow and the real
app, interleaved so machine noise hits both alike) and times the parent's spawn to the child's
"painted" line, printed just after the window's first paint. The figure that matters is the
ratio real / bare: it says what the app itself adds on top of Python + Qt starting.

Keystroke: the real window with the sample draft loaded, 50,000 characters in the first
standard's self-assessment, autosave wiring live; each round types one key into the focused
box and waits for the box's viewport to repaint. A bare QPlainTextEdit gives the baseline.
The text is one 50,000-character paragraph, the worst case: Qt lays out the whole paragraph
again on each key (about 8.5 ms on the build machine); the window's wiring adds about 0.5 ms.
Figures (medians, p95, ratio) go to benchmark.extra_info and are printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COLD_RUNS = 7
KEYSTROKES = 200
LONG_FIELD = "standards.s1.self"
LONG_CHARS = 50_000
TODAY = date(2026, 10, 12)

# Installed before any window exists: reports the first paint of a top-level window, once the
# whole frame has been drawn (the singleShot runs after the paint pass returns), then quits.
_FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                if obj.window().isVisible() and obj.window().inherits("QMainWindow"):
                    self.seen = True
                    QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print("painted", flush=True)
            QApplication.instance().quit()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _first_paint = FirstPaint()
    app.installEventFilter(_first_paint)
    QTimer.singleShot(30000, lambda: sys.exit(3))  # never hang the benchmark
    """
)

BARE = _FIRST_PAINT + textwrap.dedent(
    """
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    window.resize(1100, 760)
    window.show()
    app.exec()
    """
)

# The real start-up path (pdr-desktop with no command, or with a file): theme, settings, window,
# recovery check. PDR_DESKTOP_SMOKE_QUIT_MS keeps the first-start role question out of the way.
REAL = _FIRST_PAINT + textwrap.dedent(
    """
    from pdr_desktop.cli import main
    main(sys.argv[1:])
    """
)


def launch(code: str, home: Path, *args: str) -> float:
    """Seconds from spawning `python -c code` to its "painted" line."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PDR_DESKTOP_HOME=str(home),
        PDR_DESKTOP_SMOKE_QUIT_MS="60000",
    )
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    painted = None
    for line in child.stdout:  # anything the app itself prints comes first; wait for our line
        if line.strip() == "painted":
            painted = time.perf_counter() - start
            break
    _out, err = child.communicate(timeout=60)
    if painted is None or child.returncode != 0:
        raise RuntimeError(f"window never painted (exit {child.returncode}): {err[-2000:]}")
    return painted


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def report(benchmark, capsys, title: str, figures: dict[str, float]) -> None:
    benchmark.extra_info.update(figures)
    with capsys.disabled():
        print(f"\n{title}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


@pytest.fixture
def sample_file(tmp_path, sample_draft) -> Path:
    from pdr_desktop.drafts import write_draft

    path = tmp_path / "Sample conversation.pdr"
    write_draft(sample_draft, path)
    return path


def _cold_start(benchmark, capsys, tmp_path, title: str, *args: str) -> None:
    bare, real = [], []
    home = tmp_path / "home"
    launch(BARE, home)  # warm the disk cache for both before timing
    launch(REAL, home, *args)

    def one_round() -> None:
        bare.append(launch(BARE, home))
        real.append(launch(REAL, home, *args))

    benchmark.pedantic(one_round, rounds=COLD_RUNS, iterations=1)
    bare_ms, real_ms = statistics.median(bare) * 1000, statistics.median(real) * 1000
    report(
        benchmark,
        capsys,
        title,
        {
            "runs": COLD_RUNS,
            "bare_median_ms": round(bare_ms),
            "real_median_ms": round(real_ms),
            "real_max_ms": round(max(real) * 1000),
            "ratio_real_to_bare": round(real_ms / bare_ms, 2),
        },
    )


def test_cold_start_to_first_paint_start_page(benchmark, capsys, tmp_path):
    _cold_start(benchmark, capsys, tmp_path, "cold start, start page")


def test_cold_start_to_first_paint_sample_draft(benchmark, capsys, tmp_path, sample_file):
    _cold_start(benchmark, capsys, tmp_path, "cold start, sample draft open", str(sample_file))


# --- keystroke to repaint ----------------------------------------------------------------------


class PaintWatch:
    """Event filter noting that a widget painted; reset before each keystroke."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        class _Filter(QObject):
            painted = False

            def eventFilter(self, _obj, event):
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        self.filter = _Filter()
        widget.installEventFilter(self.filter)

    def type_and_wait(self, target, app) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.filter.painted = False
        QTest.keyClick(target, Qt.Key.Key_A)
        spins = 0
        while not self.filter.painted:
            app.processEvents()
            spins += 1
            if spins > 10_000:
                raise RuntimeError("the text box never repainted after a keystroke")


def _keystrokes(benchmark, capsys, title: str, editor, app) -> None:
    watch = PaintWatch(editor.viewport())
    times: list[float] = []

    def one_key() -> None:
        start = time.perf_counter()
        watch.type_and_wait(editor, app)
        times.append(time.perf_counter() - start)

    benchmark.pedantic(one_key, rounds=KEYSTROKES, iterations=1, warmup_rounds=5)
    times = times[5:]  # the warm-up keys
    report(
        benchmark,
        capsys,
        title,
        {
            "keystrokes": len(times),
            "median_ms": round(statistics.median(times) * 1000, 2),
            "p95_ms": round(p95(times) * 1000, 2),
            "max_ms": round(max(times) * 1000, 2),
        },
    )


def _long_text() -> str:
    words = "Reflective practice with families, reviewed with my manager in supervision. "
    return (words * (LONG_CHARS // len(words) + 1))[:LONG_CHARS]


def test_keystroke_to_repaint_bare_plain_text_edit(benchmark, capsys):
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    editor = QPlainTextEdit()
    editor.setPlainText(_long_text())
    editor.resize(900, 500)
    editor.show()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    app.processEvents()
    try:
        _keystrokes(benchmark, capsys, "keystroke, bare QPlainTextEdit 50k", editor, app)
        assert len(editor.toPlainText()) == LONG_CHARS + KEYSTROKES + 5
    finally:
        editor.close()


def test_keystroke_to_repaint_real_window_50k_field(benchmark, capsys, tmp_path, sample_draft):
    ui = pytest.importorskip("pdr_desktop.ui.main_window")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from pdr_desktop.clock import FixedClock
    from pdr_desktop.drafts import read_draft, write_draft
    from pdr_desktop.forms import default_registry
    from pdr_desktop.ui.app import create_application

    app = create_application()
    sample_draft.answers[LONG_FIELD] = _long_text()
    path = tmp_path / "long.pdr"
    write_draft(sample_draft, path)
    window = ui.MainWindow(clock=FixedClock(TODAY))
    window.resize(1280, 860)
    window.show()
    assert window.open_path(path)
    assert window.focus_field(LONG_FIELD)
    app.processEvents()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit), f"focus went to {editor!r}"
    assert len(editor.toPlainText()) == LONG_CHARS
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    try:
        _keystrokes(benchmark, capsys, "keystroke, real window 50k field (autosave on)", editor, app)
        assert window.save_now()
        saved = read_draft(path, default_registry()).answers[LONG_FIELD]
        assert len(saved) == LONG_CHARS + KEYSTROKES + 5  # the typing really reached the draft
    finally:
        window.close()
