"""Every command on a full disk, a read-only or forbidden folder, or a missing one: one line naming
the file and the reason, exit 2, no traceback. Real conditions where the machine allows them (a
tiny tmpfs for ENOSPC, a read-only mount for EROFS); otherwise the error is injected into the
system calls of a subprocess (EACCES: the tests run as root, who may write anywhere)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pdr_desktop.drafts import write_draft
from pdr_desktop.export import export_draft
from pdr_desktop.review.sample import build_sample

# Runs the CLI with every write (and, for EACCES, every open) under ROOT failing with ERRNO.
INJECT = textwrap.dedent("""
    import errno, os, sys
    code, root, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    real_open, real_write = os.open, os.write
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT
    def refused(path):
        return OSError(code, os.strerror(code), str(path))
    def fake_open(path, flags, *args, **kwargs):
        if str(os.fspath(path)).startswith(root) and (mode == "all" or flags & writes):
            raise refused(path)
        return real_open(path, flags, *args, **kwargs)
    os.open = fake_open
    from pdr_desktop.cli import main
    sys.exit(main(sys.argv[4:]))
""")


def _mount(target: Path, options: str) -> bool:
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True, check=False
    )
    return done.returncode == 0


@pytest.fixture
def place(tmp_path, form):
    """place(condition) → (folder where outputs go, inputs folder, how to run the CLI)."""
    mounted: list[Path] = []
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    draft = inputs / "Aisha Khan.pdr"
    write_draft(build_sample(form), draft, backup=False)
    export_draft(form, build_sample(form), inputs / "Aisha Khan.docx", "docx")
    home = tmp_path / "home"

    def make(condition: str):
        folder = tmp_path / condition
        folder.mkdir()
        inject: tuple[int, str] | None = None
        if condition == "enospc":
            if _mount(folder, "size=64k"):
                mounted.append(folder)
                with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
                    handle.write(b"\0" * 10_000_000)  # fill it: the next write fails for real
            else:
                inject = (errno.ENOSPC, "write")
        elif condition == "erofs":
            if _mount(folder, "ro,size=64k"):
                mounted.append(folder)
            else:
                inject = (errno.EROFS, "write")
        elif condition == "eacces":
            inject = (errno.EACCES, "write")
        elif condition == "missing":
            folder.rmdir()

        def run(*args: str, target: Path = folder) -> subprocess.CompletedProcess:
            argv = ["--data-dir", str(home), *args]
            if inject is not None:
                command = [sys.executable, "-c", INJECT, str(inject[0]), str(target), inject[1], *argv]
            else:
                command = [sys.executable, "-m", "pdr_desktop", *argv]
            return subprocess.run(
                command, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
            )

        return folder, run

    yield inputs, make
    for folder in mounted:
        subprocess.run(["umount", str(folder)], check=False)


def _writable(folder: Path) -> bool:
    try:
        (folder / ".probe").touch()
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def _writes(inputs: Path, out: Path) -> dict[str, list[str]]:
    draft = str(inputs / "Aisha Khan.pdr")
    return {
        "sample": ["sample", "-o", str(out / "sample.pdr")],
        "new": ["new", "--name", "Sam", "-o", str(out / "new.pdr")],
        "export-pdf": ["export", draft, "--to", "pdf", "-o", str(out / "a.pdf")],
        "export-docx": ["export", draft, "--to", "docx", "-o", str(out / "a.docx")],
        "import": ["import", str(inputs / "Aisha Khan.docx"), "-o", str(out / "imported.pdr")],
        "carry-forward": ["carry-forward", draft, "-o", str(out / "next.pdr")],
    }


@pytest.mark.parametrize("condition", ["enospc", "erofs", "eacces", "missing"])
@pytest.mark.parametrize("command", ["sample", "new", "export-pdf", "export-docx", "import", "carry-forward"])
def test_a_command_that_writes_a_new_file_says_one_line_and_exits_2(place, condition, command):
    inputs, make = place
    out, run = make(condition)
    done = run(*_writes(inputs, out)[command])
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert str(out) in done.stderr
    reason = {
        "enospc": "No space left on device",
        "erofs": "Read-only file system",
        "eacces": "Permission denied",
        "missing": "does not exist",
    }[condition]
    assert reason in done.stderr


@pytest.mark.parametrize("condition", ["enospc", "erofs", "eacces"])
@pytest.mark.parametrize("command", ["sign", "round"])
def test_a_command_that_changes_a_draft_in_place_says_one_line_and_keeps_it(place, form, condition, command):
    _inputs, make = place
    folder, run = make(condition)
    draft = folder / "Aisha Khan.pdr"
    with contextlib.suppress(OSError):
        (folder / "filler").unlink()  # room for the draft itself, then fill again
    if condition == "erofs" and not _writable(folder):
        # A read-only mount: the draft is put there by mounting it writable for a moment.
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
        write_draft(build_sample(form), draft, backup=False)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        write_draft(build_sample(form), draft, backup=False)
    before = draft.read_bytes()
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as handle:
        if condition == "enospc":
            handle.write(b"\0" * 10_000_000)
    args = {
        "sign": ["sign", str(draft), "--role", "manager", "--name", "Priya Shah"],
        "round": ["round", str(draft), "--meeting", "2026-12-01"],
    }[command]
    done = run(*args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert draft.read_bytes() == before


@pytest.mark.parametrize("command", ["check", "list", "diff", "sign", "round", "export"])
def test_a_missing_file_or_folder_is_one_line(place, command, tmp_path):
    _inputs, make = place
    _folder, run = make("plain")
    gone = str(tmp_path / "gone" / "x.pdr")
    args = {
        "check": ["check", gone],
        "list": ["list", str(tmp_path / "gone")],
        "diff": ["diff", gone, gone],
        "sign": ["sign", gone, "--role", "manager", "--name", "P"],
        "round": ["round", gone],
        "export": ["export", gone, "--to", "pdf", "-o", str(tmp_path / "x.pdf")],
    }[command]
    done = run(*args)
    # export: a draft that cannot be read is a failed export (1), as it is in a batch.
    assert done.returncode == (1 if command == "export" else 2) and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "gone" in done.stderr


def test_an_unreadable_draft_is_one_line_for_check(place):
    inputs, _make = place
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            INJECT,
            str(errno.EACCES),
            str(inputs),
            "all",
            "check",
            str(inputs / "Aisha Khan.pdr"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "Permission denied" in done.stderr and "Aisha Khan.pdr" in done.stderr


def test_names_with_control_characters_are_shown_escaped(tmp_path, form):
    draft = build_sample(form)
    draft.answers["details.name"] = "Evil\x1b]0;owned\x07 Name\u202e"
    path = tmp_path / "bad\x1b[2Jname.pdr"
    write_draft(draft, path, backup=False)
    (tmp_path / b"not-utf8-\xff.pdr".decode("utf-8", "surrogateescape")).write_bytes(path.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "--data-dir", str(tmp_path / "home"), "list", str(tmp_path)],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Evil\\x1b]0;owned\\x07 Name\\u202e" in out
    assert "bad\\x1b[2Jname.pdr" in out
    assert "not-utf8-\\xff.pdr" in out
    checked = subprocess.run(
        [sys.executable, "-m", "pdr_desktop", "check", str(Path(tmp_path) / "nothing\x1b[31m.pdr")],
        capture_output=True,
        timeout=60,
    )
    assert b"\x1b" not in checked.stderr and b"nothing\\x1b[31m.pdr" in checked.stderr
