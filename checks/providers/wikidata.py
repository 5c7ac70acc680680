"""Wikidata: every person of an article and the positions they held, in one SPARQL query.

The name search runs inside the query (the ``wikibase:mwapi`` EntitySearch service, i.e.
``wbsearchentities`` on the host of ``providers.wikidata.api_url``), so roles cost one
request whatever the number of people — and the MediaWiki API is never hit in parallel.
Each name takes its best-ranked human (P31 Q5). Positions are P39 with start P580 / end P582
and their precision; labels come in the article's language, then English.

An end date recorded as "unknown value" comes back as a skolem URI
(``http://www.wikidata.org/.well-known/genid/…``), not a date: the position ended, when is
unknown. It is never read as "still in office".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from checks.providers import languages
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import WikidataSettings

SEARCH_LIMIT = 5
GENID = "/.well-known/genid/"
QUERY = """SELECT ?name ?ordinal ?person ?personLabel ?personDescription ?positionLabel ?start ?end
       ?startPrecision ?endPrecision WHERE {
  VALUES ?name { %(names)s }
  SERVICE wikibase:mwapi {
    bd:serviceParam wikibase:endpoint "%(endpoint)s";
                    wikibase:api "EntitySearch";
                    mwapi:search ?name;
                    mwapi:language "%(language)s";
                    wikibase:limit %(limit)d .
    ?person wikibase:apiOutputItem mwapi:item .
    ?ordinal wikibase:apiOrdinal true .
  }
  ?person wdt:P31 wd:Q5 .
  OPTIONAL {
    ?person p:P39 ?statement .
    ?statement ps:P39 ?position .
    FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
    OPTIONAL { ?statement pq:P580 ?start }
    OPTIONAL { ?statement pq:P582 ?end }
    OPTIONAL { ?statement pqv:P580 [ wikibase:timePrecision ?startPrecision ] }
    OPTIONAL { ?statement pqv:P582 [ wikibase:timePrecision ?endPrecision ] }
  }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "%(labels)s". }
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
    end_unknown: bool = False  # ended, date unknown (Wikidata "unknown value")


@dataclass(frozen=True)
class Person:
    entity: Entity
    positions: list[Position]


def people(
    client: ProviderClient, settings: WikidataSettings, names: list[str], language: str | None, deadline: Deadline
) -> dict[str, Person | None]:
    """Each name → the person Wikidata's search ranks first among humans (None if none)."""
    lang = languages.wikibase(language)
    text = QUERY % {
        "names": " ".join(_literal(n) for n in names),
        "endpoint": urlsplit(settings.api_url).hostname or "www.wikidata.org",
        "language": lang,
        "limit": SEARCH_LIMIT,
        "labels": lang if lang == "en" else f"{lang},en",
    }
    reply = client.get(
        settings.sparql_url,
        {"query": text, "format": "json"},
        deadline,
        headers={"Accept": "application/sparql-results+json"},
    )
    try:
        bindings = reply.json()["results"]["bindings"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise ProviderError("answered garbage (SPARQL)") from None
    return parse(bindings, names)


def parse(bindings: list[dict], names: list[str]) -> dict[str, Person | None]:
    best: dict[str, tuple[int, Entity]] = {}
    positions: dict[str, list[Position]] = {}
    for row in bindings:
        name = _value(row, "name")
        qid = _value(row, "person").rsplit("/", 1)[-1]
        if not name or not qid.startswith("Q"):
            continue
        ordinal = _int(row.get("ordinal"), 99)
        if name not in best or ordinal < best[name][0]:
            best[name] = (ordinal, Entity(qid, _value(row, "personLabel") or name, _value(row, "personDescription")))
        if "positionLabel" in row:
            end = row.get("end")
            position = Position(
                label=_value(row, "positionLabel"),
                start=_date(row.get("start")),
                end=_date(end),
                start_precision=_int(row.get("startPrecision"), 11),
                end_precision=_int(row.get("endPrecision"), 11),
                end_unknown=GENID in str((end or {}).get("value", "")),
            )
            held = positions.setdefault(qid, [])
            if position not in held:
                held.append(position)
    out: dict[str, Person | None] = dict.fromkeys(names)
    for name, (_, entity) in best.items():
        out[name] = Person(entity, positions.get(entity.qid, []))
    return out


def _literal(text: str) -> str:
    text = re.sub(r"[\x00-\x1f\"\\]", " ", text)
    return f'"{" ".join(text.split())}"'


def _value(row: dict, key: str) -> str:
    cell = row.get(key)
    return str(cell.get("value", "")) if isinstance(cell, dict) else ""


def _date(cell: dict | None) -> date | None:
    value = str((cell or {}).get("value", ""))
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 and value[:1].isdigit() else None
    except ValueError:
        return None


def _int(cell: dict | None, default: int) -> int:
    try:
        return int((cell or {}).get("value", default))
    except (TypeError, ValueError):
        return default
