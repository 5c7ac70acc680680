"""Scheduled work on PTB's JobQueue (APScheduler 3.11): the digest and reminders.

Jobs get stable ids with ``replace_existing`` (no duplicates across restarts), a misfire
grace time (a busy loop must not silently skip the digest, PTB #3642) and coalescing. The
digest runs on a cron trigger in ``digest.timezone`` (zoneinfo, so DST is handled by
APScheduler ≥ 3.11.2; weekdays and day rules as cron reads them, see docs/chat.md);
reminders run hourly.
"""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from telegram import Bot
from telegram.ext import Application, ContextTypes

from bot import cron
from bot.config import Config
from bot.digest import build_digest, due_reminders, reminder_lines
from bot.render import split_lines
from bot.retry import send_once
from bot.services import services_of
from bot.store import Store

DIGEST_GRACE = 3600
REMINDER_INTERVAL = 3600


def digest_trigger(config: Config) -> BaseTrigger:
    """The digest's schedule; weekday numbering and day OR rules: see :mod:`bot.cron`."""
    return cron.trigger(config.digest.schedule, ZoneInfo(config.digest.timezone))


def schedule(app: Application, config: Config) -> None:
    queue = app.job_queue
    assert queue is not None, "python-telegram-bot[job-queue] is required"
    queue.run_custom(
        digest_job,
        name="digest",
        job_kwargs={
            "trigger": digest_trigger(config),
            "id": "digest",
            "replace_existing": True,
            "misfire_grace_time": DIGEST_GRACE,
            "coalesce": True,
        },
    )
    if config.digest.remind_after_hours > 0:
        queue.run_repeating(
            reminder_job,
            interval=REMINDER_INTERVAL,
            first=60 + random.uniform(0, 60),
            name="reminders",
            job_kwargs={"id": "reminders", "replace_existing": True, "misfire_grace_time": 600, "coalesce": True},
        )


async def send_digest(store: Store, config: Config, bot: Bot, now: datetime | None = None) -> int:
    """Post the digest to the review chat; returns the number of messages sent."""
    now = now or datetime.now(UTC)
    messages = await asyncio.to_thread(
        build_digest, store, now, ZoneInfo(config.digest.timezone), silent_when_empty=config.digest.silent_when_empty
    )
    for text in messages:
        await send_once(bot, config.telegram.review_chat_id, text)
    await asyncio.to_thread(store.set_meta, "last_digest_at", now.replace(microsecond=0).isoformat())
    await asyncio.to_thread(store.maintain)
    return len(messages)


async def send_reminders(store: Store, config: Config, bot: Bot, now: datetime | None = None) -> int:
    """Re-announce long-open items, each at most once per ``remind_after_hours``."""
    now = now or datetime.now(UTC)
    hours = config.digest.remind_after_hours
    due = await asyncio.to_thread(due_reminders, store, now, hours)
    if not due:
        return 0
    for text in split_lines(reminder_lines(due, hours)):
        await send_once(bot, config.telegram.review_chat_id, text)
    stamp = now.replace(microsecond=0).isoformat()
    for review_id in {review["id"] for review, _ in due}:
        ids = {item["id"] for review, item in due if review["id"] == review_id}

        def mark(review: dict, ids: set[str] = ids) -> None:
            for item in review["items"]:
                if item["id"] in ids:
                    item["reminded_at"] = stamp

        await asyncio.to_thread(store.update_review, review_id, mark)
    return len(due)


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    slot = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M")
    if await services.store.claim_job("digest", slot):  # once across processes sharing the store
        await send_digest(services.store.sync, services.config, context.bot)


async def reminder_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    slot = datetime.now(UTC).strftime("%Y-%m-%dT%H")
    if await services.store.claim_job("reminders", slot):
        await send_reminders(services.store.sync, services.config, context.bot)
    await services.store.maintain()
