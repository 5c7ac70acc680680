"""The store: atomic writes, two processes at once, corruption, dedup, the audit trail."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from bot.store import Store, StoreError
from bot.urls import find_urls, normalise

SUBMITTER = {"user_id": 1, "user_name": "Alice", "chat_id": 1}


def test_submit_creates_once_and_counts_requests(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    first, created, _ = store.submit("https://x.example/a", "k", SUBMITTER)
    again, created_again, submission = store.submit(
        "https://x.example/a?utm_source=x", "k", {**SUBMITTER, "user_id": 2}
    )
    assert created and not created_again and first["id"] == again["id"] == 1
    assert submission["review_id"] == 1
    assert len(store.submissions(review_id=1)) == 2


def test_decisions_and_notes_are_an_audit_trail(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    review, _, _ = store.submit("https://x.example/a", "k", SUBMITTER)
    store.update_review(
        review["id"],
        lambda r: r["items"].append(
            {"id": "c1", "status": "open", "title": "t", "check": "dates.stale", "severity": "medium"}
        ),
    )
    editor = {"user_id": 9, "name": "Eve"}
    store.decide(1, "c1", "disputed", editor)
    updated, changed = store.decide(1, "c1", "verified", editor)
    store.add_note(1, "c1", "checked with the outlet", editor)
    assert changed and updated["items"][0]["status"] == "verified" and updated["items"][0]["decided_by"] == "Eve"
    trail = [(d["status"], d["note"]) for d in store.decisions(1)]
    assert trail == [("disputed", None), ("verified", None), ("note", "checked with the outlet")]
    with pytest.raises(KeyError):
        store.decide(1, "c9", "verified", editor)
    with pytest.raises(ValueError):
        store.decide(1, "c1", "maybe", editor)


def test_reviews_survive_a_reopen(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    store.submit("https://x.example/a", "k", SUBMITTER)
    store.set_status(1, "fetching")
    store.close()
    reopened = Store(tmp_path / "db.json")
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
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".factdesk-")] == []


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(b'{"reviews": {"1": \x00\x00\x00')
    with pytest.raises(StoreError, match="corrupt"):
        Store(path)
    assert path.read_bytes() == b'{"reviews": {"1": \x00\x00\x00'


def _writer(path: str, who: int, count: int) -> None:
    store = Store(path)
    for n in range(count):
        store.submit(f"https://x.example/{who}/{n}", f"{who}/{n}", {**SUBMITTER, "user_id": who})


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "db.json")
    Store(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(path, who, 40)) for who in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    store = Store(path)
    reviews = store.reviews()
    assert len(reviews) == 80
    assert sorted(r["id"] for r in reviews) == list(range(1, 81))
    assert len(store.submissions()) == 80
    json.loads(Path(path).read_text())  # and the file is valid JSON


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
