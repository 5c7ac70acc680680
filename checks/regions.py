"""Where on a page an element sits, decided once for every extractor and check.

A reader never sees hidden elements (popups, cookie notices, templates), so neither the
main text nor the date checks may read them. This module is the one place that knows.
"""

from __future__ import annotations

import re
from typing import Literal

from lxml import html

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_TAGS = frozenset({"template", "noscript", "dialog"})
# A class token that names an overlay: "cookie-banner", "modal", "newsletter_popup". Not a
# state or decoration of a wrapper ("modal-open" on <body>, "background-overlay" around a
# whole site): those never hold the headline, which the check below requires.
_OVERLAY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:modal|popup|pop-up|overlay|cookie|consent|gdpr|paywall|newsletter-signup|lightbox)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


def is_hidden(el: html.HtmlElement) -> bool:
    """True when this element itself is not shown to a reader (its ancestors are not looked at)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in _HIDDEN_TAGS:
        return True
    names = el.keys()  # one call; each get() below costs as much, so only present ones are read
    if not names:
        return False
    get = el.get
    if "hidden" in names or ("aria-hidden" in names and (get("aria-hidden") or "").strip().lower() == "true"):
        return True
    if "aria-modal" in names and get("aria-modal") == "true":
        return True
    if "role" in names and (get("role") or "").lower() in ("dialog", "alertdialog"):
        return True
    style = get("style") if "style" in names else None
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = get("class") if "class" in names else None
    if not cls or tag.lower() in _PAGE_TAGS or not _OVERLAY_CLASS.search(cls):
        return False
    return el.find(".//h1") is None and el.find(".//article") is None


def hidden_elements(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The outermost hidden elements of the tree, in document order (their descendants are
    hidden with them and never looked at)."""
    found: list[html.HtmlElement] = []
    stack = [tree]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if is_hidden(el):
            found.append(el)
        else:
            stack.extend(reversed(el))
    return found


# -- which part of the page an element belongs to ----------------------------------------------

Where = Literal["header", "nav", "footer", "related", "embed", "citation", "archive", "article", "body"]

# Embedded posts of other services: their dates are the post's, never the article's.
_EMBED = re.compile(
    r"instagram|twitter-tweet|\btweet\b|fb-post|fb-video|fb-xfbml|facebook-post|telegram-post|tiktok-embed|"
    r"youtube|embed|oembed|social-post|bluesky-embed|mastodon-embed|reddit-embed",
    re.IGNORECASE,
)
_EMBED_DATA = ("data-instgrm-permalink", "data-telegram-post", "data-tweet-id", "data-href")
# The Wayback Machine's toolbar on archived copies (id="wm-ipp-base", "donato" banner …).
_ARCHIVE = re.compile(r"(?:^|\s)(?:wm-|wb-|__wb)|wm-ipp|wayback|donato", re.IGNORECASE)
_CITATION = re.compile(
    r"(?:^|[\s_-])(?:sources?|quellen?|quellenangaben?|references?|citations?|footnotes?|fussnoten|"
    r"einzelnachweise|bibliography|kaynak(?:lar|ça)?|fuentes?|références|bibliographie|источники)(?:$|[\s_-])",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"related|sidebar|widget|recent|popular|most[-_]?read|trending|comment|teaser|more[-_]?news|"
    r"read[-_]?more|recommend|carousel|slider|newsletter|archive[-_]?list|post-list|"
    r"news-list|latest|also[-_]?read|similar|benzer|ilgili|diger[-_]?haber|plus[-_]?lus|mehr[-_]?zum|"
    r"forum[-_]?(?:list|threads?|topics?|posts?)|thread|replies|reply|last[-_]?post|topic[-_]?list",
    re.IGNORECASE,
)
_NAV = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|megamenu|mega|submenu|dropdown|breadcrumbs?)(?:$|[\s_-])", re.IGNORECASE
)
_FOOTER = re.compile(r"footer|copyright|colophon|impressum|site[-_]?info|legal", re.IGNORECASE)
_HEADER = re.compile(
    r"top[-_]?bar|topbar|top[-_]?menu|header|masthead|top[-_]?nav|site[-_]?top|ust[-_]?bar|ust[-_]?menu|"
    r"date[-_]?bar|today|current[-_]?date|date[-_]?today|data_time|ticker|clock|weather|edition",
    re.IGNORECASE,
)
_STRONG: tuple[tuple[Where, re.Pattern[str]], ...] = (
    ("archive", _ARCHIVE),
    ("embed", _EMBED),
    ("citation", _CITATION),
    ("related", _RELATED),
)


def _names(el: html.HtmlElement) -> str:
    # Hostile pages carry huge attributes: only their beginning is read.
    return f"{(el.get('class') or '')[:200]} {(el.get('id') or '')[:100]}"


def where(el: html.HtmlElement, around_headline: frozenset[html.HtmlElement] = frozenset()) -> Where:
    """Which part of the page ``el`` sits in, from its ancestors' tags, roles and names.

    Embedded posts, archive toolbars, citation lists and lists of other stories win wherever
    they are (an Instagram embed inside the article is still an embed). A ``<header>`` or
    ``<footer>`` inside the article container (``<article>``, ``<main>``, articleBody) is
    the article's own; a site header, menu or footer outside it is chrome. ``body`` is
    anything else outside an article container. Names on ``around_headline`` (the elements
    that contain the page's headline, see :func:`headline_chain`) are not read: a page
    wrapper classed "has-sidebar" or "header-wrap" around the story says nothing.
    """
    chrome: Where | None = None
    node: html.HtmlElement | None = el
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        names = _names(node)
        role = (node.get("role") or "").lower()
        if tag == "blockquote" or tag == "iframe" or any(node.get(a) for a in _EMBED_DATA[:3]):
            if _EMBED.search(names) or tag == "iframe" or any(node.get(a) for a in _EMBED_DATA[:3]):
                return "embed"
        if tag == "cite":
            return "citation"
        if tag == "aside" or role == "complementary":
            return "related"
        if node in around_headline:
            names = ""
        if names.strip():
            for label, pattern in _STRONG:
                if pattern.search(names):
                    return label
        if _is_article(node, tag, role):
            return "nav" if chrome == "nav" else "article"
        if chrome is None:
            if tag == "nav" or role in ("navigation", "menu", "menubar") or _NAV.search(names):
                chrome = "nav"
            elif tag == "footer" or role == "contentinfo" or _FOOTER.search(names):
                chrome = "footer"
            elif tag == "header" or role == "banner" or _HEADER.search(names):
                chrome = "header"
        node = node.getparent()
    return chrome or "body"


def _is_article(node: html.HtmlElement, tag: str, role: str) -> bool:
    return (
        tag in ("article", "main")
        or role in ("main", "article")
        or "articlebody" in (node.get("itemprop") or "").lower()
    )


def headline_chain(headline: html.HtmlElement | None) -> frozenset[html.HtmlElement]:
    """Every element that contains the headline."""
    return frozenset(headline.iterancestors()) if headline is not None else frozenset()


def headline_block(headline: html.HtmlElement | None) -> frozenset[html.HtmlElement]:
    """The headline's container chain, up to the article container or three levels: a date
    inside it sits next to the headline, whatever its class."""
    out: set[html.HtmlElement] = set()
    if headline is None:
        return frozenset()
    for depth, anc in enumerate(headline.iterancestors()):
        if depth >= 3 or anc.tag in ("body", "html"):
            break
        out.add(anc)
        if _is_article(anc, anc.tag if isinstance(anc.tag, str) else "", (anc.get("role") or "").lower()):
            break
    return frozenset(out)
