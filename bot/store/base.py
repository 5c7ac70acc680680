"""What every backend offers, and the record shapes they share (see docs/storage.md).

A review is kept in two parts so that workflow operations stay cheap: the *workflow record*
(status, item states, posts, notes; about 1 KB) and the *report body* (the engine's report,
~6 KB, written once). Items in the workflow record keep only what decisions, /pending and the
digest need; :func:`merge` puts the text back from the report when a whole review is read.

Methods that list reviews (:meth:`Store.open_reviews`, :meth:`Store.posted_reviews`,
:meth:`Store.unfinished`) return *summaries*: the workflow record with ``report`` holding only
``{"article": …}``. :meth:`Store.review` and every write return the whole review.

Records hold plain JSON (ISO strings for times). Callers get copies, never live documents.
"""

from __future__ import annotations

import abc
import json
import os
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

IN_FLIGHT = ("queued", "fetching", "analysing", "corroborating", "posting")
DECIDED = ("verified", "disputed", "not_applicable")
HEAVY_ITEM_KEYS = ("detail", "evidence", "dates")
RECENT_PER_USER = 200  # submissions per journalist kept findable for /status and the hourly limit

Record = dict[str, Any]


class _Leased(Exception):
    """Raised inside a transaction to leave a review another live process is working on."""


class StoreError(Exception):
    """The database cannot be used; the message is one line for the operator."""


class StoreUnavailable(StoreError):
    """The database server did not answer (a lost connection); worth retrying shortly."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def clone(value: Any) -> Any:
    """A deep copy of plain JSON data (several times faster than ``copy.deepcopy``)."""
    return json.loads(json.dumps(value))


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def new_review(review_id: int, url: str, key: str) -> Record:
    return {
        "id": review_id,
        "key": key,
        "url": url,
        "status": "queued",
        "error": None,
        "created_at": now_iso(),
        "updated_at": now_iso(),
        "report": None,
        "items": [],
        "posts": [],
        "notes": [],
        "outcome_notified": False,
    }


def split(review: Record) -> tuple[Record, Record | None]:
    """A whole review → (workflow record, report body or None)."""
    report = review.get("report")
    record = {k: v for k, v in review.items() if k != "report"}
    by_id = {i.get("id"): i for i in (report or {}).get("items") or []}
    slim = []
    for item in review.get("items") or []:
        source = by_id.get(item.get("id"), {})
        slim.append({k: v for k, v in item.items() if not (k in HEAVY_ITEM_KEYS and source.get(k) == v)})
    record["items"] = slim
    record["head"] = (report or {}).get("article") if report is not None else None
    record["has_report"] = report is not None
    return record, report


def merge(record: Record, report: Record | None) -> Record:
    """Workflow record + report body → the whole review, as callers see it."""
    review = {k: v for k, v in record.items() if k not in ("head", "has_report")}
    by_id = {i.get("id"): i for i in (report or {}).get("items") or []}
    items = []
    for item in record.get("items") or []:
        source = by_id.get(item.get("id"), {})
        items.append({**{k: source[k] for k in HEAVY_ITEM_KEYS if k in source}, **item})
    review["items"] = items
    review["report"] = report
    return review


def summary(record: Record, *, copy: bool = True) -> Record:
    """A workflow record as list methods return it (``report`` holds only the article);
    ``copy=False`` when the record is already the caller's own (freshly parsed)."""
    review = {k: v for k, v in record.items() if k not in ("head", "has_report")}
    review["report"] = {"article": record.get("head") or {}} if record.get("has_report") else None
    return clone(review) if copy else review


def has_open_items(record: Record) -> bool:
    return any(i.get("status") == "open" for i in record.get("items") or [])


class Store(abc.ABC):
    """All persistence of the bot and the one-shot commands.

    ``Store(target)`` picks the backend: a ``postgresql://`` URL or a TinyDB file path.
    """

    def __new__(cls, target: str | Path, *args: Any, **kwargs: Any) -> Store:
        if cls is Store:
            if is_postgres(target):
                from bot.store.postgres_store import PostgresStore

                cls = PostgresStore
            else:
                from bot.store.tinydb_store import TinyStore

                cls = TinyStore
        return super().__new__(cls)

    # -- backend primitives --------------------------------------------------------------

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def describe(self) -> str:
        """Where the data lives, for logs and ``factdesk health`` (no password)."""

    @abc.abstractmethod
    def get_meta(self, key: str, default: Any = None) -> Any: ...

    @abc.abstractmethod
    def set_meta(self, key: str, value: Any) -> None: ...

    @abc.abstractmethod
    def submit(self, url: str, key: str, submitter: Record) -> tuple[Record, bool, Record]:
        """Record a submission; create the review unless one exists for ``key``.

        Returns ``(review, created, submission)``, both stored in one transaction so a
        request is never lost between "exists?" and "create".
        """

    @abc.abstractmethod
    def review(self, review_id: int) -> Record | None: ...

    @abc.abstractmethod
    def _modify(self, review_id: int, change: Callable[[Record], None], audit: Record | None) -> Record:
        """Apply ``change`` to the whole review and append ``audit`` (if any) to the trail,
        in one transaction; returns the whole review. ``KeyError`` if there is no such review."""

    @abc.abstractmethod
    def _update_submission(self, submission_id: int, fields: Record) -> None: ...

    @abc.abstractmethod
    def submissions(self, review_id: int | None = None, user_id: int | None = None) -> list[Record]:
        """A review's submissions; or a journalist's most recent ones (at most
        ``RECENT_PER_USER``); or, with neither, all of them (a full scan, for tools)."""

    @abc.abstractmethod
    def recent_submissions(self, user_id: int | None, chat_id: int) -> list[Record]:
        """A journalist's most recent submissions (at most ``RECENT_PER_USER``, oldest first);
        for posts without a user (channel posts), the chat's. Each has at least ``id``,
        ``review_id``, ``at``, ``user_id``, ``chat_id`` and ``message_id``."""

    @abc.abstractmethod
    def decisions(self, review_id: int | None = None) -> list[Record]:
        """The audit trail of one review (or all of them: a full scan, for tools)."""

    @abc.abstractmethod
    def reviews(self, predicate: Callable[[Record], bool] | None = None) -> list[Record]:
        """Every review, whole (a full scan, for tools and tests; handlers use the lists below)."""

    @abc.abstractmethod
    def unfinished(self) -> list[Record]:
        """Summaries of reviews left in flight: to finish (or report) after a restart."""

    @abc.abstractmethod
    def posted_reviews(self, changed_since: str | None = None, *, open_only: bool = False) -> list[Record]:
        """Summaries of posted reviews with an open item, or changed after ``changed_since``
        (None: every posted review still in the working set), oldest first."""

    @abc.abstractmethod
    def review_by_post(self, message_id: int) -> Record | None:
        """The review one of whose review-chat posts is ``message_id`` (an index lookup)."""

    @abc.abstractmethod
    def request_counts(self, review_ids: list[int]) -> dict[int, int]: ...

    @abc.abstractmethod
    def claim_update(self, update_id: int) -> bool:
        """True the first time ``update_id`` is seen (by any process), False for a redelivery."""

    @abc.abstractmethod
    def claim_job(self, name: str, slot: str) -> bool:
        """True for exactly one caller per (job, slot) across processes: the digest at 09:00
        runs once however many bot processes share the store."""

    def maintain(self) -> int:
        """Housekeeping (archiving finished reviews); returns how many records moved."""
        return 0

    # -- operations shared by the backends ------------------------------------------------

    def open_reviews(self) -> list[Record]:
        return self.posted_reviews(open_only=True)

    def update_review(self, review_id: int, change: Callable[[Record], None]) -> Record:
        """Apply ``change`` to the review inside one read-modify-write transaction."""
        return self._modify(review_id, change, None)

    def set_status(self, review_id: int, status: str, error: str | None = None) -> Record:
        def change(review: Record) -> None:
            review["status"] = status
            review["error"] = error

        return self._modify(review_id, change, None)

    def set_ack(self, submission_id: int, chat_id: int, message_id: int | None) -> None:
        self._update_submission(submission_id, {"ack_chat_id": chat_id, "ack_message_id": message_id})

    def mark_blocked(self, submission_id: int) -> None:
        """The journalist blocked the bot: remembered, so it is visible in exports and logs."""
        self._update_submission(submission_id, {"blocked": True})

    def lease(self, review_id: int, owner: str, seconds: float) -> bool:
        """Take (or renew, or with ``seconds=0`` give back) the right to work on an in-flight
        review. False while another process holds an unexpired lease, unless that process is
        known to be gone (same host, pid dead or reused by a new incarnation)."""
        until = (datetime.now(UTC) + timedelta(seconds=seconds)).replace(microsecond=0).isoformat()

        def change(review: Record) -> None:
            held = review.get("lease")
            if held and held["owner"] != owner and held["until"] > now_iso() and not owner_gone(held["owner"], owner):
                raise _Leased
            review["lease"] = {"owner": owner, "until": until} if seconds > 0 else None

        try:
            self._modify(review_id, change, None)
        except _Leased:
            return False
        return True

    def decide(self, review_id: int, item_id: str, status: str, editor: Record) -> tuple[Record, bool]:
        """Set an item's status and append the decision to the audit trail.

        Returns ``(review, changed)``; pressing the same button twice changes nothing but is
        still recorded, so the trail shows every press.
        """
        if status not in DECIDED:
            raise ValueError(status)
        at = now_iso()
        changed = False

        def change(review: Record) -> None:
            nonlocal changed
            for item in review["items"]:
                if item["id"] == item_id:
                    changed = item["status"] != status
                    item["status"] = status
                    item["decided_by"] = editor["name"]
                    item["decided_by_id"] = editor["user_id"]
                    item["decided_at"] = at
                    return
            raise KeyError(item_id)

        review = self._modify(review_id, change, _audit(review_id, item_id, status, editor, at, None))
        return review, changed

    def add_note(self, review_id: int, item_id: str | None, text: str, editor: Record) -> Record:
        at = now_iso()
        note = {"item_id": item_id, "text": text, "user_id": editor["user_id"], "user_name": editor["name"], "at": at}

        def change(review: Record) -> None:
            if item_id is not None and item_id not in {i["id"] for i in review["items"]}:
                raise KeyError(item_id)
            review["notes"].append(note)

        return self._modify(review_id, change, _audit(review_id, item_id, "note", editor, at, text))


def process_owner() -> str:
    """``host:pid:token``: who holds a lease (the token tells a restarted pid 1 from its predecessor)."""
    return f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"


def owner_gone(holder: str, me: str) -> bool:
    host, pid, token = (holder.split(":") + ["", "", ""])[:3]
    my_host, my_pid, _ = (me.split(":") + ["", "", ""])[:3]
    if host != my_host or not pid.isdigit():
        return False
    if pid == my_pid:
        return holder != me
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _audit(review_id: int, item_id: str | None, status: str, editor: Record, at: str, note: str | None) -> Record:
    return {
        "review_id": review_id,
        "item_id": item_id,
        "status": status,
        "user_id": editor["user_id"],
        "user_name": editor["name"],
        "at": at,
        "note": note,
    }
