"""Date extraction with provenance, reconciliation, and the dates.* checks on crafted pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from checks.datetext import find_dates, parse_date
from checks.document import parse_html
from checks.engine import analyse
from checks.extract import build_document
from checks.fetch import FetchedPage
from checks.report import Report
from checks.settings import EngineSettings
from tests.conftest import EXAMPLES, page

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def fetched(
    html: str, url: str = "https://news.example/story", headers: dict[str, str] | None = None, now: datetime = NOW
) -> FetchedPage:
    return FetchedPage(url, url, html, "utf-8", "0" * 64, now, headers or {})


def report_for(html: str, **kwargs) -> Report:
    return analyse(fetched(html, **kwargs), EngineSettings())


def dates_of(report: Report) -> set[tuple[str, str]]:
    return {(d.date.isoformat(), d.kind) for d in report.dates}


def checks_of(report: Report) -> list[str]:
    return [i.check for i in report.items]


def article(body: str, head: str = "", lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


PARAS = (
    "<p>The city council met on Monday to discuss the budget for next year, and members "
    "agreed to hold another session before the end of the month.</p>"
    "<p>Residents asked questions about road repairs and school funding during the meeting, "
    "which lasted for three hours.</p>"
)


# -- the seed ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["example", "plain"])
def test_seed_page_date_and_byline_disagree(source: str) -> None:
    html = (EXAMPLES / "gulan-kalin-visit.html").read_text() if source == "example" else page("seed-plain.html")
    report = report_for(html)
    assert ("2025-01-14", "page") in dates_of(report)
    assert ("2024-01-23", "byline") in dates_of(report)
    assert report.article.published == date(2024, 1, 23)
    first = report.items[0]
    assert first.check == "dates.mismatch" and first.severity == "high"
    assert first.dates == ["2024-01-23", "2025-01-14"]
    assert "Tuesday, 14 January 2025" in first.detail and "January 23, 2024" in first.detail
    assert "do not pass it on as news of January 2025" in first.detail
    assert {e.text for e in first.evidence} >= {"Tuesday, 14 January 2025"}
    assert "dates.stale" in checks_of(report)


def test_seed_sources_are_css_like() -> None:
    report = report_for((EXAMPLES / "gulan-kalin-visit.html").read_text())
    sources = {d.kind: d.source for d in report.dates}
    assert sources["page"].startswith("div.td_data_time")
    assert sources["byline"] == "time.entry-date"


# -- every kind ------------------------------------------------------------------------------


def test_every_structured_kind_with_provenance() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">'
        '<meta property="article:modified_time" content="2024-03-06T09:00:00+01:00">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"H",'
        '"datePublished":"2024-03-05T07:00:00Z","dateModified":"2024-03-06T08:00:00Z"}]}</script>'
    )
    body = (
        '<article><h1>Budget vote</h1><div class="byline">By A. Writer · '
        '<time datetime="2024-03-05T08:00">5 March 2024</time></div>' + PARAS + "</article>"
    )
    report = report_for(
        article(body, head),
        url="https://news.example/2024/03/05/budget-vote",
        headers={"last-modified": "Wed, 06 Mar 2024 10:00:00 GMT"},
    )
    kinds = dates_of(report)
    for expected in [
        ("2024-03-05", "meta_published"),
        ("2024-03-06", "meta_modified"),
        ("2024-03-05", "jsonld_published"),
        ("2024-03-06", "jsonld_modified"),
        ("2024-03-05", "byline"),
        ("2024-03-05", "url"),
        ("2024-03-06", "http_last_modified"),
    ]:
        assert expected in kinds
    sources = {(d.kind, d.source) for d in report.dates}
    assert ("meta_published", "meta[property=article:published_time]") in sources
    assert ("jsonld_published", "ld+json NewsArticle.datePublished") in sources
    assert report.article.published == date(2024, 3, 5)
    assert report.article.modified == date(2024, 3, 6)
    # consistent page + an honest update: no mismatch, an info item
    assert "dates.mismatch" not in checks_of(report)
    updated = [i for i in report.items if i.check == "dates.updated"]
    assert updated and updated[0].severity == "info" and updated[0].dates == ["2024-03-05", "2024-03-06"]


def test_time_element_outside_byline() -> None:
    body = f"<h1>Title</h1><div class='story'>{PARAS}<p>Filed <time datetime='2023-02-01'>then</time></p></div>"
    report = report_for(article(body))
    assert any(d.kind in ("byline", "time_element") and d.date == date(2023, 2, 1) for d in report.dates)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2021/06/14/story", "2021-06-14"),
        ("https://x.example/news/20210614/story", "2021-06-14"),
        ("https://x.example/news/2021-06-14-story.html", "2021-06-14"),
    ],
)
def test_url_dates(url: str, expected: str) -> None:
    report = report_for(article(f"<h1>T</h1>{PARAS}"), url=url)
    assert (expected, "url") in dates_of(report)


def test_jsonld_embedded_video_date_is_not_the_article_date() -> None:
    head = (
        '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2024-05-02"},'
        '{"@type":"VideoObject","uploadDate":"2019-01-01"}]</script>'
    )
    report = report_for(article(f"<h1>T</h1>{PARAS}", head))
    assert report.article.published == date(2024, 5, 2)


def test_broken_jsonld_is_skipped() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
    report = report_for(article(f"<h1>T</h1><p class='date'>2 May 2024</p>{PARAS}", head))
    assert report.article.published == date(2024, 5, 2)


# -- conflicts ------------------------------------------------------------------------------


def test_jsonld_and_visible_byline_conflict() -> None:
    head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-14T09:00:00Z"}</script>'
    body = f"<article><h1>T</h1><p class='byline'>Published January 23, 2024</p>{PARAS}</article>"
    report = report_for(article(body, head))
    items = [i for i in report.items if i.check == "dates.mismatch"]
    assert len(items) == 1
    assert items[0].title == "Metadata date and byline disagree"
    assert items[0].dates == ["2024-01-23", "2025-01-14"] and items[0].severity == "high"


def test_url_and_byline_conflict() -> None:
    body = f"<article><h1>T</h1><p class='byline'>March 3, 2024</p>{PARAS}</article>"
    report = report_for(article(body), url="https://news.example/2023/11/02/story")
    items = [i for i in report.items if i.check == "dates.mismatch"]
    assert [i.title for i in items] == ["URL date and byline disagree"]
    assert items[0].dates == ["2023-11-02", "2024-03-03"]


def test_small_gap_is_medium() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T10:00:00+00:00">'
    body = f"<article><h1>T</h1><p class='byline'>March 9, 2024</p>{PARAS}</article>"
    items = [i for i in report_for(article(body, head)).items if i.check == "dates.mismatch"]
    assert items and items[0].severity == "medium"


def test_timezone_difference_of_a_day_is_not_a_mismatch() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T23:30:00+00:00">'
    body = f"<article><h1>T</h1><p class='byline'>March 2, 2024</p>{PARAS}</article>"
    assert "dates.mismatch" not in checks_of(report_for(article(body, head)))


def test_honest_update_in_byline_is_not_a_mismatch() -> None:
    body = (
        f"<article><h1>T</h1><p class='byline'>Published January 5, 2024 · Updated "
        f"January 12, 2024</p>{PARAS}</article>"
    )
    report = report_for(article(body))
    assert report.article.published == date(2024, 1, 5)
    assert report.article.modified == date(2024, 1, 12)
    assert "dates.mismatch" not in checks_of(report)
    assert "dates.updated" in checks_of(report)


def test_weekday_references_in_text_raise_nothing() -> None:
    later = "<p>On Tuesday the mayor said the plan would take effect on Friday.</p>"
    body = f"<article><h1>T</h1><p class='byline'>November 20, 2026</p>{PARAS}{later}</article>"
    report = report_for(article(body))
    assert report.items == []


def test_related_story_dates_are_left_out() -> None:
    body = (
        f"<article><h1>T</h1><p class='byline'>November 20, 2026</p>{PARAS}</article>"
        "<aside class='related'><a>Older story</a> <span>March 1, 2019</span></aside>"
        "<div class='most-read'><span>June 2, 2018</span></div>"
    )
    report = report_for(article(body))
    assert {(d.date.isoformat(), d.kind, d.where) for d in report.dates} == {
        ("2026-11-20", "byline", "article"),
        ("2019-03-01", "page", "related"),
        ("2018-06-02", "page", "related"),
    }
    assert report.article.published == date(2026, 11, 20)
    assert "dates.mismatch" not in checks_of(report)


# -- missing and future ----------------------------------------------------------------------


def test_no_date() -> None:
    report = report_for(article(f"<h1>T</h1>{PARAS}"))
    assert report.article.published is None
    assert checks_of(report) == ["dates.missing"]
    assert report.items[0].severity == "medium"


def test_only_a_today_widget_is_no_publication_date() -> None:
    body = f"<div class='header-top'><span>Friday, 27 November 2026</span></div><h1>T</h1>{PARAS}"
    report = report_for(article(body))
    assert report.article.published is None
    missing = [i for i in report.items if i.check == "dates.missing"]
    assert missing and "current-date display" in missing[0].detail
    assert missing[0].dates == ["2026-11-27"]


def test_future_date() -> None:
    head = '<meta property="article:published_time" content="2027-03-01T10:00:00+00:00">'
    report = report_for(article(f"<h1>T</h1>{PARAS}", head))
    future = [i for i in report.items if i.check == "dates.future"]
    assert future and future[0].severity == "high"
    assert future[0].dates == ["2026-11-27", "2027-03-01"]
    assert "dates.stale" not in checks_of(report)


def test_recent_article_is_not_stale() -> None:
    head = '<meta property="article:published_time" content="2026-11-20T10:00:00+00:00">'
    report = report_for(article(f"<h1>T</h1>{PARAS}", head))
    assert report.items == []


def test_stale_threshold_comes_from_settings() -> None:
    from checks.settings import CheckSettings

    head = '<meta property="article:published_time" content="2026-11-20T10:00:00+00:00">'
    settings = EngineSettings(checks=CheckSettings(stale_after_days=3))
    report = analyse(fetched(article(f"<h1>T</h1>{PARAS}", head)), settings)
    stale = [i for i in report.items if i.check == "dates.stale"]
    assert stale and "7 days before this check" in stale[0].detail


# -- languages -------------------------------------------------------------------------------


def test_turkish_page() -> None:
    report = report_for(page("turkish.html"))
    assert ("2025-01-14", "page") in dates_of(report)
    assert ("2024-01-23", "byline") in dates_of(report)
    assert report.article.published == date(2024, 1, 23)
    assert report.items[0].check == "dates.mismatch"


def test_arabic_page_with_arabic_indic_digits() -> None:
    report = report_for(page("arabic.html"))
    assert ("2025-01-14", "page") in dates_of(report)
    assert ("2024-01-23", "byline") in dates_of(report)
    assert report.items[0].check == "dates.mismatch"
    page_date = next(d for d in report.dates if d.kind == "page")
    assert page_date.text == "الثلاثاء ١٤ كانون الثاني ٢٠٢٥"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 Ocak 2024", "2024-01-23"),
        ("14 Ocak 2025 Salı", "2025-01-14"),
        ("٢٣ يناير ٢٠٢٤", "2024-01-23"),
        ("23 كانون الثاني 2024", "2024-01-23"),
        ("23 کانوونی دووەم 2024", "2024-01-23"),  # Sorani
        ("٢٣ی کانوونی دووەمی ٢٠٢٤", "2024-01-23"),  # Sorani ezafe forms
        ("Sêşem, 14 Çile 2025", "2025-01-14"),  # Kurmanji
        ("23 Kanûna Paşîn 2024", "2024-01-23"),
        ("23. Januar 2024", "2024-01-23"),
        ("23 janvier 2024", "2024-01-23"),
        ("23 de enero de 2024", "2024-01-23"),
        ("23 января 2024 г.", "2024-01-23"),
        ("January 23, 2024", "2024-01-23"),
        ("Tuesday, 14 January 2025", "2025-01-14"),
        ("2024-01-23T10:00:00+03:00", "2024-01-23"),
        ("23.01.2024", "2024-01-23"),
        ("on Monday", None),
        ("in 2024", None),
        ("3,200 people", None),
    ],
)
def test_dates_in_many_languages(text: str, expected: str | None) -> None:
    value = parse_date(text)
    assert (value.isoformat() if value else None) == expected


def test_numeric_dates_follow_the_page_locale() -> None:
    assert find_dates("03/04/2024")[0].date == date(2024, 4, 3)
    assert find_dates("03/04/2024", month_first=True)[0].date == date(2024, 3, 4)
    assert find_dates("13/04/2024", month_first=True)[0].date == date(2024, 4, 13)


def test_match_offsets_point_into_the_original_text() -> None:
    text = "İbrahim Kalın — ١٤ كانون الثاني ٢٠٢٥ — more"
    (match,) = find_dates(text)
    assert text[match.start : match.end] == match.text == "١٤ كانون الثاني ٢٠٢٥"


def test_article_fields() -> None:
    doc = build_document(
        fetched((EXAMPLES / "gulan-kalin-visit.html").read_text()),
        parse_html((EXAMPLES / "gulan-kalin-visit.html").read_text()),
    )
    assert doc.article.site_name == "Gulan Media"
    assert doc.article.author == "Gulan Media"
    assert doc.article.language == "en-US"
    assert len(doc.paragraphs) == 7 and doc.paragraphs[0].startswith("In a landmark visit")
    assert any(i.endswith("kalin-baghdad.jpg") for i in doc.images)


def test_same_page_same_items() -> None:
    html = (EXAMPLES / "gulan-kalin-visit.html").read_text()
    first = [i.to_dict() for i in report_for(html).items]
    second = [i.to_dict() for i in report_for(html).items]
    assert first == second


def test_a_date_only_told_in_the_story_is_no_publication_date() -> None:
    # No metadata, byline or dated URL: htmldate's whole-page search would take the event date.
    body = (
        "<h1>Troops stay on</h1><p>Roughly 13,000 troops remain in the country, 18 years after the "
        "invasion in the wake of the September 11, 2001 attacks, officials said on Monday.</p>" + PARAS
    )
    report = report_for(article(body))
    assert report.article.published is None
    assert "dates.stale" not in checks_of(report)
