"""Comparing headlines: content words with diacritics folded, and hosts without ``www.``."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[\w'’]+", re.UNICODE)
_FILLER = frozenset(
    """the a an of in on at to for and or with from by as is are was were be been his her its
their this that after before over into about says said new news""".split()
)


def fold(text: str) -> str:
    """Lower case without diacritics ("Kalın" = "kalin")."""
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def tokens(text: str) -> set[str]:
    """Content words, diacritics folded, plural/possessive "s" dropped."""
    out = set()
    for word in WORD.findall(fold(text)):
        word = re.sub(r"['’]s$", "", word).strip("'’")
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) > 2 and word not in _FILLER:
            out.add(word)
    return out


def match_score(reference: set[str], title: str) -> float:
    """How much of a found headline is about this story: shared words over the headline's
    words (at least two shared)."""
    other = tokens(title)
    shared = reference & other
    if len(shared) < 2 or not other:
        return 0.0
    return len(shared) / min(len(other), len(reference))


def host(value: str) -> str:
    host = (value or "").lower().strip()
    host = re.sub(r"^https?://", "", host).split("/")[0]
    return host.removeprefix("www.").removeprefix("m.")
