"""/start, /help, /status [n], /pending — what journalists and editors ask the bot."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot import render
from bot.services import editors_only, services_of

COMMANDS = [
    BotCommand("check", "Check an article: /check URL"),
    BotCommand("status", "Your recent checks: /status [n]"),
    BotCommand("pending", "Open checklist items (editors)"),
    BotCommand("digest", "Send the digest now (editors)"),
    BotCommand("note", "Add a note: /note N [item] text (editors)"),
    BotCommand("export", "A review as a document: /export N"),
    BotCommand("help", "How factdesk works"),
]
HELP = (
    "<b>factdesk</b> checks news articles before you use them.\n\n"
    "Send me a link (or /check URL). I fetch the page, list every date on it and where it came "
    "from, flag date mismatches, old or future dates, firsts and records, figures, anonymous "
    "sourcing and people's roles, and post a checklist to the editors. You get a link to it, and a "
    "message when the editors have decided every item.\n\n"
    "/status [n] — your recent checks\n/pending — open items (editors)\n"
    "/note N [item] text — add a note (editors)\n/export N — a review as a document\n"
    "/digest — the digest now (editors)"
)
MAX_STATUS = 20
MAX_PENDING = 60


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start and /help"""
    if update.effective_message:
        await update.effective_message.reply_text(HELP)


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other command in a private chat (a pasted path such as /etc/passwd lands here too)."""
    if update.effective_message:
        await update.effective_message.reply_text("I don't know that command. Send me a link, or /help.")


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/status [n]: the caller's recent checks with item states and who decided them."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = services_of(context)
    args = context.args or []
    count = min(int(args[0]), MAX_STATUS) if args and args[0].isdigit() and int(args[0]) > 0 else 5
    submitted = await services.store.submissions(user_id=user.id)
    review_ids = list(dict.fromkeys(s["review_id"] for s in reversed(submitted)))
    if not review_ids:
        await message.reply_text("You have not submitted anything yet. Send me a link to start.")
        return
    lines: list[str] = []
    for review_id in review_ids[:count]:
        review = await services.store.review(review_id)
        if review is None:
            continue
        lines.extend(_status_lines(review))
    for text in render.split_lines(lines):
        await message.reply_text(text)


def _status_lines(review: dict) -> list[str]:
    title = ((review.get("report") or {}).get("article") or {}).get("title") or review["url"]
    where = render.link(render.post_link(review), f"#{review['id']}")
    head = f"{where} <b>{render.clean(title, 120)}</b> — {render.clean(review['status'], 20)}"
    if review["status"] == "failed":
        return [head, f"   {render.clean(review.get('error'), 200)}"]
    items = review["items"]
    decided = [i for i in items if i["status"] != "open"]
    lines = [head + (f" · {len(decided)}/{len(items)} decided" if items else "")]
    for item in decided[:15]:
        mark = render.STATUS_MARK[item["status"]]
        lines.append(
            f"   {mark} {item['id'].removeprefix('c')}. {render.clean(item['title'], 80)} — "
            f"{render.clean(item.get('decided_by'), 40)}"
        )
    return lines


@editors_only("Only editors can list pending items.")
async def pending(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pending (editors): open items, oldest first."""
    message = update.effective_message
    if message is None:
        return
    services = services_of(context)
    now = datetime.now(UTC)
    rows = [(r, i) for r in await services.store.open_reviews() for i in r["items"] if i["status"] == "open"]
    if not rows:
        await message.reply_text("Nothing pending: every item has been decided.")
        return
    lines = [f"<b>{len(rows)} open items</b>, oldest first"]
    for review, item in rows[:MAX_PENDING]:
        age = now - datetime.fromisoformat(review["created_at"])
        hours = int(age.total_seconds() // 3600)
        where = render.link(render.post_link(review), "#" + str(review["id"]))
        lines.append(
            f"{render.SEVERITY_MARK[item['severity']]} {where} "
            f"{item['id'].removeprefix('c')}. {render.clean(item['title'], 100)} · {hours} h"
        )
    if len(rows) > MAX_PENDING:
        lines.append(f"… and {len(rows) - MAX_PENDING} more")
    for text in render.split_lines(lines):
        await message.reply_text(text)
