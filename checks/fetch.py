"""Safe fetching of untrusted URLs.

Users send arbitrary links, so the fetcher treats every URL as hostile:

* http/https only, no userinfo, a length cap, an IDNA host;
* the host is resolved once, **every** address is vetted (only globally routable unicast,
  IPv4-mapped / NAT64 / 6to4 wrappers unwrapped or refused), and the connection goes to
  a vetted address, so DNS rebinding cannot switch it; Host and TLS SNI keep the name;
* the vetted addresses are tried in turn, families alternating (RFC 8305 order, one at a
  time), so an unreachable first address (IPv6 on a host without it) does not fail the fetch;
* redirects are followed by hand (at most :data:`MAX_REDIRECTS`), each hop vetted again;
* one deadline covers DNS, connect, headers and body (a watchdog closes a dripping socket);
* the body is streamed and capped on its *decoded* size, which also stops gzip bombs;
* only HTML is accepted, and it is decoded from the header charset, then ``<meta>``,
  then detection; images have their own mode (:meth:`Fetcher.fetch_image`: raster types
  only, their own size cap, bytes never decoded here; docs/images.md).

Errors are uniform one-liners (:class:`~checks.errors.FetchError`) that never echo socket
details, so the bot cannot be used as a port scanner. The connection uses urllib3 (the
transport under requests) directly: one short-lived connection per hop, no pool, no proxy
variables, no cookies.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from urllib.parse import urljoin, urlsplit, urlunsplit

import certifi
import charset_normalizer
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_match_hostname import CertificateError

from checks.errors import FetchError
from checks.settings import FetchSettings

MAX_REDIRECTS = 5
MAX_URL_LENGTH = 2048
PUBLIC_PORTS = frozenset({80, 443, 8080, 8443})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Raster formats whose metadata Pillow reads; SVG is refused (it is a document that can carry scripts).
IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/pjpeg", "image/png", "image/webp", "image/gif", "image/tiff", "image/avif"}
)
IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/tiff,image/avif;q=0.9"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024

# Ranges that ``ipaddress.is_global`` lets through on some CPython releases (CPython
# issue #113171); list from saleor/requests-hardened.
EXTRA_BLOCKED = tuple(
    ip_network(n)
    for n in (
        "100.64.0.0/10",
        "192.0.0.0/24",
        "192.88.99.0/24",
        "64:ff9b::/96",
        "64:ff9b:1::/48",
        "2002::/16",
        "2001:20::/28",
        "5f00::/16",
        "3fff::/20",
    )
)

Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for ``host`` (numeric forms included), in the
    resolver's order of preference (RFC 6724)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def connection_order(addresses: list[str]) -> list[str]:
    """Families interleaved, starting with the resolver's first choice (RFC 8305 §4)."""
    first = [a for a in addresses if (":" in a) == (":" in addresses[0])]
    other = [a for a in addresses if (":" in a) != (":" in addresses[0])]
    ordered: list[str] = []
    for pair in zip(first, other, strict=False):
        ordered.extend(pair)
    shorter = min(len(first), len(other))
    return ordered + first[shorter:] + other[shorter:]


def address_allowed(raw: str) -> bool:
    """True only for a globally routable unicast address outside the extra blocked ranges."""
    ip: IPv4Address | IPv6Address = ip_address(raw.split("%", 1)[0])
    if isinstance(ip, IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and not any(ip in net for net in EXTRA_BLOCKED)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched (or read) HTML page, decoded, with what the report needs about it."""

    target: str
    url: str
    html: str
    encoding: str
    content_sha256: str
    fetched_at: datetime
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FetchedImage:
    """Raw image bytes (never decoded to pixels here) and the final URL's headers."""

    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # IDNA-encoded, no brackets
    port: int
    netloc: str  # for the Host header
    path: str  # path + query, never empty


def parse_url(url: str, *, allowed_ports: frozenset[int] | None = PUBLIC_PORTS) -> _Target:
    """Validate the shape of an untrusted URL; raise ``FetchError('invalid_url')``."""
    if len(url) > MAX_URL_LENGTH:
        raise FetchError("invalid_url", "URL is too long")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise FetchError("invalid_url", "malformed URL")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError("invalid_url", "malformed URL") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = scheme or "none"
        raise FetchError("invalid_url", f"unsupported URL scheme ({shown}); use http or https")
    if "@" in parts.netloc:
        raise FetchError("invalid_url", "URLs with a user name or password are refused")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("invalid_url", "malformed URL: no host")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host.lower()
    except UnicodeError:
        raise FetchError("invalid_url", "malformed URL: bad host name") from None
    if not re.fullmatch(r"[a-z0-9.\-_:]+", host):
        raise FetchError("invalid_url", "malformed URL: bad host name")
    default_port = 443 if scheme == "https" else 80
    port = port or default_port
    if allowed_ports is not None and port not in allowed_ports:
        raise FetchError("blocked", f"port {port} is not allowed")
    shown_host = f"[{host}]" if ":" in host else host
    netloc = shown_host if port == default_port else f"{shown_host}:{port}"
    path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    return _Target(scheme, host, port, netloc, path)


class Fetcher:
    """Fetches one URL at a time under :class:`FetchSettings`.

    ``resolver``, ``allow_address`` and ``allowed_ports`` are injectable so tests can stand a
    loopback server in for "the public internet" (DNS rebinding, mixed answers, redirects to
    private addresses) without touching real DNS. ``fetch.allow_private_addresses`` lifts
    both the address and the port rule.
    """

    def __init__(
        self,
        settings: FetchSettings,
        resolver: Resolver = system_resolver,
        allow_address: Callable[[str], bool] = address_allowed,
        allowed_ports: frozenset[int] | None = PUBLIC_PORTS,
        cafile: str | None = None,
    ) -> None:
        self.settings = settings
        self.cafile = cafile  # the CA bundle for https (default: certifi's); tests pass their own
        self.resolver = resolver
        self.allow_address = allow_address
        self.allowed_ports = None if settings.allow_private_addresses else allowed_ports

    def fetch(self, url: str) -> FetchedPage:
        return self._page(url, *self._follow(url, None))

    def fetch_image(self, url: str, max_bytes: int) -> FetchedImage:
        """An image under the same address rules, with its own size cap and image types only."""
        final, headers, body = self._follow(url, max_bytes)
        return FetchedImage(url=final, body=body, headers=headers)

    def _follow(self, url: str, image_cap: int | None) -> tuple[str, dict[str, str], bytes]:
        deadline = time.monotonic() + self.settings.timeout_seconds
        seen: set[str] = set()
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if current in seen:
                raise FetchError("redirects", "redirect loop")
            seen.add(current)
            headers, body, location = self._request(current, deadline, image_cap)
            if location is None:
                return current, headers, body
            try:
                current = urljoin(current, location)
            except ValueError:
                raise FetchError("redirects", "the site redirected to a malformed URL") from None
        raise FetchError("redirects", f"too many redirects (more than {MAX_REDIRECTS})")

    # -- one hop ---------------------------------------------------------------------------

    def _request(
        self, url: str, deadline: float, image_cap: int | None = None
    ) -> tuple[dict[str, str], bytes, str | None]:
        target = parse_url(url, allowed_ports=self.allowed_ports)
        addresses = self._resolve(target, deadline)
        remaining = _remaining(deadline)
        sockets: list[socket.socket] = []  # filled once connected; http.client drops conn.sock
        watchdog = threading.Timer(remaining, _shutdown, args=(sockets,))
        watchdog.daemon = True
        watchdog.start()
        conn: HTTPConnection | None = None
        try:
            try:
                conn = self._connect(target, addresses, deadline)
                if conn.sock is not None:
                    sockets.append(conn.sock)
                conn.request(
                    "GET",
                    target.path,
                    headers={
                        "Host": target.netloc,
                        "User-Agent": self.settings.user_agent,
                        "Accept": IMAGE_ACCEPT if image_cap else "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                        "Accept-Encoding": "gzip, deflate",
                        "Connection": "close",
                    },
                    preload_content=False,
                )
                response = conn.getresponse()
            except (ssl.SSLError, CertificateError):  # urllib3's name check raises the latter
                raise FetchError("tls", "TLS handshake failed") from None
            except (OSError, urllib3.exceptions.HTTPError) as exc:
                _raise_if_late(deadline)
                if isinstance(exc, urllib3.exceptions.NewConnectionError):
                    raise FetchError("connect", "could not connect to the site") from None
                if isinstance(exc, (socket.timeout, urllib3.exceptions.TimeoutError)):
                    raise FetchError("timeout", "timed out") from None
                raise FetchError("connect", "could not connect to the site") from None
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status
            if status in REDIRECT_CODES and headers.get("location"):
                return headers, b"", headers["location"]
            if status >= 400:
                raise FetchError("http", f"HTTP error {status}")
            if status != 200:
                raise FetchError("http", f"unexpected HTTP status {status}")
            if image_cap:
                _check_image_type(headers.get("content-type"))
            else:
                _check_content_type(headers.get("content-type"))
            body = self._read_body(response, headers, deadline, image_cap)
            return headers, body, None
        finally:
            watchdog.cancel()
            if conn is not None:
                conn.close()

    def _connect(self, target: _Target, addresses: list[str], deadline: float) -> HTTPConnection:
        """Connect to the first vetted address that answers. Each attempt gets an equal share
        of the time left (the last one all of it); a refusal moves on at once."""
        ordered = connection_order(addresses)
        for left, address in zip(range(len(ordered), 0, -1), ordered, strict=True):
            remaining = _remaining(deadline)
            conn = self._connection(target, address, remaining)
            conn.timeout = remaining / left
            try:
                conn.connect()
            except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError):
                conn.close()
                if left == 1:
                    raise
                continue
            conn.timeout = min(_remaining(deadline), 10.0)  # per read from here on
            return conn
        raise AssertionError("unreachable: there is always an address")

    def _resolve(self, target: _Target, deadline: float) -> list[str]:
        pool = ThreadPoolExecutor(max_workers=1)
        try:
            future = pool.submit(self.resolver, target.host, target.port)
            addresses = future.result(timeout=_remaining(deadline))
        except FutureTimeout:
            raise FetchError("timeout", "timed out resolving the host name") from None
        except (OSError, UnicodeError):
            raise FetchError("dns", "the host name does not resolve") from None
        finally:
            pool.shutdown(wait=False)
        if not addresses:
            raise FetchError("dns", "the host name does not resolve")
        if not self.settings.allow_private_addresses:
            try:
                allowed = all(self.allow_address(a) for a in addresses)
            except ValueError:
                allowed = False
            if not allowed:
                raise FetchError("blocked", "address not allowed (private or reserved network)")
        return addresses

    def _connection(self, target: _Target, address: str, timeout: float) -> HTTPConnection:
        per_op = min(timeout, 10.0)
        if target.scheme == "https":
            context = ssl.create_default_context(cafile=self.cafile or certifi.where())
            return HTTPSConnection(
                address,
                target.port,
                timeout=per_op,
                server_hostname=target.host,
                assert_hostname=target.host,
                ssl_context=context,
            )
        return HTTPConnection(address, target.port, timeout=per_op)

    def _read_body(
        self, response: urllib3.BaseHTTPResponse, headers: dict[str, str], deadline: float, image_cap: int | None
    ) -> bytes:
        cap = image_cap or self.settings.max_bytes
        what = "image" if image_cap else "page"
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError("too_large", f"{what} is larger than {cap:,} bytes")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(CHUNK, decode_content=True):
                size += len(chunk)
                if size > cap:
                    raise FetchError("too_large", f"{what} is larger than {cap:,} bytes")
                chunks.append(chunk)
                _raise_if_late(deadline)
        except FetchError:
            raise
        except (OSError, urllib3.exceptions.HTTPError) as exc:
            _raise_if_late(deadline)
            if isinstance(exc, urllib3.exceptions.DecodeError):
                raise FetchError("undecodable", "the page's compression is corrupt") from None
            if isinstance(exc, (socket.timeout, urllib3.exceptions.TimeoutError)):
                raise FetchError("timeout", "timed out") from None
            raise FetchError("connect", "the connection broke while reading the page") from None
        _raise_if_late(deadline)
        return b"".join(chunks)

    @staticmethod
    def _page(target: str, url: str, headers: dict[str, str], body: bytes) -> FetchedPage:
        html, encoding = decode_html(body, _charset_of(headers.get("content-type")))
        if "content-type" not in headers and not _looks_like_html(html):
            raise FetchError("unsupported", "not an HTML page (no content type)")
        return FetchedPage(
            target=target,
            url=url,
            html=html,
            encoding=encoding,
            content_sha256=hashlib.sha256(body).hexdigest(),
            fetched_at=datetime.now(UTC).replace(microsecond=0),
            headers=headers,
        )


# A saved page may begin with a PHP warning or a <script> before its doctype: it is HTML when
# a document tag follows (checks.document.parse_html drops what comes before it).
_SAVED_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def read_file(path: str, max_bytes: int) -> FetchedPage:
    """Read a saved HTML page from disk, under the same size cap and decoding as the web."""
    from pathlib import Path

    file = Path(path)
    try:
        with file.open("rb") as fh:
            body = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise FetchError("invalid_url", "no such file") from None
    except IsADirectoryError:
        raise FetchError("invalid_url", "is a directory, not an HTML file") from None
    except OSError:
        raise FetchError("invalid_url", "cannot read the file") from None
    if len(body) > max_bytes:
        raise FetchError("too_large", f"file is larger than {max_bytes:,} bytes")
    html, encoding = decode_html(body, None)
    if not _looks_like_html(html) and not _SAVED_HTML.search(html, 0, 100_000):
        raise FetchError("unsupported", "not an HTML file")
    return FetchedPage(
        target=path,
        url=file.resolve().as_uri(),
        html=html,
        encoding=encoding,
        content_sha256=hashlib.sha256(body).hexdigest(),
        fetched_at=datetime.now(UTC).replace(microsecond=0),
    )


# -- decoding -------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_html(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode page bytes: BOM, then the HTTP charset, then ``<meta>``, then detection.

    A declared charset that does not decode cleanly is not trusted blindly: the next source
    is tried. Binary bodies raise ``FetchError('undecodable')``.
    """
    if not body.strip():
        raise FetchError("empty", "the page is empty")
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace"), name
    meta = _META_CHARSET.search(body[:4096])
    declared = [header_charset, meta.group(1).decode("ascii") if meta else None]
    for label in declared:
        name = _codec(label)
        if name is None:
            continue
        try:
            return body.decode(name), name
        except UnicodeDecodeError:
            continue
    if b"\x00" not in body[:4096]:
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        best = charset_normalizer.from_bytes(body[:200_000]).best()
        if best is not None and best.encoding:
            text = body.decode(best.encoding, errors="replace")
            if _mostly_text(text):
                return text, best.encoding
    raise FetchError("undecodable", "the page is not readable text")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    import codecs

    label = label.strip().strip("\"'").lower()
    # WHATWG: these labels mean windows-1252 in browsers.
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "windows-1252"
    if label in ("iso-8859-9", "latin5"):
        label = "windows-1254"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _mostly_text(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / len(sample) < 0.01


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<meta", "<!--"))


def _charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def _check_content_type(content_type: str | None) -> None:
    if content_type is None:
        return  # sniffed after decoding (Fetcher._page), as browsers do
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in HTML_TYPES:
        shown = re.sub(r"[^a-z0-9/+.\-]", "", media)[:60] or "unknown"
        raise FetchError("unsupported", f"not an HTML page (content type {shown})")


def _check_image_type(content_type: str | None) -> None:
    if content_type is None:
        return  # the caller sniffs the bytes (Pillow), as browsers do
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in IMAGE_TYPES:
        shown = re.sub(r"[^a-z0-9/+.\-]", "", media)[:60] or "unknown"
        raise FetchError("unsupported", f"not a raster image (content type {shown})")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("timeout", "timed out")
    return left


def _raise_if_late(deadline: float) -> None:
    if time.monotonic() >= deadline:
        raise FetchError("timeout", "timed out")


def _shutdown(sockets: list[socket.socket]) -> None:
    """Watchdog: wake a read blocked on a dripping server by shutting its socket."""
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
