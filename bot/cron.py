"""Crontab schedules (five fields, as in ``crontab(5)``) turned into APScheduler 3 triggers.

One parser for the config check and the digest job, so what validates is what runs, and
no Telegram import on the way (``factdesk check`` reads the config too).

Two cron rules APScheduler 3 does not follow on its own, see docs/chat.md ("The digest"):

* weekdays count from Sunday = 0 (7 is Sunday too); APScheduler counts Monday = 0 and
  refuses a wrapping range such as ``sun-thu``. The weekday field is expanded to the set of
  days it names and handed over as APScheduler numbers, so ``0-4`` is Sunday–Thursday.
* when both day-of-month and day-of-week are restricted, cron runs on days matching
  *either*; APScheduler would require both. Such a schedule becomes the union of two
  triggers.
"""

from __future__ import annotations

import re
from datetime import tzinfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_ITEM = re.compile(r"(?P<range>\*|(?P<start>\w+)(?:-(?P<end>\w+))?)(?:/(?P<step>\d+))?")


def weekdays(field: str) -> set[int]:
    """The cron weekday field as a set of days, Sunday = 0 … Saturday = 6."""
    days: set[int] = set()
    for item in field.lower().split(","):
        match = _ITEM.fullmatch(item)
        if not match:
            raise ValueError(f"bad day-of-week {item!r}")
        step = int(match["step"] or 1)
        if step < 1:
            raise ValueError(f"bad step in day-of-week {item!r}")
        if match["range"] == "*":
            start, end = 0, 6
        else:
            start = _day(match["start"])
            end = _day(match["end"]) if match["end"] else (6 if match["step"] else start)
            if match["end"] and end == 0 and start > 0:
                end = 7  # "5-0" or "fri-sun": up to Sunday written as 7
            if start > end:
                raise ValueError(f"day-of-week range {item!r} runs backwards; write it as two ranges")
        days.update(d % 7 for d in range(start, end + 1, step))
    return days


def _day(token: str) -> int:
    if token.isdigit():
        value = int(token)
        if not 0 <= value <= 7:
            raise ValueError(f"day-of-week {value} is out of range 0-7")
        return value
    if token[:3] in DAY_NAMES and len(token) == 3:
        return DAY_NAMES.index(token)
    raise ValueError(f"bad day-of-week {token!r}")


def trigger(expression: str, zone: tzinfo) -> BaseTrigger:
    """A five-field crontab line in ``zone``; ``ValueError`` with a short reason if invalid."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields, got {len(fields)}")
    minute, hour, day, month, weekday = fields
    days = weekdays(weekday)
    scheduler_days = ",".join(str((d - 1) % 7) for d in sorted(days))  # APScheduler: Monday = 0
    common = {"minute": minute, "hour": hour, "month": month, "timezone": zone}
    if day != "*" and weekday != "*":  # cron: either field may match
        return OrTrigger(
            [
                CronTrigger(day=day, **common),
                CronTrigger(day_of_week=scheduler_days, **common),
            ]
        )
    return CronTrigger(day=day, day_of_week=scheduler_days, **common)
