"""``factdesk health``: one line and exit 0 (healthy) or 1, for Docker's HEALTHCHECK, a
load balancer or systemd (docs/deploy.md).

Healthy means: the store opens and answers, Telegram answers getMe with the configured
token, and (reported, not judged, since a quiet desk is not a broken one) when the last
update was processed.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from telegram.error import TelegramError

from bot.config import Config
from bot.store import StoreError, open_store

TELEGRAM_TIMEOUT = 10.0


def health(config: Config) -> int:
    try:
        store = open_store(config)
        try:
            last = store.get_meta("last_update_at")
            where = store.describe()
        finally:
            store.close()
    except StoreError as exc:
        return _unhealthy(f"store: {exc}")
    try:
        username = asyncio.run(_get_me(config))
    except (TelegramError, OSError) as exc:
        message = " ".join(str(exc).split()).replace(config.telegram.token, "<token>")[:200]
        return _unhealthy(f"telegram: {exc.__class__.__name__}: {message}")
    print(f"ok: store {where}; telegram @{username}; last update {_age(last)}")
    return 0


async def _get_me(config: Config) -> str:
    from telegram import Bot
    from telegram.request import HTTPXRequest

    request = HTTPXRequest(connect_timeout=TELEGRAM_TIMEOUT, read_timeout=TELEGRAM_TIMEOUT)
    async with Bot(config.telegram.token, base_url=config.telegram.api_base_url, request=request) as bot:
        me = await bot.get_me()
    return me.username or str(me.id)


def _age(stamp: str | None) -> str:
    if not stamp:
        return "never"
    seconds = int((datetime.now(UTC) - datetime.fromisoformat(stamp)).total_seconds())
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago ({stamp})"


def _unhealthy(reason: str) -> int:
    print(f"unhealthy: {reason}", file=sys.stdout)
    return 1
