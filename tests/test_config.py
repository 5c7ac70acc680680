"""Configuration: defaults, the example file, env secrets, and errors that name the key."""

from __future__ import annotations

import tomllib
from dataclasses import fields, is_dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

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


def _keys(cls: type, prefix: str = "") -> list[str]:
    out: list[str] = []
    for f in fields(cls):
        if f.name == "source":
            continue
        default = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
        if is_dataclass(default):
            out.extend(_keys(type(default), f"{prefix}{f.name}."))
        else:
            out.append(f"{prefix}{f.name}")
    return out


def _written(data: dict, prefix: str = "") -> set[str]:
    out: set[str] = set()
    for key, value in data.items():
        if isinstance(value, dict):
            out |= _written(value, f"{prefix}{key}.")
        else:
            out.add(f"{prefix}{key}")
    return out


def test_example_file_documents_every_default() -> None:
    """Every key is written out in the example (a deleted key would otherwise load as its
    default and go unnoticed), and every value written there is the default."""
    example = ROOT / "config.example.toml"
    written = _written(tomllib.loads(example.read_text(encoding="utf-8")))
    missing = [key for key in _keys(Config) if key not in written]
    assert missing == []
    config = load_config(str(example), env={})
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
        ("[digest]\nschedule = '0 9 * * 4-1'\n", "runs backwards; write it as two ranges"),
        ("[digest]\nschedule = '0 9 * * 8'\n", "day-of-week 8 is out of range"),
        ("[telegram]\nmax_checks_per_hour = 0\n", "'telegram.max_checks_per_hour' must be between 1 and"),
        ("[telegram]\nmax_checks_per_hour = -5\n", "'telegram.max_checks_per_hour' must be between 1 and"),
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


@pytest.mark.parametrize(
    ("schedule", "days"),
    [
        ("0 9 * * 0-4", ["Sun", "Mon", "Tue", "Wed", "Thu", "Sun", "Mon"]),  # the working week in Iraq
        ("0 9 * * 0-6", ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
        ("0 9 * * 1-5", ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon", "Tue"]),
        ("0 9 * * 7", ["Sun"] * 7),
        ("0 9 * * 5-0", ["Sun", "Fri", "Sat", "Sun", "Fri", "Sat", "Sun"]),
        ("0 9 * * sun,thu", ["Sun", "Thu", "Sun", "Thu", "Sun", "Thu", "Sun"]),
    ],
)
def test_digest_schedule_runs_on_cron_weekdays(tmp_path: Path, schedule: str, days: list[str]) -> None:
    from bot.jobs import digest_trigger

    config = load_config(write(tmp_path, f"[digest]\nschedule = '{schedule}'\ntimezone = 'Asia/Baghdad'\n"), env={})
    trigger = digest_trigger(config)
    when = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Baghdad"))  # a Saturday, after 09:00
    fired = []
    for _ in range(7):
        when = trigger.get_next_fire_time(None, when)
        assert when.hour == 9 and when.minute == 0
        fired.append(when.strftime("%a"))
        when = when.replace(minute=1)
    assert fired == days


def test_day_of_month_or_day_of_week_as_cron_does(tmp_path: Path) -> None:
    """cron runs "0 9 1 * 1" on the 1st of the month *and* on every Monday."""
    from bot.jobs import digest_trigger

    config = load_config(write(tmp_path, "[digest]\nschedule = '0 9 1 * 1'\n"), env={})
    trigger = digest_trigger(config)
    when = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("UTC"))
    fired = []
    for _ in range(4):
        when = trigger.get_next_fire_time(None, when)
        fired.append(when.date().isoformat())
        when = when.replace(minute=1)
    assert fired == ["2026-11-30", "2026-12-01", "2026-12-07", "2026-12-14"]  # Mon, the 1st (Tue), Mon, Mon


def test_reading_the_config_does_not_load_telegram() -> None:
    """``factdesk check`` reads the config; the Telegram library is for the bot only."""
    import subprocess
    import sys

    code = (
        "import sys; from bot.cli import main; "
        "main(['check', '--offline', 'examples/gulan-kalin-visit.html']); "
        "sys.exit(3 if any(m.split('.')[0] == 'telegram' for m in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
