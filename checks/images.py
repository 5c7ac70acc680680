"""The article's images: which ones, where to search for earlier copies, and their own dates.

Recycled photos are among the most common things a verification desk checks. This module
picks the lead image (``og:image``, JSON-LD ``image``) and the first main-text images (not
logos, icons, ads or tracking pixels), builds reverse-image-search links (no network), reads
dates from image URLs (offline), and — within the corroboration budget — fetches each image
through the SSRF-safe fetcher for its EXIF capture date and ``Last-Modified``, and asks the
Wayback Machine when it first saw the image. See docs/images.md.
"""

from __future__ import annotations

import io
import re
import warnings
from calendar import monthrange
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urlsplit

from lxml import html

from checks.datefind import clip, jsonld_objects
from checks.document import Document
from checks.errors import FetchError
from checks.fetch import MAX_URL_LENGTH, Fetcher
from checks.links import absolute_url
from checks.providers import wayback
from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.regions import is_hidden
from checks.report import DateCandidate, ImageInfo
from checks.settings import EngineSettings, ImagesSettings

SEARCH_ENGINES = {
    "lens": "https://lens.google.com/uploadbyurl?url={}",
    "tineye": "https://tineye.com/search?url={}",
    "yandex": "https://yandex.com/images/search?rpt=imageview&url={}",
    "bing": "https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:{}",
}
# Decorations, not photos: matched against the image URL, class, id and alt.
_DECORATION = re.compile(
    r"logo|icon|favicon|avatar|sprite|emoji|spinner|placeholder|blank|spacer|pixel|tracking|badge|"
    r"banner|advert|(?:^|[^a-z0-9])ads?(?:[^a-z0-9]|$)|doubleclick|gravatar|button|share|social",
    re.IGNORECASE,
)
# A share image that is the site's, not the story's (YouTube's "maxresdefault" is a real frame).
_SITE_DEFAULT = re.compile(
    r"logo|icon|sprite|placeholder|blank|spacer|avatar|(?<!maxres)default|fallback|no-?image", re.IGNORECASE
)
_LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "src")
MIN_SIDE = 100  # an image declared smaller than this on a side is an icon, a pixel or a thumbnail
MIN_PHOTO_SIDE = 200  # a size named in the file name or query below this: a thumbnail
_NAMED_SIZE = re.compile(r"(?<![0-9])(\d{2,4})x(\d{2,4})(?![0-9])")
_RESIZE = re.compile(r"(?:resize|fit)=(\d{2,4})(?:%2C|,)(\d{2,4})", re.IGNORECASE)  # WordPress Photon
_QUERY_SIZE = re.compile(r"(?:^|&)(w|width|h|height)=(\d{1,4})(?:&|$)")
_UNSAFE_URL_CHAR = re.compile(r"[\s\x00-\x1f]")  # whitespace (any script) or control characters
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".tif", ".tiff")
# /2024/01/23/, /2024-01-23/, IMG_20190712_…: a day; /wp-content/uploads/2024/01/: a month.
_URL_DAY = (
    re.compile(r"/((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-])"),
    re.compile(r"(?<![0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[_.-])"),
)
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
_EXIF_DATE = re.compile(r"^\s*((?:19|20)\d\d)[:\-](\d\d)[:\-](\d\d)(?:[ T](\d\d):(\d\d):(\d\d))?")
EXIF_IFD = 0x8769
EXIF_TAGS = ((0x9003, "EXIF DateTimeOriginal"), (0x9004, "EXIF CreateDate"))
PIL_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "AVIF")  # those this Pillow build has are used
MAX_WORKERS = 6


# -- which images -------------------------------------------------------------------------------


def collect(doc: Document, settings: ImagesSettings) -> list[ImageInfo]:
    """The lead image and up to ``max_images`` main-text images, with search links and URL dates."""
    base = doc.url if doc.url.startswith(("http://", "https://")) else (doc.article.canonical_url or doc.url)
    found: list[ImageInfo] = []
    seen: set[str] = set()
    lead_url, lead_alt = _lead(doc)
    lead = _absolute(base, lead_url) if lead_url else None
    if lead and not _site_default(lead):
        found.append(_info(lead, lead_alt, "lead", "lead image", doc.today))
        seen.add(lead)
    in_text = set(doc.images)
    body = 0
    for el in doc.tree.iter("img"):
        if body >= settings.max_images or not in_text:
            break
        url = _img_url(el, base, in_text)
        if url is None or url in seen or _decoration(el, url, base):
            continue
        seen.add(url)
        body += 1
        alt = clip(el.get("alt") or el.get("title") or "")
        found.append(_info(url, alt, "body", f"image {body}", doc.today))
    return found


def _lead(doc: Document) -> tuple[str | None, str]:
    meta: dict[str, str] = {}
    for el in doc.tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key and key not in meta and el.get("content"):
            meta[key] = el.get("content", "").strip()
    for key in ("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"):
        if meta.get(key):
            return meta[key], clip(meta.get("og:image:alt") or meta.get("twitter:image:alt") or "")
    for obj in jsonld_objects(doc.tree):
        url, alt = _ld_image(obj.get("image"))
        if url:
            return url, alt
    return None, ""


def _ld_image(value: object, depth: int = 0) -> tuple[str | None, str]:
    if depth > 3:
        return None, ""
    if isinstance(value, str):
        return value.strip() or None, ""
    if isinstance(value, list) and value:
        return _ld_image(value[0], depth + 1)
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        if isinstance(url, str) and url.strip():
            caption = value.get("caption") or value.get("name") or ""
            return url.strip(), clip(caption if isinstance(caption, str) else "")
    return None, ""


def _img_url(el: html.HtmlElement, base: str, in_text: set[str]) -> str | None:
    """The image's real address (lazy loaders keep it in ``data-*``) if it is in the main text."""
    raws = [(el.get(attr) or "").strip() for attr in _LAZY_ATTRIBUTES]
    urls = [u for u in (_absolute(base, r) for r in raws if r and not r.startswith("data:")) if u]
    if not urls or not any(u in in_text for u in urls):
        return None
    return None if any(is_hidden(a) for a in (el, *el.iterancestors())) else urls[0]


def _decoration(el: html.HtmlElement, url: str, base: str) -> bool:
    """Logos, icons, pixels, ads and teasers: images that are not the story's photos."""
    parts = urlsplit(url)
    path = parts.path.lower()
    if path.endswith((".svg", ".ico")):
        return True
    declared = [(el.get(side) or "").strip().removesuffix("px") for side in ("width", "height")]
    if any(value.isdigit() and int(value) < MIN_SIDE for value in declared):
        return True
    if _small(path.rsplit("/", 1)[-1], parts.query):
        return True
    described = " ".join([path.rsplit("/", 1)[-1], el.get("class") or "", el.get("id") or "", el.get("alt") or ""])
    parent = el.getparent()
    if parent is not None:
        described += " " + (parent.get("class") or "")
    return bool(_DECORATION.search(described)) or _teaser(el, url, base)


def _site_default(url: str) -> bool:
    """A site's stand-in share image (its logo, a default card) is no photo of the story."""
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    return path.endswith((".svg", ".ico")) or bool(_SITE_DEFAULT.search(name))


def _small(name: str, query: str) -> bool:
    """A thumbnail or banner by the size in its name (``-218x150``, ``729x90``) or query (``w=80``)."""
    for width, height in _NAMED_SIZE.findall(name) + _RESIZE.findall(query):
        w, h = int(width), int(height)
        if min(w, h) < MIN_PHOTO_SIDE or max(w, h) > 4 * min(w, h):
            return True
    for _key, value in _QUERY_SIZE.findall(query):
        if int(value) < MIN_PHOTO_SIDE:
            return True
    return False


def _teaser(el: html.HtmlElement, url: str, base: str) -> bool:
    """An image that links to another page is a teaser for another story (or an ad)."""
    for anchor in el.iterancestors("a"):
        target = _absolute(base, anchor.get("href") or "")
        if target is None:
            return False
        target_path = urlsplit(target).path.lower()
        return target != url and not target_path.endswith(_IMAGE_SUFFIXES) and target.split("#")[0] != base
    return False


def _absolute(base: str, raw: str) -> str | None:
    """``raw`` resolved against the page as a browser would (spaces escaped, fragment dropped);
    None for anything malformed, not http(s), over-long or carrying userinfo."""
    raw = raw.strip().replace(" ", "%20")
    if not raw or len(raw) > MAX_URL_LENGTH or _UNSAFE_URL_CHAR.search(raw):
        return None
    url = absolute_url(base, raw)
    if url is None or "@" in urlsplit(url).netloc:
        return None
    return url.split("#", 1)[0]


def _info(url: str, alt: str, role: str, name: str, today: date) -> ImageInfo:
    encoded = quote(url, safe="")
    links = {engine: pattern.format(encoded) for engine, pattern in SEARCH_ENGINES.items()}
    info = ImageInfo(url=url, alt=alt, role="lead" if role == "lead" else "body", search_links=links)
    found = url_date(url, today)
    if found:
        info.dates.append(DateCandidate(found[0], "image_url", f"{name} · URL", found[1]))
    return info


def url_date(url: str, today: date) -> tuple[date, str] | None:
    """A date in the image's path: a day, or an upload month (``/2024/01/``, its first day)."""
    path = urlsplit(url).path
    for pattern in _URL_DAY:
        for match in pattern.finditer(path):
            try:
                value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            if value <= today:
                return value, match.group(0).strip("/_-.")
    match = _URL_MONTH.search(path)
    if match:
        value = date(int(match.group(1)), int(match.group(2)), 1)
        if value <= today:
            return value, match.group(0).strip("/")
    return None


def latest_meant(candidate: DateCandidate) -> date:
    """The latest day a date can mean: an upload month (``2024/01``) may be its last day."""
    if candidate.kind == "image_url" and re.fullmatch(r"\d{4}/\d\d", candidate.text):
        return candidate.date.replace(day=monthrange(candidate.date.year, candidate.date.month)[1])
    return candidate.date


# -- evidence from the network ----------------------------------------------------------------------


def gather(
    images: list[ImageInfo],
    settings: EngineSettings,
    deadline: Deadline,
    *,
    fetcher: Fetcher | None = None,
    archive: ProviderClient | None = None,
) -> list[ImageInfo]:
    """Each image's EXIF, ``Last-Modified`` and first archive capture, all at once, by the deadline.

    Returns copies of ``images`` with the dates found; what could not be examined says why
    in ``skipped``. Never raises for a bad image or a slow server.
    """
    results = [replace(i, dates=list(i.dates), search_links=dict(i.search_links)) for i in images]
    base = fetcher or Fetcher(settings.fetch)
    pool = ThreadPoolExecutor(max_workers=MAX_WORKERS, thread_name_prefix="images")
    tasks = {}
    for n, (info, name) in enumerate(zip(results, names(results), strict=True)):
        tasks[pool.submit(_examine, info, name, base, settings, deadline)] = (n, "image")
        if archive is not None:
            tasks[pool.submit(_first_capture, info, name, archive, settings, deadline)] = (n, "archive")
    done, pending = wait(tasks, timeout=max(0.0, deadline.left()))
    pool.shutdown(wait=False, cancel_futures=True)
    for future in done:
        n, _ = tasks[future]
        problem, dates = future.result()
        results[n].dates.extend(dates)
        if problem:
            _skip(results[n], problem)
    for future in pending:
        n, what = tasks[future]
        _skip(results[n], "timed out (budget)" if what == "image" else "archive: timed out (budget)")
    for info in results:
        info.dates.sort(key=lambda d: KIND_ORDER.index(d.kind))
    return results


KIND_ORDER = ("image_url", "image_exif", "image_http", "image_archive")


def names(images: list[ImageInfo]) -> list[str]:
    """How sources and the timeline call each image: "lead image", "image 1", "image 2" …"""
    out, body = [], 0
    for info in images:
        if info.role == "lead":
            out.append("lead image")
        else:
            body += 1
            out.append(f"image {body}")
    return out


def _skip(info: ImageInfo, reason: str) -> None:
    info.skipped = f"{info.skipped}; {reason}" if info.skipped else reason


def _examine(
    info: ImageInfo, name: str, base: Fetcher, settings: EngineSettings, deadline: Deadline
) -> tuple[str, list[DateCandidate]]:
    """Fetch one image (own size cap, remaining budget) and read its dates; never raises."""
    left = deadline.left()
    if left <= 0.05:
        return "timed out (budget)", []
    fetcher = Fetcher(
        replace(base.settings, timeout_seconds=min(base.settings.timeout_seconds, left)),
        base.resolver,
        base.allow_address,
        base.allowed_ports,
    )
    try:
        image = fetcher.fetch_image(info.url, settings.images.max_bytes)
    except FetchError as exc:
        return str(exc), []
    except Exception as exc:  # noqa: BLE001 - one image must never sink the report
        return f"could not be fetched ({exc.__class__.__name__})", []
    dates: list[DateCandidate] = []
    problem, taken = exif_date(image.body)
    if taken is not None:
        dates.append(DateCandidate(taken[0], "image_exif", f"{name} · {taken[1]}", taken[2]))
    header = image.headers.get("last-modified", "")
    modified = _last_modified(header)
    if modified is not None:
        dates.append(DateCandidate(modified, "image_http", f"{name} · HTTP Last-Modified", header))
    return problem, dates


def exif_date(body: bytes) -> tuple[str, tuple[date, str, str] | None]:
    """(problem, (date, tag, text)) from the image's EXIF; pixels are never decoded.

    Pillow's decompression-bomb limit applies (its warning is treated as the error), and only
    raster formats are opened, so no external decoder (e.g. Ghostscript for EPS) is ever run.
    """
    from PIL import Image, UnidentifiedImageError

    Image.init()
    formats = [f for f in PIL_FORMATS if f in Image.OPEN]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(body), formats=formats) as image:
                # EXIF as read with the header: getexif() would decode a PNG's pixels to find it.
                exif = image.getexif() if image.format == "TIFF" else Image.Exif()
                raw = image.info.get("exif")
                if isinstance(raw, bytes) and raw:
                    exif.load(raw)
                sub = exif.get_ifd(EXIF_IFD)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return "decompression bomb (too many pixels)", None
    except UnidentifiedImageError:
        return "not an image (unreadable)", None
    except Exception as exc:  # noqa: BLE001 - hostile bytes can break any parser
        return f"unreadable image ({exc.__class__.__name__})", None
    for tag, label in EXIF_TAGS:
        value = sub.get(tag)
        if isinstance(value, bytes):
            value = value.decode("ascii", "replace")
        parsed = _exif_value(value) if isinstance(value, str) else None
        if parsed is not None:
            return "", (parsed, label, value.strip("\x00 "))
    return "", None


def _exif_value(text: str) -> date | None:
    match = _EXIF_DATE.match(text)
    if not match:
        return None
    try:
        value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    # A camera with a reset clock writes its epoch (2000:01:01 00:00:00): not a capture date.
    if (value.month, value.day) == (1, 1) and match.group(4) in (None, "00") and match.group(5) in (None, "00"):
        return None
    return value


def _last_modified(value: str) -> date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _first_capture(
    info: ImageInfo, name: str, client: ProviderClient, settings: EngineSettings, deadline: Deadline
) -> tuple[str, list[DateCandidate]]:
    try:
        capture = wayback.first_capture(client, settings.providers.wayback, info.url, deadline)
    except ProviderError as exc:
        return f"archive: {exc}", []
    except Exception as exc:  # noqa: BLE001
        return f"archive: failed ({exc.__class__.__name__})", []
    if capture is None:
        return "", []
    return "", [DateCandidate(capture.date, "image_archive", f"{name} · Wayback first capture", capture.timestamp)]


def oldest(info: ImageInfo, today: date) -> DateCandidate | None:
    """The image's earliest credible date (future dates are clocks gone wrong, not evidence)."""
    dated = [d for d in info.dates if d.date <= today + timedelta(days=1)]
    return min(dated, key=latest_meant) if dated else None
