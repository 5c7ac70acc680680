"""SearXNG JSON search (self-hosted). When every engine fails the reply is still 200 with no
results; only ``unresponsive_engines`` tells, so that case is an outage, not "no coverage".
Its limiter answers 429 to any request without ``Accept-Language`` (bot detection), so the
article's language is always sent. News engines rank recent stories: only
:data:`COVERS_DAYS` count as covered."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

from checks.providers import Hit, languages
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import SearxngSettings

COVERS_DAYS = 30


def search(
    client: ProviderClient, settings: SearxngSettings, terms: list[str], deadline: Deadline, language: str | None
) -> list[Hit]:
    params = {
        "q": " ".join(f'"{t}"' if " " in t else t for t in terms),
        "format": "json",
        "categories": "news",
        "language": "all",
    }
    try:
        reply = client.get(
            settings.base_url, params, deadline, headers={"Accept-Language": languages.accept_language(language)}
        )
    except ProviderError as exc:
        if str(exc) == "HTTP 403":
            raise ProviderError("JSON output is disabled on the instance (403)") from None
        raise
    data = reply.json()
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise ProviderError("answered garbage (no results list)")
    if not results and data.get("unresponsive_engines"):
        engines = ", ".join(str(e[0]) for e in data["unresponsive_engines"][:3] if e)
        raise ProviderError(f"every engine failed ({engines})")
    hits = []
    for entry in results:
        if isinstance(entry, dict) and entry.get("url"):
            hits.append(
                Hit(
                    entry["url"],
                    " ".join(str(entry.get("title", "")).split()),
                    urlsplit(entry["url"]).hostname or "",
                    _date(entry.get("publishedDate")),
                    "searxng",
                )
            )
    return hits


def _date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
