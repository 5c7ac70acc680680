"""The engine's one entry point: target → fetched page → document → checks → report."""

from __future__ import annotations

import re
from pathlib import Path

from checks.corroborate import Corroborator, disabled_statuses
from checks.document import Document, parse_html
from checks.errors import FetchError
from checks.extract import build_document
from checks.fetch import FetchedPage, Fetcher, read_file
from checks.registry import run_checks
from checks.report import SEVERITY_ORDER, Report
from checks.settings import EngineSettings

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")


def load_page(
    target: str, settings: EngineSettings, *, allow_files: bool = True, fetcher: Fetcher | None = None
) -> FetchedPage:
    """Fetch a URL, or read a saved HTML file when ``allow_files`` (the CLI, never chat)."""
    is_file = allow_files and (not _SCHEME.match(target) or Path(target).is_file())
    if is_file:
        return read_file(target, settings.fetch.max_bytes)
    if not _SCHEME.match(target):
        raise FetchError("invalid_url", "not an http(s) URL")
    return (fetcher or Fetcher(settings.fetch)).fetch(target)


def analyse(page: FetchedPage, settings: EngineSettings) -> Report:
    """Extract and check a fetched page (no network): the offline part of a check."""
    return analyse_document(page, settings)[1]


def analyse_document(page: FetchedPage, settings: EngineSettings) -> tuple[Document, Report]:
    """Like :func:`analyse`, also returning the document corroboration needs."""
    doc = build_document(page, parse_html(page.html))
    items = run_checks(doc, settings.checks)
    items.sort(key=lambda item: SEVERITY_ORDER[item.severity])
    report = Report(
        target=page.target,
        url=page.url,
        fetched_at=page.fetched_at.isoformat(),
        content_sha256=page.content_sha256,
        article=doc.article,
        dates=[f.candidate for f in doc.found_dates],
        items=items,
    )
    report.number_items()
    return doc, report


def corroborate(
    doc: Document,
    report: Report,
    settings: EngineSettings,
    *,
    offline: bool = False,
    corroborator: Corroborator | None = None,
) -> None:
    """The network part: providers within the time budget (or marked disabled)."""
    if offline:
        report.providers = disabled_statuses("offline")
    elif not settings.corroboration.enabled:
        report.providers = disabled_statuses("corroboration disabled")
    else:
        (corroborator or Corroborator(settings)).run(doc, report)


def check_target(
    target: str,
    settings: EngineSettings,
    *,
    offline: bool = False,
    allow_files: bool = True,
    fetcher: Fetcher | None = None,
    corroborator: Corroborator | None = None,
) -> Report:
    """Run the whole engine on one target."""
    page = load_page(target, settings, allow_files=allow_files, fetcher=fetcher)
    doc, report = analyse_document(page, settings)
    corroborate(doc, report, settings, offline=offline, corroborator=corroborator)
    return report
