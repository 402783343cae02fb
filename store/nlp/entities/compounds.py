"""Bodies whose names are long or built of parts the model tags apart (issue 9, session 24): a court named
for its place or its circuit, a university of a subject named with its city, a campus named by its city after "at", a party's youth wing, a name closed by a body's acronym,
by a number or by "co-operative", the last firm of a list named by two names joined by "and", a founder's
initials before a firm, firms listed after their kind's plural, and an untagged acronym that speaks. Each rule
offers the whole name as a span; the longer span wins over the model's pieces (splits._resolve_overlaps)."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ...names import COUNSELS_LETTERS, LEGAL_FORMS, is_person_title
from .base import _Mention, Para

_NOT_A_NAMES_WORD = r"(?!(?:The|A|An|In|At|On|For|By|From|To|Of) )"

# "Los Angeles Superior Court", "Santa Clara County Superior Court", "Southwark Crown Court": a court of a
# place, named for it; the words before the kind of court must name a place (not "the Supreme Court").
_COURT_OF_A_PLACE = re.compile(
    r"(?<![\w'\u2019-])" + _NOT_A_NAMES_WORD + r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?)(?: County)?"
    r" (?:Superior|District|Circuit|Crown|High|Local|County|Magistrates['\u2019]?|Magistrate['\u2019]s|Family|Coroner['\u2019]s) Court(?![\w-])"
)

# "US Court of Appeals for the District of Columbia", "Court of Appeals for the Ninth Circuit", "U.S. Court of Appeals for
# the District of Columbia Circuit": the circuit a court of appeals sits for is part of its name.
_COURT_OF_APPEALS_FOR = re.compile(
    r"(?<![\w-])(?:(?:US|U\.S\.|Federal) )?Court of Appeals? for the (?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?: [A-Z][a-z]+)*"
    r"(?: of [A-Z][a-z]+(?: Circuit)?)?(?![\w-])"
)

# "University of Technology, Sydney": a university named for a subject, not a place, needs its city after
# the comma to name it (a university of a place is placed by what follows: "University of Sydney, Australia").
_UNIVERSITY_OF_A_SUBJECT = re.compile(
    r"(?<![\w-])University of (?P<subject>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'\u2019-])"
)

# "University of North Carolina at Chapel Hill", "State University of New York at Purchase": a state university's
# campus is named by its city after "at", which the model leaves out (a school or branch of it named before "at" is
# written apart from its city: "the University of Texas Medical Branch at Galveston").
_CAMPUS_AT_A_CITY = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+ )?University of [A-Z][a-z]+(?: [A-Z][a-z]+)? at (?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'\u2019-])"
)

# "California Young Democrats", "Maricopa County Young Republicans", "Berkeley College Republicans", "Young Americans for
# Liberty": a party's or a people's youth or campus wing, named by its members' plural after "Young" or "College" (and
# its place before them, its cause after "for"); the model reads the plural alone as the party's members.
_YOUTH_WING = re.compile(
    r"(?<![\w'\u2019-])(?:(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(?P<wing>(?:Young|College) (?:Democrats|Republicans|Conservatives"
    r"|Liberals|Socialists|Greens|Libertarians|Americans)(?: for [A-Z][a-z]+(?: [A-Z][a-z]+)*)?)(?![\w'\u2019-])"
)

# "Desert Knowledge CRC", "Australian Sheep Industry CRC": title-case words closed by a body's acronym
_NAME_CLOSED_BY_ACRONYM = re.compile(r"(?<![\w'\u2019-])" + _NOT_A_NAMES_WORD + r"(?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}) (?P<acronym>[A-Z]{2,5})(?![\w'\u2019-]| [A-Z])")

# ", Liggett Group and Brown and Williamson.": a list of firms ends at its one "and"; a second names the last item (a
# list of games or works, "Dungeon Keeper and Black and White", is no list of firms: the item before it must be one)
_LAST_OF_A_LIST_WITH_AND = re.compile(
    r", (?P<before>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*) and (?P<name>[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+)(?=[.;:,]|$)"
)

# "Environmental group Transport 2000 said": a number closing a body's name, after the kind of body it is
_BODY_NAMED_WITH_A_NUMBER = re.compile(
    r"\b(?:group|charity|campaigners|organisation|organization|lobby|movement) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{2,4})"
    r"(?=[,.;]| (?:said|says|has|is|was|wants|warned|called)\b)"
)

# "two digital stations, Virgin Radio Classic Rock and Virgin Radio Groove", "two Indian airlines - Air Deccan and
# Kingfisher": names listed after the plural of a kind of firm that is named whole
_FIRMS_LISTED_AFTER_THEIR_KIND = re.compile(r"\b(?:stations|channels|broadcasters|networks|airlines|carriers)(?:,| -| \u2013| such as| including| like)? (?=[A-Z])")
_LISTED_NAME = re.compile(r"(?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*)(?P<sep>, | and |, and )?")

# "the Ord River District Co-operative": a name closed by "co-operative" names the co-operative
_CO_OPERATIVE = re.compile(r"(?<![\w'\u2019-])" + _NOT_A_NAMES_WORD + r"(?:[A-Z][a-z]+ ){1,4}Co-?op(?:erative)?(?![\w'\u2019-]| [A-Z])")

# "The RSPCA says", "the RSPCA wants": an acronym that speaks or wants is a body's
_SPEAKING_ACRONYM = re.compile(r"\b[Tt]he (?P<acronym>[A-Z]{3,6}) (?:says|said|wants|warned|believes|claims|argues)\b")


def bodies_of_long_names(p: Para, gaz: Gazetteer | None) -> list[_Mention]:
    """The whole names of one paragraph's bodies that the model cuts into pieces."""
    if p.doc is None:
        return []
    found = (
        _courts_of_a_place(p.text, gaz) + _courts_of_appeals_for_a_circuit(p.text) + _universities_of_a_subject(p.text, gaz) + _campuses_at_a_city(p.text, gaz) + _youth_wings(p.text, gaz)
        + _names_closed_by_a_bodys_acronym(p) + _last_firm_named_with_and(p) + _firms_after_their_founders_initials(p, gaz)
        + _bodies_named_with_a_number(p.text) + _firms_listed_after_their_kind(p.text)
        + [(m.start(), m.end()) for m in _CO_OPERATIVE.finditer(p.text)] + _speaking_acronyms(p)
    )
    return [_Mention(p.seq, s, e, p.text[s:e], "ORG", {"organisation"}) for s, e in found if s >= p.skip]


def _courts_of_a_place(text: str, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _COURT_OF_A_PLACE.finditer(text) if gaz and gaz.lookup(m["place"])]


def _courts_of_appeals_for_a_circuit(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _COURT_OF_APPEALS_FOR.finditer(text)]


def _youth_wings(text: str, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """_YOUTH_WING's names, with the place before them where it is one (a county, a city or state the gazetteer knows;
    not "Many Young Republicans")."""
    return [
        (m.start() if m["place"] and (m["place"].endswith(" County") or gaz and gaz.lookup(m["place"])) else m.start("wing"), m.end())
        for m in _YOUTH_WING.finditer(text)
    ]


def _campuses_at_a_city(text: str, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    # (the gazetteer knows few college towns, "Chapel Hill", "Purchase": any capitalised words but a country's name)
    return [(m.start(), m.end()) for m in _CAMPUS_AT_A_CITY.finditer(text) if not (gaz and gaz.country(m["city"]))]


def _universities_of_a_subject(text: str, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end()) for m in _UNIVERSITY_OF_A_SUBJECT.finditer(text)
        if gaz and not gaz.lookup(m["subject"]) and not gaz.region(m["subject"]) and gaz.lookup(m["city"]) and not gaz.country(m["city"])
    ]


def _names_closed_by_a_bodys_acronym(p: Para) -> list[tuple[int, int]]:
    """Words and an acronym the model tags a body ("[Australian Sheep Industry] [CRC]"): one body's name, not
    a member's title after a person's name ("Ruth Kelly MP", "John Agius QC"), a firm's legal form ("Deutsche
    Bank AG"), a place ("Migration Watch UK" is still one name, but "Bolton West MP" a seat's member)."""
    out = []
    for m in _NAME_CLOSED_BY_ACRONYM.finditer(p.text):
        acronym = p.doc.char_span(m.start("acronym"), m.end("acronym"))
        if acronym is None or acronym[0].ent_type_ != "ORG" or m["acronym"].lower() in LEGAL_FORMS or m["acronym"] in COUNSELS_LETTERS:
            continue
        if is_person_title(m["words"].split()[0]) or _tagged_apart_as_not_a_body(p, m.start("words"), m.end("words")):
            continue
        out.append((m.start(), m.end()))
    return out


def _tagged_apart_as_not_a_body(p: Para, start: int, end: int) -> bool:
    words = p.doc.char_span(start, end, alignment_mode="expand")
    return words is None or any(t.ent_type_ not in {"", "ORG", "NORP"} for t in words)


def _last_firm_named_with_and(p: Para) -> list[tuple[int, int]]:
    return [
        (m.start("name"), m.end("name")) for m in _LAST_OF_A_LIST_WITH_AND.finditer(p.text)
        if (before := p.doc.char_span(m.start("before"), m.end("before"), alignment_mode="expand")) is not None
        and any(t.ent_type_ == "ORG" for t in before)
    ]


def _firms_after_their_founders_initials(p: Para, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """Two capitals the model leaves untagged right before a firm it tags ("RJ [Reynolds Tobacco]", "JP [Morgan]"):
    the founder's initials open the firm's name (not a country's code, "US [Steel]", nor a title, "DJ")."""
    out = []
    for ent in p.doc.ents:
        if ent.label_ != "ORG" or ent.start == 0:
            continue
        before = p.doc[ent.start - 1]
        initials = before.text
        if len(initials) != 2 or not initials.isalpha() or not initials.isupper() or before.ent_type_ or before.is_sent_start:
            continue
        if before.i > 0 and not p.doc[before.i - 1].whitespace_:
            continue  # "WRAZ-TV Fox": the end of a word cut at its hyphen, no initials
        if is_person_title(initials) or (gaz and (gaz.country(initials) or gaz.tagged_state(initials))):
            continue
        out.append((before.idx, ent.end_char))
    return out


def _bodies_named_with_a_number(text: str) -> list[tuple[int, int]]:
    return [(m.start("name"), m.end("name")) for m in _BODY_NAMED_WITH_A_NUMBER.finditer(text)]


def _firms_listed_after_their_kind(text: str) -> list[tuple[int, int]]:
    """Each name of a list after "stations", "airlines" and the like: a station's or an airline's name, however
    many words it has and whatever they say ("Virgin Radio Classic Rock", not the body "Virgin Radio" and a genre); a list, of two
    names or more (one name after "stations," opens the next clause: "stations, Reed said")."""
    out = []
    for lead in _FIRMS_LISTED_AFTER_THEIR_KIND.finditer(text):
        listed, at = [], lead.end()
        while (name := _LISTED_NAME.match(text, at)) is not None:
            listed.append((name.start("name"), name.end("name")))
            if not name["sep"]:
                break
            at = name.end()
        out += listed if len(listed) > 1 else []
    return out


def _speaking_acronyms(p: Para) -> list[tuple[int, int]]:
    """An acronym the model left untagged, which says or wants something after "the": a body's."""
    out = []
    for m in _SPEAKING_ACRONYM.finditer(p.text):
        acronym = p.doc.char_span(m.start("acronym"), m.end("acronym"))
        if acronym is not None and not acronym[0].ent_type_:
            out.append((m.start("acronym"), m.end("acronym")))
    return out
