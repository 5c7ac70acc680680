"""Turning provider answers into the report: independent coverage (or its absence, only where
the providers asked cover the article's date), earlier events behind novelty claims, the
archive's first capture, fact-checks, and one status per provider."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from checks.corroboration.plan import Plan, coverage_terms
from checks.corroboration.text import host, match_score, tokens
from checks.document import Document
from checks.entities import names
from checks.providers import Hit, factcheck, gdelt, google_news, searxng, wayback
from checks.report import Coverage, DateCandidate, Evidence, Item, ProviderStatus, Report

SEARCHES = ("gdelt", "google_news", "searxng")
LABELS = {
    "gdelt": "GDELT",
    "google_news": "Google News",
    "searxng": "SearXNG",
    "wayback": "Wayback Machine",
    "wikidata": "Wikidata",
    "factcheck": "Google Fact Check Tools",
}
COVERS_DAYS = {"gdelt": gdelt.COVERS_DAYS, "google_news": google_news.COVERS_DAYS, "searxng": searxng.COVERS_DAYS}
COVERAGE_DAYS = 7
COVERAGE_KEEP_DAYS = 30  # a dated hit further away is another story (or a prior event), not coverage
MIN_MATCH = 0.25
MIN_PRIOR_MATCH = 0.3
SYNDICATED = 0.9
MAX_COVERAGE = 10
DATE_CONFLICT_DAYS = 3


@dataclass
class Answers:
    """What the providers said, gathered by the caller from the finished tasks."""

    coverage: list[Hit] = field(default_factory=list)
    coverage_from: set[str] = field(default_factory=set)  # search providers that answered the coverage query
    prior: dict[str, list[Hit]] = field(default_factory=dict)  # novelty sentence → earlier hits
    first_capture: wayback.Capture | None = None
    archive_copy: wayback.Capture | None = None
    save_job: str | None = None
    archive_note: str | None = None  # excluded from the archive, Save Page Now not used or refused
    fact_checks: list[factcheck.FactCheck] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # provider → detail of an "ok" status


def covers(provider: str, plan: Plan) -> bool:
    """Whether ``provider``'s index reliably reaches the article's date."""
    return (plan.today - plan.around).days <= COVERS_DAYS.get(provider, 10**6)


def judge(doc: Document, report: Report, plan: Plan, answers: Answers, statuses: list[ProviderStatus]) -> list[Item]:
    """Items for the report (coverage, prior events, archive, unavailable providers); fills
    ``report.corroboration``, ``archive``, ``fact_checks`` and ``providers``."""
    own = own_hosts(doc, report)
    report.corroboration, syndicated = independent_coverage(doc, answers.coverage, own)
    searched = [n for n in SEARCHES if n in answers.coverage_from]
    covering = [n for n in searched if covers(n, plan)]
    found_by = {h.provider for h in answers.coverage}
    statuses = [
        replace(s, detail=f"nothing found, and its index does not reliably reach {plan.around.isoformat()}")
        if s.name in searched and s.name not in covering and s.name not in found_by and not s.detail
        else s
        for s in statuses
    ]
    report.providers = statuses
    items: list[Item] = []
    if searched:
        items.extend(_coverage_items(doc, report, syndicated, searched, covering))
    items.extend(_prior_items(doc, report, answers, own))
    items.extend(_archive_items(doc, report, answers))
    report.fact_checks = [
        {
            "claim": f.claim,
            "publisher": f.publisher,
            "url": f.url,
            "title": f.title,
            "rating": f.rating,
            "reviewed": f.reviewed.isoformat() if f.reviewed else None,
        }
        for f in answers.fact_checks
    ]
    for status in statuses:
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
    return items


# -- coverage ------------------------------------------------------------------------------------


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
        outlet = host(hit.outlet) or host(urlsplit(hit.url).hostname or "")
        if not outlet or outlet in own or host(urlsplit(hit.url).hostname or "") in own:
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


def _coverage_items(
    doc: Document, report: Report, syndicated: int, searched: list[str], covering: list[str]
) -> list[Item]:
    published = doc.article.published
    if not report.corroboration:
        if not covering:  # nobody who could have seen the story in its time was asked: no verdict
            return []
        where = ", ".join(LABELS[n] for n in covering)
        blind = [LABELS[n] for n in searched if n not in covering]
        extra = f" ({syndicated} copies of the same text were left out)" if syndicated else ""
        window = f" within {COVERAGE_DAYS} days of {published.isoformat()}" if published else ""
        note = f" {' and '.join(blind)} were not counted: their index does not reach that date." if blind else ""
        return [
            Item(
                check="corroboration.none",
                severity="high",
                title="No independent coverage found",
                detail=f"No other outlet covered this story{window} (searched {where}){extra}.{note} Treat it as "
                f"single-source until someone else confirms it.",
                dates=[published.isoformat()] if published else [],
                data={"providers": covering},
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


def _prior_items(doc: Document, report: Report, answers: Answers, own: set[str]) -> list[Item]:
    """One ``claims.prior_event`` per set of earlier stories, naming every claim it contradicts."""
    published = doc.article.published or doc.today
    found_for: dict[tuple[str, ...], tuple[list[Hit], list[Item]]] = {}
    for novelty in [i for i in report.items if i.check == "claims.novelty"]:
        sentence = novelty.evidence[0].text
        reference = tokens(" ".join([*novelty.data.get("terms", []), sentence]))
        earlier: dict[str, tuple[float, Hit]] = {}
        for hit in answers.prior.get(sentence) or []:
            outlet = host(hit.outlet) or host(urlsplit(hit.url).hostname or "")
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
            f"{h.published.isoformat() if h.published else ''} {host(h.outlet)}: “{h.title}”" for h in found
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
                evidence=[
                    *(Evidence(e.text) for c in claims for e in c.evidence),  # each claim's sentences, headline too
                    *(Evidence(h.title, h.url) for h in found),
                ],
                data={"novelty_sentences": [c.evidence[0].text for c in claims]},
            )
        )
    return items


# -- archive -------------------------------------------------------------------------------------


def _archive_items(doc: Document, report: Report, answers: Answers) -> list[Item]:
    capture = answers.first_capture
    if answers.archive_copy is not None:
        report.archive = {"url": answers.archive_copy.url, "timestamp": answers.archive_copy.timestamp}
    elif answers.save_job:
        report.archive = {"save_job": answers.save_job}
    if answers.archive_note and not report.archive:
        report.archive = {"note": answers.archive_note}
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


def own_hosts(doc: Document, report: Report) -> set[str]:
    hosts = {host(urlsplit(u).hostname or "") for u in (report.url, doc.article.canonical_url) if u}
    return {h for h in hosts if h}
