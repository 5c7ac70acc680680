"""Google News RSS search. No key, no published limit (heavy polling gets blocked, so the
client is paced: :data:`BURST` requests at once, then one per :data:`INTERVAL` seconds);
items link to opaque Google URLs, the publisher is in ``<source url>``. The feed is parsed
from bytes so that its XML encoding declaration decides the charset. Keep it optional: the
feed's terms allow only personal use."""

from __future__ import annotations

from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from lxml import etree

from checks.providers import Hit
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import GoogleNewsSettings

INTERVAL = 2.0
BURST = 3  # one check asks at most three queries (coverage and prior events)
COVERS_DAYS = 365  # older windows come back sparse: an empty answer there is not evidence
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def search(
    client: ProviderClient,
    settings: GoogleNewsSettings,
    terms: list[str],
    *,
    after: date | None,
    before: date | None,
    deadline: Deadline,
) -> list[Hit]:
    query = " ".join(f'"{t}"' if " " in t else t for t in terms)
    if after:
        query += f" after:{after.isoformat()}"
    if before:
        query += f" before:{(before + timedelta(days=1)).isoformat()}"
    params = {"q": query, "hl": settings.hl, "gl": settings.gl, "ceid": settings.ceid}
    reply = client.get(settings.base_url, params, deadline)
    head = reply.content[:2000].decode("ascii", errors="ignore").lstrip().lower()
    if reply.content_type() == "text/html" or head.startswith(("<html", "<!doctype")) or "consent.google" in head:
        raise ProviderError("answered a web page instead of the feed (consent or block page)")
    try:
        root = etree.fromstring(reply.content, _PARSER)
    except etree.XMLSyntaxError:
        raise ProviderError("answered garbage (not RSS)") from None
    if root.tag != "rss":
        raise ProviderError("answered garbage (not RSS)")
    hits: list[Hit] = []
    for item in root.iter("item"):
        title = (item.findtext("title") or "").strip()
        source = item.find("source")
        outlet = (source.text or "").strip() if source is not None else ""
        site = source.get("url", "") if source is not None else ""
        if outlet and title.endswith(f" - {outlet}"):
            title = title[: -len(outlet) - 3].strip()
        link = (item.findtext("link") or "").strip()
        hits.append(Hit(link, title, urlsplit(site).hostname or outlet, _date(item.findtext("pubDate")), "google_news"))
    return hits


def _date(value: str | None) -> date | None:
    try:
        return parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError):
        return None
