"""Webhook mode: the real ``factdesk run`` listening on 127.0.0.1, the fake Bot API POSTing
updates to it (redeliveries, two processes behind a balancer, a wrong secret, a crash)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store
from tests.botharness import EDITOR, JOURNALIST, REVIEW_CHAT, BotProcess, write_config
from tests.conftest import EXAMPLES
from tests.fakebot import FakeBotApi
from tests.pageserver import PageServer, Route
from tests.storetargets import Backend

SEED = (EXAMPLES / "gulan-kalin-visit.html").read_bytes()
SECRET = "s3cret-token_for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def webhook_config(tmp_path: Path, api: FakeBotApi, port: int, name: str = "config.toml") -> Path:
    path = write_config(tmp_path, api)
    text = path.read_text(encoding="utf-8").replace(
        "[telegram]\n",
        f'[telegram]\nwebhook_url = "http://127.0.0.1:{port}/telegram"\nlisten = "127.0.0.1"\nport = {port}\n'
        f'secret_token = "{SECRET}"\n',
        1,
    )
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return target


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi().start()
    yield fake
    fake.stop()


def acks(api: FakeBotApi, chat: int = JOURNALIST) -> list[str]:
    return [m["plain"] for m in api.chat_messages(chat)]


def test_updates_arrive_by_webhook_and_a_redelivery_is_handled_once(
    api: FakeBotApi, tmp_path: Path, server: PageServer
) -> None:
    port = free_port()
    bot = BotProcess(webhook_config(tmp_path, api, port)).start(api, ready="setWebhook")
    try:
        assert api.webhook == {"url": f"http://127.0.0.1:{port}/telegram", "secret_token": SECRET}
        assert not api.called("getUpdates")
        api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
        api.wait_for(lambda: [m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")], what="the review post")
        api.wait_for(lambda: any("Posted for review" in t for t in acks(api)), what="the journalist told")
        before = len(acks(api))
        assert api.deliver(api.last_update) == 200  # Telegram retries after a timeout
        api.send_text(EDITOR, "/pending", name="Eve")  # a later update is handled normally
        api.wait_for(lambda: [t for t in acks(api, EDITOR) if "open items" in t], what="/pending")
        assert len(acks(api)) == before
        posted = len([m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")])
        # an update without the secret is refused before any handler sees it
        update = {"update_id": 999, "message": {**api.last_update["message"], "text": "/status"}}
        assert api.deliver(update, secret="wrong") == 403
    finally:
        bot.stop()
    store = Store(tmp_path / "factdesk.json")
    assert len(store.submissions()) == 1 and store.get_meta("last_update_at")
    assert posted == len(store.review(1)["posts"])  # each part posted once


def test_two_processes_share_one_store_and_handle_each_update_once(
    api: FakeBotApi, tmp_path: Path, server: PageServer
) -> None:
    ports = free_port(), free_port()
    first = BotProcess(webhook_config(tmp_path, api, ports[0], "a.toml")).start(api, ready="setWebhook")
    second = BotProcess(webhook_config(tmp_path, api, ports[1], "b.toml")).start(api, ready="setWebhook")
    try:
        url = server.html("/story", SEED)
        api.send_text(JOURNALIST, f"/check {url}")  # to the webhook the second one registered
        update = api.last_update
        assert api.deliver(update, url=f"http://127.0.0.1:{ports[0]}/telegram") == 200  # and to the first
        api.wait_for(lambda: any("Posted for review" in t for t in acks(api)), what="the journalist told")
        api.send_text(JOURNALIST, "/status")
        api.wait_for(lambda: [t for t in acks(api) if t.startswith("#1 ")], what="/status")
        posted = len([m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")])
        assert len([t for t in acks(api) if "Posted for review" in t]) == 1
    finally:
        first.stop()
        second.stop()
    store = Store(tmp_path / "factdesk.json")
    assert len(store.submissions()) == 1 and posted == len(store.review(1)["posts"])


def test_a_check_left_by_a_killed_process_is_finished_by_the_next(
    api: FakeBotApi, tmp_path: Path, server: PageServer
) -> None:
    server.route("/slow", Route(SEED, delay=3))
    config = webhook_config(tmp_path, api, free_port())
    first = BotProcess(config).start(api, ready="setWebhook")
    api.send_text(JOURNALIST, f"/check {server.url('/slow')}")
    api.wait_for(lambda: any("Fetching" in t for t in acks(api)), what="fetching")
    first.kill()  # kill -9: its lease on the review stays behind
    server.routes["/slow"] = Route(SEED)
    second = BotProcess(webhook_config(tmp_path, api, free_port(), "b.toml")).start(api, ready="setWebhook")
    try:
        api.wait_for(lambda: [m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")], what="the post")
        api.wait_for(lambda: any("Posted for review" in t for t in acks(api)), what="journalist told")
    finally:
        second.stop()
    assert Store(tmp_path / "factdesk.json").review(1)["lease"] is None


def test_the_digest_runs_once_for_two_processes_on_one_store(api: FakeBotApi, tmp_path: Path, backend: Backend) -> None:
    import asyncio
    from types import SimpleNamespace

    from telegram.ext import ExtBot

    from bot.config import load_config
    from bot.jobs import digest_job
    from bot.services import Services
    from bot.worker import Worker
    from checks.corroborate import Corroborator

    config = load_config(str(write_config(tmp_path, api)), env={})

    async def one_process() -> None:
        async with ExtBot(config.telegram.token, base_url=config.telegram.api_base_url) as bot:
            services = Services(
                config=config, store=backend.open(), worker=Worker(1), corroborator=Corroborator(config.engine)
            )
            await digest_job(SimpleNamespace(bot=bot, bot_data={"services": services}))

    async def both() -> None:
        await asyncio.gather(one_process(), one_process())

    asyncio.run(both())
    digests = [m for m in api.chat_messages(REVIEW_CHAT) if "factdesk digest" in m["plain"]]
    assert len(digests) == 1
    assert backend.open().get_meta("last_digest_at")
