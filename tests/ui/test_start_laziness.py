"""Starting the window loads only what the first frame needs (issue 17: start-up time).

Export (reportlab, python-docx, pypdf, openpyxl) and the spelling dictionary's reader (spylls)
load on first use or after the window has painted; on Linux psutil and socket wait too. Each
start runs in a fresh interpreter, as a person's does: one test's imports must not hide another's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pdr_desktop.drafts.model import Draft
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui.first_paint import FIRST_PAINT_ENV

HEAVY = ("reportlab", "docx", "pypdf", "openpyxl", "spylls") + (
    # On Linux the lock's process start time is read from /proc, and the host name from uname.
    ("psutil", "socket") if sys.platform.startswith("linux") else ()
)

# The window's own parts the start page does not show: built straight after its first frame
# (ui/window_parts.py), with the focus style (ui/theme.py apply_theme).
LATER_PARTS = (
    "pdr_desktop.ui.wizard",
    "pdr_desktop.ui.draft_session",
    "pdr_desktop.ui.export_actions",
    "pdr_desktop.ui.review.actions",
    "pdr_desktop.ui.spelling.menu",
    "pdr_desktop.ui.focus_style",
)

# The real start-up path (pdr-desktop, or pdr-desktop FILE); at the first paint of the main
# window it prints which heavy libraries are loaded, then quits.
START = textwrap.dedent(
    f"""
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    class AtFirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                if obj.window().isVisible() and obj.window().inherits("QMainWindow"):
                    app.removeEventFilter(self)
                    loaded = sorted({{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r}))
                    print("LOADED " + json.dumps(loaded), flush=True)
                    parts = sorted(set(sys.modules) & set({LATER_PARTS!r}))
                    print("PARTS " + json.dumps(parts), flush=True)
                    focus_style = getattr(app, "_pdr_focus_style", None) is not None
                    print("FOCUS_STYLE " + str(focus_style), flush=True)
                    app.closeAllWindows()
                    app.quit()
            return False

    app = QApplication(sys.argv[:1])
    watcher = AtFirstPaint()
    app.installEventFilter(watcher)
    from pdr_desktop.cli import main
    main(sys.argv[1:])
    """
)


def child_env(home: Path) -> dict[str, str]:
    """A fresh start's environment, not measured by coverage: coverage's own start-up in the child
    (patch = ["subprocess"]) imports socket for its data file's name, which would be blamed on the app."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("COVERAGE_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PDR_DESKTOP_HOME=str(home),
        PDR_DESKTOP_SMOKE_QUIT_MS="60000",  # no first-start role question
    )
    return env


def at_first_paint(home: Path, *args: str) -> dict[str, str]:
    """What the child printed at the first paint: LOADED, PARTS (JSON lists) and FOCUS_STYLE."""
    env = child_env(home)
    done = subprocess.run(
        [sys.executable, "-c", START, *args], env=env, capture_output=True, text=True, timeout=120
    )
    said = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "LOADED" in said, f"the window never painted (exit {done.returncode}): {done.stderr[-2000:]}"
    return said


def loaded_at_first_paint(home: Path, *args: str) -> list[str]:
    return json.loads(at_first_paint(home, *args)["LOADED"])


def test_the_start_page_loads_no_export_or_dictionary_library(tmp_path):
    assert loaded_at_first_paint(tmp_path / "home") == []


def test_opening_a_draft_from_the_command_line_loads_none_either(tmp_path, form):
    path = tmp_path / "Sample.pdr"
    write_draft(build_sample(form), path)
    assert loaded_at_first_paint(tmp_path / "home", str(path)) == []


def test_the_start_page_paints_before_the_wizard_and_the_menus_parts_exist(tmp_path):
    said = at_first_paint(tmp_path / "home")
    assert json.loads(said["PARTS"]) == []
    assert said["FOCUS_STYLE"] == "False"  # added after the first frame


def test_a_draft_from_the_command_line_paints_with_the_whole_window(tmp_path, form):
    path = tmp_path / "Sample.pdr"
    write_draft(build_sample(form), path)
    said = at_first_paint(tmp_path / "home", str(path))
    assert json.loads(said["PARTS"]) == sorted(LATER_PARTS)
    assert said["FOCUS_STYLE"] == "True"  # styled before its pages are built, not after


def test_the_check_sees_a_library_that_is_loaded(tmp_path, monkeypatch):
    # A check that can't fail proves nothing: a start that imports pypdf first is caught.
    code_path = tmp_path / "sitecustomize.py"
    code_path.write_text("import pypdf\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    assert loaded_at_first_paint(tmp_path / "home") == ["pypdf"]


# The start page paints without the page kinds and field widgets; once it has painted they are
# loaded, so a page visited straight after opening a draft only has to be built.
WARMED = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from pdr_desktop.ui.app import create_application, start_window

    app = create_application()
    window = start_window([])
    at_start = "pdr_desktop.ui.pages.kinds" in sys.modules
    QTimer.singleShot(3000, app.quit)  # the window paints, then work that waited for it runs
    app.exec()
    print("WARMED", at_start, "pdr_desktop.ui.pages.kinds" in sys.modules, flush=True)
    print("COMPLETE", window.is_complete, getattr(app, "_pdr_focus_style", None) is not None, flush=True)
    """
)


def test_page_modules_load_after_the_first_paint_not_before(tmp_path):
    env = child_env(tmp_path / "home")
    command = [sys.executable, "-c", WARMED]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert "WARMED False True" in done.stdout, done.stderr[-2000:]
    # …and the rest of the window, with the focus style, is there without anyone asking.
    assert "COMPLETE True True" in done.stdout, done.stderr[-2000:]


# PySide makes a class's Python type (with all its enum types) when it is first named: QStyle's
# costs about 18 ms, QMessageBox's 3, the Qt namespace's (93 enum types) about 23. The start page
# draws no list item, shows no message and names no Qt enum, so none is made before its first
# frame; nor are OpenSSL's hashes loaded (recovery copies' keys).
# Seen through the app's own first-paint hook: a Python event filter on the whole application
# (as START has) would make the type of every object it is handed.
LATE = ("QStyle", "QMessageBox", "Qt", "hashlib")
TYPES_AT_FIRST_PAINT = textwrap.dedent(
    f"""
    import json, sys
    from pdr_desktop.ui import first_paint

    def report(reporter):
        import PySide6.QtCore as core
        import PySide6.QtWidgets as widgets
        made = set(vars(widgets)) | set(vars(core)) | set(sys.modules)
        print("MADE " + json.dumps(sorted(made & set({LATE!r}))), flush=True)
        reporter._quit()

    first_paint.FirstPaintReporter._report = report
    from pdr_desktop.cli import main
    main(sys.argv[1:])
    """
)


def made_at_first_paint(tmp_path: Path, *args: str) -> list[str]:
    env = child_env(tmp_path / "home") | {FIRST_PAINT_ENV: str(tmp_path / "painted.txt")}
    done = subprocess.run(
        [sys.executable, "-c", TYPES_AT_FIRST_PAINT, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "MADE" in said, f"the window never painted (exit {done.returncode}): {done.stderr[-2000:]}"
    return json.loads(said["MADE"])


def test_the_start_page_makes_no_style_message_box_or_qt_namespace_type_and_loads_no_hashes(tmp_path):
    assert made_at_first_paint(tmp_path) == []


def test_a_start_page_listing_drafts_makes_no_style_type_and_loads_no_hashes(tmp_path, form):
    # A returning person's start: the rows are drawn without QStyle, and with no recovery copy
    # about, no draft's recovery key is worked out (a signed draft's summary checks its
    # signatures with hashlib: this one is not signed). The selected row's text colour is set
    # with QPainter.setPen, and choosing among its overloads (one takes a Qt.PenStyle) makes Qt's.
    write_draft(Draft.new(form), tmp_path / "home" / "drafts" / "Started.pdr")
    assert made_at_first_paint(tmp_path) == ["Qt"]


def test_the_type_check_sees_a_type_that_was_made(tmp_path, form):
    # A draft's task list is drawn through QStyle and names Qt's enums: the check must see both.
    path = tmp_path / "Sample.pdr"
    write_draft(build_sample(form), path)
    assert {"QStyle", "Qt"} <= set(made_at_first_paint(tmp_path, str(path)))


# Garbage collection is back on once the window has painted, with start-up's garbage freed and the
# rest frozen (cli.gui_main turns it off; tests/unit/test_cli_dispatch.py sees it off while the
# window starts). Seen inside the app, just after the first frame: gui_main's own `finally`
# turns it on again when the app ends, whatever happened before.
COLLECTING_AFTER = textwrap.dedent(
    """
    import gc
    import weakref

    import pdr_desktop.ui.app as app
    from pdr_desktop.cli import main

    class Cycle:
        pass

    gc.disable()  # as gui_main does, a moment early: the cycle is garbage made during start-up
    garbage = Cycle()
    garbage.itself = garbage
    garbage = weakref.ref(garbage)
    resume = app.collect_garbage_again

    def observed():
        off = not gc.isenabled()
        resume()
        print("RESUMED", off, gc.isenabled(), gc.get_freeze_count() > 0, garbage() is None, flush=True)

    app.collect_garbage_again = observed
    main([])
    """
)


def test_garbage_collection_resumes_after_the_first_frame_with_start_up_garbage_freed(tmp_path):
    env = child_env(tmp_path / "home") | {"PDR_DESKTOP_SMOKE_QUIT_MS": "2000"}
    done = subprocess.run(
        [sys.executable, "-c", COLLECTING_AFTER], env=env, capture_output=True, text=True, timeout=120
    )
    assert "RESUMED True True True True" in done.stdout, done.stdout + done.stderr[-2000:]
