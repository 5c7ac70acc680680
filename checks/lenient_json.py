"""JSON from the wild: pages' JSON-LD and GDELT both carry stray control characters."""

from __future__ import annotations

import json
import re

_CONTROL = re.compile(r"[\x00-\x1f]")


def loads(text: str) -> object:
    """``json.loads``, retried with control characters blanked; raises ``ValueError``."""
    try:
        return json.loads(text)
    except ValueError:
        return json.loads(_CONTROL.sub(" ", text))
