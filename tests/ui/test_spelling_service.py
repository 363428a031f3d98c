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
