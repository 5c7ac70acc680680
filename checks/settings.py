"""Settings the engine needs, as frozen dataclasses with their defaults.

``bot.config`` fills these from the TOML file; the engine never reads files or the
environment itself, so tests can build any combination directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checks import __version__

DEFAULT_USER_AGENT = f"factdesk/{__version__} (+https://github.com/factdesk/factdesk)"


@dataclass(frozen=True)
class FetchSettings:
    timeout_seconds: float = 15.0
    max_bytes: int = 5_000_000
    allow_private_addresses: bool = False
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class CheckSettings:
    stale_after_days: int = 30


@dataclass(frozen=True)
class CorroborationSettings:
    enabled: bool = True
    time_budget_seconds: float = 10.0


@dataclass(frozen=True)
class GdeltSettings:
    enabled: bool = True
    base_url: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    min_interval_seconds: float = 5.0  # GDELT allows one request per 5 s per address


@dataclass(frozen=True)
class GoogleNewsSettings:
    enabled: bool = True
    base_url: str = "https://news.google.com/rss/search"
    hl: str = "en-US"
    gl: str = "US"
    ceid: str = "US:en"


@dataclass(frozen=True)
class WaybackSettings:
    enabled: bool = True
    availability_url: str = "https://archive.org/wayback/available"
    cdx_url: str = "https://web.archive.org/cdx/search/cdx"
    save_url: str = "https://web.archive.org/save"
    save: bool = False
    s3_access_key: str = ""
    s3_secret_key: str = ""


@dataclass(frozen=True)
class SearxngSettings:
    enabled: bool = False
    base_url: str = "http://127.0.0.1:8888/search"


@dataclass(frozen=True)
class WikidataSettings:
    enabled: bool = True
    sparql_url: str = "https://query.wikidata.org/sparql"
    api_url: str = "https://www.wikidata.org/w/api.php"


@dataclass(frozen=True)
class FactcheckSettings:
    enabled: bool = True  # used only with an API key
    base_url: str = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    api_key: str = ""


@dataclass(frozen=True)
class ProvidersSettings:
    contact: str = ""  # the operator's e-mail or URL, sent in the User-Agent (Wikimedia asks for one)
    gdelt: GdeltSettings = field(default_factory=GdeltSettings)
    google_news: GoogleNewsSettings = field(default_factory=GoogleNewsSettings)
    wayback: WaybackSettings = field(default_factory=WaybackSettings)
    searxng: SearxngSettings = field(default_factory=SearxngSettings)
    wikidata: WikidataSettings = field(default_factory=WikidataSettings)
    factcheck: FactcheckSettings = field(default_factory=FactcheckSettings)


@dataclass(frozen=True)
class ImagesSettings:
    """Image checks (docs/images.md): how many images, how large, how old is "recycled"."""

    enabled: bool = True
    max_images: int = 5  # main-text images examined besides the lead image
    max_bytes: int = 2_000_000  # cap on one image download (EXIF sits in the first bytes anyway)
    older_after_days: int = 30  # image evidence this much older than the article: images.older


@dataclass(frozen=True)
class EngineSettings:
    """Everything one run of the engine needs."""

    fetch: FetchSettings = field(default_factory=FetchSettings)
    checks: CheckSettings = field(default_factory=CheckSettings)
    corroboration: CorroborationSettings = field(default_factory=CorroborationSettings)
    providers: ProvidersSettings = field(default_factory=ProvidersSettings)
    images: ImagesSettings = field(default_factory=ImagesSettings)
