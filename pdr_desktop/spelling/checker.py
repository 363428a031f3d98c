"""The spelling check itself: is this word right here, where are the mistakes, what to suggest.

A word is right when any of these accepts it: the words of this conversation (its people's
names, the words the person chose to ignore in it), their personal dictionary, the field's
vocabulary (shipped list, the form's own words, the organisation's list), or the British
English dictionary. Words in capitals are abbreviations (LADO, MARAC, PLO: there are too many
to list) and are accepted, as Word does, unless they are one slip away from a listed one
("CAHMS" for CAMHS).
"""

from __future__ import annotations

from collections.abc import Iterable

from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.spelling.engine import MAX_SUGGESTIONS, Hunspell
from pdr_desktop.spelling.tokens import Token, normalise, tokens
from pdr_desktop.spelling.vocabulary import WordSet, form_words, shipped_words


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), giving up past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _in_capitals(word: str) -> bool:
    core = word[:-1] if word.endswith("s") else word  # EHCPs
    return len(core) >= 2 and core.isupper()


def _match_case(suggestion: str, word: str) -> str:
    if word.isupper() and len(word) > 1 and not suggestion.isupper():
        suggestion = suggestion.upper()
    elif word[:1].isupper() and suggestion[:1].islower():
        suggestion = suggestion[:1].upper() + suggestion[1:]
    if "’" in word:
        suggestion = suggestion.replace("'", "’")  # keep the writer's curly apostrophes
    return suggestion


class SpellChecker:
    """Checks words against the dictionary and the field's, the person's and the conversation's words."""

    def __init__(
        self,
        hunspell: Hunspell,
        form: FormDefinition | None = None,
        organisation_words: Iterable[str] = (),
        personal_words: Iterable[str] = (),
    ) -> None:
        self.hunspell = hunspell
        self.listed = WordSet(shipped_words())  # suggested as well as accepted
        self.listed.add_all(organisation_words)
        self.form_words = WordSet(form_words(form)) if form is not None else WordSet()
        self.personal = WordSet(personal_words)
        self.names = WordSet()
        self.ignored = WordSet()
        self._acronyms = self.listed.acronyms()

    # --- the conversation's own words -------------------------------------------------------
    def set_names(self, names: Iterable[str]) -> None:
        self.names = WordSet(names)

    def set_ignored(self, words: Iterable[str]) -> None:
        self.ignored = WordSet(words)

    def set_personal(self, words: Iterable[str]) -> None:
        self.personal = WordSet(words)

    # --- checking ----------------------------------------------------------------------------
    def is_correct(self, word: str, dotted: bool = False) -> bool:
        if self._known(word):
            return True
        if "-" in word.strip("-"):
            parts = [p for p in word.split("-") if p]
            if all(len(p) < 2 or self._known(p) or self._abbreviation(p) for p in parts):
                return True
        if _in_capitals(word):
            return self._abbreviation(word)
        return dotted and self.hunspell.knows(word + ".")  # etc., approx.

    def _known(self, word: str) -> bool:
        plain = normalise(word)
        lists = (self.ignored, self.names, self.personal, self.listed, self.form_words)
        if any(plain in words for words in lists) or self.hunspell.knows(word):
            return True
        for words in lists:
            base = words.inflection_of(plain)
            # "genograms" for a listed "genogram"; but never "familys" for a known "family".
            if base is not None and not self.hunspell.knows(base) and not self.hunspell.knows(base.lower()):
                return True
        return False

    def _abbreviation(self, word: str) -> bool:
        if not _in_capitals(word):
            return False
        core = word[:-1] if word.endswith("s") and not word.isupper() else word
        return len(core) < 4 or not any(edit_distance(core, known, 1) <= 1 for known in self._acronyms)

    def misspelled(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """The words of text[start:end] to underline (a hyphenated word: just its wrong parts)."""
        found: list[Token] = []
        for token in tokens(text, start, end):
            if self.is_correct(token.word, token.dotted):
                continue
            if "-" in token.word and not _in_capitals(token.word):
                found.extend(self._wrong_parts(token))
            else:
                found.append(token)
        return found

    def _wrong_parts(self, token: Token) -> list[Token]:
        parts, offset = [], token.start
        for part in token.word.split("-"):
            if len(part) >= 2 and not self._known(part) and not self._abbreviation(part):
                parts.append(Token(offset, offset + len(part), part))
            offset += len(part) + 1
        return parts or [token]

    # --- suggestions -------------------------------------------------------------------------
    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to `limit` corrections, best first: close listed words, then the dictionary's."""
        plain = normalise(word)
        close = sorted(
            (edit_distance(plain.lower(), candidate.lower(), 2), candidate) for candidate in self._pool()
        )
        near = [c for d, c in close if d <= (1 if len(plain) <= 5 else 2)]
        ordered = [c for c in near if edit_distance(plain.lower(), c.lower(), 1) <= 1]
        ordered += list(self.hunspell.suggest(plain))
        ordered += near
        words: list[str] = []
        splits: list[str] = []  # "col or" for "color": Hunspell's last resort, so shown last, once
        for candidate in ordered:
            shown = _match_case(candidate, word)
            if shown == word or shown.casefold() in {w.casefold() for w in (*words, *splits)}:
                continue
            if " " in shown:
                splits.append(shown)
            elif "-" in shown and shown.replace("-", " ") in [*splits, *ordered]:
                continue  # "col-or" beside "col or"
            elif self.is_correct(shown):  # drops e.g. an -ize form the dictionary offers
                words.append(shown)
        return (words + splits[:1])[:limit]

    def _pool(self) -> list[str]:
        """Listed words the dictionary lacks (it suggests the others itself: "Family", "of")."""
        pool = []
        for word in (*self.listed, *self.personal, *self.names):
            if not self.hunspell.knows(word) and not self.hunspell.knows(word.lower()):
                pool.append(word)
        return pool
