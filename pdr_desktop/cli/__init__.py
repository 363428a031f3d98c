"""`pdr-desktop`: no arguments starts the window; sub-commands work headless (for IT and tests).

Qt is imported only on the GUI path, so headless commands start fast and run
on servers with no display libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pdr_desktop import APP_NAME, __version__, paths
from pdr_desktop.cli import draft_commands, export_commands, review_commands, team_commands, terminal
from pdr_desktop.cli.common import fail, os_error_line
from pdr_desktop.drafts.errors import DraftFileError

COMMAND_MODULES = (draft_commands, export_commands, review_commands, team_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pdr-desktop",
        description=f"{APP_NAME}: the Performance Conversation form, offline. "
        "Run with no command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep drafts, backups and settings under DIR (same as {paths.HOME_ENV})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("files", nargs="*", help="drafts or exports to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A bare file argument (double-click on a .pdr) opens it in the window, after any options.
    first = _first_positional(argv)
    if first is not None and argv[first] not in _command_names():
        argv = [*argv[:first], "gui", *argv[first:]]
    args = build_parser().parse_args(argv)
    if args.data_dir:
        os.environ[paths.HOME_ENV] = str(Path(args.data_dir).resolve())
    if args.command in (None, "gui"):
        return gui_main(getattr(args, "files", []))
    previous = terminal.install()  # names from other people's files never drive the terminal
    try:
        return args.handler(args)
    except BrokenPipeError:
        # `pdr-desktop check FILE | head`: the reader left; that is not an error worth a traceback.
        # Point stdout at devnull so Python's exit-time flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except DraftFileError as exc:
        return fail(str(exc))
    except OSError as exc:  # a full disk, a read-only folder, one that vanished: one line, exit 2
        return fail(os_error_line(exc))
    finally:
        sys.stdout, sys.stderr = previous


def _first_positional(argv: list[str]) -> int | None:
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            return index + 1 if index + 1 < len(argv) else None
        if not token.startswith("-"):
            return index
        index += 2 if token == "--data-dir" else 1  # the only option that takes a value
    return None


def _command_names() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def gui_main(files: Sequence[str] | None = None) -> int:
    from pdr_desktop.ui.app import run_gui

    return run_gui(list(files or []))
