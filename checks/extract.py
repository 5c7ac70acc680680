"""Article fields from a parsed page: title, outlet, byline, language, main text, links.

Metadata follows trafilatura's order (``<meta>`` first, JSON-LD over it, then visible
byline elements). The main text comes from :mod:`checks.maintext` (trafilatura, hidden
elements excluded).
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml import html

from checks.datefind import find_all, jsonld_objects
from checks.document import Document, FoundDate
from checks.fetch import FetchedPage
from checks.maintext import main_text
from checks.report import Article, DateCandidate

MAX_LINKS = 200
MAX_IMAGES = 50
PUBLISHED_PRIORITY = ("jsonld_published", "meta_published", "byline", "time_element", "url")
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
    month_first = (article.language or "").lower() in ("en-us", "en_us")
    found = find_all(tree, urls, page.headers, page.fetched_at.date(), ld=ld, month_first=month_first)
    article.published = pick(found, PUBLISHED_PRIORITY, "published")
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


def pick(found: list[FoundDate], priority: tuple[str, ...], role: str) -> date | None:
    """The date of the most trustworthy source with the given role.

    Structured data first: for publication the earliest structured claim (a later one is
    usually a re-stamp); then the first byline date in document order (later ones are often
    related stories), then ``<time>``, then the URL.
    """
    if role == "published":
        structured = [f.date for f in found if f.kind in STRUCTURED and f.role == role]
        if structured:
            return min(structured)
    for kind in priority:
        for f in found:
            if f.kind == kind and f.role == role:
                return f.date
    return None


def _whole_page_date(tree: html.HtmlElement, urls: list[str], found: list[FoundDate], today: date) -> FoundDate | None:
    """htmldate's whole-page search, for pages with no dated byline, metadata or URL.

    Its answer has no precise provenance, so it is labelled as such, and it is refused when
    the only place that date appears is the site's chrome (a "today" display).
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
    host = urlsplit(url).hostname or ""
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
            url = urljoin(base, el.get("href").strip())
            if url.startswith(("http://", "https://")):
                return url
    for el in tree.iter("meta"):
        if (el.get("property") or "").lower() == "og:url" and el.get("content", "").startswith("http"):
            return el.get("content").strip()
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
    own = urlsplit(base).hostname or ""
    out: list[str] = []
    for el in root.iter("a"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base, href)
        host = urlsplit(url).hostname or ""
        if url.startswith("http") and host and host != own and url not in out:
            out.append(url)
            if len(out) >= MAX_LINKS:
                break
    return out


def _images(root: html.HtmlElement, base: str) -> list[str]:
    out: list[str] = []
    for el in root.iter("img"):
        src = (el.get("src") or el.get("data-src") or "").strip()
        if src and not src.startswith("data:"):
            url = urljoin(base, src)
            if url not in out:
                out.append(url)
                if len(out) >= MAX_IMAGES:
                    break
    return out
