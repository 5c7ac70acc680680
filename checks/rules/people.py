"""``people.role``: a person given a role — "İbrahim Kalın, the director of Turkey's National
Intelligence Organization (MIT)", "former Iraqi prime minister Nouri al-Maliki", "MİT
Başkanı İbrahim Kalın". Person, role and organisation are separate fields so corroboration
can check them against Wikidata ("position held") at the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.document import Document
from checks.entities import NAME, ORG_WORDS, STOP, WORD, is_title_case
from checks.registry import register
from checks.report import Evidence, Item
from checks.settings import CheckSettings

ROLE_WORDS = (
    r"prime\s+minister|deputy\s+prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|"
    r"interior\s+minister|finance\s+minister|minister|president|vice[-\s]president|director[-\s]general|"
    r"director|chief\s+executive|head|chief|chairman|chairwoman|chairperson|chair|leader|"
    r"spokes(?:man|woman|person)|ambassador|governor|mayor|secretary[-\s]general|secretary|speaker|"
    r"commander|general|CEO|founder|king|queen|emir|crown\s+prince|senator|lawmaker|MP|judge|envoy|"
    r"advis[eo]r|coordinator|chancellor|prosecutor|attorney\s+general|president-elect"
)
MODIFIERS = r"(?i:(?:former|ex-|acting|deputy|interim|outgoing|incoming|then|current|vice|newly\s+appointed)\s+)*"
QUALIFIER = r"(?:(?:[A-Z][\w'’]+|of|the)\s+){0,3}?"
ORG = r"(?:the\s+)?[A-ZÇĞİÖŞÜ][^,;.()]{1,90}?(?:\s*\([A-ZÇĞİÖŞÜ]{2,10}\))?"

# İbrahim Kalın, the director of Turkey's National Intelligence Organization (MIT),
APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>{MODIFIERS}{QUALIFIER}\b(?i:{ROLE_WORDS})\b)"
    rf"(?:\s+(?:of|at|for|to)\s+(?P<org>{ORG}))?(?=\s*[,;.)]|\s+and\s|\s+who\s|\s+in\s|\s*$)",
)
# … and head of the State of the Law Coalition
CONTINUATION = re.compile(
    rf"^\s+and\s+(?:the\s+)?(?P<role>{MODIFIERS}\b(?i:{ROLE_WORDS})\b)\s+(?:of|at|for)\s+(?P<org>{ORG})(?=\s*[,;.)]|\s*$)",
)
# former Iraqi prime minister Nouri al-Maliki · Turkish Foreign Minister Hakan Fidan
TITLE = re.compile(
    rf"(?P<mod>{MODIFIERS})(?P<org>(?:[A-Z][\w'’]+\s+){{0,2}}?)(?P<word>\b(?i:{ROLE_WORDS})\b)\s+(?P<name>{NAME}|{WORD})",
)
# MİT Başkanı İbrahim Kalın · Dışişleri Bakanı Hakan Fidan · Cumhurbaşkanı Recep Tayyip Erdoğan
TURKISH = re.compile(
    rf"(?P<mod>eski\s+)?(?P<org>(?:[A-ZÇĞİÖŞÜ][\wçğıöşüÇĞİÖŞÜ]*\s+){{0,4}}?)"
    rf"(?P<word>Başkanı|Bakanı|Müdürü|Genel\s+Müdürü|Sözcüsü|Büyükelçisi|Valisi|Başkan\s+Yardımcısı|"
    rf"Genel\s+Sekreteri|Komutanı|Cumhurbaşkanı|Başbakan|Başbakanı|Lideri|Genel\s+Başkanı)\s+(?P<name>{NAME}|{WORD})",
)
_NOT_A_NAME = re.compile(
    r"^(?:The|A|An|In|On|At|And|But|During|After|Before|While|This|That|Minister|President|Prime|"
    r"Foreign|Chief|Head|Director|General|Former)\b"
)
_ROLE_CI = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
_NOT_PERSON = re.compile(
    rf"{ORG_WORDS.pattern}|\b(?:Officer|Executive|Street|Square|City|Province|Region|Road|Residence|Avenue|"
    r"Hall|Center|Centre|Park|Hotel|Airport|Station|Bridge|Building|Tower|Stadium|Campaign|Jr|Sr)\b"
)


@dataclass(frozen=True)
class RoleClaim:
    person: str
    role: str
    organization: str | None
    former: bool
    sentence: str


@register("people.role", "Person's role to verify", order=50)
def people_roles(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    when = doc.reference_date.isoformat()
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for sentence in doc.sentences:
        if not sentence.is_headline and is_title_case(sentence.text):
            continue  # navigation and "trending" lists, not prose
        for claim in find_roles(sentence.text):
            key = (claim.person.lower(), claim.role.lower())
            if key in seen:
                continue
            seen.add(key)
            role = claim.role + (f" of {claim.organization}" if claim.organization else "")
            check = f"they held it before {when} and no longer did then" if claim.former else f"they held it on {when}"
            items.append(
                Item(
                    check="people.role",
                    severity="low",
                    title=f"Role to verify: {claim.person} — {role}",
                    detail=f"Check that {check} (the article's date): Wikidata “position held” or an official source.",
                    evidence=[Evidence(claim.sentence)],
                    data={
                        "person": claim.person,
                        "role": claim.role,
                        "organization": claim.organization,
                        "former": claim.former,
                        "at": when,
                    },
                )
            )
    return items


def find_roles(text: str) -> list[RoleClaim]:
    """Every person–role pair stated in one sentence, in order of appearance."""
    found: list[tuple[int, RoleClaim]] = []
    for match in APPOSITIVE.finditer(text):
        name = match.group("name")
        found.append((match.start(), _claim(name, match.group("role"), match.group("org"), text)))
        rest = CONTINUATION.match(text[match.end() :])
        if rest:
            found.append((match.start() + 1, _claim(name, rest.group("role"), rest.group("org"), text)))
    for pattern in (TITLE, TURKISH):
        for match in pattern.finditer(text):
            if " " not in match.group("name").strip() and not _SURNAME_TITLES.fullmatch(match.group("word")):
                continue  # a surname alone only after a formal title: "President Erdoğan"
            role = (match.group("mod") or "") + match.group("word")
            found.append((match.start(), _claim(match.group("name"), role, match.group("org"), text)))
    claims: list[RoleClaim] = []
    for _, claim in sorted(found, key=lambda pair: pair[0]):
        if (
            _NOT_A_NAME.match(claim.person)
            or _ROLE_CI.search(claim.person)
            or _NOT_PERSON.search(claim.person)
            or claim.person.lower() in STOP
        ):
            continue
        if all((c.person, c.role) != (claim.person, claim.role) for c in claims):
            claims.append(claim)
    return claims


def _claim(name: str, role: str, org: str | None, sentence: str) -> RoleClaim:
    role = " ".join(role.split())
    former = bool(re.match(r"(?:former|ex-|eski)\b", role, re.IGNORECASE))
    org = " ".join(org.split()).removeprefix("the ").strip() if org else None
    return RoleClaim(_person(name), role, org or None, former, sentence)


def _person(name: str) -> str:
    """Drop Turkish case endings: "İbrahim Kalın Bağdat'ta" → "İbrahim Kalın", "Erdoğan'ın" → "Erdoğan"."""
    words = name.split()
    for n, word in enumerate(words[2:], 2):
        if _CASE_ENDING.search(word):
            words = words[:n]
            break
    words[-1] = _CASE_ENDING.sub("", words[-1])
    return " ".join(words)


_SURNAME_TITLES = re.compile(
    r"President|Prime\s+Minister|Chancellor|Governor|Mayor|Senator|Minister|Ambassador|"
    r"Cumhurbaşkanı|Başbakan|Başkanı|Bakanı|Valisi|Büyükelçisi"
)
_CASE_ENDING = re.compile(r"['’][a-zçğıöşü]+$")
