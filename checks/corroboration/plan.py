"""What to ask: the story's search terms, one query per distinct set of novelty-claim terms,
the page's address for the archive, the people whose roles need checking."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from checks.document import Document
from checks.entities import key_terms
from checks.report import Report

MAX_PRIOR_CLAIMS = 3


@dataclass(frozen=True)
class Plan:
    around: date  # the article's date (today when it has none)
    today: date
    dated: bool  # whether the article states a publication date
    terms: list[str]  # coverage search terms
    prior: dict[tuple[str, ...], list[str]] = field(default_factory=dict)  # query terms → novelty sentences
    page_url: str | None = None
    people: list[str] = field(default_factory=list)
    title: str = ""
    language: str | None = None


def plan(doc: Document, report: Report) -> Plan:
    # One search per distinct query: the novelty claims of an article usually share their terms.
    prior: dict[tuple[str, ...], list[str]] = {}
    for item in [i for i in report.items if i.check == "claims.novelty"][:MAX_PRIOR_CLAIMS]:
        terms = tuple(t for t in item.data.get("terms", []) if t)
        if terms:
            prior.setdefault(terms, []).append(item.evidence[0].text)
    return Plan(
        around=doc.article.published or doc.today,
        today=doc.today,
        dated=doc.article.published is not None,
        terms=coverage_terms(doc),
        prior=prior,
        page_url=_archivable_url(doc, report),
        people=sorted({i.data["person"] for i in report.items if i.check == "people.role"}),
        title=doc.article.title or "",
        language=doc.article.language,
    )


def coverage_terms(doc: Document) -> list[str]:
    """Search terms for the story: people and places from the headline and lede, plus a topic word."""
    lede = doc.paragraphs[0] if doc.paragraphs else ""
    title = doc.article.title or ""
    return key_terms(title, lede) if title else key_terms(lede)


def _archivable_url(doc: Document, report: Report) -> str | None:
    for url in (doc.article.canonical_url, report.url):
        if url and url.startswith(("http://", "https://")):
            return url
    return None
