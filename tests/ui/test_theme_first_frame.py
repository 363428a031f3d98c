"""The first frame's theme asks the system's contrast setting only where Qt already knows it.

On Windows and macOS Qt reads the setting when asked; on Linux its themes hear it from the
desktop portal once the event loop runs. Asking costs the Qt namespace's enum types before the
first frame (ui/theme.py), so there the first frame takes the palette's scheme and the theme
applied straight after it (with the focus style) asks.
"""

from __future__ import annotations

import pytest

from pdr_desktop.ui import theme
from pdr_desktop.ui.app import create_application


@pytest.fixture
def asked(monkeypatch):
    """Each time the theme asks the system for high contrast; the system says yes."""
    calls: list[bool] = []
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: calls.append(True) or True)
    yield calls
    theme.apply_theme(create_application(), high_contrast=False)  # the usual light scheme again


def test_where_qt_hears_it_later_the_first_frame_does_not_ask_and_the_next_theme_does(asked, monkeypatch):
    monkeypatch.setattr(theme, "CONTRAST_KNOWN_BEFORE_EVENT_LOOP", False)
    app = create_application()
    assert asked == []
    assert not theme.current_scheme().high_contrast
    theme.apply_theme(app)  # as ensure_theme does after the first frame, adding the focus style
    assert asked == [True]
    assert theme.current_scheme().high_contrast


def test_where_qt_knows_it_already_the_first_frame_asks(asked, monkeypatch):
    monkeypatch.setattr(theme, "CONTRAST_KNOWN_BEFORE_EVENT_LOOP", True)
    create_application()
    assert asked == [True]
    assert theme.current_scheme().high_contrast
