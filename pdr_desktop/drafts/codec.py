"""Draft ⇄ JSON: the ``.pdr`` file format (see docs/draft-format.md).

Parsing is strict about shape and types, because a half-understood draft that
we then save back would silently lose someone's words.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pdr_desktop.checked_json import JsonLimitError, loads_checked
from pdr_desktop.drafts.json_text import dumps_indented
from pdr_desktop.drafts.migrations import migrate
from pdr_desktop.drafts.model import DRAFT_FORMAT, SCHEMA_VERSION, Draft, ReviewState
from pdr_desktop.forms.model import Field, FieldType, FormDefinition
from pdr_desktop.forms.registry import FormRegistry


class DraftFormatError(ValueError):
    """The JSON is not a draft we can use; the message is the human reason."""


def draft_to_json(draft: Draft) -> dict[str, Any]:
    return {
        "format": DRAFT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "form": {"id": draft.form_id, "version": draft.form_version},
        "draft_id": draft.draft_id,
        "created": draft.created,
        "updated": draft.updated,
        "app_version": draft.app_version,
        "role": draft.role,
        "answers": draft.answers,
        "signatures": draft.signatures,
        "review": draft.review.to_json(),
        "meta": draft.meta,
    }


# A lone UTF-16 surrogate (JSON allows the escape \ud800, so a file may hold one) cannot be
# written as UTF-8, so a draft holding one could be opened but never saved again.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(draft: Draft) -> str:
    # ensure_ascii=False keeps names readable if someone opens the file in Notepad.
    text = dumps_indented(draft_to_json(draft)) + "\n"  # json.dumps(…, ensure_ascii=False, indent=2)
    # Surrogates only occur inside JSON strings, where the \uXXXX escape reads back as the same
    # character: the text is kept exactly and the file is always valid UTF-8.
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def loads(text: str, registry: FormRegistry) -> Draft:
    try:
        data = loads_checked(text)  # limits: nesting, number length, NaN, duplicate names
    except JsonLimitError as exc:
        raise DraftFormatError(str(exc)) from None
    except json.JSONDecodeError as exc:
        stripped = text.strip()
        # A draft is one JSON object: one that opens but never closes was cut off.
        if stripped.startswith("{") and not stripped.endswith("}"):
            raise DraftFormatError(
                "the file ends part-way through (it may have been cut off while copying or saving)"
            ) from exc
        if not stripped:
            raise DraftFormatError("it is empty (only blank space)") from exc
        # The plain words first; the parser's position after them, for whoever looks into it.
        raise DraftFormatError(
            f"it is not a PDR Desktop draft (it is not valid JSON: line {exc.lineno}, column {exc.colno})"
        ) from exc
    return from_json(data, registry)


def from_json(data: Any, registry: FormRegistry) -> Draft:
    if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
        raise DraftFormatError("it is not a PDR Desktop draft (no draft format marker)")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftFormatError("its schema_version is missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise DraftFormatError(
            f"it was saved by a newer version of PDR Desktop (draft schema "
            f"{version}; this version reads up to {SCHEMA_VERSION}). "
            "Update PDR Desktop to open it; the file has not been changed"
        )
    data = migrate(data, version, SCHEMA_VERSION, registry)

    form_ref = _expect(data, "form", dict)
    form_id = _expect(form_ref, "id", str, "form.id")
    if form_id not in registry:
        raise DraftFormatError(
            f"it was made with the form “{form_id}”, which is not installed here (it is for another form)"
        )
    form = registry.get(form_id)
    review = _expect(data, "review", dict)
    draft = Draft(
        form_id=form_id,
        form_version=_expect(form_ref, "version", str, "form.version"),
        draft_id=_expect(data, "draft_id", str),
        created=_expect(data, "created", str),
        updated=_expect(data, "updated", str),
        app_version=_expect(data, "app_version", str),
        role=_expect(data, "role", str),
        answers=_answers(_expect(data, "answers", dict), form),
        signatures=_signatures(_expect(data, "signatures", dict)),
        review=ReviewState(
            current_round=_expect(review, "current_round", str, "review.current_round"),
            meetings=_str_dict(_expect(review, "meetings", dict, "review.meetings"), "review.meetings"),
            completed_rounds=_str_list(
                _expect(review, "completed_rounds", list, "review.completed_rounds"),
                "review.completed_rounds",
            ),
        ),
        meta=_expect(data, "meta", dict),
    )
    if draft.review.current_round not in form.round_ids():
        raise DraftFormatError(
            f"review.current_round {draft.review.current_round!r} is not a round of the form {form_id}"
        )
    return draft


_JSON_TYPE_NAMES = {dict: "an object", list: "a list", str: "text", int: "a number", bool: "true/false"}


def _expect(data: dict[str, Any], key: str, kind: type, where: str | None = None) -> Any:
    where = where or key
    if key not in data:
        raise DraftFormatError(f"the entry “{where}” is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DraftFormatError(
            f"the entry “{where}” should be {_JSON_TYPE_NAMES[kind]}, not {_describe(value)}"
        )
    return value


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    for kind, name in _JSON_TYPE_NAMES.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _str_dict(value: dict[str, Any], where: str) -> dict[str, str]:
    for key, item in value.items():
        if not isinstance(item, str):
            raise DraftFormatError(f"the entry “{where}.{key}” should be text, not {_describe(item)}")
    return value


def _str_list(value: list[Any], where: str) -> list[str]:
    if not all(isinstance(item, str) for item in value):
        raise DraftFormatError(f"the entry “{where}” should be a list of text")
    return value


def _answers(answers: dict[str, Any], form: FormDefinition) -> dict[str, Any]:
    """Check each known answer's type. Unknown ids (a newer form version) are kept, not dropped."""
    for key, value in answers.items():
        fld = form.fields.get(key)
        if fld is not None:
            _check_value(fld, value, f"answers.{key}")
    return answers


def _check_value(fld: Field, value: Any, where: str) -> None:
    def need(ok: bool, what: str) -> None:
        if not ok:
            raise DraftFormatError(
                f"the answer “{where}” ({fld.label}) should be {what}, not {_describe(value)}"
            )

    if fld.type is FieldType.YESNO:
        need(
            isinstance(value, dict)
            and value.get("answer", "") in ("", "yes", "no")
            and isinstance(value.get("comment", ""), str),
            'an object {"answer": "yes"|"no"|"", "comment": text}',
        )
    elif fld.type is FieldType.SIGNATURE:
        need(
            isinstance(value, dict) and all(isinstance(value.get(k, ""), str) for k in ("name", "date")),
            'an object {"name": text, "date": text}',
        )
    elif fld.type is FieldType.ROWS:
        need(isinstance(value, list) and all(isinstance(row, dict) for row in value), "a list of rows")
        for index, row in enumerate(value):
            for col in fld.columns:
                if not isinstance(row.get(col.id, ""), str):
                    raise DraftFormatError(
                        f"the answer “{where}[{index}].{col.id}” should be text, "
                        f"not {_describe(row.get(col.id))}"
                    )
            _check_row_state(row, f"{where}[{index}]")
    else:
        need(isinstance(value, str), "text")


def _check_row_state(row: dict[str, Any], where: str) -> None:
    """An objective's achieved mark, origin and progress: the exports and the review read them."""

    def wrong(key: str, what: str, value: Any) -> DraftFormatError:
        return DraftFormatError(f"the entry “{where}.{key}” should be {what}, not {_describe(value)}")

    if not isinstance(row.get("achieved", False), bool):
        raise wrong("achieved", "true/false", row.get("achieved"))
    if not isinstance(row.get("carried_from", ""), str):
        raise wrong("carried_from", "text", row.get("carried_from"))
    progress = row.get("progress", {})
    if not isinstance(progress, dict):
        raise wrong("progress", "an object", progress)
    for round_id, entry in progress.items():
        if not isinstance(entry, dict):
            raise wrong(f"progress.{round_id}", 'an object {"scale": number or null, "note": text}', entry)
        scale, note = entry.get("scale"), entry.get("note", "")
        if scale is not None and (not isinstance(scale, int) or isinstance(scale, bool)):
            raise wrong(f"progress.{round_id}.scale", "a whole number or null", scale)
        if not isinstance(note, str):
            raise wrong(f"progress.{round_id}.note", "text", note)


def _signatures(value: dict[str, Any]) -> dict[str, Any]:
    """Each sign-off record: a typed name and date, the fingerprint and what was signed."""
    for role, record in value.items():
        where = f"signatures.{role}"
        if not isinstance(record, dict):
            raise DraftFormatError(f"the entry “{where}” should be an object, not {_describe(record)}")
        for key in ("name", "date", "fingerprint", "signed_at"):
            if not isinstance(record.get(key, ""), str):
                raise DraftFormatError(
                    f"the entry “{where}.{key}” should be text, not {_describe(record.get(key))}"
                )
        if not isinstance(record.get("snapshot", {}), dict):
            raise DraftFormatError(
                f"the entry “{where}.snapshot” should be an object, not {_describe(record.get('snapshot'))}"
            )
    return value
