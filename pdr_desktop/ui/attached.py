"""Helper objects attached to a Qt object once (an event filter, a watcher), found again cheaply.

``owner.findChild(SomeType)`` would find them, but PySide answers it by making a Python wrapper
for every descendant to test its type: 16 ms for the application's children at start, 8 ms for
the window's, and a little for every text box a page builds. A weak reference to the
helper is kept on the owner's Python wrapper instead, which lives as long as the owner (the app,
or a widget Python made). Weak, because the helper is the owner's Qt child (which already keeps
it alive) and often refers back to it: a strong reference would add a reference cycle between
the two Python wrappers, left for the garbage collector to break.
"""

from __future__ import annotations

import weakref
from typing import TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

Helper = TypeVar("Helper", bound=QObject)


def attached(owner: QObject, kind: type[Helper]) -> Helper | None:
    """The *kind* helper attached to *owner*, unless it was deleted since."""
    reference = getattr(owner, _key(kind), None)
    found = reference() if isinstance(reference, weakref.ref) else None
    return found if isinstance(found, kind) and isValid(found) else None


def attach(owner: QObject, helper: Helper) -> Helper:
    """Remember *helper* (a child of *owner*, which keeps it alive) as *owner*'s one of its kind."""
    setattr(owner, _key(type(helper)), weakref.ref(helper))
    return helper


def detach(owner: QObject, kind: type[QObject]) -> None:
    if hasattr(owner, _key(kind)):
        delattr(owner, _key(kind))


def _key(kind: type[QObject]) -> str:
    return f"_pdr_attached_{kind.__module__}.{kind.__qualname__}"
