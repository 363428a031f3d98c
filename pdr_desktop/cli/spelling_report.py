"""`pdr-desktop check --spelling`: possible spelling mistakes, by place, with suggestions.

Printed as part of `check`, whose exit code keeps its meaning (0 complete, 1 not, 2 unreadable):
a spelling mistake is for the person to judge, not a reason for a script to fail.
"""

from __future__ import annotations

import argparse
import sys

from pdr_desktop.drafts import Draft
from pdr_desktop.forms import FormDefinition, Role


def add_spelling_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--spelling",
        action="store_true",
        help="also list possible spelling mistakes (British English) with suggestions; "
        "the exit code still says only whether the form is complete",
    )


def print_spelling(form: FormDefinition, draft: Draft, role: Role | None) -> None:
    from pdr_desktop.settings import load_settings
    from pdr_desktop.spelling import (
        DictionaryUnavailableError,
        PersonalDictionaryError,
        by_place,
        check_draft,
        make_checker,
    )

    settings = load_settings()
    try:
        checker = make_checker(form, settings.spelling_words)
    except PersonalDictionaryError as exc:
        print(f"pdr-desktop: {exc}; checking without it", file=sys.stderr)
        checker = make_checker(form, settings.spelling_words, personal_words=())
    except DictionaryUnavailableError as exc:
        print(f"pdr-desktop: spelling not checked: {exc}", file=sys.stderr)
        return
    findings = check_draft(form, draft, checker, role, suggest=True)
    if not findings:
        print("Spelling: no possible mistakes found.")
        return
    count = len(findings)
    print(f"Spelling ({count} possible mistake{'s' if count != 1 else ''}):")
    for place, items in by_place(findings).items():
        seen: dict[str, int] = {}
        for item in items:
            seen[item.word] = seen.get(item.word, 0) + 1
        shown = []
        for item in items:
            if item.word not in seen:
                continue
            times = seen.pop(item.word)
            fix = ", ".join(item.suggestions) if item.suggestions else "no suggestions"
            shown.append(f"“{item.word}”{f' ({times}×)' if times > 1 else ''} → {fix}")
        print(f"  {place}: " + "; ".join(shown))
