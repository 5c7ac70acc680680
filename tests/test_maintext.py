"""Main text: the article, not the popup, cookie notice, comments or sidebar around it."""

from __future__ import annotations

from lxml import etree

from checks.document import parse_html
from checks.maintext import main_text
from tests.conftest import EXAMPLES

STORY = " ".join(
    f"Paragraph {n} of the story says the council met on Tuesday and agreed on the budget for the harbour."
    for n in range(1, 4)
)
FILLER = "Subscribe to our newsletter and never miss a story, with offers from our partners every single week. " * 6


def page_with(hidden: str) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in STORY.split(". ") if s)
    return f"""<html lang="en"><body>
    <header><nav><a href="/">Home</a></nav></header>
    {hidden}
    <article><h1>Council agrees harbour budget</h1>{paragraphs}
      <p>The mayor said the harbour would reopen in spring after the repairs to the old quay wall.</p></article>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Other story one</a></li></ul></aside>
    </body></html>"""


def test_hidden_popup_with_more_text_is_not_the_article() -> None:
    tree = parse_html(page_with(f'<div class="modal"><p>{FILLER}</p><p>{FILLER}</p></div>'))
    before = etree.tostring(tree)
    text = main_text(tree)
    assert any("the harbour would reopen" in p for p in text.paragraphs)
    assert not any("newsletter" in p for p in text.paragraphs)
    assert etree.tostring(tree) == before  # the shared tree is left as it was
    assert text.container is not None and text.container.tag == "article"


def test_inline_hidden_and_aria_hidden_blocks_are_excluded() -> None:
    for hidden in (
        f'<div style="display: none"><p>{FILLER}</p></div>',
        f'<div aria-hidden="true"><p>{FILLER}</p></div>',
        f"<template><p>{FILLER}</p></template>",
        f'<div id="cookie-consent" class="cookie-banner"><p>{FILLER}</p></div>',
    ):
        paragraphs = main_text(parse_html(page_with(hidden))).paragraphs
        assert paragraphs and not any("newsletter" in p for p in paragraphs), hidden


def test_text_after_a_hidden_element_stays_in_the_tree() -> None:
    tree = parse_html("<html><body><div><span hidden>x</span>tail text<p>para</p></div></body></html>")
    before = etree.tostring(tree)
    main_text(tree)
    assert etree.tostring(tree) == before


def test_seed_paragraphs_are_the_story() -> None:
    tree = parse_html((EXAMPLES / "gulan-kalin-visit.html").read_text())
    text = main_text(tree)
    assert text.paragraphs[0].startswith("In a landmark visit, İbrahim Kalın")
    assert not any("14 January 2025" in p for p in text.paragraphs)


def test_a_page_without_text_has_no_main_text() -> None:
    assert main_text(parse_html("<html><body><div></div></body></html>")).paragraphs == []


def test_a_story_in_one_long_block_is_read_to_its_end() -> None:
    """A page with no paragraph markup holds the whole story in one block: its last sentences
    (here past 5,000 characters) are read, not cut off."""
    body = " ".join(f"Sentence {n} of the report says the council met and talked about the harbour." for n in range(90))
    story = f"<p>{body} Unemployment fell to a 17-year low.</p>"
    html = f"<html lang='en'><body><article><h1>Report</h1>{story}</article></body></html>"
    text = main_text(parse_html(html))
    assert len(body) > 5000 and text.paragraphs[-1].endswith("Unemployment fell to a 17-year low.")
