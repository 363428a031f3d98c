"""The British English dictionary: Hunspell's en_GB files read by spylls (Hunspell in pure Python).

Why spylls: it is a faithful port of Hunspell (same .aff/.dic files, same answers, same
suggestions) with no compiled part, so it works the same from source, in the PyInstaller
bundle on Windows and macOS and on a machine with no spelling library or dictionary
installed. Its cost is speed: about 1 s to read the dictionary, 20-200 µs to check a word and
0.2-0.8 s to suggest for one (the n-gram pass walks the whole word list). So a word's answer
is cached, the dictionary is read once (the window does it off the UI thread) and
suggestions are only computed when asked for, and cached too.

Oxford -ize spellings are in the en_GB word list ("organize"), but the council writes
-ise, as does GOV.UK: an -ize word whose -ise twin is a word is reported, with the twin as the
first suggestion. Likewise the US spellings the list leaves out ("color") get their British
form from Hunspell's own suggestions ("colour").
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import IO, Any

from pdr_desktop.resources import resource_path

DICTIONARY_NAME = "en_GB"
MAX_SUGGESTIONS = 5
_CACHE_LIMIT = 200_000  # distinct words; a whole year's form has a few thousand
_IZE = re.compile(r"(\w{2,}?)([iI])([zZ])(e|es|ed|ing|er|ers|ation|ations|ational|able)", re.IGNORECASE)
# -ize words whose -ise twin is a different word, not a spelling of the same one.
_IZE_EXEMPT = frozenset({"pr", "se", "caps"})  # prize/prise, seize/seise, capsize


class DictionaryUnavailableError(RuntimeError):
    """The dictionary files are missing or unreadable (a broken install); says which and why."""


def dictionary_path() -> Path:
    """Base path of the bundled dictionary (without .aff/.dic)."""
    try:
        return resource_path("resources", "dictionaries", f"{DICTIONARY_NAME}.dic").with_suffix("")
    except FileNotFoundError as exc:
        raise DictionaryUnavailableError(str(exc)) from exc


def british_twin(word: str) -> str | None:
    """ "organize" → "organise"; None when the word has no -ize ending worth changing."""
    match = _IZE.fullmatch(word)
    if match is None or match.group(1).lower() in _IZE_EXEMPT:
        return None
    s = "S" if match.group(3) == "Z" else "s"
    return f"{match.group(1)}{match.group(2)}{s}{match.group(4)}"


def _read_dictionary(base: str) -> Any:  # a spylls Dictionary (spylls has no type information)
    """Dictionary.from_files, closing the files it opens (spylls leaves them to the garbage collector)."""
    from spylls.hunspell import Dictionary, readers  # imported here: 50 ms nobody should pay at import
    from spylls.hunspell.readers.file_reader import FileReader

    class ClosingReader(FileReader):  # type: ignore[misc]  # spylls is untyped: FileReader is Any
        def __init__(self, path: str, encoding: str = "Windows-1252") -> None:
            self.opened: list[IO[str]] = []
            super().__init__(path, encoding)

        def _open(self, path: str, encoding: str) -> IO[str]:
            handle: IO[str] = super()._open(path, encoding)
            self.opened.append(handle)
            return handle

        def close(self) -> None:
            for handle in self.opened:
                handle.close()

    aff_reader = ClosingReader(base + ".aff")
    try:
        aff, context = readers.read_aff(aff_reader)
    finally:
        aff_reader.close()
    dic_reader = ClosingReader(base + ".dic", encoding=context.encoding)
    try:
        dic = readers.read_dic(dic_reader, aff=aff, context=context)
    finally:
        dic_reader.close()
    return Dictionary(aff, dic)


class Hunspell:
    """One loaded dictionary with caches; safe to share between the UI thread and one worker."""

    def __init__(self, base: Path | None = None) -> None:
        base = base or dictionary_path()
        try:
            self._dictionary = _read_dictionary(str(base))
        except (OSError, ValueError, IndexError, KeyError) as exc:  # UnicodeDecodeError is a ValueError
            raise DictionaryUnavailableError(
                f"the dictionary {base}.dic/.aff could not be read ({exc})"
            ) from exc
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, tuple[str, ...]] = {}
        self._suggest_lock = threading.Lock()

    def knows(self, word: str) -> bool:
        """Whether Hunspell accepts the word as British English (the -ize rule included)."""
        known = self._known.get(word)
        if known is None:
            known = bool(self._dictionary.lookup(word))
            if known:
                twin = british_twin(word)
                known = twin is None or not self._dictionary.lookup(twin)
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = known
        return known

    def is_cached(self, word: str) -> bool:
        return word in self._known

    def suggest(self, word: str) -> tuple[str, ...]:
        """Hunspell's suggestions, best first (slow the first time for a word; then cached)."""
        cached = self._suggested.get(word)
        if cached is not None:
            return cached
        with self._suggest_lock:
            cached = self._suggested.get(word)
            if cached is not None:
                return cached
            found: list[str] = []
            twin = british_twin(word)
            if twin is not None and self._dictionary.lookup(twin):
                found.append(twin)
            for suggestion in self._dictionary.suggest(word):
                if suggestion not in found and (" " in suggestion or self.knows(suggestion)):
                    found.append(suggestion)
                if len(found) >= MAX_SUGGESTIONS * 2:  # room for the checker to drop some
                    break
            result = tuple(found)
            self._suggested[word] = result
            return result

    def has_suggestions_for(self, word: str) -> bool:
        return word in self._suggested
