"""A corpus of hostile drafts, settings and forms: each class read by the real CLI and the real
window start, in subprocesses; none may stop the app, hang it or print a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pdr_desktop.checked_json import JsonLimitError, loads_checked, nesting_depth
from pdr_desktop.drafts import draft_to_json
from pdr_desktop.review.sample import build_sample


def _sample_json(form) -> dict:
    return draft_to_json(build_sample(form))


def _deep(form) -> str:
    data = json.dumps(_sample_json(form))
    return data[:-1] + ', "meta2": ' + "[" * 5000 + "]" * 5000 + "}"


def _long_number(form) -> str:
    return json.dumps(_sample_json(form))[:-1] + ', "x": ' + "9" * 5000 + "}"


def _nan(form) -> str:
    return json.dumps(_sample_json(form))[:-1] + ', "x": NaN}'


def _duplicate(form) -> str:
    return json.dumps(_sample_json(form))[:-1] + ', "answers": {}}'


def _wrong_shapes(form) -> str:
    data = _sample_json(form)
    data["answers"] = {"objectives.items": [{"objective": ["not", "text"]}]}
    data["review"]["meetings"] = {"initial": {"deep": 1}}
    return json.dumps(data)


# name → how to make it (text, or a callable(path) that makes something other than a file)
DRAFT_CLASSES = {
    "nested-5000-deep": _deep,
    "number-5000-digits": _long_number,
    "nan": _nan,
    "duplicate-names": _duplicate,
    "wrong-shapes": _wrong_shapes,
    "binary": lambda form: b"\x00\xff\xfe" * 1000,
    "utf16": lambda form: json.dumps(_sample_json(form)).encode("utf-16"),
    "truncated": lambda form: json.dumps(_sample_json(form))[:500],
    "empty": lambda form: "",
    "huge-sparse": "huge",
    "fifo": "fifo",
    "device": "device",
    "folder": "folder",
    "dangling-link": "dangling",
}


def make_hostile(path: Path, kind, form) -> None:
    if kind == "huge":
        with path.open("wb") as handle:
            handle.truncate(25 * 1024 * 1024)  # 25 MB of nothing, made in an instant
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(path.with_name("nowhere.pdr"))
    else:
        content = kind(form)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def run_cli(*args: str, home: Path, timeout: int = 60, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "--data-dir", str(home), *args],
        capture_output=True,
        text=True,
        timeout=timeout,  # a FIFO that hangs the reader fails the test instead of the suite
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
    )


pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files (FIFOs, devices)")


@pytest.mark.parametrize("name", DRAFT_CLASSES)
def test_hostile_draft_is_listed_as_unreadable_and_check_says_why(name, tmp_path, form):
    folder = tmp_path / "drafts"
    folder.mkdir()
    good = folder / "Good one.pdr"
    good.write_text(json.dumps(_sample_json(form)), encoding="utf-8")
    bad = folder / f"{name}.pdr"
    make_hostile(bad, DRAFT_CLASSES[name], form)

    listed = run_cli("list", str(folder), home=tmp_path / "home")
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr + listed.stdout
    assert "Good one.pdr" in listed.stdout and "100%" in listed.stdout  # the good one is still there
    if name == "folder":  # a folder is not a draft, whatever its name: not listed
        assert "folder.pdr" not in listed.stdout
    else:
        assert f"{name}.pdr\tcannot be read: " in listed.stdout

    checked = run_cli("check", str(bad), home=tmp_path / "home")
    assert checked.returncode == 2
    assert "Traceback" not in checked.stderr
    assert checked.stderr.count("\n") == 1 and bad.name in checked.stderr


def test_each_limit_gives_its_own_reason():
    reasons = {
        "[" * 100 + "]" * 100: "nested 100 levels deep",
        "[" + "1" * 100 + "]": "a number 100 digits long",
        "[NaN]": "NaN",
        '{"a": 1, "a": 2}': "“a” appears twice",
    }
    for text, reason in reasons.items():
        with pytest.raises(JsonLimitError, match=reason):
            loads_checked(text)
    assert nesting_depth('{"a": "[[[[[[", "b": [[1]]}') == 3  # brackets in text are not nesting


SETTINGS_CLASSES = {
    "user-fifo": ("user", "fifo"),
    "user-deep": ("user", "[" * 5000 + "]" * 5000),
    "user-number": ("user", '{"role": ' + "1" * 5000 + "}"),
    "user-duplicate": ("user", '{"role": "manager", "role": "practitioner"}'),
    "site-fifo": ("site", "fifo"),
    "site-deep": (
        "site",
        '{"format": "pdr-desktop-site-settings", "settings": ' + "[" * 5000 + "]" * 5000 + "}",
    ),
    "site-huge": ("site", "huge"),
}


def _settings_files(tmp_path: Path, which: str, content: str) -> tuple[Path, dict[str, str]]:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    site = tmp_path / "site-settings.json"
    site.write_text('{"format": "pdr-desktop-site-settings", "settings": {}}', encoding="utf-8")
    target = home / "config" / "settings.json" if which == "user" else site
    target.unlink(missing_ok=True)
    if content == "fifo":
        os.mkfifo(target)
    elif content == "huge":
        with target.open("wb") as handle:
            handle.truncate(5 * 1024 * 1024)
    else:
        target.write_text(content, encoding="utf-8")
    return home, {"PDR_DESKTOP_SITE_SETTINGS": str(site)}


@pytest.mark.parametrize("name", SETTINGS_CLASSES)
def test_hostile_settings_never_stop_or_hang_the_cli(name, tmp_path):
    home, env = _settings_files(tmp_path, *SETTINGS_CLASSES[name])
    done = run_cli("forms", home=home, timeout=30, **env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "portsmouth-early-help-2022" in done.stdout


FORM_CLASSES = {
    "deep": "[" * 5000 + "]" * 5000,
    "number": '{"format": "pdr-desktop-form", "format_version": ' + "1" * 5000 + "}",
    "wrong-shapes": json.dumps(
        {
            "format": "pdr-desktop-form",
            "format_version": 1,
            "id": "x",
            "version": "1",
            "title": "x",
            "rounds": [{"id": "r", "label": "R", "starts_month": 9}],
            "sections": [{"id": "s", "title": "S", "fields": [], "intro": [["nested"]]}],
            "intro": {"not": "a list"},
        }
    ),
    "binary": "\x00\x01\x02",
    "fifo": "fifo",
}


@pytest.mark.parametrize("name", FORM_CLASSES)
def test_a_bad_extra_form_is_skipped_with_a_warning(name, tmp_path):
    forms = tmp_path / "extra-forms"
    forms.mkdir()
    target = forms / f"{name}.json"
    if FORM_CLASSES[name] == "fifo":
        os.mkfifo(target)
    else:
        target.write_text(FORM_CLASSES[name], encoding="utf-8")
    site = tmp_path / "site.json"
    site.write_text(
        json.dumps(
            {
                "format": "pdr-desktop-site-settings",
                "settings": {"extra_forms_dir": {"value": str(forms)}},
            }
        ),
        encoding="utf-8",
    )
    done = run_cli("forms", home=tmp_path / "home", timeout=30, PDR_DESKTOP_SITE_SETTINGS=str(site))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "portsmouth-early-help-2022" in done.stdout
    assert f"warning: Form definition {name}.json" in done.stderr


def test_the_managers_list_shows_each_hostile_draft_with_its_reason(tmp_path, form, registry, clock):
    from pdr_desktop.team.received import received_files, summarise_received

    for name, kind in DRAFT_CLASSES.items():
        if name != "folder":
            make_hostile(tmp_path / f"{name}.pdr", kind, form)
    (tmp_path / "good.pdr").write_text(json.dumps(_sample_json(form)), encoding="utf-8")
    rows = {p.name: summarise_received(p, registry, clock.today()) for p in received_files(tmp_path)}
    assert len(rows) == len(DRAFT_CLASSES)  # every hostile one but the folder, and the good one
    assert not rows.pop("good.pdr").error
    assert all(row.error for row in rows.values()), {n: r.error for n, r in rows.items() if not r.error}
