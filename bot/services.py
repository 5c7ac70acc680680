"""What every handler and job needs, created once in ``post_init`` and kept in ``bot_data``."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import cast

from telegram import Update
from telegram.ext import ContextTypes

from bot.config import Config
from bot.store import AsyncStore, Store
from bot.worker import Worker
from checks.corroborate import Corroborator
from checks.settings import EngineSettings


@dataclass
class Services:
    config: Config
    store: AsyncStore  # a plain Store is wrapped: store calls never block the event loop
    worker: Worker
    corroborator: Corroborator

    def __post_init__(self) -> None:
        if isinstance(self.store, Store):
            self.store = AsyncStore(self.store)

    @property
    def engine(self) -> EngineSettings:
        return self.config.engine

    def is_editor(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.config.telegram.editors


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return cast(Services, context.bot_data["services"])


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def editors_only(refusal: str) -> Callable[[Handler], Handler]:
    """Command handlers only configured editors may use; anyone else gets ``refusal``."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            user = update.effective_user
            if services_of(context).is_editor(user.id if user else None):
                await handler(update, context)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(refusal)

        return guarded

    return decorate
