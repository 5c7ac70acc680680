"""``claims.numbers``: the figures an editor would check — money ("$4.5 billion", "300 €",
"250’000 Franken"), percentages ("12.4%", "yüzde 61,4"), casualties ("17 people were
killed"), counts of people or cases ("3,200 people", "5.000 Menschen"), large totals
("2 million visitors") and measurements with a unit ("46.2 degrees", "100 mph").

A bare number says nothing checkable on its own, so it is not flagged: list steps, days and
years, clock times ("a las 10 de la mañana", "18 Uhr"), product names and versions
("Windows 10 1809", "Anno 1800"), mastheads ("TV 247") and ages ("45-year-old") all lack the
unit or noun that makes a figure a claim. Each sentence is one item; a figure repeated
later in the article is merged into its first item. At most :data:`MAX_ITEMS` items, the
gravest first.
"""

from __future__ import annotations

import re

from checks.document import Document
from checks.registry import register
from checks.report import Evidence, Item
from checks.sentences import is_teaser
from checks.settings import CheckSettings

MAX_ITEMS = 4
GRAVITY = {"casualties": 0, "money": 1, "percentage": 2, "count": 3, "total": 4, "measurement": 5}

_SEP = r"[,.’'\u00a0\u202f ]"
_DIGITS = rf"\d{{1,3}}(?:{_SEP}\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Single-letter scales only written onto the figure ("$6B", "40k"): "6 B" is a file number.
_SCALE = (
    r"(?:thousand|million|billion|trillion|bn|mn|mln|bln|(?<=\d)(?:[mM]|[kK]|B)(?![\w-])|Tausend|Mio\.?|Mrd\.?|Millionen|Million|"
    r"Milliarden|Milliarde|millions?|milliards?|mil\s+millones|millones|millón|mil(?![\w-])|milhões|milhão|"
    r"bilhões|milioni|miliardi|milyon|milyar|тыс\.?|млн|млрд|ألف|مليون|مليار)"
)
# A currency written as a word before the figure, as some wire copy does ("dollars 1.6bn", "pounds 7m").
_CURRENCY_BEFORE = r"(?:US\$|R\$|[$€£₺¥₽₹]|CHF|EUR|USD|GBP|Fr\.|Rs\.?|(?:dollars|pounds|euros|yen)(?=\s\d))"
_CURRENCY_AFTER = (
    r"(?:€|\$|£|US-Dollar|Dollar\w*|dollars?|euros?|Euro|pounds?|Pfund|Franken|francs?|CHF|EUR|USD|GBP|pesos?|"
    r"reais|real|zł|złotych|rubles?|roubles?|рубл\w*|lira|TL|dolar|avro|yuan|rupees?|دولار|دينار|يورو|"
    r"dlrs?|stg|yen|riyals?|guilders|dinars?|eurų)"  # wire copy's "337 mln dlrs", "10 mln stg"
)
# A currency a word or a range away: "100 mln Canadian dlr", "250 mln to 350 mln dlrs", "4,5 milliards d'euros"
_MONEY_AFTER = re.compile(
    r"^\s*(?:(?:Canadian|Australian|U\.?S\.?|Hong\s+Kong|New\s+Zealand|Singapore|Swiss|Taiwan|Saudi|Mexican|"
    rf"Brazilian|d['’]|de\s+)\s*|(?:to|-|–|and|or)\s+[\d.,]+\s?(?:{_SCALE})?\s?){_CURRENCY_AFTER}(?![\w-])",
)
FIGURE = re.compile(
    rf"(?<![\w.,’'/:-])(?P<cur>{_CURRENCY_BEFORE}\s?)?(?P<pct>%\s?)?(?P<num>{_DIGITS})"
    rf"(?P<scale>\s?{_SCALE})?(?P<unit>\s?(?:%|{_CURRENCY_AFTER}(?![\w-])))?",
)
_PERCENT_WORDS = re.compile(
    r"^\s*(?:per\s?cent|percent|pct|Prozent|Prozentpunkte|pour\s?cent|por\s?ciento|por\s?cento|per\s?cento|procent|"
    r"процент\w*|بالمئة|بالمائة|في\s+المئة)\b",
    re.IGNORECASE,
)
_PERCENT_BEFORE = re.compile(r"\b(?:yüzde|yüzde\s+)$", re.IGNORECASE)
# Units whose figures make news claims (heat, wind, burned area, output); not distances or
# sizes, which describe ("50km south-west of the port") rather than claim.
_UNIT = re.compile(
    r"^\s?(?:°\s?[CF]\b|°(?!\s?[A-ZÁÉÍÓÚ])|degrees?|Grad|derece|градус\w*|mph|km/h|kph|hectares?|Hektar|acres?|tonnes?|tons?|Tonnen|"
    r"barrels?|Barrel|MW|GW|kWh|TWh|megawatts?|gigawatts?)(?![\w])",
)
# A ratio or a technical spec, not a figure of the story: "10 times as many", "51,200 KB", "4K display".
_RATIO_OR_SPEC = re.compile(
    r"^\s?(?:times\b|-?fold\b|mal\b|fois\b|veces\b|vezes\b|volte\b|kat\b|KB\b|MB\b|GB\b|TB\b|kB\b|Mbps\b|"
    r"Gbps\b|px\b|pixels?\b|megapixels?\b|MP\b|[MG]?Hz\b|fps\b|dpi\b|mAh\b)",
)
# A span of time ("4,6 Milliarden Jahre", "65 million years"): an age, not a total of things.
_SPAN = re.compile(
    r"^\s?(?:years?|Jahren?|ans|años|anni|anos|yıl)\b",
)
# Distances and areas written large ("390 million miles", "80.000 kilómetros cuadrados"): a
# measurement, not a total of things.
_DISTANCE = re.compile(
    r"^\s?(?:miles?|km|kilomet(?:er|re)s?|kilómetros?|kilomètres?|quilômetros?|chilometri|Kilometer\w*|"
    r"Quadratkilometer\w*|Meilen|square\s+(?:miles|kilomet(?:er|re)s)|sq\.?\s*(?:mi|km)|light[-\s]years?)\b(?!/)",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"^(?:-|\s)?(?:year-old|years?\s+old|jährig\w*|-Jährig\w*|Jahre\s+alt|ans\b|años\b|yaşında)|^\)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?:\baged|\bage|\bim\s+Alter\s+von|\bâgée?\s+de|\(|\bde)\s*$", re.IGNORECASE)

# What the figure counts, by language: people and cases (a count to check) or the dead and
# injured (casualties). The noun follows within a few words: "17 people were killed".
_PEOPLE = {
    "en": r"people|persons|residents|workers|employees|staff|students|pupils|children|patients|soldiers|troops|"
    r"migrants|refugees|protesters|demonstrators|voters|members|visitors|fans|passengers|inhabitants|civilians|"
    r"jobs|cases|infections|households|families|doctors|nurses|officers|prisoners|detainees|applicants|users|customers",
    "de": r"Menschen|Personen|Einwohner\w*|Bürger\w*|Mitarbeite\w*|Beschäftigte\w*|Angestellte\w*|Kinder|Schüler\w*|"
    r"Studierende\w*|Studenten|Patient\w*|Soldat\w*|Flüchtling\w*|Geflüchtete\w*|Migrant\w*|Demonstrant\w*|"
    r"Besucher\w*|Zuschauer\w*|Fans|Teilnehmer\w*|Mitglieder\w*|Arbeitsplätze|Stellen|Fälle\w*|Infizierte\w*|"
    r"Neuinfektionen|Haushalte|Familien|Ärzt\w*|Polizist\w*|Häftling\w*|Asylbewerber\w*|Wähler\w*|Nutzer\w*|Kunden",
    "fr": r"personnes|habitants|salariés|employés|enfants|élèves|étudiants|patients|soldats|migrants|réfugiés|"
    r"manifestants|électeurs|membres|visiteurs|spectateurs|emplois|cas|familles|médecins|policiers",
    "es": r"personas|habitantes|trabajadores|empleados|niños|estudiantes|alumnos|pacientes|soldados|migrantes|"
    r"refugiados|manifestantes|votantes|miembros|visitantes|espectadores|empleos|casos|familias|médicos|policías",
    "pt": r"pessoas|habitantes|trabalhadores|funcionários|crianças|estudantes|alunos|pacientes|soldados|migrantes|"
    r"manifestantes|eleitores|membros|visitantes|empregos|casos|famílias|médicos|policiais",
    "it": r"persone|abitanti|lavoratori|dipendenti|bambini|studenti|pazienti|soldati|migranti|manifestanti|casi",
    "pl": r"osób|osoby|ludzi|mieszkańców|pracowników|dzieci|uczniów|studentów|pacjentów|żołnierzy|przypadków",
    "ru": r"человек|жител\w*|сотрудник\w*|детей|студент\w*|пациент\w*|военн\w*|случа\w*",
    "tr": r"kişi|kişiye|vatandaş\w*|işçi\w*|çalışan\w*|çocuk\w*|öğrenci\w*|hasta(?!ne)\w*|asker\w*|göçmen\w*|"
    r"mülteci\w*|vaka\w*",
    "ar": r"شخص|أشخاص|شخصا|مواطن\w*|عامل\w*|طفل|أطفال|طالب|طلاب|جندي|جنود|لاجئ\w*|حالة|حالات",
}
_CASUALTY = {
    "en": r"killed|dead|died|deaths?|injured|wounded|casualties|fatalities|victims|missing|hurt|lives",
    "de": r"Tote|Toten|Todesopfer|Verletzte\w*|Verwundete\w*|Opfer|Vermisste\w*|getötet|gestorben|starben|starb|"
    r"ums\s+Leben|verletzt",
    "fr": r"morts?|tués?|blessés?|victimes|disparus|décès",
    "es": r"muertos?|fallecidos?|heridos?|víctimas|desaparecidos|muertes",
    "pt": r"mortos?|feridos?|vítimas|desaparecidos|mortes",
    "it": r"morti|feriti|vittime|dispersi",
    "pl": r"zabitych|zginęło|rannych|ofiar",
    "ru": r"погибл\w*|убит\w*|ранен\w*|жертв\w*|пострадавш\w*",
    "tr": r"ölü|öldü|yaralı|hayatını\s+kaybetti|şehit|can\s+verdi",
    "ar": r"قتلى|قتيل|قتل|مقتل|جرحى|مصاب\w*|ضحايا|شهيد|شهداء",
}
_NOUN_GAP = r"^\s*(?:[\w’'-]+\s+){0,3}?(?:"


def _noun_patterns(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(rf"{_NOUN_GAP}{words})(?!\w)", re.IGNORECASE) for lang, words in table.items()}


PEOPLE = _noun_patterns(_PEOPLE)
_KILLED_BEFORE = {
    "en": r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding|lives\s+of)\s+(?:at\s+least\s+)?$",
    "de": r"\b(?:tötete|töteten|getötet|verletzte|verletzten)\s+(?:mindestens\s+)?$",
    "fr": r"\b(?:tué|tuant|blessé|blessant)\s+(?:au\s+moins\s+)?$",
    "es": r"\b(?:mató|matando|hirió|dejó)\s+(?:al\s+menos\s+)?$",
    "ar": r"(?:مقتل|قتل|إصابة)\s*$",
}
KILLED_BEFORE = {lang: re.compile(p, re.IGNORECASE) for lang, p in _KILLED_BEFORE.items()}
CASUALTIES = _noun_patterns(_CASUALTY)
_CLOCK = re.compile(r"^\s*(?:Uhr|h\b|a\.?m\.?|p\.?m\.?|de\s+la\s+(?:mañana|tarde|noche)|heures?|horas?)", re.IGNORECASE)
# Languages writing 1,000.5; the others write 1.000,5 ("42,195 Kilometer" is a decimal).
_POINT_DECIMAL = frozenset({"en", "ja", "zh", "ko", "th", "he", "hi"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MONTHS = (
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars|"
    r"avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\.?\s*(?:de\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_CREDIT_PRICE = re.compile(r"^[^()]*\)")  # "(Cornerstone, £25)": a price in a credit line
_RATE_BASE = re.compile(r"\b(?:per|pro|je|par|por|for\s+every)\s*$", re.IGNORECASE)
_RETAIL = re.compile(r"[.,]9[59]$")
# Shop, subscription and paywall copy ("Ab 40 Euro Bestellwert: …", "starting at just Rs. 49/-
# per month*", "Il vous reste 57% de cet article à lire"): the outlet selling, not reporting.
_PROMO = re.compile(
    r"\bBestellwert\b|\bVersandkosten\w*|\bGutschein(?:code)?\b|\bRabattcode\b|\bVIP-Punkte\b|\bpromo\s+code\b|"
    r"\bcoupon\s+code\b|\bfree\s+shipping\b|\bstarting\s+at\s+just\b|\bper\s+month\*|"
    r"\b(?:of\s+this\s+article|left\s+to\s+read)\b|\bde\s+cet\s+article\s+à\s+lire\b",
    re.IGNORECASE,
)


@register("claims.numbers", "Numbers stated as fact", order=30)
def numbers(doc: Document, settings: CheckSettings) -> list[Item]:
    """One item per sentence with checkable figures; repeats merged; the gravest first."""
    del settings
    seen: dict[str, int] = {}
    candidates: list[tuple[int, object, list[tuple[str, str]]]] = []
    for n, sentence in enumerate(doc.sentences):
        if is_teaser(sentence.text) or _PROMO.search(sentence.text):
            continue
        fresh = []
        for text, kind in find_numbers(sentence.text, sentence.lang):
            key = _normal(text)
            if key in seen:
                continue
            seen[key] = n
            fresh.append((text, kind))
        if fresh:
            candidates.append((n, sentence, fresh))
    candidates.sort(key=lambda c: (min(GRAVITY[k] for _, k in c[2]), c[0]))
    kept = sorted(candidates[:MAX_ITEMS], key=lambda c: c[0])
    items: list[Item] = []
    for _, sentence, found in kept:
        shown = ", ".join(f"{text} ({kind})" for text, kind in found)
        detail = f"Check each figure against its source: {shown}."
        if sentence.attributed_to:
            detail += f" Source given: {sentence.attributed_to}."
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


def find_numbers(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """The checkable figures in a sentence, each with its kind."""
    found: list[tuple[str, str]] = []
    people, casualties, killed = PEOPLE.get(lang), CASUALTIES.get(lang), KILLED_BEFORE.get(lang)
    for match in FIGURE.finditer(text):
        start, end = match.span()
        after = text[end : end + 60]
        before = text[max(0, start - 20) : start]
        kind = _kind(match, after, before, people, casualties, lang)
        if kind in (None, "count") and killed is not None and killed.search(text[max(0, start - 40) : start]):
            kind = "casualties"
        if kind is None:
            continue
        tail = (_UNIT.match(after) or _DISTANCE.match(after)) if kind == "measurement" else _PERCENT_WORDS.match(after)
        if kind in ("measurement", "percentage") and tail is not None:
            end += len(tail.group(0))
        figure = text[start:end].strip()
        if all(_normal(figure) != _normal(f) for f, _ in found):
            found.append((figure, kind))
    return found


# "pounds" weigh: "200 pounds of cocaine", "5 feet 11 inches tall and 200 pounds" (not a fine of 200 pounds)
_WEIGHT = re.compile(r"^(?:pounds?|lbs?)$", re.IGNORECASE)
_WEIGHT_OF = re.compile(r"^\s*of\s+(?!(?:the|his|her|their|its|taxpayers?)\b)[a-z]", re.IGNORECASE)
_BODY = re.compile(r"\b(?:weigh\w*|tall|inches|feet|ft|heavy|overweight|lost|gained)\b[^.;:!?]{0,25}$", re.IGNORECASE)
# "not 100 percent sure", "110 per cent committed": a manner of speaking, not a figure
# "We recommend at 100%", "it suits you 100%", "give it 110 percent": a manner of speaking
_WHOLLY_BEFORE = re.compile(r"\b(?:at|you|me|it|us|them|him|her|give|gave|giving|gives)\s*$", re.IGNORECASE)
_WHOLLY = re.compile(
    r"1[01]0\s*(?:%|percent|per\s+cent|pct|prozent)\s+(?:sure|certain|confident|committed|behind|right|wrong|"
    r"accurate|effective|safe|honest|focused|fit|healthy|ready|clear|happy|satisfied|sicher|überzeugt)\b",
    re.IGNORECASE,
)


def _kind(match: re.Match[str], after: str, before: str, people, casualties, lang: str) -> str | None:
    num = match.group("num")
    unit = (match.group("unit") or "").strip()
    if _RATE_BASE.search(before):
        return None  # "per 100,000": the base of a rate, not a figure
    if _RATIO_OR_SPEC.match(after):
        return None
    if match.group("cur") or (unit and unit != "%"):
        if _WEIGHT.search(unit) and ((weighed := _WEIGHT_OF.match(after)) or _BODY.search(before)):
            return "measurement" if weighed else None  # "200 pounds of cocaine"; a suspect's weight
        if _RETAIL.search(num) and not match.group("scale"):
            return None  # "$19.99", "49,95 €": a shop price
        credit = before.rfind("(") > before.rfind(")") and "," in before[before.rfind("(") :]
        return None if credit and _CREDIT_PRICE.match(after) else "money"
    if match.group("pct") or unit == "%" or _PERCENT_WORDS.match(after) or _PERCENT_BEFORE.search(before):
        wholly = _WHOLLY.match(num + after) or (num in ("100", "110") and _WHOLLY_BEFORE.search(before))
        return None if wholly else "percentage"
    if _AGE.match(after) or _AGE_BEFORE.search(before) or _CLOCK.match(after) or _SPAN.match(after):
        return None
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return None  # a date: "Oct. 13 attack", "am 25. Juni"
    if _YEAR.match(num) and not match.group("scale"):
        return None
    if casualties is not None and casualties.match(after):
        return "casualties"
    if people is not None and (counted := people.match(after)):
        if casualties is not None and casualties.match(after[counted.end() :]):
            return "casualties"  # "2,500 Afghan civilians have been killed"
        return "count" if _value(num) >= 2 or match.group("scale") else None
    thousands = "," if lang in _POINT_DECIMAL else r"[.’'\u00a0\u202f ]"
    large = bool(re.fullmatch(rf"\d{{1,3}}(?:{thousands}\d{{3}})+", num)) and _value(num) >= 10000
    if _DISTANCE.match(after):  # a distance describes ("50 km south of"), unless it is large
        return "measurement" if match.group("scale") or large else None
    if _UNIT.match(after):
        return "measurement"
    if (match.group("scale") or large) and _MONEY_AFTER.match(after):
        return "money"  # "100 mln Canadian dlr", "250 mln to 350 mln dlrs", "4,5 milliards d'euros"
    if match.group("scale") and not re.fullmatch(r"\s?(?:m|k|mil)", match.group("scale")):
        if match.group("scale").strip() == "K" and _value(num) < 10:
            return None  # "4K", "8K": a resolution
        return "total"
    if large:
        return "total"  # "400,000 containers": a large figure written out is a statistic
    return None


def _value(num: str) -> float:
    digits = re.sub(r"\D", "", num.split(",")[0] if re.search(r",\d{1,2}$", num) else num)
    return float(digits or 0)


def _normal(figure: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", figure).lower()
