"""The app reads the real time in one place (pdr_desktop/clock.py); everything else asks the clock."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pdr_desktop
from pdr_desktop import clock
from pdr_desktop.drafts.model import utc_now

REAL_TIME = re.compile(
    r"\b(date\.today|datetime\.(now|today|utcnow)|time\.time|QDate\.currentDate|QDateTime\.currentDateTime)\("
)


def test_only_the_clock_module_reads_the_real_time():
    package = Path(pdr_desktop.__file__).parent
    readers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if REAL_TIME.search(path.read_text(encoding="utf-8"))
    )
    assert readers == ["clock.py"]


def test_drafts_record_times_from_the_installed_clock():
    previous = clock.install(clock.FixedClock(datetime(2027, 3, 20, 8, 30).astimezone()))
    try:
        assert clock.current_clock().today() == date(2027, 3, 20)
        stamp = utc_now()
        assert stamp.endswith("Z")
        assert datetime.fromisoformat(stamp.replace("Z", "+00:00")) == clock.current_clock().now()
    finally:
        clock.install(previous)


def test_the_system_clock_is_the_default():
    assert isinstance(clock.SYSTEM_CLOCK, clock.Clock)
    assert abs(clock.SYSTEM_CLOCK.timestamp() - datetime.now().timestamp()) < 5
