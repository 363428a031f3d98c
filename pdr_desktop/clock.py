"""The one clock: every part of the app asks it for "now" and "today".

Why: the round a conversation is in, the send-by warning, "Last saved Today 09:41" and the
dates people sign with all depend on the date. Reading the system time in each widget made the
behaviour untestable except on the day a test was written. The app and the CLI create (or take)
one Clock; tests pin it with FixedClock and set file times relative to it; `faketime` moves the
system clock for a whole run and the app follows, because SystemClock is the only reader.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone


class Clock:
    """Wall-clock time in the local zone (aware datetimes)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()

    def timestamp(self) -> float:
        """Seconds since the epoch, comparable with file times set from this clock."""
        return self.now().timestamp()

    def utc_stamp(self) -> str:
        """ISO 8601 in UTC to the second ("2026-11-23T09:41:00Z"), as drafts record times."""
        moment = self.now().astimezone(timezone.utc).replace(microsecond=0)
        return moment.isoformat().replace("+00:00", "Z")


class FixedClock(Clock):
    """A clock that says what it is told; `advance` moves it on (tests, demos, screenshots)."""

    def __init__(self, moment: datetime | date) -> None:
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day, 9, 41)
        self._moment = moment if moment.tzinfo else moment.astimezone()

    def now(self) -> datetime:
        return self._moment

    def advance(self, **delta: float) -> None:
        self._moment += timedelta(**delta)


SYSTEM_CLOCK = Clock()
_current: Clock = SYSTEM_CLOCK


def current_clock() -> Clock:
    """The clock the running app (or test) installed; the system clock by default.

    Deep widgets (a signature's date, a date picker's first month) ask this rather than carry a
    clock through every constructor; everything the window builds itself is handed its clock.
    """
    return _current


def install(clock: Clock) -> Clock:
    """Make *clock* the app's clock; returns the one it replaces (so tests can put it back)."""
    global _current
    previous, _current = _current, clock
    return previous
