"""Roles against Wikidata: is "İbrahim Kalın, the director of Turkey's National Intelligence
Organization" true on the article's date? ``supported``, ``contradicted`` (a high item) or
``unknown`` — and never ``contradicted`` on a guess (an unknown end date, an unmatched label).
"""

from __future__ import annotations

import re
from datetime import date

from checks.corroboration.text import WORD, tokens
from checks.providers.wikidata import Person, Position
from checks.report import Evidence, Item

_ROLE_FILLER = frozenset(
    """former ex acting deputy interim outgoing incoming then current the of eski newly appointed""".split()
)
_DEMONYM = re.compile(r"^[A-ZÇĞİÖŞÜ]\w*(?:i|ish|ese|ian|an)$")
_POSSESSIVE = re.compile(r"^(\w+)['’]s$")
_ROLE_NOUNS = frozenset({"chairman", "chairwoman", "spokesman", "spokeswoman"})
# Words of an office's label that name its department, not a place or body that could disagree.
_OFFICE_WORDS = tokens(
    """minister ministry secretary affairs foreign interior defence defense finance justice
    health education trade economy energy state general chief head office"""
)


def role_verdict(
    role: str, organization: str | None, former: bool, at: date, positions: list[Position]
) -> tuple[str, list[Position]]:
    """``supported``, ``contradicted`` or ``unknown``, with the matching positions.

    Role words are normalised like labels ("Foreign Affairs" = "foreign affair"). A position
    matches when its label holds every role word, and — when the label names more than the
    office — shares a stem with the organisation or country ("Iraqi" ~ "Iraq").
    """
    words = [w for w in WORD.findall(role) if w.lower() not in _ROLE_FILLER]
    qualifiers: set[str] = set()
    role_text: list[str] = []
    for word in words:
        possessive = _POSSESSIVE.match(word)
        if possessive and word[0].isupper():
            qualifiers |= tokens(possessive.group(1))
        elif _DEMONYM.match(word) and word.lower() not in _ROLE_NOUNS:
            qualifiers |= tokens(word)
        else:
            role_text.append(word)
    role_words = tokens(" ".join(role_text)) - _ROLE_FILLER
    place = _stems(tokens(organization or "") | qualifiers)
    matching = [p for p in positions if role_words and _label_matches(role_words, place, p.label)]
    if not matching:
        return "unknown", []
    states = {id(p): _state(p, at) for p in matching}
    held = [p for p in matching if states[id(p)] == "held"]
    if former:
        if held:
            return "contradicted", held
        ended = [p for p in matching if states[id(p)] == "ended"]
        return ("supported", ended) if ended else ("unknown", matching)
    if held:
        return "supported", held
    if any(states[id(p)] == "maybe" for p in matching):
        return "unknown", matching
    return "contradicted", matching


def _label_matches(role_words: set[str], place: set[str], label: str) -> bool:
    words = tokens(label)
    if not role_words <= words:
        return False
    extra = words - role_words - _OFFICE_WORDS
    return not place or not extra or bool(place & _stems(words))


def _state(position: Position, at: date) -> str:
    """``held``, ``ended`` (before ``at``), ``not_yet`` or ``maybe`` (started, end unknown)."""
    if position.start is not None and _before(at, position.start, position.start_precision):
        return "not_yet"
    if position.end_unknown:
        return "maybe"
    if position.end is not None and _before(position.end, at, position.end_precision):
        return "ended"
    return "held"


def _stems(words: set[str]) -> set[str]:
    return {w[:4] for w in words if len(w) >= 4 and w not in _ROLE_FILLER}


def _before(a: date, b: date, precision: int) -> bool:
    """``a`` strictly before ``b`` at the coarser of day/month/year precision."""
    if precision <= 9:
        return a.year < b.year
    if precision == 10:
        return (a.year, a.month) < (b.year, b.month)
    return a < b


def apply_roles(items: list[Item], found: dict[str, Person | None]) -> None:
    """Mark each ``people.role`` item with Wikidata's verdict (in place)."""
    for item in items:
        if item.check != "people.role" or item.data["person"] not in found:
            continue
        person = found[item.data["person"]]
        at = date.fromisoformat(item.data["at"])
        if person is None:
            item.data["wikidata"] = {"status": "unknown", "qid": None}
            item.detail += " Wikidata: no entry found for this name."
            continue
        entity = person.entity
        verdict, matched = role_verdict(
            item.data["role"], item.data.get("organization"), item.data["former"], at, person.positions
        )
        spans = "; ".join(f"{p.label} {span(p)}" for p in matched[:3])
        item.data["wikidata"] = {
            "status": verdict,
            "qid": entity.qid,
            "positions": [
                {"label": p.label, "start": _iso(p.start), "end": "unknown" if p.end_unknown else _iso(p.end)}
                for p in matched[:5]
            ],
        }
        item.evidence.append(
            Evidence(f"Wikidata {entity.qid}: {entity.label}", f"https://www.wikidata.org/wiki/{entity.qid}")
        )
        if verdict == "supported":
            item.detail += f" Wikidata supports it: {spans}."
        elif verdict == "contradicted":
            item.severity = "high"
            item.title = item.title.replace("Role to verify", "Role contradicted", 1)
            item.detail += (
                f" Wikidata contradicts it on {at.isoformat()}: {spans}. "
                "Correct the role or the date before publishing."
            )
        elif matched:
            item.detail += f" Wikidata cannot settle it for {at.isoformat()}: {spans}; verify with an official source."
        else:
            item.detail += " Wikidata does not list this position for them; verify with an official source."


def span(position: Position) -> str:
    end = "ended, date unknown" if position.end_unknown else (_iso(position.end) or "present")
    return f"({_iso(position.start) or '?'} – {end})"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
