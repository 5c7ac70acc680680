"""Added latency of corroboration: every stub provider answers after a fixed delay.

    python bench/latency.py [--delay 1.0] [--runs 3]

Checks the seed article (served from a loopback page server) with and without
corroboration against the loopback provider stubs (tests/providerstub.py), each answer
delayed by ``--delay`` seconds, GDELT paced at its real one request per 5 s. Prints the
added time next to the sum of the providers' latencies (what running them one after another
would cost). Target with 1.0 s: added time ≤ 1.3 s — every provider is one round trip
(Wikidata's name search runs inside its SPARQL query), so the floor is one delay.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.corroborate import PROVIDERS, Corroborator  # noqa: E402
from checks.engine import check_target  # noqa: E402
from checks.settings import GdeltSettings  # noqa: E402
from tests.pageserver import PageServer  # noqa: E402
from tests.providerstub import ProviderStub  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = PageServer().start()
    stub = ProviderStub().start()
    stub.delay = dict.fromkeys(PROVIDERS, args.delay)
    url = pages.html("/kalin-visit", (ROOT / "examples" / "gulan-kalin-visit.html").read_bytes())
    stub.first_capture[url] = "20240123141000"
    gdelt = GdeltSettings(base_url=f"{stub.base}/gdelt")  # the real 5 s pacing
    settings = stub.settings(budget=10.0, factcheck_key="bench", gdelt=gdelt)
    offline_times, online_times, requests = [], [], []
    try:
        for _ in range(args.runs):
            started = time.perf_counter()
            check_target(url, settings, offline=True)
            offline_times.append(time.perf_counter() - started)
            before = len(stub.requests)
            started = time.perf_counter()
            report = check_target(url, settings, corroborator=Corroborator(settings))  # fresh cache each run
            online_times.append(time.perf_counter() - started)
            requests.append(len(stub.requests) - before)
            assert all(p.status == "ok" for p in report.providers), report.providers
    finally:
        stub.stop()
        pages.stop()
    offline, online = statistics.median(offline_times), statistics.median(online_times)
    serial = statistics.median(requests) * args.delay
    print(f"seed article, every provider delayed {args.delay:.1f} s, median of {args.runs} runs")
    print(f"  offline check            {offline:6.2f} s")
    print(f"  with corroboration       {online:6.2f} s")
    print(f"  added time               {online - offline:6.2f} s  (target ≤ {args.delay + 0.3:.1f} s)")
    print(f"  sum of provider latency  {serial:6.2f} s  ({int(statistics.median(requests))} requests)")
    print(f"  ratio added / serial     {(online - offline) / serial:6.2f}")


if __name__ == "__main__":
    main()
