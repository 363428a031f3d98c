"""Sign-off: a typed name and date, plus a fingerprint of what was signed.

The fingerprint is SHA-256 over the canonical JSON of every answer except the
signature blocks themselves (so the manager signing does not "change" what the
practitioner signed). A snapshot of the signed answers is kept beside it, so
the app can say *what* changed, not only *that* something did.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from pdr_desktop.dates import to_display
from pdr_desktop.drafts.model import Draft, utc_now
from pdr_desktop.forms.model import FieldType, FormDefinition, Role
from pdr_desktop.review.completeness import field_path


def signed_content(form: FormDefinition, draft: Draft) -> dict[str, Any]:
    """The answers a signature covers, with empty values normalised away."""
    out: dict[str, Any] = {}
    for fid, fld in form.fields.items():
        if fld.type is FieldType.SIGNATURE:
            continue
        value = draft.get(fld)
        if value not in ("", [], {"answer": "", "comment": ""}):
            out[fid] = value
    return out


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(content: dict[str, Any]) -> str:
    # surrogatepass: a lone surrogate in an answer (a draft may hold one) must not stop signing;
    # text without one hashes exactly as plain UTF-8.
    return hashlib.sha256(canonical_json(content).encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(form: FormDefinition, draft: Draft) -> str:
    return _digest(signed_content(form, draft))


def signature_field(form: FormDefinition, role: Role):
    return next(f for f in form.fields.values() if f.type is FieldType.SIGNATURE and f.owner is role)


def sign(form: FormDefinition, draft: Draft, role: Role, name: str, date: str) -> str:
    """Record a signature; returns the fingerprint."""
    if not name.strip() or not date.strip():
        raise ValueError("A signature needs a typed name and a date.")
    draft.set(signature_field(form, role), {"name": name.strip(), "date": date.strip()})
    content = signed_content(form, draft)
    digest = _digest(content)
    draft.signatures[role.value] = {
        "name": name.strip(),
        "date": date.strip(),
        "fingerprint": digest,
        "signed_at": utc_now(),
        "snapshot": content,
    }
    return digest


def unsign(draft: Draft, role: Role) -> None:
    draft.signatures.pop(role.value, None)


@dataclass(frozen=True)
class SignatureStatus:
    role: Role
    signed: bool  # a fingerprinted signature exists
    valid: bool  # the content still matches it
    fingerprint: str = ""
    name: str = ""
    date: str = ""
    changed_fields: list[str] = field(default_factory=list)


def signature_status(form: FormDefinition, draft: Draft, role: Role) -> SignatureStatus:
    record = draft.signatures.get(role.value)
    if not record or not record.get("fingerprint"):
        return SignatureStatus(role, signed=False, valid=False)
    current = signed_content(form, draft)
    digest = _digest(current)
    snapshot = record.get("snapshot") or {}
    changed = sorted(k for k in set(snapshot) | set(current) if snapshot.get(k) != current.get(k))
    return SignatureStatus(
        role,
        signed=True,
        valid=digest == record["fingerprint"],
        fingerprint=record["fingerprint"],
        name=record.get("name", ""),
        date=record.get("date", ""),
        changed_fields=changed,
    )


def changed_places(form: FormDefinition, status: SignatureStatus) -> list[str]:
    """The changed fields of a signature as people read them, in form order."""
    known = [f for f in form.fields if f in status.changed_fields]
    unknown = [f for f in status.changed_fields if f not in form.fields]
    return [field_path(form, form.field(f)) for f in known] + unknown


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
    """One line per signed role ("  Practitioner: Changed since signed … : what"), for the CLI."""
    lines = []
    for role in Role:
        status = signature_status(form, draft, role)
        if status.signed:
            lines.append(f"  {role.label}'s signature: {status_text(form, status)}")
    return lines
