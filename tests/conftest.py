"""Shared fixtures: loopback servers, engine settings for them, crafted pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checks.settings import EngineSettings, FetchSettings
from tests.pageserver import PageServer

pytest_plugins = ["tests.storetargets"]  # the `backend` fixture: TinyDB and PostgreSQL

PAGES = Path(__file__).parent / "pages"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture
def server() -> Iterator[PageServer]:
    srv = PageServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def local_settings() -> EngineSettings:
    """Engine settings that may fetch from the loopback test servers."""
    return EngineSettings(fetch=FetchSettings(timeout_seconds=5, allow_private_addresses=True))


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")
