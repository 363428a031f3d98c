"""Exports run off the UI thread, show progress, and can be cancelled without touching the old file."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from pdr_desktop.export import ExportCancelled, ExportReport
from pdr_desktop.ui import export_worker
from pdr_desktop.ui.export_worker import run_exports


def test_the_window_keeps_running_while_a_long_pdf_is_written(
    qtbot, form, sample_draft, tmp_path, monkeypatch
):
    sample_draft.answers["wider.self"] = (
        "A long reflective answer about the year. " * 5000
    )  # 200,000 characters
    ui_ran_during_export = threading.Event()
    exporting = threading.Event()
    real_export = export_worker.export_file

    def export_then_wait_for_the_ui(*args):
        # How long the export takes depends on the machine; what matters is that the UI
        # thread runs its timers while the worker is busy. If the export ran on the UI thread
        # no timer could fire here and the wait would time out.
        exporting.set()
        report = real_export(*args)
        assert ui_ran_during_export.wait(10), "the UI thread was blocked during the export"
        return report

    monkeypatch.setattr(export_worker, "export_file", export_then_wait_for_the_ui)
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks = []

    def tick() -> None:
        ticks.append(threading.current_thread() is threading.main_thread())
        if exporting.is_set():
            ui_ran_during_export.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    path = tmp_path / "long.pdf"
    outcome = run_exports(parent, form, sample_draft, [(path, "pdf")], "Exporting")
    timer.stop()
    assert outcome.written == [path] and path.stat().st_size > 0, outcome.failed
    assert ui_ran_during_export.is_set() and ticks and all(ticks)


def test_the_export_itself_runs_on_a_worker_thread_with_progress(
    qtbot, form, sample_draft, tmp_path, monkeypatch
):
    seen: dict = {"threads": [], "progress": []}

    def fake_export(form, draft, path, fmt, progress):
        seen["threads"].append(threading.current_thread() is threading.main_thread())
        for step in range(5):
            progress(step / 5, f"Page {step + 1}")
        path.write_bytes(b"%PDF-")
        return ExportReport(path, fmt)

    monkeypatch.setattr(export_worker, "export_file", fake_export)
    original = QProgressDialog.setValue
    monkeypatch.setattr(
        QProgressDialog, "setValue", lambda self, v: seen["progress"].append(v) or original(self, v)
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    targets = [(tmp_path / "a.docx", "docx"), (tmp_path / "a.pdf", "pdf")]
    outcome = run_exports(parent, form, sample_draft, targets, "Exporting")
    assert seen["threads"] == [False, False]
    assert outcome.written == [p for p, _ in targets]
    assert seen["progress"] == sorted(seen["progress"]) and max(seen["progress"]) > 500


def test_cancel_stops_the_export_and_leaves_the_previous_file(
    qtbot, form, sample_draft, tmp_path, monkeypatch
):
    previous = tmp_path / "mine.pdf"
    previous.write_bytes(b"the copy sent last week")
    started = threading.Event()

    def slow_export(form, draft, path, fmt, progress):
        started.set()
        for _ in range(500):
            progress(0.1, "Page 1")  # raises ExportCancelled once Cancel is pressed
            # time.sleep, not a timed Event.wait: under faketime (CI's second run) a timed lock
            # wait computes its deadline from the faked clock and never returns.
            time.sleep(0.01)
        raise AssertionError("Cancel was not honoured")

    monkeypatch.setattr(export_worker, "export_file", slow_export)

    def press_cancel():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        )
        dialog.findChild(QPushButton).click()  # what a person does

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(900, press_cancel)  # after the dialog has appeared (400 ms)
    outcome = run_exports(parent, form, sample_draft, [(previous, "pdf")], "Exporting")
    assert started.is_set()
    assert outcome.cancelled == [previous] and outcome.written == []
    assert previous.read_bytes() == b"the copy sent last week"


def test_a_real_cancelled_pdf_export_writes_nothing(form, sample_draft, tmp_path):
    from pdr_desktop.export import export_file

    path = tmp_path / "never.pdf"

    def cancel_at_page_two(fraction, message):
        if message == "writing page 2":
            raise ExportCancelled

    try:
        export_file(form, sample_draft, path, "pdf", cancel_at_page_two)
    except ExportCancelled:
        pass
    else:
        raise AssertionError("the export should have been cancelled")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either


def test_the_window_says_what_the_pdf_could_not_print(qtbot, form, sample_draft, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from pdr_desktop.settings import Settings
    from pdr_desktop.ui.export_actions import install_export_actions

    sample_draft.answers["standards.s2.self"] = "A good year 🦄🦄🦄"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.form, window.draft, window.draft_path, window.settings = form, sample_draft, None, Settings()
    window.menus = SimpleNamespace(menu_file=window.menuBar().addMenu("&File"))
    window.save_now = lambda: True
    actions = install_export_actions(window)
    target = tmp_path / "mine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    assert actions.export_dialog() == [target]
    title, text = shown[0]
    assert "cannot be printed" in title
    assert "• 3 characters in Practice Standards › 2. Children are spoken to" in text
    assert "print as □" in text
    assert "The Word copy and your draft keep every character" in text
