"""Search terms for a claim: who or what it is about (names) and what happened (the event).

Names are runs of capitalised words that are not capitalised merely because they open the
sentence ("Vor Wochen", "Jetzt Hände", "Even") and, in German, where every noun is
capitalised, runs of two or more words or acronyms only. The event is the noun the claim
is about ("first-ever visit" → visit, "highest unemployment" → unemployment). No terms is
a valid answer: the caller then says in words what to search for.
"""

from __future__ import annotations

import re

from checks.entities import UPPER, WORD, is_title_case

ACRONYM = rf"\b[{UPPER}]{{2,6}}\b"
PARTICLE = r"(?:al-|el-|Al-|El-|bin\s|ibn\s|de\s|da\s|van\s|von\s(?:der\s)?|der\s|bint\s|Abu\s|abu\s)"
_RUN = re.compile(rf"(?:{PARTICLE}?{WORD}|{ACRONYM})(?:\s+(?:of\s+the\s+|of\s+)?(?:{PARTICLE}?{WORD}|{ACRONYM}))*")
# Function words and sentence openers that are capitalised only by position, per language.
STOP = frozenset(
    """the a an in on at of for and or but with from by to as this that these those his her their its it he she
    they we you i after before during while when where which who what however meanwhile also today yesterday
    tomorrow even now then still yet so if there here our my your last next new first
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    der die das den dem des ein eine einer einem einen eines und oder aber mit von vor nach bei im am um zum zur
    in an auf aus für über unter wie wenn als auch jetzt noch nun doch so es er sie wir ihr ich man dieser diese
    dieses seit bis heute gestern morgen erst erstmals zum
    le la les un une des du de et ou mais avec pour par sur dans en ce cette ces il elle ils nous
    el los las una unos del y o pero con por para sobre en este esta estos ellos
    bir ve ile için bu şu da de""".split()
)
_EVENT_WORDS = (
    r"visit|trip|meeting|talks|summit|deal|agreement|election|strike|attack|launch|ruling|decision|match|win|victory|"
    r"flight|mission|tour|conference|treaty|law|vote|loss|profit|high|low|temperature|turnout|sales|rate|deficit|"
    r"Besuch|Reise|Treffen|Gipfel|Abkommen|Wahl|Streik|Angriff|Urteil|Entscheidung|Spiel|Sieg|Flug|Gesetz|"
    r"Abstimmung|Verlust|Gewinn|Höchststand|Tiefstand|Temperatur|Umsatz|Inflation|Arbeitslosigkeit|"
    r"visite|sommet|accord|élection|grève|attaque|victoire|loi|vote|visita|cumbre|acuerdo|elección|huelga|ataque|"
    r"victoria|ley|ziyaret|zirve|anlaşma|seçim|karar|zafer|زيارة|اتفاق|انتخابات|قمة"
)
_EVENT = re.compile(rf"\b(?P<event>{_EVENT_WORDS})\b", re.IGNORECASE)
MAX_NAMES = 2


def names(text: str, lang: str) -> list[str]:
    """Capitalised runs that look like names, position-capitalised words removed."""
    found: list[str] = []
    for match in _RUN.finditer(text):
        words = match.group(0).split()
        at_start = not text[: match.start()].strip(" \"'“„«(")
        while words and (words[0].lower() in STOP or (at_start and len(words) == 1)):
            words = words[1:]
            at_start = False
        while words and words[-1].lower() in STOP:
            words = words[:-1]
        if not words:
            continue
        if at_start and lang != "de" and len(words) == 1:
            continue  # a capitalised sentence opener
        if lang == "de" and len(words) == 1 and not re.fullmatch(ACRONYM, words[0]):
            continue  # German capitalises every noun: one word is no evidence of a name
        run = " ".join(words)
        if len(run) >= 3 and run not in found:
            found.append(run)
    return found


def event_of(text: str, trigger_start: int) -> str | None:
    """The event word in or nearest after the trigger, else anywhere in the sentence."""
    after = _EVENT.search(text, trigger_start)
    if after is not None and after.start() - trigger_start <= 60:
        return after.group("event").lower()
    anywhere = _EVENT.search(text)
    return anywhere.group("event").lower() if anywhere else None


def claim_terms(text: str, lang: str, trigger_start: int, context: str | None = None) -> list[str]:
    """Up to two names and the event word; a headline's names may come from the lede (``context``)."""
    found = names(text, lang)
    if context and is_title_case(text):
        found = names(context, lang) or found  # a Title Case headline capitalises every word
    elif context and not found:
        found = names(context, lang)
    picked: list[str] = []
    for name in sorted(found, key=lambda n: (_rank(n), found.index(n))):
        if _rank(n := name) >= 4 or any(n in p or p in n for p in picked):
            continue
        picked.append(name)
        if len(picked) == MAX_NAMES:
            break
    picked.sort(key=found.index)
    event = event_of(text, trigger_start)
    if event and all(event not in p.lower() for p in picked):
        picked.append(event)
    return picked


_ORG = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Party|Council|Coalition|Agency|Association|Union|Committee|Office|Department|"
    r"Government|Parliament|Assembly|Bank|Company|Corporation|Group|Institute|University|Court|Commission|"
    r"Authority|Forces|Army|Police|Service|Front|Movement|News|Media)\b|['’]s\b"
)
_DEMONYM = re.compile(r"(?:i|ish|ese|ian|an)$")


def _rank(name: str) -> int:
    """People and places first (multi-word, then single), organisations, acronyms; demonyms never."""
    if re.fullmatch(ACRONYM, name):
        return 3
    if _ORG.search(name):
        return 2
    if len(name.split()) == 1:
        return 4 if _DEMONYM.search(name) and not name.endswith(("stan", "land")) else 1
    return 0
