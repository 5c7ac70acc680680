"""Which part of a page is the article: its paragraphs and the element that holds them.

trafilatura's extractor decides (it is the field's tool for boilerplate removal: comments,
sidebars, related stories, navigation), run in its fast mode (no readability/jusText
fallback) so the whole analysis stays cheaper than a full trafilatura run
(``bench/analysis.py``). Elements a reader never sees (``checks.regions``: popups, cookie
notices, templates) are detached from the tree for the extraction and put back afterwards,
so the page is parsed once and the shared tree is left as it was. The container, the
nearest element holding every extracted paragraph, is where links and lead images are
taken from and tells the date checks which part of the page is the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

from checks.regions import hidden_elements

SCOPE_SHARE = 0.6  # share of the page's paragraph text an <article> must hold to be taken as the story
MIN_PARAGRAPH = 25  # shorter lines are captions, credits and buttons ("Foto: dpa"), not prose
MAX_PARAGRAPH = 20_000  # one block of a page with no paragraph markup can be a whole story: its sentences are capped
_BLOCKS = ("p", "head", "quote", "item", "cell")
_SPACES = re.compile(r"\s+")
_KEY = 60  # characters of a paragraph that identify it in the original tree


@dataclass(frozen=True)
class MainText:
    paragraphs: list[str]
    container: html.HtmlElement | None  # None when no paragraph could be found in the tree


def main_text(tree: html.HtmlElement, url: str | None = None) -> MainText:
    """The article's paragraphs (headings included, hidden elements excluded) and their container."""
    root = _scope(tree)
    detached = _detach(hidden_elements(root))
    try:
        body = _extract(root, url)
    finally:
        _reattach(detached)
    if body is None:
        return MainText([], None)
    paragraphs: list[str] = []
    for el in body.iter(*_BLOCKS):
        if el.tag in ("item", "cell") and any(True for _ in el.iterancestors("quote")):
            continue
        if el.tag == "p" and any(True for _ in el.iterancestors("quote", "item", "cell")):
            continue  # its text is part of the enclosing block
        text = _clean(" ".join(el.itertext()))
        if text and (len(text) >= MIN_PARAGRAPH or el.tag == "head") and text not in paragraphs:
            paragraphs.append(text)
    return MainText(paragraphs, _container(root, paragraphs))


def _scope(tree: html.HtmlElement) -> html.HtmlElement:
    """The page's one ``<article>`` (else one ``<main>``) when it holds most of the paragraph text.

    HTML5 marks the story so; handing trafilatura that element instead of the whole page
    costs about a quarter less CPU and agrees with the whole-page result (bench/analysis.py).
    """
    body = tree.find("body")
    if body is None:
        return tree
    total = sum(len(p.text_content()) for p in body.iter("p"))
    for tag in ("article", "main"):
        found = list(body.iter(tag))
        if len(found) == 1 and total and sum(len(p.text_content()) for p in found[0].iter("p")) >= SCOPE_SHARE * total:
            return found[0]
    return tree


def _extract(tree: html.HtmlElement, url: str | None):
    """trafilatura's body element for the tree (it works on its own copy), or None.

    Asked for text output so it does not also render the body as plain text ("python" output
    does): only the body is read, and it is the same element either way."""
    from trafilatura import bare_extraction

    result = bare_extraction(
        tree,
        url=url,
        fast=True,
        output_format="txt",
        with_metadata=False,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    return getattr(result, "body", None) if result is not None else None


def _detach(elements: list[html.HtmlElement]) -> list[tuple[html.HtmlElement, html.HtmlElement, int, str | None]]:
    """Take hidden elements out of the tree, keeping where they were (their tail text stays)."""
    out = []
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        index = parent.index(el)
        tail = el.tail
        if tail:
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        out.append((el, parent, index, tail))
        parent.remove(el)
    return out


def _reattach(detached: list[tuple[html.HtmlElement, html.HtmlElement, int, str | None]]) -> None:
    for el, parent, index, tail in reversed(detached):
        if tail:
            previous = parent[index - 1] if index > 0 else None
            if previous is not None:
                previous.tail = (previous.tail or "")[: -len(tail)] or None
            else:
                parent.text = (parent.text or "")[: -len(tail)] or None
        parent.insert(index, el)
        el.tail = tail


def _container(root: html.HtmlElement, paragraphs: list[str]) -> html.HtmlElement | None:
    """The nearest common ancestor of the page's elements that hold the extracted paragraphs."""
    body = root.find("body") if root.tag == "html" else root
    if body is None or not paragraphs:
        return None
    keys = {_key(p) for p in paragraphs}
    chains: list[list[html.HtmlElement]] = []
    for el in body.iter("p", "h2", "h3", "li", "blockquote"):
        if _key(el.text_content()) in keys:
            chains.append([el, *el.iterancestors()][::-1])  # root first
    if not chains:
        return None
    common = chains[0]
    for chain in chains[1:]:
        n = 0
        while n < min(len(common), len(chain)) and common[n] is chain[n]:
            n += 1
        common = common[:n]
    return common[-1] if common else None


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip()[:_KEY]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()[:MAX_PARAGRAPH]
