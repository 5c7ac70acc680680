"""The embedded backend: a small TinyDB working file plus a folder of per-review files.

Layout (``factdesk.json`` and the folder ``factdesk.d/`` beside it; docs/storage.md):

* ``factdesk.json`` — the working file (TinyDB): meta and counters, and the workflow records,
  submissions and audit trail of *active* reviews (in flight, with open items, or finished
  recently). It is parsed once per process and again only when another process replaced it.
* ``factdesk.d/reports/B/N.json`` — report N's body, written once when the check finishes.
* ``factdesk.d/archive/B/N.json`` — a finished review moved out of the working file, with its
  submissions and trail (``B`` = N // 1000, so no folder holds more than 1,000 files).
* ``factdesk.d/index/{keys,posts,users}/S.json`` — 256 shards each: URL key → review,
  review-chat message → review, journalist → recent submissions.

Guarantees: every file is replaced atomically (temp + fsync + rename); every operation holds
one inter-process file lock, so two processes never lose each other's writes; the working
file is the commit point (side files are written before it, indexes after it and repaired
from it at start-up); a corrupt or half-migrated database is refused with one line and left
untouched.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB
from tinydb.table import Document, Table

from bot.store import migrate
from bot.store.base import (
    IN_FLIGHT,
    RECENT_PER_USER,
    Record,
    Store,
    StoreError,
    has_open_items,
    merge,
    new_review,
    now_iso,
    split,
    summary,
)
from bot.store.files import AtomicJSONStorage, CorruptFile, read_json, write_json

SCHEMA_VERSION = 2
LAYOUT = "factdesk-store 2"
LOCK_TIMEOUT = 30.0
SHARDS = 256
ARCHIVE_AFTER = timedelta(days=2)
ARCHIVE_BATCH = 500
RECENT_UPDATES = 2000
log = logging.getLogger(__name__)


def folder_of(path: Path) -> Path:
    return path.with_name(path.stem + ".d")


def bucket(review_id: int) -> str:
    return f"{review_id // 1000:05d}"


def key_shard(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:2]


def int_shard(number: int) -> str:
    return f"{number % SHARDS:02x}"


class Layout:
    """Paths of the side files of one working file."""

    def __init__(self, path: Path) -> None:
        self.root = folder_of(path)
        self.marker = self.root / "LAYOUT"

    def report(self, review_id: int) -> Path:
        return self.root / "reports" / bucket(review_id) / f"{review_id}.json"

    def archive(self, review_id: int) -> Path:
        return self.root / "archive" / bucket(review_id) / f"{review_id}.json"

    def keys(self, key: str) -> Path:
        return self.root / "index" / "keys" / f"{key_shard(key)}.json"

    def posts(self, message_id: int) -> Path:
        return self.root / "index" / "posts" / f"{int_shard(message_id)}.json"

    def users(self, user_id: int) -> Path:
        return self.root / "index" / "users" / f"{int_shard(user_id)}.json"


class TinyStore(Store):
    """The embedded backend (the default): zero set-up, one machine."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.layout = Layout(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create its folder ({exc.strerror})") from None
        self._file_lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
        self._thread_lock = threading.RLock()
        self._after: list[Callable[[], None]] = []
        self._storage: AtomicJSONStorage
        with self._thread_lock, self._lock_file():
            self._open()

    def _open(self) -> None:
        """Check, migrate or create the database (under the file lock)."""
        try:
            data = read_json(self.path)
        except CorruptFile:
            raise StoreError(
                f"{self.path} is corrupt (not valid JSON); refusing to start. Restore a backup or move "
                "it aside; it was left untouched."
            ) from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror})") from None
        if data is not None and not isinstance(data, dict):
            raise StoreError(f"{self.path} is not a factdesk database; it was left untouched.")
        version = migrate.schema_of(data)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer factdesk (schema {version}); it was left untouched.")
        if version == SCHEMA_VERSION and not self.layout.marker.exists():
            raise StoreError(
                f"{self.path} is half-migrated or was moved without its folder {self.layout.root.name}/; "
                "it was left untouched."
            )
        if data and version < SCHEMA_VERSION:
            migrate.from_v1(self.path, data, self)
        elif not data:
            self._write_marker()
        self._db = TinyDB(str(self.path), storage=AtomicJSONStorage)
        self._storage = self._db.storage  # type: ignore[assignment]
        with self._storage.transaction():
            meta = self._table("meta")
            if not meta.get(Query().key == "schema"):
                meta.insert({"key": "schema", "value": SCHEMA_VERSION})
            self._repair_indexes()

    def _write_marker(self) -> None:
        self.layout.root.mkdir(parents=True, exist_ok=True)
        if not self.layout.marker.exists():
            write_json(self.layout.marker, LAYOUT)

    def describe(self) -> str:
        return str(self.path)

    @contextlib.contextmanager
    def _lock_file(self) -> Iterator[None]:
        try:
            with self._file_lock:
                yield
        except Timeout:
            raise StoreError(f"{self.path} is locked by another process for too long") from None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One transaction: the file lock held, one atomic write of the working file at the end
        (or none on error), then the index updates queued by the operation."""
        with self._thread_lock, self._lock_file():
            outer = not self._after and self._storage._depth == 0
            try:
                with self._storage.transaction():
                    yield
            except BaseException:
                if outer:
                    self._after.clear()
                raise
            if outer:
                pending, self._after = self._after, []
                for action in pending:
                    action()

    def _table(self, name: str) -> Table:
        """A fresh Table each time: TinyDB caches tables and their next doc id per instance,
        which goes stale when another process inserts."""
        return Table(self._storage, name, cache_size=0)

    def _raw(self, name: str) -> dict[str, Any]:
        """The table's documents as stored (inside a transaction; read only)."""
        return (self._storage.read() or {}).get(name, {})

    def close(self) -> None:
        self._db.close()

    # -- meta --------------------------------------------------------------------------------

    def _next_id(self, name: str) -> int:
        meta = self._table("meta")
        row = meta.get(Query().key == f"next_{name}")
        value = int(row["value"]) if row else 1
        meta.upsert({"key": f"next_{name}", "value": value + 1}, Query().key == f"next_{name}")
        return value

    def _meta(self, key: str, default: Any = None) -> Any:
        for row in self._raw("meta").values():
            if row.get("key") == key:
                return copy.deepcopy(row["value"])
        return default

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self._locked():
            return self._meta(key, default)

    def set_meta(self, key: str, value: Any) -> None:
        with self._locked():
            self._table("meta").upsert({"key": key, "value": value}, Query().key == key)

    # -- reading records -------------------------------------------------------------------

    def _record(self, review_id: int) -> Record | None:
        row = self._raw("reviews").get(str(review_id))
        return copy.deepcopy(row) if row is not None else None

    def _archived(self, review_id: int) -> Record | None:
        try:
            return read_json(self.layout.archive(review_id))
        except CorruptFile as exc:
            raise StoreError(f"{exc} is corrupt; restore it from a backup") from None

    def _report(self, record: Record) -> Record | None:
        if not record.get("has_report"):
            return None
        try:
            return read_json(self.layout.report(record["id"]))
        except CorruptFile as exc:
            raise StoreError(f"{exc} is corrupt; restore it from a backup") from None

    def _whole(self, record: Record) -> Record:
        return merge(record, self._report(record))

    def review(self, review_id: int) -> Record | None:
        with self._locked():
            record = self._record(review_id)
            if record is None:
                archived = self._archived(review_id)
                record = archived["review"] if archived else None
            return self._whole(record) if record is not None else None

    # -- writing -------------------------------------------------------------------------

    def _activate(self, review_id: int) -> Record | None:
        """The working record, moving an archived review back into the working file first."""
        record = self._record(review_id)
        if record is not None:
            return record
        archived = self._archived(review_id)
        if archived is None:
            return None
        record = archived["review"]
        self._table("reviews").insert(Document(record, doc_id=review_id))
        submissions = self._table("submissions")
        for submission in archived["submissions"]:
            submissions.insert(Document(submission, doc_id=submission["id"]))
        decisions = self._table("decisions")
        for decision in archived["decisions"]:
            decisions.insert(Document(decision, doc_id=decision["id"]))
        path = self.layout.archive(review_id)
        self._after.append(lambda: path.unlink(missing_ok=True))
        return copy.deepcopy(record)

    def _lookup_key(self, key: str) -> int | None:
        shard = self._read_index(self.layout.keys(key))
        review_id = shard.get(key)
        if review_id is not None:
            return int(review_id)
        for row in self._raw("reviews").values():  # an index write lost to a crash
            if row.get("key") == key:
                return int(row["id"])
        return None

    def submit(self, url: str, key: str, submitter: Record) -> tuple[Record, bool, Record]:
        with self._locked():
            review_id = self._lookup_key(key)
            record = self._activate(review_id) if review_id is not None else None
            created = record is None
            if record is None:
                record, _ = split(new_review(self._next_id("review"), url, key))
                self._table("reviews").insert(Document(record, doc_id=record["id"]))
                self._after.append(lambda: self._index(self.layout.keys(key), {key: record["id"]}))
            submission = {
                "id": self._next_id("submission"),
                "review_id": record["id"],
                "at": now_iso(),
                "ack_chat_id": None,
                "ack_message_id": None,
                **submitter,
            }
            self._table("submissions").insert(Document(submission, doc_id=submission["id"]))
            self._after.append(lambda: self._index_user(submission))
            return self._whole(record), created, copy.deepcopy(submission)

    def _modify(self, review_id: int, change: Callable[[Record], None], audit: Record | None) -> Record:
        with self._locked():
            record = self._activate(review_id)
            if record is None:
                raise KeyError(review_id)
            old_report = self._report(record)
            review = merge(record, copy.deepcopy(old_report))
            change(review)
            review["updated_at"] = now_iso()
            new_record, report = split(review)
            if report is not None and report != old_report:
                write_json(self.layout.report(review_id), report)  # before the commit point
            self._table("reviews").update(_replace_with(new_record), doc_ids=[review_id])
            if audit is not None:
                entry = {"id": self._next_id("decision"), **audit}
                self._table("decisions").insert(Document(entry, doc_id=entry["id"]))
            new_posts = {p["message_id"] for p in review["posts"]} - {p["message_id"] for p in record["posts"]}
            for message_id in new_posts:
                self._after.append(lambda m=message_id: self._index(self.layout.posts(m), {str(m): review_id}))
            return copy.deepcopy(review)

    def _update_submission(self, submission_id: int, fields: Record) -> None:
        with self._locked():
            if str(submission_id) in self._raw("submissions"):
                self._table("submissions").update(dict(fields), doc_ids=[submission_id])
            else:
                log.warning("submission %s is archived; %s not recorded", submission_id, sorted(fields))

    # -- indexes ---------------------------------------------------------------------------

    def _read_index(self, path: Path) -> dict[str, Any]:
        try:
            return read_json(path) or {}
        except CorruptFile:
            log.warning("index %s is corrupt; rebuilding it", path)
            return {}

    def _index(self, path: Path, entries: dict[str, Any]) -> None:
        shard = self._read_index(path)
        if all(shard.get(k) == v for k, v in entries.items()):
            return
        shard.update(entries)
        write_json(path, shard)

    def _index_user(self, submission: Record) -> None:
        user_id = submission.get("user_id")
        if user_id is None:
            return
        path = self.layout.users(int(user_id))
        shard = self._read_index(path)
        entries = shard.setdefault(str(user_id), [])
        if any(e[0] == submission["id"] for e in entries):
            return
        entries.append([submission["id"], submission["review_id"], submission["at"]])
        del entries[:-RECENT_PER_USER]
        write_json(path, shard)

    def _repair_indexes(self) -> None:
        """Index entries of the working set lost to a crash between commit and index write."""
        keys: dict[Path, dict[str, Any]] = {}
        posts: dict[Path, dict[str, Any]] = {}
        for row in self._raw("reviews").values():
            keys.setdefault(self.layout.keys(row["key"]), {})[row["key"]] = row["id"]
            for post in row.get("posts") or []:
                posts.setdefault(self.layout.posts(post["message_id"]), {})[str(post["message_id"])] = row["id"]
        for path, entries in [*keys.items(), *posts.items()]:
            self._index(path, entries)
        for submission in self._raw("submissions").values():
            self._index_user(submission)

    # -- lists -----------------------------------------------------------------------------

    def submissions(self, review_id: int | None = None, user_id: int | None = None) -> list[Record]:
        with self._locked():
            if user_id is not None and review_id is None:
                entries = self._read_index(self.layout.users(user_id)).get(str(user_id), [])
                return [{"id": s, "review_id": r, "at": at, "user_id": user_id} for s, r, at in entries]
            if review_id is not None:
                rows = [s for s in self._raw("submissions").values() if s["review_id"] == review_id]
                if not rows and self._record(review_id) is None:
                    rows = (self._archived(review_id) or {}).get("submissions", [])
            else:
                rows = list(self._raw("submissions").values()) + [
                    s for a in self._all_archived() for s in a["submissions"]
                ]
        out = [copy.deepcopy(r) for r in rows if user_id is None or r.get("user_id") == user_id]
        return sorted(out, key=lambda r: r["id"])

    def decisions(self, review_id: int | None = None) -> list[Record]:
        with self._locked():
            if review_id is not None:
                rows = [d for d in self._raw("decisions").values() if d["review_id"] == review_id]
                if not rows and self._record(review_id) is None:
                    rows = (self._archived(review_id) or {}).get("decisions", [])
            else:
                rows = list(self._raw("decisions").values()) + [d for a in self._all_archived() for d in a["decisions"]]
        return sorted((copy.deepcopy(r) for r in rows), key=lambda r: r["id"])

    def _all_archived(self) -> Iterator[Record]:
        root = self.layout.root / "archive"
        for path in sorted(root.glob("*/*.json")) if root.exists() else []:
            archived = read_json(path)
            if archived and str(archived["review"]["id"]) not in self._raw("reviews"):
                yield archived

    def reviews(self, predicate: Callable[[Record], bool] | None = None) -> list[Record]:
        with self._locked():
            records = [copy.deepcopy(r) for r in self._raw("reviews").values()]
            records += [a["review"] for a in self._all_archived()]
            whole = [self._whole(r) for r in records]
        return sorted((r for r in whole if predicate is None or predicate(r)), key=lambda r: r["id"])

    def unfinished(self) -> list[Record]:
        with self._locked():
            rows = [summary(r) for r in self._raw("reviews").values() if r["status"] in IN_FLIGHT]
        return sorted(rows, key=lambda r: r["id"])

    def posted_reviews(self, changed_since: str | None = None, *, open_only: bool = False) -> list[Record]:
        with self._locked():
            rows = [
                summary(r)
                for r in self._raw("reviews").values()
                if r["status"] == "posted"
                and (
                    has_open_items(r) or (not open_only and (changed_since is None or r["updated_at"] > changed_since))
                )
            ]
        return sorted(rows, key=lambda r: (r["created_at"], r["id"]))

    def review_by_post(self, message_id: int) -> Record | None:
        with self._locked():
            review_id = self._read_index(self.layout.posts(message_id)).get(str(message_id))
            if review_id is None:
                review_id = next(
                    (
                        r["id"]
                        for r in self._raw("reviews").values()
                        if any(p["message_id"] == message_id for p in r["posts"])
                    ),
                    None,
                )
            if review_id is None:
                return None
            record = self._record(review_id) or (self._archived(review_id) or {}).get("review")
            if record is None or not any(p["message_id"] == message_id for p in record["posts"]):
                return None
            return self._whole(record)

    def request_counts(self, review_ids: list[int]) -> dict[int, int]:
        wanted = set(review_ids)
        counts = dict.fromkeys(wanted, 0)
        with self._locked():
            for submission in self._raw("submissions").values():
                if submission["review_id"] in wanted:
                    counts[submission["review_id"]] += 1
            for review_id in [r for r, n in counts.items() if n == 0]:
                counts[review_id] = len((self._archived(review_id) or {}).get("submissions", []))
        return counts

    # -- several processes ------------------------------------------------------------------

    def claim_update(self, update_id: int) -> bool:
        with self._locked():
            seen = self._meta("updates", [])
            if update_id in seen:
                return False
            seen = [*seen, update_id][-RECENT_UPDATES:]
            meta = self._table("meta")
            meta.upsert({"key": "updates", "value": seen}, Query().key == "updates")
            meta.upsert({"key": "last_update_at", "value": now_iso()}, Query().key == "last_update_at")
            return True

    def claim_job(self, name: str, slot: str) -> bool:
        with self._locked():
            if self._meta(f"job:{name}") == slot:
                return False
            self._table("meta").upsert({"key": f"job:{name}", "value": slot}, Query().key == f"job:{name}")
            return True

    # -- archiving --------------------------------------------------------------------------

    def maintain(self, now: datetime | None = None) -> int:
        """Move finished reviews (nothing open, older than two days, already past the last
        digest) from the working file to their archive files, at most a batch at a time."""
        now = now or datetime.now(UTC)
        with self._locked():
            cutoff = migrate.archive_cutoff(self._meta("last_digest_at"), now)
            done = [r for r in self._raw("reviews").values() if migrate.archivable(r, cutoff)][:ARCHIVE_BATCH]
            if not done:
                return 0
            ids = {r["id"] for r in done}
            submissions = [s for s in self._raw("submissions").values() if s["review_id"] in ids]
            decisions = [d for d in self._raw("decisions").values() if d["review_id"] in ids]
            for record in done:
                write_json(
                    self.layout.archive(record["id"]),
                    {
                        "review": record,
                        "submissions": [s for s in submissions if s["review_id"] == record["id"]],
                        "decisions": [d for d in decisions if d["review_id"] == record["id"]],
                    },
                )
            self._table("reviews").remove(doc_ids=list(ids))
            self._table("submissions").remove(doc_ids=[s["id"] for s in submissions])
            self._table("decisions").remove(doc_ids=[d["id"] for d in decisions])
        log.info("archived %d finished review(s) out of the working file", len(done))
        return len(done)


def _replace_with(record: Record) -> Callable[[dict[str, Any]], None]:
    def replace(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(copy.deepcopy(record))

    return replace
