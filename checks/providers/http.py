"""One HTTP client per upstream: its own pacing, a cool-down that outlives the check that
hit a rate limit, retries within the corroboration budget, and a small cache.

Every reply is classified (docs/providers.md): data, empty, transient (429, 5xx, timeouts)
or permanent (4xx, garbage); the last two raise :class:`ProviderError` with a short reason
that ends up in the report's ``providers``. A 429 always leaves the client cooling down —
for ``Retry-After`` when the service sends one, else for a backoff of its own that doubles
with every further 429 — and no request leaves the client before the cool-down ends: the
Internet Archive and WDQS ban clients that keep knocking. Provider URLs come from the
configuration (trusted), so they go through ``requests`` directly, not the SSRF-safe fetcher.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from checks import lenient_json

CACHE_SIZE = 256
CACHE_TTL = 900.0
MAX_ATTEMPTS = 3
MAX_BODY = 5_000_000
BACKOFF_FIRST = 60.0  # a 429 without Retry-After: one minute, doubling on every repeat
BACKOFF_MAX = 3600.0


class ProviderError(Exception):
    """A provider could not answer usefully; ``str()`` is a short reason for the report."""

    def __init__(self, reason: str, status: int | None = None, body: str = "") -> None:
        super().__init__(reason)
        self.status = status
        self.body = body


class RateLimited(ProviderError):
    """The provider is cooling down until ``until`` (UTC); nothing is sent before then."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"rate limited until {until:%H:%M} UTC")
        self.until = until


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
    content: bytes

    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        """The body decoded by its declared charset, else UTF-8 — never ISO-8859-1 by default
        (``requests`` would for any ``text/*`` reply without a charset)."""
        return self.content.decode(self.charset() or "utf-8", errors="replace")

    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        charset = message.get_param("charset")
        if not isinstance(charset, str):
            return None
        try:
            "".encode(charset)
        except LookupError:
            return None
        return charset

    def json(self, empty: object = None) -> object:
        """The body as JSON (``empty`` for a blank body); garbage raises :class:`ProviderError`."""
        if empty is not None and not self.content.strip():
            return empty
        try:
            return lenient_json.loads(self.text)
        except ValueError:
            raise ProviderError("answered garbage (not JSON)") from None


def user_agent(base: str, contact: str) -> str:
    """``base`` with the operator's contact inside its comment, as Wikimedia's policy asks."""
    if not contact:
        return base
    if base.endswith(")"):
        return f"{base[:-1]}; {contact})"
    return f"{base} ({contact})"


class ProviderClient:
    """HTTP for one upstream. Thread-safe; shared by every check in a process.

    Pacing is a token bucket (GCRA): ``burst`` requests may leave at once, then one per
    ``min_interval`` seconds.
    """

    def __init__(self, name: str, agent: str, min_interval: float = 0.0, burst: int = 1) -> None:
        self.name = name
        self.min_interval = min_interval
        self.burst = max(1, burst)
        self._session = requests.Session()
        self._session.trust_env = False
        self._session.headers["User-Agent"] = agent
        self._session.headers["Accept-Language"] = "en"
        self._lock = threading.Lock()
        self._tat = 0.0  # theoretical arrival time of the next request (GCRA)
        self._cool_until = 0.0  # monotonic
        self._cool_until_utc = datetime.min.replace(tzinfo=UTC)
        self._strikes = 0  # consecutive 429s without Retry-After
        self._cache: OrderedDict[tuple[Any, ...], tuple[float, Reply]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def cooling_until(self) -> datetime | None:
        """When the current cool-down ends (UTC), or None."""
        with self._lock:
            return self._cool_until_utc if self._cool_until > time.monotonic() else None

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
                if not self._retry_soon(attempt, deadline):
                    break
                continue
            if len(body) > MAX_BODY:
                raise ProviderError("reply too large")
            reply = Reply(response.status_code, {k.lower(): v for k, v in response.headers.items()}, body)
            if reply.status == 429:
                last = "rate limited"
                self._cool_down(reply.headers.get("retry-after"))
                continue  # the next turn waits for the cool-down, or raises RateLimited
            if reply.status >= 500:
                last = f"HTTP {reply.status}"
                if reply.headers.get("retry-after"):
                    self._cool_down(reply.headers["retry-after"])
                    continue
                if not self._retry_soon(attempt, deadline):
                    break
                continue
            if reply.status >= 400:
                raise ProviderError(f"HTTP {reply.status}", reply.status, reply.text[:2000])
            with self._lock:
                self._strikes = 0
            if cache and method == "GET":
                self._store(key, reply)
            return reply
        cooling = self.cooling_until()
        if cooling is not None:
            raise RateLimited(cooling)
        raise ProviderError(last)

    def _wait_turn(self, deadline: Deadline) -> None:
        """Wait for the pacing slot and the end of any cool-down, or raise if either lies
        beyond the budget (the slot is then left for the next check)."""
        with self._lock:
            now = time.monotonic()
            tolerance = (self.burst - 1) * self.min_interval
            start = max(now, self._tat - tolerance, self._cool_until)
            if start - now > deadline.left():
                if self._cool_until > now:
                    raise RateLimited(self._cool_until_utc)
                raise ProviderError("rate limited (paced; the next slot is beyond the time budget)")
            self._tat = max(self._tat, start) + self.min_interval
        if start > now:
            time.sleep(start - now)

    def _cool_down(self, retry_after: str | None) -> None:
        """Remember when the service will take requests again, whatever this check does next."""
        with self._lock:
            if retry_after:
                wait = _retry_after_seconds(retry_after)
            else:
                wait = min(BACKOFF_MAX, BACKOFF_FIRST * 2**self._strikes)
                self._strikes += 1
            until = time.monotonic() + wait
            if until > self._cool_until:
                self._cool_until = until
                self._cool_until_utc = datetime.now(UTC) + timedelta(seconds=wait)

    def _retry_soon(self, attempt: int, deadline: Deadline) -> bool:
        """A short pause before retrying a failed connection or 5xx; False if it cannot fit."""
        wait = 0.5 * (2**attempt)
        if wait >= deadline.left() or attempt == MAX_ATTEMPTS - 1:
            return False
        with self._lock:
            self._tat = max(self._tat, time.monotonic() + wait + (self.burst - 1) * self.min_interval)
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
            return BACKOFF_FIRST
