"""Corroboration: independent coverage, prior events, roles on Wikidata, archives, fact-checks.

:class:`Corroborator` holds one client per provider (pacing, cool-downs and caches live
across checks) and runs the three steps of :mod:`checks.corroboration`: plan the queries,
ask every provider at once within ``corroboration.time_budget_seconds`` (one round trip:
no request waits on another provider's answer), judge the answers into items. A provider
that fails, is cooling down, answers garbage or runs past the budget is listed in
``report.providers`` and as a ``source.unavailable`` item; the report is always produced.
See docs/providers.md.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from checks.corroboration.judge import COVERAGE_DAYS, Answers, judge
from checks.corroboration.plan import Plan, plan
from checks.corroboration.roles import apply_roles
from checks.corroboration.run import Results, Task, run
from checks.document import Document
from checks.providers import factcheck, gdelt, google_news, searxng, wayback, wikidata
from checks.providers.http import Deadline, ProviderClient, user_agent
from checks.report import SEVERITY_ORDER, ProviderStatus, Report
from checks.settings import EngineSettings

log = logging.getLogger(__name__)

PROVIDERS = ("gdelt", "google_news", "searxng", "wayback", "wikidata", "factcheck")
NO_SAVE_KEYS = "Save Page Now not used: no archive.org keys (providers.wayback.s3_access_key, s3_secret_key)"
EXCLUDED = "excluded from the Wayback Machine (Blocked Site Error)"


class Corroborator:
    """Holds one client per provider (rate limits, cool-downs and caches live across checks)."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        p = settings.providers
        agent = user_agent(settings.fetch.user_agent, p.contact)
        if p.wayback.enabled and p.wayback.save and not wayback.has_keys(p.wayback):
            log.warning(NO_SAVE_KEYS)
        self.clients = {
            "gdelt": ProviderClient("gdelt", agent, p.gdelt.min_interval_seconds),
            "google_news": ProviderClient("google_news", agent, google_news.INTERVAL, google_news.BURST),
            **{name: ProviderClient(name, agent) for name in ("searxng", "wayback", "wikidata", "factcheck")},
        }

    def enabled(self, name: str) -> bool:
        provider = getattr(self.settings.providers, name)
        if name == "factcheck" and not provider.api_key:
            return False
        return bool(provider.enabled)

    def run(self, doc: Document, report: Report) -> None:
        """Add coverage, archive and role findings to ``report`` (in place), within the budget."""
        the_plan = plan(doc, report)
        deadline = Deadline(self.settings.corroboration.time_budget_seconds)
        uses: dict[str, tuple[bool, list[str]]] = {}  # search task key → (serves coverage, novelty sentences)
        results = run(self._tasks(the_plan, deadline, uses), deadline)
        answers = self._answers(the_plan, results, uses)
        if "wikidata" in results.values:
            apply_roles(report.items, results.values["wikidata"])
        report.items.extend(
            judge(doc, report, the_plan, answers, [self._status(n, results, answers) for n in PROVIDERS])
        )
        report.items.sort(key=lambda i: SEVERITY_ORDER[i.severity])
        report.number_items()

    # -- asking ----------------------------------------------------------------------------------

    def _tasks(self, plan: Plan, deadline: Deadline, uses: dict[str, tuple[bool, list[str]]]) -> list[Task]:
        p, c = self.settings.providers, self.clients
        tasks: list[Task] = []
        window = timedelta(days=COVERAGE_DAYS)
        if plan.terms and self.enabled("gdelt"):
            tasks.append(
                Task(
                    "gdelt",
                    "gdelt:0",
                    lambda: gdelt.search(c["gdelt"], p.gdelt, plan.terms, plan.around, COVERAGE_DAYS, deadline),
                )
            )
            uses["gdelt:0"] = (True, [])
        if self.enabled("google_news"):
            queries: list[tuple[list[str], Any, Any, bool, list[str]]] = []
            if plan.terms:
                queries.append((plan.terms, plan.around - window, plan.around + window, True, []))
            for terms, sentences in plan.prior.items():
                queries.append((list(terms), None, plan.around - timedelta(days=1), False, sentences))
            for n, (terms, after, before, coverage, sentences) in enumerate(queries):
                key = f"google_news:{n}"
                tasks.append(
                    Task(
                        "google_news",
                        key,
                        lambda t=terms, a=after, b=before: google_news.search(
                            c["google_news"], p.google_news, t, after=a, before=b, deadline=deadline
                        ),
                    )
                )
                uses[key] = (coverage, sentences)
        if self.enabled("searxng"):
            # SearXNG has no date filter: one query serves coverage and the prior-event check alike.
            for n, terms in enumerate(q for q in dict.fromkeys([tuple(plan.terms), *plan.prior]) if q):
                key = f"searxng:{n}"
                tasks.append(
                    Task(
                        "searxng",
                        key,
                        lambda t=terms: searxng.search(c["searxng"], p.searxng, list(t), deadline, plan.language),
                    )
                )
                uses[key] = (list(terms) == plan.terms, plan.prior.get(terms, []))
        if plan.page_url and self.enabled("wayback"):
            url = plan.page_url
            tasks.append(
                Task(
                    "wayback",
                    "first_capture",
                    lambda: _or_excluded(wayback.first_capture, c["wayback"], p.wayback, url, deadline),
                )
            )
            tasks.append(Task("wayback", "archive_copy", lambda: self._archive_copy(url, deadline)))
        if plan.people and self.enabled("wikidata"):
            tasks.append(
                Task(
                    "wikidata",
                    "wikidata",
                    lambda: wikidata.people(c["wikidata"], p.wikidata, plan.people, plan.language, deadline),
                )
            )
        if plan.title and self.enabled("factcheck"):
            tasks.append(
                Task(
                    "factcheck",
                    "factcheck",
                    lambda: factcheck.search(c["factcheck"], p.factcheck, plan.title, plan.language, deadline),
                )
            )
        return tasks

    def _archive_copy(self, url: str, deadline: Deadline) -> tuple[Any, str | None, str | None]:
        """(closest copy or EXCLUDED, Save Page Now job, note). Save Page Now only with keys."""
        p, c = self.settings.providers.wayback, self.clients["wayback"]
        copy = _or_excluded(wayback.closest_copy, c, p, url, deadline)
        if copy is not None or not p.save:
            return copy, None, None
        if not wayback.has_keys(p):
            return None, None, NO_SAVE_KEYS
        try:
            return None, wayback.request_save(c, p, url, deadline), None
        except wayback.SaveRefused as exc:
            log.warning("%s", exc)
            return None, None, str(exc)

    # -- gathering -------------------------------------------------------------------------------

    def _answers(self, plan: Plan, results: Results, uses: dict[str, tuple[bool, list[str]]]) -> Answers:
        answers = Answers(prior={s: [] for sentences in plan.prior.values() for s in sentences})
        for key, (coverage, sentences) in uses.items():
            if key not in results.values:
                continue
            hits = results.values[key]
            if coverage:
                answers.coverage.extend(hits)
                answers.coverage_from.add(key.split(":")[0])
            for sentence in sentences:
                answers.prior[sentence].extend(hits)
        first = results.values.get("first_capture")
        copy, job, note = results.values.get("archive_copy", (None, None, None))
        if EXCLUDED in (first, copy):
            answers.archive_note = EXCLUDED
            answers.notes["wayback"] = "site excluded from the archive"
        else:
            answers.first_capture = first
            answers.archive_copy = copy
            answers.save_job = job
            answers.archive_note = note
            if note and note != NO_SAVE_KEYS:
                answers.notes["wayback"] = note
        answers.fact_checks = results.values.get("factcheck", [])
        return answers

    def _status(self, name: str, results: Results, answers: Answers) -> ProviderStatus:
        if not self.enabled(name):
            provider = getattr(self.settings.providers, name)
            reason = "no API key" if name == "factcheck" and provider.enabled else "disabled in the configuration"
            return ProviderStatus(name, "disabled", reason)
        if name in results.errors:
            return ProviderStatus(name, "unavailable", results.errors[name])
        if name not in results.asked:
            cooling = self.clients[name].cooling_until()
            if cooling is not None:
                return ProviderStatus(name, "unavailable", f"rate limited until {cooling:%H:%M} UTC")
            return ProviderStatus(name, "ok", "nothing to ask")
        return ProviderStatus(name, "ok", answers.notes.get(name, ""))


def startup_warnings(settings: EngineSettings) -> list[str]:
    """What the bot says once when it starts: settings the providers' etiquette asks for."""
    if settings.corroboration.enabled and not settings.providers.contact:
        return ["providers.contact is empty: Wikimedia asks for an operator contact (e-mail or URL) in the User-Agent"]
    return []


def disabled_statuses(reason: str) -> list[ProviderStatus]:
    return [ProviderStatus(name, "disabled", reason) for name in PROVIDERS]


def _or_excluded(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except wayback.Excluded:
        return EXCLUDED
