"""Store latency as history grows, on both backends, and through the bot.

    python bench/store.py [--sizes 1000,20000,100000] [--backends tinydb,postgres]
                          [--bot-history 20000] [--repeat 100] [--skip-bot]

Part 1 times each store operation (submit, decide, note, /status, /pending, digest) after
filling the store with N reviews of history, the seed's report (~11 KB a review with its
checklist) as the typical review. History is written directly (bulk writes, no fsync) in
the layout the store itself uses; 200 reviews are *active* (150 posted with open items, 50
finished since the last digest), the rest finished and, with TinyDB, archived. Targets at
100,000 reviews: median <= 20 ms, p99 <= 100 ms per operation. Each size is compared with
the 1,000-review run of the same backend (the ratio shows growth with history).

Part 2 runs the real ``factdesk run`` against the test suite's fake Bot API and a loopback
page server, with ``--bot-history`` reviews and with an empty store (the baseline), and
times start-up (<= 20 s), a new /check posted (<= 3 s), a press editing its post (<= 0.5 s),
/status answered (<= 0.5 s) and ``factdesk digest`` (<= 5 s).

PostgreSQL comes from FACTDESK_TEST_POSTGRES_URL (default: the local test server); each run
uses a schema of its own and drops it afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.digest import build_digest  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.base import RECENT_PER_USER, split  # noqa: E402
from bot.store.files import write_json  # noqa: E402
from bot.store.tinydb_store import LAYOUT, Layout, index_entry, line_of  # noqa: E402
from checks.engine import check_target  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402

PG_URL = os.environ.get("FACTDESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SEED = ROOT / "examples" / "gulan-kalin-visit.html"
ACTIVE_OPEN, ACTIVE_DONE = 150, 50
JOURNALISTS = [1001 + n for n in range(20)]
EDITOR = {"user_id": 42, "name": "Eve"}
REVIEW_CHAT = -1001234567890
TARGET_MEDIAN_MS, TARGET_P99_MS = 20.0, 100.0


def seed_report() -> dict[str, Any]:
    return check_target(str(SEED), EngineSettings(), offline=True).to_dict()


def history(n: int, report: dict[str, Any]) -> tuple[list[dict[str, Any]], datetime]:
    """N whole reviews over the last year: the newest 200 active, the rest finished."""
    now = datetime.now(UTC).replace(microsecond=0)
    step = timedelta(days=365) / max(n, 1)
    reviews = []
    for i in range(1, n + 1):
        created = now - step * (n - i) - timedelta(hours=3)
        active = i > n - ACTIVE_OPEN - ACTIVE_DONE
        still_open = i > n - ACTIVE_OPEN
        items = []
        for item in report["items"]:
            decided = not still_open or item["id"] == "c1"
            items.append(
                {
                    **item,
                    "status": ("disputed" if item["id"] == "c2" else "verified") if decided else "open",
                    "decided_by": "Eve" if decided else None,
                    "decided_by_id": 42 if decided else None,
                    "decided_at": (created + timedelta(hours=1)).isoformat() if decided else None,
                }
            )
        updated = now - timedelta(minutes=30) if active else created + timedelta(hours=2)
        reviews.append(
            {
                "id": i,
                "key": f"news{i % 97}.example/story/{i}",
                "url": f"https://news{i % 97}.example/story/{i}",
                "status": "posted",
                "error": None,
                "created_at": created.isoformat(),
                "updated_at": updated.isoformat(),
                "report": report,
                "items": items,
                "posts": [
                    {
                        "chat_id": REVIEW_CHAT,
                        "message_id": 10_000_000 + i,
                        "items": [it["id"] for it in items],
                        "link": f"https://t.me/c/1234567890/{10_000_000 + i}",
                    }
                ],
                "notes": [],
                "outcome_notified": not still_open,
            }
        )
    return reviews, now


def submission_of(review: dict[str, Any]) -> dict[str, Any]:
    user = JOURNALISTS[review["id"] % len(JOURNALISTS)]
    return {
        "id": review["id"],
        "review_id": review["id"],
        "at": review["created_at"],
        "ack_chat_id": user,
        "ack_message_id": 1,
        "user_id": user,
        "user_name": f"J{user}",
        "chat_id": user,
    }


def decisions_of(review: dict[str, Any], first_id: int) -> list[dict[str, Any]]:
    return [
        {
            "id": first_id + k,
            "review_id": review["id"],
            "item_id": item["id"],
            "status": item["status"],
            "user_id": 42,
            "user_name": "Eve",
            "at": item["decided_at"],
            "note": None,
        }
        for k, item in enumerate(i for i in review["items"] if i["status"] != "open")
    ]


def fill_tinydb(path: Path, n: int, report: dict[str, Any]) -> None:
    layout = Layout(path)
    reviews, now = history(n, report)
    report_text = json.dumps(split(reviews[0])[1], ensure_ascii=False, separators=(",", ":"))
    working: dict[str, dict[str, Any]] = {"meta": {}, "active": {}}
    keys: dict[Path, dict[str, Any]] = {}
    posts: dict[Path, dict[str, Any]] = {}
    users: dict[Path, dict[str, list[Any]]] = {}
    decision_id = 1
    for review in reviews:
        record, _ = split(review)
        target = Path(layout.report(review["id"]))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(report_text, encoding="utf-8")
        submission = submission_of(review)
        trail = decisions_of(review, decision_id)
        decision_id += len(trail)
        write_json(
            layout.review(review["id"]),
            {"review": record, "submissions": [submission], "decisions": trail},
            durable=False,
        )
        if review["id"] > n - ACTIVE_OPEN - ACTIVE_DONE:
            working["active"][str(review["id"])] = line_of(record)
        keys.setdefault(layout.keys(review["key"]), {})[review["key"]] = review["id"]
        posts.setdefault(layout.posts(10_000_000 + review["id"]), {})[str(10_000_000 + review["id"])] = review["id"]
        shard = users.setdefault(layout.users(submission["user_id"]), {})
        shard.setdefault(str(submission["user_id"]), []).append(index_entry(submission))
    for shard in users.values():
        for entries in shard.values():
            del entries[:-RECENT_PER_USER]
    for target, entries in [*keys.items(), *posts.items(), *users.items()]:
        write_json(target, entries, durable=False)
    meta = {
        "schema": 2,
        "next_review": n + 1,
        "next_submission": n + 1,
        "next_decision": decision_id,
        "last_digest_at": (now - timedelta(hours=1)).isoformat(),
    }
    working["meta"] = {str(k): {"key": key, "value": v} for k, (key, v) in enumerate(meta.items(), 1)}
    write_json(layout.marker, LAYOUT)
    write_json(path, working)


def fill_postgres(schema: str, n: int, report: dict[str, Any]) -> None:
    import psycopg

    from bot.store.postgres_store import PostgresStore

    PostgresStore(PG_URL, schema=schema).close()  # creates the schema
    reviews, now = history(n, report)
    with psycopg.connect(PG_URL) as conn, conn.cursor() as cur:
        cur.execute(f'SET search_path TO "{schema}"')
        decision_id = 1
        with cur.copy(
            "COPY reviews (id, key, status, open_items, created_at, updated_at, record, report) FROM STDIN"
        ) as copy:
            report_text = json.dumps(split(reviews[0])[1], ensure_ascii=False)
            for review in reviews:
                record, _ = split(review)
                open_items = sum(1 for i in record["items"] if i["status"] == "open")
                copy.write_row(
                    (
                        review["id"],
                        review["key"],
                        "posted",
                        open_items,
                        review["created_at"],
                        review["updated_at"],
                        json.dumps(record, ensure_ascii=False),
                        report_text,
                    )
                )
        with cur.copy("COPY submissions (id, review_id, user_id, record) FROM STDIN") as copy:
            for review in reviews:
                submission = submission_of(review)
                body = {k: v for k, v in submission.items() if k != "id"}
                copy.write_row((submission["id"], review["id"], submission["user_id"], json.dumps(body)))
        with cur.copy("COPY decisions (id, review_id, record) FROM STDIN") as copy:
            for review in reviews:
                trail = decisions_of(review, decision_id)
                decision_id += len(trail)
                for d in trail:
                    copy.write_row((d["id"], review["id"], json.dumps({k: v for k, v in d.items() if k != "id"})))
        with cur.copy("COPY posts (chat_id, message_id, review_id) FROM STDIN") as copy:
            for review in reviews:
                copy.write_row((REVIEW_CHAT, 10_000_000 + review["id"], review["id"]))
        cur.execute("SELECT setval('review_ids', %s)", (n,))
        cur.execute("SELECT setval(pg_get_serial_sequence('submissions', 'id'), %s)", (n,))
        cur.execute("SELECT setval(pg_get_serial_sequence('decisions', 'id'), %s)", (decision_id,))
        cur.execute(
            "INSERT INTO meta (key, value) VALUES ('last_digest_at', %s) ON CONFLICT (key) DO UPDATE SET value = "
            "EXCLUDED.value",
            (json.dumps((now - timedelta(hours=1)).isoformat()),),
        )
        cur.execute("ANALYZE")


def timed(operation: Callable[[int], Any], repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds per call; with ``cpu``, this process's CPU milliseconds go there too
    (wall time on a shared machine includes waiting for the disk and for other processes)."""
    out = []
    for k in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        operation(k)
        out.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - started_cpu) * 1000)
    return out


def operations(store: Store, n: int, report: dict[str, Any]) -> dict[str, Callable[[int], Any]]:
    rng = random.Random(7)
    open_ids = list(range(n - ACTIVE_OPEN + 1, n + 1))
    items = [i["id"] for i in report["items"]]
    zone = ZoneInfo("Europe/Berlin")

    def submit(k: int) -> None:
        review, created, _ = store.submit(
            f"https://new.example/{k}",
            f"new.example/{k}",
            {"user_id": JOURNALISTS[k % 20], "user_name": "J", "chat_id": JOURNALISTS[k % 20]},
        )
        assert created

    def decide(k: int) -> None:
        store.decide(rng.choice(open_ids), rng.choice(items), rng.choice(("verified", "disputed")), EDITOR)

    def note(k: int) -> None:
        store.add_note(rng.choice(open_ids), None, f"note {k}", EDITOR)

    def status(k: int) -> None:
        mine = store.submissions(user_id=JOURNALISTS[k % 20])
        for review_id in list(dict.fromkeys(s["review_id"] for s in reversed(mine)))[:5]:
            store.review(review_id)

    def pending(k: int) -> None:
        store.open_reviews()

    def digest(k: int) -> None:
        build_digest(store, datetime.now(UTC), zone)

    def reply_note_lookup(k: int) -> None:
        assert store.review_by_post(10_000_000 + rng.randint(1, n)) is not None

    return {
        "submit": submit,
        "decide": decide,
        "note": note,
        "/status": status,
        "/pending": pending,
        "digest": digest,
        "reply lookup": reply_note_lookup,
    }


def durable_write_ms(repeat: int = 50) -> float:
    """The disk's price of one atomic, fsynced 2 KB file replacement (a TinyDB write is two)."""
    folder = Path(tempfile.mkdtemp(prefix="factdesk-fsync-"))
    try:
        times = timed(lambda k: write_json(folder / "probe.json", {"k": k, "pad": "x" * 2000}), repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(times)


def store_part(sizes: list[int], backends: list[str], repeat: int, report: dict[str, Any]) -> None:
    print("\n== store operations (wall ms: median / p99; ratio of medians to the smallest size; CPU ms median) ==")
    print(f"baseline: one durable file write (temp + fsync + rename + fsync dir) = {durable_write_ms():.2f} ms")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for backend in backends:
        base: dict[str, float] = {}
        for n in sizes:
            tmp = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
            schema = f"factdesk_bench_{secrets.token_hex(4)}"
            started = time.perf_counter()
            if backend == "tinydb":
                fill_tinydb(tmp / "factdesk.json", n, report)
                opened = time.perf_counter()
                store = Store(tmp / "factdesk.json")
            else:
                fill_postgres(schema, n, report)
                opened = time.perf_counter()
                store = Store(PG_URL, schema=schema)
            open_ms = (time.perf_counter() - opened) * 1000
            print(f"\n{backend}, {n:,} reviews (generated in {opened - started:.0f} s; opened in {open_ms:.0f} ms)")
            try:
                for name, operation in operations(store, n, report).items():
                    cpu: list[float] = []
                    times = timed(operation, repeat if name != "digest" else max(10, repeat // 5), cpu)
                    median = statistics.median(times)
                    p99 = sorted(times)[min(len(times) - 1, int(len(times) * 0.99))]
                    base.setdefault(name, median)
                    ok = "ok" if median <= TARGET_MEDIAN_MS and p99 <= TARGET_P99_MS else "OVER TARGET"
                    print(
                        f"  {name:13s} {median:7.2f} / {p99:7.2f}   x{median / base[name]:.2f}   "
                        f"cpu {statistics.median(cpu):6.2f}   {ok}",
                        flush=True,
                    )
            finally:
                store.close()
                if backend == "postgres":
                    from bot.store.postgres_store import PostgresStore

                    cleaner = PostgresStore(PG_URL, schema=schema)
                    cleaner.drop_schema()
                    cleaner.close()
                shutil.rmtree(tmp, ignore_errors=True)


def bot_part(history_size: int, backend: str, report: dict[str, Any], rounds: int) -> dict[str, float]:
    from tests.botharness import EDITOR as EDITOR_ID
    from tests.botharness import BotProcess, write_config
    from tests.fakebot import FakeBotApi
    from tests.pageserver import PageServer

    api = FakeBotApi().start()
    pages = PageServer().start()
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-benchbot-"))
    schema = f"factdesk_bench_{secrets.token_hex(4)}"
    config = write_config(tmp, api)
    env_extra = {}
    if backend == "postgres":
        fill_postgres(schema, history_size, report) if history_size else Store(PG_URL, schema=schema).close()
        config.write_text(config.read_text().replace('path = "factdesk.json"', f'schema = "{schema}"'))
        env_extra = {"FACTDESK_STORAGE_URL": PG_URL}
    elif history_size:
        fill_tinydb(tmp / "factdesk.json", history_size, report)
    os.environ.update(env_extra)
    seed = SEED.read_bytes()
    result: dict[str, list[float]] = {"start-up": [], "/check posted": [], "press edits": [], "/status": []}
    bot = BotProcess(config)
    try:
        started = time.monotonic()
        bot.start(api)
        result["start-up"].append(time.monotonic() - started)
        for r in range(rounds):
            url = pages.html(f"/story/{r}", seed.replace(b"Gulan Media", f"Gulan Media {r}".encode()))
            before = {mid for (chat, mid), m in api.messages.items() if chat == REVIEW_CHAT and m.get("markup")}
            sent = time.monotonic()
            api.send_text(JOURNALISTS[0], f"/check {url}")
            new = api.wait_for(
                lambda before=before: [
                    mid
                    for (chat, mid), m in sorted(api.messages.items())
                    if chat == REVIEW_CHAT and m.get("markup") and mid not in before
                ],
                timeout=60,
                what="the review post",
            )
            result["/check posted"].append(time.monotonic() - sent)
            post = new[0]
            data = api.messages[(REVIEW_CHAT, post)]["markup"]["inline_keyboard"][0][0]["callback_data"]
            sent = time.monotonic()
            api.press(EDITOR_ID, REVIEW_CHAT, post, data, name="Eve")
            api.wait_for(lambda post=post: "by Eve" in api.messages[(REVIEW_CHAT, post)]["plain"], what="the edit")
            result["press edits"].append(time.monotonic() - sent)
            count = len(api.chat_messages(JOURNALISTS[1]))
            sent = time.monotonic()
            api.send_text(JOURNALISTS[1], "/status", name="J")
            api.wait_for(lambda count=count: len(api.chat_messages(JOURNALISTS[1])) > count, what="/status")
            result["/status"].append(time.monotonic() - sent)
        bot.stop()
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "digest", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "FACTDESK_CONFIG": ""},
        )
        assert done.returncode == 0, done.stderr
        result["factdesk digest"] = [time.monotonic() - started]
    finally:
        bot.kill()
        api.stop()
        pages.stop()
        for key in env_extra:
            os.environ.pop(key, None)
        if backend == "postgres":
            from bot.store.postgres_store import PostgresStore

            cleaner = PostgresStore(PG_URL, schema=schema)
            cleaner.drop_schema()
            cleaner.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return {name: statistics.median(values) for name, values in result.items()}


BOT_TARGETS = {"start-up": 20.0, "/check posted": 3.0, "press edits": 0.5, "/status": 0.5, "factdesk digest": 5.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--backends", default="tinydb,postgres")
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--bot-history", type=int, default=20000)
    parser.add_argument("--bot-rounds", type=int, default=5)
    parser.add_argument("--skip-bot", action="store_true")
    parser.add_argument("--skip-store", action="store_true")
    args = parser.parse_args()
    report = seed_report()
    review_bytes = len(json.dumps(history(1, report)[0][0], ensure_ascii=False))
    print(f"typical review: the seed's report, {review_bytes / 1024:.1f} KB as one JSON record")
    backends = args.backends.split(",")
    if not args.skip_store:
        store_part([int(s) for s in args.sizes.split(",")], backends, args.repeat, report)
    if args.skip_bot:
        return
    for backend in backends:
        print(f"\n== through the bot ({backend}; seconds, median of {args.bot_rounds}; ratio to an empty store) ==")
        baseline = bot_part(0, backend, report, args.bot_rounds)
        loaded = bot_part(args.bot_history, backend, report, args.bot_rounds)
        for name, seconds in loaded.items():
            ok = "ok" if seconds <= BOT_TARGETS[name] else "OVER TARGET"
            print(
                f"  {name:16s} {seconds:6.2f} s with {args.bot_history:,} reviews, {baseline[name]:6.2f} s empty "
                f"(x{seconds / baseline[name]:.2f}); target {BOT_TARGETS[name]} s: {ok}",
                flush=True,
            )


if __name__ == "__main__":
    main()
