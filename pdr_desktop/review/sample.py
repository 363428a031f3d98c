"""A fully filled, realistic draft: for demos, screenshots, benchmarks and tests.

It lives in review, not drafts, because a finished year is signed (review.signing).

Every field is answered, there are seven objectives, and the names are not
ASCII, because those are the cases that break exports. The prose lives in
review.sample_texts, one distinct answer per field.
"""

from __future__ import annotations

from typing import Any

from pdr_desktop.drafts.model import Draft, empty_row
from pdr_desktop.forms.model import FieldType, FormDefinition, Role
from pdr_desktop.review import sample_texts
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


def _long(fld: Any) -> str:
    """The sample answer for a long text field: its own paragraph, in the right person's voice."""
    if fld.id in sample_texts.SELF_ASSESSMENTS:
        return sample_texts.SELF_ASSESSMENTS[fld.id]
    if fld.id in sample_texts.LEARNING:
        return sample_texts.LEARNING[fld.id]
    if fld.round and fld.id.endswith(".comment"):
        return sample_texts.COMMENTS[fld.owner.value].get(
            fld.round, sample_texts.COMMENTS[fld.owner.value]["final"]
        )
    return sample_texts.FALLBACK  # a field of some other form


def build_sample(form: FormDefinition) -> Draft:
    draft = Draft.new(form)
    values: dict[str, Any] = {
        "details.name": PRACTITIONER,
        "details.position": "Early Help Practitioner",
        "details.date_updated": "2026-07-15",
        "details.period_covered": "September 2025 to August 2026",
    }
    for fld in form.fields.values():
        if fld.id in values:
            continue
        if fld.type is FieldType.LONGTEXT:
            values[fld.id] = _long(fld)
        elif fld.type is FieldType.YESNO:
            values[fld.id] = {"answer": "yes", "comment": sample_texts.MANAGER_COMMENTS.get(fld.id, "")}
        elif fld.type is FieldType.SIGNATURE:
            name = PRACTITIONER if fld.owner.value == "practitioner" else MANAGER
            values[fld.id] = {"name": name, "date": "2026-07-20"}
        elif fld.type is FieldType.ROWS:
            values[fld.id] = _objective_rows(form, fld)
        elif fld.id.endswith(".name"):
            values[fld.id] = PRACTITIONER if fld.owner.value == "practitioner" else MANAGER
        elif fld.id.endswith(".position"):
            values[fld.id] = (
                "Early Help Practitioner" if fld.owner.value == "practitioner" else "Team Manager, Early Help"
            )
        elif fld.type is FieldType.DATE:
            values[fld.id] = {"initial": "2025-10-01", "six_month": "2026-03-25", "final": "2026-07-20"}.get(
                fld.round or "", "2026-07-15"
            )
        else:
            values[fld.id] = "Ongoing"
    for key, value in values.items():
        draft.answers[key] = value
    draft.review.current_round = form.round_ids()[-1]
    draft.review.completed_rounds = form.round_ids()[:-1]
    draft.review.meetings = {"initial": "2025-10-08", "six_month": "2026-04-01", "final": "2026-07-22"}
    _sign_both(form, draft)
    return draft


def _sign_both(form: FormDefinition, draft: Draft) -> None:
    """A finished year is signed by both, with fingerprints, as a real one would be."""
    for role, name in ((Role.PRACTITIONER, PRACTITIONER), (Role.MANAGER, MANAGER)):
        sign(form, draft, role, name, "2026-07-20")
        draft.signatures[role.value]["signed_at"] = "2026-07-20T15:30:00Z"  # same sample every run


def _objective_rows(form: FormDefinition, fld: Any) -> list[dict[str, Any]]:
    rows = []
    review_rounds = form.round_ids()[1:]
    notes = {  # what a manager might write at each review, so exports read like the real thing
        0: "Good start; keep going with the plan agreed at the initial conversation.",
        1: "Clear progress seen in supervision and case audits.",
    }
    for index, (objective, steps, when, whom) in enumerate(_OBJECTIVES):
        row = empty_row(fld)
        row.update({"objective": objective, "next_steps": steps, "by_when": when, "by_whom": whom})
        row["progress"] = {
            rnd: {"scale": min(10, 3 + index + 3 * i), "note": notes.get(i, "")}
            for i, rnd in enumerate(review_rounds)
        }
        row["achieved"] = index % 2 == 0
        rows.append(row)
    return rows
