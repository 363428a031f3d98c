"""The CLI imports a command's module only when it runs, and an export only what its format needs
(issue 17): checked in a real `python -X importtime -m pdr_desktop` process."""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys

import pytest

import pdr_desktop.cli as cli_module
from pdr_desktop.cli import COMMANDS, command_modules, main
from pdr_desktop.drafts import write_draft


def test_the_table_names_exactly_what_each_module_registers():
    registered: dict[str, str] = {}
    for module in command_modules():
        sub = argparse.ArgumentParser().add_subparsers()
        module.register(sub)
        registered |= dict.fromkeys(sub.choices, module.__name__)
    assert registered == COMMANDS


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


# `python -m pdr_desktop ARGS`, then the modules really loaded (importtime also lists imports
# that failed, such as reportlab's attempt at uharfbuzz that reportlab_setup turns away).
RUN_AS_MAIN = """
import runpy, sys
sys.argv = ["pdr_desktop", *sys.argv[1:]]
try:
    runpy.run_module("pdr_desktop", run_name="__main__", alter_sys=True)
finally:
    print("\\n".join(name for name, module in sys.modules.items() if module is not None))
"""


def _imported(tmp_path, *args: str) -> set[str]:
    """Every module a real `python -X importtime -m pdr_desktop ARGS` process imported."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", RUN_AS_MAIN, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    timed = {
        line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")
    }
    loaded = {line.strip() for line in done.stdout.splitlines()}
    assert "pdr_desktop.cli" in timed & loaded  # both outputs really were read
    return loaded


def _tops(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


@pytest.fixture
def draft_file(tmp_path, sample_draft):
    path = tmp_path / "sample.pdr"
    write_draft(sample_draft, path, backup=False)
    return path


def test_pdf_export_imports_neither_qt_nor_word_nor_the_pdf_reader(tmp_path, draft_file):
    names = _imported(tmp_path, "export", str(draft_file), "--to", "pdf", "-o", str(tmp_path / "o.pdf"))
    assert (tmp_path / "o.pdf").stat().st_size > 0
    assert "reportlab" in _tops(names)
    for heavy in ("PySide6", "docx", "pypdf", "openpyxl", "uharfbuzz", "bidi", "http"):
        assert heavy not in _tops(names), heavy
    # Other commands' modules stay unloaded.
    assert not {"pdr_desktop.cli.team_commands", "pdr_desktop.cli.review_commands"} & names


def test_word_export_imports_neither_qt_nor_reportlab_nor_pypdf(tmp_path, draft_file):
    names = _imported(tmp_path, "export", str(draft_file), "--to", "docx", "-o", str(tmp_path / "o.docx"))
    assert (tmp_path / "o.docx").stat().st_size > 0
    assert "docx" in _tops(names)
    for heavy in ("PySide6", "reportlab", "pypdf", "PIL", "openpyxl"):
        assert heavy not in _tops(names), heavy


def test_batch_export_imports_no_qt(tmp_path, draft_file):
    folder = tmp_path / "out"
    folder.mkdir()
    twin = tmp_path / "twin.pdr"
    twin.write_bytes(draft_file.read_bytes())
    names = _imported(tmp_path, "export", str(draft_file), str(twin), "--to", "pdf", "-o", str(folder))
    assert len(list(folder.iterdir())) == 2
    assert "PySide6" not in _tops(names)


def test_a_draft_file_alone_still_means_open_it_in_the_window(monkeypatch, draft_file):
    opened = []
    monkeypatch.setattr("pdr_desktop.cli.gui_main", lambda files: opened.append(files) or 0)
    assert main([str(draft_file)]) == 0
    assert main(["--data-dir", str(draft_file.parent / "home"), str(draft_file)]) == 0
    assert main([]) == 0
    assert opened == [[str(draft_file)], [str(draft_file)], []]


def test_the_window_with_files_alone_starts_without_building_the_parser(monkeypatch, draft_file):
    opened = []
    monkeypatch.setattr("pdr_desktop.cli.gui_main", lambda files: opened.append(files) or 0)
    built = []
    real_build = cli_module.build_parser
    monkeypatch.setattr("pdr_desktop.cli.build_parser", lambda *a: built.append(a) or real_build(*a))
    assert main([]) == 0
    assert main([str(draft_file), str(draft_file)]) == 0
    assert main(["gui", str(draft_file)]) == 0
    assert built == []
    assert main(["--data-dir", str(draft_file.parent / "home"), str(draft_file)]) == 0  # options: parsed
    assert built == [("gui",)]
    assert opened == [[], [str(draft_file)] * 2, [str(draft_file)], [str(draft_file)]]


def test_starting_the_window_imports_no_command_module():
    code = (
        "import sys\n"
        "import pdr_desktop.cli as cli\n"
        "cli.gui_main = lambda files: 0\n"
        "assert cli.main([]) == 0\n"
        "print('\\n'.join(sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(done.stdout.split())
    assert "pdr_desktop.cli" in loaded
    assert not {module for module in COMMANDS.values()} & loaded
    for heavy in ("reportlab", "docx", "pypdf", "openpyxl"):
        assert heavy not in {name.split(".")[0] for name in loaded}, heavy


def test_the_window_starts_without_garbage_collection_and_gets_it_back(monkeypatch):
    # Start-up frees almost nothing it makes; the window turns collection back on once it has
    # painted (ui/app.py collect_garbage_again), and leaving the window always does.
    seen = []
    monkeypatch.setattr("pdr_desktop.ui.app.run_gui", lambda files: seen.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert cli_module.gui_main([]) == 0
    assert seen == [False]
    assert gc.isenabled()

    def failing(files):
        raise RuntimeError("no display")

    monkeypatch.setattr("pdr_desktop.ui.app.run_gui", failing)
    with pytest.raises(RuntimeError):
        cli_module.gui_main([])
    assert gc.isenabled()
