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
from checks.report import DateCandidate, Evidence, ImageInfo, Item
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
    """One item for all the article's photos whose evidence predates ``published`` by more than
    the threshold (one decision per article, not per photo). A URL or server date counts for the
    lead image only: in the main text such dates mostly mark file photos and illustrations, which
    EXIF or the archive must confirm (bench/images.py)."""
    if published is None:
        return []
    found = [
        (info, name, old)
        for info, name in zip(images, names(images), strict=True)
        if (old := _old(info, published, today, older_after_days))
    ]
    if not found:
        return []
    found.sort(key=lambda f: f[2][0].date)
    info, name, old = found[0]
    strong = any(d.kind in STRONG for _, _, dates in found for d in dates)
    title = f"Photo may be recycled ({name}, {_shown(old[0])})"
    detail = (
        f"This photo may be recycled: {', '.join(_what(d) for d in old)}, article published {published.isoformat()}."
    )
    if len(found) > 1:
        title = f"Photos may be recycled ({len(found)} images, oldest {_shown(old[0])})"
        listed = "; ".join(f"{n}{_alt(i)}: {', '.join(_what(d) for d in dates)}" for i, n, dates in found)
        detail = f"These photos may be recycled — {listed}; article published {published.isoformat()}."
    evidence: list[Evidence] = []
    for image, image_name, _ in found:
        evidence.append(Evidence(image.alt or image.url, image.url))
        for key, url in image.search_links.items():
            evidence.append(Evidence(f"Reverse image search ({image_name}): {ENGINE_LABELS[key]}", url))
    return [
        Item(
            check="images.older",
            severity="high" if strong else "medium",
            title=title,
            detail=f"{detail} Search for earlier copies (links below) and confirm each shows this event before "
            f"publishing it as such.",
            dates=sorted({d.date.isoformat() for _, _, dates in found for d in dates} | {published.isoformat()}),
            evidence=evidence,
            data={"image": info.url, "images": [i.url for i, _, _ in found], "kinds": sorted({d.kind for d in old})},
        )
    ]


def _old(info: ImageInfo, published: date, today: date, older_after_days: int) -> list[DateCandidate]:
    """The image's dates older than the article by more than the threshold, oldest first."""
    if oldest(info, today) is None:
        return []
    old = [
        d
        for d in info.dates
        if (published - latest_meant(d)).days > older_after_days and (info.role == "lead" or d.kind in STRONG)
    ]
    return sorted(old, key=lambda d: d.date)


def _shown(candidate: DateCandidate) -> str:
    return candidate.date.isoformat()[:7] if _month(candidate) else candidate.date.isoformat()


def _alt(info: ImageInfo) -> str:
    return f" “{info.alt[:60]}”" if info.alt else ""


def _month(candidate: DateCandidate) -> bool:
    return latest_meant(candidate) != candidate.date


def _what(candidate: DateCandidate) -> str:
    return WHAT[candidate.kind].format(_shown(candidate))
