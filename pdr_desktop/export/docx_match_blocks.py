"""A form table read in blocks: each full-width heading row ("Comments at the Final Review…") opens one.

The rows under a heading are looked for only between it and the next heading found, so a
deleted block never lends its fields to the block after it. Headings are known by their
words, or - when retyped - by the one review round name each of them alone carries.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdr_desktop.export.document_plan import PlanCell, PlanTable
from pdr_desktop.export.docx_extraction import continued_heading, row_matches
from pdr_desktop.export.docx_parse import DocCell, DocTable
from pdr_desktop.export.text_match import norm
from pdr_desktop.forms.model import FormDefinition

HEADING_KEY_TEXT = 120  # a heading retyped in other words is short: longer text is an answer


def is_heading(row: tuple[PlanCell, ...], columns: int) -> bool:
    """A full-width row of fixed text that opens a block of the table."""
    return (
        columns > 1
        and len(row) == 1
        and row[0].slot is None
        and bool(row[0].label)
        and row[0].span == columns
    )


@dataclass
class Carry:
    """Plan rows of a table not found yet: looked for at the top of the table's continuation."""

    table: int  # id() of the plan table
    rows: list[int]
    follows_found: bool  # the plan row before the first of them was found (an answer row may follow)


@dataclass
class Block:
    heading: int | None  # plan row index of the heading, None for rows before the first heading
    rows: list[int]  # plan row indices, heading included


def blocks(plan: PlanTable) -> list[Block]:
    out: list[Block] = []
    for pi, row in enumerate(plan.rows[: plan.header_rows]):
        if is_heading(row, plan.columns) or not out:
            out.append(Block(pi if is_heading(row, plan.columns) else None, []))
        out[-1].rows.append(pi)
    return out


def find_headings(
    form: FormDefinition, plan: PlanTable, doc: DocTable, claimed: set[int]
) -> tuple[dict[int, int], set[int]]:
    """Plan heading row → document row, by the heading's words (or its round name, if retyped).

    Also returns the document rows found by round name only: the heading in other words, not an answer.
    """
    headings = [b.heading for b in blocks(plan) if b.heading is not None]
    keys = _heading_keys(form, plan, headings)
    found: dict[int, int] = {}
    retyped: set[int] = set()
    after = 0
    for pi in headings:
        label = plan.rows[pi][0]
        order = list(range(after, len(doc.rows))) + list(range(0, after))
        di = next(
            (
                d
                for d in order
                if d not in claimed
                and row_matches(doc.rows[d], [label])
                and not continued_heading(doc.rows[d], [label])  # "… (continued)" repeats it, later
            ),
            None,
        )
        if di is None and keys.get(pi):
            di = next((d for d in order if d not in claimed and _key_heading(doc.rows[d], pi, keys)), None)
            if di is not None:
                retyped.add(di)  # the heading itself, in other words: not an answer
        if di is not None:
            found[pi] = di
            claimed.add(di)
            after = di + 1
    return found, retyped


def _heading_keys(form: FormDefinition, plan: PlanTable, headings: list[int]) -> dict[int, str]:
    """The round name each heading alone carries ("Final Review"), to know it when retyped."""
    names = [norm(r.label) for r in form.rounds]
    per_heading = {pi: [n for n in names if n in norm(plan.rows[pi][0].label)] for pi in headings}
    counts: dict[str, int] = {}
    for found in per_heading.values():
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    return {pi: found[0] for pi, found in per_heading.items() if len(found) == 1 and counts[found[0]] == 1}


def _key_heading(doc_row: list[DocCell], pi: int, keys: dict[int, str]) -> bool:
    filled = [c for c in doc_row if c.text.strip()]
    if len(filled) != 1:
        return False
    first = norm(filled[0].text.strip().split("\n")[0])
    if len(first) > HEADING_KEY_TEXT:
        return False
    return keys[pi] in first and not any(k in first for p, k in keys.items() if p != pi and k != keys[pi])
