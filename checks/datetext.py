"""Finding and reading dates written in page text, in many languages.

Month and weekday names come from dateparser's locale data (maintained upstream, 200+
languages); a few regional forms it lacks are added (Levantine/Iraqi Arabic months, Sorani
spelling variants). Matching is one compiled regular expression over the text, because
dateparser's own ``search_dates`` costs tens of milliseconds per call and a page has many
text nodes. Arabic-Indic digits and Arabic/Persian letter variants are folded one
character for one, so match offsets still point into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateparser.languages.loader import default_loader

LANGUAGES = (
    "en",
    "tr",
    "ar",
    "ckb",
    "fa",
    "de",
    "fr",
    "es",
    "ru",
    "uk",
    "it",
    "pt",
    "nl",
    "ro",
    "pl",
    "cs",
    "sk",
    "hu",
    "sv",
    "da",
    "nb",
    "fi",
    "el",
    "bg",
    "sr",
    "hr",
    "sl",
    "id",
    "ms",
    "vi",
    "he",
    "ca",
    "lt",
    "lv",
    "et",
    "az",
    "kk",
    "ka",
    "hy",
    "sq",
    "mk",
    "bs",
)
MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EXTRA_MONTHS = {
    # Levantine / Iraqi Arabic (used by Iraqi and Kurdistan Region outlets).
    1: ["كانون الثاني"],
    2: ["شباط"],
    3: ["آذار"],
    4: ["نيسان"],
    5: ["أيار"],
    6: ["حزيران"],
    7: ["تموز"],
    8: ["آب"],
    9: ["أيلول"],
    10: ["تشرين الأول"],
    11: ["تشرين الثاني"],
    12: ["كانون الأول"],
}
EXTRA_MONTHS_CKB = {1: ["کانونی دووەم"], 12: ["کانوونی یەکەم"]}
# Kurmanji (Latin script); dateparser has no locale for it.
EXTRA_MONTHS_KU = {
    1: ["kanûna paşîn", "kanûna paşin", "çile", "çileya paşîn"],
    2: ["sibat", "reşemî"],
    3: ["adar"],
    4: ["nîsan"],
    5: ["gulan"],
    6: ["hezîran", "pûşper"],
    7: ["tîrmeh"],
    8: ["tebax", "gelawêj"],
    9: ["îlon", "rezber"],
    10: ["cotmeh", "kewçêr", "çiriya pêşîn"],
    11: ["mijdar", "çiriya paşîn", "sermawez"],
    12: ["kanûna pêşîn", "kanûn", "berfanbar"],
}
EXTRA_WEEKDAYS_KU = ("yekşem", "duşem", "sêşem", "çarşem", "pêncşem", "înî", "şemî")
MIN_YEAR = 1990

# One-for-one folds: Arabic-Indic and Persian digits to ASCII, Arabic letter variants to
# the Persian/Kurdish forms, and joiners/tatweel to spaces (lengths never change).
_FOLD = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹يىكأإآة\u200c\u200d\u0640\u00a0",
    "01234567890123456789ییکااا" + "ه" + "    ",
)


def fold(text: str) -> str:
    """Fold digits and letter variants; the result has the same length as ``text``."""
    return text if text.isascii() else text.translate(_FOLD)  # every folded character is non-ASCII


def _key(name: str) -> str:
    return fold(name).lower().replace("\u0307", "").rstrip(".")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], set[str]]:
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for code in LANGUAGES:
        info = default_loader.get_locale(code).info
        for number, key in enumerate(MONTH_KEYS, 1):
            for name in info.get(key, []):
                if len(name) >= 3:
                    months.setdefault(_key(name), number)
        for key in WEEKDAY_KEYS:
            for name in info.get(key, []):
                if len(name) >= 3:
                    weekdays.add(_key(name))
    weekdays.update(_key(name) for name in EXTRA_WEEKDAYS_KU)
    for extra in (EXTRA_MONTHS, EXTRA_MONTHS_CKB, EXTRA_MONTHS_KU):
        for number, names in extra.items():
            for name in names:
                months[_key(name)] = number
    return months, weekdays


def _alternation(names: set[str] | dict[str, int]) -> str:
    """A regex matching any of ``names``, factored as a trie: Python's ``re`` tries
    alternatives one by one, so shared prefixes make a several-hundred-name list cheap."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child) for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    months, weekdays = _tables()
    names = _alternation(months)
    # "24 نيسان / أبريل 2020": Levantine and Egyptian names side by side.
    # Kurdish ezafe: Sorani "کانوونی دووەمی", Kurmanji "Gulanê".
    month = rf"(?P<{{g}}>{names})(?:ی|ê)?\.?(?:\s*/\s*(?:{names}))?"
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?,?\s+)?"
    day = r"(?P<{g}>[0-3]?\d)"
    year = r"(?P<{g}>(?:19|20)\d\d)"
    sep_de = r"(?:\s*(?:de|del)\s+|\s*,?\s+)"
    forms = [
        # 2024-01-23, 2024/01/23, 2024.01.23 (optionally followed by a time)
        rf"(?<![\d/.-]){year.format(g='y1')}(?P<s1>[-/.])(?P<m1>[01]?\d)(?P=s1)"
        rf"(?P<d1>[0-3]?\d)(?![\d])",
        # Tuesday, 14 January 2025 · 23 Ocak 2024 · 14. Januar 2025 · 14 de enero de 2025
        rf"{weekday}(?<!\d){day.format(g='d2')}(?:st|nd|rd|th|er|\.|ی|ê)?\s*(?:de\s+)?"
        rf"{month.format(g='m2')}{sep_de}{year.format(g='y2')}(?!\d)",
        # Tuesday, January 14, 2025 · January 23 2024
        rf"{weekday}{month.format(g='m3')}\s+{day.format(g='d3')}(?:st|nd|rd|th)?,?\s+"
        rf"{year.format(g='y3')}(?!\d)",
        # 23.01.2024 · 23/01/2024 · 01/23/2024 (day-first unless impossible or US English)
        rf"(?<![\d/.-])(?P<a4>[0-3]?\d)(?P<s4>[./-])(?P<b4>[0-3]?\d)(?P=s4)"
        rf"{year.format(g='y4')}(?![\d/])",
        # 2024年1月23日
        rf"{year.format(g='y5')}\s*年\s*(?P<m5>[01]?\d)\s*月\s*(?P<d5>[0-3]?\d)\s*日",
    ]
    trailing_weekday = rf"(?:,?\s+(?:{_alternation(weekdays)})\b)?"
    alternatives = "|".join(f"(?:{f})" for f in forms)
    return re.compile(f"(?:{alternatives}){trailing_weekday}", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    date: date
    start: int
    end: int
    text: str


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
WINDOW_BEFORE, WINDOW_AFTER = 70, 50


def find_dates(text: str, *, month_first: bool = False, limit: int = 20) -> list[DateMatch]:
    """Every complete (day, month, year) date written in ``text``, in order.

    ``month_first`` decides ambiguous numeric dates such as 03/04/2024 (US English pages).
    Weekday-only references ("on Monday") and bare years are not dates here. The full
    pattern only runs in a window around each four-digit year, which keeps long texts cheap.
    """
    folded = fold(text)
    if "19" not in folded and "20" not in folded:
        return []  # no year: most text with digits (counts, times, prices) ends here, cheaply
    months, _ = _tables()
    pattern = _pattern()
    found: list[DateMatch] = []
    covered = 0
    for year in _YEAR.finditer(folded):
        if year.start() < covered:
            continue
        start = max(covered, year.start() - WINDOW_BEFORE)
        for match in pattern.finditer(folded, start, min(len(folded), year.end() + WINDOW_AFTER)):
            if match.end() <= year.start() or match.start() > year.end():
                continue  # belongs to another year's window
            value = _to_date(match, months, month_first)
            if value is not None:
                found.append(DateMatch(value, match.start(), match.end(), text[match.start() : match.end()]))
                covered = match.end()
                break
        if len(found) >= limit:
            break
    return found


def parse_date(text: str, *, month_first: bool = False) -> date | None:
    """The first date in ``text`` (ISO timestamps included), or None."""
    iso = parse_iso(text)
    if iso is not None:
        return iso
    found = find_dates(text, month_first=month_first, limit=1)
    return found[0].date if found else None


_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)")


def parse_iso(text: str) -> date | None:
    """An ISO 8601 date or timestamp (``2024-01-23T10:00:00+03:00``), as the local date."""
    value = fold(text).strip()
    match = _ISO.match(value)
    if not match:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _to_date(match: re.Match[str], months: dict[str, int], month_first: bool) -> date | None:
    g = match.groupdict()
    if g["y1"]:
        return _safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    if g["y2"]:
        return _safe_date(int(g["y2"]), months.get(_key(g["m2"]), 0), int(g["d2"]))
    if g["y3"]:
        return _safe_date(int(g["y3"]), months.get(_key(g["m3"]), 0), int(g["d3"]))
    if g["y4"]:
        a, b, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
        if a > 12 or (b <= 12 and not (month_first and g["s4"] == "/")):
            return _safe_date(year, b, a)
        return _safe_date(year, a, b)
    if g["y5"]:
        return _safe_date(int(g["y5"]), int(g["m5"]), int(g["d5"]))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < MIN_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
