"""Clients for the corroboration providers; each turns one upstream's replies into plain
records (:class:`Hit`, positions, captures) or raises :class:`~checks.providers.http.ProviderError`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Hit:
    """One article found by a news search provider."""

    url: str
    title: str
    outlet: str
    published: date | None
    provider: str
