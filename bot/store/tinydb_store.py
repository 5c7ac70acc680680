"""The embedded backend: a small TinyDB working file, one file per review, sharded indexes.

Layout (``factdesk.json`` and the folder ``factdesk.d/`` beside it; docs/storage.md):

* ``factdesk.json`` — the working file (TinyDB): meta and counters, and one short line per
  *active* review (in flight, posted with open items, or changed since the last digest):
  status, times, whether items are open. Its size follows the desk's open work, not its
  history, and it is parsed again only when another process replaced it.
* ``factdesk.d/reviews/B/N.json`` — review N's workflow record, its submissions and its
  audit trail (``B`` = N // 1000: no folder holds more than 1,000 reviews).
* ``factdesk.d/reports/B/N.json`` — review N's report body, written once.
* ``factdesk.d/index/{keys,posts,users}/S.json`` — 256 shards each: URL key → review,
  review-chat message → review, journalist → recent submissions.

An operation reads and writes only the files of the review it touches, plus the working
file. Guarantees: every file is replaced atomically (temp + fsync + rename); every operation
holds one inter-process file lock, so two processes never lose each other's writes; the
working file (counters, the review's line) is written before the review file — except for
a new review, whose file comes first and is adopted if its process dies before the working
file — and the indexes last, so an id is never handed out twice nor skipped, and lines and
indexes are repaired from the review files at start-up; a corrupt or
half-migrated database is refused with one line and left untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
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
    clone,
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
RECENT_UPDATES = 2000
CACHED_FILES = 4000
log = logging.getLogger(__name__)


def folder_of(path: Path) -> Path:
    return path.with_name(path.stem + ".d")


def bucket(review_id: int) -> str:
    return f"{review_id // 1000:05d}"


def key_shard(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:2]


def int_shard(number: int) -> str:
    return f"{number % SHARDS:02x}"


def line_of(record: Record) -> Record:
    """The working file's line for an active review."""
    return {
        "status": record["status"],
        "created_at": record["created_at"],
        "updated_at": record["updated_at"],
        "open": has_open_items(record),
    }


def index_entry(submission: Record) -> list[Any]:
    return [
        submission["id"],
        submission["review_id"],
        submission["at"],
        submission.get("chat_id"),
        submission.get("message_id"),
    ]


def from_index_entry(entry: list[Any], user_id: int | None) -> Record:
    sid, rid, at, chat_id, message_id = [*entry, None, None][:5]
    return {"id": sid, "review_id": rid, "at": at, "user_id": user_id, "chat_id": chat_id, "message_id": message_id}


class Layout:
    """Paths of the side files of one working file."""

    def __init__(self, path: Path) -> None:
        self.root = folder_of(path)
        self.marker = self.root / "LAYOUT"

    def review(self, review_id: int) -> str:
        return f"{self.root}/reviews/{bucket(review_id)}/{review_id}.json"

    def report(self, review_id: int) -> str:
        return f"{self.root}/reports/{bucket(review_id)}/{review_id}.json"

    def keys(self, key: str) -> Path:
        return self.root / "index" / "keys" / f"{key_shard(key)}.json"

    def posts(self, message_id: int) -> Path:
        return self.root / "index" / "posts" / f"{int_shard(message_id)}.json"

    def users(self, user_id: int) -> Path:
        return self.root / "index" / "users" / f"{int_shard(user_id)}.json"


def submitter_key(user_id: int | None, chat_id: int | None) -> tuple[int, str] | None:
    """(shard number, key) of a submitter in the users index: the user, or for posts without
    a user (channel posts) the chat."""
    if user_id is not None:
        return int(user_id), str(user_id)
    if chat_id is not None:
        return int(chat_id), f"chat{chat_id}"
    return None


class FileCache:
    """Parsed review files, kept while their inode and times are unchanged (an atomic
    replace by any process changes them); a bounded LRU."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[str, tuple[tuple[int, int, int], str, Any]] = OrderedDict()

    def _entry(self, path: str) -> tuple[tuple[int, int, int], str, Any] | None:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            self._entries.pop(path, None)
            return None
        signature = (st.st_ino, st.st_mtime_ns, st.st_size)
        hit = self._entries.get(path)
        if hit is not None and hit[0] == signature:
            self._entries.move_to_end(path)
            return hit
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            entry = (signature, text, json.loads(text))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CorruptFile(path) from None
        self._entries[path] = entry
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)
        return entry

    def read(self, path: str) -> Any:
        """The parsed file, shared: callers must not change it."""
        entry = self._entry(path)
        return entry[2] if entry else None

    def fresh(self, path: str) -> Any:
        """A private copy of the parsed file."""
        entry = self._entry(path)
        return json.loads(entry[1]) if entry else None

    def forget(self, path: str) -> None:
        self._entries.pop(path, None)


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
        self._depth = 0
        self._files = FileCache(CACHED_FILES)
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
        self._storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        with self._storage.transaction():
            meta = self._table("meta")
            if not meta.get(Query().key == "schema"):
                meta.insert({"key": "schema", "value": SCHEMA_VERSION})
            self._repair()

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
            self._depth += 1
            try:
                with self._storage.transaction():
                    yield
            except BaseException:
                if self._depth == 1:
                    self._after.clear()
                raise
            finally:
                self._depth -= 1
            if self._depth == 0:
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
                return clone(row["value"])
        return default

    def _set_meta(self, key: str, value: Any) -> None:
        self._table("meta").upsert({"key": key, "value": value}, Query().key == key)

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self._locked():
            return self._meta(key, default)

    def set_meta(self, key: str, value: Any) -> None:
        with self._locked():
            self._set_meta(key, value)

    # -- review files ----------------------------------------------------------------------

    def _case(self, review_id: int) -> Record | None:
        """``{"review": record, "submissions": […], "decisions": […]}`` as stored (read only)."""
        try:
            return self._files.read(self.layout.review(review_id))
        except CorruptFile as exc:
            raise StoreError(f"{exc} is corrupt; restore it from a backup") from None

    def _write_case(self, case: Record) -> None:
        path = self.layout.review(case["review"]["id"])
        self._files.forget(path)
        write_json(path, case)

    def _report(self, record: Record) -> Record | None:
        if not record.get("has_report"):
            return None
        try:
            return read_json(self.layout.report(record["id"]))
        except CorruptFile as exc:
            raise StoreError(f"{exc} is corrupt; restore it from a backup") from None

    def _whole(self, record: Record) -> Record:
        return merge(clone(record), self._report(record))

    def _set_line(self, record: Record) -> None:
        """Keep the review's line in the working file (it is active again if it was not)."""
        table = self._table("active")
        line = line_of(record)
        if str(record["id"]) in self._raw("active"):
            table.update(line, doc_ids=[record["id"]])
        else:
            table.insert(Document(line, doc_id=record["id"]))

    def review(self, review_id: int) -> Record | None:
        with self._locked():
            case = self._case(review_id)
            return self._whole(case["review"]) if case else None

    # -- writing -------------------------------------------------------------------------

    def _lookup_key(self, key: str) -> int | None:
        review_id = self._read_index(self.layout.keys(key)).get(key)
        if review_id is not None:
            case = self._case(int(review_id))
            if case is not None and case["review"]["key"] == key:
                return int(review_id)
        return None

    def submit(self, url: str, key: str, submitter: Record) -> tuple[Record, bool, Record]:
        with self._locked():
            review_id = self._lookup_key(key)
            case = clone(self._case(review_id)) if review_id is not None else None
            created = case is None
            if case is None:
                record, _ = split(new_review(self._new_review_id(), url, key))
                case = {"review": record, "submissions": [], "decisions": []}
                self._after.append(lambda: self._index(self.layout.keys(key), {key: record["id"]}))
            submission = {
                "id": self._next_id("submission"),
                "review_id": case["review"]["id"],
                "at": now_iso(),
                "ack_chat_id": None,
                "ack_message_id": None,
                **submitter,
            }
            case["submissions"].append(submission)
            self._set_line(case["review"])
            if created:  # the file first: a crash leaves a review the next opening adopts (no gap)
                self._write_case(case)
            else:  # the working file first: a crash never hands out an id twice
                self._after.insert(0, lambda: self._write_case(case))
            self._after.append(lambda: self._index_user(submission))
            return self._whole(case["review"]), created, clone(submission)

    def _modify(self, review_id: int, change: Callable[[Record], None], audit: Record | None) -> Record:
        with self._locked():
            stored = self._case(review_id)
            if stored is None:
                raise KeyError(review_id)
            case = clone(stored)
            old = case["review"]
            old_report = self._report(old)
            review = merge(clone(old), clone(old_report))
            change(review)
            review["updated_at"] = now_iso()
            record, report = split(review)
            if report is not None and report != old_report:
                write_json(self.layout.report(review_id), report)  # before the record that points at it
            case["review"] = record
            if audit is not None:
                case["decisions"].append({"id": self._next_id("decision"), **audit})
            self._set_line(record)
            self._after.insert(0, lambda: self._write_case(case))
            new_posts = {p["message_id"] for p in record["posts"]} - {p["message_id"] for p in old["posts"]}
            for message_id in new_posts:
                self._after.append(lambda m=message_id: self._index(self.layout.posts(m), {str(m): review_id}))
            return clone(review)

    def _new_review_id(self) -> int:
        """The next review number, adopting any review file a dead process wrote under it."""
        while True:
            review_id = self._next_id("review")
            case = self._case(review_id)
            if case is None:
                return review_id
            self._adopt(case)

    def _adopt(self, case: Record) -> None:
        """A review file written just before its process died: count it in, as if committed."""
        record = case["review"]
        log.warning("review #%s was written by a process that stopped; kept", record["id"])
        self._set_line(record)
        for name, rows in (("submission", case["submissions"]), ("decision", case["decisions"])):
            highest = max((int(r["id"]) for r in rows), default=0)
            if int(self._meta(f"next_{name}", 1)) <= highest:
                self._set_meta(f"next_{name}", highest + 1)
        self._after.append(lambda: self._index(self.layout.keys(record["key"]), {record["key"]: record["id"]}))
        for submission in case["submissions"]:
            self._after.append(lambda s=submission: self._index_user(s))

    def _update_submission(self, submission_id: int, fields: Record) -> None:
        with self._locked():
            for line_id in self._raw("active"):
                case = self._case(int(line_id))
                for submission in (case or {}).get("submissions", []):
                    if submission["id"] == submission_id:
                        case = clone(case)
                        next(s for s in case["submissions"] if s["id"] == submission_id).update(fields)
                        self._write_case(case)
                        return
            log.warning("submission %s is not among active reviews; %s not recorded", submission_id, sorted(fields))

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
        write_json(path, shard, durable=False)  # derived data: repaired from the working set at start

    def _index_user(self, submission: Record) -> None:
        who = submitter_key(submission.get("user_id"), submission.get("chat_id"))
        if who is None:
            return
        path = self.layout.users(who[0])
        shard = self._read_index(path)
        entries = shard.setdefault(who[1], [])
        if any(e[0] == submission["id"] for e in entries):
            return
        entries.append(index_entry(submission))
        entries.sort()
        del entries[:-RECENT_PER_USER]
        write_json(path, shard, durable=False)

    def _repair(self) -> None:
        """Bring the working file's lines and the indexes up to date with the review files
        (a crash between writing a review file and the rest leaves them behind)."""
        next_review = int(self._meta("next_review", 1))
        while (case := self._case(next_review)) is not None:
            self._adopt(case)
            next_review += 1
            self._set_meta("next_review", next_review)
        for action in self._after:
            action()
        self._after.clear()
        keys: dict[Path, dict[str, Any]] = {}
        posts: dict[Path, dict[str, Any]] = {}
        for line_id, line in list(self._raw("active").items()):
            case = self._case(int(line_id))
            if case is None:
                self._table("active").remove(doc_ids=[int(line_id)])
                continue
            record = case["review"]
            if line_of(record) != line:
                self._set_line(record)
            keys.setdefault(self.layout.keys(record["key"]), {})[record["key"]] = record["id"]
            for post in record.get("posts") or []:
                posts.setdefault(self.layout.posts(post["message_id"]), {})[str(post["message_id"])] = record["id"]
            for submission in case["submissions"]:
                self._index_user(submission)
        for path, entries in [*keys.items(), *posts.items()]:
            self._index(path, entries)

    # -- lists -----------------------------------------------------------------------------

    def _all_cases(self) -> Iterator[Record]:
        root = self.layout.root / "reviews"
        for path in sorted(root.glob("*/*.json")) if root.exists() else []:
            case = read_json(path)
            if case:
                yield case

    def submissions(self, review_id: int | None = None, user_id: int | None = None) -> list[Record]:
        with self._locked():
            if user_id is not None and review_id is None:
                return self._recent(user_id, None)
            if review_id is not None:
                rows = (self._case(review_id) or {}).get("submissions", [])
            else:
                rows = [s for case in self._all_cases() for s in case["submissions"]]
        out = [clone(r) for r in rows if user_id is None or r.get("user_id") == user_id]
        return sorted(out, key=lambda r: r["id"])

    def recent_submissions(self, user_id: int | None, chat_id: int) -> list[Record]:
        with self._locked():
            return self._recent(user_id, chat_id)

    def _recent(self, user_id: int | None, chat_id: int | None) -> list[Record]:
        who = submitter_key(user_id, chat_id)
        if who is None:
            return []
        entries = self._read_index(self.layout.users(who[0])).get(who[1], [])
        return [from_index_entry(e, user_id) for e in entries]

    def decisions(self, review_id: int | None = None) -> list[Record]:
        with self._locked():
            if review_id is not None:
                rows = (self._case(review_id) or {}).get("decisions", [])
            else:
                rows = [d for case in self._all_cases() for d in case["decisions"]]
        return sorted((clone(r) for r in rows), key=lambda r: r["id"])

    def reviews(self, predicate: Callable[[Record], bool] | None = None) -> list[Record]:
        with self._locked():
            whole = [self._whole(case["review"]) for case in self._all_cases()]
        return sorted((r for r in whole if predicate is None or predicate(r)), key=lambda r: r["id"])

    def _active_summaries(self, wanted: Callable[[Record], bool]) -> list[Record]:
        out = []
        for line_id, line in self._raw("active").items():
            if wanted(line):
                try:
                    case = self._files.fresh(self.layout.review(int(line_id)))
                except CorruptFile as exc:
                    raise StoreError(f"{exc} is corrupt; restore it from a backup") from None
                if case is not None:
                    out.append(summary(case["review"], copy=False))
        return out

    def unfinished(self) -> list[Record]:
        with self._locked():
            rows = self._active_summaries(lambda line: line["status"] in IN_FLIGHT)
        return sorted(rows, key=lambda r: r["id"])

    def posted_reviews(self, changed_since: str | None = None, *, open_only: bool = False) -> list[Record]:
        def wanted(line: Record) -> bool:
            if line["status"] != "posted":
                return False
            if line["open"]:
                return True
            return not open_only and (changed_since is None or line["updated_at"] > changed_since)

        with self._locked():
            rows = self._active_summaries(wanted)
        return sorted(rows, key=lambda r: (r["created_at"], r["id"]))

    def review_by_post(self, message_id: int) -> Record | None:
        with self._locked():
            review_id = self._read_index(self.layout.posts(message_id)).get(str(message_id))
            candidates = [int(review_id)] if review_id is not None else [int(i) for i in self._raw("active")]
            for candidate in candidates:
                case = self._case(candidate)
                if case is not None and any(p["message_id"] == message_id for p in case["review"]["posts"]):
                    return self._whole(case["review"])
            return None

    def request_counts(self, review_ids: list[int]) -> dict[int, int]:
        with self._locked():
            return {r: len((self._case(r) or {}).get("submissions", [])) for r in review_ids}

    # -- several processes ------------------------------------------------------------------

    def claim_update(self, update_id: int) -> bool:
        with self._locked():
            seen = self._meta("updates", [])
            if update_id in seen:
                return False
            self._set_meta("updates", [*seen, update_id][-RECENT_UPDATES:])
            self._set_meta("last_update_at", now_iso())
            return True

    def claim_job(self, name: str, slot: str) -> bool:
        with self._locked():
            if self._meta(f"job:{name}") == slot:
                return False
            self._set_meta(f"job:{name}", slot)
            return True

    # -- the working set --------------------------------------------------------------------

    def maintain(self, now: datetime | None = None) -> int:
        """Drop the working file's lines of finished reviews (nothing open, unchanged for two
        days and since the last digest); their files stay where they are."""
        now = now or datetime.now(UTC)
        with self._locked():
            cutoff = migrate.archive_cutoff(self._meta("last_digest_at"), now)
            done = [int(i) for i, line in self._raw("active").items() if migrate.archivable(line, cutoff)]
            if done:
                self._table("active").remove(doc_ids=done)
        if done:
            log.info("%d finished review(s) left the working set", len(done))
        return len(done)
