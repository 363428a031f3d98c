"""What an export tells its caller: where it went, what could not be printed, how far it has got.

Plain data, no Qt: the window runs exports on a worker thread and the CLI runs them in
the foreground, and both show the same messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# progress(fraction done 0–1, what is happening); it may raise ExportCancelled to stop the export.
Progress = Callable[[float, str], None]


class ExportCancelled(Exception):
    """Raised through an export by its progress callback; nothing is written."""


def no_progress(_fraction: float, _message: str) -> None:
    return None


@dataclass
class ExportReport:
    path: Path
    fmt: str
    # (place in the form, how many characters) that no bundled font could draw in the PDF
    unprintable: list[tuple[str, int]] = field(default_factory=list)

    def places(self) -> list[str]:
        """ "3 characters in Practice Standards › … › My Self-assessment", one per place."""
        return [
            f"{'1 character' if count == 1 else f'{count} characters'} in {place}"
            for place, count in self.unprintable
        ]

    def messages(self) -> list[str]:
        """One sentence per place with unprintable characters, for stderr or a log."""
        return [
            f"{where} cannot be printed in the PDF (shown as □); the Word copy keeps them"
            for where in self.places()
        ]
