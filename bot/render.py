"""Reviews → Telegram HTML messages and inline keyboards, always within Telegram's limits.

Page text is hostile: everything from a page is cleaned (control, bidi-override and
zero-width characters removed), clipped and HTML-escaped; only http(s) links become anchors.
A review post is planned once into parts of at most :data:`ITEMS_PER_PART` items and
:data:`PLAN_BUDGET` characters, so that editing one item later never moves items between
messages; if a part would still exceed 4096 characters it is condensed, never refused.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from checks.timeline import marks_of, no_picture_reason

MESSAGE_LIMIT = 4096
PLAN_BUDGET = 3600  # with DECISION_RESERVE per item: room for decision lines added later
DECISION_RESERVE = 60
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
    """Telegram counts UTF-16 code units; the HTML source is never shorter than what it shows."""
    return len(text.encode("utf-16-le")) // 2


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


def plan_parts(review: dict[str, Any]) -> list[list[str]]:
    """Split the checklist into message parts (item ids), the header going with the first."""
    parts: list[list[str]] = [[]]
    size = len(_header(review)) + len(_dates(review)) + len(_pictures(review))
    for item in review["items"]:
        cost = len(_item(item, review, detail_limit=700)) + DECISION_RESERVE
        if parts[-1] and (size + cost > PLAN_BUDGET or len(parts[-1]) >= ITEMS_PER_PART):
            parts.append([])
            size = 60
        parts[-1].append(item["id"])
        size += cost
    return parts


def render_part(
    review: dict[str, Any], index: int, item_ids: list[str], total: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One message of a review post and its buttons (one row per item)."""
    items = [i for i in review["items"] if i["id"] in item_ids]
    for detail_limit, evidence_limit in ((700, 300), (300, 150), (120, 80), (0, 0)):
        text = _part_text(review, index, items, total, detail_limit, evidence_limit)
        if telegram_length(text) <= MESSAGE_LIMIT:
            break
    else:  # pragma: no cover - (0, 0) always fits: header and titles are clipped
        text = text[: MESSAGE_LIMIT - 1]
    rows = [
        [
            InlineKeyboardButton(f"{mark} {_number(item)}", callback_data=callback(review["id"], item["id"], code))
            for _status, mark, code in BUTTONS
        ]
        for item in items
    ]
    return text, InlineKeyboardMarkup(rows) if rows else None


def _part_text(
    review: dict[str, Any],
    index: int,
    items: list[dict[str, Any]],
    total: int,
    detail_limit: int,
    evidence_limit: int,
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
        blocks.append(_item(item, review, detail_limit, evidence_limit, quoted))
    if index == total - 1:
        blocks.append(_coverage(review))
        blocks.append(_review_notes(review))
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
) -> str:
    """One checklist entry; a sentence already quoted in this message is referred to, not repeated."""
    mark = SEVERITY_MARK.get(item["severity"], "⚪")
    lines = [f"{mark} <b>{_number(item)}. {clean(item['title'], 160)}</b> <i>{clean(item['check'], 40)}</i>"]
    if detail_limit:
        lines.append(clean(item["detail"], detail_limit))
    evidence = [e for e in item.get("evidence") or [] if e.get("text") and e["text"] not in item["detail"]]
    if evidence_limit and evidence:
        sentence = evidence[0]["text"]
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
    for note in notes[-3:]:
        lines.append(f"📝 {clean(note['user_name'], 40)}: {clean(note['text'], 300)}")
    return "\n".join(lines)


def _coverage(review: dict[str, Any]) -> str:
    report = review.get("report") or {}
    coverage = report.get("corroboration") or []
    lines = []
    if coverage:
        lines.append("<b>Coverage elsewhere</b>")
        for c in coverage[:MAX_COVERAGE]:
            when = clean(c.get("published") or "undated", 10)
            lines.append(
                f"• {when} {link(c.get('url'), clean(c.get('outlet') or c.get('url'), 60))}: "
                f"{clean(c.get('title'), 100)}"
            )
    down = [p for p in report.get("providers") or [] if p.get("status") == "unavailable"]
    if down:
        lines.append("Unavailable: " + ", ".join(clean(p["name"], 30) for p in down))
    return "\n".join(lines)


def _review_notes(review: dict[str, Any]) -> str:
    notes = [n for n in review.get("notes", []) if not n.get("item_id")]
    if not notes:
        return ""
    shown = notes[-3:]
    lines = [f"📝 {clean(n['user_name'], 40)} ({_short_time(n['at'])}): {clean(n['text'], 300)}" for n in shown]
    if len(notes) > len(shown):
        lines.insert(0, f"📝 {len(notes)} notes, latest:")
    return "\n".join(lines)


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
    """Join lines into as few messages as fit; a line too long on its own is clipped."""
    messages: list[str] = []
    current = ""
    for line in lines:
        line = line if len(line) <= limit else line[: limit - 1] + "…"
        if current and len(current) + 1 + len(line) > limit:
            messages.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        messages.append(current)
    return messages
