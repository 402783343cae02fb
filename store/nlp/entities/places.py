"""Groups placed in the gazetteer, places the article names without a span, and names and places
taken one for the other."""

from __future__ import annotations

import re
from collections import Counter

from .. import recall
from .. import thresholds as T
from ..gazetteer import Gazetteer, Place
from ...names import bare_key, FUNCTION_WORDS, name_key, surname_key
from .base import _CORPORATE_SUFFIX, _Group, LOCATIVE_PREPS, _Mention, _MONTHS, Para, PLACE_LABELS, _WRITTEN_AS_A_PLACE
from .grouping import _by_preference
from .propagate import _ticker_code


def _locate(groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> None:
    for g in groups:
        if g.label in PLACE_LABELS:
            region = "region" in g.evidence and next((p for a in _by_preference(g) if (p := gaz.region(a))), None)
            region = region or "state tag" in g.evidence and next((p for a in _by_preference(g) if (p := gaz.tagged_state(a))), None)
            g.place = region or next((p for a in _by_preference(g) if (p := gaz.lookup(a, countries))), None)


# Words after a town's name the gazetteer drops ("Gaza City"), which a club's name ends with too.
_CLUB_TOWN_WORDS = ("City", "Town")


def _clubs_named_after_their_town(groups: list[_Group]) -> None:
    """"Birmingham City" beside "Birmingham", never written as a place ("in ..."): the club named after
    the town, which the gazetteer placed by its town's name (it drops "City"), not the town."""
    towns = {g.place.geonameid for g in groups if g.label in PLACE_LABELS and g.place
             and any(" " not in a for a in g.aliases)}
    for g in groups:
        if g.label not in PLACE_LABELS or not g.place or g.place.geonameid not in towns or g.evidence & (_WRITTEN_AS_A_PLACE | {"dateline"}):
            continue
        if all(len(a.split()) > 1 and a.split()[-1] in _CLUB_TOWN_WORDS and name_key(a.split()[0]) == name_key(g.place.name)
               for a in g.aliases):
            g.label, g.place = "ORG", None


# The word a city's full name adds to the state's or country's it is named after ("New York City").
_CITY_WORD = "City"
_NAME_GOES_ON = re.compile(r" [A-Z]")
# A state's officer's title after the state's name, which goes on with it as a name does: "New York Gov. Andrew Cuomo",
# "New York Sen. Chuck Schumer" (not "New York Mayor Bill de Blasio", the city's).
_STATES_OFFICE_AFTER = re.compile(r" (?:Lt\.? )?(?:Gov\.|Governor|Sens?\.|Senator|Reps?\.|Representative|Attorney General)(?!\w)")


def _states_beside_their_city(prose: list[Para], groups: list[_Group], gaz: Gazetteer) -> None:
    """"New York" beside "New York City" in one article: the copy writes the city's full name to set it
    apart, so the bare name is the state or country it is named after, not the city the gazetteer chose
    for it (the most populous place of the name). Placed at that state or country, or left unplaced."""
    full = {name_key(a.removesuffix(" " + _CITY_WORD)) for h in groups if h.label in PLACE_LABELS
            for a in h.aliases if a.endswith(" " + _CITY_WORD) and len(a.split()) > 1}
    text_of = {p.seq: p.text for p in prose}
    for g in groups:
        if g.label not in PLACE_LABELS or not g.place or g.place.kind != "city" or all("dateline" in m.evidence for m in g.mentions):
            continue  # (a dateline alone names a city: "NEW YORK, June 1 -" is the city the body calls "New York City")
        bare = [a for a in g.aliases if name_key(a) in full]
        # a name the model cut from a longer one ("the New York State Attorney General") is left as it was
        alone = any(m.seq in text_of and (not _NAME_GOES_ON.match(text_of[m.seq], m.end) or _STATES_OFFICE_AFTER.match(text_of[m.seq], m.end))
                    for m in g.mentions)
        if bare and alone and not any(a.endswith(" " + _CITY_WORD) for a in g.aliases):
            g.place = next((p for a in bare if (p := gaz.region(a) or gaz.country(a))), None)


def _unnamed_places(prose: list[Para], groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> list[_Group]:
    """Capitalised words after 'in', 'near', ... that the model left untagged and the gazetteer
    places in the article's countries: "In Kharkiv, the mayor said"."""
    taken = {(m.seq, i) for g in groups for m in g.mentions for i in range(m.start, m.end)}
    found: dict[int, _Group] = {}
    for p in prose:
        for tok in p.doc:
            if tok.pos_ == "PROPN" and (p.seq, tok.idx) not in taken:
                country = _country_at(p, tok, gaz, taken)
                if country:
                    start, end, place = country
                    g = found.setdefault(place.geonameid, _Group([], "GPE", place))
                    g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], "GPE", set()))
                    taken.update((p.seq, i) for i in range(start, end))
                    continue
            if tok.lower_ not in LOCATIVE_PREPS or tok.i + 1 >= len(p.doc):
                continue
            run = []
            for nxt in p.doc[tok.i + 1 : tok.i + 1 + T.NAME_RUN_MAX_WORDS]:
                if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or (p.seq, nxt.idx) in taken or nxt.ent_type_ == "DATE" and nxt.lower_ in _MONTHS:
                    break  # (not "in March": a month, though a town is named so; but "at [Kyiv overnight]")
                run.append(nxt)
            if not run or run[-1].i + 1 < len(p.doc) and p.doc[run[-1].i + 1].pos_ in {"PROPN", "NOUN"}:
                continue  # "in Sunni areas": a modifier, not a place
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            place = gaz.lookup(p.text[start:end], countries)
            if place is None or place.kind != "city" or place.country not in countries and not _big_city(gaz, p.text[start:end]):
                continue
            g = found.setdefault(place.geonameid, _Group([], "GPE", place))
            g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], "GPE", {"locative"}))
    return list(found.values())


def _big_city(gaz: Gazetteer, name: str) -> bool:
    """A city the gazetteer places without the article's countries, being large ("the club in
    Manchester" in a story that names no country of it); a small town is read only in them."""
    place = gaz.lookup(name)
    return place is not None and place.kind == "city"


def _country_at(p: Para, tok, gaz: Gazetteer, taken) -> tuple[int, int, Place] | None:
    """A country's name the model left untagged ("Neighbouring Niger and Burkina Faso"), or a state's of two words
    or more ("New South Wales")."""
    for length in (3, 2, 1):
        run = p.doc[tok.i : tok.i + length]
        if len(run) < length or any(t.pos_ != "PROPN" or (p.seq, t.idx) in taken for t in run):
            continue
        if length == 1 and run.end < len(p.doc) and p.doc[run.end].pos_ == "PROPN":
            continue  # "Chad Smith": a person
        if _ticker_code(p.text, run.start_char, run.end_char):
            continue  # "Norstar Bancorp <NOR>": the wire's stock code, though it spells a country's code
        place = gaz.country(run.text)
        if place:
            return run.start_char, run.end_char, place
        if length > 1 and (run.end == len(p.doc) or p.doc[run.end].pos_ != "PROPN") and (region := gaz.region(run.text)):
            return run.start_char, run.end_char, region  # "in the ACT and New South Wales" (not "New York Times": a paper)
    return None


def _places_taken_for_names(groups: list[_Group], gaz: Gazetteer, countries: frozenset[str]) -> None:
    """A 'person' or 'nationality' the gazetteer places in the article's countries is a place when
    it follows a locative preposition ("a shelter in Kiev") or names a place the article already
    has under another spelling ("al-Fashir" beside "El Fasher").

    Never a surname of a person in the article, nor a word of a longer place name: "Sadr" beside
    "Sadr City" is the cleric the district is named after.
    """
    surnames = {surname_key(a) for g in groups if g.label == "PERSON" for a in g.aliases if len(a.split()) > 1}
    places = [g for g in groups if g.label in PLACE_LABELS]
    place_names = {name_key(a) for g in places for a in g.aliases}
    known = {g.place.geonameid for g in places if g.place}
    for g in groups:
        if g.label not in {"PERSON", "NORP", "ORG"} or g.evidence & {"person", "plural", "acronym"}:
            continue
        if any(bare_key(a) in surnames for a in g.aliases):
            continue
        # the substring test first: a pattern compiled per alias and place name thrashes re's cache
        if any(bare_key(a) in other and bare_key(a) != other and re.search(rf"(?<!\w){re.escape(bare_key(a))}(?!\w)", other)
               for a in g.aliases for other in place_names):
            continue
        place = next((p for a in _by_preference(g) if (p := gaz.lookup(a, countries)) and p.country in countries), None)
        if place and g.label == "ORG" and name_key(place.name) not in {name_key(a) for a in g.aliases}:
            continue  # an organisation becomes a place only under the place's own name ("in Bamako")
        if place and (place.geonameid in known or "locative" in g.evidence):
            g.label, g.place = "GPE", place


def _people_taken_for_places(groups: list[_Group]) -> None:
    """A "place" of two or three words that no gazetteer knows, whose last word the article names
    an actor by alone ("with Rajon Rondo" beside "Rondo had eight points"): a person."""
    lone = {name_key(a) for g in groups if g.label in {"PERSON", "ORG"} for a in g.aliases if " " not in a}
    for g in groups:
        if g.label not in PLACE_LABELS or g.place or g.evidence & _WRITTEN_AS_A_PLACE:
            continue
        if all(2 <= len(a.split()) <= 3 and all(w[:1].isupper() for w in a.split()) and name_key(a.split()[-1]) in lone
               for a in g.aliases):
            g.label = "PERSON"


def _surnames_taken_for_places(groups: list[_Group]) -> None:
    """A lone word the gazetteer placed in a country the article names nowhere else, which is the
    surname of one person it names in full ("said Minga" beside "Joseph Minga"): that person; and a
    town's name first written after one person named in full with it ("Lindsay Davenport", then "ushered
    Davenport back in front"), wherever the town is, or that the text gives a person's pronoun or honorific
    ("Clinton is biding her time" beside one "Hillary Clinton", though Clinton, Iowa is a town of a country the story
    names). A place the copy writes as one ("in X", a dateline, "X province") stays a place."""
    surnames = Counter(
        surname_key(a) for g in groups if g.label == "PERSON" for a in {a for a in g.aliases if len(a.split()) > 1}
    )
    full_names = [(surname_key(m.text), (m.seq, m.start)) for g in groups if g.label == "PERSON" for m in g.mentions if len(m.text.split()) > 1]
    for g in groups:
        if g.label not in PLACE_LABELS or not g.place or "dateline" in g.evidence:
            continue
        spoken_of = _referred_to_as_a_person(g)
        if g.evidence & _WRITTEN_AS_A_PLACE and not spoken_of:
            continue
        if not all(" " not in a and surnames.get(surname_key(a)) == 1 for a in g.aliases):
            continue
        first = min((m.seq, m.start) for m in g.mentions)
        named_before = g.place.kind == "city" and all(any(key == surname_key(a) and at < first for key, at in full_names) for a in g.aliases)
        if not named_before and not spoken_of and any(
                h is not g and h.place and h.place.country == g.place.country for h in groups):
            continue
        g.label, g.place = "PERSON", None
        if spoken_of:
            for m in g.mentions:
                m.evidence -= _WRITTEN_AS_A_PLACE  # "on Clinton" of a person, which _merge would take for a known place


# What the text says of a lone word that only a person is: a sex (surnames.mark_honorific_sex, mark_pronoun_sex), an
# apposition or a "who" (context.py's "person").
_SAID_OF_A_PERSON = frozenset({"his pronoun", "her pronoun", "his pronoun after", "her pronoun after", "his honorific", "her honorific", "person"})


def _referred_to_as_a_person(g: _Group) -> bool:
    """Whether the text writes a lone word as a person's (a pronoun or honorific of a sex, "who", an apposition) as
    often as it writes it as a place's, at least once: "Clinton is biding her time", "pressure on Clinton to get into
    the race earlier than she did", "helped Clinton, who does not need to", though "the spotlight was predominantly on
    Clinton" reads as a place; "After the Clinton camp announced", beside a headline's "Mocking Clinton Camp"."""
    personal = sum(bool(m.evidence & _SAID_OF_A_PERSON) for m in g.mentions)
    return personal >= 1 and personal >= sum(bool(m.evidence & _WRITTEN_AS_A_PLACE) for m in g.mentions)


def _regional_arms(groups: list[_Group], gaz: Gazetteer) -> None:
    """An organisation named as a brand and a place ("Acme North America Inc.", "Acme Europe", "Smith Jones
    Europe Ltd") is the brand's arm there, a company of its own: marked so that the bare brand never joins it.
    The place ends the name, after a brand of one word or more ("Bank of America" is no bank's arm)."""
    for g in groups:
        if g.label != "ORG":
            continue
        for m in g.mentions:
            words = _CORPORATE_SUFFIX.sub("", name_key(m.text)).split()
            if any(words[k - 1] not in FUNCTION_WORDS and _region_or_wider(" ".join(words[k:]), gaz) for k in range(1, len(words))):
                m.evidence.add("arm")


def _region_or_wider(name: str, gaz: Gazetteer) -> bool:
    """A country, a country's region or a continent: what a brand's arm is named after."""
    return bool(gaz.country(name if len(name) > 3 else name.upper()) or gaz.region(name)
                or (place := gaz.lookup(name)) and place.kind == "continent")


# Words before a place's name that name a part of it: "North Devon", "South Wales", "north-east England".
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western north-east north-west south-east south-west".split()
)


# What the article says of a name that makes it a person's or a body's, whatever its compass word.
_NAMED_AS_ACTORS = frozenset({"person", "surname", "organisation", "team", "acronym", "plural"})


def _parts_by_compass(groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of groups (indices) a place and its part named with a compass word ("Devon" and "North
    Devon"), which are two places, never a person and his surname nor a body and its short name. The
    model often reads them as people or as an employer ("a Devon man", "North Devon landowner Jo Roe"):
    a name no one in the article is called by, with its compass part beside it, is a place."""
    key_of = {name_key(a): i for i, g in enumerate(groups) for a in g.aliases}
    names = {w for g in groups if g.label == "PERSON" for a in g.aliases if len(ws := name_key(a).split()) > 1
             and ws[0] not in _COMPASS_WORDS for w in ws}
    apart = set()
    for i, g in enumerate(groups):
        for a in g.aliases:
            first, _, rest = name_key(a).partition(" ")
            j = key_of.get(rest) if first in _COMPASS_WORDS else None
            if j is None or j == i:
                continue
            apart.add(frozenset((i, j)))
            h = groups[j]
            if not (g.evidence | h.evidence) & _NAMED_AS_ACTORS and rest not in names:
                for part in (g, h):
                    if part.label not in PLACE_LABELS:
                        part.label = "GPE"
    return apart


# "for the" before a district's name, an office's or a court's reach: "U.S. attorney for the [District of Columbia]".
_REACH_BEFORE = re.compile(r"\bfor the $")


def _districts_named_as_a_reach(text_of: dict[int, str], groups: list[_Group], gaz: Gazetteer) -> None:
    """Places at the district itself a district's name the gazetteer gives its city for, where every mention is an
    office's or a court's reach ("a probe by Ronald Machen, U.S. attorney for the District of Columbia"): the
    jurisdiction, no other name of the city a dateline names ("WASHINGTON—")."""
    for g in groups:
        if g.label in PLACE_LABELS and g.place is not None and g.place.kind == "city" and all(
                m.seq in text_of and _REACH_BEFORE.search(text_of[m.seq], max(0, m.start - 10), m.start) for m in g.mentions):
            g.place = next((p for a in g.aliases if (p := gaz.region(a))), g.place)


# "state" after a US state's name, which copy writes to tell the state from its namesake city: "Rep. Pramila Jayapal of
# Washington state".
_STATE_WORD_AFTER = re.compile(r" state\b")


def _states_apart_from_the_datelines_city(text_of: dict[int, str], groups: list[_Group], gaz: Gazetteer) -> list[tuple[int, _Group]]:
    """The mentions of a state's name written with "state" after it ("Jayapal of Washington state"), taken out of the
    group (its index) of a dateline that names the city of that name ("WASHINGTON (AP) —"), as a group of their own
    placed at the state: copy adds the word to tell the state from the city, two places, never merged by their one
    spelling."""
    out = []
    for i, g in enumerate(groups):
        if g.label not in PLACE_LABELS or not any("dateline" in m.evidence for m in g.mentions):
            continue
        states = [m for m in g.mentions if "dateline" not in m.evidence and m.seq in text_of and _STATE_WORD_AFTER.match(text_of[m.seq], m.end)]
        state = next((p for m in states if (p := gaz.region(m.text))), None)
        if state is not None and state != g.place:
            g.mentions = [m for m in g.mentions if not any(m is s for s in states)]
            out.append((i, _Group(states, g.label, state)))
    return out


def _lands_word_beside_both_halves(groups: list[_Group]) -> None:
    """Unplaces a land's bare word where the article names its two halves by compass words ("Korea" beside "North
    Korea" and "South Korea"): the gazetteer puts the word at one half ("Korea", the South's other name), but copy that
    names both halves keeps the bare word for the land or the half the reader already knows, no alias of a half it
    names in full."""
    places = {name_key(a): g.place for g in groups if g.label in PLACE_LABELS and g.place for a in g.aliases}
    for g in groups:
        if g.label not in PLACE_LABELS or g.place is None:
            continue
        for a in g.aliases:
            halves = [place for key, place in places.items() if len(ws := key.split()) == 2 and ws[0] in _COMPASS_WORDS and ws[1] == name_key(a)]
            if len({h.geonameid for h in halves}) > 1 and g.place.geonameid in {h.geonameid for h in halves}:
                g.place = None
                break


def _bodies_of_another_place(prose: list[Para], groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of groups (indices) a body named with its place or people ("the Indian Air Force") and a body's name
    the text writes every time straight after another place's name ("the US Air Force", which the model read as "US"
    and "Air Force"): two bodies of two places, never one body by its short name."""
    text_of = {p.seq: p.text for p in prose}
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    apart = set()
    for j, h in enumerate(groups):
        before = {_word_right_before(text_of.get(m.seq, ""), m.start) for m in h.mentions}
        if h.label != "ORG" or len(before) != 1 or (lead := before.pop()) not in place_names:
            continue
        for short in {name_key(a) for a in h.aliases}:
            apart |= {frozenset((i, j)) for i, g in enumerate(groups) if i != j for b in map(name_key, g.aliases)
                      if b.endswith(" " + short) and b[: -len(short) - 1] != lead}
    return apart


def _word_right_before(text: str, start: int) -> str:
    """The word (keyed) right before `start` in its sentence, "" when none: "America." closing one sentence is no place a
    body opening the next is named after ("... gun laws in America. Oliva said"), though "U.S." is ("the U.S. Air
    Force"), an abbreviation's last stop being no sentence's."""
    words = text[:start].split()
    if not words or words[-1][-1] in ",;:!?)\"”’" or words[-1].endswith(".") and "." not in words[-1][:-1]:
        return ""
    return name_key(words[-1])


# A name counted with the states, after them or before them: "34 states and the District of Columbia", "nine states --
# Connecticut, Iowa, ... -- and the District of Columbia", "the District of Columbia and 16 states".
_STATES_BEFORE = re.compile(r"\bstates\b[^.;]{0,200}?\band\s+(?:the\s+)?$")
_STATES_AFTER = re.compile(r"^\s+and\s+(?:[\w-]+\s+){0,2}states\b")


def mark_counted_with_the_states(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a place's name counted with the states ("34 states and the District of Columbia would face federal cuts")
    "region": a jurisdiction on a par with them, placed as the region of that name, never as the city the gazetteer
    would pin it to, which copy names apart ("shift power from Washington to the states")."""
    for m in mentions:
        if m.label in PLACE_LABELS and m.seq in text_of and (
                _STATES_BEFORE.search(text_of[m.seq], max(0, m.start - 220), m.start) or _STATES_AFTER.match(text_of[m.seq], m.end)):
            m.evidence.add("region")


def _states_by_their_regime(groups: list[_Group]) -> list[tuple[int, int]]:
    """(country, state) pairs: a country and its state of one regime, where the article writes both ("Germany" and
    "Nazi Germany", "Russia" and "Soviet Russia"): one place; the country's plain name leads."""
    places = {name_key(a): i for i, g in enumerate(groups) if g.label in PLACE_LABELS for a in g.aliases}
    pairs = []
    for key, i in places.items():
        first, _, rest = key.partition(" ")
        j = places.get(rest) if first in recall.REGIME_WORDS else None
        if j is not None and j != i:
            pairs.append((j, i))
    return pairs
