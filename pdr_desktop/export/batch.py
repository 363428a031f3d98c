"""Many drafts exported into one folder at once: the manager's end-of-year set, or a script's.

Each draft gets the name File ▸ Export… would give it (export/naming.py), made unique in
the folder (never overwriting a file, "… (2)" instead; the summary names every draft saved
under such a new name, so two people called Ben Carter are never mixed up). A draft given
twice (the same file by two paths) is exported once and the summary says so. A draft that cannot be read or
written is reported with its name and the reason, and the rest go on. Cancelling stops
before the next draft; the files already written stay (each one is complete: exports
write atomically).

Large batches are shared between two processes when the second gets a core of its own:
most of an export is Python building the document, which one process does on one core.
From the command line on Linux (no Qt loaded, no other thread) the second is a fork of this
one, which starts with the export modules loaded and the drafts already read, and this
process takes drafts too (batch_fork.py). Measured on a 2-core machine, 30 PDFs, whole
processes alternating, medians of 7: with the second core free for the batch (its session
given priority over the machine's other load) 1.55 s instead of 2.54 s; with both cores kept
busy by other programs no faster (4 % slower; 2–10 % in other runs; Word files 6 %). So the
copy is forked only when a core sat idle while the drafts were read (SPARE_FOR_FORK). Where
forking is not allowed (the window: Qt and a QThread; Windows, macOS) workers are spawned,
fresh interpreters that import everything again; on two cores those were no faster
(measured on a busy 2-core machine: often 10–40 % slower), so they are used only with
POOL_CORES cores. `workers` (the CLI's --jobs) overrides this.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import DRAFT_SUFFIX, Draft
from pdr_desktop.export.batch_fork import (
    BatchJobs,
    JobCounter,
    cpu_times,
    export_taken,
    fork_allowed,
    run_forked,
    spare_cores,
    warm_up,
)
from pdr_desktop.export.batch_writer import write_failure
from pdr_desktop.export.naming import export_stem, free_stem
from pdr_desktop.forms.registry import FormRegistry

# on_progress(drafts done, drafts in all, the draft just done); cancelled() is asked before each draft.
BatchProgress = Callable[[int, int, Path], None]
POOL_FROM = 12  # drafts: below this, starting worker processes costs more than it saves
POOL_WORKERS = 2
POOL_CORES = 3  # cores the machine needs before spawned worker processes pay
SPARE_FOR_FORK = 0.5  # cores idle while the drafts were read before a forked copy pays
# Drafts read to name their files are kept for their export (read once, not twice) while their
# files add up to no more than this; a larger batch reads the rest again (memory stays bounded).
KEEP_READ_BYTES = 64 * 1024 * 1024
BOTH = "docx+pdf"  # a Word file and a PDF of each draft, under the same name: read once, written twice


def kinds_of(kind: str) -> tuple[str, ...]:
    return ("docx", "pdf") if kind == BOTH else (kind,)


class BatchFolderError(ValueError):
    """The folder to export into is missing or is not a folder; nothing was written."""


@dataclass
class BatchOutcome:
    written: list[tuple[Path, Path]] = field(default_factory=list)  # (draft, file written)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (draft, why)
    cancelled: list[Path] = field(default_factory=list)  # drafts not exported because of Cancel
    # Drafts whose file got "… (2)" because the name was taken: by a file already in the folder…
    renamed_existing: list[Path] = field(default_factory=list)
    # …or by another draft of this batch (two people with the same name).
    renamed_in_batch: list[Path] = field(default_factory=list)
    repeated: list[Path] = field(default_factory=list)  # named more than once: done once

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def summary(self) -> str:
        """ "12 exported, 1 failed: Jo.pdr – it is not a draft file": what happened, nothing more."""
        # Drafts, not files: a Word-and-PDF export writes two files for each draft.
        parts = [f"{len(dict.fromkeys(source for source, _ in self.written))} exported"]
        if self.failed:
            reasons = "; ".join(f"{path.name} – {why}" for path, why in self.failed)
            parts.append(f"{len(self.failed)} failed: {reasons}")
        if self.cancelled:
            parts.append(f"{len(self.cancelled)} not exported (cancelled)")
        existing = self._renamed_list(self.renamed_existing)
        if existing:
            parts.append(
                f"{len(existing)} saved under a new name because a file of that name was already there: "
                + "; ".join(existing)
            )
        in_batch = self._renamed_list(self.renamed_in_batch)
        if in_batch:
            parts.append(
                f"{len(in_batch)} saved under a new name because another draft here gives the same name: "
                + "; ".join(in_batch)
            )
        if self.repeated:
            names = ", ".join(path.name for path in self.repeated)
            parts.append(f"{len(self.repeated)} named more than once (done once): {names}")
        return ", ".join(parts)

    def _renamed_list(self, sources: list[Path]) -> list[str]:
        """ "b.pdr → Ben Carter (2).pdf" for each renamed draft that was written."""
        lines = []
        for source in sources:
            targets = [target.name for s, target in self.written if s == source]
            if targets:
                lines.append(f"{source.name} → {' and '.join(targets)}")
        return lines


def export_batch(
    paths: Sequence[Path | str],
    kind: str,
    folder: Path | str,
    on_progress: BatchProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> BatchOutcome:
    """Export each draft in `paths` as `kind` ("pdf", "docx" or BOTH) into `folder`.

    Raises BatchFolderError when `folder` is not an existing folder. `workers` forces the
    number of processes (1: this one); by default large batches use POOL_WORKERS.
    """
    from pdr_desktop.export import EXPORT_FORMATS

    if kind not in (*EXPORT_FORMATS, BOTH):
        raise ValueError(f"unknown export format “{kind}”; use one of {', '.join(EXPORT_FORMATS)} or {BOTH}")
    folder = Path(folder)
    if not folder.is_dir():
        raise BatchFolderError(f"the folder {folder} does not exist (nothing was written)")
    outcome = BatchOutcome()
    before_reading = cpu_times()  # how busy the cores are while the drafts are read decides the workers
    paths = _once_each(paths, outcome)
    jobs, read = _plan(paths, kind, folder, outcome)
    progress = _Progress(len(paths), on_progress)
    for path, _ in outcome.failed:  # the unreadable ones are done already
        progress.step(path)
    stop = cancelled or (lambda: False)
    count = workers if workers is not None else _default_workers(len(jobs), spare_cores(before_reading))
    if count > 1 and len(jobs) > 1 and fork_allowed():
        _run_forked(jobs, read, kind, count, outcome, progress, stop)
    elif count > 1 and len(jobs) > 1:
        read.clear()  # each worker process reads its own drafts
        _run_pool(jobs, kind, count, outcome, progress, stop)
    else:
        with fewer_collections():
            _run_here(jobs, read, kind, outcome, progress, stop)
    _restore_order(outcome, paths)
    return outcome


@dataclass
class _Progress:
    """Drafts done out of all of them, told to the caller's on_progress as each one finishes."""

    total: int
    report: BatchProgress | None
    done: int = 0

    def step(self, source: Path) -> None:
        self.done += 1
        if self.report is not None:
            self.report(self.done, self.total, source)


def _run_here(
    jobs: list[tuple[Path, Path]],
    read: dict[Path, Draft],
    kind: str,
    outcome: BatchOutcome,
    progress: _Progress,
    stop: Callable[[], bool],
) -> None:
    """One draft after another in this process, by the loop each process of a forked batch runs
    (batch_fork.export_taken): a draft counts for the progress bar once it is built, and the
    outcome says whether its file was written once the writer has written it."""

    def finished(index: int, reason: str | None) -> None:
        source, target = jobs[index]
        _record(outcome, source, target, reason, kind)

    cancelled: list[int] = []
    batch = BatchJobs(jobs, read, kind, kind == BOTH, export_one)
    counter = JobCounter.in_this_process(len(jobs))
    export_taken(
        batch,
        counter,
        finished,
        stop,
        cancelled=cancelled,
        exported=lambda index: progress.step(jobs[index][0]),
    )
    outcome.cancelled += [jobs[index][0] for index in cancelled]


_gc_lock = threading.Lock()
_gc_batches = 0  # batches running in this process (the window's, a script's)
_gc_threshold: tuple[int, int, int] = (700, 10, 10)
BATCH_GC_THRESHOLD = (10_000, 20, 20)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cycle collector looks at the newest objects every 700 allocations and, now and
    then, at every object the process holds (fonts, the Word template, the form's parsed labels,
    the window's): in a batch that is the same work again for every draft, whose objects
    reference counting frees as it finishes. While batches run, what the process held before
    is set aside (gc.freeze) and collections come less often; the last one to end undoes both."""
    global _gc_batches, _gc_threshold
    with _gc_lock:
        _gc_batches += 1
        if _gc_batches == 1:
            _gc_threshold = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*BATCH_GC_THRESHOLD)
    try:
        yield
    finally:
        with _gc_lock:
            _gc_batches -= 1
            if _gc_batches == 0:
                gc.set_threshold(*_gc_threshold)
                gc.unfreeze()


def export_one(source: Path, kind: str, target: Path, draft: Draft | None = None) -> str | None:
    """Write the draft in `source` to `target` (BOTH: beside it with each suffix too); None when it
    worked, else the reason it did not. `draft` is the draft already read from `source`, if it
    was; else it is read here. (Runs in worker processes too, given only plain values.)"""
    from pdr_desktop.export import export_file
    from pdr_desktop.forms import default_registry

    done: list[str] = []
    try:
        registry = default_registry()
        if draft is None:
            draft = read_any(source, registry)
        for each in kinds_of(kind):
            out = target.with_suffix(f".{each}")
            export_file(registry.get(draft.form_id), draft, out, each)
            done.append(out.name)
    except DraftFileError as exc:
        return exc.reason
    except Exception as exc:  # a full disk, or a layout bug in one draft, must not stop the other 29
        return _partly(done, write_failure(target, exc))
    return None


def _partly(done: list[str], reason: str) -> str:
    """The reason, saying which file of a Word-and-PDF pair was written before it failed."""
    return f"{reason}; {', '.join(done)} was written" if done else reason


def read_any(source: Path, registry: FormRegistry, cannot_be: str = "exported") -> Draft:
    """A draft from a .pdr, or from a Word or PDF copy someone sent; else DraftFileError saying why.

    The manager's received list reads files the same way (team/received.py) and says they
    "cannot be opened" rather than "cannot be exported".
    """
    from pdr_desktop.drafts import read_draft
    from pdr_desktop.export import IMPORT_SUFFIXES, import_file

    suffix = source.suffix.lower()
    if suffix == DRAFT_SUFFIX:
        return read_draft(source, registry)
    if suffix not in IMPORT_SUFFIXES:
        raise DraftFileError(
            source, f"“{suffix or 'no extension'}” files cannot be {cannot_be}; use .pdr, .docx or .pdf"
        )
    return import_file(source, registry).draft


def _plan(
    paths: Sequence[Path | str], kind: str, folder: Path, outcome: BatchOutcome
) -> tuple[list[tuple[Path, Path]], dict[Path, Draft]]:
    """Each readable draft with its target file, and the drafts read, kept (KEEP_READ_BYTES) for
    their export; unreadable ones go straight to `outcome.failed`."""
    from pdr_desktop.forms import default_registry

    registry = default_registry()
    taken: set[str] = set()
    jobs: list[tuple[Path, Path]] = []
    read: dict[Path, Draft] = {}
    kept_bytes = 0
    for raw in paths:
        source = Path(raw)
        try:
            draft = read_any(source, registry)
            form = registry.get(draft.form_id)
        except DraftFileError as exc:
            outcome.failed.append((source, exc.reason))
            continue
        except (OSError, KeyError, ValueError) as exc:
            outcome.failed.append((source, f"it cannot be read ({exc})"))
            continue
        wanted = export_stem(form, draft)
        stem = free_stem(folder, wanted, tuple(f".{each}" for each in kinds_of(kind)), taken)
        if stem != wanted:
            in_batch = wanted.casefold() in taken
            (outcome.renamed_in_batch if in_batch else outcome.renamed_existing).append(source)
        taken.add(stem.casefold())
        jobs.append((source, folder / f"{stem}.{kinds_of(kind)[0]}"))
        kept_bytes += _file_size(source)
        if kept_bytes <= KEEP_READ_BYTES:
            read[source] = draft
    return jobs, read


def _file_size(source: Path) -> int:
    try:
        return source.stat().st_size
    except OSError:  # gone since it was read: it is read again (and fails then, saying why)
        return KEEP_READ_BYTES + 1


def _once_each(paths: Sequence[Path | str], outcome: BatchOutcome) -> list[Path]:
    """`paths` without repeats (the same file named twice, or by two routes): a second export of
    it would only add a "… (2)" copy. The repeats are listed in `outcome.repeated`."""
    seen: set[Path] = set()
    unique: list[Path] = []
    for raw in paths:
        source = Path(raw)
        try:
            key = source.resolve()
        except (OSError, RuntimeError):  # a symlink loop: the reader reports it
            key = source.absolute()
        if key in seen:
            if source not in outcome.repeated:
                outcome.repeated.append(source)
            continue
        seen.add(key)
        unique.append(source)
    return unique


def _default_workers(jobs: int, spare: float) -> int:
    """POOL_WORKERS for a large batch when a forked copy would have a core of its own (`spare`:
    cores idle while the drafts were read), or where only spawned workers are possible, on a
    machine with POOL_CORES; else 1."""
    if jobs < POOL_FROM:
        return 1
    if fork_allowed():
        return POOL_WORKERS if spare >= SPARE_FOR_FORK else 1
    return POOL_WORKERS if (os.cpu_count() or 1) >= POOL_CORES else 1


def _run_forked(
    jobs: list[tuple[Path, Path]],
    read: dict[Path, Draft],
    kind: str,
    processes: int,
    outcome: BatchOutcome,
    progress: _Progress,
    stop: Callable[[], bool],
) -> None:
    """This process and processes - 1 forked copies of it share the drafts (batch_fork)."""
    warm_up(kinds_of(kind))

    def finished(index: int, reason: str | None) -> None:
        source, target = jobs[index]
        _record(outcome, source, target, reason, kind)
        progress.step(source)

    batch = BatchJobs(jobs, read, kind, kind == BOTH, export_one)
    # Inside fewer_collections: gc.freeze before a fork keeps the copies from touching (and so
    # copying) every page of objects they share with this process.
    with fewer_collections():
        cancelled = run_forked(batch, processes - 1, finished, stop)
    outcome.cancelled += [jobs[index][0] for index in cancelled]


def _run_pool(
    jobs: list[tuple[Path, Path]],
    kind: str,
    workers: int,
    outcome: BatchOutcome,
    progress: _Progress,
    stop: Callable[[], bool],
) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    # spawn: a fresh interpreter, never a fork of a process that may hold Qt or threads.
    context = multiprocessing.get_context("spawn")
    pending = list(jobs)
    running: dict[Future[str | None], tuple[Path, Path]] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        while pending or running:
            # A few drafts ahead of the workers, no more: Cancel then stops within a draft or two.
            while pending and len(running) < 2 * workers and not stop():
                source, target = pending.pop(0)
                running[pool.submit(export_one, source, kind, target)] = (source, target)
            if stop():
                outcome.cancelled += [s for s, _ in pending]
                pending = []
            if not running:
                break
            finished, _ = wait(list(running), timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                source, target = running.pop(future)
                try:
                    reason = future.result()
                except Exception as exc:  # the worker process died (out of memory…)
                    reason = f"it could not be exported ({type(exc).__name__}: {exc})"
                _record(outcome, source, target, reason, kind)
                progress.step(source)


def _record(outcome: BatchOutcome, source: Path, target: Path, reason: str | None, kind: str) -> None:
    if reason is None:
        outcome.written += [(source, target.with_suffix(f".{each}")) for each in kinds_of(kind)]
    else:
        outcome.failed.append((source, reason))


def _restore_order(outcome: BatchOutcome, paths: Sequence[Path | str]) -> None:
    """Reports list drafts in the order they were given, whatever order the workers finished in."""
    order = {Path(p): i for i, p in enumerate(paths)}
    outcome.written.sort(key=lambda pair: order.get(pair[0], 0))
    outcome.failed.sort(key=lambda pair: order.get(pair[0], 0))
