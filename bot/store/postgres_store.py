"""The PostgreSQL backend, for desks that run several bot processes (docs/storage.md).

psycopg 3 with a connection pool. Every operation is one transaction; a review being changed
is locked with ``SELECT … FOR UPDATE``, so two processes deciding on one review queue up
instead of losing a write. The schema is created (or upgraded) at start, under an advisory
lock so that processes starting together do not race. Workflow records and report bodies
are ``jsonb`` columns of one row per review, with the few fields that queries filter on
(status, open items, times, the URL key) as columns of their own.

A connection the server dropped raises :class:`StoreUnavailable` (the pool replaces it);
the async facade retries once, and the handler answers "try again in a minute".
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import psycopg_pool
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.json import Jsonb

from bot.store.base import (
    IN_FLIGHT,
    RECENT_PER_USER,
    Record,
    Store,
    StoreError,
    StoreUnavailable,
    merge,
    new_review,
    now_iso,
    split,
    summary,
)

SCHEMA_VERSION = 1
CONNECT_TIMEOUT = 10.0
CHECKOUT_TIMEOUT = 5.0  # waiting for a pooled connection: then StoreUnavailable
POOL_SIZE = 8
KEEP_UPDATES_DAYS = 7
log = logging.getLogger(__name__)

DDL = """
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value jsonb NOT NULL);
CREATE SEQUENCE IF NOT EXISTS review_ids;
CREATE TABLE IF NOT EXISTS reviews (
    id bigint PRIMARY KEY,
    key text NOT NULL UNIQUE,
    status text NOT NULL,
    open_items integer NOT NULL DEFAULT 0,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    record jsonb NOT NULL,
    report jsonb
);
CREATE INDEX IF NOT EXISTS reviews_posted ON reviews (updated_at) WHERE status = 'posted';
CREATE INDEX IF NOT EXISTS reviews_open ON reviews (created_at) WHERE status = 'posted' AND open_items > 0;
CREATE INDEX IF NOT EXISTS reviews_in_flight ON reviews (id)
    WHERE status IN ('queued', 'fetching', 'analysing', 'corroborating', 'posting');
CREATE TABLE IF NOT EXISTS submissions (
    id bigserial PRIMARY KEY,
    review_id bigint NOT NULL REFERENCES reviews (id),
    user_id bigint,
    record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_review ON submissions (review_id);
CREATE INDEX IF NOT EXISTS submissions_user ON submissions (user_id, id);
CREATE INDEX IF NOT EXISTS submissions_chat ON submissions (((record->>'chat_id')::bigint), id) WHERE user_id IS NULL;
CREATE TABLE IF NOT EXISTS decisions (
    id bigserial PRIMARY KEY,
    review_id bigint NOT NULL REFERENCES reviews (id),
    record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_review ON decisions (review_id, id);
CREATE TABLE IF NOT EXISTS posts (
    chat_id bigint NOT NULL,
    message_id bigint NOT NULL,
    review_id bigint NOT NULL REFERENCES reviews (id),
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX IF NOT EXISTS posts_message ON posts (message_id);
CREATE TABLE IF NOT EXISTS updates (update_id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
"""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or exc.__class__.__name__


class PostgresStore(Store):
    """``storage.url = "postgresql://user@host/db"``; ``schema`` isolates one desk (or one test run)."""

    def __init__(self, url: str, schema: str = "public") -> None:
        self.url = url
        self.schema = schema
        try:
            self._where = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise StoreError(f"storage.url is not a valid PostgreSQL URL ({_one_line(exc)})") from None
        try:  # one direct attempt first: a clear one-line reason instead of the pool's retries
            psycopg.connect(url, connect_timeout=int(CONNECT_TIMEOUT)).close()
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.describe()}: {_one_line(exc)}") from None
        self._reopen_lock = threading.Lock()
        self._broken = False
        self._pool = self._new_pool()
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except psycopg_pool.PoolTimeout:
            self._pool.close()
            raise StoreError(f"cannot connect to PostgreSQL at {self.describe()}") from None
        self._create_schema()

    def _new_pool(self) -> psycopg_pool.ConnectionPool:
        return psycopg_pool.ConnectionPool(
            self.url,
            min_size=1,
            max_size=POOL_SIZE,
            open=False,
            timeout=CHECKOUT_TIMEOUT,
            configure=self._configure,
            check=psycopg_pool.ConnectionPool.check_connection,
            kwargs={"connect_timeout": int(CONNECT_TIMEOUT), "application_name": f"factdesk {self.schema}"[:63]},
        )

    def _reopen(self) -> None:
        """After a failure: one direct attempt; if the server answers, a fresh pool (the old
        one may be waiting out a long reconnection back-off), else StoreUnavailable at once."""
        with self._reopen_lock:
            if not self._broken:
                return
            try:
                psycopg.connect(self.url, connect_timeout=3).close()
            except psycopg.Error as exc:
                raise StoreUnavailable(f"PostgreSQL at {self.describe()} did not answer ({_one_line(exc)})") from None
            old, self._pool = self._pool, self._new_pool()
            self._pool.open(wait=False)
            self._broken = False
            old.close(timeout=0)
            log.info("reconnected to PostgreSQL at %s", self.describe())

    def _configure(self, conn: psycopg.Connection) -> None:
        conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(self.schema)))
        conn.commit()

    def describe(self) -> str:
        where = self._where
        return (
            f"postgresql://{where.get('user') or ''}@{where.get('host') or 'localhost'}:{where.get('port') or 5432}"
            f"/{where.get('dbname') or ''} (schema {self.schema})"
        )

    @contextlib.contextmanager
    def _tx(self) -> Iterator[psycopg.Cursor[Any]]:
        """One transaction on a pooled connection; a lost server becomes StoreUnavailable."""
        if self._broken:
            self._reopen()
        try:
            with self._pool.connection() as conn, conn.cursor() as cur:
                yield cur
        except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as exc:
            self._broken = True
            raise StoreUnavailable(f"PostgreSQL at {self.describe()} did not answer ({_one_line(exc)})") from None

    def _create_schema(self) -> None:
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext('factdesk-schema'))")
            cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))
            cur.execute(sql.SQL("SET LOCAL search_path TO {}").format(sql.Identifier(self.schema)))
            cur.execute(
                "SELECT to_regclass('meta') IS NOT NULL",
            )
            exists = cur.fetchone()[0]  # type: ignore[index]
            if exists:
                cur.execute("SELECT value FROM meta WHERE key = 'schema'")
                row = cur.fetchone()
                version = int(row[0]) if row else 0
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"the database at {self.describe()} was written by a newer factdesk (schema {version})"
                    )
            cur.execute(DDL)
            cur.execute(
                "INSERT INTO meta (key, value) VALUES ('schema', %s) ON CONFLICT (key) DO UPDATE SET value = %s",
                (Jsonb(SCHEMA_VERSION), Jsonb(SCHEMA_VERSION)),
            )

    def close(self) -> None:
        self._pool.close()

    def drop_schema(self) -> None:
        """Remove every table of this store's schema (tests and benchmarks clean up with it)."""
        with self._tx() as cur:
            cur.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(self.schema)))

    # -- meta --------------------------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        with self._tx() as cur:
            cur.execute("SELECT value FROM meta WHERE key = %s", (key,))
            row = cur.fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: Any) -> None:
        with self._tx() as cur:
            _set_meta(cur, key, value)

    # -- reviews ---------------------------------------------------------------------------

    def submit(self, url: str, key: str, submitter: Record) -> tuple[Record, bool, Record]:
        with self._tx() as cur:
            cur.execute("SELECT record, report FROM reviews WHERE key = %s FOR UPDATE", (key,))
            row = cur.fetchone()
            created = row is None
            if row is None:
                cur.execute("SELECT nextval('review_ids')")
                record, _ = split(new_review(int(cur.fetchone()[0]), url, key))  # type: ignore[index]
                cur.execute(
                    "INSERT INTO reviews (id, key, status, created_at, updated_at, record) "
                    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key) DO NOTHING",
                    (record["id"], key, record["status"], record["created_at"], record["updated_at"], Jsonb(record)),
                )
                if cur.rowcount == 0:  # another process created it a moment ago
                    cur.execute("SELECT record, report FROM reviews WHERE key = %s FOR UPDATE", (key,))
                    row = cur.fetchone()
                    created = False
            review = merge(row[0], row[1]) if row is not None else merge(record, None)
            submission = {
                "review_id": review["id"],
                "at": now_iso(),
                "ack_chat_id": None,
                "ack_message_id": None,
                **submitter,
            }
            cur.execute(
                "INSERT INTO submissions (review_id, user_id, record) VALUES (%s, %s, %s) RETURNING id",
                (review["id"], submitter.get("user_id"), Jsonb(submission)),
            )
            submission = {"id": cur.fetchone()[0], **submission}  # type: ignore[index]
        return review, created, submission

    def review(self, review_id: int) -> Record | None:
        with self._tx() as cur:
            cur.execute("SELECT record, report FROM reviews WHERE id = %s", (review_id,))
            row = cur.fetchone()
        return merge(row[0], row[1]) if row else None

    def _modify(self, review_id: int, change: Callable[[Record], None], audit: Record | None) -> Record:
        with self._tx() as cur:
            cur.execute("SELECT record, report FROM reviews WHERE id = %s FOR UPDATE", (review_id,))
            row = cur.fetchone()
            if row is None:
                raise KeyError(review_id)
            old_record, old_report = row
            review = merge(old_record, old_report)
            change(review)
            review["updated_at"] = now_iso()
            record, report = split(review)
            open_items = sum(1 for i in record["items"] if i.get("status") == "open")
            if report != old_report:
                cur.execute("UPDATE reviews SET report = %s WHERE id = %s", (Jsonb(report), review_id))
            cur.execute(
                "UPDATE reviews SET status = %s, open_items = %s, created_at = %s, updated_at = %s, record = %s "
                "WHERE id = %s",
                (record["status"], open_items, record["created_at"], record["updated_at"], Jsonb(record), review_id),
            )
            if audit is not None:
                cur.execute("INSERT INTO decisions (review_id, record) VALUES (%s, %s)", (review_id, Jsonb(audit)))
            known = {p["message_id"] for p in old_record.get("posts") or []}
            for post in review["posts"]:
                if post["message_id"] not in known:
                    cur.execute(
                        "INSERT INTO posts (chat_id, message_id, review_id) VALUES (%s, %s, %s) "
                        "ON CONFLICT (chat_id, message_id) DO UPDATE SET review_id = EXCLUDED.review_id",
                        (post["chat_id"], post["message_id"], review_id),
                    )
        return review

    def _update_submission(self, submission_id: int, fields: Record) -> None:
        with self._tx() as cur:
            cur.execute("UPDATE submissions SET record = record || %s WHERE id = %s", (Jsonb(fields), submission_id))

    # -- lists -----------------------------------------------------------------------------

    def submissions(self, review_id: int | None = None, user_id: int | None = None) -> list[Record]:
        with self._tx() as cur:
            if review_id is not None:
                cur.execute(
                    "SELECT id, record FROM submissions WHERE review_id = %s AND (%s::bigint IS NULL OR user_id = %s) "
                    "ORDER BY id",
                    (review_id, user_id, user_id),
                )
                rows = cur.fetchall()
            elif user_id is not None:
                cur.execute(
                    "SELECT id, record FROM submissions WHERE user_id = %s ORDER BY id DESC LIMIT %s",
                    (user_id, RECENT_PER_USER),
                )
                rows = cur.fetchall()[::-1]
            else:
                cur.execute("SELECT id, record FROM submissions ORDER BY id")
                rows = cur.fetchall()
        return [{"id": sid, **record} for sid, record in rows]

    def recent_submissions(self, user_id: int | None, chat_id: int) -> list[Record]:
        with self._tx() as cur:
            if user_id is not None:
                cur.execute(
                    "SELECT id, record FROM submissions WHERE user_id = %s ORDER BY id DESC LIMIT %s",
                    (user_id, RECENT_PER_USER),
                )
            else:
                cur.execute(
                    "SELECT id, record FROM submissions WHERE user_id IS NULL "
                    "AND (record->>'chat_id')::bigint = %s ORDER BY id DESC LIMIT %s",
                    (chat_id, RECENT_PER_USER),
                )
            rows = cur.fetchall()[::-1]
        return [{"message_id": None, **record, "id": sid} for sid, record in rows]

    def decisions(self, review_id: int | None = None) -> list[Record]:
        with self._tx() as cur:
            if review_id is None:
                cur.execute("SELECT id, record FROM decisions ORDER BY id")
            else:
                cur.execute("SELECT id, record FROM decisions WHERE review_id = %s ORDER BY id", (review_id,))
            rows = cur.fetchall()
        return [{"id": did, **record} for did, record in rows]

    def reviews(self, predicate: Callable[[Record], bool] | None = None) -> list[Record]:
        with self._tx() as cur:
            cur.execute("SELECT record, report FROM reviews ORDER BY id")
            rows = cur.fetchall()
        whole = (merge(record, report) for record, report in rows)
        return [r for r in whole if predicate is None or predicate(r)]

    def unfinished(self) -> list[Record]:
        with self._tx() as cur:
            cur.execute("SELECT record FROM reviews WHERE status = ANY(%s) ORDER BY id", (list(IN_FLIGHT),))
            rows = cur.fetchall()
        return [summary(r[0], copy=False) for r in rows]

    def posted_reviews(self, changed_since: str | None = None, *, open_only: bool = False) -> list[Record]:
        with self._tx() as cur:
            if open_only:
                cur.execute(
                    "SELECT record FROM reviews WHERE status = 'posted' AND open_items > 0 ORDER BY created_at, id"
                )
            else:
                cur.execute(
                    "SELECT record FROM reviews WHERE status = 'posted' "
                    "AND (open_items > 0 OR %s::text IS NULL OR updated_at > %s) ORDER BY created_at, id",
                    (changed_since, changed_since),
                )
            rows = cur.fetchall()
        return [summary(r[0], copy=False) for r in rows]

    def review_by_post(self, message_id: int) -> Record | None:
        with self._tx() as cur:
            cur.execute(
                "SELECT r.record, r.report FROM posts p JOIN reviews r ON r.id = p.review_id "
                "WHERE p.message_id = %s ORDER BY p.review_id DESC LIMIT 1",
                (message_id,),
            )
            row = cur.fetchone()
        return merge(row[0], row[1]) if row else None

    def request_counts(self, review_ids: list[int]) -> dict[int, int]:
        counts = dict.fromkeys(review_ids, 0)
        with self._tx() as cur:
            cur.execute(
                "SELECT review_id, count(*) FROM submissions WHERE review_id = ANY(%s) GROUP BY review_id",
                (list(review_ids),),
            )
            counts.update({int(r): int(n) for r, n in cur.fetchall()})
        return counts

    # -- several processes ------------------------------------------------------------------

    def claim_update(self, update_id: int) -> bool:
        with self._tx() as cur:
            cur.execute("INSERT INTO updates (update_id) VALUES (%s) ON CONFLICT DO NOTHING", (update_id,))
            fresh = cur.rowcount == 1
            if fresh:
                _set_meta(cur, "last_update_at", now_iso())
                if update_id % 500 == 0:
                    cur.execute(
                        "DELETE FROM updates WHERE at < now() - make_interval(days => %s)", (KEEP_UPDATES_DAYS,)
                    )
        return fresh

    def claim_job(self, name: str, slot: str) -> bool:
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"factdesk-job-{name}",))
            cur.execute("SELECT value FROM meta WHERE key = %s", (f"job:{name}",))
            row = cur.fetchone()
            if row and row[0] == slot:
                return False
            _set_meta(cur, f"job:{name}", slot)
        return True


def _set_meta(cur: psycopg.Cursor[Any], key: str, value: Any) -> None:
    cur.execute(
        "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        (key, Jsonb(value)),
    )
