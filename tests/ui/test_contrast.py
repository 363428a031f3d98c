"""Contrast as rendered: the real window is painted, its pixels read, WCAG ratios computed.

For the light and dark schemes (and Windows-style high contrast), every page in both roles:
- all text (labels, buttons, radio and check labels - locked ones too -, text in boxes and
  their placeholders, the task list's rows, selected or not) reaches 4.5:1;
- every Tab stop shows a focus indicator: enough pixels change, by 3:1 or more, when it gets
  the focus (the indicator against what was there before, usually its background);
- the edges of text boxes and radio/check indicators reach 3:1 (palette check).

Text colour is read as the pixel that differs most from the most common colour of the text's
area (its background): anti-aliasing only makes edges lighter, so this is the glyphs' colour.
Set PDR_CONTRAST_REPORT=path to write the lowest ratio per kind of element as JSON.
"""

from __future__ import annotations

import collections
import json
import os
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from pdr_desktop.drafts.store import write_draft
from pdr_desktop.review.sample import build_sample
from pdr_desktop.ui import theme
from pdr_desktop.ui.focus import is_tab_stop

Role = QPalette.ColorRole


# --- WCAG arithmetic ---------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_arithmetic_matches_wcag_examples():
    assert round(ratio(QColor("#ffffff"), QColor("#000000")), 1) == 21.0
    assert round(ratio(QColor("#ffffff"), QColor("#767676")), 2) == 4.54
    assert round(ratio(QColor("#ffffff"), QColor("#2f8cc5")), 2) == 3.7  # the selected row


# --- palettes a desktop would give ------------------------------------------------------------


def fusion_dark() -> QPalette:
    """Qt's own Fusion palette for a dark desktop (what Linux and Windows users in dark mode get)."""
    window, text = QColor(50, 50, 50), QColor(240, 240, 240)
    base = window.darker(140)
    palette = QPalette()
    colours = {
        Role.Window: window,
        Role.WindowText: text,
        Role.Base: base,
        Role.AlternateBase: base.lighter(130),
        Role.ToolTipBase: window,
        Role.ToolTipText: text,
        Role.Text: text,
        Role.Button: window,
        Role.ButtonText: text,
        Role.BrightText: QColor("#ffffff"),
        Role.Light: window.lighter(150),
        Role.Midlight: window.lighter(125),
        Role.Mid: window.darker(130),
        Role.Dark: window.darker(150),
        Role.Shadow: window.darker(200),
        Role.Highlight: QColor(48, 140, 198),
        Role.HighlightedText: text,
        Role.Link: QColor(48, 140, 198),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(Role.PlaceholderText, placeholder)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette


def windows_high_contrast() -> QPalette:
    """Windows' "Night sky" high-contrast theme, as Qt reads it from the system."""
    black, white = QColor("#000000"), QColor("#ffffff")
    palette = QPalette()
    for role, colour in {
        Role.Window: black,
        Role.WindowText: white,
        Role.Base: black,
        Role.AlternateBase: black,
        Role.Text: white,
        Role.Button: black,
        Role.ButtonText: white,
        Role.Light: white,
        Role.Midlight: white,
        Role.Mid: white,
        Role.Dark: white,
        Role.Shadow: white,
        Role.Highlight: QColor("#8ee3f0"),
        Role.HighlightedText: black,
        Role.Link: QColor("#75e9fc"),
        Role.PlaceholderText: white,
        Role.ToolTipBase: black,
        Role.ToolTipText: white,
    }.items():
        palette.setColor(role, colour)
    return palette


SCHEMES = {
    "light": (lambda: QApplication.style().standardPalette(), False),
    "dark": (fusion_dark, False),
    "high contrast": (windows_high_contrast, True),
}


@pytest.fixture
def scheme(request, qapp):
    name = request.param
    make_palette, high_contrast = SCHEMES[name]
    theme.apply_theme(qapp, make_palette(), high_contrast)
    yield name
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no closed windows to restyle
    theme.apply_theme(qapp, SCHEMES["light"][0](), False)


# --- reading the pixels -------------------------------------------------------------------------


@dataclass
class Measure:
    kind: str
    where: str
    background: str
    foreground: str
    ratio: float


def grab(window: QWidget) -> QImage:
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def visible_rect(widget: QWidget, window: QWidget, inner: QRect | None = None) -> QRect:
    """The part of *widget* (or of its *inner* rectangle) on screen, in window coordinates."""
    shown = widget.visibleRegion().boundingRect()
    if inner is not None:
        shown = shown.intersected(inner)
    return QRect(widget.mapTo(window, shown.topLeft()), shown.size()).intersected(window.rect())


def pixels(image: QImage, rect: QRect):
    """The 32-bit pixels of *rect*, row by row (slices of the image's memory: counted in C)."""
    words = memoryview(image.constBits()).cast("I")
    stride = image.bytesPerLine() // 4
    for y in range(rect.top(), rect.bottom() + 1):
        yield words[y * stride + rect.left() : y * stride + rect.right() + 1]


def text_colours(image: QImage, rect: QRect) -> tuple[QColor, QColor] | None:
    counts: collections.Counter[int] = collections.Counter()
    for row in pixels(image, rect):
        counts.update(row.tolist())
    if len(counts) < 2:
        return None
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    foreground = max((QColor.fromRgb(c) for c in counts), key=lambda c: ratio(c, background))
    return background, foreground


def text_area(widget: QWidget) -> QRect | None:
    """Where a widget's text is drawn (its frame, bevel or indicator left out)."""
    if isinstance(widget, QLabel):
        return widget.contentsRect() if widget.text().strip() and widget.pixmap().isNull() else None
    if isinstance(widget, (QRadioButton, QCheckBox)):
        if not widget.text().strip():
            return None
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_RadioButtonContents
            if isinstance(widget, QRadioButton)
            else QStyle.SubElement.SE_CheckBoxContents
        )
        return widget.style().subElementRect(element, option, widget)
    if isinstance(widget, QToolButton) and widget.icon() and not widget.text():
        return None
    if isinstance(widget, QAbstractButton):
        return widget.rect().adjusted(5, 5, -5, -5) if widget.text().strip() else None
    if isinstance(widget, QLineEdit):
        return widget.rect().adjusted(4, 4, -4, -4) if (widget.text() or widget.placeholderText()) else None
    if isinstance(widget, QPlainTextEdit):
        viewport = widget.viewport().geometry()
        return viewport if (widget.toPlainText() or widget.placeholderText()) else None
    return None


def kind_of(widget: QWidget) -> str:
    name = widget.objectName()
    if isinstance(widget, QLineEdit) and not widget.text():
        return "placeholder (single-line box)"
    if isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
        return "placeholder (text box)"
    if isinstance(widget, (QRadioButton, QCheckBox)) and widget.property("locked"):
        return f"{type(widget).__name__} label, read-only"
    if name in ("wordCount", "blockSubtitle", "ownerTag", "roundTag", "fieldWarning", "sendBy", "prompt"):
        return f"QLabel#{name}"
    return type(widget).__name__.lstrip("Q") if not name else f"{type(widget).__name__}#{name}"


def measure_text(window: QWidget, root: QWidget, where: str) -> list[Measure]:
    image = grab(window)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        area = text_area(widget)
        if area is None:
            continue
        area.setHeight(min(area.height(), widget.fontMetrics().lineSpacing() * 3 + 8))  # first lines
        rect = visible_rect(widget, window, area)
        if rect.width() < 4 or rect.height() < 6:
            continue  # scrolled out of view
        colours = text_colours(image, rect)
        if colours is None:
            continue
        background, foreground = colours
        found.append(Measure(kind_of(widget), where, background.name(), foreground.name(), ratio(*colours)))
    return found


def measure_task_list(window, where: str) -> list[Measure]:
    """The task list's row titles, the selected one included (white on the selection colour)."""
    section_list: QListWidget = window.wizard.section_list
    image = grab(window)
    found = []
    for row in range(section_list.count()):
        item = section_list.item(row)
        rect = section_list.visualItemRect(item)
        title = QRect(rect.left() + 8, rect.top() + 2, max(20, rect.width() // 3), rect.height() - 4)
        title = QRect(section_list.viewport().mapTo(window, title.topLeft()), title.size())
        colours = text_colours(image, title.intersected(window.rect()))
        if colours:
            kind = "task list row, selected" if item.isSelected() else "task list row"
            found.append(Measure(kind, where, colours[0].name(), colours[1].name(), ratio(*colours)))
    return found


# --- the window --------------------------------------------------------------------------------


def open_sample(window, form, round_id="six_month"):
    draft = build_sample(form)
    draft.review.current_round = round_id
    path = window.drafts_folder() / "sample.pdr"
    write_draft(draft, path)
    assert window.open_path(path)


def every_page(window):
    for entry in window.wizard.order:
        window.show_section(entry)
        QApplication.processEvents()
        yield entry, window.wizard.stack.currentWidget()


def every_view(window):
    """Every page, scrolled a screenful at a time so everything on it is painted once."""
    for entry, page in every_page(window):
        areas = [page] if isinstance(page, QScrollArea) else page.findChildren(QScrollArea)
        for area in areas:
            bar = area.verticalScrollBar()
            for value in range(0, bar.maximum() + bar.pageStep(), max(1, bar.pageStep())):
                bar.setValue(min(value, bar.maximum()))
                QApplication.processEvents()
                yield entry, page
            bar.setValue(0)


REPORT: dict[tuple[str, str], Measure] = {}


def remember(scheme_name: str, measures: list[Measure]) -> None:
    for m in measures:
        key = (scheme_name, m.kind)
        if key not in REPORT or m.ratio < REPORT[key].ratio:
            REPORT[key] = m
    target = os.environ.get("PDR_CONTRAST_REPORT")
    if target:
        rows = [{"scheme": s, **vars(m)} for (s, _k), m in sorted(REPORT.items())]
        with open(target, "w", encoding="utf-8") as out:
            json.dump(rows, out, indent=1)


@pytest.mark.parametrize(
    ("scheme", "role"),
    [
        ("light", "practitioner"),
        ("light", "manager"),
        ("dark", "practitioner"),
        ("dark", "manager"),
        ("high contrast", "practitioner"),
    ],
    indirect=["scheme"],
)
def test_all_text_reaches_4_5_to_1(make_window, form, scheme, role):
    window = make_window(role)
    window.resize(1100, 800)
    measures = []
    if role == "practitioner":  # empty boxes: their placeholders are measured
        window.new_draft()
        for entry, page in every_view(window):
            measures += measure_text(window, page, f"{entry} (new)")
    open_sample(window, form)
    window.statusBar().showMessage("Saved to /home/someone/Documents/sample.pdr")
    measures += measure_text(window, window.statusBar(), "status bar")
    measures += measure_text(window, window.review_actions.toolbar, "round bar")
    for entry, page in every_view(window):
        measures += measure_text(window, page, entry)
    for entry, _page in every_page(window):
        measures += measure_task_list(window, entry)
    remember(scheme, measures)
    kinds = {m.kind for m in measures}
    assert {"task list row, selected", "QLabel#wordCount"} <= kinds  # the low ones were seen
    if role == "practitioner":
        assert {"placeholder (single-line box)", "placeholder (text box)"} <= kinds
        assert "QRadioButton label, read-only" in kinds
    low = [m for m in measures if m.ratio < 4.5]
    assert low == [], "\n".join(
        f"{m.where}: {m.kind} {m.foreground} on {m.background} {m.ratio:.2f}" for m in low
    )


def focus_change(window: QWidget, widget: QWidget) -> tuple[int, float]:
    """(pixels that change by 3:1 or more, the strongest change) when *widget* gets the focus."""
    widget.setFocus()
    QApplication.processEvents()  # scrolled into view, repainted
    area = QRect(widget.mapTo(window, QPoint(-3, -3)), widget.size().grownBy(widget.contentsMargins() * 0))
    area = area.adjusted(0, 0, 6, 6).intersected(window.rect())
    focused = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    widget.clearFocus()
    QApplication.processEvents()
    plain = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    strong, best = 0, 1.0
    cache: dict[tuple[int, int], float] = {}
    whole = QRect(0, 0, min(focused.width(), plain.width()), min(focused.height(), plain.height()))
    for after, before in zip(pixels(focused, whole), pixels(plain, whole), strict=True):
        if after == before:
            continue
        for a, b in zip(after.tolist(), before.tolist(), strict=True):
            if a != b:
                change = cache.get((a, b))
                if change is None:
                    change = cache[(a, b)] = ratio(QColor.fromRgb(a), QColor.fromRgb(b))
                best = max(best, change)
                strong += change >= 3.0
    return strong, best


def tab_stops(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.isEnabled() and is_tab_stop(w)]


@pytest.mark.parametrize("scheme", list(SCHEMES), indirect=True)
def test_every_tab_stop_shows_focus_at_3_to_1(make_window, form, scheme):
    window = make_window("practitioner")
    window.resize(1100, 800)
    open_sample(window, form)
    weak = []
    measured: dict[str, float] = {}
    seen_kinds: set[tuple[str, str]] = set()
    for entry, page in every_page(window):
        stops = tab_stops(page)
        if entry == "details":  # the window's own stops, once
            stops += [window.wizard.section_list, window.wizard.next_button]
            stops += tab_stops(window.review_actions.toolbar)
        for widget in stops:
            kind = kind_of(widget)
            if (entry, kind) in seen_kinds:
                continue  # one of each kind per page
            seen_kinds.add((entry, kind))
            window.activateWindow()
            strong, best = focus_change(window, widget)
            needed = max(12, (widget.width() + widget.height()) // 2)
            measured[kind] = min(measured.get(kind, 99.0), best)
            if strong < needed:
                weak.append(f"{entry}: {kind} {widget.accessibleName()!r}: {strong} px ≥3:1 (need {needed})")
    REPORT.update(
        {(scheme, f"focus: {k}"): Measure(f"focus: {k}", "all pages", "", "", v) for k, v in measured.items()}
    )
    remember(scheme, [])
    assert weak == []


@pytest.mark.parametrize("scheme", list(SCHEMES), indirect=True)
def test_input_edges_and_tags_in_the_scheme_colours(qapp, scheme):
    current = theme.current_scheme()
    palette = qapp.palette()
    for background in (palette.color(Role.Base), palette.color(Role.Window)):
        assert ratio(QColor(current.input_edge), background) >= 3.0
        assert ratio(QColor(current.focus), background) >= 3.0
        assert ratio(QColor(current.secondary_text), background) >= 4.5
    for status in ("Not started", "In progress", "Completed"):
        bg, fg = theme.tag_colours(status)
        assert ratio(bg, fg) >= 4.5, status
    assert ratio(palette.color(Role.Highlight), palette.color(Role.HighlightedText)) >= 4.5


def test_high_contrast_keeps_the_system_colours(qapp):
    system = windows_high_contrast()
    try:
        theme.apply_theme(qapp, system, high_contrast=True)
        palette = qapp.palette()
        for role in (
            Role.Window,
            Role.WindowText,
            Role.Highlight,
            Role.HighlightedText,
            Role.PlaceholderText,
        ):
            assert palette.color(role) == system.color(role), role
        sheet = qapp.styleSheet()
        for colour in ("#1d5c8f", "#ffdd00", "#b00020", "#505a5f"):
            assert colour not in sheet  # none of the app's own colours
    finally:
        theme.apply_theme(qapp, SCHEMES["light"][0](), False)
