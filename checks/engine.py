"""The engine's one entry point: target → fetched page → document → checks → report."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from checks import images
from checks.corroborate import Corroborator, disabled_statuses
from checks.document import Document, ImageEvidence, parse_html
from checks.errors import FetchError
from checks.extract import build_document
from checks.fetch import FetchedPage, Fetcher, read_file
from checks.providers.http import Deadline
from checks.registry import run_checks
from checks.report import SEVERITY_ORDER, ImageInfo, Report
from checks.rules.images import older_items
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
    if settings.images.enabled:
        doc.image_evidence = ImageEvidence(images.collect(doc, settings.images), settings.images.older_after_days)
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
        images=list(doc.image_evidence.images) if doc.image_evidence else [],
    )
    report.dates.extend(d for i in report.images for d in i.dates)
    report.number_items()
    return doc, report


def corroborate(
    doc: Document,
    report: Report,
    settings: EngineSettings,
    *,
    offline: bool = False,
    corroborator: Corroborator | None = None,
    fetcher: Fetcher | None = None,
) -> None:
    """The network part: providers and image evidence, side by side within the one time budget
    (or marked disabled)."""
    deadline = Deadline(settings.corroboration.time_budget_seconds)
    use_providers = not offline and settings.corroboration.enabled
    if use_providers:
        corroborator = corroborator or Corroborator(settings)
    pool = None
    future = None
    if not offline and report.images:
        archive = corroborator.clients["wayback"] if use_providers and corroborator.enabled("wayback") else None
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="images")
        future = pool.submit(images.gather, report.images, settings, deadline, fetcher=fetcher, archive=archive)
    if offline:
        report.providers = disabled_statuses("offline")
    elif not settings.corroboration.enabled:
        report.providers = disabled_statuses("corroboration disabled")
    else:
        corroborator.run(doc, report)
    if future is not None and pool is not None:
        try:
            _apply_images(doc, report, settings, future.result(timeout=max(0.0, deadline.left()) + 1.0))
        except FutureTimeout:
            for info in report.images:
                info.skipped = info.skipped or "timed out (budget)"
        except Exception as exc:  # noqa: BLE001 - image evidence is extra: a bug in it must not sink the report
            for info in report.images:
                info.skipped = info.skipped or f"not examined ({exc.__class__.__name__})"
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _apply_images(doc: Document, report: Report, settings: EngineSettings, found: list[ImageInfo]) -> None:
    """Fetched image evidence into the report: its dates, and ``images.older`` judged again."""
    known = {(d.date, d.kind, d.source) for d in report.dates}
    report.images = found
    report.dates.extend(d for i in found for d in i.dates if (d.date, d.kind, d.source) not in known)
    report.items = [i for i in report.items if i.check != "images.older"]
    report.items.extend(older_items(found, doc.article.published, doc.today, settings.images.older_after_days))
    report.items.sort(key=lambda item: SEVERITY_ORDER[item.severity])
    report.number_items()


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
    corroborate(doc, report, settings, offline=offline, corroborator=corroborator, fetcher=fetcher)
    return report
