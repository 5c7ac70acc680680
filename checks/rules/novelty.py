"""``claims.novelty``: firsts, records and superlatives ("first-ever visit", "historic",
"record heat", "largest … in history"), in English, Turkish, Arabic, German, French,
Spanish and Russian. One item per claim sentence (the headline counts), quoting it, saying
what would disprove it and suggesting a date-bounded search for an earlier event.

Phrases that merely contain the words are not claims: "police records", "on the record",
"historical records", "the first quarter", "yayın tarihi" (publication date).
"""

from __future__ import annotations

import re

from checks.document import Document
from checks.entities import key_terms
from checks.registry import register
from checks.report import Evidence, Item
from checks.settings import CheckSettings

_SUPERLATIVE = (
    r"largest|biggest|highest|lowest|worst|best|longest|deadliest|strongest|hottest|coldest|"
    r"fastest|greatest|most\s+\w+"
)
NOVELTY = re.compile(
    "|".join(
        [
            # English
            r"\bfirst[-\s]ever\b",
            r"\b(?:for|at)\s+the\s+(?:very\s+)?first\s+time\b",
            r"\bfirst\s+time\s+(?:since|in|ever)\b",
            r"\bthe\s+first\s+(?:\w+\s+){0,3}(?:ever|in\s+(?:\d+|\w+)\s+(?:years|decades|history))\b",
            r"\bhistoric\b",
            r"\bhistory[-\s]making\b|\bmade\s+history\b",
            r"\blandmark\s+(?:visit|deal|ruling|decision|agreement|case|law|bill|moment|step|summit|treaty|victory|judgment|report)\b",
            r"\bunprecedented\b",
            r"\brecord[-\s](?:breaking|high|low|number|numbers|levels?|heat|temperatures?|year|turnout|amounts?|sales|profits?|losses|highs|lows|crowds?|rainfall)\b",
            r"\b(?:a|new|all[-\s]time|another|world|national)\s+record\b",
            r"\ball[-\s]time\s+(?:high|low|record|best|worst)\b",
            r"\b(?:broke|broken|breaks|set|sets)\s+(?:a|the|its|their)\s+(?:\w+\s+)?record\b",
            rf"\b(?:{_SUPERLATIVE})\b[^.;]{{0,60}}?\b(?:ever|in\s+(?:\w+['’]s\s+|its\s+|their\s+|the\s+\w+['’]s\s+|\w+\s+){{0,2}}history|on\s+record|since\s+records\s+began)\b",
            r"\bnever\s+before\b",
            # Turkish
            r"\bilk\s+(?:kez|defa|kere)\b",
            r"\btarihi\s+(?:bir\s+|ziyaret|anlaşma|karar|adım|zafer|rekor|gün|an|başarı|toplantı|zirve)",
            r"\btarihinde\s+ilk\b|\btarihin(?:in)?\s+en\b",
            r"\brekor\w*",
            r"\bbenzeri\s+görülmemiş\b|\bemsalsiz\b",
            # Arabic
            r"لأول\s+مرة|للمرة\s+الأولى|الأول(?:ى)?\s+من\s+نوعه(?:ا)?",
            r"تاريخي(?:ة)?|غير\s+مسبوق(?:ة)?|رقم(?:ا)?\s+قياسي(?:ا)?|قياسي(?:ة)?",
            # German
            r"\berstmals\b|\bzum\s+ersten\s+Mal\b|\berstmalig\w*",
            r"\bhistorisch(?:e|en|er|es)?\b|\bRekord\w*|\bbeispiellos\w*|\bnoch\s+nie\b",
            # French, Spanish
            r"\bpour\s+la\s+première\s+fois\b|\bsans\s+précédent\b|\bhistorique\b|\binédit(?:e|s|es)?\b",
            r"\bpor\s+primera\s+vez\b|\bsin\s+precedentes?\b|\bhist[óo]ric[oa]s?\b|\brécord\b|"
            r"\b(?:un|nouveau|nuevo)\s+r[ée]cord\b",
            # Russian
            r"\bвпервые\b|\bисторическ\w*|\bрекорд\w*|\bбеспрецедентн\w*",
        ]
    ),
    re.IGNORECASE,
)
# Uses of the same words that are not novelty claims.
NOT_NOVELTY = re.compile(
    r"\b(?:police|criminal|medical|court|public|financial|dental|school|phone|official|historical|"
    r"track|voting|arrest|service)\s+records?\b|\bon\s+(?:the\s+)?record\b|\bfor\s+the\s+record\b|"
    r"\brecord\s+(?:label|player|store|shop|company)\b|\bhistoric\s+(?:district|centre|center|building|"
    r"site|town|quarter|core|monument|house|houses|preservation)\b|\bhistorische(?:n)?\s+"
    r"(?:Altstadt|Gebäude|Zentrum)\b",
    re.IGNORECASE,
)


@register("claims.novelty", "First, record or superlative claim", order=20)
def novelty(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    items: list[Item] = []
    before = doc.reference_date.isoformat()
    for sentence in doc.sentences:
        triggers = _triggers(sentence.text)
        if not triggers:
            continue
        terms = key_terms(sentence.text, doc.paragraphs[0] if doc.paragraphs else None)
        query = " ".join([*(f'"{t}"' if " " in t else t for t in terms), f"before:{before}"])
        where = "The headline" if sentence.is_headline else "The article"
        detail = (
            f"{where} claims a first or a record. One earlier event of the same kind disproves it: "
            f"search coverage before {before}, e.g. {query}"
        )
        if sentence.attributed_to:
            detail += f" Attributed to: {sentence.attributed_to}."
        items.append(
            Item(
                check="claims.novelty",
                severity="medium",
                title=f"Novelty claim: {', '.join(triggers)}",
                detail=detail,
                evidence=[Evidence(sentence.text)],
                data={
                    "triggers": triggers,
                    "terms": terms,
                    "query": query,
                    "before": before,
                    "headline": sentence.is_headline,
                    "attributed_to": sentence.attributed_to,
                },
            )
        )
    return items


def _triggers(text: str) -> list[str]:
    excluded = [m.span() for m in NOT_NOVELTY.finditer(text)]
    found: list[str] = []
    for match in NOVELTY.finditer(text):
        if any(start <= match.start() < end for start, end in excluded):
            continue
        phrase = " ".join(match.group(0).split())
        if phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found
