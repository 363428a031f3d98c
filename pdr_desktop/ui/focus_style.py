"""Focus rings and input edges a person can see, drawn over whatever native style is in use.

Native styles mark focus faintly: Fusion's ring around a radio button's text is the selection
colour at half strength (1.7:1 on the window), its button and spin-box outlines are one pixel
of a blend. This proxy keeps the native look and adds, in the theme's colours:

- a 2-pixel ring in the focus colour (3:1 or more against the window and the boxes) wherever
  Qt asks for a focus rectangle, and around focused buttons, spin boxes, combo boxes, tool
  buttons and line edits; on a selected row the ring takes the selected text's colour;
- an edge in the input-edge colour (3:1) around text boxes and radio and check indicators,
  whose native edges are a pale grey.

Widgets drawn by the style sheet (text boxes inside pages) get their focus border from it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QProxyStyle, QStyle, QStyleOption, QTextEdit

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
CC = QStyle.ComplexControl
RING = 2  # pixels

_RING_AFTER_CONTROL = (CE.CE_PushButtonBevel,)
_RING_AFTER_COMPLEX = (CC.CC_SpinBox, CC.CC_ComboBox, CC.CC_ToolButton)
_TEXT_BOXES = (QPlainTextEdit, QTextEdit)


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(
        option.state & QStyle.StateFlag.State_Enabled
    )


class FocusStyle(QProxyStyle):
    """The native style with visible focus and input edges (see the module docstring)."""

    def _colours(self) -> tuple[QColor, QColor]:
        from pdr_desktop.ui.theme import current_scheme

        scheme = current_scheme()
        return QColor(scheme.focus), QColor(scheme.input_edge)

    def _ring(self, painter: QPainter, option: QStyleOption, colour: QColor | None = None) -> None:
        focus, _edge = self._colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(colour or focus, RING, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
        painter.restore()

    def _edge(self, painter: QPainter, option: QStyleOption, round_shape: bool = False) -> None:
        _focus, edge = self._colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_shape:
            side = min(rect.width(), rect.height())
            rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == PE.PE_FrameFocusRect:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = option.palette.color(option.palette.ColorRole.HighlightedText) if selected else None
            self._ring(painter, option, colour)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == PE.PE_FrameLineEdit:
            self._edge(painter, option)
            if _focused(option):
                self._ring(painter, option)
        elif element == PE.PE_Frame and isinstance(widget, _TEXT_BOXES):
            self._edge(painter, option)
            if widget.hasFocus():
                self._ring(painter, option)
        elif element == PE.PE_IndicatorRadioButton:
            self._edge(painter, option, round_shape=True)
        elif element == PE.PE_IndicatorCheckBox:
            self._edge(painter, option)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _RING_AFTER_CONTROL and _focused(option):
            self._ring(painter, option)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RING_AFTER_COMPLEX and _focused(option):
            self._ring(painter, option)


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's native style once (a style sheet set later wraps this in turn)."""
    if getattr(app, "_pdr_focus_style", None) is not None:
        return
    style = FocusStyle(app.style().name())  # a fresh copy of the native style inside the proxy
    app.setStyle(style)
    setattr(app, "_pdr_focus_style", style)  # noqa: B010  # the Python wrapper lives as long as the application
