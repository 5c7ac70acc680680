"""Date checks: disagreeing sources, no date, future, stale and updated articles (docs/dates.md).

Each item names the ISO dates it compares, quotes where they came from and tells the
editor what to do. Tolerances absorb time zones (a UTC timestamp may fall on the next local
day) and URL slugs written the day before publication.
"""

from __future__ import annotations

from datetime import date

from checks.document import Document, FoundDate
from checks.registry import register
from checks.report import Evidence, Item, Severity
from checks.settings import CheckSettings

ZONE_TOLERANCE_DAYS = 1
URL_TOLERANCE_DAYS = 2
LARGE_GAP_DAYS = 30


# Where a current-date display was seen, as the item says it (an observation, not a guess).
_PLACES = {
    "header": "in the page's header area, above the headline",
    "nav": "in the site's menu bar",
}


def _severity(a: date, b: date) -> Severity:
    return "high" if a.year != b.year or abs((a - b).days) > LARGE_GAP_DAYS else "medium"


def _quote(found: FoundDate) -> str:
    return f"“{found.candidate.text}” ({found.candidate.source})"


def _iso(*values: date) -> list[str]:
    return sorted({v.isoformat() for v in values})


def _month(value: date) -> str:
    return value.strftime("%B %Y")


@register("dates.mismatch", "Date sources disagree", order=10)
def mismatch(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    items: list[Item] = []
    bylines = doc.dates_with(kinds=("byline",), role="published")
    structured = doc.dates_with(kinds=("jsonld_published", "meta_published"), role="published")
    # Without a byline, the metadata value the publication day was taken from.
    chosen = [f for f in structured if f.date == doc.article.published]
    reference = bylines[0] if bylines else (chosen or structured or [None])[0]

    for page in _distinct(doc.dates_with(kinds=("page",), role="page")):
        # A frozen current-date display is later than the story; an earlier standalone date
        # above the headline is something else (an event, an issue date) and proves nothing.
        if reference is None or (page.date - reference.date).days <= ZONE_TOLERANCE_DAYS:
            continue
        label = "byline" if reference.kind == "byline" else "article metadata"
        when = (
            "It is the day this copy was fetched, so it is most likely the site's current-date display"
            if page.date == doc.today
            else "It looks like the site's current-date display, frozen when this copy was rendered or cached"
        )
        items.append(
            Item(
                check="dates.mismatch",
                severity=_severity(page.date, reference.date),
                title=f"Page date and {label} disagree",
                detail=(
                    f"The page shows {page.date.isoformat()} {_quote(page)} but the {label} "
                    f"says {reference.date.isoformat()} {_quote(reference)}. The page date is a "
                    f"standalone date {_PLACES.get(page.candidate.where or '', 'above the headline')}, "
                    f"outside the article and not a link. {when}, not when the story was "
                    f"written. Treat the article as published {reference.date.isoformat()}: do not "
                    f"pass it on as news of {_month(page.date)}."
                ),
                dates=_iso(page.date, reference.date),
                evidence=[Evidence(page.candidate.text), Evidence(reference.candidate.text)],
            )
        )

    if bylines and structured and not any(_near(m.date, b.date) for m in structured for b in bylines):
        meta, byline = structured[0], bylines[0]
        modified = [f for f in doc.dates_with(role="modified") if f.kind != "byline" and _near(f.date, byline.date)]
        why = (
            f" The visible date matches the page's own modification date {_quote(modified[0])}: the "
            f"article looks re-dated, shown with the day it was changed, not the day it came out."
            if modified and byline.date > meta.date
            else " One of them is wrong, or the article was republished."
        )
        items.append(
            Item(
                check="dates.mismatch",
                severity=_severity(meta.date, byline.date),
                title="Metadata date and byline disagree",
                detail=(
                    f"The page's hidden metadata says it was published {meta.date.isoformat()} "
                    f"{_quote(meta)}, but the date shown in the article is "
                    f"{byline.date.isoformat()} {_quote(byline)}.{why} Find the original "
                    f"publication before citing a date."
                ),
                dates=_iso(meta.date, byline.date),
                evidence=[Evidence(meta.candidate.text), Evidence(byline.candidate.text)],
            )
        )

    anchor = reference
    for url in _distinct(doc.dates_with(kinds=("url",))):
        if anchor is None or abs((url.date - anchor.date).days) <= URL_TOLERANCE_DAYS:
            continue
        label = "byline" if anchor.kind == "byline" else "article metadata"
        items.append(
            Item(
                check="dates.mismatch",
                severity=_severity(url.date, anchor.date),
                title=f"URL date and {label} disagree",
                detail=(
                    f"The address contains the date {url.date.isoformat()} ({url.candidate.text}) "
                    f"but the {label} says {anchor.date.isoformat()} {_quote(anchor)}. Articles "
                    f"re-dated after publication often keep their original address: check which "
                    f"date is the original."
                ),
                dates=_iso(url.date, anchor.date),
                evidence=[Evidence(url.candidate.text), Evidence(anchor.candidate.text)],
            )
        )
    return items


@register("dates.missing", "No publication date", order=11)
def missing(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    if doc.article.published is not None:
        return []
    pages = _distinct(doc.dates_with(kinds=("page",), role="page"))
    others = _distinct([f for f in doc.found_dates if f.role != "page"])
    detail = "factdesk found no publication date on this page (no byline date, metadata or URL date)."
    if pages:
        detail += (
            f" Standalone dates above the headline, outside the article "
            f"({', '.join(_quote(p) for p in pages)}), look like a current-date display: they do not "
            "say when the article was written."
        )
    elif others:
        detail += f" Other dates on the page: {', '.join(_quote(o) for o in others[:3])}."
    detail += " Establish when it was first published (archives, other outlets) before using it."
    return [
        Item(
            check="dates.missing",
            severity="medium",
            title="No publication date found",
            detail=detail,
            dates=_iso(*(p.date for p in pages)),
            evidence=[Evidence(p.candidate.text) for p in pages],
        )
    ]


@register("dates.future", "Publication date in the future", order=12)
def future(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    ahead = [f for f in doc.found_dates if f.role == "published" and (f.date - doc.today).days > ZONE_TOLERANCE_DAYS]
    if not ahead:
        return []
    first = ahead[0]
    return [
        Item(
            check="dates.future",
            severity="high",
            title="Publication date is in the future",
            detail=(
                f"The page gives {first.date.isoformat()} {_quote(first)} as its date, after "
                f"today ({doc.today.isoformat()}). The date is wrong or the page was "
                f"pre-dated: do not rely on it."
            ),
            dates=_iso(doc.today, *(f.date for f in ahead)),
            evidence=[Evidence(f.candidate.text) for f in _distinct(ahead)[:3]],
        )
    ]


@register("dates.stale", "Old article", order=13)
def stale(doc: Document, settings: CheckSettings) -> list[Item]:
    published = doc.article.published
    if published is None:
        return []
    age = (doc.today - published).days
    if age <= settings.stale_after_days:
        return []
    source = _source_of(doc, published)
    return [
        Item(
            check="dates.stale",
            severity="medium",
            title=f"Article is {_age(age)} old",
            detail=(
                f"Published {published.isoformat()}{source}, {age} days before this check "
                f"(threshold {settings.stale_after_days} days). If it is being shared as current "
                f"news, it is old news: say when it happened."
            ),
            dates=_iso(published, doc.today),
            evidence=[Evidence(f.candidate.text) for f in _distinct(doc.found_dates) if f.date == published][:1],
        )
    ]


@register("dates.updated", "Updated after publication", order=14)
def updated(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    published, modified = doc.article.published, doc.article.modified
    if published is None or modified is None or modified <= published:
        return []
    return [
        Item(
            check="dates.updated",
            severity="info",
            title="Updated after publication",
            detail=(
                f"First published {published.isoformat()}, updated {modified.isoformat()}"
                f"{_source_of(doc, modified, role='modified')}. An honest update, not an error: "
                f"check what changed if the story depends on it."
            ),
            dates=_iso(published, modified),
        )
    ]


def _near(a: date, b: date) -> bool:
    return abs((a - b).days) <= ZONE_TOLERANCE_DAYS


def _distinct(found: list[FoundDate]) -> list[FoundDate]:
    """One candidate per date, first seen wins."""
    seen: set[date] = set()
    out = []
    for f in found:
        if f.date not in seen:
            seen.add(f.date)
            out.append(f)
    return out


def _source_of(doc: Document, value: date, role: str = "published") -> str:
    for f in doc.found_dates:
        if f.date == value and f.role == role:
            return f" (from {f.kind.replace('_', ' ')}: “{f.candidate.text}”)"
    return ""


def _age(days: int) -> str:
    if days >= 730:
        return f"{days // 365} years"
    if days >= 60:
        return f"{days // 30} months"
    return f"{days} days"
