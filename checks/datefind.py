"""Every date on a page, with where it came from and what it probably means.

htmldate returns one answer; an editor needs all of them (docs/dates.md). Kinds: ``meta_*``
(Open Graph, article:, Dublin Core, itemprop, parsely …), ``jsonld_*`` (also inside
``@graph``), ``time_element``, ``byline`` (the article's own visible date), ``page`` (dates
outside the article: a current-date display, menus, footers, other stories, embeds), ``url``,
``http_last_modified`` and ``text`` (full dates written in the article body).

Visible dates are classified by where they sit (:func:`checks.regions.where`) and what they
look like, not by English class names; see :func:`_classify`.
"""

from __future__ import annotations

import email.utils
import itertools
import json
import re
from collections.abc import Iterator
from datetime import date, timedelta

from lxml import html

from checks import lenient_json
from checks.datetext import find_dates, parse_date, parse_iso
from checks.document import FoundDate, Role
from checks.regions import headline_block, headline_chain, where
from checks.report import DateCandidate

MIN_DATE = date(1995, 1, 1)
MAX_TEXT_DATES = 10
MAX_VISIBLE_SCAN = 400  # text nodes with digits examined for visible dates

META_PUBLISHED = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "article:published",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "dc.date.created",
        "dcterms.created",
        "dcterms.issued",
        "dcterms.date",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "publication_date",
        "publication-date",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "article_date_original",
        "originalpublicationdate",
        "displaydate",
        "pub_date",
        "rnews:datepublished",
        "citation_publication_date",
        "citation_date",
        "bt:pubdate",
        "date.release",
        "cxenseparse:recs:publishtime",
        "iso-8601-publish-date",
        "og:pubdate",
        "datecreated",
        "article.created",
        "created",
        "date_published",
        "dc.created",
        "article:post_date",
    }
)
META_MODIFIED = frozenset(
    {
        "article:modified_time",
        "og:updated_time",
        "og:modified_time",
        "article:modified",
        "datemodified",
        "dcterms.modified",
        "dc.date.modified",
        "last-modified",
        "lastmod",
        "modified",
        "article.updated",
        "updated_time",
        "revised",
        "date_modified",
        "eomportal-lastupdate",
        "article:updated_time",
        "dc.modified",
        "lastmodified",
    }
)
# fmt: off
ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    "scholarlyarticle", "techarticle", "socialmediaposting", "report", "posting",
    "creativework", "webpage", "itempage",
})
# Objects embedded in an article whose dates are not the article's (a video's upload date).
NOT_ARTICLE_TYPES = frozenset({
    "videoobject", "imageobject", "audioobject", "mediaobject", "person", "organization",
    "newsmediaorganization", "event", "product", "review", "comment", "breadcrumblist",
    "website", "sitenavigationelement", "claimreview", "question", "answer",
})
# fmt: on

_BYLINE = re.compile(
    r"byline|author|meta|date|time|posted|publish|pubdate|dateline|timestamp|info|"
    r"details|updated|modified|credit|submitted",
    re.IGNORECASE,
)
# Names only an article's own date carries (a "date" or "time" class is also worn by displays).
_BYLINE_STRONG = re.compile(
    r"publish|posted|byline|author|entry[-_]?date|post[-_]?date|postdate|pubdate|dateline|article[-_]?date|"
    r"article__date|story[-_]?time|storytime|updated|modified|meta[-_]?date|news[-_]?date|haber[-_]?tarih",
    re.IGNORECASE,
)
_UPDATED_WORDS = re.compile(
    r"updated|update:|last modified|modified|güncelle|aktualisiert|mis à jour|actualizado|"
    r"actualización|обновлено|обновлен|تحديث|آخر تحديث|نوێکرایەوە|نوێکراوەتەوە|bijgewerkt|"
    r"aggiornato|atualizado",
    re.IGNORECASE,
)
_URL_DATE = (
    re.compile(r"/((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?:[/_.-]|$)"),
    re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)"),
)
_DIGIT = re.compile(r"\d")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "select", "option"})


def find_all(
    tree: html.HtmlElement,
    urls: list[str],
    headers: dict[str, str],
    today: date,
    *,
    ld: list[dict] | None = None,
    month_first: bool = False,
) -> list[FoundDate]:
    """All date candidates of a page, in a stable order (structured first, then visible).

    ``ld`` is the page's :func:`jsonld_objects` when the caller has parsed them already."""
    latest = today + timedelta(days=366)  # future dates are a finding, not noise
    found: list[FoundDate] = []
    seen: set[tuple[date, str, str]] = set()

    def add(value: date | None, kind: str, source: str, text: str, role: Role, region: str | None = None) -> None:
        if value is None or not MIN_DATE <= value <= latest:
            return
        key = (value, kind, source)
        if key in seen:
            return
        seen.add(key)
        found.append(FoundDate(DateCandidate(value, kind, source, clip(text), region), role))  # type: ignore[arg-type]

    for value, kind, source, text, role in _meta_dates(tree):
        add(value, kind, source, text, role)
    for value, kind, source, text, role in _jsonld_dates(jsonld_objects(tree) if ld is None else ld):
        add(value, kind, source, text, role)
    visible = list(_visible_dates(tree, month_first))
    # A current-date display shows one day; several different "displays" are a list of dates.
    one_day = len({v[0] for v in visible if v[4] == "page"}) <= 1
    for value, kind, source, text, role, region in visible:
        add(value, kind, source, text, role if one_day or role != "page" else "other", region)
    for url in urls:
        value, text = _url_date(url)
        add(value, "url", "url", text, "published")
    last_modified = headers.get("last-modified")
    if last_modified:
        try:
            parsed = email.utils.parsedate_to_datetime(last_modified).date()
        except (TypeError, ValueError, IndexError):
            parsed = None
        add(parsed, "http_last_modified", "http:last-modified", last_modified, "other")
    return found


# -- structured data ----------------------------------------------------------------------


def _meta_dates(tree: html.HtmlElement) -> Iterator[tuple[date | None, str, str, str, Role]]:
    for el in tree.iter("meta"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = (el.get(attr) or "").strip().lower()
            if not name:
                continue
            content = (el.get("content") or el.get("datetime") or "").strip()
            if not content:
                break
            if name in META_PUBLISHED:
                yield _structured(content), "meta_published", f"meta[{attr}={name}]", content, "published"
            elif name in META_MODIFIED:
                yield _structured(content), "meta_modified", f"meta[{attr}={name}]", content, "modified"
            break
    # Microdata on visible elements: <span itemprop="datePublished" content="…">.
    body = tree.find("body")
    chain = headline_chain(_headline(body)) if body is not None else frozenset()
    for el in tree.xpath("//body//*[@itemprop='datePublished' or @itemprop='dateModified']"):
        if where(el, chain) in ("related", "embed"):
            continue  # the microdata of a teaser or an embedded post
        value = el.get("content") or el.get("datetime") or el.text_content()
        prop = el.get("itemprop")
        kind, role = ("meta_published", "published") if prop == "datePublished" else ("meta_modified", "modified")
        yield _structured(value), kind, f"{el.tag}[itemprop={prop}]", value.strip(), role  # type: ignore[misc]


def _jsonld_dates(objects: list[dict]) -> Iterator[tuple[date | None, str, str, str, Role]]:
    for obj in objects:
        kind_name = _type_name(obj)
        embedded = kind_name.lower() in NOT_ARTICLE_TYPES
        for key, kind, role in (
            ("datePublished", "jsonld_published", "published"),
            ("dateCreated", "jsonld_published", "published"),
            ("uploadDate", "jsonld_published", "published"),
            ("dateModified", "jsonld_modified", "modified"),
        ):
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                if key == "dateCreated" and "datePublished" in obj:
                    continue
                source = f"ld+json {kind_name}.{key}"
                yield _structured(value), kind, source, value.strip(), "other" if embedded else role  # type: ignore[misc]


def jsonld_objects(tree: html.HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page (``@graph`` and lists flattened), article types first."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = lenient_json.loads(raw)
        except ValueError:
            data = _leading_values(raw)
        _flatten(data, objects, 0)
    objects.sort(key=lambda o: 0 if _type_name(o).lower() in ARTICLE_TYPES else 1)
    return objects


_DECODER = json.JSONDecoder()


def _leading_values(raw: str) -> list[object]:
    """The JSON values a broken block starts with: CMSs concatenate objects or leave a stray
    brace after the last one ("Extra data"); what parses before the damage is still the page's."""
    values: list[object] = []
    text = raw.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    at = 0
    while at < len(text) and len(values) < 20:
        while at < len(text) and text[at] in " ,;":
            at += 1
        try:
            value, at = _DECODER.raw_decode(text, at)
        except ValueError:
            break
        values.append(value)
    return values


def _flatten(data: object, out: list[dict], depth: int) -> None:
    if depth > 6 or len(out) > 100:
        return
    if isinstance(data, list):
        for entry in data:
            _flatten(entry, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out, depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and main.get("@type"):
            _flatten(main, out, depth + 1)


def _type_name(obj: dict) -> str:
    kind = obj.get("@type", "Thing")
    if isinstance(kind, list):
        kind = next((k for k in kind if isinstance(k, str)), "Thing")
    return kind if isinstance(kind, str) else "Thing"


def _structured(value: str) -> date | None:
    return parse_iso(value) or parse_date(value)


# -- visible dates --------------------------------------------------------------------------

VisibleDate = tuple[date | None, str, str, str, Role, str]
MAX_ASIDE_DATES = 2  # dates kept per region outside the article (menus, related lists …)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TEASER_LINK_TEXT = 25  # characters of link text that make a headline
STANDALONE_EXTRA = 45  # characters besides the date a standalone display may hold
_CITED_WORDS = re.compile(
    r"(?:stand|abgerufen(?: am)?|zugriff(?: am)?|accessed(?: on)?|retrieved(?: on)?|consulté le|consultado(?: el)?|"
    r"erişim(?: tarihi)?|as of|en date du|дата обращения)\s*:?\s*$",
    re.IGNORECASE,
)


def _visible_dates(tree: html.HtmlElement, month_first: bool) -> Iterator[VisibleDate]:
    body = tree.find("body")
    if body is None:
        return
    h1 = _headline(body)
    block = headline_block(h1)
    chain = headline_chain(h1)
    aside_counts: dict[str, int] = {}
    text_dates = 0
    scanned = 0
    before_headline = h1 is not None
    for el in body.iter():
        if el is h1:
            before_headline = False
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS or not tag:
            continue
        if tag == "time":
            value = parse_iso(el.get("datetime") or "") or parse_date(el.text_content(), month_first=month_first)
            if value is not None:
                label = (el.text_content() or el.get("datetime") or "").strip()
                context = _before_text(el)
                seen = _classify(el, context, label, label, before_headline, (block, chain), is_time=True)
                if seen and _keep(seen, aside_counts):
                    yield value, seen[0], _css(el), label or el.get("datetime", ""), seen[1], seen[2]
            continue
        texts = _digit_texts(el)
        if not texts or _in_time(el):
            continue
        for text, owner in texts:
            scanned += 1
            if scanned > MAX_VISIBLE_SCAN:
                return
            for match in find_dates(text, month_first=month_first, limit=3):
                context = text[max(0, match.start - 40) : match.start]
                seen = _classify(owner, context, text, match.text, before_headline, (block, chain), is_time=False)
                if not seen or not _keep(seen, aside_counts):
                    continue
                if seen[0] == "text":
                    text_dates += 1
                    if text_dates > MAX_TEXT_DATES:
                        continue
                yield match.date, seen[0], _css(owner), match.text.strip(), seen[1], seen[2]


def _digit_texts(el: html.HtmlElement) -> list[tuple[str, html.HtmlElement]]:
    """The element's text and tail, each with the element it belongs to, when it holds a digit
    (most text has none: its owner is not looked up)."""
    text, tail = el.text, el.tail
    out = [(text, el)] if text and _DIGIT.search(text) else []
    if tail and _DIGIT.search(tail):
        parent = el.getparent()
        if parent is not None:
            out.append((tail, parent))
    return out


def _keep(seen: tuple[str, Role, str], counts: dict[str, int]) -> bool:
    """Dates outside the article are listed, a few per region: they are context, not evidence."""
    if seen[0] != "page" or seen[1] == "page":
        return True
    counts[seen[2]] = counts.get(seen[2], 0) + 1
    return counts[seen[2]] <= MAX_ASIDE_DATES


def _before_text(el: html.HtmlElement) -> str:
    """The text just before an element (its previous sibling's tail or its parent's text)."""
    prev = el.getprevious()
    if prev is not None:
        return (prev.tail or "")[-40:]
    parent = el.getparent()
    return (parent.text or "")[-40:] if parent is not None else ""


def _headline(body: html.HtmlElement) -> html.HtmlElement | None:
    """The first ``<h1>`` that is not a link (teaser lists sometimes use ``<h1>`` too)."""
    first = None
    for el in body.iter("h1"):
        first = first if first is not None else el
        if not _in_link(el) and not any(_in_link(a) for a in el.iter("a")):
            return el
    return first


def _in_time(el: html.HtmlElement) -> bool:
    """Text inside a <time> (read through its element, not again as text)."""
    parent = el.getparent()
    return parent is not None and _within(parent, "time")


def _classify(
    el: html.HtmlElement,
    context: str,
    text: str,
    date_text: str,
    before_headline: bool,
    headline: tuple[frozenset[html.HtmlElement], frozenset[html.HtmlElement]],
    *,
    is_time: bool,
) -> tuple[str, Role, str] | None:
    """What a visible date is: (kind, role, where), or None for noise.

    Decided by where it sits (:func:`checks.regions.where`) and what it looks like, not by
    English class names: a standalone date next to the headline is the byline whatever its
    class; a standalone date above the headline, outside the article, not a link, is the
    site's current-date display; dates of other stories, menus, footers, embeds, citations
    and archive toolbars are listed as context (role ``other``) and prove nothing.
    """
    block, chain = headline
    region = where(el, chain)
    story = _in_story_link(el, date_text.strip(), chain)
    standalone = len(text.strip()) - len(date_text.strip()) <= STANDALONE_EXTRA and len(text) <= 200
    role: Role = "modified" if _UPDATED_WORDS.search(context) or _is_modified_time(el) else "published"
    if region == "related" and standalone and not story and _near_headline(el, block):
        return "byline", role, "article"  # by the headline, whatever its class ("teaser" modules)
    if region in ("embed", "related"):
        return "page", "other", region
    if story and region not in ("header", "nav", "footer"):
        return "page", "other", "related"
    if region in ("archive", "citation") or _CITED_WORDS.search(context):
        return "page", "other", "header" if region == "archive" else "article"
    if standalone and region not in ("nav", "footer") and _near_headline(el, block):
        return "byline", role, "article"
    if region in ("header", "nav", "footer") or (before_headline and region == "body"):
        if (region == "body" and _byline_named(el, is_time)) or _byline_named(el, is_time, _BYLINE_STRONG):
            return "byline", role, "article"
        if standalone and region != "footer" and not (story or _in_link(el) or _in_menu_item(el, region)):
            return "page", "page", "header" if region == "body" else region
        return "page", "other", "header" if region == "body" else region
    if _byline_named(el, is_time) or (is_time and (region == "article" or not before_headline)):
        return "byline", role, "article"
    if is_time:
        return "time_element", role, "article"
    return "text", "other", "article"


def _byline_named(el: html.HtmlElement, is_time: bool, names_pattern: re.Pattern[str] = _BYLINE) -> bool:
    """A byline-like class or itemprop on the element or its closest ancestors."""
    node: html.HtmlElement | None = el
    for _ in range(3 if is_time else 2):
        if node is None:
            return False
        names = f"{(node.get('class') or '')[:200]} {(node.get('id') or '')[:100]}"
        if names_pattern.search(names) or (node.get("itemprop") or "").startswith("date"):
            return True
        node = node.getparent()
    return False


def _near_headline(el: html.HtmlElement, block: frozenset[html.HtmlElement]) -> bool:
    """True when ``el`` sits in the headline's own container, at most two levels below it."""
    if not block:
        return False
    node: html.HtmlElement | None = el
    for _ in range(3):
        node = node.getparent() if node is not None else None
        if node is None:
            return False
        if node in block:
            return True
    return False


def _in_story_link(el: html.HtmlElement, date_text: str, chain: frozenset[html.HtmlElement]) -> bool:
    """A date in a teaser of another story: inside a link that also holds a headline, or in a
    small block (list item, card) beside such a link. A link holding only the date is a
    permalink or a date archive, as in WordPress bylines, and says nothing."""
    node: html.HtmlElement | None = el
    for depth in range(4):
        if node is None or node in chain or node.tag in ("article", "main", "body"):
            return False
        if node.tag == "a":
            return bool(node.get("href")) and _link_words(node) - len(date_text) >= TEASER_LINK_TEXT
        if depth and node.tag in ("li", "div", "section", "dd", "tr"):
            listed = node.tag in ("li", "dd", "tr")
            for link in itertools.islice(node.iter("a"), 5):
                if not link.get("href") or date_text in (link.text_content() or "")[:400]:
                    continue
                if (listed or _is_heading_link(link)) and _link_words(link) >= TEASER_LINK_TEXT:
                    return True
        node = node.getparent()
    return False


def _is_heading_link(link: html.HtmlElement) -> bool:
    """A link that is (or holds) a headline: ``<h3><a>`` or ``<a><h3>``."""
    parent = link.getparent()
    if parent is not None and parent.tag in _HEADINGS:
        return True
    return any(child.tag in _HEADINGS for child in link)


def _link_words(link: html.HtmlElement) -> int:
    return len(" ".join((link.text_content() or "")[:400].split()))


def _in_menu_item(el: html.HtmlElement, region: str) -> bool:
    """A list item of a menu (an event or a release in a mega-menu), not a display."""
    return region == "nav" and (el.tag == "li" or any(a.tag == "li" for a in itertools.islice(el.iterancestors(), 3)))


def _in_link(el: html.HtmlElement) -> bool:
    return _within(el, "a")


def _within(el: html.HtmlElement, tag: str, levels: int = 3) -> bool:
    """``el`` or one of its nearest ``levels - 1`` ancestors is a ``tag``."""
    node: html.HtmlElement | None = el
    for _ in range(levels):
        if node is None:
            return False
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _is_modified_time(el: html.HtmlElement) -> bool:
    names = (el.get("class") or "").lower()
    prop = (el.get("itemprop") or "").lower()
    if prop == "datemodified":
        return True
    return ("updated" in names or "modified" in names) and not (
        "published" in names or "entry-date" in names or prop == "datepublished"
    )


def _css(el: html.HtmlElement) -> str:
    tag = el.tag if isinstance(el.tag, str) else "node"
    classes = (el.get("class") or "").split()
    if classes:
        return f"{tag}.{classes[0]}"[:80]
    if el.get("id"):
        return f"{tag}#{el.get('id')}"[:80]
    parent = el.getparent()
    if parent is not None and isinstance(parent.tag, str):
        parent_classes = (parent.get("class") or "").split()
        if parent_classes:
            return f"{parent.tag}.{parent_classes[0]} > {tag}"[:80]
    return tag


def _url_date(url: str) -> tuple[date | None, str]:
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE).split("?", 1)[0]
    for pattern in _URL_DATE:
        match = pattern.search(path)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), match.group(0).strip("/_-.")
            except ValueError:
                continue
    return None, ""


def clip(text: str, limit: int = 160) -> str:
    """Page text as one line of at most ``limit`` characters (for reports and chat)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
