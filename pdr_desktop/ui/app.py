"""Start the Qt application (placeholder window until the wizard lands)."""

from __future__ import annotations

import os
import sys

# Set by the packaging smoke test: start, show the window, quit cleanly after N ms.
SMOKE_QUIT_ENV = "PDR_DESKTOP_SMOKE_QUIT_MS"


def run_gui(files: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from pdr_desktop import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = QLabel(f"{APP_NAME}: the wizard is on its way.")
    window.setWindowTitle(APP_NAME)
    window.resize(640, 400)
    window.show()
    quit_ms = os.environ.get(SMOKE_QUIT_ENV, "").strip()
    if quit_ms:
        QTimer.singleShot(int(quit_ms), app.quit)
    return app.exec()
