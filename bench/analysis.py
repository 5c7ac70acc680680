"""CPU time per page of factdesk's whole offline analysis next to trafilatura's extractor.

    python bench/analysis.py DATA_DIR [--limit N]

factdesk: parse + extraction + every date candidate + every registered check (no network),
i.e. :func:`checks.engine.analyse`. Baseline: ``trafilatura.bare_extraction`` on the same
HTML strings, in the same run. Also shown: a bare lxml parse, factdesk's main-text extraction
alone (:mod:`checks.maintext`, included in the analysis) and how far its text agrees with
plain trafilatura's (word-bag F1, mean over pages). Prints ms/page and the ratio (target
≤ 0.7). Uses process CPU time, so other load on the machine matters less; an untimed first
pass pays the one-time set-up a running bot pays once.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html  # noqa: E402
from dates import Case, load  # noqa: E402
from trafilatura import bare_extraction  # noqa: E402

from checks.document import parse_html  # noqa: E402
from checks.engine import analyse  # noqa: E402
from checks.fetch import FetchedPage  # noqa: E402
from checks.maintext import main_text  # noqa: E402
from checks.settings import EngineSettings  # noqa: E402

SETTINGS = EngineSettings()


def run_factdesk(case: Case) -> None:
    analyse(FetchedPage(case.url, case.url, case.html, "utf-8", "", case.crawled), SETTINGS)


def run_trafilatura(case: Case) -> None:
    bare_extraction(case.html, url=case.url, with_metadata=True)


def run_lxml(case: Case) -> None:
    lxml.html.document_fromstring(case.html)


def run_maintext(case: Case) -> None:
    main_text(parse_html(case.html), case.url)


def agreement(cases: list[Case]) -> float:
    """Mean word-bag F1 between factdesk's main text and plain trafilatura's text, per page."""
    scores: list[float] = []
    for case in cases:
        ours = Counter(" ".join(main_text(parse_html(case.html), case.url).paragraphs).split())
        result = bare_extraction(case.html, url=case.url, with_metadata=False)
        theirs = Counter((getattr(result, "text", "") or "").split()) if result is not None else Counter()
        if not ours and not theirs:
            scores.append(1.0)
            continue
        common = sum((ours & theirs).values())
        total = sum(ours.values()) + sum(theirs.values())
        scores.append(2 * common / total)
    return sum(scores) / len(scores)


def measure(fns: list[Callable[[Case], None]], cases: list[Case]) -> list[float]:
    """CPU ms/page of each function, interleaved page by page so machine load hits all alike."""
    for case in cases:  # one untimed pass: lazy imports and one-time set-up (language models,
        for fn in fns:  # date-parser locales) are paid once by a running bot, not per page
            fn(case)
    totals = [0.0] * len(fns)
    for case in cases:
        for n, fn in enumerate(fns):
            start = time.process_time()
            fn(case)
            totals[n] += time.process_time() - start
    return [total * 1000 / len(cases) for total in totals]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    folders = (
        [args.data_dir]
        if (args.data_dir / "pages").exists()
        else [args.data_dir / "htmldate-mediacloud", args.data_dir / "fundus"]
    )
    cases = [c for folder in folders for c in load(folder)]
    if args.limit:
        cases = cases[: args.limit]
    ours, theirs, parse, extraction = measure([run_factdesk, run_trafilatura, run_lxml, run_maintext], cases)
    print(f"{len(cases)} pages")
    print(f"  factdesk analyse          {ours:7.1f} ms/page")
    print(f"  trafilatura bare_extract  {theirs:7.1f} ms/page")
    print(f"  lxml parse only           {parse:7.1f} ms/page")
    print(f"  main text (parse+extract) {extraction:7.1f} ms/page  (part of the analysis)")
    print(f"  ratio factdesk/trafilatura {ours / theirs:.2f}  (target ≤ 0.7)")
    print(f"  main text agrees with plain trafilatura: word F1 {agreement(cases):.3f}")


if __name__ == "__main__":
    main()
