"""``claims.attribution``: assertions resting on anonymous sources ("sources said", "a
source close to", "officials who asked not to be named", "reportedly", "it is claimed"), and
strong accusations with no source at all.

Sentences that name their source ("according to a statement released by Al-Maliki's
office") are not flagged: the source is recorded on the claim items of that sentence.
"""

from __future__ import annotations

import re

from checks.document import Document
from checks.registry import register
from checks.report import Evidence, Item
from checks.settings import CheckSettings

ANONYMOUS = re.compile(
    "|".join(
        [
            # English
            r"\b(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|diplomats?|insiders?|person)\b",
            r"\b(?:a\s+)?sources?\s+(?:close\s+to|familiar\s+with|with\s+knowledge|inside|within|in\s+the)\b",
            r"\b(?:according\s+to|citing|cited)\s+(?:\w+\s+){0,2}sources\b",
            r"\bsources\s+(?:said|say|says|told|claim|claimed|suggest|indicated|revealed)\b",
            r"\b(?:who|which)\s+(?:asked|requested|spoke|declined|wished)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
            r"on\s+(?:the\s+)?condition\s+of\s+anonymity|to\s+be\s+named|to\s+remain\s+anonymous|"
            r"anonymously)",
            r"\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bnot\s+authori[sz]ed\s+to\s+speak\b",
            r"\breportedly\b|\ballegedly\b|\bit\s+is\s+(?:claimed|said|believed|rumou?red|alleged|understood)\b",
            r"\b(?:insiders|people\s+familiar\s+with\s+the\s+matter)\b",
            # Turkish
            r"\bkaynaklar(?:a|ın|dan)?\s+(?:göre|belirtti|aktardı)|\bkulis\w*|\biddia\s+edil\w*|"
            r"\böne\s+sürül\w*|\bedinilen\s+bilgiye\s+göre|\bisminin\s+açıklanmasını\s+istemeyen",
            # Arabic
            r"(?:بحسب|حسب|وفق(?:ا|اً)?\s+ل|قالت|أفادت|ذكرت|أكدت)\s*مصادر|"
            r"مصادر\s+(?:مطلعة|مقربة|أمنية|سياسية|دبلوماسية|خاصة|رفيعة)|مصدر\s+(?:مطلع|مقرب|أمني|رفيع|خاص)|"
            r"رفض\s+(?:الكشف\s+عن|ذكر)\s+اسمه|طلب\s+عدم\s+(?:ذكر|الكشف\s+عن)\s+اسمه|"
            r"فضل\s+عدم\s+(?:ذكر|الكشف\s+عن)\s+اسمه|يقال|أفادت\s+تقارير",
            # German, French, Spanish, Russian
            r"\baus\s+(?:\w+\s+)?\w*[kK]reisen\b|\bhieß\s+es\b|\bverlautete\b|\bQuellen\s+zufolge\b|\bangeblich\b|(?-i:\bInsider\s+(?:berichten|sagen))|"
            r"\bder\s+nicht\s+namentlich\s+genannt\s+werden\s+wollte",
            r"\bselon\s+(?:des|nos)\s+sources\b|\bsous\s+couvert\s+d['’]anonymat\b|\bfuentes\s+(?:cercanas|consultadas)\b|"
            r"\bbajo\s+condición\s+de\s+anonimato\b|\bпо\s+данным\s+источник\w*|\bисточник\w*\s+(?:в|близк\w*)\b",
        ]
    ),
    re.IGNORECASE,
)
# Strong claims of fact about wrongdoing or intent that need a named source.
STRONG = re.compile(
    r"\b(?:was|were|is|are)\s+(?:responsible\s+for|behind\s+the|to\s+blame)\b|\bcovered\s+up\b|"
    r"\b(?:orchestrated|masterminded|plotted|secretly\s+\w+ed|embezzled|bribed)\b|"
    r"\brigged\s+(?:the\s+)?(?:election|vote|ballot|count|result)s?\b|"
    r"(?<!to\s)\b(?:proves?|proved)\s+that\b|\bthere\s+is\s+no\s+doubt\b|\bundoubtedly\b|"
    r"\bit\s+is\s+(?:clear|certain|obvious)\s+that\b",
    re.IGNORECASE,
)


@register("claims.attribution", "Anonymous or missing attribution", order=40)
def attribution(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    items: list[Item] = []
    for sentence in doc.sentences:
        anonymous = ANONYMOUS.search(sentence.text)
        if anonymous:
            phrase = " ".join(anonymous.group(0).split())
            items.append(
                Item(
                    check="claims.attribution",
                    severity="medium",
                    title=f"Anonymous sourcing: “{phrase}”",
                    detail=(
                        f"This rests on an unnamed source (“{phrase}”). Find who the source is, or a "
                        f"second, named source, before repeating it as fact."
                    ),
                    evidence=[Evidence(sentence.text)],
                    data={"kind": "anonymous", "phrase": phrase},
                )
            )
            continue
        strong = STRONG.search(sentence.text)
        if strong and sentence.attributed_to is None and not sentence.is_headline:
            phrase = " ".join(strong.group(0).split())
            items.append(
                Item(
                    check="claims.attribution",
                    severity="medium",
                    title=f"Unattributed assertion: “{phrase}”",
                    detail=(
                        "A strong claim of fact with no source in the sentence. Ask who says so and "
                        "on what evidence; do not repeat it in the outlet's own voice."
                    ),
                    evidence=[Evidence(sentence.text)],
                    data={"kind": "unattributed", "phrase": phrase},
                )
            )
    return items
