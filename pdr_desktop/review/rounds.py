"""Which review round is due, worked out from the calendar."""

from __future__ import annotations

from datetime import date

from pdr_desktop.forms.model import FormDefinition, Round


def round_for_date(form: FormDefinition, today: date) -> Round:
    """The round whose window opened most recently.

    Portsmouth: September–February → Initial, March–June → Six Month,
    July–August → Final. A round stays current until the next one opens,
    because a late conversation still belongs to the round it was due in.
    """

    def months_since_start(rnd: Round) -> int:
        return (today.month - rnd.starts_month) % 12

    return min(form.rounds, key=months_since_start)


def rounds_up_to(form: FormDefinition, round_id: str) -> list[str]:
    ids = form.round_ids()
    return ids[: ids.index(round_id) + 1]
