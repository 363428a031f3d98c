"""A batch shared between this process and forked copies of it, each starting warm.

A spawned worker starts a fresh interpreter and imports reportlab, python-docx and the
fonts again (a quarter of a second or more) before its first draft. A forked one starts with
everything this process has already loaded and the drafts it has already read. The process
itself takes drafts too: both take the next draft from one shared counter as each finishes
its last, so a process the system runs less often simply does fewer.

Forking is only safe in a process with nothing else going on: a fork copies one thread,
and a lock another thread held stays held in the copy forever. So a batch forks only on
Linux (macOS's system libraries may not be used after a fork; Windows cannot fork), with
no Qt loaded (the window's batch never forks) and no other thread running (the batch
writer and the PDF attachment helper start only after the fork, in each process).

Each process writes its own files atomically, as a batch in one process does (batch_writer),
and fsyncs its folders before it ends; the drafts a forked process finished are sent back
as they finish. A draft it took but never reported (it was killed) is reported as failed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pdr_desktop.atomic import folder_syncs_deferred, writes_handed_to
from pdr_desktop.drafts.model import Draft
from pdr_desktop.export.batch_writer import BatchWriter, write_failure

Job = tuple[Path, Path]  # (draft, first file to write)
Finished = Callable[[int, str | None], None]  # (index of the job, None or why it failed)
QT_MODULES = ("PySide6", "shiboken6")
PROC_STAT = Path("/proc/stat")


def fork_allowed() -> bool:
    """True when this process may fork: Linux, no Qt, and only this thread running."""
    return (
        sys.platform.startswith("linux")
        and not any(name in sys.modules for name in QT_MODULES)
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def cpu_times() -> tuple[int, int] | None:
    """(idle, all) time of every core so far, from Linux's /proc/stat; None where there is none."""
    try:
        with PROC_STAT.open(encoding="ascii") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 5:
        return None
    return fields[3] + fields[4], sum(fields[:8])  # idle and waiting; user … steal


def spare_cores(since: tuple[int, int] | None) -> float:
    """How many cores sat idle, on average, since `since` (cpu_times()): while the batch read
    its drafts, on one core, was another core free for a forked copy? 0 when it cannot tell."""
    now = cpu_times()
    if since is None or now is None or now[1] <= since[1]:
        return 0.0
    cores = os.cpu_count() or 1
    return cores * (now[0] - since[0]) / (now[1] - since[1])


def warm_up(kinds: tuple[str, ...]) -> None:
    """Load what every export of these kinds needs, once, before the fork: each copy has it."""
    if "pdf" in kinds:
        from pdr_desktop.export.reportlab_setup import import_reportlab

        import_reportlab()
        from pdr_desktop.export import fonts, pdf_writer  # noqa: F401 (imported to be loaded)

        fonts.register_fonts()
    if "docx" in kinds:
        from pdr_desktop.export.docx_writer import load_template

        load_template()


@dataclass
class BatchJobs:
    """What every process of the batch needs (also a batch in one process): the jobs, the drafts
    read already (kept for their export; each copy has them too), the kind, and how one draft is
    exported."""

    jobs: list[Job]
    read: dict[Path, Draft]
    kind: str
    pairs: bool  # two files a draft (Word and PDF): written one after the other, as batch.py does
    export_one: Callable[..., str | None]  # batch.export_one

    def export(self, index: int) -> str | None:
        source, target = self.jobs[index]
        return self.export_one(source, self.kind, target, draft=self.read.pop(source, None))


class _InThisProcess:
    """A counter only this process takes from, with a multiprocessing Value's two members."""

    value = 0

    def get_lock(self) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()


@dataclass
class JobCounter:
    """The next job to take, shared by every process of the batch (or by this one alone)."""

    total: int
    counter: Any  # a multiprocessing Value (shared memory) with its own lock, or _InThisProcess

    @classmethod
    def in_this_process(cls, total: int) -> JobCounter:
        return cls(total, _InThisProcess())

    def take(self) -> int | None:
        with self.counter.get_lock():
            index = int(self.counter.value)
            if index >= self.total:
                return None
            self.counter.value = index + 1
        return index

    def take_the_rest(self) -> list[int]:
        """Cancel: no process takes another job; the ones nobody took yet."""
        with self.counter.get_lock():
            rest = list(range(int(self.counter.value), self.total))
            self.counter.value = self.total
        return rest


def run_forked(batch: BatchJobs, children: int, finished: Finished, stop: Callable[[], bool]) -> list[int]:
    """Export the batch's jobs in this process and `children` forked copies of it; `finished` is
    told each job's outcome, in this process, as it becomes known. Returns the jobs never started
    because `stop()` said so. Call only when fork_allowed()."""
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork")  # named: the default may be spawn
    shared = JobCounter(len(batch.jobs), context.Value("l", 0))
    copies: dict[Any, int] = {}  # the end each copy's reports arrive on → its pid
    # Asked again at the fork itself: if something has started a thread since, all is done here.
    for _ in range(children if fork_allowed() else 0):
        reader, writer = context.Pipe(duplex=False)
        pid = os.fork()
        if pid == 0:  # the copy: its share, then gone, never back into the caller's code
            reader.close()
            _copy(batch, shared, writer)
        writer.close()
        copies[reader] = pid

    reported: set[int] = set()

    def tell(index: int, reason: str | None) -> None:
        reported.add(index)
        finished(index, reason)

    def collect(timeout: float | None = 0) -> None:
        ready: list[Any] = wait(list(copies), timeout)  # (typed loosely: sockets and ints too)
        for reader in ready:
            try:
                tell(*reader.recv())
            except EOFError:  # that copy has ended, and sent all it will
                os.waitpid(copies.pop(reader), 0)
                reader.close()

    cancelled: list[int] = []
    try:
        export_taken(batch, shared, tell, stop, between=collect, cancelled=cancelled)
        while copies:
            if stop():
                cancelled += shared.take_the_rest()
            collect(timeout=0.2)
    finally:
        if copies:  # this process failed or was interrupted: the copies take no more, and end
            shared.take_the_rest()
            while copies:
                collect(timeout=None)
    for index in sorted(set(range(shared.total)) - reported - set(cancelled)):
        finished(index, "it could not be exported (the process exporting it stopped before it was written)")
    return cancelled


def _copy(batch: BatchJobs, shared: JobCounter, writer: Any) -> None:
    code = 1
    try:
        export_taken(batch, shared, lambda index, reason: writer.send((index, reason)), lambda: False)
        code = 0
    finally:
        # os._exit: no atexit handlers, no flushing of output the parent had buffered, no
        # unwinding into the caller's code (a test runner, the command line) in this copy.
        os._exit(code)


def export_taken(
    batch: BatchJobs,
    shared: JobCounter,
    finished: Finished,
    stop: Callable[[], bool],
    between: Callable[[], None] = lambda: None,
    cancelled: list[int] | None = None,
    exported: Callable[[int], None] = lambda index: None,
) -> None:
    """Take jobs until none are left, each file written on a writer thread while the next draft
    is built (batch_writer); every file is written before this returns. Each file is complete
    under its name as it is written; each folder is fsynced once, at the end. Two files a draft
    are written one after the other (a pair half-written before a failure says which file was
    written). `exported` hears of each draft once it is built, before its file is written (the
    progress of a batch in one process; Cancel stops before the next draft); `finished` hears
    whether its file was written once the writer has written it."""
    if batch.pairs:
        with folder_syncs_deferred():
            for index in _taking(shared, stop, cancelled):
                finished(index, batch.export(index))
                exported(index)
                between()
        return
    writer = BatchWriter()
    index_of = {job: index for index, job in enumerate(batch.jobs)}

    def collect(done: list[tuple[Job, BaseException | None]]) -> None:
        for job, error in done:
            finished(index_of[job], None if error is None else write_failure(job[1], error))

    try:
        for index in _taking(shared, stop, cancelled):
            with writes_handed_to(partial(writer.hand_over, batch.jobs[index])):
                reason = batch.export(index)
            if reason is not None:  # it failed before its file was handed over (writing is the last step)
                finished(index, reason)
            exported(index)
            collect(writer.finished())
            between()
    finally:
        collect(writer.close())


def _taking(shared: JobCounter, stop: Callable[[], bool], cancelled: list[int] | None) -> Iterator[int]:
    while True:
        if stop():
            if cancelled is not None:
                cancelled += shared.take_the_rest()
            return
        index = shared.take()
        if index is None:
            return
        yield index
