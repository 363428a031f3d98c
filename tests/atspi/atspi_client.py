"""A screen-reader client for the AT-SPI test: run with the system Python that has pyatspi.

    dbus-run-session -- /usr/bin/python3 atspi_client.py OUT.json [--frame-only] -- APP COMMAND…

Inside the D-Bus session (and the X display in $DISPLAY) it starts the app, finds it on the
accessibility bus as Orca would, and records what a screen reader gets: every page's tree
(role, name, description, states, relations of what is showing), the events heard while
keys are pressed (focus changes, name changes, announcements), the save status before and
after an edit, the status bar after Ctrl+S, and whether Ctrl+E opens the export dialog from
a single-line box. It asserts nothing: it writes what it saw to OUT.json for pytest to judge.
Keys are pressed with xdotool, on the real X server, as a person would.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "PDR Desktop"


def pump(seconds: float) -> None:
    """Let events arrive (pyatspi delivers them from the GLib main loop)."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def find_app(timeout: float = 60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == APP_NAME:
                return app
        pump(0.25)
    raise SystemExit(f"{APP_NAME} did not appear on the accessibility bus")


def states(node) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def relations(node) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation in node.getRelationSet():
        kind = pyatspi.relationToString(relation.getRelationType())
        found[kind] = [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return found


def describe(node) -> dict:
    entry = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": states(node),
    }
    related = relations(node)
    if related:
        entry["relations"] = related
    return entry


def walk(node, showing_only: bool = True) -> list[dict]:
    """Every node under *node* that is on screen (hidden pages and closed menus left out)."""
    found = []
    for child in node:
        if child is None:
            continue
        try:
            entry = describe(child)
        except Exception:  # a node that went away while we looked (a page being rebuilt)
            continue
        if showing_only and "showing" not in entry["states"]:
            continue
        found.append(entry)
        if child.getRoleName() not in ("menu bar",):
            found += walk(child, showing_only)
    return found


def find(node, predicate, showing_only: bool = True):
    for child in node:
        if child is None:
            continue
        try:
            if showing_only and not child.getState().contains(pyatspi.STATE_SHOWING):
                continue
            if predicate(child):
                return child
            hit = find(child, predicate, showing_only)
        except Exception:
            continue
        if hit is not None:
            return hit
    return None


def focused(app):
    return find(app, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    pump(0.8)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)
    pump(0.8)


class Heard:
    """Events a screen reader would be told about."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        for kind in (
            "object:state-changed:focused",
            "object:property-change:accessible-name",
            "object:announcement",
            "window:create",
        ):
            pyatspi.Registry.registerEventListener(self.heard, kind)

    def heard(self, event) -> None:
        try:
            source = event.source.name if event.source is not None else ""
            role = event.source.getRoleName() if event.source is not None else ""
        except Exception:
            source, role = "", ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append(
            {"type": event.type, "source": source, "role": role, "detail1": event.detail1, "text": data}
        )

    def since(self, mark: int) -> list[dict]:
        return self.events[mark:]


def where(node) -> list[int]:
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return [box.x, box.y, box.width, box.height]


def frame_only(app, result: dict) -> None:
    """Where the window and its furniture are on the screen (for the 200% test)."""
    frame = next(child for child in app if child is not None and child.getRoleName() == "frame")
    pump(3.0)  # the window is fitted once shown
    screen = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True, check=True)
    result["screen"] = [int(v) for v in screen.stdout.split()]
    result["frame"] = where(frame)
    parts = {}
    for label, test in (
        ("next", lambda n: n.getRoleName() == "push button" and n.name.startswith("Next")),
        ("back", lambda n: n.getRoleName() == "push button" and n.name.startswith("Back")),
        ("status bar", lambda n: n.getRoleName() == "status bar"),
    ):
        node = find(frame, test)
        parts[label] = where(node) if node is not None else None
    result["parts"] = parts


def main() -> int:
    out_path = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1 :]
    app_process = subprocess.Popen(command)
    result: dict = {"pages": [], "errors": []}
    try:
        if "--frame-only" in sys.argv[: sys.argv.index("--")]:
            frame_only(find_app(), result)
            return 0
        heard = Heard()
        app = find_app()
        frame = next(child for child in app if child is not None and child.getRoleName() == "frame")
        pump(2.0)
        window_id = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", APP_NAME],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False)
        pump(1.0)
        result["frame"] = where(frame)

        # The task list: which pages there are.
        task_list = find(frame, lambda n: n.getRoleName() == "list" and n.name == "Sections")
        result["task_list"] = [describe(item) for item in task_list] if task_list else []
        pages = len(result["task_list"])

        # Focus into the first box of the first page, then Ctrl+PgDn through every page.
        for _ in range(pages):
            key("ctrl+Prior")
        first = find(frame, lambda n: n.getRoleName() == "text" and n.name == "Name")
        if first is not None:
            first.queryComponent().grabFocus()
            pump(0.8)
        for index in range(pages):
            mark = len(heard.events)
            if index:
                key("ctrl+Next")
            now = focused(app)
            selected = (
                [item.name for item in task_list if item.getState().contains(pyatspi.STATE_SELECTED)]
                if task_list
                else []
            )
            result["pages"].append(
                {
                    "task": selected[0] if selected else "",
                    "focus": describe(now) if now is not None else None,
                    "focus_events": [
                        e
                        for e in heard.since(mark)
                        if e["type"].startswith("object:state-changed:focused") and e["detail1"] == 1
                    ],
                    "nodes": walk(frame),
                }
            )

        # The status bar, the save status and the mode, as text.
        status_bar = find(frame, lambda n: n.getRoleName() == "status bar")
        result["status_bar"] = walk(status_bar) if status_bar else []
        result["status_bar_self"] = describe(status_bar) if status_bar else None

        # Back to Details; type in Name: the save status changes and is heard.
        for _ in range(pages):
            key("ctrl+Prior")
        name_box = find(frame, lambda n: n.getRoleName() == "text" and n.name == "Name")
        mark = len(heard.events)
        if name_box is not None:
            name_box.queryComponent().grabFocus()
            pump(0.5)
            key("End")
            type_text(" Jr")
            pump(3.0)  # autosave waits for a pause in typing
        result["after_typing"] = heard.since(mark)
        result["status_after_typing"] = walk(status_bar) if status_bar else []

        # Ctrl+S: a temporary status-bar message, readable and announced.
        mark = len(heard.events)
        key("ctrl+s")
        # The message shows for 5 s; on a busy machine the save may take a moment to be said,
        # so look for it for up to 15 s rather than once after a fixed pause.
        deadline = time.monotonic() + 15.0
        while status_bar and time.monotonic() < deadline:
            # Ask the app, not libatspi's cache: a name-change event can arrive late or coalesced.
            status_bar.clear_cache()
            if (status_bar.name or "").startswith("Saved to "):
                break
            pump(0.2)
        pump(0.3)  # the announcement event follows the name change
        result["after_save"] = heard.since(mark)
        if status_bar:
            status_bar.clear_cache()
        result["status_bar_after_save"] = describe(status_bar) if status_bar else None

        # Ctrl+E from the single-line Name box opens the export dialog (X11 has Emacs keys there).
        if name_box is not None:
            name_box.queryComponent().grabFocus()
            pump(0.5)
        mark = len(heard.events)
        key("ctrl+e")
        pump(2.0)
        dialogs = [
            describe(child)
            for child in app
            if child is not None and child.getRoleName() in ("dialog", "file chooser", "frame")
        ]
        result["after_ctrl_e"] = {"events": heard.since(mark), "windows": dialogs}
        key("Escape")
        pump(1.0)

        # Manager mode through the View menu's action, as a screen reader can press it.
        item = find(
            frame,
            lambda n: (
                n.getRoleName() in ("radio menu item", "check menu item", "menu item")
                and n.name == "Manager mode"
            ),
            showing_only=False,
        )
        mark = len(heard.events)
        if item is not None:
            item.queryAction().doAction(0)
            pump(1.5)
        result["after_manager_mode"] = heard.since(mark)
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False)
        name_box = find(frame, lambda n: n.getRoleName() == "text" and n.name == "Name")
        if name_box is not None:
            name_box.queryComponent().grabFocus()
            pump(0.5)
        key("ctrl+Next")  # Practice Standards, seen by the manager
        result["manager_standards"] = walk(frame)
        result["status_after_mode"] = walk(status_bar) if status_bar else []
    except Exception as exc:  # recorded for pytest: a crash here is a finding, not a hang
        result["errors"].append(f"{type(exc).__name__}: {exc}")
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app_process.kill()
        with open(out_path, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
