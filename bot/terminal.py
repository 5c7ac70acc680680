"""The readable checklist ``factdesk check`` prints at a terminal."""

from __future__ import annotations

import textwrap

from checks.images import names
from checks.report import Report

MARKS = {"high": "HIGH", "medium": "MED ", "low": "LOW ", "info": "INFO"}
WIDTH = 92


def render_text(report: Report) -> str:
    a = report.article
    lines = [a.title or "(no title)"]
    facts = [
        a.site_name,
        f"by {a.author}" if a.author else None,
        a.language,
        f"published {a.published.isoformat()}" if a.published else "no publication date",
        f"updated {a.modified.isoformat()}" if a.modified else None,
    ]
    lines.append(" · ".join(f for f in facts if f))
    lines.append(report.url)
    lines.append(f"fetched {report.fetched_at} · sha256 {report.content_sha256[:16]}…")
    lines.append("")
    lines.append("Dates")
    if not report.dates:
        lines.append("  (none found)")
    for d in report.dates:
        text = d.text if len(d.text) <= 40 else d.text[:39] + "…"
        lines.append(f"  {d.date.isoformat()}  {d.kind:<21} {d.source[:30]:<30} “{text}”")
    lines.append("")
    lines.append(f"Checklist ({len(report.items)} items)")
    if not report.items:
        lines.append("  nothing to flag")
    for item in report.items:
        lines.append(f"  {item.id:<4}[{MARKS[item.severity]}] {item.check:<22} {item.title}")
        lines.extend(textwrap.wrap(item.detail, WIDTH, initial_indent=" " * 10, subsequent_indent=" " * 10))
        for ev in item.evidence:
            if ev.text not in item.detail:
                lines.extend(
                    textwrap.wrap(f"“{ev.text}”", WIDTH, initial_indent=" " * 10 + "> ", subsequent_indent=" " * 12)
                )
    if report.corroboration:
        lines.append("")
        lines.append("Coverage elsewhere")
        for c in report.corroboration:
            when = c.published.isoformat() if c.published else "undated"
            lines.append(f"  {when}  {c.outlet}: {c.title} <{c.url}>")
    if report.archive:
        lines.append("")
        archive = report.archive
        job = f"Save Page Now job {archive['save_job']}" if archive.get("save_job") else None
        lines.append(f"Archived copy: {archive.get('url') or job or archive.get('note')}")
    for check in report.fact_checks:
        lines.append(f"Earlier fact-check: {check['publisher']} “{check['rating']}” <{check['url']}>")
    if report.images:
        lines.append("")
        lines.append("Images (reverse search: Google Lens here; TinEye, Yandex and Bing in --json)")
        for image, name in zip(report.images, names(report.images), strict=True):
            lines.append(f"  {name}: {image.url}" + (f"  (not examined: {image.skipped})" if image.skipped else ""))
            lines.append(f"      {image.search_links.get('lens', '')}")
    if report.providers:
        lines.append("")
        lines.append("Sources: " + ", ".join(f"{p.name} {p.status}" for p in report.providers))
        lines.extend(f"  {p.name}: {p.detail}" for p in report.providers if p.status == "unavailable")
    return "\n".join(lines)
