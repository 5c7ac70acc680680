"""Precision and recall of the claim checks on real pages, judged by hand.

    python bench/claims.py DATA_DIR [--half dev|test|all] [--todo] [--dump FILE]
                           [--seed N] [--recall FILE] [--read-sample N --read-dir DIR]
    python bench/claims.py --texts DIR --recall bench/claims_recall_freshN.tsv
                           [--judgements bench/claims_judgements_freshN.tsv] [--judge-items FILE]

Runs the offline analysis over every page in DATA_DIR (``htmldate-mediacloud/``,
``fundus/``, ``newspaper4k/``; read in place, never copied). Pages are split for good by a
hash of their name into a development half (rules are tuned on it) and a test half (only
judged, to report). From each half a fixed sample of items per check is drawn (the items
first in a seeded hash order, so an item that survives a rule change stays sampled); each
sampled item's judgement lives in ``bench/claims_judgements.tsv`` (TRUE / FALSE /
borderline, with a reason), keyed by page, check and the item's title, so a changed item
needs judging again (``--todo`` lists those). Precision counts borderline as half. For
``people.role`` a TRUE means person *and* role bounded exactly.

Recall: ``bench/claims_recall.tsv`` lists the first/record claims found by reading the main
text of articles in full (the first tuning rounds' own reading, dev half);
``bench/claims_recall_blind.tsv`` those listed by readers who saw neither the rules nor their
output (page, words, claim, clear/borderline; a row with no words records an article read and
found to hold none); a claim counts as found when a ``claims.novelty`` item quotes
the sentence holding its key words. Also printed: claim items per article (mean, median,
max) and the share of articles with none.

``--seed`` draws another fixed sample (judgements are keyed by item, so one file serves every
seed): a new seed after tuning gives items nobody judged while tuning. ``--judgements FILE``
scores with another file, e.g. ``claims_judgements_blind.tsv``: test-half samples judged by a
reader who saw neither the rules nor the earlier judgements. ``--read-sample N``
writes N articles of the half that no recall file lists yet (seeded hash order), headline and
main text as the checks read them and nothing the checks found, into DIR for a reader to list
their first/record claims blind; ``--recall FILE`` scores such a list.

``--judge-items FILE`` writes the table a blind judge fills in (every novelty and attribution
item, the fixed sample of the others); filled in, it is the set's ``--judgements`` file.

``--texts DIR``: a fresh set read after the rules were frozen, for a recall figure no tuning
has seen. Each ``ID.txt`` holds ``SOURCE``, ``LANG`` and ``HEADLINE`` lines, a blank line and
the article's paragraphs, copied from news text in public collections (mozilla/readability and
adbar/trafilatura test pages, the scrapinghub article-extraction benchmark, a BBC News 2004–05
copy, derStandard rows of 10kGNAD; ``bench/claims_fresh_sources.tsv`` says which file, row or
entry, so a set can be fetched again, as sets 1–9 were for the eleventh round; the texts are not
kept here). The text is wrapped in a bare ``<article>`` page with its
language declared, so the checks read the same words the reader did.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dates import Case, load  # noqa: E402

from checks.engine import analyse_document  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402
from checks.report import Item  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402

CLAIM_CHECKS = ("claims.novelty", "claims.numbers", "claims.attribution", "people.role")
SAMPLE = 20  # items per check and half
SEED = 12
HERE = Path(__file__).resolve().parent
JUDGEMENTS = HERE / "claims_judgements.tsv"
RECALL = HERE / "claims_recall.tsv"
SCORE = {"TRUE": 1.0, "borderline": 0.5, "FALSE": 0.0}
HEADLINES: dict[str, str | None] = {}


def half_of(name: str) -> str:
    return "dev" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "test"


def item_key(page: str, item: Item) -> str:
    return f"{page}\t{item.check}\t{' '.join(item.title.split())[:150]}"


def analyse_all(data: Path) -> list[tuple[Case, str, list[str], list[Item]]]:
    """(case, language, paragraphs, claim items) for every page."""
    names = ("htmldate-mediacloud", "fundus", "newspaper4k")
    folders = [data] if (data / "pages").exists() else [data / n for n in names]
    return _analyse([case for folder in folders if folder.exists() for case in load_any(folder)])


def analyse_texts(folder: Path) -> list[tuple[Case, str, list[str], list[Item]]]:
    """(case, language, paragraphs, claim items) for every ``ID.txt`` of a fresh set."""
    return _analyse(load_texts(folder))


def _analyse(cases: list[Case]) -> list[tuple[Case, str, list[str], list[Item]]]:
    settings = EngineSettings()
    out = []
    for case in cases:
        page = FetchedPage(case.url, case.url, case.html, "utf-8", "", case.crawled)
        doc, report = analyse_document(page, settings)
        lang = doc.sentences[0].lang if doc.sentences else "?"
        items = [i for i in report.items if i.check in CLAIM_CHECKS]
        HEADLINES[case.name] = doc.article.title
        out.append((case, lang, doc.paragraphs, items))
    return out


def load_texts(folder: Path) -> list[Case]:
    """A fresh set's ``ID.txt`` files, each wrapped in a bare page with its language declared."""
    from datetime import UTC, datetime
    from html import escape

    cases = []
    for path in sorted(folder.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line.split("\t", 1) for line in head.splitlines() if "\t" in line)
        lang, title = fields.get("LANG", "en").strip(), fields.get("HEADLINE", "").strip()
        paragraphs = "".join(f"<p>{escape(p.strip())}</p>\n" for p in body.split("\n") if p.strip())
        html = (
            f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"</head><body><article><h1>{escape(title)}</h1>\n{paragraphs}</article></body></html>"
        )
        cases.append(Case(path.stem, f"https://fresh.example/{path.stem}", html, None, datetime.now(UTC)))
    return cases


def load_any(folder: Path) -> list[Case]:
    if (folder / "ground_truth.json").exists() and (folder / "negatives.json").exists():
        return _load_newspaper4k(folder)
    return load(folder)


def _load_newspaper4k(folder: Path) -> list[Case]:
    import gzip
    import json
    from datetime import UTC, datetime

    truth = json.loads((folder / "ground_truth.json").read_text())
    cases = []
    for path in sorted((folder / "pages").glob("*.gz")):
        name = path.name.removesuffix(".gz")
        row = truth.get(name) or truth.get(path.name) or {}
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        cases.append(Case(name, row.get("url", ""), html, None, datetime.now(UTC)))
    return cases


def read_judgements(path: Path = JUDGEMENTS) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    if path.exists():
        for line in path.read_text().splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) >= 5:
                out["\t".join(parts[:3])] = (parts[3], parts[4])
    return out


def sample(results, half: str, seed: int = SEED) -> dict[str, list[tuple[str, Item]]]:
    by_check: dict[str, list[tuple[str, Item]]] = defaultdict(list)
    for case, _, _, items in results:
        if half != "all" and half_of(case.name) != half:
            continue
        for item in items:
            by_check[item.check].append((case.name, item))
    order = lambda p: _rank(item_key(*p), seed)  # noqa: E731
    return {check: sorted(pool, key=order)[:SAMPLE] for check, pool in sorted(by_check.items())}


def _rank(key: str, seed: int = SEED) -> str:
    """A fixed pseudo-random order of items: an item keeps its place in the sample while the
    rules change around it, so its judgement stays in use."""
    return hashlib.sha1(f"{seed}\t{key}".encode()).hexdigest()


def recall(results, half: str, path: Path = RECALL, certainty: str = "clear") -> tuple[int, int, list[str]]:
    """Claims of the list found by a ``claims.novelty`` item quoting their words. A fourth
    column, when the list has one, says how certain the reader was: only rows of ``certainty``
    count (``clear`` by default; a row without one counts as clear)."""
    if not path.exists():
        return 0, 0, []
    novelty = {
        case.name: " ".join(e.text for i in items if i.check == "claims.novelty" for e in i.evidence)
        for case, _, _, items in results
    }
    found = total = 0
    missed: list[str] = []
    for line in path.read_text().splitlines()[1:]:
        page, words, _, sure = (line.split("\t") + ["", "", ""])[:4]
        if page.startswith("#") or not page:
            continue
        if not words or (half != "all" and half_of(page) != half) or (sure or "clear") != certainty:
            continue  # an article read and found to hold no claim, or a claim of the other certainty
        total += 1
        if all(w.lower() in novelty.get(page, "").lower() for w in words.split(" | ")):
            found += 1
        else:
            missed.append(f"{page}: {words}")
    return found, total, missed


def write_reading(results, half: str, count: int, folder: Path) -> None:
    """Articles nobody has read for recall yet, as the checks read them, one file each."""
    listed = {line.split("\t")[0] for path in HERE.glob("claims_recall*.tsv") for line in path.read_text().splitlines()}
    pool = [r for r in results if (half == "all" or half_of(r[0].name) == half) and r[0].name not in listed]
    pool.sort(key=lambda r: _rank(r[0].name, 77))
    folder.mkdir(parents=True, exist_ok=True)
    for n, (case, lang, paragraphs, _) in enumerate(pool[:count], 1):
        title = HEADLINES.get(case.name) or ""
        text = "\n\n".join(paragraphs)
        (folder / f"{n:02d}.txt").write_text(f"PAGE\t{case.name}\nLANG\t{lang}\nHEADLINE\t{title}\n\n{text}\n")
    print(f"{min(count, len(pool))} articles written to {folder}")


def write_judge_items(results, half: str, path: Path, seed: int = SEED) -> None:
    """A table for a blind judge: every novelty and attribution item (few enough to judge all)
    and the fixed sample of the other checks, with the words the editor would see. Its first
    five columns are a judgement file's, so the filled table scores as ``--judgements``."""
    every = {"claims.novelty", "claims.attribution"}
    chosen = [r for r in results if half == "all" or half_of(r[0].name) == half]
    picked = [(case.name, i) for case, _, _, items in chosen for i in items if i.check in every]
    picked += [p for check, pool in sample(results, half, seed).items() if check not in every for p in pool]
    with path.open("w") as out:
        out.write("page\tcheck\ttitle\tjudgement\treason\tdetail\tevidence\n")
        for page, item in picked:
            evidence = " | ".join(" ".join(e.text.split())[:400] for e in item.evidence)
            out.write(f"{item_key(page, item)}\t\t\t{' '.join(item.detail.split())[:300]}\t{evidence}\n")
    print(f"{len(picked)} items to judge written to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path, nargs="?")
    parser.add_argument("--texts", type=Path, help="a fresh set of article texts (ID.txt) instead of DATA_DIR")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--todo", action="store_true", help="list sampled items not yet judged")
    parser.add_argument("--dump", type=Path, help="write every claim item of the half to this file")
    parser.add_argument("--seed", type=int, default=SEED, help="another fixed sample of items")
    parser.add_argument("--recall", type=Path, default=RECALL, help="recall list to score")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS, help="judgement file to score with")
    parser.add_argument("--read-sample", type=int, default=0, help="articles to write out for blind reading")
    parser.add_argument("--read-dir", type=Path, default=Path("recall-reading"))
    parser.add_argument("--judge-items", type=Path, help="write a table of items for a blind judge to this file")
    args = parser.parse_args()
    if args.texts:
        args.half = "all"  # a fresh set is only reported, never tuned on
        results = analyse_texts(args.texts)
    elif args.data_dir:
        results = analyse_all(args.data_dir)
    else:
        parser.error("give DATA_DIR or --texts DIR")
    if args.read_sample:
        write_reading(results, args.half, args.read_sample, args.read_dir)
        return
    if args.judge_items:
        write_judge_items(results, args.half, args.judge_items, args.seed)
    chosen = [r for r in results if args.half == "all" or half_of(r[0].name) == args.half]
    if args.dump:
        with args.dump.open("w") as out:
            for case, lang, paragraphs, items in chosen:
                out.write(f"\n=== {case.name} [{lang}] {len(paragraphs)} paragraphs\n")
                for item in items:
                    out.write(f"  {item.check}: {item.title}\n      {item.detail}\n")
                    for e in item.evidence:
                        out.write(f"      > {e.text[:400]}\n")
    judged = read_judgements(args.judgements)
    print(f"{len(chosen)} articles ({args.half} half)")
    for check, picked in sample(results, args.half, args.seed).items():
        scores = []
        for page, item in picked:
            key = item_key(page, item)
            if key in judged:
                scores.append(SCORE[judged[key][0]])
            elif args.todo:
                print(f"TODO\t{key}\t{item.detail[:300]}\t{item.evidence[0].text[:400] if item.evidence else ''}")
        precision = f"{sum(scores) / len(scores):.2f}" if scores else "n/a"
        strict = f"{sum(s == 1.0 for s in scores) / len(scores):.2f}" if scores else "n/a"
        print(f"  {check:<20} sampled {len(picked):>3} judged {len(scores):>3} precision {precision} strict {strict}")
    counts = [len(items) for _, _, _, items in chosen]
    if counts:
        print(
            f"  claim items per article: mean {statistics.mean(counts):.2f}  median {statistics.median(counts):g}  "
            f"max {max(counts)}  articles with none {sum(c == 0 for c in counts) / len(counts):.0%}"
        )
        per_check = defaultdict(int)
        for _, _, _, items in chosen:
            for item in items:
                per_check[item.check] += 1
        print("  items: " + ", ".join(f"{k} {v}" for k, v in sorted(per_check.items())))
    for certainty in ("clear", "borderline"):
        found, total, missed = recall(results, args.half, args.recall, certainty)
        if total:
            print(f"  novelty recall ({certainty}) {found}/{total} = {found / total:.2f}")
            for m in missed if certainty == "clear" else []:
                print(f"    missed {m}")


if __name__ == "__main__":
    main()
