"""The report: what one check of one page found, and its JSON form (docs/report.md).

These types are the engine's output contract; the bot stores and renders them, the CLI
prints them. ``to_dict`` gives exactly the ``factdesk.report/1`` shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA = "factdesk.report/1"

DateKind = Literal[
    "byline",
    "page",
    "meta_published",
    "meta_modified",
    "jsonld_published",
    "jsonld_modified",
    "time_element",
    "url",
    "http_last_modified",
    "archive_first_capture",
    "text",
    "image_url",
    "image_exif",
    "image_http",
    "image_archive",
]
Severity = Literal["high", "medium", "low", "info"]
Status = Literal["open", "verified", "disputed", "not_applicable"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2, "info": 3}


@dataclass(frozen=True)
class DateCandidate:
    """One date found on (or about) the page, with where it came from."""

    date: date
    kind: DateKind
    source: str  # CSS-like path, meta name, "url", "http:last-modified" …
    text: str  # the text it was read from, as shown on the page
    where: str | None = None  # header, nav, footer, related, article, embed … (visible dates)

    def to_dict(self) -> dict[str, Any]:
        out = {"date": self.date.isoformat(), "kind": self.kind, "source": self.source, "text": self.text}
        if self.where:
            out["where"] = self.where
        return out


@dataclass(frozen=True)
class Evidence:
    text: str
    url: str | None = None


@dataclass
class Item:
    """One checklist entry an editor will decide on."""

    check: str
    severity: Severity
    title: str
    detail: str
    dates: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    status: Status = "open"
    data: dict[str, Any] = field(default_factory=dict)  # check-specific fields
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "check": self.check,
            "severity": self.severity,
            "title": self.title,
            "detail": self.detail,
            "dates": list(self.dates),
            "evidence": [asdict(e) for e in self.evidence],
            "status": self.status,
        }
        if self.data:
            out["data"] = self.data
        return out


@dataclass
class Article:
    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    language: str | None = None
    published: date | None = None
    modified: date | None = None
    canonical_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "site_name": self.site_name,
            "author": self.author,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "modified": self.modified.isoformat() if self.modified else None,
            "canonical_url": self.canonical_url,
        }


@dataclass(frozen=True)
class Coverage:
    """An independent outlet's article about the same story."""

    url: str
    title: str
    outlet: str
    published: date | None
    provider: str
    match: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "provider": self.provider,
            "match": round(self.match, 2),
        }


@dataclass
class ImageInfo:
    """One article image: where it is, links to search for earlier copies, its own dates
    (``image_*`` kinds), and why any evidence could not be gathered (docs/images.md)."""

    url: str
    alt: str
    role: Literal["lead", "body"]
    search_links: dict[str, str] = field(default_factory=dict)  # lens, tineye, yandex, bing
    dates: list[DateCandidate] = field(default_factory=list)
    skipped: str = ""  # one line: why the image itself was not examined

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
            "alt": self.alt,
            "role": self.role,
            "search_links": dict(self.search_links),
            "dates": [d.to_dict() for d in self.dates],
        }
        if self.skipped:
            out["skipped"] = self.skipped
        return out


@dataclass(frozen=True)
class ProviderStatus:
    name: str
    status: Literal["ok", "unavailable", "disabled"]
    detail: str = ""


@dataclass
class Report:
    target: str
    url: str
    fetched_at: str
    content_sha256: str
    article: Article
    dates: list[DateCandidate] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    corroboration: list[Coverage] = field(default_factory=list)
    providers: list[ProviderStatus] = field(default_factory=list)
    archive: dict[str, str] | None = None  # archived copy (or Save Page Now job) of the page
    fact_checks: list[dict[str, Any]] = field(default_factory=list)  # prior fact-checks, verbatim ratings
    images: list[ImageInfo] = field(default_factory=list)  # lead and main-text images (docs/images.md)

    def number_items(self) -> None:
        """Give items stable ids ``c1``, ``c2`` … in checklist order."""
        for n, item in enumerate(self.items, 1):
            item.id = f"c{n}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "target": self.target,
            "url": self.url,
            "fetched_at": self.fetched_at,
            "content_sha256": self.content_sha256,
            "article": self.article.to_dict(),
            "dates": [d.to_dict() for d in self.dates],
            "items": [i.to_dict() for i in self.items],
            "corroboration": [c.to_dict() for c in self.corroboration],
            "providers": [asdict(p) for p in self.providers],
            "archive": self.archive,
            "fact_checks": self.fact_checks,
            "images": [i.to_dict() for i in self.images],
        }
