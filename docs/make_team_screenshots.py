"""Screenshots of the manager's team view (docs/screenshots/20-*.png, 21-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_team_screenshots.py
    # or on a real X server, as the README's were taken:
    Xvfb :17 -screen 0 1600x900x24 &
    DISPLAY=:17 QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_team_screenshots.py

Also run by docs/make_screenshots.py (`take`). The team is the eleven-strong sample team
(pdr_desktop.team.sample_team) at a fixed date in the six-month review season, plus the
sample draft sent twice (an earlier Word copy and a newer .pdr) and a file cut off while
copying, in a folder that looks like a manager's OneDrive.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2027, 3, 24)
MOMENT = datetime(2027, 3, 24, 9, 41)
SIZE = (1500, 820)
DISPLAY_FOLDER = "/home/tomas/OneDrive - Portsmouth City Council/PDR/My team"
WORK = Path(tempfile.gettempdir()) / "pdr-desktop-team-screenshots"


def build_folder(folder: Path) -> None:
    from pdr_desktop.drafts import read_draft, write_draft
    from pdr_desktop.export import export_draft
    from pdr_desktop.forms import default_registry
    from pdr_desktop.review.sample import build_sample
    from pdr_desktop.team.sample_team import write_team

    registry = default_registry()
    form = registry.get("portsmouth-early-help-2022")
    write_team(folder, form, TODAY)
    # Another practitioner whose form arrived twice: a Word copy first, the .pdr a day later.
    draft = build_sample(form)
    draft.answers["details.name"] = "Niamh Byrne"
    draft.answers["details.position"] = "Early Help Practitioner"
    draft.answers["details.period_covered"] = "September 2026 to August 2027"
    draft.review.current_round = "six_month"
    draft.review.completed_rounds = ["initial"]
    draft.review.meetings = {"initial": "2026-10-14", "six_month": (TODAY + timedelta(days=12)).isoformat()}
    draft.signatures.clear()
    for fld in form.fields.values():
        if fld.type.value == "signature" or fld.round == "final":
            draft.answers.pop(fld.id, None)
    newer = folder / "Niamh Byrne – Performance conversation.pdr"
    write_draft(draft, newer, backup=False)
    export_draft(form, read_draft(newer, registry), folder / "Niamh Byrne (sent 17 March).docx", "docx")
    from pdr_desktop import clock as clock_module

    clock_module.current_clock().advance(days=1)  # type: ignore[attr-defined]
    later = read_draft(newer, registry)
    later.answers["details.position"] = "Senior Early Help Practitioner"
    write_draft(later, newer, backup=False)
    clock_module.current_clock().advance(days=-1)  # type: ignore[attr-defined]
    (folder / "Jordan Lee – copied from USB.pdr").write_text(
        '{"format": "pdr-desktop-draft", "schema_version": 2, "answers": {"details.name": "Jor',
        encoding="utf-8",
    )


def show_display_path(view, real: str) -> None:
    view.folder_label.setText(view.folder_label.text().replace(real, DISPLAY_FOLDER))


def take(save: Callable[[object, str], None] | None = None) -> list[str]:
    """Build the folder, open the team view on it and save both tabs; returns the file names."""
    from PySide6.QtWidgets import QApplication

    from pdr_desktop import clock as clock_module
    from pdr_desktop.forms import default_registry
    from pdr_desktop.settings import load_settings
    from pdr_desktop.ui.review.team_view import TeamView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    previous = clock_module.install(clock_module.FixedClock(MOMENT))
    try:
        if WORK.exists():
            shutil.rmtree(WORK)
        folder = WORK / "My team"
        build_folder(folder)
        settings = load_settings()
        settings.team_folders = [str(folder)]
        view = TeamView(
            default_registry(), clock_module.current_clock(), lambda _p: True, settings, cache_path=False
        )
        view.resize(*SIZE)
        done: list[bool] = []
        view.refreshed.connect(lambda: done.append(True))
        view.show()
        while not done:
            app.processEvents()
        show_display_path(view, str(folder))
        names = ["20-team-view", "21-team-training-needs"]
        view.select_path(folder / "Bartosz Zieliński – Performance conversation.pdr")
        _save(view, names[0], save)
        view.tabs.setCurrentIndex(1)
        view.training.tree.scrollToTop()
        _save(view, names[1], save)
        view.close()
        return [f"{n}.png" for n in names]
    finally:
        clock_module.install(previous)


def _save(widget, name: str, save: Callable[[object, str], None] | None) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    if save is not None:
        save(widget, name)
        return
    for _ in range(20):
        QApplication.processEvents()
    QTest.qWait(200)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    home = Path(tempfile.gettempdir()) / "pdr-desktop-team-screenshots-home"
    shutil.rmtree(home, ignore_errors=True)
    os.environ["PDR_DESKTOP_HOME"] = str(home)
    site = home / "site-settings.json"
    home.mkdir(parents=True)
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    os.environ["PDR_DESKTOP_SITE_SETTINGS"] = str(site)
    from pdr_desktop.ui.app import create_application

    _app = create_application()
    take()
