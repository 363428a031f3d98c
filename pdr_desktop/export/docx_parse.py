"""Reading a Word document: WordprocessingML → plain tables, cells, paragraphs and comments.

This module knows nothing of any form; matching what it read to the form's fields is the
work of docx_match and the docx_match_* modules under it (rows, cells, blocks, objectives).
Text is read the way a person reads the page, with nothing hidden from the report.

Tracked changes are read as Word shows them once accepted (insertions in, deletions
out), and every insertion and deletion is kept beside the text with its author, so the
import report can list them: a deletion is never silently dropped, an insertion never
silently accepted. Bookmarks are kept per cell: our exports mark each objective row
with one, so a row keeps its identity when someone moves it in Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tracked changes: what they do to the text, in the words the report uses.
_REVISION_KINDS = {
    f"{W}ins": "inserted",
    f"{W}moveTo": "inserted",  # the new place of text moved with tracking on
    f"{W}del": "deleted",
    f"{W}moveFrom": "deleted",
}
_CONTAINERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag")
MAX_DEPTH = 200  # far deeper than any real document; a hostile one stops here instead of crashing


@dataclass(frozen=True)
class Revision:
    """One tracked change: "inserted" or "deleted" text, and who made it (if Word recorded it)."""

    kind: str
    text: str
    author: str = ""

    def describe(self) -> str:
        who = f" by {self.author}" if self.author else ""
        shown = " ".join(self.text.split())
        if len(shown) > 120:
            shown = shown[:119].rstrip() + "…"
        return f"tracked change, {self.kind}{who}: “{shown}”"


@dataclass
class Text:
    """The text of a paragraph, cell or row (changes accepted), and the tracked changes in it."""

    text: str = ""
    revisions: list[Revision] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)


@dataclass
class DocCell:
    text: str
    start: int  # first grid column
    span: int
    revisions: list[Revision] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)


@dataclass
class DocTable:
    number: int  # 1-based, in document order, as people count tables
    rows: list[list[DocCell]]
    grid: int = 0  # the number of grid columns (0 when the table declares no grid)


@dataclass
class BodyParagraph:
    number: int  # 1-based among the paragraphs outside tables
    text: str
    revisions: list[Revision] = field(default_factory=list)


@dataclass
class ParsedDocx:
    """Everything the matching reads from one document, parsed once (every form is tried against it)."""

    tables: list[DocTable]
    paragraphs: list[BodyParagraph]  # outside the tables
    comments: list[str]  # Word comments, each with its author and where it points
    bookmarks: list[str]  # every bookmark name in the body (our exports mark objective rows)
    text: str  # all the body's text run together (deleted text left out)
    properties_comment: str  # the document properties' comments (our exports say so there)


def parse_docx(document: DocxDocument) -> ParsedDocx:
    body = document.element.body
    return ParsedDocx(
        tables=read_tables(document),
        paragraphs=body_paragraphs(document),
        comments=word_comments(document),
        bookmarks=[el.get(qn("w:name")) or "" for el in body.iter(f"{W}bookmarkStart")],
        text="".join(t.text or "" for t in body.iter(f"{W}t")),
        properties_comment=document.core_properties.comments or "",
    )


# ---- paragraphs ----------------------------------------------------------------------------


class _Collector:
    """Walks one paragraph in document order, collecting shown text and tracked changes."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.revisions: list[Revision] = []
        self.bookmarks: list[str] = []
        self._open: dict[int, tuple[str, str, list[str]]] = {}
        self._order: list[int] = []

    def walk(self, el: etree._Element, revision: etree._Element | None, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise ValueError("the document nests its text too deeply to be a form")
        tag = el.tag
        if tag == _MC_FALLBACK:
            return  # text boxes are stored twice (modern + fallback): read one copy
        if tag in _REVISION_KINDS:
            revision = el
        elif tag == f"{W}pPr":
            return  # paragraph properties hold no text (and their rPr/ins marks only the pilcrow)
        elif tag == f"{W}bookmarkStart":
            name = el.get(qn("w:name"))
            if name:
                self.bookmarks.append(name)
        piece = _piece(el)
        if piece:
            # Shown once the changes are accepted: everything but what a tracked change deleted.
            if revision is None or _REVISION_KINDS[revision.tag] == "inserted":
                self.pieces.append(piece)
            if revision is not None:
                self._note(revision, piece)
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child, revision, depth + 1)

    def _note(self, revision: etree._Element, piece: str) -> None:
        key = id(revision)
        if key not in self._open:
            author = revision.get(qn("w:author"), "") or ""
            self._open[key] = (_REVISION_KINDS[revision.tag], author, [])
            self._order.append(key)
        self._open[key][2].append(piece)

    def result(self) -> Text:
        for key in self._order:
            kind, author, pieces = self._open[key]
            text = "".join(pieces)
            if text.strip():
                self.revisions.append(Revision(kind, text, author))
        return Text("".join(self.pieces), self.revisions, self.bookmarks)


def _piece(el: etree._Element) -> str:
    tag = el.tag
    if tag in (f"{W}t", f"{W}delText"):
        return el.text or ""
    if tag == f"{W}tab":
        return "\t"
    if tag in (f"{W}br", f"{W}cr"):
        return "\n"
    if tag == f"{W}noBreakHyphen":
        return "-"
    if tag == f"{W}sym":
        return _symbol(el)
    if tag == f"{W}checkBox":  # a legacy Word form check box: its state is not text
        return "☒" if _checked(el) else "☐"
    return ""


def paragraph(p: etree._Element) -> Text:
    collector = _Collector()
    collector.walk(p, None)
    return collector.result()


def paragraph_text(p: etree._Element) -> str:
    return paragraph(p).text


# Symbol-font check boxes (Wingdings) people insert by hand.
_WINGDINGS = {0xF0FE: "☒", 0xF0FD: "☒", 0xF078: "☒", 0xF0A8: "☐", 0xF06F: "☐"}


def _symbol(el: etree._Element) -> str:
    try:
        code = int(el.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    if code in _WINGDINGS:
        return _WINGDINGS[code]
    # Private-use (symbol font) codes, surrogates and nonsense (negative) values are not text.
    return chr(code) if 0 < code < 0xD800 else ""


def _checked(check_box: etree._Element) -> bool:
    def on(el: etree._Element | None) -> bool:
        return el is not None and el.get(qn("w:val"), "1") not in ("0", "false", "off")

    checked = check_box.find(f"{W}checked")
    return on(checked) if checked is not None else on(check_box.find(f"{W}default"))


# ---- cells and tables ----------------------------------------------------------------------


def block(container: etree._Element) -> Text:
    """A cell or content control: paragraphs joined by newlines, nested tables flattened row by row."""
    out = Text()
    lines = _block_lines(container, out, 0)
    out.text = "\n".join(lines)
    return out


def _block_lines(container: etree._Element, out: Text, depth: int) -> list[str]:
    if depth > MAX_DEPTH:
        raise ValueError("the document nests its tables too deeply to be a form")
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            para = paragraph(child)
            lines.append(para.text)
            out.revisions += para.revisions
            out.bookmarks += para.bookmarks
        elif tag == f"{W}tbl":
            for tr in own(child, f"{W}tr", f"{W}tbl"):
                cells = [
                    " ".join(_block_lines(tc, out, depth + 1)).strip() for tc in own(tr, f"{W}tc", f"{W}tr")
                ]
                lines.append(" | ".join(c for c in cells if c))
        elif tag in _CONTAINERS:
            lines += _block_lines(child, out, depth + 1)
        elif tag == f"{W}bookmarkStart" and child.get(qn("w:name")):
            out.bookmarks.append(child.get(qn("w:name")))
    return lines


def own(parent: etree._Element, tag: str, boundary: str) -> list[etree._Element]:
    """Descendants `tag` of `parent` not inside a nested `boundary` (cells of this row only)."""
    found = []
    for el in parent.iter(tag):
        up = el.getparent()
        while up is not None and up is not parent and up.tag != boundary:
            up = up.getparent()
        if up is parent:
            found.append(el)
    return found


def _int_attr(el: etree._Element | None, default: int) -> int:
    try:
        return int(el.get(qn("w:val"))) if el is not None else default
    except (TypeError, ValueError):
        return default


def _row_revision(tr: etree._Element) -> etree._Element | None:
    """A whole row inserted or deleted with tracking on (w:trPr/w:ins or w:trPr/w:del)."""
    tr_pr = tr.find(f"{W}trPr")
    if tr_pr is None:
        return None
    return next((el for el in tr_pr if el.tag in (f"{W}ins", f"{W}del")), None)


def _cell(tc: etree._Element, start: int, span: int, row_change: etree._Element | None) -> DocCell:
    text = block(tc)
    cell = DocCell(text.text, start, span, text.revisions, text.bookmarks)
    if row_change is None:
        return cell
    kind = _REVISION_KINDS[row_change.tag]
    author = row_change.get(qn("w:author"), "") or ""
    if kind == "deleted":
        # The row is struck through in Word: once accepted, none of its text remains.
        lost = [text.text.strip()] + [r.text for r in text.revisions if r.kind == "deleted"]
        cell.text = ""
        joined = "\n".join(piece for piece in lost if piece.strip())
        cell.revisions = [Revision("deleted (the whole row)", joined, author)] if joined else []
    elif text.text.strip() and not any(r.kind == "inserted" for r in text.revisions):
        cell.revisions.append(Revision("inserted (a new row)", text.text, author))
    return cell


def read_tables(document: DocxDocument) -> list[DocTable]:
    body = document.element.body
    out = []
    for number, tbl in enumerate(own(body, f"{W}tbl", f"{W}tbl"), start=1):
        grid = tbl.find(f"{W}tblGrid")
        rows = []
        for tr in own(tbl, f"{W}tr", f"{W}tbl"):
            tr_pr = tr.find(f"{W}trPr")
            start = _int_attr(tr_pr.find(f"{W}gridBefore") if tr_pr is not None else None, 0)
            change = _row_revision(tr)
            cells = []
            for tc in own(tr, f"{W}tc", f"{W}tr"):
                tc_pr = tc.find(f"{W}tcPr")
                span = max(1, _int_attr(tc_pr.find(f"{W}gridSpan") if tc_pr is not None else None, 1))
                vmerge = tc_pr.find(f"{W}vMerge") if tc_pr is not None else None
                # A vertically merged cell repeats the cell above it: its text lives there.
                if vmerge is None or vmerge.get(qn("w:val")) == "restart":
                    cells.append(_cell(tc, start, span, change))
                start += span
            rows.append(cells)
        out.append(DocTable(number, rows, len(grid.findall(f"{W}gridCol")) if grid is not None else 0))
    return out


def body_paragraphs(document: DocxDocument) -> list[BodyParagraph]:
    """The paragraphs outside tables, numbered as they come."""
    out = []
    for number, p in enumerate(own(document.element.body, f"{W}p", f"{W}tbl"), start=1):
        text = paragraph(p)
        out.append(BodyParagraph(number, text.text, text.revisions))
    return out


def comment_places(document: DocxDocument) -> dict[str, str]:
    """Comment id → where its mark is ("table 2, row 3" or "outside the tables")."""
    body = document.element.body
    tables = own(body, f"{W}tbl", f"{W}tbl")
    where: dict[str, str] = {}
    for ref in body.iter(f"{W}commentReference", f"{W}commentRangeStart"):
        place, row, table = "outside the tables", None, None
        up = ref.getparent()
        while up is not None and up is not body:
            if up.tag == f"{W}tr":
                row = up
            if up.tag == f"{W}tbl" and up in tables:
                table = up
            up = up.getparent()
        if table is not None and row is not None:
            rows = own(table, f"{W}tr", f"{W}tbl")
            place = f"table {tables.index(table) + 1}, row {rows.index(row) + 1}"
        where.setdefault(ref.get(qn("w:id"), ""), place)
    return where


def word_comments(document: DocxDocument) -> list[str]:
    """Comments added in Word's margin, each with its author and where it points."""
    if document.element.body.find(f".//{W}commentReference") is None:
        return []  # no comments (and no need to make python-docx load or create the comments part)
    where = comment_places(document)
    out = []
    for comment in document.comments:
        text = comment.text.strip()
        if text:
            author = f" by {comment.author}" if comment.author else ""
            spot = where.get(str(comment.comment_id), "in the document")
            out.append(f"Word comment{author} ({spot}): {text}")
    return out
