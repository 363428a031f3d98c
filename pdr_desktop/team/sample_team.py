"""A realistic team of eleven for demos, screenshots, benchmarks and tests.

Each practitioner starts as `review.sample.build_sample` (every field answered) and is then
edited the way a real year goes: people at different rounds, meetings past and future, parts
not sent yet, the manager's part still to do, signatures in every state, different objectives
and progress scores, and their own learning needs. Dates are relative to `today`, so the team
means the same on any (pinned) day. Field ids are never named: the form definition says which
fields belong to which person and round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pdr_desktop.drafts.model import Draft, empty_value
from pdr_desktop.drafts.store import write_draft
from pdr_desktop.forms.model import FieldRole, FieldType, FormDefinition, Role
from pdr_desktop.review import signing
from pdr_desktop.review.sample import build_sample
from pdr_desktop.team.learning import learning_rows


@dataclass(frozen=True)
class Person:
    name: str
    position: str
    round_index: int  # 0 initial, 1 six-month, 2 final
    meeting_in_days: int | None  # the current round's meeting, from today; None: not booked
    practitioner_done: bool  # their part of the current round is all there
    manager_left: str  # "all", "some" or "none" of the manager's part still to do
    signatures: str = "none"  # none / practitioner / both / changed
    objectives: int = 5
    scores: tuple[int, ...] = ()  # latest scores, one per objective (missing ones unscaled)
    achieved: int = 0
    learning: int = 0  # which set of learning answers (see LEARNING)
    year_done: bool = False


TEAM: tuple[Person, ...] = (
    Person(
        "Siobhán Ó Dálaigh",
        "Early Help Practitioner",
        1,
        -6,
        True,
        "all",
        objectives=7,
        scores=(6, 7, 5, 8, 4, 6, 7),
        achieved=1,
        learning=0,
    ),
    Person(
        "Bartosz Zieliński",
        "Personal Advisor",
        1,
        -4,
        False,
        "all",
        objectives=5,
        scores=(3, 4, 2),
        learning=1,
    ),
    Person(
        "Aisha Rahman",
        "Senior Early Help Practitioner",
        1,
        -10,
        True,
        "none",
        objectives=6,
        scores=(8, 9, 7, 10, 8, 9),
        achieved=2,
        learning=2,
    ),
    Person("Kwame Mensah", "Family Support Worker", 0, None, False, "all", objectives=4, learning=3),
    Person(
        "Chloé Martin",
        "Personal Advisor",
        2,
        -30,
        True,
        "none",
        "both",
        objectives=5,
        scores=(10, 9, 10, 8, 10),
        achieved=4,
        learning=4,
        year_done=True,
    ),
    Person(
        "Priya Natarajan",
        "Early Help Practitioner",
        1,
        -2,
        True,
        "none",
        "changed",
        objectives=5,
        scores=(7, 6, 8, 7, 5),
        achieved=1,
        learning=5,
    ),
    Person("Tom Hughes", "Youth Support Worker", 1, 3, False, "all", objectives=3, scores=(2, 3), learning=6),
    Person(
        "Zoë Clarke",
        "Family Group Conference Co-ordinator",
        1,
        22,
        True,
        "some",
        objectives=5,
        scores=(9, 8, 9, 7, 8),
        achieved=2,
        learning=7,
    ),
    Person(
        "Łukasz Nowak",
        "Senior Practitioner (Exploitation)",
        1,
        30,
        False,
        "all",
        objectives=6,
        scores=(5, 6, 4, 7, 5, 6),
        learning=8,
    ),
    Person("Grace O'Neill", "Personal Advisor", 0, -20, False, "all", objectives=2, learning=9),
    Person(
        "Mohammed Al-Sayed",
        "Early Help Practitioner",
        2,
        -3,
        True,
        "some",
        "practitioner",
        objectives=4,
        scores=(8, 7, 9, 6),
        achieved=3,
        learning=10,
    ),
)

# (what they did, what they need next) per learning row, in form order.
LEARNING: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        (
            "Completed the Portsmouth Model of Family Practice foundation days; I use the restorative "
            "approach in all my visits.",
            "Use the model to shape my written analysis; take one assessment to a practice learning session.",
        ),
        (
            "Up to date with safeguarding level 3 and the recording standards.",
            "Chronologies: my manager and I agreed I need to build clearer chronologies for complex cases.",
        ),
        (
            "Attended the neglect thematic session and used the screening tool with two families.",
            "Graded Care Profile training so I can use GCP2 with the families I work with.",
        ),
        ("Shadowed two family group conferences.", "Peer mentoring for newly qualified colleagues."),
    ),
    (
        (
            "Attended restorative practice training in my first month.",
            "Motivational Interviewing course: I want to use MI with young people leaving care.",
        ),
        (
            "Completed my induction e-learning.",
            "Court skills, because two of my young people have hearings this year.",
        ),
        (
            "Some knowledge of exploitation from my last post.",
            "County lines and criminal exploitation training.",
        ),
        ("", "Housing law basics for care leavers (tenancy sustainment)."),
    ),
    (
        (
            "Family Safeguarding practice days and Motivational Interviewing (advanced).",
            "Lead a practice learning session on restorative supervision.",
        ),
        (
            "I chair team around the family meetings confidently.",
            "Supervision skills, as I now supervise two family support workers.",
        ),
        (
            "Domestic abuse champion for the locality.",
            "Domestic abuse refresher on coercive control and the new risk assessment.",
        ),
        ("Research in Practice leadership webinars.", "ILM level 5 in leadership and management."),
    ),
    (
        (
            "Started in October; the foundation days are booked.",
            "Complete the Portsmouth Model foundation days.",
        ),
        ("Induction in progress.", "SMART planning and writing plans with families."),
        ("", "Parental mental health: how it affects parenting capacity."),
        ("", ""),
    ),
    (
        (
            "Completed the restorative practice and MI courses.",
            "Practice educator training so I can take a student next year.",
        ),
        ("Confident with pathway plans and reviews.", "Life story work with young people in our care."),
        ("Completed the substance misuse e-learning.", "Drug and alcohol awareness refresher."),
        ("Mentored a new Personal Advisor.", "Leadership: I would like to step up as a team leader."),
    ),
    (
        (
            "Use the model in all assessments.",
            "Family group conference training to co-facilitate conferences.",
        ),
        (
            "Completed analytical assessments training.",
            "Section 47 enquiry training, to be ready for joint visits.",
        ),
        ("Attended the exploitation workshop.", "Neglect: refresh on the neglect strategy."),
        ("Welsh for beginners, level 1.", "Welsh language course (personal development)."),
    ),
    (
        ("Introduction to the model only.", "Restorative practice training."),
        ("", "Communicating with children: direct work tools for teenagers."),
        ("Some youth work training on online safety.", "Online harm and exploitation of young people."),
        ("", "Mental health first aid."),
    ),
    (
        (
            "I facilitate conferences using the model every week.",
            "Co-deliver the restorative practice training to new starters.",
        ),
        ("Completed court skills.", "Achieving Best Evidence interviewing."),
        ("Domestic abuse and coercive control training.", "Harmful sexual behaviour (AIM3) assessment."),
        ("Research in Practice conference.", "Practice educator stage 2."),
    ),
    (
        ("Completed the foundation days.", "Family Safeguarding motivational interviewing practice days."),
        ("Completed chronologies training.", "Chairing multi-agency meetings with confidence."),
        (
            "Lead for contextual safeguarding in my area.",
            "Child sexual exploitation update and the new return home interview process.",
        ),
        ("Presented at the locality forum.", "Project management for the exploitation pathway review."),
    ),
    (
        ("", "Portsmouth Model of Family Practice foundation days."),
        ("", "Threshold training and the continuum of need."),
        ("", "Domestic abuse awareness."),
        ("", ""),
    ),
    (
        ("Restorative practice champion.", "Trauma-informed practice and attachment."),
        ("Completed SMART planning.", "Decision making in early help: stepping up and down."),
        (
            "Substance misuse training last year.",
            "Parental mental health and substance misuse together (the toxic trio).",
        ),
        ("Shadowed the MASH for a week.", "Absence management, as I cover the team leader role."),
    ),
)

OBJECTIVES = (
    "Complete the Motivational Interviewing course and use it with parents",
    "Write up every visit within 3 working days",
    "Lead a restorative family group conference",
    "Use genograms and sociograms in every new assessment",
    "Build my knowledge of exploitation and contextual safeguarding",
    "Support a newly qualified colleague as a peer mentor",
    "Review my Wellbeing Action plan at each supervision",
)


def year_start(today: date) -> date:
    """The September the current performance year began."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


def _set_detail(form: FormDefinition, draft: Draft, role: FieldRole, value: str) -> None:
    fld = form.role_field(role)
    if fld is not None:
        draft.set(fld, value)


def build_person(form: FormDefinition, person: Person, today: date) -> Draft:
    draft = build_sample(form)
    draft.signatures.clear()
    ids = form.round_ids()
    current = ids[min(person.round_index, len(ids) - 1)]
    start = year_start(today)
    if current == ids[-1]:
        start = date(start.year - 1, 9, 1)  # finishing last year's conversation
    _set_detail(form, draft, FieldRole.SUBJECT_NAME, person.name)
    _set_detail(form, draft, FieldRole.SUBJECT_POSITION, person.position)
    _set_detail(form, draft, FieldRole.PERIOD, f"September {start.year} to August {start.year + 1}")
    for fld in form.fields.values():
        # The practitioner's comment blocks carry their own name and position.
        source = form.fields.get(fld.prefill or "")
        if source is not None and fld.owner is Role.PRACTITIONER:
            draft.set(fld, draft.get(source))
    # Later rounds have not happened yet: their comments are empty.
    later = set(ids[ids.index(current) + 1 :])
    for fld in form.fields.values():
        if fld.round in later or fld.type is FieldType.SIGNATURE:
            draft.set(fld, empty_value(fld))
    if not person.practitioner_done:
        for fld in form.fields.values():
            if fld.owner is Role.PRACTITIONER and fld.round == current:
                draft.set(fld, empty_value(fld))
    _manager_part(form, draft, person, current)
    _learning(form, draft, person)
    _objectives(form, draft, person, current)
    draft.review.current_round = current
    draft.review.completed_rounds = ids[: ids.index(current)] + ([current] if person.year_done else [])
    meetings = {}
    for index, round_id in enumerate(ids[: ids.index(current)]):
        meetings[round_id] = (today - timedelta(days=120 * (ids.index(current) - index))).isoformat()
    if person.meeting_in_days is not None:
        meetings[current] = (today + timedelta(days=person.meeting_in_days)).isoformat()
    draft.review.meetings = meetings
    _sign(form, draft, person, today)
    return draft


def _manager_part(form: FormDefinition, draft: Draft, person: Person, current: str) -> None:
    due = [
        f
        for f in form.fields.values()
        if f.owner is Role.MANAGER and f.type is not FieldType.SIGNATURE and f.round in (None, current)
    ]
    if person.manager_left == "all":
        chosen = due
    elif person.manager_left == "some":
        chosen = [f for f in due if f.round == current] + due[: len(due) // 3]
    else:
        chosen = []
    for fld in chosen:
        draft.set(fld, empty_value(fld))


def _learning(form: FormDefinition, draft: Draft, person: Person) -> None:
    answers = LEARNING[person.learning % len(LEARNING)]
    for row, (did, wanted) in zip(learning_rows(form), answers, strict=False):
        draft.set(row.did, did)
        draft.set(row.next, wanted)


def _objectives(form: FormDefinition, draft: Draft, person: Person, current: str) -> None:
    fld = form.rows_field()
    if fld is None:
        return
    rows = draft.get(fld)[: person.objectives]
    while len(rows) < person.objectives:
        rows.append(dict(rows[-1]))
    ids = form.round_ids()
    # Scores exist for the review rounds up to the current one (the current one once its meeting
    # has happened, which is when the scores are agreed).
    scaled = [r for r in ids[1:] if ids.index(r) < ids.index(current)]
    if person.meeting_in_days is not None and person.meeting_in_days < 0 and current != ids[0]:
        scaled.append(current)
    title = fld.title_column()
    for index, row in enumerate(rows):
        if title is not None:
            row[title.id] = OBJECTIVES[index % len(OBJECTIVES)]
        latest = person.scores[index] if index < len(person.scores) else None
        progress = {}
        for step, round_id in enumerate(reversed(scaled)):
            if latest is not None:
                progress[round_id] = {"scale": max(0, latest - 2 * step), "note": ""}
        row["progress"] = progress
        row["achieved"] = index < person.achieved
    draft.set(fld, rows)


def _sign(form: FormDefinition, draft: Draft, person: Person, today: date) -> None:
    when = (today - timedelta(days=10)).isoformat()
    if person.signatures in ("practitioner", "both", "changed"):
        signing.sign(form, draft, Role.PRACTITIONER, person.name, when)
    if person.signatures in ("both", "changed"):
        signing.sign(form, draft, Role.MANAGER, "Tomáš Dąbrowski", when)
    if person.signatures == "changed":
        # The practitioner rewrote a learning answer after both had signed.
        rows = learning_rows(form)
        if rows:
            draft.set(rows[0].next, draft.get(rows[0].next) + " Added after signing: and the MI refresher.")


def file_name(person: Person) -> str:
    return f"{person.name} – Performance conversation.pdr"


def build_team(
    form: FormDefinition, today: date, people: tuple[Person, ...] = TEAM
) -> list[tuple[str, Draft]]:
    return [(file_name(p), build_person(form, p, today)) for p in people]


def write_team(
    folder: Path, form: FormDefinition, today: date, people: tuple[Person, ...] = TEAM
) -> list[Path]:
    """Write the team's .pdr files into `folder` (made if needed); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draft in build_team(form, today, people):
        path = folder / name
        write_draft(draft, path, backup=False)
        written.append(path)
    return written
