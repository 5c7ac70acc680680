"""Names of countries, world regions and major cities, from the CLDR data Babel ships (already
installed with trafilatura's URL library): a possessive place ("China's top carmaker", "London's only
tram network") scopes a ranking to a place, where a company's possessive ("Tribune's largest
shareholder") only describes."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

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


@cache
def city_pattern(lang: str) -> str:
    """An alternation of the time-zone exemplar cities in the language (some 400: London, New York,
    Kolkata), longest first, case-sensitive: the cities a newsroom's rankings are most often scoped to.
    From Babel's own zone list, so no time-zone database is needed."""
    names = set()
    local = Locale.parse(lang).time_zones
    for zone in get_global("zone_territories"):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")):
            continue
        try:
            city = local[zone].get("city")
        except KeyError:  # a city CLDR spells as its zone does
            city = None
        city = city or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city[:1].isupper() and "," not in city:
            names.add(city)
    return "(?-i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
