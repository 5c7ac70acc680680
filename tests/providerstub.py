"""Loopback stand-ins for every corroboration provider, speaking their real formats and
their real failure modes (bodies modelled on ``shared/reference/apis.md``).

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

``delay`` (seconds) slows every answer; ``retry_after_once`` answers the first request with
429 + Retry-After and then normally.
"""

from __future__ import annotations

import json
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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

PEOPLE = {
    "ibrahim kalin": ("Q6004557", "İbrahim Kalın", "Turkish academic and civil servant"),
    "nouri al-maliki": ("Q182365", "Nouri al-Maliki", "Prime Minister of Iraq 2006–2014"),
    "hakan fidan": ("Q6639346", "Hakan Fidan", "Turkish diplomat and intelligence officer"),
}
POSITIONS: dict[str, list[dict[str, Any]]] = {
    "Q6004557": [
        {"label": "Director of the National Intelligence Organization", "start": "2023-06-05"},
        {"label": "Spokesperson of the Presidency of Turkey", "start": "2014-12-01", "end": "2023-06-03"},
    ],
    "Q182365": [
        {"label": "Prime Minister of Iraq", "start": "2006-05-20", "end": "2014-09-08"},
        {"label": "Vice President of Iraq", "start": "2014-09-09", "end": "2018-10-02"},
    ],
    "Q6639346": [
        {"label": "Director of the National Intelligence Organization", "start": "2010-05-27", "end": "2023-06-03"},
        {"label": "Minister of Foreign Affairs", "start": "2023-06-04"},
    ],
}
PROVIDERS = ("gdelt", "google_news", "searxng", "wayback", "wikidata", "factcheck")


def _rfc822(day: date) -> str:
    return format_datetime(datetime.combine(day, datetime.min.time()).replace(hour=9), usegmt=False)


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def query_terms(query: str) -> list[str]:
    terms: list[str] = []
    rest = query
    while '"' in rest:
        before, _, after = rest.partition('"')
        phrase, _, rest = after.partition('"')
        terms += before.split() + [phrase]
    terms += rest.split()
    return [fold(t) for t in terms if t and ":" not in t and not t.startswith("-")]


@dataclass
class ProviderStub:
    corpus: list[Story] = field(default_factory=lambda: list(SEED_CORPUS))
    modes: dict[str, str] = field(default_factory=lambda: dict.fromkeys(PROVIDERS, "ok"))
    delay: dict[str, float] = field(default_factory=dict)
    retry_after_once: set[str] = field(default_factory=set)
    first_capture: dict[str, str] = field(default_factory=dict)  # url -> YYYYMMDDhhmmss
    fact_checks: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

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

    def count(self, provider: str) -> int:
        return sum(1 for name, _ in self.requests if name == provider)

    def settings(self, budget: float = 10.0, factcheck_key: str = "", **overrides: Any) -> EngineSettings:
        b = self.base
        providers = ProvidersSettings(
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
[providers.gdelt]
base_url = "{b}/gdelt"
min_interval_seconds = 0
[providers.google_news]
base_url = "{b}/gnews"
[providers.wayback]
availability_url = "{b}/wb/available"
cdx_url = "{b}/wb/cdx"
[providers.searxng]
enabled = true
base_url = "{b}/searx"
[providers.wikidata]
sparql_url = "{b}/wd/sparql"
api_url = "{b}/wd/api"
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
            "/wd/api": "wikidata",
            "/wd/sparql": "wikidata",
            "/fc": "factcheck",
        }.get(parts.path)
        if route is None:
            self._send(request, 404, "text/plain", "not found")
            return
        with self._lock:
            self.requests.append((route, {"path": parts.path, **params}))
            first_time = route in self.retry_after_once
            self.retry_after_once.discard(route)
        time.sleep(self.delay.get(route, 0.0))
        if first_time:
            self._send(request, 429, "text/plain", "Too many requests", {"Retry-After": "1"})
            return
        mode = self.modes.get(route, "ok")
        status, ctype, body, headers = getattr(self, f"_{route}")(parts.path, params, mode)
        self._send(request, status, ctype, body, headers)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler, status: int, ctype: str, body: str, headers: dict[str, str] | None = None
    ) -> None:
        data = body.encode("utf-8")
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
        terms = query_terms(query)
        found = []
        for story in self.corpus:
            haystack = fold(f"{story.title} {story.text}")
            if (
                terms
                and all(t in haystack for t in terms)
                and (after is None or story.published >= after)
                and (before is None or story.published < before)
            ):
                found.append(story)
        return found

    Answer = tuple[int, str, str, dict[str, str]]

    def _gdelt(self, path: str, p: dict[str, str], mode: str) -> Answer:
        if mode == "error":
            return 200, "text/html", "The specified phrase is too short.", {}
        if mode == "rate_limited":
            return (
                429,
                "text/plain",
                (
                    "Please limit requests to one every 5 seconds or contact "
                    "kalev.leetaru5@gmail.com for larger queries."
                ),
                {"Retry-After": "5"},
            )
        if mode == "garbage":
            return 200, "application/json", '{"articles": [ {"url": ', {}
        if mode == "empty":
            return 200, "application/json", "{}", {}
        start = datetime.strptime(p["startdatetime"], "%Y%m%d%H%M%S").date()
        end = datetime.strptime(p["enddatetime"], "%Y%m%d%H%M%S").date()
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
        return 200, "application/json", json.dumps({"articles": articles} if articles else {}), {}

    def _google_news(self, path: str, p: dict[str, str], mode: str) -> Answer:
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
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator>'
            f"<title>{escape(q)} - Google News</title><language>en-US</language>"
            f"<description>Google News</description>{items}</channel></rss>"
        )
        return 200, "application/xml", body, {}

    def _searxng(self, path: str, p: dict[str, str], mode: str) -> Answer:
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
        return 200, "application/json", json.dumps(body), {}

    def _wayback(self, path: str, p: dict[str, str], mode: str) -> Answer:
        if mode == "rate_limited":
            return 429, "text/html", "<html>Too Many Requests</html>", {"Retry-After": "60"}
        if mode == "error":
            return 503, "text/html", "<html>Service Unavailable</html>", {}
        if mode == "garbage":
            return 200, "text/html", "<html>maintenance</html>", {}
        url = p.get("url", "")
        stamp = None if mode == "empty" else self.first_capture.get(url)
        if path == "/wb/cdx":
            if stamp is None:
                return 200, "application/json", "[]", {}
            rows = [["timestamp", "original", "statuscode"], [stamp, url, "200"]]
            return 200, "application/json", json.dumps(rows), {}
        if path == "/wb/available":
            if stamp is None:
                return 200, "application/json", json.dumps({"url": url, "archived_snapshots": {}}), {}
            closest = {
                "status": "200",
                "available": True,
                "url": f"http://web.archive.org/web/{stamp}/{url}",
                "timestamp": stamp,
            }
            return 200, "application/json", json.dumps({"url": url, "archived_snapshots": {"closest": closest}}), {}
        return 200, "application/json", json.dumps({"url": url, "job_id": "spn2-0123456789abcdef"}), {}

    def _wikidata(self, path: str, p: dict[str, str], mode: str) -> Answer:
        if mode == "rate_limited":
            return 429, "text/plain", "Too Many Requests", {"Retry-After": "30"}
        if path == "/wd/api":
            if mode == "error":
                return 200, "application/json", json.dumps({"error": {"code": "maxlag", "info": "Waiting"}}), {}
            if mode == "garbage":
                return 200, "text/html", "<html>Wikimedia Error</html>", {}
            entry = None if mode == "empty" else PEOPLE.get(fold(p.get("search", "")))
            results = []
            if entry:
                qid, label, description = entry
                results = [
                    {
                        "id": "Q1000000",
                        "label": label,
                        "description": "Wikimedia disambiguation page",
                        "match": {"type": "label"},
                    },
                    {"id": qid, "label": label, "description": description, "match": {"type": "label"}},
                ]
            return (
                200,
                "application/json",
                json.dumps({"searchinfo": {"search": p.get("search")}, "search": results, "success": 1}),
                {},
            )
        if mode == "error":
            return 500, "text/plain", "java.util.concurrent.TimeoutException\n\tat com.bigdata...", {}
        if mode == "garbage":
            return 200, "application/json", '{"head": {}}', {}
        qids = [
            v.removeprefix("wd:") for v in p.get("query", "").split("VALUES ?person {", 1)[-1].split("}", 1)[0].split()
        ]
        bindings = []
        for qid in [] if mode == "empty" else qids:
            for pos in POSITIONS.get(qid, []):
                row: dict[str, Any] = {
                    "person": {"type": "uri", "value": f"http://www.wikidata.org/entity/{qid}"},
                    "position": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"},
                    "positionLabel": {"xml:lang": "en", "type": "literal", "value": pos["label"]},
                }
                for key in ("start", "end"):
                    if key in pos:  # unbound OPTIONALs are absent, as in real SPARQL results
                        row[key] = {
                            "datatype": "http://www.w3.org/2001/XMLSchema#dateTime",
                            "type": "literal",
                            "value": f"{pos[key]}T00:00:00Z",
                        }
                        row[f"{key}Precision"] = {
                            "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                            "type": "literal",
                            "value": "11",
                        }
                bindings.append(row)
        head = {"vars": ["person", "position", "positionLabel", "start", "end", "startPrecision", "endPrecision"]}
        return 200, "application/sparql-results+json", json.dumps({"head": head, "results": {"bindings": bindings}}), {}

    def _factcheck(self, path: str, p: dict[str, str], mode: str) -> Answer:
        if not p.get("key"):
            error = {
                "error": {
                    "code": 403,
                    "message": "The request is missing a valid API key.",
                    "status": "PERMISSION_DENIED",
                }
            }
            return 403, "application/json", json.dumps(error), {}
        if mode == "rate_limited":
            error = {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}
            return 429, "application/json", json.dumps(error), {}
        if mode in ("empty", "error") or not self.fact_checks:
            return 200, "application/json", "{}", {}
        return 200, "application/json", json.dumps({"claims": self.fact_checks}), {}
