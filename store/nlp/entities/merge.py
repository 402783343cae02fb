"""Groups merged on evidence only: the pairs of names that are one entity, and the merge itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Set as AbstractSet

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .. import recall
from .. import thresholds as T
from ..gazetteer import Gazetteer, abbreviations_of_state, state_abbreviated, state_nicknamed
from ..given_names import given_name
from ...names import (
    acronym_of, acronym_opens, bare_key, is_acronym, KNOWN_PARTY_NAMES, leading_title_length, PARTY_CREEDS, name_key, NAME_PARTICLES, NAME_SUFFIXES, name_words, party_names, surname_key,
    translit_key, without_legal_forms,
)
from .base import (
    _CORPORATE_SUFFIX, _FIRM_WORDS, _FULL_NAME_ENDS, _Group, _LEADERS_GOVERNMENTS, leaders_body, _MASTHEAD_WORDS, _MIXED_ACRONYM, _OFFICE, PLACE_LABELS,
    REGION_NOUNS, SITE_NOUNS, _WRITTEN_AS_A_PLACE,
)
from .surnames import (
    _blended, _clips, _ends_with, _father_and_son, _first_named_in_full, _suffix_tells_him_from_a_namesake, _first_of_two_surnames, _given_name, _juniors_fathers, _given_name_spelt_otherwise, _misspelt_surname, _misspelt_word, _named_only_as_a_spouse, _named_only_beside_a_sibling, _names_opening_a_longer_name, _one_person, _other_middle_names, _other_sex, _opens_a_given_name, _other_particles, _short_form,
    _shared_surnames, _transposed,
)
from .bodies import (
    _bodies_by_their_opening_words, _bodies_by_their_words_reordered, _courts_of_appeals_by_their_circuit, _branch_after_its_body, _CHAMBERS, _SCOPE_WORDS, _bodies_headed_by, _houses_by_some_of_their_words, _body_named_last_before, _bodies_without_their_trade, _firm_named, _firms_by_their_first_words, _firm_named_after_first, _first_written,
    _departments_by_their_field, _institutions_without_their_place, _publications_by_their_title, _legal_name_opened_by, _members_of, _named_after_a_place, _named_of_a_place, _office_field, _office_key, _office_spelt_out,
    NATIONALITY, _movements_adjectives_apart, _nationality_adjectives_apart, _one_body_with_and_without_its_noun, _opens, _owner_of_the_paper, _party_adjectives_apart, _party_names_of, _peoples_other_words, _peoples_word, country_named_in, peoples_country, peoples_word_taken_for_a_body, peoples_words_beside_their_country,
    _spelt_out, _state_bodies_by_their_state, _STATE_WORD, taken_for_another_kind, _town_a_body_is_named_after, _town_a_body_is_of, _town_named_last, _trade_of, _trade_written_in_its_name, _unplaced, _word_bodies_share,
)

from .appositions import NICKNAME_OF
from .context import AFTER_OF, BEFORE_ITS_OFFICERS_TITLE, GIVEN_NAME_WITHHELD, PICKED_OUT, HOLDS_A_VIEW, HYPHENED, OWNER, WITH_THE
from .places import _SAID_OF_A_PERSON, _states_by_their_regime


# Last words of a sea's or a land's name that copy drops once it is known: "the Aegean", "the Sahara", "the Golan",
# "the Barossa" (of "the Barossa Valley").
_SEA_AND_LAND_NOUNS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "desert", "peninsula", "heights", "valley"})

# What the text says of a name that makes it a body's, not the model's guess alone: "the Acme group", "(ACME)", a team.
_BODY_EVIDENCE = frozenset({"organisation", "acronym", "team"})

# Last words of an island group's name, which copy drops for the plural of the word before ("the Chathams").
_ISLAND_GROUP_NOUNS = frozenset({"islands", "isles"})

# A nation's government, which copy calls by this word alone once it has named it ("the Federal Government").
_GOVERNMENT = "government"
_NATIONAL_WORDS = frozenset({"federal", "national", "central"})

# A legislature's chamber, which copy calls by this word alone.
_CHAMBER_WORDS = frozenset({"house"})

# A parliament's chambers copy calls "the House" once it has named them.
_HOUSE_CHAMBERS = frozenset({"commons", "house of commons", "lords", "house of lords", "house of representatives", "house of assembly"})

# Bodies copy calls by a name of their own, as it calls the Conservatives the Tories: "the Community" is the European
# Community (the EU in later copy), "the Big Board" the New York Stock Exchange, "the Red Planet" Mars; "ISIS" the
# Islamic State, which copy calls by its acronyms of two English spellings ("ISIS", "ISIL") and an Arabic one ("Daesh"),
# none of which its name spells, one or two of them beside "the Islamic State" in a story; US copy's "Dems" the
# Democrats, a headline's clipping no rule of clipped words reads (one word, a party's plural); "the Pentagon", its
# building's name, the US Department of Defense; "the Big Apple" New York City, which copy names so for variety once it
# has named the city; "the Fed" the Federal Reserve, a clipping of its first word no rule of clipped words reads (the
# model takes it for a product). The other name first; keys.
_OTHER_NAMES = (
    ("dems", "democrats"),
    ("fed", "federal reserve", "federal reserve board", "federal reserve system", "us federal reserve"),
    ("community", "european community", "ec", "eec", "european economic community", "european union", "eu"),
    ("big board", "new york stock exchange", "nyse"),
    ("red planet", "mars"),
    ("isis", "islamic state", "isil", "daesh", "islamic state of iraq and syria", "islamic state of iraq and the levant"),
    ("pentagon", "defense department", "department of defense", "dod", "us department of defense"),
    ("big apple", "new york city", "nyc"),
)

# Last word of a news outlet named after a word ("Fox News", "Sky News"), which copy calls by that word alone ("on Fox",
# "Fox's debate", "the Fox network"), whatever the model took the word for.
_OUTLET_NOUNS = frozenset({"news"})

# The US federal district that is one city, by the city's name: "D.C." abbreviates the district, which is Washington.
_DISTRICTS_BY_THEIR_CITY = {"washington": "district of columbia"}

# Last words of a venue's or an institution's building that copy drops once it has named it: "the Palace Theatre",
# then "the Palace".
_VENUE_NOUNS = frozenset({"theatre", "theater", "library", "gallery", "museum"})

# Last words of the body that governs a place named before them ("Midlothian Council", "the ACT Government"): the place
# alone is the area, never that body, which copy calls "the council".
_GOVERNING_NOUNS = frozenset({"council", "government", "assembly"})

# A firm's web address as its name: "Amazon.com", "Lastminute.com".
_WEB_NAME = re.compile(r"(?P<name>[^\W\d_][\w-]*)\.(?:com|net|co\.uk)", re.IGNORECASE)

# What a word may add to another and stay its kin, not a clipping: "WeWork" is no "WeWorkers", and "Congress" no
# "Congressional Budget Office" (an adjective made of the word names another body).
_WORD_ENDINGS = frozenset({"", "s", "es", "er", "ers", "ing", "ed", "ian", "ians", "al", "ial", "ional", "ic", "ical", "an", "ese", "ary"})


def _merge(
    groups: list[_Group], same: list[tuple[int, int]] = (), nouns: AbstractSet[str] = frozenset(), gaz: Gazetteer | None = None,
    listed: AbstractSet[frozenset[int]] = frozenset(), printed_apart: AbstractSet[int] = frozenset(),
) -> list[_Group]:
    groups = groups + _party_adjectives_apart(groups) + _nationality_adjectives_apart(groups) + _movements_adjectives_apart(groups, gaz)
    bodies = _bodies_before_a_titled_namesake(groups)
    outlets: list[_Group] = []
    listed = set(listed) | {frozenset((groups.index(man), len(groups) + k)) for k, (man, _) in enumerate(bodies)}  # one name, two bearers
    groups = groups + [body for _, body in bodies]
    listed |= _namesakes_by_their_middle_names(groups) | peoples_words_beside_their_country(groups, gaz)
    for i, g in enumerate(groups):
        if peoples_word_taken_for_a_body(g, gaz):
            g.label = "NORP"  # then the body's name it opens is of that people, not its full name
        if g.label == "ORG" and _candidate_of_a_named_staff(g, groups):
            g.label = "PERSON"  # "Hillary Clinton's campaign" beside "the Hillary Clinton campaign": the candidate
        if g.label == "ORG" and all(_generational_name(a) for a in g.aliases):
            g.label = "PERSON"  # "S.I. Newhouse Jr.", which the model took for a body: only a man is a "Jr."
        if g.label == "PERSON" and (brands := _brands_opening(g, groups)):
            g.label = "ORG"  # "HuffPost Live" beside "a HuffPost blog": the brand's show, no one's name
            outlets += brands  # and the brand, a body (an outlet), though written as a thing's: made one once merged
            listed |= {frozenset((i, j)) for j, h in enumerate(groups) if any(h is b for b in brands)}  # two bodies
    terms = _bodies_of_a_persons_term(groups)
    parent = list(range(len(groups)))
    # "a Democrat" is one person's party: kept apart from "the Democrats", whatever key they share
    members = {i for i, g in enumerate(groups) if "member" in g.evidence}
    held = {i: {i} for i in range(len(groups))}  # each root's groups, to keep apart what one list names

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri == rj or i in members or j in members or any(frozenset((a, b)) in listed for a in held[ri] for b in held[rj]):
            return
        parent[rj] = ri
        held[ri] |= held.pop(rj)

    for i, j in same:
        union(j, i)  # the organisation's own name leads: "Gavi, the Vaccine Alliance"
    for i, j in terms:
        union(i, j)
    for i, j in _same_names(groups, gaz) + _firms_by_their_first_words(groups, nouns, gaz) + _bodies_by_their_opening_words(groups):
        if find(i) != find(j):
            union(i, j)
    people = [i for i, g in enumerate(groups) if g.label in {"PERSON", "ORG"} and any(len(a.split()) > 1 for a in g.aliases)]
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    written = {name_key(a) for g in groups for a in g.aliases}
    alone = {bare_key(a) for g in groups for a in g.aliases if " " not in a}  # names written as one word
    # "Heineken NV": a firm's one word and its legal form, which a person's surname may be too ("Freddie Heineken")
    firm_words = {ws[0]: j for j, h in enumerate(groups) if h.label not in PLACE_LABELS for a in h.aliases
                  if _CORPORATE_SUFFIX.search(k := name_key(a)) and len(ws := _CORPORATE_SUFFIX.sub("", k).split()) == 1}
    parties = _party_names_of(groups)
    for i, g in enumerate(groups):
        _surname_with_its_particles_taken_for_a_body(groups, g)
        _surname_taken_for_a_places_other_name(groups, g)
        if _party_members_only(g, parties):
            continue  # "Republicans" beside "Log Cabin Republicans": the party's members, no short name of a body of them
        # "Van Der Beek" is a surname of one word and its particles
        short = [a for a in g.aliases if len([w for w in bare_key(a).split() if w not in NAME_PARTICLES]) <= 2]
        if not short or g.place or "place" in g.evidence:
            continue  # a known place is never a surname
        legal = any(_CORPORATE_SUFFIX.search(name_key(a)) for a in g.aliases)
        if legal and g.label == "PERSON":
            g.label = "ORG"  # "Heineken NV", which "Chairman Heineken said" made a person: a firm, no one's surname
        fathers = _juniors_fathers(g, groups)  # "President Trump's oldest son" beside "Trump Jr.": the father alone
        surname_alone = all(" " not in a for a in g.aliases)
        # Surname evidence: "Maliki" ("Suu Kyi") is the one named person whose name ends so ("Mr de Vabres", the
        # honorific the model kept before a particle, is "de Vabres").
        matches = set() if legal or _a_people(g) or _body_of_a_shared_surname(g, groups) or GIVEN_NAME_WITHHELD in g.evidence else {
            find(j) for j in people if j != i and (groups[j].label == "PERSON" or g.label == "PERSON")
            # "EU" is no surname, even of a "New EU" the model read; "OKAFOR", a transcript's label, is Maria Okafor's,
            # and a name written all in capitals ("MARIA OKAFOR", another label) writes its surname so, not an acronym
            and not _body_written_before_its_namesake(g, groups[j], printed_apart) and not _named_only_beside_a_sibling(groups[j], g, groups)
            and not _named_only_as_a_spouse(groups[j], g) and not (fathers and not any(name_key(b) in fathers for b in groups[j].aliases))
            and not (surname_alone and _suffix_tells_him_from_a_namesake(groups[j], g, groups))
            and any(_ends_with(full, a[leading_title_length(a):]) and not (is_acronym(a) and full.split()[-1].isupper() and not full.isupper())
                    and not (groups[j].label == "ORG" and "plural" in g.evidence and _trade_noun(a, nouns) and not _named_after_a_place(
                        groups[j], [name_key(a)], place_names, gaz))
                    or g.label in {"PERSON", "ORG"} and groups[j].label == "PERSON" and (_misspelt_surname(full, a) or _first_of_two_surnames(full, a)
                                                                                          or _other_particles(full, a))
                    for full in groups[j].aliases for a in short)
        }
        # "Heineken" (or "Heinken") beside "Freddie Heineken" and "Heineken NV": the firm bearing his name,
        # which the wire calls by its one word (the chairman goes by his title, "Chairman Heineken")
        firm_of = {find(j) for a in short if " " not in a for w, j in firm_words.items()
                   if j != i and (name_key(a) == w or _misspelt_word(w, name_key(a)))} if matches else set()
        if len(firm_of) == 1:
            g.label = "ORG"
            union(firm_of.pop(), i)
            continue
        if len(matches) > 1 and g.label == "PERSON" and len(persons := {k for k in matches if groups[k].label == "PERSON"}) == 1:
            # "Watanabe said" beside "Hajimu Watanabe" and "Daiwa's Watanabe", which the model took for a body: the one
            # person (the store's resolution no longer joins them after: store/db/write.py)
            matches = persons
        if len(matches) > 1 and g.label == "ORG" and all(" " not in a for a in g.aliases):
            # "Hendrix supporters" beside "Jimi Hendrix", "Al Hendrix" and "Janie Hendrix": the family's surname, which
            # the model took for a body's name, is one of them (_shared_surnames says which)
            g.label = "PERSON"
            continue
        if len(matches) == 1:
            owner = matches.pop()
            firm = _firm_named_after_first(groups, i, owner)
            if firm is not None:
                g.label = "ORG"
                union(firm, i)
                continue
            if all(" " not in a for a in g.aliases) and _other_sex(g, groups[owner]):
                continue  # "Clinton ... her ways" beside "Bill Clinton": another bearer of the surname, named no other way
            if g.label == "PERSON" and groups[owner].label == "ORG" and all(len(a.split()) == 1 for a in g.aliases) and (
                "person" not in g.evidence or _named_after_a_place(groups[owner], [name_key(a) for a in g.aliases], place_names, gaz)
            ):
                g.label = "ORG"  # "the Thunder" of "the Oklahoma City Thunder", the one name it ends: a club
                # (but "Jones, who ..." of a "Marion Jones" the model took for a body, no place's club, is a person)
            union(owner, i)
            continue
        # "United" the model took for a place no gazetteer knows, nor the text writes as one
        unknown_place = g.label in PLACE_LABELS and not g.evidence & (_WRITTEN_AS_A_PLACE | {"dateline"})
        # or for a people's word: then only a club's nickname ("United" of "Manchester United", never "Soviet" of "Supreme Soviet")
        club_only = g.label == "NORP" and taken_for_another_kind(g)
        if not matches and (g.label == "ORG" or unknown_place or club_only):
            # "Emirates" of "Emirates Airline", "Disney" of "Walt Disney Co.": the one organisation
            # whose name opens or ends with the word, unless the word is a common noun ("House").
            # ("The Walt Disney Company" spells out the "Co." of "Walt Disney Co.")
            words_of = lambda a: _CORPORATE_SUFFIX.sub("", name_key(a)).removesuffix(" company").split()  # noqa: E731
            single = [name_key(a) for a in g.aliases if len(a.split()) == 1 and not is_acronym(a)]
            masthead = [w for w in single if w in _MASTHEAD_WORDS]  # "the Times" of "The New York Times"
            # "the Lakers" of "the Los Angeles Lakers", "City" of "Manchester City": a club named after
            # its city, by its nickname (a common noun too)
            nickname = [name_key(a) for a in g.aliases if len(a.split()) == 1 and not is_acronym(a)]
            names: AbstractSet[str] = getattr(nouns, "dropped", frozenset())  # "Tufts": a name here, though "tuft" is a noun
            single = [w for w in single if w not in nouns and (w in names or w.rstrip("s") not in nouns)]
            # "NL" of "NL Industries Inc.": a firm's initials as its name, without the trade word and legal form (a
            # country's are a place's: "UK Coal plc" is no "UK")
            initialled = [name_key(a) for a in g.aliases if is_acronym(a) and not (gaz and gaz.country(a))]
            # a people's word opens a body's name as that people's, never as its short name: "Russian links" beside
            # "the Russian Foreign Ministry", whatever the model took the word for (peoples_word_taken_for_a_body)
            opening = [w for w in single if not (gaz is not None and _peoples_word(w, gaz))]
            kin_groups = [] if _word_bodies_share(groups, i, single) else [
                j for j, h in enumerate(groups) if j != i and h.label == "ORG" and not _chamber_apart(h, g, place_names, gaz)
                and not _owner_of_the_paper(h, masthead)
                # a body whose acronym the article defines goes by it, not by its first word ("Welsh
                # households" beside the "Welsh Local Government Association (WLGA)")
                and (not club_only and any(len(ws := words_of(a)) > 1 and (_opens(ws, opening) and ws[-1] in _FULL_NAME_ENDS and not leaders_body(ws) and not _spelt_out(h)
                         and not _governs(ws, single)
                         or ws[-1] in single + masthead and not _named_of_a_place(ws, place_names, gaz)
                         and not ("legislature" in g.evidence and _another_legislature(ws))
                         and not (gaz is not None and _peoples_word(ws[0], gaz) and (_branch_after_its_body(h, g) or _of_a_country_not_named(ws[0], groups, gaz)))
                         or _town_named_last(ws, single, place_names, gaz))
                         or _trade_of(a, single + initialled) and not _spelt_out(h) and not _trade_written_in_its_name(a, single + initialled, written)
                         or _outlet_named_by(words_of(a), nickname)
                         for a in h.aliases) or _named_after_a_place(h, nickname, place_names, gaz))
            ]
            kin = {find(j) for j in kin_groups}
            if len(kin) > 1:
                # "Disney" beside "Walt Disney Co." and "Disney Channel": the company itself
                clubs = {find(j) for j in kin_groups if _named_after_a_place(groups[j], nickname, place_names, gaz)}
                kin = {find(j) for j in kin_groups if any(_CORPORATE_SUFFIX.search(name_key(a)) for a in groups[j].aliases)}
                # "United" beside "Manchester United" and "Shareholders United": the club named after its city
                kin = kin or clubs
            # "Wellcome" already read as "Wellcome PLC" is no short form of its arm "Burroughs-Wellcome Co"
            named = any(" " in a for a in g.aliases) or any(find(k) == find(i) for k in range(len(groups)) if k != i)
            if len(kin) == 1 and not named and not any("arm" in groups[j].evidence for j in kin_groups if find(j) in kin):
                g.label = "ORG"
                union(kin.pop(), i)  # never the brand's arm in a place ("Acme North America")
                continue
            if not kin and (town := _town_a_body_is_of(g, groups, gaz)):
                g.label, g.place = "GPE", town
                continue
            if not kin and any(_governs(name_key(a).split(), single) for h in groups if h.label == "ORG" for a in h.aliases):
                g.label = "GPE"  # "through Midlothian to the Borders" beside "Midlothian Council": the area it governs
                continue
        given_name = g.label == "ORG" and not g.evidence & {"organisation", "acronym", "team"} and all(
            " " not in a and not is_acronym(a) for a in g.aliases)  # "Dale wrote": the model's "organisation"
        # "Mr Howard" every time is a Howard by family name ("Ask Dr. Mike" once is no surname): no
        # given name of a "Howard Flight" whom "Flight" names alone, but the family name written first
        # of a "Xi Jinping" whom "Jinping" never names
        surname = all("surname" in m.evidence for m in g.mentions)
        if not matches and (g.label == "PERSON" or given_name or unknown_place) and "place" not in g.evidence:
            # A given name alone ("Jose") or its short form ("Tommy" of "Thomas Gravesen"), or a family name written first ("Liu" of "Liu Xiaming"):
            # the one named person whose name opens with it (a given name the model took for a place no
            # gazetteer knows too, "Lleyton" of "Lleyton Hewitt").
            # Never a name first written with a title, or an apposition only a person takes, before the full name is:
            # that is a person of his own ("Prince Charles", then a "Charles Kennedy" late in the story; but "JK and
            # Joel", then "Joel Ross"); nor a town before a club's initials ("Graz" of "Graz AK"), no one's name.
            introduced = "person" in min(g.mentions, key=lambda m: (m.seq, m.start)).evidence
            # "King Hussein" is a king's name, no given name of a "Hussein Khalaf" (but "Elizabeth II" is the queen's, and
            # "Prince Saud" the "Prince Saud al-Faisal"'s)
            reign = any("reign name" in m.evidence for m in g.mentions if " " not in m.text)
            family = _surnames_shared_after(g, groups)
            # "Murdoch has distanced himself and his son James" beside "James Weatherup": a relative of someone, named
            # by his given name, bears that family's surname, no other's (and "the Bush family", which the model may
            # take for a person's name, opens on its surname, no given name: "Bush" alone is no short name of it)
            kin = any("kin given" in m.evidence for m in g.mentions)
            body_names = {name_key(a) for h in groups if h.label == "ORG" for a in h.aliases}
            fulls = [
                (find(j), full.split()[0]) for j in people if j != i and groups[j].label == "PERSON"
                and not (introduced and _first_written(g) < _first_written(groups[j]) and not _family_named_before(groups, j, g))
                for full in groups[j].aliases if len(full.split()) > 1 and name_key(full).split()[-1] != "family"
                and not (reign and "reign name" not in groups[j].evidence and full.split()[-1].lower().strip(".") not in NAME_SUFFIXES)
                and not (surname and bare_key(full.split()[-1]) in alone)
                and not (is_acronym(full.split()[-1]) and not full.isupper() and full.split()[-1].lower() not in NAME_SUFFIXES)
                and not _given_name_and_generation(full)
                and not (family and surname_key(full) not in family)
                and not (kin and not _family_named_before(groups, j, g))
                and not _body_qualified_by_a_name(full, body_names)
            ]
            words = [a for a in short if len(a.split()) == 1]
            # its short form only where no one bears it in full: "Matt" of "Matt Dawson", though a "Matthew Tait" plays too
            firsts = {k for k, given in fulls if any(bare_key(given) == bare_key(a) for a in words)} or {
                k for k, given in fulls if any(_short_form(name_key(a), name_key(given)) for a in words)} or {
                k for k, given in fulls if any(_opens_a_given_name(name_key(a), name_key(given)) for a in words)} or {
                k for k, given in fulls if any(_given_name_spelt_otherwise(name_key(a), name_key(given)) for a in words)}
            if len(firsts) > 1:
                # "Scott's right knee" beside "Scott Gray", then "Scott MacLeod": the one named first, the story's
                # subject, as a surname two people share goes (_shared_surnames)
                firsts = {min(firsts, key=lambda k: min(_first_named_in_full(groups[j]) for j in people if find(j) == k))}
            if len(firsts) == 1:
                g.label = "PERSON"
                union(firsts.pop(), i)
                continue
        if not matches and g.label == "PERSON" and "place" not in g.evidence:
            # "Goddard" beside "Goddard Space Flight Center", "Fox" beside "Fox News", no person of that name: the one
            # organisation named after it; or "Mark IV" beside "Mark IV Industries Inc", a firm's short name
            # the model read as a person's, which opens the firm's legal name before its trade and legal form
            single = {name_key(a) for a in short if len(a.split()) == 1}
            one_word = all(len(a.split()) == 1 for a in g.aliases)
            named_after = {
                find(j) for j, h in enumerate(groups) if j != i and h.label == "ORG" and (one_word and any(
                    len(ws := name_key(a).split()) > 1 and ws[0] in single and (len(ws) > 2 or ws[-1] in _FIRM_WORDS | _OUTLET_NOUNS)
                    and ws[-1] not in _LEADERS_GOVERNMENTS for a in h.aliases) or _legal_name_opened_by(h, g))
            }
            if len(named_after) == 1 and "person" not in g.evidence:
                owner = named_after.pop()
                if town := _town_a_body_is_named_after(g, groups[owner], groups, gaz):
                    g.label, g.place = "GPE", town
                else:
                    g.label = "ORG"
                    union(owner, i)
                continue
        # Acronym evidence: "ISIL" spells the one long name the article gives.
        if g.label not in PLACE_LABELS:
            acr = [a for a in g.aliases if is_acronym(a) or _MIXED_ACRONYM.fullmatch(a) or _acronym_said_as_a_word(a, g)]
            if _spells_its_own_name(g, acr):
                acr = []  # the text's own expansion wins: "the European Community (EC)" is no "Executive Commission"
            spelling = {
                j: find(j) for j, h in enumerate(groups) if j != i and h.label not in PLACE_LABELS | {"PERSON"} and not _peoples_plural(h)
                and "renamed" not in h.evidence and (any(acronym_of(a, b) or acronym_of(a, _unplaced(b, place_names)) or acronym_of(a, _office_spelt_out(b))
                        or acronym_of(a, _office_field(b)) for a in acr for b in h.aliases) or any(acronym_opens(a, b) for a in g.aliases for b in h.aliases))
            }
            spelling = _standing_bodies(groups, _bodies_not_named_after_the_place_spelt(groups, spelling, acr))
            longs = set(spelling.values())
            if len(longs) > 1:
                longs = _spelt_out_before(groups, g, spelling)
            if len(longs) == 1:
                if g.label == "PERSON":
                    g.label = "ORG"  # "Hefce said", which the model read as a person's name
                union(longs.pop(), i)
                continue
            # "NJ" beside "New Jersey": a state's or country's initials, as a postal code writes it
            places = {
                find(j) for j, h in enumerate(groups) if h.label in PLACE_LABELS and h.place is not None
                and any(len(b.split()) > 1 and acronym_of(a, b) for a in acr for b in h.aliases)
            } if acr and not longs else set()
            if len(places) == 1:
                union(places.pop(), i)
                continue
        firm = _firm_named(groups, i)
        if firm is not None:
            union(firm, i)
            continue
        headed = [j for j in _bodies_headed_by(groups, i) if not _gathering_beside_the_legislature(groups[j], g, place_names, gaz)]
        bodies = {find(j) for j in headed}
        if len(bodies) > 1 and (last := _body_named_last_before(groups, headed, g)) is not None:
            bodies = {find(last)}
        if len(bodies) == 1:
            union(bodies.pop(), i)
    for i, g in enumerate(groups):
        for j in range(i + 1, len(groups)):
            if find(i) != find(j) and _same_thing(g, groups[j]):
                union(i, j)
    for g in outlets:
        g.label = "ORG"  # (not before: a body's one word opening another body's name is its short name)
    merged: dict[int, _Group] = {}
    for i, g in enumerate(groups):
        root = find(i)
        if root not in merged:
            merged[root] = _Group([], groups[root].label, groups[root].place)
        target = merged[root]
        target.mentions += g.mentions
        if g.label == "PERSON":
            target.label = "PERSON"  # a surname merge keeps the person's type
        target.place = target.place or g.place
    kept = _shared_surnames(list(merged.values()))
    for g in kept:
        g.mentions.sort(key=lambda m: (m.seq, m.start))
    return kept


def _same_names(groups: list[_Group], gaz: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Pairs of groups (indices) that name one thing two ways, each on its own evidence:
    - one person, fuller and plainer: "Patrick W. Carlineo", "Pat Carlineo", "Patrick Carlineo Jr."
      (one surname, first names one a prefix or initial of the other, no two generational suffixes);
    - a region with and without its noun: "Logar province" and "Logar";
    - an organisation under a nationality: "Afghan Taliban" and "Taliban";
    - a party and its members: "Conservatives" and "Conservative Party";
    - an institution named with its place, and without: "Santa Barbara County Superior Court" and
      "the Superior Court" (the one such name of the article).
    The first of each pair leads the merged entity."""
    pairs = []
    people = [(i, [a for a in g.aliases if len(name_words(a)) > 1]) for i, g in enumerate(groups) if g.label == "PERSON"]
    for n, (i, xs) in enumerate(people):
        for j, ys in people[n + 1 :]:
            # (a name the text gives as a named person's nickname is his, whatever other full name it resembles)
            nickname = NICKNAME_OF in groups[i].evidence | groups[j].evidence
            if not nickname and any(_one_person(x, y) for x in xs for y in ys) and not _father_and_son(groups[i], groups[j], groups):
                pairs.append((i, j))
    keyed: dict[str, int] = {}
    for i, g in enumerate(groups):
        for a in g.aliases:
            keyed.setdefault(_office_key(a) if g.label == "ORG" else name_key(a), i)
    for i, g in enumerate(groups):
        if g.label == "ORG":
            j = next((keyed[k] for a in g.aliases if (k := _office_key(a)) in keyed and keyed[k] != i), None)
            if j is not None:
                pairs.append((j, i))  # "Department of Energy" and "Energy Department"
            for a in g.aliases:
                m = _OFFICE.match(name_key(a))
                j = keyed.get(m.group(2)) if m and len(m.group(2).split()) > 1 else None
                if j is not None and j != i and _field_written_alone(groups[j]):
                    pairs.append((i, j))  # "Department of Homeland Security" and "Homeland Security" (one word, "Energy", is a noun)
    organisations = [(i, a.split()) for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases]
    for i, g in enumerate(groups):
        clipped = [a for a in g.aliases if " " not in a and len(a) >= 3 and a[0].isupper() and not a.isupper()]
        if g.label != "ORG" or not clipped:
            continue
        owners = {j for j, ws in organisations if j != i and len(ws) > 1 and any(
            ws[0].startswith(c) and ws[0][len(c):] not in _WORD_ENDINGS for c in clipped)}
        # "Comex" of "Commodity Exchange Inc": a name blended from the first letters of each of its words
        owners = owners or {j for j, h in enumerate(groups) if j != i and h.label == "ORG" and any(_blended(c, b) for c in clipped for b in h.aliases)}
        if len(owners) == 1:
            pairs.append((owners.pop(), i))  # "the Fed" of "the Federal Reserve"
        elif len(owners) > 1 and (body := _one_body_with_and_without_its_noun(groups, owners)):
            pairs += [(body[0], j) for j in [*body[1:], i]]  # "the Fed" of "the Federal Reserve (Board)"
    long_names = [(i, a) for i, g in enumerate(groups) if g.label in {"ORG", "NORP"} for a in g.aliases if " " in a]
    written = {name_key(a): i for i, g in enumerate(groups) for a in g.aliases}
    for i, g in enumerate(groups):
        # "Man Utd" of "Manchester United", "Lib Dems" (whatever the model took it for) of "Liberal Democrats"
        owners = {j for a in g.aliases if " " in a and g.label not in PLACE_LABELS for j, b in long_names if j != i and _clips(a, b)}
        if owners and g.label in {"ORG", "PERSON"} and any(written.get(name_key(a) + "s", i) != i for a in g.aliases if " " in a):
            g.label = "NORP"  # "Lib Dem voters" beside "the Lib Dems": the clip's singular is its plural's adjective
            continue
        if len(owners) == 1:
            j = owners.pop()
            if g.label == "PERSON":
                g.label = groups[j].label
            pairs.append((j, i))
        elif g.label in {"ORG", "PERSON"} and any(
                _clips(a + "s", b) and not name_key(b).startswith(name_key(a)) for a in g.aliases if " " in a for j, b in long_names if j != i):
            g.label = "NORP"  # "Lib Dem president Jo Roe": the adjective of the party's plural ("Lib Dems"), its member's
    pairs += _institutions_without_their_place(groups, gaz)
    pairs += _bodies_without_their_trade(groups)
    pairs += _departments_by_their_field(groups)  # "State" beside "the State Department"
    pairs += _publications_by_their_title(groups)  # "told People" beside "People Magazine"
    pairs += _staffs_by_their_leaders_surname(groups)  # "the Trump campaign" beside "the Donald Trump campaign"
    # "EnergySage" and "Energy Sage": a brand written as one word and as two; "Japan Airlines Co Ltd" and "Japan Air
    # Lines", whatever legal forms close either
    compact: dict[str, int] = {}
    for i, g in enumerate(groups):
        if g.label != "PERSON":
            for a in g.aliases:
                first = compact.setdefault(name_key(without_legal_forms(a) if g.label == "ORG" else a).replace(" ", ""), i)
                if first != i and groups[first].label != "PERSON" and (groups[first].label in PLACE_LABELS) == (g.label in PLACE_LABELS):
                    pairs.append((first, i))
    # "Reuter" and "Reuters", "Harrod" and "Harrods": a body's one word, written with its final "s" and without
    one_word = {name_key(a): i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if " " not in a and not is_acronym(a)}
    families = _surnames_named_in_full(groups)  # their plurals are families
    for key, i in one_word.items():
        # (never a paper's masthead word, a common noun's plural: "the Times" is no "Time", another publication)
        j = one_word.get(key[:-1]) if key.endswith("s") and key[:-1] not in families and key not in _MASTHEAD_WORDS else None
        if j is not None and j != i:
            pairs.append((i, j))
    pairs += _bodies_by_their_singular(groups, {k: j for k, j in one_word.items() if k not in families}, written)
    # "Arbor Networks" and "Arbor Network": a body's name of more words, its last written with its final "s" and without
    long_bodies = {name_key(a): i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if " " in a}
    pairs += [(i, j) for key, i in long_bodies.items() if key.endswith("s") and (j := long_bodies.get(key[:-1], i)) != i]
    # "Amazon.com" and "Amazon": a firm named by its web address, and by its name alone
    # (whatever the model took the name alone for, if no gazetteer place: "OptInRealBig", read as a place)
    bare_words = {name_key(a): i for i, g in enumerate(groups) if g.label != "PERSON" and g.place is None for a in g.aliases
                  if " " not in a and not is_acronym(a)}
    for i, g in enumerate(groups):
        for a in g.aliases if g.label == "ORG" else ():
            if (web := _WEB_NAME.fullmatch(a)) and (j := bare_words.get(name_key(web["name"]), i)) != i:
                groups[j].label = "ORG"
                pairs.append((i, j))
    pairs += _peoples_other_words(groups, one_word)
    norp = {name_key(a) for g in groups if g.label == "NORP" for a in g.aliases}
    surnames = _surnames_named_in_full(groups)
    named_words = {w for g in groups if g.label == "PERSON" for a in g.aliases if " " in a for w in name_key(a).split()}
    for i, g in enumerate(groups):
        for a in g.aliases:
            words = name_key(a).split()
            if g.label in PLACE_LABELS and len(words) > 1 and words[-1] in REGION_NOUNS:
                j = keyed.get(" ".join(words[:-1]))
                if j is not None and j != i and groups[j].label != "PERSON" and not _town_written_with_its_state(groups[j], groups) \
                        and not _city_beside_its_county(words, groups[j]):
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) > 1 and words[-1] in SITE_NOUNS | recall.SITE_HEAD_NOUNS:
                # "Barlinnie Prison" and a later "Barlinnie", which no gazetteer knows and no one is named (nor a
                # people: "Indians" beside "the Indian Museum", a museum of them; nor a people's word, whatever the
                # model took it for: "a general Russian bias" beside "the Russian Embassy", the country's embassy)
                j = keyed.get(" ".join(words[:-1]))
                h = groups[j] if j is not None else None
                if h is not None and h is not g and h.place is None and not h.evidence & {"person", "people"} \
                        and not (gaz is not None and _peoples_word(" ".join(words[:-1]), gaz)) \
                        and all(" " not in b and name_key(b) not in surnames for b in h.aliases) \
                        and not _singular_of_a_named_plural(h, j, written):
                    h.label = g.label
                    pairs.append((i, j))
            # (a body's "camp" after a name is a candidate's staff, not a site: "the Sanders camp", then "Sanders")
            if g.label == "ORG" and len(words) > 1 and words[-1] in (_VENUE_NOUNS | SITE_NOUNS) - _LEADERS_GOVERNMENTS:
                # "the Palace Theatre", then "the Palace"; "the Bodleian Library", then "the Bodleian"; a site the model
                # took for a body too ("the Legacy Hotel", then "The Legacy's new windows"), though a site's never by a
                # people's word ("the Anglican church", beside "Anglicans": the faith's body, not the faithful's)
                j = next((keyed[k] for k in _venue_keys(words, gaz) if k in keyed), None)
                h = groups[j] if j is not None else None
                if h is not None and h is not g and h.place is None and (words[-1] in _VENUE_NOUNS or h.label != "NORP") \
                        and not h.evidence & {"person", "surname"} \
                        and _first_written(g) < _first_written(h) and all(" " not in b and name_key(b) not in surnames for b in h.aliases) \
                        and not _singular_of_a_named_plural(h, j, written):
                    h.label = g.label
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) > 1 and words[-1] in _ISLAND_GROUP_NOUNS:
                # "the Chatham Islands" and "the Chathams", "the Falkland Islands" and "the Falklands": an island group
                # by its plural, whatever the model took the plural for
                j = keyed.get(" ".join(words[:-1]) + "s")
                if j is not None and j != i and groups[j].label != "PERSON" and not groups[j].place:
                    groups[j].label = g.label
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) == 2 and words[1] in _SEA_AND_LAND_NOUNS:
                # "the Aegean Sea" and "in the Aegean", which the model reads as a people's adjective
                j = keyed.get(words[0])
                h = groups[j] if j is not None else None
                if h is not None and h is not g and h.place is None and (
                        h.label in {"NORP", "LOC"} and h.evidence & _WRITTEN_AS_A_PLACE or _taken_for_nobody(h, named_words)
                        or _land_taken_for_a_place(h)):
                    h.label = g.label
                    pairs.append((i, j))
            if g.label in PLACE_LABELS and len(words) == 3 and words[1] in NAME_PARTICLES | {"on", "upon"}:
                j = keyed.get(words[0])  # "Braunau am Inn" and "Braunau", "Newcastle upon Tyne" and "Newcastle"
                if j is not None and j != i and groups[j].label in PLACE_LABELS:
                    pairs.append((i, j))
            if g.label == "ORG" and len(words) > 1 and words[0] in norp:
                j = keyed.get(" ".join(words[1:]))
                if j is not None and j != i and groups[j].label == "ORG" and not _branch_after_its_body(g, groups[j]):
                    pairs.append((j, i))
            if g.label == "ORG" and len(words) > 1 and words[-1] == "party":
                # "Conservatives", "Tories", "Democrats" of the party, and "Labour" alone (never "a Democrat", nor the people
                # a party is named after: "Maori men" beside "the Maori Party")
                party = " ".join(words[:-1])
                adjectives = set(party_names(party))
                members = {m for name in adjectives for m in _members_of(name.split())}
                pairs += [
                    (i, k) for k, h in enumerate(groups) if k != i and h.label in {"NORP", "ORG"} and not h.evidence & {"member", "people"}
                    and any(name_key(a) in members and not (name_key(a) in adjectives and _members_party_word(a, h, party)) for a in h.aliases)
                    # (never by its plural acting, "The Conservatives swept aside Labour": beside the party named in
                    # full, the members, caucus or voters, another entity; lead rulings 15, 25 and 37)
                    and _names_the_party(h, members, adjectives, plural_acting=False)
                    and not _voters_beside_a_party_only_owning_them(g, h)
                    and not _plural_beside_a_caucus(h, groups, members)
                ]
    pairs += _one_partys_plurals(groups)
    pairs += _caucuses_with_their_partys_plural(groups)
    pairs += _states_by_their_abbreviations(groups)
    pairs += _bodies_by_their_other_names(groups)
    pairs += _federal_government_by_its_people(groups, gaz)
    pairs += _compounds_by_their_first_part(groups)
    pairs += _the_states_for_the_united_states(groups)
    pairs += _the_house_for_its_one_chamber(groups)
    pairs += _the_court_for_the_supreme_court(groups)
    pairs += _one_bare_surname_misspelt(groups)
    pairs += _names_opening_a_longer_name(groups)
    pairs += _the_government_for_the_one_government(groups, gaz)
    pairs += _state_bodies_by_their_state(groups, gaz)
    pairs += _acronyms_mistyped(groups)
    pairs += _bodies_by_their_words_reordered(groups)
    pairs += _courts_of_appeals_by_their_circuit(groups)
    pairs += _houses_by_some_of_their_words(groups)
    pairs += _halves_by_their_compass_word(groups)
    pairs += _states_by_their_regime(groups)  # "Germany" and "Nazi Germany"
    pairs += _bodies_by_their_owners_acronym(groups)
    pairs += _names_without_their_reach(groups)
    pairs += _families_by_their_plural(groups)
    pairs += _outlets_by_their_networks_initials(groups)
    return pairs


def _body_qualified_by_a_name(full: str, bodies: AbstractSet[str]) -> bool:
    """Whether a name the model took for a person's is a body's the text writes alone, after a name that qualifies it
    ("the Trump White House" beside "the White House"): its first word is no given name, but the holder the body is
    known by, whom the copy may write only as a modifier ("Trump associates"). Never a surname and its generation, which
    the model may take for a body's ("Trump Jr" of "Donald Trump Jr"): the rest of a man's name."""
    rest = name_key(full).split()[1:]
    return len(rest) > 1 and rest[-1] not in NAME_SUFFIXES and " ".join(rest) in bodies


def _field_written_alone(g: _Group) -> bool:
    """Whether a group of a department's field written alone ("any Homeland Security spending bill") is the department's:
    a body's name, or a name the model took for a place that no gazetteer knows (never a known place, "Northern
    Ireland" of a "Department for Northern Ireland", nor a person)."""
    return g.label == "ORG" or g.label in PLACE_LABELS and g.place is None


def _families_by_their_plural(groups: list[_Group]) -> list[tuple[int, int]]:
    """(family, plural) pairs: "the Clinton family" and "the Clintons", "the Bush family" and "the Bushes": copy names a
    family by its surname and the noun, or by the surname in the plural, one family either way (not a person's
    surname alone, which stays its bearer's)."""
    families = {name_key(a)[: -len(" family")]: i for i, g in enumerate(groups) if g.label not in PLACE_LABELS
                for a in g.aliases if name_key(a).endswith(" family") and len(name_key(a).split()) == 2}
    return [(i, j) for j, g in enumerate(groups) if g.label not in PLACE_LABELS for a in g.aliases if " " not in (key := name_key(a))
            for ending in ("s", "es") if key.endswith(ending) and (i := families.get(key[: -len(ending)])) is not None and i != j]


def _of_a_country_not_named(word: str, groups: list[_Group], gaz: Gazetteer) -> bool:
    """Whether a people's word (a key) opening a body's name ("a Serbian Army uniform") is of a country the article
    never names: that people's body, which the story only mentions, while the body's noun alone ("his father, an Army
    officer") is the one of the story's own country, no short name of it."""
    country = peoples_country(word, gaz)
    return country is not None and not country_named_in(country, groups)


def _namesakes_by_their_middle_names(groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of groups (indices) that write one given name and surname with middle names of other initials ("George W.
    Bush" and "George Herbert Walker Bush", a son and his father): two people, whom no shorter form both may take
    ("George Bush", "Mr. Bush") makes one, as `_one_person` never joins the two names themselves."""
    def full(g: _Group) -> list[str]:
        return [a for a in g.aliases if len(name_words(a[leading_title_length(a):])) > 2]

    named = [(i, names) for i, g in enumerate(groups) if g.label not in PLACE_LABELS and (names := full(g))]
    return {frozenset((i, j)) for k, (i, xs) in enumerate(named) for j, ys in named[k + 1:]
            if any(_namesakes(x, y) and _other_middle_names(x, y) for x in xs for y in ys)}


def _namesakes(x: str, y: str) -> bool:
    """Whether two full names write one given name and one surname: "George W. Bush", "George Herbert Walker Bush"."""
    xs, ys = (name_words(n[leading_title_length(n):]) for n in (x, y))
    return name_key(xs[0]) == name_key(ys[0]) and bare_key(xs[-1]) == bare_key(ys[-1])


def _city_beside_its_county(words: list[str], g: _Group) -> bool:
    """Whether a place named alone is the city the gazetteer pins, beside the county named after it ("San Diego County
    Sheriff Bill Gore" beside "a synagogue near San Diego"): a US county goes by its noun, and the name alone is its
    city, a place of its own (not "Logar" beside "Logar province", a province copy calls by its name)."""
    return words[-1] == "county" and g.place is not None and g.place.kind == "city"


def _town_written_with_its_state(g: _Group, groups: list[_Group]) -> bool:
    """Whether a place's name is written with its state after a comma ("a cafe in downtown Sonoma, California"): a town's
    address, so the town, never the county or province named after it ("the Sonoma County city of Cloverdale")."""
    states = [m for h in groups if h.label in PLACE_LABELS and h.place is not None and h.place.kind == "region" for m in h.mentions]
    return any(s.seq == m.seq and s.start == m.end + 2 for m in g.mentions for s in states)


def _bodies_by_their_owners_acronym(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a body's name opened by its owner's name spelt out and by the owner's acronym ("the United
    Nations Security Council", then "the U.N. Security Council"; "the European Union Council", "the EU Council"): one
    body, whatever else each is merged with."""
    spelt = [(j, ws) for j, h in enumerate(groups) if h.label == "ORG" for b in h.aliases if len(ws := b.split()) > 2]
    pairs = []
    for i, g in enumerate(groups):
        for a in g.aliases if g.label == "ORG" else ():
            owner, *rest = a.split()
            if not rest or not is_acronym(owner):
                continue
            tail = name_key(" ".join(rest))
            pairs += [(j, i) for j, ws in spelt if j != i and len(ws) > len(rest) + 1 and name_key(" ".join(ws[-len(rest):])) == tail
                      and acronym_of(owner, " ".join(ws[: -len(rest)]))]
    return pairs


def _names_without_their_reach(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a name of two words, its reach ("National", "International") then its noun, and the noun
    alone, capitalised: "watching from the National Mall", then "a screen on the Mall"; "his seat in the National
    Assembly", then "to eject him from the Assembly". The one such name of the article; whatever the model took the
    noun alone for but a person."""
    full: dict[str, set[int]] = {}
    for j, h in enumerate(groups):
        for b in h.aliases if h.label != "PERSON" else ():
            if len(ws := name_key(b).split()) == 2 and ws[0] in _SCOPE_WORDS:
                full.setdefault(ws[1], set()).add(j)
    pairs = []
    for i, g in enumerate(groups):
        owners = {j for a in g.aliases if " " not in a and a[:1].isupper() for j in full.get(name_key(a), ())} - {i}
        if len(owners) == 1 and g.label != "PERSON":
            j = owners.pop()
            groups[j].label = g.label if g.label in PLACE_LABELS else groups[j].label  # "the Mall": a place, whoever runs it
            pairs.append((j, i))
    return pairs


# A compass word's initial, as headlines write it before a place's name: "N. Korea", "S. Carolina".
_COMPASS_INITIALS = {"n": "north", "s": "south", "e": "east", "w": "west"}

# The halves of a country split in two, by the compass words that name them.
_OPPOSITE_HALVES = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _halves_by_their_compass_word(groups: list[_Group]) -> list[tuple[int, int]]:
    """(place, short) pairs: a place named with a compass word, and the same by the word's initial ("World leaders
    denounce N. Korea test" beside "North Korea"), or by the word alone where the article names both halves of the
    land, a country ("engage with the North" beside "North Korea" and "South Korea"; not "a lunch counter in the South"
    beside "South Africa" alone, nor "the West" beside "the West Coast" and "the East Coast"), whatever the model took the short form for (a person's initial and surname: "N. Korea")."""
    places = {name_key(a): j for j, h in enumerate(groups) if h.label in PLACE_LABELS for a in h.aliases}
    # a land's half is a country ("the West" beside "the West Coast" and "the East Coast" is no coast)
    countries = {k for k, j in places.items() if (place := groups[j].place) is not None and place.kind == "country"}
    pairs = []
    for i, g in enumerate(groups):
        for a in g.aliases:
            first, *rest = name_key(a).split()
            initial = first in _COMPASS_INITIALS and a[1:2] == "." and rest
            full = " ".join([_COMPASS_INITIALS[first], *rest]) if initial else ""
            if not rest and first in _OPPOSITE_HALVES and a[:1].isupper() and g.label != "PERSON":
                halves = [k for k in countries if k.startswith(first + " ") and f"{_OPPOSITE_HALVES[first]} {k.split(' ', 1)[1]}" in places]
                full = halves[0] if len(halves) == 1 else ""
            if (j := places.get(full, i)) != i:
                g.label = groups[j].label  # "N. Korea", an initial and a surname to the model
                pairs.append((j, i))
    return pairs


# Last words of a gathering's name: "the Republican National Convention", "the Conservative Political Action Conference".
_GATHERING_NOUNS = frozenset({"convention", "conference", "summit"})


def _standing_bodies(groups: list[_Group], spelling: dict[int, int]) -> dict[int, int]:
    """Of the names an acronym spells (`spelling`: each group to its root), the standing bodies', where it spells a
    gathering's name too: "RNC spokesman Sean Spicer" beside "the Republican National Committee" and "2,472 Republican
    National Convention delegates" is the committee's. Copy abbreviates the body that acts and speaks and writes its
    gathering out; a gathering goes by the acronym only where no body's name fits it ("CPAC")."""
    bodies = {j: root for j, root in spelling.items()
              if not any(len(ws := name_key(b).split()) > 1 and ws[-1] in _GATHERING_NOUNS for b in groups[j].aliases)}
    return bodies or spelling


def _bodies_not_named_after_the_place_spelt(groups: list[_Group], spelling: dict[int, int], acronyms: list[str]) -> dict[int, int]:
    """Of the names an acronym spells (`spelling`), those not named after a place the article names in full that the
    acronym spells too: "Mr Schneiderman's NY office" beside "New York" and "The New Yorker" is the state's initials, as
    a postal code writes them, no magazine's."""
    places = [name_key(b).split() for h in groups if h.label in PLACE_LABELS and h.place is not None for b in h.aliases
              if len(b.split()) > 1 and any(acronym_of(a, b) for a in acronyms)]
    return {j: root for j, root in spelling.items() if not any(
        (ws := name_key(b).split())[: len(p) - 1] == p[:-1] and len(ws) >= len(p) and ws[len(p) - 1].startswith(p[-1])
        for p in places for b in groups[j].aliases)}


def _spelt_out_before(groups: list[_Group], acronym: _Group, spelling: dict[int, int]) -> set[int]:
    """Of the names an acronym spells (`spelling`: each group to its root), the roots of those the article writes before
    the acronym: "the Democratic National Committee", then "a leak of DNC emails ... on the eve of the Democratic
    National Convention". Copy spells a name out before it abbreviates it, so a name first written after is no one's
    acronym here."""
    first = _first_written(acronym)
    return {root for j, root in spelling.items() if _first_written(groups[j]) < first}


def _body_written_before_its_namesake(body: _Group, person: _Group, printed_apart: AbstractSet[int] = frozenset()) -> bool:
    """"Ford, the US car company, reported ...", then "chairman Bill Ford": a name the model read as a body's, written
    before the article first names the person whose surname it is. News copy names a person in full before it calls
    him by his surname alone, so the word written first is a body named after the family (the firm), never that man."""
    # only a person whose name opens on a given name ("Bill"): "New Labour", a party the model read as a person,
    # is the "Labour" written before it
    # (nor a word the text writes as a person's, by a pronoun of a sex before or after it, an apposition or a title:
    # "Trump and Clinton point out own credentials" over "Donald Trump and Hillary Clinton vied ...", then "Trump told
    # the forum he was ...", a headline's surname of the man; "Hurwitz will lead the agency's division" before "Hugh
    # Hurwitz", then "He led the prisons bureau"; "President Trump's campaign staff" before "Donald Trump")
    # A caption, a video's caption or a link to another story (`printed_apart`, the seqs of those paragraphs) stands
    # wherever the page put it, not where the story got to: its bare surname ("Media caption Trump asks drug companies
    # ...", "Theater project lets women who accused Trump tell their stories Read more") says nothing of the order.
    return (body.label == "ORG" and person.label == "PERSON" and _written_as_a_body_before(body, _first_written(person), printed_apart)
            and not body.evidence & _SAID_OF_A_PERSON
            and any(len(ws := name_key(a).split()) > 1 and _given_name(ws[0]) for a in person.aliases))


def _written_as_a_body_before(body: _Group, first: tuple[int, int], printed_apart: AbstractSet[int] = frozenset()) -> bool:
    """Whether the name is written before `first` other than before a noun: "the Steele dossier", "former Trump campaign
    adviser Carter Page", "the Obama and Clinton coalitions" before the man's or woman's full name may be hers as
    readily as a firm's ("a Ford plant"), so only a name standing alone there ("Ford reported") is a body's."""
    return any((m.seq, m.start) < first and "attributive" not in m.evidence and m.seq not in printed_apart for m in body.mentions)


# The evidence of a surname written with an honorific of either sex before it ("Mr. Bloomberg").
_TITLED = frozenset({"his honorific", "her honorific"})


def _bodies_before_a_titled_namesake(groups: list[_Group]) -> list[tuple[_Group, _Group]]:
    """"In 2012, Bloomberg started publishing its index", "Bloomberg says its deeper reporting", then "Michael R.
    Bloomberg" and "Mr. Bloomberg": copy that titles a man by his surname writes it bare only for another bearer, and
    news copy names a person in full before it calls him by his surname, so the bare word written before the full name
    is a body named after him (his firm), as `_body_written_before_its_namesake` reads one the model took for a body.
    The surname's group (whatever the model made of each mention) loses its bare mentions outside headlines to a body
    of their own, returned with it (the two never one); the titled ones stay the man's. Its pronouns were read as the man's ("Bloomberg pegged him"):
    they say nothing of the body."""
    apart = []
    for g in groups:
        titled = [m for m in g.mentions if m.evidence & _TITLED]
        bare = [m for m in g.mentions if not m.evidence & (_TITLED | {"headline"})]
        if not titled or not bare or g.label not in {"PERSON", "ORG"} or any(" " in a for a in g.aliases):
            continue
        # a "Jr." the model took for a body is a man named in full all the same ("S.I. Newhouse Jr.", relabelled below)
        named = [_first_written(h) for h in groups if h.label == "PERSON" or all(_generational_name(a) for a in h.aliases)
                 for a in h.aliases if len(name_words(a)) > 1 and any(_ends_with(a, b) for b in g.aliases)]
        if named and min((m.seq, m.start) for m in bare) < min(named):
            g.mentions = [m for m in g.mentions if all(m is not b for b in bare)]
            for m in bare:
                m.evidence -= {"his pronoun", "her pronoun", "his pronoun after", "her pronoun after", "person"}
            apart.append((g, _Group(bare, "ORG")))
    return apart


def _venue_keys(words: list[str], gaz: Gazetteer | None) -> list[str]:
    """The keys a venue's name (its words, the venue's noun last) goes by alone: its words before the noun, and those
    after the place that opens it ("the Arkansas Excelsior Hotel", then "the Excelsior")."""
    keys = [" ".join(words[:-1])]
    if len(words) > 2 and gaz is not None and (gaz.region(words[0]) or gaz.country(words[0])):
        keys.append(" ".join(words[1:-1]))
    return keys


# The staff copy names after a person: a candidate's, a president's.
_STAFF_NOUNS = frozenset({"campaign", "camp", "administration"})


def _candidate_of_a_named_staff(g: _Group, groups: list[_Group]) -> bool:
    """A full name the model read as a body's ("Hillary Clinton's campaign") where the story also names a staff after it
    ("the Hillary Clinton campaign"): the one the staff is named after, a person, whom a bare surname may then be."""
    names = {name_key(a) for a in g.aliases if len(name_words(a)) > 1}
    return bool(names) and any(
        len(ws := name_key(b).split()) > 2 and ws[-1] in _STAFF_NOUNS and " ".join(ws[:-1]) in names
        for h in groups if h is not g for b in h.aliases)


def _staffs_by_their_leaders_surname(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a staff named after a person in full ("the Donald Trump campaign", "the Bernie Sanders
    campaign"), then after the surname alone ("the Trump campaign"), as copy names the person: one body, the one staff
    of that noun whose leader's name the surname closes (not a surname two of the story's people bear in full,
    _body_of_a_shared_surname, nor another noun: "the Trump administration" is no campaign)."""
    full = [(j, ws[:-1], ws[-1]) for j, h in enumerate(groups) if h.label == "ORG" for b in h.aliases
            if len(ws := name_key(b).split()) > 2 and ws[-1] in _LEADERS_GOVERNMENTS]
    pairs = []
    for i, g in enumerate(groups):
        if g.label != "ORG" or _body_of_a_shared_surname(g, groups):
            continue
        short = {(ws[0], ws[1]) for a in g.aliases if len(ws := name_key(a).split()) == 2 and ws[1] in _LEADERS_GOVERNMENTS}
        owners = {j for j, leader, noun in full if j != i and (leader[-1], noun) in short}
        if len(owners) == 1:
            pairs.append((owners.pop(), i))
    return pairs


def _body_of_a_shared_surname(g: _Group, groups: list[_Group]) -> bool:
    """"the Clinton administration" in a story naming Bill and Hillary Clinton in full, beside "a Hillary Clinton
    administration": a body named after a surname two of its people bear (a government, a campaign) is neither's
    more than the other's, so no fuller body's name it ends takes it."""
    leaders = {ws[0] for a in g.aliases if len(ws := name_key(a).split()) == 2 and ws[1] in _LEADERS_GOVERNMENTS}
    return any(sum(any(len(name_words(b)) > 1 and surname_key(b) == s for b in h.aliases) for h in groups if h.label == "PERSON") > 1
               for s in leaders)


def _surnames_named_in_full(groups: list[_Group]) -> set[str]:
    """The surnames (keys) of the people the text names in full ("ebeling" of "Betsy Ebeling"): no body's word, and
    their plural the family's ("The Ebelings were part of a group of 50 friends"), whatever the model took "Ebeling"
    and "Ebelings" for, never a firm's "Reuter" and "Reuters"."""
    return {surname_key(a) for g in groups if g.label == "PERSON" for a in g.aliases if len(name_words(a)) > 1}


def _singular_of_a_named_plural(g: _Group, i: int, written: dict[str, int]) -> bool:
    """Whether another group goes by the plural of one of `g`'s words: "Joe Torre's Yankee cap" beside "the Yankees"
    is the team's word, never the "Yankee Stadium" named after it."""
    return any(written.get(name_key(a) + "s", i) != i for a in g.aliases if " " not in a)


def _bodies_by_their_singular(groups: list[_Group], one_word: dict[str, int], written: dict[str, int]) -> list[tuple[int, int]]:
    """(plural, singular) pairs: a word the model took for a body's name, whose plural names a body or a group of
    people the article names ("the Yankees", read as people), is that body's word before a noun ("a Yankee cap",
    "Knick fans"); never a party's creed, whose singular is a member ("a Democrat"), nor a people's word; nor a paper's
    masthead word ("told the Times"), whose singular names another publication ("In an interview with Time magazine")."""
    parties = _party_names_of(groups)
    pairs = []
    for key, j in one_word.items():
        i = written.get(key + "s", j) if key + "s" not in _MASTHEAD_WORDS else j
        plural = groups[i]
        if i != j and key not in parties and plural.label in {"ORG", "PERSON"} and plural.place is None \
                and (plural.label == "ORG" or "plural" in plural.evidence) and not plural.evidence & {"member", "people"}:
            pairs.append((i, j))
    return pairs


def _governs(words: list[str], places: list[str]) -> bool:
    """Whether a body's name (its words) is one of `places` (keys) and a governing noun: "Midlothian Council",
    "Fife Council", "ACT Government"."""
    return len(words) > 1 and words[-1] in _GOVERNING_NOUNS and " ".join(words[:-1]) in places


def _one_bare_surname_misspelt(groups: list[_Group]) -> list[tuple[int, int]]:
    """(first, other) pairs: "Mukherjee" and "Mr Mukerjee", one surname the story spells two ways and never writes
    after a given name (named in full, the misspelt one joins the full name on its own: _misspelt_surname)."""
    named = _surnames_named_in_full(groups)
    bare = [(i, key) for i, g in enumerate(groups) if g.label == "PERSON" and all(" " not in a for a in g.aliases)
            for a in g.aliases if (key := name_key(a)) not in named]
    return [(i, j) for n, (i, x) in enumerate(bare) for j, y in bare[n + 1 :] if i != j and _misspelt_word(x, y)]


def _acronyms_mistyped(groups: list[_Group]) -> list[tuple[int, int]]:
    """(acronym, typo) pairs: "the EPR" written again and again, and "the ERP" once: a body's acronym of three letters or
    more, two neighbouring letters swapped (its first kept), the typo wire copy makes once; the acronym the article
    writes more often leads. Two bodies whose acronyms differ so are each written more than once."""
    written = {a: (i, sum(m.text == a for m in g.mentions)) for i, g in enumerate(groups) if g.label == "ORG"
               for a in g.aliases if is_acronym(a) and a.isalpha() and len(a) >= 3}
    return [(i, j) for a, (i, n) in written.items() for b, (j, k) in written.items()
            if i != j and n > 1 and k == 1 and _swapped_neighbours(a, b)]


def _swapped_neighbours(x: str, y: str) -> bool:
    """"EPR" and "ERP": one word, two neighbouring letters swapped, the first letter kept."""
    diff = [n for n in range(len(x)) if len(x) == len(y) and x[n] != y[n]]
    return len(diff) == 2 and diff[0] > 0 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _surname_with_its_particles_taken_for_a_body(groups: list[_Group], g: _Group) -> None:
    """"de La Rochebrochard and team" beside "Elise de La Rochebrochard", both of which the model took for a body's
    name: a surname opening on its particles, no body's, and the one full name ending with it the text calls a
    person's are a person (then the surname joins the full name as any does)."""
    if g.label != "ORG" or not all(a.split()[0].lower() in NAME_PARTICLES and len(a.split()) > 1 for a in g.aliases):
        return
    owners = [h for h in groups if h is not g and "person" in h.evidence and any(_ends_with(full, a) for full in h.aliases for a in g.aliases)]
    if len(owners) == 1:
        g.label = owners[0].label = "PERSON"


def _surname_taken_for_a_places_other_name(groups: list[_Group], g: _Group) -> None:
    """"Machado, 19, flew to Los Angeles" beside "Venezuela's Alicia Machado": a word the gazetteer knows only as another
    name of a place it calls otherwise (Lake Elsinore), which the model took for a place and the text never writes as
    one ("in", "near"), is the surname of the one person named in full with it: no place."""
    if g.place is None or g.label not in PLACE_LABELS or g.evidence & (_WRITTEN_AS_A_PLACE - {"locative"}) or "dateline" in g.evidence:
        return
    keys = {name_key(a) for a in g.aliases}
    if len(keys) != 1 or " " in (key := next(iter(keys))) or name_key(g.place.name) == key:
        return
    owners = [h for h in groups if h.label == "PERSON" and any(len(ws := name_words(a)) > 1 and name_key(ws[-1]) == key for a in h.aliases)]
    if len(owners) == 1:
        g.label, g.place = "PERSON", None


def _bodies_of_a_persons_term(groups: list[_Group]) -> list[tuple[int, int]]:
    """(administration, term) pairs: a person's name before the name of a body of two words or more the text writes
    alone ("the Obama White House" beside "the White House" and "President Obama") names the body under that person's
    term, no person (whatever the model took it for): the person's administration, joined to it where the text names it
    ("the Obama administration"), else a body of its own. Never the body alone: "the Obama White House was driving the
    train" is his staff and officials, who come and go with him, where "the White House" outlasts them all (the gold's
    convention since round 51: `Obama White House` an alias of the administration, kept apart from `White House`)."""
    persons = {k for g in groups if g.label == "PERSON" for a in g.aliases for k in (name_key(a), surname_key(a))}
    bodies = {name_key(a): i for i, g in enumerate(groups) if g.label in {"ORG", "FAC"} for a in g.aliases if " " in a}
    keyed = {name_key(a): i for i, g in enumerate(groups) if g.label == "ORG" for a in g.aliases}
    pairs = []
    for i, g in enumerate(groups):
        for ws in (name_key(a).split() for a in g.aliases):
            # (a body's name of two words or more after the owner's name, of one word or more)
            split = next((k for k in range(1, len(ws) - 1) if " ".join(ws[:k]) in persons and bodies.get(" ".join(ws[k:]), i) != i), None)
            if split is not None:
                g.label = "ORG"
                administration = keyed.get(f"{' '.join(ws[:split])} administration")
                if administration is not None:
                    pairs.append((administration, i))
                break
    return pairs


# What the model takes a brand's one word for, written alone: a thing, never a person's given name (a body's word
# may be one: "Rand" of "Rand Paul", which the model reads as the RAND think tank; and "Folkways Recordings" beside
# "the Folkways label" is one body).
_BRAND_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def _brands_opening(g: _Group, groups: list[_Group]) -> list[_Group]:
    """For a "person" whose every name is of two words opening with one word no given name is, the groups that
    write that word alone as a thing's: "HuffPost Live's Alyona Minkovski" beside "a HuffPost blog" is the
    brand's show (but "LeBron James" beside no "LeBron" thing stays a man). None otherwise."""
    firsts = {ws[0] if len(ws := a.split()) == 2 else "" for a in g.aliases}
    first = firsts.pop() if len(firsts) == 1 else ""
    if not first or given_name(name_key(first)):
        return []
    # A body's word spelt as brands are ("told HuffPost", found by recall.camel_case_names) is that brand too; an
    # all-capitals one ("RAND") may be a man's given name, "Rand Paul", and is left alone
    brand = _BRAND_LABELS | ({"ORG"} if recall.brand_spelling(first) else set())
    return [h for h in groups if h is not g and h.label in brand and first in h.aliases]


def _a_people(g: _Group) -> bool:
    """A people's word the text writes in the singular and the plural ("American voters", "Americans"): a people, no
    surname of a person the model ran on to it ("an immigrant-rights group, Define American", read as a person's full
    name), and either of the two once a nationality's adjective left its plural (bodies.NATIONALITY). (A surname the
    tagger reads as a plural, "Gans" of "Keri Gans", has no singular beside it.)"""
    return g.label == "NORP" and (any(a + "s" in g.aliases for a in g.aliases) or NATIONALITY in g.evidence)


def _peoples_plural(g: _Group) -> bool:
    """"North Carolinians": a people named in the plural, whose initials ("N.C.") are its place's, as a postal code
    writes them, never the people's own: no acronym spells it."""
    return g.label == "NORP" and all(a.endswith("s") for a in g.aliases)


# The suffixes that tell a father from his son; not a numeral, which sequels, wars and reigns take too ("World War
# II", "Queen Margrethe II", her name alone "Margrethe").
_GENERATIONS = frozenset({"jr", "sr"})


def _generational_name(name: str) -> bool:
    """A name of a given name (or initials) and a surname, then "Jr" or "Sr": "S.I. Newhouse Jr" (not a numeral,
    which sequels and wars take too: "World War II")."""
    ws = name.split()
    return len(ws) >= 3 and ws[-1].lower().strip(".,") in _GENERATIONS and all(w[:1].isupper() for w in ws)


def _the_government_for_the_one_government(groups: list[_Group], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(government, short) pairs: "the Government" alone for the one nation's government the article names ("The Federal
    Government has decided ...", then "the Government has also launched a review"), however the model read the word
    (the article's "government" in lowercase makes it a noun to the rules of short names); of two governments neither,
    nor a region's ("the Welsh Assembly Government", beside which "the Government" is Westminster)."""
    named = [i for i, g in enumerate(groups) if g.label == "ORG" and any(
        len(ws := name_key(a).split()) == 2 and ws[1] == _GOVERNMENT and (ws[0] in _NATIONAL_WORDS or gaz is not None and _peoples_word(ws[0], gaz))
        for a in g.aliases)]
    if len(named) != 1:
        return []
    return [(named[0], j) for j, g in enumerate(groups) if j != named[0] and g.label == "ORG"
            and {name_key(a) for a in g.aliases} == {_GOVERNMENT}]


def _the_house_for_its_one_chamber(groups: list[_Group]) -> list[tuple[int, int]]:
    """(chamber, house) pairs: "the House" for the one chamber of a parliament the article names, which copy calls so
    ("his speech to the Commons", then "Mr Brown told the House"); of two ("the Commons" and "the Lords") neither."""
    return _bare_word_for_the_one_body(groups, lambda keys: bool(keys & _HOUSE_CHAMBERS), "house")


def _the_court_for_the_supreme_court(groups: list[_Group]) -> list[tuple[int, int]]:
    """(supreme court, court) pairs: "the Court", capitalised alone ("The Court's decision could have implications"),
    for the "Supreme Court" the article names so, bare: copy capitalises the word alone for that court, as it writes
    "the House" for its chamber; a state's high court is named with its state ("the Massachusetts Supreme Judicial
    Court") and never so shortened beside it."""
    return [(i, j) for i, j in _bare_word_for_the_one_body(groups, lambda keys: "supreme court" in keys, "court")
            if all(m.text == "Court" for m in groups[j].mentions)]


def _bare_word_for_the_one_body(
    groups: list[_Group], names_the_body: Callable[[set[str]], bool], word: str
) -> list[tuple[int, int]]:
    """(body, bare) pairs: the body whose name keys `names_the_body` accepts, when the article names only one, and each
    body-labelled group named by `word` alone ("house", "court"); of two such bodies neither, as the word could be
    either's."""
    bodies = [i for i, g in enumerate(groups) if g.label == "ORG" and names_the_body({name_key(a) for a in g.aliases})]
    return [(bodies[0], j) for j, g in enumerate(groups) if len(bodies) == 1 and j != bodies[0] and g.label == "ORG"
            and {name_key(a) for a in g.aliases} == {word}]


def _the_states_for_the_united_states(groups: list[_Group]) -> list[tuple[int, int]]:
    """(country, short) pairs: "the States", which British copy writes for the United States ("sold 500,000 in the
    States"), taken for a place no gazetteer knows, where the article names the country ("the US")."""
    country = [i for i, g in enumerate(groups) if g.place and g.place.kind == "country" and g.place.country == "US"]
    return [(country[0], j) for j, g in enumerate(groups) if country and g.label in PLACE_LABELS and g.place is None
            and {name_key(a) for a in g.aliases} == {"states"}]


def _family_named_before(groups: list[_Group], j: int, given: _Group) -> bool:
    """Whether the full name of groups[j] ends with the surname of another person the article names in full before the
    given name is first written: "His wife Sharon" beside "Ozzy Osbourne", then "Sharon Osbourne", is one of the
    family, named by her given name because the family's surname is taken, no person of her own."""
    surnames = {surname_key(a) for a in groups[j].aliases if len(name_words(a)) > 1}
    first = _first_written(given)
    return any(k != j and h.label == "PERSON" and any(
        (m.seq, m.start) < first and len(name_words(m.text)) > 1 and surname_key(m.text) in surnames for m in h.mentions)
        for k, h in enumerate(groups))


def _surnames_shared_after(given: _Group, groups: list[_Group]) -> set[str]:
    """The surnames (keys) a given name takes from the full name written right after it, joined by "and", of a family
    the copy names as one ("the Kochs"): "David and Charles Koch" are two of the Kochs, so "David" is a Koch, no short
    name of a "David Friedman" the text names too. Not two people of two families ("both Hillary and Huma Abedin", no
    "Abedins"): there the given name is still its one bearer's. (The gap is that of " and " or " & ", never a
    comma's list.)"""
    families = {key[:-1] for h in groups for a in h.aliases if (key := name_key(a)).endswith("s") and " " not in key}
    return {surname for m in given.mentions if " " not in m.text for h in groups if h is not given for n in h.mentions
            if n.seq == m.seq and 3 <= n.start - m.end <= 5 and h.label == "PERSON" and len(name_words(n.text)) > 1
            and (surname := surname_key(n.text)) in families}


def _given_name_and_generation(full: str) -> bool:
    """A name of one given name and a generational suffix, no surname: "Fred Sr." of a family whose son bears his name
    ("They had two children, whom they named Fred and Mary"). Copy writes the suffix to tell him from his namesake, so
    the given name alone ("put pressure on Fred") is no short name of his: it may be the other's."""
    ws = full.split()
    return len(ws) == 2 and ws[-1].lower().strip(".,") in _GENERATIONS


def _compounds_by_their_first_part(groups: list[_Group]) -> list[tuple[int, int]]:
    """(compound, part) pairs: "Yugansk" of "Yuganskneftegas", a long name run together from words, clipped to its first
    word, whatever the model took either for: a body's (neither a place the gazetteer knows nor anyone's surname)."""
    surnames = _surnames_named_in_full(groups)
    one_word = [(i, name_key(a)) for i, g in enumerate(groups) if g.place is None and "person" not in g.evidence
                and len(g.aliases) == 1 for a in g.aliases if a.istitle() and a.isalpha() and name_key(a) not in surnames]
    pairs = []
    for i, part in one_word:
        compounds = [j for j, key in one_word if len(part) >= 5 and key.startswith(part) and len(rest := key[len(part):]) >= 5
                     and rest[0] not in "aeiouy"]  # a word of its own run on, no suffix: "Congressional" is of "Congress"
        if len(compounds) == 1:
            groups[i].label = groups[compounds[0]].label = "ORG"
            pairs.append((compounds[0], i))
    return pairs


def _federal_government_by_its_people(groups: list[_Group], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(national, federal) pairs: "the Federal Government" beside "the Australian Government", the one government
    the article names by a people's word: the nation's, which its own copy calls federal."""
    national = [i for i, g in enumerate(groups) if g.label == "ORG" and gaz is not None and any(
        len(ws := name_key(a).split()) == 2 and ws[1] == "government" and _peoples_word(ws[0], gaz) for a in g.aliases)]
    if len(national) != 1:
        return []
    return [(national[0], j) for j, g in enumerate(groups) if j != national[0] and g.label == "ORG"
            and any(name_key(a) == "federal government" for a in g.aliases)]


def _bodies_by_their_other_names(groups: list[_Group]) -> list[tuple[int, int]]:
    """(body, other name) pairs: "the Community" beside "the EU", "the Big Board" beside "the NYSE" (_OTHER_NAMES), the
    body the article names first leading."""
    pairs = []
    for other, *names in _OTHER_NAMES:
        held = [i for i, g in enumerate(groups) if g.label != "PERSON" and any(name_key(a) in names for a in g.aliases)]
        nicknamed = [i for i, g in enumerate(groups) if g.label != "PERSON" and any(name_key(a) == other for a in g.aliases)]
        if held and nicknamed:
            for m in (m for j in nicknamed for m in groups[j].mentions):
                m.evidence.add("other name")  # never the name the body goes by
            pairs += [(held[0], j) for j in held[1:] + nicknamed]
    return pairs


def _states_by_their_abbreviations(groups: list[_Group]) -> list[tuple[int, int]]:
    """(state, short) pairs: "WA" beside "Western Australia", "Pa." beside "Pennsylvania", "Tassie" beside "Tasmania":
    a state or territory by its abbreviation or the short name copy gives it, whatever the model took that for,
    where the article names the place in full; a US state by its nickname too ("the Granite State" beside "New
    Hampshire"). Not a city of the state's name: "Washington" is the capital, "Wash." the state."""
    places = {name_key(a): j for j, h in enumerate(groups) if h.label in PLACE_LABELS and not (h.place and h.place.kind == "city")
              for a in h.aliases}
    places |= {district: j for j, h in enumerate(groups) if (district := _district_a_city_is(h))}
    # (a city of its state's name for the abbreviation alone: "New York's Empire State building" is no nickname's)
    cities = {name_key(a): j for j, h in enumerate(groups) if _city_standing_for_its_state(h, groups) for a in h.aliases}
    pairs = [
        (j, i) for i, g in enumerate(groups) if g.label != "PERSON" for a in g.aliases
        if (full := state_abbreviated(a)) and (j := places.get(name_key(full), cities.get(name_key(full), i))) != i
        or (full := state_nicknamed(a)) and (j := places.get(name_key(full), i)) != i
    ]
    # "in Washington, D.C.", one span, beside "in Washington", the city the district is: one place
    pairs += [
        (j, i) for i, g in enumerate(groups) if g.label in PLACE_LABELS for a in g.aliases
        if len(ws := a.replace(",", "").split()) == 2 and (full := state_abbreviated(ws[1])) and (j := places.get(name_key(full), i)) != i
        and name_key(ws[0]) in {name_key(b) for b in groups[j].aliases}
    ]
    for _, i in pairs:
        for m in groups[i].mentions:
            if state_nicknamed(m.text):
                m.evidence.add("other name")  # the state goes by its own name, "Nevada", never "the Silver State"
    return pairs


def _city_standing_for_its_state(g: _Group, groups: list[_Group]) -> bool:
    """Whether a place the gazetteer pins as the city of its state's name ("New York") may be the state, for the state's
    abbreviation ("Rep. Hakeem Jeffries (D-NY)" beside "high-tax states like New York"): so where the article names the
    city no other way ("New York City", "NYC") and lists it with no other city ("In New York, Chicago, Los Angeles and
    dozens of other cities": the city). Never the city a federal district is ("Washington": the capital, "Wash." the
    state)."""
    if not (g.label in PLACE_LABELS and g.place is not None and g.place.kind == "city") or _district_a_city_is(g):
        return False
    if any(h is not g and h.place is not None and h.place.geonameid == g.place.geonameid for h in groups):
        return False
    cities = [m for h in groups if h is not g and h.place is not None and h.place.kind == "city" for m in h.mentions]
    return not any(c.seq == m.seq and (c.start == m.end + 2 or m.start == c.end + 2) for m in g.mentions for c in cities)


def _outlet_named_by(words: list[str], nickname: list[str]) -> bool:
    """Whether a body's name is a news outlet's named by one of the words `nickname` holds ("Fox News" by "Fox"): a common
    noun too ("fox"), which the short names of bodies otherwise never are, the capitalised word beside the outlet's name
    is the outlet's."""
    return len(words) == 2 and words[1] in _OUTLET_NOUNS and words[0] in nickname


def _outlets_by_their_networks_initials(groups: list[_Group]) -> list[tuple[int, int]]:
    """(outlet, initials) pairs: a network's news outlet named in full ("an NBC News report"), then by the network's
    initials alone ("NBC = CNN!", "told CBS"), which copy uses for the outlet it has named. Never initials written
    before the outlet ("partner with CNN or NBC", then "a nightmare for NBC News": the network, the outlet its arm), nor
    initials written only as an owner ("ABC's This Week": the network's show) or ever with "the" of their own ("the
    BBC": the corporation, as copy names an institution)."""
    outlets = {name_key(ws[0]): j for j, h in enumerate(groups) if h.label == "ORG" for b in h.aliases
               if len(ws := b.split()) == 2 and is_acronym(ws[0]) and name_key(ws[1]) in _OUTLET_NOUNS}
    return [(j, i) for i, g in enumerate(groups) if g.label == "ORG" and len(g.aliases) == 1
            and (j := outlets.get(name_key(next(iter(g.aliases))), i)) != i and _first_written(groups[j]) < _first_written(g)
            and not all(OWNER in m.evidence for m in g.mentions) and WITH_THE not in g.evidence]


def _district_a_city_is(g: _Group) -> str | None:
    """The key of the federal district the city `g` is the whole of: copy calls the capital by its district's initials
    ("D.C. insiders", "a D.C. visit", "Washington D.C.'s oversight board") beside the city's own name, one place, as it
    abbreviates a state beside the state's name; only the city the gazetteer pins there, never the state of its name."""
    if g.label in PLACE_LABELS and g.place and g.place.kind == "city" and g.place.country == "US":
        return _DISTRICTS_BY_THEIR_CITY.get(name_key(g.place.name))
    return None


def _party_members_only(g: _Group, parties: AbstractSet[str]) -> bool:
    """Whether a group names only a party's members in the plural ("Republicans", "Democrats", "Tories"): copy names
    bodies after them ("Log Cabin Republicans", "College Republicans", "Young Conservatives"), but the plural alone is
    the members or the party, never the short name of such a body (nor a surname of a name the model read as a
    person's), however few of them the story names."""
    return all((key := name_key(a)).endswith("s") and any(key in _members_of(p.split()) for p in parties) for a in g.aliases)


def _members_party_word(name: str, g: _Group, party: str) -> bool:
    """Whether a party's adjective alone names a member's party, not the party acting: "a Conservative candidate",
    which the model reads as a people's word, and any "Conservative" or "Tory" alone of a party copy calls by its
    members in the plural ("the Conservatives", "the Tories"), though the model took "senior Conservative MP Sir Teddy
    Taylor" for the party before a name; so too a party named by a creed, any country's ("the Liberal leader", "the
    Liberal and Conservative parties" beside Canada's "Liberal Party"; "a Communist deputy"): the adjective and singular
    are one `other`, apart from the party named in full (lead rulings 15 and 37). A party's own word ("Labour",
    "National") or acronym ("the GOP") names the party."""
    return g.label == "NORP" or (party in KNOWN_PARTY_NAMES or _named_by_a_creed(party)) and not is_acronym(name)


def _named_by_a_creed(party: str) -> bool:
    """Whether a party's name (its words before "party", folded) ends on a creed's word ("liberal", "social democratic"
    of the "Social Democrats", "communist"), whose capitalised singular is a member's word, not the party's name."""
    last = party.split()[-1] if party else ""
    return last in PARTY_CREEDS or last.endswith("ic") and last[:-2] in PARTY_CREEDS


def _names_the_party(g: _Group, forms: AbstractSet[str], names: AbstractSet[str], plural_acting: bool = True) -> bool:
    """Whether a group of a party's short forms (`forms`, keys; `names` the party's own words among them) names the
    party, by a mention of one: its full name ("the Tory party"), its own word ("Labour"), its acronym on its own ("if
    the GOP loses the Senate", not "the GOP nominee": an adjective; in most of its uses), a plural acting as one ("the Tories were
    planning", "Democrats could not take"; never beside the party named in full, `plural_acting` False), not members counted or governed ("other senior Republicans had warned",
    "Graham urged Republicans to join": role `other`, apart from the party). A plural the story uses both ways is read
    in its majority sense, a tie in its first use's, as the gold's rule for a form of two senses in one story has it:
    "as Democrats move to unify" once beside "some Democrats argued", "a number of Democrats in Congress", "momentum
    among Democrats" is the members."""
    plural_uses = []
    for m in sorted(g.mentions, key=lambda m: (m.seq, m.start)):
        key = name_key(m.text)
        if key not in forms:
            continue
        if key.endswith(" party") or key in names and not is_acronym(m.text) or key in names and _acronym_mostly_alone(g, names):
            return True
        if key not in names and plural_acting:
            plural_uses.append("bloc" in m.evidence)
    return _majority_reading(plural_uses)


def _voters_beside_a_party_only_owning_them(party: _Group, plural: _Group) -> bool:
    """Whether a party's plural is its voters, as a story of polls writes them, beside a party it names only as the
    whole they are part of ("the growing 'nones' of the Democratic Party"): the plural the subject only of what its
    people think or look like ("Democrats are increasingly viewing morality", "Democrats appear to be more worried"),
    never of an act ("Democrats will regain control"). The party never acts in such a story, so no plural is its; its
    acronym ("the GOP"), no plural of members, is still its name."""
    named = [m for m in party.mentions if name_key(m.text).endswith(" party")]
    acting = [m for m in plural.mentions if "bloc" in m.evidence]
    return bool(named and acting) and all(AFTER_OF in m.evidence for m in named) and all(HOLDS_A_VIEW in m.evidence for m in acting)


def _majority_reading(uses: list[bool]) -> bool:
    """Whether most of a form's uses (in text order) read one way, a tie going to its first use's reading."""
    return 2 * sum(uses) > len(uses) or bool(uses) and 2 * sum(uses) == len(uses) and uses[0]


def _party_acronym_alone(g: _Group, names: tuple[str, ...]) -> bool:
    """Whether a group holds the party's acronym naming it on its own ("Trump hammered Ryan and the GOP"), which is the
    party as its members in the plural acting are ("Republicans say they will ask"); not before a noun ("the GOP
    nominee"), an adjective."""
    return _acronym_mostly_alone(g, names)


# A party's acronym written as its members' word: an adjective ("the GOP nominee"), counting its members ("many in
# GOP", "members of the GOP") or urging them to act ("urged the GOP to focus").
_MEMBERS_WORD = frozenset({"attributive", "members counted", "members urged"})


def _acronym_mostly_alone(g: _Group, names: AbstractSet[str] | tuple[str, ...]) -> bool:
    """Whether a party's acronym names the party in most of its uses, a tie the party's (its name): "hammered Ryan and
    the GOP" once beside "a county GOP office" and "GOP caucus members" is the adjective, "many in GOP" and
    "members of the GOP" its members counted, "urged the GOP to focus" its members urged, as the gold's rule for a form
    of two senses in one story has it. A use hyphened to a participle counts neither way ("the GOP-orchestrated
    shutdown", "Kohl's CDU-led coalition": context.HYPHENED), so an acronym written only so never names the party alone."""
    uses = [bool(m.evidence & _MEMBERS_WORD) for m in g.mentions if name_key(m.text) in names and is_acronym(m.text) and HYPHENED not in m.evidence]
    return bool(uses) and 2 * sum(uses) <= len(uses)


def _one_partys_plurals(groups: list[_Group]) -> list[tuple[int, int]]:
    """(first, other) pairs: a party's members in the plural under each of its names ("top Tories" and "prominent
    Conservatives"), one group of people under either name, and its acronym on its own ("the GOP") with a plural acting
    as one ("Republicans say"), one party acting though the article never writes "Conservative Party". The party's full
    name joins them only as _same_names says (a plural acting as one); a party's adjective alone ("a Tory candidate")
    stays a member's."""
    pairs = []
    for names in {party_names(name) for name in KNOWN_PARTY_NAMES}:
        plurals = {m for name in names for m in _members_of(name.split()) if not m.endswith(" party")} - set(names)
        held = [i for i, g in enumerate(groups) if g.label in {"NORP", "ORG"} and "member" not in g.evidence
                and any(name_key(a) in plurals for a in g.aliases)]
        pairs += [(held[0], j) for j in held[1:]]
        # (a party named in full is the body that "the GOP" names, apart from its members acting: _same_names; lead
        # rulings 25 and 37)
        body = any(name_key(a) in {f"{name} party" for name in names} for g in groups for a in g.aliases)
        acting = [] if body else [i for i in held if _names_the_party(groups[i], plurals, set(names))]
        alone = [i for i, g in enumerate(groups) if g.label in {"NORP", "ORG"} and "member" not in g.evidence and _party_acronym_alone(g, names)]
        pairs += [(i, j) for i in acting[:1] for j in alone]
    return pairs


# A US party's members in the plural, by the words its caucus is written with after a chamber's word ("Senate GOP",
# "House Dems"); after a state's name only the plural itself, a state's "GOP" being the state party, a body
# ("North Carolina GOP").
_CAUCUS_WORDS = {"republicans": frozenset({"republicans", "gop"}), "democrats": frozenset({"democrats", "dems"})}

# The words copy writes a party's caucus in Congress or one of its chambers with: "Senate Republicans", "House
# Democrats", "congressional Republicans", "Hill Democrats".
_CAUCUS_PREFIXES = frozenset({"senate", "house", "congressional", "capitol hill", "hill"})


def _plural_beside_a_caucus(group: _Group, groups: list[_Group], members: set[str]) -> bool:
    """Whether a group is the bare plural of a party (of plurals `members`) whose caucus the story writes ("Senate
    Republicans who oppose him"): the plural ("The Republicans also have a lot of talent") is then that caucus's
    members, one group with it (lead ruling 30), never the party's body named in full, which stays apart (ruling 25);
    the party's acronym ("the GOP") still names the body."""
    plurals = members & _CAUCUS_WORDS.keys()
    return any(name_key(a) in plurals for a in group.aliases) and any(
        _caucus_of(name_key(a), plural) for plural in plurals for g in groups for a in g.aliases)


def _caucus_of(key: str, plural: str) -> bool:
    """Whether a name (key) is the caucus of the party whose plural is `plural`, written with its chamber's or its
    state's word before the party's ("senate republicans", "house gop", "wisconsin democrats"); not members qualified
    ("some republicans", "top democrats"), whose first word is neither."""
    prefix, _, word = key.rpartition(" ")
    if word not in _CAUCUS_WORDS[plural] or not prefix:
        return False
    return prefix in _CAUCUS_PREFIXES or word == plural and bool(abbreviations_of_state(prefix))


def _caucuses_with_their_partys_plural(groups: list[_Group]) -> list[tuple[int, int]]:
    """(plural, caucus) pairs: a chamber's or a state's party caucus written with its prefix ("Senate Republicans",
    "House Dems", "Wisconsin Democrats") beside the party's bare plural acting as one in the story ("Republicans say"),
    or where none acts, written at all (`_plural_written_beside_its_caucus`), one group of the party's members under
    either name, as US copy switches between them (lead ruling 30). A plural only counting voters ("83% of Democrats")
    is no caucus's, nor one read as a member ("member"); a caucus with a name of its own ("House Freedom Caucus",
    "College Republicans") is no prefix and a plural. Where no bare plural acts, a party's caucuses are still one group
    ("Senate Republicans' mounting exasperation" beside "as congressional Republicans defended"), the ruling's plural
    entity named by its prefixed forms."""
    pairs = []
    usable = [(i, g) for i, g in enumerate(groups) if g.label in {"NORP", "ORG"} and "member" not in g.evidence]
    for plural in _CAUCUS_WORDS:
        bare = [i for i, g in usable if any(name_key(m.text) == plural and "bloc" in m.evidence for m in g.mentions)] or [
            i for i, g in usable if _plural_written_beside_its_caucus(g, plural)]
        caucuses = [i for i, g in usable if all(_caucus_of(name_key(a), plural) for a in g.aliases)]
        pairs += [(bare[0], j) for j in caucuses] if bare else [(caucuses[0], j) for j in caucuses[1:]]
    return pairs


def _plural_written_beside_its_caucus(g: _Group, plural: str) -> bool:
    """Whether a group writes a party's bare plural where no bare plural acts as one ("gives other Democrats the
    political cover", "an argument to Democrats that have been reluctant" beside "restive Senate Democrats"): the
    caucus's party members still, one group with it (lead ruling 30 asks the bare plural written, not acting); never
    where every such mention counts voters or members, is a share of them ("83% of Democrats opposed") or picks out
    those doing something ("a focus for Democrats running in 2020": candidates, not a chamber's members), or says what
    named people are ("Phil Berger and House Speaker Tim Moore, both Republicans"), or is a wing a noun names
    ("establishment Republicans like the Chamber of Commerce")."""
    written = [m for m in g.mentions if name_key(m.text) == plural]
    return bool(written) and not all(m.evidence & {"members counted", AFTER_OF, PICKED_OUT} for m in written)


def _same_thing(a: _Group, b: _Group) -> bool:
    """Places or organisations spelled two ways: one gazetteer place, or one romanisation with close spelling."""
    if "PERSON" in (a.label, b.label) or (a.label in PLACE_LABELS) != (b.label in PLACE_LABELS):
        return False
    if a.place and b.place:
        return a.place.geonameid == b.place.geonameid
    if a.label in PLACE_LABELS and bool(a.place) != bool(b.place) and _misspelt_place(a, b):
        return True
    for x in a.aliases:
        for y in b.aliases:
            kx, ky = bare_key(x), bare_key(y)
            if len(kx) >= T.SPELLING_VARIANT_MIN_CHARS and translit_key(x) == translit_key(y) and fuzz.ratio(kx, ky) >= T.SPELLING_VARIANT_MIN_RATIO:
                return True
            if _transposed(kx, ky):
                return True
            if a.label == b.label == "ORG" and (_one_letter_mistyped(x, y) or _one_word_misspelt(kx, ky)):
                return True
    return False


def _one_letter_mistyped(x: str, y: str) -> bool:
    """"Bafors Nobel Inc" and "Bofors Nobel", "Deustche Bank" and "Deutsche Bank": a body's name of two words or more
    (legal forms aside) that copy types once with one letter of one long word changed, not its first, or two
    neighbouring letters of it swapped; the other words alike."""
    xs, ys = (_CORPORATE_SUFFIX.sub("", name_key(n)).split() for n in (x, y))
    if len(xs) != len(ys) or len(xs) < 2:
        return False
    differ = [(u, v) for u, v in zip(xs, ys) if u != v]
    return len(differ) == 1 and len(u := differ[0][0]) == len(v := differ[0][1]) >= 5 and u[0] == v[0] and (
        Levenshtein.distance(u, v) == 1 or _transposed(u, v, shortest=5))


def _one_word_misspelt(x: str, y: str) -> bool:
    """"DaimerChrysler" and "DaimlerChrysler": a body's name of one long word (keys) that copy misspells once, one letter
    left out or doubled letter written single inside it, two neighbouring letters swapped."""
    return " " not in x and " " not in y and _misspelt_word(x, y)


def _misspelt_place(a: _Group, b: _Group) -> bool:
    """A place's name of two words or more the gazetteer knows, and the same name with one letter
    dropped, added or changed inside it, which it does not ("the Unites States", "the United tates" in wire
    copy); not at its end, which makes a people's word ("Sri Lankan" of "Sri Lanka")."""
    placed, other = (a, b) if a.place else (b, a)
    names = {bare_key(x) for x in placed.aliases}
    return any(len(ky := bare_key(y)) >= T.SPELLING_VARIANT_MIN_CHARS and " " in ky and any(
        len(kx.split()) == len(ky.split()) and kx[-1] == ky[-1] and Levenshtein.distance(kx, ky) == 1 for kx in names)
        for y in other.aliases)


def _acronym_said_as_a_word(name: str, g: _Group) -> bool:
    """"Hefce", "Nato": an acronym said as a word, which British copy writes with one capital; a word no text calls a
    person's (the caller asks whether its letters spell a long name of the article). Of three letters only one the
    model read as a body ("Bat consistently declines to comment" of British American Tobacco): a person's ("Bob") or
    a word's are more often three letters."""
    return " " not in name and (len(name) >= 4 or len(name) == 3 and g.label == "ORG") and name.istitle() and "person" not in g.evidence


def _spells_its_own_name(g: _Group, acronyms: list[str]) -> bool:
    """Whether the group already holds a long name its acronym spells, as a story that defines it does ("The European
    Community (EC)"): the acronym is that body's, though another name of the story spells it too ("the EC's Executive
    Commission")."""
    return any(acronym_of(a, b) for a in acronyms for b in g.aliases if " " in b)


def _taken_for_nobody(g: _Group, named_words: AbstractSet[str]) -> bool:
    """"the Gallipoli battlefield", which the model read as a person's name: one word no text calls a person's,
    and no word of a person the article names in full."""
    return g.label == "PERSON" and not g.evidence & {"person", "surname", "given"} and all(
        " " not in a and name_key(a) not in named_words for a in g.aliases)


def _land_taken_for_a_place(g: _Group) -> bool:
    """"over the Golan" beside "the Golan Heights": the first word of a land's name alone, which the model read as a
    place no gazetteer knows (no town of that name, no one's name), or as a body nothing says is one ("if the Barossa is
    over irrigated"): the land, the noun dropped once it is named."""
    return (g.label in {"LOC", "GPE"} or g.label == "ORG" and not g.evidence & _BODY_EVIDENCE) and not g.evidence & {"person", "surname", "given"}


def _trade_noun(name: str, nouns: AbstractSet[str]) -> bool:
    """"Foods" of "Compass Foods": a firm's last word that is a common noun (or its plural) names its trade,
    which a firm is never called by alone (its first word is its short name); a club named after its town
    goes by such a noun ("the Thunder" of "Oklahoma City Thunder"), which the caller allows, and so does a
    surname the model reads as a name, not as a plural noun ("Sowers" of an "Eyamba Sowers" it took for a body)."""
    key = name_key(name)
    return " " not in key and not is_acronym(name) and (key in nouns or key.endswith("s") and key[:-1] in nouns)


def _chamber_apart(body: _Group, short: _Group, place_names: set[str], gaz: Gazetteer | None) -> bool:
    """"the House" beside "the White House" or "Random House": the chamber word alone is a legislature's ("the House
    voted"), a name ending with it a building's or a firm's, never the chamber (a state's, "the Texas House", may be)."""
    ends = [name_key(a) for a in short.aliases if " " not in a and name_key(a) in _CHAMBER_WORDS]
    return bool(ends) and not _named_after_a_place(body, ends, place_names, gaz) and any(
        len(ws := name_key(a).split()) > 1 and ws[-1] in ends for a in body.aliases) or _named_after_the_chamber(body, short) \
        or _a_states_chamber(body, short) or _a_states_chamber_named_in_titles_only(body, short, gaz) \
        or _gathering_beside_the_legislature(body, short, place_names, gaz)


def _a_states_chamber(body: _Group, short: _Group) -> bool:
    """"the Senate" beside "the State Senate" (or "the state House"): copy names a state's chamber by the word "state"
    to tell it from the nation's, which the chamber's word alone names (an envoy's appointment "blocked in the Senate",
    beside a source who was "a former Republican minority leader of the State Senate")."""
    chambers = {name_key(a) for a in short.aliases if " " not in a} & _CHAMBERS
    return bool(chambers) and any(name_key(a).split() in ([_STATE_WORD, c] for c in chambers) for a in body.aliases)


def _a_states_chamber_named_in_titles_only(body: _Group, short: _Group, gaz: Gazetteer | None) -> bool:
    """"the sharply divided Senate" beside "Maine Senate President Troy Jackson" and "the Maine Senate president": a
    state's chamber the copy names only as the first words of its officer's title is his office's, a chamber it never
    writes of, so the chamber's word alone is the nation's. (A state's chamber written as a body of its own, "seven
    Democrats in the Missouri Senate", is what "the Senate" names after it.)"""
    chambers = {name_key(a) for a in short.aliases if " " not in a} & _CHAMBERS
    return bool(chambers) and gaz is not None and all(BEFORE_ITS_OFFICERS_TITLE in m.evidence for m in body.mentions) and all(
        len(ws := name_key(a).split()) > 1 and ws[-1] in chambers and gaz.region(" ".join(ws[:-1])) for a in body.aliases)


def _named_after_the_chamber(body: _Group, short: _Group) -> bool:
    """"the Senate" beside "the Senate Leadership Fund" or "the House Majority PAC": a chamber's word alone is the
    chamber, a body of its own; a name it opens, going on with words of its own, is a body named after it (a fund, a
    committee), never the chamber. Not "the House of Representatives", the chamber's own name."""
    opens = {name_key(a) for a in short.aliases if " " not in a} & _CHAMBERS
    return bool(opens) and any(len(ws := name_key(a).split()) > 1 and ws[0] in opens and ws[1] != "of" for a in body.aliases)


# Words before "Parliament" that name a parliament of many nations, whose short name a nation's own "Parliament" never is.
_MANY_NATIONS_PARLIAMENTS = frozenset({"european", "pan-african", "pan african", "african", "arab", "latin american", "central american", "andean"})


def _another_legislature(words: list[str]) -> bool:
    """Whether a body's name (its words) ending on a legislature's word is another legislature than the one that word
    alone names, written bare ("a deal with Congress", "through Parliament": context "legislature"): any name so for
    Congress ("the Indian National Congress"); for a parliament, one of many nations ("the European Parliament", beside
    Westminster's "Parliament"), where "the British Parliament" is the nation's own and "the Second Chamber of
    Parliament" one of its parts (session 58, round 100's johnson_let_healing_begin)."""
    return words[-1] != "parliament" or " ".join(words[:-1]) in _MANY_NATIONS_PARLIAMENTS


# A nation's legislature its one word names, which copy writes bare ("Congress' latest effort").
_LEGISLATURE_WORDS = frozenset({"congress", "parliament"})
# The members a legislature's own long name says it is of ("the Congress of Deputies").
_LEGISLATORS = frozenset({"deputies", "representatives", "delegates"})


def _gathering_beside_the_legislature(body: _Group, short: _Group, place_names: AbstractSet[str], gaz: Gazetteer | None) -> bool:
    """"Congress" beside "the Congress of Christian Leaders" or "the Congress of Racial Equality": the legislature's
    word alone is the nation's legislature; a body named as a congress of some people or cause is a gathering of its
    own, never its long name. Not "the Congress of the Philippines" or "the Parliament of Canada", of a place, nor "the
    Congress of Deputies", of its members: the legislature's own names."""
    words = {name_key(a) for a in short.aliases if " " not in a} & _LEGISLATURE_WORDS
    return bool(words) and any(
        len(ws := name_key(a).split()) > 2 and ws[0] in words and ws[1] == "of" and not _of_a_place_or_its_members(ws[2:], place_names, gaz)
        for a in body.aliases)


def _of_a_place_or_its_members(words: list[str], place_names: AbstractSet[str], gaz: Gazetteer | None) -> bool:
    """Whether the words after a legislature's "of" name a place ("the Philippines") or its members ("Deputies")."""
    rest = " ".join(words[1:] if words[0] == "the" else words)
    return rest in place_names or rest in _LEGISLATORS or gaz is not None and gaz.lookup(rest) is not None
