"""Internet Archive: the first capture of a URL (CDX), the closest archived copy
(availability, falling back to CDX: availability often answers ``{}`` for https URLs), and
optionally a Save Page Now request (a keyed POST; without keys it answers 401 "You need to be
logged in", so it is never called without them). A CDX 403 "Blocked Site Error" means the
site is excluded from the archive — an answer, not an outage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import WaybackSettings

EXCLUDED_MARKERS = ("Blocked Site Error", "AdministrativeAccessControlException")


class Excluded(Exception):
    """The archive refuses to show this site (excluded by its owner or the archive)."""


class SaveRefused(Exception):
    """Save Page Now refused the request; ``str()`` says what to fix."""


@dataclass(frozen=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss
    url: str  # playback URL

    @property
    def date(self) -> date:
        return date(int(self.timestamp[:4]), int(self.timestamp[4:6]), int(self.timestamp[6:8]))


def has_keys(settings: WaybackSettings) -> bool:
    return bool(settings.s3_access_key and settings.s3_secret_key)


def first_capture(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> Capture | None:
    return _cdx(client, settings, url, deadline, "1")


def closest_copy(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> Capture | None:
    """The availability API's closest copy, else CDX's latest capture."""
    data = client.get(settings.availability_url, {"url": url}, deadline).json(empty={})
    if not isinstance(data, dict):
        raise ProviderError("answered garbage (availability)")
    closest = (data.get("archived_snapshots") or {}).get("closest") or {}
    if not closest.get("available") or not closest.get("timestamp"):
        return _cdx(client, settings, url, deadline, "-1")
    snapshot = str(closest.get("url", "")).replace("http://web.archive.org", "https://web.archive.org")
    return Capture(str(closest["timestamp"]), snapshot)


def request_save(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> str:
    """Submit to Save Page Now with the configured keys; returns the job id. A refusal can
    come back as 200 with no job."""
    headers = {
        "Accept": "application/json",
        "Authorization": f"LOW {settings.s3_access_key}:{settings.s3_secret_key}",
    }
    data = {"url": url, "if_not_archived_within": "1d", "skip_first_archive": "1", "js_behavior_timeout": "0"}
    try:
        reply = client.request("POST", settings.save_url, None, deadline, data=data, headers=headers, cache=False)
    except ProviderError as exc:
        if exc.status in (401, 403):
            raise SaveRefused(
                f"Save Page Now refused the keys (HTTP {exc.status}): check providers.wayback.s3_access_key "
                f"and s3_secret_key"
            ) from None
        raise
    body = reply.json(empty={})
    if not isinstance(body, dict) or not body.get("job_id"):
        reason = body.get("status_ext") or body.get("message") if isinstance(body, dict) else None
        raise SaveRefused(f"Save Page Now refused ({str(reason or 'no job id')[:80]})")
    return str(body["job_id"])


def _cdx(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline, limit: str) -> Capture | None:
    """The first (``limit=1``) or last (``-1``) capture answered with 200."""
    params = {"url": url, "output": "json", "fl": "timestamp,original,statuscode", "limit": limit}
    params["filter"] = "statuscode:200"
    try:
        rows = client.get(settings.cdx_url, params, deadline).json(empty=[])
    except ProviderError as exc:
        if exc.status == 403 and any(m in exc.body for m in EXCLUDED_MARKERS):
            raise Excluded() from None
        raise
    if not isinstance(rows, list):
        raise ProviderError("answered garbage (CDX)")
    data = [r for r in rows[1:] if isinstance(r, list) and len(r) >= 2] if rows else []
    if not data:
        return None
    timestamp, original = str(data[0][0]), str(data[0][1])
    if len(timestamp) < 8 or not timestamp[:8].isdigit():
        raise ProviderError("answered garbage (CDX timestamp)")
    return Capture(timestamp, f"https://web.archive.org/web/{timestamp}/{original}")
