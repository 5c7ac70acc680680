"""Published-date accuracy (day level) of factdesk next to htmldate, same pages, same run,
on a fixed development half (tune on it) and a test half (only report it).

    python bench/dates.py DATA_DIR [--half dev|test|both] [--no-url] [--failures N]
    python bench/dates.py DATA_DIR --mismatch [--half …]

DATA_DIR is the shared data folder (holding ``htmldate-mediacloud/``, ``fundus/`` and
``newspaper4k/``) or one of those folders. htmldate runs as
``find_date(original_date=True, extensive_search=True)``. Both tools get the page's URL
(factdesk always has it when checking a link); ``--no-url`` gives both the HTML only. Pages
whose ground truth has no date count as correct when the tool finds none (newspaper4k's
"negatives" are left out: they do show dates, see that folder's README).

The split: a page belongs to the test half when the first byte of the SHA-256 of its file
name is odd. It depends on nothing else, so it never moves.

Failures are listed for the development half only; the test half prints its score.

``--mismatch`` scores ``dates.mismatch`` (high or medium items) against the hand labels in
``bench/mismatch_labels.json`` (file name, expected verdict, reason; the pages stay where
they lie): precision and recall per half. The pages are read in place, never copied.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
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
from checks.engine import analyse  # noqa: E402
from checks.extract import build_document  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402

SETS = ("htmldate-mediacloud", "fundus", "newspaper4k")
LABELS = Path(__file__).resolve().parent / "mismatch_labels.json"
# The day the mediacloud pages were saved is not recorded; their "today" is a fixed day after
# the newest page, so results never depend on when the benchmark runs.
MEDIACLOUD_TODAY = datetime(2021, 1, 1, 12, tzinfo=UTC)


@dataclass
class Case:
    name: str
    url: str
    html: str
    gold: date | None
    crawled: datetime

    @property
    def half(self) -> str:
        return half_of(self.name)


def half_of(name: str) -> str:
    """``dev`` or ``test``, from the file name alone."""
    return "test" if hashlib.sha256(name.encode()).digest()[0] % 2 else "dev"


def load(folder: Path) -> list[Case]:
    cases: list[Case] = []
    if (folder / "negatives.json").exists():  # newspaper4k: {NAME: {url, published}}
        truth = json.loads((folder / "ground_truth.json").read_text())
        for name, row in truth.items():
            path = folder / "pages" / f"{name}.html.gz"
            gold = date.fromisoformat(row["published"])
            cases.append(Case(name, row["url"], _read(path), gold, datetime(2024, 1, 1, 12, tzinfo=UTC)))
    elif (folder / "ground_truth.json").exists():
        truth = json.loads((folder / "ground_truth.json").read_text())
        for url, row in truth.items():
            raw = row["date"]
            gold = None if raw is None or (isinstance(raw, float) and math.isnan(raw)) else date.fromisoformat(raw)
            path = folder / "pages" / (row["file"] + ".gz")
            cases.append(Case(row["file"], url, _read(path), gold, MEDIACLOUD_TODAY))
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


def _page(case: Case, use_url: bool) -> FetchedPage:
    url = case.url if use_url else ""
    return FetchedPage(url, url, case.html, "utf-8", "", case.crawled)


def factdesk_date(case: Case, use_url: bool) -> tuple[date | None, str]:
    doc = build_document(_page(case, use_url), parse_html(case.html))
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
    n = max(len(cases), 1)
    print(
        f"{name}: {len(cases)} pages  factdesk {ours_ok / n:.3f}  htmldate {theirs_ok / n:.3f}  "
        f"(right: {ours_ok} vs {theirs_ok})",
        flush=True,
    )
    if name.endswith("[test]"):
        return  # the test half is only scored: its failures are not read, so it stays unseen
    for reason, count in reasons.most_common():
        print(f"  {count:4d}  {reason}")
    for line in failures[:show]:
        print(line)


def _candidates(case: Case, use_url: bool) -> dict[date, set[str]]:
    out: dict[date, set[str]] = {}
    try:
        for f in build_document(_page(case, use_url), parse_html(case.html)).found_dates:
            out.setdefault(f.date, set()).add(f"{f.kind}:{f.role}")
    except Exception:  # noqa: BLE001
        pass
    return out


def mismatch(cases: dict[str, Case], halves: tuple[str, ...], show: int) -> None:
    """Precision and recall of high/medium ``dates.mismatch`` against the hand labels."""
    labels = json.loads(LABELS.read_text())["pages"]
    settings = EngineSettings()
    for half in halves:
        tp = fp = fn = tn = 0
        wrong: list[str] = []
        for label in labels:
            if half_of(label["file"]) != half or label["file"] not in cases:
                continue
            report = analyse(_page(cases[label["file"]], True), settings)
            flags = [i for i in report.items if i.check == "dates.mismatch" and i.severity in ("high", "medium")]
            expected = label["expected"] == "mismatch"
            if flags and expected:
                tp += 1
            elif flags:
                fp += 1
                wrong.append(f"  false alarm {label['file']}: {flags[0].title}: {flags[0].detail[:160]}")
            elif expected:
                fn += 1
                wrong.append(f"  missed {label['file']}: {label['reason'][:120]}")
            else:
                tn += 1
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"mismatch {half}: {tp + fp + fn + tn} labelled pages ({tp + fn} with a real mismatch)  "
            f"precision {precision:.3f}  recall {recall:.3f}  (tp {tp} fp {fp} fn {fn} tn {tn})",
            flush=True,
        )
        for line in wrong[:show] if half == "dev" else []:
            print(line)


def sources(cases: list[Case], half: str) -> None:
    """How often each kind of evidence names the right day when a page has it (the weights
    of :func:`checks.extract.pick` are measured here, on the development half only)."""
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for case in cases:
        if case.half != half or case.gold is None:
            continue
        doc = build_document(_page(case, True), parse_html(case.html))
        firsts: dict[str, date] = {}
        for f in doc.found_dates:
            if f.role in ("published", "modified") and f.candidate.source != "whole-page search (htmldate)":
                firsts.setdefault(f"{f.kind}:{f.role}", f.date)
        for kind, value in firsts.items():
            seen[kind] += 1
            right[kind] += value == case.gold
    print(f"evidence on the {half} half (first candidate of each kind; right / pages that have it):")
    for kind, n in seen.most_common():
        print(f"  {kind:28s} {right[kind] / n:.3f}  ({right[kind]}/{n})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--no-url", action="store_true")
    parser.add_argument("--mismatch", action="store_true", help="score dates.mismatch against the labels")
    parser.add_argument("--sources", action="store_true", help="how often each kind of evidence is right")
    parser.add_argument("--failures", type=int, default=25, help="failures to list per set and half")
    args = parser.parse_args()
    folders = (
        [args.data_dir]
        if any((args.data_dir / f).exists() for f in ("ground_truth.json", "ground_truth.jsonl"))
        else [args.data_dir / name for name in SETS]
    )
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    if args.sources:
        for half in halves:
            sources([c for folder in folders for c in load(folder)], half)
        return
    if args.mismatch:
        cases = {c.name: c for folder in folders for c in load(folder)}
        mismatch(cases, halves, args.failures)
        return
    for folder in folders:
        cases = load(folder)
        for half in halves:
            evaluate(f"{folder.name} [{half}]", [c for c in cases if c.half == half], not args.no_url, args.failures)


if __name__ == "__main__":
    main()
