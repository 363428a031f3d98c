"""Tidying at start: temp files that killed saves left behind.

A save writes a temp file and renames it over the draft; a save killed in between leaves the
temp file, a full copy of someone's draft, behind. The next start removes those that no live
process owns (see atomic.remove_orphaned_temps), wherever the app writes: its own folders,
the drafts folder and the folders of recently opened drafts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pdr_desktop import paths, processes
from pdr_desktop.atomic import remove_orphaned_temps


def app_folders() -> list[Path]:
    """The app's own folders that saves write into (each backup set is a folder of its own)."""
    folders = [paths.data_dir(), paths.config_dir(), paths.recovery_dir(), paths.drafts_dir()]
    backups = paths.backups_dir()
    if backups.is_dir():
        folders += [p for p in backups.iterdir() if p.is_dir()]
    return folders


def clean_orphaned_temps(extra: Iterable[Path] = ()) -> list[Path]:
    """Remove orphaned temp files in the app's folders and `extra`; returns what was removed."""
    removed: list[Path] = []
    seen: set[Path] = set()
    for folder in [*app_folders(), *extra]:
        folder = Path(folder)
        if folder in seen or not folder.is_dir():
            continue
        seen.add(folder)
        removed += remove_orphaned_temps(folder, processes.pid_alive)
    return removed
