"""The store backends every store test runs against: TinyDB in a temporary folder, and a real
PostgreSQL server in a schema of its own (dropped afterwards, so parallel runs never meet).

PostgreSQL comes from ``FACTDESK_TEST_POSTGRES_URL`` (default: the local server with trust
authentication). When none answers, its tests are skipped with the reason, except under
``CI=true``, where they fail: CI must test both backends.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.store import Store

PG_URL = os.environ.get("FACTDESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


@dataclass
class Backend:
    name: str
    target: str  # the TinyDB file or the PostgreSQL URL
    schema: str | None = None

    def open(self) -> Store:
        return Store(self.target) if self.schema is None else Store(self.target, schema=self.schema)

    def code(self) -> str:
        """Python that opens the same store in another process."""
        extra = f", schema={self.schema!r}" if self.schema else ""
        return f"from bot.store import Store; store = Store({self.target!r}{extra})"


def postgres_or_skip() -> None:
    import psycopg

    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        why = " ".join(str(exc).split())[:160]
        reason = f"no PostgreSQL answers at {PG_URL} (set FACTDESK_TEST_POSTGRES_URL): {why}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(params=["tinydb", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "tinydb":
        yield Backend("tinydb", str(tmp_path / "factdesk.json"))
        return
    postgres_or_skip()
    chosen = Backend("postgres", PG_URL, f"factdesk_test_{os.getpid()}_{secrets.token_hex(4)}")
    yield chosen
    from bot.store.postgres_store import PostgresStore

    cleaner = PostgresStore(PG_URL, schema=chosen.schema or "public")
    cleaner.drop_schema()
    cleaner.close()
