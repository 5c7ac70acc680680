"""Image checks: which images, search links, dates from URL/EXIF/HTTP/archive, images.older,
and every kind of bad image skipped with a reason. Images are made here with Pillow and
served on loopback; the Wayback answers come from tests/providerstub.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import quote

import pytest

from checks.engine import analyse_document, check_target
from checks.fetch import FetchedPage, Fetcher
from checks.images import collect, exif_date, url_date
from checks.settings import (
    CorroborationSettings,
    EngineSettings,
    FetchSettings,
    GdeltSettings,
    GoogleNewsSettings,
    ImagesSettings,
    SearxngSettings,
    WikidataSettings,
)
from tests.imagefiles import jpeg, png_bomb
from tests.pageserver import PageServer, Route
from tests.providerstub import ProviderStub

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
LAST_MODIFIED = "Fri, 12 Jul 2019 08:00:00 GMT"


def article(lead: str | None, body_images: str = "", published: str = "2024-01-23") -> str:
    og = f'<meta property="og:image" content="{lead}"><meta property="og:image:alt" content="Kalın in Baghdad">'
    return f"""<!doctype html><html lang="en"><head><title>Kalın visits Baghdad</title>
<meta property="article:published_time" content="{published}T10:00:00+03:00">
{og if lead else ""}</head><body>
<header><a class="site-logo" href="/"><img src="/static/logo.png" alt="Gulan"></a></header>
<article><h1>Kalın visits Baghdad</h1>
<p>Turkey's intelligence chief İbrahim Kalın held talks in Baghdad with senior Iraqi officials on border
security and bilateral relations during a visit on Tuesday, officials said.</p>
{body_images}
<p>He also met former prime minister Nouri al-Maliki, according to a statement from Maliki's office, and
the two sides discussed recent developments in the region and the fight against the PKK.</p>
</article></body></html>"""


def serve(server: PageServer, path: str, body: bytes, ctype: str = "image/jpeg", **headers: str) -> str:
    return server.route(path, Route(body, headers={"Content-Type": ctype, **headers}))


def engine(budget: float = 5.0, **images: object) -> EngineSettings:
    """Local fetching, no third-party providers (corroboration off): only the images are fetched."""
    return EngineSettings(
        fetch=FetchSettings(timeout_seconds=5, allow_private_addresses=True),
        corroboration=CorroborationSettings(enabled=False, time_budget_seconds=budget),
        images=ImagesSettings(**images),  # type: ignore[arg-type]
    )


def items_of(report, check: str = "images.older"):
    return [i for i in report.items if i.check == check]


# -- which images -------------------------------------------------------------------------------------


def test_collects_lead_and_main_text_images_but_not_decorations() -> None:
    body = """
<figure><img src="/uploads/2024/01/talks.jpg" alt="The talks"></figure>
<img src="/img/share-icon.png" alt="share"><img src="/track.gif" width="1" height="1">
<img src="/ads/banner-300.jpg" class="ad"><img src="/img/chart.svg">
<img src="data:image/gif;base64,R0lGOD" data-src="/uploads/2024/01/lazy.jpg" alt="Lazy">
<div style="display:none"><img src="/uploads/hidden.jpg"></div>
<a href="/news/other-story"><img src="/uploads/2019/01/teaser.jpg" alt="Read also"></a>
<a href="/uploads/2024/01/talks-full.jpg"><img src="/uploads/2024/01/talks-big.jpg" alt="Zoom"></a>
<img src="/uploads/2018/03/thumb-218x150.jpg"><img src="/uploads/2018/03/Pub729x90.gif">
<img src="/uploads/x.jpg?resize=218%2C150"><img src="/uploads/y.jpg?w=80">
<img src="http://[::1"><img src="http://example.com:99999/x.jpg"><img src="javascript:alert(1)">
"""
    page = FetchedPage("t", "https://gulan.example/news/kalin", article("/uploads/lead.jpg", body), "utf-8", "0", NOW)
    doc, report = analyse_document(page, EngineSettings())
    urls = [i.url for i in report.images]
    assert urls == [
        "https://gulan.example/uploads/lead.jpg",
        "https://gulan.example/uploads/2024/01/talks.jpg",
        "https://gulan.example/uploads/2024/01/lazy.jpg",
        "https://gulan.example/uploads/2024/01/talks-big.jpg",  # links to its own full size: not a teaser
    ]
    assert [i.role for i in report.images] == ["lead", "body", "body", "body"]
    assert report.images[0].alt == "Kalın in Baghdad"
    assert report.images[1].alt == "The talks"
    # the cap on main-text images
    assert len(collect(doc, ImagesSettings(max_images=1))) == 2


@pytest.mark.parametrize("lead", ["/static/logo-gulan.png", "/img/default-og-image.jpg", "/brand.svg"])
def test_site_default_share_image_is_not_a_lead_photo(lead: str) -> None:
    page = FetchedPage("t", "https://gulan.example/a", article(lead), "utf-8", "0", NOW)
    _, report = analyse_document(page, EngineSettings())
    assert report.images == []


def test_lead_image_from_json_ld() -> None:
    html = article(None).replace(
        "</head>",
        '<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject",'
        '"url":"https://cdn.gulan.example/2019/07/12/kalin.jpg","caption":"Archive photo"}}</script></head>',
    )
    _, report = analyse_document(FetchedPage("t", "https://gulan.example/a", html, "utf-8", "0", NOW), EngineSettings())
    lead = report.images[0]
    assert (lead.url, lead.role, lead.alt) == (
        "https://cdn.gulan.example/2019/07/12/kalin.jpg",
        "lead",
        "Archive photo",
    )
    assert [(d.date, d.kind) for d in lead.dates] == [(date(2019, 7, 12), "image_url")]


def test_reverse_search_links_carry_the_encoded_image_url() -> None:
    page = FetchedPage("t", "https://gulan.example/a", article("/p/x y.jpg?w=1&h=2"), "utf-8", "0", NOW)
    _, report = analyse_document(page, EngineSettings())
    links = report.images[0].search_links
    encoded = quote("https://gulan.example/p/x%20y.jpg?w=1&h=2", safe="")
    assert set(links) == {"lens", "tineye", "yandex", "bing"}
    assert all(encoded in link and link.startswith("https://") for link in links.values())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/wp-content/uploads/2024/01/a.jpg", (date(2024, 1, 1), "2024/01")),
        ("https://x.example/2019/07/12/a.jpg", (date(2019, 7, 12), "2019/07/12")),
        ("https://x.example/photos/IMG_20190712_103000.jpg", (date(2019, 7, 12), "20190712")),
        ("https://x.example/img/2019-07-12-kalin.jpg", (date(2019, 7, 12), "2019-07-12")),
        ("https://x.example/img/1234567890.jpg", None),
        ("https://x.example/2019/13/45/a.jpg", None),
        ("https://x.example/2030/01/01/a.jpg", None),  # after the check: not evidence
    ],
)
def test_dates_in_image_urls(url: str, expected: tuple[date, str] | None) -> None:
    assert url_date(url, NOW.date()) == expected


def test_exif_reader_on_real_files() -> None:
    assert exif_date(jpeg("2019:07:12 10:30:00"))[1][:2] == (date(2019, 7, 12), "EXIF DateTimeOriginal")
    assert exif_date(jpeg("2019:07:12 10:30:00", tag=0x9004))[1][:2] == (date(2019, 7, 12), "EXIF CreateDate")
    assert exif_date(jpeg()) == ("", None)
    assert exif_date(jpeg("2000:01:01 00:00:00")) == ("", None)  # a camera's reset clock
    assert exif_date(jpeg("0000:00:00 00:00:00")) == ("", None)
    assert exif_date(png_bomb())[0] == "decompression bomb (too many pixels)"
    assert exif_date(b"<svg onload='alert(1)'/>")[0] == "not an image (unreadable)"


# -- the whole check over loopback ---------------------------------------------------------------------


def test_recycled_photo_is_flagged_with_exif_and_http_dates(server: PageServer) -> None:
    serve(server, "/media/lead.jpg", jpeg("2019:07:12 10:30:00"), **{"Last-Modified": LAST_MODIFIED})
    serve(server, "/media/talks.jpg", jpeg("2024:01:23 09:15:00"))
    body = '<img src="/media/talks.jpg" alt="The talks">'
    url = server.html("/news/kalin", article("/media/lead.jpg", body))
    report = check_target(url, engine())
    lead = report.images[0]
    assert [(d.kind, d.date) for d in lead.dates] == [
        ("image_exif", date(2019, 7, 12)),
        ("image_http", date(2019, 7, 12)),
    ]
    assert ("image_exif", "lead image · EXIF DateTimeOriginal") in {(d.kind, d.source) for d in report.dates}
    (item,) = items_of(report)
    assert item.severity == "high"
    assert item.detail.startswith("This photo may be recycled: taken 2019-07-12 (EXIF)")
    assert "article published 2024-01-23" in item.detail
    assert item.data["image"] == lead.url
    assert [e.url for e in item.evidence][1:] == list(lead.search_links.values())
    assert item.id and [i.id for i in report.items] == [f"c{n}" for n in range(1, len(report.items) + 1)]


def test_only_fresh_images_give_no_item(server: PageServer) -> None:
    serve(server, "/media/lead.jpg", jpeg("2024:01:22 18:00:00"), **{"Last-Modified": "Tue, 23 Jan 2024 07:00:00 GMT"})
    serve(server, "/media/2024/01/talks.jpg", jpeg())
    url = server.html("/news/kalin", article("/media/lead.jpg", '<img src="/media/2024/01/talks.jpg" alt="t">'))
    report = check_target(url, engine())
    assert items_of(report) == []
    assert {d.kind for i in report.images for d in i.dates} == {"image_exif", "image_http", "image_url"}
    assert all(not i.skipped for i in report.images)


def test_page_without_images(server: PageServer) -> None:
    url = server.html("/news/kalin", article(None))
    report = check_target(url, engine())
    assert report.images == [] and items_of(report) == []
    assert report.to_dict()["images"] == []


def test_offline_uses_only_the_page(server: PageServer) -> None:
    serve(server, "/wp-content/uploads/2019/07/lead.jpg", jpeg("2019:07:12 10:30:00"))
    url = server.html("/news/kalin", article("/wp-content/uploads/2019/07/lead.jpg"))
    report = check_target(url, engine(), offline=True)
    (item,) = items_of(report)
    assert item.severity == "medium"  # a date in a URL is weaker evidence than EXIF
    assert "uploaded 2019-07 (date in the image address)" in item.detail
    assert [d.kind for d in report.images[0].dates] == ["image_url"]
    assert not any("/wp-content/" in r["path"] for r in server.requests)


def test_threshold_is_configurable(server: PageServer) -> None:
    serve(server, "/media/lead.jpg", jpeg("2023:12:01 10:00:00"))
    url = server.html("/news/kalin", article("/media/lead.jpg"))
    assert items_of(check_target(url, engine(older_after_days=30)))
    assert not items_of(check_target(url, engine(older_after_days=90)))
    assert check_target(url, engine(enabled=False)).images == []


def test_archive_first_capture_of_the_image(server: PageServer) -> None:
    lead = serve(server, "/media/lead.jpg", jpeg())
    url = server.html("/news/kalin", article("/media/lead.jpg"))
    stub = ProviderStub(first_capture={lead: "20190712083000"}).start()
    try:
        only_wayback = stub.settings(
            gdelt=GdeltSettings(enabled=False),
            google_news=GoogleNewsSettings(enabled=False),
            searxng=SearxngSettings(enabled=False),
            wikidata=WikidataSettings(enabled=False),
        )
        settings = replace(only_wayback, images=ImagesSettings())
        report = check_target(url, settings)
    finally:
        stub.stop()
    (archived,) = [d for d in report.images[0].dates if d.kind == "image_archive"]
    assert (archived.date, archived.text) == (date(2019, 7, 12), "20190712083000")
    (item,) = items_of(report)
    assert item.severity == "high" and "archived 2019-07-12 (Wayback Machine first capture)" in item.detail


# -- bad images: skipped with a reason, never a crash ------------------------------------------------


def test_bad_images_are_skipped_with_reasons(server: PageServer) -> None:
    cases = {
        "/bad/huge.jpg": Route(b"\xff\xd8" + b"0" * 2_100_000, headers={"Content-Type": "image/jpeg"}),
        "/bad/streamed.jpg": Route(
            b"\xff\xd8" + b"0" * 2_100_000, headers={"Content-Type": "image/jpeg"}, content_length=False
        ),
        "/bad/page.jpg": Route(b"<html>not an image</html>", headers={"Content-Type": "text/html"}),
        "/bad/script.jpg": Route(b"<svg onload='alert(1)'/>", headers={"Content-Type": "image/svg+xml"}),
        "/bad/bomb.png": Route(png_bomb(), headers={"Content-Type": "image/png"}),
        "/bad/garbage.jpg": Route(b"\x00\x01garbage" * 100, headers={"Content-Type": "image/jpeg"}),
        "/bad/gone.jpg": Route(b"", status=404),
    }
    for path, route in cases.items():
        server.route(path, route)
    body = "".join(f'<img src="{p}" alt="{p}">' for p in cases)
    url = server.html("/news/kalin", article(None, body))
    report = check_target(url, engine(max_images=10))
    reasons = {i.url.rsplit("/", 1)[-1]: i.skipped for i in report.images}
    assert reasons == {
        "huge.jpg": "image is larger than 2,000,000 bytes",
        "streamed.jpg": "image is larger than 2,000,000 bytes",  # no Content-Length: stopped while reading
        "page.jpg": "not a raster image (content type text/html)",
        "script.jpg": "not a raster image (content type image/svg+xml)",
        "bomb.png": "decompression bomb (too many pixels)",
        "garbage.jpg": "not an image (unreadable)",
        "gone.jpg": "HTTP error 404",
    }
    assert items_of(report) == []


def test_private_addresses_and_redirects_to_them_are_refused(server: PageServer) -> None:
    server.route("/media/redirect.jpg", Route(b"", status=302, headers={"Location": "http://169.254.169.254/x.jpg"}))
    page = article("http://intranet.example/secret.jpg", '<img src="/media/redirect.jpg" alt="r">')
    url = server.html("/news/kalin", page)

    def resolver(host: str, port: int) -> list[str]:
        return {"intranet.example": ["10.1.2.3"]}.get(host, [host])  # numeric hosts resolve to themselves

    # The real address rules, with only the loopback test server counting as "public".
    fetcher = Fetcher(FetchSettings(timeout_seconds=5), resolver, lambda a: a == "127.0.0.1", allowed_ports=None)
    report = check_target(url, engine(), fetcher=fetcher)
    reasons = [i.skipped for i in report.images]
    assert reasons == ["address not allowed (private or reserved network)"] * 2


def test_slow_image_server_stays_within_the_budget(server: PageServer) -> None:
    server.route("/media/slow.jpg", Route(jpeg("2019:07:12 10:30:00"), headers={"Content-Type": "image/jpeg"}, delay=3))
    url = server.html("/news/kalin", article("/media/slow.jpg"))
    report = check_target(url, engine(budget=0.5))
    assert report.images[0].skipped.startswith("timed out")
    assert items_of(report) == []


def test_report_json_has_images_and_new_date_kinds(server: PageServer) -> None:
    serve(server, "/media/lead.jpg", jpeg("2019:07:12 10:30:00"))
    url = server.html("/news/kalin", article("/media/lead.jpg"))
    data = check_target(url, engine()).to_dict()
    (image,) = data["images"]
    assert set(image) == {"url", "alt", "role", "search_links", "dates"}
    assert image["dates"][0] == {
        "date": "2019-07-12",
        "kind": "image_exif",
        "source": "lead image · EXIF DateTimeOriginal",
        "text": "2019:07:12 10:30:00",
    }


def test_terminal_lists_images_with_a_search_link(server: PageServer) -> None:
    from bot.terminal import render_text

    url = server.html("/news/kalin", article("/wp-content/uploads/2019/07/lead.jpg"))
    text = render_text(check_target(url, engine(), offline=True))
    assert f"  lead image: {server.url('/wp-content/uploads/2019/07/lead.jpg')}" in text
    assert "https://lens.google.com/uploadbyurl?url=" in text


def test_several_old_photos_make_one_item_and_main_text_needs_strong_evidence(server: PageServer) -> None:
    serve(server, "/media/lead.jpg", jpeg("2019:07:12 10:30:00"))
    serve(server, "/media/2018/05/file-photo.jpg", jpeg())  # old by its URL only: a file photo
    serve(server, "/media/crowd.jpg", jpeg("2020:03:01 12:00:00"))
    body = '<img src="/media/2018/05/file-photo.jpg" alt="File"><img src="/media/crowd.jpg" alt="Crowd">'
    url = server.html("/news/kalin", article("/media/lead.jpg", body))
    (item,) = items_of(check_target(url, engine()))
    assert item.title == "Photos may be recycled (2 images, oldest 2019-07-12)"
    assert "lead image “Kalın in Baghdad”: taken 2019-07-12 (EXIF)" in item.detail
    assert "image 2 “Crowd”: taken 2020-03-01 (EXIF)" in item.detail
    assert "file-photo" not in " ".join(item.data["images"])
    assert len(item.evidence) == 2 * 5  # each photo and its four search links


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[images]\nmax_bytes = 0\n", "'images.max_bytes' must be greater than 0"),
        ("[images]\nolder_after_days = -1\n", "'images.older_after_days' must be 0 or more"),
        ("[images]\nmax_images = 'five'\n", "'images.max_images' must be an integer, got str"),
        ("[images]\nsize = 3\n", "unknown key 'images.size'"),
    ],
)
def test_images_configuration_is_validated(tmp_path, toml: str, message: str) -> None:
    from bot.config import ConfigError, load_config

    path = tmp_path / "config.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match=message):
        load_config(str(path), env={})


def test_images_configuration_reaches_the_engine(tmp_path) -> None:
    from bot.config import load_config

    path = tmp_path / "config.toml"
    path.write_text("[images]\nenabled = false\nmax_images = 2\nmax_bytes = 500000\nolder_after_days = 90\n")
    assert load_config(str(path), env={}).engine.images == ImagesSettings(False, 2, 500_000, 90)
