"""British English spelling for the form's answers (no Qt: the CLI and the window share it).

engine.py       the en_GB Hunspell dictionary (spylls), with caches
tokens.py       which words of a text to check, and where they are
vocabulary.py   the field's words: shipped list, the form's own words, the organisation's list
personal.py     the person's own dictionary file
checker.py      SpellChecker: is a word right, the mistakes in a text, suggestions
draft_check.py  check_draft(form, draft, checker) -> findings, in form order
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.spelling.checker import SpellChecker
from pdr_desktop.spelling.draft_check import Finding, by_place, check_draft
from pdr_desktop.spelling.engine import DictionaryUnavailableError, Hunspell
from pdr_desktop.spelling.personal import PersonalDictionaryError, read_words

_loaded: Hunspell | None = None
_load_lock = threading.Lock()


def shared_dictionary() -> Hunspell:
    """The one en_GB dictionary of this process, read on first use (about a second)."""
    global _loaded
    with _load_lock:
        if _loaded is None:
            _loaded = Hunspell()
        return _loaded


def dictionary_loaded() -> bool:
    return _loaded is not None


def make_checker(
    form: FormDefinition | None = None,
    organisation_words: Iterable[str] = (),
    personal_words: Iterable[str] | None = None,
) -> SpellChecker:
    """A checker with the shared dictionary; the personal dictionary is read unless words are given.

    Raises DictionaryUnavailableError (broken install) or PersonalDictionaryError.
    """
    words = read_words() if personal_words is None else personal_words
    return SpellChecker(shared_dictionary(), form, organisation_words, words)


__all__ = [
    "DictionaryUnavailableError",
    "Finding",
    "PersonalDictionaryError",
    "SpellChecker",
    "by_place",
    "check_draft",
    "dictionary_loaded",
    "make_checker",
    "shared_dictionary",
]
