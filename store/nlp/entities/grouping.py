"""Mentions grouped by spelling-insensitive key, and each group's label by vote."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from .. import recall
from ..gazetteer import Gazetteer
from ...names import is_acronym, LEGAL_FORMS, name_key, name_words, PARTY_SHORT_NAMES, surname_key
from .base import (
    _CORPORATE_SUFFIX, _Group, _LANGUAGE_NAME, _LAW_NAME, _Mention, _MIXED_ACRONYM, PEOPLES_SITE, PLACE_LABELS, _plural_word, WEAK_LABELS,
)


_LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART")

# A sports club's name: "Manchester United", "FC Porto", "Tottenham Hotspur" (the model takes many for people).
_CLUB = re.compile(r"^(?:FC|AC|AS|SC|CF|Real|Inter|Atletico|Sporting)\s\S|\S\s(?:United|FC|Hotspur|Rovers|Wanderers|Athletic)$")

# A firm's legal form as its name writes it ("Inc", "LLC", "plc"), which ends no person's name (as "Sa" or "Se" may).
_LEGAL_FORMS_WRITTEN = frozenset({w.capitalize() for w in LEGAL_FORMS if len(w) > 2} | {w.upper() for w in LEGAL_FORMS} | {"Co", "plc"})

# Evidence that a name is an actor or a place, which a product's reading never overrides.
_ACTING = frozenset({"person", "place", "organisation", "acronym", "dateline", "site"})


def _group_key(m: _Mention, surnames: AbstractSet[str] = frozenset(), lone: AbstractSet[str] = frozenset()) -> str | tuple[str, str]:
    key = name_key(m.text)
    if "member" in m.evidence:
        return ("member", key)  # "Schneider, a Democrat": his party's member, not "the Democrats"
    if "site" in m.evidence and PEOPLES_SITE not in m.evidence and key.rsplit(" ", 1)[0] not in surnames:
        # "Belmarsh prison" and "Belmarsh" are one place; but "the Trump hotel" is no "Mr. Trump" beside "Donald J.
        # Trump": a building named after a man the article names in full, whom his surname alone names
        key = key.rsplit(" ", 1)[0]
    if m.label == "ORG" or m.label not in PLACE_LABELS and m.text.split()[-1].rstrip(".") in _LEGAL_FORMS_WRITTEN:
        # "Boeing Co" is Boeing; "Leadplex LLC." and "Leadplex Inc", which the model took for people, one firm
        key = _CORPORATE_SUFFIX.sub("", key) or key
    if key.startswith("of ") and "place" in m.evidence:
        key = key[3:]  # "the State Of New Jersey", its title cut: the state
    if m.label == "NORP" and len(key) > 4 and _plural_word(key) and key[:-1] not in lone:  # "Enceladus" is no plural
        # "Sunnis" and "Sunni" are one group of people; but "the Rogans" beside "James E. Rogan" and "Mr. Rogan" is
        # his family, no short name of his
        key = key[:-1]
    return key


def _group(spans: list[_Mention]) -> list[_Group]:
    by_key: dict[tuple, _Group] = {}
    surnames = {surname_key(m.text) for m in spans if m.label == "PERSON" and len(name_words(m.text)) > 1}
    # the surnames the text writes alone for a person too ("Mr. Rogan"), whose plural is the family's
    lone = surnames & {surname_key(m.text) for m in spans if m.label == "PERSON" and len(name_words(m.text)) == 1}
    for m in spans:
        key = ("family", m.family) if m.family is not None else _group_key(m, surnames, lone)
        by_key.setdefault(key, _Group([])).mentions.append(m)
    return list(by_key.values())


def _vote_label(g: _Group, gaz: Gazetteer | None) -> str:
    label = _label_by_votes(g, gaz)
    if label == "PERSON" and g.aliases and all(recall.chamber_caucus(a) for a in g.aliases):
        return "NORP"  # "Even Senate Democrats who may share their desire": a caucus, no person (whose given name is "Senate")
    return label


def _label_by_votes(g: _Group, gaz: Gazetteer | None) -> str:
    evidence = g.evidence
    if 2 * sum("product" in m.evidence for m in g.mentions) > len(g.mentions) and not evidence & _ACTING \
            and not (gaz and any(gaz.country(a) or gaz.region(a) for a in g.aliases)):
        return "PRODUCT"  # named mostly as a product: "the Acme Watch solution", "a Suboxone strip" (not "the US system")
    if "work" in evidence and not evidence & _ACTING and not any(m.label == "PERSON" for m in g.mentions):
        return "WORK_OF_ART"  # "his first novel, Web of Angels": a title wherever it is written (not "the book Jo Roe wrote")
    counts = Counter(m.label for m in g.mentions if m.label)
    if "acronym" in evidence:
        long_name = max(g.aliases, key=len)
        if _LAW_NAME.search(long_name):
            return "LAW"  # "the Multi-Fibre Agreement (MFA)": a text, and its acronym with it
        if _LANGUAGE_NAME.search(long_name):
            return "LANGUAGE"  # "British Sign Language (BSL)": spoken, and its acronym with it
        return "GPE" if gaz and gaz.country(long_name) else "ORG"
    if "organisation" in evidence and "place" not in evidence or any(_CLUB.search(a) for a in g.aliases):
        return "ORG"
    if "employer" in evidence and not evidence & {"place", "person"} and 2 * sum(counts[lab] for lab in PLACE_LABELS | {"ORG"}) > counts.total() \
            and not (gaz and any(gaz.lookup(a) for a in g.aliases)):
        return "ORG"  # "the Wild" beside "Wild coach Bruce Boudreau": a team, though named like a place (not "London mayor")
    if _named_with_a_legal_form(g):
        return "ORG"
    if "place" in evidence:
        return next((lab for lab, _ in counts.most_common() if lab in PLACE_LABELS), "GPE")
    if "person" in evidence:
        return "PERSON"
    if "near" in evidence and all(m.label == "PERSON" and "near" in m.evidence for m in g.mentions):
        return "LOC"  # every mention is "near X": a place the gazetteer may not know
    strong = Counter({lab: n for lab, n in counts.items() if lab not in WEAK_LABELS}) or counts
    label = max(strong, key=lambda lab: (strong[lab], -_LABEL_PRIORITY.index(lab)))
    if label == "PERSON" and strong["ORG"] == strong["PERSON"] and all(name_key(a) in PARTY_SHORT_NAMES for a in g.aliases):
        return "ORG"  # "under Labour", "how Labour would fund" beside "match Labour's spending": a party's name, no one's
    if label in {"ORG", "NORP", "LOC"} and gaz and any(gaz.country(a) or gaz.region(a) for a in g.aliases):
        return "GPE"  # "Belarus said ...": a country acting is still a country; a state is a place
    if label == "PERSON" and gaz and any((len(a.split()) > 1 or is_acronym(a)) and gaz.country(a) for a in g.aliases):
        return "GPE"  # "Burkina Faso", "UK" (a lone "Chad" or "Jordan" may be a person)
    if label in PLACE_LABELS | {"NORP"} and all(is_acronym(a) or _MIXED_ACRONYM.fullmatch(a) for a in g.aliases):
        if not (gaz and any(gaz.country(a) for a in g.aliases)):
            return "ORG"  # an acronym no gazetteer knows is an organisation acting, not a place
    return label


def _named_with_a_legal_form(g: _Group) -> bool:
    """A name of two words or more ending in a firm's legal form: a firm, though a role before it made it look like a
    person's ("chairman of its new holding company, Navistar International Transportation Corp"), or "in" before its
    short name a place ("Cudeco Limited", then "shares in Cudeco")."""
    return any(len(ws := a.split()) > 1 and ws[-1].rstrip(".") in _LEGAL_FORMS_WRITTEN for a in g.aliases)


def _by_preference(g: _Group) -> list[str]:
    """Aliases, the fullest first: more words, then longer, then more frequent, then the defining one."""
    counts = Counter(m.text for m in g.mentions if "headline" not in m.evidence)
    defined = {m.text for m in g.mentions if "defined" in m.evidence}
    # "(Jon Dahl) Tomasson": half a name; "the Community" beside "the EU": a name copy gives it, not its own
    given = {m.text for m in g.mentions if m.evidence & {"given", "other name"}}
    generic = re.compile(r"\s+(?:city|town|province|governorate|district|region)$", re.IGNORECASE)
    plain = {a for a in counts if not (generic.search(a) and generic.sub("", a) in counts)}
    # "Sally Ride Ride": a caption run into the next sentence ("... astronaut Sally Ride" / "Ride also found time"), a
    # name with its last word twice, which is no fuller form of it
    doubled = {a for a in counts if len(w := a.split()) >= 2 and w[-1] == w[-2]}
    return sorted(
        counts, key=lambda a: (a not in given, a not in doubled, a in plain, len(a.split()), len(a), counts[a], a in defined),
        reverse=True,
    )
