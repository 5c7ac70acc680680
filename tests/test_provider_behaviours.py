"""Each provider behaviour as the real service shows it, through ``factdesk check``.

The stubs (tests/providerstub.py) replay what the live services do — recorded replies in
tests/fixtures/providers/ — and every test asserts both the checklist items and the
``providers`` list of the JSON report.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from checks import __version__
from checks.corroborate import startup_warnings
from checks.providers import gdelt
from tests.pageserver import PageServer
from tests.providerstub import FIXTURES, PROVIDERS, ProviderStub, Story, gdelt_refusal

TODAY = date.today()
RECENT = TODAY - timedelta(days=3)
OLD = TODAY - timedelta(days=730)
UNTIL = re.compile(r"^rate limited until \d\d:\d\d UTC$")


@pytest.fixture
def stub() -> Iterator[ProviderStub]:
    server = ProviderStub().start()
    yield server
    server.stop()


def article(title: str, lede: str, published: date, lang: str = "en") -> bytes:
    return f"""<html lang="{lang}"><head><title>{title}</title>
<meta property="article:published_time" content="{published.isoformat()}T09:00:00Z"></head>
<body><h1>{title}</h1><p class="byline">{published.strftime("%B %d, %Y").replace(" 0", " ")}</p>
<p>{lede}</p><p>The two sides also discussed trade, water and energy in a long closing session.</p>
</body></html>""".encode()


ERDOGAN = (
    "Erdoğan hosts Al-Sudani for landmark talks",
    "Turkish President Recep Tayyip Erdoğan hosted Mohammed Shia Al-Sudani in Ankara for talks on water and trade.",
)
FIDAN = (
    "Fidan meets Iraqi officials in Baghdad",
    "Hakan Fidan, the former director of Turkey's National Intelligence Organization (MIT), met Iraqi officials "
    "in Baghdad on Sunday.",
)

FIDAN_TR = (  # the same story as a Turkish outlet writes it: role patterns follow the page's language
    "Fidan Bağdat'ta Iraklı yetkililerle görüştü",
    "MİT Başkanı Hakan Fidan, Pazar günü Bağdat'ta Iraklı yetkililerle görüştü.",
)


def check(
    stub: ProviderStub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    targets: list[str],
    budget: float = 5,
    **tables: str,
) -> list[dict]:
    """Run ``factdesk check --json`` on ``targets`` in one process; ``tables`` adds lines to
    ``[providers.NAME]`` (``providers`` itself for the top-level keys)."""
    toml = stub.config_toml()
    if "providers" in tables:
        toml = re.sub(r"(?m)^contact = .*\n", "", toml)
    for table, lines in tables.items():
        header = "[providers]\n" if table == "providers" else f"[providers.{table}]\n"
        toml = toml.replace(header, header + lines + "\n")
    config = tmp_path / "config.toml"
    config.write_text(
        f"[fetch]\nallow_private_addresses = true\n[corroboration]\ntime_budget_seconds = {budget}\n{toml}",
        encoding="utf-8",
    )
    main(["check", *targets, "--json", "--config", str(config)])
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def providers(report: dict) -> dict[str, tuple[str, str]]:
    return {p["name"]: (p["status"], p["detail"]) for p in report["providers"]}


def items(report: dict, check_id: str) -> list[dict]:
    return [i for i in report["items"] if i["check"] == check_id]


def serve(server: PageServer, path: str, title_lede: tuple[str, str], published: date, lang: str = "en") -> str:
    return server.html(path, article(*title_lede, published, lang))


# 1 -------------------------------------------------------------------------------------------------


def test_unknown_end_date_means_ended_not_present(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, "/fidan", FIDAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    (role,) = items(report, "people.role")
    assert role["severity"] == "low" and role["title"].startswith("Role to verify: Hakan Fidan")
    assert "(2010-05-27 – ended, date unknown)" in role["detail"] and "present" not in role["detail"]
    assert providers(report)["wikidata"] == ("ok", "")


def test_month_precision_is_compared_by_month(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Minister of Foreign Affairs since "June 2023" (precision 10): held on 2023-06-02 already.
    lede = "Hakan Fidan, Turkey's foreign minister, met Iraqi officials in Baghdad on Friday."
    url = serve(server, "/fm", ("Fidan in Baghdad", lede), date(2023, 6, 2))
    (report,) = check(stub, tmp_path, capsys, [url])
    (role,) = items(report, "people.role")
    assert (
        role["severity"] == "low" and "Wikidata supports it: Minister of Foreign Affairs (2023-06-01" in role["detail"]
    )


# 2 -------------------------------------------------------------------------------------------------


def test_retry_after_beyond_the_budget_is_remembered_by_the_next_checks(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.throttle["gdelt"] = (5, "30")  # WDQS-style 429 with Retry-After: 30, past a 3 s budget
    urls = [serve(server, f"/a{n}", ERDOGAN, RECENT) for n in range(3)]
    reports = check(stub, tmp_path, capsys, urls, budget=3)
    assert stub.count("gdelt") == 1  # the next checks never knocked
    for report in reports:
        status, detail = providers(report)["gdelt"]
        assert status == "unavailable" and UNTIL.match(detail), detail
        assert [i["data"]["provider"] for i in items(report, "source.unavailable")] == ["gdelt"]


def test_429_without_retry_after_gets_a_backoff_of_its_own(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.throttle["wayback"] = (5, None)  # the Internet Archive sends no Retry-After
    urls = [serve(server, f"/b{n}", ERDOGAN, RECENT) for n in range(2)]
    first, second = check(stub, tmp_path, capsys, urls)
    assert stub.count("wayback") <= 2  # the first check's two parallel requests, nothing after
    for report in (first, second):
        status, detail = providers(report)["wayback"]
        assert status == "unavailable" and UNTIL.match(detail), detail
    assert providers(second)["gdelt"][0] == "ok"  # one provider's cool-down is its own


# 3 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "Hakan Fidan, Turkey's foreign minister, met Iraqi officials in Baghdad on Sunday.",
        "Hakan Fidan, the Minister of Foreign Affairs, met Iraqi officials in Baghdad on Sunday.",
    ],
)
def test_role_words_are_normalised_like_labels(
    lede: str, stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, "/fm", ("Fidan in Baghdad", lede), RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    (role,) = items(report, "people.role")
    assert "Wikidata supports it: Minister of Foreign Affairs" in role["detail"]


# 4 -------------------------------------------------------------------------------------------------


def test_gdelt_gets_a_query_it_accepts(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.corpus.append(
        Story(
            "https://www.aa.com.tr/en/erdogan-al-sudani",
            "Erdogan and Al-Sudani hold talks in Ankara",
            "aa.com.tr",
            RECENT,
            "Erdogan Al-Sudani talks",
        )
    )
    url = serve(server, "/e", ERDOGAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    (sent,) = [s.params["query"] for s in stub.seen if s.provider == "gdelt"]
    assert sent == '(Erdoğan OR Erdogan) "Al-Sudani" talks'
    assert providers(report)["gdelt"] == ("ok", "")
    assert any(c["provider"] == "gdelt" and c["outlet"] == "aa.com.tr" for c in report["corroboration"])


def test_gdelt_refusals_are_plain_text_under_200(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.modes["gdelt"] = "error"
    url = serve(server, "/e", ERDOGAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    assert providers(report)["gdelt"] == ("unavailable", "refused the query (The specified phrase is too short.)")
    # the stub refuses what the live API refuses, so the query builder is held to it
    assert gdelt_refusal("Al-Sudani talks") == "dash"
    assert gdelt_refusal('"BMW" talks') == "short_phrase"
    assert gdelt_refusal("EU talks") == "short_keyword"
    assert gdelt_refusal('"Al-Sudani" OR Maliki') == "or"
    assert gdelt_refusal(gdelt.query(["BMW", "EU", "F-1", "Al-Sudani", "İbrahim Kalın"])) is None


# 5 -------------------------------------------------------------------------------------------------


def test_gdelt_reply_with_invalid_escapes_keeps_its_results(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.modes["gdelt"] = "escape"
    stub.modes["google_news"] = stub.modes["searxng"] = "empty"
    stub.corpus.append(
        Story(
            "https://www.hurriyetdailynews.com/x",
            "Türkiye's Erdogan hosts Iraq's Al-Sudani for talks",
            "hurriyetdailynews.com",
            RECENT,
            "Erdogan Al-Sudani talks",
        )
    )
    url = serve(server, "/e", ERDOGAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    assert providers(report)["gdelt"] == ("ok", "")
    assert [c["title"] for c in report["corroboration"]] == ["Türkiye's Erdogan hosts Iraq's Al-Sudani for talks"]
    recorded = gdelt.parse((FIXTURES / "gdelt-artlist-invalid-escape.json").read_text(encoding="utf-8"))
    assert [h.outlet for h in recorded] == ["reuters.com", "hurriyetdailynews.com", "semana.com"]
    assert recorded[1].title == "Türkiye's Erdoğan, Iraq's Al-Sudani sign development road deal"


# 6 -------------------------------------------------------------------------------------------------


def test_save_page_now_is_not_called_without_keys(
    stub: ProviderStub,
    server: PageServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    urls = [serve(server, f"/s{n}", ERDOGAN, RECENT) for n in range(2)]
    with caplog.at_level(logging.WARNING):
        reports = check(stub, tmp_path, capsys, urls, wayback="save = true")
    assert not [s for s in stub.seen if s.params["path"] == "/wb/save"]
    assert len([r for r in caplog.records if "Save Page Now not used" in r.getMessage()]) == 1  # said once
    for report in reports:
        assert report["archive"]["note"].startswith("Save Page Now not used: no archive.org keys")
        assert providers(report)["wayback"] == ("ok", "")


def test_save_page_now_refusing_the_keys_is_a_configuration_problem(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, "/s", ERDOGAN, RECENT)
    keys = 'save = true\ns3_access_key = "old"\ns3_secret_key = "revoked"'
    (report,) = check(stub, tmp_path, capsys, [url], wayback=keys)
    assert [s.headers["authorization"] for s in stub.seen if s.params["path"] == "/wb/save"] == ["LOW old:revoked"]
    status, detail = providers(report)["wayback"]
    assert status == "ok" and "refused the keys (HTTP 401)" in detail and "s3_access_key" in detail
    assert not items(report, "source.unavailable")


def test_empty_availability_falls_back_to_cdx(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, "/w", ERDOGAN, RECENT)
    stub.first_capture[url] = RECENT.strftime("%Y%m%d") + "101500"
    stub.modes["wayback"] = "no_availability"
    (report,) = check(stub, tmp_path, capsys, [url])
    assert report["archive"]["url"] == f"https://web.archive.org/web/{stub.first_capture[url]}/{url}"
    assert [s.params.get("limit") for s in stub.seen if s.params["path"] == "/wb/cdx"].count("-1") == 1
    assert providers(report)["wayback"] == ("ok", "")


def test_a_blocked_site_is_excluded_not_unavailable(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.modes["wayback"] = "blocked"
    url = serve(server, "/w", ERDOGAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    assert providers(report)["wayback"] == ("ok", "site excluded from the archive")
    assert report["archive"] == {"note": "excluded from the Wayback Machine (Blocked Site Error)"}
    assert not items(report, "source.unavailable") and not items(report, "dates.archive")


# 7, 8 ----------------------------------------------------------------------------------------------


def test_searxng_gets_accept_language_and_apis_get_codes_they_accept(
    stub: ProviderStub,
    server: PageServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACTDESK_FACTCHECK_API_KEY", "key-from-env")  # alone enables Fact Check
    url = serve(server, "/l", FIDAN, RECENT, lang="en_US")
    (report,) = check(stub, tmp_path, capsys, [url])
    assert {s.headers.get("accept-language") for s in stub.seen if s.provider == "searxng"} == {"en"}
    (sparql,) = [s.params["query"] for s in stub.seen if s.provider == "wikidata"]
    assert 'mwapi:language "en"' in sparql and 'wikibase:language "en"' in sparql
    assert {s.params["languageCode"] for s in stub.seen if s.provider == "factcheck"} == {"en"}
    assert {n: st for n, (st, _) in providers(report).items()} == dict.fromkeys(PROVIDERS, "ok")


def test_turkish_article_asks_in_turkish_with_english_fallback(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve(server, "/tr", FIDAN_TR, RECENT, lang="tr-TR")
    (report,) = check(stub, tmp_path, capsys, [url])
    assert {s.headers.get("accept-language") for s in stub.seen if s.provider == "searxng"} == {"tr, en;q=0.8"}
    (sparql,) = [s.params["query"] for s in stub.seen if s.provider == "wikidata"]
    assert 'mwapi:language "tr"' in sparql and 'wikibase:language "tr,en"' in sparql
    assert providers(report)["wikidata"] == ("ok", "") and providers(report)["searxng"][0] == "ok"


def test_factcheck_disabled_by_config_stays_off_with_a_key(
    stub: ProviderStub,
    server: PageServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACTDESK_FACTCHECK_API_KEY", "key-from-env")
    url = serve(server, "/f", FIDAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url], factcheck="enabled = false")
    assert providers(report)["factcheck"] == ("disabled", "disabled in the configuration")
    assert stub.count("factcheck") == 0


# 9 -------------------------------------------------------------------------------------------------


def test_replies_without_charset_are_not_read_as_latin1(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub.rss_encoding = "windows-1254"  # declared in the XML only; SearXNG's JSON is UTF-8 as text/plain
    stub.modes["gdelt"] = "empty"
    stub.corpus = [
        Story(
            "https://www.trthaber.com/k",
            "Kalın’ın Irak ziyareti: Erdoğan ve Al-Sudani görüşmesi öncesi",
            "trthaber.com",
            RECENT,
            "Erdoğan Al-Sudani talks",
        )
    ]
    url = serve(server, "/c", ERDOGAN, RECENT)
    (report,) = check(stub, tmp_path, capsys, [url])
    titles = {c["provider"]: c["title"] for c in report["corroboration"]}
    assert titles.get("google_news", "").startswith("Kalın’ın Irak ziyareti")
    assert {c["title"] for c in report["corroboration"]} == {stub.corpus[0].title}


# 10 ------------------------------------------------------------------------------------------------


def test_etiquette_contact_in_user_agent_one_wikidata_request(
    stub: ProviderStub,
    server: PageServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    seed = Path(__file__).parent.parent / "examples" / "gulan-kalin-visit.html"
    url = server.html("/seed", seed.read_bytes())
    with caplog.at_level(logging.WARNING):
        (report,) = check(stub, tmp_path, capsys, [url])
    assert not [r for r in caplog.records if "providers.contact" in r.getMessage()]
    assert {s.headers["user-agent"] for s in stub.seen} == {
        f"factdesk/{__version__} (+https://github.com/factdesk/factdesk; factdesk-tests@example.org)"
    }
    assert stub.count("wikidata") == 1  # both people in one SPARQL query
    assert {i["data"]["wikidata"]["qid"] for i in items(report, "people.role")} == {"Q6004557", "Q182365"}
    assert startup_warnings(stub.settings()) == []
    no_contact = stub.settings(contact="")
    assert startup_warnings(no_contact) == [
        "providers.contact is empty: Wikimedia asks for an operator contact (e-mail or URL) in the User-Agent"
    ]


# 11 ------------------------------------------------------------------------------------------------


def test_no_coverage_rests_only_on_providers_that_cover_the_date(
    stub: ProviderStub, server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in PROVIDERS:
        stub.modes[name] = "empty"
    recent = serve(server, "/new", ERDOGAN, RECENT)
    old = serve(server, "/old", ERDOGAN, OLD)
    new_report, old_report = check(stub, tmp_path, capsys, [recent, old])
    (none,) = items(new_report, "corroboration.none")
    assert none["severity"] == "high" and none["data"]["providers"] == ["gdelt", "google_news", "searxng"]
    assert "searched GDELT, Google News, SearXNG" in none["detail"]
    assert not items(old_report, "corroboration.none")
    for name in ("gdelt", "google_news", "searxng"):
        status, detail = providers(old_report)[name]
        assert status == "ok" and detail == f"nothing found, and its index does not reliably reach {OLD.isoformat()}"


def test_contact_must_be_an_address_or_url(tmp_path: Path) -> None:
    from bot.config import ConfigError, load_config

    path = tmp_path / "c.toml"
    path.write_text('[providers]\ncontact = "Jane"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'providers.contact' must be an e-mail address or an http"):
        load_config(str(path), env={})
    path.write_text('[providers]\ncontact = "desk@example.org"\n', encoding="utf-8")
    assert load_config(str(path), env={}).providers.contact == "desk@example.org"


def test_recorded_unknown_end_value_reads_as_ended() -> None:
    from checks.corroboration.roles import role_verdict
    from checks.providers import wikidata

    reply = json.loads((FIXTURES / "wdqs-unknown-end-value.json").read_text(encoding="utf-8"))
    person = wikidata.parse(reply["results"]["bindings"], ["Hakan Fidan"])["Hakan Fidan"]
    assert person is not None and person.entity.qid == "Q6639346"
    director, minister = person.positions
    assert director.end is None and director.end_unknown
    assert minister.start == date(2023, 6, 1) and minister.start_precision == 10
    at = date(2024, 3, 3)
    assert role_verdict("director", "National Intelligence Organization", False, at, person.positions)[0] == "unknown"
    assert role_verdict("former director", "MIT", True, at, person.positions)[0] == "unknown"
    assert role_verdict("foreign minister", "Turkey", False, date(2023, 6, 2), person.positions)[0] == "supported"


def test_backoff_without_retry_after_doubles(stub: ProviderStub, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from checks.providers import http

    monkeypatch.setattr(http, "BACKOFF_FIRST", 0.2)  # 60 s in production: no retry fits a check
    stub.throttle["wayback"] = (3, None)
    client = http.ProviderClient("wayback", "factdesk-test")
    with pytest.raises(http.RateLimited) as raised:
        client.get(f"{stub.base}/wb/cdx", {"url": "https://x.example/"}, http.Deadline(5))
    assert stub.count("wayback") == 3  # 0.2 s, then 0.4 s, then a cool-down of 0.8 s
    assert (raised.value.until - datetime.now(UTC)).total_seconds() > 0.5
    assert client.cooling_until() is not None


@pytest.mark.parametrize(
    ("title", "lede", "expected"),
    [
        ("Erdoğan hosts Al-Sudani for landmark talks", "", ["Erdoğan", "Al-Sudani", "talks"]),
        ("Iraqi and Turkish ministers meet in Baghdad", "", ["Baghdad"]),  # demonyms are not search terms
        ("Death toll in Valencia fire rises to 10", "The death toll rose on Sunday.", ["Valencia"]),
    ],
)
def test_key_terms_keep_names_that_end_like_demonyms(title: str, lede: str, expected: list[str]) -> None:
    from checks.entities import key_terms

    assert key_terms(title, lede) == expected
