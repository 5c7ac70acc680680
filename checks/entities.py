"""Names and key terms in a sentence, without a language model.

Capitalised word runs in Latin script (Turkish letters and Arabic-name particles such as
"al-" included) are good enough to build search queries ("İbrahim Kalın" Iraq visit) and
to delimit the person in a role phrase. Words that are capitalised only because they start
a sentence, and function words, are dropped.
"""

from __future__ import annotations

import re

# Latin Extended-A alternates capitals and small letters, so its letters are listed by case
# (a range such as "Ā-Ķ" would count č and ł as capitals).
_EXTENDED_A = [chr(code) for code in range(0x100, 0x180)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
WORD = rf"[{UPPER}][{LOWER}{UPPER}'’\-]*[{LOWER}]"
PARTICLE = r"(?:al-|el-|Al-|El-|bin\s|ibn\s|de\s|da\s|van\s|von\s|der\s|bint\s|Abu\s|abu\s)"
# Two to four capitalised words: "İbrahim Kalın", "Nouri al-Maliki", "Recep Tayyip Erdoğan".
NAME = rf"{WORD}(?:\s+{PARTICLE}?{WORD}|\s+{PARTICLE}{WORD}){{1,3}}"
_CAPITALISED_RUN = re.compile(rf"{PARTICLE}?{WORD}(?:\s+(?:of\s+the\s+|of\s+|for\s+)?{PARTICLE}?{WORD})*")
STOP = frozenset(
    """the a an in on at of for and or but with from by to as this that these those his her
    their its it he she they we you i after before during while when where which who what
    however meanwhile also today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december news discussions previous border officials how why""".split()
)
_EVENT = re.compile(
    r"\b(?:first[-\s]ever|historic|landmark|unprecedented|record|first)\s+(?:[\w'’-]+\s+)?"
    r"(?P<event>visit|trip|meeting|talks|summit|deal|agreement|election|strike|attack|launch|"
    r"ruling|decision|match|win|victory|flight|mission|tour|conference|treaty|law|vote)\b",
    re.IGNORECASE,
)
MAX_TERMS = 3


def names(text: str) -> list[str]:
    """Capitalised runs of words, most specific first, sentence-initial noise removed."""
    found: list[str] = []
    for match in _CAPITALISED_RUN.finditer(text):
        run = match.group(0)
        words = run.split()
        while words and words[0].lower() in STOP:
            words = words[1:]
        while words and words[-1].lower() in STOP:
            words = words[:-1]
        if not words:
            continue
        run = " ".join(words)
        if run.lower() in STOP or len(run) < 3:
            continue
        if run not in found:
            found.append(run)
    return found


ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Party|Council|Coalition|Agency|Association|Union|Committee|"
    r"Office|Department|Government|Parliament|Assembly|Bank|Company|Corporation|Group|Institute|"
    r"University|Court|Commission|Authority|Forces|Army|Police|Service|Front|Movement|News|Media)\b"
)
# Nationality adjectives by suffix, plus the common ones no suffix tells from a surname
# ("Iraqi" vs "Al-Sudani", "Afghan" vs "Erdoğan").
_DEMONYM = re.compile(r"(?:ish|ese|ian|ean|can)$")
_DEMONYMS = frozenset(
    """iraqi israeli saudi kuwaiti emirati yemeni omani qatari bahraini pakistani bangladeshi
    azerbaijani nepali somali afghan libyan thai greek french dutch swiss""".split()
)


def is_title_case(text: str) -> bool:
    """Headlines in Title Case make every word look like a name."""
    words = [w for w in text.split() if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.9


def key_terms(sentence: str, context: str | None = None) -> list[str]:
    """A few search terms for the event a sentence describes: a person, a place, then an
    organisation, and the event word ("visit"). A Title Case headline takes its names from
    ``context`` (the lede) instead."""
    source = context if context and is_title_case(sentence) else sentence
    ranked = sorted(names(source), key=lambda n: (_rank(n), source.find(n)))
    text = f"{sentence} {context or ''}"
    picked: list[str] = []
    for name in ranked:
        if _rank(name) >= 4 or any(name in p or p in name for p in picked):
            continue
        if " " not in name and _initial(name, source) and re.search(rf"\b{re.escape(name.lower())}\b", text):
            continue  # "Death toll in …" with "the death" further on: a capitalised common word
        picked.append(name)
        if len(picked) == MAX_TERMS - 1:
            break
    event = _EVENT.search(sentence) or (_EVENT.search(context) if context else None)
    if event:
        picked.append(event.group("event").lower())
    return picked[:MAX_TERMS]


def _initial(word: str, text: str) -> bool:
    """Whether ``word`` starts ``text`` or a sentence or clause in it (capitalised by position)."""
    return bool(re.search(rf"(?:^|[.:!?]\s+){re.escape(word)}\b", text))


def _rank(name: str) -> int:
    words = name.split()
    if name.isupper():
        return 3
    if ORG_WORDS.search(name) or "'s" in name or "’s" in name:
        return 2
    if len(words) == 1:
        return 4 if _is_demonym(name) else 1
    return 0


def _is_demonym(word: str) -> bool:
    if "-" in word or word.endswith(("stan", "land")):
        return False
    return word.lower() in _DEMONYMS or bool(_DEMONYM.search(word))
