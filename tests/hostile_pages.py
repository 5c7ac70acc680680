"""Hostile pages built in code (no third-party content): shared by tests and bench/hostile.py."""

from __future__ import annotations

from datetime import UTC, datetime

from bot import render
from checks.engine import analyse
from checks.fetch import FetchedPage
from checks.report import Report
from checks.settings import EngineSettings

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def analyse_and_render(html: str) -> tuple[Report, list[str]]:
    """The offline analysis of a page and the review-post messages it renders into."""
    report = analyse(FetchedPage("t", "https://evil.example/a", html, "utf-8", "0" * 64, NOW), EngineSettings())
    review = {
        "id": 1,
        "url": "https://evil.example/a",
        "report": report.to_dict(),
        "notes": [],
        "posts": [],
        "items": [{**i.to_dict(), "status": "open"} for i in report.items],
    }
    parts = render.plan_parts(review)
    return report, [render.render_part(review, n, ids, len(parts))[0] for n, ids in enumerate(parts)]


BODY = "<p>The council met on Monday and approved the budget for next year after a debate.</p>"
HOSTILE = {
    "markup in title": "<html><body><h1>&lt;b&gt;*bold*_x_ [link](http://x) &amp; &lt;/code&gt; `tick`</h1>"
    f"<p class='byline'>November 20, 2026</p>{BODY}</body></html>",
    "bidi and zero-width": "<html><body><h1>Story\u202e\u200b\u2066 reversed\u200f</h1>"
    f"<p class='byline'>November 20, 2026</p>{BODY}</body></html>",
    "10 000 links": "<html><body><h1>Links</h1>"
    + "".join(f"<a href='https://l{n}.example/'>l{n} 2020-01-{n % 28 + 1:02d}</a>" for n in range(10_000))
    + BODY
    + "</body></html>",
    "deep nesting": "<html><body>"
    + "<div>" * 5000
    + "<h1>Deep</h1><p>March 3, 2024</p>"
    + BODY
    + "</div>" * 5000
    + "</body></html>",
    "1 MB single line": "<html><body><h1>Long</h1><p>"
    + ("historic 3,200 people said sources " * 30_000)
    + "</p></body></html>",
    "huge attributes": "<html><body><h1 class='"
    + "x" * 1_000_000
    + "'>Attr</h1><p id='"
    + "date" * 200_000
    + "'>March 3, 2024</p>"
    + BODY
    + "</body></html>",
    "wrong charset": "<html><head><meta charset='klingon'></head><body><h1>Ünïcödé</h1>" + BODY + "</body></html>",
    "malformed URLs": "<html><head><link rel='canonical' href='http://[oops/'>"
    "<meta property='og:url' content='http://x.example:port/'></head><body><article><h1>Bad links</h1>"
    "<p class='byline'>November 20, 2026</p><p><a href='http://[oops/'>a</a> <img src='http://[img/'> "
    "<a href='//[::1'>b</a></p>" + BODY + "</article></body></html>",
    "many dates": "<html><body><h1>Dates</h1>"
    + "".join(f"<p class='date'>March {n % 28 + 1}, 2024</p>" for n in range(5000))
    + "</body></html>",
}
