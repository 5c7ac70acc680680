"""Where on a page an element sits, decided once for every extractor and check.

A reader never sees hidden elements (popups, cookie notices, templates), so neither the
main text nor the date checks may read them. This module is the one place that knows.
"""

from __future__ import annotations

import re

from lxml import html

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_TAGS = frozenset({"template", "noscript", "dialog"})
_OVERLAY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:modal|popup|pop-up|overlay|cookie|consent|gdpr|paywall|newsletter-signup|lightbox)(?:$|[\s_-])",
    re.IGNORECASE,
)


def is_hidden(el: html.HtmlElement) -> bool:
    """True when this element itself is not shown to a reader (its ancestors are not looked at)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in _HIDDEN_TAGS:
        return True
    get = el.get
    if get("hidden") is not None or (get("aria-hidden") or "").strip().lower() == "true":
        return True
    if get("aria-modal") == "true" or (get("role") or "").lower() in ("dialog", "alertdialog"):
        return True
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = get("class")
    return bool(cls and _OVERLAY_CLASS.search(cls))


def hidden_elements(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The outermost hidden elements of the tree (their descendants are hidden with them)."""
    found: list[html.HtmlElement] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or not is_hidden(el):
            continue
        if any(a in found for a in el.iterancestors()):
            continue
        found.append(el)
    return found
