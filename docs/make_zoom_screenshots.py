"""Screenshots at 200% scaling on a 1600×1000 laptop screen: docs/screenshots/zoom-200-*.png.

    make screenshots
    # or: .venv/bin/python docs/make_zoom_screenshots.py

Qt's offscreen platform is given that screen (a config file) and QT_SCALE_FACTOR=2, so the
window has 800×500 logical pixels, as a person with 200% scaling has; the pictures are the
real 1600×1000 pixels. The window is placed as on a real start (fitted to the screen).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
WORK = Path(tempfile.gettempdir()) / "pdr-desktop-zoom-screenshots"
shutil.rmtree(WORK, ignore_errors=True)
WORK.mkdir(parents=True)
SCREEN = WORK / "screen-1600x1000.json"
SCREEN.write_text(
    json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1600, "height": 1000}]}),
    encoding="utf-8",
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ["QT_SCALE_FACTOR"] = "2"
os.environ["PDR_DESKTOP_HOME"] = str(WORK / "home")
SITE_FILE = WORK / "site-settings.json"
SITE_FILE.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
os.environ["PDR_DESKTOP_SITE_SETTINGS"] = str(SITE_FILE)

from PySide6.QtCore import QEventLoop  # noqa: E402 - after the environment is set
from PySide6.QtWidgets import QApplication  # noqa: E402

from pdr_desktop.clock import FixedClock, install  # noqa: E402
from pdr_desktop.drafts import write_draft  # noqa: E402
from pdr_desktop.forms import default_registry  # noqa: E402
from pdr_desktop.review.sample import build_sample  # noqa: E402

CLOCK = FixedClock(datetime(2026, 10, 12, 9, 41))
PAGES = {  # entry id → what gets the focus there (a field id; None: the page as it opens)
    "details": "details.name",
    "standards": "standards.s1.self",
    "objectives": "objectives.items",
    "progress": None,
    "__check__": None,
}


def settle(app: QApplication) -> None:
    for _ in range(40):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def main() -> int:
    from pdr_desktop.ui.app import create_application
    from pdr_desktop.ui.main_window import MainWindow

    install(CLOCK)
    app = create_application()
    window = MainWindow(clock=CLOCK)
    window.show()
    window.activateWindow()
    settle(app)
    draft = build_sample(default_registry().get("portsmouth-early-help-2022"))
    draft.review.current_round = "six_month"
    path = window.drafts_folder() / "Siobhan O Dalaigh 2025-26.pdr"
    write_draft(draft, path)
    window.open_path(path)
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    for number, (entry, field) in enumerate(PAGES.items(), start=1):
        window.show_section(entry)
        settle(app)
        if field:
            window.focus_field(field)
            settle(app)
        name = f"zoom-200-{number:02d}-{entry.strip('_')}.png"
        window.save_label.setText(f"Saved {CLOCK.now():%H:%M}")
        settle(app)
        window.grab().save(str(OUT / name))
        room = window.screen().availableGeometry()
        print(f"{name}: {window.width()}×{window.height()} in {room.width()}×{room.height()} logical")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
