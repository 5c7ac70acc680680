"""Upgrading a TinyDB database written by factdesk 0.1 (one JSON file holding everything)
to the working file + folder layout (docs/storage.md).

The original is copied beside itself (``factdesk.json.v1-backup``) before anything is
written; every side file is written before the new working file replaces the old one, so a
crash in the middle leaves the 0.1 file in place and the next start migrates again.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.store.base import RECENT_PER_USER, Record, StoreError, split
from bot.store.files import write_json

if TYPE_CHECKING:
    from bot.store.tinydb_store import TinyStore

log = logging.getLogger("factdesk.store")
TABLES = {"_default", "meta", "reviews", "submissions", "decisions", "active"}


def schema_of(data: dict[str, Any] | None) -> int:
    """0 for an empty file, else the schema number in ``meta`` (1 for 0.1 files)."""
    if not data:
        return 0
    if not set(data) <= TABLES or not all(isinstance(t, dict) for t in data.values()):
        return -1
    for row in data.get("meta", {}).values():
        if isinstance(row, dict) and row.get("key") == "schema":
            return int(row.get("value") or 1)
    return 1


def archive_cutoff(last_digest: str | None, now: datetime) -> str | None:
    """Finished reviews last changed before this moment leave the working file (None: never
    before the first digest, so "disputed since the last digest" can always be answered)."""
    from bot.store.tinydb_store import ARCHIVE_AFTER

    if not last_digest:
        return None
    return min(last_digest, (now - ARCHIVE_AFTER).replace(microsecond=0).isoformat())


def archivable(line: Record, cutoff: str | None) -> bool:
    """Whether a working-file line (bot/store/tinydb_store.py) may leave the working set."""
    return (
        cutoff is not None
        and line["status"] in ("posted", "failed")
        and not line["open"]
        and line["updated_at"] < cutoff
    )


def from_v1(path: Path, data: dict[str, Any], store: TinyStore) -> None:
    """Rewrite a 0.1 database in place (under the caller's file lock)."""
    if schema_of(data) < 0:
        raise StoreError(f"{path} is not a factdesk database; it was left untouched.")
    backup = path.with_name(path.name + ".v1-backup")
    if not backup.exists():
        shutil.copy2(path, backup)
    layout = store.layout
    layout.root.mkdir(parents=True, exist_ok=True)
    try:
        reviews = sorted(data.get("reviews", {}).values(), key=lambda r: r["id"])
        submissions = sorted(data.get("submissions", {}).values(), key=lambda s: s["id"])
        decisions = sorted(data.get("decisions", {}).values(), key=lambda d: d["id"])
        meta = {row["key"]: row["value"] for row in data.get("meta", {}).values()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"{path} is not a complete factdesk 0.1 database ({exc!r}); it was left untouched.") from None
    cutoff = archive_cutoff(meta.get("last_digest_at"), datetime.now(UTC))
    from bot.store.tinydb_store import index_entry, line_of, submitter_key

    working: dict[str, dict[str, Any]] = {"meta": {}, "active": {}}
    for n, (key, value) in enumerate(sorted(meta.items()), 1):
        working["meta"][str(n)] = {"key": key, "value": 2 if key == "schema" else value}
    subs_of: dict[int, list[Record]] = {}
    for submission in submissions:
        subs_of.setdefault(submission["review_id"], []).append(submission)
    trail_of: dict[int, list[Record]] = {}
    for decision in decisions:
        trail_of.setdefault(decision["review_id"], []).append(decision)
    keys: dict[Path, dict[str, Any]] = {}
    posts: dict[Path, dict[str, Any]] = {}
    users: dict[Path, dict[str, list[Any]]] = {}
    for review in reviews:
        record, report = split(review)
        review_id = record["id"]
        if report is not None:
            write_json(layout.report(review_id), report, durable=False)
        keys.setdefault(layout.keys(record["key"]), {})[record["key"]] = review_id
        for post in record.get("posts") or []:
            posts.setdefault(layout.posts(post["message_id"]), {})[str(post["message_id"])] = review_id
        mine, trail = subs_of.get(review_id, []), trail_of.get(review_id, [])
        write_json(layout.review(review_id), {"review": record, "submissions": mine, "decisions": trail}, durable=False)
        if not archivable(line_of(record), cutoff):
            working["active"][str(review_id)] = line_of(record)
    for submission in submissions:
        who = submitter_key(submission.get("user_id"), submission.get("chat_id"))
        if who is not None:
            shard = users.setdefault(layout.users(who[0]), {})
            shard.setdefault(who[1], []).append(index_entry(submission))
    for shard in users.values():
        for entries in shard.values():
            del entries[:-RECENT_PER_USER]
    for path_, entries in [*keys.items(), *posts.items(), *users.items()]:
        write_json(path_, entries, durable=False)
    os.sync()
    store._write_marker()
    write_json(path, working)  # the commit point
    log.warning(
        "migrated %s from factdesk 0.1: %d review(s), %d of them active; backup at %s",
        path,
        len(reviews),
        len(working["active"]),
        backup,
    )
