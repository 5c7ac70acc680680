"""Reviews → Telegram HTML messages and inline keyboards, always within Telegram's limits.

Page text is hostile: everything from a page is cleaned (control, bidi-override and
zero-width characters removed), clipped and HTML-escaped; only http(s) links become anchors.

A review post is planned once into parts of at most :data:`ITEMS_PER_PART` items, so that
editing one item later never moves items between messages. What is added later (decisions,
any number of notes) must still fit, so the plan counts each part at its most condensed
form, with room for a decision line and a notes line per item and for the coverage and notes
at the end; a part is then shown at the richest level that fits Telegram's 4096 characters
(counted as Telegram does: UTF-16 units of the text after the HTML is parsed). Older notes
fold into a count; every note is in ``/export``. HTML is never cut. See docs/chat.md.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from checks.timeline import marks_of, no_picture_reason

MESSAGE_LIMIT = 4096
PLAN_BUDGET = 3600  # visible characters per part at full detail (a softer target than the limit)
DECISION_RESERVE = 130  # a decision line and a "📝 N notes" line, added after planning
TAIL_RESERVE = 400  # the last part's coverage and review notes at their most condensed
ITEMS_PER_PART = 12
MAX_DATES = 10
MAX_COVERAGE = 8
MAX_IMAGE_LINKS = 1200  # HTML of the image lines: search URLs are long, the checklist comes first
SEARCH_WORDS = (("lens", "Lens"), ("tineye", "TinEye"), ("yandex", "Yandex"), ("bing", "Bing"))
SEVERITY_MARK = {"high": "🔴", "medium": "🟠", "low": "🟡", "info": "⚪"}
STATUS_MARK = {"open": "⬜", "verified": "✅", "disputed": "❌", "not_applicable": "➖"}
STATUS_WORD = {"open": "open", "verified": "verified", "disputed": "disputed", "not_applicable": "not applicable"}
BUTTONS = (("verified", "✅", "v"), ("disputed", "❌", "d"), ("not_applicable", "➖", "n"))
CODE_TO_STATUS = {code: status for status, _, code in BUTTONS}
PROGRESS = {
    "queued": "⏳ Queued",
    "fetching": "⏳ Fetching the page…",
    "analysing": "🔎 Analysing dates and claims…",
    "corroborating": "🌐 Looking for coverage elsewhere…",
    "posting": "📤 Posting for review…",
}
_UNSAFE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def clean(text: Any, limit: int = 300) -> str:
    """Page text made safe to show: no control/bidi/zero-width marks, one line, clipped, escaped."""
    value = _UNSAFE.sub("", str(text or ""))
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return html.escape(value, quote=False)


def link(url: str | None, label: str) -> str:
    """An anchor for http(s) URLs only; anything else is shown as plain text."""
    if url and re.match(r"https?://", url, re.IGNORECASE) and len(url) <= 2000:
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
    return label


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


_TAGS = re.compile(r"<[^>]*>")


def visible(markup: str) -> str:
    """The text Telegram shows for our HTML (tags dropped, entities decoded)."""
    return html.unescape(_TAGS.sub("", markup))


def visible_length(markup: str) -> int:
    """What Telegram's 4096 limit counts: UTF-16 units of the text after parsing."""
    return telegram_length(visible(markup))


def callback(review_id: int, item_id: str, code: str) -> str:
    data = f"d:{review_id}:{item_id}:{code}"
    assert len(data.encode()) <= 64
    return data


def parse_callback(data: str) -> tuple[int, str, str] | None:
    match = re.fullmatch(r"d:(\d{1,12}):(c\d{1,4}):([vdn])", data or "")
    if not match:
        return None
    return int(match.group(1)), match.group(2), CODE_TO_STATUS[match.group(3)]


# -- the review post ------------------------------------------------------------------------------


# Rendering levels, richest first: (detail, evidence, notes shown per item or at the end, note length).
LEVELS = ((700, 300, 2, 300), (300, 150, 1, 200), (120, 80, 1, 120), (0, 0, 0, 0))
MINIMAL = LEVELS[-1]
MAX_QUOTES = 3  # evidence sentences quoted per item; all of them are in /export


def plan_parts(review: dict[str, Any]) -> list[list[str]]:
    """Split the checklist into message parts (item ids), the header going with the first.

    A part closes when its items at full detail pass :data:`PLAN_BUDGET`, or when even at the
    most condensed level, with every decision and note still to come, it could pass the limit.
    """
    bare = {**review, "notes": []}
    parts: list[list[str]] = [[]]
    first = visible_length(_header(review)) + visible_length(_dates(review)) + visible_length(_pictures(review)) + 60
    full, least = first, first
    for item in review["items"]:
        cost = visible_length(_item(item, bare)) + DECISION_RESERVE
        floor = visible_length(_item(item, bare, *MINIMAL[:2])) + DECISION_RESERVE
        crowded = full + cost > PLAN_BUDGET or least + floor > MESSAGE_LIMIT - TAIL_RESERVE
        if parts[-1] and (crowded or len(parts[-1]) >= ITEMS_PER_PART):
            parts.append([])
            full = least = 80
        parts[-1].append(item["id"])
        full += cost
        least += floor
    return parts


def render_part(
    review: dict[str, Any], index: int, item_ids: list[str], total: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One message of a review post and its buttons (one row per item shown)."""
    items = [i for i in review["items"] if i["id"] in item_ids]
    for level in LEVELS:
        text = _part_text(review, index, items, total, *level)
        if visible_length(text) <= MESSAGE_LIMIT:
            break
    else:  # a part planned by an older version, or absurd input: drop whole blocks, never cut HTML
        items, text = _shortened(review, index, items, total)
    rows = [
        [
            InlineKeyboardButton(f"{mark} {_number(item)}", callback_data=callback(review["id"], item["id"], code))
            for _status, mark, code in BUTTONS
        ]
        for item in items
    ]
    return text, InlineKeyboardMarkup(rows) if rows else None


def _shortened(
    review: dict[str, Any], index: int, items: list[dict[str, Any]], total: int
) -> tuple[list[dict[str, Any]], str]:
    """The items that fit at the most condensed level (their buttons go with them)."""
    shown = list(items)
    while True:
        more = len(items) - len(shown)
        text = _part_text(review, index, shown, total, *MINIMAL, tail=False)
        if more:
            text += f"\n\n… {more} more item(s): /export {review['id']}"
        if visible_length(text) <= MESSAGE_LIMIT or not shown:
            return shown, text
        shown.pop()


def _part_text(
    review: dict[str, Any],
    index: int,
    items: list[dict[str, Any]],
    total: int,
    detail_limit: int,
    evidence_limit: int,
    notes_shown: int,
    note_limit: int,
    *,
    tail: bool = True,
) -> str:
    blocks: list[str] = []
    if index == 0:
        blocks.append(_header(review))
        blocks.append(_dates(review))
        blocks.append(_pictures(review))
        blocks.append(
            f"<b>Checklist</b> ({len(review['items'])} items)"
            if review["items"]
            else "<b>Checklist</b>: nothing to flag."
        )
    else:
        blocks.append(f"<b>Review #{review['id']}</b> · checklist, part {index + 1} of {total}")
    quoted: dict[str, str] = {}
    for item in items:
        blocks.append(_item(item, review, detail_limit, evidence_limit, quoted, notes_shown, note_limit))
    if index == total - 1 and tail:
        blocks.append(_coverage(review, condensed=not detail_limit))
        blocks.append(_review_notes(review, notes_shown, note_limit))
    return "\n\n".join(b for b in blocks if b)


def _header(review: dict[str, Any]) -> str:
    report = review.get("report") or {}
    article = report.get("article") or {}
    title = clean(article.get("title") or review["url"], 250)
    facts = [
        clean(article.get("site_name"), 80) or None,
        f"by {clean(article.get('author'), 80)}" if article.get("author") else None,
        f"published {article['published']}" if article.get("published") else "no publication date",
    ]
    lines = [
        f"📰 <b>{title}</b>",
        " · ".join(f for f in facts if f),
        f"{link(review['url'], clean(review['url'], 120))}",
        f"Review #{review['id']} · sha256 <code>{clean(report.get('content_sha256', ''), 64)[:16]}</code>",
    ]
    return "\n".join(lines)


def _dates(review: dict[str, Any]) -> str:
    dates = (review.get("report") or {}).get("dates") or []
    if not dates:
        return "<b>Dates</b>: none found on the page."
    rows = [
        f"<code>{clean(d['date'], 10)}</code> {clean(d['kind'], 25)} · {clean(d['source'], 40)} "
        f"“{clean(d['text'], 60)}”"
        for d in dates[:MAX_DATES]
    ]
    if len(dates) > MAX_DATES:
        rows.append(f"… and {len(dates) - MAX_DATES} more")
    return "<b>Dates</b>\n" + "\n".join(rows)


def _pictures(review: dict[str, Any]) -> str:
    """Why there is no timeline picture (if there is none), and reverse-search links per image."""
    report = review.get("report") or {}
    lines = []
    reason = no_picture_reason(marks_of(report)) if report else ""
    if reason:
        lines.append(f"<i>No timeline picture: {clean(reason, 120)}.</i>")
    images = report.get("images") or []
    names = _image_names(images)
    older = [i for i in review.get("items") or [] if i.get("check") == "images.older"]
    flagged = {url for item in older for url in item.get("data", {}).get("images", [])}
    size = 0
    for n, image in enumerate(sorted(images, key=lambda i: i.get("url") not in flagged)):  # suspects first
        name = names[image.get("url")]
        found = " · ".join(link(image.get("search_links", {}).get(k), word) for k, word in SEARCH_WORDS)
        skipped = f" <i>({clean(image['skipped'], 60)})</i>" if image.get("skipped") else ""
        line = f"🖼 {link(image.get('url'), name)}: {found}{skipped}"
        if size + len(line) > MAX_IMAGE_LINKS:
            lines.append(f"… {len(images) - n} more image(s) in /export")
            break
        lines.append(line)
        size += len(line)
    if images:
        lines.insert(1 if reason else 0, "<b>Images</b> (search for earlier copies)")
    return "\n".join(lines)


def _image_names(images: list[dict[str, Any]]) -> dict[str, str]:
    """Image names as the report's date sources use them: lead image, image 1, image 2 …"""
    names, body = {}, 0
    for image in images:
        body += image.get("role") != "lead"
        names[image.get("url")] = "lead image" if image.get("role") == "lead" else f"image {body}"
    return names


def _number(item: dict[str, Any]) -> str:
    return item["id"].removeprefix("c")


def _item(
    item: dict[str, Any],
    review: dict[str, Any],
    detail_limit: int = 700,
    evidence_limit: int = 300,
    quoted: dict[str, str] | None = None,
    notes_shown: int = 2,
    note_limit: int = 300,
) -> str:
    """One checklist entry; a sentence already quoted in this message is referred to, not repeated."""
    mark = SEVERITY_MARK.get(item["severity"], "⚪")
    lines = [f"{mark} <b>{_number(item)}. {clean(item['title'], 160)}</b> <i>{clean(item['check'], 40)}</i>"]
    if detail_limit:
        lines.append(clean(item["detail"], detail_limit))
    evidence = [e for e in item.get("evidence") or [] if e.get("text") and e["text"] not in item["detail"]]
    # Every quoted sentence (a paragraph's further claims, the headline), at most MAX_QUOTES.
    for sentence in [e["text"] for e in evidence][:MAX_QUOTES] if evidence_limit else []:
        if quoted is not None and sentence in quoted:
            lines.append(f"<i>(same sentence as {quoted[sentence]})</i>")
        else:
            lines.append(f"<i>“{clean(sentence, evidence_limit)}”</i>")
            if quoted is not None:
                quoted[sentence] = _number(item)
    status = item.get("status", "open")
    if status != "open":
        when = _short_time(item.get("decided_at"))
        who = clean(item.get("decided_by"), 60)
        lines.append(f"{STATUS_MARK[status]} <b>{STATUS_WORD[status]}</b> by {who}, {when}")
    notes = [n for n in review.get("notes", []) if n.get("item_id") == item["id"]]
    lines.extend(_note_lines(notes, notes_shown, note_limit, stamp=False))
    return "\n".join(lines)


def _note_lines(notes: list[dict[str, Any]], shown: int, limit: int, *, stamp: bool) -> list[str]:
    """The latest ``shown`` notes, older ones folded into a count (all are in /export)."""
    if not notes:
        return []
    latest = notes[-shown:] if shown else []
    lines = [
        f"📝 {clean(n['user_name'], 40)}"
        + (f" ({_short_time(n['at'])})" if stamp else "")
        + f": {clean(n['text'], limit)}"
        for n in latest
    ]
    if len(notes) > len(latest):
        earlier = len(notes) - len(latest)
        lines.insert(0, f"📝 {len(notes)} notes" + (f", {earlier} earlier in /export" if latest else ""))
    return lines


def _coverage(review: dict[str, Any], condensed: bool = False) -> str:
    report = review.get("report") or {}
    coverage = report.get("corroboration") or []
    lines = []
    if coverage and condensed:
        lines.append(f"<b>Coverage elsewhere</b>: {len(coverage)} outlet(s), in /export {review['id']}")
    elif coverage:
        lines.append("<b>Coverage elsewhere</b>")
        for c in coverage[:MAX_COVERAGE]:
            when = clean(c.get("published") or "undated", 10)
            lines.append(
                f"• {when} {link(c.get('url'), clean(c.get('outlet') or c.get('url'), 60))}: "
                f"{clean(c.get('title'), 100)}"
            )
    down = [p for p in report.get("providers") or [] if p.get("status") == "unavailable"]
    if down:
        lines.append("Unavailable: " + ", ".join(clean(p["name"], 30) for p in down[:8]))
    return "\n".join(lines)


def _review_notes(review: dict[str, Any], shown: int = 2, limit: int = 300) -> str:
    notes = [n for n in review.get("notes", []) if not n.get("item_id")]
    return "\n".join(_note_lines(notes, shown, limit, stamp=True))


def _short_time(iso: str | None) -> str:
    if not iso:
        return ""
    return datetime.fromisoformat(iso).strftime("%d %b %H:%M UTC")


def post_link(review: dict[str, Any]) -> str | None:
    """The t.me link of a review's first post, when Telegram gave one."""
    return review["posts"][0].get("link") if review.get("posts") else None


# -- messages to journalists --------------------------------------------------------------------


def progress_text(url: str, status: str) -> str:
    return f"{PROGRESS.get(status, '⏳ Working…')}\n{clean(url, 200)}"


def failure_text(url: str, error: str) -> str:
    return f"❌ Could not check {clean(url, 200)}\n{clean(error, 300)}"


def _review_ref(review: dict[str, Any], label: str) -> str:
    url = post_link(review)
    return link(url, label) if url else label


def posted_text(review: dict[str, Any]) -> str:
    article = (review.get("report") or {}).get("article") or {}
    counts = severity_counts(review)
    summary = ", ".join(f"{n} {sev}" for sev, n in counts.items() if n) or "nothing flagged"
    where = _review_ref(review, f"review #{review['id']}")
    return (
        f"✅ Posted for review: {where}\n<b>{clean(article.get('title') or review['url'], 200)}</b>\n"
        f"{len(review['items'])} items ({summary})."
    )


def duplicate_text(review: dict[str, Any], requests: int) -> str:
    where = _review_ref(review, f"review #{review['id']}")
    state = "already reviewed" if review["status"] == "posted" else "already being checked"
    return f"🔁 This article is {state}: {where} (requested {requests} times). You'll get the outcome here."


def outcome_text(review: dict[str, Any]) -> str:
    article = (review.get("report") or {}).get("article") or {}
    counts = {s: sum(1 for i in review["items"] if i["status"] == s) for s in STATUS_WORD if s != "open"}
    where = _review_ref(review, f"Review #{review['id']}")
    lines = [
        f"🏁 {where} finished: <b>{clean(article.get('title') or review['url'], 200)}</b>",
        " · ".join(f"{STATUS_MARK[s]} {n} {STATUS_WORD[s]}" for s, n in counts.items() if n),
    ]
    disputed = [i for i in review["items"] if i["status"] == "disputed"]
    for item in disputed[:10]:
        lines.append(f"❌ {_number(item)}. {clean(item['title'], 150)}")
    return "\n".join(lines)


def severity_counts(review: dict[str, Any]) -> dict[str, int]:
    return {sev: sum(1 for i in review["items"] if i["severity"] == sev) for sev in SEVERITY_MARK}


def split_lines(lines: list[str], limit: int = MESSAGE_LIMIT - 96) -> list[str]:
    """Join HTML lines into as few messages as fit, counted as Telegram counts. A line too
    long on its own loses its markup and is clipped as plain text: a tag is never cut."""
    messages: list[str] = []
    current = ""
    size = 0
    for line in lines:
        length = visible_length(line)
        if length > limit:
            line = _clip_plain(visible(line), limit)
            length = visible_length(line)
        if current and size + 1 + length > limit:
            messages.append(current)
            current, size = line, length
        elif current:
            current, size = f"{current}\n{line}", size + 1 + length
        else:
            current, size = line, length
    if current:
        messages.append(current)
    return messages


def _clip_plain(text: str, limit: int) -> str:
    """Plain text clipped to ``limit`` UTF-16 units (with the ellipsis), then escaped."""
    kept: list[str] = []
    size = 1  # the ellipsis
    for char in text:
        size += telegram_length(char)
        if size > limit:
            break
        kept.append(char)
    return html.escape("".join(kept), quote=False) + "…"
