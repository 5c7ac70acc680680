"""Configuration: defaults, the example file, env secrets, and errors that name the key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config, validate_for_bot

ROOT = Path(__file__).parent.parent


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_no_file_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, env={})
    assert config == Config()
    assert config.fetch.max_bytes == 5_000_000 and config.digest.schedule == "0 9 * * 1-5"


def test_example_file_documents_every_default() -> None:
    config = load_config(str(ROOT / "config.example.toml"), env={})
    assert replace(config, source=None) == Config()


def test_values_are_read_and_typed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[telegram]
review_chat_id = -100123
editors = [1, 2]
[fetch]
timeout_seconds = 3
[storage]
path = "data/db.json"
""",
    )
    config = load_config(path, env={})
    assert config.telegram.review_chat_id == -100123
    assert config.telegram.editors == [1, 2]
    assert config.fetch.timeout_seconds == 3.0 and isinstance(config.fetch.timeout_seconds, float)
    assert config.storage_path == tmp_path.resolve() / "data" / "db.json"


def test_env_supplies_secrets(tmp_path: Path) -> None:
    path = write(tmp_path, '[telegram]\ntoken = "from-file"\n')
    config = load_config(path, env={"FACTDESK_TELEGRAM_TOKEN": "from-env", "FACTDESK_FACTCHECK_API_KEY": "k"})
    assert config.telegram.token == "from-env"
    assert config.providers.factcheck.api_key == "k"


def test_config_env_variable_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[checks]\nstale_after_days = 7\n")
    assert load_config(None, env={"FACTDESK_CONFIG": path}).checks.stale_after_days == 7


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fetch]\ntimeout = 3\n", "unknown key 'fetch.timeout'"),
        ("[nonsense]\na = 1\n", "unknown key 'nonsense'"),
        ("[providers.gdelt]\nurl = 'x'\n", "unknown key 'providers.gdelt.url'"),
        ("[fetch]\nmax_bytes = '5MB'\n", "'fetch.max_bytes' must be an integer, got str"),
        ("[fetch]\nallow_private_addresses = 1\n", "'fetch.allow_private_addresses' must be true or false"),
        ("[telegram]\neditors = ['alice']\n", "'telegram.editors[0]' must be an integer"),
        ("[telegram]\neditors = 5\n", "'telegram.editors' must be a list"),
        ("fetch = 3\n", "'fetch' must be a table"),
        ("[fetch]\ntimeout_seconds = 0\n", "'fetch.timeout_seconds' must be greater than 0"),
        ("[digest]\ntimezone = 'Mars/Olympus'\n", "'digest.timezone' is not a known time zone"),
        ("[digest]\nschedule = 'every day'\n", "'digest.schedule' is not a valid cron"),
        ("[fetch\n", "not valid TOML"),
    ],
)
def test_bad_configuration_names_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text), env={})
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(str(tmp_path / "nope.toml"), env={})


def test_bot_needs_token_and_review_chat() -> None:
    with pytest.raises(ConfigError, match="telegram.token"):
        validate_for_bot(Config())
    config = load_config(None, env={"FACTDESK_TELEGRAM_TOKEN": "1:x", "FACTDESK_CONFIG": ""})
    with pytest.raises(ConfigError, match="review_chat_id"):
        validate_for_bot(config)
