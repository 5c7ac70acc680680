"""Asking every provider at once within the time budget.

Each task is a plain function returning a value; the worker threads share nothing. The
caller gets every finished value back with the provider it came from, and a reason for each
provider that failed or ran past the budget. Nothing waits on another provider.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from checks.providers.http import Deadline, ProviderError

MAX_WORKERS = 16


@dataclass(frozen=True)
class Task:
    provider: str
    key: str  # what the value answers ("coverage", "prior:…", "first_capture", …)
    fn: Callable[[], Any]


@dataclass
class Results:
    values: dict[str, Any] = field(default_factory=dict)  # task key → value
    errors: dict[str, str] = field(default_factory=dict)  # provider → first reason
    asked: set[str] = field(default_factory=set)  # providers with at least one task

    def ok(self, provider: str) -> bool:
        return provider in self.asked and provider not in self.errors


def run(tasks: list[Task], deadline: Deadline) -> Results:
    results = Results(asked={t.provider for t in tasks})
    if not tasks:
        return results
    pool = ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(tasks)), thread_name_prefix="corroborate")
    futures: dict[Future[Any], Task] = {pool.submit(task.fn): task for task in tasks}
    pending = set(futures)
    while pending and deadline.left() > 0:
        done, pending = wait(pending, timeout=max(0.01, deadline.left()), return_when=FIRST_COMPLETED)
        for future in done:
            _collect(results, futures[future], future)
    for future in pending:
        results.errors.setdefault(futures[future].provider, "timed out (budget)")
    pool.shutdown(wait=False, cancel_futures=True)
    return results


def _collect(results: Results, task: Task, future: Future[Any]) -> None:
    try:
        results.values[task.key] = future.result()
    except ProviderError as exc:
        results.errors.setdefault(task.provider, str(exc))
    except Exception as exc:  # noqa: BLE001 - one provider's bug must not sink the report
        results.errors.setdefault(task.provider, f"failed ({exc.__class__.__name__})")
