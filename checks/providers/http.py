"""One HTTP client per upstream: its own rate limit, retries that honour ``Retry-After``,
a deadline from the corroboration budget, and a small cache for repeated queries.

Every reply is classified (apis.md): data, empty, transient (429, 5xx, timeouts — retried
while the budget allows) or permanent (4xx, garbage) — the last two raise
:class:`ProviderError` with a short reason that ends up in the report's ``providers``.
Provider URLs come from the configuration (trusted), unlike article URLs, so they go
through ``requests`` directly rather than the SSRF-safe fetcher.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import requests

CACHE_SIZE = 256
CACHE_TTL = 900.0
MAX_ATTEMPTS = 3
MAX_BODY = 5_000_000


class ProviderError(Exception):
    """A provider could not answer usefully; ``str()`` is a short reason for the report."""


class Deadline:
    """The time left of the corroboration budget, shared by every request of one check."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def check(self) -> float:
        left = self.left()
        if left <= 0.05:
            raise ProviderError("timed out (budget)")
        return left


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str

    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self, empty: object = None) -> object:
        """The body as JSON (``empty`` for a blank body); garbage raises :class:`ProviderError`."""
        if empty is not None and not self.text.strip():
            return empty
        try:
            return json.loads(self.text)
        except ValueError:
            raise ProviderError("answered garbage (not JSON)") from None


class ProviderClient:
    """HTTP for one upstream. Thread-safe; shared by every check in a process."""

    def __init__(self, name: str, user_agent: str, min_interval: float = 0.0) -> None:
        self.name = name
        self.min_interval = min_interval
        self._session = requests.Session()
        self._session.trust_env = False
        self._session.headers["User-Agent"] = user_agent
        self._pace = threading.Lock()
        self._next_slot = 0.0
        self._cache: OrderedDict[tuple[Any, ...], tuple[float, Reply]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def get(self, url: str, params: dict[str, Any] | None, deadline: Deadline, **kwargs: Any) -> Reply:
        return self.request("GET", url, params, deadline, **kwargs)

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, Any] | None,
        deadline: Deadline,
        *,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        cache: bool = True,
    ) -> Reply:
        key = (method, url, tuple(sorted((params or {}).items())), tuple(sorted((data or {}).items())))
        if cache and method == "GET":
            hit = self._cached(key)
            if hit is not None:
                return hit
        last = "no answer"
        for attempt in range(MAX_ATTEMPTS):
            self._wait_turn(deadline)
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    data=data,
                    headers=headers,
                    timeout=max(0.1, min(deadline.check(), 30.0)),
                    allow_redirects=True,
                    stream=True,
                )
                body = response.raw.read(MAX_BODY + 1, decode_content=True)
                response.close()
            except requests.Timeout:
                last = "timed out"
                continue
            except (requests.RequestException, OSError):
                last = "connection failed"
                if not self._backoff(attempt, None, deadline):
                    break
                continue
            if len(body) > MAX_BODY:
                raise ProviderError("reply too large")
            reply = Reply(
                response.status_code,
                {k.lower(): v for k, v in response.headers.items()},
                body.decode(response.encoding or "utf-8", errors="replace"),
            )
            if reply.status == 429 or reply.status >= 500:
                last = "rate limited" if reply.status == 429 else f"HTTP {reply.status}"
                if not self._backoff(attempt, reply.headers.get("retry-after"), deadline):
                    break
                continue
            if reply.status >= 400:
                raise ProviderError(f"HTTP {reply.status}")
            if cache and method == "GET":
                self._store(key, reply)
            return reply
        raise ProviderError(last)

    def _wait_turn(self, deadline: Deadline) -> None:
        """Space requests ``min_interval`` apart (GDELT: one per 5 s per address)."""
        with self._pace:
            now = time.monotonic()
            start = max(now, self._next_slot)
            if start - now > deadline.left():
                raise ProviderError("rate limited (would exceed the time budget)")
            self._next_slot = start + self.min_interval
        if start > now:
            time.sleep(start - now)

    def _backoff(self, attempt: int, retry_after: str | None, deadline: Deadline) -> bool:
        """Schedule the next attempt (never sooner than ``Retry-After``); False if it cannot fit."""
        wait = 0.5 * (2**attempt)
        if retry_after:
            wait = max(wait, _retry_after_seconds(retry_after))
        if wait >= deadline.left() or attempt == MAX_ATTEMPTS - 1:
            return False
        with self._pace:
            self._next_slot = max(self._next_slot, time.monotonic() + wait)
        return True

    def _cached(self, key: tuple[Any, ...]) -> Reply | None:
        with self._cache_lock:
            entry = self._cache.get(key)
            if entry is None or time.monotonic() - entry[0] > CACHE_TTL:
                return None
            self._cache.move_to_end(key)
            return entry[1]

    def _store(self, key: tuple[Any, ...], reply: Reply) -> None:
        with self._cache_lock:
            self._cache[key] = (time.monotonic(), reply)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)


def _retry_after_seconds(value: str) -> float:
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return 1.0
