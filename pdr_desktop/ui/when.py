"""Times as people say them: "Today 14:05", "Yesterday 09:12", "3 Nov 2026 14:05"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication


def describe_time(moment: datetime, today: date) -> str:
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return QCoreApplication.translate("when", "Today {time}").format(time=clock)
    if moment.date() == today - timedelta(days=1):
        return QCoreApplication.translate("when", "Yesterday {time}").format(time=clock)
    return f"{moment.day} {moment.strftime('%b %Y')} {clock}"
