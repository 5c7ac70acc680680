"""The Telegram workflow end to end: the real ``factdesk run`` (python-telegram-bot 22)
against the fake Bot API and a loopback article server."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock

from bot.store import Store
from tests.botharness import EDITOR, JOURNALIST, REVIEW_CHAT, BotProcess, write_config
from tests.conftest import EXAMPLES
from tests.fakebot import FakeBotApi
from tests.pageserver import PageServer, Route

SEED = (EXAMPLES / "gulan-kalin-visit.html").read_bytes()
STRANGER = 666


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi().start()
    yield fake
    fake.stop()


@pytest.fixture
def bot(tmp_path: Path, api: FakeBotApi) -> Iterator[BotProcess]:
    process = BotProcess(write_config(tmp_path, api)).start(api)
    yield process
    process.kill()


def review_posts(api: FakeBotApi) -> list[dict]:
    return [m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")]


def journalist_texts(api: FakeBotApi, chat: int = JOURNALIST) -> list[str]:
    return [m["plain"] for m in api.chat_messages(chat)]


def page_requests(server: PageServer) -> list[dict]:
    """Requests for articles (the seed's photo is fetched too, for its dates: docs/images.md)."""
    return [r for r in server.requests if not r["path"].startswith("/wp-content/")]


def post_ids(api: FakeBotApi) -> list[int]:
    return [mid for (chat, mid), m in sorted(api.messages.items()) if chat == REVIEW_CHAT and m.get("markup")]


def test_journalist_flow(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    url = server.html("/story", SEED)
    api.send_text(JOURNALIST, f"/check {url}")
    posts = api.wait_for(lambda: review_posts(api), what="the review post")
    first = posts[0]["plain"]
    assert "Turkish Intelligence Chief's Historic Iraq Visit" in first
    assert "2025-01-14 page" in first and "2024-01-23 byline" in first
    assert "1. Page date and byline disagree" in first
    buttons = [b["callback_data"] for row in posts[0]["markup"]["inline_keyboard"] for b in row]
    assert buttons[:3] == ["d:1:c1:v", "d:1:c1:d", "d:1:c1:n"]
    # the acknowledgement was edited through the stages and ends with the link to the post
    ack = api.wait_for(
        lambda: [m for m in api.chat_messages(JOURNALIST) if "Posted for review" in m["plain"]],
        what="the posted notice",
    )[0]
    stages = " | ".join(ack["history"])
    for word in ("Queued", "Fetching", "Analysing", "Posting for review", "Posted for review"):
        assert word in stages
    assert "t.me/c/1234567890/" in ack["html"]
    sent = [p for p in api.called("sendMessage") if int(p["chat_id"]) == REVIEW_CHAT]
    assert all(json.loads(p["link_preview_options"])["is_disabled"] for p in sent)
    commands = json.loads(api.called("setMyCommands")[0]["commands"])
    assert {c["command"] for c in commands} >= {"check", "status", "pending", "note", "help"}


def test_editor_decides_and_journalist_is_told(
    api: FakeBotApi, bot: BotProcess, server: PageServer, tmp_path: Path
) -> None:
    url = server.html("/story", SEED)
    api.send_text(JOURNALIST, url)  # a pasted link in a private chat
    api.wait_for(lambda: review_posts(api), what="the review post")
    first_post = post_ids(api)[0]
    api.press(EDITOR, REVIEW_CHAT, first_post, "d:1:c1:d", name="Eve")
    api.wait_for(lambda: "disputed by Eve" in api.messages[(REVIEW_CHAT, first_post)]["plain"], what="the edit")
    answers = api.called("answerCallbackQuery")
    assert answers and answers[-1]["text"] == "Item 1: disputed"
    # change of mind: both decisions are kept in the audit trail
    api.press(EDITOR, REVIEW_CHAT, first_post, "d:1:c1:v", name="Eve")
    api.wait_for(lambda: "verified by Eve" in api.messages[(REVIEW_CHAT, first_post)]["plain"], what="re-edit")
    # decide everything else → the journalist hears the outcome
    for message_id in post_ids(api):
        for row in api.messages[(REVIEW_CHAT, message_id)]["markup"]["inline_keyboard"]:
            item = row[0]["callback_data"].split(":")[2]
            if item != "c1":
                api.press(EDITOR, REVIEW_CHAT, message_id, f"d:1:{item}:{'d' if item == 'c2' else 'v'}", name="Eve")
    outcome = api.wait_for(lambda: [t for t in journalist_texts(api) if t.startswith("🏁")], what="outcome")
    assert "finished" in outcome[0] and "1 disputed" in outcome[0]
    bot.stop()
    store = Store(tmp_path / "factdesk.json")
    trail = [(d["item_id"], d["status"], d["user_name"]) for d in store.decisions(1)]
    assert trail[:2] == [("c1", "disputed", "Eve"), ("c1", "verified", "Eve")]
    assert store.review(1)["outcome_notified"] is True


def test_strangers_cannot_decide(api: FakeBotApi, bot: BotProcess, server: PageServer, tmp_path: Path) -> None:
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: review_posts(api), what="the review post")
    first_post = post_ids(api)[0]
    before = api.messages[(REVIEW_CHAT, first_post)]["html"]
    api.press(STRANGER, REVIEW_CHAT, first_post, "d:1:c1:v", name="Mallory")
    answer = api.wait_for(lambda: api.called("answerCallbackQuery"), what="the refusal")[-1]
    assert answer["text"].startswith("Only the desk's editors") and answer["show_alert"] == "true"
    api.send_text(STRANGER, "/pending", name="Mallory")
    refusal = api.wait_for(lambda: journalist_texts(api, STRANGER), what="refusal of /pending")
    assert refusal == ["Only editors can list pending items."]
    assert api.messages[(REVIEW_CHAT, first_post)]["html"] == before
    bot.stop()
    assert Store(tmp_path / "factdesk.json").decisions() == []


def test_same_url_twice_links_to_the_existing_review(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    url = server.html("/story", SEED)
    api.send_text(JOURNALIST, f"/check {url}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the posted notice")
    api.send_text(2002, f"look at this {url}?utm_source=twitter&fbclid=abc#top", name="Bob")
    reply = api.wait_for(lambda: journalist_texts(api, 2002), what="the duplicate reply")[0]
    assert "already reviewed" in reply and "requested 2 times" in reply
    assert len(review_posts(api)) == len(post_ids(api))  # nothing new was posted
    assert len(page_requests(server)) == 1  # and the page was fetched once


def test_groups_only_when_addressed_and_only_http(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    url = server.html("/story", SEED)
    group = -100555
    api.send_text(JOURNALIST, f"interesting {url}", chat_id=group, chat_type="supergroup")
    mention = "@factdesk_test_bot"
    api.send_text(JOURNALIST, "/check file:///etc/passwd")
    api.send_text(JOURNALIST, "please check ../../etc/passwd")
    api.send_text(JOURNALIST, "/etc/passwd")
    api.wait_for(lambda: len(journalist_texts(api)) >= 3, what="three refusals")
    replies = " | ".join(journalist_texts(api))
    for expected in ("Only http(s) links", "Send me an article link", "I don't know that command"):
        assert expected in replies
    assert api.chat_messages(group) == []  # not addressed: ignored
    api.send_text(
        JOURNALIST,
        f"{mention} please check {url}",
        chat_id=group,
        chat_type="supergroup",
        entities=[{"offset": 0, "length": len(mention), "type": "mention"}],
    )
    api.wait_for(lambda: review_posts(api), what="the review post from the group")
    assert api.chat_messages(group)
    assert len(page_requests(server)) == 1


def test_several_links_in_one_message_are_several_checks(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    first, second = server.html("/a", SEED), server.html("/b", SEED.replace(b"Gulan", b"Gulan News"))
    api.send_text(JOURNALIST, f"two stories: {first} and {second}")
    api.wait_for(lambda: len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 2, what="two reviews")
    assert len(page_requests(server)) == 2


def test_failed_fetch_is_reported_to_the_journalist(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    server.route("/gone", Route(b"<html>gone</html>", status=404))
    api.send_text(JOURNALIST, f"/check {server.url('/gone')}")
    failure = api.wait_for(lambda: [t for t in journalist_texts(api) if t.startswith("❌")], what="failure")
    assert "HTTP error 404" in failure[0]
    assert review_posts(api) == []


def test_long_checklist_is_split_within_limits(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    sentences = "".join(
        f"<p>Minister Ali Veli{n} made a historic, first-ever visit number {n} to the region, "
        f"where 3,{n:03d} people watched and sources said it cost ${n} million.</p>"
        for n in range(60)
    )
    page = f"<html><body><h1>Sixty firsts</h1><p class='byline'>November 20, 2026</p>{sentences}</body></html>"
    api.send_text(JOURNALIST, f"/check {server.html('/long', page)}")
    api.wait_for(
        lambda: [t for t in journalist_texts(api) if "Posted for review" in t], timeout=40, what="posted notice"
    )
    posts = review_posts(api)
    assert len(posts) >= 6
    numbers = [b["callback_data"] for p in posts for row in p["markup"]["inline_keyboard"] for b in row]
    assert len({d.split(":")[2] for d in numbers}) >= 120  # every item has its row of buttons
    assert all(len(p["plain"]) <= 4096 for p in posts)


def test_hostile_title_is_escaped(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    title = '<script>alert("x")</script> & <b>bold</b> \u202egnp.exe'
    page = (
        f"<html><head><title>x</title></head><body><h1>{title.replace('&', '&amp;').replace('<', '&lt;')}"
        "</h1><p class='byline'>November 20, 2026</p><p>The council met on Monday to discuss "
        "the budget and agreed to meet again next month.</p></body></html>"
    )
    api.send_text(JOURNALIST, f"/check {server.html('/evil', page)}")
    post = api.wait_for(lambda: api.chat_messages(REVIEW_CHAT), what="the review post")[0]
    assert "nothing to flag" in post["plain"] and post["markup"] is None
    assert '<script>alert("x")</script> & <b>bold</b>' in post["plain"]
    assert "\u202e" not in post["plain"]


def test_rate_limited_post_still_arrives(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    api.fail("sendMessage", status=429, retry_after=1, times=2, chat_id=REVIEW_CHAT)
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), timeout=30, what="posted")
    to_review = [p for p in api.called("sendMessage") if int(p["chat_id"]) == REVIEW_CHAT]
    assert len(to_review) == len(review_posts(api)) + 2  # two refused with 429, then each part once
    assert len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 1


def test_notes_status_and_pending(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: review_posts(api), what="the review post")
    first_post = post_ids(api)[0]
    api.send_text(EDITOR, "/note 1 c1 Called the outlet: the header shows today's date.", name="Eve")
    api.wait_for(
        lambda: "📝 Eve: Called the outlet" in api.messages[(REVIEW_CHAT, first_post)]["plain"],
        what="the note on the post",
    )
    last_post = post_ids(api)[-1]
    api.send_text(
        EDITOR, "Whole story is recycled.", chat_id=REVIEW_CHAT, chat_type="supergroup", name="Eve", reply_to=last_post
    )
    api.wait_for(
        lambda: "Whole story is recycled" in api.messages[(REVIEW_CHAT, last_post)]["plain"], what="the reply note"
    )
    api.press(EDITOR, REVIEW_CHAT, first_post, "d:1:c1:v", name="Eve")
    api.wait_for(lambda: "verified by Eve" in api.messages[(REVIEW_CHAT, first_post)]["plain"], what="decision")
    api.send_text(JOURNALIST, "/status")
    status = api.wait_for(lambda: [t for t in journalist_texts(api) if t.startswith("#1 ")], what="/status")[0]
    assert "1/6 decided" in status and "Page date and byline disagree — Eve" in status
    api.send_text(EDITOR, "/pending", name="Eve")
    pending = api.wait_for(lambda: [t for t in journalist_texts(api, EDITOR) if "open items" in t], what="/pending")[0]
    assert pending.startswith("5 open items") and "Page date and byline" not in pending


def test_restart_in_the_middle_finishes_the_check(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    server.route("/slow", Route(SEED, delay=3))
    config = write_config(tmp_path, api)
    first = BotProcess(config).start(api)
    api.send_text(JOURNALIST, f"/check {server.url('/slow')}")
    api.wait_for(lambda: any("Fetching" in t for t in journalist_texts(api)), what="fetching")
    took = first.stop(signal.SIGTERM)
    assert took < 5, f"SIGTERM took {took:.1f} s"
    store = Store(tmp_path / "factdesk.json")
    assert store.review(1)["status"] == "fetching"
    store.close()
    server.routes["/slow"] = Route(SEED)
    second = BotProcess(config).start(api)
    try:
        api.wait_for(lambda: review_posts(api), what="the post after the restart")
        api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="journalist told")
    finally:
        second.kill()
    assert len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 1


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
        env={"FACTDESK_CONFIG": "", "PATH": "/usr/bin:/bin"},
    )


def test_corrupt_database_is_refused_and_left_untouched(api: FakeBotApi, tmp_path: Path) -> None:
    config = write_config(tmp_path, api)
    db = tmp_path / "factdesk.json"
    db.write_text('{"reviews": {"1": {"id": 1', encoding="utf-8")
    result = run_cli("run", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: storage: ") and "corrupt" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert db.read_text(encoding="utf-8") == '{"reviews": {"1": {"id": 1'


def test_missing_token_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[telegram]\nreview_chat_id = -100\n", encoding="utf-8")
    result = run_cli("run", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: config: 'telegram.token' is not set (or set FACTDESK_TELEGRAM_TOKEN)"


def test_digest_and_export_commands(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the posted notice")
    api.send_text(EDITOR, "/digest", name="Eve")
    digest = api.wait_for(
        lambda: [m for m in api.chat_messages(REVIEW_CHAT) if "factdesk digest" in m["plain"]], what="the digest"
    )[0]
    assert "Turkish Intelligence Chief" in digest["plain"] and "1 request" in digest["plain"]
    api.send_text(JOURNALIST, "/export 1")
    document = api.wait_for(
        lambda: [m for (chat, _), m in api.messages.items() if chat == JOURNALIST and m.get("document")],
        what="the export",
    )[0]["document"]
    assert document["filename"] == "factdesk-review-1.md"
    assert document["content"].decode().startswith("# Review #1: Turkish Intelligence Chief")
    api.send_text(STRANGER, "/export 1", name="Mallory")
    refusal = api.wait_for(lambda: journalist_texts(api, STRANGER), what="the refusal")[0]
    assert refusal.startswith("You can export reviews you submitted")


def test_per_journalist_hourly_limit(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    config = write_config(tmp_path, api)
    config.write_text(
        config.read_text().replace("editors = [42]", "editors = [42]\nmax_checks_per_hour = 2"), encoding="utf-8"
    )
    process = BotProcess(config).start(api)
    try:
        urls = [server.html(f"/s{n}", SEED.replace(b"Gulan", f"Gulan {n}".encode())) for n in range(3)]
        api.send_text(JOURNALIST, f"{urls[0]} {urls[1]} {urls[2]}")
        notice = api.wait_for(lambda: [t for t in journalist_texts(api) if "in the last hour" in t], what="limit")
        assert "only the first 2 of these will be checked" in notice[0]
        api.wait_for(lambda: len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 2, what="posts")
        api.send_text(JOURNALIST, server.html("/later", SEED))
        api.wait_for(lambda: [t for t in journalist_texts(api) if "please wait" in t], what="refusal")
        assert len(page_requests(server)) == 2
    finally:
        process.kill()


# -- failures, edits, links, limits (issue: bot defects found as a new user) ----------------------

ENGINE_BUG = """
import os
import bot.pipeline

_analyse = bot.pipeline.analyse_document


def analyse_document(page, settings):
    if os.path.exists({flag!r}):
        raise RuntimeError("injected engine bug")
    return _analyse(page, settings)


bot.pipeline.analyse_document = analyse_document
"""


def test_engine_exception_ends_the_review_and_a_resend_retries_it(
    api: FakeBotApi, tmp_path: Path, server: PageServer
) -> None:
    flag = tmp_path / "engine-broken"
    flag.touch()
    url = server.html("/story", SEED)
    process = BotProcess(write_config(tmp_path, api), prelude=ENGINE_BUG.format(flag=str(flag))).start(api)
    try:
        api.send_text(JOURNALIST, f"/check {url}")
        failure = api.wait_for(lambda: [t for t in journalist_texts(api) if t.startswith("❌")], what="failure")[0]
        assert "Something went wrong on our side; the desk has been told. Send the link again to retry." in failure
        assert "RuntimeError" not in failure and "Traceback" not in failure
        notice = api.wait_for(lambda: texts_in(api, REVIEW_CHAT), what="the desk notice")
        assert notice == [f"⚠️ Review #1 failed (internal error): {url}. Details are in the bot's log."]
        store = Store(tmp_path / "factdesk.json")
        assert store.review(1)["status"] == "failed"
        store.close()
        # sending the link again retries it; the review is the same one
        flag.unlink()
        api.send_text(JOURNALIST, url)
        api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the retried check")
        assert [m["plain"].split("\n")[3] for m in review_posts(api) if m["plain"].startswith("📰")][0].startswith(
            "Review #1 "
        )
    finally:
        process.kill()
    log = process.output()
    assert "Traceback" in log and "RuntimeError: injected engine bug" in log


def texts_in(api: FakeBotApi, chat: int) -> list[str]:
    return [m["plain"] for m in api.chat_messages(chat)]


def test_malformed_urls_on_the_page_do_not_stop_the_check(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    page = SEED.replace(
        b"</head>",
        b'<link rel="canonical" href="http://[oops/"><meta property="og:url" content="http://[x/"></head>',
        1,
    ).replace(
        b"<p>",
        b'<p><a href="http://[oops/">a</a> <a href="http://x.example:port/">b</a> <img src="http://[img/"> ',
    )
    api.send_text(JOURNALIST, f"/check {server.html('/odd', page)}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the posted notice")
    assert "Turkish Intelligence Chief" in review_posts(api)[0]["plain"]


def test_edited_messages_and_commands_act_once(
    api: FakeBotApi, bot: BotProcess, server: PageServer, tmp_path: Path
) -> None:
    first, second = server.html("/a", SEED), server.html("/b", SEED.replace(b"Gulan", b"Gulan News"))
    original = api.send_text(JOURNALIST, f"look at {first}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the first review")
    # a typo fixed around the same link, and a second link added: only the new link is checked
    api.send_text(JOURNALIST, f"please look at {first} and {second}", edit_of=original)
    api.wait_for(lambda: len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 2, what="second")
    # an edited /note, /digest and reply note do nothing
    note = api.send_text(EDITOR, "/note 1 c1 Called the outlet.", name="Eve")
    api.wait_for(lambda: [t for t in journalist_texts(api, EDITOR) if t.startswith("📝 Note added")], what="note")
    api.send_text(EDITOR, "/note 1 c1 Called the outlet twice.", name="Eve", edit_of=note)
    digest = api.send_text(EDITOR, "/digest", name="Eve")
    api.send_text(EDITOR, "/digest now", name="Eve", edit_of=digest)
    api.send_text(EDITOR, "/pending", name="Eve")  # handled after the edits above (same handler group)
    api.wait_for(lambda: [t for t in journalist_texts(api, EDITOR) if "open items" in t], what="/pending")
    bot.stop()
    store = Store(tmp_path / "factdesk.json")
    assert [len(store.submissions(review_id=n)) for n in (1, 2)] == [1, 1]  # the edit did not re-submit /a
    assert [n["text"] for n in store.review(1)["notes"]] == ["Called the outlet."]
    assert len([t for t in texts_in(api, REVIEW_CHAT) if "factdesk digest" in t]) == 1
    assert not any("requested" in t for t in journalist_texts(api))
    assert len([t for t in journalist_texts(api, EDITOR) if t.startswith("📝 Note added")]) == 1


def test_links_from_entities_and_captions(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    """Telegram marks "host/path" as a url entity without a scheme; hidden links sit in
    text_link entities, also in a photo's caption."""
    bare = f"127.0.0.1:{server.port}/story"
    text = f"please check {bare}"
    api.send_text(JOURNALIST, text, entities=[{"offset": text.index(bare), "length": len(bare), "type": "url"}])
    # https:// was added: the plain-HTTP test server cannot speak TLS, so this check fails at the handshake
    failure = api.wait_for(lambda: [t for t in journalist_texts(api) if t.startswith("❌")], what="the https attempt")
    assert failure[0].startswith(f"❌ Could not check https://{bare}") and "TLS" in failure[0]
    hidden = server.html("/hidden", SEED)
    api.send_text(
        JOURNALIST,
        "this photo's story",
        caption=True,
        entities=[{"offset": 0, "length": 4, "type": "text_link", "url": hidden}],
    )
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the caption's link")
    assert [r["path"] for r in page_requests(server)] == ["/hidden"]


def test_deleted_review_message_is_posted_again(
    api: FakeBotApi, bot: BotProcess, server: PageServer, tmp_path: Path
) -> None:
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the posted notice")
    gone = post_ids(api)[0]
    api.messages.pop((REVIEW_CHAT, gone))  # an editor deleted the first part
    api.press(EDITOR, REVIEW_CHAT, gone, "d:1:c1:v", name="Eve")
    again = api.wait_for(
        lambda: [mid for mid in post_ids(api) if "verified by Eve" in api.messages[(REVIEW_CHAT, mid)]["plain"]],
        what="the part posted again",
    )[0]
    assert again > gone and "1. Page date and byline disagree" in api.messages[(REVIEW_CHAT, again)]["plain"]
    api.press(EDITOR, REVIEW_CHAT, again, "d:1:c2:d", name="Eve")
    api.wait_for(lambda: "disputed by Eve" in api.messages[(REVIEW_CHAT, again)]["plain"], what="an edit of it")
    bot.stop()
    assert Store(tmp_path / "factdesk.json").review(1)["posts"][0]["message_id"] == again


def test_max_concurrent_checks_is_honoured(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    release = threading.Event()

    def held(handler) -> None:  # noqa: ANN001 - http.server's handler
        release.wait(20)
        PageServer._serve(handler, Route(SEED.replace(b"Gulan", handler.path.encode())))

    first, second = server.route("/one", held), server.route("/two", held)
    config = write_config(tmp_path, api)
    config.write_text(
        config.read_text().replace("editors = [42]", "editors = [42]\nmax_concurrent_checks = 1"), encoding="utf-8"
    )
    process = BotProcess(config).start(api)
    try:
        api.send_text(JOURNALIST, f"{first} {second}")
        api.wait_for(lambda: len([t for t in journalist_texts(api) if "Fetching" in t]) == 2, what="both fetching")
        api.wait_for(lambda: page_requests(server), what="the first request")
        time.sleep(0.5)  # room for a second request, if the limit let one through
        assert len(page_requests(server)) == 1
        release.set()
        api.wait_for(lambda: len([t for t in journalist_texts(api) if "Posted for review" in t]) == 2, what="both")
        assert sorted(r["path"] for r in page_requests(server)) == ["/one", "/two"]
    finally:
        release.set()
        process.kill()


SHORT_LOCK = "import bot.store.tinydb_store\nbot.store.tinydb_store.LOCK_TIMEOUT = 1.0\n"


def test_store_lock_timeout_loses_nothing_and_says_so(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    """Another process holds the database past the lock timeout: the journalist is told that
    nothing was saved (not that the request was kept), and sending again works."""
    url = server.html("/story", SEED)
    process = BotProcess(write_config(tmp_path, api), prelude=SHORT_LOCK).start(api)
    try:
        with FileLock(str(tmp_path / "factdesk.json") + ".lock"):
            api.send_text(JOURNALIST, f"/check {url}")
            sorry = api.wait_for(lambda: journalist_texts(api), what="the error reply")
        assert sorry == [
            "Sorry, something went wrong on our side and nothing was saved. Please send it again in a minute."
        ]
        api.send_text(JOURNALIST, f"/check {url}")
        api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the second try")
    finally:
        process.kill()
    assert "is locked by another process for too long" in process.output()
    store = Store(tmp_path / "factdesk.json")
    assert len(store.submissions()) == 1


def test_sunday_to_thursday_digest_schedule_starts(api: FakeBotApi, tmp_path: Path) -> None:
    """ "0-4" is Sunday–Thursday in cron; APScheduler once refused it and the bot did not start."""
    config = write_config(tmp_path, api, extra='[digest]\nschedule = "0 9 * * 0-4"\ntimezone = "Asia/Baghdad"\n')
    process = BotProcess(config).start(api)
    try:
        api.send_text(JOURNALIST, "/help")
        api.wait_for(lambda: journalist_texts(api), what="the bot to answer")
    finally:
        process.kill()
    assert "Error" not in process.output()


def test_channel_posts_have_a_quota_per_channel(api: FakeBotApi, tmp_path: Path, server: PageServer) -> None:
    config = write_config(tmp_path, api)
    config.write_text(
        config.read_text().replace("editors = [42]", "editors = [42]\nmax_checks_per_hour = 1"), encoding="utf-8"
    )
    process = BotProcess(config).start(api)
    mention = "@factdesk_test_bot"
    try:
        for n, channel in enumerate((-1001001, -1001002)):
            url = server.html(f"/c{n}", SEED.replace(b"Gulan", f"Gulan {n}".encode()))
            api.send_text(
                None,
                f"{mention} {url}",
                chat_id=channel,
                chat_type="channel",
                entities=[{"offset": 0, "length": len(mention), "type": "mention"}],
            )
        api.wait_for(
            lambda: len([m for m in review_posts(api) if m["plain"].startswith("📰")]) == 2, what="two channel checks"
        )
        assert not any("in the last hour" in t for c in (-1001001, -1001002) for t in journalist_texts(api, c))
    finally:
        process.kill()


def test_twelve_long_notes_keep_the_post_sendable(api: FakeBotApi, bot: BotProcess, server: PageServer) -> None:
    api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
    api.wait_for(lambda: any("Posted for review" in t for t in journalist_texts(api)), what="the posted notice")
    for n in range(12):
        target = "c1 " if n % 2 else ""
        api.send_text(EDITOR, f"/note 1 {target}N{n} " + "A&B <c> 🙂🎉 " * 70, name="Eve")
    api.wait_for(
        lambda: len([t for t in journalist_texts(api, EDITOR) if t.startswith("📝 Note added")]) == 12,
        timeout=40,
        what="twelve notes",
    )
    assert not [t for t in journalist_texts(api, EDITOR) if t.startswith("Sorry")]
    posts = review_posts(api)
    text = "\n".join(m["plain"] for m in posts)
    assert "N11 A&B <c> 🙂🎉" in text and "N10 A&B <c> 🙂🎉" in text  # the latest of each kind, shown escaped
    assert "📝 6 notes, 4 earlier in /export" in text
    for post in posts:
        for row in post["markup"]["inline_keyboard"]:
            number = row[0]["callback_data"].split(":")[2].removeprefix("c")
            assert f"{number}. " in post["plain"]  # every item with buttons keeps its text
