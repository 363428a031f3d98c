"""Sub-commands for exports and imports: `export FILE --to docx|pdf`, `import FILE -o DRAFT.pdr`."""

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
    refuse_overwrite,
)
from pdr_desktop.drafts import write_draft
from pdr_desktop.drafts.model import DRAFT_SUFFIX
from pdr_desktop.export import EXPORT_FORMATS, IMPORT_SUFFIXES, export_file, import_file
from pdr_desktop.forms import default_registry

EXPORT_HELP = (
    "write drafts as Word documents or PDFs (several drafts: into the folder -o names, each "
    "named as the window names it, never over an existing file). Exit 0: all written; "
    "1: something failed (a draft could not be read or exported); "
    "2: a usage problem (bad options, an output name that would replace a draft) "
    "or an output folder that is missing or cannot be written to"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        description=EXPORT_HELP,
        help=EXPORT_HELP,
    )
    p.add_argument("file", nargs="+", help="draft file(s) (.pdr)")
    p.add_argument("--to", dest="fmt", required=True, choices=EXPORT_FORMATS, help="the format to write")
    p.add_argument(
        "-o",
        "--output",
        help="one draft: the file to write (default: next to FILE, with the new suffix); "
        "several drafts, or an existing folder: the folder to write into",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="several drafts: export in N processes (default: 2 for large batches when the machine "
        "has a core to spare, else 1)",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import",
        help="read a Word document or PDF into a draft "
        "(exit 0 all placed, 1 something could not be placed, 2 unreadable)",
    )
    p.add_argument("file", help=f"file to read ({' or '.join(IMPORT_SUFFIXES)})")
    p.add_argument("-o", "--output", required=True, help="draft file to write (.pdr); must not exist")
    p.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    if len(args.file) > 1 or (args.output and Path(args.output).is_dir()):
        return cmd_export_batch(args)
    source = Path(args.file[0])
    out = Path(args.output) if args.output else source.with_suffix(f".{args.fmt}")
    if _same_file(source, out):
        return fail(f"{out} is the draft itself; choose another output name (nothing was written)")
    if out.suffix.lower() == DRAFT_SUFFIX:
        # Writing a Word or PDF file over a .pdr would destroy someone's draft.
        return fail(
            f"{out} is a draft file name; a {args.fmt.upper()} export needs its own (nothing was written)"
        )
    if out.suffix.lower() != f".{args.fmt}":
        # "-o exports" meant as a folder would otherwise become a PDF called "exports".
        return fail(
            f"{out} is neither a .{args.fmt} file name nor an existing folder; "
            f"give a name ending .{args.fmt}, or a folder that exists (nothing was written)"
        )
    if not out.parent.is_dir():
        return fail(f"the folder {out.parent} does not exist (nothing was written)")
    try:
        draft, form = open_draft(args.file[0])
    except DraftFileError as exc:
        return _export_failed(str(exc))
    try:
        report = export_file(form, draft, out, args.fmt)
    except ImportError as exc:
        what = args.fmt.upper()
        return _export_failed(f"{what} export is not available in this version ({exc}); nothing was written")
    except OSError as exc:  # a full disk, a read-only folder: the output place, exit 2
        return fail(f"{out} cannot be written ({exc.strerror or exc}); nothing was written")
    print(out)
    for message in report.messages():  # characters the PDF fonts cannot draw: said, never silent
        print(f"warning: {message}", file=sys.stderr)
    return EXIT_OK


def cmd_export_batch(args: argparse.Namespace) -> int:
    """Several drafts into one folder: one line per file written, one per draft that failed."""
    from pdr_desktop.export.batch import BatchFolderError, export_batch

    if not args.output:
        return fail(
            "exporting several drafts needs -o FOLDER, the folder to write them into (nothing was written)"
        )

    try:
        outcome = export_batch(args.file, args.fmt, Path(args.output), workers=args.jobs)
    except BatchFolderError as exc:
        return fail(str(exc))
    for source, target in outcome.written:  # which draft went to which file (two Ben Carters)
        print(f"{source} → {target}")
    # Each failure, rename and repeat is said once, in the summary.
    if (
        outcome.failed
        or outcome.cancelled
        or outcome.renamed_existing
        or outcome.renamed_in_batch
        or outcome.repeated
    ):
        print(f"pdr-desktop: {outcome.summary()}", file=sys.stderr)
    return EXIT_OK if outcome.ok else EXIT_INCOMPLETE


def cmd_import(args: argparse.Namespace) -> int:
    source, out = Path(args.file), Path(args.output)
    if out.suffix.lower() != DRAFT_SUFFIX:
        return fail(f"{out} must end in {DRAFT_SUFFIX} (nothing was written)")
    if (refused := refuse_overwrite(out)) is not None:
        return refused
    try:
        result = import_file(source, default_registry())
    except DraftFileError as exc:
        return fail(str(exc))
    except ImportError as exc:
        return fail(f"reading {source.suffix} files is not available in this version ({exc})")
    try:
        write_draft(result.draft, out, backup=False, touch=False)
    except OSError as exc:
        return fail(f"{out} cannot be written ({exc.strerror or exc}); nothing was written")
    print(result.report())
    print(f"Draft written to {out}")
    return EXIT_OK if result.complete else EXIT_INCOMPLETE


# A draft that cannot be read or exported exits 1, as one failed draft of a batch does;
# fail()'s exit 2 is kept for usage problems and an output folder that is missing or unwritable.
def _export_failed(message: str) -> int:
    fail(message)
    return EXIT_INCOMPLETE


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
