"""One review from submission to review post: fetch → analyse → (corroborate) → post.

Each stage is recorded in the store before it starts, so a bot stopped at any point finds
the review in flight at the next start and finishes it (already posted parts are not posted
again). Journalists' acknowledgements are edited as the stages pass. Any failure ends the
review as ``failed`` (sending the link again retries it); see docs/chat.md. A review is
leased to one process while it is checked, so bot processes sharing a store never check it
twice.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import render
from bot.retry import send_once, with_retry
from bot.services import Services
from bot.store import StoreError
from bot.store.base import process_owner
from bot.timeline import send_timeline
from checks.engine import analyse_document, corroborate, load_page
from checks.errors import CheckError

log = logging.getLogger(__name__)
OWNER = process_owner()
LEASE_SECONDS = 120


async def process(services: Services, bot: Bot, review_id: int) -> None:
    """Drive one review to ``posted`` (or ``failed``), unless another live process has it."""
    review = await services.store.review(review_id)
    if review is None or review["status"] in ("posted", "failed"):
        return
    if not await services.store.lease(review_id, OWNER, LEASE_SECONDS):
        log.info("review #%s is being checked by another process", review_id)
        return
    try:
        await _drive(services, bot, review_id)
    finally:
        with contextlib.suppress(StoreError, RuntimeError):
            await services.store.lease(review_id, OWNER, 0)


async def _drive(services: Services, bot: Bot, review_id: int) -> None:
    """Fetch, analyse, corroborate and post, telling its journalists."""
    store = services.store
    review = await store.review(review_id)
    if review is None or review["status"] in ("posted", "failed"):
        return
    try:
        if review["report"] is None:
            await _stage(services, bot, review, "fetching")
            page = await services.worker.run(load_page, review["url"], services.engine, allow_files=False)
            await _stage(services, bot, review, "analysing")
            doc, report = await services.worker.run(analyse_document, page, services.engine)
            if services.engine.corroboration.enabled:
                await _stage(services, bot, review, "corroborating")
            await services.worker.run(corroborate, doc, report, services.engine, corroborator=services.corroborator)
            report_dict = report.to_dict()
            review = await store.update_review(review_id, lambda r: _attach_report(r, report_dict))
        await _stage(services, bot, review, "posting")
        review = await post_review(services, bot, review_id)
    except CheckError as exc:  # the page cannot be checked: the journalist's business, not the desk's
        review = await store.set_status(review_id, "failed", str(exc))
        await update_acks(services, bot, review, render.failure_text(review["url"], str(exc)))
        return
    except TelegramError as exc:
        log.error("review #%s could not be posted: %s", review_id, exc)
        await _fail(
            services,
            bot,
            review_id,
            "the review chat refused the post",
            "It was checked, but the review chat refused the post",
        )
        return
    except Exception:  # a bug in the engine or here: end the review, keep it retryable
        log.exception("review #%s failed with an internal error", review_id)
        await _fail(services, bot, review_id, "internal error", "Something went wrong on our side")
        return
    await store.set_status(review_id, "posted")
    review = await store.review(review_id) or review
    await update_acks(services, bot, review, render.posted_text(review))


async def _fail(services: Services, bot: Bot, review_id: int, error: str, told: str) -> None:
    """Mark the review failed (sending the link again retries it), tell the desk in one short
    line and the journalists in another; the traceback stays in the log."""
    review = await services.store.set_status(review_id, "failed", error)
    desk = await tell_desk(
        services,
        bot,
        f"⚠️ Review #{review_id} failed ({error}): {render.clean(review['url'], 200)}. Details are in the bot's log.",
    )
    outcome = f"{told}; the desk has been told." if desk else f"{told}."
    await update_acks(
        services, bot, review, render.failure_text(review["url"], f"{outcome} Send the link again to retry.")
    )


async def tell_desk(services: Services, bot: Bot, text: str) -> bool:
    """A short notice to the review chat; False if it could not be sent."""
    try:
        await send_once(bot, services.config.telegram.review_chat_id, text)
    except TelegramError as exc:
        log.warning("could not tell the review chat: %s", exc)
        return False
    return True


def _attach_report(review: dict[str, Any], report: dict[str, Any]) -> None:
    review["report"] = report
    review["items"] = [{**item, "status": "open", "decided_by": None, "decided_at": None} for item in report["items"]]


async def _stage(services: Services, bot: Bot, review: dict[str, Any], status: str) -> None:
    await services.store.lease(review["id"], OWNER, LEASE_SECONDS)
    await services.store.set_status(review["id"], status)
    await update_acks(services, bot, review, render.progress_text(review["url"], status))


async def post_review(services: Services, bot: Bot, review_id: int) -> dict[str, Any]:
    """Post the parts not posted yet, recording each message as soon as it is sent."""
    store = services.store
    review = await store.review(review_id)
    assert review is not None
    parts = render.plan_parts(review)
    chat_id = services.config.telegram.review_chat_id
    if not review["posts"]:  # the timeline picture goes first; it never blocks the checklist
        await send_timeline(services, bot, review)
    for index, item_ids in enumerate(parts):
        if index < len(review["posts"]):
            continue
        text, keyboard = render.render_part(review, index, item_ids, len(parts))
        message = await send_once(bot, chat_id, text, reply_markup=keyboard)
        post = {
            "chat_id": message.chat_id,
            "message_id": message.message_id,
            "items": item_ids,
            "link": _message_link(message),
        }
        review = await store.update_review(review_id, lambda r, post=post: r["posts"].append(post))
    return review


def _message_link(message: Message) -> str | None:
    try:
        return message.link
    except (AttributeError, TypeError):
        return None


async def refresh_item(services: Services, bot: Bot, review: dict[str, Any], item_id: str | None) -> None:
    """Re-render the message holding ``item_id`` (None: the last message, where notes sit)."""
    posts = review["posts"]
    if not posts:
        return
    index = next((n for n, p in enumerate(posts) if item_id in p["items"]), len(posts) - 1)
    post = posts[index]
    text, keyboard = render.render_part(review, index, post["items"], len(posts))
    try:
        await with_retry(
            bot.edit_message_text, text, chat_id=post["chat_id"], message_id=post["message_id"], reply_markup=keyboard
        )
    except BadRequest as exc:
        message = str(exc).lower()
        if "not modified" in message:
            return
        if "not found" not in message:
            raise
        sent = await send_once(bot, post["chat_id"], text, reply_markup=keyboard)

        def repost(r: dict[str, Any]) -> None:
            r["posts"][index] = {**post, "message_id": sent.message_id, "link": _message_link(sent)}

        await services.store.update_review(review["id"], repost)


async def update_acks(services: Services, bot: Bot, review: dict[str, Any], text: str) -> None:
    """Edit every journalist's acknowledgement for this review (or send one if it is gone)."""
    for submission in await services.store.submissions(review_id=review["id"]):
        chat_id, message_id = submission.get("ack_chat_id"), submission.get("ack_message_id")
        if chat_id is None or submission.get("blocked"):
            continue
        if message_id is None:  # the acknowledgement never got through: send this as a new one
            await _send_quietly(services, bot, submission, text, ack=True)
            continue
        try:
            await with_retry(bot.edit_message_text, text, chat_id=chat_id, message_id=message_id)
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                continue
            if "not found" in str(exc).lower():
                await _send_quietly(services, bot, submission, text, ack=True)
        except Forbidden:
            await _blocked(services, submission)
        except TelegramError as exc:
            log.warning("could not update the acknowledgement in chat %s: %s", chat_id, exc)


async def notify_outcome(services: Services, bot: Bot, review: dict[str, Any]) -> None:
    """Tell every journalist who submitted the article that the review is complete."""
    text = render.outcome_text(review)
    notified: set[int] = set()
    for submission in await services.store.submissions(review_id=review["id"]):
        chat_id = submission.get("chat_id")
        if chat_id is None or chat_id in notified:
            continue
        notified.add(chat_id)
        await _send_quietly(services, bot, submission, text)


async def _send_quietly(
    services: Services, bot: Bot, submission: dict[str, Any], text: str, *, ack: bool = False
) -> None:
    """A message to a journalist: failures are logged (and blocks recorded), never raised.
    With ``ack``, the message becomes the submission's acknowledgement for later edits."""
    try:
        sent = await send_once(bot, submission["chat_id"], text)
        if ack:
            await services.store.set_ack(submission["id"], sent.chat_id, sent.message_id)
    except Forbidden:
        await _blocked(services, submission)
    except TelegramError as exc:
        log.warning("could not message chat %s: %s", submission["chat_id"], exc)


async def _blocked(services: Services, submission: dict[str, Any]) -> None:
    log.info("chat %s blocked the bot", submission["chat_id"])
    await services.store.mark_blocked(submission["id"])
