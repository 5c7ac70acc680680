"""The ``factdesk`` command: ``check`` at a terminal, ``run`` the Telegram bot, ``digest``,
``export``, ``health`` (for container and systemd probes, docs/deploy.md). Every failure is
one ``error: …`` line on stderr, never a traceback (unless ``--debug``). Exit status: 0 fine,
1 bad configuration (or unhealthy), 2 a target that could not be checked.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.config import Config, ConfigError, load_config, validate_for_bot
from bot.store import Store, StoreError, open_store
from bot.terminal import render_text
from checks import __version__
from checks.corroborate import Corroborator
from checks.engine import analyse_document, check_target, corroborate, load_page
from checks.errors import CheckError
from checks.report import Report
from checks.timeline import render as render_timeline

EXIT_CONFIG = 1
EXIT_TARGET = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factdesk", description="Fact-check and source-verification for newsrooms.")
    parser.add_argument("--version", action="version", version=f"factdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", metavar="PATH", help="TOML file (default: $FACTDESK_CONFIG, ./config.toml)")
        p.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    check = sub.add_parser("check", help="check articles (URLs or saved HTML files)")
    check.add_argument("targets", nargs="+", metavar="TARGET", help="http(s) URL or HTML file")
    check.add_argument("--json", action="store_true", help="print the JSON report (one per line)")
    check.add_argument("--offline", action="store_true", help="skip every network provider")
    check.add_argument("--url", metavar="URL", help="where the saved FILE came from (one FILE only)")
    check.add_argument("--timeline", metavar="FILE.png", help="also write the dates-on-one-axis picture")
    common(check)

    run = sub.add_parser("run", help="run the Telegram bot (long polling)")
    common(run)

    digest = sub.add_parser("digest", help="send the digest to the review chat now, then exit")
    common(digest)

    health = sub.add_parser("health", help="probe: store reachable, Telegram reachable, last update (exit 0/1)")
    common(health)

    export = sub.add_parser("export", help="print one stored review")
    export.add_argument("review", type=int, metavar="N", help="the review number")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("--timeline", metavar="FILE.png", help="also write the review's timeline picture")
    common(export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        config = load_config(args.config)
        if args.command in ("run", "digest", "health"):
            validate_for_bot(config)
    except ConfigError as exc:
        print(f"{'unhealthy' if args.command == 'health' else 'error'}: config: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "health":
        from bot.health import health

        return health(config)
    if args.command == "check":
        return _check(args, config)
    try:
        store = open_store(config)
    except StoreError as exc:
        print(f"error: storage: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        return _with_store(args, config, store)
    except Exception as exc:  # noqa: BLE001 - one line for the operator; --debug shows the traceback
        if args.debug:
            traceback.print_exc()
        print(f"error: {args.command}: {exc.__class__.__name__}: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_TARGET
    finally:
        store.close()


def _with_store(args: argparse.Namespace, config: Config, store: Store) -> int:
    if args.command == "export":
        from bot.export import ExportError, export_json, export_markdown  # Telegram's library: not for `check`

        try:
            if args.format == "json":
                print(json.dumps(export_json(store, args.review), ensure_ascii=False, indent=2))
            else:
                print(export_markdown(store, args.review))
            if args.timeline:
                review = store.review(args.review) or {}
                if not write_timeline(review.get("report") or {}, args.timeline, config.images.older_after_days):
                    return EXIT_TARGET
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_TARGET
        return 0
    logging.getLogger().setLevel(logging.DEBUG if args.debug else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.command == "digest":
        sent = asyncio.run(one_shot_digest(config, store))
        print(f"digest sent: {sent} message(s)", file=sys.stderr)
        return 0
    from bot.app import run

    run(config, store)
    return 0


def _check(args: argparse.Namespace, config: Config) -> int:
    if args.url is not None:
        problem = _url_problem(args.url, args.targets)
        if problem:
            print(f"error: --url: {problem}", file=sys.stderr)
            return EXIT_TARGET
    status = 0
    show_progress = sys.stderr.isatty() and len(args.targets) > 1
    corroborator = None if args.offline else Corroborator(config.engine)
    for n, target in enumerate(args.targets, 1):
        if show_progress:
            print(f"[{n}/{len(args.targets)}] {target}", file=sys.stderr)
        try:
            if args.url is None:
                report = check_target(target, config.engine, offline=args.offline, corroborator=corroborator)
            else:
                report = _check_saved(target, args.url, config, offline=args.offline, corroborator=corroborator)
        except CheckError as exc:
            print(f"error: {_one_line(target)}: {exc}", file=sys.stderr)
            status = EXIT_TARGET
            continue
        except Exception as exc:  # noqa: BLE001 - a bug must not hide the other targets
            if args.debug:
                traceback.print_exc()
            print(f"error: {_one_line(target)}: internal error ({exc.__class__.__name__})", file=sys.stderr)
            status = EXIT_TARGET
            continue
        if args.timeline and not write_timeline(
            report.to_dict(), _numbered(args.timeline, n), config.engine.images.older_after_days
        ):
            status = EXIT_TARGET
        if args.json:
            print(json.dumps(report.to_dict(), ensure_ascii=False), flush=True)
        else:
            if n > 1:
                print("\n" + "─" * 60)
            print(render_text(report), flush=True)
    return status


def _url_problem(url: str, targets: list[str]) -> str | None:
    """Why ``--url`` cannot be used with these targets, or None."""
    if len(targets) != 1:
        return f"one saved FILE only, got {len(targets)} targets"
    if not Path(targets[0]).is_file():
        return "only for a saved FILE (a link is fetched from its own address)"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) URL: {_one_line(url)[:100]}"
    return None


def _check_saved(target: str, url: str, config: Config, *, offline: bool, corroborator: Corroborator | None) -> Report:
    """A saved page checked as if fetched from ``url``: its URL date and host are evidence."""
    page = dataclasses.replace(load_page(target, config.engine), url=url)
    doc, report = analyse_document(page, config.engine)
    corroborate(doc, report, config.engine, offline=offline, corroborator=corroborator)
    return report


async def one_shot_digest(config: Config, store: Store) -> int:
    """``factdesk digest``: the same digest as the job, from a separate short-lived process."""
    from telegram import LinkPreviewOptions
    from telegram.constants import ParseMode
    from telegram.ext import AIORateLimiter, Defaults, ExtBot

    from bot.app import file_url
    from bot.jobs import send_digest

    bot: ExtBot[None] = ExtBot(
        config.telegram.token,
        base_url=config.telegram.api_base_url,
        base_file_url=file_url(config.telegram.api_base_url),
        rate_limiter=AIORateLimiter(max_retries=3),
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
    )
    async with bot:
        return await send_digest(store, config, bot)


def write_timeline(report: dict[str, Any], path: str, older_after_days: int) -> bool:
    """``--timeline FILE.png``: write the picture, or say in one line why there is none."""
    try:
        timeline = render_timeline(report, older_after_days)
    except Exception as exc:  # noqa: BLE001 - the report itself was printed; only the picture failed
        print(f"error: timeline: could not be drawn ({exc.__class__.__name__})", file=sys.stderr)
        return False
    if timeline.png is None:
        print(f"timeline: no picture for {_one_line(report.get('target') or '')}: {timeline.reason}", file=sys.stderr)
        return True
    try:
        Path(path).write_bytes(timeline.png)
    except OSError as exc:
        print(
            f"error: timeline: cannot write {_one_line(path)} ({exc.strerror or exc.__class__.__name__})",
            file=sys.stderr,
        )
        return False
    return True


def _numbered(path: str, n: int) -> str:
    """The first target's picture goes to ``path``; the n-th to ``stem-n.png`` beside it."""
    if n == 1:
        return path
    file = Path(path)
    return str(file.with_name(f"{file.stem}-{n}{file.suffix or '.png'}"))


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


if __name__ == "__main__":
    sys.exit(main())
