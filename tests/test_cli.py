"""``factdesk check`` end to end: text, JSON Lines, files, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import EXAMPLES
from tests.pageserver import PageServer, Route

SEED = str(EXAMPLES / "gulan-kalin-visit.html")


@pytest.fixture
def local_config(tmp_path: Path) -> str:
    path = tmp_path / "config.toml"
    path.write_text("[fetch]\ntimeout_seconds = 2\nallow_private_addresses = true\n", encoding="utf-8")
    return str(path)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Name lookups other than numeric addresses and localhost fail, and are listed: a test
    that would reach the internet (a provider left on) fails instead of passing slowly."""
    real = socket.getaddrinfo
    reached: list[str] = []

    def lookup(host, *args, **kwargs):  # noqa: ANN001, ANN202 - socket.getaddrinfo's signature
        if host not in (None, "localhost"):
            try:
                return real(host, *args[:1], flags=socket.AI_NUMERICHOST)
            except socket.gaierror:
                reached.append(str(host))
                raise
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    yield reached
    assert reached == [], f"a test looked up {reached}: it would reach the internet"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_file_prints_readable_checklist(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--offline", SEED)
    assert code == 0, err
    assert "Turkish Intelligence Chief's Historic Iraq Visit" in out
    assert "Dates" in out and "Checklist" in out
    assert "dates.mismatch" in out


def test_json_report_has_the_spec_shape(
    capsys: pytest.CaptureFixture[str], server: PageServer, local_config: str
) -> None:
    url = server.html("/story", Path(SEED).read_bytes())
    code, out, err = run(capsys, "check", url, "--json", "--offline", "--config", local_config)
    assert code == 0, err
    report = json.loads(out)
    assert report["schema"] == "factdesk.report/1"
    assert report["target"] == url and report["url"] == url
    assert len(report["content_sha256"]) == 64
    assert report["fetched_at"].endswith("+00:00")
    assert report["article"]["title"].startswith("Turkish Intelligence Chief")
    for key in ("dates", "items", "corroboration", "providers"):
        assert isinstance(report[key], list)
    assert [i["id"] for i in report["items"]] == [f"c{n}" for n in range(1, len(report["items"]) + 1)]


def test_several_targets_give_json_lines_and_errors_do_not_stop_the_rest(
    capsys: pytest.CaptureFixture[str], server: PageServer, local_config: str
) -> None:
    good = server.html("/good", Path(SEED).read_bytes())
    server.route("/gone", Route(b"", status=404))
    code, out, err = run(
        capsys, "check", "--json", "--offline", "--config", local_config, good, server.url("/gone"), SEED
    )
    lines = out.strip().splitlines()
    assert code == 2
    assert len(lines) == 2 and all(json.loads(line)["schema"] for line in lines)
    assert err.strip() == f"error: {server.url('/gone')}: HTTP error 404"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("javascript:alert(1)", "unsupported URL scheme (javascript)"),
        ("file:///etc/passwd", "unsupported URL scheme (file)"),
        ("http://169.254.169.254/latest/meta-data/", "address not allowed"),
        ("http://2130706433/", "address not allowed"),
        ("no-such-file.html", "no such file"),
        ("http://exa mple.com/", "malformed URL"),
    ],
)
def test_bad_targets_give_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], target: str, message: str) -> None:
    code, out, err = run(capsys, "check", target)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: {target}: ") and message in err


def test_non_html_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, no markup", encoding="utf-8")
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and "not an HTML file" in err


def test_bad_config_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[fetch]\nmax_bytes = 'lots'\n", encoding="utf-8")
    code, out, err = run(capsys, "check", SEED, "--config", str(path))
    assert code == 1 and out == ""
    assert err.strip() == "error: config: 'fetch.max_bytes' must be an integer, got str"


def test_installed_command_runs_without_traceback(tmp_path: Path) -> None:
    """The console script pip installed next to this interpreter, as a user runs it: version,
    a check, and an error."""
    script = Path(sys.executable).parent / "factdesk"
    assert script.is_file(), f"{script} is not installed (pip install -e .)"
    env = {**os.environ, "FACTDESK_CONFIG": ""}
    exe = [str(script)]
    version = subprocess.run([*exe, "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.stdout.startswith("factdesk ")
    ok = subprocess.run(
        [*exe, "check", SEED, "--json", "--offline"], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["article"]["published"] == "2024-01-23"
    bad = subprocess.run(
        [*exe, "check", "gopher://x/"], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("error: gopher://x/:")


def _refused_port() -> int:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (Route(b"<html>late</html>", delay=4), "timed out"),
        (Route(b"<html>" + b"x" * 40 + b"</html>", drip=0.1), "timed out"),
        (Route(status=302, headers={"Location": "/loop"}), "redirect loop"),
        (Route(b"<html>" + b"a" * 6_000_000), "larger than 5,000,000 bytes"),
        (
            Route(
                __import__("gzip").compress(b"\0" * 20_000_000),
                headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
            ),
            "larger than",
        ),
        (Route(b"%PDF-1.7", headers={"Content-Type": "application/pdf"}), "not an HTML page"),
        (Route(b""), "the page is empty"),
        (Route(b"<html>no</html>", status=404), "HTTP error 404"),
        (Route(b"<html>oops</html>", status=500), "HTTP error 500"),
        (Route(bytes(range(256)) * 50, headers={"Content-Type": "text/html"}), "not readable text"),
    ],
)
def test_bad_pages_give_one_line_exit_2_no_traceback(
    capsys: pytest.CaptureFixture[str], server: PageServer, tmp_path: Path, route: Route, message: str
) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[fetch]\ntimeout_seconds = 1.5\nallow_private_addresses = true\n", encoding="utf-8")
    url = server.route("/loop", route)
    code, out, err = run(capsys, "check", url, "--config", str(config))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: {url}: ") and message in err, err
    assert "Traceback" not in err


def test_refused_connection(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """(DNS failures are tested at the fetcher with an injected resolver: no test asks real DNS.)"""
    config = tmp_path / "c.toml"
    config.write_text("[fetch]\ntimeout_seconds = 3\nallow_private_addresses = true\n", encoding="utf-8")
    code, _, err = run(capsys, "check", f"http://127.0.0.1:{_refused_port()}/", "--config", str(config))
    assert code == 2 and "could not connect to the site" in err and err.count("\n") == 1
