"""Reading a file a person picked, with the checks every reader makes first.

Drafts, PDFs and Word files all arrive the same way (a path someone chose) and fail the same
ways (moved, unreadable, a pipe or device, empty after an interrupted copy, absurdly large), so
one function gives each of those one clear message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from pdr_desktop.checked_json import JsonLimitError, read_regular_file
from pdr_desktop.drafts.errors import DraftFileError


def read_checked_bytes(path: Path, limit: int, kind: str) -> bytes:
    """The file's bytes, or DraftFileError; `kind` names what such files are ("drafts", "PDFs …")."""
    try:
        data = read_regular_file(path, limit)
    except FileNotFoundError:
        raise DraftFileError(path, "the file does not exist (it may have been moved or renamed)") from None
    except IsADirectoryError:
        raise DraftFileError(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise DraftFileError(path, f"it cannot be read ({exc.strerror or exc})") from exc
    except JsonLimitError as exc:
        reason = str(exc)
        if reason.startswith("it is ") and "larger than" in reason:
            size = reason.split(",")[0]
            reason = f"{size}; {kind} are never larger than {limit // 1024 // 1024} MB, so this is not one"
        raise DraftFileError(path, reason) from None
    if not data:
        raise DraftFileError(path, "the file is empty (it may have been cut off while copying)")
    return data
