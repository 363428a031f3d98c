"""The headless commands IT and tests rely on."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pdr_desktop import __version__
from pdr_desktop.cli import main
from pdr_desktop.drafts import read_draft
from pdr_desktop.forms import FieldType


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pdr_desktop", *args], capture_output=True, text=True, timeout=120
    )


def test_version_via_python_dash_m():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"PDR Desktop {__version__}"


def test_forms_lists_the_portsmouth_form(capsys):
    assert main(["forms"]) == 0
    assert "portsmouth-early-help-2022\t2022-01\tPortsmouth Children’s Services" in capsys.readouterr().out


def test_new_then_check_reports_missing(tmp_path, capsys, registry):
    path = tmp_path / "zoe.pdr"
    assert main(["new", "--form", "portsmouth-early-help-2022", "--name", "Zoë", "-o", str(path)]) == 0
    assert read_draft(path, registry).answers["details.name"] == "Zoë"
    capsys.readouterr()
    assert main(["check", str(path), "--role", "practitioner"]) == 1
    out = capsys.readouterr().out
    assert "Zoë – Performance Conversation – Initial Conversation – Practitioner" in out
    assert "Not started  Practice Standards" in out
    assert "[Practitioner] Details › Position" in out
    assert "[Manager]" not in out


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "exists.pdr"
    path.write_text("keep me", encoding="utf-8")
    assert main(["new", "--name", "A", "-o", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "keep me"


def test_new_with_unknown_form_fails_clearly(tmp_path, capsys):
    assert main(["new", "--form", "nope", "--name", "A", "-o", str(tmp_path / "a.pdr")]) == 2
    assert "form 'nope' is not installed" in capsys.readouterr().err


def test_sample_is_complete_realistic_and_non_ascii(tmp_path, capsys, registry, form):
    path = tmp_path / "sample.pdr"
    assert main(["sample", "-o", str(path)]) == 0
    draft = read_draft(path, registry)
    for fld in form.fields.values():
        value = draft.answers.get(fld.id)
        assert value, fld.id
        if fld.type is FieldType.ROWS:
            assert len(value) == 7
    assert draft.answers["details.name"] == "Siobhán Ó Dálaigh"
    assert any(not name.isascii() for name in (draft.answers["signoff.manager"]["name"],))
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "Complete: nothing is missing." in capsys.readouterr().out


@pytest.mark.parametrize("round_id", ["initial", "six_month"])
def test_check_at_an_earlier_round(tmp_path, capsys, round_id):
    path = tmp_path / "sample.pdr"
    main(["sample", "-o", str(path)])
    assert main(["check", str(path), "--round", round_id]) == 0


def test_check_unknown_round(tmp_path, capsys):
    path = tmp_path / "sample.pdr"
    main(["sample", "-o", str(path)])
    assert main(["check", str(path), "--round", "christmas"]) == 2
    assert "unknown round 'christmas'" in capsys.readouterr().err


def test_data_dir_option_moves_the_drafts_folder(tmp_path, capsys):
    data = tmp_path / "portable"
    main(["--data-dir", str(data), "new", "--name", "A", "-o", str(tmp_path / "a.pdr")])
    assert main(["--data-dir", str(data), "list"]) == 0
    assert (data / "drafts").is_dir()


def test_no_arguments_starts_the_gui(monkeypatch):
    calls = []
    monkeypatch.setattr("pdr_desktop.cli.gui_main", lambda files=None: calls.append(files) or 0)
    assert main([]) == 0
    assert main(["some draft.pdr"]) == 0
    assert calls == [[], ["some draft.pdr"]]
