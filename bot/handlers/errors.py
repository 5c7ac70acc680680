"""The error handler: log everything, show users one calm line, never a traceback."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger("factdesk.errors")
SORRY = "Sorry, something went wrong on our side. Your request was kept; please try again in a minute."


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer("Something went wrong; nothing was lost. Try again.")
        elif update.effective_message is not None:
            await update.effective_message.reply_text(SORRY)
    except TelegramError:
        log.warning("could not tell the user about the error")
