"""Names of countries and world regions, from the CLDR data Babel ships (already installed with
trafilatura's URL library): a possessive place ("China's top carmaker") scopes a ranking to a
nation, where a company's possessive ("Tribune's largest shareholder") only describes."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

# Everyday short forms the CLDR list does not give (it says "United Kingdom", "United States").
_EXTRA = {
    "en": ("Britain", "Great Britain", "America", "US", "U.S.", "UK", "EU", "England", "Scotland", "Wales"),
    "de": ("Großbritannien", "Amerika", "England", "Schottland", "Holland"),
}


@cache
def territory_pattern(lang: str) -> str:
    """An alternation of the language's country and region names, longest first, case-sensitive."""
    names = {name for name in Locale.parse(lang).territories.values() if name[:1].isupper()}
    names.update(_EXTRA.get(lang, ()))
    names = {n.replace("&", "and") for n in names} | names
    return "(?-i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
