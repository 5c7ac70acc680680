"""The embedded layout: upgrading a 0.1 database, archiving, indexes, refusing bad files."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.digest import build_digest
from bot.export import export_markdown
from bot.store import Store, StoreError
from bot.store.files import read_json, write_json
from bot.store.tinydb_store import TinyStore, folder_of

FIXTURE = Path(__file__).parent / "fixtures" / "v1-factdesk.json"
EVE = {"user_id": 42, "name": "Eve"}
ALICE = {"user_id": 1001, "user_name": "Alice", "chat_id": 1001}


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "factdesk.json"
    shutil.copy(FIXTURE, path)
    return path


def test_a_01_database_is_migrated_with_a_backup_and_one_log_line(
    v1_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    original = v1_path.read_bytes()
    with caplog.at_level(logging.INFO, logger="factdesk.store"):
        store = Store(v1_path)
    lines = [r.getMessage() for r in caplog.records if r.name == "factdesk.store"]
    assert len(lines) == 1 and "migrated" in lines[0] and "4 review(s)" in lines[0]
    assert (v1_path.parent / "factdesk.json.v1-backup").read_bytes() == original
    # review 1 was finished before the last digest: out of the working set, yet whole
    assert (folder_of(v1_path) / "reviews" / "00000" / "1.json").exists()
    assert set(read_json(v1_path)["active"]) == {"2", "3", "4"}
    one = store.review(1)
    assert one is not None and one["report"]["article"]["title"] and len(one["items"]) == 7
    assert all(i["detail"] and i["status"] != "open" for i in one["items"])
    assert [d["status"] for d in store.decisions(1)].count("note") == 2 and len(store.decisions(1)) == 9
    assert [s["user_name"] for s in store.submissions(review_id=1)] == ["Alice", "Bob"]
    assert store.submissions(review_id=1)[0]["ack_message_id"] == 11
    # /status, /pending, resume and the next ids
    assert [s["review_id"] for s in store.submissions(user_id=1001)] == [1, 3, 4]
    assert [r["id"] for r in store.open_reviews()] == [2]
    assert [r["id"] for r in store.unfinished()] == [4]
    assert store.review(3)["error"] == "the page answered 404 Not Found"
    assert store.review_by_post(501)["id"] == 1 and store.review_by_post(502)["id"] == 2
    review, created, submission = store.submit("https://new.example/z", "new.example/z", ALICE)
    assert created and review["id"] == 5 and submission["id"] == 6
    assert store.decide(2, "c1", "disputed", EVE)[0]["items"][0]["status"] == "disputed"
    assert store.decisions(2)[-1]["id"] == 11
    # a second start does not migrate again
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="factdesk.store"):
        Store(v1_path)
    assert not [r for r in caplog.records if "migrated" in r.getMessage()]


def test_migrated_reviews_reach_export_and_digest(v1_path: Path) -> None:
    store = Store(v1_path)
    text = export_markdown(store, 1)
    assert "The ministry confirmed the visit was in 2019." in text and "Outlet told." in text
    assert "requested 2 time(s)" in text
    digest = "\n".join(build_digest(store, datetime.now(UTC), ZoneInfo("UTC")))
    assert "#2" in digest and "#1" not in digest  # only the one with open items
    env = {**os.environ, "FACTDESK_CONFIG": ""}
    config = v1_path.parent / "config.toml"
    config.write_text('[storage]\npath = "factdesk.json"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "export", "1", "--format", "json", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert '"requests": 2' in result.stdout and "Outlet told." in result.stdout


def test_a_crash_in_the_middle_of_migration_migrates_again(v1_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.store import files

    real = files.write_json
    target = str(v1_path)

    def crash_on_commit(path: Path | str, data: object, **kwargs: object) -> None:
        if str(path) == target:
            raise OSError("power cut")
        real(path, data, **kwargs)

    monkeypatch.setattr("bot.store.migrate.write_json", crash_on_commit)
    with pytest.raises(OSError):
        Store(v1_path)
    assert v1_path.read_bytes() == FIXTURE.read_bytes()  # still the 0.1 file
    monkeypatch.undo()
    assert Store(v1_path).review(1)["notes"][1]["text"] == "Outlet told."


def test_a_half_migrated_database_is_refused_untouched(v1_path: Path) -> None:
    Store(v1_path).close()
    shutil.rmtree(folder_of(v1_path))
    before = v1_path.read_bytes()
    with pytest.raises(StoreError, match="half-migrated") as caught:
        Store(v1_path)
    assert "\n" not in str(caught.value)
    assert v1_path.read_bytes() == before


def test_a_newer_or_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "factdesk.json"
    write_json(path, {"meta": {"1": {"key": "schema", "value": 9}}})
    with pytest.raises(StoreError, match="newer factdesk"):
        Store(path)
    write_json(path, {"users": {"1": {"name": "x"}}})
    with pytest.raises(StoreError, match="not a factdesk database"):
        Store(path)
    assert read_json(path) == {"users": {"1": {"name": "x"}}}


def _finished(store: Store, n: int) -> int:
    review, _, _ = store.submit(f"https://x.example/{n}", f"x/{n}", ALICE)

    def fill(r: dict) -> None:
        r["status"] = "posted"
        r["report"] = {"article": {"title": f"T{n}"}, "items": [{"id": "c1", "detail": "long " * 50}]}
        r["items"] = [{"id": "c1", "check": "dates.stale", "severity": "high", "title": "t", "detail": "long " * 50}]
        r["items"][0]["status"] = "open"
        r["posts"] = [{"chat_id": -1, "message_id": 1000 + n, "items": ["c1"], "link": None}]

    store.update_review(review["id"], fill)
    store.decide(review["id"], "c1", "verified", EVE)
    return review["id"]


def test_finished_reviews_leave_the_working_set_and_come_back_when_touched(tmp_path: Path) -> None:
    path = tmp_path / "factdesk.json"
    store = Store(path)
    ids = [_finished(store, n) for n in range(5)]
    assert store.maintain() == 0  # never before the first digest
    store.set_meta("last_digest_at", (datetime.now(UTC) + timedelta(days=5)).isoformat())
    later = datetime.now(UTC) + timedelta(days=3)
    assert store.maintain(now=later) == 5
    working = read_json(path)
    assert working["active"] == {} and "long" not in path.read_text() and "x.example" not in path.read_text()
    assert store.posted_reviews(None) == []
    # still reachable: by id, by URL key, by post, by journalist
    assert store.review(ids[2])["items"][0]["detail"].startswith("long")
    again, created, _ = store.submit("https://x.example/3", "x/3", {**ALICE, "user_id": 7})
    assert not created and again["id"] == ids[3]
    assert store.request_counts([ids[3]]) == {ids[3]: 2}
    assert store.review_by_post(1001)["id"] == ids[1]
    assert [s["review_id"] for s in store.submissions(user_id=1001)] == ids
    store.add_note(ids[4], None, "late note", EVE)  # a write brings it back into the working set
    assert set(read_json(path)["active"]) == {str(ids[3]), str(ids[4])}
    assert [d["status"] for d in store.decisions(ids[4])] == ["verified", "note"]
    assert len(store.reviews()) == 5 and len(store.decisions()) == 6


def test_a_crash_before_the_review_file_is_repaired_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "factdesk.json"
    store = Store(path)
    review_id = _finished(store, 1)
    monkeypatch.setattr(TinyStore, "_write_case", lambda self, case: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        store.submit("https://x.example/new", "x/new", ALICE)  # the working file got its line first
    with pytest.raises(OSError):
        store.set_status(review_id, "failed", "x")
    monkeypatch.undo()
    reopened = Store(path)
    assert set(read_json(path)["active"]) == {str(review_id)}  # nothing half-written is listed
    assert read_json(path)["active"][str(review_id)]["status"] == "posted"
    review, created, submission = reopened.submit("https://x.example/new", "x/new", ALICE)
    assert created and review["id"] == review_id + 1 and submission["id"] == 2  # no gap, no id twice


def test_a_review_file_written_by_a_dying_process_is_adopted(tmp_path: Path) -> None:
    path = tmp_path / "factdesk.json"
    store = Store(path)
    store.submit("https://x.example/1", "x/1", ALICE)
    before = path.read_bytes()
    store.submit("https://x.example/2", "x/2", ALICE)
    path.write_bytes(before)  # as if the process died between the review file and the working file
    reopened = Store(path)
    assert reopened.review(2)["key"] == "x/2" and [r["id"] for r in reopened.unfinished()] == [1, 2]
    review, created, submission = reopened.submit("https://x.example/3", "x/3", ALICE)
    assert created and review["id"] == 3 and submission["id"] == 3
    assert not reopened.submit("https://x.example/2", "x/2", ALICE)[1]  # its key is indexed again


def test_lost_index_entries_are_repaired_at_start(tmp_path: Path) -> None:
    path = tmp_path / "factdesk.json"
    store = Store(path)
    review_id = _finished(store, 1)
    store.close()
    shutil.rmtree(folder_of(path) / "index")
    reopened = Store(path)
    assert reopened.review_by_post(1001)["id"] == review_id
    assert not reopened.submit("https://x.example/1", "x/1", ALICE)[1]


def test_the_bot_starts_on_a_01_database_and_answers_from_it(tmp_path: Path) -> None:
    from tests.botharness import EDITOR, JOURNALIST, BotProcess, write_config
    from tests.fakebot import FakeBotApi

    api = FakeBotApi().start()
    shutil.copy(FIXTURE, tmp_path / "factdesk.json")
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.send_text(JOURNALIST, "/status 5")
        status = api.wait_for(
            lambda: [m["plain"] for m in api.chat_messages(JOURNALIST) if "#1 " in m["plain"]], what="/status"
        )[0]
        assert "7/7 decided" in status and "— Eve" in status and "#3 " in status
        api.send_text(EDITOR, "/pending", name="Eve")
        pending = api.wait_for(
            lambda: [m["plain"] for m in api.chat_messages(EDITOR) if "open items" in m["plain"]], what="/pending"
        )[0]
        assert pending.startswith("6 open items") and "#2" in pending
    finally:
        bot.stop()
        api.stop()
    assert "migrated" in bot.output()
