"""/digest (editors) and /export N (editors, or a journalist who submitted the article)."""

from __future__ import annotations

import asyncio
import io

from telegram import Update
from telegram.ext import ContextTypes

from bot.export import ExportError, export_markdown
from bot.jobs import send_digest
from bot.services import editors_only, services_of
from bot.timeline import send_export_picture


@editors_only("Only editors can send the digest.")
async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    services = services_of(context)
    sent = await send_digest(services.store.sync, services.config, context.bot)
    if message.chat_id != services.config.telegram.review_chat_id:
        await message.reply_text(f"Digest sent to the review chat ({sent} message{'s' if sent != 1 else ''}).")


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = services_of(context)
    args = context.args or []
    if not args or not args[0].lstrip("#").isdigit():
        await message.reply_text("Usage: /export N — e.g. /export 12")
        return
    review_id = int(args[0].lstrip("#"))
    submitters = {s["user_id"] for s in await services.store.submissions(review_id=review_id)}
    if not services.is_editor(user.id) and user.id not in submitters:
        await message.reply_text("You can export reviews you submitted; editors can export any.")
        return
    try:
        text = await asyncio.to_thread(export_markdown, services.store.sync, review_id)
    except ExportError as exc:
        await message.reply_text(f"Cannot export: {exc}.")
        return
    document = io.BytesIO(text.encode("utf-8"))
    await message.reply_document(document, filename=f"factdesk-review-{review_id}.md", caption=f"Review #{review_id}")
    await send_export_picture(services, message, review_id)
