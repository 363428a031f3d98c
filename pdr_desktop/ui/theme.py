"""Light, dark or high contrast, whichever the system uses, with every colour readable.

The system palette is the starting point. Where its colours are too faint to read (Qt's
Fusion greys placeholders to 4.0:1 and selects rows white on #308cc6, 3.7:1) a few roles
are replaced by colours that reach WCAG AA: 4.5:1 for text, 3:1 for focus rings and the
edges of inputs. The app's own colours (tags, warnings, the round tag, focus rings) come
from a ``Scheme`` chosen for the palette in use. With Windows high contrast (or any
system that asks for more contrast) the system's palette is used as it is and the app adds
no colours of its own: the person's colours win.

The style sheet is made from the scheme (``stylesheet``) and put on the whole application.
Text boxes keep one frame width focused or not (a thin edge and padding, or a thick focus
border and less padding): a frame that changed width would leave the box's inside where it
was and cover the focus border.
``FocusStyle`` (ui/focus_style.py) draws the focus rings and input edges native styles draw
too faintly. ``apply_theme`` installs all three and re-applies them when the system scheme
or contrast setting changes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from pdr_desktop.ui.attached import attach, attached

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True)
class Scheme:
    """The colours the app paints with, for one kind of palette (names say what they are for)."""

    name: str
    text: str
    secondary_text: str  # hints, placeholders, word counts: still 4.5:1
    accent: str  # round tag background, guidance and current-round edges
    on_accent: str
    link: str
    focus: str  # focus rings: 3:1 against the window and the boxes
    input_edge: str  # the edge of a text box, radio or check box: 3:1
    error: str
    warning: str
    success: str
    highlight: str  # selected rows
    on_highlight: str
    link_focus: str  # GOV.UK-style focused link: this background…
    on_link_focus: str  # …and this text and bar
    high_contrast: bool = False
    tags: tuple[tuple[str, str, str], ...] = ()  # (status, background, text)

    @property
    def dark(self) -> bool:
        return QColor(self.text).lightness() > 128

    def tag(self, status: str) -> tuple[QColor, QColor]:
        table = {status: (bg, fg) for status, bg, fg in self.tags}
        bg, fg = table.get(status, table.get("Not started", ("#ffffff", self.text)))
        return QColor(bg), QColor(fg)


# GOV.UK colours (text #0b0c0c, secondary #505a5f, link #1d70b8, focus yellow #ffdd00).
LIGHT = Scheme(
    name="light",
    text="#0b0c0c",
    secondary_text="#505a5f",
    accent="#1d5c8f",
    on_accent="#ffffff",
    link="#1d5c8f",
    focus="#1d5c8f",
    input_edge="#6f777b",
    error="#b00020",
    warning="#8a4b00",
    success="#1e6b34",
    highlight="#1d70b8",
    on_highlight="#ffffff",
    link_focus="#ffdd00",
    on_link_focus="#0b0c0c",
    tags=(
        ("Not started", "#e5e6e7", "#282d30"),
        ("In progress", "#d2e2f1", "#0c2d4a"),
        ("Completed", "#cce2d8", "#005a30"),
    ),
)
DARK = Scheme(
    name="dark",
    text="#f0f0f0",
    secondary_text="#c2c6c8",
    accent="#1d5c8f",
    on_accent="#ffffff",
    link="#8fc1f0",
    focus="#ffdd00",
    input_edge="#9a9a9a",
    error="#ff8f8f",
    warning="#f7b955",
    success="#85d5a6",
    highlight="#1d5c8f",
    on_highlight="#ffffff",
    link_focus="#ffdd00",
    on_link_focus="#0b0c0c",
    tags=(
        ("Not started", "#3b3f42", "#e5e6e7"),
        ("In progress", "#16405f", "#d2e2f1"),
        ("Completed", "#0b4d2e", "#cce2d8"),
    ),
)


def high_contrast_scheme(palette: QPalette) -> Scheme:
    """Only the system's own colours: text, background, highlight and link; no greys, no hues."""
    text = palette.color(Role.WindowText).name()
    window = palette.color(Role.Window).name()
    highlight = palette.color(Role.Highlight).name()
    on_highlight = palette.color(Role.HighlightedText).name()
    return Scheme(
        name="high contrast",
        text=text,
        secondary_text=text,
        accent=highlight,
        on_accent=on_highlight,
        link=palette.color(Role.Link).name(),
        focus=highlight,
        input_edge=text,
        error=text,
        warning=text,
        success=text,
        highlight=highlight,
        on_highlight=on_highlight,
        link_focus=highlight,
        on_link_focus=on_highlight,
        high_contrast=True,
        tags=tuple((status, window, text) for status in ("Not started", "In progress", "Completed")),
    )


# Qt reads the contrast setting when asked on Windows and macOS. Its Linux themes ask the
# desktop portal over D-Bus and hear back once the event loop runs, then say so
# (contrastPreferenceChanged, which _SystemWatcher follows): asked before the first frame there,
# Qt always answers "no preference", and the asking alone cost about 25 ms of start-up (naming
# Qt makes PySide build the 93 enum types of the Qt namespace). The theme applied straight
# after the first frame, with the focus style (ensure_theme), asks on every system.
CONTRAST_KNOWN_BEFORE_EVENT_LOOP = sys.platform in ("win32", "darwin")


def contrast_for_first_frame() -> bool | None:
    """``high_contrast`` for the theme of the first frame: None (ask) where Qt already knows."""
    return None if CONTRAST_KNOWN_BEFORE_EVENT_LOOP else False


def system_wants_high_contrast() -> bool:
    """Windows high contrast (and desktops that report a contrast preference), Qt 6.10+."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return accessibility().contrastPreference() == preference.HighContrast


def scheme_for(palette: QPalette, high_contrast: bool = False) -> Scheme:
    if high_contrast:
        return high_contrast_scheme(palette)
    return DARK if palette.color(Role.Window).lightness() < 128 else LIGHT


def copy_palette(palette: QPalette) -> QPalette:
    """A copy, made without QPalette(palette): choosing among QPalette's one-argument
    constructors makes PySide build the Qt namespace's enum types (one takes a Qt.GlobalColor)."""
    return palette.__copy__()


def accessible_palette(system: QPalette, scheme: Scheme) -> QPalette:
    """*system* with the roles Qt paints too faintly replaced by the scheme's (not in high contrast)."""
    if scheme.high_contrast:
        return copy_palette(system)
    palette = copy_palette(system)
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.PlaceholderText, QColor(scheme.secondary_text))
        palette.setColor(group, Role.Highlight, QColor(scheme.highlight))
        palette.setColor(group, Role.HighlightedText, QColor(scheme.on_highlight))
        palette.setColor(group, Role.Link, QColor(scheme.link))
    return palette


def stylesheet(scheme: Scheme) -> str:
    """The whole application's style sheet: the shell's rules and the pages' (ui/pages/style.py)."""
    from pdr_desktop.ui.pages.style import page_rules

    s = scheme
    return f"""
QPushButton[link="true"] {{
    border: none; background: transparent; text-align: left;
    color: palette(link); text-decoration: underline; padding: 2px 4px 5px 4px;
}}
QPushButton[link="true"]:focus {{
    background: {s.link_focus}; color: {s.on_link_focus}; text-decoration: none;
    border-bottom: 3px solid {s.on_link_focus}; padding-bottom: 2px;
}}
QListWidget#sectionList, QListWidget#recentDrafts {{ padding: 2px; border: 3px solid transparent; }}
QListWidget#sectionList:focus, QListWidget#recentDrafts:focus {{ border: 3px solid {s.focus}; }}
QFrame#errorSummary {{ border: 4px solid {s.error}; padding: 8px; }}
QFrame#doneSummary {{ border: 4px solid {s.success}; padding: 8px; }}
QFrame#othersSummary {{ border-left: 6px solid {s.input_edge}; padding: 8px; }}
QFrame#messageBanner {{ border-left: 6px solid {s.accent if not s.dark else s.link}; padding: 6px; }}
QLabel[heading="true"] {{ font-weight: bold; }}
LineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {s.input_edge}; border-radius: 2px; padding: 2px; background: palette(base);
}}
LineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 3px solid {s.focus}; padding: 0px; }}
QLabel#sendBy[warning="true"] {{ color: {s.error}; font-weight: bold; }}
""" + page_rules(s)


_current: Scheme = LIGHT


def current_scheme() -> Scheme:
    """The scheme in use (for code that paints: the task list's tags, table warnings)."""
    return _current


def is_dark(app: QGuiApplication | None = None) -> bool:
    """Whether the window background is dark, judged from what is actually painted."""
    if app is None:
        instance = QGuiApplication.instance()
        app = instance if isinstance(instance, QGuiApplication) else None
    if app is None:
        return False
    return app.palette().color(Role.Window).lightness() < 128


def tag_colours(status: str, dark: bool | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a task-list tag: GOV.UK's pairs, or the system's in high contrast."""
    if dark is not None and not _current.high_contrast:
        return (DARK if dark else LIGHT).tag(status)
    return _current.tag(status)


def apply_theme(
    app: QApplication,
    system: QPalette | None = None,
    high_contrast: bool | None = None,
    focus_style: bool = True,
) -> Scheme:
    """Palette, focus style and style sheet for *system* (default: what the platform gives now).

    Called at start and again when the system's scheme or contrast setting changes; tests
    pass a palette to see the app as it looks in a dark or high-contrast desktop.
    *focus_style* False leaves the focus style for ``ensure_theme`` to add once the first window
    is on screen: its first frame draws the start page, whose focus ring comes from the style
    sheet, and a Python style's first paint costs about 25 ms (PySide makes the Python types
    of every style option and widget class it is handed, about 120 enum types).
    """
    global _current
    if system is None:
        app.setPalette(QPalette())  # drop our changes: read what the platform gives now
        system = copy_palette(app.palette())
    if high_contrast is None:
        high_contrast = system_wants_high_contrast()
    _current = scheme_for(system, high_contrast)
    if focus_style:
        from pdr_desktop.ui.focus_style import install_focus_style

        install_focus_style(app)  # before the palette: setting a style may reset it
    app.setPalette(accessible_palette(system, _current))
    app.setStyleSheet(stylesheet(_current))
    _watch_system(app)
    return _current


class _SystemWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.changed)

    def changed(self, *_args: object) -> None:
        apply_theme(self.app)


def _watch_system(app: QApplication) -> None:
    if attached(app, _SystemWatcher) is None:
        attach(app, _SystemWatcher(app))


def ensure_theme(app: QApplication | None = None, focus_style: bool = True) -> None:
    """Apply the whole theme unless it is on already (windows made without create_application:
    tests). *focus_style* False accepts it without the focus style create_application leaves out
    of the first frame (see apply_theme); the window asks again, for all of it, after that frame."""
    if app is None:
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
    if app is None:
        return
    themed = attached(app, _SystemWatcher) is not None
    if not themed or (focus_style and getattr(app, "_pdr_focus_style", None) is None):
        apply_theme(app)


def heading_label(text: str, scale: float) -> QLabel:
    """A bold page heading sized relative to the app font, so doubled text doubles it too."""
    label = QLabel(text)
    label.setProperty("heading", True)
    label.setAccessibleName(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
