"""Sub-commands for the year's workflow: diff, carry-forward, sign, round."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pdr_desktop import clock
from pdr_desktop.cli.common import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    DraftFileError,
    fail,
    print_missing,
    refuse_if_open,
    refuse_overwrite,
)
from pdr_desktop.dates import parse_iso
from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.drafts.tracked import DiskState, read_tracked, save_tracked
from pdr_desktop.export import IMPORT_SUFFIXES, import_file
from pdr_desktop.forms import Role, default_registry
from pdr_desktop.forms.model import FormDefinition
from pdr_desktop.review.carry_forward import carry_forward
from pdr_desktop.review.diff import diff_drafts, render_changes
from pdr_desktop.review.signing import sign, signature_lines_for_cli
from pdr_desktop.review.workflow import complete_round, send_by_status, set_meeting
from pdr_desktop.team.received import read_received


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "diff", help="show what changed between two versions of a draft (exit 0 none, 1 some, 2 unreadable)"
    )
    p.add_argument("a", help="the earlier version (.pdr, .docx or .pdf)")
    p.add_argument("b", help="the later version")
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("carry-forward", help="start next year's conversation from this year's draft")
    p.add_argument("old", help="this year's draft (.pdr, .docx or .pdf)")
    p.add_argument("-o", "--output", required=True, help="new draft file to write (.pdr); must not exist")
    p.set_defaults(handler=cmd_carry_forward)

    p = sub.add_parser("sign", help="sign a draft with a typed name and date (records a fingerprint)")
    p.add_argument("file", help="draft file (.pdr); updated in place, with a backup")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", required=True, help="the typed name")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser(
        "round", help="show or change the review round: meeting date, send-by date, completing"
    )
    p.add_argument("file", help="draft file (.pdr); updated in place when changed")
    p.add_argument("--meeting", metavar="YYYY-MM-DD", help="record the current round's meeting date")
    p.add_argument("--complete", action="store_true", help="complete the current round, move to the next")
    p.add_argument("--role", choices=[r.value for r in Role], help="whose missing fields block completing")
    p.add_argument("--force", action="store_true", help="complete even when fields are missing")
    p.set_defaults(handler=cmd_round)


def _read(path: str) -> tuple[Draft, FormDefinition]:
    registry = default_registry()
    source = Path(path)
    if source.suffix.lower() in IMPORT_SUFFIXES:
        # Through the importer itself, so text that found no field is mentioned, never dropped.
        result = import_file(source, registry)
        if result.unplaced:
            print(
                f"note: {len(result.unplaced)} item(s) in {source.name} could not be placed in the form; "
                f"`pdr-desktop import {source}` lists them",
                file=sys.stderr,
            )
        draft = result.draft
    else:
        draft = read_received(source, registry)
    return draft, registry.get(draft.form_id)


def cmd_diff(args: argparse.Namespace) -> int:
    try:
        a, form = _read(args.a)
        b, form_b = _read(args.b)
    except DraftFileError as exc:
        return fail(str(exc))
    if form.id != form_b.id:
        return fail(f"{args.a} and {args.b} are different forms ({form.id}, {form_b.id}); nothing to compare")
    changes = diff_drafts(form, a, b)
    print(render_changes(form, changes))
    return EXIT_INCOMPLETE if changes else EXIT_OK


def cmd_carry_forward(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if (refused := refuse_overwrite(out)) is not None:
        return refused
    try:
        old, form = _read(args.old)
    except DraftFileError as exc:
        return fail(str(exc))
    new = carry_forward(form, old)
    try:
        write_draft(new, out, backup=False)
    except OSError as exc:
        return fail(f"{out} cannot be written ({exc.strerror or exc}); nothing was written")
    carried = new.meta["carried_from"]["objectives_carried"]
    left = len(new.meta["reference"]["objectives_achieved"])
    plural = "s" if carried != 1 else ""
    print(f"{out}: {carried} objective{plural} carried forward, {left} achieved left behind")
    for note in new.meta.get("notes", []):
        print(f"note: {note}")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    when = args.date or clock.current_clock().today().isoformat()
    if parse_iso(when) is None:
        return fail(f"the date {when!r} is not a date (use YYYY-MM-DD)")
    path = Path(args.file)
    if path.suffix.lower() != DRAFT_SUFFIX:  # before reading: no point importing a Word file to refuse it
        return fail(f"{path}: only .pdr drafts can be signed; open the Word or PDF file in the app first")
    if (refused := refuse_if_open(path)) is not None:
        return refused
    try:
        draft, state = read_tracked(path, default_registry())
    except DraftFileError as exc:
        return fail(str(exc))
    form = default_registry().get(draft.form_id)
    try:
        sign(form, draft, Role(args.role), args.name, when)
    except ValueError as exc:
        return fail(str(exc))
    _save_in_place(draft, path, state)
    # Both signatures: signing may come after the other side's content changed since they signed.
    for line in signature_lines_for_cli(form, draft):
        print(line.strip())
    return EXIT_OK


def cmd_round(args: argparse.Namespace) -> int:
    path = Path(args.file)
    state: DiskState | None = None
    try:
        if path.suffix.lower() == DRAFT_SUFFIX:
            draft, state = read_tracked(path, default_registry())
            form = default_registry().get(draft.form_id)
        else:
            draft, form = _read(args.file)
    except DraftFileError as exc:
        return fail(str(exc))
    changed = False
    if args.meeting is not None:
        try:
            set_meeting(form, draft, draft.review.current_round, args.meeting)
        except ValueError as exc:
            return fail(str(exc))
        changed = True
    status = EXIT_OK
    if args.complete:
        result = complete_round(form, draft, Role(args.role) if args.role else None, force=args.force)
        if result.completed:
            changed = True
            after = (
                "the year is finished"
                if result.year_finished
                else f"now at {form.round(draft.review.current_round).label}"
            )
            print(f"Completed {form.round(result.round_id).label}; {after}.")
        else:
            print(f"Not completed: {len(result.missing)} still missing (use --force to complete anyway):")
            print_missing(result.missing)
            status = EXIT_INCOMPLETE
    if changed:
        if path.suffix.lower() != DRAFT_SUFFIX:
            return fail(
                f"{path}: only .pdr drafts can be changed; open the Word or PDF file in the app first"
            )
        if (refused := refuse_if_open(path)) is not None:
            return refused
        _save_in_place(draft, path, state)
    print(f"{draft.display_name(form)} – {form.round(draft.review.current_round).label}")
    print(send_by_status(form, draft, clock.current_clock().today()).message)
    return status


def _save_in_place(draft: Draft, path: Path, state: DiskState | None) -> None:
    """Save over the file we read, unless someone changed it meanwhile (then keep both)."""
    outcome = save_tracked(draft, path, state, default_registry())
    if outcome is not None and outcome.conflict_copy is not None:
        print(
            f"note: {path} was changed by someone else meanwhile; it is left as they saved it and "
            f"this change is in {outcome.conflict_copy}",
            file=sys.stderr,
        )


__all__ = ["register"]
