"""Sentences of an article (headline first) and who, if anyone, each one is attributed to.

Claim checks quote whole sentences, so the splitter keeps them intact across common
abbreviations ("Mr.", "U.S.", "Jan.") and works for Latin, Cyrillic and Arabic script.
Attribution is detected here once because three checks need it: an attributed sentence
("…, according to a statement released by Al-Maliki's office") records its source; an
anonymous one ("sources said") is flagged by ``claims.attribution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCES = 400
MAX_SENTENCE_CHARS = 1200

_BOUNDARY = re.compile(r"(?<=[.!?؟。…])[\"'”’)\]]*\s+(?=[\"'“‘(\[«]?[^\s\"'“‘(\[«a-zçğıöşüäß])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Jr|Sr|No|Nos|Vol|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|approx|ca|Fig|Art|"
    r"Nr|Hr|Fr|Dipl|bzw|ggf|Av|Mme|Mlle|Sn|Dz|Doç|Yrd|Op)|\b[A-Z](?:\.[A-Z])*)\.$"
)

# Attribution to a named or described source: the sentence says who says so.
_ATTRIBUTED = re.compile(
    r"according to|\b(?:said|says|told|stated|states|announced|reported|wrote|tweeted|posted|"
    r"confirmed|denied|added|noted|argued|claimed|insisted|warned|explained|declared)\b|"
    r"in a statement|statement (?:released|issued|published)|\bquoted\b|"
    r"\b(?:dedi|açıkladı|belirtti|ifade etti|kaydetti|söyledi|bildirdi|göre)\b|"
    r"\b(?:sagte|sagt|erklärte|teilte|laut|zufolge|berichtete)\b|"
    r"\b(?:a déclaré|selon|a dit|a affirmé)\b|\b(?:dijo|afirmó|declaró|según)\b|"
    r"\b(?:заявил|заявила|сообщил|сообщила|по словам|по данным)\b|"
    r"وقال|قال|وأضاف|أضاف|بحسب|وفقا|وفقاً|حسب|أعلن|صرح|ذكر|بيان",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"according to (?P<a>[^,.;]{3,120})|"
    r"(?P<b>(?:a |an |the )?statement (?:released|issued|published) by [^,.;]{3,100})|"
    r"(?P<c>[^,.;]{3,80}?)\s+(?:said|says|told|stated|announced)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # -1 for the headline
    attributed_to: str | None  # who the sentence cites, when it cites someone

    @property
    def is_headline(self) -> bool:
        return self.paragraph < 0


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations intact."""
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        piece = text[start : match.start()].strip()
        if _ABBREVIATIONS.search(piece):
            continue
        if piece:
            parts.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p[:MAX_SENTENCE_CHARS] for p in parts]


def article_sentences(title: str | None, paragraphs: list[str]) -> list[Sentence]:
    """The headline, then every sentence of the main text, each with its attribution."""
    out: list[Sentence] = []
    if title:
        out.append(Sentence(title, -1, None))
    for n, paragraph in enumerate(paragraphs):
        for text in split_sentences(paragraph):
            out.append(Sentence(text, n, attribution_of(text)))
            if len(out) >= MAX_SENTENCES:
                return out
    return out


def attribution_of(text: str) -> str | None:
    """Who a sentence is attributed to ("a statement released by Al-Maliki's office"), if anyone."""
    if not _ATTRIBUTED.search(text):
        return None
    match = _SOURCE.search(text)
    if match is None:
        return "attributed in the sentence"
    source = next(g for g in match.groups() if g)
    return " ".join(source.split()).strip(" \"'“”")
