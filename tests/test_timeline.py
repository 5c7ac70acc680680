"""The timeline picture: what is plotted (from the returned marks), its size, right-to-left
labels, the no-picture cases, and its delivery — ``factdesk check --timeline``, the review
post's sendPhoto through the fake Bot API, and ``/export``."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from checks.engine import analyse
from checks.fetch import FetchedPage
from checks.settings import EngineSettings
from checks.timeline import MAX_ROWS, WIDTH_PX, marks_of, render
from tests.botharness import EDITOR, JOURNALIST, REVIEW_CHAT, BotProcess, write_config
from tests.conftest import EXAMPLES, PAGES
from tests.fakebot import FakeBotApi
from tests.imagefiles import jpeg
from tests.pageserver import PageServer, Route

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SEED = (EXAMPLES / "gulan-kalin-visit.html").read_text(encoding="utf-8")
MAX_BYTES = 200_000


def report_of(html: str, url: str = "https://gulan.example/2024/01/23/kalin-visit") -> dict:
    page = FetchedPage("t", url, html, "utf-8", "0" * 64, NOW)
    return analyse(page, EngineSettings()).to_dict()


def with_corroboration(report: dict) -> dict:
    """The seed as corroboration leaves it: coverage clustered on the byline's day, one
    earlier visit found for "first-ever" (shapes as checks/corroborate.py writes them)."""
    report["corroboration"] = [
        {
            "url": f"https://{o}/k",
            "title": "Kalın in Baghdad",
            "outlet": o,
            "published": d,
            "provider": "gdelt",
            "match": 0.6,
        }
        for o, d in (("rudaw.net", "2024-01-23"), ("aa.com.tr", "2024-01-23"), ("kurdistan24.net", "2024-01-24"))
    ]
    report["items"].append(
        {
            "check": "claims.prior_event",
            "dates": ["2023-03-02"],
            "evidence": [
                {"text": "first-ever visit"},
                {"text": "Fidan in Baghdad", "url": "https://www.reuters.com/x"},
            ],
        }
    )
    return report


def picture(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def test_seed_picture_plots_every_date_and_marks_the_disagreements() -> None:
    timeline = render(with_corroboration(report_of(SEED)))
    assert timeline.png is not None and len(timeline.png) <= MAX_BYTES
    image = picture(timeline.png)
    assert image.format == "PNG" and image.width == WIDTH_PX and 300 < image.height < 2000
    drawn = {m.text: m for m in timeline.marks}
    assert drawn["2024-01-23  byline “\u2068January 23, 2024\u2069”"].conflict is False
    (page,) = [m for m in timeline.marks if m.text.startswith("2025-01-14  on page “\u2068Tuesday, 14 January 2")]
    assert page.conflict is True  # the header date a year after the byline stands out
    assert drawn["2024-01-23  date in the URL"].conflict is False
    coverage = [m for m in timeline.marks if m.group == "coverage"]
    assert [m.label for m in coverage] == ["coverage: rudaw.net", "coverage: aa.com.tr", "coverage: kurdistan24.net"]
    assert not any(m.conflict for m in coverage)  # clustered on the byline's day
    assert drawn["2023-03-02  earlier event: reuters.com"].conflict is True
    assert drawn["2026-11-27  day of this check"].group == "check"
    assert [m.day for m in timeline.marks] == sorted(m.day for m in timeline.marks)


def test_image_dates_are_plotted_and_old_ones_stand_out() -> None:
    report = report_of(SEED)
    report["dates"] += [
        {"date": "2019-07-12", "kind": "image_exif", "source": "lead image · EXIF DateTimeOriginal", "text": "x"},
        {"date": "2019-07-12", "kind": "image_http", "source": "lead image · HTTP Last-Modified", "text": "x"},
        {"date": "2024-01-01", "kind": "image_url", "source": "image 1 · URL", "text": "2024/01"},
    ]
    marks = {m.label: m for m in render(report).marks}
    assert marks["lead image · EXIF, HTTP"].conflict is True  # one row per image and day
    assert marks["image 1 · URL"].conflict is False  # an upload month that contains the article date


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("arabic.html", "byline “\u2068٢٣ كانون الثاني ٢٠٢٤\u2069”"),
        ("turkish.html", None),
    ],
)
def test_right_to_left_and_turkish_pages(name: str, label: str | None) -> None:
    report = report_of((PAGES / name).read_text(encoding="utf-8"), "https://example.org/haber")
    timeline = render(report)
    assert timeline.png is not None and len(timeline.png) <= MAX_BYTES
    assert picture(timeline.png).width == WIDTH_PX
    page_text = [d["text"] for d in report["dates"] if d["kind"] in ("byline", "page")]
    labels = [m.label for m in timeline.marks]
    for text in page_text:  # every page date is labelled with its own words, in its own script
        assert any(text[:20] in label for label in labels), (text, labels)
    if label:
        assert label in labels


def test_right_to_left_label_is_shaped() -> None:
    """Arabic letters join: the shaped word is narrower than its letters drawn one by one."""
    import matplotlib
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties
    from matplotlib.text import Text

    font = FontProperties(fname=f"{matplotlib.get_data_path()}/fonts/ttf/DejaVuSans.ttf", size=20)
    renderer = RendererAgg(400, 100, 100)

    def width(text: str) -> float:
        return renderer.get_text_width_height_descent(text, font, ismath=False)[0]

    word = "الثلاثاء"
    assert width(word) < sum(width(ch) for ch in word) * 0.95
    assert Text(0, 0, word).get_text() == word


def test_one_date_or_none_gets_no_picture_and_says_why() -> None:
    none = render({"dates": [], "fetched_at": "2026-11-27T12:00:00+00:00", "article": {}})
    assert none.png is None and none.reason == "no dates were found, so there is no timeline"
    one = render(
        {
            "dates": [{"date": "2024-01-23", "kind": "byline", "source": "time", "text": "23 Jan"}],
            "fetched_at": "2026-11-27T12:00:00+00:00",
            "article": {"published": "2024-01-23"},
        }
    )
    assert one.png is None and "only one date was found (2024-01-23)" in one.reason


def test_hostile_labels_and_many_marks() -> None:
    report = report_of(SEED)
    report["dates"].append(
        {"date": "2024-02-01", "kind": "page", "source": "div", "text": "\u202eevil $x^2$ \\frac{1}{0} $"}
    )
    report["corroboration"] = [
        {
            "url": f"https://o{n}.example/",
            "title": "t",
            "outlet": f"o{n}.example",
            "published": f"2024-01-{n % 28 + 1:02d}",
        }
        for n in range(40)
    ]
    timeline = render(report)
    assert timeline.png is not None and len(timeline.png) <= MAX_BYTES
    assert len(timeline.marks) == MAX_ROWS
    assert any("evil $x^2$" in m.label and "\u202e" not in m.label for m in timeline.marks)
    kept = [m for m in marks_of(report) if m.group not in ("coverage", "image")]
    assert all(m in timeline.marks for m in kept)  # the page's own dates are never dropped


# -- delivery ---------------------------------------------------------------------------------------


def test_cli_writes_the_picture(tmp_path: Path) -> None:
    out = tmp_path / "seed.png"
    one = tmp_path / "one.html"
    one.write_text(
        "<html><body><h1>Hi</h1><p>No dates in this text at all, not a single one anywhere.</p></body></html>"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check", "--offline", str(EXAMPLES / "gulan-kalin-visit.html"), str(one)]
        + ["--timeline", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert picture(out.read_bytes()).width == WIDTH_PX
    assert not (tmp_path / "seed-2.png").exists()
    assert "timeline: no picture for" in result.stderr and "no dates were found" in result.stderr


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    fake = FakeBotApi().start()
    yield fake
    fake.stop()


def test_review_post_sends_the_picture_first_and_export_includes_it(
    api: FakeBotApi, server: PageServer, tmp_path: Path
) -> None:
    photo_route = Route(jpeg("2019:07:12 10:30:00"), headers={"Content-Type": "image/jpeg"})
    server.route("/wp-content/uploads/2024/01/kalin-baghdad.jpg", photo_route)
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
        api.wait_for(lambda: [m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")], what="the review post")
        review_chat = api.chat_messages(REVIEW_CHAT)
        photo, post = review_chat[0], review_chat[1]
        assert photo.get("photo") and photo["photo"]["width"] == WIDTH_PX
        assert len(photo["photo"]["content"]) <= MAX_BYTES
        assert photo["plain"].startswith("🗓 Review #1 · every date on one axis\nTurkish Intelligence Chief")
        assert len(photo["plain"]) <= 1024
        assert "Images (search for earlier copies)" in post["plain"]
        assert "lens.google.com/uploadbyurl" in post["html"] and "tineye.com/search" in post["html"]
        assert "Photo may be recycled" in post["plain"]
        api.send_text(EDITOR, "/export 1", name="Eve")
        exported = api.wait_for(
            lambda: [m for (chat, _), m in api.messages.items() if chat == EDITOR and m.get("photo")],
            what="the exported picture",
        )[0]
        assert exported["photo"]["width"] == WIDTH_PX and exported["plain"].startswith("🗓 Review #1")
        document = [m for (chat, _), m in api.messages.items() if chat == EDITOR and m.get("document")][0]
        text = document["document"]["content"].decode()
        assert "## Images" in text and "[TinEye](https://tineye.com/search?url=" in text
        assert "image_exif: image 1 · EXIF DateTimeOriginal" in text
    finally:
        bot.kill()


def test_a_refused_picture_never_blocks_the_review(api: FakeBotApi, server: PageServer, tmp_path: Path) -> None:
    api.fail("sendPhoto", status=400, description="Bad Request: IMAGE_PROCESS_FAILED", retry_after=None, times=5)
    bot = BotProcess(write_config(tmp_path, api)).start(api)
    try:
        api.send_text(JOURNALIST, f"/check {server.html('/story', SEED)}")
        posts = api.wait_for(lambda: [m for m in api.chat_messages(REVIEW_CHAT) if m.get("markup")], what="the post")
        assert "Page date and byline disagree" in posts[0]["plain"]
        assert api.called("sendPhoto") and not any(m.get("photo") for m in api.chat_messages(REVIEW_CHAT))
    finally:
        bot.kill()


def test_export_command_writes_the_picture_and_lists_images(tmp_path: Path) -> None:
    from bot.store import Store

    report = with_corroboration(report_of(SEED))
    report["images"] = [
        {
            "url": "https://gulan.example/wp-content/uploads/2024/01/kalin-baghdad.jpg",
            "alt": "Kalın in Baghdad",
            "role": "lead",
            "search_links": {
                "lens": "https://lens.google.com/uploadbyurl?url=x",
                "tineye": "https://tineye.com/s?url=x",
            },
            "dates": [{"date": "2024-01-01", "kind": "image_url", "source": "lead image · URL", "text": "2024/01"}],
            "skipped": "timed out (budget)",
        }
    ]
    store = Store(tmp_path / "factdesk.json")
    review, _, _ = store.submit("https://gulan.example/k", "k", {"user_id": 1, "user_name": "Alice", "chat_id": 1})
    store.update_review(review["id"], lambda r: r.update(report=report, items=[], status="posted"))
    store.close()
    (tmp_path / "config.toml").write_text('[storage]\npath = "factdesk.json"\n')
    out = tmp_path / "review.png"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "export", "1", "--config", str(tmp_path / "config.toml")]
        + ["--timeline", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert picture(out.read_bytes()).width == WIDTH_PX
    assert "## Timeline" in result.stdout and "## Images" in result.stdout
    assert "- Lead image “Kalın in Baghdad”: <https://gulan.example/wp-content/uploads/2024/01/kalin-baghdad.jpg>" in (
        result.stdout
    )
    assert "[Lens](https://lens.google.com/uploadbyurl?url=x) · [TinEye](https://tineye.com/s?url=x)" in result.stdout
    assert "not examined: timed out (budget)" in result.stdout


def test_review_text_says_why_there_is_no_picture() -> None:
    from bot.render import render_part

    html = "<html><body><h1>Hi</h1><p>" + "No dates here at all, none. " * 10 + "</p></body></html>"
    report = report_of(html, "https://x.example/story")
    review = {"id": 7, "url": "https://x.example/", "report": report, "items": [], "posts": [], "notes": []}
    text, _ = render_part(review, 0, [], 1)
    assert "No timeline picture: no dates were found, so there is no timeline." in text


def test_the_font_has_every_glyph_of_turkish_kurdish_and_arabic_labels() -> None:
    """DejaVu Sans from matplotlib's wheel: no label character may fall back to a blank box."""
    import matplotlib
    from matplotlib.ft2font import FT2Font

    report = report_of(SEED)
    report["dates"] += [
        {"date": "2024-01-22", "kind": "page", "source": "div", "text": "23 Ocak 2024 Salı, Güneş ışığı"},  # Turkish
        {"date": "2024-01-21", "kind": "page", "source": "div", "text": "23ê Çileyê 2024, Şemî"},  # Kurmanji
        {
            "date": "2024-01-20",
            "kind": "byline",
            "source": "div",
            "text": "٢٣ی کانوونی دووەمی ٢٠٢٤ ڕۆژی سێشەممە",
        },  # Sorani
        {"date": "2024-01-19", "kind": "page", "source": "div", "text": "الثلاثاء ٢٣ يناير ٢٠٢٤"},  # Arabic
    ]
    timeline = render(report)
    assert timeline.png is not None
    font = FT2Font(f"{matplotlib.get_data_path()}/fonts/ttf/DejaVuSans.ttf")
    text = "".join(m.text for m in timeline.marks).replace("\u2068", "").replace("\u2069", "")
    missing = sorted({ch for ch in text if font.get_char_index(ord(ch)) == 0})
    assert missing == []
    assert any("دووەمی" in m.label for m in timeline.marks) and any("Çileyê" in m.label for m in timeline.marks)


def test_send_timeline_over_the_fake_bot_api_and_a_failing_drawing(
    api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bot/timeline.py with a real python-telegram-bot Bot: the photo and its caption arrive; a
    drawing that raises (no input is known to do that, hence the patch) sends nothing, raises nothing."""
    import asyncio

    from telegram import Bot
    from telegram.constants import ParseMode
    from telegram.ext import Defaults, ExtBot

    from bot import timeline as bot_timeline
    from bot.config import Config, TelegramConfig
    from bot.services import Services
    from bot.store import Store
    from bot.worker import Worker

    config = Config(telegram=TelegramConfig(token=api.token, api_base_url=api.base_url, review_chat_id=REVIEW_CHAT))
    store = Store(tmp_path / "factdesk.json")
    services = Services(config=config, store=store, worker=Worker(1), corroborator=None)  # type: ignore[arg-type]
    review = {"id": 5, "url": "https://gulan.example/k", "report": report_of(SEED), "posts": []}

    async def send() -> None:
        bot: Bot = ExtBot(api.token, base_url=api.base_url, defaults=Defaults(parse_mode=ParseMode.HTML))
        async with bot:
            await bot_timeline.send_timeline(services, bot, review)

    asyncio.run(send())
    (sent,) = api.called("sendPhoto")
    assert sent["caption"].startswith("🗓 <b>Review #5</b>") and "Turkish Intelligence Chief" in sent["caption"]
    monkeypatch.setattr(bot_timeline, "draw", lambda *args: 1 / 0)
    asyncio.run(send())
    assert len(api.called("sendPhoto")) == 1
    store.close()
