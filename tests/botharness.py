"""Run the real ``factdesk run`` as a subprocess against the fake Bot API and a page server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.fakebot import FakeBotApi

REVIEW_CHAT = -1001234567890
EDITOR = 42
JOURNALIST = 1001


def write_config(tmp_path: Path, api: FakeBotApi, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[telegram]
token = "{api.token}"
api_base_url = "{api.base_url}"
review_chat_id = {REVIEW_CHAT}
editors = [{EDITOR}]

[storage]
path = "factdesk.json"

[fetch]
timeout_seconds = 5
allow_private_addresses = true

[corroboration]
enabled = false
{extra}
""",
        encoding="utf-8",
    )
    return path


class BotProcess:
    """``factdesk run`` in a subprocess. ``prelude`` is Python run first in that process, to
    inject what no loopback server can stand in for (an engine bug, a short lock timeout)."""

    def __init__(self, config: Path, prelude: str = "") -> None:
        self.config = config
        self.prelude = prelude
        self.proc: subprocess.Popen[str] | None = None
        self.log = config.parent / "bot.log"

    def start(self, api: FakeBotApi, ready: str = "getUpdates") -> BotProcess:
        """Start ``factdesk run``; ``ready`` is the call that shows it is listening
        (``setWebhook`` in webhook mode)."""
        env = {**os.environ, "FACTDESK_CONFIG": "", "PYTHONUNBUFFERED": "1"}
        with self.log.open("a") as log:
            command = ["-m", "bot.cli", "run", "--config", str(self.config)]
            if self.prelude:
                run = f"import sys\nfrom bot.cli import main\nsys.exit(main(['run', '--config', {str(self.config)!r}]))"
                command = ["-c", self.prelude + "\n" + run]
            self.proc = subprocess.Popen(
                [sys.executable, *command],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                text=True,
                cwd=Path(__file__).parent.parent,
            )
        before = len(api.called(ready))
        api.wait_for(lambda: len(api.called(ready)) > before, what=f"the bot to call {ready}")
        return self

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> float:
        """Send ``sig`` and return how long the bot took to exit."""
        assert self.proc is not None
        started = time.monotonic()
        self.proc.send_signal(sig)
        self.proc.wait(timeout=timeout)
        return time.monotonic() - started

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def output(self) -> str:
        return self.log.read_text() if self.log.exists() else ""
