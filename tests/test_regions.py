"""Which elements a reader never sees (``checks.regions``): overlays yes, page wrappers no."""

from __future__ import annotations

from lxml import html

from checks.regions import hidden_elements, is_hidden


def _hidden(markup: str) -> list[str]:
    tree = html.document_fromstring(markup)
    return [el.get("id") or el.tag for el in hidden_elements(tree)]


def test_overlays_templates_and_hidden_styles_are_hidden() -> None:
    page = (
        "<html><body><h1>Headline</h1><div id='cookie' class='cookie-banner'><p>We use cookies</p></div>"
        "<div id='modal' class='newsletter_popup'><p>Subscribe</p></div><p id='attr' hidden>x</p>"
        "<div id='style' style='display: none'>y</div><div id='aria' aria-hidden='true'>z</div>"
        "<template><p>t</p></template><p>Visible text</p></body></html>"
    )
    assert _hidden(page) == ["cookie", "modal", "attr", "style", "aria", "template"]


def test_wrappers_named_like_overlays_that_hold_the_story_are_shown() -> None:
    page = (
        "<html><body class='modal-open'><div id='site' class='background-overlay'><header>Site</header>"
        "<h1>Headline</h1><p>The story.</p></div><section class='lightbox-gallery'><article><p>Story</p>"
        "</article></section></body></html>"
    )
    assert _hidden(page) == []
    body = html.document_fromstring(page).body
    assert not is_hidden(body)
