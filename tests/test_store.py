"""The store, on both backends: dedup, the audit trail, lists, two processes at once,
lost connections; and TinyDB's atomic writes and refusal of corrupt files."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import AsyncStore, Store, StoreError, StoreUnavailable
from bot.urls import find_urls, normalise
from tests.storetargets import PG_URL, Backend

SUBMITTER = {"user_id": 1, "user_name": "Alice", "chat_id": 1}


def test_submit_creates_once_and_counts_requests(backend: Backend) -> None:
    store = backend.open()
    first, created, _ = store.submit("https://x.example/a", "k", SUBMITTER)
    again, created_again, submission = store.submit(
        "https://x.example/a?utm_source=x", "k", {**SUBMITTER, "user_id": 2}
    )
    assert created and not created_again and first["id"] == again["id"] == 1
    assert submission["review_id"] == 1
    assert len(store.submissions(review_id=1)) == 2
    assert store.request_counts([1, 99]) == {1: 2, 99: 0}
    assert [s["review_id"] for s in store.submissions(user_id=2)] == [1]


def _with_items(store: Store, review_id: int, message_id: int = 500) -> None:
    def fill(r: dict) -> None:
        r["report"] = {"article": {"title": "Story"}, "items": [{"id": "c1", "detail": "why", "evidence": []}]}
        r["items"] = [
            {"id": "c1", "status": "open", "title": "t", "check": "dates.stale", "severity": "medium", "detail": "why"},
            {"id": "c2", "status": "open", "title": "u", "check": "claims.novelty", "severity": "high"},
        ]
        r["posts"] = [{"chat_id": -100, "message_id": message_id, "items": ["c1", "c2"], "link": None}]
        r["status"] = "posted"

    store.update_review(review_id, fill)


def test_decisions_and_notes_are_an_audit_trail(backend: Backend) -> None:
    store = backend.open()
    review, _, _ = store.submit("https://x.example/a", "k", SUBMITTER)
    _with_items(store, review["id"])
    editor = {"user_id": 9, "name": "Eve"}
    store.decide(1, "c1", "disputed", editor)
    updated, changed = store.decide(1, "c1", "verified", editor)
    store.add_note(1, "c1", "checked with the outlet", editor)
    assert changed and updated["items"][0]["status"] == "verified" and updated["items"][0]["decided_by"] == "Eve"
    assert updated["items"][0]["detail"] == "why" and updated["report"]["article"]["title"] == "Story"
    trail = [(d["status"], d["note"]) for d in store.decisions(1)]
    assert trail == [("disputed", None), ("verified", None), ("note", "checked with the outlet")]
    with pytest.raises(KeyError):
        store.decide(1, "c9", "verified", editor)
    with pytest.raises(ValueError):
        store.decide(1, "c1", "maybe", editor)
    with pytest.raises(KeyError):
        store.add_note(77, None, "no such review", editor)
    assert len(store.decisions(1)) == 3  # the failed ones left no trace


def test_lists_return_summaries_of_the_right_reviews(backend: Backend) -> None:
    store = backend.open()
    for n in range(1, 5):
        store.submit(f"https://x.example/{n}", f"k{n}", SUBMITTER)
    _with_items(store, 1, 501)
    _with_items(store, 2, 502)
    store.decide(2, "c1", "verified", {"user_id": 9, "name": "Eve"})
    store.decide(2, "c2", "disputed", {"user_id": 9, "name": "Eve"})
    store.set_status(3, "failed", "gone")
    assert [r["id"] for r in store.open_reviews()] == [1]
    assert [r["id"] for r in store.posted_reviews(None)] == [1, 2]
    assert [r["id"] for r in store.posted_reviews("2999-01-01T00:00:00+00:00")] == [1]
    assert [r["id"] for r in store.unfinished()] == [4]
    (one,) = store.open_reviews()
    assert one["report"] == {"article": {"title": "Story"}} and one["items"][1]["title"] == "u"
    assert store.review_by_post(502)["id"] == 2 and store.review_by_post(999) is None
    assert store.review(77) is None
    assert [r["id"] for r in store.reviews(lambda r: r["status"] == "posted")] == [1, 2]


def test_acks_and_blocks_are_kept(backend: Backend) -> None:
    store = backend.open()
    _, _, submission = store.submit("https://x.example/a", "k", SUBMITTER)
    store.set_ack(submission["id"], 1, 77)
    store.mark_blocked(submission["id"])
    (stored,) = store.submissions(review_id=1)
    assert stored["ack_message_id"] == 77 and stored["blocked"] is True and stored["user_name"] == "Alice"


def test_meta_updates_and_jobs_are_claimed_once(backend: Backend) -> None:
    store, other = backend.open(), backend.open()
    assert store.get_meta("last_digest_at") is None and store.get_meta("x", 5) == 5
    store.set_meta("last_digest_at", "2026-01-01T09:00:00+00:00")
    assert other.get_meta("last_digest_at") == "2026-01-01T09:00:00+00:00"
    assert store.claim_update(1000) and not other.claim_update(1000) and other.claim_update(1001)
    assert store.claim_job("digest", "2026-01-02T09:00") and not other.claim_job("digest", "2026-01-02T09:00")
    assert other.claim_job("digest", "2026-01-03T09:00")


def test_reviews_survive_a_reopen(backend: Backend) -> None:
    store = backend.open()
    store.submit("https://x.example/a", "k", SUBMITTER)
    store.set_status(1, "fetching")
    store.close()
    reopened = backend.open()
    assert [r["id"] for r in reopened.unfinished()] == [1]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.json"
    store = Store(path)
    store.submit("https://x.example/a", "k", SUBMITTER)
    before = path.read_text()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.submit("https://x.example/b", "k2", SUBMITTER)
    monkeypatch.undo()
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".factdesk-")] == []
    assert [r["key"] for r in store.reviews()] == ["k"]  # the in-memory copy was dropped too


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(b'{"reviews": {"1": \x00\x00\x00')
    with pytest.raises(StoreError, match="corrupt"):
        Store(path)
    assert path.read_bytes() == b'{"reviews": {"1": \x00\x00\x00'


def test_two_processes_writing_at_once_lose_nothing(backend: Backend) -> None:
    backend.open().close()
    code = backend.code() + (
        "\nimport sys\nwho = int(sys.argv[1])\n"
        "for n in range(40): store.submit(f'https://x.example/{who}/{n}', f'{who}/{n}', "
        "{'user_id': who, 'user_name': 'A', 'chat_id': who})\n"
    )
    root = Path(__file__).parent.parent
    workers = [subprocess.Popen([sys.executable, "-c", code, str(who)], cwd=root) for who in (1, 2)]
    for worker in workers:
        assert worker.wait(120) == 0
    store = backend.open()
    reviews = store.reviews()
    assert len(reviews) == 80
    assert len({r["id"] for r in reviews}) == 80
    assert len(store.submissions()) == 80
    if backend.name == "tinydb":
        assert sorted(r["id"] for r in reviews) == list(range(1, 81))
        json.loads(Path(backend.target).read_text())  # and the file is valid JSON


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_a_lost_connection_is_store_unavailable_then_recovers(backend: Backend) -> None:
    import psycopg

    store = backend.open()
    store.submit("https://x.example/a", "k", SUBMITTER)
    with psycopg.connect(PG_URL, autocommit=True) as admin:  # the server drops our connections
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (f"factdesk {backend.schema}",),
        )
    assert store.review(1)["key"] == "k"  # the pool checks connections and replaces dead ones
    assert asyncio.run(AsyncStore(store).review(1))["key"] == "k"


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as caught:
        Store("postgresql://nobody@127.0.0.1:9/none?connect_timeout=1")
    assert "\n" not in str(caught.value)


def test_the_facade_retries_once_then_gives_up(tmp_path: Path) -> None:
    calls = []

    class Flaky:
        def review(self, review_id: int) -> dict:
            calls.append(review_id)
            if len(calls) < 2:
                raise StoreUnavailable("server restarting")
            return {"id": review_id}

    class Down:
        def review(self, review_id: int) -> dict:
            raise StoreUnavailable("down")

    assert asyncio.run(AsyncStore(Flaky()).review(3)) == {"id": 3} and calls == [3, 3]  # type: ignore[arg-type]
    with pytest.raises(StoreUnavailable):
        asyncio.run(AsyncStore(Down()).review(3))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.x.example/a/?utm_source=tw&utm_medium=s#frag", "https://x.example/a"),
        ("HTTPS://X.EXAMPLE:443/a?b=2&a=1&fbclid=z", "https://x.example/a?b=2&a=1"),
        ("https://x.example/a?gclid=1&id=5", "https://x.example/a?id=5"),
    ],
)
def test_normalise_drops_tracking(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normalise_keeps_what_identifies_the_article() -> None:
    assert normalise("https://x.example/a?id=5") != normalise("https://x.example/a?id=6")
    assert normalise("https://x.example/a") != normalise("https://x.example/b")


def test_find_urls() -> None:
    text = "see https://a.example/x, and (https://b.example/y). also file:///etc/passwd"
    assert find_urls(text) == ["https://a.example/x", "https://b.example/y"]
    assert find_urls("", ["https://hidden.example/z"]) == ["https://hidden.example/z"]


def test_recent_submissions_of_a_journalist_or_of_a_channel(backend: Backend) -> None:
    store = backend.open()
    store.submit("https://x.example/a", "a", {**SUBMITTER, "message_id": 10})
    store.submit("https://x.example/b", "b", {"user_id": None, "user_name": "News", "chat_id": -500, "message_id": 7})
    store.submit("https://x.example/c", "c", {"user_id": None, "user_name": "Other", "chat_id": -600, "message_id": 8})
    (mine,) = store.recent_submissions(1, 1)
    assert (mine["review_id"], mine["chat_id"], mine["message_id"]) == (1, 1, 10)
    (channel,) = store.recent_submissions(None, -500)
    assert (channel["review_id"], channel["message_id"]) == (2, 7)
    assert store.recent_submissions(99, 99) == []
