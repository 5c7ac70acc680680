"""Engine work off the event loop, bounded, and stoppable at once.

The engine is synchronous (fetch, parse, checks). Each call runs in a daemon thread under a
semaphore, so one slow page never blocks other users and a SIGTERM never waits for a
fetch: in-flight reviews stay "in flight" in the store and are resumed at the next start.
(PTB's ``Application.create_task`` tasks are awaited on stop, which is why the bot keeps
its own task set here.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Worker:
    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._semaphore: asyncio.Semaphore | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        """Run ``coro`` in the background; failures are logged, never lost silently."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task %s failed", task.get_name(), exc_info=task.exception())

    async def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a blocking function in a daemon thread, at most ``limit`` at a time."""
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self._limit)
        async with self._semaphore:
            return await in_daemon_thread(function, *args, **kwargs)

    async def stop(self, grace: float = 1.0) -> None:
        """Cancel what is running; the store remembers it for the next start."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait(tasks, timeout=grace)


async def in_daemon_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(setter: Callable[[Any], None], value: Any) -> None:
        if not future.done():
            setter(value)

    def target() -> None:
        try:
            result = function(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting coroutine
            with contextlib.suppress(RuntimeError):  # the loop may be closed at shutdown
                loop.call_soon_threadsafe(deliver, future.set_exception, exc)
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(deliver, future.set_result, result)

    threading.Thread(target=target, name=f"engine-{getattr(function, '__name__', 'call')}", daemon=True).start()
    return await future
