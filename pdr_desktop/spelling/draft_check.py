"""Possible spelling mistakes in a whole conversation, in form order (Check your answers, F7, CLI).

Which text is checked comes from the form definition: every text and long-text field, the
comment of a yes/no, the text columns of the objectives table; never dates, and never a
field marked `"spellcheck": false` (people's names). Those names, and signature names, are
the conversation's own words: accepted wherever else they are written. Words the person chose
"Ignore in this conversation" for travel with the draft (`meta["spelling_ignored"]`), so they
stay ignored when it is reopened or sent to the manager.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pdr_desktop.drafts.model import Draft
from pdr_desktop.forms.model import Field, FieldType, FormDefinition, Role
from pdr_desktop.review.completeness import field_path
from pdr_desktop.spelling.checker import SpellChecker
from pdr_desktop.spelling.tokens import normalise, tokens
from pdr_desktop.spelling.vocabulary import usable_word

IGNORED_KEY = "spelling_ignored"
MAX_IGNORED = 5000
_CHECKED_TYPES = (FieldType.TEXT, FieldType.LONGTEXT)


@dataclass(frozen=True)
class CheckedText:
    """One piece of text the person wrote, and where it is."""

    target: str  # what focus_field understands: a field id, "<id>.comment", "<id>#<row>.<column>"
    field_id: str
    section_id: str
    place: str  # "Wider Contribution and feedback › My Self-assessment"
    owner: Role
    text: str


@dataclass(frozen=True)
class Finding:
    """One possible mistake: `word` at text[start:end] of the text at `target`."""

    target: str
    field_id: str
    section_id: str
    place: str
    word: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()


def checked_texts(form: FormDefinition, draft: Draft, role: Role | None = None) -> Iterator[CheckedText]:
    """The texts to check, in the form's order; only `role`'s own fields when given."""
    for section in form.sections:
        for fld in section.fields:
            if not fld.spellcheck or (role is not None and fld.owner is not role):
                continue
            yield from _texts_of(form, fld, draft.get(fld))


def _texts_of(form: FormDefinition, fld: Field, value: object) -> Iterator[CheckedText]:
    def text(target: str, place: str, raw: str) -> CheckedText | None:
        return CheckedText(target, fld.id, fld.section_id, place, fld.owner, raw) if raw else None

    found: list[CheckedText | None] = []
    if fld.type in _CHECKED_TYPES and isinstance(value, str):
        found.append(text(fld.id, field_path(form, fld), value))
    elif fld.type is FieldType.YESNO and fld.allow_comment and isinstance(value, dict):
        comment = value.get("comment")
        if isinstance(comment, str):
            found.append(text(f"{fld.id}.comment", f"{field_path(form, fld)} › Comment", comment))
    elif fld.type is FieldType.ROWS and isinstance(value, list):
        title = form.section(fld.section_id).title
        for number, row in enumerate(value, start=1):
            if not isinstance(row, dict):
                continue
            for col in fld.columns:
                cell = row.get(col.id)
                if col.type in _CHECKED_TYPES and col.spellcheck and isinstance(cell, str):
                    place = f"{title} › row {number} › {col.label}"
                    found.append(text(f"{fld.id}#{number}.{col.id}", place, cell))
    yield from (item for item in found if item is not None)


def names_in(form: FormDefinition, draft: Draft) -> list[str]:
    """The words of the fields that hold names, and of signature names: this conversation's people."""
    texts: list[object] = []
    for fld in form.fields.values():
        value = draft.get(fld)
        if fld.type is FieldType.SIGNATURE and isinstance(value, dict):
            texts.append(value.get("name"))
        elif fld.type is FieldType.ROWS and isinstance(value, list):
            unchecked = [col.id for col in fld.columns if not col.spellcheck]
            texts.extend(row.get(c) for row in value if isinstance(row, dict) for c in unchecked)
        elif not fld.spellcheck:
            texts.append(value)
    return [t.word for text in texts if isinstance(text, str) for t in tokens(text)]


def ignored_in(draft: Draft) -> list[str]:
    """Words ignored in this conversation (anything malformed in a hand-edited file is skipped)."""
    raw = draft.meta.get(IGNORED_KEY, [])
    if not isinstance(raw, list):
        return []
    return [w for w in raw[:MAX_IGNORED] if isinstance(w, str) and usable_word(w)]


def ignore_in_draft(draft: Draft, word: str) -> bool:
    """Remember `word` as ignored in this conversation; False when it already was."""
    word = normalise(word.strip())
    current = ignored_in(draft)
    if not usable_word(word) or word in current:
        return False
    draft.meta[IGNORED_KEY] = sorted([*current, word], key=str.casefold)
    return True


def prepare(checker: SpellChecker, form: FormDefinition, draft: Draft) -> SpellChecker:
    """Give the checker this conversation's names and ignored words."""
    checker.set_names(names_in(form, draft))
    checker.set_ignored(ignored_in(draft))
    return checker


def check_draft(
    form: FormDefinition,
    draft: Draft,
    checker: SpellChecker,
    role: Role | None = None,
    suggest: bool = False,
    section_id: str = "",
) -> list[Finding]:
    """Every possible mistake, in form order then text order; suggestions only when asked (slow).

    With `section_id`, only that section's answers are read (Check your answers, section by section).
    The checker given is left as it was: the window's one is shared by every box of the process,
    so one window's list must not hand its conversation's ignored words and names to the others.
    """
    checker = prepare(copy.copy(checker), form, draft)  # set_* replace the sets, never change them
    findings: list[Finding] = []
    for item in checked_texts(form, draft, role):
        if section_id and item.section_id != section_id:
            continue
        for token in checker.misspelled(item.text):
            suggestions = tuple(checker.suggestions(token.word)) if suggest else ()
            findings.append(
                Finding(
                    item.target,
                    item.field_id,
                    item.section_id,
                    item.place,
                    token.word,
                    token.start,
                    token.end,
                    suggestions,
                )
            )
    return findings


def by_place(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped by where they are, keeping the form's order."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.place, []).append(finding)
    return grouped
