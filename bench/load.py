"""Load: 100 article links from 10 journalists in one burst, through the real bot.

    python bench/load.py [--urls 100] [--journalists 10] [--faults]

Runs ``factdesk run`` as a subprocess against the test suite's fake Bot API and a loopback
article server (nothing leaves 127.0.0.1). Reports whether every submission was posted and
answered, the time from the burst to the last review post, and the bot's peak RSS (VmHWM,
target < 200 MB). ``--faults`` makes the fake answer some sendMessage calls with 429
(retry_after 1) and some edits with 500, and drops one getUpdates connection.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.botharness import JOURNALIST, REVIEW_CHAT, BotProcess, write_config  # noqa: E402
from tests.fakebot import FakeBotApi  # noqa: E402
from tests.pageserver import PageServer  # noqa: E402

SEED = (ROOT / "examples" / "gulan-kalin-visit.html").read_bytes()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", type=int, default=100)
    parser.add_argument("--journalists", type=int, default=10)
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    api = FakeBotApi().start()
    pages = PageServer().start()
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-load-"))
    urls = [
        pages.html(f"/story/{n}", SEED.replace(b"Gulan Media", f"Gulan Media {n}".encode())) for n in range(args.urls)
    ]
    if args.faults:
        api.fail("sendMessage", status=429, retry_after=1, times=5)
        api.fail("editMessageText", status=500, description="Internal Server Error", retry_after=None, times=5)
        api.fail("getUpdates", drop=True, times=1)
    bot = BotProcess(write_config(tmp, api, extra="")).start(api)
    try:
        started = time.monotonic()
        for n, url in enumerate(urls):
            api.send_text(JOURNALIST + n % args.journalists, url, name=f"J{n % args.journalists}")
        deadline = started + args.timeout
        last_post = last_notice = float("nan")
        while time.monotonic() < deadline:
            headers = [m for m in api.chat_messages(REVIEW_CHAT) if m["plain"].startswith("📰")]
            notices = [
                m for (chat, _), m in list(api.messages.items()) if chat > 0 and "Posted for review" in m["plain"]
            ]
            if len(headers) >= args.urls and last_post != last_post:
                last_post = time.monotonic() - started
            if len(notices) >= args.urls:
                last_notice = time.monotonic() - started
                break
            time.sleep(0.2)
        posted_notices = len(notices)
        messages_to_review_chat = len(api.chat_messages(REVIEW_CHAT))
        rss = peak_rss_mb(bot.proc.pid) if bot.proc else float("nan")
    finally:
        bot.kill()
        api.stop()
        pages.stop()
    lost = args.urls - len(headers)
    print(f"{args.urls} links from {args.journalists} journalists{' with faults' if args.faults else ''}")
    print(f"  review posts      {len(headers)} / {args.urls}  (lost {lost}; {messages_to_review_chat} messages)")
    print(f"  journalists told  {posted_notices} / {args.urls}")
    print(
        f"  time to last post {last_post:.1f} s, to last notice {last_notice:.1f} s "
        f"(Telegram allows 20 messages a minute per group)"
    )
    print(f"  bot peak RSS      {rss:.0f} MB  (target < 200 MB)")
    sys.exit(0 if lost == 0 and posted_notices == args.urls else 1)


if __name__ == "__main__":
    main()
