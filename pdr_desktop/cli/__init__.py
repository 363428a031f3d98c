"""`pdr-desktop`: no arguments starts the window; sub-commands work headless (for IT and tests).

Each command's module is imported only when that command runs (COMMANDS below), and Qt
only on the GUI path: `pdr-desktop export` loads the PDF writer and nothing of the team
report, the reviewer's diff or the window, so one export is a short process and runs on
servers with no display libraries.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from pdr_desktop import APP_NAME, __version__, paths

if TYPE_CHECKING:
    import argparse

# Command name → the module that registers and runs it (its `register(sub)` adds the parser).
# tests/unit/test_cli_dispatch.py checks this table against what each module registers.
COMMANDS: dict[str, str] = {
    "forms": "pdr_desktop.cli.draft_commands",
    "new": "pdr_desktop.cli.draft_commands",
    "sample": "pdr_desktop.cli.draft_commands",
    "check": "pdr_desktop.cli.draft_commands",
    "list": "pdr_desktop.cli.draft_commands",
    "export": "pdr_desktop.cli.export_commands",
    "import": "pdr_desktop.cli.export_commands",
    "diff": "pdr_desktop.cli.review_commands",
    "carry-forward": "pdr_desktop.cli.review_commands",
    "sign": "pdr_desktop.cli.review_commands",
    "round": "pdr_desktop.cli.review_commands",
    "team": "pdr_desktop.cli.team_commands",
}
GUI_COMMAND = "gui"


def command_modules(names: Sequence[str] | None = None) -> list[ModuleType]:
    """The modules for `names` (every command's when None), each once, in table order."""
    wanted = COMMANDS if names is None else {n: COMMANDS[n] for n in names if n in COMMANDS}
    return [importlib.import_module(module) for module in dict.fromkeys(wanted.values())]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only that command's module is imported and registered
    (none for "gui"); without, all of them (`--help` lists every command)."""
    import argparse

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
    for module in command_modules(None if command is None else [command]):
        module.register(sub)
    gui = sub.add_parser(GUI_COMMAND, help="open the window (the default)")
    gui.add_argument("files", nargs="*", help="drafts or exports to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A bare file argument (double-click on a .pdr) opens it in the window, after any options.
    first = _first_positional(argv)
    command = argv[first] if first is not None else None
    if command is not None and command not in _command_names():
        argv, command = [*argv[:first], GUI_COMMAND, *argv[first:]], GUI_COMMAND
    if command is None and not {"-h", "--help"} & set(argv):
        command = GUI_COMMAND  # the window: no command's module is needed to start it
    if command == GUI_COMMAND and not any(token.startswith("-") for token in argv):
        # The window, alone or with double-clicked files: nothing to parse (building the parser
        # costs 3 ms before the first frame).
        return gui_main(argv[1:])
    args = build_parser(command).parse_args(argv)
    if args.data_dir:
        os.environ[paths.HOME_ENV] = str(Path(args.data_dir).resolve())
    if args.command in (None, GUI_COMMAND):
        return gui_main(getattr(args, "files", []))
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from pdr_desktop.cli import terminal
    from pdr_desktop.cli.common import fail, os_error_line
    from pdr_desktop.drafts.errors import DraftFileError

    previous = terminal.install()  # names from other people's files never drive the terminal
    try:
        code: int = args.handler(args)
        return code
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
    return {*COMMANDS, GUI_COMMAND}


def gui_main(files: Sequence[str] | None = None) -> int:
    # No cyclic garbage collection until the window has painted (ui/app.py turns it back on):
    # starting makes many objects and frees almost none (Qt's modules, the app's, PySide's enum
    # types). The collector ran 56 times on them, 13 ms of the first frame's 350, and found
    # 458 objects to free.
    gc.disable()
    try:
        from pdr_desktop.ui.app import run_gui

        return run_gui(list(files or []))
    finally:
        gc.enable()
