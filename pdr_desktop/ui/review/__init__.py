"""The manager's side and the year's cycle: review rounds, progress scaling, comparing copies,
the manager's received list and starting next year's conversation."""

from __future__ import annotations

from pdr_desktop.ui.review.actions import ReviewActions


def install_review_actions(window) -> ReviewActions:
    """Add the Review menu entries, the round bar and the Progress review page to `window`."""
    actions = ReviewActions(window)
    window.review_actions = actions  # keeps it alive and lets tests and screenshots reach it
    return actions


__all__ = ["ReviewActions", "install_review_actions"]
