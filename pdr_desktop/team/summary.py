"""One file of the team's folders, summarised: everything the team view, the training tab and the
board exports show, as plain data.

A summary holds no judgement about *today* (overdue, due soon): those follow the clock in
`team.status`, so a summary read from the cache yesterday is still right this morning. Reading
goes through `team.received.summarise_received`, the same reader the manager's received list
uses, so both say the same thing about the same file.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pdr_desktop.drafts.model import Draft, row_is_blank
from pdr_desktop.forms.model import FieldRole, FieldType, FormDefinition, Role
from pdr_desktop.forms.registry import FormRegistry
from pdr_desktop.review import progress
from pdr_desktop.review.completeness import ToDo, to_do
from pdr_desktop.review.signing import Signatures
from pdr_desktop.review.workflow import send_by
from pdr_desktop.team.learning import learning_rows
from pdr_desktop.team.received import summarise_received

# Details read by the label the form prints, never by a field id (the form is data).


@dataclass(frozen=True)
class ObjectiveScore:
    latest: int | None  # the most recent review's 0–10 scale; None before any review scaled it
    achieved: bool


@dataclass(frozen=True)
class LearningAnswer:
    row: str  # the learning row's group id
    label: str  # the row as the form prints it, without a trailing full stop
    did: str  # "My Self-assessment"
    next: str  # "Next Steps & Progress": what they need next


@dataclass(frozen=True)
class TeamSummary:
    path: str  # absolute
    mtime_ns: int = 0
    size: int = 0
    error: str = ""  # why the file cannot be read: shown, never hidden
    draft_id: str = ""
    form_id: str = ""
    name: str = ""
    position: str = ""
    period: str = ""
    updated: str = ""  # the draft's own "last edited" stamp: which copy is newer
    carried_from: str = ""  # last year's draft id, when this one was carried forward
    rounds: tuple[tuple[str, str], ...] = ()  # (id, label) of every round of the form, in order
    round_id: str = ""
    completed_rounds: tuple[str, ...] = ()
    meeting: str = ""  # ISO date of the current round's meeting
    send_by: str = ""  # ISO date the practitioner's part is due
    manager_missing: tuple[str, ...] = ()  # what is left for the manager this round
    practitioner_missing: tuple[str, ...] = ()  # what the practitioner has not filled in yet
    signatures: Signatures = Signatures.NONE
    signature_note: str = ""  # what changed since signing
    objectives: tuple[ObjectiveScore, ...] = ()
    learning: tuple[LearningAnswer, ...] = ()
    team_report: bool = False  # our own board PDF saved among the forms: not a conversation

    @property
    def file(self) -> Path:
        return Path(self.path)

    @property
    def file_name(self) -> str:
        """The file's name, without building a Path (the team view asks 500 times per refresh)."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def readable(self) -> bool:
        return not self.error

    @property
    def round_label(self) -> str:
        return dict(self.rounds).get(self.round_id, "")

    @property
    def meeting_date(self) -> date | None:
        return date.fromisoformat(self.meeting) if self.meeting else None

    @property
    def send_by_date(self) -> date | None:
        return date.fromisoformat(self.send_by) if self.send_by else None

    @property
    def achieved(self) -> int:
        return sum(1 for o in self.objectives if o.achieved)

    @property
    def average_score(self) -> float | None:
        scores = [o.latest for o in self.objectives if o.latest is not None]
        return sum(scores) / len(scores) if scores else None

    # --- the cache stores summaries as JSON -----------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signatures"] = self.signatures.name
        return data

    @classmethod
    def from_json(cls, data: Any) -> TeamSummary:
        """A summary from the cache; ValueError for anything that is not exactly what we wrote."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return cls(
            path=_str(data, "path"),
            mtime_ns=_int(data, "mtime_ns"),
            size=_int(data, "size"),
            error=_str(data, "error"),
            draft_id=_str(data, "draft_id"),
            form_id=_str(data, "form_id"),
            name=_str(data, "name"),
            position=_str(data, "position"),
            period=_str(data, "period"),
            updated=_str(data, "updated"),
            carried_from=_str(data, "carried_from"),
            rounds=tuple((_text(a), _text(b)) for a, b in _pairs(data.get("rounds"))),
            round_id=_str(data, "round_id"),
            completed_rounds=_strs(data.get("completed_rounds")),
            meeting=_iso(_str(data, "meeting")),
            send_by=_iso(_str(data, "send_by")),
            manager_missing=_strs(data.get("manager_missing")),
            practitioner_missing=_strs(data.get("practitioner_missing")),
            signatures=Signatures[_str(data, "signatures") or "NONE"],
            signature_note=_str(data, "signature_note"),
            objectives=tuple(_objective(o) for o in _list(data.get("objectives"))),
            learning=tuple(_learning(a) for a in _list(data.get("learning"))),
            team_report=data.get("team_report") is True,
        )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def _str(data: dict[str, Any], key: str) -> str:
    return _text(data.get(key, ""))


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key}: expected a whole number")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(_text(v) for v in _list(value))


def _pairs(value: Any) -> list[tuple[Any, Any]]:
    pairs = _list(value)
    if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise ValueError("expected pairs")
    return [tuple(p) for p in pairs]


def _iso(value: str) -> str:
    if value:
        date.fromisoformat(value)  # ValueError for anything else
    return value


def _objective(data: Any) -> ObjectiveScore:
    if not isinstance(data, dict):
        raise ValueError("objective: not an object")
    latest = data.get("latest")
    if latest is not None:
        latest = progress.validate_scale(latest)
    achieved = data.get("achieved")
    if not isinstance(achieved, bool):
        raise ValueError("objective: achieved is not true/false")
    return ObjectiveScore(latest, achieved)


def _learning(data: Any) -> LearningAnswer:
    if not isinstance(data, dict):
        raise ValueError("learning: not an object")
    return LearningAnswer(_str(data, "row"), _str(data, "label"), _str(data, "did"), _str(data, "next"))


# --- summarising a file ----------------------------------------------------------------------------


def summarise(path: Path, registry: FormRegistry, mtime_ns: int = 0, size: int = 0) -> TeamSummary:
    """Read one file (.pdr, .docx, .pdf) and summarise it; a problem becomes `error`, never a raise."""
    path = Path(path).absolute()
    try:
        return _summarise(path, registry, mtime_ns, size)
    except Exception as exc:  # a file nobody foresaw must not stop the whole team view
        reason = f"its contents could not be summarised ({type(exc).__name__}: {exc})"
        return TeamSummary(str(path), mtime_ns, size, error=reason)


def _summarise(path: Path, registry: FormRegistry, mtime_ns: int, size: int) -> TeamSummary:
    # The date only shapes the received list's send-by *message*, which the team view
    # recomputes from the clock; any date gives the same summary.
    received = summarise_received(path, registry, date.min)
    if received.error or received.draft is None:
        reason = received.error or "it could not be read"
        return TeamSummary(str(path), mtime_ns, size, error=reason, team_report=is_team_report(path))
    draft = received.draft
    form = registry.get(draft.form_id)
    current = draft.review.current_round
    deadline = send_by(form, draft, current)
    state, note = received.signatures, received.signature_note  # worked out once, by the received summary
    carried = draft.meta.get("carried_from")
    return TeamSummary(
        path=str(path),
        mtime_ns=mtime_ns,
        size=size,
        draft_id=draft.draft_id,
        form_id=form.id,
        name=received.practitioner,
        position=draft.role_text(form, FieldRole.SUBJECT_POSITION).strip(),
        period=draft.role_text(form, FieldRole.PERIOD).strip(),
        updated=draft.updated if isinstance(draft.updated, str) else "",
        carried_from=str(carried.get("draft_id", "")) if isinstance(carried, dict) else "",
        rounds=tuple((r.id, r.label) for r in form.rounds),
        round_id=current,
        completed_rounds=tuple(r for r in form.round_ids() if r in draft.review.completed_rounds),
        meeting=received.meeting.isoformat() if received.meeting else "",
        send_by=deadline.isoformat() if deadline else "",
        # completeness.to_do, as the received list, the start page and Check your answers count.
        manager_missing=tuple(m.text for m in received.missing),
        practitioner_missing=_not_there_yet(form, to_do(form, draft, Role.PRACTITIONER, current)),
        signatures=state,
        signature_note=note,
        objectives=objective_scores(form, draft),
        learning=learning_answers(form, draft),
    )


# The board's one-page PDF says so in its document information (export_pdf.PDF_SUBJECT), which
# reportlab writes near the end of the file: a manager who saves it among the forms does not
# get a row saying their own report "cannot be read".
TEAM_REPORT_MARK = b"/Subject (PDR Desktop team summary)"
TAIL_BYTES = 16 * 1024


def is_team_report(path: Path) -> bool:
    if path.suffix.lower() != ".pdf":
        return False
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            handle.seek(max(0, handle.tell() - TAIL_BYTES))
            return TEAM_REPORT_MARK in handle.read(TAIL_BYTES)
    except OSError:
        return False


def _not_there_yet(form: FormDefinition, todo: ToDo) -> tuple[str, ...]:
    """The practitioner's answers not in their copy yet: what the stage and "overdue" go by.

    Their signature is left out, empty or to sign again: the Signatures column says who signed,
    and a practitioner who sent every answer has not missed the send-by date for want of it.
    """
    return tuple(
        m.text for m in todo.items if not m.problem and form.field(m.field_id).type is not FieldType.SIGNATURE
    )


def objective_scores(form: FormDefinition, draft: Draft) -> tuple[ObjectiveScore, ...]:
    fld = form.rows_field()
    if fld is None:
        return ()
    scores = []
    for row in draft.get(fld):
        if not isinstance(row, dict) or row_is_blank(fld, row):
            continue
        scaled = [e.scale for e in progress.series(form, row) if e.scale is not None]
        scores.append(ObjectiveScore(scaled[-1] if scaled else None, progress.is_achieved(row)))
    return tuple(scores)


def learning_answers(form: FormDefinition, draft: Draft) -> tuple[LearningAnswer, ...]:
    answers = []
    for row in learning_rows(form):
        did, wanted = draft.get(row.did), draft.get(row.next)
        answers.append(
            LearningAnswer(
                row.group_id,
                row.title,
                did.strip() if isinstance(did, str) else "",
                wanted.strip() if isinstance(wanted, str) else "",
            )
        )
    return tuple(answers)
