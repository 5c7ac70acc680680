"""Internet Archive: the first capture of a URL (CDX), the closest archived copy
(availability), and optionally a Save Page Now request (keyed POST, refusals under 200)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checks.providers.http import Deadline, ProviderClient, ProviderError
from checks.settings import WaybackSettings


@dataclass(frozen=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss
    url: str  # playback URL

    @property
    def date(self) -> date:
        return date(int(self.timestamp[:4]), int(self.timestamp[4:6]), int(self.timestamp[6:8]))


def first_capture(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> Capture | None:
    params = {
        "url": url,
        "output": "json",
        "fl": "timestamp,original,statuscode",
        "limit": "1",
        "filter": "statuscode:200",
    }
    rows = client.get(settings.cdx_url, params, deadline).json(empty=[])
    if not isinstance(rows, list):
        raise ProviderError("answered garbage (CDX)")
    data = [r for r in rows[1:] if isinstance(r, list) and len(r) >= 2] if rows else []
    if not data:
        return None
    timestamp, original = str(data[0][0]), str(data[0][1])
    if len(timestamp) < 8 or not timestamp[:8].isdigit():
        raise ProviderError("answered garbage (CDX timestamp)")
    return Capture(timestamp, f"https://web.archive.org/web/{timestamp}/{original}")


def closest_copy(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> Capture | None:
    data = client.get(settings.availability_url, {"url": url}, deadline).json(empty=[])
    if not isinstance(data, dict):
        raise ProviderError("answered garbage (availability)")
    closest = (data.get("archived_snapshots") or {}).get("closest") or {}
    if not closest.get("available") or not closest.get("timestamp"):
        return None
    snapshot = str(closest.get("url", "")).replace("http://web.archive.org", "https://web.archive.org")
    return Capture(str(closest["timestamp"]), snapshot)


def request_save(client: ProviderClient, settings: WaybackSettings, url: str, deadline: Deadline) -> str:
    """Submit to Save Page Now; returns the job id. A refusal can come back as 200 with no job."""
    headers = {"Accept": "application/json"}
    if settings.s3_access_key and settings.s3_secret_key:
        headers["Authorization"] = f"LOW {settings.s3_access_key}:{settings.s3_secret_key}"
    data = {"url": url, "if_not_archived_within": "1d", "skip_first_archive": "1", "js_behavior_timeout": "0"}
    reply = client.request("POST", settings.save_url, None, deadline, data=data, headers=headers, cache=False)
    body = reply.json(empty=[])
    if not isinstance(body, dict) or not body.get("job_id"):
        reason = body.get("status_ext") or body.get("message") if isinstance(body, dict) else None
        raise ProviderError(f"Save Page Now refused ({str(reason or 'no job id')[:80]})")
    return str(body["job_id"])
