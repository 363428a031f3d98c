"""What a screen reader hears beyond the widgets' own names: announcements, descriptions made of
parts, read-only controls that say why, and status text that can be read.

- ``announce`` asks screen readers to speak a message now (Qt 6.8's announcement event; Orca
  speaks it through AT-SPI) - saves, mode changes, status-bar messages, banners and errors.
- ``describe`` keeps a widget's accessible description as named parts (its own hint, why it is
  read-only, an error), so one part can change without losing the others.
- ``install_accessibility`` adds interfaces Qt lacks: radio buttons and check boxes that expose
  a read-only state when locked (Qt's own always say "checkable"), with a described-by link to
  the "Manager's part" tag; and labels that are the description of another widget (errors).
"""

from __future__ import annotations

import weakref
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleStateChangeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QApplication,
    QCheckBox,
    QLabel,
    QMainWindow,
    QRadioButton,
    QWidget,
)
from shiboken6 import isValid

try:  # Qt 6.8+: a message spoken without moving the focus
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: a name change on a status label instead
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment, misc]

LOCKED_PROPERTY = "locked"  # set by fields.locking on the other role's widgets
_PART_ORDER = ("error", "hint", "lock")  # the error first: it is what needs doing
_PART_PREFIX = "a11yPart_"
READ_ONLY_MESSAGE_MS = 6000


def strip_mnemonic(text: str) -> str:
    """The text a person sees: "&Next" → "Next", "Save && close" → "Save & close"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_buttons(root: QWidget) -> None:
    """Give every button under *root* without an accessible name its text, minus the "&".

    Qt reads a button's text to a screen reader when it has no accessible name, but the app's
    rule (and its tests) is that every focusable widget carries one explicitly, so that a
    renamed or icon-only button can never end up silent.
    """
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName().strip():
            button.setAccessibleName(strip_mnemonic(button.text()).strip() or button.toolTip())


# --- announcements -------------------------------------------------------------------------


class Announcer(QObject):
    """Every announcement also goes out as a signal, so tests can hear what a screen reader would."""

    announced = Signal(str, bool)  # text, assertive


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Ask screen readers to speak *text* without moving the focus.

    Polite waits for the current speech (a save, a mode change); assertive interrupts it
    (errors, a banner about a broken settings file).
    """
    text = text.strip()
    if not text:
        return
    announcer().announced.emit(text, assertive)
    if QAccessibleAnnouncementEvent is None:  # pragma: no cover - Qt before 6.8
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


class StatusLabel(QLabel):
    """A label in the status bar whose text is its accessible name (so it can be read at any
    time) and which announces a new text. What it is for goes in the description."""

    def __init__(self, purpose: str, assertive_prefixes: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleDescription(purpose)
        self._assertive = assertive_prefixes
        self._last_announced = ""
        self.quiet_texts: set[str] = set()  # transient states not worth speaking ("Saving…")

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        if changed and text and text not in self.quiet_texts and text != self._last_announced:
            self._last_announced = text
            announce(self, text, assertive=text.startswith(self._assertive))

    def set_quietly(self, text: str) -> None:
        """Show *text* without announcing it (a state shown on opening, not an event)."""
        self._last_announced = text
        self.setText(text)

    def clear(self) -> None:
        self._last_announced = ""
        super().clear()


def expose_status_bar(window: QMainWindow, idle_name: str) -> None:
    """Temporary status-bar messages ("Saved to …", "Exported: …") become the bar's accessible
    name while shown, and are announced; *idle_name* names the bar when it says nothing."""

    def show(message: str) -> None:
        # The bar is asked for each time: a wrapper kept from statusBar() can be invalidated by
        # PySide while the bar lives on (seen in the real app, not under pytest-qt), and the bar
        # clears its message while it is being destroyed.
        if not isValid(window):
            return
        bar = window.statusBar()
        bar.setAccessibleName(message or idle_name)
        if message:
            announce(bar, message)

    window.statusBar().setAccessibleName(idle_name)
    window.statusBar().messageChanged.connect(show)


def show_status(widget: QWidget, message: str, timeout_ms: int = READ_ONLY_MESSAGE_MS) -> bool:
    """Put *message* in the status bar of *widget*'s main window (it is announced from there)."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        announce(widget, message)
        return False
    window.statusBar().showMessage(message, timeout_ms)
    return True


# --- descriptions made of parts ------------------------------------------------------------


def describe(widget: QWidget, part: str, text: str) -> None:
    """Set one part ("hint", "lock" or "error") of *widget*'s accessible description.

    The description a widget had before its first part was set is kept as its hint.
    """
    if widget.property(_PART_PREFIX + "hint") is None:
        widget.setProperty(_PART_PREFIX + "hint", widget.accessibleDescription())
    widget.setProperty(_PART_PREFIX + part, text)
    parts = [str(widget.property(_PART_PREFIX + name) or "").strip() for name in _PART_ORDER]
    description = " ".join(p if p.endswith((".", "?", "!", ")")) else p + "." for p in parts if p)
    if description != widget.accessibleDescription():
        widget.setAccessibleDescription(description)


def description_part(widget: QWidget, part: str) -> str:
    return str(widget.property(_PART_PREFIX + part) or "")


def read_only_reason(widget: QWidget) -> str:
    """Why *widget* cannot be changed ("Your manager's part"), or "" when it can."""
    return description_part(widget, "lock") if widget.property(LOCKED_PROPERTY) else ""


def explain_read_only(widget: QWidget) -> None:
    """Someone tried to change a locked control: say why, in the status bar and aloud."""
    reason = read_only_reason(widget) or QApplication.translate("accessible", "This is read-only")
    message = QApplication.translate("accessible", "{reason}: you can read it but not change it.")
    show_status(widget, message.format(reason=reason.rstrip(".")))


def read_only_changed(widget: QWidget) -> None:
    """Tell screen readers that *widget* became (or stopped being) read-only."""
    changed = QAccessible.State()
    changed.readOnly = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, changed))


# --- labels linked to what they describe ---------------------------------------------------

_described_by: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # widget → [labels]


class DescriptionLabel(QLabel):
    """A label that describes other widgets: an error under a field, a "Manager's part" tag.

    Its accessible interface says so (AT-SPI "description-for"), and radio buttons and check
    boxes it describes say "described-by" back (see install_accessibility).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.described: list[weakref.ReferenceType[QWidget]] = []

    def describes(self) -> list[QWidget]:
        return [w for w in (ref() for ref in self.described) if w is not None]


def link_description(label: DescriptionLabel, widgets: list[QWidget]) -> None:
    """*label* describes each of *widgets* (kept both ways, by weak reference)."""
    for widget in widgets:
        if widget not in label.describes():
            label.described.append(weakref.ref(widget))
        labels = _described_by.setdefault(widget, [])
        if not any(existing is label for existing in labels):
            labels.append(label)


def describing_labels(widget: QWidget) -> list[DescriptionLabel]:
    """The labels describing *widget* now (an owner tag is hidden while the field is open)."""
    return [label for label in _described_by.get(widget, []) if not label.isHidden()]


def _interface(widget: QWidget):
    return QAccessible.queryAccessibleInterface(widget)


class _ChoiceAccessible(QAccessibleWidget):
    """A radio button or check box as Qt presents it, plus read-only while locked.

    Qt's QAccessibleButton is not available to extend from Python, so this repeats what it
    does for these two kinds (name from the text, checkable/checked, the toggle action) and
    adds the read-only state and the described-by relation to the owner tag.
    """

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, self._role_of(button))

    def widget(self) -> QAbstractButton:
        return cast(QAbstractButton, super().widget())  # the button this interface was made for

    @staticmethod
    def _role_of(button: QAbstractButton) -> QAccessible.Role:
        exclusive = button.autoExclusive() or isinstance(button, QRadioButton)
        return QAccessible.Role.RadioButton if exclusive else QAccessible.Role.CheckBox

    def role(self) -> QAccessible.Role:
        return self._role_of(self.widget())

    def text(self, kind: QAccessible.Text) -> str:
        button = self.widget()
        if kind == QAccessible.Text.Name:
            return button.accessibleName() or strip_mnemonic(button.text())
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self.widget()
        state.checkable = True
        state.checked = button.isChecked()
        if isinstance(button, QCheckBox) and not button.isChecked():
            from PySide6.QtCore import Qt  # not at import: see ui/first_paint.py on the Qt namespace

            state.checkStateMixed = button.checkState() == Qt.CheckState.PartiallyChecked
        state.readOnly = bool(button.property(LOCKED_PROPERTY))
        return state

    def actionNames(self) -> list[str]:
        names = super().actionNames()
        button = self.widget()
        if button.isEnabled() and not button.property(LOCKED_PROPERTY):
            names = [self.toggleAction(), *names]
        return names

    def doAction(self, name: str) -> None:
        button = self.widget()
        if name != self.toggleAction():
            super().doAction(name)
        elif button.property(LOCKED_PROPERTY):
            explain_read_only(button)
        elif button.isEnabled():
            button.click()  # as a click: the page hears it and saves the answer

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        found = list(super().relations(match))
        if match & QAccessible.RelationFlag.DescriptionFor:
            for label in describing_labels(self.widget()):
                found.append((_interface(label), QAccessible.RelationFlag.DescriptionFor))
        return found


class _DescriptionLabelAccessible(QAccessibleWidget):
    """A DescriptionLabel: static text named by what it says, the description of its widgets."""

    def __init__(self, label: DescriptionLabel) -> None:
        super().__init__(label, QAccessible.Role.StaticText)

    def widget(self) -> DescriptionLabel:
        return cast(DescriptionLabel, super().widget())  # the label this interface was made for

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name:
            return label.accessibleName() or label.text()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        return state

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        found = list(super().relations(match))
        if match & QAccessible.RelationFlag.Described:
            label = self.widget()
            for widget in label.describes():
                found.append((_interface(widget), QAccessible.RelationFlag.Described))
        return found


def _factory(_class_name: str, obj: QObject):
    if isinstance(obj, (QRadioButton, QCheckBox)):
        return _ChoiceAccessible(obj)
    if isinstance(obj, DescriptionLabel):
        return _DescriptionLabelAccessible(obj)
    return None


_installed = False


def install_accessibility() -> None:
    """Install the interfaces above; once, before the widgets they serve are first asked for."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
