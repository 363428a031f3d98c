"""Each objective row of our DOCX carries its identity as a hidden bookmark.

The name ties the row to one objective of the draft embedded at export time
("_pdr_1a2b3c4d_3" is objective 3 of the export whose draft hashes to 1a2b3c4d…; a
trailing "p" marks its progress row). Word and LibreOffice keep bookmarks when rows
are moved, and through DOCX → ODT → DOCX; a copied row gets no bookmark (names are
unique), so a copy reads as a new objective. The token keeps rows pasted in from
somebody else's export from passing as ours.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

PREFIX = "_pdr_"
_NAME = re.compile(r"^_pdr_(?P<token>[0-9a-f]{8})_(?P<number>\d{1,5})(?P<extra>p?)$")


@dataclass(frozen=True)
class RowId:
    token: str
    index: int  # 0-based position of the objective in the embedded draft
    extra: bool  # the objective's progress row, not the objective itself


def export_token(json_text: str) -> str:
    """Eight hex digits naming one export: the start of the embedded draft's SHA-256."""
    return hashlib.sha256(json_text.encode("utf-8")).hexdigest()[:8]


def row_id_name(token: str, index: int, extra: bool = False) -> str:
    return f"{PREFIX}{token}_{index + 1}{'p' if extra else ''}"


def parse_id(name: str) -> RowId | None:
    match = _NAME.match(name or "")
    if match is None:
        return None
    return RowId(match.group("token"), int(match.group("number")) - 1, bool(match.group("extra")))


def ids_of(names: list[str], token: str) -> list[RowId]:
    """The row ids among a cell's bookmarks that belong to the export named by `token`."""
    return [rid for rid in (parse_id(n) for n in names) if rid is not None and rid.token == token]


def tokens(names: list[str]) -> list[str]:
    """The export tokens among bookmark names, most used first (the export the rows came from)."""
    counts: dict[str, int] = {}
    for rid in (parse_id(n) for n in names):
        if rid is not None:
            counts[rid.token] = counts.get(rid.token, 0) + 1
    return sorted(counts, key=lambda t: -counts[t])


def moved(order: list[int]) -> set[int]:
    """The exported positions that were moved, given the kept ones in document order.

    The longest run that is still in export order stayed put; everything else moved. (Deleting
    or adding a row shifts its neighbours' numbers but moves none of them.)
    """
    best: list[list[int]] = []  # best[i]: the longest increasing run ending at order[i]
    for i, value in enumerate(order):
        earlier = [best[j] for j in range(i) if order[j] < value]
        run = max(earlier, key=len) if earlier else []
        best.append([*run, value])
    longest: list[int] = max(best, key=len) if best else []
    return set(order) - set(longest)


class Bookmarks:
    """Adds bookmarks with document-unique numeric ids (Word refuses duplicates)."""

    def __init__(self, first_id: int = 9000) -> None:
        self._next = first_id

    def take(self) -> int:
        """The next unused id (for a bookmark written as XML text)."""
        self._next += 1
        return self._next - 1

    def wrap(self, paragraph: etree._Element, name: str) -> None:
        """A bookmark spanning the paragraph's text, so editing inside the text keeps it."""
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next))
        self._next += 1
        properties = paragraph.find(qn("w:pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(end)
