"""GDELT DOC 2.0 article list. No key; one request per 5 s per address. Its index is
documented as a rolling window of the last 3 months (:data:`COVERS_DAYS`): older windows
may answer, but an empty answer there says nothing.

Query syntax, as the live API enforces it (each breach is a 200 text/html message, not JSON):
a term with a dash must be quoted, unquoted keywords need 3 characters, a quoted phrase needs
more than 3, and ``OR`` must sit inside parentheses. Replies sometimes hold invalid ``\\``
escapes; the offending backslash is dropped and the rest kept, as gdeltdoc does.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime, timedelta

from checks.providers import Hit
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import GdeltSettings

MAX_RECORDS = 75
COVERS_DAYS = 92
MAX_REPAIRS = 50
_PLAIN = re.compile(r"^\w+$", re.UNICODE)
_UNSAFE = re.compile(r"[^\w\s'’.-]", re.UNICODE)


def search(
    client: ProviderClient, settings: GdeltSettings, terms: list[str], around: date, days: int, deadline: Deadline
) -> list[Hit]:
    """Articles matching ``terms`` published within ``days`` of ``around``."""
    text = query(terms)
    if not text:
        return []
    start = datetime.combine(around - timedelta(days=days), datetime.min.time())
    end = datetime.combine(around + timedelta(days=days + 1), datetime.min.time())
    params = {
        "query": text,
        "mode": "artlist",
        "format": "json",
        "maxrecords": MAX_RECORDS,
        "sort": "HybridRel",
        "startdatetime": start.strftime("%Y%m%d%H%M%S"),
        "enddatetime": end.strftime("%Y%m%d%H%M%S"),
    }
    return parse(client.get(settings.base_url, params, deadline).text)


def query(terms: list[str]) -> str:
    """GDELT's query syntax for ``terms`` (all required); a term with diacritics also matches
    its plain spelling, as ``("İbrahim Kalın" OR "Ibrahim Kalin")``."""
    parts: list[str] = []
    for term in terms:
        spellings = [s for s in dict.fromkeys(_term(v) for v in (term, _fold(term))) if s]
        if len(spellings) == 1:
            parts.append(spellings[0])
        elif spellings:
            parts.append("(" + " OR ".join(spellings) + ")")
    return " ".join(parts)


def parse(text: str) -> list[Hit]:
    """Hits from a reply body; GDELT's plain-text messages become :class:`ProviderError`."""
    text = text.strip()
    if "limit requests" in text.lower():
        raise ProviderError("rate limited")
    if not text.startswith(("{", "[")):
        raise ProviderError(f"refused the query ({_first_line(text)})")
    data = _loads(text)
    articles = data.get("articles") if isinstance(data, dict) else None
    hits: list[Hit] = []
    for entry in articles or []:
        if not isinstance(entry, dict) or not entry.get("url"):
            continue
        title = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(str(entry.get("title", "")).split()))
        hits.append(Hit(entry["url"], title, entry.get("domain") or "", _seen(entry.get("seendate")), "gdelt"))
    return hits


def covers(day: date, today: date) -> bool:
    """Whether the DOC API's documented window reaches ``day``."""
    return (today - day).days <= COVERS_DAYS


def _term(term: str) -> str | None:
    term = " ".join(_UNSAFE.sub(" ", term).split())
    if _PLAIN.match(term):
        return term if len(term) >= 3 else None  # "Your search contained a keyword that was too short"
    return f'"{term}"' if len(term) > 3 else None  # "The specified phrase is too short"


def _fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _loads(text: str) -> object:
    """JSON, dropping control characters and invalid backslashes where the parser stops."""
    for _ in range(MAX_REPAIRS):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Invalid \\escape":
                text = text[: exc.pos] + text[exc.pos + 1 :]
            elif exc.msg.startswith("Invalid control character"):
                text = text[: exc.pos] + " " + text[exc.pos + 1 :]
            else:
                break
    raise ProviderError("answered garbage")


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
