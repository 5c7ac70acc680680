"""Article fields from a parsed page: title, outlet, byline, language, main text, links.

Metadata follows trafilatura's order (``<meta>`` first, JSON-LD over it, then visible
byline elements). The main text comes from :mod:`checks.maintext` (trafilatura, hidden
elements excluded).
"""

from __future__ import annotations

import re
from datetime import date

from lxml import html

from checks.datefind import find_all, jsonld_objects
from checks.document import Document, FoundDate
from checks.fetch import FetchedPage
from checks.links import absolute_url, host_of
from checks.maintext import main_text
from checks.report import Article, DateCandidate

MAX_LINKS = 200
MAX_IMAGES = 50
MODIFIED_PRIORITY = ("jsonld_modified", "meta_modified", "byline", "time_element")
_AUTHOR_CLASS = re.compile(r"author|byline|writer|reporter", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def build_document(page: FetchedPage, tree: html.HtmlElement) -> Document:
    """Extract every field the checks need from one parsed tree."""
    meta = _meta_map(tree)
    ld = jsonld_objects(tree)
    canonical = _canonical(tree, page.url)
    article = Article(
        title=_title(tree, meta, ld),
        site_name=_site_name(meta, ld, canonical or page.url),
        author=_author(tree, meta, ld),
        language=_language(tree, meta),
        canonical_url=canonical,
    )
    urls = [u for u in dict.fromkeys([page.url, canonical or ""]) if u.startswith("http")]
    month_first = month_first_page(page.html, article.language, meta.get("og:locale"))
    found = find_all(tree, urls, page.headers, page.fetched_at.date(), ld=ld, month_first=month_first)
    article.published = pick(found, (), "published")
    if article.published is None:
        fallback = _whole_page_date(tree, urls, found, page.fetched_at.date())
        if fallback is not None:
            found.append(fallback)
            article.published = fallback.date
    article.modified = pick(found, MODIFIED_PRIORITY, "modified")
    if article.modified is not None and article.published is not None:
        if article.modified <= article.published:
            article.modified = None
    text = main_text(tree, page.url or None)
    paragraphs, container = text.paragraphs, text.container
    base = canonical or page.url
    return Document(
        url=page.url,
        tree=tree,
        fetched_at=page.fetched_at,
        headers=page.headers,
        article=article,
        paragraphs=paragraphs,
        links=_links(container if container is not None else tree, base),
        images=_images(_article_root(container) if container is not None else tree, base),
        found_dates=found,
    )


STRUCTURED = ("jsonld_published", "meta_published")
# Numeric dates with slashes: 03/04/2024 is ambiguous, 13/04/2024 and 04/13/2024 are not.
_SLASH_YEAR = re.compile(r"/(?:19|20)\d\d(?![\d/])")  # cheap: starts with a literal
_DAY_MONTH = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)$")
MONTH_FIRST_LOCALES = (
    "en-us",
    "en-ph",
    "en-fm",
    "en-mh",
    "en-pw",
    "en-as",
    "en-gu",
    "en-mp",
    "en-pr",
    "en-vi",
    "en-um",
)
ORDER_SCAN = 400_000


def month_first_page(text: str, language: str | None, locale: str | None) -> bool:
    """Whether this page writes 03/04/2024 as March 4th, decided per page.

    The page's own unambiguous slash dates decide when they agree (13/04 is day-first, 04/13
    month-first); otherwise its language tag or ``og:locale`` (US English and the few other
    month-first locales); otherwise day-first, the order of most of the world's press."""
    day_first = month_first = 0
    for year in _SLASH_YEAR.finditer(text, 0, ORDER_SCAN):
        match = _DAY_MONTH.search(text, max(0, year.start() - 6), year.start())
        if match is None:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        if 12 < a <= 31 and 1 <= b <= 12:
            day_first += 1
        elif 12 < b <= 31 and 1 <= a <= 12:
            month_first += 1
    if day_first != month_first and not (day_first and month_first):
        return month_first > day_first
    tags = [t.replace("_", "-").lower() for t in (language, locale) if t]
    return any(t.startswith(MONTH_FIRST_LOCALES) for t in tags)


# Log-odds weights of the visible evidence for the publication day: log(p / (1 - p)) with p how
# often that kind named the right day on the development half of bench/dates.py (``--sources``):
# URL .977, first byline .942, <time> (rare) taken as a byline. Metadata (.986 <meta>, .977
# JSON-LD) comes first: letting it vote with the rest lost a page on the development half.
WEIGHTS = {"url": 3.7, "byline": 2.8, "time_element": 2.8}
_UTC = re.compile(r"(?:Z|[+-]00:?00)$", re.IGNORECASE)


def pick(found: list[FoundDate], priority: tuple[str, ...], role: str) -> date | None:
    """The date the evidence agrees on (docs/dates.md).

    For publication: the earliest structured (JSON-LD/meta) value, a later one being usually a
    re-stamp; without metadata, a vote of the visible evidence with its measured weights
    (:data:`WEIGHTS`; the first date of each kind votes, ties go to the earliest day). A UTC
    timestamp one day off the byline gives way to it: the publication day is the publisher's
    local day. For other roles, the first date of the most trustworthy kind in ``priority``.
    """
    if role == "published":
        structured = [f.date for f in found if f.kind in STRUCTURED and f.role == role]
        if structured:
            return _local_day(found, min(structured))
        votes: dict[date, float] = {}
        for kind, weight in WEIGHTS.items():
            first = next((f.date for f in found if f.kind == kind and f.role == role), None)
            if first is not None:
                votes[first] = votes.get(first, 0.0) + weight
        return max(votes, key=lambda day: (votes[day], -day.toordinal())) if votes else None
    for kind in priority:
        for f in found:
            if f.kind == kind and f.role == role:
                return f.date
    return None


def _local_day(found: list[FoundDate], best: date) -> date:
    """The byline's day when ``best`` only comes from UTC timestamps and the page shows one
    byline day, one day off (a story posted at 23:30 local time is stamped the next day in UTC)."""
    sources = [f for f in found if f.date == best and f.role == "published" and f.kind in STRUCTURED]
    if not sources or not all(_UTC.search(f.candidate.text.strip()) for f in sources):
        return best
    if any(f.kind in ("byline", "url") and f.date == best for f in found):
        return best
    bylines = {f.date for f in found if f.kind == "byline" and f.role == "published"}
    if len(bylines) == 1:  # one visible day, not a list of other stories' days
        (day,) = bylines
        if abs((day - best).days) == 1:
            return day
    return best


def _whole_page_date(tree: html.HtmlElement, urls: list[str], found: list[FoundDate], today: date) -> FoundDate | None:
    """htmldate's whole-page search, for pages with no dated byline, metadata or URL.

    Its answer has no precise provenance, so it is labelled as such, and it is refused when
    the only place that date appears is the site's chrome (a "today" display) or a sentence of
    the story itself (an event it tells, not the day it was published).
    """
    from htmldate import find_date

    result = find_date(
        tree,
        url=urls[0] if urls else None,
        original_date=True,
        extensive_search=True,
        max_date=today.isoformat(),
    )
    if not result:
        return None
    value = date.fromisoformat(result)
    shown = [f for f in found if f.date == value]
    if shown and all(f.kind == "page" for f in shown):
        return None
    if shown and all(f.kind == "text" and f.candidate.where == "article" and f.candidate.source == "p" for f in shown):
        return None  # "in the wake of the September 11, 2001 attacks": an event the story tells
    if not shown and (value.month, value.day) == (1, 1):
        return None  # htmldate's year-only guess: a year is not a publication date
    text = next((f.candidate.text for f in shown), result)
    return FoundDate(DateCandidate(value, "text", "whole-page search (htmldate)", text), "published")


# -- metadata ---------------------------------------------------------------------------------


def _meta_map(tree: html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    return out


def _clean(text: str | None, limit: int = 300) -> str | None:
    if not text:
        return None
    text = _SPACES.sub(" ", text).strip()
    return text[:limit] or None


def _title(tree: html.HtmlElement, meta: dict[str, str], ld: list[dict]) -> str | None:
    for el in tree.iter("h1"):
        text = _clean(el.text_content())
        if text:
            return text
    for candidate in (meta.get("og:title"), meta.get("twitter:title"), _ld_text(ld, "headline")):
        if candidate:
            return _clean(candidate)
    title = tree.find(".//title")
    return _clean(title.text_content()) if title is not None else None


def _site_name(meta: dict[str, str], ld: list[dict], url: str) -> str | None:
    for candidate in (meta.get("og:site_name"), meta.get("application-name")):
        if candidate:
            return _clean(candidate, 100)
    for obj in ld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean(publisher["name"], 100)
    host = host_of(url)
    return host.removeprefix("www.") or None


def _author(tree: html.HtmlElement, meta: dict[str, str], ld: list[dict]) -> str | None:
    names: list[str] = []
    for obj in ld:
        authors = obj.get("author")
        for entry in authors if isinstance(authors, list) else [authors]:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip() and not name.startswith("http"):
                names.append(name.strip())
        if names:
            break
    if not names:
        for key in ("author", "article:author", "dc.creator", "parsely-author", "byl"):
            value = meta.get(key)
            if value and not value.startswith("http"):
                names.append(re.sub(r"^by\s+", "", value, flags=re.IGNORECASE))
                break
    if not names:
        for el in tree.xpath("//body//*[@rel='author' or @itemprop='author']"):
            text = _clean(el.text_content(), 120)
            if text:
                names.append(text)
                break
    if not names:
        for el in tree.xpath("//body//*[@class]"):
            if _AUTHOR_CLASS.search(el.get("class", "")) and len(el) <= 3:
                text = _clean(el.text_content(), 120)
                if text and not re.search(r"\d{4}", text):
                    names.append(re.sub(r"^by\s+", "", text, flags=re.IGNORECASE))
                    break
    unique = list(dict.fromkeys(n for n in names if n))
    return _clean("; ".join(unique), 200) if unique else None


def _language(tree: html.HtmlElement, meta: dict[str, str]) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or meta.get("content-language")
    if not lang:
        locale = meta.get("og:locale")
        lang = locale.replace("_", "-") if locale else None
    if not lang:
        return None
    lang = lang.strip().split(",")[0]
    return lang if re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang) else None


def _canonical(tree: html.HtmlElement, base: str) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
            url = absolute_url(base, el.get("href"))
            if url:
                return url
    for el in tree.iter("meta"):
        if (el.get("property") or "").lower() == "og:url" and el.get("content", "").startswith("http"):
            return absolute_url(base, el.get("content"))
    return None


def _ld_text(ld: list[dict], key: str) -> str | None:
    for obj in ld:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


# -- links and images -------------------------------------------------------------------------


def _article_root(container: html.HtmlElement) -> html.HtmlElement:
    """The ``<article>`` around the main text, where lead images sit; else the text itself."""
    for ancestor in container.iterancestors("article"):
        return ancestor
    return container


def _links(root: html.HtmlElement, base: str) -> list[str]:
    own = host_of(base)
    out: list[str] = []
    for el in root.iter("a"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = absolute_url(base, href)
        host = host_of(url) if url else ""
        if url and host and host != own and url not in out:
            out.append(url)
            if len(out) >= MAX_LINKS:
                break
    return out


def _images(root: html.HtmlElement, base: str) -> list[str]:
    out: list[str] = []
    for el in root.iter("img"):
        sources = ((el.get(a) or "").strip() for a in ("src", "data-src"))  # lazy loaders: data: in src
        src = next((s for s in sources if s and not s.startswith("data:")), "")
        if src:
            url = absolute_url(base, src)
            if url and url not in out:
                out.append(url)
                if len(out) >= MAX_IMAGES:
                    break
    return out
