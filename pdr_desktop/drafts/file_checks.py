"""Reading a file a person picked, with the checks every reader makes first.

Drafts, PDFs and Word files all arrive the same way (a path someone chose) and fail the same
ways (moved, unreadable, empty after an interrupted copy, absurdly large), so one function gives
each of those one clear message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from pdr_desktop.drafts.errors import DraftFileError


def read_checked_bytes(path: Path, limit: int, kind: str) -> bytes:
    """The file's bytes, or DraftFileError; `kind` names what such files are ("drafts", "PDFs …")."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DraftFileError(path, "the file does not exist (it may have been moved or renamed)") from None
    except OSError as exc:
        raise DraftFileError(path, f"it cannot be read ({exc.strerror or exc})") from exc
    # Checked before reading: a huge file is not one of ours and would only tie up memory.
    if size > limit:
        raise DraftFileError(
            path,
            f"it is {size / 1024 / 1024:.1f} MB; {kind} are never larger "
            f"than {limit // 1024 // 1024} MB, so this is not one",
        )
    if size == 0:
        raise DraftFileError(path, "the file is empty (it may have been cut off while copying)")
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)  # a file that grew since stat() still stops here
    except OSError as exc:
        raise DraftFileError(path, f"it cannot be read ({exc.strerror or exc})") from exc
