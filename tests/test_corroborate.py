"""Corroboration against loopback provider stubs: real formats, real failure modes."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checks.corroborate import Corroborator
from checks.corroboration.roles import role_verdict
from checks.engine import analyse_document, corroborate
from checks.fetch import FetchedPage
from checks.providers.wikidata import Position
from checks.report import Report
from checks.settings import EngineSettings, GdeltSettings
from tests.conftest import EXAMPLES
from tests.providerstub import PROVIDERS, ProviderStub, Story

SEED_URL = "https://gulan.example/kalin-visit"
NOW = datetime(2026, 11, 27, tzinfo=UTC)


@pytest.fixture
def stub() -> Iterator[ProviderStub]:
    server = ProviderStub().start()
    yield server
    server.stop()


def seed_report(
    settings: EngineSettings, html: str | None = None, url: str = SEED_URL, corroborator: Corroborator | None = None
) -> Report:
    html = html or (EXAMPLES / "gulan-kalin-visit.html").read_text()
    doc, report = analyse_document(FetchedPage(url, url, html, "utf-8", "0" * 64, NOW), settings)
    corroborate(doc, report, settings, corroborator=corroborator)
    return report


def by_check(report: Report, check: str) -> list:
    return [i for i in report.items if i.check == check]


def statuses(report: Report) -> dict[str, tuple[str, str]]:
    return {p.name: (p.status, p.detail) for p in report.providers}


def test_seed_is_corroborated_end_to_end(stub: ProviderStub) -> None:
    stub.first_capture[SEED_URL] = "20240123141000"
    report = seed_report(stub.settings())
    outlets = [c.outlet for c in report.corroboration]
    assert {"aa.com.tr", "rudaw.net", "kurdistan24.net"} <= set(outlets)
    assert "gulan.example" not in outlets and "aggregator.example" not in outlets  # own site, syndicated copy
    assert len(outlets) == len(set(outlets))
    assert all(0 < c.match <= 1 for c in report.corroboration)
    (found,) = by_check(report, "corroboration.found")
    assert found.severity == "info" and "aa.com.tr (2024-01-23)" in found.detail
    mismatch = by_check(report, "dates.mismatch")[0]
    assert "confirms that date" in mismatch.detail  # the coverage settles page vs byline
    (prior,) = by_check(report, "claims.prior_event")
    assert prior.severity == "high" and "2023-08-22 middleeasteye.net" in prior.detail
    assert [e.text[:20] for e in prior.evidence[:2]] == ["In a landmark visit,", "Turkish Intelligence"]
    assert "makes first visit to Iraq" in prior.evidence[2].text and prior.evidence[2].url.startswith("https://")
    roles = {i.data["role"]: i.data["wikidata"]["status"] for i in by_check(report, "people.role")}
    assert roles == {"director": "supported", "former Iraqi prime minister": "supported", "head": "unknown"}
    assert ("2024-01-23", "archive_first_capture") in {(d.date.isoformat(), d.kind) for d in report.dates}
    assert report.archive and report.archive["url"].startswith("https://web.archive.org/web/20240123141000/")
    assert statuses(report)["factcheck"] == ("disabled", "disabled in the configuration")
    assert {name for name, (status, _) in statuses(report).items() if status == "ok"} == set(PROVIDERS) - {"factcheck"}
    assert not by_check(report, "source.unavailable") and not by_check(report, "corroboration.none")
    assert [i.id for i in report.items] == [f"c{n}" for n in range(1, len(report.items) + 1)]
    json_report = report.to_dict()
    assert json_report["corroboration"][0]["provider"] in ("gdelt", "google_news", "searxng")


def test_one_request_per_distinct_query(stub: ProviderStub) -> None:
    seed_report(stub.settings())
    assert stub.count("gdelt") == 1
    assert stub.count("searxng") == 1  # coverage and both novelty claims share one query
    assert stub.count("google_news") == 2  # the coverage window, then before the article's date
    assert stub.count("wikidata") == 1  # both people searched inside one SPARQL query


def test_repeated_queries_are_cached(stub: ProviderStub) -> None:
    settings = stub.settings()
    corroborator = Corroborator(settings)
    seed_report(settings, corroborator=corroborator)
    before = len(stub.requests)
    seed_report(settings, corroborator=corroborator)
    assert len(stub.requests) == before


def test_gdelt_spacing_is_respected(stub: ProviderStub) -> None:
    settings = stub.settings(gdelt=GdeltSettings(base_url=f"{stub.base}/gdelt", min_interval_seconds=1.5))
    corroborator = Corroborator(settings)
    seed_report(settings, corroborator=corroborator)
    started = time.monotonic()
    other = (EXAMPLES / "gulan-kalin-visit.html").read_text().replace("Iraq", "Erbil")
    seed_report(settings, html=other, url="https://gulan.example/other", corroborator=corroborator)
    gdelt_times = [n for n, (name, _) in enumerate(stub.requests) if name == "gdelt"]
    assert len(gdelt_times) == 2 and time.monotonic() - started >= 1.3


@pytest.mark.parametrize(
    ("provider", "mode", "detail"),
    [
        ("gdelt", "error", "refused the query (The specified phrase is too short.)"),
        ("gdelt", "rate_limited", "rate limited"),
        ("gdelt", "garbage", "answered garbage"),
        ("google_news", "error", "answered a web page instead of the feed"),
        ("searxng", "error", "every engine failed (bing news, duckduckgo news)"),
        ("searxng", "garbage", "answered garbage (not JSON)"),
        ("wayback", "error", "HTTP 503"),
        ("wikidata", "error", "HTTP 500"),
        ("wikidata", "garbage", "answered garbage (not JSON)"),
    ],
)
def test_failures_are_reported_and_the_report_still_produced(
    stub: ProviderStub, provider: str, mode: str, detail: str
) -> None:
    stub.modes[provider] = mode
    report = seed_report(stub.settings(budget=4))
    status, reason = statuses(report)[provider]
    assert status == "unavailable" and reason.startswith(detail), reason
    (item,) = [i for i in by_check(report, "source.unavailable") if i.data["provider"] == provider]
    assert item.severity == "info"
    assert by_check(report, "dates.mismatch")  # the offline findings are all still there


def test_empty_answers_are_not_failures(stub: ProviderStub) -> None:
    for name in PROVIDERS:
        stub.modes[name] = "empty"
    report = seed_report(stub.settings(factcheck_key="k"))
    assert all(status == "ok" for status, _ in statuses(report).values())
    # a 2024 article checked in 2026: no search reaches back that far, so silence is no verdict
    assert not by_check(report, "corroboration.none")
    assert "does not reliably reach 2024-01-23" in statuses(report)["gdelt"][1]
    assert report.archive is None and report.fact_checks == []
    assert all(i.data["wikidata"]["status"] == "unknown" for i in by_check(report, "people.role"))


def test_every_provider_down_at_once(stub: ProviderStub) -> None:
    for name in PROVIDERS:
        stub.modes[name] = "rate_limited"
    started = time.monotonic()
    report = seed_report(stub.settings(budget=3, factcheck_key="k"))
    assert time.monotonic() - started < 4.5
    assert all(status == "unavailable" for status, _ in statuses(report).values())
    assert len(by_check(report, "source.unavailable")) == len(PROVIDERS)
    assert not by_check(report, "corroboration.none")  # nobody could search: no verdict
    assert by_check(report, "dates.mismatch")


def test_slow_provider_past_the_budget(stub: ProviderStub) -> None:
    stub.delay["google_news"] = 5
    started = time.monotonic()
    report = seed_report(stub.settings(budget=1.5))
    assert time.monotonic() - started < 2.5
    assert statuses(report)["google_news"] == ("unavailable", "timed out (budget)")
    assert statuses(report)["gdelt"][0] == "ok"


def test_dead_provider(stub: ProviderStub) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()
    settings = stub.settings(budget=3, gdelt=GdeltSettings(base_url=f"{dead}/gdelt", min_interval_seconds=0))
    report = seed_report(settings)
    assert statuses(report)["gdelt"] == ("unavailable", "connection failed")


def test_retry_after_is_honoured(stub: ProviderStub) -> None:
    stub.throttle["gdelt"] = (1, "1")
    started = time.monotonic()
    report = seed_report(stub.settings(budget=5))
    assert statuses(report)["gdelt"][0] == "ok"
    assert stub.count("gdelt") == 2 and time.monotonic() - started >= 1.0


def test_contradicted_role(stub: ProviderStub) -> None:
    html = (
        "<html><body><h1>Talks in Baghdad</h1><p class='byline'>March 3, 2024</p>"
        "<p>Nouri al-Maliki, the Iraqi prime minister, met Turkish officials in Baghdad on Sunday to "
        "discuss border security and trade.</p></body></html>"
    )
    report = seed_report(stub.settings(), html=html, url="https://news.example/2024/03/03/maliki")
    (role,) = by_check(report, "people.role")
    assert role.severity == "high" and role.title.startswith("Role contradicted: Nouri al-Maliki")
    assert role.data["wikidata"]["qid"] == "Q182365"
    assert "2006-05-20 – 2014-09-08" in role.detail
    assert any(e.url == "https://www.wikidata.org/wiki/Q182365" for e in role.evidence)


def test_archive_predates_publication(stub: ProviderStub) -> None:
    url = "https://news.example/2024/03/03/recycled"
    stub.first_capture[url] = "20231102080000"
    html = (
        "<html><body><h1>Council votes on budget</h1><p class='byline'>March 3, 2024</p><p>The council "
        "approved the budget for the coming year after a long debate about road repairs.</p></body></html>"
    )
    report = seed_report(stub.settings(), html=html, url=url)
    (item,) = by_check(report, "dates.archive")
    assert item.severity == "high" and item.dates == ["2023-11-02", "2024-03-03"]
    assert item.evidence[0].url == f"https://web.archive.org/web/20231102080000/{url}"


def test_coverage_dated_differently(stub: ProviderStub) -> None:
    stub.corpus = [
        Story(
            f"https://o{n}.example/a",
            "Ibrahim Kalin visits Iraq for talks in Baghdad",
            f"o{n}.example",
            date(2024, 1, 17),
            "Ibrahim Kalin Iraq visit",
        )
        for n in range(3)
    ]
    report = seed_report(stub.settings())
    (conflict,) = by_check(report, "corroboration.date_conflict")
    assert conflict.severity == "high" and conflict.dates == ["2024-01-17", "2024-01-23"]


def test_prior_fact_checks_with_a_key(stub: ProviderStub) -> None:
    stub.fact_checks = [
        {
            "text": "Kalın visited Iraq for the first time",
            "claimant": "posts",
            "claimReview": [
                {
                    "publisher": {"name": "Teyit", "site": "teyit.org"},
                    "url": "https://teyit.org/kalin",
                    "title": "Not his first visit",
                    "reviewDate": "2024-01-25T00:00:00Z",
                    "textualRating": "Yanlış",
                    "languageCode": "tr",
                }
            ],
        }
    ]
    report = seed_report(stub.settings(factcheck_key="secret-key"))
    assert report.fact_checks[0]["rating"] == "Yanlış" and report.fact_checks[0]["url"] == "https://teyit.org/kalin"
    assert statuses(report)["factcheck"] == ("ok", "")


def test_offline_and_disabled() -> None:
    settings = EngineSettings()
    html = (EXAMPLES / "gulan-kalin-visit.html").read_text()
    doc, report = analyse_document(FetchedPage("t", SEED_URL, html, "utf-8", "0" * 64, NOW), settings)
    corroborate(doc, report, settings, offline=True)
    assert {p.status for p in report.providers} == {"disabled"}
    assert {p.detail for p in report.providers} == {"offline"}


@pytest.mark.parametrize(
    ("role", "org", "former", "expected"),
    [
        ("director", "Turkey's National Intelligence Organization (MIT)", False, "supported"),
        ("former Iraqi prime minister", None, True, "supported"),
        ("Iraqi prime minister", None, False, "contradicted"),
        ("Foreign Minister", "Turkish", False, "unknown"),
        ("head", "State of the Law Coalition", False, "unknown"),
    ],
)
def test_role_verdicts(role: str, org: str | None, former: bool, expected: str) -> None:
    positions = [
        Position("Director of the National Intelligence Organization", date(2023, 6, 5), None, 11, 11),
        Position("Prime Minister of Iraq", date(2006, 5, 20), date(2014, 9, 8), 11, 11),
    ]
    assert role_verdict(role, org, former, date(2024, 1, 23), positions)[0] == expected


def test_year_precision_is_not_compared_by_day() -> None:
    position = [Position("Prime Minister of Iraq", date(2024, 1, 1), None, 9, 11)]  # "2024" only
    assert role_verdict("prime minister", "Iraq", False, date(2024, 1, 23), position)[0] == "supported"
    assert role_verdict("prime minister", "Iraq", False, date(2023, 12, 31), position)[0] == "contradicted"


def test_cli_online_check_uses_the_providers(
    stub: ProviderStub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from bot.cli import main

    config = tmp_path / "c.toml"
    config.write_text(
        f"""
[fetch]
allow_private_addresses = true
[corroboration]
time_budget_seconds = 5
{stub.config_toml()}""",
        encoding="utf-8",
    )
    assert main(["check", str(EXAMPLES / "gulan-kalin-visit.html"), "--json", "--config", str(config)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {p["name"]: p["status"] for p in report["providers"]}["gdelt"] == "ok"
    assert report["corroboration"]
    assert (
        main(["check", str(EXAMPLES / "gulan-kalin-visit.html"), "--json", "--offline", "--config", str(config)]) == 0
    )
    offline = json.loads(capsys.readouterr().out)
    assert offline["corroboration"] == [] and {p["status"] for p in offline["providers"]} == {"disabled"}


def test_run_collects_values_errors_and_the_budget() -> None:
    from checks.corroboration.run import Task, run
    from checks.providers.http import Deadline, ProviderError

    def refuse() -> None:
        raise ProviderError("HTTP 403")

    results = run(
        [
            Task("gdelt", "gdelt:0", lambda: ["hit"]),
            Task("wayback", "first_capture", refuse),
            Task("wikidata", "wikidata", lambda: time.sleep(3)),
        ],
        Deadline(0.5),
    )
    assert results.values == {"gdelt:0": ["hit"]}
    assert results.errors == {"wayback": "HTTP 403", "wikidata": "timed out (budget)"}
    assert results.ok("gdelt") and not results.ok("wayback") and not results.ok("searxng")


def test_plan_of_the_seed() -> None:
    from checks.corroboration.plan import plan

    settings = EngineSettings()
    html = (EXAMPLES / "gulan-kalin-visit.html").read_text()
    doc, report = analyse_document(FetchedPage(SEED_URL, SEED_URL, html, "utf-8", "0" * 64, NOW), settings)
    the_plan = plan(doc, report)
    assert the_plan.around == date(2024, 1, 23) and the_plan.dated and the_plan.page_url == SEED_URL
    assert the_plan.people == ["Nouri Al-Maliki", "İbrahim Kalın"]
    assert len(the_plan.prior) == 1 and len(next(iter(the_plan.prior.values()))) == 1  # headline folded: one claim
