"""The only module that touches the TinyDB file: reviews, submissions, decisions, notes.

Guarantees (spec §7, reliability.md §2):

* **Atomic writes**: every write goes to a temporary file, is fsynced and renamed over the
  database, so a crash (even ``kill -9``) leaves either the old or the new state.
* **Several processes**: every read-modify-write holds an inter-process file lock, so the
  bot and ``factdesk digest`` never lose each other's updates.
* **Corruption**: a file that is not valid JSON is refused at start-up with a one-line
  message, and left untouched.
* **Explicit keys**: reviews are numbered by a counter in the ``meta`` table (the ``N`` of
  ``/note N`` and ``/export N``); TinyDB's doc ids are never shown.

Records hold plain JSON (ISO strings for times). Callers get copies, never live documents.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

SCHEMA_VERSION = 1
IN_FLIGHT = ("queued", "fetching", "analysing", "corroborating", "posting")
DECIDED = ("verified", "disputed", "not_applicable")
LOCK_TIMEOUT = 30.0

Record = dict[str, Any]


class StoreError(Exception):
    """The database cannot be used; the message is one line for the operator."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class AtomicJSONStorage(Storage):
    """TinyDB storage that replaces the file atomically, once per transaction.

    TinyDB writes the whole file after every table operation, so one store operation
    (a review plus its submission and two counters) would be four writes, and a crash between
    them would leave half of it. Inside :meth:`transaction` reads and writes go to a buffer
    loaded once; the outermost transaction writes it once, or not at all if it failed.
    """

    def __init__(self, path: str) -> None:
        self._path = os.path.abspath(path)
        self._depth = 0
        self._buffer: dict[str, Any] | None = None
        self._dirty = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth == 0:
            self._buffer = self._read_file()
            self._dirty = False
        self._depth += 1
        committed = False
        try:
            yield
            committed = True
        finally:
            self._depth -= 1
            if self._depth == 0:
                buffer, dirty, self._buffer = self._buffer, self._dirty, None
                if committed and dirty and buffer is not None:
                    self._write_file(buffer)

    def read(self) -> dict[str, Any] | None:
        return self._buffer if self._depth else self._read_file()

    def write(self, data: dict[str, Any]) -> None:
        if self._depth:
            self._buffer, self._dirty = data, True
        else:
            self._write_file(data)

    def _read_file(self) -> dict[str, Any] | None:
        try:
            with open(self._path, encoding="utf-8") as fh:
                text = fh.read()
        except FileNotFoundError:
            return None
        return json.loads(text) if text.strip() else None

    def _write_file(self, data: dict[str, Any]) -> None:
        payload = json.dumps(data, ensure_ascii=False)  # fails before touching the disk
        folder = os.path.dirname(self._path)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".factdesk-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        if os.name == "posix":
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def close(self) -> None:
        pass


class Store:
    """All persistence of the bot and the one-shot commands."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create its folder ({exc.strerror})") from None
        self._file_lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
        self._thread_lock = threading.RLock()
        self._check_readable()
        self._db = TinyDB(str(self.path), storage=AtomicJSONStorage)
        with self._locked():
            meta = self._table("meta")
            if not meta.get(Query().key == "schema"):
                meta.insert({"key": "schema", "value": SCHEMA_VERSION})

    def _check_readable(self) -> None:
        if not self.path.exists():
            return
        try:
            text = self.path.read_text(encoding="utf-8")
            data = json.loads(text) if text.strip() else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise StoreError(
                f"{self.path} is corrupt (not valid JSON); refusing to start. Restore a backup or move "
                "it aside; it was left untouched."
            ) from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror})") from None
        if not isinstance(data, dict):
            raise StoreError(f"{self.path} is not a factdesk database; it was left untouched.")

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One transaction: the file lock held, one atomic write at the end (or none on error)."""
        with self._thread_lock:
            try:
                with self._file_lock, self._db.storage.transaction():
                    yield
            except Timeout:
                raise StoreError(f"{self.path} is locked by another process for too long") from None

    def _table(self, name: str) -> Table:
        """A fresh Table each time: TinyDB caches tables and their next doc id per instance,
        which goes stale when another process inserts (duplicate ids), and caches queries."""
        return Table(self._db.storage, name, cache_size=0)

    def close(self) -> None:
        self._db.close()

    # -- counters and meta -----------------------------------------------------------------

    def _next_id(self, name: str) -> int:
        meta = self._table("meta")
        row = meta.get(Query().key == f"next_{name}")
        value = int(row["value"]) if row else 1
        meta.upsert({"key": f"next_{name}", "value": value + 1}, Query().key == f"next_{name}")
        return value

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self._locked():
            row = self._table("meta").get(Query().key == key)
        return copy.deepcopy(row["value"]) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        with self._locked():
            self._table("meta").upsert({"key": key, "value": value}, Query().key == key)

    # -- reviews ---------------------------------------------------------------------------

    def submit(self, url: str, key: str, submitter: Record) -> tuple[Record, bool, Record]:
        """Record a submission; create the review unless one exists for ``key``.

        Returns ``(review, created, submission)``. The submission is stored in the same locked step, so a
        request is never lost between "exists?" and "create".
        """
        with self._locked():
            reviews = self._table("reviews")
            existing = reviews.get(Query().key == key)
            if existing is None:
                review = {
                    "id": self._next_id("review"),
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
                reviews.insert(review)
            else:
                review = dict(existing)
            submission = {
                "id": self._next_id("submission"),
                "review_id": review["id"],
                "at": now_iso(),
                "ack_chat_id": None,
                "ack_message_id": None,
                **submitter,
            }
            self._table("submissions").insert(submission)
            return copy.deepcopy(review), existing is None, submission

    def review(self, review_id: int) -> Record | None:
        with self._locked():
            row = self._table("reviews").get(Query().id == review_id)
        return copy.deepcopy(row) if row else None

    def update_review(self, review_id: int, change: Callable[[Record], None]) -> Record:
        """Apply ``change`` to the review inside one locked read-modify-write."""
        with self._locked():
            table = self._table("reviews")
            row = table.get(Query().id == review_id)
            if row is None:
                raise KeyError(review_id)
            review = copy.deepcopy(dict(row))
            change(review)
            review["updated_at"] = now_iso()
            table.update(review, Query().id == review_id)
            return copy.deepcopy(review)

    def set_status(self, review_id: int, status: str, error: str | None = None) -> Record:
        def change(review: Record) -> None:
            review["status"] = status
            review["error"] = error

        return self.update_review(review_id, change)

    def reviews(self, predicate: Callable[[Record], bool] | None = None) -> list[Record]:
        with self._locked():
            rows = self._table("reviews").all()
        out = [copy.deepcopy(dict(r)) for r in rows if predicate is None or predicate(r)]
        return sorted(out, key=lambda r: r["id"])

    def unfinished(self) -> list[Record]:
        """Reviews a stopped bot left in flight: to finish (or report) after a restart."""
        return self.reviews(lambda r: r["status"] in IN_FLIGHT)

    # -- submissions -------------------------------------------------------------------------

    def set_ack(self, submission_id: int, chat_id: int, message_id: int | None) -> None:
        with self._locked():
            self._table("submissions").update(
                {"ack_chat_id": chat_id, "ack_message_id": message_id}, Query().id == submission_id
            )

    def mark_blocked(self, submission_id: int) -> None:
        """The journalist blocked the bot: remembered, so it is visible in exports and logs."""
        with self._locked():
            self._table("submissions").update({"blocked": True}, Query().id == submission_id)

    def submissions(self, review_id: int | None = None, user_id: int | None = None) -> list[Record]:
        with self._locked():
            rows = self._table("submissions").all()
        out = [
            copy.deepcopy(dict(r))
            for r in rows
            if (review_id is None or r["review_id"] == review_id) and (user_id is None or r["user_id"] == user_id)
        ]
        return sorted(out, key=lambda r: r["id"])

    # -- decisions and notes ---------------------------------------------------------------

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

        with self._locked():
            review = self.update_review(review_id, change)
            self._audit(review_id, item_id, status, editor, at, None)
        return review, changed

    def add_note(self, review_id: int, item_id: str | None, text: str, editor: Record) -> Record:
        at = now_iso()
        note = {"item_id": item_id, "text": text, "user_id": editor["user_id"], "user_name": editor["name"], "at": at}

        def change(review: Record) -> None:
            if item_id is not None and item_id not in {i["id"] for i in review["items"]}:
                raise KeyError(item_id)
            review["notes"].append(note)

        with self._locked():
            review = self.update_review(review_id, change)
            self._audit(review_id, item_id, "note", editor, at, text)
        return review

    def _audit(
        self, review_id: int, item_id: str | None, status: str, editor: Record, at: str, note: str | None
    ) -> None:
        """Append to the audit trail (inside the caller's transaction)."""
        self._table("decisions").insert(
            {
                "id": self._next_id("decision"),
                "review_id": review_id,
                "item_id": item_id,
                "status": status,
                "user_id": editor["user_id"],
                "user_name": editor["name"],
                "at": at,
                "note": note,
            }
        )

    def decisions(self, review_id: int | None = None) -> list[Record]:
        with self._locked():
            rows = self._table("decisions").all()
        out = [copy.deepcopy(dict(r)) for r in rows if review_id is None or r["review_id"] == review_id]
        return sorted(out, key=lambda r: r["id"])
