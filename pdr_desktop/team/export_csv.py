"""CSV for the board: UTF-8 with a byte-order mark, so Excel shows "Bartosz Zieliński" rather than
"Bartosz ZieliÅ„ski", and no cell that Excel would run as a formula.

A CSV holds one table, so the report's other tables go beside it: team.csv, then
team-rounds.csv and team-training-needs.csv. Each is written owner-only and atomically.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from pdr_desktop.atomic import atomic_write_bytes
from pdr_desktop.team.tables import Table, cell_text

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection): such text
# gets a leading apostrophe, which Excel and LibreOffice show as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(table: Table) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([guard(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([guard(cell_text(value)) for value in row])
    return out.getvalue().encode("utf-8-sig", "replace")


def companion_path(path: Path, table: Table) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", table.title.lower()).strip("-")
    return path.with_name(f"{path.stem}-{slug}{path.suffix or '.csv'}")


class PartlyWritten(OSError):
    """Some files were written before one failed: the message must say which."""

    def __init__(self, failed: Path, reason: str, written: list[Path]) -> None:
        super().__init__(reason)
        self.failed, self.reason, self.written = failed, reason, written


def write_csv(path: Path, tables: Sequence[Table]) -> list[Path]:
    """The first table at `path`, each other one beside it; returns every file written."""
    path = Path(path)
    contents = [(path if i == 0 else companion_path(path, t), csv_bytes(t)) for i, t in enumerate(tables)]
    written: list[Path] = []
    for target, data in contents:
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            if not written:
                raise
            raise PartlyWritten(target, exc.strerror or str(exc), written) from exc
        written.append(target)
    return written
