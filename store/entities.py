"""Named entities: spaCy NER -> cleaned mentions -> canonical entities per article."""

from __future__ import annotations

import re
import unicodedata

from .model import EntityRecord, MentionRecord

ROLE_BY_LABEL = {
    "PERSON": "actor",
    "ORG": "actor",
    "NORP": "actor",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "LAW": "other",
    "PRODUCT": "other",
    "LANGUAGE": "other",
}

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim articles, possessives and punctuation from a span's edges."""
    span = text[start:end]
    m = _LEADING.match(span)
    if m:
        start += m.end()
        span = text[start:end]
    m = _POSSESSIVE.search(span)
    if m and len(span) > m.end() - m.start() + 1:
        end -= m.end() - m.start()
    while end > start and not text[end - 1].isalnum():
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return start, end


def name_key(name: str) -> str:
    """Spelling-insensitive key: case, accents, hyphens, apostrophes and 'al' articles folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['\u2019\u2018`.]", "", text)
    text = re.sub(r"[\s\-]+", " ", text).strip()
    return text


def entity_key(name: str, label: str) -> str:
    return f"{ROLE_BY_LABEL.get(label, 'other')}:{name_key(name)}"


def collect(docs: list[tuple[int, object]]) -> tuple[dict[str, EntityRecord], list[MentionRecord]]:
    """(paragraph seq, Doc) pairs -> entities of this article and their mentions."""
    entities: dict[str, EntityRecord] = {}
    mentions: list[MentionRecord] = []
    for seq, doc in docs:
        for ent in doc.ents:
            if ent.label_ not in ROLE_BY_LABEL:
                continue
            start, end = clean_span(doc.text, ent.start_char, ent.end_char)
            if end - start < 2:
                continue
            surface = doc.text[start:end]
            key = entity_key(surface, ent.label_)
            record = entities.get(key)
            if record is None:
                record = entities[key] = EntityRecord(
                    key=key, name=surface, type=ent.label_, role=ROLE_BY_LABEL[ent.label_]
                )
            record.aliases.add(surface)
            if len(surface) > len(record.name):
                record.name = surface
            mentions.append(MentionRecord(seq, start, end, surface, key))
    _merge_short_forms(entities, mentions)
    return entities, mentions


def _merge_short_forms(entities: dict[str, EntityRecord], mentions: list[MentionRecord]) -> None:
    """A surname alone ('Maliki') joins the one full name that ends with it."""
    people = [e for e in entities.values() if e.type == "PERSON"]
    redirect: dict[str, str] = {}
    for short in people:
        if " " in short.name:
            continue
        key = name_key(short.name)
        full = [
            p for p in people
            if p is not short and " " in p.name
            and name_key(p.name).split(" ")[-1].removeprefix("al") in {key, key.removeprefix("al")}
        ]
        if len(full) == 1:
            redirect[short.key] = full[0].key
    for old, new in redirect.items():
        entities[new].aliases |= entities.pop(old).aliases
    for m in mentions:
        m.entity_key = redirect.get(m.entity_key, m.entity_key)
