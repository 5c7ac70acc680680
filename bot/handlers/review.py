"""Editors' decisions (inline buttons) and notes (``/note N [cK] text`` or a reply to a post).

Only user ids in ``telegram.editors`` may decide; anyone else gets a short refusal and
nothing changes. Every press and note goes to the audit trail.
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.pipeline import notify_outcome, refresh_item
from bot.services import editors_only, services_of

NOT_EDITOR = "Only the desk's editors can decide on checklist items."
NOTE_USAGE = "Usage: /note N [item] text — e.g. /note 12 c3 Confirmed with the ministry."


def editor_record(update: Update) -> dict:
    user = update.effective_user
    assert user is not None
    name = user.full_name or (f"@{user.username}" if user.username else str(user.id))
    return {"user_id": user.id, "name": name}


async def decision_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    services = services_of(context)
    parsed = render.parse_callback(query.data or "")
    if parsed is None:
        await query.answer("This button is not recognised.")
        return
    if not services.is_editor(query.from_user.id if query.from_user else None):
        await query.answer(NOT_EDITOR, show_alert=True)
        return
    review_id, item_id, status = parsed
    try:
        review, _changed = await services.store.decide(review_id, item_id, status, editor_record(update))
    except KeyError:
        await query.answer("This review or item no longer exists.")
        return
    await query.answer(f"Item {item_id.removeprefix('c')}: {render.STATUS_WORD[status]}")
    await refresh_item(services, context.bot, review, item_id)
    await _maybe_finish(update, context, review_id)


async def _maybe_finish(update: Update, context: ContextTypes.DEFAULT_TYPE, review_id: int) -> None:
    services = services_of(context)
    finished = False

    def mark(review: dict) -> None:
        nonlocal finished
        done = bool(review["items"]) and all(i["status"] != "open" for i in review["items"])
        finished = done and not review["outcome_notified"]
        review["outcome_notified"] = done and (review["outcome_notified"] or finished)

    review = await services.store.update_review(review_id, mark)
    if finished:
        await notify_outcome(services, context.bot, review)


@editors_only("Only editors can add notes.")
async def note_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/note N [cK] text"""
    message = update.effective_message
    if message is None:
        return
    args = context.args or []
    if len(args) < 2 or not args[0].lstrip("#").isdigit():
        await message.reply_text(NOTE_USAGE)
        return
    review_id = int(args[0].lstrip("#"))
    item_id = None
    words = args[1:]
    if re.fullmatch(r"c?\d{1,4}", words[0]) and len(words) > 1:
        item_id = "c" + words[0].lstrip("c")
        words = words[1:]
    await _add_note(update, context, review_id, item_id, " ".join(words))


async def reply_note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An editor's text reply to a review post in the review chat becomes a note."""
    message = update.effective_message
    if message is None or message.reply_to_message is None or not message.text:
        return
    services = services_of(context)
    if message.chat_id != services.config.telegram.review_chat_id:
        return
    replied = message.reply_to_message.message_id
    review = await services.store.review_by_post(replied)
    if review is None:
        return
    if not services.is_editor(update.effective_user.id if update.effective_user else None):
        return
    await _add_note(update, context, review["id"], None, message.text)


async def _add_note(
    update: Update, context: ContextTypes.DEFAULT_TYPE, review_id: int, item_id: str | None, text: str
) -> None:
    services = services_of(context)
    message = update.effective_message
    assert message is not None
    text = text.strip()[:1000]
    if not text:
        await message.reply_text(NOTE_USAGE)
        return
    try:
        review = await services.store.add_note(review_id, item_id, text, editor_record(update))
    except KeyError:
        await message.reply_text(f"There is no review #{review_id}" + (f" item {item_id}." if item_id else "."))
        return
    await refresh_item(services, context.bot, review, item_id)
    await message.reply_text(f"📝 Note added to review #{review_id}" + (f", item {item_id}." if item_id else "."))
