"""Backups, permissions, crash-recovery files and the drafts list."""

from __future__ import annotations

import os
import stat

import pytest

from pdr_desktop import paths
from pdr_desktop.drafts import (
    Draft,
    clear_recovery,
    dumps,
    list_backups,
    pending_recovery,
    read_draft,
    unique_path,
    write_draft,
    write_recovery,
)
from pdr_desktop.drafts.store import KEEP_BACKUPS, any_recovery_files
from pdr_desktop.review.library import list_drafts


def test_backups_rotate_and_keep_the_newest(tmp_path, registry, form, monkeypatch, clock):
    monkeypatch.setattr("pdr_desktop.drafts.store.BACKUP_INTERVAL_S", 0)
    draft = Draft.new(form)
    path = tmp_path / "mine.pdr"
    for n in range(KEEP_BACKUPS + 5):
        draft.answers["wider.self"] = f"version {n}"
        write_draft(draft, path)
        clock.advance(seconds=1)
    backups = list_backups(draft.draft_id)
    assert len(backups) == KEEP_BACKUPS
    # Newest backup is the version before the current file; the oldest ones were dropped.
    assert read_draft(backups[0], registry).answers["wider.self"] == f"version {KEEP_BACKUPS + 3}"
    assert read_draft(backups[-1], registry).answers["wider.self"] == "version 4"
    assert read_draft(path, registry).answers["wider.self"] == f"version {KEEP_BACKUPS + 4}"


def test_backups_taken_in_the_same_instant_are_all_kept(tmp_path, registry, form, monkeypatch):
    """A pinned (or coarse) clock gives two backups the same stamp: neither may replace the other."""
    monkeypatch.setattr("pdr_desktop.drafts.store.BACKUP_INTERVAL_S", 0)
    draft = Draft.new(form)
    path = tmp_path / "mine.pdr"
    for n in range(4):
        draft.answers["wider.self"] = f"version {n}"
        write_draft(draft, path)
    kept = {read_draft(b, registry).answers["wider.self"] for b in list_backups(draft.draft_id)}
    assert kept == {"version 0", "version 1", "version 2"}


def test_autosave_burst_makes_one_backup_per_interval(tmp_path, registry, form):
    draft = Draft.new(form)
    path = tmp_path / "typing.pdr"
    for n in range(30):  # thirty autosaves within a few seconds of typing
        draft.answers["wider.self"] = "word " * n
        write_draft(draft, path)
    backups = list_backups(draft.draft_id)
    assert len(backups) == 1
    assert read_draft(backups[0], registry).answers["wider.self"] == ""  # the version before the burst


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_and_folders_are_owner_only(tmp_path, form):
    path = tmp_path / "private.pdr"
    draft = Draft.new(form)
    write_draft(draft, path)
    write_draft(draft, path)  # second save makes a backup
    write_recovery(draft, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (paths.backups_dir(), paths.recovery_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for child in folder.rglob("*"):
            assert stat.S_IMODE(child.stat().st_mode) & 0o077 == 0, child


def test_recovery_is_offered_only_when_newer_and_different(tmp_path, registry, form):
    path = tmp_path / "draft.pdr"
    draft = Draft.new(form)
    draft.answers["wider.self"] = "saved words"
    write_draft(draft, path)
    assert pending_recovery(path, registry) is None

    draft.answers["wider.self"] = "saved words and the ones typed just before the crash"
    write_recovery(draft, path)
    os.utime(path, ns=(1, 1))  # the saved file is older than the recovery
    pending = pending_recovery(path, registry)
    assert pending is not None
    assert pending.draft.answers["wider.self"].endswith("before the crash")

    clear_recovery(path)
    assert pending_recovery(path, registry) is None


def test_identical_recovery_is_not_offered(tmp_path, registry, form):
    path = tmp_path / "draft.pdr"
    draft = Draft.new(form)
    write_draft(draft, path)
    write_recovery(draft, path)
    os.utime(path, ns=(1, 1))
    assert pending_recovery(path, registry) is None


def test_recovery_for_a_draft_never_saved_is_offered(tmp_path, registry, form):
    path = tmp_path / "never-saved.pdr"
    draft = Draft.new(form)
    draft.answers["details.name"] = "Łukasz"
    write_recovery(draft, path)
    pending = pending_recovery(path, registry)
    assert pending is not None and pending.draft.answers["details.name"] == "Łukasz"


def test_any_recovery_files_says_whether_a_crash_left_words_anywhere(tmp_path, form):
    path = tmp_path / "draft.pdr"
    assert not any_recovery_files()  # no recovery folder yet
    write_recovery(Draft.new(form), path)
    assert any_recovery_files()
    clear_recovery(path)
    assert not any_recovery_files()


def test_unique_path_never_overwrites(tmp_path):
    first = unique_path(tmp_path, "Zoë: PDR 2026/27")
    assert first.name == "Zoë PDR 2026 27.pdr"
    first.write_text("x")
    assert unique_path(tmp_path, "Zoë: PDR 2026/27").name == "Zoë PDR 2026 27 (2).pdr"


def test_list_drafts_shows_name_form_modified_and_completeness(tmp_path, registry, form, sample_draft):
    empty = Draft.new(form)
    empty.answers["details.name"] = "Tomáš Dąbrowski"
    write_draft(empty, tmp_path / "a.pdr")
    write_draft(sample_draft, tmp_path / "b.pdr")
    (tmp_path / "broken.pdr").write_text("{", encoding="utf-8")
    items = {s.path.name: s for s in list_drafts(tmp_path, registry)}
    assert items["b.pdr"].name == "Siobhán Ó Dálaigh"
    assert items["b.pdr"].form_title == "Performance Conversation"
    assert items["b.pdr"].period == "September 2025 to August 2026"
    assert items["b.pdr"].percent == 100
    assert items["a.pdr"].name == "Tomáš Dąbrowski"
    assert 0 < items["a.pdr"].percent < 10
    assert "ends part-way through" in items["broken.pdr"].error
    assert items["broken.pdr"].path.read_text() == "{"


def test_save_keeps_text_exactly(tmp_path, registry, form):
    draft = Draft.new(form)
    draft.answers["wider.self"] = "  leading and trailing spaces \n\n kept  "
    path = tmp_path / "x.pdr"
    write_draft(draft, path)
    assert dumps(read_draft(path, registry)) == dumps(draft)
