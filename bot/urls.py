"""URLs in chat messages: finding them, and one key per article whatever tracking junk is
appended, so the same story submitted twice links to one review."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MAX_URLS_PER_MESSAGE = 10
TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|yclid|"
    r"_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|at_medium|at_campaign|at_custom\d|s_cid|smid|"
    r"share|shared|sh|sr_share|taid|mkt_tok|spm|cmp|itm_\w+|rss|rssfeed|xtor|__twitter_impression)$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s<>\"'«»“”‘’]+", re.IGNORECASE)
_HAS_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://|(?:mailto|tel|tg|javascript|data|about|file):)", re.IGNORECASE)
_SCHEMELESS_OR_OTHER = re.compile(r"\b(?:file|ftp|gopher|javascript|data):\S+", re.IGNORECASE)


def find_urls(text: str, links: list[str] | None = None) -> list[str]:
    """http(s) URLs in a message: the links Telegram marked (``url`` and ``text_link``
    entities, which may lack a scheme: "bbc.com/news/…"), then any others in the text."""
    found: list[str] = []
    for candidate in [*(with_scheme(link) for link in links or []), *_URL.findall(text or "")]:
        url = candidate.rstrip(".,;:!?)]}")
        if url.lower().startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found[:MAX_URLS_PER_MESSAGE]


def with_scheme(link: str) -> str:
    """A link as Telegram marked it, with ``https://`` added when it has no scheme."""
    link = link.strip()
    if _HAS_SCHEME.match(link):
        return link
    return "https:" + link if link.startswith("//") else "https://" + link


def has_other_scheme(text: str) -> bool:
    """A link-looking target that is not http(s), to answer with a clear refusal."""
    return bool(_SCHEMELESS_OR_OTHER.search(text or ""))


def normalise(url: str) -> str:
    """The dedup key of an article URL: lowercase host, no default port, no fragment, no
    tracking parameters, sorted query, no trailing slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme if scheme == "http" else "https", netloc, path, urlencode(query), ""))
