"""Wikidata: a person's entity (wbsearchentities) and the positions they held (SPARQL, P39 with
start P580 / end P582 and their precision). One SPARQL query for all people of an article:
WDQS asks for queries one at a time, and it keeps the chain two requests long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import WikidataSettings

QUERY = """SELECT ?person ?position ?positionLabel ?start ?end ?startPrecision ?endPrecision WHERE {
  VALUES ?person { %s }
  ?person p:P39 ?statement .
  ?statement ps:P39 ?position .
  MINUS { ?statement wikibase:rank wikibase:DeprecatedRank . }
  OPTIONAL { ?statement pq:P580 ?start }
  OPTIONAL { ?statement pq:P582 ?end }
  OPTIONAL { ?statement pqv:P580 [ wikibase:timePrecision ?startPrecision ] }
  OPTIONAL { ?statement pqv:P582 [ wikibase:timePrecision ?endPrecision ] }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}"""


@dataclass(frozen=True)
class Entity:
    qid: str
    label: str
    description: str


@dataclass(frozen=True)
class Position:
    label: str
    start: date | None
    end: date | None
    start_precision: int  # 11 day, 10 month, 9 year
    end_precision: int


def find_person(
    client: ProviderClient, settings: WikidataSettings, name: str, deadline: Deadline, language: str = "en"
) -> Entity | None:
    params = {
        "action": "wbsearchentities",
        "search": name,
        "language": language,
        "uselang": "en",
        "type": "item",
        "limit": "7",
        "format": "json",
    }
    data = client.get(settings.api_url, params, deadline).json()
    if not isinstance(data, dict):
        raise ProviderError("answered garbage (search)")
    if "error" in data:
        raise ProviderError(f"search refused ({str(data['error'].get('code', 'error'))[:40]})")
    for entry in data.get("search") or []:
        description = str(entry.get("description") or "")
        if "disambiguation" in description.lower() or not str(entry.get("id", "")).startswith("Q"):
            continue
        return Entity(entry["id"], str(entry.get("label") or name), description)
    return None


def positions(
    client: ProviderClient, settings: WikidataSettings, qids: list[str], deadline: Deadline
) -> dict[str, list[Position]]:
    values = " ".join(f"wd:{q}" for q in qids if q[1:].isdigit())
    reply = client.get(
        settings.sparql_url,
        {"query": QUERY % values, "format": "json"},
        deadline,
        headers={"Accept": "application/sparql-results+json"},
    )
    data = reply.json()
    try:
        bindings = data["results"]["bindings"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise ProviderError("answered garbage (SPARQL)") from None
    out: dict[str, list[Position]] = {q: [] for q in qids}
    for row in bindings:
        qid = row.get("person", {}).get("value", "").rsplit("/", 1)[-1]
        out.setdefault(qid, []).append(
            Position(
                label=row.get("positionLabel", {}).get("value", ""),
                start=_date(row.get("start")),
                end=_date(row.get("end")),
                start_precision=_int(row.get("startPrecision"), 11),
                end_precision=_int(row.get("endPrecision"), 11),
            )
        )
    return out


def _date(cell: dict | None) -> date | None:
    value = (cell or {}).get("value", "")
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 and not value.startswith("-") else None
    except ValueError:
        return None


def _int(cell: dict | None, default: int) -> int:
    try:
        return int((cell or {}).get("value", default))
    except (TypeError, ValueError):
        return default
