"""The running app carries its icon at every rendered size, so no desktop has to scale one."""

from __future__ import annotations

from PySide6.QtCore import QSize

from pdr_desktop.ui.app import create_application


def test_application_icon_has_every_size(qapp):
    app = create_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(n, n) for n in (16, 32, 48, 64, 128, 256, 512)} <= sizes
    assert not app.windowIcon().pixmap(QSize(32, 32)).isNull()
