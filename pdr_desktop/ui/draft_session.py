"""The open draft's relationship with its file: one writer, and no change overwritten.

For the window's draft this holds the lock (drafts.lock), remembers what was loaded
(drafts.tracked.DiskState), saves through the merge-before-save, watches the file for changes
made elsewhere (a file watcher, and each time the window is activated), and says in the notice
bar what happened and what the person can do: Open a copy, Compare with theirs, Save As….
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from pdr_desktop import APP_NAME
from pdr_desktop.atomic import is_read_only, write_target
from pdr_desktop.drafts import lock as locks
from pdr_desktop.drafts.errors import DraftFileError
from pdr_desktop.drafts.model import Draft, utc_now
from pdr_desktop.drafts.store import unique_path, write_draft
from pdr_desktop.drafts.tracked import DiskState, DraftGoneError, SaveOutcome, save_tracked, state_now
from pdr_desktop.ui.file_operations import save_as
from pdr_desktop.ui.notice_bar import NoticeBar
from pdr_desktop.ui.when import describe_time

if TYPE_CHECKING:
    from pdr_desktop.ui.main_window import MainWindow

REFRESH_MS = int(locks.REFRESH_EVERY.total_seconds() * 1000)
READ_ONLY_POLL_MS = 5000  # how soon a read-only window notices the other one closed
WATCH_SETTLE_MS = 300  # a sync client writes in bursts: look once it has finished

# Windows of this app instance, by their draft's real file: opening one again brings it forward.
_OPEN: dict[Path, MainWindow] = {}


def window_with(path: Path) -> MainWindow | None:
    return _OPEN.get(_key(path))


def _key(path: Path) -> Path:
    return write_target(Path(path).absolute())


class DraftSession(QObject):
    read_only_changed = Signal(bool)
    disk_changed = Signal()  # the draft took in answers from the disk (pages were refreshed)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = NoticeBar()
        self.path: Path | None = None
        self.state: DiskState | None = None
        self.lock: locks.DraftLock | None = None
        self.read_only = False
        self.read_only_reason = ""
        self._held_by: locks.LockOwner | None = None
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._settle = QTimer(self, singleShot=True, interval=WATCH_SETTLE_MS)
        self._settle.timeout.connect(self.check_disk)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda _p: self._settle.start())
        self._watcher.directoryChanged.connect(lambda _p: self._settle.start())
        self._checking = False

    # --- opening and closing --------------------------------------------------------------

    def begin(self, path: Path | None, state: DiskState | None) -> None:
        """Start following the draft at `path`: lock it, or open it read-only and say why."""
        self.end()
        self.bar.clear()
        self.path = Path(path) if path else None
        if self.path is None:
            return
        self.state = state if state is not None else state_now(self.path)
        _OPEN[_key(self.path)] = self.window
        self._watch()
        name = self.path.name
        if is_read_only(write_target(self.path)):
            self._set_read_only(
                self.tr(
                    "“{name}” is marked read-only, so it opens read-only: nothing here changes it."
                ).format(name=name)
            )
            return
        result = locks.acquire(self.path)
        if result.lock is not None:
            self.lock = result.lock
            self._set_read_only("")
            if result.taken_over is not None:
                self._say_taken_over(result.taken_over, result.stale)
        elif result.held_by is not None:
            self._held_by = result.held_by
            self._set_read_only(self._held_text(result.held_by))
        else:
            reason = result.error.strerror if result.error and result.error.strerror else str(result.error)
            self._set_read_only(
                self.tr(
                    "“{name}” opens read-only: its folder cannot be written to ({reason}), "
                    "so changes could not be saved there."
                ).format(name=name, reason=reason)
            )
        self._timer.start(READ_ONLY_POLL_MS if self.read_only and self._held_by else REFRESH_MS)

    def end(self) -> None:
        """Stop following the file: release the lock (if ours) and the watch."""
        self._timer.stop()
        self._settle.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.path is not None and _OPEN.get(_key(self.path)) is self.window:
            del _OPEN[_key(self.path)]
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self.path, self.state, self._held_by = None, None, None
        if self.read_only:
            self._set_read_only("")
        # Every notice in the bar is about the file followed ("left open … crashed", "deleted"):
        # once it is closed, a notice left on the start page would be about nothing open.
        self.bar.clear()

    def _watch(self) -> None:
        assert self.path is not None
        target = write_target(self.path.absolute())
        # The folder too: a save elsewhere replaces the file, and a watch on a file ends with it.
        for item in (target, target.parent):
            if item.exists():
                self._watcher.addPath(str(item))

    # --- read-only ------------------------------------------------------------------------

    def _set_read_only(self, reason: str) -> None:
        was = self.read_only
        self.read_only, self.read_only_reason = bool(reason), reason
        if reason:
            self.bar.show_notice(
                "read-only",
                reason,
                [(self.tr("Open a &copy"), self.open_copy)],
            )
        elif self.bar.kind == "read-only":
            self.bar.clear()
        if was != self.read_only:
            self.read_only_changed.emit(self.read_only)

    def _held_text(self, owner: locks.LockOwner) -> str:
        since = describe_time(owner.opened.astimezone(), self.window.today)
        where = self.tr("this computer") if owner.on_this_host else owner.host
        if owner.on_this_host and owner.user == _same_user():
            return self.tr(
                "Open in another {app} window on {host} since {since}. You can read it here; "
                "to change it, switch to that window, or open a copy."
            ).format(app=APP_NAME, host=where, since=since)
        return self.tr(
            "Open in another {app} window on {host} (by {user}) since {since}. You can read it here; "
            "changes are made there. To work on it now, open a copy."
        ).format(app=APP_NAME, host=where, user=owner.user, since=since)

    def _say_taken_over(self, owner: locks.LockOwner, why: str) -> None:
        since = describe_time(owner.refreshed.astimezone(), self.window.today)
        host = self.tr("this computer") if owner.on_this_host else owner.host
        if why == "dead-process":
            text = self.tr(
                "“{name}” was left open by {app} on {host}, which is no longer running (it may have "
                "crashed or been closed by force). It is yours to edit now."
            )
        elif why == "too-old":
            text = self.tr(
                "“{name}” was marked as open by {app} on {host}, which has not been heard from since "
                "{since}. It is yours to edit now; if that computer is still using it, both versions "
                "will be kept."
            )
        else:
            text = self.tr("“{name}” had a damaged lock file, which was replaced. It is yours to edit now.")
        assert self.path is not None
        message = text.format(name=self.path.name, app=APP_NAME, host=host, since=since)
        self.bar.show_notice("taken-over", message, [(self.tr("&Dismiss"), self.bar.clear)])

    def open_copy(self) -> bool:
        """A copy with its own identity, beside the original (or in the drafts folder), to edit."""
        window = self.window
        if window.draft is None or self.path is None:
            return False
        copy = window.draft.clone()
        if self.state is not None:  # the file as it is, not a view that may lag behind it
            with contextlib.suppress(DraftFileError, ValueError):
                from pdr_desktop.drafts.codec import loads

                copy = loads(self.state.text, window.registry)
        copy.draft_id = str(uuid.uuid4())
        copy.created = utc_now()
        original = self.path  # load_draft below points self.path at the copy
        name = self.tr("{name} (copy)").format(name=original.stem)
        for folder in (original.parent, window.drafts_folder()):
            target = unique_path(folder, name)
            try:
                data = write_draft(copy, target, backup=False)
            except OSError:
                continue
            window.load_draft(copy, target, DiskState.of(target, data))
            window.statusBar().showMessage(
                self.tr("You are working on a copy, {copy}; “{original}” is unchanged.").format(
                    copy=target.name, original=original.name
                ),
                10000,
            )
            return True
        window.warn_file(DraftFileError(original, self.tr("a copy could not be saved anywhere")))
        return False

    # --- saving and noticing changes made elsewhere ---------------------------------------

    def write(self, draft: Draft, path: Path) -> Path:
        """Autosave's writer: merge-before-save; returns where the words went. OSError on failure."""
        outcome = save_tracked(draft, path, self.state, self.window.registry)
        assert outcome is not None
        self._after_save(outcome)
        return outcome.path

    def check_disk(self) -> None:
        """Has the file changed since we loaded or saved it? Take in the change, keep ours too."""
        window = self.window
        if self._checking or window.draft is None or self.path is None:
            return
        if self.state is not None and self.state.same_stat(self.path):
            return  # the cheap look: nothing touched it
        self._checking = True
        try:
            if self.read_only:
                self._reload_read_only()
                return
            window.autosave.commit()
            try:
                outcome = save_tracked(
                    window.draft, self.path, self.state, window.registry, only_if_changed=True
                )
            except DraftGoneError:
                self._say_deleted()
                return
            except OSError as exc:
                window.autosave.report_failure(exc.strerror or str(exc))
                return
            if outcome is not None:
                self._after_save(outcome)
                if outcome.wrote or outcome.conflict_copy:
                    window.autosave.mark_saved(outcome.path)
        finally:
            self._checking = False

    def _reload_read_only(self) -> None:
        """A read-only window follows the file: it shows what the writer saved."""
        from pdr_desktop.drafts.tracked import read_tracked

        window = self.window
        assert self.path is not None and window.draft is not None
        try:
            fresh, state = read_tracked(self.path, window.registry)
        except DraftFileError:
            return  # mid-write or gone: the writer's window is the one to worry
        window.draft.take_content(fresh)
        self.state = state
        self._refresh_pages()

    def revert_to_disk(self) -> None:
        """Show the file as it is (a read-only window undoes a change a menu command made)."""
        from pdr_desktop.drafts.codec import loads

        window = self.window
        if window.draft is None or self.state is None:
            return
        with contextlib.suppress(ValueError):
            window.draft.take_content(loads(self.state.text, window.registry))
        self._refresh_pages()

    def _after_save(self, outcome: SaveOutcome) -> None:
        self.state = outcome.state
        if outcome.from_disk and not outcome.conflict_copy:
            self._refresh_pages()
            self.window.statusBar().showMessage(
                self.tr(
                    "“{name}” was changed outside this window; {count} answer(s) from that version were "
                    "taken in and your own are kept."
                ).format(name=outcome.path.name, count=len(outcome.from_disk)),
                15000,
            )
        if outcome.conflict_copy is not None:
            self._switch_to_conflict_copy(outcome)
        elif self.bar.kind == "deleted":
            self.bar.clear()

    def _refresh_pages(self) -> None:
        window = self.window
        for page in window.wizard.pages.built.values():
            page.refresh_from_draft()  # only boxes whose value changed: the cursor stays put
        if window.draft is not None:
            for extra in window.wizard.extras:
                extra.page.set_draft(window.draft)
        window.wizard.refresh_statuses()
        window._update_title()
        window.draft_loaded.emit()  # the round bar and other plug-ins show the new state
        self.disk_changed.emit()

    def _switch_to_conflict_copy(self, outcome: SaveOutcome) -> None:
        window = self.window
        original = outcome.original or self.path
        assert original is not None and outcome.conflict_copy is not None
        copy = outcome.conflict_copy
        self.end()
        window.draft_path = copy
        window.autosave.attach(window.draft, copy)
        self.begin(copy, outcome.state)
        from pdr_desktop.ui import window_state

        with contextlib.suppress(OSError):
            window_state.remember_draft(copy)
        self._refresh_pages()
        if outcome.other_unreadable:
            detail = self.tr("The version now in “{original}” cannot be read ({reason}).").format(
                original=original.name, reason=outcome.other_unreadable
            )
        else:
            shown = ", ".join(_field_label(window, unit) for unit in outcome.conflicts[:4])
            more = len(outcome.conflicts) - 4
            if more > 0:
                shown += self.tr(" and {count} more").format(count=more)
            detail = self.tr("You both changed: {fields}.").format(fields=shown)
        text = self.tr(
            "Someone else saved “{original}” while you were working on it (another window, another "
            "computer, or a copy saved over it). Nothing is lost: your version is now “{copy}”, open "
            "here, and theirs is still “{original}”. {detail} Compare them, keep the answers you "
            "want in one, and delete the other."
        ).format(original=original.name, copy=copy.name, detail=detail)
        self.bar.show_notice(
            "conflict",
            text,
            [
                (self.tr("Co&mpare with theirs…"), lambda: self._compare(original)),
                (self.tr("Open t&heirs"), lambda: window.open_path(original)),
            ],
        )
        window.statusBar().showMessage(
            self.tr("Both versions kept: yours is “{copy}”.").format(copy=copy.name), 15000
        )

    def _compare(self, other: Path) -> None:
        from pdr_desktop.ui.review.diff_dialog import compare_with

        compare_with(self.window, other)

    def _say_deleted(self) -> None:
        window = self.window
        if self.bar.kind == "deleted" or self.path is None:
            return
        text = self.tr(
            "“{name}” was deleted or moved while it was open, so it is not saved again on its own. "
            "Your words are still here. Save them with Save As…, or put the file back where it was."
        ).format(name=self.path.name)
        self.bar.show_notice(
            "deleted",
            text,
            [
                (self.tr("Save &As…"), lambda: save_as(window)),
                (self.tr("Save it &here again"), self.save_here_again),
            ],
        )
        window.autosave.report_failure(self.tr("the file was deleted or moved"))

    def save_here_again(self) -> bool:
        """The person chose to recreate the deleted file where it was."""
        window = self.window
        if window.draft is None or self.path is None:
            return False
        self.state = None  # nothing on disk to protect any more
        ok = window.save_now()
        if ok:
            self.bar.clear()
            self.begin(self.path, self.state)
        return ok

    def note_save_failed(self, exc: OSError) -> None:
        if isinstance(exc, DraftGoneError):
            self._say_deleted()

    # --- the timer: refresh the lock; notice the other window closing ----------------------

    def _tick(self) -> None:
        if self.path is None:
            return
        if self.lock is not None:
            lost_to = self.lock.refresh()
            if lost_to is not None:
                self._lost_lock(lost_to)
            return
        if self._held_by is not None and locks.holder(self.path) is None:
            self._timer.stop()
            self.bar.show_notice(
                "released",
                self.tr("“{name}” is no longer open anywhere else. You can edit it here now.").format(
                    name=self.path.name
                ),
                [(self.tr("&Edit here"), self.edit_here)],
            )

    def edit_here(self) -> bool:
        window = self.window
        if self.path is None:
            return False
        return window.reopen(self.path)

    def _lost_lock(self, owner: locks.LockOwner) -> None:
        window = self.window
        self.lock = None
        window.autosave.flush()  # merge-before-save: ours is kept, theirs is not overwritten
        if not owner.host:
            # The lock file was removed (a sync client, a person tidying up): take it again.
            result = locks.acquire(self.path) if self.path else locks.LockResult()
            if result.lock is not None:
                self.lock = result.lock
                return
            owner = result.held_by or owner
        self._held_by = owner if owner.host else None
        window.autosave.attach(window.draft, None)
        self._set_read_only(self._held_text(owner) if owner.host else self.tr("This file is open elsewhere."))
        self._timer.start(READ_ONLY_POLL_MS)


def _same_user() -> str:
    from pdr_desktop import processes

    return processes.user_name()


def _field_label(window: MainWindow, unit: str) -> str:
    """ "answers.standards.s3.self" → the field's label as the form shows it."""
    if unit.startswith("answers."):
        field_id = unit.removeprefix("answers.")
        with contextlib.suppress(KeyError):
            return window.form.field(field_id).label
        return field_id
    return unit
