"""Persistence of reviews, submissions, decisions and notes (see docs/storage.md).

``Store(target)`` opens the backend the target names: a ``postgresql://`` URL opens
PostgreSQL, anything else is the path of the embedded TinyDB working file.
"""

from bot.store.aio import AsyncStore
from bot.store.base import DECIDED, IN_FLIGHT, Record, Store, StoreError, StoreUnavailable, now_iso

__all__ = [
    "DECIDED",
    "IN_FLIGHT",
    "AsyncStore",
    "Record",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "now_iso",
]
