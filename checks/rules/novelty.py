"""``claims.novelty``: firsts, records and superlatives with a scope ("first-ever visit", "the
first woman to win", "the first time since 1945", "the highest … in more than two decades",
"record high", "noch nie so viele", "por primera vez"), in the headline or the text.

Patterns belong to one language and run only on pages in it (``Sentence.lang``). What reads
like a claim but is not one is excluded per language: idioms ("noch nie … Gedanken
gemacht"), plain chronology ("das 2011 erstmals eingeführte", "erstmals wieder", "will sich
erstmals äußern"), "historisch/historic" meaning old ("historische Steine", "historic
sites"), personal superlatives ("the best book I have ever read"), questions and
hypotheticals ("to set a record"). One item per claim: further sentences of the same
paragraph that repeat it are merged into the first. The item suggests a date-bounded search
built from the claim's subject and event.
"""

from __future__ import annotations

import re

from checks.claimterms import claim_terms
from checks.document import Document
from checks.registry import register
from checks.report import Evidence, Item
from checks.sentences import Sentence, is_teaser
from checks.settings import CheckSettings

_I = re.IGNORECASE
_EN_SUPER = (
    r"largest|biggest|highest|lowest|worst|best|longest|shortest|deadliest|strongest|weakest|hottest|warmest|"
    r"coldest|wettest|driest|fastest|greatest|heaviest|oldest|youngest|most|fewest|least|smallest|costliest|busiest|"
    r"richest|poorest|tallest|safest|most\s+\w+"
)
_EN_SCOPE = (
    r"ever(?:\s+recorded)?|yet|so\s+far|on\s+record|since\s+records\s+began|since\s+(?:at\s+least\s+)?(?:the\s+)?\d{4}s?|"
    r"in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+)?(?:a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:years|decades|centuries|months|decade|century|generation)|"
    r"in\s+(?:[\w’']+\s+){0,3}?history|in\s+living\s+memory"
)
PATTERNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        "|".join(
            [
                r"\bfirst[-\s]ever\b",
                r"\b(?:for\s+)?the\s+(?:very\s+)?first\s+time\s+(?:(?:[\w’',]+\s+){0,8}?)(?:since|in\s+(?:its\s+|the\s+"
                r"|\w+['’]s\s+)?(?:history|\d+\s+years|decades|a\s+decade|a\s+generation))\b",
                r"\bfor\s+the\s+first\s+time\s+(?:ever|in\s+history)\b",
                r"\b(?:the|became\s+the|is\s+the|was\s+the)\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|"
                r"of\b|and\b|two\b|three\b|few\b|he\b|she\b|they\b|it\b|we\b|i\b|you\b|thing\b|things\b)(?:[\w-]+\s+){1,4}?to\s+(?!be\s+(?:held|announced|released)\b)"
                r"[a-z]+",
                r"\bthe\s+only\s+(?:[\w-]+\s+){0,2}?(?:player|woman|man|person|country|nation|team|club|company|leader|"
                r"athlete|driver|state|city|school|artist|film|book)s?\s+(?:in\s+the\s+world\s+|ever\s+)?to\s+"
                r"(?:have\s+)?[a-z]+",
                r"\bhistoric\s+(?:[A-Z][\w-]*\s+)?(?:high|low|highs|lows|win|victory|defeat|deal|agreement|visit|moment|decision|ruling|"
                r"election|day|step|breakthrough|first|milestone|record|vote|summit|achievement|levels?)\b",
                r"\bhistory[-\s]making\b|\bmade\s+history\b|\bmakes\s+history\b",
                r"\blandmark\s+(?:visit|deal|ruling|decision|agreement|case|law|bill|moment|step|summit|treaty|"
                r"victory|judgment|report)\b",
                r"\bunprecedented\b",
                r"\brecord[-\s](?:breaking|high|highs|low|lows|number|numbers|levels?|heat|temperatures?|year|turnout|"
                r"amounts?|sales|profits?|losses|crowds?|rainfall|pace|time|sum|demand|prices?)\b",
                r"\b(?:a|new|all[-\s]time|another|world|national|european|olympic)\s+record\b(?!\s+(?:label|player|"
                r"store|shop|company|deal\s+with))",
                r"\ball[-\s]time\s+(?:high|low|record|best|worst)\b",
                r"(?<!to\s)\b(?:broke|broken|breaks|set|sets|shattered|smashed|equalled|equaled)\s+(?:a|the|its|their|"
                r"his|her)\s+(?:[\w-]+\s+)?record\b",
                rf"\b(?:{_EN_SUPER})\b[^.;:!?]{{0,70}}?\b(?:{_EN_SCOPE})\b",
                rf"\b(?:world|country|nation|continent|Europe|Africa|Asia|America|Britain|Australia|Canada|India|China)['’]s"
                rf"\s+(?:(?:second|third)[-\s])?(?:{_EN_SUPER})\b|\b(?:{_EN_SUPER})\s+(?:[\w-]+\s+){{1,3}}?in\s+the\s+world\b",
                r"\b(?:world|nation|country|state|city|league|club|party|company|region|Europe|America)['’]s\s+first\s+"
                r"(?!time\b|half\b|quarter\b|round\b|day\b|step\b|week\b|month\b|year\b)[\w-]+",
                r"\b(?:was|is|became|be)\s+the\s+first\s+(?!time\b|half\b|quarter\b|round\b|day\b|step\b|match\b|"
                r"game\b|race\b|concert\b|show\b|episode\b|stop\b|event\b)(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?(?:world|country|nation|history|[A-Z][\w-]+)\b",
                r"\bnever\s+before\b",
            ]
        ),
        _I,
    ),
    "de": re.compile(
        "|".join(
            [
                r"\berstmals\b|\berstmalig\w*|\bzum\s+ersten\s+Mal\b",
                r"\bals\s+erste[rsn]?\s+(?:[\w-]+\s+){0,2}?(?:Frau|Mann|Land|Staat|Stadt|Team|Verein|Partei|Person|"
                r"Politiker\w*|Deutsche[rn]?|Unternehmen|Bundesland|Nation|Mannschaft|Spieler\w*|Künstler\w*)\b",
                r"\bRekord\w*|\w+rekord\w*",
                r"\bhistorisch(?:e[nrms]?)?\s+(?:Sieg|Tag|Moment|Erfolg|Durchbruch|Tiefstand|Tiefststand|Höchststand|"
                r"Wahlsieg|Niederlage|Einigung|Entscheidung|Schritt|Abkommen|Wende|Ereignis|Premiere|Hoch|Tief|"
                r"Rekord|Meilenstein|Ergebnis|Urteil)\w*|\bhistorisch\s+(?:hoch|niedrig|tief|einmalig)\w*",
                r"\bbeispiellos\w*|\bnie\s+dagewesen\w*|\bnoch\s+nie\s+da\s*gewesen\w*",
                r"\bnoch\s+nie\b(?:\s+zuvor)?[^.;:!?]{0,50}?\bso\s+(?:viele|wenige|hoch|niedrig|stark|groß|teuer|warm|"
                r"heiß|kalt|schnell|lange|häufig|oft|deutlich|hohe\w*|große\w*)\b|\bnoch\s+nie\s+zuvor\b",
                r"\b(?:mehr|weniger|so\s+\w+)\s+(?:[\w-]+\s+){0,3}?wie\s+(?:noch\s+)?nie(?:\s+zuvor)?\b",
                r"\b(?:höchste|niedrigste|größte|meisten|wenigsten|stärkste|schwächste|längste|heißeste|kälteste|"
                r"tiefste|beste|schlechteste|teuerste)\w*\b[^.;:!?]{0,60}?\bseit\s+(?:\d{4}|Jahrzehnten|Jahren|"
                r"Beginn\s+der\s+(?:Aufzeichnungen|Messungen|Wetteraufzeichnungen)|mehr\s+als|über|fast|rund|"
                r"(?:\d+|\w+)\s+(?:Jahren|Monaten|Wochen|Jahrzehnten)|dem\s+\d{1,2}\.\s+\w+|[A-ZÄÖÜ]\w+\s+\d{4})\b",
                r"\bwie\s+seit\s+[^.;:!?]{0,40}?\bnicht\s+mehr\b|\bin\s+der\s+Geschichte\s+(?:des|der)\b",
                r"\b(?:höchste|niedrigste|größte|meisten|wenigsten|stärkste|schwerste|schwersten|längste|heißeste|"
                r"kälteste|tiefste|beste|schlechteste|teuerste|schönste|erste)\w*\b[^.;:!?]{0,60}?\b(?:in\s+der\s+"
                r"(?:[\w-]+\s+)?Geschichte|weltweit|der\s+Welt|aller\s+Zeiten|Europas|Deutschlands)\b",
            ]
        ),
        _I,
    ),
    "fr": re.compile(
        r"\bpour\s+la\s+première\s+fois\b|\bsans\s+précédent\b|\binédit(?:e|s|es)?\b|\bdu\s+jamais[-\s]vu\b|"
        r"\b(?:un|nouveau|le)\s+record\b|\brecord\s+historique\b|\b(?:niveau|plus\s+haut|plus\s+bas|victoire|"
        r"accord|journée|défaite)\s+historiques?\b|\bla\s+première\s+femme\s+à\b|\ble\s+premier\s+\w+\s+à\b|"
        r"\ble\s+plus\s+\w+\s+(?:[\w'’-]+\s+){0,4}?depuis\s+(?:\d{4}|des\s+décennies|le\s+début)\b",
        _I,
    ),
    "es": re.compile(
        r"\bpor\s+primera\s+vez\b|\bsin\s+precedentes?\b|\b(?:un|nuevo)\s+r[ée]cord\b|\br[ée]cord\s+hist[óo]rico\b|"
        r"\b(?:máximo|mínimo|nivel)\s+hist[óo]rico\b|\b(?:victoria|derrota|acuerdo|día|jornada)\s+hist[óo]ric[oa]\b|"
        r"\bla\s+primera\s+mujer\s+en\b|\bel\s+primer\s+\w+\s+en\s+\w+r\b|"
        r"\bm[áa]s\s+\w+\s+(?:[\w-]+\s+){0,4}?desde\s+(?:\d{4}|hace\s+\w+)\b|"
        r"\b(?:mayor|peor|mejor|más\s+\w+)\b[^.;:!?]{0,60}?\ben\s+la\s+historia\b",
        _I,
    ),
    "nl": re.compile(r"\bvoor\s+het\s+eerst\b|\brecord\w*|\bongekend\w*|\bongezien\w*", _I),
    "sv": re.compile(r"\bför\s+första\s+gången\b|\brekord\w*|\baldrig\s+tidigare\b", _I),
    "da": re.compile(r"\bfor\s+første\s+gang\b|\brekord\w*|\baldrig\s+før\b", _I),
    "no": re.compile(r"\bfor\s+første\s+gang\b|\brekord\w*|\baldri\s+før\b", _I),
    "ko": re.compile(r"사상\s*(?:첫|최대|최고|최저|최초)|역대\s*(?:최대|최고|최저|최다)|최초로|만에\s*처음"),
    "pt": re.compile(r"\bpela\s+primeira\s+vez\b|\bsem\s+precedentes\b|\brecorde\b|\binédit[oa]\b", _I),
    "it": re.compile(r"\bper\s+la\s+prima\s+volta\b|\bsenza\s+precedenti\b|\brecord\b", _I),
    "pl": re.compile(r"\bpo\s+raz\s+pierwszy\b|\bpierwszy\s+raz\b|\bbezprecedensow\w*|\brekord\w*", _I),
    "ru": re.compile(r"\bвпервые\b|\bрекорд\w*|\bбеспрецедентн\w*|\bисторическ\w*\s+(?:максимум|минимум|рекорд)", _I),
    "tr": re.compile(
        r"\bilk\s+(?:kez|defa|kere)\b|\btarihi\s+(?:bir\s+|ziyaret|anlaşma|karar|adım|zafer|rekor|gün|başarı|"
        r"zirve)|\btarihinde\s+ilk\b|\btarihin(?:in)?\s+en\b|\brekor\w*|\bbenzeri\s+görülmemiş\b|\bemsalsiz\b",
        _I,
    ),
    "ar": re.compile(
        r"(?<!ظهر\s)(?<!ظهرت\s)(?<!ظهر\s\s)لأول\s+مرة|للمرة\s+الأولى|(?:بأنها|بأنه|بوصفها)\s+تاريخي(?:ة)?|الأول(?:ى)?\s+من\s+نوعه(?:ا)?|زيارة\s+تاريخية|(?:اتفاق|قرار|يوم|انتصار)\s+تاريخي|"
        r"غير\s+مسبوق(?:ة)?|رقم(?:ا)?\s+قياسي(?:ا)?|مستوى\s+قياسي|مستويات\s+قياسية"
    ),
    "ckb": re.compile(r"بۆ\s+یەکەمین\s+جار|بۆ\s+یەکەم\s+جار|یەکەمین\s+سەردان|مێژوویی|بێ\s*وێنە"),
}
# Words without which no pattern of the language can match: a cheap test that spares most
# sentences the full patterns (superlatives always come with a scope word).
ANCHORS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"first|record|ever|histor|precedent|landmark|never|only|world|nation|country|since|years|decade|centur|all.time|yet|"
        r"so\s+far|"
        r"generation|memory|continent|Europe|Africa|Asia|America|Britain|Australia|Canada|India|China",
        _I,
    ),
    "de": re.compile(r"erst|rekord|histor|beispiel|nie|seit|geschichte|welt|zeiten|europas|deutschlands", _I),
}
# Uses of the same words that claim nothing to check.
NOT_NOVELTY: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:I|you|we|they|he|she)(?:['’]ve|['’]d|\s+have|\s+had|\s+could|\s+would|\s+will|\s+can)?\s+ever\b|"
        r"\b(?:police|criminal|medical|court|public|financial|dental|school|phone|official|historical|track|"
        r"voting|arrest|service|personal)\s+records?\b|\bon\s+(?:the\s+)?record\b|\bfor\s+the\s+record\b|"
        r"\bto\s+(?:set|break|beat)\s+(?:a|the|new)\s+record\b|\byet\s+to\b|\bone\s+of\s+(?:the|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:"
        rf"{_EN_SUPER})\b[^.;:!?]*|\bhighest\s+(?:office|court|honou?r|award|point|level\s+of\s+government)\b|"
        r"\b(?:biggest|greatest|best)\s+(?:stars|names|hits|fans|moments|challenges|questions|"
        r"problems|mistakes|threats|fears|concerns|surprises|winners|losers)\b",
        _I,
    ),
    "de": re.compile(
        r"\berstmals\s+wieder\b|\bwieder\s+erstmals\b|\berstmals\s+(?:[\w-]+\s+)?\w+(?:te|ten|tes|ter|tem|ene|enen|"
        r"ener|enes|enem)\b|\b\d{4}\s+erstmals\b|\berstmals\s+(?:äußern|geäußert|äußerte|zu\s+Wort|vorgestellt|"
        r"öffentlich)\b|\bnoch\s+nie\s+(?:[\w-]+\s+){0,6}?Gedanken\b|\bwer\s+noch\s+nie\b|\bnoch\s+nie\s+so\s+"
        r"(?:wichtig|schön|einfach|leicht|gut)\b|\bpersönliche[nrs]?\s+Rekord\w*|\bRekordmeister\w*|"
        r"\bein(?:e[rsnm]?)?\s+der\s+(?:[\w-]+\s+)?(?:größten|höchsten|besten|schönsten|meisten|wichtigsten|"
        r"stärksten|schwersten|längsten|ältesten|bekanntesten|erfolgreichsten)\b[^.;:!?]*",
        _I,
    ),
}
# A negation just before the trigger denies the claim ("it is not the first time", "keiner, der Rekorde …").
_NEGATION = {
    "en": re.compile(r"\b(?:not|n['’]t|no)\b[^.;:!?,]{0,25}$", _I),
    "de": re.compile(r"\b(?:nicht|kein\w*)\b[^.;:!?]{0,40}$", _I),
    "fr": re.compile(r"\b(?:pas|jamais)\b[^.;:!?,]{0,25}$", _I),
    "es": re.compile(r"\b(?:no|nunca)\b[^.;:!?,]{0,25}$", _I),
}
_PERSONAL = re.compile(r"^[\"“„«]?\s*(?:I|I['’]m|I['’]ve|we)\b", _I)
# A first-person subject next to the trigger makes it the writer's own experience ("Als ich … zum ersten Mal").
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|we)\b"),
    "de": re.compile(r"\b(?:ich|wir)\b", _I),
    "fr": re.compile(r"\b(?:je|j['’]|nous)\b", _I),
    "es": re.compile(r"\b(?:yo|nosotros)\b", _I),
}


@register("claims.novelty", "First, record or superlative claim", order=20)
def novelty(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    items: list[Item] = []
    before = doc.reference_date.isoformat()
    lede = doc.paragraphs[0] if doc.paragraphs else None
    claimed_paragraphs: dict[int, Item] = {}
    for sentence in doc.sentences:
        found = triggers(sentence.text, sentence.lang)
        if not found:
            continue
        phrases = [phrase for phrase, _ in found]
        if not sentence.is_headline and sentence.paragraph in claimed_paragraphs:
            first = claimed_paragraphs[sentence.paragraph]  # the same claim told on in its paragraph
            first.data["merged"] = first.data.get("merged", 0) + 1
            continue
        items.append(_item(sentence, phrases, found[0][1], before, lede))
        if not sentence.is_headline:
            claimed_paragraphs[sentence.paragraph] = items[-1]
    return _fold_headlines(items)


def _fold_headlines(items: list[Item]) -> list[Item]:
    """A headline claim the text tells again (the same people, place or event to search for) is
    one claim for the editor: the text's item keeps it, quoting the headline as well."""
    kept: list[Item] = []
    for item in items:
        terms = set(item.data["terms"])
        told_again = item.data["headline"] and next(
            (
                other
                for other in items
                if not other.data["headline"] and len(terms & set(other.data["terms"])) >= min(2, len(terms)) > 0
            ),
            None,
        )
        if not told_again:
            kept.append(item)
            continue
        told_again.evidence.append(item.evidence[0])  # the text's sentence stays first: queries are keyed on it
        told_again.data["headline_triggers"] = item.data["triggers"]
        told_again.detail = told_again.detail.replace(
            "The article claims", f"The article (and its headline: “{', '.join(item.data['triggers'])}”) claims", 1
        )
    return kept


def _item(sentence: Sentence, phrases: list[str], trigger_start: int, before: str, lede: str | None) -> Item:
    context = lede if sentence.is_headline else None
    terms = claim_terms(sentence.text, sentence.lang, trigger_start, context)
    if terms:
        query = " ".join([*(f'"{t}"' if " " in t else t for t in terms), f"before:{before}"])
        search = f"search coverage before {before}, e.g. {query}"
    else:
        query = ""
        search = (
            f"search coverage before {before} for an earlier case of what the quoted sentence calls "
            "a first or a record (its subject and event)"
        )
    where = "The headline" if sentence.is_headline else "The article"
    detail = f"{where} claims a first or a record. One earlier event of the same kind disproves it: {search}"
    if sentence.attributed_to:
        detail += f" Source given: {sentence.attributed_to}."
    return Item(
        check="claims.novelty",
        severity="medium",
        title=f"Novelty claim: {', '.join(phrases)}",
        detail=detail,
        evidence=[Evidence(sentence.text)],
        data={
            "triggers": phrases,
            "terms": terms,
            "query": query,
            "before": before,
            "headline": sentence.is_headline,
            "attributed_to": sentence.attributed_to,
        },
    )


def triggers(text: str, lang: str) -> list[tuple[str, int]]:
    """The claim phrases of a sentence in its language, with where each starts."""
    pattern = PATTERNS.get(lang)
    anchors = ANCHORS.get(lang)
    if anchors is not None and not anchors.search(text):
        return []
    if pattern is None or text.rstrip(" \"'”’»“").endswith(("?", "؟")) or _PERSONAL.match(text) or is_teaser(text):
        return []
    personal = _FIRST_PERSON.get(lang)
    negation = _NEGATION.get(lang)
    excluded = NOT_NOVELTY.get(lang)
    spans = [m.span() for m in excluded.finditer(text)] if excluded else []
    found: list[tuple[str, int]] = []
    for match in pattern.finditer(text):
        if any(start <= match.start() < end or start < match.end() <= end for start, end in spans):
            continue
        if personal and personal.search(text[max(0, match.start() - 40) : match.end() + 30]):
            continue
        if negation and not re.search(r"\b(?:nie|never)\b", match.group(0), _I):
            if negation.search(text[max(0, match.start() - 45) : match.start()]):
                continue
        phrase = " ".join(match.group(0).split())
        if phrase.lower() not in (f.lower() for f, _ in found):
            found.append((phrase, match.start()))
    return found
