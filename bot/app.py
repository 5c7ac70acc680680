"""Build and run the Telegram bot (python-telegram-bot 22): long polling, or a webhook when
``telegram.webhook_url`` is set (several processes behind a load balancer; docs/deploy.md).

Order matters: commands, then decisions, then notes in the review chat, then any message
with a link. Services are created in ``post_init`` (after the event loop exists) and
in-flight reviews from the last run are resumed there. Every update is first claimed in the
store by its ``update_id``, so one redelivered (or delivered to two processes) is handled once.

Edited messages (docs/chat.md): an edited ``/check`` or link message is looked at only for
links it did not hold before; every other edited command or note is ignored, so nothing
acts twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from telegram import Bot, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import jobs
from bot.config import Config
from bot.handlers import commands, desk, errors, intake, review
from bot.pipeline import process
from bot.retry import remember
from bot.services import Services, services_of
from bot.store import Store, StoreError
from bot.worker import Worker
from checks.corroborate import Corroborator, startup_warnings

log = logging.getLogger("factdesk")
BOOTSTRAP_RETRIES = 5
RESUME_INTERVAL = 60  # webhook mode: how often a process looks for checks a dead process left


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
    for warning in startup_warnings(config.engine):
        log.warning("%s", warning)
    app.bot_data["services"] = Services(
        config=config,
        store=store,
        worker=Worker(config.telegram.max_concurrent_checks),
        corroborator=Corroborator(config.engine),
    )
    app.add_handler(TypeHandler(Update, _claim_update), group=-1)
    new = filters.UpdateType.MESSAGE  # not edits: an edited command must not act twice
    app.add_handler(CommandHandler("check", intake.check_command, block=False))  # edits: new links only
    app.add_handler(CommandHandler(["start", "help"], commands.start, filters=new))
    app.add_handler(CommandHandler("status", commands.status, filters=new))
    app.add_handler(CommandHandler("pending", commands.pending, filters=new))
    app.add_handler(CommandHandler("note", review.note_command, filters=new))
    app.add_handler(CommandHandler("digest", desk.digest_command, filters=new))
    app.add_handler(CommandHandler("export", desk.export_command, filters=new))
    app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE & new, commands.unknown))
    app.add_handler(CallbackQueryHandler(review.decision_button))
    review_chat = filters.Chat(chat_id=config.telegram.review_chat_id)
    app.add_handler(
        MessageHandler(review_chat & filters.REPLY & filters.TEXT & ~filters.COMMAND & new, review.reply_note)
    )
    app.add_handler(
        MessageHandler(
            (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & ~review_chat, intake.link_message, block=False
        )
    )
    app.add_error_handler(errors.on_error)
    jobs.schedule(app, config)
    if config.telegram.webhook_url:
        assert app.job_queue is not None
        app.job_queue.run_repeating(
            _resume_job, interval=RESUME_INTERVAL, first=RESUME_INTERVAL, name="resume", job_kwargs={"id": "resume"}
        )
    return app


def file_url(base: str) -> str:
    """``…/bot`` → ``…/file/bot`` (also for ``{token}`` templates)."""
    return re.sub(r"/bot(\{token\})?$", r"/file/bot\1", base) if re.search(r"/bot(\{token\})?$", base) else base


async def _claim_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop an update some process has already handled (Telegram redelivers on timeouts)."""
    services = services_of(context)
    try:
        fresh = await services.store.claim_update(update.update_id)
    except StoreError as exc:  # the store is away: nothing of this update was done or saved
        log.warning("update %s not handled: %s", update.update_id, exc)
        with contextlib.suppress(TelegramError):
            if update.callback_query is not None:
                await update.callback_query.answer("Something went wrong; please try again in a minute.")
            elif update.effective_message is not None:
                await update.effective_message.reply_text(errors.SORRY_LOST)
        raise ApplicationHandlerStop from None
    if not fresh:
        log.info("update %s was already handled; skipped", update.update_id)
        raise ApplicationHandlerStop


async def _post_init(app: Application) -> None:
    services: Services = app.bot_data["services"]
    await app.bot.set_my_commands(commands.COMMANDS)
    await services.store.maintain()
    recent = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    for posted in await services.store.posted_reviews(recent):  # open or recent: not the whole history
        for post in posted["posts"]:
            remember(post["chat_id"], post["message_id"])  # never mistaken for a duplicate (bot/retry.py)
    await _resume(services, app.bot)


async def _resume(services: Services, bot: Bot) -> None:
    """Finish checks left in flight (by this process's last run, or by a process that died);
    a check another live process holds is skipped by its lease (bot/pipeline.py)."""
    running = {task.get_name() for task in asyncio.all_tasks()}
    for review_id in [r["id"] for r in await services.store.unfinished()]:
        if f"review-{review_id}" not in running:
            log.info("resuming review #%s left in flight", review_id)
            services.worker.spawn(process(services, bot, review_id), name=f"review-{review_id}")


async def _resume_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await _resume(services_of(context), context.bot)


async def _post_stop(app: Application) -> None:
    await app.bot_data["services"].worker.stop()


def run(config: Config, store: Store) -> None:
    """Long-poll (or serve the webhook) until SIGINT/SIGTERM; in-flight reviews are resumed at
    the next start."""
    app = build_application(config, store)
    telegram = config.telegram
    if not telegram.webhook_url:
        app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=BOOTSTRAP_RETRIES)
        return
    log.info("webhook mode: listening on %s:%s for %s", telegram.listen, telegram.port, telegram.webhook_url)
    app.run_webhook(
        listen=telegram.listen,
        port=telegram.port,
        url_path=urlsplit(telegram.webhook_url).path.lstrip("/"),
        webhook_url=telegram.webhook_url,
        secret_token=telegram.secret_token or None,
        allowed_updates=Update.ALL_TYPES,
        bootstrap_retries=BOOTSTRAP_RETRIES,
    )
