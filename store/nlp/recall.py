"""Names the small model splits, glues or never tags, found by how news copy writes them.

Each rule is about a kind of text, not a story: a list the model read as one name ("Draper,
Firefly Aerospace"), two places sharing one plural noun ("Orange and Riverside counties"), an
organisation's possessive ("the X Authority's campaign"), a ticker glued on ("London Metal
Exchange CMAL3"); and names it leaves untagged: an institution by its head noun ("Deep Space
Systems"), a person after a nationality or a role noun ("Australian Jane Roe", "center Jo
Doe"), the given names before a surname it tagged alone, an outlet someone spoke to ("told
Gizmodo", "according to the Argus Leader").

spans() reshapes the model's entities; the finders return (start, end, label, evidence) in the
paragraph's text for the entities package to turn into mentions. Where a finder's span overlaps a longer
one, the longer wins there (entities.splits._resolve_overlaps).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from ..names import APOSTROPHE_S, HONORIFICS, LEGAL_FORMS, NAME_ARTICLES, NAME_PARTICLES, PARTY_SHORT_NAMES, fold, is_acronym, is_person_title, is_title_word, leading_title_length
from .gazetteer import Gazetteer
from .given_names import given_name, given_name_word
from .tokens import tokens
from . import thresholds as T

Found = tuple[int, int, str, set[str]]

# Last words that name an organisation whatever precedes them: "Deep Space Systems", "Urban Institute".
ORG_HEAD_NOUNS = frozenset(
    """foundation institute institution department agency university college council commission committee
    authority association exchange systems media aerospace airlines airways corporation company laboratory
    laboratories society fund bureau administration network technologies industries partners holdings
    ministry union league federation interactive entertainment studios motors pharmaceuticals labs project securities unit
    library headquarters""".split()
)
# Last words that name a site, a place whoever runs it: "St Mary's Hospital", "Heathrow Airport".
SITE_HEAD_NOUNS = frozenset("hospital infirmary airport stadium observatory museum cathedral prison arena".split())
# Plural place nouns two names can share: "Orange and Riverside counties", "the Forestier and Tasman peninsulas".
_PLURAL_PLACE_NOUNS = frozenset(
    {"counties", "provinces", "states", "districts", "regions", "cities", "towns", "villages", "prisons", "airports"}
    | {"peninsulas", "islands", "valleys"}
)
# Plural body nouns two names can share: "the Liberal and National parties", "the Treasury and Home Office committees".
_PLURAL_BODY_NOUNS = frozenset({"parties", "committees", "councils", "governments", "parliaments", "assemblies", "ministries", "departments"})
# A quote's channel: "told Gizmodo", "according to the Argus Leader", "published by Futurism", "said on Twitter"; the
# attribution opening its sentence too ("According to Axios, Trump has ...").
# (never the first letter of a surname written with an apostrophe: "Tapper told O’Connor that ...", no outlet "O")
_OUTLET_CUE = re.compile(
    r"\b(?:told|tells|telling|[Aa]ccording to|confirmed to|(?:first |originally )?(?:published|reported) by|(?:said|wrote|posted|announced) on)"
    r"\s+(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2}(?:\.(?i:com|net|org|info|co\.uk))?)(?![\w\-]|\s+[A-Z]|['\u2019][A-Z])"
)
_TICKER = re.compile(r"\s+(?=[A-Z.]*\d)[A-Z\d.=]{3,}$")
_SCORE = re.compile(r"\d{1,2} ?[-\u2013] ?\d{1,2}")
_POSSESSIVE_INSIDE = re.compile(r"['\u2019]s\s+(?=[A-Z])")
_MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_QUOTE_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})
_WEAK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def spans(doc: Doc, gaz: Gazetteer | None) -> list[Span]:
    """The model's entities of a paragraph, each list split into its names, each organisation's
    possessive and ticker cut off."""
    out: list[Span] = []
    ents = _joined(list(doc.ents), gaz)
    for ent in ents:
        inside = ent if ent.label_ in _WEAK_LABELS else ent[1:-1]
        if any(t.pos_ in {"VERB", "AUX"} and t.text.islower() and t.lower_ not in NAME_PARTICLES for t in inside):
            continue  # "[Barclay told the BBC]", "[Garrett hit Rudolph]": a clause, whose names are found on their own
        if hyphen_pair(ent.text, gaz):
            continue  # "Earth-Mars", "U.S.-Mexico": two places, found each on its own (hyphen_places)
        staff = _campaign(ent)
        if _keeps_its_candidate(staff):
            out.append(ent)  # the candidate, besides his staff, the body read below
        ent = (
            _body_of_a_creed(ent) or _score_cut(ent) or _region_word_before(ent, gaz) or _pronoun_surname(ent) or _of_place(ent) or _handle_cut(ent) or _particle_end(ent) or _syllable_end(ent)
            or _administration(ent) or staff or _lowercase_cut(ent) or _adjective_end(ent) or _country_acronym_before(ent, gaz)
            or _channel_number(ent) or _listed_end(ent, gaz) or _seat_of_a_member(ent, gaz)
            or _month_end(ent) or ent
        )
        ent = _owner_person(ent) or ent  # after a cut: "[Robert Jordan's Wheel of] Time"
        ent = _modifier_cut(ent, gaz) or _office_after(ent) or ent
        if not len(ent):
            continue
        pieces = _joint_sponsors(ent) or _owner_then_person(ent) or _chamber_then_officer(ent) or _person_of_body(ent) or _chamber_then_party(ent) or _clause_split(ent) or _names_either_side(ent) or _organiser_of_event(ent) or _office_split(ent, gaz) or _body_then_its_seat(ent) or _place_pair(ent) or _listed(ent) or _position_split(ent) or _event_split(ent, gaz) or _role_place_cut(ent, gaz) \
            or _located_split(ent, gaz) or _war_of_place(ent, gaz) or [ent]
        for piece in pieces:
            if piece.label_ in {"ORG", "PERSON"} and len(piece) > 1 and piece[-1].lower_ in SITE_HEAD_NOUNS:
                piece = Span(doc, piece.start, piece.end, label="FAC")  # "Aberdeen Royal Infirmary": a place, whoever runs it
            if piece.label_ == "ORG":
                owner = _owner(piece, gaz)
                if owner is not None:
                    out += _owned(piece, owner)
                    piece = owner
                elif (one := _one_word_owner(piece)) is not None:
                    if one.start == piece.start:
                        out += _owned(piece, one)  # "NASA's Goddard Space Flight Center"
                    piece = one
                m = _TICKER.search(piece.text)
                if m and len(piece.text[: m.start()].split()) >= 2:
                    piece = doc.char_span(piece.start_char, piece.start_char + m.start(), label="ORG") or piece
            out.append(piece)
    return out


# Last words of a firm named after its founders: "Arvid Jauppi and Associates", "Smith and Sons".
_PARTNERS = frozenset({"associates", "partners", "sons", "brothers", "company", "co"})


def _partners_of(prev: Span, ent: Span) -> bool:
    """"[Arvid Jauppi] and [Associates]": a person's or a firm's name, "and", then the one word of a
    firm named after its founders, which the model tagged alone: one firm."""
    doc = prev.doc
    return (
        prev.label_ in {"PERSON", "ORG"} and ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in _PARTNERS
        and ent.start == prev.end + 1 and doc[prev.end].lower_ in {"and", "&"}
    )


def _one_name_cut_in_two(prev: Span, ent: Span) -> bool:
    """"President [Susilo Bambang] [Yudhoyono]'s government", "Minister [Datuk Loke] [Yuen Yow] told": the model
    ends a long foreign name's first words and tags the rest apart; two people are never written side by side without a
    comma or "and" between them (a rest of two words opening on a given name is a full name of its own, after a
    label the model took for a name: "[Sex Pistol] [John Lydon]")."""
    return (
        prev.label_ == "PERSON" and ent.label_ == "PERSON" and ent.start == prev.end
        and (len(ent) == 1 or len(ent) == 2 and len(prev) <= 3 and not given_name(ent[0].lower_))
        and prev.doc[prev.end - 1].whitespace_ == " " and all(t.is_title for t in [*prev, *ent])
    )


def _district_of_its_city(prev: Span, ent: Span) -> bool:
    """"in [Washington], [D.C.]", "[Washington] [D.C.]": the federal district's initials after its city, which copy writes
    to tell the capital from the state: the city's full name, one place (a state's tag after a town, "Staunton, Va.",
    is a place of its own)."""
    doc = ent.doc
    between = doc[prev.end : ent.start]
    return prev.label_ == "GPE" and ent.label_ == "GPE" and ent.text == "D.C." and prev.text.split()[-1] == "Washington" \
        and all(t.text == "," for t in between) and len(between) <= 1


def _joined(ents: list[Span], gaz: Gazetteer | None = None) -> list[Span]:
    """"[Lockheed] [Martin]": an organisation the model split, its last word taken for a person
    (one word, right after the organisation's, nothing between); "[US] [District Court]": a
    country's acronym, then its body; "[the Board of Deputies] of [British Jews]": a body, then the
    people it is of; "[the Police Federation of England] and [Wales]": a body of two regions."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _of_two_regions(prev, ent, gaz):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        if (
            prev is not None and prev.label_ == "ORG" and ent.label_ == "PERSON" and len(ent) == 1
            and ent.start == prev.end and prev.doc[prev.end - 1].whitespace_ == " " and ent[0].is_title
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        if prev is not None and ent.start == prev.end and len(prev) == 1 and prev.doc[prev.end - 1].whitespace_ == " " and (
            prev.label_ == "NORP" and ent.label_ == "ORG" and ent[-1].lower_ == "party"
            or prev.label_ == "ORG" and ent.label_ == "NORP" and len(ent) == 1 and prev[0].is_title and ent[0].is_title
        ):
            # "[Scottish] [Labour Party]": a people's adjective opens a party's name; "[Liberal] [Democrat]
            # leader": one party's member, cut in two
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label_)
            continue
        if prev is not None and _district_of_its_city(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="GPE")  # "[Washington], [D.C.]": one city
            continue
        if prev is not None and _one_name_cut_in_two(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")  # "[Susilo Bambang] [Yudhoyono]"
            continue
        if prev is not None and ent.start < prev.end:
            continue  # a people's name joined to the body before it
        if prev is not None and _partners_of(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")  # "[Arvid Jauppi] and [Associates]"
            continue
        if (
            prev is not None and prev.label_ == "ORG" and ent.label_ == "NORP" and ent.start == prev.end + 1
            and prev.doc[prev.end].text == "of"
        ):
            doc, end = ent.doc, ent.end
            while end < len(doc) and doc[end].ent_type_ == "NORP":
                end += 1  # "[British] [Jews]": the model's two spans of one people
            if doc[end - 1].tag_ == "NNPS":
                out[-1] = Span(doc, prev.start, end, label="ORG")  # "[the Board of Deputies] of [British Jews]"
                continue
        if (
            prev is not None and prev.label_ == "GPE" and ent.label_ == "ORG" and ent.start == prev.end
            and is_acronym(prev.text.replace(".", "").strip()) and ent[-1].lower_ in NATIONAL_BODY_HEADS
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")  # "[US] [District Court]": one body
            continue
        out.append(ent)
    return out


# Capitalised nouns that make a creed's adjective before them a movement's name; a people's adjective before "State" is
# the country's state ("a conflict between the Argentine State and ..."), no body's name.
_CREED_BODY_NOUNS = frozenset({"State", "Brotherhood"})
_CREED_ADJECTIVES = frozenset({"Islamic", "Islamist", "Muslim", "Christian"})


def _body_of_a_creed(ent: Span) -> Span | None:
    """"Mosul, Iraq, from the [Islamic] State", "the [Muslim] Brotherhood": the model's creed's word of one word, and the
    capitalised noun after it that no span holds, one body's name (not "the [Argentine] State", a country's)."""
    doc = ent.doc
    if ent.label_ != "NORP" or len(ent) != 1 or ent.text not in _CREED_ADJECTIVES or ent.end >= len(doc) or ent[0].whitespace_ != " ":
        return None
    noun = doc[ent.end]
    if noun.text not in _CREED_BODY_NOUNS or noun.ent_type_ or noun.is_sent_start:
        return None
    return Span(doc, ent.start, ent.end + 1, label="ORG")


# A legislature's chambers, written before a party's members who sit in one.
_CHAMBER_WORDS = frozenset({"Senate", "House"})


def _chamber_then_party(ent: Span) -> list[Span] | None:
    """"the [Senate Republican] leader": a chamber, a body of its own, then the party's adjective (role `other`); two
    names, which the model read as one people's. But the party's members in a chamber ("House Republicans say", "urged
    Senate Democrats to", "the 47 Senate Democrats", "the House GOP bill") are its caucus, which copy names by both
    words and the gold makes a form of the party's bare plural (lead ruling 30), whether the caucus acts, is counted
    or is governed: one name (not those of two chambers, "House and Senate Republicans")."""
    if ent.label_ not in {"NORP", "ORG"} or len(ent) != 2 or ent[0].text not in _CHAMBER_WORDS:
        return None
    caucus = chamber_caucus(ent.text)
    if not caucus and fold(ent[1].text) not in _PARTY_WORDS:
        return None
    if caucus and not _after_another_chamber(ent):
        return [Span(ent.doc, ent.start, ent.end, label="NORP")]  # a party's people, as "Congressional Democrats" is
    return [Span(ent.doc, ent.start, ent.start + 1, label="ORG"), Span(ent.doc, ent.start + 1, ent.end, label="NORP")]


# The short names US copy gives a party's members in a chamber: "House GOP", "Senate Dems".
_CAUCUS_SHORT_NAMES = frozenset({"gop", "dems"})


# The words US copy writes a party's caucus in Congress with, besides a chamber's: "congressional Democrats", "Capitol
# Hill Republicans", "Hill Democrats".
_CONGRESS_WORDS = frozenset({"congressional", "Congressional", "Capitol Hill", "Hill"})


def chamber_caucus(name: str) -> bool:
    """"Senate Democrats", "House GOP", "congressional Republicans": a party's caucus in a chamber or in Congress, by the
    chamber's (or Congress's) word and the party's plural or its short name (never a person's name, whatever "who"
    follows it)."""
    prefix, _, last = name.rpartition(" ")
    if prefix not in _CHAMBER_WORDS | _CONGRESS_WORDS:
        return False
    word = fold(last)
    return word in _CAUCUS_SHORT_NAMES or word.endswith("s") and word[:-1] in _PARTY_WORDS


def congressional_caucuses(doc: Doc) -> list[Found]:
    """"a non-starter for congressional Democrats", "Capitol Hill Republicans": a party's caucus in Congress, one name
    the model leaves at the party's plural (lead ruling 30 makes it a form of that plural, as "House Democrats" is)."""
    out: list[Found] = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        capitol = tok.i >= 2 and prev.text == "Hill" and doc[tok.i - 2].text == "Capitol"
        first = doc[tok.i - 2] if capitol else prev
        if prev.text in _CONGRESS_WORDS and chamber_caucus(f"{'Capitol Hill' if capitol else prev.text} {tok.text}"):
            out.append((first.idx, tok.idx + len(tok), "NORP", {"plural"}))
    return out


def _after_another_chamber(ent: Span) -> bool:
    """"many House and Senate Republicans will find themselves": the party's members of both chambers, no one caucus."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ in {"and", "or", "&"} and doc[ent.start - 2].text in _CHAMBER_WORDS


# Last words of a legislature's chamber's name: "the House", "the House of Representatives", "the House of Commons".
_CHAMBER_ENDS = _CHAMBER_WORDS | {"Representatives", "Commons", "Lords"}


def _chamber_then_officer(ent: Span) -> list[Span] | None:
    """"Speaker of the [House Nancy Pelosi]", "Speaker of the [House of Representatives Paul Ryan]": the chamber an
    office before it is of, then the full name of the office's holder, read as one name: two, the chamber a body."""
    doc = ent.doc
    first = ent.start + (ent[0].lower_ == "the")
    if ent.label_ not in {"PERSON", "ORG"} or first < 3 or doc[first].text not in _CHAMBER_WORDS:
        return None
    if [t.lower_ for t in doc[first - 2 : first]] != ["of", "the"] or not doc[first - 3].is_title:
        return None
    cut = next((t.i + 1 for t in ent[:-2] if t.text in _CHAMBER_ENDS and _full_name(doc[t.i + 1 : ent.end])), None)
    if cut is None:
        return None
    return [Span(doc, first, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]


# Last words of a country's body, which copy names with the country's acronym first ("US District
# Court", "UK Border Agency", "US Anti-Doping Agency", "UK Independence Party").
NATIONAL_BODY_HEADS = ORG_HEAD_NOUNS | {"court", "senate", "embassy", "army", "navy", "police", "party"}


# Positions that sports copy writes, in capitals, between a team and a player: "Browns DL Jo Doe",
# "Thunder: F Jo Doe". Not one a name carries: "F." with its period is an initial.
POSITIONS = frozenset(
    """QB RB WR TE OL OT OG DL DE DT LB ILB OLB CB DB FS SS K P LS G F C PG SG SF PF LW RW D RHP LHP OF""".split()
)


def _position_split(ent: Span) -> list[Span] | None:
    """"[Browns DL Sheldon Roe]", "[F Hamidou Doe]": a player's position between a team and the
    player; the team (when written) is an organisation, the player a person."""
    if ent.label_ not in {"PERSON", "ORG"}:
        return None
    cut = next((t.i for t in ent[:-2] if t.text in POSITIONS), None)
    if cut is None or not all(t.text[:1].isupper() and t.is_alpha for t in ent.doc[cut + 1 : ent.end]):
        return None
    pieces = [Span(ent.doc, cut + 1, ent.end, label="PERSON")]
    if cut > ent.start:
        pieces.insert(0, Span(ent.doc, ent.start, cut, label="ORG"))
    return pieces


def _body_then_its_seat(ent: Span) -> list[Span] | None:
    """"[Scottish National Party Holyrood] leader Jo Roe": a body's name, its head noun ending it,
    then the seat or chamber where the person after holds the role; two names."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or not (doc[ent.end].text.islower() and is_person_title(doc[ent.end].text)):
        return None
    head = max((k for k in range(1, len(ent) - 1) if ent[k].lower_ in NATIONAL_BODY_HEADS and ent[k].is_title), default=None)
    if head is None or len(ent) - head - 1 > 2 or not all(t.is_title and t.is_alpha for t in ent[head + 1 :]):
        return None
    return [Span(doc, ent.start, ent.start + head + 1, label="ORG"), Span(doc, ent.start + head + 1, ent.end, label="ORG")]


def _office_split(ent: Span, gaz: Gazetteer | None) -> list[Span] | None:
    """An office and its holder run into one name, which the model takes for an organisation or a
    work, where no body's name opens it (entities.splits._split_at_job_title splits "[Waseda University
    Political Science Professor Mitsuru Uchida]"): "former [National Security Adviser Brent
    Scowcroft]", whose field is no one; and a place, an honorific and a surname, "Speaking in
    [Bristol Mr Jones] said". The two or three capitalised words after the office's last title (one
    after an honorific) are the person, a place the gazetteer knows before an honorific the place."""
    if ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART"} or len(ent) < 3:
        return None
    doc = ent.doc
    office = next((t.i for t in reversed(ent[:-1]) if t.text[:1].isupper() and is_person_title(t.text)), None)
    if office is None:
        return None
    holder = doc[office + 1 : ent.end]
    fewest = 1 if fold(doc[office].text).rstrip(".") in HONORIFICS else 2
    if not fewest <= len(holder) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and not is_person_title(t.text) for t in holder):
        return None
    if holder[-1].lower_ in SITED_HEADS:
        return None  # "Cambridge Judge Business School": the words after a title make a body's name
    if office == ent.start + (ent[0].lower_ == "the"):
        return None  # "Judge Ana Ruiz", "General Electric Co": a leading title is weighed where spans are cleaned
    if any(doc[i].lower_ in ORG_HEAD_NOUNS and doc[i].text[:1].isupper() for i in range(ent.start, office)):
        return None  # a body's name, then the office: entities.splits._split_at_job_title
    pieces = [Span(doc, holder.start, holder.end, label="PERSON")]
    if gaz is not None and gaz.lookup(doc[ent.start : office].text):
        pieces.insert(0, Span(doc, ent.start, office, label="GPE"))
    elif fewest == 1:
        return None  # "[Describing Mr Jackson]": a surname alone, with nothing before it to show what the span was
    return pieces


def _office_after(ent: Span) -> Span | None:
    """"Monsod told [Reuters Finance] Secretary Jaime Ongpin", "[Osaka University Political Science]
    Professor Ken Ito": a body's span that took the words of the office after it, its first word
    ("Finance" of "Finance Secretary") or its field; the body ends before them, at its head noun."""
    doc = ent.doc
    if ent.label_ not in {"ORG", "WORK_OF_ART"} or len(ent) < 2 or ent.end >= len(doc) or not is_person_title(doc[ent.end].text) \
            or not doc[ent.end].text[:1].isupper():
        return None
    end = ent.end
    while end > ent.start + 1 and is_title_word(doc[end - 1].text) and doc[end - 1].text[:1].isupper():
        end -= 1
    if end == ent.end:
        end = next((i + 1 for i in range(ent.end - 2, ent.start, -1) if doc[i].lower_ in ORG_HEAD_NOUNS and doc[i].text[:1].isupper()), end)
    return Span(doc, ent.start, end, label="ORG") if end < ent.end else None


# Last words of an institution that stands somewhere: "Glenurquhart High School in Inverness".
SITED_HEADS = ORG_HEAD_NOUNS | SITE_HEAD_NOUNS | {"school", "academy", "centre", "center"}


def _located_split(ent: Span, gaz: Gazetteer | None) -> list[Span] | None:
    """"[Glenurquhart High School in Inverness]", "[Lubin School of Business at Pace University]":
    an institution and where it is, which the model read as one name; the place (after "in", or one
    the gazetteer knows) or the larger institution (by its head noun) is a name of its own."""
    if ent.label_ not in {"ORG", "FAC"} or len(ent) < 4:
        return None
    doc = ent.doc
    for tok in ent[2:-1]:
        where = doc[tok.i + 1 : ent.end]
        if _firm_of_its_country(tok, where, gaz) or _team_in_its_venue(tok, where, gaz):
            return [Span(doc, ent.start, tok.i, label=ent.label_), Span(doc, where.start, where.end, label="GPE")]
        if tok.text not in {"in", "at"} or not any(t.lower_ in SITED_HEADS and t.text[:1].isupper() for t in doc[ent.start : tok.i]):
            continue  # (the head may come before what it is of: "School of Business at ...")
        if not all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and"} for t in where):
            return None
        if tok.text == "in" or gaz is not None and gaz.lookup(where.text):
            label = "GPE"  # (a small town the gazetteer reads only inside the article's country: "in Inverness")
        elif where[-1].lower_ in SITED_HEADS:
            label = "ORG"
        else:
            return None
        return [Span(doc, ent.start, tok.i, label=ent.label_), Span(doc, where.start, where.end, label=label)]
    return None


def _team_in_its_venue(tok: Token, where: Span, gaz: Gazetteer | None) -> bool:
    """"the first Test match against [the All Blacks in Christchurch]": a name in the plural, a team's or a people's,
    then "in" and a place the gazetteer knows, says where they are (not "the Church in Wales": one body's name)."""
    doc = tok.doc
    return tok.text == "in" and doc[tok.i - 1].tag_ == "NNPS" and gaz is not None and all(t.is_title for t in where) \
        and gaz.lookup(where.text) is not None


def _firm_of_its_country(tok: Token, where: Span, gaz: Gazetteer | None) -> bool:
    """"[Dominion Textiles Inc of Canada]": "of" or "in" after a firm's legal form, then a country, says
    where the firm is from; its name ended with the legal form."""
    prev = tok.doc[tok.i - 1]
    return tok.text in {"of", "in"} and prev.lower_.rstrip(".") in LEGAL_FORMS and gaz is not None and gaz.country(where.text) is not None


def _role_place_cut(ent: Span, gaz: Gazetteer | None) -> list[Span] | None:
    """"ambassador to [the Ukraine Marie Roe]": the country of a role, glued onto the name after it;
    the country is a place, the name of two or three capitalised words a person."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    if ent.label_ not in {"ORG", "PERSON"} or ent.start < 2 or doc[ent.start - 1].lower_ not in {"to", "of", "for"} or gaz is None:
        return None
    if not is_person_title(doc[ent.start - 2].text):
        return None  # "ambassador to", "minister of": a role's country, not a name of the place's own
    for n in (2, 1):
        name = doc[start + n : ent.end]
        if 2 <= len(name) <= 3 and gaz.country(doc[start : start + n].text) and all(t.text[:1].isupper() and t.is_alpha for t in name) \
                and name[-1].lower_ not in NATIONAL_BODY_HEADS:  # "chairman of the UK Film Council": the country's body
            return [Span(doc, start, start + n, label="GPE"), Span(doc, name.start, name.end, label="PERSON")]
    return None


def _modifier_cut(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """An adjective the model ran into a name: at its end, modifying the noun after the name ("the
    [Tampa Bay Buccaneers American] football team"); at its start, a word before a state or a
    country that makes no place of its own with it, in a place's span ("[Rural New Hampshire]"; not
    "Central America", "Nazi Germany", nor a person's or a body's: "Michael Jordan", "Air India")."""
    doc = ent.doc
    if len(ent) < 2:
        return None
    last = ent[-1]
    if ent.label_ in {"ORG", "PERSON", "FAC"} and last.pos_ == "ADJ" and last.head.i >= ent.end and ent.end < len(doc) \
            and doc[ent.end].text.islower() and doc[ent.end].pos_ == "NOUN" and len(ent) >= 3:
        return Span(doc, ent.start, ent.end - 1, label=ent.label_)
    first, rest = ent[0], ent[1:]
    if ent.label_ in {"GPE", "LOC"} and gaz is not None and first.is_alpha and first.lower_ not in _COMPASS_WORDS | REGIME_WORDS \
            and (gaz.region(rest.text) or gaz.country(rest.text)) and not gaz.lookup(ent.text):
        return Span(doc, rest.start, rest.end, label="GPE")
    return None


# A regime's word before its country's name, which names the state of that time, a place of its own: "Nazi Germany",
# "Soviet Russia", "Imperial Japan", "Vichy France" (entities.places joins it to the country where both are written).
REGIME_WORDS = frozenset("nazi fascist soviet communist imperial tsarist czarist vichy francoist maoist".split())

# First words of a place's own name ("Central America", "New Mexico", "Lake Chad"), never cut off.
_COMPASS_WORDS = frozenset(
    """north south east west central northern southern eastern western upper lower greater new great united
    middle inner outer lake mount cape port fort camp gulf bay sea river""".split()
)


def _adjective_end(ent: Span) -> Span | None:
    """"[Columbia University Mailman School of Public] Health": a long name the model stopped one
    word short, on a word that modifies the capitalised word after it, which belongs to the name."""
    doc = ent.doc
    if ent.label_ not in {"ORG", "FAC"} or len(ent) < 2 or ent.end >= len(doc):
        return None
    last, nxt = doc[ent.end - 1], doc[ent.end]
    if last.head.i != nxt.i or last.dep_ not in {"amod", "compound"} or not last.whitespace_:
        return None
    if not (nxt.text[:1].isupper() and nxt.is_alpha and not nxt.ent_type_ and not is_person_title(nxt.text)):
        return None
    if nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isupper() and doc[nxt.i + 1].is_alpha:
        return None  # the run goes on: not a name we can bound
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


# Numbers a broadcaster names its channels by, in words: "BBC One", "BBC Radio Five Live".
_CHANNEL_NUMBERS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven"})


def _channel_number(ent: Span) -> Span | None:
    """"his [BBC] One show", "told [BBC Radio] Five Live": a broadcaster's channel numbered in words,
    which the model leaves off the broadcaster or reads as a number or a work ("Live" may follow)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].text not in _CHANNEL_NUMBERS:
        return None
    if not (is_acronym(ent[-1].text) or ent[-1].text in {"Radio", "TV", "Channel"}):
        return None
    end = ent.end + 1 + (ent.end + 1 < len(doc) and doc[ent.end + 1].text == "Live")
    return Span(doc, ent.start, end, label="ORG")


def _listed_end(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """"[the National Association of Broadcast Employees] and Technicians", "[the Department for
    Media], Culture and Sport", "[the Subcommittee on Livestock], Dairy and Poultry": a body's name
    that lists what it is of or on, cut by the model at the list; the list's capitalised words that
    no other name holds, up to its "and", belong to the name (a word the model took alone for a
    place no gazetteer knows, "Poultry", too; "Britain" stays a place of its own)."""
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.lower_ in {"of", "for", "on"} for t in ent[1:-1]):
        return None
    end = ent.end
    while end + 1 < len(doc) and doc[end].text in {",", "and", "&"}:
        word = doc[end + 1]
        tagged_alone = word.ent_iob_ == "B" and (end + 2 >= len(doc) or doc[end + 2].ent_iob_ != "I") \
            and word.ent_type_ in {"GPE", "LOC", "ORG"} and not (gaz and gaz.lookup(word.text))
        if not (word.is_title and word.is_alpha and (not word.ent_type_ or tagged_alone) and word.pos_ in {"PROPN", "NOUN"}):
            return None
        last = doc[end].text != ","
        end += 2
        if last:
            after = doc[end] if end < len(doc) else None
            if after is not None and after.is_title and after.is_alpha:
                return None  # the run goes on: no list we can bound
            return Span(doc, ent.start, end, label="ORG")
    return None


def _month_end(ent: Span) -> Span | None:
    """"estimated [Opec February] output": a month after a body's name dates what follows; no part of it."""
    if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in _MONTHS_AND_DAYS or not ent[-1].is_title or ent[-1].lower_ == "may":
        return None
    end = ent.end - 1
    if end - ent.start > 1 and ent[end - ent.start - 1].pos_ == "ADP" and ent[end - ent.start - 1].text.islower():
        end -= 1  # "debated in [the Commons on Monday]": the day's preposition goes with it
    return Span(ent.doc, ent.start, end, label="ORG")


# A member's title after the seat the member holds: "Bolton West MP", "a Glasgow MEP".
_MEMBERS = frozenset({"MP", "MEP", "MSP"})


def _seat_of_a_member(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """"a Cabinet Office minister and [Bolton West MP]": a member's title after a place, or a town and
    a point of the compass, is after the member's seat, a place (not "Jo Roe MP", a person's name)."""
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) < 2 or ent[-1].text not in _MEMBERS or gaz is None:
        return None
    seat = ent[1:-1] if ent[0].lower_ == "the" else ent[:-1]
    if not len(seat) or not all(t.is_title and t.is_alpha for t in seat):
        return None
    town = gaz.lookup(seat[0].text) or len(seat) == 2 and seat[-1].lower_ in _COMPASS_WORDS
    after_the = seat.start > 0 and ent.doc[seat.start - 1].lower_ == "the" and len(seat) > 1 and town
    if not (gaz.lookup(seat.text) or len(seat) == 2 and seat[-1].lower_ in _COMPASS_WORDS and gaz.lookup(seat[0].text) or after_the):
        # "Austin Mitchell MP": a town's name may be a given name; a seat is a place or a town's part, and
        # after "the" ("the Glasgow Kelvin MP", "the Ealing North MP") no one's name but a seat
        return None
    return Span(ent.doc, seat.start, seat.end, label="GPE")


def _of_two_regions(body: Span, place: Span, gaz: Gazetteer | None) -> bool:
    """A body's name ending "of" a region, then "and" another region the model took apart: "the Police
    Federation of England and Wales", "the Law Society of England and Wales" (not "the University of Oxford
    and Cambridge": cities, two bodies)."""
    doc = body.doc
    return gaz is not None and body.label_ == "ORG" and place.label_ == "GPE" and len(body) >= 3 \
        and body[-2].lower_ == "of" and place.start == body.end + 1 and doc[body.end].lower_ == "and" \
        and bool(gaz.region(body[-1].text)) and bool(gaz.region(place.text))


def _country_acronym_before(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """"the UK [Independence Party]": a country's acronym the model left out of the body it names."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start == 0 or ent[-1].lower_ not in NATIONAL_BODY_HEADS or gaz is None:
        return None
    before = doc[ent.start - 1]
    if before.ent_type_ not in {"", "DATE"} or not is_acronym(before.text.replace(".", "").strip()) or not gaz.country(before.text):
        return None  # ("June 2 - U.S. [District Court]": a dateline's date took the acronym)
    return Span(doc, before.i, ent.end, label="ORG")


def _region_word_before(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """"New [South Wales]": a state's or a nation's name the model tagged without its first word, which the gazetteer
    names whole."""
    doc = ent.doc
    if ent.label_ not in {"GPE", "LOC"} or ent.start == 0 or gaz is None or not doc[ent.start - 1].is_title \
            or doc[ent.start - 1].ent_type_ or not gaz.region(doc[ent.start - 1 : ent.end].text):
        return None
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


def _particle_end(ent: Span) -> Span | None:
    """"[Ursula von der] Leyen", "[Albert van] den Bergh": a name the model cut after or among its particles goes on
    to the surname."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent[-1].lower_ not in NAME_PARTICLES:
        return None
    end = ent.end
    while end < len(doc) and doc[end].text in NAME_PARTICLES:
        end += 1
    if end >= len(doc) or not (doc[end].text[:1].isupper() and doc[end].is_alpha):
        return None
    return Span(doc, ent.start, end + 1, label="PERSON")


_SYLLABLE_MAX = 3  # letters of one syllable that spells a stop word ("in"), not a word of a compound ("Trump-made")


def _syllable_end(ent: Span) -> Span | None:
    """"[Moon Jae]-in": a person's given name written with a hyphen (a Korean one's two syllables), its second syllable
    an English function word in lower case (a stop word: "in", "an", "on"), which the model left out of the name, goes
    on to it. Not a word made of a name ("a Pelosi-led House", "Bush-era rules"): those are no function words."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or end + 1 >= len(doc) or ent[-1].whitespace_ or doc[end].text != "-":
        return None
    syllable = doc[end + 1]
    if doc[end].whitespace_ or not (syllable.is_lower and syllable.is_alpha and syllable.is_stop and len(syllable) <= _SYLLABLE_MAX):
        return None
    return Span(doc, ent.start, end + 2, label="PERSON")


def _score_cut(ent: Span) -> Span | None:
    """"[Jo Doe 6-4], 6-3", "[Chile 3-0]": results copy glues a score onto the name before it."""
    cut = next((t.i for t in ent[1:] if t.text[:1].isdigit()), None)
    if cut is None or not ent.doc[cut - 1].text[:1].isupper() or not _SCORE.fullmatch(ent.doc[cut : ent.end].text):
        return None  # "NBC 5", "Group 7": a number that is part of the name
    return Span(ent.doc, ent.start, cut, label=ent.label_)


def _pronoun_surname(ent: Span) -> Span | None:
    """"He [Jianxiong]": a surname spelt like a pronoun ("He") stands right before a given name, where
    no pronoun can (a pronoun is never followed by a name of one word and a comma or a verb of speech)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].text != "He":
        return None
    if ent.end < len(doc) and doc[ent.end].text not in {",", "said", "says", "told"}:
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


# Last words of a body named after the place it serves: "the Federal Reserve Bank of New York", "the Economic Club of
# Washington", "the Democratic Club of Ohio".
_SERVING_HEADS = ORG_HEAD_NOUNS | {"bank", "club", "center", "centre", "office", "board", "coalition"}
# Words a body's name goes on after, never ends on: "the [Legal Counsel of] [the European Parliament]".
_NAME_GOES_ON = frozenset({"of", "for"})
_ARTICLES = frozenset({"the", "a", "an"})


def _of_place(ent: Span) -> Span | None:
    """"[the Federal Reserve Bank] of [New York]": an institution named after the place it serves; "the [Office of the
    Secretary of] [State]", "the centrist [Committee for] a Responsible Federal Budget": a body's span (a body's word
    in it) the model ended on "of" or "for", whose name goes on with the capitalised words after it (no name ends on a
    preposition)."""
    doc = ent.doc
    end = ent.end
    if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in _NAME_GOES_ON:
        stop = _capitalised_words_after(doc, end)
        if stop == end or not any(t.lower_ in _BODY_LAST_WORDS for t in ent[:-1]) or stop < len(doc) and doc[stop].tag_ == "POS" \
                or doc[stop - 1].ent_type_ in {"GPE", "LOC"}:
            return None  # a body's word before it ("[Akira Tokutomi of] Nikko said": a person of his firm), no owner of
            # the next name after it ("of Strathclyde University's Fraser of Allander Institute"), and no place, where
            # the body is ("[Imagine Media of] Brisbane")
        return Span(doc, ent.start, stop, label="ORG")
    if ent.label_ != "ORG" or ent[-1].lower_ not in _SERVING_HEADS or end + 1 >= len(doc) or doc[end].text != "of":
        return None
    place = doc[end + 1]
    if place.ent_type_ != "GPE" or place.ent_iob_ != "B":
        return None
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return Span(doc, ent.start, stop, label="ORG")


def _capitalised_words_after(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words from token `i` (an article before them taken in: "a Responsible Federal
    Budget", "the European Parliament"), within a sentence and never a person's name; `i` when there is none."""
    start = i + 1 if i + 1 < len(doc) and doc[i].lower_ in _ARTICLES and doc[i + 1].text[:1].isupper() else i
    stop = start
    while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha and not doc[stop].is_sent_start \
            and doc[stop].ent_type_ != "PERSON":
        stop += 1
    return stop if stop > start else i


def _handle_cut(ent: Span) -> Span | None:
    """"[Twitter @someone]": a social handle is no name; one word before it is the platform."""
    cut = next((t.i for t in ent if t.text.startswith("@")), None)
    if cut is None:
        return None
    return Span(ent.doc, ent.start, cut, label="ORG" if cut - ent.start == 1 else ent.label_)


def _lowercase_cut(ent: Span) -> Span | None:
    """"[Lopez on Twitter]": a person's name ends at a lowercase word that is no particle ("de", "al")."""
    if ent.label_ != "PERSON":
        return None
    cut = next((t.i for t in ent[1:] if t.is_alpha and t.text.islower() and t.doc[t.i - 1].whitespace_
                and t.lower_ not in NAME_PARTICLES | NAME_ARTICLES), None)  # "Hau-yip" is one name
    return Span(ent.doc, ent.start, cut, label="PERSON") if cut is not None else None


def _owner_person(ent: Span) -> Span | None:
    """"[Robert Jordan's Wheel] of Time": a person's name runs into what the person owns or wrote;
    the person is the name of two words or more before the possessive."""
    if ent.label_ != "PERSON":
        return None
    cut = next((t.i for t in ent[1:-1] if t.text in APOSTROPHE_S), None)
    if cut is None or cut - ent.start < 2 or not ent.doc[cut + 1].text[:1].isupper():
        return None  # one word before it may be a place ("Punjab's Bhatinda"): left as the model read it
    return Span(ent.doc, ent.start, cut, label="PERSON")


# Words a poll's or a survey's sponsors write after their names: "a Suffolk University/Boston Globe Poll".
_POLL_WORDS = frozenset({"poll", "survey"})
# Labels the model gives two sponsors joined by a slash: "[New York Times/CBS News]" (ORG), "[Politico/Morning Consult]" (LAW).
_JOINT_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})


def _capitalised_run(span: Span) -> bool:
    """Every word of a piece capitalised or an initialism: "CBS News", "Boston Globe" (not "the", "new")."""
    return len(span) > 0 and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in span)


def _joint_sponsors(ent: Span) -> list[Span] | None:
    """Bodies that run one poll or one study, joined by slashes ("a [New York Times/CBS News] survey", "a [Suffolk
    University/Boston Globe Poll]", "a [Wall Street Journal/NBC/Marist] poll") or by a hyphen between two names of two
    words each, an acronym beside it ("a [Washington Post-ABC News] poll"): each its own organisation; the poll's word
    after the last is no name of it. A hyphen inside one name ("Urban-Brookings Tax Policy Center", "Hewlett-Packard",
    "US Anti-Doping Agency") joins words; a slash outside a poll's name joins a firm's ("Capital Cities/ABC Inc", "Royal
    Dutch/Shell Group")."""
    if ent.label_ not in _JOINT_LABELS:
        return None
    doc = ent.doc
    ent = _with_sponsors_after(ent)
    joints = [t.i for t in ent[1:-1] if t.text == "/" or t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if not joints or len(joints) > 1 and any(doc[j].text != "/" for j in joints):
        return None
    if not _names_a_poll(ent):
        return None  # "Capital Cities/ABC Inc", "Royal Dutch/Shell Group", "A/S": one firm's name
    start = ent.start + (ent[0].lower_ in {"a", "an", "the"})
    end = ent.end - (ent[-1].lower_ in _POLL_WORDS and ent.end - 1 > joints[-1] + 1)
    sponsors = [doc[a + 1 : b] for a, b in zip([start - 1, *joints], [*joints, end])]
    if not all(_capitalised_run(sponsor) for sponsor in sponsors):
        return None
    left, right = sponsors[0], sponsors[-1]
    if doc[joints[0]].text == "-" and (len(left) < 2 or len(right) < 2 or not (is_acronym(left[-1].text) or is_acronym(right[0].text))):
        return None  # "Urban-Brookings", "Post-Dispatch", "US Anti-Doping Agency": a hyphen inside one name
    return [Span(doc, sponsor.start, sponsor.end, label="ORG") for sponsor in sponsors]


def _with_sponsors_after(ent: Span) -> Span:
    """The span and the sponsors a slash adds after it, which the model left out ("a [Wall Street Journal/NBC]/Marist
    poll", "a [Florida International University/The Miami Herald/]El Nuevo Herald poll")."""
    doc, end = ent.doc, ent.end - (ent[-1].text == "/")
    while end + 1 < len(doc) and doc[end].text == "/" and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ and doc[end].lower_ not in _POLL_WORDS:
            end += 1
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _names_a_poll(ent: Span) -> bool:
    """Whether a span names a poll or a survey: ends on its word ("a Suffolk University/Boston Globe Poll") or stands
    right before it, one word between at most ("a New York Times/CBS News survey", "an online Politico/Morning Consult
    tracking poll"), or the place it polls ("an NBC News/Marist South Carolina poll")."""
    doc, at = ent.doc, ent.end
    while at < len(doc) and doc[at].ent_type_ == "GPE":
        at += 1
    after = doc[at : at + 2]
    return ent[-1].lower_ in _POLL_WORDS or any(t.lower_ in _POLL_WORDS | {"polls", "surveys"} for t in after)


def _owner_then_person(ent: Span) -> list[Span] | None:
    """A body's possessive and the full name of one of its people, read as one body's or work's name: "[Twitter's Adam
    Sharp] said", "an email to [the NFL Network's Rich Eisen]": the body, and the person (a given name opens the two or
    three capitalised words after the possessive; "McDonald's Big Mac" has none)."""
    if ent.label_ not in {"ORG", "WORK_OF_ART", "PRODUCT"}:
        return None
    doc = ent.doc
    if ent[-1].text in APOSTROPHE_S and ent.label_ != "ORG" and len(ent) > 1 and _before_a_person(doc, ent.end):
        # "[American Action Forum's] Douglas Roe said": the model's work ends at the possessive; the body owns the person
        return [Span(doc, ent.start + (ent[0].lower_ == "the"), ent.end - 1, label="ORG")]
    cut = next((t.i for t in ent[1:-2] if _possessive(t)), None)
    if cut is None:
        return None
    person = doc[cut + 1 : ent.end]
    if not _full_name(person) or _modifies_a_noun_after(person):
        return None  # "the Times' [Election Day] preparations": a name of a thing it owns, no person
    start = ent.start + (ent[0].lower_ == "the")
    if not _capitalised_run(doc[start:cut]):
        return None
    return [Span(doc, start, cut, label="ORG"), Span(doc, person.start, person.end, label="PERSON")]


def _modifies_a_noun_after(words: Span) -> bool:
    """Whether the words only qualify a noun after them ("[Election Day] preparations")."""
    return words[-1].dep_ == "compound" and words[-1].head.i >= words.end


def _possessive(tok: Token) -> bool:
    """A possessive's ending, or the bare apostrophe a plural or a name on "s" takes ("Fox News' Jo Roe")."""
    return tok.text in APOSTROPHE_S or tok.text in {"'", "\u2019"} and tok.nbor(-1).text.endswith("s") and not tok.nbor(-1).whitespace_


def _before_a_person(doc: Doc, i: int) -> bool:
    """Whether a person's name the model tagged opens at token `i`, a given name first ("Douglas Roe")."""
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and given_name_word(doc[i].lower_)


# Last words of a body's or a site's name, which a person's name never ends on: "Royal Bank" of "Royal Bank of Scotland".
_BODY_LAST_WORDS = ORG_HEAD_NOUNS | SITE_HEAD_NOUNS | frozenset(
    "bank church court house board group club party trust school center centre city state office".split()
)


def _full_name(words: Span) -> bool:
    """A person's given name and surname (two or three capitalised words, a given name first, no title nor body's word):
    "Adam Sharp", "Meenakshi Ganguly" (not "Duke of", "Royal Bank")."""
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) and given_name_word(words[0].lower_) \
        and not is_person_title(words[0].text) and not any(t.lower_ in _BODY_LAST_WORDS for t in words)


def _person_of_body(ent: Span) -> list[Span] | None:
    """A person's full name, "of" and the body she speaks for, read as one body's name: "said [Meenakshi Ganguly of Human
    Rights Watch]": the person (a given name, then a surname) and the body (two capitalised words or more). "Bank of
    America", "Friends of the Earth" open on no given name."""
    if ent.label_ != "ORG":
        return None
    doc = ent.doc
    of = next((t.i for t in ent[2:-2] if t.text == "of"), None)
    if of is None:
        return None
    person, body = doc[ent.start : of], doc[of + 1 : ent.end]
    if body[0].lower_ == "the":
        body = body[1:]
    if not _full_name(person):
        return None
    if len(body) < 2 or not all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and", "the", "on"} for t in body):
        return None
    return [Span(doc, person.start, person.end, label="PERSON"), Span(doc, body.start, body.end, label="ORG")]


def _administration(ent: Span) -> Span | None:
    """"the Trump administration": a government, named after its head, is an organisation."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.end >= len(doc) or doc[ent.end].lower_ != "administration":
        return None
    return Span(doc, ent.start, ent.end + 1, label="ORG")


# Federal agencies whose name joins two words with "and", where the model ends the name at the first ("handed over to
# [Customs] and Border Protection officers"); a longer name holding one ("the Department of Health and Human Services")
# keeps its own span, the longer span winning.
_AGENCIES_NAMED_WITH_AND = re.compile(r"\b(?:Customs and Border Protection|Immigration and Customs Enforcement)\b")


def agencies_named_with_and(text: str) -> list[Found]:
    """"Customs and Border Protection announced on Wednesday", "a Customs and Border Protection officer": one body, which
    the gold of rounds 66-85 names whole."""
    return [(m.start(), m.end(), "ORG", {"organisation"}) for m in _AGENCIES_NAMED_WITH_AND.finditer(text)]


# A leader's surname before "administration" or "transition team" in lowercase: "Trump administration officials on
# Monday blamed Congress", "he was working for the Trump transition team".
_LEADERS_ADMINISTRATION = re.compile(r"\b(?P<leader>[A-Z][a-z]+) (?:administration|transition team)\b")


def administrations(text: str, people: frozenset[str]) -> list[Found]:
    """"Trump administration officials on Monday ...": a government named after a person the article names, which the
    model leaves untagged where the leader's name opens the sentence (so _administration, which reads its spans, never
    sees it): a body of its own, as "the Trump administration" is mid-sentence; and the staff that readies it ("the
    Trump transition team"), a body the gold names apart from the campaign and the administration (rounds 78, 85)."""
    return [(m.start(), m.end(), "ORG", {"organisation"}) for m in _LEADERS_ADMINISTRATION.finditer(text) if m["leader"] in people]


def _campaign(ent: Span) -> Span | None:
    """"the Clinton campaign said", "Trump campaign manager Corey Lewandowski", copy's short "the Sanders camp": a
    candidate's staff, named after him as a government is after its head, is an organisation that speaks and acts apart
    from him (the gold's convention since round 51: `X campaign` an actor, never merged with its candidate). A person's
    name only: "the Brexit campaign" is a cause; the noun only, not the verb ("Clinton campaigned in Iowa"); `camp` in
    lower case only, as "Camp David" is a place's own name, and never a camp something is in ("sources in the Rukban
    camp", a refugees' camp; "is not in the Lewandowski camp", a faction), as a staff that acts is not."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or ent.end >= len(doc) or not _names_a_campaign(doc[ent.end], _inside(ent)):
        return None
    if any(t.tag_ == "POS" for t in ent):
        return None  # "the Washington Healthcare Authority's Opioid Prevention campaign": a body's drive, no one's staff
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def _names_a_campaign(word: Token, inside: bool) -> bool:
    return (word.lower_ == "campaign" and word.pos_ != "VERB") or (word.text == "camp" and not inside)


# Prepositions of where something is, before "the" and a name: "in the Rukban camp", "at the Aspen Institute".
_LOCATIVES = frozenset({"in", "at", "inside", "within", "near", "outside"})


def _inside(ent: Span) -> bool:
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start  # "in [the Rukban] camp"
    return start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in _LOCATIVES


# The noun of a staff named after its candidate whose span keeps his name a mention of him too (_keeps_its_candidate).
STAFF_NOUN = "campaign"


def _keeps_its_candidate(staff: Span | None) -> bool:
    """Whether the candidate inside his staff's name ("the [Trump] campaign", `_campaign`'s span) is a mention of him
    too, which the body's span must not swallow (the story's other "Trump"s are still his, and the same name later said
    alone is him). Not in copy's short "the Sanders camp", whose name the model tags a body's as often as a person's: a
    mention of that tag would take the candidate's other mentions with it."""
    return staff is not None and staff[-1].lower_ == STAFF_NOUN


# Lowercase words that open a clause, never a word of a name: "at [Southampton when Arsenal] had".
_CLAUSE_OPENERS = frozenset({"when", "while", "whereas", "because", "although", "though", "unless", "whenever"})


def _clause_split(ent: Span) -> list[Span] | None:
    """"[Southampton when Arsenal] had a numerical advantage": two names the model ran over the conjunction
    between a clause and the next, each its own."""
    cut = next((t.i for t in ent[1:-1] if t.text in _CLAUSE_OPENERS), None)
    if cut is None:
        return None
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in ((ent.start, cut), (cut + 1, ent.end)) if ent.doc[a].text[:1].isupper()]


# Lowercase words no name holds between two capitalised runs, which the model reads across: "moved from [Leinster to
# Toulouse]", "a final against [Perpignan at Lansdowne Road]".
_BETWEEN_TWO_NAMES = frozenset({"to", "at"})


def _names_either_side(ent: Span) -> list[Span] | None:
    """Two names the model ran over a "to" or an "at" between them, each its own: where one went from and to, a side
    and its ground; the name after "at" is where, a place."""
    cuts = [t.i for t in ent[1:-1] if t.text in _BETWEEN_TWO_NAMES]
    if ent.label_ not in _ENTITY_LABELS or len(cuts) != 1 or not all(t.text[:1].isupper() for t in ent if t.i != cuts[0]):
        return None
    if ent.doc[cuts[0] - 1].lower_ in ORG_HEAD_NOUNS | {"campaign", "coalition", "alliance"} or ent.doc[cuts[0] + 1].tag_ == "VB":
        return None  # "the Committee to Protect Bloggers": a body named for what it is to do
    after = "GPE" if ent.doc[cuts[0]].text == "at" and ent.label_ in {"PERSON", "ORG"} else ent.label_
    return [Span(ent.doc, ent.start, cuts[0], label=ent.label_), Span(ent.doc, cuts[0] + 1, ent.end, label=after)]


def _listed(ent: Span) -> list[Span] | None:
    """"Draper, Firefly Aerospace": a list of organisations or people read as one name."""
    if ent.label_ not in {"ORG", "PERSON"} or not any(t.text == "," for t in ent):
        return None
    first_comma = next(t.i for t in ent if t.text == ",")
    if any(t.text in {"of", "on", "for"} for t in ent.doc[ent.start : first_comma]):
        return None  # "Council on Energy, Environment and Water": the list is what the name is of
    pieces, start = [], ent.start
    for t in ent:
        if t.text == "," or t.lower_ in {"and", "&"} and t.i > ent.start and ent.doc[t.i - 1].text == ",":
            if t.i > start:
                pieces.append(ent.doc[start : t.i])
            start = t.i + 1
    pieces.append(ent.doc[start : ent.end])
    # (the model's span opens on the first name's article: "leader of [the Nationals, Mark Vaile]")
    pieces = [s[1:] if len(s) > 1 and s[0].lower_ == "the" else s for s in pieces]
    return [Span(ent.doc, s.start, s.end, label=ent.label_) for s in pieces if len(s) and s.text[:1].isupper()]


def _place_pair(ent: Span) -> list[Span] | None:
    """"Orange and Riverside counties", "Belmarsh and Woodhill prisons": two places sharing one plural place noun.
    Two bodies likewise share a plural body noun: "the Liberal and National parties", "the Office of the Deputy Prime
    Minister and Constitutional Affairs select committees"."""
    doc = ent.doc
    shared = _shared_plural(ent)
    if shared is None:
        return None
    label = "GPE" if shared.lower_ in _PLURAL_PLACE_NOUNS else "ORG"
    cuts = [t.i for t in ent if t.lower_ in {"and", "or", ","}]
    if not cuts:
        return None
    pieces, start = [], ent.start + (ent[0].lower_ == "the")
    for i in cuts + [ent.end]:
        if i > start:
            pieces.append(Span(doc, start, i, label=label))
        start = i + 1
    return pieces if all(p.text[:1].isupper() for p in pieces) else None


def _shared_plural(ent: Span) -> Token | None:
    """The plural place or body noun right after a span, or after one lowercase word before a body's ("select
    committees": the committees' kind)."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _PLURAL_PLACE_NOUNS | _PLURAL_BODY_NOUNS:
        return doc[ent.end]
    if ent.end + 1 < len(doc) and doc[ent.end].text.islower() and doc[ent.end].is_alpha and doc[ent.end + 1].lower_ in _PLURAL_BODY_NOUNS:
        return doc[ent.end + 1]
    return None


def listed_places(doc: Doc) -> list[Found]:
    """"Barry, Berrien, Cass and Van Buren counties": every name of a list that shares one plural
    place noun is a place, whatever the model made of each (it takes many for people)."""
    out: list[Found] = []
    for tok in tokens(doc).lower(_PLURAL_PLACE_NOUNS):
        if tok.i == 0 or not tok.text.islower():
            continue
        names: list[tuple[int, int]] = []
        i = tok.i - 1
        while i >= 0:
            end = i
            while i >= 0 and end - i < T.NAME_RUN_MAX_WORDS and doc[i].text[:1].isupper() and doc[i].is_alpha:
                i -= 1
            if i == end:
                break
            names.append((doc[i + 1].idx, doc[end].idx + len(doc[end])))
            if i >= 1 and doc[i].lower_ in {"and", "or"} and doc[i - 1].text == ",":
                i -= 2  # ", and"
            elif i >= 0 and (doc[i].text == "," or doc[i].lower_ in {"and", "or"}):
                i -= 1
            else:
                break
        if len(names) >= 2:
            out += [(start, end, "GPE", {"place"}) for start, end in names]
    return out


# People a body is named for, in a possessive inside its name: "the Transport & General Worker's Union", "Pakistan
# People's Party", "the Director's Guild of Great Britain" (their body, no owner of it).
_MEMBERS_NOUNS = frozenset(
    """worker workers people peoples director directors writer writers employee employees teacher teachers miner miners
    farmer farmers nurse nurses doctor doctors pilot pilots officer officers journalist journalists actor actors
    musician musicians artist artists consumer consumers taxpayer taxpayers shareholder shareholders student students
    parent parents women men veteran veterans pensioner pensioners citizen citizens producer producers""".split()
)
# Last words of a body named for its members: a union's, a guild's, a party's, a group's.
_MEMBERS_BODY_HEADS = ORG_HEAD_NOUNS | {"party", "guild", "alliance", "front", "congress", "group"}


def _members_noun(word: str) -> bool:
    """A noun of the people a body is for: a listed one, or a plural of "-man" ("cattlemen", "fishermen"), whose
    possessive opens a name ("the National Cattlemen's Beef Association")."""
    return word in _MEMBERS_NOUNS or word.endswith("men") and len(word) > 5


def _named_for_members(ent: Span, possessive: re.Match) -> bool:
    """"[Transport & General Worker]'s Union": the possessive is of the people the body is for, and capitalised
    words ending in a body's word follow it, so the name is whole."""
    owner, owned = ent.text[: possessive.start()].split(), ent.text[possessive.end() :].split()
    return bool(owner and owned) and _members_noun(owner[-1].lower()) and owned[-1].lower() in _MEMBERS_BODY_HEADS \
        and all(w[:1].isupper() or w in {"of", "and", "&"} for w in owned)


def _office_of_its_holder(ent: Span, possessive: re.Match) -> bool:
    """"[the US Trade Representative]'s Office", "the Sheriff's Department": an office named for the post it serves,
    its title's possessive, then "Office" or "Department" alone, so the name is whole."""
    owner, owned = ent.text[: possessive.start()].split(), ent.text[possessive.end() :].split()
    return bool(owner) and is_person_title(owner[-1]) and owner[-1][:1].isupper() and owned in (["Office"], ["Department"])


def _owner(ent: Span, gaz: Gazetteer | None) -> Span | None:
    """"the Washington Healthcare Authority's Opioid Prevention campaign": the organisation is the
    owner (a name of two words or more that is no place; a place's possessive is cut in entities.model_spans)."""
    m = _POSSESSIVE_INSIDE.search(ent.text)
    if not m or _named_for_members(ent, m) or _office_of_its_holder(ent, m):
        return None
    owner = ent.text[: m.start()]
    if len(re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.IGNORECASE).split()) < 2 or gaz and gaz.lookup(owner):
        return None
    return ent.doc.char_span(ent.start_char, ent.start_char + m.start(), label="ORG")


def _one_word_owner(ent: Span) -> Span | None:
    """"[FX's Legion]", "[Braun's Ithaca Holdings]": a possessive of one word inside an organisation's
    span. An acronym owner is the organisation (what follows is its show or product, or an
    organisation of its own, which spans() keeps too); else an organisation's name after the
    possessive is the organisation (the owner, a person, is found alone)."""
    m = _POSSESSIVE_INSIDE.search(ent.text)
    owner = ent.text[: m.start()].strip() if m else ""
    if owner.lower().startswith("the ") and owner.islower():
        owner = owner[4:]  # "[the institute's City Journal]": a common noun's possessive, its article run in
    if not m or " " in owner or _named_for_members(ent, m) or _office_of_its_holder(ent, m):
        return None
    if is_acronym(ent.text[: m.start()]):
        return ent.doc.char_span(ent.start_char, ent.start_char + m.start(), label="ORG")
    owned = ent.doc.char_span(ent.start_char + m.end(), ent.end_char, label="ORG")
    if owned is not None and len(owned) >= 2 and _a_bodys_whole_name(owned, owner) and all(t.text[:1].isupper() for t in owned):
        return owned
    return None


def _a_bodys_whole_name(owned: Span, owner: str) -> bool:
    """What a possessive of one word owns is a body's name where a body's noun ends it, a party's too ("Trudeau's
    Liberal Party": the leader's party), or where the owner is a common noun, no name ("the institute's City
    Journal")."""
    return owned[-1].lower_ in _MEMBERS_BODY_HEADS or owner.islower()


# Last words of what an organisation owns that make it an organisation of its own:
# "Tufts University's Feinstein International Center".
_OWNED_HEADS = frozenset(
    """center centre school institute institution program programme project office department university
    college foundation laboratory museum team unit division agency bureau council committee commission""".split()
)


def _owned(ent: Span, owner: Span) -> list[Span]:
    """The organisation after an organisation's possessive, when its own name says it is one
    (two capitalised words or more ending in an organisation's head noun, or in its head noun and
    what it is of: "Acme University's Kellogg School of Management", "Department of Psychiatry")."""
    doc = ent.doc
    start = next((t.i + 1 for t in ent if t.idx >= owner.end_char and t.text in APOSTROPHE_S), None)
    if start is None or ent.end - start < 2:
        return []
    owned = doc[start : ent.end]
    of = next((t.i for t in owned if t.lower_ == "of" and t.text.islower()), ent.end)
    if doc[of - 1].lower_ not in _OWNED_HEADS or of < ent.end and not doc[ent.end - 1].text[:1].isupper():
        return []
    if not all(t.text[:1].isupper() or t.i > of and t.lower_ in _NAME_JOINERS for t in owned if t.i != of):
        return []
    return [Span(doc, start, ent.end, label="ORG")]


_NAME_JOINERS = frozenset({"and", "&", "for"})


# The sun's planets, and the moon: places in space the gazetteer does not hold.
PLANETS = frozenset("Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Moon".split())
_HYPHEN_PAIR = re.compile(r"(?:[Tt]he\s+)?(?P<a>[A-Z][\w.]*?)-(?P<b>[A-Z][\w.]*)")


def hyphen_pair(text: str, gaz: Gazetteer | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"Baghdad-Damascus", "U.S.-Mexico", "Earth-Mars": two places joined by a hyphen (a road, a
    border, a route), each known on its own, the whole not a place ("Guinea-Bissau" is one)."""
    m = _HYPHEN_PAIR.fullmatch(text)
    if m is None or gaz is None or _place(text[m.start("a") :], gaz):
        return None
    if not (_place(m["a"], gaz) and _place(m["b"], gaz)):
        return None
    return m.span("a"), m.span("b")


def _place(name: str, gaz: Gazetteer) -> bool:
    return name in PLANETS or bool(gaz.country(name) or gaz.region(name) or gaz.lookup(name))


def hyphen_places(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """Each place of a hyphenated pair the model tagged as one name (see hyphen_pair)."""
    out: list[Found] = []
    for ent in doc.ents:
        pair = hyphen_pair(ent.text, gaz)
        if pair:
            out += [(ent.start_char + s, ent.start_char + e, "LOC", {"place"}) for s, e in pair]
    return out


def _ends_full_name(tok) -> bool:
    """The last word of a person's name of two words or more, as the model tagged it."""
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"


# What a word of an institution's name may be tagged as, capitalised mid-sentence: a name, a
# noun, an adjective, or a verb's spelling ("Rush University").
_NAME_WORD_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})


def institutions(doc: Doc, lexicon: AbstractSet[str]) -> list[Found]:
    """A capitalised run ending in an organisation's or a site's head noun, that the model left
    untagged or took for a person: "Deep Space Systems", "the Urban Institute", "St Mary's Hospital",
    "the Refugees in Towns Project" (capitalised words joined by "of", "in", "for", "on")."""
    out: list[Found] = []
    heads = ORG_HEAD_NOUNS | SITE_HEAD_NOUNS | {"court"}  # once, not once per token ("a High Court action")
    for tok in tokens(doc).lower(heads):
        if not tok.text[:1].isupper() or tok.i == 0:
            continue
        if tok.ent_type_ and tok.ent_type_ != "PERSON":
            continue  # the model's own organisation, place or work stands
        run = [tok]
        while run[0].i > 0:
            prev = doc[run[0].i - 1]
            if prev.text in {"-", "\u2010"} and prev.i > 0 and not prev.whitespace_ and not doc[prev.i - 1].whitespace_ \
                    and doc[prev.i - 1].text[:1].isupper():
                run[:0] = [doc[prev.i - 1], prev]  # "Take-Two Interactive": one word the tokenizer split
                continue
            if prev.lower_ in {"of", "in", "for", "on"} and prev.text.islower() and prev.i > 0 and run[0].text[:1].isupper() \
                    and doc[prev.i - 1].text[:1].isupper() and doc[prev.i - 1].pos_ in {"PROPN", "NOUN"} \
                    and not doc[prev.i - 1].is_sent_start and doc[prev.i - 1].ent_type_ in {"", "PERSON"} \
                    and not _ends_full_name(doc[prev.i - 1]):
                run[:0] = [doc[prev.i - 1], prev]  # "the Refugees in Towns Project" (not "Jo Roe of Rush University")
                continue
            if prev.text in APOSTROPHE_S and prev.i > 0 and doc[prev.i - 1].text[:1].isupper() and run[0].lower_ in SITE_HEAD_NOUNS | {"hospital"}:
                run.insert(0, prev)  # "St Mary's Hospital"
                continue
            if prev.text in APOSTROPHE_S and prev.i > 0 and is_person_title(doc[prev.i - 1].text) \
                    and doc[prev.i - 1].text[:1].isupper() and run[0].lower_ in {"department", "office"}:
                run[:0] = [doc[prev.i - 1], prev]  # "the Bartholomew County Sheriff's Department": an office named for its holder
                continue
            if not (prev.text[:1].isupper() and prev.pos_ in _NAME_WORD_POS) or prev.is_sent_start:
                break
            if prev.ent_type_ == "NORP" and prev.ent_iob_ == "B" and prev.tag_ in {"NNP", "JJ"} and len(run) == 1:
                run.insert(0, prev)  # "the British Library": a people's adjective opens the body's name
                break
            if prev.ent_type_ and prev.ent_type_ != "PERSON" or is_person_title(prev.text):
                break
            run.insert(0, prev)
        if run[0].text in APOSTROPHE_S or len(run) < 2 or len(run) > T.INSTITUTION_MAX_WORDS:
            continue
        if tok.lower_ in SITE_HEAD_NOUNS:
            out.append((run[0].idx, tok.idx + len(tok), "FAC", {"place"}))
        else:
            out.append((run[0].idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out + _head_first_institutions(doc, lexicon)


# Heads of a body named for what it looks into: "the House Select Committee on Benghazi", "the Joint Committee on Taxation".
_SUBJECT_BODY_HEADS = frozenset({"committee", "subcommittee", "commission", "panel"})
# What the model tags after such a body's "on" that is no subject of it: "the Ethics Committee on Tuesday".
_NOT_SUBJECTS = frozenset({"DATE", "TIME", "PERSON", "ORG", "NORP", "CARDINAL", "ORDINAL"})


def bodies_on_a_subject(doc: Doc) -> list[Found]:
    """A committee the model names without its subject, capitalised words after "on" up to a lowercase word: "the House
    Select Committee on Benghazi" (the model's body, then a place), "the Joint Committee on Taxation". A day or a date
    after "on" is when it met ("the Ethics Committee on Tuesday"), and a name of a person or a body whom it heard."""
    out: list[Found] = []
    for ent in doc.ents:
        head = doc[ent.end - 1]
        if ent.label_ != "ORG" or head.lower_ not in _SUBJECT_BODY_HEADS or not head.text[:1].isupper() \
                or ent.end + 1 >= len(doc) or doc[ent.end].text != "on":
            continue
        end = ent.end + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ not in _NOT_SUBJECTS:
            end += 1
        if end == ent.end + 1 or end < len(doc) and doc[end].text[:1].isupper():
            continue  # nothing capitalised after "on", or a run that goes on in words it may not take
        start = next(t for t in ent if t.lower_ != "the")
        out.append((start.idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", {"organisation"}))
    return out


# Last words of a body named by two fields or more joined by "and": those that name a body whatever precedes them, and
# "Group", which needs the "and" ("the Press and Media Group"; "the Acme Group" may be a firm's division).
_CONJOINED_HEADS = ORG_HEAD_NOUNS | {"group"}


def conjoined_bodies(doc: Doc, lexicon: AbstractSet[str]) -> list[Found]:
    """A body's name of two fields joined by "and" before its head noun, which the model cuts in
    two at the "and": "the Australian Competition and Consumer Commission", "the Texas Parks and
    Wildlife Department", "The Voyages, Hotels and Resorts Group". The words before "and" are common nouns written
    as a name ("Competition", "Parks", listed with commas: "Voyages, Hotels"), never a name of its own ("Microsoft and
    Sony Corporation" are two firms) nor a head ("the Treasury Department and Energy Department")."""
    out: list[Found] = []
    for tok in tokens(doc).lower(_CONJOINED_HEADS):
        if not tok.text[:1].isupper() or tok.i < 3:
            continue
        i, joined = tok.i - 1, None
        while i >= 0:
            word = doc[i]
            if word.lower_ == "and" and joined is None and i > 1 and _field_word(doc[i - 1], lexicon) and i + 1 < tok.i:
                joined = i
            elif word.text == "," and joined is not None and i > 1 and _field_word(doc[i - 1], lexicon):
                pass  # "The Voyages, Hotels and Resorts Group": the fields listed
            elif not (word.is_alpha and word.text[:1].isupper()) or is_person_title(word.text) or word.lower_ in _CONJOINED_HEADS \
                    or word.pos_ == "DET" or word.is_sent_start and word.pos_ != "PROPN":
                break
            elif word.is_sent_start:
                i -= 1  # "Texas Parks and Wildlife Department officials said": the name opens the sentence
                break
            i -= 1
        start = i + 1
        if joined is None or joined - start < 1 or tok.i - start + 1 > T.INSTITUTION_MAX_WORDS + 1:
            continue
        if start > 0 and doc[start - 1].lower_ in _INSIDE_A_NAME:
            continue  # "the Centre for the Study of Children, Youth and Media": the end of a longer name
        out.append((doc[start].idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out


# Words before a run that make it the tail of a longer name or of a list.
_INSIDE_A_NAME = frozenset({",", "of", "for", "and", "&"})
# Nouns that name a body by themselves: "the World Bank and International Monetary Fund" are two.
_SELF_NAMING_BODIES = NATIONAL_BODY_HEADS | {"bank", "office", "group", "board", "club", "trust", "church", "school"}


def _field_word(tok: Token, lexicon: AbstractSet[str]) -> bool:
    """A capitalised common noun, singular or plural: what a body's name says it deals with."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and field_noun(tok.text, lexicon)


def field_noun(word: str, lexicon: AbstractSet[str]) -> bool:
    """Whether a word is a common noun, singular or plural, a body's name may say it deals with ("Meat", "Parks";
    not a body's own head, "Bank", "Group")."""
    word = word.lower()
    return word not in _SELF_NAMING_BODIES and (word in lexicon or any(s in lexicon for s in singulars(word)))


def singulars(word: str) -> set[str]:
    """The singulars a lowercase plural may have: "parks" -> "park", "utilities" -> "utility" (and "utilitie", which
    no lexicon holds); none for a word without a final "s"."""
    return {word[:-1], word[:-3] + "y"} if word.endswith("ies") else {word[:-1]} if word.endswith("s") else set()


# Heads of a body's name the model tags with the start of what the body is for, cutting the rest off: "[the Centre
# for Vision], [Speech] and [Signal Processing]", "[the Office for the Deputy] Prime Minister".
_HEADS_NAMED_FIRST = ORG_HEAD_NOUNS | {"centre", "center", "school", "office", "club"}
# Heads named first that open a body's name though the model left them untagged: "the Center for Responsive Politics",
# "Club for Growth" (a capitalised "Center for" is a name's; "School of" and "Office of" may open a title or a job's).
_UNTAGGED_HEADS_NAMED_FIRST = ORG_HEAD_NOUNS | {"centre", "center", "club"}


def _head_first_institutions(doc: Doc, lexicon: AbstractSet[str]) -> list[Found]:
    """An institution named head noun first, then what it is for (capitalised words after "for" or "of", listed with
    commas and one "and", up to a lowercase word), that the model left untagged ("a Department for Media, Culture and
    Sport spokeswoman") or cut short ("[the Florida School for the Deaf] and the [Blind]", "[the Office for the Deputy]
    Prime Minister"). Past the model's span a listed word is a common noun's ("Speech", "Blind"), never a name of its
    own ("the Department of Health and Microsoft"); "the" after "and" only where one opens the list ("for the Deaf and
    the Blind", not "the Office of Fair Trading and the Bank")."""
    out: list[Found] = []
    for tok in tokens(doc).lower(_HEADS_NAMED_FIRST):
        if not tok.text[:1].isupper() or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in {"for", "of"}:
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
        if ent is None and tok.lower_ not in _UNTAGGED_HEADS_NAMED_FIRST:
            continue
        the = ent is not None and doc[tok.i + 2].lower_ == "the"
        first = end = tok.i + 2 + the
        joined = listed = after_the = False
        # (a word after "and the" is a common noun's however the model took it: "and the [Blind]" no person)
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                and (ent is None and not doc[end].ent_type_ or ent is not None and (after_the or _listable(doc[end]))):
            end += 1
            after_the = False
            if end + 1 < len(doc) and doc[end].text in {",", "and"} and not joined:
                after = end + 1 + (the and doc[end].text == "and" and doc[end + 1].lower_ == "the")
                if after < len(doc) and doc[after].is_title and doc[after].is_alpha and doc[after].lower_ not in ORG_HEAD_NOUNS \
                        and (ent is None and not doc[after].ent_type_
                             or ent is not None and field_noun(doc[after].text, lexicon) and not is_person_title(doc[after].text)
                             and (after > end + 1 or _listable(doc[after]))):
                    # (not "the University of Texas and Department of ...": two; nor "the Institute of Medical Research, Professor Jo Roe")
                    joined = doc[end].text == "and"
                    listed = listed or doc[end].text == ","
                    after_the = after > end + 1
                    end = after
        if end == first or listed and not joined or ent is not None and end <= ent.end:
            # nothing named, a list that is none ("the Audit Bureau of Circulations, Time"; "the Centre for Values, Ethics
            # and the Law": one name the list's "the" leaves unbounded), or the model's own span stands
            continue
        if ent is not None and end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            continue  # the name goes on past a word it may not take: "the Executive Committee of the International Stock Exchange"
        start = tok if ent is None else next(t for t in ent if t.lower_ != "the")
        out.append((start.idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", {"organisation"}))
    return out


def _listable(tok: Token) -> bool:
    """A word that may go on a body's name past the model's span of it ("Speech", "Blind", "Prime Minister"), never a
    body's own head nor a person's or a place's name ("the University of Technology, Sydney")."""
    return tok.lower_ not in _SELF_NAMING_BODIES and tok.ent_type_ not in {"PERSON", "GPE", "LOC"}


def families(doc: Doc) -> list[Found]:
    """"the Agnelli family, which indirectly controls Fiat", "the Huxtable family": a family by its name, one actor and
    no person of that name, where the model tags the name alone (not "another Newhouse family member": a member; nor
    "the Sacramento family": a family of a place)."""
    out: list[Found] = []
    for tok in tokens(doc).lower({"family"}):
        if not tok.text.islower() or tok.i < 2 or doc[tok.i - 2].lower_ != "the":
            continue
        name = doc[tok.i - 1]
        if not (name.is_title and name.is_alpha and name.pos_ in {"PROPN", "ADJ"}) or name.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
            continue  # "the Agnelli family business": what the family has
        out.append((name.idx, tok.idx + len(tok), "PERSON", set()))  # (people, no company "the company" may be)
    return out


# Lowercase nouns after a name that make it a group or body: "the Mercosur bloc", "the Ifo institute".
_GROUP_NOUNS = frozenset({"bloc", "militia", "alliance", "coalition", "institute", "foundation", "agency", "group", "movement", "team"})
# Lowercase nouns before a name that make it an organisation: "the campaign group EveryDoctor",
# "the journal BMJ Case Reports", "admissions service Ucas", "the media regulator Ofcom".
ORGANISATION_KINDS = frozenset(
    """group company firm charity startup union broadcaster newspaper website platform airline carrier
    retailer insurer lender manufacturer carmaker automaker chipmaker publisher outlet network journal
    magazine agency service watchdog regulator body""".split()
)
# Lowercase nouns after a name that make it a platform or an outlet: "its Twitter account", "a Facebook post", "one
# Twitter user", "the live Twitter stream", "his army of Twitter followers" (what a platform carries, and who reads it).
_CHANNEL_NOUNS = frozenset(
    {"account", "accounts", "post", "posts", "page", "feed", "channel", "livestream", "stream", "user", "users", "followers"}
)
# What the model may take a platform's one word for before a channel noun: a product's or a work's name ("his [Twitter]
# account"), which no actor's role would give it.
_PLATFORM_MISTAGS = frozenset({"PRODUCT", "WORK_OF_ART"})


_OPENING_QUOTES = frozenset({'"', "\u201c"})


def named_groups(doc: Doc) -> list[Found]:
    """One untagged capitalised word before a lowercase group or channel noun: "the Mercosur
    bloc", "the Ifo institute", "its Twitter account" (a platform's word before a channel noun also when the model
    took it for a product: "his [Twitter] account"). Not at a sentence's start."""
    out: list[Found] = []
    after_names = _GROUP_NOUNS | _CHANNEL_NOUNS  # once, not once per token
    for tok in tokens(doc).lower(after_names):
        if tok.i == 0 or not tok.text.islower():
            continue
        name = doc[tok.i - 1]
        before = doc[name.i - 1] if name.i > 0 else None
        mistagged = tok.lower_ in _CHANNEL_NOUNS and name.ent_type_ in _PLATFORM_MISTAGS and name.ent_iob_ == "B" and (
            name.i + 1 == len(doc) or doc[name.i + 1].ent_iob_ != "I")  # the model's one-word span: "his [Twitter] account"
        if not (name.pos_ == "PROPN" and name.text[:1].isupper() and name.is_alpha and (not name.ent_type_ or mistagged)):
            continue
        if name.is_sent_start or before is not None and (before.pos_ == "PROPN" or before.text[:1].isupper()):
            continue  # a longer name, or a sentence's first word: not one we can bound
        out.append((name.idx, name.idx + len(name), "ORG", {"organisation"}))
    for tok in tokens(doc).lower(ORGANISATION_KINDS):
        # "the campaign group EveryDoctor", "the retailer Argos", "the journal BMJ Case Reports":
        # an organisation named after its kind, up to the first word that is not capitalised
        if not tok.text.islower() or tok.i == 0 or tok.i == len(doc) - 1:
            continue
        run = []
        # the name may stand in quotation marks: "the Palestinian group "Hamas"" (a body, no title of a work)
        first = tok.i + 1 + (doc[tok.i + 1].text in _OPENING_QUOTES)
        for name in doc[first : first + T.NAME_RUN_MAX_WORDS + 1]:
            if not (name.pos_ in {"PROPN", "NOUN"} and name.text[:1].isupper() and name.is_alpha
                    and name.ent_type_ in {"", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART"}):
                break
            run.append(name)
        if not run or run[0].pos_ != "PROPN":
            continue
        after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue  # the run goes on: not a name we can bound
        out.append((run[0].idx, run[-1].idx + len(run[-1]), "ORG", {"organisation"}))
    return out


def movements(doc: Doc) -> list[Found]:
    """"the Black Lives Matter movement", "the Stop Trump movement": a cause's followers, named by its slogan, the
    capitalised run of two words or more right before a lowercase "movement" (a slogan is a clause, whose capitalised
    verb keeps the model from tagging it; one word before the noun is named_groups')."""
    out: list[Found] = []
    for tok in tokens(doc).lower({"movement"}):
        if not tok.text.islower():
            continue
        start = tok.i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        start += start < tok.i and doc[start].lower_ == "the"  # "The Black Lives Matter movement ...": the sentence's article
        if tok.i - start >= 2:
            out.append((doc[start].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1]), "ORG", {"organisation"}))
    return out


# Nouns that make the name next to them a body in space: "the moon Enceladus", "Saturn's icy moon".
_BODY_NOUNS = frozenset({"moon", "moons", "planet", "planets", "comet", "asteroid", "exoplanet", "rings", "orbit"})


def celestial(doc: Doc) -> list[Found]:
    """A planet or moon, a place the model takes for a people or a person: the name after "moon",
    "planet", "comet" ("ocean-harboring moon Enceladus"), and the owner of moons or an orbit
    ("Jupiter's 79 moons")."""
    out: list[Found] = []
    for tok in tokens(doc).lower(_BODY_NOUNS):
        if not tok.text.islower():
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lower_ in {"moon", "planet", "comet", "asteroid", "exoplanet"} and nxt is not None and nxt.pos_ == "PROPN" \
                and nxt.text[:1].isupper() and nxt.is_alpha and (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].pos_ != "PROPN"):
            out.append((nxt.idx, nxt.idx + len(nxt), "LOC", {"place"}))
        for owner in doc[max(0, tok.i - 6) : tok.i]:
            if owner.text[:1].isupper() and owner.is_alpha and owner.i + 1 < len(doc) and doc[owner.i + 1].text in APOSTROPHE_S:
                # "Saturn's icy, ocean-harboring moon": only modifiers between, no other name, no clause
                if not any(t.pos_ == "PROPN" or t.tag_ in {"VBD", "VBZ", "VBP"} or t.text in {".", ";", ":"} for t in doc[owner.i + 2 : tok.i]):
                    out.append((owner.idx, owner.idx + len(owner), "LOC", {"place"}))
    return out


def described_people(doc: Doc, nouns: AbstractSet[str], lexicon: AbstractSet[str] = frozenset()) -> list[Found]:
    """Two or three untagged capitalised words after a nationality or a lowercase role noun:
    "Australian Timothy Roe", "South African Lerato Dube", "Sabres center Casey Doe". Neither word a common noun or a
    title."""
    out: list[Found] = []
    for tok in doc:
        # the last word of a people's word, of one word or two ("South African Lerato Dube")
        nationality = tok.ent_type_ == "NORP" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        role = tok.pos_ == "NOUN" and tok.text.islower() and tok.dep_ == "compound"
        if not (nationality or role):
            continue
        run: list[Token] = []
        for nxt in doc[tok.i + 1 : tok.i + 1 + T.DESCRIBED_NAME_MAX_WORDS]:
            if not (_given_or_surname(nxt, nouns) or nationality and not run and _given_name_also_a_noun(nxt)):
                break
            run.append(nxt)
        if not T.DESCRIBED_NAME_MIN_WORDS <= len(run) <= T.DESCRIBED_NAME_MAX_WORDS:
            continue
        if nationality and tok.ent_iob_ == "I" and any(t.lower_ in lexicon for t in run):
            continue  # "South African [Transport Services]": a body's nouns the name writes capitalised, no person's
        after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.text[:1].isupper() and after.is_alpha):
            continue  # the run goes on: not a name we can bound
        out.append((run[0].idx, run[-1].idx + len(run[-1]), "PERSON", {"person"}))
    return out


def full_names(
    doc: Doc, surnames: frozenset[str], nouns: AbstractSet[str], gaz: Gazetteer | None = None, mistagged: frozenset[str] = frozenset()
) -> list[Found]:
    """The given names written before a surname the model tagged only alone elsewhere:
    "Adolf Doe was born" beside "Doe said", "Stelios Haji-Ioannou" beside "Mr Haji-Ioannou"; a surname right after a
    name the model stopped short of it ("Paulo Brizola Nunes" beside "Mr. Nunes"); "Eva-Marie Roe" after a title the model did not read; "beat Gisela
    Dulko" beside "Dulko, who had lost", a given name the model took alone for a place no gazetteer knows. And before a
    word the model tagged alone as a body or a place elsewhere (`mistagged`: "Mutu agreed", "Zvonareva has lost"), which
    a given name before it shows a surname ("signing Adrian Mutu", "routed Vera Zvonareva"), where the model did not run
    the two into a longer name of its own."""
    out: list[Found] = []
    for tok, last in _surname_tokens(doc, surnames | mistagged):
        if tok.i == 0 or tok.text in mistagged - surnames and _inside_a_longer_name(tok):
            continue
        first = tok.i
        while first > 0 and tok.i - first < T.GIVEN_NAME_MAX_TOKENS:
            prev = doc[first - 1]
            if first == tok.i and prev.ent_type_ == "PERSON" and tok.ent_iob_ == "O" and tok.text in surnames:
                first = _start_of_entity(prev)  # "beating to death [Paulo Brizola] Nunes", then "Mr. Nunes"
                break
            if prev.text in {"-", "\u2010"} and first >= 2 and _given_or_surname(doc[first - 2], nouns) \
                    and prev.idx == doc[first - 2].idx + len(doc[first - 2]):
                first -= 2  # "Eva-Marie": one given name the tokenizer split
                continue
            if first < tok.i and prev.ent_type_ == "ORG" and prev.ent_iob_ == "B" and prev.is_title and prev.is_alpha \
                    and doc[first].ent_iob_ != "I" and not prev.is_sent_start:
                first -= 1  # "Sacha Baron Cohen": a given name the model took alone for an organisation
                break
            if first == tok.i and (_given_name_taken_for_a_place(prev, gaz) or _given_name_taken_for_a_people(prev)) and doc[first].ent_iob_ != "I":
                first -= 1
                break
            if _INITIALS.fullmatch(prev.text) and prev.ent_iob_ != "I" and not prev.is_sent_start and doc[prev.i - 1].text != "," \
                    and not (gaz and gaz.country(prev.text)):
                # "secretary N.J. Bose said", then "Bose said": his initials, which the model took for a state's (a state
                # follows its town's comma, "Newark, N.J."; a country's are no one's, "U.S. Norstar")
                first -= 1
                break
            if not _given_or_surname(prev, nouns) or prev.i > 0 and doc[prev.i - 1].text in _QUOTE_MARKS:
                break  # a capitalised word opening a quote ("Welcome Jose") names no one (the paragraph's first word opens none)
            if prev.is_sent_start:
                # one opening a sentence is a given name only right before the surname, a word the tagger reads as a
                # name and no common noun ("Pranab Mukherjee said", then "Mukherjee"; never "Welcome" or "Meanwhile")
                first -= first == tok.i
                break
            first -= 1
        if first < tok.i:
            out.append((doc[first].idx, last.idx + len(last), "PERSON", {"person"}))
    return out


# A person's initials before the surname, one token: "N.J.", "K.R.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _surname_tokens(doc: Doc, surnames: AbstractSet[str]) -> list[tuple[Token, Token]]:
    """The first and last tokens of each of `surnames` the doc writes: a surname of two halves joined by a hyphen
    ("Haji-Ioannou", three tokens) as well as of one token."""
    by_first: dict[str, list[tuple[str, int]]] = {}  # a surname's first token -> (the surname, its token count)
    for s in surnames:
        words = re.findall(r"-|[^\s-]+", s)
        by_first.setdefault(words[0], []).append((s, len(words)))
    found = []
    for tok in tokens(doc).text(frozenset(by_first)):
        for s, count in by_first[tok.text]:
            last = tok.i + count - 1
            if last < len(doc) and doc.text[tok.idx : doc[last].idx + len(doc[last])] == s:
                found.append((tok, doc[last]))
    return found


def _start_of_entity(tok: Token) -> int:
    """The index of the first token of the model's entity that holds `tok`."""
    i = tok.i
    while tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def surnames_after_given_names(doc: Doc, nouns: AbstractSet[str]) -> list[Found]:
    """The surname after a given name the model tagged alone: "beat [Shinobu] Asagoe 6-4", "Executive Secretary
    [Adebayo] Adedeji told": a rare foreign surname is a word the model has not seen, left untagged right after the
    given name it tagged (as a person, or as a body). A two-word name only: a third capitalised word makes the run
    something else ("Acme Widget Works")."""
    out: list[Found] = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} or len(ent) != 1 or ent.end + 1 >= len(doc):
            continue
        given, surname, after = ent[0], doc[ent.end], doc[ent.end + 1]
        if not (given.is_title and given.is_alpha and given.lower_ not in nouns and given.whitespace_):
            continue
        if surname.ent_iob_ != "O" or not _given_or_surname(surname, nouns) or not surname.is_title:
            continue
        if after.text[:1].isupper() and after.is_alpha or is_person_title(after.text):
            continue  # (a title after the two words makes them a body's office: "Senate Majority leader Robert Byrd")
        out.append((given.idx, surname.idx + len(surname), "PERSON", {"person"}))
    return out


def _given_name_taken_for_a_place(tok: Token, gaz: Gazetteer | None) -> bool:
    """A capitalised word the model tagged alone as a place, inside a sentence, that no gazetteer knows: "Gisela"."""
    return tok.ent_type_ == "GPE" and tok.ent_iob_ == "B" and tok.is_title and tok.is_alpha and not tok.is_sent_start \
        and gaz is not None and gaz.lookup(tok.text) is None and gaz.country(tok.text) is None


def _given_name_taken_for_a_people(tok: Token) -> bool:
    """A given name the table knows that the model tagged alone as a people's word, inside a sentence: "signing
    [Adrian] Mutu" (never "Iraqi Kurdistan")."""
    return tok.ent_type_ == "NORP" and tok.ent_iob_ == "B" and tok.is_title and not tok.is_sent_start \
        and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") and given_name(tok.lower_)


def _inside_a_longer_name(tok: Token) -> bool:
    """Whether the model's entity holding the token runs past it ("Morgan [Stanley]", "[Aston] Villa")."""
    return tok.ent_iob_ == "I" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


def _given_name_also_a_noun(tok: Token) -> bool:
    """A given name the table knows that is a noun too, right after a nationality: "Norwegian [Ola] Skuterud",
    "German [Mark] Roe" (a noun after it still ends the run: "British Rose Bowl" names no one)."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 1 and not tok.ent_type_ and given_name(tok.lower_)


def _given_or_surname(tok, nouns: AbstractSet[str]) -> bool:
    """A word that may be a given name or a surname: a capitalised proper noun, no title, nor a title's plural before
    the names of a list ("along with Vice-Premiers Li Peng and Tian Jiyun")."""
    return (
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and len(tok) > 1
        and tok.ent_type_ not in _ENTITY_LABELS and not is_person_title(tok.text) and not _titles_plural(tok.text)
        and tok.lower_ not in nouns and tok.lower_ not in _MONTHS_AND_DAYS
    )


def _titles_plural(word: str) -> bool:
    """"Premiers", "Senators": a title in the plural, before the names of those who hold it."""
    return word.endswith("s") and is_person_title(word[:-1])


# "dubbed the “Hanoi Hilton”": a second name, in quotes, for what was just named.
_NICKNAME = re.compile(
    r",?\s+(?:dubbed|nicknamed|(?:also |better )?known as|also called)\s+(?:the\s+)?[\"\u201c]"
    r"(?P<name>[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,3})[\"\u201d]"
)


def nicknames(text: str) -> list[Found]:
    """The quoted name after "dubbed", "known as": a mention to join to the name before it
    (entities.appositions._appositions does), which the model rarely tags inside quotes."""
    return [(m.start("name"), m.end("name"), "ORG", {"nickname"}) for m in _NICKNAME.finditer(text)]


_HANDLE_AFTER = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+)\s+@\w")


# Institutions named by the house or the seat they sit in, which the model tags as nothing: "a Commons
# vote", "drawn up at Number 10", "Ex-No 10 media chief", "SNP Holyrood leader", the markets' "Wall Street had
# expected more" (but not "the Wall Street Journal"; "the House of Commons" is the model's own).
_SEAT = re.compile(
    r"(?<![\w'\u2019])(?<!House of )(?P<name>Commons|Holyrood|Stormont|Whitehall|(?:Number|No) 10|Wall Street(?! [A-Z]))(?![\w'\u2019-])"
)


def seats(text: str) -> list[Found]:
    """A parliament or a government named by its house or its seat: an actor; but "Number 10", an
    address (of 10 Downing Street, which copy names as a place), is the place the government sits in."""
    return [
        (m.start("name"), m.end("name"), "FAC", {"place", "site"}) if m["name"][-1].isdigit()
        else (m.start("name"), m.end("name"), "ORG", {"organisation"})
        for m in _SEAT.finditer(text)
    ]


def platforms(text: str) -> list[Found]:
    """"Twitter @someone": the word before a social handle is the platform, not a person."""
    return [(m.start("name"), m.end("name"), "ORG", {"organisation"}) for m in _HANDLE_AFTER.finditer(text)]


# The social platforms copy writes of as firms ("a sharp contrast with Facebook, which continues to defend running paid
# political ads", "During Facebook's conference call", "ran her own ad on Facebook"), which the small English model tags
# as a person, a work or nothing. A closed list: the gold lists each as an actor where prose names it (78 files do for
# Facebook, the model finding it in half), as junk only where page furniture does.
SOCIAL_PLATFORMS = frozenset({"Facebook", "Instagram", "YouTube", "TikTok", "Snapchat", "WhatsApp", "LinkedIn", "Reddit", "Twitter"})
# The verbs that open a page's prompts to follow or share it ("Follow NBC Latino on Facebook, Twitter and Instagram",
# "Like 'This Week' on Facebook here", "Skip Twitter post by @realDonaldTrump"), whose platforms are furniture (junk in
# the gold), and those that make one anywhere in its sentence before "on" ("You can also follow the show on Twitter
# here", "by signing up for our monthly newsletter and following us on Twitter or Instagram", "On Twitter follow Ken
# Thomas").
_PROMPT_OPENERS = frozenset({"follow", "like", "connect", "share", "join", "find", "play", "skip", "subscribe"})
_PROMPT_VERBS = frozenset({"follow", "connect", "subscribe"})
# The buttons of a share bar, written side by side with a platform's ("Facebook Twitter Pinterest", "Share this:
# Facebook  Twitter  Flipboard"): furniture too.
_SHARE_BUTTONS = SOCIAL_PLATFORMS | {"Pinterest", "Flipboard", "Email", "Embed", "Tumblr", "Messenger", "Print"}


def social_platforms(doc: Doc) -> list[Found]:
    """Each social platform's name written in a sentence of prose: a body. Not in a page's share bar nor in a prompt
    to follow the page on it, nor as the first part of a word ("a Twitter-like social media site")."""
    out: list[Found] = []
    for tok in doc:
        if tok.text not in SOCIAL_PLATFORMS or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
            continue
        sent = tok.sent
        words = [t for t in sent if not t.is_space]
        at = next(k for k, t in enumerate(words) if t.i == tok.i)
        beside = [words[k].text for k in (at - 1, at + 1) if 0 <= k < len(words)]
        if any(word in _SHARE_BUTTONS for word in beside) or words[0].lower_ in _PROMPT_OPENERS:
            continue
        if at > 1 and words[at - 1].text == ":" and any(t.lower_ in _PROMPT_OPENERS for t in words[max(0, at - 3) : at - 1]):
            continue  # "... View Slideshow Back Continue Share this: Facebook"
        if not any(t.pos_ in {"VERB", "AUX"} and t.text not in _SHARE_BUTTONS for t in words):
            continue  # a bar of buttons alone
        if any(t.lower_ == "on" for t in words[:at]) and any(t.lemma_.lower() in _PROMPT_VERBS for t in words):
            continue
        out.append((tok.idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out


def outlets(text: str, people: frozenset[str], gaz: Gazetteer | None) -> list[Found]:
    """A newspaper, agency or platform a source spoke through: "told Gizmodo", "according to the
    Argus Leader", "said on Twitter". Two bare words after "told" are a person ("told Jane Roe"),
    and so is a word the article names a person by; a place stays a place ("told US media")."""
    out: list[Found] = []
    for m in _OUTLET_CUE.finditer(text):
        words = m["name"].split()
        while words and words[-1].lower().rstrip(".") in _MONTHS_AND_DAYS:
            words.pop()  # "told the Argus Leader Monday"
        if not words or is_person_title(words[0]):
            continue
        name = " ".join(words)
        if not m["the"] and (len(words) > 1 or name in people) or gaz and gaz.lookup(name):
            continue
        if words[-1].lower() in PARTY_SHORT_NAMES:
            continue  # "told the California Republican": a party's member, no newspaper
        out.append((m.start("name"), m.start("name") + len(name), "ORG", {"organisation"}))
    return out


_THE = frozenset({"the"})
# Capitalised plurals after "the" that name an event or a landform, not a club.
_NOT_CLUBS = frozenset({"games", "awards", "islands", "highlands", "lowlands", "mountains", "falls", "plains", "lakes", "hills"})


# Words before a club named after its city: "the Denver Broncos"; "a Dallas Cowboys fan", where "a" is the fan's and
# so no place's (a place is written without an article).
_CLUB_ARTICLES = frozenset({"the", "a", "an"})


def _club_nickname(nick: Token, nouns: AbstractSet[str]) -> bool:
    """A club's nickname after its city: a common noun's plural, tagged so ("the Oklahoma City Thunders") or taken by
    the model for a body or a product of its own ("the Denver Broncos", "a Dallas Cowboys fan": "Broncos" a product,
    "Cowboys" a body), which a place's own noun is not ("the Paris accords" no club)."""
    if not (nick.lower_.endswith("s") and nick.lower_[:-1] in nouns):
        return False
    return nick.tag_ in {"NNS", "NNPS"} or nick.ent_type_ in {"ORG", "PRODUCT"} and nick.ent_iob_ == "B"


def teams(doc: Doc, nouns: AbstractSet[str], gaz: Gazetteer | None, actors: frozenset[str]) -> list[Found]:
    """A club by its nickname, a capitalised plural after "the" of a common noun or of a word that
    ends an organisation's name in `actors`, which the model reads as a noun: "the Clippers", "the
    Chiefs", "the Lakers" beside "Los Angeles Lakers" ("the Philippines" is a place, no noun's plural).
    And a club named after its city, the model's place then the nickname, a plural or a word the
    article names an actor by alone (`actors`): "the Oklahoma City Thunder" beside "the Thunder"."""
    out: list[Found] = []
    for prev in tokens(doc).lower(_THE):
        if prev.i + 1 >= len(doc):
            continue
        tok = doc[prev.i + 1]
        if not tok.text[:1].isupper() or tok.text.isupper() or tok.text[:-1].isupper() or not tok.is_alpha:
            continue  # (nor an acronym's plural: "the EVs", "the NGOs" name a kind of thing)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # "the Rockets Foundation": a longer name
        if nxt is not None and nxt.lower_ in {"of", "in", "for", "and", "on"} and tok.i + 2 < len(doc) \
                and doc[tok.i + 2].text[:1].isupper():
            continue  # "the Refugees in Towns Project": the first word of a longer name
        singular = tok.lower_[:-1] if tok.lower_.endswith("s") else ""
        if singular and (singular in nouns or tok.text in actors) and tok.lower_ not in _NOT_CLUBS \
                and tok.ent_type_ in {"", "WORK_OF_ART", "PRODUCT"} and not (gaz and gaz.lookup(tok.text)):
            out.append((tok.idx, tok.idx + len(tok), "ORG", {"organisation", "team"}))
    for ent in doc.ents:
        if ent.label_ != "GPE" or ent.end >= len(doc) or ent.start == 0 or doc[ent.start - 1].lower_ not in _CLUB_ARTICLES:
            continue
        nick = doc[ent.end]
        after = doc[nick.i + 1] if nick.i + 1 < len(doc) else None
        if not (nick.text[:1].isupper() and nick.is_alpha and not nick.text.isupper()) or nick.ent_type_ == "GPE":
            continue
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        if _club_nickname(nick, nouns) or nick.text in actors:
            out.append((ent.start_char, nick.idx + len(nick), "ORG", {"organisation", "team"}))
    return out + _clubs_before_their_city(doc, gaz)


# Words that open a European club's name before its city: "Real Madrid", "Sporting Lisbon", "Inter Milan".
CLUB_PREFIXES = frozenset(
    "Real Sporting Atletico Atlético Inter Dynamo Dinamo Olympique Borussia Spartak Lokomotiv Deportivo".split()
)


def _clubs_before_their_city(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """"Real Madrid", "Sporting Lisbon", "Real Sociedad": a club's word, then a place (the model's, or the
    gazetteer's), is the club; the model keeps only the place, or runs the club into a list."""
    out: list[Found] = []
    for tok in doc[:-1]:
        city = tok.nbor()
        if tok.text in CLUB_PREFIXES and city.is_alpha and city.text[:1].isupper() \
                and (city.ent_type_ in {"GPE", "LOC"} or gaz is not None and gaz.lookup(city.text)):
            out.append((tok.idx, city.idx + len(city), "ORG", {"organisation", "team"}))
    return out


# A web address as a name: "told Polygraph.info", "PanARMENIAN.Net - ..." (a site, an outlet).
_WEBSITE = re.compile(r"(?<![\w.@/])[A-Z][A-Za-z\d]+\.(?i:com|net|org|info)(?![\w.]|\.\w)")


def websites(text: str) -> list[Found]:
    """A site named by its address: an organisation, whatever the model made of it."""
    return [(m.start(), m.end(), "ORG", {"organisation"}) for m in _WEBSITE.finditer(text)]


# A brand's name written in camel case, two capitalised parts or more run together: "RealClearPolitics", "HuffPost",
# "AbbVie" (not a hashtag's or a handle's words, "#FeelTheBern", "@HillaryClinton", nor part of a longer word).
_CAMEL_NAME = re.compile(r"(?<![\w@#/.'\u2019-])(?P<first>[A-Z][a-z]+)(?:[A-Z][a-z]+)+(?![\w@/-]|\.\w)")
# First parts of surnames written in camel case, never a brand's: "McCain", "MacArthur", "DeSantis", "LaGuardia".
_SURNAME_PREFIXES = frozenset({"Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Del", "Della", "Des", "Lo", "St"})


def counted_camel_names(texts: list[str]) -> frozenset[str]:
    """Camel-case names an article also writes in the plural, things counted rather than bodies: "received AutoLinks"
    beside "the AutoLink button"."""
    found = {m.group() for text in texts for m in _CAMEL_NAME.finditer(text)}
    return frozenset(w for w in found if w + "s" in found)


def brand_spelling(word: str) -> bool:
    """A word spelt in camel case as brands are ("HuffPost", "AbbVie"), not a surname with its prefix ("McCain")."""
    m = _CAMEL_NAME.fullmatch(word)
    return m is not None and m["first"] not in _SURNAME_PREFIXES


def camel_case_names(doc: Doc, counted: AbstractSet[str] = frozenset()) -> list[Found]:
    """A name in camel case the model left untagged ("an average calculated by RealClearPolitics"): a body,
    as no common noun or person's name is written so but a surname with its prefix ("McCain") or a person's
    names glued into a handle ("JohnMelloy", a given name first). Not two headlines a scrape ran together in a
    run of capitalised words ("Related StoriesAfter Criticism, NFL Player ..."), nor a column's name alone on
    its line ("DealBook."), nor a thing the article counts (`counted`: "AutoLinks")."""
    out: list[Found] = []
    words = [t for t in doc if not t.is_punct]
    for m in _CAMEL_NAME.finditer(doc.text):
        if m["first"] in _SURNAME_PREFIXES or given_name(m["first"].lower()) or len(words) == 1 or m.group() in counted:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or any(t.ent_type_ for t in span) or _inside_a_capitalised_run(span):
            continue  # cut inside a token, the model's own name, or a title-case run
        out.append((m.start(), m.end(), "ORG", {"organisation"}))
    return out


def _inside_a_capitalised_run(span: Span) -> bool:
    """Whether a capitalised word other than a sentence's first stands right before or after a span."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    def capitalised(tok: Token | None) -> bool:
        return tok is not None and tok.is_alpha and tok.text[:1].isupper()

    return capitalised(after) or capitalised(before) and before is not None and not before.is_sent_start


def names_in_capitals(doc: Doc, lexicon: AbstractSet[str]) -> list[Found]:
    """"To help with that, USA TODAY sought out expert advice", "a new USA TODAY/Rock the Vote survey": a name written
    in capitals, as a masthead is, inside a sentence written in lower case, which the model leaves untagged: a body.
    Two words or more, one of them a common noun of four letters or more (the masthead's word: "TODAY", "NEWS"; not
    initials, "AI IQ") and one a proper noun to the parser (a shout is words only: "NOT NOW"), none of them tagged
    (acronyms side by side are two names: "the FBI SWAT team"), the only untagged words in capitals of their sentence
    (a subhead in capitals run into the paragraph, "BY FELLOW DOCTORS - He's been ...", has more), and the sentence going
    on after them in lower case or with a mark that closes or joins a name (not a shout's "...")."""
    out: list[Found] = []
    for sent in doc.sents:
        capitals = [t for t in sent if _in_capitals(t) and not t.ent_type_]
        if len(capitals) < 2 or capitals[-1].i - capitals[0].i + 1 != len(capitals):
            continue
        run = doc[capitals[0].i : capitals[-1].i + 1]
        after = doc[run.end] if run.end < len(doc) else None
        if after is not None and not (after.is_lower or after.text in _MARKS_AFTER_A_NAME or after.text.startswith("/")):
            continue
        if after is not None and after.text == ":" and run.start == sent.start:
            continue  # a speaker's label opening a line ("MARIA OKAFOR: We want a raise."): the transcript reader's
        if any(t.lower_ in lexicon and len(t) > 3 for t in run) and any(t.pos_ == "PROPN" for t in run):
            out.append((run.start_char, run.end_char, "ORG", {"organisation"}))
    return out


# Marks after a name that end it or join it to the next: "by the Center and USA TODAY.", "USA TODAY/Suffolk".
_MARKS_AFTER_A_NAME = frozenset({",", ".", ";", ":", "/", ")", "'s", "\u2019s"})


def _in_capitals(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) > 1


# A US lawmaker's party and state: "Rep. Jane Roe, R-W.Va.", "(D-Calif.)".
_PARTY_STATE = re.compile(r"(?<![\w-])[RDI]-(?P<state>[A-Z][A-Za-z.]+?)(?=[,;)]|\.?\s|$)")


# A state lawmaker's party and home town, set off after his name as a congressman's party and state are: "State Senate
# Majority Leader Mike Shirkey, R-Clarklake, has said", "(D-Allagash)". The town is a word no state is written as.
_PARTY_TOWN = re.compile(r"(?<=[a-z](?:, | \())[RDI]-(?P<town>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)(?=[,)])")


def party_states(text: str, gaz: Gazetteer | None) -> list[Found]:
    """The state of a lawmaker's party-and-state tag: a place ("R-W.Va." names West Virginia), and of a bare state
    tag ("Sen. Bob Corker (TN)"); a state lawmaker's town in the tag's place ("R-Clarklake") is a place too, one no
    gazetteer of towns need know."""
    out: list[Found] = []
    for m in _PARTY_STATE.finditer(text):
        state = m["state"]
        if gaz and gaz.tagged_state(state):
            out.append((m.start("state"), m.end("state"), "GPE", {"place", "state tag"}))
    towns = [m for m in _PARTY_TOWN.finditer(text) if gaz and not gaz.tagged_state(m["town"])]
    return out + [(start, end, "GPE", {"place", "state tag"}) for start, end in bare_state_tags(text, gaz)] + [
        (m.start("town"), m.end("town"), "GPE", {"place"}) for m in towns]


# A US town and its state as AP style writes them in running copy, the state abbreviated with its full stop: "in
# Harrisburg, Pa., Louisville, Ky., and Nashville", "Gretna, La.". Only a town the gazetteer knows in the US opens it.
_TOWN_THEN_STATE = re.compile(r"(?P<town>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}), (?P<state>[A-Z][a-z]{1,4}\.)(?=[,;)]| [a-z]|\s*$)")


def states_after_their_towns(text: str, gaz: Gazetteer | None) -> list[Found]:
    """The state after a US town's name ("Harrisburg, Pa."): a place, read as the state its abbreviation names,
    as in a lawmaker's party-and-state tag ("Pa." alone may be a word or a name elsewhere)."""
    if gaz is None:
        return []
    out: list[Found] = []
    for m in _TOWN_THEN_STATE.finditer(text):
        if not gaz.tagged_state(m["state"]):
            continue  # "Smith, Jr.": no state, and no town to look up
        town = gaz.lookup(m["town"], frozenset({"US"}))
        if town is not None and town.country == "US" and town.kind == "city":
            out.append((m.start("state"), m.end("state"), "GPE", {"place", "state tag"}))
    return out


# A lawmaker's state alone in brackets after his name, his party given before it ("Republican Sens. Bob Corker (TN)
# and Pat Toomey (PA) have put forth", "Democratic Rep. Steve Cohen (TN) told CNN"): the bracket follows names a
# lawmaker's title opens (one elected but not yet sworn in too: "Rep.-elect Ilhan Omar (MN)"), and nothing but names,
# "and" and the other names' tags lies between.
_BARE_STATE_TAG = re.compile(r"(?<=[a-z] )\((?P<state>[A-Z]{2})\)")
_LAWMAKERS_TITLE = re.compile(r"\b(?:Sens?|Reps?)\.(?:-elect\b)?|\b(?:Senators?|Congress(?:wo)?m[ae]n)(?:-elect)?\b")
# (the names listed after one title, each with its tag: "Reps. Jim Jordan (R-OH), Scott Perry (PA)")
_NAMES_AFTER_THE_TITLE = re.compile(r"(?:\s*(?:[A-Z][\w.'\u2019-]*|and|,|\((?:[DRI]-)?[A-Z][\w.]*\)))+\s*")


def bare_state_tags(text: str, gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """Where the postal code of each bare state tag after a lawmaker's name lies ("Pat Toomey (PA)"): a state, no
    acronym of the name before it."""
    out = []
    for m in _BARE_STATE_TAG.finditer(text):
        before = text[max(0, m.start() - T.ACRONYM_LOOKBACK_CHARS) : m.start()]
        titles = list(_LAWMAKERS_TITLE.finditer(before))
        if not titles or not _NAMES_AFTER_THE_TITLE.fullmatch(before, titles[-1].end()):
            continue
        if gaz and gaz.tagged_state(m["state"]):
            out.append((m.start("state"), m.end("state")))
    return out


# A lawmaker's party by its acronym and the seat he sits for, in brackets after his name, as parliamentary copy
# writes it: "Hashim Ismail (BN-Ledang)", "Lim Kit Siang (DAP-Teluk Intan)", "Jo Roe (SPD-Bavaria)". The seat's words
# are capitalised words (not "(HIV-AIDS)", not "(COVID-19)"); a one-letter party is _PARTY_STATE's ("D-Calif.").
_PARTY_SEAT = re.compile(
    r"(?<=[a-z] )\((?P<party>[A-Z]{2,5})-(?P<seat>[A-Z][a-z][\w'\u2019.]*(?: [A-Z][a-z][\w'\u2019.]*){0,3})\)"
)


def party_seats(text: str) -> list[Found]:
    """The party and the seat of a lawmaker's bracketed tag after his name ("Datuk Mahbud Hashim (BN-Sabak Bernam)"):
    a body and a place, which the model runs together into one name or leaves untagged (party_seat_tags)."""
    out: list[Found] = []
    for m in _PARTY_SEAT.finditer(text):
        out.append((m.start("party"), m.end("party"), "ORG", {"organisation"}))
        out.append((m.start("seat"), m.end("seat"), "GPE", {"place"}))
    return out


def party_seat_tags(text: str) -> list[tuple[int, int]]:
    """Where each of party_seats' tags lies, party to seat ("BN-Ledang"): a model's span inside one names neither."""
    return [(m.start("party"), m.end("seat")) for m in _PARTY_SEAT.finditer(text)]


# A member of a party named by the place he sits for: "the Illinois Democrat", "a California Republican", "The
# Slough Conservative candidate" (not "the Queensland Liberal Party": a branch's name).
_PLACES_MEMBER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ff]ellow) (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    r"(?:Republican|Democrat|Conservative|Tory|Liberal|Labour|Green)\b(?! [Pp]arty)"
)


def places_of_party_members(text: str, gaz: Gazetteer | None) -> list[Found]:
    """The place before a party member's noun, which the model leaves untagged or runs into the member: a place
    the gazetteer knows ("The Illinois Democrat has repeatedly stressed ...")."""
    return [
        (m.start("place"), m.end("place"), "GPE", {"place"})
        for m in _PLACES_MEMBER.finditer(text) if gaz and gaz.lookup(m["place"])
    ]


def titled_places(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """The place a person's title is of, which the model leaves untagged: "the Archbishop of
    Cardiff", "the Mayor of Leeds" (a name the gazetteer knows; not "Commissioner of Police")."""
    out: list[Found] = []
    for of in tokens(doc).lower({"of"}):
        title = doc[of.i - 1] if of.i > 0 else None
        if gaz is None or title is None or not (title.text[:1].isupper() and is_person_title(title.text)):
            continue
        run = []
        for nxt in doc[of.i + 1 : of.i + 1 + T.NAME_RUN_MAX_WORDS]:
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.ent_type_:
                break
            run.append(nxt)
        if not run or run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
            continue  # the run goes on: no name we can bound
        name = doc[run[0].i : run[-1].i + 1].text
        if gaz.lookup(name) or gaz.region(name):
            out.append((run[0].idx, run[-1].idx + len(run[-1]), "GPE", {"place"}))
    return out + _named_capitals(doc, gaz)


def places_before_a_noun(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """A place the gazetteer knows, written as one capitalised word before the lowercase noun it qualifies, which the
    model leaves untagged: "its Boulder headquarters", "a Christchurch daily", "the Cardiff showpiece", "south-west
    Victoria tax incentives". An acronym must be a country's or a state's ("U.S. manufacturers"; not "the GIB study");
    never a part of a longer name ("T-Mobile centres", "<CHL> acquisition")."""
    out: list[Found] = []
    if gaz is None:
        return out
    for tok in doc:
        head = tok.head
        if tok.is_sent_start or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ not in {"", "PRODUCT", "WORK_OF_ART"} \
                or tok.dep_ not in {"compound", "nmod", "amod"} or head.i <= tok.i or head.pos_ != "NOUN" or not head.text.islower():
            continue
        if any(t.text[:1].isupper() or t.like_num or t.is_quote for t in doc[tok.i + 1 : head.i]) \
                or tok.i > 0 and (doc[tok.i - 1].text[:1].isupper() or doc[tok.i - 1].text in {"-", "<"} or doc[tok.i - 1].is_quote):
            continue  # (a title in marks or with a number is a thing's name: the "Hassan 2" missile)
        known = gaz.country(tok.text) or gaz.region(tok.text)
        if known or not is_acronym(tok.text) and gaz.lookup(tok.text):
            out.append((tok.idx, tok.idx + len(tok), "GPE", set()))
    return out


# The party whose name is a noun, the common noun in lowercase: Britain's and New Zealand's Labour, Australia's Labor.
_PARTY_NOUNS = frozenset({"Labour", "Labor"})


def labour_parties(doc: Doc) -> list[Found]:
    """"While Labor welcomes the appointment", "the minority Labour government": the party, which the model leaves
    untagged. Only mid-sentence, where the common noun is lowercase ("Labour costs rose" opens a sentence), and not
    part of a longer name ("the Labor Department", "New Labour", "Labour MP Jo Roe": their own rules)."""
    out: list[Found] = []
    for tok in doc:
        if tok.text not in _PARTY_NOUNS or tok.ent_type_ or tok.is_sent_start or doc[tok.sent.start : tok.i].text.strip("\"'\u201c\u2018 ") == "":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if doc[tok.i - 1].pos_ == "PROPN":
            continue  # closing a longer name: "New Labour"
        if nxt is None or nxt.is_punct or nxt.text.islower():
            out.append((tok.idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out


# A party's words before its noun, besides its short names: "the Democratic party", "the National party".
_PARTY_WORDS = PARTY_SHORT_NAMES | {"labor", "democratic", "national", "social democratic"}


def parties_with_their_noun(doc: Doc) -> list[Found]:
    """"expelled from the Labour party", "a hidebound Tory party": a party's name and its noun in lowercase, as British
    copy writes it, one name (the model tags the name alone, which then reads as a member's adjective or a second body).
    Not at a sentence's start, where any word is capitalised."""
    out: list[Found] = []
    for tok in doc:
        if tok.text != "party" or tok.i == 0:
            continue
        for first in (tok.i - 2, tok.i - 1):
            words = doc[max(first, 0) : tok.i]
            if first >= 0 and not doc[first].is_sent_start and all(w.text[:1].isupper() for w in words) and fold(words.text) in _PARTY_WORDS:
                out.append((words.start_char, tok.idx + len(tok), "ORG", {"organisation"}))
                break
    return out


# Last words of a region's name that say what land it is: "the Corn Belt", "the Great Plains", "the Gulf Coast".
LANDFORM_HEADS = frozenset(
    "Belt Plains Valley Basin Coast Delta Highlands Lowlands Peninsula Desert Steppe Outback Uplands Fens".split()
)


def landform_regions(doc: Doc) -> list[Found]:
    """A region named by one or two capitalised words and a landform, after "the" and maybe a
    compass word, that the model leaves untagged or takes for an event: "the Midwestern Corn Belt",
    "the northern Great Plains" (the compass word is no part of the name)."""
    out: list[Found] = []
    for tok in tokens(doc).text(LANDFORM_HEADS):
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha:
            continue  # "the Rift Valley Fever", "the Gulf Coast Conference": a longer name
        run: list[Token] = []
        i = tok.i - 1
        while i > 0 and len(run) < 2 and doc[i].is_alpha and doc[i].text.istitle() and not doc[i].is_sent_start \
                and doc[i].lower_ not in _COMPASS_ADJECTIVES and doc[i].ent_type_ in {"", "EVENT", "LOC", "GPE", "NORP", "FAC"}:
            run.insert(0, doc[i])
            i -= 1
        while i > 0 and doc[i].lower_ in _COMPASS_ADJECTIVES:
            i -= 1  # "the northern Great Plains", "the Midwestern Corn Belt"
        if run and doc[i].lower_ == "the":
            out.append((run[0].idx, tok.idx + len(tok), "LOC", {"place"}))
    return out


# Adjectives of a compass point before a region's name: "the northern Great Plains".
_COMPASS_ADJECTIVES = frozenset(
    "northern southern eastern western central midwestern northeastern northwestern southeastern southwestern".split()
)


def _named_capitals(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """The city named right after a country's "capital", which the model leaves untagged: "the Cameroon capital
    Yaounde", "the Afghan capital, Kabul," (an untagged name the gazetteer knows as a city)."""
    out: list[Found] = []
    for noun in tokens(doc).lower({"capital"}):
        i = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
        if gaz is None or not noun.text.islower() or i >= len(doc):
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
        if end > i and (place := gaz.lookup(doc[i:end].text)) and place.kind == "city":
            out.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), "GPE", {"place"}))
    return out


_GROUP_NUMBERS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty".split())


_OF_WORDS = frozenset({"of"})
# What opens a club's name before it: "the Group of Eight", "the bipartisan "Gang of Eight"", "the establishment's Gang
# of Eight".
_CLUB_OPENERS = frozenset({"the", "'s", "\u2019s"})


def _clubs_of_their_number(doc: Doc) -> list[Found]:
    """A club named by one capitalised word, "of" and its members' number, in words or in two digits: "the Group of
    Eight", "the Group of 20 conference", "the bipartisan "Gang of Eight"", "the establishment's Gang of Eight amnesty
    plan" (the model cuts it at the "of", or leaves it). Its name opens after "the", a possessive, or an opening
    mark or an adjective after "the"; no capitalised word goes on after the number."""
    out: list[Found] = []
    for of in tokens(doc).lower(_OF_WORDS):
        if of.i < 2 or of.i + 1 >= len(doc):
            continue
        name, number = doc[of.i - 1], doc[of.i + 1]
        if not (number.text in _GROUP_NUMBERS or number.is_digit and len(number) <= 2):
            continue
        if not (name.text.istitle() and name.is_alpha) or name.is_sent_start and name.i > 0:
            continue
        if number.i + 1 < len(doc) and doc[number.i + 1].text[:1].isupper() and doc[number.i + 1].is_alpha:
            continue  # the name goes on: "the Book of Five Rings"
        i = name.i - 1
        if doc[i].text in _OPENING_QUOTES and i > 0:
            i -= 1  # "the bipartisan "Gang of Eight""
        if doc[i].pos_ == "ADJ" and doc[i].text.islower() and i > 0:
            i -= 1  # "the bipartisan Gang of Eight"
        if doc[i].lower_ in _CLUB_OPENERS:
            out.append((name.idx, number.idx + len(number), "ORG", {"organisation"}))
    return out


def numbered_groups(doc: Doc) -> list[Found]:
    """A group of people named by a place or a family and their number: "the Guildford Four",
    "the Maguire Seven" (the model reads the number alone); and a club of nations named by its
    number after "of", "the Group of Eight" (the model cuts it at the "of")."""
    out: list[Found] = _clubs_of_their_number(doc)
    for tok in tokens(doc).text(_GROUP_NUMBERS):
        if tok.i >= 1 and doc[tok.i - 1].text == "of":
            continue  # a club's number after "of": _clubs_of_their_number
        run: list[Token] = []
        i = tok.i - 1
        while i >= 0 and len(run) < 2 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha:
            run.insert(0, doc[i])
            i -= 1
        if not run or i < 0 or doc[i].lower_ != "the" or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        out.append((run[0].idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out


# "G. Petit et al.": the first author of a cited paper.
_CITED = re.compile(r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w'\u2019-]+)\s+et al\b")


def cited_authors(text: str) -> list[Found]:
    """The first author of a paper cited as "Initial. Surname et al.": a person."""
    return [(m.start("name"), m.end("name"), "PERSON", {"person"}) for m in _CITED.finditer(text)]


# "Jane Roe, CEO of Take-Two, said", "now works for Facebook": the organisation a person's role is of.
_ROLE_OF = re.compile(
    r"\b(?:CEO|chief executive|founder|co-founder|chairman|chairwoman|chair|president|director|executive|"
    r"spokesman|spokeswoman|spokesperson|analyst|professor|researcher|head|editor|works|worked|working) (?:of|at|for) "
    r"(?P<name>[A-Z][\w&]*(?:-[A-Z\d][\w&]*)*(?:\s+[A-Z][\w&]*(?:-[A-Z\d][\w&]*)*){0,3})(?=[,.;]|\s+[a-z])"
)


def role_of(text: str, gaz: Gazetteer | None) -> list[Found]:
    """The organisation a named role belongs to ("CEO of Take-Two", "professor at Harvard"), which
    the model leaves untagged; a place stays a place ("president of France"), and a person after his title stays a
    person ("a spokesman for Prime Minister Gulbuddin Hekmatyar": the title of two words too; "a spokesman for House
    Speaker Paul Ryan": a given name and a surname end the run, after the words of a title)."""
    out: list[Found] = []
    for m in _ROLE_OF.finditer(text):
        name = m["name"]
        if gaz and (gaz.lookup(name) or gaz.country(name) or gaz.region(name)) or is_person_title(name.split()[0]) or leading_title_length(name):
            continue
        words = name.split()
        if len(words) > 2 and given_name(fold(words[-2])):
            continue  # "a spokesman for House Speaker Paul Ryan": a title (its body's word first), then the holder
        out.append((m.start("name"), m.end("name"), "ORG", {"organisation"}))
    return out


def affiliations(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """The body a person speaks for, written after "from" between the person and the verb: "Bob
    Gordon from Renewable Fuels Australia says", "Ian Bolitho from Fruit Growers Victoria says" (the
    model leaves the name untagged or takes it for a person's); a place stays a place ("Jo Roe from
    Sydney says")."""
    out: list[Found] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "from":
            continue
        start = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
        end = start
        while end < len(doc) and end - start < T.INSTITUTION_MAX_WORDS and (
            doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].ent_type_ in {"", "ORG", "PERSON", "GPE", "NORP"}
            or doc[end].lower_ in {"of", "and", "for"} and end > start and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        if end == start or end >= len(doc) or doc[end].pos_ != "VERB" or doc[end].text in _MONTHS_AND_DAYS:
            continue
        name = doc[start:end]
        if any(t.text in _MONTHS_AND_DAYS or is_person_title(t.text) for t in name) or gaz and (gaz.lookup(name.text) or gaz.country(name.text) or gaz.region(name.text)):
            continue
        out.append((name.start_char, name.end_char, "ORG", {"organisation"}))
    return out


def listed_people(doc: Doc) -> list[Found]:
    """An untagged name of two to four capitalised words between two people the model tagged, in
    a list: "Chris Kuo, Struan WA Wilkie, and Owen Dempsey" (the model reads no middle initials)."""
    out: list[Found] = []
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    for before, after in zip(ents, ents[1:]):
        if before.end >= len(doc) or doc[before.end].text != ",":
            continue
        run = doc[before.end + 1 : after.start]
        while len(run) and (run[-1].text == "," or run[-1].lower_ in {"and", "or"}):
            run = run[:-1]  # ", and Owen Dempsey"
        if not 2 <= len(run) <= 4 or not all(t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in run):
            continue
        if is_person_title(run[0].text) or doc[run.end].text != ",":
            continue
        out.append((run.start_char, run.end_char, "PERSON", {"person"}))
    return out


# Capitalised last words of an event's name: "the Davis Cup", "the ATP Finals", "the Bangkok Motor
# Show", "the Boston Marathon", "a Grand Slam", "the International Solid State Circuits Conference" ("Games" ends
# companies' names too: "Epic Games").
EVENT_NOUNS = frozenset(
    """Cup Final Finals Award Awards Prize Championship Championships Festival Show Olympics Expo Marathon Slam Trophy Summit
    Conference Open Tour Prix""".split()
)
# Event nouns that open a body's name as well: "the Kenya Open" but "Open University", "Open Society Foundations",
# "Tour Operators Association": an event's only where no capitalised word follows.
_EVENT_NOUNS_OPENING_NAMES = frozenset({"Open", "Tour"})
# A tournament's nouns, whose name's place or organiser is the tournament's label, no place or body of the story:
# "the Qatar Open", "the ATP Tour", "the Norwich Union Grand Prix" (unlike "the Bangkok Motor Show", held there).
_TOURNAMENT_NOUNS = frozenset({"Open", "Tour", "Prix"})
# Lowercase nouns after a name of two words or more that make it an event or a work: "the Grand Slam
# tournaments", "the Wheel of Time series" (after one word it may be the maker: "a Netflix series").
_WORK_NOUNS = frozenset({"tournament", "tournaments", "series", "podcast"})
_INITIAL = re.compile(r"[A-Z]\.")


# Last words of a body that holds events named after it (not "League", "Union": "the League Cup" is the competition's
# own name).
_HOLDING_BODY_HEADS = frozenset("association society institute institution council foundation university college commission academy".split())


def events(doc: Doc, gaz: Gazetteer | None) -> list[Found]:
    """An event, an award or a series by its name, which the model leaves untagged or takes for an
    organisation or a person: no actor ("the Philip K. Dick Award", "the Davis Cup", "the Grand Slam
    tournaments"); see _event_parts for the organiser or host it names."""
    out: list[Found] = []
    for tok in tokens(doc).where(text=EVENT_NOUNS, lower=_WORK_NOUNS):
        work = tok.lower_ in _WORK_NOUNS and tok.text.islower()
        if not (tok.text in EVENT_NOUNS or work):
            continue
        if tok.text in _EVENT_NOUNS_OPENING_NAMES and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue  # "Kenya Open Data Initiative": a body named on
        end = tok.i if work else tok.i + 1
        start = end
        while start > 0:
            prev = doc[start - 1]
            if prev.lower_ == "of" and start - 1 > 0 and start < end and doc[start - 2].text[:1].isupper():
                start -= 1  # "the Wheel of Time series"
                continue
            if not (prev.text[:1].isupper() and (prev.is_alpha or _INITIAL.fullmatch(prev.text))) or prev.lower_ in {"the", "a", "an"} \
                    or prev.lower_ in _HOLDING_BODY_HEADS:
                break  # (the body that holds it is a name of its own: "the British Medical Association Festival of Science")
            start -= 1
        if end - start >= (2 if work else 1) and doc[start].lower_ != "of" and (work or start < tok.i):  # not "Show" alone
            out += [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label, {"event"}) for a, b, label in _event_parts(doc, start, end, gaz, work)]
    return out


def _event_parts(doc: Doc, start: int, end: int, gaz: Gazetteer | None, work: bool) -> list[tuple[int, int, str]]:
    """(start, end, label) token ranges of an event's name: an acronym opening it is its organiser
    ("the ATP Finals"), a city or country opening it its host ("the Bangkok Motor Show"), each a
    name of its own; the rest is the event (or, for a series, the work)."""
    if work:
        return [(start, end, "WORK_OF_ART")]
    if doc[end - 1].text in _TOURNAMENT_NOUNS:
        return [(start, end, "EVENT")]
    parts = []
    while start < end - 1 and is_acronym(doc[start].text):
        parts.append((start, start + 1, "ORG"))
        start += 1
    if start < end - 1 and gaz and (place := gaz.lookup(doc[start].text)) and place.kind in {"city", "country"}:
        parts.append((start, start + 1, "GPE"))
        start += 1
    return parts + [(start, end, "EVENT")]


def _organiser_of_event(ent: Span) -> list[Span] | None:
    """"[the British Association for the Advancement of Science Festival of Science]": a body's name, then the name
    of an event it holds ("Festival of", "Conference on"), which the model read as one name: the body, then the event."""
    if ent.label_ not in {"ORG", "FAC", "EVENT"}:
        return None
    doc = ent.doc
    for tok in ent[2:-1]:
        body = doc[ent.start + (ent[0].lower_ == "the") : tok.i]
        if tok.text in EVENT_NOUNS and doc[tok.i + 1].lower_ in {"of", "on", "for"} and any(t.lower_ in _HOLDING_BODY_HEADS and t.is_title for t in body):
            return [Span(doc, body.start, body.end, label="ORG"), Span(doc, tok.i, ent.end, label="EVENT")]
    return None


def _event_split(ent: Span, gaz: Gazetteer | None) -> list[Span] | None:
    """The model's "organisation" or "person" that is an event's name ("[ATP Finals]", "[Wheel of
    Time series]"), cut as events() cuts an untagged one; the model's own event only for the host it names ("[the
    Athens Olympics]": Athens is a place of the story)."""
    if ent.label_ not in _ENTITY_LABELS | {"EVENT"} or len(ent) < 2:
        return None
    work = ent[-1].lower_ in _WORK_NOUNS and ent[-1].text.islower()
    if not (ent[-1].text in EVENT_NOUNS or work):
        return None
    start = ent.start + (ent[0].lower_ in {"the", "a", "an"})
    end = ent.end - work
    if end <= start:
        return None
    parts = _event_parts(ent.doc, start, end, gaz, work)
    if ent.label_ == "EVENT" and not any(label == "GPE" for _, _, label in parts):
        return None
    return [Span(ent.doc, a, b, label=label) for a, b, label in parts]


# Nouns of a war that copy names after the place it is fought in or over: "the Iraq war", "the
# Vietnam War", "the Falklands conflict", "the Kuwait invasion".
_WAR_NOUNS = frozenset({"war", "conflict", "invasion", "occupation"})


def _war_of_place(ent: Span, gaz: Gazetteer | None) -> list[Span] | None:
    """"[the Iraq war]": a war named after a place is no actor, but the place is one of the story's."""
    if ent.label_ != "EVENT" or len(ent) < 2 or ent[-1].lower_ not in _WAR_NOUNS or gaz is None:
        return None
    place = ent[1:-1] if ent[0].lower_ == "the" else ent[:-1]
    if not len(place) or not gaz.lookup(place.text):
        return None  # "the Second World War", "the Cold War": no place
    return [Span(ent.doc, place.start, place.end, label="GPE")]


# "of 1119 Eighth St.", "3170 W. County Road 600S": a street after a house number.
_ADDRESS = re.compile(
    r"(?<![\w.])\d{1,6}(?:\s+[NSEW]\.)?\s+(?P<name>(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Place|Lane|Boulevard|Blvd\.|Court|Way|Parkway|Highway)"
    r"(?:\s+\d+[A-Z]?\b)?)"
)


def addresses(text: str) -> list[Found]:
    """The street of an address ("arrested Jo Roe, 32, of 1119 Eighth St."): a place, though the
    model takes the number for a date and the name for a person or a company."""
    return [(m.start("name"), m.end("name"), "FAC", {"place"}) for m in _ADDRESS.finditer(text)]


# A place's name whose words a lowercase particle joins with hyphens: "Mar-a-Lago", "Stoke-on-Trent",
# "Stratford-upon-Avon", "Aix-en-Provence" (the model leaves the run untagged, its particle in lowercase); and a wing of
# a building by its side, "the West Wing" (where the White House's aides work), which it reads as a common noun.
_PARTICLE_HYPHENED_PLACE = re.compile(r"\b[A-Z][a-z]+(?:-(?:a|on|upon|en|sur|le|la|les)-[A-Z][a-z]+)+\b(?!-)")
_SIDE_WING = re.compile(r"(?<=\bthe )(?:West|East) Wing\b")


def landmarks(text: str) -> list[Found]:
    """A place named with hyphened particles ("at Trump's Mar-a-Lago resort", "Stoke-on-Trent") and a building's wing by
    its side ("aides in the West Wing"): places, which the gold of every round lists so (Mar-a-Lago in 14 files of
    rounds 60-86, West Wing in 8)."""
    return [(m.start(), m.end(), "FAC", {"place"}) for m in (*_PARTICLE_HYPHENED_PLACE.finditer(text), *_SIDE_WING.finditer(text))]


# A number that opens a name, in figures or in words: "5th", "Sixth", "Twenty-Third".
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|(?:Twenty-|Thirty-|Forty-|Fifty-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)"
    r"|Tenth|Eleventh|Twelfth|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teenth|Twentieth|Thirtieth|Fortieth|Fiftieth)"
)
# A congressional district and a federal appeals court by their number: "the 5th Congressional District", "Tennessee's
# Sixth Congressional District", "the 2nd U.S. Circuit Court of Appeals", "the 9th Circuit" (the model tags the words
# without the number, the country alone, or nothing).
_CONGRESSIONAL_DISTRICT = re.compile(rf"\b{_ORDINAL}\s+Congressional\s+District\b")
_APPEALS_COURT = re.compile(rf"\b{_ORDINAL}\s+(?:U\.S\.\s+|US\s+)?Circuit(?:\s+Court\s+of\s+Appeals)?\b")
# A federal trial court's district, by its compass word and its state ("the Southern District of New York", "the U.S.
# District Court for the Northern District of California"), the court's name with it: the model tags "Southern District"
# and the state apart, or the court alone. A state's second word only from the states that have such districts ("New
# York", "North Carolina", "West Virginia"), so a title after the state is no word of it ("of Texas Judge Jo Roe").
_FEDERAL_DISTRICT = re.compile(
    r"\b(?:(?:U\.S\.\s+|US\s+)?District\s+Court\s+for\s+the\s+)?(?:Northern|Southern|Eastern|Western|Middle|Central)"
    r"\s+District\s+of\s+(?:New\s+York|North\s+Carolina|West\s+Virginia|[A-Z][a-z]+)\b"
)


def districts_and_circuits(text: str) -> list[Found]:
    """A congressional district ("New York's 14th Congressional District"), a place, and a federal appeals court ("the
    2nd U.S. Circuit Court of Appeals", "the 5th Circuit's decision"), a body, each named by its number: the number is a
    word of the name (another district or circuit of the story has another); and a federal trial court's district by
    its compass word and state ("the Southern District of New York"), a place, as the congressional district is (a body
    with its court's name: "the U.S. District Court for the Northern District of California")."""
    return [(m.start(), m.end(), "LOC", {"place"}) for m in _CONGRESSIONAL_DISTRICT.finditer(text)] + [
        (m.start(), m.end(), "ORG", {"organisation"}) for m in _APPEALS_COURT.finditer(text)] + [
        (m.start(), m.end(), *(("ORG", {"organisation"}) if "Court" in m.group() else ("LOC", {"place"})))
        for m in _FEDERAL_DISTRICT.finditer(text)]


_REPORT = frozenset({"report"})
_JOURNALISTS = frozenset(
    "journalist journalists reporter reporters columnist columnists correspondent correspondents photographer editor".split()
)


def reporting_outlets(doc: Doc) -> list[Found]:
    """One untagged capitalised word, mid-sentence, that reports: "..., Deadline reports that",
    "Kan reported on Wednesday": an outlet (a person is named in full first, and found so); so is a title or a product
    the model tagged that reports ("The Daily Beast reported"). And the
    paper a journalist works for, named before the job: "an Evening Standard journalist" (not "a
    Jewish journalist", an adjective; nor "a Washington reporter", a place)."""
    out: list[Found] = []
    for job in tokens(doc).lower(_JOURNALISTS):
        run: list[Token] = []
        i = job.i - 1
        while i > 0 and len(run) < 3 and doc[i].text[:1].isupper() and doc[i].pos_ in {"PROPN", "NOUN"} \
                and doc[i].ent_type_ in {"", "ORG", "WORK_OF_ART"} and not is_person_title(doc[i].text):
            run.insert(0, doc[i])
            i -= 1
        if run and job.text.islower() and doc[i].lower_ in {"a", "an", "the"}:
            out.append((run[0].idx, run[-1].idx + len(run[-1]), "ORG", {"organisation"}))
    for verb in tokens(doc).lemma(_REPORT):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > 0]
        if len(subjects) != 1:
            continue
        tok = subjects[0]
        if (writing := _writing_that_reports(tok)) is not None:
            out.append((writing[0].idx, writing[-1].idx + len(writing[-1]), "ORG", {"organisation"}))
            continue
        if tok.is_sent_start or tok.ent_type_ in _ENTITY_LABELS:
            continue
        if not (tok.text[:1].isupper() and tok.is_alpha) or doc[tok.i - 1].text[:1].isupper():
            continue
        out.append((tok.idx, tok.idx + len(tok), "ORG", {"organisation"}))
    return out


# What the model takes a news site for when it reports: a title or a product ("..., The Daily Beast reported", "as Above
# the Law reported", "SCOTUSblog's Mark Walsh reported").
_WRITING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})


def _writing_that_reports(subject: Token) -> Span | None:
    """The title or product the model tagged that reports, itself or through its journalist ("SCOTUSblog's Mark Walsh
    reported"): a site or a paper, whose words are its reporting, no work (a work is reported on, never reports); its
    leading "The" left out."""
    owners = [c for c in subject.children if c.dep_ == "poss"] if subject.ent_type_ == "PERSON" else [subject]
    if len(owners) != 1 or owners[0].ent_type_ not in _WRITING_LABELS:
        return None
    span = next(e for e in subject.doc.ents if e.start <= owners[0].i < e.end)
    if span[0].lower_ == "the":
        span = span[1:]
    return span if len(span) and span[0].text[:1].isupper() else None


# Lowercase nouns of a work, before its title: "his first novel, Web of Angels,", "the story
# collection Heat of Fusion", "a film called Jackie Roe".
_WORK_KINDS = frozenset(
    "novel novels book books collection poem story film movie album song play essay memoir trilogy documentary game"
    " drama musical opera sitcom revue pantomime".split()  # "Mike Leigh's abortion drama Vera Drake", "the musical Bollywood Dreams"
)
_TITLE_GLUE = frozenset({"of", "the", "and", "in", "a", "an"})


_AUTHORS = frozenset({"author", "co-author", "coauthor"})
_WORKS_AND_AUTHORS = _WORK_KINDS | _AUTHORS


def titled_works(doc: Doc) -> list[Found]:
    """The title of a work named after its kind noun ("the novel X", "his first novel, X,", "the
    book was called X") or its author ("author of X"): no actor or place, whatever the model made
    of its words."""
    out: list[Found] = []
    for tok in tokens(doc).lower(_WORKS_AND_AUTHORS):
        if tok.i + 1 >= len(doc) or not tok.text.islower():
            continue
        i = tok.i + 1
        if tok.lower_ in _AUTHORS:
            if doc[i].lower_ != "of":
                continue
            i += 1  # "author of Planta Sapiens" (two capitalised words at least: not "author of Acme")
        elif doc[i].text == "," or doc[i].lower_ in {"called", "titled", "entitled"}:
            i += 1
        elif doc[i].lower_ in {"was", "is"} and i + 1 < len(doc) and doc[i + 1].lower_ in {"called", "titled", "entitled"}:
            i += 2  # "The book was called The Dragon Waiting"
        if tok.lower_ in _AUTHORS and i + 2 < len(doc) and doc[i].like_num and doc[i + 1].tag_ == "POS":
            i += 2  # "the author of 1776's Wealth of Nations"
        quoted = i < len(doc) and doc[i].text in _QUOTE_MARKS
        while i < len(doc) and doc[i].text in _QUOTE_MARKS:
            i += 1
        # "its popular game The Sims": an article capitalised mid-sentence opens a title, however short
        quoted = quoted or i + 1 < len(doc) and doc[i].text == "The" and not doc[i].is_sent_start and doc[i + 1].text[:1].isupper()
        if tok.lower_ in _GAME_KINDS and not (quoted or _game_kind(tok)):
            continue  # "the game Arsenal won": a match
        if i + 1 < len(doc) and doc[i].lower_ in {"the", "a", "an"} and doc[i + 1].text[:1].isupper():
            i += 1  # names drop a leading article, as entities.base.clean_span does
        end = i
        while end < len(doc) and end - i < T.NAME_RUN_MAX_WORDS + 3 and (
            doc[end].text[:1].isupper() and doc[end].is_alpha
            or doc[end].text == "-" and end > i and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            or doc[end].lower_ in _TITLE_GLUE and end > i and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        if end - i >= 2 or quoted and end > i:  # "his book Trump wrote": one word may be a name, unless quoted
            out.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), "WORK_OF_ART", {"work"}))
    return out + _works_listed_after_kind(doc) + _series_before_kind(doc) + _title_before_its_kind(doc)


# Plural nouns of works, before a list of their titles ("titles such as X and Y") or after a series'
# title ("the James Bond films"); "games" only as _game_kind allows (a match is a game too).
_WORKS_PLURAL = frozenset("titles films movies books novels albums songs games singles hits tracks plays".split())
_INCLUDING = frozenset({"include", "includes", "included", "including"})
# Marks between a kind's plural and the list of its titles it names ("two singles, X and Y", "two hits - X and Y").
_LIST_MARKS = frozenset({",", "-", "\u2013", ":"})
_GAME_KINDS = frozenset({"game", "games"})
_GAME_MAKERS = frozenset({"video", "computer", "console", "board", "arcade"})


def _game_kind(tok: Token) -> bool:
    """"video games", "computer game": a game that is a work, not a match ("the game Arsenal won")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in _GAME_MAKERS


def _title_word(tok: Token) -> bool:
    """A capitalised word of a title: "List", "Y'all", "1776"."""
    return tok.text[:1].isupper() and (tok.is_alpha or tok.like_num or tok.text.replace("'", "").isalpha())


def _title_run(doc: Doc, i: int) -> int:
    """The end of a title's run of capitalised words from token i ("Wheel of Time": glue inside; "Schindler's
    List", "Tele-Ho", "Star Wars: The Phantom Menace": a possessive, a hyphen or a subtitle's colon written
    right after a word)."""
    end = i
    while end < len(doc) and end - i < T.NAME_RUN_MAX_WORDS + 3 and (
        (doc[end].text[:1].isupper() and (doc[end].is_alpha or doc[end].like_num))
        or end > i and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and (
            doc[end].lower_ in {"of", "the"} or (doc[end].tag_ == "POS" or doc[end].text in {"-", ":"}) and not doc[end - 1].whitespace_
        )
    ):
        end += 1
    return end


def _works_listed_after_kind(doc: Doc) -> list[Found]:
    """Titles listed after their kind's plural: "blockbuster titles such as Fifa and John Madden",
    "movies such as Harry Potter", "whose films include Schindler's List, Michael Collins and Star Wars",
    "several films, including 1947's Nicholas Nickleby", and two titles or more after a mark ("two singles,
    Club Foot and LSF", "two hits - Processed Beats and Cutt Off"; one may be who speaks: "three films, Jo
    Roe said"): works, though named like a body or a person."""
    out: list[Found] = []
    for kind in tokens(doc).lower(_WORKS_PLURAL):
        i = kind.i + 1
        if not kind.text.islower() or kind.pos_ != "NOUN" or kind.lower_ in _GAME_KINDS and not _game_kind(kind):
            continue
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in _INCLUDING:
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
            i, least = i + 2, 1
        elif i < len(doc) and doc[i].lower_ in _INCLUDING:
            i, least = i + 1, 1
        elif i < len(doc) and doc[i].text in _LIST_MARKS:
            i, least = i + 1, 2
        else:
            continue
        if i + 2 < len(doc) and doc[i].like_num and doc[i + 1].tag_ == "POS":
            i += 2  # "1947's Nicholas Nickleby": its year
        titles: list[Found] = []
        while i < len(doc):
            end = _title_run(doc, i)
            if end == i:
                break
            titles.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), "WORK_OF_ART", {"work"}))
            if not (end + 1 < len(doc) and doc[end].text in {",", "and", "or"} and doc[end + 1].text[:1].isupper()):
                break
            i = end + 1
        if len(titles) >= least:
            out += titles
    return out


# Singular nouns of a work after its title, once its maker's possessive is before it: "whose New Forms album".
_WORK_AFTER_TITLE = frozenset("album single novel film movie documentary".split())
_POSSESSIVE_WORDS = frozenset("whose his her their its".split())


def _title_before_its_kind(doc: Doc) -> list[Found]:
    """A title of two words or more between its maker's possessive and its kind's noun ("Size, whose New Forms
    album won the prize", "their Back Stabbers single"): a work, not a body (one word may be a band's name: "his
    Beatles album"; a place is where it was made: "his New York film")."""
    out: list[Found] = []
    for kind in tokens(doc).lower(_WORK_AFTER_TITLE):
        if not kind.text.islower():
            continue
        start = kind.i
        while start > 0 and (_title_word(doc[start - 1]) and not is_acronym(doc[start - 1].text) or start > 1 and start < kind.i
                             and doc[start - 1].lower_ in {"of", "the"} and doc[start - 2].text[:1].isupper()):
            start -= 1  # "his Y'all Heard of Me single"
        if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in doc[start : kind.i]):
            continue  # "his New York film": where it was made
        if kind.i - start >= 2 and start > 0 and (doc[start - 1].lower_ in _POSSESSIVE_WORDS or doc[start - 1].tag_ == "POS"):
            out.append((doc[start].idx, doc[kind.i - 1].idx + len(doc[kind.i - 1]), "WORK_OF_ART", {"work"}))
    return out


def _series_before_kind(doc: Doc) -> list[Found]:
    """A series' title of two words or more between "the" and its kind's plural ("the James Bond
    films", "the Harry Potter books"): a work; one word may be its maker ("the Pixar films")."""
    out: list[Found] = []
    for kind in tokens(doc).lower(_WORKS_PLURAL - {"titles"}):
        if not kind.text.islower() or kind.lower_ in _GAME_KINDS and not _game_kind(kind):
            continue
        start = kind.i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not is_acronym(doc[start - 1].text):
            start -= 1
        if kind.i - start >= 2 and start > 0 and doc[start - 1].lower_ == "the":
            out.append((doc[start].idx, doc[kind.i - 1].idx + len(doc[kind.i - 1]), "WORK_OF_ART", {"work"}))
    return out


def bodies_named_for_a_nation(doc: Doc, lexicon: AbstractSet[str], gaz: Gazetteer | None) -> list[Found]:
    """A capitalised common noun right before a country's or a nation's name, the two a name that goes no further:
    "Universities UK, said", "Universities Scotland, which represents", "Dairy Australia": a national body named
    for its field, whatever the model tagged of it (a longer name, "Radio Scotland" after "BBC", is the model's)."""
    out: list[Found] = []
    if gaz is None:
        return out
    for nation in doc[1:]:
        field = doc[nation.i - 1]
        if not (nation.ent_type_ == "GPE" and nation.ent_iob_ == "B" and (gaz.country(nation.text) or gaz.region(nation.text))):
            continue
        if not (field.is_title and field.is_alpha and not field.ent_type_ and field_noun(field.text, lexicon) and field.pos_ in {"NOUN", "PROPN"}):
            continue
        if field.i > 0 and doc[field.i - 1].text[:1].isupper() or nation.i + 1 < len(doc) and doc[nation.i + 1].text[:1].isupper():
            continue  # the name goes on: no name we can bound
        if field.is_sent_start and not field.lower_.endswith("s"):
            continue  # "Meanwhile Australia": a sentence's first word, capitalised as such (a plural opens no clause)
        out.append((field.idx, nation.idx + len(nation), "ORG", {"organisation"}))
    return out


# People an advocacy group is named for, by their calling, before its cause (a people's plural the model tags counts too).
_ADVOCATES = frozenset(
    "doctors nurses teachers students citizens mayors veterans parents mothers fathers women workers taxpayers patriots priests".split()
)
# Words that may join a cause's capitalised words: "Citizens for Responsibility and Ethics in Washington".
_CAUSE_JOINERS = frozenset({"and", "of", "in", "the", "&"})


def advocacy_groups(doc: Doc) -> list[Found]:
    """A people's plural, "for" or "against" its cause, capitalised: the name of a group that speaks for them ("Americans
    United for Change, a liberal group, is running", "the lonely lives of Latinos for Trump", "Doctors for Obama", "Mayors
    Against Illegal Guns"), where the model tags the people alone. The "for" goes with the people, as a name's part does
    (not "support among Americans for Trump's plan"); a party's plural is no calling ("Democrats for Biden" is its voters)."""
    out: list[Found] = []
    for cue in tokens(doc).lower({"for", "against"}):
        people = doc[cue.i - 1] if cue.i > 0 else cue
        if people.lower_ == "united" and cue.i > 1:
            people = doc[cue.i - 2]
        if cue.head.i not in {people.i, cue.i - 1} or not (people.is_title and people.lower_.endswith("s")):
            continue
        if not (people.ent_type_ == "NORP" or people.lower_ in _ADVOCATES) or people.lower_[:-1] in _PARTY_WORDS:
            continue
        end = cue.i + 1
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ in _CAUSE_JOINERS and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if end > cue.i + 1 and not (people.i > 0 and doc[people.i - 1].is_title and not people.is_sent_start):
            out.append((people.idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", {"organisation"}))
    return out


# Two names "and" joins, a word or two each: "St Kitts and Nevis", "Trinidad and Tobago".
_JOINED_NAMES = re.compile(r"\b(?!The )(?:St\.? )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)? and (?:the )?[A-Z][\w'\u2019-]*\b")


def joined_countries(text: str, gaz: Gazetteer | None) -> list[Found]:
    """A country whose name "and" joins ("The St Kitts and Nevis star", "Trinidad and Tobago"): one place, where
    the model reads two names or a person's."""
    if gaz is None:
        return []
    return [(m.start(), m.end(), "GPE", {"place"}) for m in _JOINED_NAMES.finditer(text) if gaz.country(m.group())]


# A group of nations by its count: "G-7 leaders", "the G8 presidency", "the G6 group of nations" (not the meeting it
# holds: "the G7 meeting in London").
_COUNTED_GROUP = re.compile(r"(?<![\w-])G-?(?:5|6|7|8|10|20|77)(?![\w-])(?!\s+(?:meetings?|summits?|talks)\b)")


def nation_groups(text: str) -> list[Found]:
    """A group of nations named by its count ("G-7 leaders", "G8 nations"), which the model leaves untagged."""
    return [(m.start(), m.end(), "ORG", {"organisation"}) for m in _COUNTED_GROUP.finditer(text)]
