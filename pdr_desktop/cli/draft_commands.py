"""Sub-commands about drafts: forms, new, sample, check, list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pdr_desktop.cli.common import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    DraftFileError,
    fail,
    open_draft,
    print_missing,
    refuse_overwrite,
)
from pdr_desktop.cli.spelling_report import add_spelling_option, print_spelling
from pdr_desktop.drafts import Draft, default_drafts_folder, write_draft
from pdr_desktop.forms import DEFAULT_FORM_ID, FieldRole, Role, default_form, default_registry
from pdr_desktop.review.completeness import invalid, missing, section_status
from pdr_desktop.review.library import list_drafts
from pdr_desktop.review.sample import build_sample
from pdr_desktop.review.signing import signature_lines_for_cli


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("forms", help="list the installed form definitions")
    p.set_defaults(handler=cmd_forms)

    p = sub.add_parser("new", help="create an empty draft")
    p.add_argument("--form", default=None, help=f"form id (default: {DEFAULT_FORM_ID})")
    p.add_argument("--name", required=True, help="the practitioner's name")
    p.add_argument("-o", "--output", required=True, help="draft file to write (.pdr)")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("sample", help="write a fully filled example draft")
    p.add_argument("-o", "--output", required=True, help="draft file to write (.pdr)")
    p.set_defaults(handler=cmd_sample)

    p = sub.add_parser("check", help="report what is missing (exit 0 complete, 1 not, 2 unreadable)")
    p.add_argument("file", help="draft file (.pdr)")
    p.add_argument("--role", choices=[r.value for r in Role], help="only this person's fields")
    p.add_argument("--round", dest="round_id", help="review round (default: the draft's current round)")
    add_spelling_option(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("list", help="list the drafts in a folder")
    p.add_argument("folder", nargs="?", help="folder (default: the drafts folder)")
    p.set_defaults(handler=cmd_list)


def cmd_forms(args: argparse.Namespace) -> int:
    registry = default_registry()
    for form in sorted(registry.forms.values(), key=lambda f: f.id):
        print(f"{form.id}\t{form.version}\t{form.title}")
    for error in registry.errors:
        print(f"warning: {error}", file=sys.stderr)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    registry = default_registry()
    try:
        form = registry.get(args.form) if args.form else default_form()
    except KeyError as exc:
        return fail(str(exc.args[0]))
    out = Path(args.output)
    if (refused := refuse_overwrite(out)) is not None:
        return refused
    draft = Draft.new(form)
    name_field = form.role_field(FieldRole.SUBJECT_NAME)
    if name_field is None:
        return fail(f"the form {form.id!r} names no field for whose conversation it is")
    draft.set(name_field, args.name)
    write_draft(draft, out, backup=False)
    print(out)
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if (refused := refuse_overwrite(out)) is not None:
        return refused
    write_draft(build_sample(default_form()), out, backup=False)
    print(out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    try:
        draft, form = open_draft(args.file)
    except DraftFileError as exc:
        return fail(str(exc))
    round_id = args.round_id or draft.review.current_round
    if round_id not in form.round_ids():
        return fail(f"unknown round {round_id!r}; the form's rounds are {', '.join(form.round_ids())}")
    role = Role(args.role) if args.role else None
    who = role.label if role else "Practitioner and manager"
    print(f"{draft.display_name(form)} – {form.short_title} – {form.round(round_id).label} – {who}")
    for section in form.sections:
        print(f"  {section_status(form, draft, section, role, round_id).value:<12} {section.title}")
    # A signature whose content changed since is worth knowing about even when nothing is missing.
    for line in signature_lines_for_cli(form, draft):
        print(line)
    if args.spelling:
        print_spelling(form, draft, role)
    gaps = missing(form, draft, role, round_id)
    wrong = invalid(form, draft, role, round_id)
    if wrong:
        print(f"Not valid ({len(wrong)}):")
        for item in wrong:
            print(f"  - [{item.owner.label}] {item.label}: {item.problem}")
    if not gaps and not wrong:
        print("Complete: nothing is missing.")
        return EXIT_OK
    if gaps:
        print(f"Missing ({len(gaps)}):")
        print_missing(gaps)
    return EXIT_INCOMPLETE


def _whose(role: Role | None) -> str:
    """Whose part `list` counted: the draft's own mode, else both people's (no mode is chosen here)."""
    return f"{role.label.lower()}'s part" if role else "both parts"


def cmd_list(args: argparse.Namespace) -> int:
    folder = Path(args.folder) if args.folder else default_drafts_folder()
    if not folder.is_dir():
        return fail(f"{folder}: no such folder")
    for item in list_drafts(folder, default_registry()):
        if item.error:
            print(f"{item.path.name}\tcannot be read: {item.error}")
            continue
        print(
            f"{item.name}\t{item.form_title}\t{item.period}\t"
            f"{item.modified:%Y-%m-%d %H:%M}\t{item.percent}% done, {item.left} to do "
            f"({_whose(item.counted_for)}, {item.current_round})\t{item.path}"
        )
    return EXIT_OK
