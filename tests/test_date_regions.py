"""Where a date sits decides what it proves: crafted pages for every region class, each
asserting the exact dates (kind, where) and the exact date items the engine produces."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.cli import main
from checks.document import clean_start, parse_html
from checks.engine import analyse
from checks.extract import month_first_page
from checks.fetch import FetchedPage
from checks.report import Report
from checks.settings import EngineSettings

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TEXT = (
    "<p>The council met on Monday to discuss the budget for next year, and members agreed "
    "to hold another session before the end of the month.</p>"
    "<p>Residents asked about road repairs and school funding during the meeting, which "
    "lasted for three hours.</p>"
)


def report_for(html: str, url: str = "https://news.example/story") -> Report:
    return analyse(FetchedPage(url, url, html, "utf-8", "0" * 64, NOW), EngineSettings())


def dates_of(report: Report) -> list[tuple[str, str, str | None]]:
    return [(d.date.isoformat(), d.kind, d.where) for d in report.dates]


def date_items(report: Report) -> list[tuple[str, str, list[str]]]:
    return [(i.check, i.severity, i.dates) for i in report.items if i.check.startswith("dates.")]


def doc(body: str, *, lang: str = "en", head: str = "") -> str:
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def story(byline: str, *, after: str = "") -> str:
    return f"<article><h1>Council agrees to meet again</h1><p class='byline'>{byline}</p>{TEXT}{after}</article>"


# -- dates of other things never count ------------------------------------------------------


def test_related_list_dates_are_listed_as_related_and_prove_nothing() -> None:
    related = (
        "<div class='more-stories'><ul>"
        "<li><a href='/a'>Mayor opens the new bridge after two years of work</a> <span>12 March 2019</span></li>"
        "<li><a href='/b'>Schools close early for the winter holidays</a> <span>3 April 2020</span></li>"
        "<li><a href='/c'>Museum adds a new wing for modern art</a> <span>9 May 2021</span></li>"
        "</ul></div>"
    )
    report = report_for(doc(story("November 25, 2026") + related))
    assert dates_of(report) == [
        ("2026-11-25", "byline", "article"),
        ("2019-03-12", "page", "related"),
        ("2020-04-03", "page", "related"),
    ]
    assert report.article.published == date(2026, 11, 25)
    assert date_items(report) == []


def test_teaser_whose_headline_link_holds_a_date_is_related() -> None:
    teaser = (
        "<div class='x1'><a href='/old'><h3>Flooding of 14 January 2025 remembered</h3><p>Two years on.</p></a></div>"
    )
    report = report_for(doc(story("November 25, 2026", after=teaser)))
    assert dates_of(report) == [("2026-11-25", "byline", "article"), ("2025-01-14", "page", "related")]
    assert date_items(report) == []


def test_mega_menu_dates_are_nav_and_never_a_mismatch_or_future() -> None:
    menu = (
        "<nav class='mega-menu'><ul>"
        "<li><a href='/expo'>Expo 12 May 2025</a></li>"
        "<li><a href='/games'>Release: 3 March 2027</a></li>"
        "<li><span>Festival 1 June 2024</span></li>"
        "</ul></nav>"
    )
    report = report_for(doc(menu + story("November 25, 2026")))
    assert dates_of(report) == [
        ("2025-05-12", "page", "nav"),
        ("2027-03-03", "page", "nav"),
        ("2026-11-25", "byline", "article"),
    ]
    assert date_items(report) == []


def test_footer_notice_and_registration_are_footer() -> None:
    footer = (
        "<footer><a href='/terms'>Terms of service updated 1 June 2024</a>"
        "<p>© News Ltd. Registered under no. 4411 on 12.05.2009.</p></footer>"
    )
    report = report_for(doc(story("November 25, 2026") + footer))
    assert dates_of(report) == [
        ("2026-11-25", "byline", "article"),
        ("2024-06-01", "page", "footer"),
        ("2009-05-12", "page", "footer"),
    ]
    assert date_items(report) == []


def test_citation_stand_date_is_not_the_article_date() -> None:
    body = (
        "<article><h1>Mehr Geburten im Land</h1><p class='datum'>25.11.2026</p>"
        "<p>Die Zahl der Geburten ist gestiegen, teilte das Landesamt am Montag mit. Im Vorjahr "
        "lag sie deutlich niedriger, wie die Statistik zeigt.</p>"
        "<p>Quelle: Statistisches Landesamt, Stand: 01.01.2023</p>"
        "<ol class='quellen'><li>Bundesamt, Geburten 2022, 14.02.2023</li></ol></article>"
    )
    report = report_for(doc(body, lang="de"))
    assert dates_of(report) == [
        ("2026-11-25", "byline", "article"),
        ("2023-01-01", "page", "article"),
        ("2023-02-14", "page", "article"),
    ]
    assert report.article.published == date(2026, 11, 25)
    assert date_items(report) == []


def test_instagram_embed_is_never_the_byline() -> None:
    embed = (
        "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/x/'>"
        "<a href='https://www.instagram.com/p/x/'>A post shared by Band</a> "
        "<time datetime='2019-05-02T22:00:00+00:00'>May 2, 2019 at 3:00pm PDT</time></blockquote>"
    )
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-11-25T08:00:00Z"}</script>'
    body = f"<article><h1>Band announces a tour</h1>{TEXT}{embed}</article>"
    report = report_for(doc(body, head=ld))
    assert dates_of(report) == [("2026-11-25", "jsonld_published", None), ("2019-05-02", "page", "embed")]
    assert report.article.published == date(2026, 11, 25)
    assert date_items(report) == []


# -- today displays and re-dated articles -------------------------------------------------------


def test_turkish_top_bar_and_tarih_by_the_headline() -> None:
    body = (
        "<div class='ust-alan'><span>14 Ocak 2025 Salı</span> <a href='/'>Ana sayfa</a></div>"
        "<div class='haber-detay'><h1>MİT Başkanı Kalın Bağdat'ta</h1><div class='tarih'>23 Ocak 2024</div>"
        "<div class='metin'><p>MİT Başkanı Bağdat'ta üst düzey yetkililerle görüştü ve ikili ilişkiler "
        "ele alındı.</p><p>Görüşmelerde sınır güvenliği de konuşuldu, yetkililer açıklama yaptı.</p></div></div>"
    )
    report = report_for(doc(body, lang="tr"))
    assert dates_of(report) == [("2025-01-14", "page", "header"), ("2024-01-23", "byline", "article")]
    assert report.article.published == date(2024, 1, 23)
    assert date_items(report) == [
        ("dates.mismatch", "high", ["2024-01-23", "2025-01-14"]),
        ("dates.stale", "medium", ["2024-01-23", "2026-11-27"]),
    ]
    detail = report.items[0].detail
    assert "“14 Ocak 2025 Salı”" in detail and "“23 Ocak 2024”" in detail
    assert "standalone date in the page's header area, above the headline" in detail


def test_arabic_indic_header_date() -> None:
    body = (
        "<header class='raas'><div>الثلاثاء ١٤ كانون الثاني ٢٠٢٥</div></header>"
        "<article><h1>رئيس المخابرات التركية في بغداد</h1><span class='waqt'>٢٣ كانون الثاني ٢٠٢٤</span>"
        "<p>التقى رئيس جهاز المخابرات التركي بكبار المسؤولين العراقيين في بغداد لبحث العلاقات الثنائية.</p>"
        "<p>وتناولت المحادثات أمن الحدود والتعاون بين البلدين في المرحلة المقبلة.</p></article>"
    )
    report = report_for(doc(body, lang="ar"))
    assert dates_of(report) == [("2025-01-14", "page", "header"), ("2024-01-23", "byline", "article")]
    assert date_items(report)[0] == ("dates.mismatch", "high", ["2024-01-23", "2025-01-14"])


def test_header_date_earlier_than_the_story_is_not_a_today_display() -> None:
    body = "<div class='kopf'><span>Montag, 3. März 2025</span></div>" + story("25 November 2026")
    report = report_for(doc(body, lang="de"))
    assert dates_of(report) == [("2025-03-03", "page", "header"), ("2026-11-25", "byline", "article")]
    assert date_items(report) == []


def test_header_list_of_several_dates_is_no_display() -> None:
    body = (
        "<div class='top'><span>1 January 2026</span></div><div class='top2'><span>2 February 2026</span></div>"
        + story("November 25, 2025")
    )
    report = report_for(doc(body))
    assert [i.check for i in report.items if i.check == "dates.mismatch"] == []


def test_re_dated_article_shows_its_modification_day() -> None:
    head = (
        '<meta property="article:published_time" content="2012-05-10T14:29:05Z">'
        '<meta property="article:modified_time" content="2026-11-20T11:00:00Z">'
    )
    report = report_for(doc(story("20 November 2026"), head=head))
    assert date_items(report) == [
        ("dates.mismatch", "high", ["2012-05-10", "2026-11-20"]),
        ("dates.stale", "medium", ["2012-05-10", "2026-11-27"]),
        ("dates.updated", "info", ["2012-05-10", "2026-11-20"]),
    ]
    assert "re-dated" in report.items[0].detail


# -- day/month order -----------------------------------------------------------------------------


def test_us_order_page_reads_month_first() -> None:
    body = story("03/04/2026", after="<p>Filed 04/13/2026 by the desk, updated later.</p>")
    report = report_for(doc(body))  # lang "en": the page's unambiguous 04/13 decides
    assert report.article.published == date(2026, 3, 4)
    report = report_for(doc(story("03/04/2026"), lang="en-US"))
    assert report.article.published == date(2026, 3, 4)
    report = report_for(doc(story("03/04/2026"), lang="en-GB"))
    assert report.article.published == date(2026, 4, 3)


@pytest.mark.parametrize(
    ("text", "lang", "locale", "expected"),
    [
        ("01/02/2024", None, None, False),
        ("01/02/2024", "en-US", None, True),
        ("01/02/2024", "en", "en_US", True),
        ("01/02/2024 and 25/12/2023", "en-US", None, False),  # the page's own dates win
        ("12/25/2023", "de", None, True),
        ("25/12/2023 12/25/2023", "en-US", None, True),  # both seen: the locale decides
    ],
)
def test_month_first_is_decided_per_page(text: str, lang: str | None, locale: str | None, expected: bool) -> None:
    assert month_first_page(text, lang, locale) is expected


# -- robust input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n',
        "\ufeff",
        "<br />\n<b>Warning</b>: Undefined variable $x in <b>/var/www/index.php</b> on line <b>12</b><br />\n",
        '<script>var s = "<html>";</script>',
    ],
    ids=["xml-declaration", "bom", "php-warning", "script-first"],
)
def test_junk_before_the_document_is_dropped(prefix: str) -> None:
    tree = parse_html(prefix + doc(story("November 25, 2026"), lang="tr"))
    assert tree.get("lang") == "tr"
    assert tree.findtext(".//h1") == "Council agrees to meet again"
    assert [el.tag for el in tree.find("body")] == ["article"]


def test_markup_before_the_doctype_is_kept() -> None:
    text = "<head><title>x</title></head><body><p>a</p></body><!doctype html>"
    assert clean_start(text) == text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reads_xml_declared_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "xml.html"
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + doc(story("25 Kasım 2026"), lang="tr")
    path.write_bytes(html.encode("utf-8"))
    code, out, err = run(capsys, "check", "--offline", "--json", str(path))
    assert code == 0, err
    report = json.loads(out)
    assert report["article"]["language"] == "tr"
    assert report["dates"] == [
        {"date": "2026-11-25", "kind": "byline", "source": "p.byline", "text": "25 Kasım 2026", "where": "article"}
    ]


def test_cli_reads_php_warning_page_with_its_url(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    warning = "<br />\n<b>Warning</b>: Undefined index: id in <b>/srv/page.php</b> on line <b>7</b><br />\n"
    path.write_bytes((warning + doc(story("November 25, 2026"))).encode("utf-8"))
    url = "https://www.haber.example/2026/11/20/council"
    code, out, err = run(capsys, "check", "--offline", "--json", str(path), "--url", url)
    assert code == 0, err
    report = json.loads(out)
    assert report["url"] == url and report["target"] == str(path)
    assert report["article"]["site_name"] == "haber.example"
    assert [(d["date"], d["kind"]) for d in report["dates"]] == [("2026-11-25", "byline"), ("2026-11-20", "url")]
    assert [(i["check"], i["severity"]) for i in report["items"] if i["check"].startswith("dates.")] == [
        ("dates.mismatch", "medium")
    ]


def test_cli_url_with_several_files_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    for path in (a, b):
        path.write_text(doc(story("November 25, 2026")), encoding="utf-8")
    code, out, err = run(capsys, "check", "--offline", str(a), str(b), "--url", "https://x.example/")
    assert code == 2 and out == ""
    assert err == "error: --url: one saved FILE only, got 2 targets\n"


def test_cli_url_must_be_http(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(doc(story("November 25, 2026")), encoding="utf-8")
    code, _, err = run(capsys, "check", "--offline", str(path), "--url", "ftp://x.example/")
    assert code == 2 and err == "error: --url: not an http(s) URL: ftp://x.example/\n"


def test_wayback_toolbar_date_is_not_a_display() -> None:
    toolbar = (
        "<div id='wm-ipp-base'><div id='wm-ipp'><span>14 January 2025</span>"
        "<span>captures 3 March 2019 - 14 January 2025</span></div></div>"
    )
    report = report_for(doc(toolbar + story("November 25, 2025")))
    assert dates_of(report) == [
        ("2025-01-14", "page", "header"),
        ("2019-03-03", "page", "header"),
        ("2025-11-25", "byline", "article"),
    ]
    assert date_items(report) == [("dates.stale", "medium", ["2025-11-25", "2026-11-27"])]


def test_forum_current_time_line_in_the_header_is_a_display() -> None:
    header = "<header class='forum-head'><p>It is currently Tue Jan 14, 2025 10:00 am</p></header>"
    report = report_for(doc(header + story("March 2, 2024")))
    assert dates_of(report)[0] == ("2025-01-14", "page", "header")
    assert date_items(report)[0] == ("dates.mismatch", "high", ["2024-03-02", "2025-01-14"])


def test_sorani_header_date_and_kurmanji_byline() -> None:
    body = (
        "<div class='sereke'><span>سێشەممە ١٤ی کانوونی دووەمی ٢٠٢٥</span></div>"
        "<div class='nuce'><h1>Serokê MÎT li Bexdayê ye</h1><span class='dem'>23 Kanûna Paşîn 2024</span>"
        "<p>Serokê MÎT bi berpirsên Iraqê re li Bexdayê hevdîtin kir û têkiliyên dualî hatin nîqaşkirin.</p>"
        "<p>Di hevdîtinan de ewlehiya sînor jî hat axaftin, berpirsan daxuyanî dan.</p></div>"
    )
    report = report_for(doc(body, lang="ku"))
    assert dates_of(report) == [("2025-01-14", "page", "header"), ("2024-01-23", "byline", "article")]
    assert date_items(report)[0] == ("dates.mismatch", "high", ["2024-01-23", "2025-01-14"])


# -- the publication day -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-11-20T22:30:00Z", date(2026, 11, 21)),  # UTC, one day before the local byline
        ("2026-11-20T22:30:00+00:00", date(2026, 11, 21)),
        ("2026-11-21T01:30:00+03:00", date(2026, 11, 21)),  # local offset: the day as written
        ("2026-11-18T10:00:00Z", date(2026, 11, 18)),  # three days off: the metadata stands
    ],
)
def test_utc_stamp_gives_way_to_the_local_byline_day(stamp: str, expected: date) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    report = report_for(doc(story("21 November 2026"), head=head))
    assert report.article.published == expected


def test_without_metadata_the_url_outweighs_a_lone_byline() -> None:
    report = report_for(doc(story("22 November 2026")), url="https://news.example/2026/11/20/council")
    assert report.article.published == date(2026, 11, 20)
    assert date_items(report) == []  # two days apart: within the tolerance for URL slugs


def test_date_by_the_headline_is_the_byline_whatever_its_class() -> None:
    body = (
        "<article><div class='head'><h1>Council agrees to meet again</h1>"
        "<div class='ArticleModuleTeaser_meta'><time>25.11.2026, 17:26 Uhr</time></div></div>"
        f"{TEXT}</article>"
    )
    report = report_for(doc(body, lang="de"))
    assert dates_of(report) == [("2026-11-25", "byline", "article")]
