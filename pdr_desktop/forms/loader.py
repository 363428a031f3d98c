"""Read and validate a form definition file.

Errors name the file, the place inside it (a JSON path such as
``sections[2].fields[0].owner``) and what is wrong, because the person fixing a
broken definition is IT or a council officer, not us.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any

from pdr_desktop.checked_json import JsonLimitError, loads_checked, read_regular_file
from pdr_desktop.forms.model import (
    Cell,
    Column,
    Field,
    FieldRole,
    FieldType,
    FormDefinition,
    Group,
    LayoutItem,
    Role,
    Round,
    Section,
    TableLayout,
)

FORM_FORMAT = "pdr-desktop-form"
FORM_FORMAT_VERSION = 1
MAX_FORM_BYTES = 5 * 1024 * 1024


class FormDefinitionError(ValueError):
    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path, self.where, self.problem = Path(path), where, problem
        place = f" at {where}" if where else ""
        super().__init__(f"Form definition {self.path.name}{place}: {problem}")


class _Reader:
    """Walks the JSON with a breadcrumb so every error can say where it is."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> FormDefinitionError:
        return FormDefinitionError(self.path, where, problem)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, found {type(value).__name__}")
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, found {type(value).__name__}")
        return value

    def get(self, data: dict[str, Any], key: str, where: str, kind: type, default: Any = ...) -> Any:
        if key not in data:
            if default is ...:
                raise self.fail(where, f"missing required key {key!r}")
            return default
        value = data[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            raise self.fail(
                f"{where}.{key}" if where else key,
                f"expected {kind.__name__}, found {type(value).__name__}",
            )
        return value

    def enum(self, data: dict[str, Any], key: str, where: str, enum: type[Enum]) -> Any:
        raw = self.get(data, key, where, str)
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise self.fail(f"{where}.{key}", f"{raw!r} is not one of: {allowed}") from None


def load_form(path: Path | str) -> FormDefinition:
    path = Path(path)
    r = _Reader(path)
    try:
        data = loads_checked(read_regular_file(path, MAX_FORM_BYTES).decode("utf-8-sig"))
    except OSError as exc:
        raise r.fail("", f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise r.fail("", "is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise r.fail(f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg})") from exc
    except JsonLimitError as exc:
        raise r.fail("", str(exc)) from None
    try:
        return parse_form(data, path)
    except FormDefinitionError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        # A shape no check foresaw (a list where text belongs, …): still a named file and a reason.
        raise r.fail(
            "", f"its contents are not laid out as a form definition ({type(exc).__name__})"
        ) from exc


def parse_form(data: Any, path: Path | str = "<memory>") -> FormDefinition:
    r = _Reader(Path(path))
    data = r.obj(data, "")
    if data.get("format") != FORM_FORMAT:
        raise r.fail("format", f"expected {FORM_FORMAT!r}; this is not a PDR Desktop form definition")
    version = r.get(data, "format_version", "", int)
    if version > FORM_FORMAT_VERSION:
        raise r.fail(
            "format_version",
            f"version {version} is newer than this app understands "
            f"({FORM_FORMAT_VERSION}); update PDR Desktop",
        )
    rounds = tuple(
        _round(r, item, f"rounds[{i}]")
        for i, item in enumerate(r.lst(r.get(data, "rounds", "", list), "rounds"))
    )
    if not rounds:
        raise r.fail("rounds", "a form needs at least one review round")
    round_ids = {x.id for x in rounds}
    sections = tuple(
        _section(r, item, f"sections[{i}]", round_ids)
        for i, item in enumerate(r.get(data, "sections", "", list))
    )
    form = FormDefinition(
        id=r.get(data, "id", "", str),
        version=r.get(data, "version", "", str),
        title=r.get(data, "title", "", str),
        short_title=r.get(data, "short_title", "", str, "Performance Conversation"),
        organisation=r.get(data, "organisation", "", str, ""),
        source=r.get(data, "source", "", str, ""),
        intro=tuple(r.get(data, "intro", "", list, [])),
        approach_heading=r.get(data, "approach_heading", "", str, ""),
        send_days_before_meeting=r.get(data, "send_days_before_meeting", "", int, 7),
        rounds=rounds,
        sections=sections,
        model=r.get(data, "model", "", dict, {}),
        path=Path(path),
    )
    _check_references(r, form)
    return form


def _round(r: _Reader, data: Any, where: str) -> Round:
    data = r.obj(data, where)
    month = r.get(data, "starts_month", where, int)
    if not 1 <= month <= 12:
        raise r.fail(f"{where}.starts_month", f"{month} is not a month (1-12)")
    return Round(
        r.get(data, "id", where, str),
        r.get(data, "label", where, str),
        r.get(data, "period", where, str, ""),
        month,
    )


def _section(r: _Reader, data: Any, where: str, round_ids: set[str]) -> Section:
    data = r.obj(data, where)
    sid = r.get(data, "id", where, str)
    groups = tuple(
        _group(r, g, f"{where}.groups[{i}]") for i, g in enumerate(r.get(data, "groups", where, list, []))
    )
    group_ids = {g.id for g in groups}
    fields = tuple(
        _field(r, f, f"{where}.fields[{i}]", sid, group_ids, round_ids)
        for i, f in enumerate(r.get(data, "fields", where, list))
    )
    layout = tuple(
        _layout(r, item, f"{where}.layout[{i}]")
        for i, item in enumerate(r.get(data, "layout", where, list, []))
    )
    return Section(
        id=sid,
        title=r.get(data, "title", where, str),
        heading=r.get(data, "heading", where, str, ""),
        guidance=r.get(data, "guidance", where, str, ""),
        intro=tuple(r.get(data, "intro", where, list, [])),
        groups=groups,
        fields=fields,
        layout=layout,
    )


def _group(r: _Reader, data: Any, where: str) -> Group:
    data = r.obj(data, where)
    owner = r.enum(data, "owner", where, Role) if "owner" in data else None
    return Group(
        id=r.get(data, "id", where, str),
        label=r.get(data, "label", where, str),
        guidance=r.get(data, "guidance", where, str, ""),
        prompt=r.get(data, "prompt", where, str, ""),
        prompts=tuple(r.get(data, "prompts", where, list, [])),
        round=r.get(data, "round", where, str, None),
        owner=owner,
    )


def _field(
    r: _Reader, data: Any, where: str, section_id: str, group_ids: set[str], round_ids: set[str]
) -> Field:
    data = r.obj(data, where)
    ftype = r.enum(data, "type", where, FieldType)
    group = r.get(data, "group", where, str, None)
    if group is not None and group not in group_ids:
        raise r.fail(f"{where}.group", f"group {group!r} is not defined in this section")
    rnd = r.get(data, "round", where, str, None)
    if rnd is not None and rnd not in round_ids:
        raise r.fail(f"{where}.round", f"round {rnd!r} is not one of the form's rounds")
    columns: tuple[Column, ...] = ()
    if ftype is FieldType.ROWS:
        cols = []
        for i, raw in enumerate(r.get(data, "columns", where, list)):
            cw = f"{where}.columns[{i}]"
            raw = r.obj(raw, cw)
            cols.append(
                Column(
                    r.get(raw, "id", cw, str),
                    r.get(raw, "label", cw, str),
                    r.enum(raw, "type", cw, FieldType),
                    r.get(raw, "spellcheck", cw, bool, True),
                    r.get(raw, "title", cw, bool, False),
                )
            )
        columns = tuple(cols)
        if not columns:
            raise r.fail(f"{where}.columns", "a rows field needs at least one column")
    role = r.enum(data, "role", where, FieldRole) if "role" in data else None
    if role is not None and role.per_round and rnd is None:
        raise r.fail(f"{where}.role", f"the role {role.value!r} belongs to a field of one review round")
    return Field(
        id=r.get(data, "id", where, str),
        label=r.get(data, "label", where, str),
        type=ftype,
        owner=r.enum(data, "owner", where, Role),
        section_id=section_id,
        group=group,
        description=r.get(data, "description", where, str, ""),
        round=rnd,
        allow_comment=r.get(data, "allow_comment", where, bool, False),
        prefill=r.get(data, "prefill", where, str, None),
        columns=columns,
        min_rows=r.get(data, "min_rows", where, int, 0),
        required=r.get(data, "required", where, bool, True),
        spellcheck=r.get(data, "spellcheck", where, bool, True),
        role=role,
    )


def _layout(r: _Reader, data: Any, where: str) -> LayoutItem:
    data = r.obj(data, where)
    if "heading" in data:
        return LayoutItem(heading=r.get(data, "heading", where, str))
    if "paragraph" in data:
        return LayoutItem(paragraph=r.get(data, "paragraph", where, str))
    table = r.obj(r.get(data, "table", where, dict), f"{where}.table")
    tw = f"{where}.table"
    ncols = r.get(table, "columns", tw, int)
    rows = []
    for i, raw_row in enumerate(r.get(table, "rows", tw, list)):
        cells = []
        for j, raw in enumerate(r.lst(raw_row, f"{tw}.rows[{i}]")):
            cw = f"{tw}.rows[{i}][{j}]"
            raw = r.obj(raw, cw)
            cells.append(
                Cell(
                    text=r.get(raw, "text", cw, str, None),
                    field=r.get(raw, "field", cw, str, None),
                    part=r.get(raw, "part", cw, str, None),
                    span=r.get(raw, "span", cw, int, 1),
                    group=r.get(raw, "group", cw, str, None),
                )
            )
        width = sum(c.span for c in cells)
        if width != ncols:
            raise r.fail(f"{tw}.rows[{i}]", f"cells span {width} columns but the table has {ncols}")
        rows.append(tuple(cells))
    return LayoutItem(
        table=TableLayout(
            ncols, tuple(rows), r.get(table, "repeat", tw, str, None), r.get(table, "min_rows", tw, int, 0)
        )
    )


def _check_references(r: _Reader, form: FormDefinition) -> None:
    """Cross-checks a per-item schema cannot: unique ids, layout cells that name real fields."""
    seen: set[str] = set()
    for si, sec in enumerate(form.sections):
        for fi, fld in enumerate(sec.fields):
            if fld.id in seen:
                raise r.fail(f"sections[{si}].fields[{fi}].id", f"duplicate field id {fld.id!r}")
            seen.add(fld.id)
            if fld.prefill and fld.prefill not in [f.id for s in form.sections for f in s.fields]:
                raise r.fail(f"sections[{si}].fields[{fi}].prefill", f"unknown field {fld.prefill!r}")
    for si, sec in enumerate(form.sections):
        for li, item in enumerate(sec.layout):
            if item.table is None:
                continue
            refs = [c.field for row in item.table.rows for c in row if c.field]
            refs += [item.table.repeat] if item.table.repeat else []
            for ref in refs:
                if ref not in seen:
                    raise r.fail(f"sections[{si}].layout[{li}]", f"refers to unknown field {ref!r}")
    _check_roles(r, form)
    if len({s.id for s in form.sections}) != len(form.sections):
        raise r.fail("sections", "section ids must be unique")


def _check_roles(r: _Reader, form: FormDefinition) -> None:
    """A role names one field (one per round and owner for the per-round roles): code looks it up."""
    seen: dict[tuple[Any, ...], str] = {}
    for fld in form.fields.values():
        if fld.role is None:
            continue
        key = (fld.role, fld.round, fld.owner) if fld.role.per_round else (fld.role,)
        if key in seen:
            raise r.fail(
                f"fields[{fld.id!r}].role", f"the role {fld.role.value!r} is also given to {seen[key]!r}"
            )
        seen[key] = fld.id
