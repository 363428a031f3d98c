"""The window always fits the screen it opens on: a remembered size from a bigger screen or a
smaller text scale, a monitor that is gone, and the first launch at 200%.

The arithmetic is tested with any screen; the real thing runs in a second process whose Qt
sees a 1600×1000 screen at QT_SCALE_FACTOR=2 (Qt's offscreen platform reads the screen from a
config file), as a person with 200% scaling on that laptop would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize

from pdr_desktop.ui import window_state
from pdr_desktop.ui.window_state import fit_to_screen, fitted_geometry

FRAME = QMargins(1, 30, 1, 1)


def test_a_window_bigger_than_the_screen_shrinks_to_it():
    got = fitted_geometry(QRect(0, 0, 2200, 1520), FRAME, QRect(0, 0, 800, 500), QSize(300, 300))
    assert got == QRect(1, 30, 798, 469)


def test_a_window_left_on_a_monitor_that_is_gone_comes_back():
    # Remembered on a second monitor to the right; only the laptop's screen is left.
    got = fitted_geometry(QRect(2500, 200, 900, 600), FRAME, QRect(0, 0, 1600, 1000), QSize(300, 300))
    assert QRect(0, 0, 1600, 1000).contains(got.marginsAdded(FRAME))
    assert got.size() == QSize(900, 600)  # it fitted: only moved


def test_a_window_that_fits_is_left_where_it_was():
    where = QRect(100, 80, 900, 600)
    assert fitted_geometry(where, FRAME, QRect(0, 0, 1600, 1000), QSize(300, 300)) == where


def test_a_second_screen_to_the_right_is_used_as_it_is():
    screen = QRect(1920, 0, 1600, 1000)
    got = fitted_geometry(QRect(1900, -40, 2000, 1200), FRAME, screen, QSize(300, 300))
    assert screen.contains(got.marginsAdded(FRAME))


def test_the_layout_minimum_wins_over_a_tiny_screen():
    got = fitted_geometry(QRect(0, 0, 1000, 800), FRAME, QRect(0, 0, 200, 150), QSize(300, 300))
    assert got.size() == QSize(300, 300)


def test_a_remembered_larger_window_is_fitted_to_the_available_area(make_window, qtbot):
    first = make_window()
    first.resize(2200, 1520)
    window_state.save_window(first)
    first.close()
    window = make_window()
    available = QRect(0, 0, 800, 500)  # 1600×1000 at 200%
    fit_to_screen(window, available)
    assert available.contains(window.frameGeometry()), window.frameGeometry()
    window.new_draft()
    for widget in (window.wizard.next_button, window.wizard.back_button, window.statusBar()):
        corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
        assert window.rect().contains(corner - QPoint(1, 1)), widget


def test_saved_geometry_is_what_restore_reads(make_window):
    window = make_window()
    window_state.save_window(window)
    stored = window_state.state_store().value("window/geometry")
    assert isinstance(stored, QByteArray) and not stored.isEmpty()


PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QPoint, QTimer
    from pdr_desktop.ui.app import create_application
    from pdr_desktop.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    if sys.argv[1] == "remember":
        window.resize(2200, 1520)
        window.close()  # saves the geometry, as quitting does
        sys.exit(0)
    window.new_draft()
    for _ in range(5):
        app.processEvents()

    def rect(widget):
        top_left = widget.mapToGlobal(QPoint(0, 0))
        return [top_left.x(), top_left.y(), widget.width(), widget.height()]

    def report():
        frame = window.frameGeometry()
        print(json.dumps({
            "available": list(window.screen().availableGeometry().getRect()),
            "frame": list(frame.getRect()),
            "scale": window.devicePixelRatio(),
            "parts": {
                "next": rect(window.wizard.next_button),
                "back": rect(window.wizard.back_button),
                "status bar": rect(window.statusBar()),
                "round bar": rect(window.review_actions.toolbar),
            },
        }))
        app.quit()

    QTimer.singleShot(50, report)
    app.exec()
    """
)


def _screen_config(tmp_path, width: int, height: int) -> str:
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    return f"offscreen:configfile={config}"


def _probe(tmp_path, mode: str, platform: str, scale: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]) if mode == "report" else {}


def _assert_fits(seen: dict) -> None:
    left, top, width, height = seen["available"]
    screen = QRect(left, top, width, height)
    assert screen.contains(QRect(*seen["frame"])), seen
    for name, part in seen["parts"].items():
        assert screen.contains(QRect(*part)), (name, seen)


@pytest.mark.slow
def test_remembered_big_window_fits_1600x1000_at_200_percent(tmp_path):
    _probe(tmp_path, "remember", _screen_config(tmp_path, 2560, 1600), "1")
    stored = window_state.state_store().value("window/geometry")
    assert isinstance(stored, QByteArray) and not stored.isEmpty()  # a big window really was remembered
    seen = _probe(tmp_path, "report", _screen_config(tmp_path, 1600, 1000), "2")
    assert seen["scale"] == 2
    assert seen["available"][2:] == [800, 500]  # 1600×1000 device pixels at 200%
    _assert_fits(seen)


@pytest.mark.slow
def test_first_launch_fits_1600x1000_at_200_percent(tmp_path):
    seen = _probe(tmp_path, "report", _screen_config(tmp_path, 1600, 1000), "2")
    _assert_fits(seen)
