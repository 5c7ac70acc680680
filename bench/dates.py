"""Published-date accuracy (day level) of factdesk next to htmldate, same pages, same run.

    python bench/dates.py DATA_DIR [--no-url] [--failures N]

DATA_DIR is the shared data folder (holding ``htmldate-mediacloud/`` and ``fundus/``) or one
of those folders. htmldate runs as ``find_date(original_date=True, extensive_search=True)``.
Both tools get the page's URL (factdesk always has it when checking a link); ``--no-url``
gives both the HTML only. Pages whose ground truth has no date count as correct when the tool
finds none. Failures are listed by reason. The pages are read in place, never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from htmldate import find_date  # noqa: E402

from checks.document import parse_html  # noqa: E402
from checks.extract import build_document  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402


@dataclass
class Case:
    name: str
    url: str
    html: str
    gold: date | None
    crawled: datetime


def load(folder: Path) -> list[Case]:
    cases: list[Case] = []
    if (folder / "ground_truth.json").exists():
        truth = json.loads((folder / "ground_truth.json").read_text())
        for url, row in truth.items():
            raw = row["date"]
            gold = None if raw is None or (isinstance(raw, float) and math.isnan(raw)) else date.fromisoformat(raw)
            path = folder / "pages" / (row["file"] + ".gz")
            cases.append(Case(row["file"], url, _read(path), gold, datetime.now(UTC)))
    elif (folder / "ground_truth.jsonl").exists():
        for line in (folder / "ground_truth.jsonl").read_text().splitlines():
            row = json.loads(line)
            gold = datetime.fromisoformat(row["publishing_date"]).date() if row["publishing_date"] else None
            crawled = datetime.fromisoformat(row["crawl_date"]).replace(tzinfo=UTC)
            cases.append(Case(row["file"], row["url"], _read(folder / row["file"]), gold, crawled))
    return cases


def _read(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def factdesk_date(case: Case, use_url: bool) -> tuple[date | None, str]:
    page = FetchedPage(case.url if use_url else "", case.url if use_url else "", case.html, "utf-8", "", case.crawled)
    doc = build_document(page, parse_html(case.html))
    published = doc.article.published
    kinds = sorted({f.kind for f in doc.found_dates if f.date == published and f.role == "published"})
    return published, ",".join(kinds)


def htmldate_date(case: Case, use_url: bool) -> date | None:
    found = find_date(case.html, url=case.url if use_url else None, original_date=True, extensive_search=True)
    return date.fromisoformat(found) if found else None


def evaluate(name: str, cases: list[Case], use_url: bool, show: int) -> None:
    ours_ok = theirs_ok = 0
    reasons: Counter[str] = Counter()
    failures: list[str] = []
    for case in cases:
        try:
            ours, via = factdesk_date(case, use_url)
        except Exception as exc:  # noqa: BLE001 - a crash is a failure to report, not to hide
            ours, via = None, f"crash {exc.__class__.__name__}"
        theirs = htmldate_date(case, use_url)
        ours_ok += ours == case.gold
        theirs_ok += theirs == case.gold
        if ours != case.gold:
            doc_dates = _candidates(case, use_url)
            if ours is None:
                reason = "no date found" if case.gold not in doc_dates else "gold found but not as published"
            elif case.gold is None:
                reason = "date found on an undated page"
            elif case.gold in doc_dates:
                reason = f"wrong pick via {via} (gold among {'/'.join(sorted(doc_dates[case.gold]))})"
            else:
                reason = f"gold not among candidates (picked via {via})"
            reasons[reason.split(" (")[0]] += 1
            failures.append(f"  {case.name}: gold {case.gold} ours {ours} htmldate {theirs} — {reason}")
    n = len(cases)
    print(
        f"{name}: {n} pages  factdesk {ours_ok / n:.3f}  htmldate {theirs_ok / n:.3f}  "
        f"ratio {ours_ok / max(theirs_ok, 1):.3f}"
    )
    for reason, count in reasons.most_common():
        print(f"  {count:4d}  {reason}")
    for line in failures[:show]:
        print(line)


def _candidates(case: Case, use_url: bool) -> dict[date, set[str]]:
    page = FetchedPage("", case.url if use_url else "", case.html, "utf-8", "", case.crawled)
    out: dict[date, set[str]] = {}
    try:
        for f in build_document(page, parse_html(case.html)).found_dates:
            out.setdefault(f.date, set()).add(f"{f.kind}:{f.role}")
    except Exception:  # noqa: BLE001
        pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--no-url", action="store_true")
    parser.add_argument("--failures", type=int, default=25, help="failures to list per set")
    args = parser.parse_args()
    folders = (
        [args.data_dir]
        if any((args.data_dir / f).exists() for f in ("ground_truth.json", "ground_truth.jsonl"))
        else [args.data_dir / "htmldate-mediacloud", args.data_dir / "fundus"]
    )
    for folder in folders:
        evaluate(folder.name, load(folder), not args.no_url, args.failures)


if __name__ == "__main__":
    main()
