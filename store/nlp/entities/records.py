"""Groups turned into the entity and mention records the store keeps."""

from __future__ import annotations

import re

from ...records import EntityRecord, GEO_KEY, MentionRecord
from ...names import name_key
from .base import _Group, ROLE_BY_LABEL
from .grouping import _by_preference

# "Washington, D.C.", which recall reads as one span (the capital, never the state of its name): the city's name and the
# federal district's initials, the two names copy gives the place, each a form of it as "D.C." alone is
# (merge._states_by_their_abbreviations).
_CITY_AND_DISTRICT = re.compile(r"(?P<city>Washington),?\s+(?P<district>D\.C\.)")


def _records(groups: list[_Group]) -> tuple[dict[str, EntityRecord], list[MentionRecord]]:
    entities: dict[str, EntityRecord] = {}
    mentions: list[MentionRecord] = []
    for g in groups:
        if not any("headline" not in m.evidence for m in g.mentions):
            continue
        # Headline forms are no aliases (case misleads there), but an acronym of the body's long name is.
        body = [m for m in g.mentions if "headline" not in m.evidence or "acronym" in m.evidence]
        name = _by_preference(g)[0]
        if name.isupper() and g.evidence & {"dateline", "title"} and "acronym" not in g.evidence:
            name = name.title()  # "ANBAR" from a dateline, "JAPAN" from a wire's title
        role = ROLE_BY_LABEL[g.label]
        if g.label == "NORP" and "plural" not in g.evidence:
            role = "other"  # "Iraqi" describes; "Kurds" act
        key = f"{GEO_KEY}{g.place.geonameid}" if g.place else f"{role}:{name_key(name)}"
        record = entities.get(key)
        if record is None:
            record = entities[key] = EntityRecord(
                key=key, name=name, type=g.label, role=role,
                lat=g.place.lat if g.place else None, lon=g.place.lon if g.place else None,
            )
        record.aliases |= {m.text for m in body} | {name}
        named_elsewhere = {m.text for h in groups if h.place is None or g.place is None or h.place.geonameid != g.place.geonameid
                           for m in h.mentions if h is not g}
        written_alone = {m.text for m in g.mentions}
        for m in g.mentions:
            parts = _city_and_district(m.text, named_elsewhere, written_alone)
            record.aliases |= {text for _, _, text in parts} if "headline" not in m.evidence else set()
            mentions += [MentionRecord(m.seq, m.start + start, m.start + end, text, key) for start, end, text in parts]
    mentions.sort(key=lambda m: (m.seq, m.start))
    return entities, mentions


def _city_and_district(text: str, named_elsewhere: set[str], written_alone: set[str]) -> list[tuple[int, int, str]]:
    """A mention's parts as (start, end, text) within it: "Washington, D.C." as the city's name and the district's
    initials, two forms of one place, where the article calls no other thing by the city's name (the state in
    "Colorado, Washington, Alaska and Oregon" beside "Washington, D.C." keeps it) and does not write both alone for the
    place already (then the whole is a form of its own); any other mention whole."""
    m = _CITY_AND_DISTRICT.fullmatch(text)
    if m is None or m["city"] in named_elsewhere or {m["city"], m["district"]} <= written_alone:
        return [(0, len(text), text)]
    return [(m.start("city"), m.end("city"), m["city"]), (m.start("district"), m.end("district"), m["district"])]
