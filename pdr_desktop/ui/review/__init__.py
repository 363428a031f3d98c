"""The manager's side and the year's cycle: review rounds, progress scaling, comparing copies,
the manager's received list and starting next year's conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pdr_desktop.ui.review.actions import ReviewActions

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow


def install_review_actions(window: MainWindow) -> ReviewActions:
    """Add the Review menu entries, the round bar and the Progress review page to `window`
    (which keeps the returned object alive, and lets tests and screenshots reach it)."""
    return ReviewActions(window)


__all__ = ["ReviewActions", "install_review_actions"]
