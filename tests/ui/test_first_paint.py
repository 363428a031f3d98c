"""The start-up timing hook: the first painted main window is reported once, then the app quits."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QDialog, QMainWindow

from pdr_desktop.ui.first_paint import FIRST_PAINT_ENV, FirstPaintReporter, install_if_requested


def _reporter(qapp, tmp_path, quits):
    reporter = FirstPaintReporter(tmp_path / "painted.txt", lambda: quits.append(1), clock=lambda: 1234.5)
    qapp.installEventFilter(reporter)
    return reporter


def test_the_first_main_window_paint_is_written_once_then_the_app_quits(qapp, qtbot, tmp_path):
    quits: list[int] = []
    reporter = _reporter(qapp, tmp_path, quits)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: quits == [1])
    assert (tmp_path / "painted.txt").read_text(encoding="utf-8") == "1234.500000\n"
    window.repaint()
    qtbot.wait(50)
    assert quits == [1]
    qapp.removeEventFilter(reporter)


def test_a_dialog_painted_before_the_window_is_not_the_first_frame(qapp, qtbot, tmp_path):
    quits: list[int] = []
    reporter = _reporter(qapp, tmp_path, quits)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert quits == [] and not (tmp_path / "painted.txt").exists()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: quits == [1])
    qapp.removeEventFilter(reporter)


def test_the_hook_watches_the_window_not_every_object_of_the_application(qapp, qtbot, tmp_path, monkeypatch):
    # An application-wide filter would itself slow the start it measures (see install_if_requested).
    monkeypatch.setenv(FIRST_PAINT_ENV, str(tmp_path / "painted.txt"))
    quits: list[int] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    reporter = install_if_requested(window, lambda: quits.append(1))
    assert reporter is not None and reporter.parent() is window
    seen: list[str] = []
    original = reporter.eventFilter
    monkeypatch.setattr(
        reporter, "eventFilter", lambda obj, ev: seen.append(obj.objectName()) or original(obj, ev)
    )
    window.setObjectName("watched")
    window.show()
    qtbot.waitUntil(lambda: quits == [1])
    assert set(seen) == {"watched"}  # none of its children's events, nor the application's
    assert float((tmp_path / "painted.txt").read_text(encoding="utf-8")) > 0


def test_the_app_with_the_variable_set_reports_its_first_paint_and_quits_by_itself(tmp_path):
    # A fresh data folder: without the hook counting as unattended, the first-start role
    # question would wait for an answer and this would time out.
    report = tmp_path / "first-paint.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_ENV: str(report)}
    env.pop("PDR_DESKTOP_SMOKE_QUIT_MS", None)
    done = subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "--data-dir", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert float(report.read_text(encoding="utf-8")) > 0
