"""The spelling service outlives nothing: a window closed while the dictionary loads stays quiet."""

from __future__ import annotations

import threading

import shiboken6

from pdr_desktop.ui.spelling import service as service_mod
from pdr_desktop.ui.spelling.service import SpellingService


def test_a_service_deleted_while_the_dictionary_loads_raises_nothing(qtbot, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(service_mod, "shared_dictionary", lambda: release.wait(10))
    failures: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    service = SpellingService()
    service.start_loading()
    loader = next(t for t in threading.enumerate() if t.name == "spelling-dictionary")
    shiboken6.delete(service)  # the window closed before the dictionary was read
    release.set()
    loader.join(10)
    assert not loader.is_alive()
    assert failures == []


def test_a_loader_finishing_after_the_app_quits_posts_nothing(qtbot, qapp, monkeypatch):
    """Qt is torn down at exit while the daemon loader may still run: a signal posted then crashed."""
    release = threading.Event()
    monkeypatch.setattr(service_mod, "shared_dictionary", lambda: release.wait(10))
    service = SpellingService()
    posted: list[str] = []
    service._loaded.connect(posted.append)
    service.start_loading()
    loader = next(t for t in threading.enumerate() if t.name == "spelling-dictionary")
    qapp.aboutToQuit.emit()  # what app.quit() says before exec() returns
    release.set()
    loader.join(10)
    qtbot.wait(50)  # a queued post would be delivered here
    assert posted == []
    assert not service.is_ready()


def test_a_loader_finishing_while_the_app_runs_is_heard(qtbot, monkeypatch):
    monkeypatch.setattr(service_mod, "shared_dictionary", lambda: None)
    service = SpellingService()
    with qtbot.waitSignal(service._loaded, timeout=5000) as heard:
        service.start_loading()
    assert heard.args == [""]


def test_a_window_opened_after_a_quit_gets_a_service_that_listens(qapp):
    before = service_mod.spelling_service()
    qapp.aboutToQuit.emit()
    assert service_mod.spelling_service() is not before
    assert not service_mod.spelling_service().quitting()
