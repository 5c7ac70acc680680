"""The safe fetcher against real loopback servers: the bad-input table of the foundation issue."""

from __future__ import annotations

import gzip
import hashlib
import socket
import ssl
import time
from collections.abc import Iterator

import pytest
import trustme

from checks.errors import FetchError
from checks.fetch import Fetcher, address_allowed, connection_order, decode_html, parse_url
from checks.settings import FetchSettings
from tests.pageserver import PageServer, Route

HTML = "<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>"


def local(timeout: float = 5, max_bytes: int = 1_000_000) -> Fetcher:
    return Fetcher(FetchSettings(timeout_seconds=timeout, max_bytes=max_bytes, allow_private_addresses=True))


def as_public(resolver=None, public: tuple[str, ...] = ("127.0.0.1",)) -> Fetcher:
    """A fetcher with the real address rules, where only the loopback server counts as public."""
    kwargs = {"resolver": resolver} if resolver else {}
    return Fetcher(
        FetchSettings(timeout_seconds=5),
        allow_address=lambda a: a in public,
        allowed_ports=None,
        **kwargs,
    )


def test_fetches_page_with_hash_user_agent_and_host(server: PageServer) -> None:
    url = server.html("/a", HTML)
    page = local().fetch(url)
    assert "Hello" in page.html
    assert page.url == url
    assert page.content_sha256 == hashlib.sha256(HTML.encode()).hexdigest()
    sent = server.requests[-1]
    assert sent["user-agent"].startswith("factdesk/")
    assert sent["host"] == f"127.0.0.1:{server.port}"


def test_follows_relative_redirects(server: PageServer) -> None:
    server.route("/old", Route(status=301, headers={"Location": "/new"}))
    server.html("/new", HTML)
    page = local().fetch(server.url("/old"))
    assert page.url == server.url("/new")
    assert page.target == server.url("/old")


def test_too_many_redirects(server: PageServer) -> None:
    for i in range(7):
        server.route(f"/r{i}", Route(status=302, headers={"Location": f"/r{i + 1}"}))
    server.html("/r7", HTML)
    with pytest.raises(FetchError, match="too many redirects"):
        local().fetch(server.url("/r0"))


def test_redirect_loop(server: PageServer) -> None:
    server.route("/a", Route(status=302, headers={"Location": "/b"}))
    server.route("/b", Route(status=302, headers={"Location": "/a"}))
    with pytest.raises(FetchError, match="redirect loop"):
        local().fetch(server.url("/a"))


@pytest.mark.parametrize(
    "location",
    ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/", "http://2130706434/"],
)
def test_redirect_to_private_address_is_refused(server: PageServer, location: str) -> None:
    server.route("/go", Route(status=302, headers={"Location": location}))
    with pytest.raises(FetchError, match="address not allowed") as err:
        as_public().fetch(server.url("/go"))
    assert err.value.kind == "blocked"
    assert len(server.requests) == 1  # nothing was sent anywhere else


def test_dns_rebinding_cannot_switch_the_address(server: PageServer) -> None:
    server.html("/p", HTML)
    answers = iter([["127.0.0.1"], ["10.0.0.7"], ["10.0.0.7"]])
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    page = as_public(rebinding).fetch(f"http://news.example:{server.port}/p")
    assert "Hello" in page.html
    assert calls == ["news.example"]  # resolved once, connected to the vetted address
    assert server.requests[-1]["host"] == f"news.example:{server.port}"


def test_name_with_one_public_and_one_private_address_is_refused(server: PageServer) -> None:
    server.html("/p", HTML)
    fetcher = as_public(lambda host, port: ["127.0.0.1", "192.168.1.10"])
    with pytest.raises(FetchError, match="address not allowed"):
        fetcher.fetch(f"http://mixed.example:{server.port}/p")
    assert server.requests == []


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.1",
        "0x7f000001",
        "0x7f.1",
        "2130706433",
        "0177.0.0.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[64:ff9b::7f00:1]",
        "[2002:7f00:1::]",
        "100.64.0.1",
        "169.254.169.254",
        "10.1",
        "192.168.0.1",
        "172.16.5.4",
        "0.0.0.0",
        "224.0.0.1",
        "192.88.99.1",
        "[fe80::1]",
        "[fc00::1]",
        "localhost",
    ],
)
def test_refused_addresses(host: str) -> None:
    fetcher = Fetcher(FetchSettings(timeout_seconds=3))
    with pytest.raises(FetchError) as err:
        fetcher.fetch(f"http://{host}/")
    assert err.value.kind == "blocked", str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::",
        "64:ff9b:1::1",
        "192.88.99.1",
        "224.0.0.1",
        "ff02::1",
        "169.254.169.254",
        "::1",
        "fd00::1",
    ],
)
def test_address_rule_blocks_the_tricky_ranges(raw: str) -> None:
    assert not address_allowed(raw)


@pytest.mark.parametrize("raw", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_address_rule_allows_public_addresses(raw: str) -> None:
    assert address_allowed(raw)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "unsupported URL scheme (file)"),
        ("gopher://example.com/", "unsupported URL scheme (gopher)"),
        ("javascript:alert(1)", "unsupported URL scheme (javascript)"),
        ("ftp://example.com/a.html", "unsupported URL scheme (ftp)"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http://", "no host"),
        ("http:///path", "no host"),
        ("http://exa mple.com/", "malformed URL"),
        ("http://[::1/", "malformed URL"),
        ("http://example.com:99999/", "malformed URL"),
        ("http://example.com:8081/", "port 8081 is not allowed"),
        ("http://exa<mple.com/", "bad host name"),
        ("http://" + "a" * 3000 + ".com/", "too long"),
    ],
)
def test_malformed_and_unsupported_urls(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Fetcher(FetchSettings()).fetch(url)


def test_idna_host_is_encoded() -> None:
    assert parse_url("https://bücher.example/x?q=1").host == "xn--bcher-kva.example"
    assert parse_url("https://bücher.example/x?q=1").path == "/x?q=1"


def test_dns_failure() -> None:
    def nxdomain(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(FetchError, match="does not resolve"):
        Fetcher(FetchSettings(), resolver=nxdomain).fetch("https://no-such-host.example/")


def test_connection_refused() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(FetchError, match="could not connect") as err:
        local().fetch(f"http://127.0.0.1:{port}/")
    assert "refused" not in str(err.value).lower()  # no socket details leak


def test_slow_server_hits_the_deadline(server: PageServer) -> None:
    server.route("/slow", Route(HTML.encode(), delay=4))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        local(timeout=1).fetch(server.url("/slow"))
    assert time.monotonic() - started < 3


def test_dripping_server_hits_the_overall_deadline(server: PageServer) -> None:
    server.route("/drip", Route(b"<html>" + b"x" * 40 + b"</html>", drip=0.1))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        local(timeout=1).fetch(server.url("/drip"))
    assert time.monotonic() - started < 3


def test_body_over_the_cap_declared(server: PageServer) -> None:
    server.html("/big", b"<html>" + b"a" * 200_000)
    with pytest.raises(FetchError, match="larger than 100,000 bytes"):
        local(max_bytes=100_000).fetch(server.url("/big"))


def test_body_over_the_cap_undeclared(server: PageServer) -> None:
    server.html("/big", b"<html>" + b"a" * 200_000, content_length=False)
    with pytest.raises(FetchError, match="larger than") as err:
        local(max_bytes=100_000).fetch(server.url("/big"))
    assert err.value.kind == "too_large"


def test_gzip_bomb_is_stopped_on_decoded_size(server: PageServer) -> None:
    bomb = gzip.compress(b"<html>" + b"\0" * 50_000_000)
    assert len(bomb) < 100_000
    server.route("/bomb", Route(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    with pytest.raises(FetchError, match="larger than 1,000,000 bytes"):
        local(max_bytes=1_000_000).fetch(server.url("/bomb"))


def test_gzip_page_is_decoded(server: PageServer) -> None:
    server.route(
        "/gz",
        Route(gzip.compress(HTML.encode()), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}),
    )
    assert "Hello" in local().fetch(server.url("/gz")).html


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/json", "text/css"])
def test_non_html_content_type(server: PageServer, ctype: str) -> None:
    server.route("/x", Route(b"%PDF-1.4 ...", headers={"Content-Type": ctype}))
    with pytest.raises(FetchError, match="not an HTML page") as err:
        local().fetch(server.url("/x"))
    assert err.value.kind == "unsupported"


def test_missing_content_type_is_sniffed(server: PageServer) -> None:
    server.route("/html", Route(HTML.encode(), headers={}))
    server.route("/bin", Route(b"PK\x03\x04 zip file", headers={}))
    assert "Hello" in local().fetch(server.url("/html")).html
    with pytest.raises(FetchError):
        local().fetch(server.url("/bin"))


def test_empty_body(server: PageServer) -> None:
    server.html("/empty", b"")
    with pytest.raises(FetchError, match="empty"):
        local().fetch(server.url("/empty"))


@pytest.mark.parametrize("status", [403, 404, 410, 500, 503])
def test_http_errors(server: PageServer, status: int) -> None:
    server.route("/e", Route(b"<html>error</html>", status=status))
    with pytest.raises(FetchError, match=f"HTTP error {status}"):
        local().fetch(server.url("/e"))


def test_undecodable_bytes(server: PageServer) -> None:
    garbage = bytes(range(256)) * 64
    server.route("/g", Route(garbage, headers={"Content-Type": "text/html"}))
    with pytest.raises(FetchError, match="not readable text"):
        local().fetch(server.url("/g"))


TURKISH = (
    "<html><head>{meta}</head><body><p>MİT Başkanı İbrahim Kalın, Irak'ı ilk kez ziyaret etti. "
    "Güneydoğu sınırında güvenlik ağır şekilde artırıldı; Şırnak ve Hakkâri'de görüşmeler "
    "sürüyor.</p></body></html>"
)


def test_windows_1254_from_http_header(server: PageServer) -> None:
    server.route(
        "/tr",
        Route(
            TURKISH.format(meta="").encode("windows-1254"),
            headers={"Content-Type": "text/html; charset=windows-1254"},
        ),
    )
    page = local().fetch(server.url("/tr"))
    assert "İbrahim Kalın" in page.html and "Şırnak" in page.html


def test_windows_1254_from_meta(server: PageServer) -> None:
    body = TURKISH.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">')
    server.route("/tr", Route(body.encode("windows-1254"), headers={"Content-Type": "text/html"}))
    assert "İbrahim Kalın" in local().fetch(server.url("/tr")).html


def test_iso_8859_9_label_decodes_as_windows_1254() -> None:
    text, _ = decode_html(TURKISH.format(meta="").encode("windows-1254"), "iso-8859-9")
    assert "Başkanı İbrahim" in text


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    body = TURKISH.format(meta="").encode("windows-1254")
    text, encoding = decode_html(body, "utf-8")
    assert "İbrahim Kalın" in text and "Şırnak ve Hakkâri" in text  # not mojibake: the detected codec is right
    assert encoding != "utf-8"


def test_utf8_bom_wins() -> None:
    text, encoding = decode_html("\ufeff<html>é</html>".encode(), "windows-1252")
    assert text == "<html>é</html>" and encoding == "utf-8"


# -- HTTPS against a local TLS server (trustme: a throw-away CA, no network) -----------------


@pytest.fixture
def tls_server() -> Iterator[tuple[PageServer, trustme.CA, str]]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("news.example", "127.0.0.1").configure_cert(context)
    srv = PageServer(tls=context).start()
    with ca.cert_pem.tempfile() as cafile:
        yield srv, ca, cafile
    srv.stop()


def tls_fetcher(cafile: str | None) -> Fetcher:
    """Real address rules, with the loopback server standing in for news.example."""
    return Fetcher(
        FetchSettings(timeout_seconds=5),
        resolver=lambda host, port: ["127.0.0.1"],
        allow_address=lambda a: a == "127.0.0.1",
        allowed_ports=None,
        cafile=cafile,
    )


def test_https_checks_the_certificate_and_sends_the_name(tls_server: tuple[PageServer, trustme.CA, str]) -> None:
    srv, _ca, cafile = tls_server
    srv.html("/story", HTML)
    page = tls_fetcher(cafile).fetch(f"https://news.example:{srv.port}/story")
    assert "Hello" in page.html
    assert srv.sni == ["news.example"]  # SNI carries the name although the socket went to 127.0.0.1
    assert srv.requests[-1]["host"] == f"news.example:{srv.port}"


def test_https_refuses_a_certificate_for_another_name(tls_server: tuple[PageServer, trustme.CA, str]) -> None:
    srv, _ca, cafile = tls_server
    srv.html("/story", HTML)
    with pytest.raises(FetchError, match="TLS handshake failed"):
        tls_fetcher(cafile).fetch(f"https://other.example:{srv.port}/story")
    assert srv.requests == []


def test_https_refuses_an_unknown_authority(tls_server: tuple[PageServer, trustme.CA, str]) -> None:
    srv, _ca, _cafile = tls_server
    srv.html("/story", HTML)
    with pytest.raises(FetchError, match="TLS handshake failed"):
        tls_fetcher(None).fetch(f"https://news.example:{srv.port}/story")  # certifi's roots only
    assert srv.requests == []


# -- several addresses --------------------------------------------------------------------------


def test_unreachable_first_address_falls_through_to_the_next(server: PageServer) -> None:
    """The first address answers nothing (nobody listens on 127.0.0.2 at that port); the
    second is the page server. The order is the resolver's, not sorted as text."""
    server.html("/p", HTML)
    tried: list[str] = []
    fetcher = as_public(lambda host, port: ["127.0.0.2", "::1", "127.0.0.1"], public=("127.0.0.1", "127.0.0.2", "::1"))
    real = fetcher._connection

    def spy(target, address, timeout):  # noqa: ANN001, ANN202
        tried.append(address)
        return real(target, address, timeout)

    fetcher._connection = spy  # type: ignore[method-assign]
    page = fetcher.fetch(f"http://multi.example:{server.port}/p")
    assert "Hello" in page.html
    assert tried[0] == "127.0.0.2" and tried[-1] == "127.0.0.1"
    assert tried[:2] == ["127.0.0.2", "::1"]  # families alternate after the first choice


def test_every_address_unreachable_is_one_error(server: PageServer) -> None:
    fetcher = as_public(lambda host, port: ["127.0.0.2", "127.0.0.3"], public=("127.0.0.2", "127.0.0.3"))
    with pytest.raises(FetchError, match="could not connect to the site"):
        fetcher.fetch(f"http://multi.example:{server.port}/p")


def test_connection_order_alternates_families() -> None:
    assert connection_order(["2001:db8::1", "2001:db8::2", "192.0.2.1", "192.0.2.2"]) == [
        "2001:db8::1",
        "192.0.2.1",
        "2001:db8::2",
        "192.0.2.2",
    ]
    assert connection_order(["192.0.2.9", "192.0.2.10"]) == ["192.0.2.9", "192.0.2.10"]  # not sorted as text


def test_malformed_redirect_target_is_one_error(server: PageServer) -> None:
    server.route("/go", Route(status=302, headers={"Location": "http://[oops/"}))
    with pytest.raises(FetchError, match="redirected to a malformed URL") as err:
        local().fetch(server.url("/go"))
    assert err.value.kind == "redirects"
