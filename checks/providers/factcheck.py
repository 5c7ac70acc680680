"""Google Fact Check Tools ``claims:search`` (API key). No match is ``{}``; ratings are free
text in any language and are shown verbatim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checks.providers import languages
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import FactcheckSettings


@dataclass(frozen=True)
class FactCheck:
    claim: str
    publisher: str
    url: str
    title: str
    rating: str
    reviewed: date | None


def search(
    client: ProviderClient, settings: FactcheckSettings, query: str, language: str | None, deadline: Deadline
) -> list[FactCheck]:
    params = {"query": query[:200], "key": settings.api_key, "pageSize": "10"}
    if language:
        params["languageCode"] = languages.primary(language)
    try:
        reply = client.get(settings.base_url, params, deadline)
    except ProviderError as exc:
        raise ProviderError(str(exc).replace(settings.api_key, "…") if settings.api_key else str(exc)) from None
    data = reply.json()
    if not isinstance(data, dict):
        raise ProviderError("answered garbage")
    found: list[FactCheck] = []
    for claim in data.get("claims") or []:
        for review in claim.get("claimReview") or []:
            if not review.get("url"):
                continue
            found.append(
                FactCheck(
                    claim=str(claim.get("text", ""))[:300],
                    publisher=str(
                        (review.get("publisher") or {}).get("name") or (review.get("publisher") or {}).get("site") or ""
                    ),
                    url=review["url"],
                    title=str(review.get("title") or ""),
                    rating=str(review.get("textualRating") or ""),
                    reviewed=_date(review.get("reviewDate")),
                )
            )
    return found


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
