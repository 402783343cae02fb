"""Groups turned into the entity and mention records the store keeps."""

from __future__ import annotations

from ...records import EntityRecord, GEO_KEY, MentionRecord
from ...names import name_key
from .base import _Group, ROLE_BY_LABEL
from .grouping import _by_preference


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
        mentions += [MentionRecord(m.seq, m.start, m.end, m.text, key) for m in g.mentions]
    mentions.sort(key=lambda m: (m.seq, m.start))
    return entities, mentions
