"""Links found on untrusted pages, made absolute without ever raising.

``urljoin`` and ``urlsplit`` raise ``ValueError`` on some malformed URLs (an unclosed IPv6
bracket such as ``http://[oops/``, a port that is not a number). A page may hold any of
them in a link, a canonical tag or an image, and one bad attribute must not sink the check.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin, urlsplit


def absolute_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base`` if the result is a well-formed http(s) URL, else None."""
    if len(base) + len(href) > _CACHED_LENGTH:
        return _resolve(base, href)  # a hostile page's huge href is not kept beyond its page
    return _resolve_cached(base, href)


def _resolve(base: str, href: str) -> str | None:
    try:
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


# A page repeats its links (menus, teasers) and images are resolved twice; the cache lives as
# long as the process, so only ordinary-sized URLs go in (at most ~16 MB in all).
_CACHED_LENGTH = 4096
_resolve_cached = lru_cache(maxsize=4096)(_resolve)


def host_of(url: str) -> str:
    """The lowercase host of ``url``, or "" when it has none or is malformed."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""
