"""One review as a document: Markdown for people, JSON for systems, and schema.org
ClaimReview JSON-LD for disputed claims an outlet wants to publish.

The export carries the whole case file: article, every date with its source, every item
with all decisions and notes (the audit trail), coverage, and the evidence hashes and
archive links.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from bot import render
from bot.store import Store
from checks.timeline import Timeline, marks_of, no_picture_reason
from checks.timeline import render as draw_timeline

RATING = {"disputed": ("Disputed", 1), "verified": ("Verified", 5)}


class ExportError(Exception):
    """No such review; the message is one line."""


def export_json(store: Store, review_id: int) -> dict[str, Any]:
    review = store.review(review_id)
    if review is None:
        raise ExportError(f"there is no review #{review_id}")
    decisions = store.decisions(review_id)
    return {
        "schema": "factdesk.export/1",
        "review": review_id,
        "status": review["status"],
        "url": review["url"],
        "review_post": render.post_link(review),
        "created_at": review["created_at"],
        "requests": len(store.submissions(review_id=review_id)),
        "report": review["report"],
        "items": review["items"],
        "decisions": decisions,
        "notes": review["notes"],
        "claim_reviews": claim_reviews(review),
    }


def export_timeline(store: Store, review_id: int, older_after_days: int = 30) -> Timeline:
    """The review's timeline picture (``png`` is None, with a reason, when there is nothing to draw)."""
    review = store.review(review_id)
    if review is None:
        raise ExportError(f"there is no review #{review_id}")
    return draw_timeline(review["report"] or {}, older_after_days)


def claim_reviews(review: dict[str, Any]) -> list[dict[str, Any]]:
    """schema.org ClaimReview for every disputed ``claims.*`` item."""
    report = review.get("report") or {}
    article = report.get("article") or {}
    out = []
    for item in review["items"]:
        if not item["check"].startswith("claims.") or item["status"] != "disputed":
            continue
        sentence = next((e["text"] for e in item.get("evidence") or [] if e.get("text")), item["title"])
        name, value = RATING["disputed"]
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "datePublished": (item.get("decided_at") or datetime.now(UTC).isoformat())[:10],
                "claimReviewed": sentence,
                "itemReviewed": {
                    "@type": "Claim",
                    "datePublished": article.get("published"),
                    "appearance": {"@type": "CreativeWork", "url": review["url"], "headline": article.get("title")},
                    "author": {"@type": "Organization", "name": article.get("site_name")},
                },
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                },
                "reviewBody": item["detail"],
            }
        )
    return out


def export_markdown(store: Store, review_id: int) -> str:
    data = export_json(store, review_id)
    report = data["report"] or {}
    article = report.get("article") or {}
    lines = [
        f"# Review #{review_id}: {_md(article.get('title') or data['url'])}",
        "",
        f"- URL: <{data['url']}>",
        f"- Outlet: {_md(article.get('site_name') or '—')}; author: {_md(article.get('author') or '—')}",
        f"- Published: {article.get('published') or 'unknown'}; modified: {article.get('modified') or '—'}",
        f"- Status: {data['status']}; requested {data['requests']} time(s); review post: {data['review_post'] or '—'}",
        f"- Fetched: {report.get('fetched_at', '—')}; SHA-256 of the page: `{report.get('content_sha256', '—')}`",
    ]
    archive = report.get("archive") or {}
    if archive.get("url"):
        lines.append(f"- Archived copy: <{archive['url']}>")
    elif archive.get("save_job"):
        lines.append(f"- Save Page Now job: {archive['save_job']}")
    lines += ["", "## Dates", "", "| date | kind | source | text |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {d['date']} | {d['kind']} | {_cell(d['source'])} | {_cell(d['text'])} |" for d in report.get("dates", [])
    ] or ["| — | | | |"]
    lines += ["", "## Checklist", ""]
    for item in data["items"]:
        lines.append(f"### {item['id']} · {item['severity']} · {item['check']}: {_md(item['title'])}")
        lines.append("")
        lines.append(_md(item["detail"]))
        for evidence in item.get("evidence") or []:
            url = f" <{evidence['url']}>" if evidence.get("url") else ""
            lines.append(f"> {_md(evidence['text'])}{url}")
        lines.append("")
        lines.append(
            f"Status: **{item['status']}**"
            + (f" by {_md(item.get('decided_by'))} at {item.get('decided_at')}" if item["status"] != "open" else "")
        )
        trail = [d for d in data["decisions"] if d["item_id"] == item["id"]]
        for entry in trail:
            what = f"note: {_md(entry['note'])}" if entry["status"] == "note" else entry["status"]
            lines.append(f"- {entry['at']} {_md(entry['user_name'])}: {what}")
        lines.append("")
    general = [n for n in data["notes"] if not n.get("item_id")]
    if general:
        lines += ["## Notes", ""] + [f"- {n['at']} {_md(n['user_name'])}: {_md(n['text'])}" for n in general] + [""]
    lines += _images_section(report)
    coverage = report.get("corroboration") or []
    if coverage:
        lines += ["## Coverage elsewhere", ""]
        lines += [
            f"- {c.get('published') or 'undated'} {_md(c['outlet'])}: [{_md(c['title'])}]({c['url']}) "
            f"(match {c['match']}, via {c['provider']})"
            for c in coverage
        ]
        lines.append("")
    if report.get("fact_checks"):
        lines += ["## Earlier fact-checks", ""]
        lines += [
            f"- {_md(f['publisher'])}: “{_md(f['rating'])}” — [{_md(f['title'] or f['url'])}]({f['url']})"
            for f in report["fact_checks"]
        ]
        lines.append("")
    providers = report.get("providers") or []
    if providers:
        lines.append("Sources: " + ", ".join(f"{p['name']} {p['status']}" for p in providers))
        lines.append("")
    if data["claim_reviews"]:
        lines += [
            "## ClaimReview (schema.org JSON-LD)",
            "",
            "```json",
            json.dumps(data["claim_reviews"], ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    return "\n".join(lines)


def _images_section(report: dict[str, Any]) -> list[str]:
    """The timeline picture's whereabouts, then each image with its search links and dates."""
    reason = no_picture_reason(marks_of(report)) if report else "no report"
    lines = ["## Timeline", ""]
    lines.append(
        f"No picture: {reason}."
        if reason
        else "Every date on one axis: sent with `/export` as a picture; "
        "`factdesk export N --timeline FILE.png` writes it."
    )
    lines.append("")
    images = report.get("images") or []
    if not images:
        return lines
    lines += ["## Images", ""]
    body = 0
    for image in images:
        body += image.get("role") != "lead"
        name = "Lead image" if image.get("role") == "lead" else f"Image {body}"
        alt = f" “{_md(image['alt'])}”" if image.get("alt") else ""
        lines.append(f"- {name}{alt}: <{image['url']}>")
        search = image.get("search_links") or {}
        lines.append(
            "  - search: "
            + " · ".join(f"[{word}]({search[key]})" for key, word in render.SEARCH_WORDS if key in search)
        )
        for d in image.get("dates") or []:
            lines.append(f"  - {d['date']} {d['kind']}: {_md(d['source'])} ({_md(d['text'])})")
        if image.get("skipped"):
            lines.append(f"  - not examined: {_md(image['skipped'])}")
    lines.append("")
    return lines


def _md(text: Any) -> str:
    """Page text in Markdown: no raw HTML, no line breaks that would start new blocks."""
    value = " ".join(str(text or "").split())
    return value.replace("<", "&lt;").replace(">", "&gt;")


def _cell(text: Any) -> str:
    return _md(text).replace("|", "\\|")
