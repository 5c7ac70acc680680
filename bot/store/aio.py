"""The store as seen from the event loop: every call runs in a worker thread.

Store operations block (file locks, fsync, a database round trip). Handlers and jobs await
this facade instead, so one slow operation never delays other users. A lost database
connection is retried once after a short pause; if it is still gone the caller gets
:class:`StoreUnavailable`, which the error handler turns into "try again in a minute".
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.store.base import Store, StoreUnavailable

log = logging.getLogger(__name__)
RETRY_PAUSE = 1.0


class AsyncStore:
    """``await store.submit(...)`` etc.: the methods of :class:`Store`, off the event loop."""

    def __init__(self, store: Store) -> None:
        self.sync = store

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self.sync, name)
        if not callable(method):
            raise AttributeError(name)

        @functools.wraps(method)
        async def call(*args: Any, **kwargs: Any) -> Any:
            return await run(method, *args, **kwargs)

        return call


async def run(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a blocking store function in a thread; retry once if the database went away."""
    try:
        return await asyncio.to_thread(method, *args, **kwargs)
    except StoreUnavailable as exc:
        log.warning("store unavailable (%s); retrying once", exc)
        await asyncio.sleep(RETRY_PAUSE)
        return await asyncio.to_thread(method, *args, **kwargs)
