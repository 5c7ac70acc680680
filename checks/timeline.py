"""Every date of a report on one time axis, as a PNG an editor reads on a phone.

An editor judges a date problem faster from a picture than from a table of ten dates. One
row per mark, oldest at the top: the row's label (what the date is and, for page dates, the
text as the page shows it) on the left, the mark on a shared time axis on the right, a
dashed line at the article's date and a blue one at the day of the check. Marks that
disagree with the article's date are red and carry the gap in days.

Pure: a report (its ``to_dict`` form, as stored) in, PNG bytes and the list of marks drawn
out, so tests can assert what was plotted. Drawn with matplotlib's Agg canvas: its wheel
ships DejaVu Sans (Latin, Turkish, Kurdish and Arabic glyphs) and shapes right-to-left text,
so Arabic labels come out joined and in order on any machine (docs/images.md).
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

WIDTH_PX = 1280  # what Telegram shows of a photo
MAX_ROWS = 24  # a taller picture is unreadable on a phone, and slower to draw
ROW_PX = 52
AXIS_WIDTH = 0.45  # of the picture; the labels take the left half
FONT_PX = 26
LABEL_CHARS = 40
QUOTE_CHARS = 22
AGREE_DAYS = 1  # time zones: a UTC timestamp may fall on the next local day
COVERAGE_DAYS = 3
DEFAULT_OLDER_DAYS = 30
KIND_LABEL = {
    "byline": "byline",
    "page": "on page",
    "meta_published": "meta published",
    "meta_modified": "meta modified",
    "jsonld_published": "JSON-LD published",
    "jsonld_modified": "JSON-LD modified",
    "time_element": "<time> on page",
    "url": "date in the URL",
    "http_last_modified": "HTTP Last-Modified",
    "archive_first_capture": "first archived (Wayback)",
    "text": "date in the text",
}
IMAGE_KIND = {"image_url": "URL", "image_exif": "EXIF", "image_http": "HTTP", "image_archive": "Wayback"}
SAME_AS_ARTICLE = frozenset({"byline", "page", "meta_published", "jsonld_published", "time_element", "url", "text"})
NOT_BEFORE_ARTICLE = frozenset({"meta_modified", "jsonld_modified", "http_last_modified", "archive_first_capture"})
QUOTED = frozenset({"byline", "page", "time_element", "text"})
RED, GREY, BLUE, INK = "#c62828", "#455a64", "#1565c0", "#212121"
MARKER = {"page": "o", "coverage": "s", "prior": "X", "image": "^", "archive": "D", "check": "v"}
_INVISIBLE = re.compile("[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_LOCK = threading.Lock()  # matplotlib's text layout caches are not thread-safe


@dataclass(frozen=True)
class Mark:
    """One plotted date: ``label`` is the text drawn on its row (after the ISO date)."""

    day: date
    label: str
    group: str  # page, coverage, prior, image, archive, check
    conflict: bool

    @property
    def text(self) -> str:
        return f"{self.day.isoformat()}  {self.label}"


@dataclass(frozen=True)
class Timeline:
    png: bytes | None
    marks: list[Mark]
    reason: str = ""  # why there is no picture


def marks_of(report: dict[str, Any], older_after_days: int = DEFAULT_OLDER_DAYS) -> list[Mark]:
    """Every date of the report as a mark, oldest first; same day and label only once."""
    published = _day((report.get("article") or {}).get("published"))
    marks: list[Mark] = []
    images: dict[tuple[str, date], tuple[list[str], bool]] = {}  # one row per image and day
    for d in report.get("dates") or []:
        day = _day(d.get("date"))
        if day is None:
            continue
        kind = str(d.get("kind", ""))
        if kind.startswith("image_"):
            late = _image_latest(day, kind, str(d.get("text", "")))
            conflict = published is not None and (published - late).days > older_after_days
            name = _clip(str(d.get("source", "image")).split(" · ", 1)[0], 20)
            kinds, old = images.setdefault((name, day), ([], False))
            kinds.append(IMAGE_KIND.get(kind, kind))
            images[(name, day)] = (kinds, old or conflict)
            continue
        label = KIND_LABEL.get(kind, kind)
        if kind in QUOTED and d.get("text"):
            # First-strong isolate: a right-to-left quote stays inside its quotation marks.
            label = f"{label} “\u2068{_clip(str(d['text']), QUOTE_CHARS)}\u2069”"
        gap = (day - published).days if published else 0
        if kind in SAME_AS_ARTICLE:
            conflict = abs(gap) > AGREE_DAYS
        elif kind in NOT_BEFORE_ARTICLE:
            conflict = gap < -AGREE_DAYS
        else:
            conflict = False
        marks.append(Mark(day, label, "archive" if kind == "archive_first_capture" else "page", conflict))
    for (name, day), (kinds, conflict) in images.items():
        marks.append(Mark(day, _clip(f"{name} · {', '.join(dict.fromkeys(kinds))}", LABEL_CHARS), "image", conflict))
    for c in report.get("corroboration") or []:
        day = _day(c.get("published"))
        if day is not None:
            conflict = published is not None and abs((day - published).days) > COVERAGE_DAYS
            marks.append(Mark(day, f"coverage: {_clip(str(c.get('outlet') or ''), 30)}", "coverage", conflict))
    for item in report.get("items") or []:
        if item.get("check") == "claims.prior_event":
            marks.extend(_prior_marks(item))
    checked = _day(str(report.get("fetched_at") or "")[:10])
    if checked is not None:
        marks.append(Mark(checked, "day of this check", "check", False))
    unique = list(dict.fromkeys(marks))
    unique.sort(key=lambda m: (m.day, m.group == "check"))
    return unique


def _prior_marks(item: dict[str, Any]) -> list[Mark]:
    """Earlier events disprove a "first-ever" claim: red, one per outlet when dates pair up."""
    days = [d for d in (_day(x) for x in item.get("dates") or []) if d is not None]
    linked = [e for e in item.get("evidence") or [] if e.get("url")]
    if len(linked) == len(days):
        return [
            Mark(day, f"earlier event: {_host(e['url'])}", "prior", True) for day, e in zip(days, linked, strict=True)
        ]
    return [Mark(day, "earlier event (novelty claim)", "prior", True) for day in days]


def no_picture_reason(marks: list[Mark]) -> str:
    """Why a report gets no picture ("" when it gets one): nothing to compare on one axis."""
    days = {m.day for m in marks if m.group != "check"}
    if not days:
        return "no dates were found, so there is no timeline"
    if len(days) == 1:
        return f"only one date was found ({next(iter(days)).isoformat()}), so there is no timeline"
    return ""


def render(report: dict[str, Any], older_after_days: int = DEFAULT_OLDER_DAYS) -> Timeline:
    """The picture for ``report`` (None with a reason when there is nothing to compare)."""
    marks = marks_of(report, older_after_days)
    reason = no_picture_reason(marks)
    if reason:
        return Timeline(None, marks, reason)
    shown = _fit(marks)
    published = _day((report.get("article") or {}).get("published"))
    title = _clip(str((report.get("article") or {}).get("title") or report.get("url") or ""), 80)
    import matplotlib

    with _LOCK, matplotlib.rc_context({"text.parse_math": False}):  # page text is not TeX: "$5 … $"
        png = _draw(shown, published, title)
    return Timeline(png, shown)


def _fit(marks: list[Mark]) -> list[Mark]:
    """At most :data:`MAX_ROWS` rows: the page's own dates, earlier events and the check day
    always stay; agreeing image and coverage marks give way first, then disagreeing ones."""
    if len(marks) <= MAX_ROWS:
        return marks
    optional = [m for m in marks if m.group in ("image", "coverage")]
    optional.sort(key=lambda m: m.conflict)
    drop = set(optional[: len(marks) - MAX_ROWS])
    return [m for m in marks if m not in drop][:MAX_ROWS]


def _draw(marks: list[Mark], published: date | None, title: str) -> bytes:
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from PIL import Image

    fonts = f"{matplotlib.get_data_path()}/fonts/ttf"
    regular = FontProperties(fname=f"{fonts}/DejaVuSans.ttf", size=FONT_PX * 72 / 100)
    small = FontProperties(fname=f"{fonts}/DejaVuSans.ttf", size=(FONT_PX - 4) * 72 / 100)
    bold = FontProperties(fname=f"{fonts}/DejaVuSans-Bold.ttf", size=(FONT_PX + 3) * 72 / 100)

    rows = len(marks)
    height_px = 260 + ROW_PX * rows
    fig = Figure(figsize=(WIDTH_PX / 100, height_px / 100), dpi=100, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    top = 1 - 125 / height_px  # room for the "article" note above the axis, below the title
    bottom = 105 / height_px
    ax = fig.add_axes((0.53, bottom, AXIS_WIDTH, top - bottom))
    fig.text(0.015, 1 - 22 / height_px, "Every date of this report", fontproperties=bold, color=INK, va="top")
    fig.text(0.015, 1 - 58 / height_px, title, fontproperties=small, color=GREY, va="top")

    days = [mdates.date2num(m.day) for m in marks]
    low, high = min(days), max(days)
    pad = max(2.0, (high - low) * 0.06)
    left, right = low - pad, high + pad
    ax.set_xlim(left, right)
    ax.set_ylim(rows - 0.4, -0.6)
    ax.set_yticks([])  # labels are plain texts: a tick per row costs more than the rest of the picture
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.hlines(range(rows), left, right, color="#eceff1", linewidth=1, zorder=0)
    labels = ax.get_yaxis_transform()  # x in axes fractions, y in rows
    for row, mark in enumerate(marks):
        color = RED if mark.conflict else INK
        ax.text(-0.015, row, mark.text, transform=labels, fontproperties=regular, color=color, ha="right", va="center")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=(FONT_PX - 4) * 72 / 100)

    if published is not None:
        x = mdates.date2num(published)
        ax.axvline(x, color=GREY, linestyle="--", linewidth=2, zorder=1)
        note = f"article {published.isoformat()}"
        ax.text(x, -0.75, note, fontproperties=small, color=GREY, ha="center", va="bottom")
        red = [(row, x0) for row, (m, x0) in enumerate(zip(marks, days, strict=True)) if m.conflict]
        if red:
            ax.hlines([r for r, _ in red], x, [x0 for _, x0 in red], color=RED, linewidth=2, alpha=0.5, zorder=2)
    groups: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for row, (mark, x) in enumerate(zip(marks, days, strict=True)):
        color = RED if mark.conflict else (BLUE if mark.group == "check" else GREY)
        groups.setdefault((MARKER.get(mark.group, "o"), color), []).append((x, row))
        if mark.group == "check":
            ax.axvline(x, color=BLUE, linestyle=":", linewidth=1.5, zorder=1)
        if mark.conflict and published is not None and mark.group != "coverage":
            gap = (mark.day - published).days
            after = gap > 0
            side = (right - x) if after else (x - left)
            room = side / (right - left) * AXIS_WIDTH * WIDTH_PX > 110  # pixels for "+1,234 d"
            # Beside the mark, away from the article's line; above it when the edge is too near.
            ax.annotate(
                f"{gap:+,} d",
                (x, row),
                xytext=(14 if after else -14, 0) if room else (-6 if after else 6, 11),
                textcoords="offset points",
                ha="left" if after == room else "right",
                va="center" if room else "bottom",
                fontproperties=small,
                color=RED,
            )
    for (marker, color), points in groups.items():
        xs, ys = zip(*points, strict=True)
        ax.scatter(xs, ys, s=170, marker=marker, color=color, zorder=3)
    legend = "red: disagrees with the article's date (gap in days)   ·   dashed: article date   ·   blue: this check"
    fig.text(0.015, 22 / height_px, legend, fontproperties=small, color=GREY, va="bottom")

    canvas.draw()
    rgba = canvas.buffer_rgba()
    image = Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1)
    # A chart has few colours: a 48-colour palette keeps text crisp at a fraction of the bytes.
    indexed = image.quantize(colors=48, method=Image.Quantize.FASTOCTREE)
    fig.clear()
    out = io.BytesIO()
    indexed.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _image_latest(day: date, kind: str, text: str) -> date:
    """An upload month in an image URL (``2024/01``) may mean any day of it: take the last."""
    if kind == "image_url" and len(text) == 7 and text[4] == "/":
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    return day


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _clip(text: str, limit: int) -> str:
    """One line, clipped, without the invisible direction marks a hostile page could use to
    reorder a label."""
    text = " ".join(_INVISIBLE.sub("", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
