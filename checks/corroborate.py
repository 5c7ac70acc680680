"""Corroboration: independent coverage, prior events, roles on Wikidata, archives, fact-checks.

Every provider request runs concurrently within ``corroboration.time_budget_seconds``; the
longest dependent chain is a Wikidata search followed by one SPARQL query for all people.
A provider that fails, is rate limited, answers garbage or runs past the budget is listed in
``report.providers`` and as a ``source.unavailable`` item; the report is always produced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from checks.document import Document
from checks.entities import names
from checks.providers import Hit, factcheck, gdelt, google_news, searxng, wayback, wikidata
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.report import SEVERITY_ORDER, Coverage, DateCandidate, Evidence, Item, ProviderStatus, Report
from checks.settings import EngineSettings

PROVIDERS = ("gdelt", "google_news", "searxng", "wayback", "wikidata", "factcheck")
SEARCHES = ("gdelt", "google_news", "searxng")
LABELS = {
    "gdelt": "GDELT",
    "google_news": "Google News",
    "searxng": "SearXNG",
    "wayback": "Wayback Machine",
    "wikidata": "Wikidata",
    "factcheck": "Google Fact Check Tools",
}
COVERAGE_DAYS = 7
COVERAGE_KEEP_DAYS = 30  # a dated hit further away is another story (or a prior event), not coverage
MIN_MATCH = 0.25
MIN_PRIOR_MATCH = 0.3
SYNDICATED = 0.9
MAX_PRIOR_CLAIMS = 3
MAX_COVERAGE = 10
DATE_CONFLICT_DAYS = 3
_WORD = re.compile(r"[\w'’]+", re.UNICODE)
_FILLER = frozenset(
    """the a an of in on at to for and or with from by as is are was were be been his her its
their this that after before over into about says said new news""".split()
)


@dataclass
class Outcome:
    """What the provider tasks found; filled from worker threads, read after the wait."""

    coverage: list[Hit] = field(default_factory=list)
    prior: dict[str, list[Hit]] = field(default_factory=dict)
    first_capture: wayback.Capture | None = None
    archive_copy: wayback.Capture | None = None
    save_job: str | None = None
    people: dict[str, wikidata.Entity | None] = field(default_factory=dict)
    positions: dict[str, list[wikidata.Position]] = field(default_factory=dict)
    fact_checks: list[factcheck.FactCheck] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    ran: set[str] = field(default_factory=set)


class Corroborator:
    """Holds one client per provider (rate limits and caches live across checks)."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        agent = settings.fetch.user_agent
        self.clients = {
            "gdelt": ProviderClient("gdelt", agent, settings.providers.gdelt.min_interval_seconds),
            **{name: ProviderClient(name, agent) for name in PROVIDERS if name != "gdelt"},
        }

    def enabled(self, name: str) -> bool:
        provider = getattr(self.settings.providers, name)
        if name == "factcheck" and not provider.api_key:
            return False
        return bool(provider.enabled)

    def run(self, doc: Document, report: Report) -> None:
        """Add coverage, archive and role findings to ``report`` (in place), within the budget."""
        outcome = Outcome()
        deadline = Deadline(self.settings.corroboration.time_budget_seconds)
        tasks = self._tasks(doc, report, outcome, deadline)
        pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="corroborate")
        futures: dict[Future[None], str] = {pool.submit(_guard, outcome, name, fn): name for name, fn in tasks}
        pending = set(futures)
        while pending and deadline.left() > 0:
            _done, pending = wait(pending, timeout=max(0.01, deadline.left()), return_when=FIRST_COMPLETED)
        for future in pending:
            outcome.errors.setdefault(futures[future], "timed out (budget)")
        pool.shutdown(wait=False, cancel_futures=True)
        self._report(doc, report, _settled(outcome))

    # -- tasks ---------------------------------------------------------------------------------

    def _tasks(
        self, doc: Document, report: Report, outcome: Outcome, deadline: Deadline
    ) -> list[tuple[str, Callable[[], None]]]:
        p = self.settings.providers
        c = self.clients
        article_date = doc.article.published or doc.today
        terms = coverage_terms(doc)
        tasks: list[tuple[str, Callable[[], None]]] = []
        if terms and self.enabled("gdelt"):
            tasks.append(
                (
                    "gdelt",
                    lambda: outcome.coverage.extend(
                        gdelt.search(c["gdelt"], p.gdelt, terms, article_date, COVERAGE_DAYS, deadline)
                    ),
                )
            )
        if terms and self.enabled("google_news"):
            tasks.append(
                (
                    "google_news",
                    lambda: outcome.coverage.extend(
                        google_news.search(
                            c["google_news"],
                            p.google_news,
                            terms,
                            after=article_date - timedelta(days=COVERAGE_DAYS),
                            before=article_date + timedelta(days=COVERAGE_DAYS),
                            deadline=deadline,
                        )
                    ),
                )
            )
        # One search per distinct query: the novelty claims of an article usually share their terms,
        # and SearXNG has no date filter, so its coverage query also serves the prior-event check.
        prior: dict[tuple[str, ...], list[str]] = {}
        for item in [i for i in report.items if i.check == "claims.novelty"][:MAX_PRIOR_CLAIMS]:
            item_terms = tuple(t for t in item.data.get("terms", []) if t)
            if item_terms:
                prior.setdefault(item_terms, []).append(item.evidence[0].text)
                outcome.prior.setdefault(item.evidence[0].text, [])
        if self.enabled("google_news"):
            for query, keys in prior.items():
                tasks.append(
                    (
                        "google_news",
                        lambda q=query, k=keys: _share(
                            outcome,
                            k,
                            google_news.search(
                                c["google_news"],
                                p.google_news,
                                list(q),
                                after=None,
                                before=article_date - timedelta(days=1),
                                deadline=deadline,
                            ),
                        ),
                    )
                )
        if self.enabled("searxng"):
            for query in dict.fromkeys([tuple(terms), *prior]):
                if not query:
                    continue
                keys = prior.get(query, [])
                for_coverage = list(query) == terms
                tasks.append(
                    (
                        "searxng",
                        lambda q=query, k=keys, cov=for_coverage: _share(
                            outcome, k, searxng.search(c["searxng"], p.searxng, list(q), deadline), cov
                        ),
                    )
                )
        page_url = _archivable_url(doc, report)
        if page_url and self.enabled("wayback"):
            tasks.append(
                (
                    "wayback",
                    lambda: setattr(
                        outcome, "first_capture", wayback.first_capture(c["wayback"], p.wayback, page_url, deadline)
                    ),
                )
            )
            tasks.append(("wayback", lambda: self._archive_copy(outcome, page_url, deadline)))
        people = sorted({i.data["person"] for i in report.items if i.check == "people.role"})
        if people and self.enabled("wikidata"):
            tasks.append(("wikidata", lambda: self._roles(outcome, people, deadline, doc.article.language)))
        if doc.article.title and self.enabled("factcheck"):
            tasks.append(
                (
                    "factcheck",
                    lambda: outcome.fact_checks.extend(
                        factcheck.search(
                            c["factcheck"], p.factcheck, doc.article.title or "", doc.article.language, deadline
                        )
                    ),
                )
            )
        return tasks

    def _archive_copy(self, outcome: Outcome, url: str, deadline: Deadline) -> None:
        p, c = self.settings.providers.wayback, self.clients["wayback"]
        outcome.archive_copy = wayback.closest_copy(c, p, url, deadline)
        if outcome.archive_copy is None and p.save:
            outcome.save_job = wayback.request_save(c, p, url, deadline)

    def _roles(self, outcome: Outcome, people: list[str], deadline: Deadline, language: str | None) -> None:
        """Search every person at once, then one SPARQL query: a chain of two requests."""
        p, c = self.settings.providers.wikidata, self.clients["wikidata"]
        lang = (language or "en").split("-")[0].lower()
        with ThreadPoolExecutor(max_workers=min(8, len(people))) as pool:
            found = dict(
                zip(people, pool.map(lambda n: wikidata.find_person(c, p, n, deadline, lang), people), strict=True)
            )
        outcome.people.update(found)
        qids = sorted({e.qid for e in found.values() if e is not None})
        if qids:
            outcome.positions.update(wikidata.positions(c, p, qids, deadline))

    # -- turning results into the report -----------------------------------------------------------

    def _report(self, doc: Document, report: Report, outcome: Outcome) -> None:
        report.providers = [self._status(name, outcome) for name in PROVIDERS]
        searched_ok = [n for n in SEARCHES if n in outcome.ran and n not in outcome.errors]
        own = _own_hosts(doc, report)
        report.corroboration, syndicated = independent_coverage(doc, outcome.coverage, own)
        items: list[Item] = []
        if searched_ok:
            items.extend(_coverage_items(doc, report, syndicated, searched_ok))
        items.extend(_prior_items(doc, report, outcome, own))
        _apply_roles(report, outcome)
        items.extend(_archive_items(doc, report, outcome))
        report.fact_checks = [
            {
                "claim": f.claim,
                "publisher": f.publisher,
                "url": f.url,
                "title": f.title,
                "rating": f.rating,
                "reviewed": f.reviewed.isoformat() if f.reviewed else None,
            }
            for f in outcome.fact_checks
        ]
        for status in report.providers:
            if status.status == "unavailable":
                items.append(
                    Item(
                        check="source.unavailable",
                        severity="info",
                        title=f"{LABELS[status.name]} unavailable",
                        detail=f"{LABELS[status.name]} could not be used ({status.detail}); results from it are "
                        f"missing, so check coverage by hand if it matters.",
                        data={"provider": status.name},
                    )
                )
        report.items.extend(items)
        report.items.sort(key=lambda i: SEVERITY_ORDER[i.severity])
        report.number_items()

    def _status(self, name: str, outcome: Outcome) -> ProviderStatus:
        if not self.enabled(name):
            reason = (
                "no API key"
                if name == "factcheck" and getattr(self.settings.providers, name).enabled
                else "disabled in the configuration"
            )
            return ProviderStatus(name, "disabled", reason)
        if name in outcome.errors:
            return ProviderStatus(name, "unavailable", outcome.errors[name])
        if name not in outcome.ran:
            return ProviderStatus(name, "ok", "nothing to ask")
        return ProviderStatus(name, "ok", "")


def disabled_statuses(reason: str) -> list[ProviderStatus]:
    return [ProviderStatus(name, "disabled", reason) for name in PROVIDERS]


def _share(outcome: Outcome, keys: list[str], hits: list[Hit], coverage: bool = False) -> None:
    for key in keys:
        outcome.prior[key].extend(hits)
    if coverage:
        outcome.coverage.extend(hits)


def _settled(outcome: Outcome) -> Outcome:
    """A copy of what was found by the deadline: threads that outlive the budget keep
    writing into ``outcome``, never into the report being built from the copy."""
    return replace(
        outcome,
        coverage=list(outcome.coverage),
        prior={key: list(hits) for key, hits in list(outcome.prior.items())},
        people=dict(outcome.people),
        positions={key: list(found) for key, found in list(outcome.positions.items())},
        fact_checks=list(outcome.fact_checks),
        errors=dict(outcome.errors),
        ran=set(outcome.ran),
    )


def _guard(outcome: Outcome, name: str, fn: Callable[[], None]) -> None:
    outcome.ran.add(name)
    try:
        fn()
    except ProviderError as exc:
        outcome.errors.setdefault(name, str(exc))
    except Exception as exc:  # noqa: BLE001 - one provider's bug must not sink the report
        outcome.errors.setdefault(name, f"failed ({exc.__class__.__name__})")


# -- coverage ------------------------------------------------------------------------------------


def coverage_terms(doc: Document) -> list[str]:
    """Search terms for the story: people and places from the headline and lede, plus a topic word."""
    from checks.entities import key_terms

    lede = doc.paragraphs[0] if doc.paragraphs else ""
    title = doc.article.title or ""
    return key_terms(title, lede) if title else key_terms(lede)


def tokens(text: str) -> set[str]:
    """Content words, diacritics folded ("Kalın" = "Kalin"), plural/possessive "s" dropped."""
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    out = set()
    for word in _WORD.findall(folded):
        word = re.sub(r"['’]s$", "", word).strip("'’")
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) > 2 and word not in _FILLER:
            out.add(word)
    return out


def match_score(reference: set[str], title: str) -> float:
    """How much of a found headline is about this story: shared words over the headline's
    words (at least two shared)."""
    other = tokens(title)
    shared = reference & other
    if len(shared) < 2 or not other:
        return 0.0
    return len(shared) / min(len(other), len(reference))


def independent_coverage(doc: Document, hits: list[Hit], own: set[str]) -> tuple[list[Coverage], int]:
    """One entry per outlet, the article's own site, syndicated copies and hits dated far
    from the article left out."""
    around = doc.article.published or doc.today
    reference = tokens(
        " ".join([doc.article.title or "", *coverage_terms(doc), *names(doc.paragraphs[0] if doc.paragraphs else "")])
    )
    title_tokens = tokens(doc.article.title or "")
    best: dict[str, Coverage] = {}
    syndicated = 0
    for hit in hits:
        outlet = _host(hit.outlet) or _host(urlsplit(hit.url).hostname or "")
        if not outlet or outlet in own or _host(urlsplit(hit.url).hostname or "") in own:
            continue
        if hit.published and abs((hit.published - around).days) > COVERAGE_KEEP_DAYS:
            continue
        if title_tokens and match_score(title_tokens, hit.title) >= SYNDICATED:
            syndicated += 1
            continue
        score = match_score(reference, hit.title)
        if score < MIN_MATCH:
            continue
        current = best.get(outlet)
        if current is None or score > current.match:
            best[outlet] = Coverage(hit.url, hit.title, outlet, hit.published, hit.provider, score)
    ranked = sorted(best.values(), key=lambda c: (c.published is None, -c.match))
    return ranked[:MAX_COVERAGE], syndicated


def _coverage_items(doc: Document, report: Report, syndicated: int, searched: list[str]) -> list[Item]:
    where = ", ".join(LABELS[n] for n in searched)
    published = doc.article.published
    if not report.corroboration:
        extra = f" ({syndicated} copies of the same text were left out)" if syndicated else ""
        window = f" within {COVERAGE_DAYS} days of {published.isoformat()}" if published else ""
        return [
            Item(
                check="corroboration.none",
                severity="high",
                title="No independent coverage found",
                detail=f"No other outlet covered this story{window} (searched {where}){extra}. Treat it as "
                f"single-source until someone else confirms it.",
                dates=[published.isoformat()] if published else [],
            )
        ]
    listed = "; ".join(
        f"{c.outlet} ({c.published.isoformat() if c.published else 'undated'})" for c in report.corroboration[:5]
    )
    items = [
        Item(
            check="corroboration.found",
            severity="info",
            title=f"Covered by {len(report.corroboration)} independent outlet(s)",
            detail=f"Also reported by {listed}. Open them to confirm they report the same facts.",
            dates=sorted({c.published.isoformat() for c in report.corroboration if c.published}),
            evidence=[Evidence(c.title, c.url) for c in report.corroboration[:5]],
        )
    ]
    dated = sorted(c.published for c in report.corroboration if c.published)
    if published and dated:
        middle = dated[len(dated) // 2]
        agreeing = [d for d in dated if abs((d - published).days) <= DATE_CONFLICT_DAYS]
        if abs((middle - published).days) > DATE_CONFLICT_DAYS and len(agreeing) < len(dated) / 2:
            items.append(
                Item(
                    check="corroboration.date_conflict",
                    severity="high",
                    title="Other outlets date the story differently",
                    detail=f"Most coverage elsewhere is dated around {middle.isoformat()} ({len(dated)} outlets), but "
                    f"the article says {published.isoformat()}. Establish when it actually happened.",
                    dates=sorted({middle.isoformat(), published.isoformat()}),
                    evidence=[Evidence(c.title, c.url) for c in report.corroboration if c.published][:3],
                )
            )
        else:
            _confirm_byline(report, published, len(agreeing))
    return items


def _confirm_byline(report: Report, published: date, outlets: int) -> None:
    """Coverage agreeing with the article date settles a page/byline mismatch: say so on it."""
    if not outlets:
        return
    for item in report.items:
        if item.check == "dates.mismatch" and published.isoformat() in item.dates:
            item.detail += (
                f" Coverage elsewhere ({outlets} outlet{'s' if outlets > 1 else ''}) dates the story to "
                f"{published.isoformat()}, which confirms that date."
            )


def _prior_items(doc: Document, report: Report, outcome: Outcome, own: set[str]) -> list[Item]:
    """One ``claims.prior_event`` per set of earlier stories, naming every claim it contradicts."""
    published = doc.article.published or doc.today
    found_for: dict[tuple[str, ...], tuple[list[Hit], list[Item]]] = {}
    for novelty in [i for i in report.items if i.check == "claims.novelty"]:
        sentence = novelty.evidence[0].text
        reference = tokens(" ".join([*novelty.data.get("terms", []), sentence]))
        earlier: dict[str, tuple[float, Hit]] = {}
        for hit in outcome.prior.get(sentence) or []:
            outlet = _host(hit.outlet) or _host(urlsplit(hit.url).hostname or "")
            if not hit.published or hit.published >= published - timedelta(days=1) or outlet in own:
                continue
            score = match_score(reference, hit.title)
            if score >= MIN_PRIOR_MATCH and (outlet not in earlier or score > earlier[outlet][0]):
                earlier[outlet] = (score, hit)
        if earlier:
            found = sorted((h for _, h in earlier.values()), key=lambda h: h.published or date.max)[:3]
            key = tuple(h.url for h in found)
            found_for.setdefault(key, (found, []))[1].append(novelty)
    items: list[Item] = []
    for found, claims in found_for.values():
        listed = "; ".join(
            f"{h.published.isoformat() if h.published else ''} {_host(h.outlet)}: “{h.title}”" for h in found
        )
        triggers = ", ".join(dict.fromkeys(t for c in claims for t in c.data.get("triggers", [])))
        items.append(
            Item(
                check="claims.prior_event",
                severity="high",
                title="Earlier event of the same kind found",
                detail=f"The claim ({triggers}) may be wrong: earlier coverage describes a similar event — {listed}. "
                f"Read it before repeating the claim.",
                dates=sorted({h.published.isoformat() for h in found if h.published}),
                evidence=[*(Evidence(c.evidence[0].text) for c in claims), *(Evidence(h.title, h.url) for h in found)],
                data={"novelty_sentences": [c.evidence[0].text for c in claims]},
            )
        )
    return items


# -- roles -------------------------------------------------------------------------------------------


_ROLE_FILLER = frozenset(
    {
        "former",
        "ex",
        "acting",
        "deputy",
        "interim",
        "outgoing",
        "incoming",
        "then",
        "current",
        "the",
        "of",
        "eski",
        "newly",
        "appointed",
    }
)
_DEMONYM = re.compile(r"^[A-ZÇĞİÖŞÜ]\w*(?:i|ish|ese|ian|an)$")
_ROLE_NOUNS = frozenset({"chairman", "chairwoman", "spokesman", "spokeswoman"})


def role_verdict(
    role: str, organization: str | None, former: bool, at: date, positions: list[wikidata.Position]
) -> tuple[str, list[wikidata.Position]]:
    """``supported``, ``contradicted`` or ``unknown``, with the matching positions.

    A position matches when its label holds every role word ("prime minister") and shares a
    stem with the organisation or country ("Iraqi" ~ "Iraq", "Turkey's … Organization").
    """
    words = [w for w in _WORD.findall(role) if w.lower() not in _ROLE_FILLER]
    qualifiers = {w.lower() for w in words if _DEMONYM.match(w) and w.lower() not in _ROLE_NOUNS}
    role_words = {w.lower() for w in words} - qualifiers
    place = _stems(tokens(organization or "") | qualifiers)
    matching = []
    for position in positions:
        label = tokens(position.label)
        if role_words and role_words <= label and (not place or place & _stems(label)):
            matching.append(position)
    if not matching:
        return "unknown", []
    held = [p for p in matching if _held_on(p, at)]
    if former:
        if held:
            return "contradicted", held
        ended = [p for p in matching if p.end is not None and _before(p.end, at, p.end_precision)]
        return ("supported", ended) if ended else ("unknown", matching)
    return ("supported", held) if held else ("contradicted", matching)


def _stems(words: set[str]) -> set[str]:
    return {w[:4] for w in words if len(w) >= 4 and w not in _ROLE_FILLER}


def _held_on(position: wikidata.Position, at: date) -> bool:
    started = position.start is None or not _before(at, position.start, position.start_precision)
    ongoing = position.end is None or not _before(position.end, at, position.end_precision)
    return started and ongoing


def _before(a: date, b: date, precision: int) -> bool:
    """``a`` strictly before ``b`` at the coarser of day/month/year precision."""
    if precision <= 9:
        return a.year < b.year
    if precision == 10:
        return (a.year, a.month) < (b.year, b.month)
    return a < b


def _apply_roles(report: Report, outcome: Outcome) -> None:
    for item in report.items:
        if item.check != "people.role":
            continue
        person = item.data["person"]
        if person not in outcome.people:
            continue
        entity = outcome.people[person]
        at = date.fromisoformat(item.data["at"])
        if entity is None:
            item.data["wikidata"] = {"status": "unknown", "qid": None}
            item.detail += " Wikidata: no entry found for this name."
            continue
        verdict, matched = role_verdict(
            item.data["role"],
            item.data.get("organization"),
            item.data["former"],
            at,
            outcome.positions.get(entity.qid, []),
        )
        link = f"https://www.wikidata.org/wiki/{entity.qid}"
        spans = "; ".join(f"{p.label} {_span(p)}" for p in matched[:3])
        item.data["wikidata"] = {
            "status": verdict,
            "qid": entity.qid,
            "positions": [{"label": p.label, "start": _iso(p.start), "end": _iso(p.end)} for p in matched[:5]],
        }
        item.evidence.append(Evidence(f"Wikidata {entity.qid}: {entity.label}", link))
        if verdict == "supported":
            item.detail += f" Wikidata supports it: {spans}."
        elif verdict == "contradicted":
            item.severity = "high"
            item.title = item.title.replace("Role to verify", "Role contradicted", 1)
            item.detail += (
                f" Wikidata contradicts it on {at.isoformat()}: {spans or 'no such position then'}. "
                f"Correct the role or the date before publishing."
            )
        else:
            item.detail += " Wikidata does not list this position for them; verify with an official source."


def _span(position: wikidata.Position) -> str:
    return f"({_iso(position.start) or '?'} – {_iso(position.end) or 'present'})"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- archives ---------------------------------------------------------------------------------------


def _archive_items(doc: Document, report: Report, outcome: Outcome) -> list[Item]:
    capture = outcome.first_capture
    if outcome.archive_copy is not None:
        report.archive = {"url": outcome.archive_copy.url, "timestamp": outcome.archive_copy.timestamp}
    elif outcome.save_job:
        report.archive = {"save_job": outcome.save_job}
    if capture is None:
        return []
    report.dates.append(DateCandidate(capture.date, "archive_first_capture", "web.archive.org CDX", capture.timestamp))
    published = doc.article.published
    if published is None or (published - capture.date).days <= 1:
        return []
    return [
        Item(
            check="dates.archive",
            severity="high",
            title="Archived before its stated publication date",
            detail=f"The Wayback Machine first saved this address on {capture.date.isoformat()}, "
            f"{(published - capture.date).days} days before the stated publication date "
            f"{published.isoformat()}. The page existed earlier: it may have been re-dated or recycled. "
            f"Compare with the first capture.",
            dates=sorted({capture.date.isoformat(), published.isoformat()}),
            evidence=[Evidence(f"first capture {capture.timestamp}", capture.url)],
        )
    ]


def _archivable_url(doc: Document, report: Report) -> str | None:
    for url in (doc.article.canonical_url, report.url):
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _own_hosts(doc: Document, report: Report) -> set[str]:
    hosts = {_host(urlsplit(u).hostname or "") for u in (report.url, doc.article.canonical_url) if u}
    return {h for h in hosts if h}


def _host(value: str) -> str:
    host = (value or "").lower().strip()
    host = re.sub(r"^https?://", "", host).split("/")[0]
    return host.removeprefix("www.").removeprefix("m.")
