"""The desk's digest and reminders: what is flagged and still open, and what editors disputed.

Pure functions over store records (the job, ``/digest`` and ``factdesk digest`` share them):
articles with open high/medium items, oldest first, each once with its review link and how
many times it was submitted; then items disputed since the last digest; then totals.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot import render
from bot.store import Store

FLAGGED = ("high", "medium")
MAX_ITEMS_PER_ARTICLE = 5


def build_digest(store: Store, now: datetime, zone: ZoneInfo, *, silent_when_empty: bool = False) -> list[str]:
    """The digest as Telegram messages (HTML, each within limits); [] when silent and empty."""
    since = store.get_meta("last_digest_at")
    reviews = store.posted_reviews(since)
    requests = store.request_counts([r["id"] for r in reviews])
    flagged = [(r, [i for i in r["items"] if i["status"] == "open" and i["severity"] in FLAGGED]) for r in reviews]
    flagged = [(r, items) for r, items in flagged if items]
    flagged.sort(key=lambda pair: pair[0]["created_at"])
    disputed = _disputed_since(store, reviews, since)
    if not flagged and not disputed and silent_when_empty:
        return []
    lines = [f"🗞 <b>factdesk digest</b> — {now.astimezone(zone).strftime('%a %d %b %Y %H:%M %Z')}"]
    if not flagged and not disputed:
        lines.append("Nothing pending: no open high or medium items, nothing disputed since the last digest.")
        return render.split_lines(lines)
    if flagged:
        lines.append("")
        lines.append(f"<b>{len(flagged)} article(s) with open high/medium items</b>, oldest first")
    for review, items in flagged:
        title = ((review.get("report") or {}).get("article") or {}).get("title") or review["url"]
        counts = ", ".join(f"{n} {sev}" for sev in FLAGGED if (n := sum(1 for i in items if i["severity"] == sev)))
        since_day = datetime.fromisoformat(review["created_at"]).astimezone(zone).strftime("%d %b")
        asked = requests.get(review["id"], 1)
        where = render.link(render.post_link(review), "#" + str(review["id"]))
        lines.append(
            f"{where} <b>{render.clean(title, 120)}</b> — "
            f"{counts} open · {asked} request{'s' if asked != 1 else ''} · since {since_day}"
        )
        for item in items[:MAX_ITEMS_PER_ARTICLE]:
            lines.append(
                f"   {render.SEVERITY_MARK[item['severity']]} {item['id'].removeprefix('c')}. "
                f"{render.clean(item['title'], 100)}"
            )
        if len(items) > MAX_ITEMS_PER_ARTICLE:
            lines.append(f"   … and {len(items) - MAX_ITEMS_PER_ARTICLE} more")
    if disputed:
        lines.append("")
        lines.append(f"<b>{len(disputed)} item(s) disputed since the last digest</b>")
        for review, item in disputed:
            when = datetime.fromisoformat(item["decided_at"]).astimezone(zone).strftime("%d %b %H:%M")
            lines.append(
                f"❌ {render.link(render.post_link(review), '#' + str(review['id']))} "
                f"{item['id'].removeprefix('c')}. {render.clean(item['title'], 100)} — "
                f"{render.clean(item.get('decided_by'), 40)}, {when}"
            )
    open_items = [i for _, items in flagged for i in items]
    high = sum(1 for i in open_items if i["severity"] == "high")
    lines.append("")
    lines.append(
        f"Totals: {len(open_items)} open ({high} high, {len(open_items) - high} medium) in "
        f"{len(flagged)} article(s); {len(disputed)} disputed since the last digest."
    )
    return render.split_lines(lines)


def _disputed_since(store: Store, reviews: list[dict[str, Any]], since: str | None) -> list[tuple[dict, dict]]:
    """Items whose current status is disputed and whose dispute is newer than ``since``, once each."""
    out = []
    for review in sorted(reviews, key=lambda r: r["created_at"]):
        for item in review["items"]:
            if item["status"] == "disputed" and (since is None or (item.get("decided_at") or "") > since):
                out.append((review, item))
    return out


def due_reminders(store: Store, now: datetime, after_hours: float) -> list[tuple[dict, dict]]:
    """Open items older than ``after_hours`` not re-announced within the last ``after_hours``."""
    limit = timedelta(hours=after_hours)
    due = []
    for review in store.open_reviews():
        if now - datetime.fromisoformat(review["created_at"]) < limit:
            continue
        for item in review["items"]:
            reminded = item.get("reminded_at")
            if item["status"] == "open" and (reminded is None or now - datetime.fromisoformat(reminded) >= limit):
                due.append((review, item))
    return due


def reminder_lines(due: list[tuple[dict, dict]], after_hours: float) -> list[str]:
    lines = [f"⏰ <b>{len(due)} item(s) open for more than {after_hours:g} h</b>"]
    for review, item in due:
        where = render.link(render.post_link(review), "#" + str(review["id"]))
        lines.append(
            f"{render.SEVERITY_MARK[item['severity']]} {where} {item['id'].removeprefix('c')}. "
            f"{render.clean(item['title'], 100)}"
        )
    return lines
