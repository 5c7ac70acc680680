"""Journalists' submissions: ``/check URL``, pasted links in private chats, forwarded posts,
and mentions or replies in groups. Only http(s) URLs are accepted from chat — never a path.

The acknowledgement goes out at once; the check itself runs in the background worker. An
edited message is only searched for links it did not hold before (a corrected link is
checked; a fixed typo around it does nothing). See docs/chat.md.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from telegram import Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render
from bot.pipeline import process
from bot.retry import remember, send_once
from bot.services import Services, services_of
from bot.urls import find_urls, has_other_scheme, normalise

NO_URL = "Send me an article link (http or https), e.g. /check https://example.com/story"
ONLY_HTTP = "Only http(s) links can be checked."
KEPT = "kept_updates"  # bot_data: update id → whether its submissions were stored (for the error handler)


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check URL [URL…]"""
    message = update.effective_message
    if message is None:
        return
    urls = find_urls(" ".join(context.args or []), _marked_links(message))
    if not urls:
        if not _edited(update):
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
    urls = find_urls(text, _marked_links(message))
    if not urls:
        if update.effective_chat.type == ChatType.PRIVATE and not _edited(update):
            await message.reply_text(ONLY_HTTP if has_other_scheme(text) else NO_URL)
        return
    await submit_all(update, context, urls)


async def submit_all(update: Update, context: ContextTypes.DEFAULT_TYPE, urls: list[str]) -> None:
    """Store each link's submission, then acknowledge it and start its check."""
    message = update.effective_message
    assert message is not None
    remember(message.chat_id, message.message_id)
    kept: dict[int, bool] = context.bot_data.setdefault(KEPT, {})
    kept[update.update_id] = False  # if this raises, the error handler reads it
    await _submit_all(update, context, message, urls, kept)
    kept.pop(update.update_id, None)


async def _submit_all(
    update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message, urls: list[str], kept: dict[int, bool]
) -> None:
    services = services_of(context)
    user = update.effective_user
    submitter = {
        "user_id": user.id if user else None,
        "user_name": user.full_name if user else (message.chat.title or "unknown"),
        "chat_id": message.chat_id,
        "message_id": message.message_id,
    }
    if _edited(update):
        urls = await _new_in_edit(services, message, submitter, urls)
        if not urls:
            return
    allowance = await _allowance(services, submitter)
    if allowance < len(urls):
        await message.reply_text(
            f"You have sent {services.config.telegram.max_checks_per_hour} links in the last hour; "
            + (f"only the first {allowance} of these will be checked." if allowance else "please wait a while.")
        )
        urls = urls[:allowance]
    for url in urls:
        review, created, submission = await services.store.submit(url, normalise(url), submitter)
        kept[update.update_id] = True
        if review["status"] == "failed" and not created:
            review = await services.store.set_status(review["id"], "queued")  # a failed check is retried
            created = True
        if created:
            # The acknowledgement never raises: a failing Telegram call must not leave a stored
            # submission unprocessed (the pipeline sends a fresh message if this one is missing).
            await _acknowledge(services, context, message, submission, render.progress_text(url, "queued"))
            services.worker.spawn(process(services, context.bot, review["id"]), name=f"review-{review['id']}")
        else:
            requests = len(await services.store.submissions(review_id=review["id"]))
            ack = await send_once(
                context.bot, message.chat_id, render.duplicate_text(review, requests), **_reply_to(message)
            )
            if review["status"] != "posted":
                await services.store.set_ack(submission["id"], ack.chat_id, ack.message_id)


def _edited(update: Update) -> bool:
    return update.edited_message is not None or update.edited_channel_post is not None


async def _new_in_edit(services: Services, message: Message, submitter: dict, urls: list[str]) -> list[str]:
    """The links of an edited message that it did not hold (and submit) before the edit."""
    review_ids = {
        s["review_id"]
        for s in await services.store.recent_submissions(submitter["user_id"], message.chat_id)
        if s.get("chat_id") == message.chat_id and s.get("message_id") == message.message_id
    }
    before = set()
    for review_id in review_ids:
        review = await services.store.review(review_id)
        if review is not None:
            before.add(review["key"])
    return [url for url in urls if normalise(url) not in before]


async def _allowance(services: Services, submitter: dict) -> int:
    """How many more links this person may submit in the current hour. Posts without a user
    (channel posts) count against their chat, not against one shared anonymous quota."""
    since = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    recent = [
        s
        for s in await services.store.recent_submissions(submitter["user_id"], submitter["chat_id"])
        if s["at"] >= since
    ]
    return max(0, services.config.telegram.max_checks_per_hour - len(recent))


async def _acknowledge(
    services: Services, context: ContextTypes.DEFAULT_TYPE, message: Message, submission: dict, text: str
) -> None:
    """Send the acknowledgement; if Telegram keeps failing, the pipeline sends a fresh one later."""
    try:
        ack = await send_once(context.bot, message.chat_id, text, **_reply_to(message))
    except TelegramError:
        await services.store.set_ack(submission["id"], message.chat_id, None)
        return
    await services.store.set_ack(submission["id"], ack.chat_id, ack.message_id)


def _reply_to(message: Message) -> dict:
    """In groups the answer quotes the message it answers (as ``reply_text`` would)."""
    if message.chat.type == ChatType.PRIVATE:
        return {}
    return {"reply_parameters": ReplyParameters(message.message_id, allow_sending_without_reply=True)}


def _marked_links(message: Message) -> list[str]:
    """Links Telegram marked in the text or caption: ``url`` entities (as typed, maybe
    without a scheme) and ``text_link`` entities (hidden behind a word)."""
    kinds = [MessageEntity.URL, MessageEntity.TEXT_LINK]
    entities = {**message.parse_entities(kinds), **message.parse_caption_entities(kinds)}
    links = [entity.url if entity.type == MessageEntity.TEXT_LINK else text for entity, text in entities.items()]
    return [link for link in links if link]


def _addressed_to_bot(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    username = (context.bot.username or "").lower()
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == context.bot.id:
        return True
    mentions = message.parse_entities([MessageEntity.MENTION]) or message.parse_caption_entities(
        [MessageEntity.MENTION]
    )
    return any(text.lstrip("@").lower() == username for text in mentions.values())
