"""The person's own dictionary: words they chose "Add to dictionary" for.

A UTF-8 text file in the data folder, one word a line, sorted, owner-only (it can hold names
of colleagues and families). Every change re-reads the file first and writes the union, so two
windows adding words at once both keep theirs; writes are atomic. A file that cannot be read
(damaged, not UTF-8, huge) is reported and never written over: nobody loses their list.
"""

from __future__ import annotations

from pathlib import Path

from pdr_desktop import paths
from pdr_desktop.atomic import atomic_write_text
from pdr_desktop.spelling.tokens import normalise
from pdr_desktop.spelling.vocabulary import usable_word

MAX_BYTES = 1024 * 1024
HEADER = "# PDR Desktop personal dictionary: one word a line. Words here are never marked as mistakes.\n"


class PersonalDictionaryError(OSError):
    """The personal dictionary cannot be read or written; the message names the file and why."""


def personal_dictionary_path() -> Path:
    return paths.personal_dictionary_file()


def read_words(path: Path | None = None) -> list[str]:
    """The words in the file ([] when there is none yet)."""
    path = path or personal_dictionary_path()
    cannot = f"Your dictionary {path} cannot be read"
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise PersonalDictionaryError(f"{cannot} ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise PersonalDictionaryError(f"Your dictionary {path} is not a file")
    if size > MAX_BYTES:
        raise PersonalDictionaryError(f"Your dictionary {path} is larger than 1 MB, so it was not read")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PersonalDictionaryError(
            f"Your dictionary {path} is not UTF-8 text, so it was not read"
        ) from None
    except OSError as exc:
        raise PersonalDictionaryError(f"{cannot} ({exc.strerror or exc})") from exc
    words = []
    for line in text.splitlines():
        word = line.strip().lstrip("\ufeff")
        if word and not word.startswith("#") and usable_word(word):
            words.append(word)
    return words


def add_word(word: str, path: Path | None = None) -> list[str]:
    """Add one word (if new) and return the whole list as now saved."""
    return _change(word, add=True, path=path)


def remove_word(word: str, path: Path | None = None) -> list[str]:
    return _change(word, add=False, path=path)


def _change(word: str, *, add: bool, path: Path | None) -> list[str]:
    word = normalise(word.strip())
    if add and not usable_word(word):
        raise ValueError(f"“{word}” is not a single word")
    path = path or personal_dictionary_path()
    words = {normalise(w) for w in read_words(path)}  # raises rather than overwrite what it cannot read
    before = set(words)
    if add:
        words.add(word)
    else:
        words.discard(word)
    if words != before:
        try:
            if path.parent == paths.data_dir():
                paths.data_dir(ensure=True)  # created owner-only, like the drafts' folder
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, HEADER + "".join(f"{w}\n" for w in sorted(words, key=str.casefold)))
        except OSError as exc:
            raise PersonalDictionaryError(
                f"Your dictionary {path} could not be saved ({exc.strerror or exc})"
            ) from exc
    return sorted(words, key=str.casefold)
