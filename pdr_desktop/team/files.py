"""Which files of the team's folders are forms: the received list's kinds (.pdr, .docx, .pdf).

One `os.scandir` per folder gives names and file times together (a listing of 500 forms takes
a few milliseconds), which is what lets a refresh tell the one changed file from the 499 others.
Anything odd under a form's name (a folder called x.pdr, a pipe, a link that goes nowhere)
is kept with the reason, so it is listed rather than silently missed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pdr_desktop.team.received import RECEIVED_SUFFIXES

# Far more than any team; a folder with more is not a team's folder (a whole drive chosen by
# mistake) and listing it all would only make the view slow.
MAX_FILES = 5000
# Word's owner files ("~$name.docx") and our own temporary and lock files (".name.pdr.…").
_SKIPPED_PREFIXES = ("~$", ".")


@dataclass(frozen=True)
class FileEntry:
    path: Path  # absolute, as the manager's folder names it
    mtime_ns: int = 0
    size: int = 0
    ctime_ns: int = 0
    problem: str = ""  # why it cannot be a form, found without opening it

    @property
    def key(self) -> tuple[int, int]:
        """What says the file changed: its modification time and size."""
        return self.mtime_ns, self.size


@dataclass(frozen=True)
class Listing:
    files: list[FileEntry]
    problems: list[str]  # folders that cannot be read, or were cut short


def is_form_name(name: str) -> bool:
    return name.lower().endswith(RECEIVED_SUFFIXES) and not name.startswith(_SKIPPED_PREFIXES)


def list_folders(folders: Iterable[Path]) -> Listing:
    files: list[FileEntry] = []
    problems: list[str] = []
    seen_folders: set[str] = set()
    seen_files: set[tuple[int, int]] = set()  # (device, inode): one file reached two ways is one file
    for folder in folders:
        folder = Path(folder).absolute()
        real = os.path.realpath(folder)
        if real in seen_folders:
            continue
        seen_folders.add(real)
        try:
            with os.scandir(folder) as entries:
                names = sorted((e for e in entries if is_form_name(e.name)), key=lambda e: e.name)
        except FileNotFoundError:
            problems.append(f"The folder {folder} cannot be found (is the drive connected?).")
            continue
        except NotADirectoryError:
            problems.append(f"{folder} is not a folder.")
            continue
        except OSError as exc:
            problems.append(f"The folder {folder} cannot be read ({exc.strerror or exc}).")
            continue
        if len(names) > MAX_FILES:
            problems.append(
                f"The folder {folder} holds {len(names)} forms; only the first {MAX_FILES} are shown."
            )
            names = names[:MAX_FILES]
        for entry in names:
            found = _entry(folder, entry)
            if found is None:
                continue
            identity = _identity(entry)
            if identity is not None and identity in seen_files:
                continue
            if identity is not None:
                seen_files.add(identity)
            files.append(found)
    return Listing(files, problems)


def _identity(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    try:
        info = entry.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else None


def _entry(folder: Path, entry: os.DirEntry[str]) -> FileEntry | None:
    path = folder / entry.name
    try:
        info = entry.stat()  # follows a link: a linked form is a form
    except FileNotFoundError:
        if entry.is_symlink():
            return FileEntry(path, problem="it is a link to a file that no longer exists")
        return None  # deleted between the listing and now: it is simply gone
    except OSError as exc:
        return FileEntry(path, problem=f"it cannot be read ({exc.strerror or exc})")
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe or a device)"
        return FileEntry(path, problem=f"it is {kind}, not a form")
    return FileEntry(path, info.st_mtime_ns, info.st_size, info.st_ctime_ns)
