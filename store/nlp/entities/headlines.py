"""Headline-case text (title, dek, subheads), which the model does not tag: the body's entities
looked up in it, and the countries of the title."""

from __future__ import annotations

import re

from .. import recall
from ..gazetteer import AUSTRALIAN_STATE_ABBREVIATIONS, Gazetteer
from ...names import acronym_of, is_acronym, name_key, name_words, party_names
from .base import _CORPORATE_SUFFIX, _Group, _Mention, Para, PLACE_LABELS, SITE_NOUNS
from .bodies import _members_of, _office_spelt_out, _party_names_of
from .surnames import _clips, _misspelt_word, _short_form


# A run of capitalised words in a title, where a country's name may be, in one to three of them: "JAPAN", "U.K.".
_TITLE_WORDS = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*")

# What may not stand before a name in a headline: a word's letter, a hyphen, or an apostrophe inside a word ("O'Neill");
# the quotation mark a title opens on may ("'EU referendum could cost £80m'", as BBC titles quote their source).
_NOT_BEFORE_A_NAME = r"(?<![\w-])(?<!\w')"

# Initials a headline writes for a body or a place: "FAA", "NE", "H.K.", "U.K." (not inside a word).
_HEADLINE_INITIALS = re.compile(_NOT_BEFORE_A_NAME + r"(?<!\.)(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})(?![\w-])")

# Last words of a place's name its first word stands for alone: "Guantanamo" of "Guantanamo Bay".
_FEATURE_NOUNS = SITE_NOUNS | recall.SITE_HEAD_NOUNS | {"bay"}


def _headline_mentions(paras: list[Para], groups: list[_Group]) -> list[_Group]:
    """Find the body's entities in text the model cannot read: title, dek, ALL CAPS subheads. Returns the groups of
    parties' members a headline names in the plural where the body writes only the party's adjective (`_members_apart`)."""
    forms = sorted(
        [(alias, g) for g in groups for alias in g.aliases if len(alias) >= 3 or is_acronym(alias)]
        + _headline_surnames(groups) + _headline_given_names(paras, groups) + _headline_places(groups) + _headline_firms(groups)
        + _headline_parties(groups) + _headline_initialled_places(groups) + _headline_state_clips(groups)
        + _headline_misspellings(paras, groups) + _headline_short_given_names(paras, groups),
        key=lambda ag: -len(ag[0]),
    )
    parties = _party_names_of(groups)
    plurals_of_parties = {(name_key(form), id(g)) for form, g in _headline_parties(groups) if any(name_key(a).endswith(" party") for a in g.aliases)}
    members: dict[int, _Group] = {}
    for p in paras:
        if p.doc is not None:
            continue
        flags = re.IGNORECASE if p.text.isupper() else 0
        folded = p.text.lower() if flags and p.text.isascii() else None
        # a span the line already names (a dateline's place) is that thing's, never another's ("SAN JOSE, Costa Rica")
        taken = [(m.start, m.end) for g in groups for m in g.mentions if m.seq == p.seq]
        clipped = sorted(_clipped_names_in(p.text, groups), key=lambda ag: -len(ag[0]))
        for alias, g in clipped + forms:
            if not _may_appear(p.text, folded, alias, flags):
                continue  # most aliases are not in a headline: no pattern compiled for them
            pattern = re.escape(alias).replace("'", "['\u2019]")
            plural = "s?" if g.label == "NORP" else ""
            for hit in re.finditer(rf"{_NOT_BEFORE_A_NAME}(?:{pattern}){plural}(?![\w-])", p.text, flags):
                if any(hit.start() < e and s < hit.end() for s, e in taken):
                    continue
                taken.append((hit.start(), hit.end()))
                ev = {"headline", "plural"} if plural and hit.group().casefold() != alias.casefold() else {"headline"}
                if "plural" in ev and name_key(alias) in parties or (name_key(alias), id(g)) in plurals_of_parties:
                    # the members of a party the body names by its adjective or in full (lead ruling 37)
                    members.setdefault(id(g), _Group([], "NORP")).mentions.append(
                        _Mention(p.seq, hit.start(), hit.end(), hit.group(), "NORP", {"title", "plural"}))
                else:
                    g.mentions.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), g.label, ev))
        for hit in _HEADLINE_INITIALS.finditer(p.text):
            if p.text.isupper() and "." not in hit.group():
                continue  # every word of an ALL CAPS line looks like an acronym; "U.K." still is one
            if any(hit.start() < e and s < hit.end() for s, e in taken):
                continue
            # "after FAA widens probe" over a body that only says "Federal Aviation Administration";
            # "NE", "H.K." over a place the body names in full
            owners = [g for g in groups if _spelt_by_initials(hit.group(), g)]
            if len(owners) == 1:
                taken.append(hit.span())
                owners[0].mentions.append(_Mention(p.seq, *hit.span(), hit.group(), owners[0].label, {"headline", "acronym"}))
    # "Republicans slam IRS" over a body that writes only "Republican lawmakers": a party's adjective names a member's
    # party, its plural the party acting (bodies._party_adjectives_apart), so the headline's plural is no mention of the
    # adjective but the party's members, an entity of their own though the body never names them so (as a country
    # named only in the title is: _countries_of_the_title); so too over a body that names the party in full ("top
    # Republicans said" over "The Republican Party honchos"): the party in full and its plural are two entities (lead
    # ruling 37), the headline's plural its members'
    return list(members.values())


def _spelt_by_initials(initials: str, g: _Group) -> bool:
    """Whether a headline's initials spell one of the group's names: a body's ("FAA"), or a place's,
    written or the gazetteer's ("U.K." of "United Kingdom")."""
    if g.label == "ORG":  # "DOJ" over "the Justice Department", its office spelt out
        return any(acronym_of(initials, name) for a in g.aliases for name in {a, _office_spelt_out(a)})
    if g.label in PLACE_LABELS:
        return any(acronym_of(initials, a) for a in [*g.aliases, *([g.place.name] if g.place else [])])
    return False


def _countries_of_the_title(paras: list[Para], groups: list[_Group], gaz: Gazetteer) -> list[_Group]:
    """A country named only in the title ("JAPAN SALES TAX MAY FORCE NAKASONE OUT", over a story
    from TOKYO that says "Japanese" but never "Japan") is a place of the story when a place the body
    names lies in it: the title is the story's own words, and the body's place rules out a namesake
    ("CHAD", "JORDAN" over a story set elsewhere). Found after the body's names were looked up in
    the title, so only where none of them stands; a country the body names by another of its names ("America" over a
    story of "the U.S.") is the body's, a mention of it."""
    title = next((p for p in paras if p.kind == "title" and p.doc is None), None)
    if title is None:
        return []
    countries = {g.place.country for g in groups if g.place and any("headline" not in m.evidence for m in g.mentions)}
    taken = [(m.start, m.end) for g in groups for m in g.mentions if m.seq == title.seq]
    out: list[_Group] = []
    for run in _TITLE_WORDS.finditer(title.text):
        words = list(re.finditer(r"\S+", run.group()))
        for n in range(min(3, len(words)), 0, -1):
            for k in range(len(words) - n + 1):
                start, end = run.start() + words[k].start(), run.start() + words[k + n - 1].end()
                place = gaz.country(title.text[start:end])
                if place is None or place.country not in countries or any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                mention = _Mention(title.seq, start, end, title.text[start:end], "GPE", {"place", "title"})
                named = next((g for g in groups + out if g.place and g.place.geonameid == place.geonameid), None)
                if named is not None:
                    named.mentions.append(mention)
                else:
                    out.append(_Group([mention], "GPE", place))
    return out


def _headline_surnames(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """The surname of a person the body names in full, which a headline writes alone ("Saraki,
    Melaye Drag IGP Idris to Court"), or with the given name and half a double surname ("Ben Bruce"
    of "Ben Murray-Bruce"), when no other person of the article is named so."""
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        if g.label != "PERSON":
            continue
        for a in g.aliases:
            names = name_words(a)
            if len(names) < 2:
                continue
            last = names[-1]
            if len(last) >= 3 and last[0].isupper() and last not in g.aliases:  # as _propagate reads surnames
                owners.setdefault(last, {})[id(g)] = g
            if "-" in last.strip("-"):
                owners.setdefault(f"{names[0]} {last.rsplit('-', 1)[1]}", {})[id(g)] = g
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1]


def _headline_given_names(paras: list[Para], groups: list[_Group]) -> list[tuple[str, _Group]]:
    """The given name of a person the body names in full, which a sports headline writes alone ("Venus stunned by
    Farina Elia" over "Venus Williams"), when no other person of the article is named so, no entity goes by it, and the
    body never writes it in lower case (a word's: "Will", "Mark"), nor as a surname of anyone's ("Bush: Survive to
    S.C." beside "the Bush family" and "Jeb Bush": the family's name, no given name of the family)."""
    body = " ".join(p.text for p in paras if p.doc is not None)
    aliases = {name_key(a) for g in groups for a in g.aliases}
    owners: dict[str, dict[int, _Group]] = {}
    people = [[name_words(a) for a in g.aliases] if g.label == "PERSON" else [] for g in groups]
    # "Farina" of "Sylvia Farina Elia", though "Farina Elia" opens on it; "Bush" of "Jeb Bush", though "Bush family" opens on it
    family = {w for names in people for ws in names for w in ws[1:]}
    for g, names in zip(groups, people):
        for first in {ws[0] for ws in names if len(ws) > 1} - family:
            if len(first) >= 4 and first.isalpha() and first.istitle() and name_key(first) not in aliases:
                owners.setdefault(first, {})[id(g)] = g
    return [(form, next(iter(gs.values()))) for form, gs in owners.items()
            if len(gs) == 1 and not re.search(rf"\b{form.lower()}\b", body)]


def _headline_short_given_names(paras: list[Para], groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A person the body names in full, whom a title or a dek calls by a short form of his given name and his surname
    ("Navy Secretary Richard Spencer endorses Mike Bloomberg" over a story of "Michael Bloomberg"), when no other person
    of the article bears the surname in full."""
    owners: dict[str, dict[int, tuple[str, _Group]]] = {}
    for g in groups:
        for ws in (name_words(a) for a in g.aliases) if g.label == "PERSON" else ():
            if len(ws) > 1:
                owners.setdefault(ws[-1], {})[id(g)] = (ws[0], g)
    forms = []
    for surname, held in owners.items():
        if len(held) != 1:
            continue
        given, g = next(iter(held.values()))
        for p in paras:
            if p.doc is None:
                forms += [(f"{hit[1]} {surname}", g) for hit in re.finditer(rf"{_NOT_BEFORE_A_NAME}([A-Z][a-z]+) {re.escape(surname)}(?![\w-])", p.text)
                          if _short_form(name_key(hit[1]), name_key(given))]
    return forms


# A capitalised word of a headline, which may be a name the body spells otherwise: "Tutenkhamen", "AztraZeneca".
_HEADLINE_NAME_WORD = re.compile(_NOT_BEFORE_A_NAME + r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w-])")


def _headline_misspellings(paras: list[Para], groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A person's or a body's name of one word (or a person's surname) the body names, which the title or the dek
    misspells ("King Tutenkhamen's penis was there all along" over a story of "King Tutankhamen"), when it is the one
    name of the article so close to the word and no entity goes by the word."""
    aliases = {name_key(a) for g in groups for a in g.aliases}
    names = [(name_key(ws[-1]), g) for g in groups if g.label in {"PERSON", "ORG"} for a in g.aliases
             if (ws := name_words(a)) and (len(ws) == 1 or g.label == "PERSON")]
    words = {w for p in paras if p.doc is None and not p.text.isupper() for w in _HEADLINE_NAME_WORD.findall(p.text)}
    out = []
    for word in words - {a for a in words if name_key(a) in aliases}:
        owners = {id(g): g for key, g in names if _misspelt_word(key, name_key(word))}
        if len(owners) == 1:
            out.append((word, next(iter(owners.values()))))
    return out


def _headline_firms(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A firm's name without its "Ltd" or "Co", which a headline drops ("NEWS CORP'S FOX DEBUTS"
    over "News Corp Ltd"), when no other entity of the article is named so."""
    aliases = {name_key(a) for g in groups for a in g.aliases}
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        for a in g.aliases if g.label == "ORG" else ():
            short = _CORPORATE_SUFFIX.sub("", a)
            if short != a and len(short) >= 3 and name_key(short) not in aliases:
                owners.setdefault(short, {})[id(g)] = g
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1]


def _headline_parties(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A party's members in the plural, which a headline writes over a body naming the party in full ("Tories leave
    door open for Archer" over "the Conservative Party"), when no other entity of the article is named so: the members
    the body names under the party's other name ("UK Tories" over "the Conservatives"), or a group of their own
    (`_headline_mentions`), never the party's (lead ruling 37: the party in full and its plural are two entities)."""
    aliases = {name_key(a) for g in groups for a in g.aliases}
    found = []
    for g in groups:
        for a in g.aliases if g.label == "ORG" else ():
            *party, last = name_key(a).split()
            if party and last == "party":
                names = party_names(" ".join(party))
                members = {m for name in names for m in _members_of(name.split()) if " party" not in m} - set(names)
                plurals = members - aliases
                # the members the body names under the party's other name ("the Conservatives" under "UK Tories")
                body = next((h for h in groups if h is not g and any(name_key(b) in members for b in h.aliases)), g)
                found += [(m.title(), body) for m in plurals]
    return found


def _headline_places(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """The first word of a place the body names with its feature noun, which a headline writes
    alone ("Tutu's Guantanamo release call" over "Guantanamo Bay"), when it names nothing else; and the
    words of a region of two words or more before its landform ("Irrigators await summit decisions on Murray
    Darling" over "the Murray Darling Basin"; one word alone, "Corn" of "the Corn Belt", is too often a noun)."""
    owners: dict[str, dict[int, _Group]] = {}
    for g in groups:
        if g.label not in PLACE_LABELS:
            continue
        for a in g.aliases:
            words = a.split()
            if len(words) == 2 and words[1].lower() in _FEATURE_NOUNS and len(words[0]) >= 3 \
                    or len(words) > 2 and words[-1] in recall.LANDFORM_HEADS:
                owners.setdefault(" ".join(words[:-1]), {})[id(g)] = g
    aliases = {name_key(a) for g in groups for a in g.aliases}
    return [(form, next(iter(gs.values()))) for form, gs in owners.items() if len(gs) == 1 and name_key(form) not in aliases]


def _headline_initialled_places(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """A place of two words the body names, as a wire headline fits it: its first word's initial and a period
    ("S.AFRICA" over "South Africa", "N.SEA" over "the North Sea", "W.GERMANY" over "West Germany")."""
    return [(f"{words[0][0]}.{sep}{words[1]}", g) for g in groups if g.label in PLACE_LABELS for a in g.aliases
            if len(words := a.split()) == 2 and all(w[:1].isupper() and w.isalpha() for w in words) for sep in ("", " ")]


def _headline_state_clips(groups: list[_Group]) -> list[tuple[str, _Group]]:
    """An Australian state the body names, as a headline clips it ("Tas fox population confirmed" over "Tasmania",
    "Qld growers"); two letters ("WA") are initials, which the headline's acronyms already read."""
    return [(form, g) for g in groups if g.label in PLACE_LABELS for a in g.aliases for short, full in AUSTRALIAN_STATE_ABBREVIATIONS.items()
            if len(short) > 2 and name_key(a) == name_key(full) for form in (short.capitalize(), short.upper())]


def _clipped_names_in(text: str, groups: list[_Group]) -> list[tuple[str, _Group]]:
    """Runs of capitalised words in `text` that clip each word of the one body's name of as many
    words ("Man Utd" of "Manchester United"): how headlines fit a long name; never a run the body writes whole as a
    name ("New York" beside "The New Yorker" is the state, as the body names it, no clip of the magazine)."""
    words = list(re.finditer(r"[A-Z][\w'\u2019]*", text))
    written = {name_key(a) for g in groups for a in g.aliases}
    out = []
    for g in groups:
        # a people's word clipped is its country ("Costa Rica" of "Costa Rican"), another thing
        if g.label in PLACE_LABELS or g.label in {"PERSON", "NORP"}:
            continue
        for a in g.aliases:
            n = len(a.split())
            for k in range(len(words) - n + 1) if n > 1 else ():
                run = words[k : k + n]
                if any(run[x + 1].start() - run[x].end() != 1 for x in range(n - 1)):
                    continue
                form = text[run[0].start() : run[-1].end()]
                if _clips(form, a) and name_key(form) not in written:
                    out.append((form, g))
    by_form: dict[str, set[int]] = {}
    for form, g in out:
        by_form.setdefault(form, set()).add(id(g))
    return [(form, g) for form, g in out if len(by_form[form]) == 1]


def _may_appear(text: str, folded: str | None, alias: str, flags: int) -> bool:
    """False only where `alias` cannot match in `text` as _headline_mentions matches it: every
    piece between its apostrophes (each matches either apostrophe) is there, in any case under
    IGNORECASE. `folded` is the text lowercased when it is ASCII; re folds a few non-ASCII letters
    together that str.lower() does not ("ſ" and "s"), so other text is always tried."""
    pieces = alias.split("'")
    if not flags:
        return all(piece in text for piece in pieces)
    if folded is None or not alias.isascii():
        return True
    return all(piece.lower() in folded for piece in pieces)
