"""Deployment: ``factdesk health`` (what Docker's HEALTHCHECK and probes run) against real
stores and the fake Bot API, and the deployment files agreeing with the code they start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bot.config import ENV_SECRET_TOKEN, ENV_STORAGE_URL, ENV_TOKEN
from tests.botharness import write_config
from tests.fakebot import FakeBotApi
from tests.storetargets import Backend

ROOT = Path(__file__).parent.parent


def health(config: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "health", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "FACTDESK_CONFIG": "", **(env or {})},
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_healthy_on_either_backend(tmp_path: Path, backend: Backend) -> None:
    api = FakeBotApi().start()
    try:
        config = write_config(tmp_path, api)
        env = {}
        if backend.name == "postgres":
            text = config.read_text().replace(
                '[storage]\npath = "factdesk.json"\n', f'[storage]\nschema = "{backend.schema}"\n'
            )
            config.write_text(text, encoding="utf-8")
            env = {ENV_STORAGE_URL: backend.target}
        backend.open().claim_update(1)
        result = health(config, env)
        line = one_line(result)
        assert result.returncode == 0 and line.startswith("ok: ")
        assert "@factdesk_test_bot" in line and re.search(r"last update \d+ s ago", line)
        assert ("postgresql://" in line) == (backend.name == "postgres")
        assert api.called("getMe")
    finally:
        api.stop()


def test_unhealthy_when_telegram_does_not_answer(tmp_path: Path) -> None:
    api = FakeBotApi().start()
    config = write_config(tmp_path, api)
    api.stop()  # nothing listens on its port any more
    result = health(config)
    assert result.returncode == 1 and one_line(result).startswith("unhealthy: telegram: ")


def test_unhealthy_when_the_token_is_refused(tmp_path: Path) -> None:
    api = FakeBotApi().start()
    try:
        api.fail("getMe", status=401, description="Unauthorized", retry_after=None)
        result = health(write_config(tmp_path, api))
        line = one_line(result)
        assert result.returncode == 1 and "InvalidToken" in line and api.token not in line
    finally:
        api.stop()


def test_unhealthy_when_the_store_is_corrupt_or_unreachable(tmp_path: Path) -> None:
    api = FakeBotApi().start()
    try:
        config = write_config(tmp_path, api)
        (tmp_path / "factdesk.json").write_bytes(b"{not json")
        result = health(config)
        assert result.returncode == 1 and one_line(result).startswith("unhealthy: store: ")
        assert (tmp_path / "factdesk.json").read_bytes() == b"{not json"
        result = health(config, {ENV_STORAGE_URL: "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1"})
        assert result.returncode == 1 and "cannot connect to PostgreSQL" in one_line(result)
        assert not api.called("getMe")
    finally:
        api.stop()


def test_unhealthy_without_a_token(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[telegram]\nreview_chat_id = -100\n", encoding="utf-8")
    result = health(config, {ENV_TOKEN: ""})
    assert result.returncode == 1 and one_line(result).startswith("unhealthy: config: ")


def test_dockerfile_runs_as_a_user_with_volumes_and_the_health_command() -> None:
    text = (ROOT / "Dockerfile").read_text()
    user = re.search(r"^USER (\S+)", text, re.M)
    assert user and user.group(1) not in ("root", "0")
    assert re.search(r'^VOLUME \["/config", "/data"\]', text, re.M)
    assert re.search(r'^HEALTHCHECK .*CMD \["factdesk", "health"\]', text, re.M)
    assert re.search(r'^CMD \["factdesk", "run"\]', text, re.M)
    assert "FACTDESK_CONFIG=/config/config.toml" in text
    for copied in re.findall(r"^COPY (\S+)", text, re.M):
        assert (ROOT / copied).exists(), copied


def test_compose_and_systemd_name_real_settings() -> None:
    compose = (ROOT / "compose.yaml").read_text()
    for name in (ENV_TOKEN, ENV_STORAGE_URL, ENV_SECRET_TOKEN):
        assert f"{name}:" in compose
    assert "postgresql://factdesk:${POSTGRES_PASSWORD}@postgres:5432/factdesk" in compose
    unit = (ROOT / "deploy" / "factdesk.service").read_text()
    assert re.search(r"^ExecStart=\S+/factdesk run$", unit, re.M)
    assert re.search(r"^User=factdesk$", unit, re.M)
