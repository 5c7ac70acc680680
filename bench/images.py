"""Image selection and offline ``images.older`` on real pages, development and test halves.

    python bench/images.py DATA_DIR [--show N]

DATA_DIR is the shared data folder (or its htmldate-mediacloud/ or fundus/ set). Each page is analysed offline, as
``factdesk check --offline`` does: the lead and main-text images, dates in their URLs, and
``images.older`` against the article's date. A page belongs to the development half when the
CRC-32 of its file name is even, to the test half otherwise; the development half's flags are
listed (to judge by hand: is the photo plausibly older than the story?), the test half is only
counted. Pages are read in place, never copied.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dates import Case, load  # noqa: E402

from checks.engine import analyse_document  # noqa: E402
from checks.errors import CheckError  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402


def measure(case: Case, settings: EngineSettings) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter(pages=1)
    page = FetchedPage(case.url, case.url, case.html, "utf-8", "", case.crawled)
    try:
        doc, report = analyse_document(page, settings)
    except CheckError:
        counts["unreadable"] += 1
        return counts, []
    lead = [i for i in report.images if i.role == "lead"]
    body = [i for i in report.images if i.role == "body"]
    counts["with lead image"] += bool(lead)
    counts["with main-text images"] += bool(body)
    counts["main-text images"] += len(body)
    counts["images"] += len(report.images)
    dated = [i for i in report.images if i.dates]
    counts["images with a URL date"] += len(dated)
    published = doc.article.published
    for info in dated:
        if published and case.gold and abs((info.dates[0].date - case.gold).days) <= 31:
            counts["URL date within a month of the true date"] += 1
    flags = [i for i in report.items if i.check == "images.older"]
    counts["pages with images.older"] += bool(flags)
    counts["images.older items"] += len(flags)
    shown = [
        f"{case.name}: published {published} (true {case.gold}) · {item.title} · {item.data['image'][-90:]}"
        for item in flags
    ]
    return counts, shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", type=int, default=40, help="development-half flags to list")
    args = parser.parse_args()
    sets = ("htmldate-mediacloud", "fundus")  # the sets bench/dates.py reads
    folders = [args.data] if (args.data / "pages").is_dir() else [args.data / s for s in sets]
    settings = EngineSettings()
    halves: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    listed: list[str] = []
    for folder in folders:
        for case in load(folder):
            half = "dev" if zlib.crc32(case.name.encode()) % 2 == 0 else "test"
            counts, shown = measure(case, settings)
            halves[half].update(counts)
            if half == "dev":
                listed.extend(shown)
    keys = [
        "pages",
        "unreadable",
        "with lead image",
        "with main-text images",
        "images",
        "main-text images",
        "images with a URL date",
        "URL date within a month of the true date",
        "pages with images.older",
        "images.older items",
    ]
    print(f"{'':42} {'dev':>6} {'test':>6}")
    for key in keys:
        print(f"{key:42} {halves['dev'][key]:6} {halves['test'][key]:6}")
    print(f"\ndevelopment-half images.older items ({len(listed)}):")
    for line in listed[: args.show]:
        print("  " + line)


if __name__ == "__main__":
    main()
