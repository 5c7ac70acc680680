"""Bounded retries for Telegram calls whose failure would lose a review post or a notice.

AIORateLimiter already waits out 429s. This adds the other transient failures: 5xx (PTB
raises ``NetworkError``) and timeouts. ``BadRequest`` (a ``NetworkError`` subclass) and
``Forbidden`` are permanent and never retried. See docs/chat.md ("Telegram failures").

Edits are idempotent and simply retried (a repeat that finds the edit done answers "not
modified", which callers treat as success). A *send* that timed out or broke off may have
been delivered all the same, so :func:`send_once` does not trust its own retry: once a retry
is through, it looks at the messages between the last one it knew in that chat and the new
one, and deletes an earlier delivery of the same message. It looks by forwarding each
candidate silently into the same chat (the only read the Bot API has; the forward is deleted
at once): never by editing, which would overwrite a message that is not the copy.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, Message, MessageOriginChannel, MessageOriginUser
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

T = TypeVar("T")
log = logging.getLogger(__name__)
ATTEMPTS = 4
FIRST_WAIT = 1.0
PROBE_WINDOW = 6  # message ids looked at before a retried send
_KNOWN_PER_CHAT = 500

_known: defaultdict[int, deque[int]] = defaultdict(lambda: deque(maxlen=_KNOWN_PER_CHAT))


def remember(chat_id: int, message_id: int) -> None:
    """Note a message that exists in ``chat_id`` (sent by us or received): never probed, and
    no copy of a later send can sit at or before it."""
    _known[chat_id].append(message_id)


async def with_retry(call: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    """An idempotent call (edits, answers), retried on 5xx and timeouts."""
    wait = FIRST_WAIT
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call(*args, **kwargs)
        except (BadRequest, Forbidden):
            raise
        except NetworkError as exc:  # TimedOut included
            if attempt == ATTEMPTS:
                raise
            log.warning("telegram call failed (%s), retry %d/%d in %.0f s", exc, attempt, ATTEMPTS - 1, wait)
            await asyncio.sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


async def send_once(bot: Bot, chat_id: int, text: str, **kwargs: Any) -> Message:
    """sendMessage, retried like :func:`with_retry`, leaving at most one copy in the chat."""
    uncertain = 0
    floor = max(_known[chat_id], default=0)  # any copy of this message comes after this one
    wait = FIRST_WAIT
    for attempt in range(1, ATTEMPTS + 1):
        try:
            message = await bot.send_message(chat_id, text, **kwargs)
        except (BadRequest, Forbidden):
            raise
        except NetworkError as exc:  # timed out or broke off: maybe delivered
            uncertain += 1
            if attempt == ATTEMPTS:
                raise
            log.warning("sendMessage failed (%s), retry %d/%d in %.0f s", exc, attempt, ATTEMPTS - 1, wait)
            await asyncio.sleep(wait)
            wait *= 2
            continue
        if uncertain:
            await _drop_copies(bot, message, uncertain, floor)
        remember(message.chat_id, message.message_id)
        return message
    raise AssertionError("unreachable")


async def _drop_copies(bot: Bot, message: Message, copies: int, floor: int) -> None:
    """Delete up to ``copies`` earlier deliveries of ``message`` (same chat, sender and text)
    sent after message ``floor``; messages this process knows are never looked at."""
    known = set(_known[message.chat_id])
    lowest = max(floor + 1, message.message_id - PROBE_WINDOW - copies)
    for candidate in range(message.message_id - 1, lowest - 1, -1):
        if copies == 0:
            return
        if candidate in known:
            continue
        try:
            probe = await bot.forward_message(message.chat_id, message.chat_id, candidate, disable_notification=True)
        except BadRequest:
            continue  # no such message (or not forwardable)
        except TelegramError as exc:
            log.warning("could not look for a duplicate of message %s: %s", message.message_id, exc)
            return
        duplicate = _from_us(probe, bot, message.chat_id) and probe.text == message.text
        for stale in (probe.message_id, candidate) if duplicate else (probe.message_id,):
            try:
                await bot.delete_message(message.chat_id, stale)
            except TelegramError as exc:
                log.warning("could not delete message %s in chat %s: %s", stale, message.chat_id, exc)
        if duplicate:
            log.info("deleted an earlier delivery of message %s in chat %s", message.message_id, message.chat_id)
            copies -= 1


def _from_us(forward: Message, bot: Bot, chat_id: int) -> bool:
    """The forwarded message was the bot's: sent by it, or posted in this very channel (a
    channel post carries no sender)."""
    origin = forward.forward_origin
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.id == bot.id
    return isinstance(origin, MessageOriginChannel) and origin.chat.id == chat_id
