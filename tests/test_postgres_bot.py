"""The bot on PostgreSQL when the database goes away: a TCP relay on 127.0.0.1 stands between
the bot and the real server, and the test cuts it (what a server restart or a network fault
looks like to the bot): the journalist is asked to try again, never shown a traceback, and
the bot answers normally once the database is back."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from psycopg.conninfo import conninfo_to_dict

from tests.botharness import JOURNALIST, BotProcess, write_config
from tests.fakebot import FakeBotApi
from tests.storetargets import PG_URL, postgres_or_skip


class Relay:
    """Forwards TCP connections from a loopback port to the database; ``cut`` drops them all
    and refuses new ones, ``restore`` accepts again on the same port."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        self.up = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            server = socket.create_connection(self.target)
            self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up = False
        for sock in self.open:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.open.clear()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.fixture
def schema() -> Iterator[str]:
    postgres_or_skip()
    name = f"factdesk_test_{os.getpid()}_{secrets.token_hex(4)}"
    yield name
    from bot.store.postgres_store import PostgresStore

    cleaner = PostgresStore(PG_URL, schema=name)
    cleaner.drop_schema()
    cleaner.close()


def test_a_lost_database_asks_to_try_again_and_recovers(tmp_path: Path, schema: str) -> None:
    where = conninfo_to_dict(PG_URL)
    relay = Relay(str(where.get("host") or "127.0.0.1"), int(where.get("port") or 5432))
    parts = urlsplit(PG_URL)
    user = parts.netloc.rpartition("@")[0]
    url = urlunsplit(parts._replace(netloc=f"{user}@127.0.0.1:{relay.port}" if user else f"127.0.0.1:{relay.port}"))
    api = FakeBotApi().start()
    config = write_config(tmp_path, api)
    config.write_text(config.read_text().replace('path = "factdesk.json"', f'schema = "{schema}"'), encoding="utf-8")
    os.environ["FACTDESK_STORAGE_URL"] = url
    try:
        bot = BotProcess(config).start(api)
    finally:
        del os.environ["FACTDESK_STORAGE_URL"]

    def texts() -> list[str]:
        return [m["plain"] for m in api.chat_messages(JOURNALIST)]

    try:
        api.send_text(JOURNALIST, "/status")
        api.wait_for(lambda: any("not submitted anything" in t for t in texts()), what="/status")
        relay.cut()
        api.send_text(JOURNALIST, "/status")
        reply = api.wait_for(lambda: [t for t in texts() if "in a minute" in t], timeout=60, what="the apology")[0]
        assert "Traceback" not in reply and "psycopg" not in reply and len(reply.splitlines()) == 1
        relay.restore()
        api.send_text(JOURNALIST, "/status")
        api.wait_for(lambda: sum("not submitted anything" in t for t in texts()) == 2, timeout=60, what="recovery")
        assert not (tmp_path / "factdesk.json").exists()  # it really ran on PostgreSQL
    finally:
        bot.kill()
        api.stop()
        relay.close()
