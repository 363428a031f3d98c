"""Regenerate the screenshots in docs/screenshots/ (offscreen, deterministic).

    make screenshots
    # or: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Everything runs against the public MainWindow contract with a throw-away data folder, a
fixed window size and a fixed "today", using the sample draft (review.sample.build_sample)
and a few variations of it. A part of the UI that is missing or fails is skipped with a
printed note, so the script still produces everything else.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # Qt's offscreen screen is 800×800 and the window is fitted to the screen it opens on (as on
    # a real laptop): give it a 1920×1200 desktop so each shot has the size asked for.
    _screen = Path(tempfile.gettempdir()) / "pdr-desktop-screenshots-screen.json"
    _screen.write_text(
        json.dumps({"screens": [{"name": "Desktop", "x": 0, "y": 0, "width": 1920, "height": 1200}]}),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
# A fixed throw-away folder laid out like a real one; the shots show DISPLAY_HOME instead (the
# start page and Help say where conversations are kept, and a temp path reads like a test rig).
DISPLAY_HOME = "/home/siobhan/.local/share/pdr-desktop"
HOME = Path(tempfile.gettempdir()) / "pdr-desktop-screenshots" / DISPLAY_HOME.lstrip("/")
os.environ["PDR_DESKTOP_HOME"] = str(HOME)
# An empty organisation settings file, so a machine-wide file on this computer cannot leak in.
SITE_FILE = HOME / "site-settings.json"
os.environ["PDR_DESKTOP_SITE_SETTINGS"] = str(SITE_FILE)

TODAY = date(2026, 10, 12)
SIZE = (1280, 860)
LARGE_TEXT_ENV = "PDR_SCREENSHOTS_LARGE_TEXT"  # set for the child run that takes the 200% shot
SAVED_AT = datetime(2026, 10, 12, 9, 41).timestamp()  # every draft file's modification time

from PySide6.QtCore import QEventLoop  # noqa: E402 - after the environment is set
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from pdr_desktop.clock import FixedClock, install  # noqa: E402
from pdr_desktop.drafts import write_draft  # noqa: E402
from pdr_desktop.drafts.model import Draft  # noqa: E402
from pdr_desktop.export import import_file  # noqa: E402
from pdr_desktop.forms import default_registry  # noqa: E402
from pdr_desktop.forms.model import FieldType, FormDefinition, Role  # noqa: E402
from pdr_desktop.review.sample import build_sample  # noqa: E402

# The app's one clock, pinned to that morning: the window, and deep widgets that ask the installed
# clock (a signature's date), show the same day whenever the screenshots are taken.
CLOCK = FixedClock(datetime(2026, 10, 12, 9, 41))

taken: list[str] = []
skipped: list[str] = []


def settle() -> None:
    """Let layouts, polish and deferred fits finish, as the running app's event loop would.

    Boxes that grow with their text re-fit over several posted events and a short timer, so
    a handful of processEvents() calls is not enough (it caught text boxes half-grown).
    """
    from PySide6.QtTest import QTest

    app = QApplication.instance()
    for _ in range(50):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    QTest.qWait(150)
    for _ in range(10):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def display_paths(widget: QWidget) -> None:
    """Show DISPLAY_HOME wherever the throw-away folder's path appears on screen."""
    real = str(HOME)

    def fix(text: str) -> str:
        return text.replace(real, DISPLAY_HOME)

    widget.setWindowTitle(fix(widget.windowTitle()))
    for label in widget.findChildren(QLabel):
        if real in label.text():
            label.setText(fix(label.text()))
    for edit in widget.findChildren(QLineEdit):
        if real in edit.text():
            edit.setText(fix(edit.text()))
            edit.setCursorPosition(0)
    for button in widget.findChildren(QAbstractButton):
        if real in button.text():
            button.setText(fix(button.text()))
    for browser in widget.findChildren(QTextBrowser):
        if real in browser.toHtml():
            browser.setHtml(fix(browser.toHtml()))
    for tree in widget.findChildren(QTreeWidget):
        iterator = QTreeWidgetItemIterator(tree)
        while item := iterator.value():
            for column in range(tree.columnCount()):
                if real in item.text(column):
                    item.setText(column, fix(item.text(column)))
            iterator += 1


def save(widget: QWidget, name: str) -> None:
    settle()
    display_paths(widget)
    QApplication.instance().processEvents()
    if hasattr(widget, "save_label"):  # the main window: autosave may have touched the file
        fixed_save_label(widget)
        QApplication.instance().processEvents()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    taken.append(path.name)
    print(f"  {path.relative_to(ROOT)}")


def shot(name: str, make: Callable[[], None]) -> None:
    """Run one screenshot step; a missing or broken part is reported and skipped."""
    try:
        make()
    except Exception as exc:
        skipped.append(f"{name}: {type(exc).__name__}: {exc}")
        print(f"  SKIPPED {name}: {type(exc).__name__}: {exc}")
        if os.environ.get("SCREENSHOTS_TRACEBACK"):
            traceback.print_exc()


def write_fixed(draft: Draft, path: Path) -> Path:
    write_draft(draft, path, backup=False)
    os.utime(path, (SAVED_AT, SAVED_AT))
    return path


# --- the drafts shown -----------------------------------------------------------------------------


def partly_filled(form: FormDefinition, full: Draft, name: str, sections: set[str]) -> Draft:
    """A conversation part-way through: only the answers of some sections kept."""
    draft = Draft.new(form)
    for field_id, value in full.answers.items():
        if form.fields[field_id].section_id in sections:
            draft.answers[field_id] = copy.deepcopy(value)
    draft.answers["details.name"] = name
    draft.review.current_round = "initial"
    return draft


def make_drafts(form: FormDefinition, folder: Path) -> dict[str, Path]:
    sample = build_sample(form)
    sample.role = Role.PRACTITIONER.value
    files = {"sample": write_fixed(sample, folder / "Siobhán Ó Dálaigh 2025-26.pdr")}
    files["started"] = write_fixed(
        partly_filled(form, sample, "Kwame Mensah-Boateng", {"details", "standards"}),
        folder / "Kwame Mensah-Boateng 2026-27.pdr",
    )
    files["new"] = write_fixed(
        partly_filled(form, sample, "Zoë Whitfield", {"details"}), folder / "Zoë Whitfield 2026-27.pdr"
    )
    # The manager's copy of the sample with their own words changed: what "Compare with…" shows.
    theirs = sample.clone()
    manager_texts = [
        f.id for f in form.fields.values() if f.owner is Role.MANAGER and f.type is FieldType.LONGTEXT
    ]
    for field_id in manager_texts[:4]:
        theirs.answers[field_id] = (
            "Siobhán's recording is timely and child-centred; next step: lead a case discussion "
            "in the team meeting on working with fathers."
        )
    received = HOME / "received"
    received.mkdir(parents=True, exist_ok=True)
    files["theirs"] = write_fixed(theirs, received / "Siobhán Ó Dálaigh 2025-26 (manager).pdr")
    write_fixed(
        partly_filled(form, sample, "Kwame Mensah-Boateng", {"details", "standards", "wider"}),
        received / "Kwame Mensah-Boateng 2026-27.pdr",
    )
    write_fixed(
        partly_filled(form, sample, "Zoë Whitfield", {"details"}), received / "Zoë Whitfield 2026-27.pdr"
    )
    # The sample at its final review with a few things left: an empty answer, a "By when" that
    # is not a date, an empty cell, and the manager's final comments still to come.
    gaps = sample.clone()
    gaps.signatures.clear()
    gaps.answers["signoff.practitioner"] = {"name": "", "date": ""}
    gaps.answers["signoff.manager"] = {"name": "", "date": ""}
    gaps.answers["standards.s4.self"] = ""
    gaps.answers["objectives.items"][1]["by_when"] = "26"
    gaps.answers["objectives.items"][2]["by_whom"] = ""
    for field_id in [f for f in gaps.answers if f.startswith("comments.manager.final.")]:
        gaps.answers[field_id] = ""
    files["gaps"] = write_fixed(gaps, folder / "Siobhán Ó Dálaigh 2025-26 (with gaps).pdr")
    return files


# --- the shots ------------------------------------------------------------------------------------


def edited_council_form(folder: Path) -> Path:
    """The council's blank form filled in by hand, the way people edit it in Word."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Tomasz Nowak - performance conversation.docx"
    shutil.copy(ROOT / "tests" / "data" / "portsmouth-performance-conversation-blank.docx", path)
    document = docx.Document(str(path))
    details, standards = document.tables[0], document.tables[1]
    details.cell(1, 0).merge(details.cell(1, 1)).paragraphs[0].add_run("Tomasz Nowak, Personal Advisor")
    details.cell(1, 2).paragraphs[0].add_run("12/09/2025")
    standards.cell(1, 1).paragraphs[0].add_run("Consent explained with a picture plan at the first visit.")
    standards.cell(2, 2).paragraphs[0].add_run("Not yet")
    deleted = (
        f'<w:del {nsdecls("w")} w:id="1" w:author="Sam Patel" w:date="2026-07-21T10:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> and every review</w:delText></w:r></w:del>'
    )
    standards.cell(1, 1).paragraphs[0]._p.append(parse_xml(deleted))
    document.add_paragraph("PS: I will add the Final Review comments after our meeting.")
    document.save(str(path))
    return path


def fixed_save_label(window) -> None:
    """Autosave may have re-saved the file: show the fixed time, as on the day."""
    path = getattr(window, "draft_path", None)
    saved_text = getattr(window, "_saved_text", None)
    if path is not None and path.exists() and callable(saved_text):
        os.utime(path, (SAVED_AT, SAVED_AT))
        window.save_label.setText(saved_text(path))


def main() -> int:
    if HOME.exists():
        shutil.rmtree(HOME)
    HOME.mkdir(parents=True)
    SITE_FILE.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()

    from pdr_desktop.settings import save_user_setting
    from pdr_desktop.ui.app import create_application
    from pdr_desktop.ui.main_window import MainWindow

    _app = create_application()  # kept referenced for the whole run
    save_user_setting("role", Role.PRACTITIONER.value)  # no first-start question over the window
    registry = default_registry()
    form = registry.get("portsmouth-early-help-2022")
    window = MainWindow(clock=CLOCK)
    files = make_drafts(form, window.drafts_folder())
    for path in files.values():
        if path.parent == window.drafts_folder():
            from pdr_desktop.ui import window_state

            window_state.remember_draft(path)
    window.resize(*SIZE)
    window.show()
    print(f"Writing screenshots to {OUT.relative_to(ROOT)}/")

    def start_page() -> None:
        window.show_start_page()
        save(window, "01-start-page")

    shot("start page", start_page)

    def open_sample() -> None:
        if not window.open_path(files["sample"]):
            raise RuntimeError("the sample draft did not open")
        fixed_save_label(window)

    shot("open the sample", open_sample)
    for number, section in enumerate(form.sections, start=2):

        def section_shot(section_id: str = section.id, n: int = number) -> None:
            window.show_section(section_id)
            fixed_save_label(window)
            save(window, f"{n:02d}-{section_id}")

        shot(f"section {section.id}", section_shot)
    number = len(form.sections) + 2

    def check_page() -> None:
        window.show_check_page()
        save(window, f"{number:02d}-check-your-answers")

    shot("check your answers", check_page)

    def check_page_1100() -> None:
        # Check your answers on a conversation with gaps, in a window 1100 pixels wide: every
        # row wraps inside the window (no sideways scrolling), gaps said where they belong.
        if not window.open_path(files["gaps"]):
            raise RuntimeError("the draft with gaps did not open")
        window.resize(1100, 760)
        window.show_check_page()
        fixed_save_label(window)
        save(window, "window-check-answers-1100")
        page = window.wizard.check_page
        objectives = next((r for r in page.rows if r.question.startswith("Specific Objectives")), None)
        if objectives is not None:
            page.ensureWidgetVisible(objectives, 0, 200)
            save(window, "window-check-answers-objectives-1100")
        window.show_section("objectives")
        save(window, "window-objectives-by-when-warning")
        window.resize(*SIZE)
        window.open_path(files["sample"])

    shot("check your answers at 1100 pixels", check_page_1100)

    def progress_page() -> None:
        actions = window.review_actions
        actions.show_progress()
        fixed_save_label(window)
        save(window, f"{number + 1:02d}-progress-review")

    shot("progress review", progress_page)

    def manager_mode() -> None:
        window.set_role(Role.MANAGER)
        window.show_section("standards")
        fixed_save_label(window)
        save(window, f"{number + 2:02d}-standards-manager-mode")
        window.set_role(Role.PRACTITIONER)
        window.show_section("standards")

    shot("manager mode", manager_mode)

    def compare_dialog() -> None:
        from pdr_desktop.drafts import read_draft
        from pdr_desktop.ui.review.diff_dialog import CompareDialog

        theirs = read_draft(files["theirs"], registry)
        dialog = CompareDialog(form, window.draft, theirs, Role.PRACTITIONER, files["theirs"], window)
        # Its own size is 85% of the window but never more than the screen, and the offscreen
        # screen is smaller than the window shown here: give it what a real screen would.
        dialog.resize(int(SIZE[0] * 0.85), int(SIZE[1] * 0.85))
        dialog.show()
        save(dialog, f"{number + 3:02d}-compare-dialog")
        dialog.close()

    shot("compare dialog", compare_dialog)

    def manager_list() -> None:
        from pdr_desktop.ui.review.manager_list import ManagerListDialog

        dialog = ManagerListDialog(registry, TODAY, lambda _p: True, Role.MANAGER, window)
        dialog.add_folder(HOME / "received")
        dialog.show()
        save(dialog, f"{number + 4:02d}-manager-received-list")
        dialog.close()

    shot("manager list", manager_list)

    def recovery_dialog() -> None:
        from pdr_desktop.drafts import read_draft
        from pdr_desktop.drafts.store import clear_recovery, pending_recovery, write_recovery
        from pdr_desktop.ui.recovery_dialog import RecoveryDialog

        path = files["started"]
        unsaved = read_draft(path, registry)
        unsaved.answers["wider.self"] = (
            "Co-facilitated the Solihull parenting group; words typed just before the laptop ran flat."
        )
        recovery = write_recovery(unsaved, path)
        crashed_at = SAVED_AT + 11 * 60  # the laptop went flat 11 minutes after the last save
        os.utime(recovery, (crashed_at, crashed_at))
        pending = pending_recovery(path, registry)
        if pending is None:
            raise RuntimeError("no recovery was found for the test draft")
        dialog = RecoveryDialog(pending, TODAY, window)
        dialog.show()
        save(dialog, f"{number + 5:02d}-recovery-dialog")
        dialog.close()
        clear_recovery(path)

    shot("recovery dialog", recovery_dialog)

    def role_question() -> None:
        from pdr_desktop.ui.role_dialog import RoleDialog

        dialog = RoleDialog(window)
        dialog.show()
        save(dialog, f"{number + 6:02d}-role-question")
        dialog.close()

    shot("role question", role_question)

    def preferences() -> None:
        from pdr_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        save(dialog, f"{number + 9:02d}-preferences")
        dialog.close()

    shot("preferences", preferences)

    def help_dialog() -> None:
        from pdr_desktop.ui.help_dialog import HelpDialog

        dialog = HelpDialog(window.drafts_folder(), window)
        dialog.show()
        save(dialog, f"{number + 10:02d}-help")
        dialog.close()

    shot("help", help_dialog)

    def last_year() -> None:
        # Next year's conversation, started from the sample: last year's closing comments travel
        # with it for reference (Review › Last year's comments). Not saved: no file is needed.
        from pdr_desktop.review.carry_forward import carry_forward

        window.load_draft(carry_forward(form, build_sample(form)), None)
        dialog = window.review_actions.show_last_year()
        save(dialog, f"{number + 8:02d}-last-year")
        dialog.close()

    shot("last year's comments", last_year)

    def import_report() -> None:
        # The council's Word form as a manager sent it back: the details merged, a tracked
        # deletion, an answer given in other words. Opening it shows what was read and how.
        from pdr_desktop.ui.import_report import ImportReportDialog

        path = edited_council_form(HOME / "received")
        dialog = ImportReportDialog(import_file(path, registry), window)
        dialog.resize(760, 520)
        dialog.show()
        save(dialog, "import-report")
        dialog.close()

    shot("import report", import_report)

    window.autosave.flush() if hasattr(window, "autosave") else None
    window.close()

    def large_text() -> None:
        # Text at 200% is a system setting, in force before the app starts: a second process
        # doubles the font before the app's own start-up code runs (see large_text_main).
        env = dict(os.environ, **{LARGE_TEXT_ENV: f"{number + 7:02d}-standards-200-percent-text"})
        done = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True)
        print(done.stdout, end="")
        if done.returncode != 0:
            raise RuntimeError(f"the 200% text run failed: {done.stderr.strip()[-500:]}")
        taken.append(f"{number + 7:02d}-standards-200-percent-text.png")
        taken.append("window-check-answers-200-percent.png")

    shot("200% text", large_text)

    def team_view() -> None:
        sys.path.insert(0, str(ROOT / "docs"))
        import make_team_screenshots  # the manager's team view: its own team and date

        taken.extend(make_team_screenshots.take(save))

    shot("team view", team_view)

    print(f"{len(taken)} screenshots written; {len(skipped)} skipped")
    for note in skipped:
        print(f"  skipped: {note}")
    return 0 if taken else 1


def large_text_main(name: str) -> int:
    """Child run: the sample draft's standards page with the system text size doubled."""
    from pdr_desktop.ui.app import create_application
    from pdr_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    font = app.font()
    font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 2)
    app.setFont(font)
    create_application()  # reuses this QApplication: theme, icon and names as at a real start
    window = MainWindow(clock=CLOCK)
    window.resize(*SIZE)
    window.show()
    sample = next(window.drafts_folder().glob("Siobhán*.pdr"))
    if not window.open_path(sample):
        raise RuntimeError("the sample draft did not open")
    window.show_section("standards")
    fixed_save_label(window)
    save(window, name)
    gaps = next(window.drafts_folder().glob("*gaps*.pdr"), None)
    if gaps is not None and window.open_path(gaps):  # Check your answers at 200% text, 1100 wide
        window.resize(1100, 760)
        window.show_check_page()
        fixed_save_label(window)
        save(window, "window-check-answers-200-percent")
    window.close()
    return 0


if __name__ == "__main__":
    install(CLOCK)
    large = os.environ.get(LARGE_TEXT_ENV)
    raise SystemExit(large_text_main(large) if large else main())
