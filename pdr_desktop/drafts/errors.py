from __future__ import annotations

from pathlib import Path


class DraftFileError(Exception):
    """A draft file that cannot be used. The message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"“{self.path.name}” cannot be opened: {reason} (in {self.path.absolute().parent})")
