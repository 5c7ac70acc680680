"""Loopback stand-ins for every corroboration provider, speaking their real formats and
their real failure modes. Replies recorded from the live services by public clients are kept
in ``tests/fixtures/providers/`` (see the README there for where each came from) and served
verbatim; the rest follows the services' documented formats (docs/providers.md).

The stubs also enforce what the real services enforce: GDELT's query syntax (a dash needs
quotes, keywords need 3 characters, quoted phrases more than 3, OR inside parentheses — each
breach a plain-text 200 reply) and its 3-month window; SearXNG's limiter (429 without
``Accept-Language``); Wikibase's fixed list of languages; Save Page Now's keys (401 without);
Fact Check's language codes. Text replies carry no charset where the services send none.

One server, one path per provider. Each provider has a ``mode``:

* ``ok`` — answers from a small news corpus (search semantics: every query term must appear,
  diacritics folded; date windows applied as the real service applies them);
* ``empty`` — the provider's own "no results" shape (GDELT ``{}``, CDX ``[]``, Fact Check
  ``{}``, an RSS channel without items, SPARQL with no bindings);
* ``error`` — its documented error: GDELT's text/html message under HTTP 200, SearXNG's 200
  with no results and ``unresponsive_engines``, Wikidata's 200 ``{"error": …}``, SPARQL's 500
  Java trace, Fact Check's JSON error, CDX 5xx;
* ``rate_limited`` — 429 with the provider's text and ``Retry-After``;
* ``garbage`` — a body that is not what was asked for.

Extra modes: GDELT ``escape`` (invalid ``\'`` escapes in titles, as the live API sends),
Wayback ``blocked`` (CDX 403 Blocked Site Error) and ``no_availability`` (availability ``{}``).

``delay`` (seconds) slows every answer; ``throttle[name] = (n, retry_after)`` answers the next
``n`` requests with 429 (with ``Retry-After`` when given, without when None) and then normally.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from checks.settings import (
    CorroborationSettings,
    EngineSettings,
    FactcheckSettings,
    FetchSettings,
    GdeltSettings,
    GoogleNewsSettings,
    ImagesSettings,
    ProvidersSettings,
    SearxngSettings,
    WaybackSettings,
    WikidataSettings,
)


@dataclass(frozen=True)
class Story:
    url: str
    title: str
    outlet: str  # domain
    published: date
    text: str = ""


SEED_CORPUS = [
    Story(
        "https://www.aa.com.tr/en/turkiye/kalin-baghdad-visit/3116000",
        "Turkish intelligence chief Ibrahim Kalin visits Iraq, meets Maliki in Baghdad",
        "aa.com.tr",
        date(2024, 1, 23),
        "Ibrahim Kalin Iraq visit Baghdad Maliki",
    ),
    Story(
        "https://www.rudaw.net/english/middleeast/iraq/230120241",
        "MIT chief Ibrahim Kalin in Baghdad for talks on PKK and border security",
        "rudaw.net",
        date(2024, 1, 23),
        "Ibrahim Kalin Iraq visit Baghdad border",
    ),
    Story(
        "https://www.kurdistan24.net/en/story/kalin-iraq",
        "Ibrahim Kalin's Iraq visit: Turkish spy chief discusses security with Iraqi leaders",
        "kurdistan24.net",
        date(2024, 1, 24),
        "Ibrahim Kalin Iraq visit",
    ),
    # a syndicated copy of the article itself, on another site
    Story(
        "https://aggregator.example/gulan-copy",
        "Turkish Intelligence Chief's Historic Iraq Visit Sparks Talks on Bilateral Relations and Security",
        "aggregator.example",
        date(2024, 1, 23),
        "Ibrahim Kalin Iraq visit",
    ),
    # the article's own site
    Story(
        "https://gulan.example/kalin-visit",
        "Turkish Intelligence Chief's Historic Iraq Visit",
        "gulan.example",
        date(2024, 1, 23),
        "Ibrahim Kalin Iraq visit",
    ),
    # an earlier visit: contradicts "first-ever visit to Iraq"
    Story(
        "https://www.middleeasteye.net/news/kalin-iraq-2023",
        "Ibrahim Kalin makes first visit to Iraq as Turkey's intelligence chief",
        "middleeasteye.net",
        date(2023, 8, 22),
        "Ibrahim Kalin Iraq visit Baghdad Erbil",
    ),
]

FIXTURES = Path(__file__).parent / "fixtures" / "providers"
GDELT_REFUSALS: dict[str, str] = json.loads((FIXTURES / "gdelt-refusals.json").read_text(encoding="utf-8"))
WIKIBASE_LANGUAGES = frozenset("ar ckb de en es fa fr he ku ru tr zh".split())  # a subset of the fixed list

# Search index: folded name → [(qid, label, description, human)], in search rank order.
PEOPLE: dict[str, list[tuple[str, str, str, bool]]] = {
    "ibrahim kalin": [
        ("Q1000000", "İbrahim Kalın", "Wikimedia disambiguation page", False),
        ("Q6004557", "İbrahim Kalın", "Turkish academic and civil servant", True),
    ],
    "nouri al-maliki": [("Q182365", "Nouri al-Maliki", "Prime Minister of Iraq 2006–2014", True)],
    "hakan fidan": [("Q6639346", "Hakan Fidan", "Turkish diplomat and intelligence officer", True)],
}
# "end": "unknown" is Wikidata's unknown value (a genid URI); "*_precision" 9 = year, 10 = month.
POSITIONS: dict[str, list[dict[str, Any]]] = {
    "Q6004557": [
        {
            "label": {"en": "Director of the National Intelligence Organization", "tr": "MİT Başkanı"},
            "start": "2023-06-05",
        },
        {"label": {"en": "Spokesperson of the Presidency of Turkey"}, "start": "2014-12-01", "end": "2023-06-03"},
        {"label": {"tr": "Cumhurbaşkanlığı Güvenlik ve Dış Politikalar Kurulu üyesi"}, "start": "2019-01-01"},
    ],
    "Q182365": [
        {"label": {"en": "Prime Minister of Iraq"}, "start": "2006-05-20", "end": "2014-09-08"},
        {"label": {"en": "Vice President of Iraq"}, "start": "2014-09-09", "end": "2018-10-02"},
    ],
    "Q6639346": [
        {
            "label": {"en": "Director of the National Intelligence Organization"},
            "start": "2010-05-27",
            "end": "unknown",
        },
        {"label": {"en": "Minister of Foreign Affairs"}, "start": "2023-06-01", "start_precision": 10},
    ],
}
PROVIDERS = ("gdelt", "google_news", "searxng", "wayback", "wikidata", "factcheck")


def _rfc822(day: date) -> str:
    return format_datetime(datetime.combine(day, datetime.min.time()).replace(hour=9), usegmt=False)


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@dataclass
class Seen:
    """One request as the stub saw it."""

    provider: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class ProviderStub:
    corpus: list[Story] = field(default_factory=lambda: list(SEED_CORPUS))
    modes: dict[str, str] = field(default_factory=lambda: dict.fromkeys(PROVIDERS, "ok"))
    delay: dict[str, float] = field(default_factory=dict)
    throttle: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    first_capture: dict[str, str] = field(default_factory=dict)  # url -> YYYYMMDDhhmmss
    fact_checks: list[dict[str, Any]] = field(default_factory=list)
    spn_keys: tuple[str, str] = ("stub-access", "stub-secret")
    rss_encoding: str = "UTF-8"  # the feed's XML declaration; sent without a charset header
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                outer._handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                outer._handle(self, "POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._lock = threading.Lock()

    def start(self) -> ProviderStub:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        return [(s.provider, s.params) for s in self.seen]

    def count(self, provider: str) -> int:
        return sum(1 for s in self.seen if s.provider == provider)

    def settings(self, budget: float = 10.0, factcheck_key: str = "", **overrides: Any) -> EngineSettings:
        b = self.base
        providers = ProvidersSettings(
            contact="factdesk-tests@example.org",
            gdelt=GdeltSettings(base_url=f"{b}/gdelt", min_interval_seconds=0.0),
            google_news=GoogleNewsSettings(base_url=f"{b}/gnews"),
            wayback=WaybackSettings(
                availability_url=f"{b}/wb/available", cdx_url=f"{b}/wb/cdx", save_url=f"{b}/wb/save"
            ),
            searxng=SearxngSettings(enabled=True, base_url=f"{b}/searx"),
            wikidata=WikidataSettings(sparql_url=f"{b}/wd/sparql", api_url=f"{b}/wd/api"),
            factcheck=FactcheckSettings(enabled=bool(factcheck_key), base_url=f"{b}/fc", api_key=factcheck_key),
        )
        for name, value in overrides.items():
            providers = ProvidersSettings(**{**providers.__dict__, name: value})
        return EngineSettings(
            fetch=FetchSettings(timeout_seconds=5, allow_private_addresses=True),
            corroboration=CorroborationSettings(enabled=True, time_budget_seconds=budget),
            providers=providers,
            images=ImagesSettings(enabled=False),  # pages here live on unresolvable hosts: no image fetches
        )

    def config_toml(self) -> str:
        """The same endpoints as :meth:`settings`, as the ``[providers.*]`` tables of a config file."""
        b = self.base
        return f"""
[providers]
contact = "factdesk-tests@example.org"
[providers.gdelt]
base_url = "{b}/gdelt"
min_interval_seconds = 0
[providers.google_news]
base_url = "{b}/gnews"
[providers.wayback]
availability_url = "{b}/wb/available"
cdx_url = "{b}/wb/cdx"
save_url = "{b}/wb/save"
[providers.searxng]
enabled = true
base_url = "{b}/searx"
[providers.wikidata]
sparql_url = "{b}/wd/sparql"
api_url = "{b}/wd/api"
[providers.factcheck]
base_url = "{b}/fc"
"""

    # -- serving ------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(request.path)
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if method == "POST":
            length = int(request.headers.get("Content-Length") or 0)
            params.update({k: v[0] for k, v in parse_qs(request.rfile.read(length).decode()).items()})
        route = {
            "/gdelt": "gdelt",
            "/gnews": "google_news",
            "/searx": "searxng",
            "/wb/available": "wayback",
            "/wb/cdx": "wayback",
            "/wb/save": "wayback",
            "/wd/sparql": "wikidata",
            "/fc": "factcheck",
        }.get(parts.path)
        if route is None:
            self._send(request, 404, "text/plain", "not found")
            return
        headers = {k.lower(): v for k, v in request.headers.items()}
        with self._lock:
            self.seen.append(Seen(route, {"path": parts.path, **params}, headers))
            count, retry_after = self.throttle.get(route, (0, None))
            if count:
                self.throttle[route] = (count - 1, retry_after)
        time.sleep(self.delay.get(route, 0.0))
        if count:
            extra = {"Retry-After": retry_after} if retry_after else {}
            self._send(request, 429, "text/html", "<html><body>Too Many Requests</body></html>", extra)
            return
        mode = self.modes.get(route, "ok")
        status, ctype, body, extra = getattr(self, f"_{route}")(parts.path, params, mode, headers)
        self._send(request, status, ctype, body, extra)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler,
        status: int,
        ctype: str,
        body: str | bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        try:
            request.send_response(status)
            request.send_header("Content-Type", ctype)
            request.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                request.send_header(key, value)
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _matching(self, query: str, after: date | None = None, before: date | None = None) -> list[Story]:
        groups = query_groups(query)
        found = []
        for story in self.corpus:
            haystack = fold(f"{story.title} {story.text}")
            if (
                groups
                and all(any(t in haystack for t in group) for group in groups)
                and (after is None or story.published >= after)
                and (before is None or story.published < before)
            ):
                found.append(story)
        return found

    Answer = tuple[int, str, str | bytes, dict[str, str]]

    def _gdelt(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if mode == "error":
            return 200, "text/html", GDELT_REFUSALS["short_phrase"] + "\n", {}
        if mode == "rate_limited":
            return 429, "text/plain", GDELT_REFUSALS["rate"], {"Retry-After": "5"}
        if mode == "garbage":
            return 200, "application/json", '{"articles": [ {"url": ', {}
        refusal = gdelt_refusal(p.get("query", ""))
        if refusal:
            return 200, "text/html", GDELT_REFUSALS[refusal] + "\n", {}
        if mode == "empty":
            return 200, "application/json", "{}", {}
        start = datetime.strptime(p["startdatetime"], "%Y%m%d%H%M%S").date()
        end = datetime.strptime(p["enddatetime"], "%Y%m%d%H%M%S").date()
        if start < date.today() - timedelta(days=92):  # the DOC API's rolling 3-month window
            return 200, "application/json", "{}", {}
        stories = self._matching(p.get("query", ""), start, end)
        articles = [
            {
                "url": s.url,
                "url_mobile": "",
                "title": s.title.replace(",", " ,"),
                "seendate": s.published.strftime("%Y%m%dT083000Z"),
                "socialimage": "",
                "domain": s.outlet,
                "language": "English",
                "sourcecountry": "Turkey",
            }
            for s in stories
        ]
        text = json.dumps({"articles": articles} if articles else {}, ensure_ascii=False)
        if mode == "escape":  # the live API writes apostrophes as \' (invalid JSON)
            text = text.replace("'", "\\'")
        return 200, "application/json; charset=utf-8", text, {}

    def _google_news(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if mode == "rate_limited":
            return 429, "text/html", "<html>unusual traffic</html>", {"Retry-After": "30"}
        if mode in ("error", "garbage"):
            return 200, "text/html", "<html><body>Before you continue to Google</body></html>", {}
        q = p.get("q", "")
        after = before = None
        for word in q.split():
            if word.startswith("after:"):
                after = date.fromisoformat(word[6:])
            if word.startswith("before:"):
                before = date.fromisoformat(word[7:])
        stories = [] if mode == "empty" else self._matching(q, after, before)
        items = "".join(
            f"<item><title>{escape(s.title)} - {escape(s.outlet)}</title>"
            f"<link>https://news.google.com/rss/articles/CBMi{abs(hash(s.url)) % 10**8}?oc=5</link>"
            f'<guid isPermaLink="false">CBMi{abs(hash(s.url)) % 10**8}</guid>'
            f"<pubDate>{_rfc822(s.published)}</pubDate><description>{escape(s.title)}</description>"
            f'<source url="https://{s.outlet}">{escape(s.outlet)}</source></item>'
            for s in stories
        )
        body = (
            f'<?xml version="1.0" encoding="{self.rss_encoding}" standalone="yes"?><rss version="2.0" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator>'
            f"<title>{escape(q)} - Google News</title><language>en-US</language>"
            f"<description>Google News</description>{items}</channel></rss>"
        )
        return 200, "text/xml", body.encode(self.rss_encoding), {}

    def _searxng(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if not headers.get("accept-language", "").strip():  # searx/botdetection/http_accept_language.py
            return 429, "text/html", (FIXTURES / "searxng-429-limiter.txt").read_text(encoding="utf-8"), {}
        if p.get("format") != "json":
            return 403, "text/html", "Forbidden", {}
        if mode == "error":
            body = {
                "query": p.get("q"),
                "number_of_results": 0,
                "results": [],
                "answers": [],
                "corrections": [],
                "infoboxes": [],
                "suggestions": [],
                "unresponsive_engines": [["bing news", "timeout"], ["duckduckgo news", "CAPTCHA"]],
            }
            return 200, "application/json", json.dumps(body), {}
        if mode == "rate_limited":
            return 429, "text/plain", "Too Many Requests", {}
        if mode == "garbage":
            return 200, "text/html", "<html>SearXNG</html>", {}
        stories = [] if mode == "empty" else self._matching(p.get("q", ""))
        results = [
            {
                "url": s.url,
                "title": s.title,
                "content": s.text,
                "engine": "bing news",
                "publishedDate": f"{s.published.isoformat()}T07:45:00" if n % 2 == 0 else None,
                "engines": ["bing news"],
                "score": 1.0,
                "category": "news",
            }
            for n, s in enumerate(stories)
        ]
        body = {
            "query": p.get("q"),
            "number_of_results": 0,
            "results": results,
            "answers": [],
            "corrections": [],
            "infoboxes": [],
            "suggestions": [],
            "unresponsive_engines": [],
        }
        # UTF-8 without a charset in the header (only a client that defaults to ISO-8859-1 breaks)
        return 200, "text/plain", json.dumps(body, ensure_ascii=False), {}

    def _wayback(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if mode == "rate_limited":  # the Internet Archive sends no Retry-After
            return 429, "text/html", "<html>Too Many Requests</html>", {}
        if mode == "error":
            return 503, "text/html", "<html>Service Unavailable</html>", {}
        if mode == "garbage":
            return 200, "text/html", "<html>maintenance</html>", {}
        url = p.get("url", "")
        stamp = None if mode == "empty" else self.first_capture.get(url)
        if path == "/wb/cdx":
            if mode == "blocked":
                return 403, "text/plain", (FIXTURES / "cdx-403-blocked-site.txt").read_text(encoding="utf-8"), {}
            if stamp is None:
                return 200, "application/json", "[]", {}
            rows = [["timestamp", "original", "statuscode"], [stamp, url, "200"]]
            return 200, "application/json", json.dumps(rows), {}
        if path == "/wb/available":
            if mode == "no_availability":
                return 200, "application/json", (FIXTURES / "availability-empty.json").read_text(encoding="utf-8"), {}
            if stamp is None:
                return 200, "application/json", json.dumps({"url": url, "archived_snapshots": {}}), {}
            closest = {
                "status": "200",
                "available": True,
                "url": f"http://web.archive.org/web/{stamp}/{url}",
                "timestamp": stamp,
            }
            return 200, "application/json", json.dumps({"url": url, "archived_snapshots": {"closest": closest}}), {}
        if headers.get("authorization") != f"LOW {self.spn_keys[0]}:{self.spn_keys[1]}":
            return 401, "application/json", (FIXTURES / "spn-401-no-keys.json").read_text(encoding="utf-8"), {}
        return 200, "application/json", json.dumps({"url": url, "job_id": "spn2-0123456789abcdef"}), {}

    def _wikidata(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if mode == "rate_limited":
            return 429, "text/plain", "Too Many Requests", {"Retry-After": "30"}
        if mode == "error":
            return 500, "text/plain", "java.util.concurrent.TimeoutException\n\tat com.bigdata...", {}
        if mode == "garbage":
            return 200, "text/html", "<html>Wikimedia Error</html>", {}
        query = p.get("query", "")
        names = re.findall(r'"([^"]*)"', query.split("VALUES ?name {", 1)[-1].split("}", 1)[0])
        language = (re.search(r'mwapi:language "([^"]*)"', query) or re.search("$^", "")).group(1)
        labels = (re.search(r'wikibase:language "([^"]*)"', query) or re.search("$^", "")).group(1).split(",")
        if language not in WIKIBASE_LANGUAGES:  # wbsearchentities refuses codes outside its fixed list
            message = f'java.lang.RuntimeException: badvalue: Unrecognized value for parameter "language": {language}.'
            return 500, "text/plain", message, {}
        head = {"vars": ["name", "ordinal", "person", "personLabel", "positionLabel", "start", "end"]}
        bindings = [] if mode == "empty" else [row for name in names for row in self._wd_rows(name, labels)]
        body = json.dumps({"head": head, "results": {"bindings": bindings}})
        return 200, "application/sparql-results+json", body, {}

    @staticmethod
    def _wd_rows(name: str, labels: list[str]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for ordinal, (qid, label, description, human) in enumerate(PEOPLE.get(fold(name), [])):
            if not human:  # ?person wdt:P31 wd:Q5
                continue
            base = {
                "name": {"type": "literal", "value": name},
                "ordinal": {"datatype": XSD + "integer", "type": "literal", "value": str(ordinal)},
                "person": {"type": "uri", "value": f"http://www.wikidata.org/entity/{qid}"},
                "personLabel": {"xml:lang": "en", "type": "literal", "value": label},
                "personDescription": {"xml:lang": "en", "type": "literal", "value": description},
            }
            positions = POSITIONS.get(qid, [])
            if not positions:
                rows.append(base)
            for n, pos in enumerate(positions):
                lang = next((lang for lang in labels if lang in pos["label"]), None)
                text = pos["label"][lang] if lang else f"Q{900 + n}"  # the label service falls back to the Q-id
                row = {**base, "positionLabel": {"xml:lang": lang or "en", "type": "literal", "value": text}}
                for key in ("start", "end"):
                    if pos.get(key) == "unknown":  # somevalue: a skolem IRI, no precision
                        row[key] = {"type": "uri", "value": f"http://www.wikidata.org/.well-known/genid/{qid}{n}{key}"}
                    elif key in pos:  # unbound OPTIONALs are absent, as in real SPARQL results
                        precision = pos.get(f"{key}_precision", 11)
                        value = (
                            pos[key]
                            if precision == 11
                            else pos[key][:7] + "-01"
                            if precision == 10
                            else pos[key][:4] + "-01-01"
                        )
                        row[key] = {"datatype": XSD + "dateTime", "type": "literal", "value": f"{value}T00:00:00Z"}
                        row[f"{key}Precision"] = {
                            "datatype": XSD + "integer",
                            "type": "literal",
                            "value": str(precision),
                        }
                rows.append(row)
        return rows

    def _factcheck(self, path: str, p: dict[str, str], mode: str, headers: dict[str, str]) -> Answer:
        if not p.get("key"):
            error = {
                "error": {
                    "code": 403,
                    "message": "The request is missing a valid API key.",
                    "status": "PERMISSION_DENIED",
                }
            }
            return 403, "application/json", json.dumps(error), {}
        code = p.get("languageCode")
        if code is not None and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", code):
            error = {"error": {"code": 400, "message": "Invalid language code.", "status": "INVALID_ARGUMENT"}}
            return 400, "application/json", json.dumps(error), {}
        if mode == "rate_limited":
            error = {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}
            return 429, "application/json", json.dumps(error), {}
        if mode in ("empty", "error") or not self.fact_checks:
            return 200, "application/json", "{}", {}
        return 200, "application/json", json.dumps({"claims": self.fact_checks}), {}


XSD = "http://www.w3.org/2001/XMLSchema#"


def query_groups(query: str) -> list[list[str]]:
    """A query's required terms, each a list of alternatives (``(a OR b)``), folded."""
    groups: list[list[str]] = []
    for alternatives, phrase, word in re.findall(r'\(([^)]*)\)|"([^"]*)"|(\S+)', query):
        if alternatives:
            groups.append([fold(a.strip('"')) for a in re.findall(r'"[^"]*"|[^\s"]+', alternatives) if a != "OR"])
        elif phrase:
            groups.append([fold(phrase)])
        elif ":" not in word and not word.startswith("-"):
            groups.append([fold(word)])
    return groups


def gdelt_refusal(query: str) -> str | None:
    """Which of GDELT's plain-text refusals ``query`` earns, if any."""
    outside = re.sub(r"\([^)]*\)", " ", query)
    if re.search(r"(^|\s)OR(\s|$)", re.sub(r'"[^"]*"', " ", outside)):
        return "or"
    for phrase in re.findall(r'"([^"]*)"', query):
        if len(phrase) <= 3:
            return "short_phrase"
    bare = re.sub(r'"[^"]*"', " ", query).replace("(", " ").replace(")", " ").split()
    for word in bare:
        if word == "OR" or ":" in word:
            continue
        if "-" in word.lstrip("-"):
            return "dash"
        if len(word.lstrip("-")) < 3:
            return "short_keyword"
    return None
