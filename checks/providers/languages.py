"""Language codes as each API accepts them. Pages declare ``en_US``, ``en-us``, ``EN`` or
nonsense; Wikibase refuses anything outside its fixed list of term languages (``en_us`` is an
error) and Fact Check wants a bare BCP-47 language. Unknown codes fall back to ``en``."""

from __future__ import annotations

import re

FALLBACK = "en"
# Wikibase term languages an article is likely to be written in (a subset of the fixed list;
# anything else is sent as English rather than refused).
WIKIBASE = frozenset(
    """af am ar az be bg bn bs ca ckb cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu
    hy id is it ja ka kk km kn ko ku ky lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl ps pt ro
    ru si sk sl so sq sr sv sw ta te tg th tk tl tr tt ug uk ur uz vi yi zh""".split()
)
_PRIMARY = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")


def primary(code: str | None) -> str:
    """The primary language subtag, lower case (``en_US`` → ``en``), or ``en``."""
    match = _PRIMARY.match((code or "").strip())
    return match.group(1).lower() if match else FALLBACK


def wikibase(code: str | None) -> str:
    """A language ``wbsearchentities`` and the label service accept."""
    lang = primary(code)
    return lang if lang in WIKIBASE else FALLBACK


def accept_language(code: str | None) -> str:
    """An ``Accept-Language`` header value: the article's language, then English."""
    lang = primary(code)
    return "en" if lang == FALLBACK else f"{lang}, en;q=0.8"
