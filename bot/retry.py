"""Bounded retries for Telegram calls whose failure would lose a review post or a notice.

AIORateLimiter already waits out 429s. This adds the rest of the transient failures: 5xx
(PTB raises ``NetworkError``) and timeouts. ``BadRequest`` is a ``NetworkError`` subclass but
permanent, and ``Forbidden`` is permanent too: neither is retried (reliability.md §3).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram.error import BadRequest, NetworkError, TimedOut

T = TypeVar("T")
log = logging.getLogger(__name__)
ATTEMPTS = 4
FIRST_WAIT = 1.0


async def with_retry(call: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    wait = FIRST_WAIT
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call(*args, **kwargs)
        except BadRequest:
            raise
        except (TimedOut, NetworkError) as exc:
            if attempt == ATTEMPTS:
                raise
            log.warning("telegram call failed (%s), retry %d/%d in %.0f s", exc, attempt, ATTEMPTS - 1, wait)
            await asyncio.sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")
