"""Word lists the British English dictionary does not have: the field's own words.

Four sources, all plain words: the shipped list for children's social care and the Portsmouth
model (resources/dictionaries/pdr-vocabulary.txt), the words of the form definition itself
(so "wellbeing" in the form's own heading is never flagged), the organisation's list from the
site settings, and the person's own dictionary (personal.py).

Case follows Hunspell's habit: a word written in lowercase is accepted in any case, a
Capitalised one (a name) capitalised or in capitals, anything else (CAMHS, CiN) only as written.
Plurals and possessives of a listed word the dictionary lacks are accepted too (genograms,
EHCPs, Cafcass's); for a word it knows ("family", from the form) its own forms decide, so
"familys" stays a mistake.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import cache

from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.resources import resource_path
from pdr_desktop.spelling.tokens import normalise, tokens

VOCABULARY_FILE = "pdr-vocabulary.txt"
_ENDINGS = ("'s", "s'", "es", "s", "'")
MAX_WORD_CHARS = 100  # a longer "word" in a list is a mistake in the list, not a word


def words_of(lines: Iterable[str]) -> Iterator[str]:
    """The words of a word list: one word or phrase a line, "#" comments, blank lines skipped."""
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text:
            for token in tokens(text):
                if len(token.word) <= MAX_WORD_CHARS:
                    yield token.word


class WordSet:
    """Words with Hunspell-like case rules, and their plurals and possessives."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._exact: set[str] = set()
        self._any_case: set[str] = set()  # lowercase entries, lowered
        self._capitals: set[str] = set()  # every entry in capitals, for words written in capitals
        self.add_all(words)

    def add_all(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        word = normalise(word.strip())
        if not word:
            return
        self._exact.add(word)
        self._capitals.add(word.upper())
        if word.islower():
            self._any_case.add(word)

    def __contains__(self, word: str) -> bool:
        return self._has(normalise(word))

    def inflection_of(self, word: str) -> str | None:
        """The listed word this is a plural or possessive of ("genograms" → "genogram"), if any."""
        word = normalise(word)
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 1 and self._has(word[: -len(ending)]):
                return word[: -len(ending)]
        return None

    def _has(self, word: str) -> bool:
        if word in self._exact:
            return True
        if word.isupper():
            return word in self._capitals
        lower = word.lower()
        if lower in self._any_case:
            return (word[0].isupper() and word[1:].islower()) or word.islower()
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._exact))

    def __len__(self) -> int:
        return len(self._exact)

    def acronyms(self) -> set[str]:
        """Entries written in capitals (CAMHS, EHCP): a near miss in capitals is a typo of one."""
        return {w for w in self._exact if w.isupper() and len(w) >= 4}


@cache
def shipped_words() -> tuple[str, ...]:
    """The bundled list for children's social care and the Portsmouth model."""
    path = resource_path("resources", "dictionaries", VOCABULARY_FILE)
    return tuple(words_of(path.read_text(encoding="utf-8").splitlines()))


def form_words(form: FormDefinition) -> set[str]:
    """Every word the form definition itself uses: titles, labels, guidance, the model's lists."""
    found: set[str] = set()
    for text in _strings(form):
        found.update(t.word for t in tokens(text))
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Enum):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for fld in dataclasses.fields(value):
            if fld.name not in {"path", "id", "source"}:
                yield from _strings(getattr(value, fld.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


_WORD_CHARS = re.compile(r"[^\W\d_]")


def usable_word(text: str) -> bool:
    """A word someone may add to a list: letters, at most 100 characters, no spaces."""
    text = text.strip()
    return (
        bool(text)
        and len(text) <= MAX_WORD_CHARS
        and not any(c.isspace() for c in text)
        and bool(_WORD_CHARS.search(text))
    )
