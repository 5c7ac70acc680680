"""Journalists' submissions: ``/check URL``, pasted links in private chats, forwarded posts,
and mentions or replies in groups. Only http(s) URLs are accepted from chat — never a path.

The acknowledgement goes out at once; the check itself runs in the background worker.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render
from bot.pipeline import process
from bot.retry import with_retry
from bot.services import Services, services_of
from bot.urls import find_urls, has_other_scheme, normalise

NO_URL = "Send me an article link (http or https), e.g. /check https://example.com/story"
ONLY_HTTP = "Only http(s) links can be checked."


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check URL [URL…]"""
    message = update.effective_message
    if message is None:
        return
    urls = find_urls(" ".join(context.args or []), _hidden_links(message))
    if not urls:
        await message.reply_text(ONLY_HTTP if has_other_scheme(message.text or "") else NO_URL)
        return
    await submit_all(update, context, urls)


async def link_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message with links: always in private chats, in groups only when addressed to the bot."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    if update.effective_chat.type != ChatType.PRIVATE and not _addressed_to_bot(message, context):
        return
    services = services_of(context)
    if update.effective_chat.id == services.config.telegram.review_chat_id:
        return  # the review chat is for editors' notes, handled elsewhere
    text = message.text or message.caption or ""
    urls = find_urls(text, _hidden_links(message))
    if not urls:
        if update.effective_chat.type == ChatType.PRIVATE:
            await message.reply_text(ONLY_HTTP if has_other_scheme(text) else NO_URL)
        return
    await submit_all(update, context, urls)


async def submit_all(update: Update, context: ContextTypes.DEFAULT_TYPE, urls: list[str]) -> None:
    services = services_of(context)
    message = update.effective_message
    user = update.effective_user
    assert message is not None
    submitter = {
        "user_id": user.id if user else None,
        "user_name": user.full_name if user else "unknown",
        "chat_id": message.chat_id,
    }
    allowance = await _allowance(services, submitter["user_id"])
    if allowance < len(urls):
        await message.reply_text(
            f"You have sent {services.config.telegram.max_checks_per_hour} links in the last hour; "
            + (f"only the first {allowance} of these will be checked." if allowance else "please wait a while.")
        )
        urls = urls[:allowance]
    for url in urls:
        review, created, submission = await services.store.submit(url, normalise(url), submitter)
        if review["status"] == "failed" and not created:
            review = await services.store.set_status(review["id"], "queued")  # a failed check is retried
            created = True
        if created:
            # The acknowledgement never raises: a failing Telegram call must not leave a stored
            # submission unprocessed (the pipeline sends a fresh message if this one is missing).
            await _acknowledge(services, message, submission, render.progress_text(url, "queued"))
            services.worker.spawn(process(services, context.bot, review["id"]), name=f"review-{review['id']}")
        else:
            requests = len(await services.store.submissions(review_id=review["id"]))
            ack = await message.reply_text(render.duplicate_text(review, requests))
            if review["status"] != "posted":
                await services.store.set_ack(submission["id"], ack.chat_id, ack.message_id)


async def _allowance(services: Services, user_id: int | None) -> int:
    """How many more links this person may submit in the current hour."""
    since = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    recent = [s for s in await services.store.submissions(user_id=user_id) if s["at"] >= since]
    return max(0, services.config.telegram.max_checks_per_hour - len(recent))


async def _acknowledge(services: Services, message: Message, submission: dict, text: str) -> None:
    """Send the acknowledgement; if Telegram keeps failing, the pipeline sends a fresh one later."""
    try:
        ack = await with_retry(message.reply_text, text)
    except TelegramError:
        await services.store.set_ack(submission["id"], message.chat_id, None)
        return
    await services.store.set_ack(submission["id"], ack.chat_id, ack.message_id)


def _hidden_links(message: Message) -> list[str]:
    entities = message.parse_entities([MessageEntity.TEXT_LINK]) or message.parse_caption_entities(
        [MessageEntity.TEXT_LINK]
    )
    return [entity.url for entity in entities if entity.url]


def _addressed_to_bot(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    username = (context.bot.username or "").lower()
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == context.bot.id:
        return True
    mentions = message.parse_entities([MessageEntity.MENTION]) or message.parse_caption_entities(
        [MessageEntity.MENTION]
    )
    return any(text.lstrip("@").lower() == username for text in mentions.values())
