"""Find the form's tables in a Word document by their label text and read the value cells.

Used for both our own exports and the council's form filled in by hand. Tables are
matched by the labels they contain (never by position alone), rows by their labels in
order, and anything that finds no place is reported with where it was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from pdr_desktop.export import text_values as tv
from pdr_desktop.export.docx_layout import Plan, PlanCell, PlanTable, Slot, build_plan
from pdr_desktop.export.text_match import norm, same_label, strip_label
from pdr_desktop.export.value_parse import looks_like_extra
from pdr_desktop.forms.model import FieldType, FormDefinition
from pdr_desktop.review.completeness import field_path

MIN_TABLE_SCORE = 0.5
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


@dataclass
class DocCell:
    text: str
    start: int  # first grid column
    span: int


@dataclass
class DocTable:
    number: int  # 1-based, in document order, as people count tables
    rows: list[list[DocCell]]


@dataclass
class ObjectiveText:
    cells: dict[str, str]
    where: str
    extra: str | None = None

    @property
    def blank(self) -> bool:
        return not any(v.strip() for v in self.cells.values()) and not (self.extra or "").strip()


@dataclass
class Extraction:
    texts: dict[Slot, str] = field(default_factory=dict)
    objectives: list[ObjectiveText] = field(default_factory=list)
    objectives_found: bool = False
    unplaced: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # form tables not found in the document
    matched_tables: int = 0


# ---- reading the document ---------------------------------------------------------------


def _paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    for el in p.iter():
        if _inside_fallback(el, p):
            continue
        tag = el.tag
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}sym":
            out.append(_symbol(el))
        elif tag == f"{_W}checkBox":  # a legacy Word form check box: its state is not text
            out.append("☒" if _checked(el) else "☐")
    return "".join(out)


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

    checked = check_box.find(f"{_W}checked")
    return on(checked) if checked is not None else on(check_box.find(f"{_W}default"))


def _inside_fallback(el: etree._Element, stop: etree._Element) -> bool:
    """Text boxes are stored twice (modern + fallback); read only one copy."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _block_lines(container: etree._Element) -> list[str]:
    """Paragraph texts of a cell or content control, nested tables flattened row by row."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{_W}p":
            lines.append(_paragraph_text(child))
        elif child.tag == f"{_W}tbl":
            for tr in child.iter(f"{_W}tr"):
                cells = [" ".join(_block_lines(tc)).strip() for tc in _own(tr, f"{_W}tc", f"{_W}tr")]
                lines.append(" | ".join(c for c in cells if c))
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"):
            lines += _block_lines(child)
    return lines


def _own(parent: etree._Element, tag: str, boundary: str) -> list[etree._Element]:
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


def read_tables(document: DocxDocument) -> list[DocTable]:
    body = document.element.body
    tables = _own(body, f"{_W}tbl", f"{_W}tbl")
    out = []
    for number, tbl in enumerate(tables, start=1):
        rows = []
        for tr in _own(tbl, f"{_W}tr", f"{_W}tbl"):
            tr_pr = tr.find(f"{_W}trPr")
            start = _int_attr(tr_pr.find(f"{_W}gridBefore") if tr_pr is not None else None, 0)
            cells = []
            for tc in _own(tr, f"{_W}tc", f"{_W}tr"):
                tc_pr = tc.find(f"{_W}tcPr")
                span = _int_attr(tc_pr.find(f"{_W}gridSpan") if tc_pr is not None else None, 1)
                vmerge = tc_pr.find(f"{_W}vMerge") if tc_pr is not None else None
                # A vertically merged cell repeats the cell above it: its text lives there.
                if vmerge is None or vmerge.get(qn("w:val")) == "restart":
                    cells.append(DocCell("\n".join(_block_lines(tc)), start, span))
                start += span
            rows.append(cells)
        out.append(DocTable(number, rows))
    return out


def body_paragraphs(document: DocxDocument) -> list[str]:
    return [_paragraph_text(p) for p in _own(document.element.body, f"{_W}p", f"{_W}tbl")]


# ---- matching ----------------------------------------------------------------------------


def _anchors(row: tuple[PlanCell, ...]) -> list[tuple[int, PlanCell]]:
    return [(i, c) for i, c in enumerate(row) if c.label]


def _cell_has_label(text: str, cell: PlanCell) -> bool:
    if cell.slot is not None:  # label and answer share the cell
        return strip_label(text, cell.label) is not None
    return same_label(text, cell.label) or (
        len(norm(cell.label)) >= 12 and strip_label(text, cell.label) is not None
    )


def _fixed_rows(table: PlanTable) -> tuple[tuple[PlanCell, ...], ...]:
    return table.rows[: table.header_rows]


def table_score(plan: PlanTable, doc: DocTable) -> float:
    labels: dict[str, PlanCell] = {}
    for row in _fixed_rows(plan):
        for _, cell in _anchors(row):
            labels.setdefault(norm(cell.label), cell)
    if not labels:
        return 0.0
    texts = [c.text for row in doc.rows for c in row if c.text.strip()]
    found = sum(1 for cell in labels.values() if any(_cell_has_label(t, cell) for t in texts))
    return found / len(labels)


def _row_matches(doc_row: list[DocCell], anchors: list[tuple[int, PlanCell]]) -> bool:
    hits = sum(1 for _, cell in anchors if any(_cell_has_label(d.text, cell) for d in doc_row))
    return hits > 0 and hits * 2 >= len(anchors)


PROMPT_LENGTH = 40  # a label this long is a question or prompt, not a column name
_ANSWER_AFTER_LABEL = re.compile(r"[ \t]*[:–—-][ \t]*\S")


def _plan_starts(plan_row: tuple[PlanCell, ...]) -> dict[int, int]:
    """Each plan cell's first grid column, keyed by id (cells are equal-by-value dataclasses)."""
    starts, col = {}, 0
    for cell in plan_row:
        starts[id(cell)] = col
        col += cell.span
    return starts


def _where(doc: DocTable, row_index: int, title: str) -> str:
    return f"table {doc.number}{f' ({title})' if title else ''}, row {row_index + 1}"


def _pair_cells(
    plan_row: tuple[PlanCell, ...], doc_row: list[DocCell]
) -> list[tuple[PlanCell | None, DocCell | None]]:
    if len(plan_row) == len(doc_row):
        return list(zip(plan_row, doc_row, strict=True))
    starts, col = [], 0
    for cell in plan_row:
        starts.append(col)
        col += cell.span
    by_start = {d.start: d for d in doc_row}
    if all(s in by_start for s in starts):
        used = {id(by_start[s]) for s in starts}
        pairs: list[tuple[PlanCell | None, DocCell | None]] = [
            (p, by_start[s]) for p, s in zip(plan_row, starts, strict=True)
        ]
        return pairs + [(None, d) for d in doc_row if id(d) not in used]
    pairs = list(zip(plan_row, doc_row, strict=False))
    pairs += [(None, d) for d in doc_row[len(plan_row) :]]
    pairs += [(p, None) for p in plan_row[len(doc_row) :]]
    return pairs


class _Reader:
    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.out = Extraction()
        # Text typed into a label cell, by grid column, waiting for the answer cell under it.
        self.pending: dict[int, tuple[str, str, str]] = {}
        # A date typed after a signature's name, moved to the date slot: (text, where).
        self.dates_beside_names: dict[Slot, tuple[str, str]] = {}

    def place_row(self, plan_row, doc_row, where: str, answers_below: bool = False) -> None:
        """Put a document row's cells into their slots.

        `answers_below`: the next form row holds the answers to this row's labels (the
        Details table). People often type the answer into the label cell ("Name: Jane")
        instead; such text waits in `pending` for the empty answer cell under it.
        """
        if any(c.label for c in plan_row):
            self.flush_pending()  # a labelled row is not the answer row the text waited for
        starts = _plan_starts(plan_row)
        for plan_cell, doc_cell in _pair_cells(plan_row, doc_row):
            if doc_cell is None:
                continue  # reported as missing at the end if no other table supplied it
            text = doc_cell.text
            if plan_cell is None:
                if text.strip():
                    self.out.unplaced.append(f"{where}, extra cell: {text.strip()}")
                continue
            if plan_cell.slot is None:
                rest = strip_label(text, plan_cell.label) if plan_cell.label else text
                if rest is None and not same_label(text, plan_cell.label):
                    rest = text  # the label was overwritten: keep what is there
                # "Name: Jane" is an answer typed after the label; "Name\n(as on payroll)" is a note.
                # Under a long prompt ("What's gone well…?") any text is the answer to it.
                typed_answer = bool(rest) and (
                    _ANSWER_AFTER_LABEL.match(rest or "") is not None or len(plan_cell.label) >= PROMPT_LENGTH
                )
                rest = (rest or "").lstrip(" \t:–-").strip()
                if rest and answers_below and typed_answer:
                    self.pending[starts[id(plan_cell)]] = (rest, where, plan_cell.label)
                elif rest:
                    self.out.unplaced.append(f"{where}, beside “{_short(plan_cell.label)}”: {rest}")
                continue
            if plan_cell.label:
                rest = strip_label(text, plan_cell.label)
                text = text if rest is None else rest
            if self.form.field(plan_cell.slot.field_id).type is FieldType.SIGNATURE:
                text = self._signature_text(plan_row, plan_cell, _without_status(text), where)
            beside = self.dates_beside_names.pop(plan_cell.slot, None)
            if beside is not None and text.strip() and norm(text) != norm(beside[0]):
                # The date cell has its own, different date: it wins, the other is listed.
                self.out.unplaced.append(f"{beside[1]}, a second date beside the name: {beside[0]}")
            if not text.strip() and starts[id(plan_cell)] in self.pending:
                text = self.pending.pop(starts[id(plan_cell)])[0]
            if not text.strip() and self.out.texts.get(plan_cell.slot, "").strip():
                continue  # an empty copy of a row (split table) or a date typed beside the name
            self.out.texts[plan_cell.slot] = text
        if not answers_below:
            self.flush_pending()

    def flush_pending(self) -> None:
        """Text typed in a label cell that found no empty answer cell under it: report it."""
        for rest, where, label in self.pending.values():
            self.out.unplaced.append(f"{where}, beside “{_short(label)}”: {rest}")
        self.pending.clear()

    def _signature_text(self, plan_row, plan_cell: PlanCell, text: str, where: str) -> str:
        """ "Łukasz Nowak   Date: 03/10/2025" typed in the name cell: the date goes to the date slot."""
        slot = plan_cell.slot
        assert slot is not None
        date_cell = next(
            (
                c
                for c in plan_row
                if c.slot is not None and c.slot.field_id == slot.field_id and c.slot.part == "date"
            ),
            None,
        )
        if slot.part == "date" or date_cell is None:
            return text
        word = date_cell.label.strip().rstrip(":").strip() or "Date"
        match = re.search(
            rf"(?:^|(?<=\s)|(?<=[,;|])){re.escape(word)}\s*:\s*(?P<date>[^\n]*)", text, re.IGNORECASE
        )
        if match is None or not match.group("date").strip():
            return text
        typed = match.group("date").strip()
        name = (text[: match.start()].rstrip(" \t,;|") + text[match.end() :]).strip()
        found = self.out.texts.get(date_cell.slot, "")
        if found.strip() and norm(found) != norm(typed):
            self.out.unplaced.append(f"{where}, a second date beside the name: {typed}")
        elif not found.strip():
            self.out.texts[date_cell.slot] = typed
            self.dates_beside_names[date_cell.slot] = (typed, where)
        return name

    def read_table(self, plan: PlanTable, doc: DocTable, continuation: bool = False) -> None:
        """Place one document table; `continuation` is the rest of a form table Word split in two."""
        title = self.form.section(plan.section_id).title
        fixed = _fixed_rows(plan)
        claimed: set[int] = set()
        cursor = 0
        previous_found = False
        anchor_rows = [(pi, _anchors(row)) for pi, row in enumerate(fixed)]
        for pi, row in enumerate(fixed):
            anchors = anchor_rows[pi][1]
            found = None
            if anchors:
                order = list(range(cursor, len(doc.rows))) + list(range(0, cursor))
                found = next(
                    (di for di in order if di not in claimed and _row_matches(doc.rows[di], anchors)), None
                )
            elif cursor < len(doc.rows) and cursor not in claimed and (previous_found or not continuation):
                # An answer row has no label of its own: it is the row after the previous one.
                later = [a for pj, a in anchor_rows if pj > pi and a]
                if not any(_row_matches(doc.rows[cursor], a) for a in later):
                    found = cursor
            previous_found = found is not None
            if found is None:
                continue
            claimed.add(found)
            cursor = found + 1
            below = fixed[pi + 1] if pi + 1 < len(fixed) else ()
            answers_below = bool(below) and not _anchors(below) and all(c.slot is None for c in row)
            self.place_row(row, doc.rows[found], _where(doc, found, title), answers_below)
        self.flush_pending()
        if plan.repeat:
            self.out.objectives_found = True
            rest = [di for di in range(len(doc.rows)) if di not in claimed]
            body = [di for di in rest if di >= cursor]
            self.read_objectives(plan, doc, body, title)
            rest = [di for di in rest if di < cursor]
        else:
            rest = [di for di in range(len(doc.rows)) if di not in claimed]
        for di in rest:
            self.unplace_row(doc, di, title)

    def read_objectives(self, plan: PlanTable, doc: DocTable, rows: list[int], title: str) -> None:
        fld = self.form.field(plan.repeat or "")
        columns = [c.id for c in fld.columns]
        for di in rows:
            cells = doc.rows[di]
            where = _where(doc, di, title)
            texts = [c.text for c in cells]
            if len(cells) == 1 and len(columns) > 1:
                if (
                    self.out.objectives
                    and self.out.objectives[-1].extra is None
                    and looks_like_extra(self.form, texts[0])
                ):
                    self.out.objectives[-1].extra = texts[0]
                elif texts[0].strip():
                    self.out.unplaced.append(f"{where}: {texts[0].strip()}")
                continue
            values = {cid: (texts[i] if i < len(texts) else "") for i, cid in enumerate(columns)}
            for extra in texts[len(columns) :]:
                if extra.strip():
                    self.out.unplaced.append(f"{where}, extra cell: {extra.strip()}")
            self.out.objectives.append(ObjectiveText(values, where))

    def unplace_row(self, doc: DocTable, di: int, title: str) -> None:
        for cell in doc.rows[di]:
            if cell.text.strip():
                self.out.unplaced.append(f"{_where(doc, di, title)}: {cell.text.strip()}")


_STATUS = tuple(norm(p) for p in (tv.FINGERPRINT_PREFIX, *tv.LEGACY_FINGERPRINT_PREFIXES, tv.CHANGED_PREFIX))


def _without_status(text: str) -> str:
    """A signature cell without the fingerprint lines the export printed under the name."""
    return "\n".join(line for line in text.split("\n") if not norm(line).startswith(_STATUS))


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _assign(plan_tables: list[PlanTable], doc_tables: list[DocTable]) -> dict[int, int]:
    """Greedy best-first pairing of form tables with document tables (plan index → doc index)."""
    scored = []
    for pi, plan in enumerate(plan_tables):
        for di, doc in enumerate(doc_tables):
            score = table_score(plan, doc)
            if score >= MIN_TABLE_SCORE:
                # Position only breaks ties (two tables with the same labels, e.g. two comment blocks).
                scored.append((-score, abs(pi - di), pi, di))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, pi, di in sorted(scored):
        if pi not in pairs and di not in used:
            pairs[pi] = di
            used.add(di)
    return pairs


def extract(form: FormDefinition, document: DocxDocument) -> Extraction:
    plan = build_plan(form, None)
    plan_tables = plan.tables
    doc_tables = read_tables(document)
    reader = _Reader(form)
    pairs = _assign(plan_tables, doc_tables)
    reader.out.matched_tables = len(pairs)
    by_doc = {di: pi for pi, di in pairs.items()}
    last: int | None = None  # the form table the previous document table belonged to
    for di, doc in enumerate(doc_tables):
        if di in by_doc:
            last = by_doc[di]
            reader.read_table(plan_tables[last], doc)
        elif last is not None and _continues(form, plan_tables[last], doc):
            reader.read_table(plan_tables[last], doc, continuation=True)
        else:
            last = None
            for ri in range(len(doc.rows)):
                reader.unplace_row(doc, ri, "")
    for pi, table in enumerate(plan_tables):
        if pi not in pairs:
            reader.out.missing.append(f"the “{form.section(table.section_id).title}” table")
            continue
        for row in _fixed_rows(table):
            for cell in row:
                if cell.slot is not None and cell.slot not in reader.out.texts:
                    reader.out.missing.append(field_path(form, form.field(cell.slot.field_id)))
    _paragraphs(form, plan, document, reader.out)
    _comments(document, reader.out)
    return reader.out


def _comments(document: DocxDocument, out: Extraction) -> None:
    """Comments added in Word's margin are someone's words too: list them, with where they point."""
    body = document.element.body
    if body.find(f".//{_W}commentReference") is None:
        return  # no comments (and no need to make python-docx load or create the comments part)
    tables = _own(body, f"{_W}tbl", f"{_W}tbl")
    where: dict[str, str] = {}
    for ref in body.iter(f"{_W}commentReference", f"{_W}commentRangeStart"):
        place, row, table = "outside the tables", None, None
        up = ref.getparent()
        while up is not None and up is not body:
            if up.tag == f"{_W}tr":
                row = up
            if up.tag == f"{_W}tbl" and up in tables:
                table = up
            up = up.getparent()
        if table is not None and row is not None:
            rows = _own(table, f"{_W}tr", f"{_W}tbl")
            place = f"table {tables.index(table) + 1}, row {rows.index(row) + 1}"
        where.setdefault(ref.get(qn("w:id"), ""), place)
    for comment in document.comments:
        text = comment.text.strip()
        if text:
            author = f" by {comment.author}" if comment.author else ""
            spot = where.get(str(comment.comment_id), "in the document")
            out.unplaced.append(f"Word comment{author} ({spot}): {text}")


def _continues(form: FormDefinition, plan: PlanTable, doc: DocTable) -> bool:
    """Whether a table with no header of its own is the rest of `plan` (Word splits tables at page breaks)."""
    if any(_row_matches(row, a) for row in doc.rows for a in (_anchors(r) for r in _fixed_rows(plan)) if a):
        return True
    if plan.repeat:
        filled = [row for row in doc.rows if any(c.text.strip() for c in row)]
        return bool(filled) and sum(len(row) == plan.columns for row in filled) * 2 > len(filled)
    return False


def _paragraphs(form: FormDefinition, plan: Plan, document: DocxDocument, out: Extraction) -> None:
    fixed_texts = plan.fixed_texts()
    known = {norm(t) for t in fixed_texts}
    long_labels = [k for k in fixed_texts if len(k) >= 20]
    for number, text in enumerate(body_paragraphs(document), start=1):
        folded = norm(text)
        if not folded or folded in known or folded.startswith(_STATUS):
            continue
        if any(same_label(text, k) for k in long_labels):
            continue
        out.unplaced.append(f"paragraph {number} (outside the tables): {text.strip()}")
