"""Persistence of reviews, submissions, decisions and notes (see docs/storage.md).

``Store(target)`` opens the backend the target names: a ``postgresql://`` URL opens
PostgreSQL, anything else is the path of the embedded TinyDB working file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.store.aio import AsyncStore
from bot.store.base import DECIDED, IN_FLIGHT, Record, Store, StoreError, StoreUnavailable, now_iso

if TYPE_CHECKING:
    from bot.config import Config


def open_store(config: Config) -> Store:
    """The store the configuration names (``storage.url``, else ``storage.path``)."""
    if config.storage.url:
        return Store(config.storage.url, schema=config.storage.schema)
    return Store(config.storage_path)


__all__ = [
    "open_store",
    "DECIDED",
    "IN_FLIGHT",
    "AsyncStore",
    "Record",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "now_iso",
]
