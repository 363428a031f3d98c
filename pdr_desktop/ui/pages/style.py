"""The pages' look: calm cards on a soft background, clear headings, visible focus.

Colours and borders live in the style sheet (``page_rules``, part of the application's
style sheet made by ui/theme.py for the light, dark or high-contrast scheme in use); font
sizes do not, because a style sheet can only give fixed points. Headings are scaled from
the application font instead (FONT_SCALES), so someone who doubles their text size gets
doubled headings. The text boxes' edges and focus borders are the theme's (ui/theme.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from pdr_desktop.ui.theme import Scheme


def page_rules(s: Scheme) -> str:
    """The pages' part of the application style sheet, in the colours of scheme *s*."""
    return f"""
#pageBody {{ background: palette(window); }}
QFrame#card, QFrame#roundCard {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}}
QFrame#roundCard[current="true"] {{ border-left: 6px solid {s.accent if not s.dark else s.link}; }}
QLabel#blockSubtitle {{ color: {s.secondary_text}; }}
QFrame#commentBlock {{ border: none; border-top: 1px solid palette(midlight); }}
QToolButton::menu-indicator {{ image: none; width: 0px; }}
QFrame#guidance {{
    background: palette(alternate-base);
    border: none;
    border-left: 3px solid {s.accent if not s.dark else s.link};
    border-radius: 4px;
}}
QLabel#ownerTag, QLabel#roundTag {{
    border-radius: 4px;
    padding: 2px 8px;
}}
QLabel#ownerTag {{ background: palette(midlight); color: palette(window-text); }}
QLabel#roundTag {{ background: {s.accent}; color: {s.on_accent}; }}
QLabel#wordCount {{ color: {s.secondary_text}; }}
QLabel#fieldWarning, QLabel#signatureStatus[warning="true"] {{ color: {s.warning}; }}
QLabel#signatureStatus[signed="true"] {{ color: {s.success}; }}
QLabel#summaryNote {{ color: {s.warning}; font-weight: bold; }}
QFrame#summaryRow {{ border: none; border-bottom: 1px solid palette(midlight); }}
LineEdit[locked="true"], QPlainTextEdit[locked="true"] {{ background: palette(window); }}
QTableView:focus {{ border: 2px solid {s.focus}; }}
QPushButton#linkButton {{
    border: none; background: transparent; color: palette(link); text-decoration: underline;
    padding: 2px 4px;
}}
QPushButton#linkButton:focus {{ border: 2px solid {s.focus}; border-radius: 3px; padding: 0px 2px; }}
"""


# objectName → (size relative to the application font, bold, italic)
FONT_SCALES: dict[str, tuple[float, bool, bool]] = {
    "pageTitle": (1.8, True, False),
    "pageSubtitle": (1.25, True, False),
    "cardTitle": (1.2, True, False),
    "blockTitle": (1.08, True, False),
    "fieldLabel": (1.0, True, False),
    "guidanceTitle": (1.0, True, False),
    "prompt": (1.0, False, True),
    "ownerTag": (0.85, False, False),
    "roundTag": (0.85, True, False),
    "wordCount": (0.85, False, False),
    "fieldWarning": (1.0, True, False),
    "signatureStatus": (1.0, True, False),
}


def apply_fonts(root: QWidget, base: QFont) -> None:
    """Give headings and tags their size relative to `base` (the page's inherited font)."""
    for label in root.findChildren(QLabel):
        spec = FONT_SCALES.get(label.objectName())
        if spec is None:
            continue
        scale, bold, italic = spec
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * scale)
        else:
            font.setPixelSize(max(1, round(base.pixelSize() * scale)))
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
