"""The timeline picture sent with a review post (and with ``/export``).

Drawn by :mod:`checks.timeline` off the event loop; a picture that cannot be drawn or sent
is logged and skipped, never blocking the review itself (docs/images.md).
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Message
from telegram.error import TelegramError

from bot import render
from bot.retry import with_retry
from bot.services import Services
from checks.timeline import Timeline
from checks.timeline import render as draw

log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024


def caption(review: dict[str, Any]) -> str:
    """Names the review and the article, within Telegram's 1024-character caption limit."""
    article = (review.get("report") or {}).get("article") or {}
    title = render.clean(article.get("title") or review["url"], 300)
    return f"🗓 <b>Review #{review['id']}</b> · every date on one axis\n{title}"  # < 400 of CAPTION_LIMIT


async def draw_for(services: Services, review: dict[str, Any]) -> Timeline | None:
    """The review's picture, drawn in a worker thread; None (logged) if drawing fails."""
    try:
        return await services.worker.run(draw, review.get("report") or {}, services.engine.images.older_after_days)
    except Exception:  # noqa: BLE001 - a picture is a convenience, the checklist is the product
        log.exception("review #%s: the timeline could not be drawn", review["id"])
        return None


async def send_timeline(services: Services, bot: Bot, review: dict[str, Any]) -> None:
    """Send the picture to the review chat before the checklist; failures only log."""
    timeline = await draw_for(services, review)
    if timeline is None or timeline.png is None:
        return
    try:
        await with_retry(
            bot.send_photo, services.config.telegram.review_chat_id, photo=timeline.png, caption=caption(review)
        )
    except TelegramError as exc:
        log.warning("review #%s: the timeline picture was refused: %s", review["id"], exc)


async def send_export_picture(services: Services, message: Message, review_id: int) -> None:
    """``/export``: the picture after the document (the document says when there is none)."""
    review = await services.store.review(review_id)
    timeline = await draw_for(services, review) if review is not None else None
    if review is None or timeline is None or timeline.png is None:
        return
    try:
        await message.reply_photo(timeline.png, caption=caption(review), filename=f"factdesk-review-{review_id}.png")
    except TelegramError as exc:
        log.warning("review #%s: the exported timeline picture was refused: %s", review_id, exc)
