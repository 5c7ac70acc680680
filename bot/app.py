"""Build and run the Telegram bot (python-telegram-bot 22, long polling).

Order matters: commands, then decisions, then notes in the review chat, then any message
with a link. Services are created in ``post_init`` (after the event loop exists) and
in-flight reviews from the last run are resumed there.
"""

from __future__ import annotations

import logging
import re

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)

from bot import jobs
from bot.config import Config
from bot.handlers import commands, desk, errors, intake, review
from bot.pipeline import process
from bot.services import Services
from bot.store import Store
from bot.worker import Worker
from checks.corroborate import Corroborator

log = logging.getLogger("factdesk")
BOOTSTRAP_RETRIES = 5


def build_application(config: Config, store: Store) -> Application:
    token = config.telegram.token
    base = config.telegram.api_base_url
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base)
        .base_file_url(file_url(base))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .build()
    )
    app.bot_data["services"] = Services(
        config=config,
        store=store,
        worker=Worker(config.telegram.max_concurrent_checks),
        corroborator=Corroborator(config.engine),
    )
    app.add_handler(CommandHandler("check", intake.check_command, block=False))
    app.add_handler(CommandHandler(["start", "help"], commands.start))
    app.add_handler(CommandHandler("status", commands.status))
    app.add_handler(CommandHandler("pending", commands.pending))
    app.add_handler(CommandHandler("note", review.note_command))
    app.add_handler(CommandHandler("digest", desk.digest_command))
    app.add_handler(CommandHandler("export", desk.export_command))
    app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, commands.unknown))
    app.add_handler(CallbackQueryHandler(review.decision_button))
    review_chat = filters.Chat(chat_id=config.telegram.review_chat_id)
    app.add_handler(MessageHandler(review_chat & filters.REPLY & filters.TEXT & ~filters.COMMAND, review.reply_note))
    app.add_handler(
        MessageHandler(
            (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & ~review_chat, intake.link_message, block=False
        )
    )
    app.add_error_handler(errors.on_error)
    jobs.schedule(app, config)
    return app


def file_url(base: str) -> str:
    """``…/bot`` → ``…/file/bot`` (also for ``{token}`` templates)."""
    return re.sub(r"/bot(\{token\})?$", r"/file/bot\1", base) if re.search(r"/bot(\{token\})?$", base) else base


async def _post_init(app: Application) -> None:
    services: Services = app.bot_data["services"]
    await app.bot.set_my_commands(commands.COMMANDS)
    await services.store.maintain()
    for review_id in [r["id"] for r in await services.store.unfinished()]:
        log.info("resuming review #%s left in flight", review_id)
        services.worker.spawn(process(services, app.bot, review_id), name=f"review-{review_id}")


async def _post_stop(app: Application) -> None:
    await app.bot_data["services"].worker.stop()


def run(config: Config, store: Store) -> None:
    """Long-poll until SIGINT/SIGTERM; in-flight reviews are resumed at the next start."""
    app = build_application(config, store)
    app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=BOOTSTRAP_RETRIES)
