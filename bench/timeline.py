"""Time, size and memory of the timeline picture (checks/timeline.py), against its targets
(<= 300 ms and <= 200 KB per picture, no memory growth over 100 pictures) and against a
baseline measured in the same run: the same rows drawn directly with Pillow (raqm layout),
the alternative docs/images.md weighs.

    .venv/bin/python bench/timeline.py [N]

Reports: the seed with corroboration (coverage, an earlier event, image dates), a crowded
report (30 rows), and the right-to-left test page. Nothing here is part of the tests.
"""

from __future__ import annotations

import gc
import io
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.engine import analyse  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402
from checks.timeline import WIDTH_PX, Mark, render  # noqa: E402

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def report_of(path: Path) -> dict:
    page = FetchedPage("bench", "https://gulan.example/2024/01/23/kalin", path.read_text("utf-8"), "utf-8", "0", NOW)
    return analyse(page, EngineSettings()).to_dict()


def seed() -> dict:
    report = report_of(ROOT / "examples" / "gulan-kalin-visit.html")
    report["corroboration"] = [
        {"url": f"https://{o}/", "title": "t", "outlet": o, "published": d, "provider": "gdelt", "match": 0.5}
        for o, d in (("rudaw.net", "2024-01-23"), ("aa.com.tr", "2024-01-23"), ("kurdistan24.net", "2024-01-24"))
    ]
    report["items"].append({"check": "claims.prior_event", "dates": ["2023-03-02"], "evidence": []})
    report["dates"].append(
        {"date": "2019-07-12", "kind": "image_exif", "source": "lead image · EXIF DateTimeOriginal", "text": "x"}
    )
    return report


def crowded() -> dict:
    report = seed()
    report["corroboration"] += [
        {"url": f"https://o{n}.example/", "title": "t", "outlet": f"o{n}.example", "published": f"2024-01-{n:02d}"}
        for n in range(1, 25)
    ]
    return report


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pillow_baseline(marks: list[Mark]) -> bytes:
    """The same rows with Pillow: labels (raqm) on the left, dots on a linear axis on the right."""
    import matplotlib
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(f"{matplotlib.get_data_path()}/fonts/ttf/DejaVuSans.ttf", 22)
    height = 230 + 46 * len(marks)
    image = Image.new("RGB", (WIDTH_PX, height), "white")
    draw = ImageDraw.Draw(image)
    low = min(m.day.toordinal() for m in marks)
    span = max(1, max(m.day.toordinal() for m in marks) - low)
    for row, mark in enumerate(marks):
        y = 110 + 46 * row
        color = "#c62828" if mark.conflict else "#212121"
        draw.text((600, y), mark.text, font=font, fill=color, anchor="rm")
        x = 630 + (mark.day.toordinal() - low) / span * 600
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=color)
    draw.line((630, height - 100, 1230, height - 100), fill="#212121", width=1)
    out = io.BytesIO()
    image.quantize(colors=48).save(out, format="PNG", compress_level=6)
    return out.getvalue()


def timed(function, argument, n: int) -> tuple[float, float, float, int]:
    """Median and p95 wall-clock ms, median CPU ms (the machine's other load does not count
    there), and the largest output in bytes."""
    walls, cpus, size = [], [], 0
    for _ in range(n):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function(argument)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        size = max(size, len(result))
    walls.sort()
    p95 = walls[int(len(walls) * 0.95) - 1]
    return statistics.median(walls) * 1000, p95 * 1000, statistics.median(cpus) * 1000, size


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    reports = {
        "seed + corroboration": seed(),
        "crowded (row cap)": crowded(),
        "arabic (right-to-left)": report_of(ROOT / "tests" / "pages" / "arabic.html"),
    }
    start = time.perf_counter()
    render(reports["seed + corroboration"])  # imports matplotlib, builds its caches
    print(f"first picture (imports matplotlib): {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"load average: {Path('/proc/loadavg').read_text().split()[0]} on {os.cpu_count()} cores")
    print(f"{'report':22} {'rows':>4} {'wall ms':>7} {'p95':>5} {'CPU ms':>6} {'KB':>4} {'Pillow':>10} {'ratio':>5}")
    worst_cpu, worst_kb = 0.0, 0.0
    for name, report in reports.items():
        marks = render(report).marks
        wall, p95, cpu, size = timed(lambda r: render(r).png or b"", report, n)
        _, _, base, _ = timed(pillow_baseline, marks, n)
        worst_cpu, worst_kb = max(worst_cpu, cpu), max(worst_kb, size / 1000)
        row = f"{name:22} {len(marks):4} {wall:7.0f} {p95:5.0f} {cpu:6.0f} {size / 1000:4.0f}"
        print(f"{row} {base:10.0f} {cpu / base:5.1f}")
    samples = [rss_mb()]
    for _ in range(3):  # a leak grows in every round; allocator noise does not
        for _ in range(100):
            render(reports["crowded (row cap)"])
        gc.collect()
        samples.append(rss_mb())
    rounds = ", ".join(f"{b - a:+.1f}" for a, b in zip(samples, samples[1:], strict=False))
    print(f"memory: {samples[0]:.0f} MB, then per 100 more pictures: {rounds} MB")
    print(f"targets: CPU {worst_cpu:.0f} / 300 ms = {worst_cpu / 300:.2f}", end="; ")
    print(f"size {worst_kb:.0f} / 200 KB = {worst_kb / 200:.2f}")


if __name__ == "__main__":
    main()
