"""Time and memory of the offline analysis on hostile pages, next to the seed article.

    python bench/hostile.py

Each page from tests/hostile_pages.py is analysed (parse, extraction, every check) and
rendered into Telegram messages; printed: CPU ms, peak Python memory (tracemalloc), both
as ratios to the seed article measured in the same run, and the number of messages.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_pages import HOSTILE, analyse_and_render  # noqa: E402

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def run(html: str) -> int:
    return len(analyse_and_render(html)[1])


def measure(html: str) -> tuple[float, float, int]:
    """CPU time from one run, peak memory from another (tracemalloc slows allocation)."""
    started = time.process_time()
    parts = run(html)
    cpu = (time.process_time() - started) * 1000
    tracemalloc.start()
    run(html)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return cpu, peak / 1e6, parts


def main() -> None:
    seed = (ROOT / "examples" / "gulan-kalin-visit.html").read_text()
    for html in (seed, HOSTILE["wrong charset"]):  # warm caches and lazy imports (trafilatura fallback)
        run(html)
    base_cpu, base_mem, _ = measure(seed)
    print(f"{'page':<22}{'size':>10}{'CPU ms':>10}{'×seed':>8}{'peak MB':>10}{'×seed':>8}{'msgs':>6}")
    print(f"{'seed article':<22}{len(seed):>10,}{base_cpu:>10.1f}{1:>8.1f}{base_mem:>10.1f}{1:>8.1f}")
    for name, html in HOSTILE.items():
        cpu, mem, parts = measure(html)
        print(
            f"{name:<22}{len(html):>10,}{cpu:>10.1f}{cpu / base_cpu:>8.1f}{mem:>10.1f}{mem / base_mem:>8.1f}{parts:>6}"
        )


if __name__ == "__main__":
    main()
