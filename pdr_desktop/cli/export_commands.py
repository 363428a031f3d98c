"""Sub-commands for exports and imports (DOCX / PDF). Filled in by the export work."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """No export commands yet."""
