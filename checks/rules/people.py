"""``people.role``: a person given a role — "İbrahim Kalın, the director of Turkey's National
Intelligence Organization (MIT)", "former Iraqi prime minister Nouri al-Maliki", "Mayor of
New York City Eric Adams", "Bundesjustizminister Heiko Maas", "MİT Başkanı İbrahim Kalın",
"Emmanuel Macron, le président de la République", «رئيس جهاز الاستخبارات التركية إبراهيم كالن».

Person and role are bounded exactly: name particles (von der, de, al-, bin) stay in the
name, multi-word places and organisations stay in the role, compound and hyphenated titles
("Major General", "Co-founder", "Staatspräsident") stay whole, and a Turkish case suffix
or a place after the name ("Kalın Bağdat'ta") is cut. The title shows the role in the
article's own words; ``role`` and ``organization`` are also kept apart so corroboration can
check them against Wikidata ("position held") at the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.claimterms import STOP
from checks.document import Document
from checks.entities import LOWER, UPPER, WORD, is_title_case
from checks.registry import register
from checks.report import Evidence, Item
from checks.settings import CheckSettings

PARTICLE = r"(?:(?:von|van)\s+(?:der|den|de)\s+|von\s+|van\s+|de\s+la\s+|de\s+|del\s+|della\s+|di\s+|da\s+|dos\s+|bin\s+|ibn\s+|bint\s+|al-|el-|Al-|El-|Abu\s+)"  # noqa: E501
NAME = rf"{WORD}(?:\s+{PARTICLE}?{WORD}){{1,2}}"
GIVEN = rf"{WORD}"

ROLE_WORDS = (
    r"chief\s+(?:medical|operating|financial|technology|information|executive)\s+officer|prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|interior\s+minister|finance\s+minister|minister|"
    r"president-elect|president|director[-\s]general|director|chief\s+executive(?:\s+officer)?|chief\s+of\s+staff|"
    r"chairman|chairwoman|chairperson|chair|leader|head|chief|spokes(?:man|woman|person)|ambassador|governor|mayor|"
    r"secretary[-\s]general|secretary\s+of\s+(?:state|defen[cs]e|the\s+treasury|homeland\s+security)|secretary|speaker|commander|major\s+general|lieutenant\s+general|brigadier\s+general|"
    r"general|admiral|CEO|CFO|COO|founder|(?-i:King|Queen|Emir|Crown\s+Prince)|senator|congressman|congresswoman|"
    r"lawmaker|MP|judge|envoy|advis[eo]r|coordinator|chancellor|prosecutor|attorney\s+general|"
    r"representative|commissioner|coach|manager|editor|professor|economist|analyst"
)
_MOD = r"(?:(?:former|ex-|acting|deputy|interim|outgoing|incoming|then-|current|newly\s+appointed|vice[-\s]|co-|assistant\s+|associate\s+|senior\s+|executive\s+|press\s+|managing\s+|general\s+)\s*)*"  # noqa: E501
_FIELD = (
    r"(?:press|poetry|foreign|health|finance|economics|politics|political|sports|fashion|art|music|science|"
    r"business|defen[cs]e|news|managing|executive|deputy|regime|party|opposition|team|club|legal|medical)"
)
_PLACE = rf"(?:the\s+)?(?:{WORD}|[{UPPER}]{{2,6}}|St\.)(?:\s+(?:{WORD}|[{UPPER}]{{2,6}}|of|the|and|for|St\.)){{0,5}}"
_CAP = rf"(?:{WORD}|[{UPPER}]{{2,6}})"
_ORG_WORD = rf"(?:[{UPPER}][\w'’&.-]*|[{UPPER}]{{2,8}})"
ORG = (
    rf"(?:the\s+)?{_ORG_WORD}(?:\s+(?:(?:of|the|and|for|on|&)\s+)*{_ORG_WORD}){{0,8}}(?:\s*\([{UPPER}]{{2,10}}\))?"
)

# After a role with no organisation comes punctuation or a clause, not more of the title
# ("deputy chief medical officer" must not stop at "deputy chief").
_ROLE_END = r"(?=\s*[,;.)]|\s+(?:and|who|which|in|on|at|from|since|until|with|has|had|have|is|was|said|says)\b|\s*$)"
# İbrahim Kalın, the director of Turkey's National Intelligence Organization (MIT),
APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?i:{_MOD})(?:{_CAP}\s+){{0,3}}?(?i:{ROLE_WORDS}))\b"
    rf"(?:\s+(?:of|at|for|to)\s+(?P<org>{ORG})(?=\s*[,;.()]|\s+[a-z]|\s*$)|{_ROLE_END})",
)
CONTINUATION = re.compile(
    rf"^\s+and\s+(?:the\s+)?(?P<role>(?i:{_MOD})\b(?i:{ROLE_WORDS}))\s+(?:of|at|for)\s+(?P<org>{ORG})"
    r"(?=\s*[,;.)]|\s+[a-z]|\s*$)",
)
# Mayor of New York City Eric Adams · Vice-President of the European Commission Ursula von der Leyen
TITLE_OF = re.compile(
    rf"(?<![\w-])(?P<role>(?=[{UPPER}])(?i:{_MOD})(?:{_CAP}\s+){{0,3}}?(?i:{ROLE_WORDS}))\s+of\s+(?P<org>{_PLACE})\s+(?P<name>{GIVEN}\s+{PARTICLE}?{WORD})(?!\s+{WORD})",
)
# former Iraqi prime minister Nouri al-Maliki · Department of Correction spokesman Frank Dwyer
TITLE = re.compile(
    rf"(?<![\w-])(?P<role>(?i:{_MOD})(?:(?:{_CAP}|{_FIELD})(?:\s+(?:of|and|for)(?:\s+the)?)?\s+){{0,6}}?"
    rf"(?i:{ROLE_WORDS}))\s+"
    rf"(?P<name>{NAME}|{WORD})",
)
# Bundesjustizminister Heiko Maas · Staatspräsident Emmanuel Macron · CDU-Chef Friedrich Merz
_DE_ROLE = (
    r"minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|vorsitzende|vorsitzender|sprecher|"
    r"sprecherin|bürgermeister|bürgermeisterin|botschafter|botschafterin|direktor|direktorin|gouverneur|senator|"
    r"senatorin|abgeordnete|abgeordneter|generalsekretär|generalsekretärin|general|leiter|leiterin|trainer|gründer|"
    r"gründerin|geschäftsführer|geschäftsführerin|staatssekretär|staatssekretärin|regierungschef|regierungschefin"
)
_DE_TITLE = rf"(?=[{UPPER}])[{UPPER}{LOWER}]*?(?i:{_DE_ROLE})\b"
GERMAN = re.compile(
    rf"(?P<role>(?:(?:Ex-|ehemalige[rn]?\s+|frühere[rn]?\s+|designierte[rn]?\s+)?)(?:[{UPPER}][\w-]*-)?"
    rf"{_DE_TITLE})\s+(?P<name>{GIVEN}(?:\s+{PARTICLE}?{WORD}){{0,2}}?)(?!\s+{PARTICLE})(?=\s*[,.;:()\[]|\s+[a-zäöüß]|\s*$)",
)
DE_APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:der|die)\s+(?P<role>(?:[\w-]+\s+)?{_DE_TITLE})\s+"
    rf"(?P<org>(?:der|des|von|im)\s+[^,;.()]{{2,80}}?)(?=\s*[,;.)]|\s*$)",
)
# Emmanuel Macron, le président de la République · Pedro Sánchez, presidente del Gobierno
ROMANCE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:le|la|l['’]|el|la|o|a)\s*)?(?P<role>(?:ancien\s+|ancienne\s+|ex-?)?"
    r"(?:président|présidente|directeur|directrice|ministre|porte-parole|maire|secrétaire\s+général|chef|fondateur|"
    r"fondatrice|PDG|presidente|presidenta|ministro|ministra|director|directora|portavoz|alcalde|alcaldesa|"
    r"secretario\s+general|jefe|jefa|fundador|fundadora|diretor|diretora|prefeito|prefeita))"
    rf"\s+(?P<org>(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|del\s+|de\s+|da\s+|do\s+)[^,;.()]{{2,80}}?)(?=\s*[,;.)]|\s*$)",
)
ROMANCE_TITLE = re.compile(
    r"\b(?P<role>(?:le|la|el)\s+(?:président|présidente|presidente|presidenta|ministre|ministro|ministra|"
    r"premier\s+ministre|chancelière|chancelier|canciller)(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|del\s+|de\s+)"
    rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?)?)\s+(?P<name>{NAME})",
)
# MİT Başkanı İbrahim Kalın · Dışişleri Bakanı Hakan Fidan · Cumhurbaşkanı Recep Tayyip Erdoğan
_TR_WORD = r"[A-ZÇĞİÖŞÜ][\wçğıöşüÇĞİÖŞÜ]*"
TURKISH = re.compile(
    rf"(?P<role>(?:eski\s+)?(?:{_TR_WORD}\s+(?:ve\s+)?){{0,3}}?(?:Başkanı|Bakanı|Müdürü|Genel\s+Müdürü|Sözcüsü|Büyükelçisi|"
    rf"Valisi|Başkan\s+Yardımcısı|Genel\s+Sekreteri|Komutanı|Cumhurbaşkanı|Başbakan|Başbakanı|Lideri|"
    rf"Genel\s+Başkanı))\s+(?P<name>{_TR_WORD}(?:['’][a-zçğıöşü]+)?(?:\s+{_TR_WORD}(?:['’][a-zçğıöşü]+)?){{0,2}})",
)
# «رئيس جهاز الاستخبارات التركية إبراهيم كالن» · «نوري المالكي، رئيس الوزراء الأسبق،»
_AR_ROLE = r"رئيس|رئيسة|وزير|وزيرة|مدير|مديرة|سفير|نائب|قائد|زعيم|أمين\s+عام|المتحدث\s+باسم|الناطق\s+باسم"
_AR_CONSTRUCT = r"جهاز|هيئة|مجلس|حزب|وزارة|دولة|إقليم|حكومة|ائتلاف|حركة|منظمة|جمهورية|الوزراء"
ARABIC = re.compile(
    rf"(?P<role>(?:ال)?(?:{_AR_ROLE})(?:\s+(?:ال[^\s،,.]+|{_AR_CONSTRUCT}))+)\s+"
    r"(?P<name>(?!ال|في\s|إلى\s|مع\s|على\s|خلال\s|من\s|عن\s|أن\s|إن\s|قد\s|لم\s|لأول\s|للمرة\s|منذ\s|بعد\s|قبل\s)"
    r"[^\s،,.]+\s+(?!مرة|منذ|في|إلى)(?:ال)?[^\s،,.]+)"
    r"(?=\s*[،,.:]|\s+(?:في|إلى|مع|على|خلال|من|عن|اليوم|أمس|يوم|الذي|التي|محادثات|اجتماعا)\s)",
)
AR_APPOSITIVE = re.compile(
    r"(?P<name>(?:[^\s،,.]+\s+){1,2}[^\s،,.]+)\s*،\s*(?P<role>(?:رئيس|وزير|مدير|سفير|نائب|قائد|زعيم|سەرۆکی|وەزیری|"
    r"بەڕێوەبەری)\s+[^،,.]{3,80}?)\s*[،,.]",
)
SORANI = re.compile(
    r"(?P<role>(?:سەرۆکی|وەزیری|بەڕێوەبەری|جێگری|گوتەبێژی|باڵیۆزی)(?:\s+\S+){1,4}?)\s*،\s*(?P<name>\S+\s+\S+)\s*،",
)
_NOT_PERSON = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Party|Council|Coalition|Agency|Association|Union|Committee|Office|Department|"
    r"Government|Parliament|Assembly|Bank|Company|Corporation|Group|Institute|University|Court|Commission|"
    r"Authority|Forces|Army|Police|Services?|Front|Movement|News|Media|Officer|Executive|Street|Square|City|"
    r"Province|Region|Road|Residence|Avenue|Hall|Center|Centre|Park|Hotel|Airport|Station|Bridge|Building|Tower|"
    r"Stadium|Campaign|Jr|Sr|House|Senate|Congress|Republic|State|States|Minister|President|Prime|Foreign|Chief|"
    r"Head|Director|General|Former|Regierung|Ministerium|Partei|Bundestag|Hospital|School|Church|Museum|Clinic|"
    r"Library|Fund|Foundation|Trust|Corp|Inc|Ltd|LLC|Magistrate|Judge|Justice|Secretary|Officer|Mountain|Lake|"
    r"River|County|District|Prize|Award|Cup|League|Festival|Dr|Mr|Mrs|Ms|Prof|Examiner|Manager)\b"
)
_ROLE_CI = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
_LOCATIVE = re.compile(r"['’](?:da|de|ta|te)$")
_CASE = re.compile(r"['’][a-zçğıöşü]+$")
_SURNAME_TITLES = re.compile(
    r"(?:President|Prime\s+Minister|Chancellor|Governor|Mayor|Senator|Minister|Ambassador|General|Cumhurbaşkanı|"
    r"Başbakan|Başkanı|Bakanı|Valisi|Büyükelçisi)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleClaim:
    person: str
    role: str  # the role words as written ("former Iraqi prime minister", "MİT Başkanı")
    organization: str | None  # what the role is "of", as written, when stated apart
    former: bool
    sentence: str
    as_written: str  # role and organisation exactly as the article words them


@register("people.role", "Person's role to verify", order=50)
def people_roles(doc: Document, settings: CheckSettings) -> list[Item]:
    del settings
    when = doc.reference_date.isoformat()
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for sentence in doc.sentences:
        if not sentence.is_headline and is_title_case(sentence.text):
            continue  # navigation and "trending" lists, not prose
        for claim in find_roles(sentence.text, sentence.lang):
            key = (claim.person.lower(), claim.as_written.lower())
            surname = (claim.person.split()[-1].lower(), claim.as_written.lower())
            if key in seen or surname in seen:
                continue  # "Trump — US-Präsident" after "Donald Trump — US-Präsident"
            seen.update({key, surname})
            check = f"they held it before {when} and no longer did then" if claim.former else f"they held it on {when}"
            items.append(
                Item(
                    check="people.role",
                    severity="low",
                    title=f"Role to verify: {claim.person} — {claim.as_written}",
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


def find_roles(text: str, lang: str = "en") -> list[RoleClaim]:
    """Every person–role pair stated in one sentence in its language, in order of appearance."""
    found: list[tuple[int, RoleClaim]] = []
    quick = _QUICK.get(lang)
    if quick is not None and not quick.search(text):
        return []  # no title word at all: spares the sentence the full patterns
    if lang == "en":
        for match in APPOSITIVE.finditer(text):
            name = match.group("name")
            found.append((match.start(), _claim(name, match.group("role"), match.group("org"), text, _span(match))))
            rest = CONTINUATION.match(text[match.end() :])
            if rest:
                span = _span(rest, match.end())
                found.append((match.start() + 1, _claim(name, rest.group("role"), rest.group("org"), text, span)))
        taken: list[tuple[int, int]] = []
        for match in TITLE_OF.finditer(text):
            taken.append(match.span())
            claim = _claim(match.group("name"), match.group("role"), match.group("org"), text, _span(match))
            found.append((match.start(), claim))
        for match in TITLE.finditer(text):
            if any(s <= match.start("name") < e for s, e in taken):
                continue
            if " " not in match.group("name").strip() and not _SURNAME_TITLES.search(match.group("role")):
                continue  # a surname alone only after a formal title: "President Erdoğan"
            found.append((match.start(), _claim(match.group("name"), match.group("role"), None, text, _span(match))))
    patterns = {
        "de": (GERMAN, DE_APPOSITIVE),
        "fr": (ROMANCE, ROMANCE_TITLE),
        "es": (ROMANCE, ROMANCE_TITLE),
        "pt": (ROMANCE,),
        "tr": (TURKISH,),
        "ar": (ARABIC, AR_APPOSITIVE),
        "ckb": (AR_APPOSITIVE, SORANI),
    }.get(lang, ())
    for pattern in patterns:
        for match in pattern.finditer(text):
            org = match.groupdict().get("org")
            found.append((match.start(), _claim(match.group("name"), match.group("role"), org, text, _span(match))))
    claims: list[RoleClaim] = []
    for _, claim in sorted(found, key=lambda pair: pair[0]):
        if not claim.person or _not_a_person(claim.person, lang):
            continue
        if all((c.person, c.role) != (claim.person, claim.role) for c in claims):
            claims.append(claim)
    return claims


_OPENERS = frozenset(
    "but and or the a an in on at after before when while as so then yet also even now meanwhile however if "
    "because since with from for by to of der die das und aber le la les et mais el los las y pero".split()
)
_QUICK = {
    "en": re.compile(rf"\b(?:{ROLE_WORDS}|officer)\b", re.IGNORECASE),
    "de": re.compile(rf"(?:{_DE_ROLE})", re.IGNORECASE),
}
_DE_ROLE_WORD = re.compile(rf"(?i:{_DE_ROLE})$")


def _not_a_person(person: str, lang: str) -> bool:
    words = person.split()
    if words[0].lower() in STOP or _NOT_PERSON.search(person):
        return True
    if lang == "de" and any(_DE_ROLE_WORD.search(w) for w in words):
        return True
    return lang == "en" and bool(_ROLE_CI.search(person))


_ORG_LEAD = re.compile(r"^(?:the\s|de\s+la\s|de\s+l['’]|der\s|des\s|del\s|du\s|d['’]|de\s|da\s|do\s|von\s|im\s)\s*")


def _span(match: re.Match[str], offset: int = 0) -> tuple[int, int]:
    """Where the role (and its organisation, when stated) is written in the sentence."""
    org = match.groupdict().get("org")
    end = match.end("org") if org else match.end("role")
    return offset + match.start("role"), offset + end


def _claim(name: str, role: str, org: str | None, sentence: str, span: tuple[int, int]) -> RoleClaim:
    words = role.split()
    dropped = 0
    while len(words) > 1 and words[0].lower() in _OPENERS:  # "But Vice-President …": an opener, not a title
        dropped += 1
        words = words[1:]
    role = " ".join(words)
    written = sentence[span[0] : span[1]].split()[dropped:]
    org = " ".join(org.split()).strip() if org else None
    former = bool(re.match(r"(?:former|ex-|eski|ehemalige|frühere|ancien|ancienne|ex\b)", role, re.IGNORECASE))
    org_field = _ORG_LEAD.sub("", org) if org else None
    return RoleClaim(_person(name), role, org_field or None, former, sentence, " ".join(written))


def _person(name: str) -> str:
    """Cut a place after the name and Turkish case endings: "Kalın Bağdat'ta" → "Kalın", "Erdoğan'ın" → "Erdoğan"."""
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Herr", "Frau", "M", "Mme"):
        words = words[1:]
    for n, word in enumerate(words[1:], 1):
        if _LOCATIVE.search(word) or (n >= 2 and _CASE.search(word)):
            words = words[:n]
            break
    words[-1] = _CASE.sub("", words[-1])
    return " ".join(words)
