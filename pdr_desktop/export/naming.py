"""The names exported files get, shared by File ▸ Export…, the manager's batch export and the CLI.

One function decides, so a PDF written from the command line sits in a folder under the
same name the window would have given it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.forms.model import FieldRole, FormDefinition

DEFAULT_STEM = "Performance Conversation"
MAX_STEM = 100


def file_stem(text: str) -> str:
    """A name every file system accepts, made from the practitioner's name and the round."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", stem)[:MAX_STEM] or DEFAULT_STEM


def conversation_title(form: FormDefinition, draft: Draft, from_manager: bool = False) -> str:
    """ "Performance Conversation – Siobhán Ó Dálaigh – Final Review": the subject and the file names.

    The manager's copy back says so ("… – Final Review – manager's reply"): with the
    practitioner's own name it would sit beside the copy they sent as if it were the same file.
    """
    try:
        round_label = form.round(draft.review.current_round).label
    except KeyError:
        round_label = ""
    reply = "manager's reply" if from_manager else ""
    parts = [form.short_title, draft.role_text(form, FieldRole.SUBJECT_NAME).strip(), round_label, reply]
    return " – ".join(p for p in parts if p)


def export_stem(form: FormDefinition, draft: Draft, from_manager: bool = False) -> str:
    """The file name, without suffix, an export of `draft` gets."""
    return file_stem(conversation_title(form, draft, from_manager))


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts file names as people count: "p2" before "p10" (as text, "p10" comes first)."""
    parts = re.split(r"(\d+)", name.casefold())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts if part)


def free_stem(
    folder: Path,
    stem: str,
    suffixes: Iterable[str] = (".docx", ".pdf", DRAFT_SUFFIX),
    taken: set[str] | frozenset[str] = frozenset(),
) -> str:
    """`stem`, or "stem (2)", "stem (3)"… : the first for which no file with any of `suffixes`
    exists in `folder` and which is not in `taken` (names already given out in this batch).
    Exports never overwrite a file, least of all a draft."""
    suffixes = tuple(suffixes)
    candidate, counter = stem, 2
    while candidate.casefold() in taken or any((folder / f"{candidate}{s}").exists() for s in suffixes):
        candidate = f"{stem} ({counter})"
        counter += 1
    return candidate
