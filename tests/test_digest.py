"""Digest, reminders and exports: content, splitting, schedule, the one-shot, job callbacks."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Defaults, ExtBot

from bot.config import load_config
from bot.digest import build_digest
from bot.export import ExportError, claim_reviews, export_json, export_markdown
from bot.jobs import digest_job, digest_trigger, reminder_job, send_reminders
from bot.services import Services
from bot.store import Store
from bot.worker import Worker
from checks.corroborate import Corroborator
from tests.botharness import EDITOR, REVIEW_CHAT, write_config
from tests.fakebot import FakeBotApi, parse_html, utf16_len

UTC_ZONE = ZoneInfo("UTC")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def add_review(store: Store, url: str, items: list[tuple[str, str]], created: datetime, requests: int = 1) -> int:
    """A posted review with items given as (severity, status)."""
    review, _, _ = store.submit(url, url, {"user_id": 1, "user_name": "Alice", "chat_id": 1})
    for n in range(requests - 1):
        store.submit(url, url, {"user_id": 2 + n, "user_name": "Bob", "chat_id": 2 + n})

    def fill(r: dict) -> None:
        r["status"] = "posted"
        r["created_at"] = created.isoformat()
        r["report"] = {
            "article": {"title": f"Story <{url}>", "site_name": "Outlet", "published": "2024-01-23"},
            "dates": [],
            "content_sha256": "ab" * 32,
            "corroboration": [],
            "providers": [],
        }
        r["items"] = [
            {
                "id": f"c{n}",
                "check": "claims.novelty" if n % 2 else "dates.mismatch",
                "severity": sev,
                "title": f"Item {n} of {url}",
                "detail": "detail",
                "dates": [],
                "evidence": [{"text": f"The sentence {n}.", "url": None}],
                "status": "open",
                "decided_by": None,
                "decided_at": None,
            }
            for n, (sev, _status) in enumerate(items, 1)
        ]
        r["posts"] = [
            {
                "chat_id": REVIEW_CHAT,
                "message_id": 100 + r["id"],
                "items": [],
                "link": f"https://t.me/c/1234567890/{100 + r['id']}",
            }
        ]

    store.update_review(review["id"], fill)
    for n, (_sev, status) in enumerate(items, 1):
        if status != "open":
            store.decide(review["id"], f"c{n}", status, {"user_id": EDITOR, "name": "Eve"})
    return review["id"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "factdesk.json")


def test_digest_lists_flagged_oldest_first_with_counts(store: Store) -> None:
    newer = add_review(store, "https://n.example/new", [("high", "open"), ("low", "open")], NOW - timedelta(hours=2))
    older = add_review(
        store, "https://n.example/old", [("medium", "open"), ("high", "verified")], NOW - timedelta(days=2), requests=3
    )
    add_review(store, "https://n.example/done", [("high", "verified")], NOW - timedelta(days=3))
    add_review(store, "https://n.example/low", [("low", "open"), ("info", "open")], NOW - timedelta(days=4))
    (text,) = build_digest(store, NOW, UTC_ZONE)
    plain = parse_html(text)
    assert plain.index(f"#{older}") < plain.index(f"#{newer}")
    assert "3 requests" in plain and "1 request ·" in plain
    assert "/done" not in plain and "/low" not in plain  # nothing flagged open there
    assert "Totals: 2 open (1 high, 1 medium) in 2 article(s); 0 disputed" in plain
    assert f'href="https://t.me/c/1234567890/{100 + older}"' in text


def test_disputed_since_the_last_digest_only(store: Store) -> None:
    review_id = add_review(
        store, "https://n.example/a", [("low", "disputed"), ("low", "open")], NOW - timedelta(days=1)
    )
    first = parse_html(build_digest(store, NOW, UTC_ZONE)[0])
    assert "1 item(s) disputed since the last digest" in first and "— Eve" in first
    store.set_meta("last_digest_at", (datetime.now(UTC) + timedelta(seconds=1)).isoformat())
    second = parse_html(build_digest(store, NOW, UTC_ZONE)[0])
    assert "item(s) disputed since" not in second
    store.decide(review_id, "c2", "disputed", {"user_id": EDITOR, "name": "Eve"})
    store.set_meta("last_digest_at", "2000-01-01T00:00:00+00:00")
    assert "2 item(s) disputed" in parse_html(build_digest(store, NOW, UTC_ZONE)[0])


def test_empty_digest_says_so_or_stays_silent(store: Store) -> None:
    assert "Nothing pending" in build_digest(store, NOW, UTC_ZONE)[0]
    assert build_digest(store, NOW, UTC_ZONE, silent_when_empty=True) == []


def test_long_digest_is_split_within_limits(store: Store) -> None:
    for n in range(80):
        add_review(store, f"https://n.example/{n}" + "x" * 200, [("high", "open")] * 6, NOW - timedelta(hours=n))
    messages = build_digest(store, NOW, UTC_ZONE)
    assert len(messages) > 1
    assert all(utf16_len(parse_html(m)) <= 4096 for m in messages)
    assert sum(parse_html(m).count("Story <") for m in messages) == 80


def test_digest_time_is_shown_in_the_configured_zone(store: Store) -> None:
    text = build_digest(store, NOW, ZoneInfo("Asia/Baghdad"))[0]
    assert "12:00 +03" in text


def test_cron_schedule_across_daylight_saving() -> None:
    config = load_config(None, env={"FACTDESK_CONFIG": ""})
    config = type(config)(
        **{**config.__dict__, "digest": type(config.digest)(schedule="0 9 * * 1-5", timezone="Europe/Berlin")}
    )
    trigger = digest_trigger(config)
    friday = datetime(2026, 3, 27, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # DST starts Sunday 29 March
    monday = trigger.get_next_fire_time(None, friday)
    assert monday.isoformat() == "2026-03-30T09:00:00+02:00"
    before = datetime(2026, 3, 26, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert trigger.get_next_fire_time(None, before).isoformat() == "2026-03-27T09:00:00+01:00"


def test_job_is_registered_with_a_stable_id_and_grace(tmp_path: Path) -> None:
    from bot.app import build_application

    api = FakeBotApi()
    config = load_config(str(write_config(tmp_path, api)), env={})
    app = build_application(config, Store(tmp_path / "db.json"))
    jobs = {job.name: job for job in app.job_queue.jobs()}
    assert set(jobs) == {"digest", "reminders"}
    assert jobs["digest"].job.id == "digest" and jobs["digest"].job.misfire_grace_time == 3600
    assert jobs["digest"].job.coalesce is True


def run_job(callback, tmp_path: Path, api: FakeBotApi, store: Store) -> None:
    """Call a job callback directly with a constructed context (no scheduler)."""
    config = load_config(str(write_config(tmp_path, api)), env={})

    async def main() -> None:
        bot = ExtBot(
            config.telegram.token,
            base_url=config.telegram.api_base_url,
            defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
        )
        async with bot:
            services = Services(config=config, store=store, worker=Worker(1), corroborator=Corroborator(config.engine))
            await callback(SimpleNamespace(bot=bot, bot_data={"services": services}))

    asyncio.run(main())


def test_digest_job_posts_and_remembers(tmp_path: Path, store: Store) -> None:
    api = FakeBotApi().start()
    try:
        add_review(store, "https://n.example/a", [("high", "open")], NOW - timedelta(days=1))
        run_job(digest_job, tmp_path, api, store)
        (message,) = api.chat_messages(REVIEW_CHAT)
        assert "factdesk digest" in message["plain"] and "Story <https://n.example/a>" in message["plain"]
        assert store.get_meta("last_digest_at") is not None
    finally:
        api.stop()


def test_reminders_once_per_period(tmp_path: Path, store: Store) -> None:
    api = FakeBotApi().start()
    try:
        add_review(store, "https://n.example/a", [("high", "open"), ("low", "verified")], NOW - timedelta(hours=30))
        add_review(store, "https://n.example/b", [("high", "open")], datetime.now(UTC))  # too young
        run_job(reminder_job, tmp_path, api, store)
        (message,) = api.chat_messages(REVIEW_CHAT)
        assert "1 item(s) open for more than 24 h" in message["plain"] and "/a" in message["plain"]
        run_job(reminder_job, tmp_path, api, store)
        assert len(api.chat_messages(REVIEW_CHAT)) == 1  # not again within the period
        config = load_config(str(write_config(tmp_path, api)), env={})
        later = datetime.now(UTC) + timedelta(hours=25)

        async def again() -> int:
            async with ExtBot(
                config.telegram.token,
                base_url=config.telegram.api_base_url,
                defaults=Defaults(parse_mode=ParseMode.HTML),
            ) as bot:
                return await send_reminders(store, config, bot, now=later)

        assert asyncio.run(again()) == 2  # a period later: both (the young one is now old too)
    finally:
        api.stop()


def test_one_shot_digest_while_another_process_writes(tmp_path: Path, store: Store) -> None:
    api = FakeBotApi().start()
    try:
        add_review(store, "https://n.example/a", [("high", "open")], NOW - timedelta(days=1))
        config = write_config(tmp_path, api)
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                (
                    "import sys; from bot.store import Store\n"
                    f"s = Store({str(tmp_path / 'factdesk.json')!r})\n"
                    "for n in range(60): s.submit(f'https://w.example/{n}', f'w{n}', {'user_id': 9, 'user_name': 'W', "
                    "'chat_id': 9})\n"
                ),
            ],
            cwd=Path(__file__).parent.parent,
        )
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "digest", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).parent.parent,
            env={**os.environ, "FACTDESK_CONFIG": ""},
        )
        assert writer.wait(60) == 0
        assert result.returncode == 0, result.stderr
        assert "digest sent: 1 message(s)" in result.stderr
        (message,) = api.chat_messages(REVIEW_CHAT)
        assert "Story <https://n.example/a>" in message["plain"]
        reopened = Store(tmp_path / "factdesk.json")
        assert len(reopened.reviews()) == 61 and reopened.get_meta("last_digest_at")
    finally:
        api.stop()


def test_export_markdown_and_json(store: Store) -> None:
    review_id = add_review(
        store,
        "https://n.example/a",
        [("medium", "disputed"), ("high", "verified")],
        NOW - timedelta(days=1),
        requests=2,
    )
    store.add_note(review_id, "c1", "The outlet | corrected it", {"user_id": EDITOR, "name": "Eve"})
    text = export_markdown(store, review_id)
    assert text.startswith(f"# Review #{review_id}: Story &lt;https://n.example/a&gt;")
    assert "requested 2 time(s)" in text and "SHA-256 of the page: `" + "ab" * 32 + "`" in text
    assert "Status: **disputed** by Eve" in text and "note: The outlet | corrected it" in text
    assert "## ClaimReview (schema.org JSON-LD)" in text and '"claimReviewed": "The sentence 1."' in text
    data = export_json(store, review_id)
    assert data["schema"] == "factdesk.export/1" and data["requests"] == 2
    assert [d["status"] for d in data["decisions"]] == ["disputed", "verified", "note"]
    with pytest.raises(ExportError, match="no review #99"):
        export_json(store, 99)


def test_claim_review_for_disputed_claims() -> None:
    review = {
        "url": "https://n.example/a",
        "report": {"article": {"title": "T", "site_name": "Outlet", "published": "2024-01-23"}},
        "items": [
            {
                "id": "c1",
                "check": "claims.novelty",
                "status": "disputed",
                "title": "Novelty claim",
                "detail": "An earlier visit in 2023.",
                "decided_at": "2026-11-27T10:00:00+00:00",
                "evidence": [{"text": "his first-ever visit to Iraq", "url": None}],
            },
            {"id": "c2", "check": "claims.numbers", "status": "verified", "title": "n", "detail": "d", "evidence": []},
        ],
    }
    (claim,) = claim_reviews(review)
    assert claim["@type"] == "ClaimReview" and claim["claimReviewed"] == "his first-ever visit to Iraq"
    assert claim["itemReviewed"]["appearance"]["url"] == "https://n.example/a"
    assert claim["reviewRating"]["alternateName"] == "Disputed" and claim["datePublished"] == "2026-11-27"
    json.dumps(claim)


def test_export_cli(tmp_path: Path, store: Store) -> None:
    add_review(store, "https://n.example/a", [("medium", "open")], NOW)
    config = tmp_path / "c.toml"
    config.write_text('[storage]\npath = "factdesk.json"\n', encoding="utf-8")
    run = [sys.executable, "-m", "bot.cli", "export"]
    cwd = Path(__file__).parent.parent
    md = subprocess.run([*run, "1", "--config", str(config)], capture_output=True, text=True, cwd=cwd, timeout=60)
    assert md.returncode == 0 and md.stdout.startswith("# Review #1")
    js = subprocess.run(
        [*run, "1", "--format", "json", "--config", str(config)], capture_output=True, text=True, cwd=cwd, timeout=60
    )
    assert json.loads(js.stdout)["review"] == 1
    missing = subprocess.run([*run, "7", "--config", str(config)], capture_output=True, text=True, cwd=cwd, timeout=60)
    assert missing.returncode == 2 and missing.stderr.strip() == "error: there is no review #7"
