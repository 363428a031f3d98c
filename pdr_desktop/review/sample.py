"""A fully filled, realistic draft: for demos, screenshots, benchmarks and tests.

It lives in review, not drafts, because a finished year is signed (review.signing).

Every field is answered, there are seven objectives, and the names are not
ASCII, because those are the cases that break exports. The prose lives in
resources/samples/<form id>.json, one distinct answer per field, keyed by that form's field ids;
what every form has (who it is about, the period, round comments) is found by the fields' roles.
"""

from __future__ import annotations

import json
from typing import Any

from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.forms.model import Field, FieldRole, FieldType, FormDefinition, Role
from pdr_desktop.resources import resource_path
from pdr_desktop.review.signing import sign

PRACTITIONER = "Siobhán Ó Dálaigh"
MANAGER = "Tomáš Dąbrowski"

_OBJECTIVES = [
    (
        "Complete the Motivational Interviewing course and use it in direct work with parents",
        "Book onto the spring cohort; bring two case examples to supervision",
        "March 2026",
        "Me, with Tomáš Dąbrowski",
    ),
    (
        "Improve the timeliness of my case recording so that every visit is written up within 3 working days",
        "Block out Friday mornings for recording; weekly self-audit",
        "Ongoing",
        "Me",
    ),
    (
        "Lead a restorative family group conference from start to finish",
        "Shadow Zoë at two conferences, then co-facilitate",
        "June 2026",
        "Me and Zoë Clarke (FGC co-ordinator)",
    ),
    (
        "Use genograms and sociograms in every new assessment",
        "Refresh training; add to my assessment checklist",
        "December 2025",
        "Me",
    ),
    (
        "Build my knowledge of exploitation and contextual safeguarding",
        "Attend the thematic workshop; read the Research in Practice briefing",
        "April 2026",
        "Me, Łukasz Nowak (exploitation lead)",
    ),
    (
        "Support a newly qualified colleague as a peer mentor",
        "Monthly peer sessions",
        "August 2026",
        "Me and the ASYE co-ordinator",
    ),
    (
        "Complete the Wellbeing Action plan and review it at each supervision",
        "Draft plan before the initial conversation",
        "October 2025",
        "Me and Tomáš Dąbrowski",
    ),
]


# Any long answer the form's sample file does not cover (or a form without one).
FALLBACK = (
    "I have used this in my work with families this year, for example by explaining our "
    "involvement with a simple visual plan and checking the family's understanding at each visit. "
    "I reflected on this in supervision and will keep building on it."
)
# Dates of the year, by round in the form's order (a form with more rounds repeats the last).
ROUND_DATES = ("2025-10-01", "2026-03-25", "2026-07-20")
MEETING_DATES = ("2025-10-08", "2026-04-01", "2026-07-22")
DETAILS: dict[FieldRole, str] = {
    FieldRole.SUBJECT_NAME: PRACTITIONER,
    FieldRole.SUBJECT_POSITION: "Early Help Practitioner",
    FieldRole.UPDATED_ON: "2026-07-15",
    FieldRole.PERIOD: "September 2025 to August 2026",
}
POSITIONS = {Role.PRACTITIONER: "Early Help Practitioner", Role.MANAGER: "Team Manager, Early Help"}
NAMES = {Role.PRACTITIONER: PRACTITIONER, Role.MANAGER: MANAGER}


def sample_texts(form: FormDefinition) -> dict[str, Any]:
    """The form's sample prose (resources/samples/<form id>.json), keyed by its field ids, or {}."""
    try:
        path = resource_path("resources", "samples", f"{form.id}.json")
    except FileNotFoundError:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _by_round(form: FormDefinition, round_id: str | None, values: tuple[str, ...]) -> str:
    index = form.round_ids().index(round_id) if round_id in form.round_ids() else len(values) - 1
    return values[min(index, len(values) - 1)]


def _long(form: FormDefinition, fld: Field, texts: dict[str, Any]) -> str:
    """The sample answer for a long text field: its own paragraph, in the right person's voice."""
    if fld.id in texts.get("long_answers", {}):
        return str(texts["long_answers"][fld.id])
    by_round = texts.get("round_comments", {}).get(fld.owner.value, {})
    if fld.role is FieldRole.ROUND_COMMENT and by_round:
        last = by_round.get(form.round_ids()[-1]) or next(iter(by_round.values()))
        return str(by_round.get(fld.round, last))
    return FALLBACK


def build_sample(form: FormDefinition) -> Draft:
    draft = Draft.new(form)
    texts = sample_texts(form)
    values: dict[str, Any] = {}
    for fld in form.fields.values():
        if fld.role in DETAILS:
            values[fld.id] = DETAILS[fld.role]
        elif fld.type is FieldType.LONGTEXT:
            values[fld.id] = _long(form, fld, texts)
        elif fld.type is FieldType.YESNO:
            values[fld.id] = {"answer": "yes", "comment": texts.get("yes_no_comments", {}).get(fld.id, "")}
        elif fld.type is FieldType.SIGNATURE:
            values[fld.id] = {"name": NAMES[fld.owner], "date": ROUND_DATES[-1]}
        elif fld.type is FieldType.ROWS:
            values[fld.id] = _objective_rows(form, fld)
        elif fld.role is FieldRole.ROUND_NAME:
            values[fld.id] = NAMES[fld.owner]
        elif fld.role is FieldRole.ROUND_POSITION:
            values[fld.id] = POSITIONS[fld.owner]
        elif fld.type is FieldType.DATE:
            values[fld.id] = _by_round(form, fld.round, ROUND_DATES) if fld.round else "2026-07-15"
        else:
            values[fld.id] = "Ongoing"
    for key, value in values.items():
        draft.answers[key] = value
    draft.review.current_round = form.round_ids()[-1]
    draft.review.completed_rounds = form.round_ids()[:-1]
    draft.review.meetings = {r: _by_round(form, r, MEETING_DATES) for r in form.round_ids()}
    _sign_both(form, draft)
    return draft


def _sign_both(form: FormDefinition, draft: Draft) -> None:
    """A finished year is signed by both, with fingerprints, as a real one would be."""
    for role, name in ((Role.PRACTITIONER, PRACTITIONER), (Role.MANAGER, MANAGER)):
        sign(form, draft, role, name, "2026-07-20")
        draft.signatures[role.value]["signed_at"] = "2026-07-20T15:30:00Z"  # same sample every run


def _objective_rows(form: FormDefinition, fld: Field) -> list[dict[str, Any]]:
    rows = []
    review_rounds = form.round_ids()[1:]
    notes = {  # what a manager might write at each review, so exports read like the real thing
        0: "Good start; keep going with the plan agreed at the initial conversation.",
        1: "Clear progress seen in supervision and case audits.",
    }
    for index, (objective, steps, when, whom) in enumerate(_OBJECTIVES):
        row = empty_row(fld)
        # The sample's four parts fill the form's columns in order (a form with fewer drops some).
        row.update(
            {col.id: text for col, text in zip(fld.columns, (objective, steps, when, whom), strict=False)}
        )
        row["progress"] = {
            rnd: {"scale": min(10, 3 + index + 3 * i), "note": notes.get(i, "")}
            for i, rnd in enumerate(review_rounds)
        }
        row["achieved"] = index % 2 == 0
        rows.append(row)
    return rows
