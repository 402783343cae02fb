"""Names the model missed: an entity's forms and short names found again wherever the prose writes them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set as AbstractSet

from spacy.lang.en.stop_words import STOP_WORDS

from .. import recall
from .. import thresholds as T
from ..gazetteer import abbreviations_of_state
from ...names import acronym_of, holds_an_acronym, initials, is_acronym, is_title_word, NAME_PARTICLES, name_key, name_words, without_legal_forms
from ..given_names import given_name as _given_name
from .surnames import _clips
from .bodies import _office_spelt_out
from .context import OWNER, WITH_THE
from .base import (
    LEGAL_FORMS, LOCATIVE_PREPS, _BODY_HEAD_NOUNS, _CORPORATE_SUFFIX, _FULL_NAME_ENDS, _Group, _LEADING, _Mention, _MONTHS, Para, _PHOTO_CREDIT,
    PLACE_LABELS, _whole_name_hits,
)


# One of those written after a body's one word: its full name ("Fox Broadcasting, owned by ...").
_FULL_NAME_END_AFTER = re.compile(r" (?:" + "|".join(sorted(w.capitalize() for w in _FULL_NAME_ENDS)) + r")(?![\w'\u2019-])")

# A body named as its head noun of something, which copy names by the noun alone: "the Bank" of
# "the Bank of England", "the Ministry" of "the Ministry of International Trade and Industry".
_HEAD_OF_A_BODY = re.compile(r"([A-Z][a-z]{3,}) of (?:the )?[A-Z].*")

# A body named as the house of a plural, which copy names by the plural alone: "the Commons", "the Lords".
_BODY_OF_A_PLURAL = re.compile(r"[A-Z][a-z]+ of (?:the )?(?P<plural>[A-Z][a-z]{3,}s)")

# A number right after a name makes the two a thing's name ("the "Muqtada 1" missile", "Sakhalin 3"), which the
# model's span had and clean-up dropped for its digits; not a score ("Henman 6-3") or a listed minute ("Rooney 23,").
_NUMBER_AFTER = re.compile(r"[ \u00a0]\d+(?![\d.,:/\u2013-])")

# A run of capitalised words, function words inside it: "National Association of Broadcast Employees".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w&'\u2019.-]*)+")


def _ticker_code(text: str, start: int, end: int) -> bool:
    """"Morgan Stanley Group <MS>": the wire's stock code in angle brackets after a firm's name is
    no name the story writes, though its letters spell the firm's initials."""
    return start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">"


def _propagate(prose: list[Para], groups: list[_Group], nouns: AbstractSet[str]) -> None:
    """One name, one thing per article: the model tags "Mahmoud Basal" but not the later "Basal said";
    every untagged occurrence of a name (or of the surname of exactly one person) becomes a mention."""
    forms: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        if g.label == "NORP":
            continue
        for a in g.aliases:
            if len(a) >= 3:
                forms.setdefault(a, set()).add(i)
            if g.label == "PERSON" and len(a.split()) > 1:
                names = a.split()
                last = names[-1]
                inner = names[1:-1] if len(names) >= 4 else []  # "Lula" of "Luiz Inacio Lula da Silva"
                if len(names) > 2 and names[-2].lower() in NAME_PARTICLES and names[-2][0].isupper():
                    inner.append(f"{names[-2]} {last}")  # "Ten Cate said" of "Henk Ten Cate": the surname with its particle
                for form in {last, re.sub(r"^(?:al|el)-", "", last, flags=re.IGNORECASE), *inner}:
                    if len(form) >= T.PROPAGATED_MIN_CHARS and form[0].isupper() or form == last and len(form) == 3 and form[0].isupper():
                        forms.setdefault(form, set()).add(i)
    heads: set[str] = set()  # a body's head noun alone is its name only after "the"
    ends: dict[str, set[int]] = {}  # bodies by the head noun their name ends with
    for i, g in enumerate(groups):
        if g.label == "ORG":
            # "says WHO" after "the World Health Organization": the acronym the model did not tag
            for a in g.aliases:
                acr = initials(a)
                if len(a.split()) >= 3 and len(acr) >= 3 and not is_acronym(a):
                    forms.setdefault(acr, set()).add(i)
                    for bare in _unqualified_names(a):  # "LTCB" of "Long-Term Credit Bank Ltd", "EEOC" of "US Equal ..."
                        if len(bare_acr := initials(bare)) >= 3:
                            forms.setdefault(bare_acr, set()).add(i)
                elif (spelt := _office_spelt_out(a)) != a and len(acr := initials(spelt, skip_function_words=False)) >= 3:
                    forms.setdefault(acr, set()).add(i)  # "the DOJ" after "the Justice Department", its office spelt out
                elif len(acr) == 2 and len(a.split()) == 2 and all(w[:1].isupper() for w in a.split()) and not holds_an_acronym(a):
                    # "the EC advice" after "the European Commission" (but "EC" of "the EC Commission" is the EC's own)
                    forms.setdefault(acr, set()).add(i)
                if of_plural := _BODY_OF_A_PLURAL.fullmatch(a):
                    forms.setdefault(of_plural["plural"], set()).add(i)  # "Commons speeches" of "the House of Commons"
                if (head := _HEAD_OF_A_BODY.fullmatch(a)) and head[1] not in forms:
                    heads.add(head[1])  # "the Ministry was not planning" after "the Ministry of International Trade"
                    forms.setdefault(head[1], set()).add(i)
                if len(ws := a.split()) >= 2 and ws[-1].lower() in _BODY_HEAD_NOUNS and ws[-1][0].isupper():
                    ends.setdefault(ws[-1], set()).add(i)
    for noun, owners in ends.items():
        # "the Fund" after "the International Monetary Fund": the one body whose name ends with the noun
        # (a body named "<Noun> of ..." keeps the noun: "the Ministry" of "the Ministry of Finance")
        if noun not in forms:
            heads.add(noun)
            forms[noun] = set(owners)
    # (a word some name already goes by is none of these: "Ministry" of "the Trade Ministry" is the ministry's)
    surnames_of_bodies = {form: i for form, i in _surnames_of_people_taken_for_bodies(groups) if form not in forms}
    for form, i in surnames_of_bodies.items():
        forms[form] = {i}
    firms = dict(_firms_short_names(groups, nouns))
    states = dict(_state_abbreviations(groups))
    for form, i in [*_short_names(groups, nouns), *_spelt_out_acronyms(prose, groups), *_clipped_names_spelt_out(prose, groups),
                    *firms.items(), *states.items(), *_clubs_own_words(groups)]:
        forms.setdefault(form, set()).add(i)
    taken: dict[int, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.mentions:
            taken.setdefault(m.seq, []).append((m.start, m.end))
    credits = [_PHOTO_CREDIT.search(p.text) for p in prose]
    given = _given_names_before_lone_surnames(prose, groups, forms, taken, nouns)
    for form, owners in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        if len(owners) != 1:
            continue  # two people share the surname: no evidence which one
        g = groups[next(iter(owners))]
        for p, credit in zip(prose, credits):
            for start, end in _whole_name_hits(p.text, form):
                if any(start < e and s < end for s, e in taken.get(p.seq, [])):
                    continue
                if credit and start >= credit.start() or start < p.skip and g.label not in PLACE_LABELS:
                    continue
                if " " not in form and form.lower() in nouns and _sentence_initial(p.text, start):
                    continue  # "Rice prices rose": the noun, not Ms Rice
                if len(form) == 2 and re.search(r"\d\s*$", p.text[:start]):
                    continue  # "at 8 AM": a time, not "Acme Media"
                if _ticker_code(p.text, start, end):
                    continue
                if form in firms and _NAME_GOES_ON.match(p.text, end):
                    continue  # "Mead" of "Mead Corp" is no "Mead Johnson", another name opening alike
                if form in states and (_NAME_GOES_ON.match(p.text, end) or not _written_as_a_state(p.text, start, end)):
                    continue  # "NT Fisheries": a body named after the state; "it's OK", "photo ID": words
                if g.label == "PERSON" and _NUMBER_AFTER.match(p.text, end):
                    continue  # "Muqtada 1" of "Muqtada Sadr": a missile named after him, not him
                if form in surnames_of_bodies and not _SAID_OF_A_PERSON.match(p.text, end):
                    continue  # "Martin" of "Lockheed Martin" is no one; "Paver, who lives in London" is
                if form in heads and not p.text[:start].endswith(("the ", "The ")):
                    continue  # "a Ministry spokesman" of any ministry, "Foreign Ministry" another one
                full = _FULL_NAME_END_AFTER.match(p.text, end) if g.label == "ORG" and " " not in form else None
                if full and not any(full.end() > s and e > end for s, e in taken.get(p.seq, [])):
                    end = full.end()  # the model missed the body's full name, written out once
                first = given.get((p.seq, start))  # "Tadahiro Sekimoto told Reuters", then "Sekimoto said"
                if first is not None and not any(first < e and s < start for s, e in taken.get(p.seq, [])):
                    start = first
                taken.setdefault(p.seq, []).append((start, end))
                g.mentions.append(_Mention(p.seq, start, end, p.text[start:end], g.label, {"propagated"}))


# A given name written before a surname: one capitalised word ("Tadahiro", "Anne-Marie"), then a space.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
# A person's name takes no article: "the Gambling Bill" is no Bill's.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _given_names_before_lone_surnames(
    prose: list[Para], groups: list[_Group], forms: dict[str, set[int]], taken: dict[int, list[tuple[int, int]]],
    nouns: AbstractSet[str],
) -> dict[tuple[int, int], int]:
    """Where the one person the article names by a surname alone ("Sekimoto said") has his full name
    written once and left untagged ("...," Tadahiro Sekimoto told Reuters; "local resident Francesca
    Detakats"): the start of that full name, by (paragraph, surname's start). Never a title ("Chairman
    Sekimoto"), a month or a day, a word after an article ("the Gambling Bill"), a sentence's first word that is a common noun, nor a surname written
    after two given names (two people of one family). A surname the model took for a body on its own, with nothing
    the text says of it ("Stevens, Vickery, White" of a squad list), is a person's too, before a given name no
    common noun ("Prop Phil Vickery and lock Simon Shaw return"; never "Daily" of a "Mail")."""
    lone = {a: _read_as_a_body(groups[next(iter(owners))]) for a, owners in forms.items() if len(owners) == 1 and " " not in a
            and (groups[next(iter(owners))].label == "PERSON" or _read_as_a_body(groups[next(iter(owners))]))
            and all(" " not in b for b in groups[next(iter(owners))].aliases)}
    found: dict[tuple[int, int], tuple[int, str]] = {}
    firsts: dict[str, set[str]] = {}
    for form in lone:
        for p in prose:
            for start, end in _whole_name_hits(p.text, form):
                before = _GIVEN_NAME_BEFORE.search(p.text, 0, start)
                if before is None or any(before.start() < e and s < end for s, e in taken.get(p.seq, [])):
                    continue
                word = before[1]
                if is_title_word(word) or word.lower() in _MONTHS | _WEEKDAYS or word in forms and not _given_name_of_others(word, forms[word], groups) \
                        or _ARTICLE_BEFORE.search(p.text, 0, before.start()) \
                        or word.lower() in nouns and (lone[form] or _sentence_initial(p.text, before.start())):
                    continue
                firsts.setdefault(form, set()).add(word)
                found[(p.seq, start)] = (before.start(), form)
    return {at: given for at, (given, form) in found.items() if len(firsts[form]) == 1}


# What the copy says of a person named by her surname alone: "Paver, who lives in London", "Pearse says".
_SAID_OF_A_PERSON = re.compile(r"(?:,? who(?:se)?\b| (?:said|says|told|added)\b)")


def _surnames_of_people_taken_for_bodies(groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """A person's full name the model alone read as a body ("Michelle Paver's Wolf Brother", "researcher
    Anne-Maree Pearse"): a given name and a surname, whose surname copy writes alone for her; it is hers
    only where the copy then says something of a person (see _SAID_OF_A_PERSON)."""
    for i, g in enumerate(groups):
        if not _read_as_a_body(g):
            continue
        for a in g.aliases:
            words = a.split()
            if len(words) == 2 and all(_GIVEN_NAME_BEFORE.fullmatch(w + " ") for w in words):
                yield words[1], i


def _given_name_of_others(word: str, owners: set[int], groups: list[_Group]) -> bool:
    """Whether `word` is a name only as the given name of people the article names in full: "Phil" of a "Phil Greening"
    may open a "Phil Vickery" too; a body's or a place's name before a surname is no given name ("told Reuters Sekimoto")."""
    return all(groups[i].label == "PERSON" and any(b.split()[0] == word for b in groups[i].aliases if " " in b) for i in owners)


def _read_as_a_body(g: _Group) -> bool:
    """A name the model alone calls an organisation: nothing the text says of it ("Vickery" in a list of names), but
    how it is written, which tells no kind ("Michelle Paver's Wolf Brother", "the BBC")."""
    return g.label == "ORG" and not g.evidence - {OWNER, WITH_THE}


def _unqualified_names(name: str) -> set[str]:
    """A body's name without its legal form ("Long-Term Credit Bank") and without the country's acronym
    that qualifies it ("Equal Employment Opportunity Commission" of "US Equal ..."), as acronyms spell it."""
    bare = _CORPORATE_SUFFIX.sub("", name)
    first, _, rest = bare.partition(" ")
    out = {bare, rest} if first.replace(".", "") in {"US", "UK", "UN", "EU"} and len(rest.split()) > 1 else {bare}
    return out - {name}


def _short_names(groups: list[_Group], nouns: frozenset[str]) -> Iterator[tuple[str, int]]:
    """Other forms a person named in full goes by in the body: the given name alone ("Teresa's
    husband" after "Teresa Nielsen Hayden", in features that name family and friends so), and the
    initial joined to the surname ("T-Swift"). A given name that is a common noun or a month is no
    one's ("Will", "June"); one two people share, or that names anything else, is left (see _propagate)."""
    for i, g in enumerate(groups):
        if g.label != "PERSON":
            continue
        for a in g.aliases:
            names = name_words(a)
            if len(names) < 2 or not names[0].isalpha() or not names[0][:1].isupper() or names[0].isupper():
                continue
            if len(names[0]) >= T.PROPAGATED_MIN_CHARS and names[0].lower() not in nouns and names[0].lower() not in _MONTHS \
                    and not _glued_before_a_given_name(names):
                yield names[0], i
            if names[-1].isalpha():
                yield f"{names[0][0]}-{names[-1]}", i


def _glued_before_a_given_name(names: list[str]) -> bool:
    """"Swiss" of "Swiss Thomas Gurtner", "Kenyan" of "Kenyan Steve Riungu": a nationality (or another word) the span
    ran on before a given name, which the table knows and the first word is none of: it is no given name of his, and
    found again ("Swiss Patrick Berner and Markus Fasel") names another."""
    return len(names) > 2 and not _given_name(names[0].lower()) and _given_name(names[1].lower())


# A name goes on after a word: a capitalised word next ("Mead Johnson"), or a possessive's ("Mead's Jo Roe"
# is fine: only the next word counts, not the possessive).
_NAME_GOES_ON = re.compile(r"[ \u00a0](?:[A-Z]|&)")

# A firm's legal name: its name, then one legal form or two ("Daiwa Securities Co Ltd", "Ahold NV").
_LEGAL_FORMS_AT_END = re.compile(r"(?:\s+(?:" + "|".join(sorted(LEGAL_FORMS)) + r")\.?)+$", re.IGNORECASE)


def _firms_short_names(groups: list[_Group], nouns: AbstractSet[str]) -> Iterator[tuple[str, int]]:
    """The short names wire copy gives a firm it names once by its legal name: the name without its legal
    form ("Ahold" of "Ahold NV", "United Technologies" of "United Technologies Corp"), and without its trade
    word too ("Burlington" of "Burlington Industries Inc", "Daiwa" of "Daiwa Securities Co Ltd"). A common
    noun left alone is no short name ("General" of "General Dynamics Corp")."""
    for i, g in enumerate(groups):
        if g.label != "ORG":
            continue
        for a in g.aliases:
            m = _LEGAL_FORMS_AT_END.search(a)
            words = a[: m.start()].split() if m and m.start() > 0 else []
            if not words or any(not w[:1].isupper() and w not in NAME_PARTICLES for w in words):
                continue
            shorts = [words]
            if len(words) > 1 and (words[-1].lower() in _FULL_NAME_ENDS or words[-1].lower() in nouns
                                   or words[-1].lower().rstrip("s") in nouns):
                shorts.append(words[:-1])  # its trade word dropped
            for ws in shorts:
                form = " ".join(ws)
                if len(form) >= 3 and not is_acronym(form) and (len(ws) > 1 or form.lower() not in nouns):
                    yield form, i


def _state_abbreviations(groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """A state or territory the article names in full goes by its abbreviation in capitals, which the model leaves
    untagged: "across much of WA this year" after "Western Australia", "the NT's internal waters". Not one that is
    also a word ("IN" of Indiana, "ME" of Maine, in a headline's capitals)."""
    for i, g in enumerate(groups):
        if g.label in PLACE_LABELS:
            for a in g.aliases:
                for key in abbreviations_of_state(a):
                    if 2 <= len(key) <= 3 and key.isalpha() and key not in STOP_WORDS:
                        yield key.upper(), i


def _spelt_out_acronyms(prose: list[Para], groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """The long name an organisation's acronym spells, written out where the model did not tag it
    ("The National Broadcasting Co delivered ..." beside "NBC"); acronyms of three letters or more,
    as two letters spell too many pairs of words."""
    acronyms = {a: i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if is_acronym(a) and len(a.replace(".", "")) >= 3}
    for p in prose if acronyms else ():
        for run in _CAPITALISED_RUN.finditer(p.text):
            name = _LEADING.sub("", run.group())
            owners = {i for a, i in acronyms.items() if acronym_of(a, name)}
            if len(owners) == 1 and " " in name and not _spelt_otherwise(groups[i := owners.pop()], name):
                yield name, i


def _spelt_otherwise(g: _Group, name: str) -> bool:
    """Whether an acronym's body already goes by another long name than `name`: "the Democratic National Committee"
    and its "DNC", then "on the eve of the Democratic National Convention", another thing the letters spell."""
    key = name_key(without_legal_forms(name.rstrip(".")))  # "National Broadcasting Co" is "... Company" still
    return any(" " in a and not is_acronym(a) and name_key(without_legal_forms(a)) != key for a in g.aliases)


# The words before a state's abbreviation that write it as a place: "across much of WA", "in NSW", "to the NT".
_BEFORE_A_STATE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_PREPS | {"of", "to", "throughout"})) + r")(?: the)? $", re.IGNORECASE)


def _written_as_a_state(text: str, start: int, end: int) -> bool:
    """An abbreviation the copy writes as a place, after a preposition or as an owner ("the NT's internal waters"):
    letters that are a state's ("OK" of Oklahoma, "ID" of Idaho) are other words elsewhere."""
    return bool(_BEFORE_A_STATE.search(text, 0, start)) or text.startswith(("'s", "\u2019s"), end)


def _clubs_own_words(groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """A club named by its own word before its city goes by the word alone: "11 goals for Real" after "Real Madrid",
    "Sporting are technically very good" after "Sporting Lisbon" (two clubs of one word, "Real Sociedad" beside
    "Real Madrid", leave it to neither: see _propagate)."""
    for i, g in enumerate(groups):
        for a in g.aliases if g.label == "ORG" else ():
            words = a.split()
            if len(words) == 2 and words[0] in recall.CLUB_PREFIXES:
                yield words[0], i


def _clipped_names_spelt_out(prose: list[Para], groups: list[_Group]) -> Iterator[tuple[str, int]]:
    """The full name a clipped name stands for, each of its words clipped, written out where the model did not tag
    it ("The Liberal Democrats are promising" beside "the Lib Dems", whatever the model took them for; "Manchester
    United" beside "Man Utd"). Not a person's name of which one word is whole ("Jo Roe" and "Joanna Roe")."""
    clipped = [(a, i) for i, g in enumerate(groups) if g.label not in PLACE_LABELS for a in g.aliases if " " in a]
    for p in prose if clipped else ():
        for run in _CAPITALISED_RUN.finditer(p.text):
            name = _LEADING.sub("", run.group())
            owners = {i for a, i in clipped if _clips(a, name) and not set(name_key(a).split()) & set(name_key(name).split())}
            if len(owners) == 1:
                yield name, owners.pop()


def _sentence_initial(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?][\"\u201d']?\s+$", text[:start]))
