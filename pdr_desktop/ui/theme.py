"""Light or dark, whichever the system uses: a small stylesheet on top of the native style.

Colours come from the palette wherever possible, so one stylesheet works in both
schemes. The task-list tags (GOV.UK style) need their own colours; they are
painted by the section list's delegate from ``tag_colours``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

# GOV.UK tag colours (background, text): light scheme first, dark second.
_TAGS_LIGHT = {
    "Not started": ("#e5e6e7", "#282d30"),
    "In progress": ("#d2e2f1", "#0c2d4a"),
    "Completed": ("#cce2d8", "#005a30"),
}
_TAGS_DARK = {
    "Not started": ("#3b3f42", "#e5e6e7"),
    "In progress": ("#16405f", "#d2e2f1"),
    "Completed": ("#0b4d2e", "#cce2d8"),
}
FOCUS_COLOUR = "#ffdd00"  # GOV.UK focus yellow: visible on light and dark backgrounds

STYLESHEET = f"""
QPushButton[link="true"] {{
    border: none; background: transparent; text-align: left;
    color: palette(link); text-decoration: underline; padding: 2px 4px;
}}
QPushButton[link="true"]:focus {{
    background: {FOCUS_COLOUR}; color: #0b0c0c; text-decoration: none;
}}
QListWidget#sectionList, QListWidget#recentDrafts {{ padding: 2px; }}
QListWidget#sectionList:focus, QListWidget#recentDrafts:focus {{ border: 3px solid {FOCUS_COLOUR}; }}
QFrame#errorSummary {{ border: 4px solid #d4351c; padding: 8px; }}
QFrame#doneSummary {{ border: 4px solid #00703c; padding: 8px; }}
QFrame#othersSummary {{ border-left: 6px solid palette(mid); padding: 8px; }}
QFrame#messageBanner {{ border-left: 6px solid #1d70b8; padding: 6px; }}
QLabel[heading="true"] {{ font-weight: bold; }}
"""


def is_dark(app: QGuiApplication | None = None) -> bool:
    """Whether the window background is dark, judged from what is actually painted.

    The palette follows the system scheme (QStyleHints.colorScheme) on desktops that
    report one, and is also right on older desktops and with a custom palette.
    """
    app = app or QGuiApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tag_colours(status: str, dark: bool | None = None) -> tuple[QColor, QColor]:
    table = _TAGS_DARK if (is_dark() if dark is None else dark) else _TAGS_LIGHT
    bg, fg = table.get(status, table["Not started"])
    return QColor(bg), QColor(fg)


def apply_theme(app: QApplication) -> None:
    """Install the stylesheet; called once at start (the native style is left alone)."""
    app.setStyleSheet(STYLESHEET)


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
