"""The error handler: log everything, show users one calm line, never a traceback.

"Your request was kept" is said only when the update's submissions were stored (intake
marks them); when a submission could not be stored, the user is told to send it again.
Other failures get a neutral line. See docs/chat.md ("Telegram failures").
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.handlers.intake import KEPT

log = logging.getLogger("factdesk.errors")
SORRY_KEPT = "Sorry, something went wrong on our side. Your request was kept; you'll hear back here."
SORRY_LOST = "Sorry, something went wrong on our side and nothing was saved. Please send it again in a minute."
SORRY = "Sorry, something went wrong on our side; please try again in a minute."


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    stored = context.bot_data.get(KEPT, {}).pop(update.update_id, None)  # None: not a submission
    try:
        if update.callback_query is not None:
            await update.callback_query.answer("Something went wrong; please try again in a minute.")
        elif update.effective_message is not None:
            await update.effective_message.reply_text({True: SORRY_KEPT, False: SORRY_LOST}.get(stored, SORRY))
    except TelegramError:
        log.warning("could not tell the user about the error")
