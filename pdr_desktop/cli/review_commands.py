"""Sub-commands for the year's workflow (diff, carry-forward). Filled in by the review work."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """No review commands yet."""
