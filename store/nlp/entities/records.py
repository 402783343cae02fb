"""Groups turned into the entity and mention records the store keeps."""

from __future__ import annotations

from ...records import EntityRecord, GEO_KEY, MentionRecord
from ...names import name_key
from .base import _Group, ROLE_BY_LABEL
from .grouping import _by_preference
from .merge import _DISTRICTS_BY_THEIR_CITY
from ..gazetteer import state_abbreviated


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
        record.aliases |= {part.text for m in body for part in _city_and_its_district(m.seq, m.start, m.end, m.text, key)} | {name}
        mentions += [part for m in g.mentions for part in _city_and_its_district(m.seq, m.start, m.end, m.text, key)]
    mentions.sort(key=lambda m: (m.seq, m.start))
    return entities, mentions


def _city_and_its_district(seq: int, start: int, end: int, text: str, key: str) -> list[MentionRecord]:
    """A mention of a city and the initials of the federal district it is ("in Washington, D.C.,", one span), as the
    city's name and the district's initials, two mentions of the one place: copy calls it by either alone too ("in
    Washington", "D.C. insiders"), so each is a form of it, as the gold reads "Washington" and "D.C." (the place's name,
    "Washington, D.C.", stays its name and an alias)."""
    city, sep, initials = text.partition(", ") if ", " in text else text.partition(" ")
    district = _DISTRICTS_BY_THEIR_CITY.get(name_key(city))
    if district is None or not sep or " " in initials or name_key(state_abbreviated(initials) or "") != district:
        return [MentionRecord(seq, start, end, text, key)]
    return [MentionRecord(seq, start, start + len(city), city, key), MentionRecord(seq, end - len(initials), end, initials, key)]
