"""Summaries kept between runs, so a folder of 500 forms shows in well under a second.

Keyed by path + modification time + size: a file that changed is read again, one that did not
is not opened at all. The whole cache is thrown away when the app, the cache layout or an
installed form definition changes (a summary depends on all three). It holds personal data
(names, learning needs), so it is one owner-only file in the per-user cache folder, written
atomically, and keeps only the files of the last scan. A cache that cannot be read is ignored
and rebuilt: it is never worth a message.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from pdr_desktop import __version__, paths
from pdr_desktop.atomic import atomic_write_text
from pdr_desktop.checked_json import read_json_file
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.team.files import FileEntry
from pdr_desktop.team.summary import TeamSummary

CACHE_FORMAT = "pdr-desktop-team-cache"
CACHE_VERSION = 2
CACHE_FILE = "team-summaries.json"
MAX_CACHE_BYTES = 64 * 1024 * 1024


def registry_stamp(registry: FormRegistry) -> str:
    """What every summary depends on besides its file: the app and each form definition's file."""
    parts = [__version__, str(CACHE_VERSION)]
    for form_id in sorted(registry.forms):
        form = registry.forms[form_id]
        where = ""
        if form.path is not None:
            with contextlib.suppress(OSError):
                info = Path(form.path).stat()
                where = f"{form.path}:{info.st_mtime_ns}:{info.st_size}"
        parts.append(f"{form_id}:{form.version}:{where}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def default_cache_path() -> Path:
    return paths.cache_dir() / CACHE_FILE


class SummaryCache:
    """Path → summary, valid while the file's (mtime, size) are unchanged."""

    def __init__(self, stamp: str, path: Path | None = None) -> None:
        self.stamp = stamp
        self.path = path
        # A summary that says "cannot be read" is also keyed on ctime: permissions fixed with
        # chmod change ctime only, and the file must then be tried again.
        self._entries: dict[str, tuple[TeamSummary, int]] = {}
        self._used: set[str] = set()
        self.changed = False

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, entry: FileEntry) -> TeamSummary | None:
        key = str(entry.path)
        found = self._entries.get(key)
        if found is None:
            return None
        summary, ctime_ns = found
        if (summary.mtime_ns, summary.size) != entry.key or (summary.error and ctime_ns != entry.ctime_ns):
            return None
        self._used.add(key)
        return summary

    def put(self, summary: TeamSummary, ctime_ns: int = 0) -> None:
        self._entries[summary.path] = (summary, ctime_ns)
        self._used.add(summary.path)
        self.changed = True

    def keep_only_used(self) -> None:
        """Forget files not seen since the last call (removed, or in a folder no longer watched)."""
        stale = set(self._entries) - self._used
        for key in stale:
            del self._entries[key]
        self.changed = self.changed or bool(stale)
        self._used = set()

    # --- on disk --------------------------------------------------------------------------------

    @classmethod
    def load(cls, stamp: str, path: Path | None = None) -> SummaryCache:
        path = path or default_cache_path()
        cache = cls(stamp, path)
        try:
            # The checked reader: a cache swapped for a FIFO, bloated or hand-edited into deep
            # nesting or huge numbers is refused like a damaged draft, never hangs or crashes.
            data = read_json_file(path, MAX_CACHE_BYTES)
        except (OSError, ValueError):
            return cache  # rebuilt by the next scan
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("stamp") != stamp:
            return cache
        entries = data.get("entries")
        if not isinstance(entries, list):
            return cache
        for item in entries:
            with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
                summary = TeamSummary.from_json(item.get("summary"))
                ctime_ns = item.get("ctime_ns", 0)
                if isinstance(ctime_ns, int) and not isinstance(ctime_ns, bool):
                    cache._entries[summary.path] = (summary, ctime_ns)
        return cache

    def save(self) -> bool:
        """Write the cache if anything changed; False (quietly) when it cannot be written."""
        if not self.changed or self.path is None:
            return False
        payload: dict[str, Any] = {
            "format": CACHE_FORMAT,
            "stamp": self.stamp,
            "entries": [{"summary": s.to_json(), "ctime_ns": c} for s, c in self._entries.values()],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.parent == paths.cache_dir():
                paths.cache_dir(ensure=True)  # owner-only folder
            atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            return False
        self.changed = False
        return True
