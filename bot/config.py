"""factdesk's configuration: one TOML file → one typed, validated, frozen object.

Every key has a default (``config.example.toml`` documents them), so no file at all is a
valid configuration. Unknown keys and wrong types are refused at start-up with an error that
names the key. Secrets may come from the environment instead of the file.
"""

from __future__ import annotations

import os
import re
import tomllib
import typing
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import cron
from checks.settings import (
    CheckSettings,
    CorroborationSettings,
    EngineSettings,
    FetchSettings,
    ImagesSettings,
    ProvidersSettings,
)

ENV_CONFIG = "FACTDESK_CONFIG"
ENV_TOKEN = "FACTDESK_TELEGRAM_TOKEN"
ENV_FACTCHECK_KEY = "FACTDESK_FACTCHECK_API_KEY"
ENV_SECRET_TOKEN = "FACTDESK_TELEGRAM_SECRET_TOKEN"
ENV_STORAGE_URL = "FACTDESK_STORAGE_URL"
DEFAULT_PATH = "config.toml"
MAX_CHECKS_PER_HOUR = 10_000


class ConfigError(Exception):
    """A configuration problem; the message names the key and fits on one line."""


@dataclass(frozen=True)
class TelegramConfig:
    token: str = ""
    api_base_url: str = "https://api.telegram.org/bot"
    review_chat_id: int = 0
    editors: list[int] = field(default_factory=list)
    max_concurrent_checks: int = 4
    max_checks_per_hour: int = 30  # per journalist; protects the desk from floods
    webhook_url: str = ""  # empty: long polling; else the public URL Telegram posts updates to
    listen: str = "127.0.0.1"  # webhook mode: the address and port the bot listens on
    port: int = 8443
    secret_token: str = ""  # webhook mode: Telegram sends it back in a header; others are refused


@dataclass(frozen=True)
class StorageConfig:
    path: str = "factdesk.json"
    url: str = ""  # "postgresql://user@host/db" to use PostgreSQL instead of the TinyDB file
    schema: str = "public"  # PostgreSQL schema holding factdesk's tables


@dataclass(frozen=True)
class DigestConfig:
    schedule: str = "0 9 * * 1-5"
    timezone: str = "UTC"
    silent_when_empty: bool = False
    remind_after_hours: float = 24.0  # 0 turns reminders off


@dataclass(frozen=True)
class Config:
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    checks: CheckSettings = field(default_factory=CheckSettings)
    corroboration: CorroborationSettings = field(default_factory=CorroborationSettings)
    providers: ProvidersSettings = field(default_factory=ProvidersSettings)
    digest: DigestConfig = field(default_factory=DigestConfig)
    images: ImagesSettings = field(default_factory=ImagesSettings)
    source: Path | None = None  # the file it was read from, if any

    @property
    def engine(self) -> EngineSettings:
        return EngineSettings(
            fetch=self.fetch,
            checks=self.checks,
            corroboration=self.corroboration,
            providers=self.providers,
            images=self.images,
        )

    @property
    def storage_path(self) -> Path:
        """The TinyDB file; a relative path is relative to the config file."""
        path = Path(self.storage.path).expanduser()
        if path.is_absolute() or self.source is None:
            return path
        return self.source.parent / path

    @property
    def storage_target(self) -> str | Path:
        """What ``Store()`` opens: the PostgreSQL URL if one is set, else the TinyDB file."""
        return self.storage.url or self.storage_path


def load_config(path: str | None = None, env: typing.Mapping[str, str] | None = None) -> Config:
    """Load ``path``, else ``$FACTDESK_CONFIG``, else ``./config.toml`` (absent = defaults)."""
    env = os.environ if env is None else env
    explicit = path or env.get(ENV_CONFIG)
    file = Path(explicit or DEFAULT_PATH)
    data: dict[str, Any] = {}
    source: Path | None = None
    if file.is_file():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML ({exc})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: cannot read ({exc.__class__.__name__})") from None
        source = file.resolve()
    elif explicit:
        raise ConfigError(f"{file}: no such configuration file")
    config = _build(Config, data, "")
    config = replace(config, source=source)
    config = _apply_env(config, env)
    _check_values(config)
    return config


def _check_values(config: Config) -> None:
    """Range checks that types alone cannot express."""
    positive = {
        "fetch.timeout_seconds": config.fetch.timeout_seconds,
        "fetch.max_bytes": config.fetch.max_bytes,
        "corroboration.time_budget_seconds": config.corroboration.time_budget_seconds,
        "telegram.max_concurrent_checks": config.telegram.max_concurrent_checks,
        "images.max_bytes": config.images.max_bytes,
    }
    for key, number in positive.items():
        if number <= 0:
            raise ConfigError(f"'{key}' must be greater than 0")
    if not 1 <= config.telegram.max_checks_per_hour <= MAX_CHECKS_PER_HOUR:
        raise ConfigError(f"'telegram.max_checks_per_hour' must be between 1 and {MAX_CHECKS_PER_HOUR}")
    if not 0 < config.telegram.port < 65536:
        raise ConfigError("'telegram.port' must be between 1 and 65535")
    if config.telegram.webhook_url and not config.telegram.webhook_url.startswith(("https://", "http://")):
        raise ConfigError("'telegram.webhook_url' must be an http(s) URL")
    if config.telegram.secret_token and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", config.telegram.secret_token):
        raise ConfigError("'telegram.secret_token' may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    if config.storage.url and not config.storage.url.startswith(("postgresql://", "postgres://")):
        raise ConfigError("'storage.url' must be a postgresql:// URL (or empty for the TinyDB file)")
    if config.digest.remind_after_hours < 0:
        raise ConfigError("'digest.remind_after_hours' must be 0 or more")
    if config.images.max_images < 0 or config.images.older_after_days < 0:
        key = "images.max_images" if config.images.max_images < 0 else "images.older_after_days"
        raise ConfigError(f"'{key}' must be 0 or more")
    if config.checks.stale_after_days < 0:
        raise ConfigError("'checks.stale_after_days' must be 0 or more")
    contact = config.providers.contact
    if contact and not (("@" in contact or contact.startswith(("http://", "https://"))) and contact.isprintable()):
        raise ConfigError("'providers.contact' must be an e-mail address or an http(s) URL")
    try:
        zone = ZoneInfo(config.digest.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"'digest.timezone' is not a known time zone: {config.digest.timezone!r}") from None
    try:
        cron.trigger(config.digest.schedule, zone)
    except ValueError as exc:
        raise ConfigError(f"'digest.schedule' is not a valid cron expression ({exc})") from None


def _apply_env(config: Config, env: typing.Mapping[str, str]) -> Config:
    token = env.get(ENV_TOKEN)
    if token:
        config = replace(config, telegram=replace(config.telegram, token=token.strip()))
    secret = env.get(ENV_SECRET_TOKEN)
    if secret:
        config = replace(config, telegram=replace(config.telegram, secret_token=secret.strip()))
    url = env.get(ENV_STORAGE_URL)
    if url:
        config = replace(config, storage=replace(config.storage, url=url.strip()))
    key = env.get(ENV_FACTCHECK_KEY)
    if key:
        providers = config.providers
        config = replace(
            config,
            providers=replace(providers, factcheck=replace(providers.factcheck, api_key=key.strip())),
        )
    return config


def _build(cls: type, data: Any, prefix: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"'{prefix.rstrip('.') or 'config'}' must be a table")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls) if f.name != "source"}
    for key in data:
        if key not in known:
            raise ConfigError(f"unknown key '{prefix}{key}'")
    values = {}
    for name in known:
        if name in data:
            values[name] = _convert(hints[name], data[name], f"{prefix}{name}")
    return cls(**values)


_TYPE_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


def _convert(hint: Any, value: Any, key: str) -> Any:
    if is_dataclass(hint):
        return _build(hint, value, f"{key}.")
    origin = typing.get_origin(hint)
    if origin is list:
        (inner,) = typing.get_args(hint)
        if not isinstance(value, list):
            raise ConfigError(f"'{key}' must be a list of {_TYPE_WORDS[inner]}s")
        return [_convert(inner, v, f"{key}[{i}]") for i, v in enumerate(value)]
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, hint)
    if not ok:
        raise ConfigError(f"'{key}' must be {_TYPE_WORDS.get(hint, hint.__name__)}, got {type(value).__name__}")
    return value


def validate_for_bot(config: Config) -> None:
    """What ``factdesk run``/``digest`` need beyond the engine: a token and a review chat."""
    if not config.telegram.token:
        raise ConfigError(f"'telegram.token' is not set (or set {ENV_TOKEN})")
    if not config.telegram.review_chat_id:
        raise ConfigError("'telegram.review_chat_id' is not set")
