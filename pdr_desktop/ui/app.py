"""Start the Qt application: theme, first-start role question, files from the command line, recovery."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: the CLI starts without Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from pdr_desktop.ui.main_window import MainWindow

from PySide6.QtCore import QCoreApplication

from pdr_desktop.ui.pyside_features import skip_feature_scan

skip_feature_scan()  # before the window's modules are imported: PySide would read each one's source

# Set by the packaging smoke test: start, show the window, quit cleanly after N ms.
SMOKE_QUIT_ENV = "PDR_DESKTOP_SMOKE_QUIT_MS"


def create_application() -> QApplication:
    """The QApplication (reused when one exists, as in tests), named and themed."""
    from PySide6.QtWidgets import QApplication

    from pdr_desktop import APP_ID, APP_NAME, __version__
    from pdr_desktop.ui.theme import apply_theme, contrast_for_first_frame
    from pdr_desktop.ui.translation import install_translators

    instance = QApplication.instance()
    app = instance if isinstance(instance, QApplication) else QApplication(sys.argv[:1])
    if not app.property("pdr_translators_installed"):  # tests reuse one QApplication
        install_translators(app)  # before any window is built: widgets translate their words once
        app.setProperty("pdr_translators_installed", True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # lets Linux desktops match the window to the .desktop file
    # An icon is nice to have; its absence must not stop anyone working.
    app.setWindowIcon(_app_icon())
    # The first window adds the focus style after its first frame, and asks the contrast then.
    apply_theme(app, high_contrast=contrast_for_first_frame(), focus_style=False)
    return app


def _app_icon() -> QIcon:
    """Every rendered size, so title bars and task bars get a sharp icon, not a scaled one."""
    from PySide6.QtGui import QIcon

    from pdr_desktop.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        with contextlib.suppress(FileNotFoundError):
            icon.addFile(str(resource_path("resources", "icons", f"pdr-desktop-{size}.png")))
    return icon


def start_window(files: list[str], window: MainWindow | None = None) -> MainWindow:
    """Build the window and decide what it shows first; returns the window (shown)."""
    from pdr_desktop.settings import load_settings
    from pdr_desktop.ui.first_paint import install_if_requested
    from pdr_desktop.ui.main_window import MainWindow

    settings = load_settings()
    window = window or MainWindow(settings=settings)
    install_if_requested(window)  # before it is shown, so its first paint is seen
    window.show()
    from pdr_desktop.ui.first_paint import after_first_paint

    # Asked now, before any start-up question: its dialog is shown over the painted window.
    after_first_paint(window, collect_garbage_again)
    # Double-clicked a file, or a smoke test or a timing run: don't stop for a question.
    chosen = None
    if not files and not _unattended():
        from pdr_desktop.ui.role_dialog import ask_role_if_needed

        chosen = ask_role_if_needed(window.settings, window)
    if chosen is not None:
        window.set_role(chosen)
    opened = False
    for name in files:
        opened = window.open_path(Path(name)) or opened
    if not opened and not _unattended():
        offer_recoveries(window)
    return window


def _unattended() -> bool:
    """A smoke test or a start-up timing run: nobody is there to answer a question."""
    from pdr_desktop.ui.first_paint import requested_report_file

    return bool(os.environ.get(SMOKE_QUIT_ENV, "").strip()) or requested_report_file() is not None


def offer_recoveries(window: MainWindow) -> None:
    """Words left behind by a crash are offered at start, openly (the dialog asks)."""
    pending = window.pending_recoveries()
    if pending:
        window.open_path(pending[0])
        if len(pending) > 1:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "{count} more conversations have unsaved changes to recover; open them from the list.",
                ).format(count=len(pending) - 1),
                15000,
            )


def run_gui(files: list[str]) -> int:
    from PySide6.QtCore import QTimer

    app = create_application()
    quit_ms = os.environ.get(SMOKE_QUIT_ENV, "").strip()
    if quit_ms:
        # Started before the window opens files, and repeating: a message about one of them is
        # closed by the first tick (which ends that dialog's loop), the main loop by the next.
        smoke = QTimer(app, interval=int(quit_ms))
        smoke.timeout.connect(app.closeAllWindows)
        smoke.timeout.connect(app.quit)
        smoke.start()
    start_window(list(files))
    return app.exec()


def collect_garbage_again() -> None:
    """Turn the cyclic garbage collector back on (cli.gui_main left it off for the start).

    What start-up made stays for the whole session (modules, types, the window), so it is frozen:
    later full collections, which can run while someone types, skip it (a full collection just
    after the start page painted took 16 ms; with those objects frozen, 0.1 ms). One collection
    runs first, once the frame is on screen, so that start-up's own garbage cycles are freed, not
    frozen with the rest for the whole session.
    """
    if not gc.isenabled():
        gc.collect()
        gc.freeze()
        gc.enable()
