"""GDELT DOC 2.0 article list. No key; about one request per 5 s per address; only the last
~3 months are guaranteed. Error messages come back as text/html, even under HTTP 200."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from checks import lenient_json
from checks.providers import Hit
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import GdeltSettings

MAX_RECORDS = 75


def search(
    client: ProviderClient, settings: GdeltSettings, terms: list[str], around: date, days: int, deadline: Deadline
) -> list[Hit]:
    """Articles matching ``terms`` published within ``days`` of ``around``."""
    start = datetime.combine(around - timedelta(days=days), datetime.min.time())
    end = datetime.combine(around + timedelta(days=days + 1), datetime.min.time())
    params = {
        "query": " ".join(_term(t) for t in terms),
        "mode": "artlist",
        "format": "json",
        "maxrecords": MAX_RECORDS,
        "sort": "HybridRel",
        "startdatetime": start.strftime("%Y%m%d%H%M%S"),
        "enddatetime": end.strftime("%Y%m%d%H%M%S"),
    }
    reply = client.get(settings.base_url, params, deadline)
    text = reply.text.strip()
    if "limit requests" in text.lower():
        raise ProviderError("rate limited")
    if reply.content_type() == "text/html" or not text.startswith(("{", "[")):
        raise ProviderError(f"refused the query ({_first_line(text)})")
    try:
        data = lenient_json.loads(text)
    except ValueError:
        raise ProviderError("answered garbage") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    hits: list[Hit] = []
    for entry in articles or []:
        if not isinstance(entry, dict) or not entry.get("url"):
            continue
        title = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(str(entry.get("title", "")).split()))
        hits.append(Hit(entry["url"], title, entry.get("domain") or "", _seen(entry.get("seendate")), "gdelt"))
    return hits


def _term(term: str) -> str:
    term = term.replace('"', "")
    return f'"{term}"' if " " in term else term


def _seen(value: object) -> date | None:
    match = re.match(r"(\d{4})(\d{2})(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _first_line(text: str) -> str:
    line = re.sub(r"<[^>]+>", " ", text).strip().split("\n")[0]
    return " ".join(line.split())[:80] or "empty reply"
