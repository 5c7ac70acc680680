"""Breaking things on purpose: Telegram faults, providers down, kill -9, hostile pages, SSRF
through the bot."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.store import Store
from tests.botharness import JOURNALIST, REVIEW_CHAT, BotProcess, write_config
from tests.conftest import EXAMPLES
from tests.fakebot import FakeBotApi, parse_html, utf16_len
from tests.hostile_pages import HOSTILE, analyse_and_render
from tests.pageserver import PageServer, Route
from tests.providerstub import PROVIDERS, ProviderStub

SEED = (EXAMPLES / "gulan-kalin-visit.html").read_bytes()
ROOT = Path(__file__).parent.parent


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi().start()
    yield fake
    fake.stop()


def texts(api: FakeBotApi, chat: int) -> list[str]:
    return [m["plain"] for m in api.chat_messages(chat)]


def posted(api: FakeBotApi) -> bool:
    return any("Posted for review" in t for t in texts(api, JOURNALIST))


# -- Telegram faults ------------------------------------------------------------------------------


def test_server_errors_and_timeouts_are_retried(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    api.fail("sendMessage", status=502, description="Bad Gateway", retry_after=None, times=2)
    api.fail("editMessageText", status=500, description="Internal Server Error", retry_after=None, times=2)
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        # then a timeout on an edit that Telegram carried out (PTB's read timeout is 5 s)
        api.fail("editMessageText", late=6, times=1)
        api.send_text(JOURNALIST, f"/check {server.html('/a', SEED)}")
        api.wait_for(lambda: posted(api), timeout=40, what="the post despite 5xx answers and a timeout")
        headers = [t for t in texts(api, REVIEW_CHAT) if t.startswith("📰")]
        assert len(headers) == 1
        assert [m for m, _ in api.late_results] == ["editMessageText"]  # the timeout did happen
        assert len(api.chat_messages(JOURNALIST)) == 1  # one acknowledgement, edited to the end
    finally:
        bot.kill()


def test_a_timed_out_post_is_not_posted_twice(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    """Telegram posts the review but answers after the client's timeout; the retry's copy is
    kept, the first delivery deleted, and decisions edit the copy that remains."""
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.fail("sendMessage", late=6, times=1, chat_id=REVIEW_CHAT)
        api.send_text(JOURNALIST, f"/check {server.html('/a', SEED)}")
        api.wait_for(lambda: posted(api), timeout=40, what="the post after a timeout")
        ((method, first_copy),) = api.late_results
        assert method == "sendMessage"
        assert (REVIEW_CHAT, first_copy["message_id"]) in api.deleted
        headers = [m for m in api.chat_messages(REVIEW_CHAT) if m["plain"].startswith("📰")]
        assert len(headers) == 1
        kept = next(mid for (chat, mid), m in api.messages.items() if chat == REVIEW_CHAT and m is headers[0])
        api.press(42, REVIEW_CHAT, kept, "d:1:c1:v", name="Eve")
        api.wait_for(lambda: "verified by Eve" in api.messages[(REVIEW_CHAT, kept)]["plain"], what="the edit")
    finally:
        bot.kill()


def test_a_timed_out_acknowledgement_leaves_one(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.fail("sendMessage", late=6, times=1, chat_id=JOURNALIST)
        api.send_text(JOURNALIST, f"/check {server.html('/a', SEED)}")
        api.wait_for(lambda: posted(api), timeout=40, what="the post")
        assert [m for m, _ in api.late_results] == ["sendMessage"]
        assert texts(api, JOURNALIST) == [t for t in texts(api, JOURNALIST) if "Posted for review" in t]
        assert len(texts(api, JOURNALIST)) == 1  # no stale "⏳ Queued" beside the live message
    finally:
        bot.kill()


def test_blocked_journalist_and_vanished_ack(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.send_text(2002, f"/check {server.html('/a', SEED)}", name="Bob")
        api.wait_for(lambda: api.chat_messages(2002), what="the ack")
        api.blocked_chats.add(2002)  # Bob blocks the bot while the check runs
        api.wait_for(lambda: [t for t in texts(api, REVIEW_CHAT) if t.startswith("📰")], what="the post")
        # a second article: its acknowledgement disappears (deleted by the user) mid-way
        api.send_text(JOURNALIST, f"/check {server.html('/b', SEED.replace(b'Gulan', b'Gulan News'))}")
        first_ack = api.wait_for(lambda: [k for k in api.messages if k[0] == JOURNALIST], what="ack")[0]
        api.messages.pop(first_ack, None)
        api.wait_for(lambda: posted(api), what="a fresh notice after the ack vanished")
    finally:
        bot.stop()
    store = Store(tmp_path / "factdesk.json")
    assert any(s.get("blocked") for s in store.submissions(review_id=1))


def test_dropped_get_updates_connection(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        polls = len(api.called("getUpdates"))
        api.fail("getUpdates", drop=True, times=1)
        api.wait_for(lambda: len(api.called("getUpdates")) > polls + 1, what="a poll after the dropped one")
        api.send_text(JOURNALIST, f"/check {server.html('/a', SEED)}")
        api.wait_for(lambda: posted(api), timeout=40, what="polling to recover")
        assert len([t for t in texts(api, REVIEW_CHAT) if t.startswith("📰")]) == 1  # the update came once
    finally:
        bot.kill()


# -- every provider down, through the bot -------------------------------------------------------


def test_checklist_is_posted_with_the_failures_listed(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    stub = ProviderStub().start()
    for name in PROVIDERS:
        stub.modes[name] = "rate_limited"
    stub.delay["google_news"] = 8
    extra = stub.config_toml()
    config = (
        write_config(tmp_path, api)
        .read_text()
        .replace("[corroboration]\nenabled = false", "[corroboration]\ntime_budget_seconds = 3")
    )
    path = tmp_path / "config.toml"
    path.write_text(config + extra, encoding="utf-8")
    bot = BotProcess(path).start(api)
    try:
        api.send_text(JOURNALIST, f"/check {server.html('/a', SEED)}")
        api.wait_for(lambda: posted(api), timeout=40, what="the post with providers down")
        post = "\n".join(texts(api, REVIEW_CHAT))
        assert "Unavailable: gdelt, google_news, searxng, wayback, wikidata" in post
        assert "GDELT unavailable" in " ".join(texts(api, REVIEW_CHAT))
    finally:
        bot.kill()
        stub.stop()


# -- process faults -------------------------------------------------------------------------------

WRITER = """
import os, sys
from bot.store import Store
store = Store(sys.argv[1])
n = 0
while True:
    n += 1
    key = f"{os.getpid()}-{n}"
    review, _, _ = store.submit(f"https://x.example/{key}", key, {"user_id": 1, "user_name": "A", "chat_id": 1})
    store.set_status(review["id"], "fetching")
"""


def test_kill_9_during_writes_never_corrupts(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    Store(path).close()
    counts = []
    for round_ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT)
        time.sleep(0.4 + (round_ % 4) * 0.13)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        data = json.loads(path.read_text(encoding="utf-8"))  # always readable, always whole
        store = Store(path)
        counts.append(len(store.reviews()))
        assert sorted(r["id"] for r in store.reviews()) == list(range(1, counts[-1] + 1))
        assert len(store.submissions()) == counts[-1]  # each review was written with its submission
        store.close()
        assert isinstance(data, dict)
    assert counts == sorted(counts) and counts[-1] > counts[0]  # progress kept, nothing lost between kills


# -- hostile pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_is_analysed_and_rendered_within_limits(name: str) -> None:
    report, messages = analyse_and_render(HOSTILE[name])
    assert len(report.dates) <= 60 and len(report.items) <= 60
    for text in messages:
        plain = parse_html(text)
        assert utf16_len(plain) <= 4096
        assert "\u202e" not in plain and "\u200b" not in plain


# -- SSRF through the bot -------------------------------------------------------------------------


def test_ssrf_targets_are_refused_through_the_bot(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    config = write_config(tmp_path, api)
    config.write_text(
        config.read_text().replace("allow_private_addresses = true", "allow_private_addresses = false"),
        encoding="utf-8",
    )
    server.route("/redirect", Route(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
    targets = [
        "http://169.254.169.254/latest/meta-data/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::1]:8080/",
        "http://10.1/",
        "http://localhost/admin",
        server.url("/redirect"),
    ]
    bot = BotProcess(config).start(api)
    try:
        for target in targets:
            api.send_text(JOURNALIST, f"/check {target}")

        def refusals() -> list[str]:
            return [t for t in texts(api, JOURNALIST) if t.startswith("❌")]

        api.wait_for(lambda: len(refusals()) == len(targets), what="every refusal")
        failures = refusals()
        assert all("address not allowed" in t or "is not allowed" in t for t in failures), failures
        assert server.requests == []  # not even the loopback page server was reached
        assert not api.chat_messages(REVIEW_CHAT)
    finally:
        bot.kill()


# -- provider threads that outlive the budget -----------------------------------------------------


def test_late_provider_threads_do_not_write_into_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """A provider call that overruns the budget (a client that does not stop at the deadline,
    which no loopback server can force: requests stop at it) stores its hits while the report
    is being built. They must not appear: the provider is listed as timed out."""
    from checks import corroborate as corroboration
    from checks.engine import analyse_document, corroborate
    from checks.fetch import FetchedPage
    from checks.providers import Hit

    stub = ProviderStub().start()
    try:
        settings = stub.settings(budget=1.0)
        url = "https://gulan.example/kalin-visit"
        page = FetchedPage(url, url, SEED.decode(), "utf-8", "0" * 64, datetime(2026, 11, 27, tzinfo=UTC))
        doc, report = analyse_document(page, settings)
        title = "Turkish intelligence chief Kalın in Iraq for talks on security and relations"
        late = Hit("https://late.example/kalin", title, "late.example", date(2024, 1, 23), "gdelt")
        written = threading.Event()

        def overrunning_search(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            time.sleep(1.2)
            threading.Timer(0.05, written.set).start()
            return [late]

        real_answers = corroboration.Corroborator._answers

        def slow_answers(self, *args):  # noqa: ANN001, ANN002, ANN202
            written.wait(5)  # the late thread has returned its hit by now
            time.sleep(0.1)
            return real_answers(self, *args)

        monkeypatch.setattr(corroboration.gdelt, "search", overrunning_search)
        monkeypatch.setattr(corroboration.Corroborator, "_answers", slow_answers)
        corroborate(doc, report, settings)
        assert written.is_set()
        gdelt = next(p for p in report.providers if p.name == "gdelt")
        assert (gdelt.status, gdelt.detail) == ("unavailable", "timed out (budget)")
        assert "late.example" not in [c.outlet for c in report.corroboration]
    finally:
        stub.stop()


def test_malformed_urls_anywhere_on_a_page_are_skipped() -> None:
    """``urljoin`` raises on an unclosed IPv6 bracket or a bad port; the engine must not."""
    from checks.engine import analyse
    from checks.fetch import FetchedPage
    from checks.settings import EngineSettings

    page = (
        "<html><head><title>T</title><link rel='canonical' href='http://[oops/'>"
        "<meta property='og:url' content='http://[x/'></head><body><article><h1>Council meets</h1>"
        "<p class='byline'>November 20, 2026</p><p>The council met on Monday to discuss the budget and "
        "agreed to meet again next month, <a href='http://[oops/'>officials</a> said after a long day.</p>"
        "<p>Residents <a href='http://x.example:port/'>asked</a> about roads "
        "<img src='http://[img/'> and <a href='https://ok.example/a'>schools</a> in the district.</p>"
        "</article></body></html>"
    )
    url = "https://news.example/council"
    report = analyse(
        FetchedPage(url, url, page, "utf-8", "0" * 64, datetime(2026, 11, 27, tzinfo=UTC)), EngineSettings()
    )
    assert report.article.title == "Council meets" and report.article.canonical_url is None
    assert report.article.published == date(2026, 11, 20)


def test_a_huge_link_is_resolved_but_not_kept_past_its_page() -> None:
    from checks.links import _resolve_cached, absolute_url

    base = "https://news.example/a/"
    before = _resolve_cached.cache_info().currsize
    huge = absolute_url(base, "/" + "x" * 100_000)
    assert huge is not None and huge.startswith("https://news.example/xx")
    assert _resolve_cached.cache_info().currsize == before
    assert absolute_url(base, "b") == "https://news.example/a/b"
    assert absolute_url(base, "http://[oops/") is None
