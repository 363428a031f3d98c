"""What a screen reader really gets: the app on a real X server (Xvfb) with Qt's AT-SPI bridge,
read by an AT-SPI client (pyatspi, as Orca uses it) in a private D-Bus session.

The client (atspi_client.py) runs under the system Python that has pyatspi; it starts the app,
presses keys with xdotool and writes what it saw to JSON. These tests judge that record:
names on every control of every page, roles, the read-only state of the other person's
answers with the reason, the save status and mode as readable text that changes, status-bar
messages, one focus event per page change, Ctrl+E from a single-line box; and, in a second
run at QT_SCALE_FACTOR=2 on a 1600×1000 screen, that a remembered bigger window fits.

Needs: Xvfb, dbus-run-session, xdotool, at-spi2-core and python3-pyatspi (apt). Without them
the tests skip and say which is missing - unless PDR_REQUIRE_ATSPI=1 (CI sets it), when a
missing part fails the run instead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pdr_desktop import paths
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.registry import default_registry
from pdr_desktop.review.sample import build_sample

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "radio button",
    "check box",
    "text",
    "entry",
    "spin button",
    "combo box",
    "list",
    "list item",
    "table",
}
REQUIRED = os.environ.get("PDR_REQUIRE_ATSPI", "") == "1"


def missing_parts() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    launchers = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
    if not any(Path(p).exists() for p in launchers) and shutil.which("at-spi-bus-launcher") is None:
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if probe.returncode != 0:
            missing.append("python3-pyatspi (import pyatspi under /usr/bin/python3)")
    return missing


MISSING = missing_parts()
if MISSING and not REQUIRED:
    pytestmark = pytest.mark.skip(reason="AT-SPI test needs: " + ", ".join(MISSING))


def real_time_env() -> dict[str, str]:
    """This process's environment without libfaketime: under `make test-another-day` the app's
    own clock is not what this test is about, and the X server and D-Bus want real time."""
    env = dict(os.environ)
    for name in ("LD_PRELOAD", "FAKETIME", "FAKETIME_NO_CACHE", "DONT_FAKE_MONOTONIC"):
        env.pop(name, None)
    return env


class VirtualScreen:
    """An Xvfb server on a free display number (-displayfd), stopped at the end."""

    def __init__(self, size: str) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=real_time_env(),
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            self.display = ":" + pipe.readline().strip()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def run_client(home: Path, draft: Path, size: str, extra_env: dict[str, str], frame_only: bool) -> dict:
    assert not MISSING, "AT-SPI test needs: " + ", ".join(MISSING)
    screen = VirtualScreen(size)
    out = home / ("frame.json" if frame_only else "tree.json")
    env = {
        **real_time_env(),
        "DISPLAY": screen.display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        paths.HOME_ENV: str(home),
        **extra_env,
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # a private session: never the desktop's own
    app = [sys.executable, "-m", "pdr_desktop", str(draft)]
    client = [SYSTEM_PYTHON, str(HERE / "atspi_client.py"), str(out)]
    client += ["--frame-only"] if frame_only else []
    try:
        done = subprocess.run(
            ["dbus-run-session", "--", *client, "--", *app],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        screen.stop()
    assert out.exists(), f"the client wrote nothing: {done.stderr[-3000:]}"
    record = os.environ.get("PDR_ATSPI_RECORD")  # a folder: keep what the client saw, to read it
    if record:
        Path(record).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(record) / out.name)
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["errors"] == [], result["errors"]
    return result


def _home(tmp_path_factory, name: str) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp(name)
    site = home / "empty-site-settings.json"
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    draft = build_sample(default_registry().get("portsmouth-early-help-2022"))
    draft.review.current_round = "six_month"  # progress is scaled: every page has inputs
    path = home / "Siobhan sample.pdr"
    write_draft(draft, path)
    return home, path


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    home, draft = _home(tmp_path_factory, "atspi")
    site = str(home / "empty-site-settings.json")
    return run_client(home, draft, "1600x1000", {paths.SITE_SETTINGS_ENV: site}, frame_only=False)


def controls(nodes: list[dict]) -> list[dict]:
    return [n for n in nodes if n["role"] in CONTROL_ROLES and "focusable" in n["states"]]


def page(seen: dict, title: str) -> dict:
    return next(p for p in seen["pages"] if p["task"].startswith(title))


def test_every_page_is_walked(seen):
    titles = [item["name"] for item in seen["task_list"]]
    assert len(titles) >= 10 and titles[0].startswith("Details")
    assert [p["task"] for p in seen["pages"]] == titles  # Ctrl+PgDn reached each, in order
    assert all(len(controls(p["nodes"])) >= 3 for p in seen["pages"])


def test_every_control_on_every_page_has_a_name(seen):
    unnamed = [
        (p["task"], n["role"]) for p in seen["pages"] for n in controls(p["nodes"]) if not n["name"].strip()
    ]
    assert unnamed == []


def test_roles_are_what_they_look_like(seen):
    details = page(seen, "Details")["nodes"]
    assert {"role": "list", "name": "Sections"}.items() <= next(
        n for n in details if n["role"] == "list"
    ).items()
    items = [n for n in details if n["role"] == "list item"]
    assert items and all(", " in n["name"] for n in items)  # "Details, Completed": the tag is read
    standards = page(seen, "Practice Standards")["nodes"]
    assert sum(n["role"] == "radio button" for n in standards) >= 20
    assert any(n["role"] == "text" and "multi line" in n["states"] for n in standards)
    assert any(n["role"] == "push button" and n["name"].startswith("Next") for n in standards)


def test_the_managers_answers_are_read_only_and_say_whose(seen):
    standards = page(seen, "Practice Standards")["nodes"]
    radios = [n for n in standards if n["role"] == "radio button"]
    locked = [n for n in radios if "read only" in n["states"]]
    assert len(locked) == len(radios) >= 20  # every Yes/No there is the manager's
    for node in locked:
        assert "Your manager's part" in node["description"], node
        assert node.get("relations", {}).get("described by") == ["Manager's part"], node
    own = [n for n in standards if n["role"] == "text" and n["name"].endswith("My Self-assessment")]
    assert own and not any("read only" in n["states"] for n in own)
    comments = [n for n in standards if n["role"] == "text" and n["name"].startswith("Comment:")]
    assert comments and all("read only" in n["states"] for n in comments)
    assert all("Your manager's part" in n["description"] for n in comments)


def test_in_manager_mode_the_practitioners_words_are_read_only(seen):
    nodes = seen["manager_standards"]
    boxes = [n for n in nodes if n["role"] == "text" and n["name"].startswith("Practice standard")]
    theirs = [n for n in boxes if "read only" in n["states"]]
    assert theirs and all("The practitioner's part" in n["description"] for n in theirs)
    radios = [n for n in nodes if n["role"] == "radio button"]
    assert radios and not any("read only" in n["states"] for n in radios)


def _save_label(nodes: list[dict]) -> dict:
    return next(n for n in nodes if n["role"] == "label" and n["description"] == "Save status")


def test_the_save_status_is_readable_and_changes(seen):
    before = _save_label(seen["status_bar"])
    assert before["name"].startswith("Saved ")
    changes = [
        e["text"] or e["source"]
        for e in seen["after_typing"]
        if e["type"] == "object:property-change:accessible-name" and e["role"] == "label"
    ]
    assert "Saving…" in changes and any(text.startswith("Saved ") for text in changes), changes
    assert _save_label(seen["status_after_typing"])["name"].startswith("Saved ")


def test_status_bar_messages_are_readable_and_announced(seen):
    assert seen["status_bar_self"]["name"] == "Status bar"
    assert seen["status_bar_after_save"]["name"].startswith("Saved to ")
    spoken = [e["text"] for e in seen["after_save"] if e["type"] == "object:announcement"]
    assert any(text.startswith("Saved to ") for text in spoken), seen["after_save"]


def test_the_mode_is_readable_and_announced(seen):
    mode = next(n for n in seen["status_bar"] if n["description"] == "Mode")
    assert mode["name"] == "Practitioner mode"
    assert next(n for n in seen["status_after_mode"] if n["description"] == "Mode")["name"] == "Manager mode"
    spoken = [e["text"] for e in seen["after_manager_mode"] if e["type"] == "object:announcement"]
    assert "Manager mode" in spoken


def test_one_focus_event_per_page_change_and_it_shows(seen):
    for visited in seen["pages"][1:]:
        # A table is announced with its current cell (its active descendant): one widget.
        events = [e for e in visited["focus_events"] if e["role"] != "table cell"]
        assert len(events) == 1, (visited["task"], events)
        focus = visited["focus"]
        assert focus is not None and "showing" in focus["states"] and focus["name"], visited["task"]


def test_ctrl_e_from_a_single_line_box_opens_export(seen):
    windows = [w["name"] for w in seen["after_ctrl_e"]["windows"]]
    created = [e["source"] for e in seen["after_ctrl_e"]["events"] if e["type"] == "window:create"]
    assert any(name.startswith("Export conversation") for name in windows + created), (windows, created)


def test_a_remembered_big_window_fits_1600x1000_at_200_percent(tmp_path_factory):
    home, draft = _home(tmp_path_factory, "atspi-zoom")
    env = {paths.SITE_SETTINGS_ENV: str(home / "empty-site-settings.json"), "QT_SCALE_FACTOR": "1"}
    # First run at 100% on a big screen, closed at 2200×1520 logical pixels: remembered.
    remember = [sys.executable, "-c", REMEMBER, str(draft)]
    subprocess.run(
        remember, env={**real_time_env(), **env, paths.HOME_ENV: str(home)}, check=True, timeout=120
    )
    seen = run_client(home, draft, "1600x1000", {**env, "QT_SCALE_FACTOR": "2"}, frame_only=True)
    width, height = seen["screen"]
    x, y, w, h = seen["frame"]
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, seen
    for name, part in seen["parts"].items():
        assert part is not None, name
        px, py, pw, ph = part
        assert px >= 0 and py >= 0 and px + pw <= width and py + ph <= height, (name, seen)


REMEMBER = """
import sys
from pdr_desktop.ui.app import create_application
from pdr_desktop.ui.main_window import MainWindow
app = create_application()
window = MainWindow()
window.show()
window.resize(2200, 1520)
app.processEvents()
window.close()
"""
