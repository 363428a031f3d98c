"""Words worth checking in a piece of text, with where they are.

What is never checked: words with digits ("10x10x10", "2nd", "COVID-19"), e-mail addresses,
web addresses and domain names, file paths, single letters (initials: "J. Smith", "e.g.").
Apostrophes, straight (') and curly (’), belong to a word inside it ("don’t", "children's")
and are trimmed at its edges ('quoted', parents’): the trailing one of a plural possessive
is punctuation, the word before it is what gets checked.

Every rule looks only at one run of non-space characters, so re-reading just the run that
changed gives the same answer as re-reading the whole text (the highlighter relies on this).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

APOSTROPHES = "'’"
_CHUNK = re.compile(r"\S+")
# Letters, digits, underscores, apostrophes and hyphens: the raw material of a word.
_RUN = re.compile(r"[\w'’\-]+")
_WEB = re.compile(
    r"""^[("'‘“\[<]*(?:
        [a-z][a-z0-9+.\-]*://        # scheme: https://, file://, mailto: below
      | mailto:
      | www\.
      | [^\s@]+@[^\s@]+\.[^\s@]+     # e-mail address
      | [\w\-]+(?:\.[\w\-]+)*\.(?:uk|com|org|net|gov|nhs|edu|ac|co|io|info|eu|scot|wales)\b
      | [a-z]:\\                     # C:\Users\...
      | [~.]?/\w                     # /home/..., ~/Documents
      | \\\\\w                       # \\server\share
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_HAS_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")


@dataclass(frozen=True)
class Token:
    """A word to check: text[start:end] == word. `dotted` when a full stop follows it ("etc.")."""

    start: int
    end: int
    word: str
    dotted: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


def normalise(word: str) -> str:
    """The form used for look-ups: curly apostrophes as straight ones."""
    return word.replace("’", "'")


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The words of text[start:end] to check (offsets into `text`)."""
    for chunk in _CHUNK.finditer(text, start, len(text) if end is None else end):
        yield from chunk_tokens(text, chunk.start(), chunk.end())


def chunk_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The words of one run of non-space characters text[start:end]."""
    chunk = text[start:end]
    if _WEB.match(chunk):
        return
    for run in _RUN.finditer(chunk):
        word = run.group()
        if _HAS_DIGIT_OR_UNDERSCORE.search(word):
            continue
        left = len(word) - len(word.lstrip("'’-"))
        word = word.strip("'’-")
        if len(word) < 2:  # initials and stray letters
            continue
        first = start + run.start() + left
        last = first + len(word)
        yield Token(first, last, word, dotted=last < end and text[last] == ".")


def expand_to_chunks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole runs of non-space characters (what tokens() reads at once)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end
