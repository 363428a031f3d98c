"""The team's folders → one summary per file, opening only the files that changed.

Plain and synchronous: the team view runs it on a worker thread (with progress and Stop), the
`team` command runs it directly. Every file listed comes back, readable or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.team.cache import SummaryCache
from pdr_desktop.team.files import list_folders
from pdr_desktop.team.summary import TeamSummary, summarise

# (files read so far, files to read, every summary so far: the cached ones come first)
Progress = Callable[[int, int, list[TeamSummary]], None]


@dataclass
class ScanResult:
    summaries: list[TeamSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # folders that cannot be read
    read: int = 0  # files opened (the rest came from the cache)
    cancelled: bool = False

    @property
    def unreadable(self) -> list[TeamSummary]:
        return [s for s in self.summaries if s.error]


def scan(
    folders: Iterable[Path],
    registry: FormRegistry,
    cache: SummaryCache | None = None,
    on_progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanResult:
    listing = list_folders(folders)
    result = ScanResult(problems=list(listing.problems))
    order = {str(entry.path): index for index, entry in enumerate(listing.files)}
    to_read = []
    for entry in listing.files:
        if entry.problem:
            result.summaries.append(TeamSummary(str(entry.path), error=entry.problem))
            continue
        known = cache.get(entry) if cache is not None else None
        if known is not None:
            result.summaries.append(known)
        else:
            to_read.append(entry)
    if on_progress is not None and to_read:
        on_progress(0, len(to_read), result.summaries)
    for number, entry in enumerate(to_read, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        summary = summarise(entry.path, registry, entry.mtime_ns, entry.size)
        if cache is not None:
            cache.put(summary, entry.ctime_ns)
        result.summaries.append(summary)
        result.read += 1
        if on_progress is not None:
            on_progress(number, len(to_read), result.summaries)
    if cache is not None and not result.cancelled:
        cache.keep_only_used()
    result.summaries.sort(key=lambda s: order.get(s.path, len(order)))
    return result
