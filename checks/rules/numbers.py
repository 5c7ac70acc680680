"""``claims.numbers``: statistics, counts, money, percentages, casualties and measurements
stated in the text ("3,200 people treated", "46.2 degrees", "$4.5 billion", "%12").

Not numbers to check: years and dates, decades ("the mid-1980s"), times ("14:05"), ordinals
("3rd"), list markers, and numbers inside names ("Covid-19", "F-16", "G20"). One item per
sentence, listing every number in it with its kind.
"""

from __future__ import annotations

import re

from checks.datetext import find_dates, fold
from checks.document import Document
from checks.registry import register
from checks.report import Evidence, Item
from checks.settings import CheckSettings

SCALE = (
    r"(?:\s*(?:thousand|million|billion|trillion|bn|mn|m\b|k\b|bin|milyon|milyar|trilyon|"
    r"ألف|آلاف|مليون|ملايين|مليار|Tausend|Millionen|Million|Milliarden|Milliarde|mille|"
    r"millions?|milliards?|mil|millones|тыс\.?|тысяч\w*|млн|миллион\w*|млрд|миллиард\w*))?"
)
NUMBER = re.compile(
    rf"(?<![\w.,/:-])(?:[$€£₺¥₽]\s?)?(?:%\s?)?\d{{1,3}}(?:[,.\s]\d{{3}})+(?:[.,]\d+)?(?:\s?%)?{SCALE}"
    rf"|(?<![\w.,/:-])(?:[$€£₺¥₽]\s?)?(?:%\s?)?\d+(?:[.,]\d+)?(?:\s?%)?{SCALE}",
    re.IGNORECASE,
)
_AFTER = 40
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money",
        re.compile(
            r"^[$€£₺¥₽]|\b(?:dollars?|euros?|pounds?|lira|liras|dinars?|USD|EUR|IQD|TRY|GBP|rubles?|"
            r"roubles?|yuan|riyals?|dirhams?|TL|dolar|avro|دولار|دينار|يورو|Euro|рубл\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "percentage",
        re.compile(
            r"^%|%|\b(?:per\s?cent|percent|yüzde|prozent|pour\s?cent|por\s?ciento|"
            r"процент\w*|بالمئة|بالمائة|في\s+المئة)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "casualties",
        re.compile(
            r"\b(?:killed|dead|died|deaths?|injured|wounded|casualties|fatalities|victims|missing|"
            r"hurt|ölü|yaralı|hayatını kaybetti|şehit|Tote|Toten|Verletzte|morts?|blessés|muertos|"
            r"heridos|погибл\w*|раненых)\b|قتلى|قتيل|قتل|مقتل|جرحى|مصاب|ضحايا",
            re.IGNORECASE,
        ),
    ),
    (
        "measurement",
        re.compile(
            r"^\s*(?:°|degrees?|km|kilomet\w*|miles?|metres?|meters?|m²|sq|square|hectares?|acres?|kg|"
            r"kilograms?|tonnes?|tons?|litres?|liters?|barrels?|mm|cm|MW|GW|kWh|derece|Grad|градус\w*|"
            r"كيلومتر|درجة)",
            re.IGNORECASE,
        ),
    ),
)
_DECADE = re.compile(r"^\d{4}s\b|^\d0s\b|^\d{2}'s")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?!\d)\s*(?:am|pm|a\.m\.|p\.m\.|h\b)?", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:(?:st|nd|rd|th|er|e|ème|inci|ıncı|üncü|uncu)\b|\.(?=\s))", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s")
_NAME_BEFORE = re.compile(r"[A-Za-z]-?$")
_LABEL_BEFORE = re.compile(
    r"\b(?:Section|Article|Chapter|Resolution|Paragraph|Clause|Room|Route|Flight|Highway|Road|"
    r"Bus|Line|Gate|Platform|Madde|Artikel|Paragraf|Nr|No|Number|Vol|Page|Episode|Season|Level|"
    r"Phase|Stage|Grade|Class|Apollo|Windows|iPhone|Galaxy|Boeing|Airbus|Band|Heft)\.?\s+$",
    re.IGNORECASE,
)


MAX_ITEMS = 10
GRAVITY = {"casualties": 0, "money": 1, "percentage": 2, "measurement": 3, "count": 4}


@register("claims.numbers", "Numbers stated as fact", order=30)
def numbers(doc: Document, settings: CheckSettings) -> list[Item]:
    """At most :data:`MAX_ITEMS` sentences, the gravest figures first, kept in text order."""
    del settings
    candidates = [(n, s, found) for n, s in enumerate(doc.sentences) if (found := find_numbers(s.text))]
    candidates.sort(key=lambda c: (min(GRAVITY[k] for _, k in c[2]), c[0]))
    kept = sorted(candidates[:MAX_ITEMS], key=lambda c: c[0])
    items: list[Item] = []
    for _, sentence, found in kept:
        shown = ", ".join(f"{text} ({kind})" for text, kind in found)
        detail = f"Check each figure against its source: {shown}."
        if sentence.attributed_to:
            detail += f" Attributed to: {sentence.attributed_to}."
        else:
            detail += " The sentence does not say where the figures come from."
        items.append(
            Item(
                check="claims.numbers",
                severity="low",
                title=f"Numbers to verify: {', '.join(text for text, _ in found[:4])}",
                detail=detail,
                evidence=[Evidence(sentence.text)],
                data={"numbers": [{"text": t, "kind": k} for t, k in found], "attributed_to": sentence.attributed_to},
            )
        )
    return items


def find_numbers(text: str) -> list[tuple[str, str]]:
    """The figures in a sentence worth checking, each with its kind."""
    folded = fold(text)
    if _LIST_MARKER.match(folded):
        folded = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), folded, count=1)
    dates = [(d.start, d.end) for d in find_dates(folded, limit=10)]
    found: list[tuple[str, str]] = []
    for match in NUMBER.finditer(folded):
        start, end = match.span()
        raw = match.group(0).strip()
        digits = re.sub(r"\D", "", raw)
        if not digits or any(s <= start < e for s, e in dates):
            continue
        rest = folded[end : end + _AFTER]
        before = folded[max(0, start - 12) : start]
        whole = folded[start:]
        if _DECADE.match(whole) or _TIME.match(whole) or _ORDINAL.match(whole):
            continue
        if _NAME_BEFORE.search(before) or _LABEL_BEFORE.search(before) or re.match(r"^[A-Za-z]", rest):
            continue  # Covid-19, F-16, G20, MH17, 5G
        value_is_year = len(digits) == 4 and 1900 <= int(digits) <= 2100 and raw == digits
        if value_is_year:
            continue
        kind = _kind(raw, rest, folded[max(0, start - 30) : start])
        if kind == "count" and len(digits) == 1 and not re.search(r"[$€£₺%]", raw) and raw == digits:
            # A lone small digit is rarely a checkable figure unless it counts something grave.
            continue
        found.append((text[start:end].strip(), kind))
    return found


def _kind(raw: str, after: str, before: str) -> str:
    for kind, pattern in KINDS:
        if kind == "measurement":
            if pattern.search(after):
                return kind
        elif pattern.search(raw) or pattern.search(after[:25]) or pattern.search(before[-12:]):
            return kind
    return "count"
