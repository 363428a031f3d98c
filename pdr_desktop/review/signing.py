"""Sign-off: a typed name and date, plus a fingerprint of what was signed.

A signature covers what the signer wrote or saw when signing: every one of their own fields,
and every field that was not empty at that moment (DESIGN.md §8). It is disturbed only when
one of those changes. The other person filling in their own, still-empty boxes afterwards
(the manager's assessment after the practitioner signed) is not a change to what was signed:
it is reported calmly as "added after you signed".

The record keeps the fingerprint (SHA-256 over the canonical JSON of the covered, non-empty
answers: the signature blocks themselves are never part of it), the list of covered fields,
and a snapshot of the signed answers, so the app can say *what* changed, not only *that*
something did. This is an integrity check that the answers are as they were, not a
cryptographic signature: anyone who can edit the file could re-sign it.

Records written before "covers" existed still verify: their snapshot is exactly the non-empty
answers at signing, so when it hashes to the recorded fingerprint the covered fields are its
keys plus the signer's own fields. A record whose snapshot does not match its fingerprint (or
has none) is read the old way: the whole form against the fingerprint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pdr_desktop.dates import to_display
from pdr_desktop.drafts.model import Draft, utc_now
from pdr_desktop.forms.model import Field, FieldType, FormDefinition, Role
from pdr_desktop.review.completeness import field_path

_EMPTY: tuple[Any, ...] = ("", [], {"answer": "", "comment": ""}, None)


def _signable(form: FormDefinition) -> dict[str, Field]:
    return {fid: f for fid, f in form.fields.items() if f.type is not FieldType.SIGNATURE}


def signed_content(form: FormDefinition, draft: Draft) -> dict[str, Any]:
    """Every non-empty answer a signature could cover (all but the signature blocks)."""
    out: dict[str, Any] = {}
    for fid, fld in _signable(form).items():
        value = draft.get(fld)
        if value not in _EMPTY:
            out[fid] = value
    return out


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(content: dict[str, Any]) -> str:
    import hashlib  # OpenSSL's hashes load in 4-5 ms: a start page listing unsigned drafts needs none

    # surrogatepass: a lone surrogate in an answer (a draft may hold one) must not stop signing;
    # text without one hashes exactly as plain UTF-8.
    return hashlib.sha256(canonical_json(content).encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(form: FormDefinition, draft: Draft) -> str:
    """The fingerprint a signature made now would record."""
    return _digest(signed_content(form, draft))


def signature_field(form: FormDefinition, role: Role) -> Field:
    return next(f for f in form.fields.values() if f.type is FieldType.SIGNATURE and f.owner is role)


def own_fields(form: FormDefinition, role: Role) -> list[str]:
    return [fid for fid, f in _signable(form).items() if f.owner is role]


def sign(form: FormDefinition, draft: Draft, role: Role, name: str, date: str) -> str:
    """Record a signature; returns the fingerprint."""
    if not name.strip() or not date.strip():
        raise ValueError("A signature needs a typed name and a date.")
    draft.set(signature_field(form, role), {"name": name.strip(), "date": date.strip()})
    content = signed_content(form, draft)
    covers = sorted(set(content) | set(own_fields(form, role)))
    digest = _digest(content)
    draft.signatures[role.value] = {
        "name": name.strip(),
        "date": date.strip(),
        "fingerprint": digest,
        "signed_at": utc_now(),
        "snapshot": content,
        "covers": covers,
    }
    return digest


def unsign(draft: Draft, role: Role) -> None:
    draft.signatures.pop(role.value, None)


@dataclass(frozen=True)
class SignatureStatus:
    role: Role
    signed: bool  # a fingerprinted signature exists
    valid: bool  # what it covers is as it was signed
    fingerprint: str = ""
    name: str = ""
    date: str = ""
    changed_fields: list[str] = field(default_factory=list)  # covered, and now different
    added_fields: list[str] = field(default_factory=list)  # empty when signed, answered since


def _answers_now(form: FormDefinition, draft: Draft, also: set[str]) -> dict[str, Any]:
    """Every non-empty answer now, for the form's fields and *also* (fields a record covers that
    the form no longer has). Read, not copied: only compared and hashed, on every keystroke."""
    out: dict[str, Any] = {}
    for fid in (*_signable(form), *sorted(also - set(form.fields))):
        value = draft.answers.get(fid)
        if value not in _EMPTY:
            out[fid] = value
    return out


def _covers(form: FormDefinition, record: dict[str, Any], role: Role) -> list[str] | None:
    """The fields a record covers, or None for a record that can only be read the old way."""
    covers = record.get("covers")
    if isinstance(covers, list) and all(isinstance(c, str) for c in covers):
        return covers
    snapshot = record.get("snapshot")
    if isinstance(snapshot, dict) and snapshot and _digest(snapshot) == record.get("fingerprint"):
        return sorted(set(snapshot) | set(own_fields(form, role)))
    return None


def signature_status(form: FormDefinition, draft: Draft, role: Role) -> SignatureStatus:
    record = draft.signatures.get(role.value)
    if not record or not record.get("fingerprint"):
        return SignatureStatus(role, signed=False, valid=False)
    snapshot = record.get("snapshot") or {}
    covers = _covers(form, record, role)
    if covers is None:  # the old way: the whole form as it is now against the fingerprint
        current = signed_content(form, draft)
        valid = _digest(current) == record["fingerprint"]
        # The snapshot can only say what changed when something did (it may be missing or wrong).
        keys = {*snapshot, *current}
        changed = [] if valid else sorted(k for k in keys if snapshot.get(k) != current.get(k))
        added: list[str] = []
    else:
        covered = set(covers)
        answers = _answers_now(form, draft, covered)
        changed = sorted(f for f in covered if snapshot.get(f) != answers.get(f))
        # The covered answers as they are now hash to the recorded fingerprint exactly when
        # nothing covered changed; comparing with the snapshot also says which ones did.
        now = {f: v for f, v in answers.items() if f in covered}
        valid = not changed and _digest(now) == record["fingerprint"]
        added = [f for f in _signable(form) if f not in covered and f in answers]
    return SignatureStatus(
        role,
        signed=True,
        valid=valid,
        fingerprint=record["fingerprint"],
        name=record.get("name", ""),
        date=record.get("date", ""),
        changed_fields=changed,
        added_fields=added,
    )


def _places(form: FormDefinition, field_ids: list[str]) -> list[str]:
    known = [f for f in form.fields if f in field_ids]
    unknown = [f for f in field_ids if f not in form.fields]
    return [field_path(form, form.field(f)) for f in known] + unknown


def changed_places(form: FormDefinition, status: SignatureStatus) -> list[str]:
    """The changed fields of a signature as people read them, in form order."""
    return _places(form, status.changed_fields)


def added_summary(form: FormDefinition, status: SignatureStatus) -> list[str]:
    """What the other person answered after this signature, one short line per section:
    "Practice Standards (10 answers)", not sixteen field paths."""
    counts: dict[str, int] = {}
    for fid in status.added_fields:
        title = form.section(form.field(fid).section_id).title
        counts[title] = counts.get(title, 0) + 1
    return [f"{title} ({n} answer{'s' if n != 1 else ''})" for title, n in counts.items()]


def added_by(status: SignatureStatus) -> Role:
    """Who can have answered after this signature: the other person (the signer's own fields
    are always covered)."""
    return status.role.other


def status_text(form: FormDefinition, status: SignatureStatus) -> str:
    """One line for the UI and the CLI (the exports print signing.changed_places themselves)."""
    if not status.signed:
        return "Not signed"
    short = status.fingerprint[:12]
    day = to_display(status.date)  # 15/07/2026, as every other date the person reads
    if status.valid:
        return f"Signed by {status.name} on {day} – fingerprint {short}…"
    places = changed_places(form, status)
    what = f": {'; '.join(places)}" if places else ""
    return f"Changed since signed by {status.name} on {day} (fingerprint {short}…){what}"


def signature_lines_for_cli(form: FormDefinition, draft: Draft) -> list[str]:
    """One line per signed role ("  Practitioner's signature: Changed since signed … : what"), and
    a calm note of what the other person added after it, for the CLI."""
    lines = []
    for role in Role:
        status = signature_status(form, draft, role)
        if not status.signed:
            continue
        lines.append(f"  {role.label}'s signature: {status_text(form, status)}")
        added = added_summary(form, status)
        if added:
            who = added_by(status).label.lower()
            lines.append(f"    Added by the {who} after this signature: {', '.join(added)}")
    return lines


class Signatures(str, Enum):
    """Who has signed, in one word: the team view, the received list and the exports all say it."""

    NONE = "Not signed"
    PRACTITIONER = "Practitioner signed"
    MANAGER = "Manager signed"
    BOTH = "Both signed"
    CHANGED = "Changed since signed"


def signature_summary(form: FormDefinition, draft: Draft) -> tuple[Signatures, str]:
    """Who signed, and for a signature that no longer holds, what changed since (one line each)."""
    practitioner = signature_status(form, draft, Role.PRACTITIONER)
    manager = signature_status(form, draft, Role.MANAGER)
    broken = [s for s in (practitioner, manager) if s.signed and not s.valid]
    if broken:
        notes = []
        for status in broken:
            places = changed_places(form, status)
            where = f": {'; '.join(places)}" if places else ""
            notes.append(f"{status.role.label}'s signature ({status.name}, {status.date}){where}")
        return Signatures.CHANGED, "\n".join(notes)
    if practitioner.signed and manager.signed:
        return Signatures.BOTH, ""
    if practitioner.signed:
        return Signatures.PRACTITIONER, ""
    if manager.signed:
        return Signatures.MANAGER, ""
    return Signatures.NONE, ""


__all__ = [
    "SignatureStatus",
    "Signatures",
    "added_by",
    "added_summary",
    "canonical_json",
    "changed_places",
    "fingerprint",
    "own_fields",
    "sign",
    "signature_field",
    "signature_lines_for_cli",
    "signature_status",
    "signature_summary",
    "signed_content",
    "status_text",
    "unsign",
]
