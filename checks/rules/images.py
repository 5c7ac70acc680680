"""``images.older``: a photo whose own evidence is clearly older than the article.

An old picture presented as today's is one of the commonest manipulations a desk sees. Each
image's earliest date (EXIF capture, Wayback first capture, HTTP ``Last-Modified``, a date in
its URL) is compared with the article's publication date; EXIF and the archive are strong
evidence (high), a URL path or a server header weaker (medium). Offline, only URL dates are
known; the engine re-runs :func:`older_items` once the images have been fetched
(docs/images.md).
"""

from __future__ import annotations

from datetime import date

from checks.document import Document
from checks.images import latest_meant, names, oldest
from checks.registry import register
from checks.report import DateCandidate, Evidence, ImageInfo, Item, Severity
from checks.settings import CheckSettings

STRONG = ("image_exif", "image_archive")
WHAT = {
    "image_exif": "taken {} (EXIF)",
    "image_archive": "archived {} (Wayback Machine first capture)",
    "image_http": "file dated {} (HTTP Last-Modified)",
    "image_url": "uploaded {} (date in the image address)",
}
ENGINE_LABELS = {"lens": "Google Lens", "tineye": "TinEye", "yandex": "Yandex", "bing": "Bing Visual Search"}


@register("images.older", "Photo older than the article", order=60)
def older(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    evidence = doc.image_evidence
    if evidence is None:
        return []
    return older_items(evidence.images, doc.article.published, doc.today, evidence.older_after_days)


def older_items(images: list[ImageInfo], published: date | None, today: date, older_after_days: int) -> list[Item]:
    """One item per image whose earliest evidence predates ``published`` by more than the threshold."""
    if published is None:
        return []
    items: list[Item] = []
    for info, name in zip(images, names(images), strict=True):
        first = oldest(info, today)
        if first is None or (published - latest_meant(first)).days <= older_after_days:
            continue
        old = [d for d in info.dates if (published - latest_meant(d)).days > older_after_days]
        severity: Severity = "high" if any(d.kind in STRONG for d in old) else "medium"
        reasons = ", ".join(_what(d) for d in sorted(old, key=lambda d: d.date))
        subject = f"{name} “{info.alt}”" if info.alt else name
        items.append(
            Item(
                check="images.older",
                severity=severity,
                title=f"Photo may be recycled ({name}, {first.date.isoformat()[: 7 if _month(first) else 10]})",
                detail=f"This photo may be recycled: {reasons}, article published {published.isoformat()}. "
                f"The {subject} is {(published - latest_meant(first)).days} days older than the article: search "
                f"for earlier copies (links below) and confirm it shows this event before publishing it as such.",
                dates=sorted({d.date.isoformat() for d in old} | {published.isoformat()}),
                evidence=[
                    Evidence(info.alt or info.url, info.url),
                    *(Evidence(f"Reverse image search: {ENGINE_LABELS[k]}", v) for k, v in info.search_links.items()),
                ],
                data={"image": info.url, "kinds": sorted({d.kind for d in old})},
            )
        )
    return items


def _month(candidate: DateCandidate) -> bool:
    return latest_meant(candidate) != candidate.date


def _what(candidate: DateCandidate) -> str:
    shown = candidate.date.isoformat()[:7] if _month(candidate) else candidate.date.isoformat()
    return WHAT[candidate.kind].format(shown)
