"""A command-line batch shared with a forked copy of the process (export/batch_fork.py): every
draft named and written as in one process, a copy's failures reported, a copy that dies
reported, and never a fork in a process with Qt loaded or another thread running.

The test runner itself has Qt loaded (pytest-qt), so each batch runs in a real process of its
own, as `pdr-desktop export` does; a wrapper around os.fork counts the forks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from pypdf import PdfReader

from pdr_desktop.export import batch, batch_fork
from pdr_desktop.export.pdf_embed import ATTACHMENT_NAME

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="batches fork only on Linux")

NAMES = ("Siobhán Ó Dálaigh", "Jo Bloggs", "Amir Khan", "Jo Bloggs", "Priya Shah", "Tom Ng")

# Runs `pdr-desktop export ARGV` in this process after wrapping os.fork (to count the forks) and
# batch.export_one (to fail, sleep or die in the parent or in the copy, as the test asks).
RUN = textwrap.dedent("""
    import json, os, sys, threading, time
    import multiprocessing
    from pdr_desktop.export import batch

    plan = json.loads(sys.argv[1])
    if plan.get("qt"):
        import PySide6.QtCore  # noqa: F401
    if plan.get("thread"):
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
    if plan.get("no_spawn"):
        real_context = multiprocessing.get_context

        def fork_only(method=None):
            assert method == "fork", f"worker processes started with {method}"
            return real_context(method)

        multiprocessing.get_context = fork_only
    parent, forks, real_fork = os.getpid(), [], os.fork

    def counted_fork():
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    os.fork = counted_fork
    real_one = batch.export_one

    def export_one(source, kind, target, draft=None):
        what = plan.get("parent" if os.getpid() == parent else "copy")
        if what == "slow":
            time.sleep(0.5)
        elif what == "fail":
            return "it failed in the copy"
        elif what == "die":
            os._exit(9)
        return real_one(source, kind, target, draft=draft)

    if "parent" in plan or "copy" in plan:  # (a spawned worker could not find this one)
        batch.export_one = export_one
    if "cancel_after" in plan or "batch_kind" in plan:  # as a script would: progress, maybe a Cancel
        argv, steps, stop_after = plan["argv"], [], plan.get("cancel_after", 10**6)
        outcome = batch.export_batch(
            argv[1:argv.index("--to")], plan.get("batch_kind", argv[argv.index("--to") + 1]),
            argv[argv.index("-o") + 1],
            lambda *step: steps.append(step), lambda: len(steps) >= stop_after, workers=2,
        )
        print("\\n".join(f"{source} → {target}" for source, target in outcome.written))
        print(outcome.summary(), file=sys.stderr)
        code = 0 if outcome.ok else 1
    else:
        from pdr_desktop.cli import main

        code = main(plan["argv"])
    with open(plan["forks"], "w") as f:
        f.write(str(len(forks)))
    sys.exit(code)
""")


@pytest.fixture
def drafts(drafts_for):
    """Six drafts, two for people of the same name, and a broken file after the first."""
    return drafts_for(NAMES)


def _export(tmp_path, drafts, folder, kind="pdf", jobs=2, **plan):
    """(exit code, stdout lines, stderr, forks) of a real `pdr-desktop export` process."""
    folder.mkdir(exist_ok=True)
    forks = tmp_path / f"forks-{folder.name}"
    argv = ["export", *map(str, drafts), "--to", kind, "-o", str(folder), "--jobs", str(jobs)]
    done = subprocess.run(
        [sys.executable, "-c", RUN, json.dumps({"argv": argv, "forks": str(forks), **plan})],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert forks.exists(), done.stderr[-3000:]
    return done.returncode, done.stdout.splitlines(), done.stderr, int(forks.read_text())


def _pdf_content(path):
    reader = PdfReader(path)
    return [page.extract_text() for page in reader.pages], reader.attachments[ATTACHMENT_NAME]


def test_a_forked_batch_writes_what_one_process_writes(tmp_path, drafts):
    one, two = tmp_path / "one", tmp_path / "two"
    code_one, out_one, err_one, forks_one = _export(tmp_path, drafts, one, jobs=1)
    code, out, err, forks = _export(tmp_path, drafts, two, no_spawn=True)
    assert forks == 1 and forks_one == 0
    assert code == code_one == 1  # the broken draft
    # The same names ("… (2)" for the second Jo Bloggs), said in the order the drafts were given.
    assert out == [line.replace(str(one), str(two)) for line in out_one]
    assert len(out) == len(NAMES)
    assert err == err_one.replace(str(one), str(two))
    assert "broken.pdr – it is not a PDR Desktop draft" in err
    assert "Jo Bloggs – Final Review (2).pdf" in err
    assert sorted(p.name for p in two.iterdir()) == sorted(p.name for p in one.iterdir())
    for written in two.iterdir():
        assert written.stat().st_mode & 0o777 == 0o600, written.name  # owner-only, as in one process
        assert _pdf_content(written) == _pdf_content(one / written.name)


def test_a_forked_word_batch_gives_the_same_files(tmp_path, drafts):
    good = [p for p in drafts if p.name != "broken.pdr"]
    code, out, err, forks = _export(tmp_path, good, tmp_path / "out", kind="docx", no_spawn=True)
    assert (code, forks, len(out)) == (0, 1, len(NAMES))
    assert "Jo Bloggs – Final Review (2).docx" in err
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == len(NAMES) and all(p.suffix == ".docx" for p in written)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in written)


def test_drafts_that_fail_in_the_copy_are_reported_and_the_rest_written(tmp_path, drafts):
    # The parent is slow, so the copy takes most drafts, and fails each one it takes.
    code, out, err, forks = _export(tmp_path, drafts, tmp_path / "out", parent="slow", copy="fail")
    assert forks == 1 and code == 1
    failed_in_copy = err.count("it failed in the copy")
    assert failed_in_copy >= 1
    assert len(out) + failed_in_copy == len(NAMES)
    assert f"{len(out)} exported, {failed_in_copy + 1} failed" in err
    assert len(list((tmp_path / "out").iterdir())) == len(out)
    given = [str(p) for p in drafts]
    assert sorted(out, key=lambda line: given.index(line.split(" → ")[0])) == out


def test_a_copy_that_dies_is_reported_for_its_draft_and_the_parent_does_the_rest(tmp_path, drafts):
    code, out, err, forks = _export(tmp_path, drafts, tmp_path / "out", parent="slow", copy="die")
    assert forks == 1 and code == 1
    assert err.count("the process exporting it stopped before it was written") == 1
    assert len(out) == len(NAMES) - 1  # the parent went on with every draft the copy had not taken
    assert len(list((tmp_path / "out").iterdir())) == len(NAMES) - 1


@pytest.mark.parametrize("busy", ["qt", "thread"])
def test_never_forks_with_qt_loaded_or_another_thread_running(tmp_path, drafts, busy):
    good = [p for p in drafts if p.name != "broken.pdr"]
    code, out, _, forks = _export(tmp_path, good, tmp_path / "out", **{busy: True})
    assert (code, forks) == (0, 0)
    assert len(out) == len(list((tmp_path / "out").iterdir())) == len(NAMES)


def test_this_test_process_may_not_fork():
    """pytest-qt has Qt loaded here: the window's batch (on a QThread) is in the same position."""
    assert "PySide6" in sys.modules
    assert not batch_fork.fork_allowed()


def test_word_and_pdf_of_each_draft_in_a_forked_batch(tmp_path, drafts):
    """BOTH (scripts): each draft's pair is written by whichever process took the draft."""
    good = [p for p in drafts if p.name != "broken.pdr"]
    code, out, err, forks = _export(tmp_path, good, tmp_path / "out", batch_kind="docx+pdf")
    assert (code, forks) == (0, 1), err
    assert len(out) == 2 * len(NAMES)  # a line per file, in the order the drafts were given
    assert [line.split(" → ")[0] for line in out] == [str(p) for p in good for _ in range(2)]
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(written) == 2 * len(NAMES)
    assert {name.rsplit(".", 1)[0] for name in written if name.endswith(".docx")} == {
        name.rsplit(".", 1)[0] for name in written if name.endswith(".pdf")
    }


def test_cancel_stops_the_copy_too(tmp_path, drafts):
    """Cancel stops the parent and the copy before their next draft: what was written is
    reported, the rest cancelled, and nothing else is in the folder."""
    good = [p for p in drafts if p.name != "broken.pdr"]
    code, out, err, forks = _export(tmp_path, good, tmp_path / "out", copy="slow", cancel_after=2)
    assert forks == 1 and code == 1
    written = [line for line in out if " → " in line]
    cancelled = int(err.split(" not exported (cancelled)")[0].rsplit(" ", 1)[1])
    assert 2 <= len(written) < len(NAMES) and len(written) + cancelled == len(NAMES)
    assert len(list((tmp_path / "out").iterdir())) == len(written)


def _stat(idle: int, busy: int) -> str:
    # user nice system idle iowait irq softirq steal guest guest_nice
    return f"cpu  {busy} 0 0 {idle} 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\n"


def test_spare_cores_are_the_idle_share_of_every_core(tmp_path, monkeypatch):
    stat = tmp_path / "stat"
    monkeypatch.setattr(batch_fork, "PROC_STAT", stat)
    monkeypatch.setattr(batch_fork.os, "cpu_count", lambda: 2)
    stat.write_text(_stat(idle=1000, busy=1000), encoding="ascii")
    before = batch_fork.cpu_times()
    stat.write_text(_stat(idle=1050, busy=1050), encoding="ascii")  # one core idle, one busy
    assert batch_fork.spare_cores(before) == 1.0
    stat.write_text(_stat(idle=1050, busy=1150), encoding="ascii")  # idle a quarter of the time
    assert batch_fork.spare_cores(before) == 0.5
    assert batch_fork.spare_cores(None) == 0.0  # cannot tell: no fork
    monkeypatch.setattr(batch_fork, "PROC_STAT", tmp_path / "none")
    assert batch_fork.cpu_times() is None


@pytest.mark.parametrize(
    ("may_fork", "spare", "cores", "expected"),
    [
        (True, 1.0, 2, 2),  # a 2-core machine with a core idle: a forked copy pays
        (True, 0.1, 2, 1),  # both cores busy: it does not
        (True, 0.1, 8, 1),  # nor with more cores, all of them busy
        (False, 1.0, 2, 1),  # no fork (Qt, Windows): spawned workers only with POOL_CORES
        (False, 0.0, 4, 2),
    ],
)
def test_large_batches_fork_by_default_only_with_a_free_core(monkeypatch, may_fork, spare, cores, expected):
    monkeypatch.setattr(batch, "fork_allowed", lambda: may_fork)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: cores)
    assert batch._default_workers(batch.POOL_FROM, spare) == expected
    assert batch._default_workers(batch.POOL_FROM - 1, spare) == 1
