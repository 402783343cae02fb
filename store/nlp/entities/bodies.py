"""Whether two names are one organisation or body: a firm and its founder's name, a body with and
without its noun, its trade or its place, a party and its people, an office spelt two ways."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set as AbstractSet

from .. import recall
from .. import thresholds as T
from ..gazetteer import Gazetteer, Place
from ...names import FUNCTION_WORDS, is_acronym, KNOWN_PARTY_NAMES, name_key, PARTY_CREEDS, party_names
from .base import (
    _BODY_HEAD_NOUNS, _CORPORATE_SUFFIX, _FIRM_NOUNS, _FULL_NAME_ENDS, _Group, INSTITUTION_WORDS, _LEADING, leaders_body, LEGAL_FORMS, _MASTHEAD_WORDS,
    _OFFICE, _OFFICE_OF_A_BODY, _PART_OF_A_BODY, PLACE_LABELS, REGION_NOUNS, _SAINTS_POSSESSIVE, _WRITTEN_AS_A_PLACE,
)
from .surnames import _clips


# A firm's legal name: its name and trade, then the legal form that closes it ("Phillips Petroleum
# Co", "Morgan Stanley Group"), and the country it is of ("Dominion Textiles Inc of Canada").
# A bank holding company's "Bancorp" closes it as "Corp" does ("First Interstate Bancorp").
_LEGAL_CLOSES = LEGAL_FORMS | {"group", "bancorp"}
_LEGAL_NAME = re.compile(r"(?P<name>.+?) (?:" + "|".join(sorted(_LEGAL_CLOSES)) + r")(?: of(?: [a-z]+){1,3})?")

# One of a people, by the people's word: "Welshman" of "Welsh", "Frenchman", "Scotsman" (not "Chairman").
_ONE_OF_A_PEOPLE = re.compile(r"(.{3,}(?:sh|ch|[^s]s|x))(?:wo)?m[ae]n")

_OFFICE_LAST = re.compile(r"^(?P<lead>(?:U\.?S\.?|U\.?K\.?|U\.?N\.?) )?(?P<field>.+) (?P<office>Department|Ministry|Office|Bureau)$")


def _opens(words: list[str], names: list[str]) -> bool:
    """A longer name opens with one of `names` (keys): "take two interactive" with "take two"."""
    return any(len(words) > len(ns := n.split()) and words[: len(ns)] == ns for n in names)


def _trade_of(name: str, short_names: Iterable[str]) -> bool:
    """Whether `name` is a firm's legal name that one of `short_names` (keys) names without the trade
    word and legal form the wire writes once: "Phillips" of "Phillips Petroleum Co", "Toronto Sun" of
    "Toronto Sun Publishing Corp", "Morgan Stanley" of "Morgan Stanley Group". One trade word at most:
    "General Motors Acceptance Corp" is no "General"."""
    m = _LEGAL_NAME.fullmatch(name_key(name))
    words = m["name"].split() if m else []
    return any(words[: len(ns := n.split())] == ns and len(words) - len(ns) <= 1 for n in short_names)


def _trade_written_in_its_name(name: str, short_names: Iterable[str], written: AbstractSet[str]) -> bool:
    """Whether a firm's legal name, its legal form dropped, is a name the article writes too ("NBC Sports Group", then
    "NBC Sports anchor Bob Costas"), and not one of `short_names` (keys): then its trade word is no word the wire writes
    once but part of the name copy calls it by, a unit named after its parent ("NBC Sports" of "NBC"), and the shorter
    name is the parent's, no short name of the unit's."""
    m = _LEGAL_NAME.fullmatch(name_key(name))
    return bool(m) and m["name"] in written and m["name"] not in short_names


def _branch_after_its_body(branch: _Group, body: _Group) -> bool:
    """Whether a people's word and a body's name ("the Pakistani Taliban, as well as other insurgents") is first written
    after the copy has used the body's name alone (`body`: "children of Taliban fighters", "the Taliban commander"):
    copy names a body in full before it clips it ("The Afghan Taliban ... claimed", then "the Taliban swapped"), so a
    people's word it adds to a body already known names that people's branch of it, no fuller name of the body."""
    first = _first_written(branch)
    return sum((m.seq, m.start) < first for m in body.mentions) >= T.BODY_KNOWN_BEFORE_ITS_BRANCH_USES


def _legal_name_opened_by(firm: _Group, g: _Group) -> bool:
    """Whether each of g's names opens one of the firm's legal names, which adds its trade and legal form
    ("Mark IV" of "Mark IV Industries Inc")."""
    return all(any(_trade_of(b, [name_key(a)]) for b in firm.aliases) for a in g.aliases)


def _party_adjectives_apart(groups: list[_Group]) -> list[_Group]:
    """"a Republican candidate" beside "the Republicans" and "the Republican Party": the party's
    adjective names a member's party, its plural the party acting. The model's one people's word or
    body (NORP or ORG: "Republican" and "Republicans", "Socialist" and "Socialists" in one group) loses
    its adjective's mentions to a new group, returned, so that only the plural joins the party."""
    parties = _party_names_of(groups)
    apart = []
    for g in groups:
        if _party_read_as_a_place(g, parties):
            g.label = "NORP"
        adjective = [m for m in g.mentions if name_key(m.text) in parties] if g.label in ("NORP", "ORG") or _party_read_as_people(g, parties) else []
        if adjective and len(adjective) < len(g.mentions):
            g.mentions = [m for m in g.mentions if all(m is not a for a in adjective)]
            apart.append(_Group(adjective, "NORP"))
    return apart


def _nationality_adjectives_apart(groups: list[_Group]) -> list[_Group]:
    """"the Saudis state in the white paper" beside "Saudi officials", "the Saudi government" and "Saudi Arabia": the
    adjective that opens its country's name (Saudi Arabia, the Czech Republic, the Dominican Republic), which copy
    writes alone only before a noun, describes; its plural names the nation acting (its government, as copy means "the
    Saudis"). The model's one people's word (grouped by its singular) loses the adjective's mentions to a new group,
    returned, as a party's adjective leaves its plural (`_party_adjectives_apart`): the plural an actor, the adjective
    `other`. Not a people's word made of its country's name ("Americans", "Kuwaitis"), which copy writes as a noun
    for the people themselves, one `other` entity with its adjective; nor a sect's ("Sunni militants", "Sunnis"). So
    too where the model read the plural acting as a body ("the Saudis had to get their investigation done"): one word
    in both numbers is still the people's word, no body's name."""
    apart = []
    for g in groups:
        peoples_word = g.label == "NORP" or g.label == "ORG" and all(" " not in a for a in g.aliases)
        plurals = {key for m in g.mentions if (key := name_key(m.text)).endswith("s")} if peoples_word else set()
        adjective = [m for m in g.mentions if (key := name_key(m.text)) + "s" in plurals and _opens_a_country_named(key, groups)]
        if adjective and len(adjective) < len(g.mentions):
            for m in g.mentions:
                m.evidence.add(NATIONALITY)  # each still a people's word, no short name of a body ending in it
            g.mentions = [m for m in g.mentions if all(m is not a for a in adjective)]
            apart.append(_Group(adjective, "NORP"))
    return apart


# The evidence of a movement's adjective split from its members' plural: no people's word of that plural.
MOVEMENTS_ADJECTIVE = "movement's adjective"


def _movements_adjectives_apart(groups: list[_Group], gaz: Gazetteer | None) -> list[_Group]:
    """"the Houthis took him into custody" beside "Yemen's Houthi rebels", "a Houthi militant": a movement's one word,
    which the model read as a body's name, written in the plural for its members acting and in the singular only before
    a noun, their adjective, as a party's words are (lead ruling 15: the plural an actor, the adjective `other`, a pair
    kept apart). The group loses the adjective's mentions to a new group, returned. Never a people's word the gazetteer
    knows ("American voters" beside "Americans"), which is one `other` in both numbers."""
    apart = []
    for g in groups:
        if g.label != "ORG" or any(" " in a for a in g.aliases) or gaz is not None and any(_peoples_word(name_key(a), gaz) for a in g.aliases):
            continue
        plurals = {key for m in g.mentions if (key := name_key(m.text)).endswith("s")}
        adjective = [m for m in g.mentions if name_key(m.text) + "s" in plurals]
        if adjective and len(adjective) < len(g.mentions) and all("attributive" in m.evidence for m in adjective):
            for m in adjective:
                m.evidence.add(MOVEMENTS_ADJECTIVE)
            g.mentions = [m for m in g.mentions if all(m is not a for a in adjective)]
            apart.append(_Group(adjective, "NORP"))
    return apart


# The evidence of a nation's people's word split from its other number: a people's word still ("Define American", an
# immigrant-rights group, is no long name of the adjective "American" beside "Americans").
NATIONALITY = "nationality"


def _opens_a_country_named(key: str, groups: list[_Group]) -> bool:
    """Whether a word (a key) opens the name of a country the article names: "saudi" of "Saudi Arabia"."""
    return any(h.place is not None and h.place.kind == "country" and name_key(a).startswith(key + " ") for h in groups for a in h.aliases)


def _party_read_as_people(g: _Group, parties: AbstractSet[str]) -> bool:
    """Whether the model read a party named in the plural as people ("some Democrats", "the liberal Democrat that he
    really is", one group by their key): its member's word is then apart from it too."""
    return g.label == "PERSON" and "plural" in g.evidence and any(
        (key := name_key(m.text)).endswith("s") and key[:-1] in parties for m in g.mentions)


def _party_read_as_a_place(g: _Group, parties: AbstractSet[str]) -> bool:
    """Whether the model read a party's words as a place ("a solidly Republican, mostly rural ... state" made the
    group of "Republican" and "Republicans" a GPE): a group of nothing but a party's adjective and its plural is the
    party's words, no place, whatever label its mentions voted for."""
    return g.label in PLACE_LABELS and g.place is None and all(
        (key := name_key(m.text)) in parties or key.endswith("s") and key[:-1] in parties for m in g.mentions)


# Words of a movement that, as a party's creed, name its members in the plural acting ("the Nazis stole the gold") and,
# singular, its adjective ("Nazi concentration camps"), though no party of the article is named by them.
_MOVEMENT_CREEDS = frozenset({"nazi", "fascist", "maoist"})


def _party_names_of(groups: list[_Group]) -> AbstractSet[str]:
    """The names of the article's parties (the words before "party", folded), their other names, and
    the parties known by name ("the Conservatives" beside "a Conservative candidate") or by creed ("the
    Communists" beside "Communist allies", "the Nazis" beside "Nazi camps"), and a body named in the plural that the article also clips ("the
    Liberal Democrats", "the Lib Dems"): a party by its members."""
    aliases = [a for g in groups for a in g.aliases]
    clipped = {key[:-1] for b in aliases if (key := name_key(b)).endswith("s") and any(_clips(a, b) for a in aliases)}
    return KNOWN_PARTY_NAMES | PARTY_CREEDS | _MOVEMENT_CREEDS | clipped | {
        name for g in groups if g.label == "ORG" for a in g.aliases
        if len(ws := name_key(a).split()) > 1 and ws[-1] == "party" for name in party_names(" ".join(ws[:-1]))
    }


# Last words of a body of members, which a town's people form and name after their town and a cause: "the Slough
# Conservative Association", "the Sheboygan Liberty Coalition".
_BODIES_OF_MEMBERS = frozenset({"association", "coalition", "alliance", "society", "league", "club", "federation", "union"})


def _town_a_body_is_named_after(g: _Group, body: _Group, groups: list[_Group], gaz: Gazetteer | None) -> Place | None:
    """"Slough's constituency association" beside "Slough Conservative Association": one word the
    model took for a person and the gazetteer knows as a town is the town the body is named after,
    or pinned as the article's other places are where the body is a local body of members named after its town and a
    cause ("Paul was present at the Sheboygan stop" beside "the Sheboygan Liberty Coalition" and Wisconsin's towns: a US
    town too small to be known the world over; not "Brookings" of "the Brookings Institution" nor "Wright" of "Wright
    Investors Service", a founder's name).
    A firm keeps its short name ("Toyota" of "Toyota Motor Corp"); a word the model read as an
    organisation ("Delta" of "Delta Airlines") is not asked."""
    (word,) = g.aliases if len(g.aliases) == 1 else ("",)
    described = all(len(ws := name_key(a).split()) > 2 and ws[-1] in _BODIES_OF_MEMBERS for a in body.aliases)
    countries = frozenset(h.place.country for h in groups if h.place) if described else frozenset()
    town = gaz.lookup(word, countries) if gaz and " " not in word else None
    if town is None or any(_CORPORATE_SUFFIX.search(name_key(a)) for a in body.aliases):
        return None
    return town


def _named_of_a_place(words: list[str], place_names: AbstractSet[str], gaz: Gazetteer | None) -> bool:
    """"University of Adelaide", "Bank of England": a body named as being of a place, whose last word is that
    place ("the Adelaide team" is the city's), never the body alone as "Lords" is "House of Lords"'s."""
    if len(words) < 3 or words[-2] != "of":
        return False
    return words[-1] in place_names or gaz is not None and gaz.lookup(words[-1]) is not None


def _town_a_body_is_of(g: _Group, groups: list[_Group], gaz: Gazetteer | None) -> Place | None:
    """"the Adelaide team" beside "the University of Adelaide": one word the model read as a body, which the
    gazetteer knows as a city and another body of the article is named as being of, is that city."""
    (word,) = g.aliases if len(g.aliases) == 1 else ("",)
    countries = frozenset(h.place.country for h in groups if h.place)  # pinned as the article's other places are
    town = gaz.lookup(word, countries) if gaz and word and " " not in word else None
    if town is None or town.kind != "city":
        return None
    key = name_key(word)
    bodies_of_it = any(
        len(ws := name_key(a).split()) > 2 and ws[-2:] == ["of", key] for h in groups if h.label == "ORG" for a in h.aliases)
    return town if bodies_of_it else None


def _named_after_a_place(g: _Group, nickname: list[str], place_names: set[str], gaz: Gazetteer | None) -> bool:
    """A club's name: a place, then its nickname ("Manchester United", "Los Angeles Lakers")."""
    for a in g.aliases:
        ws = name_key(a).split()
        if len(ws) > 1 and ws[-1] in nickname:
            town = " ".join(ws[:-1])
            if town in place_names or gaz is not None and gaz.lookup(town):
                return True
    return False


def _town_named_last(words: list[str], single: list[str], place_names: set[str], gaz: Gazetteer | None) -> bool:
    """A club's name: its own word, then its town ("Inter Milan", "Sporting Lisbon"), which copy drops ("Inter")."""
    if len(words) != 2 or words[0] not in single:
        return False
    return words[1] in place_names or gaz is not None and (place := gaz.lookup(words[1])) is not None and place.kind == "city"


def _word_bodies_share(groups: list[_Group], i: int, words: list[str]) -> bool:
    """"Welsh" beside the "Welsh Assembly Government" and the "Welsh Development Agency": a word opening the
    names of two bodies or more (their second words differ), none a firm's legal name, is their place's or
    people's word, the short name of none. ("Toyota" beside "Toyota Motor Corp" and "Toyota Motor Credit
    Co" is the firm's.)"""
    names = [
        ws for j, h in enumerate(groups) if j != i and h.label == "ORG" for a in h.aliases
        if _opens(ws := name_key(a).split(), words)
    ]
    return len({ws[1] for ws in names}) > 1 and not any(_CORPORATE_SUFFIX.search(" ".join(ws)) for ws in names)


def _firm_named(groups: list[_Group], i: int) -> int | None:
    """A short name written as a brand is ("HCA", "SiliconANGLE": an acronym, or capitals inside
    the word) beside the one organisation named by it and a firm's noun ("HCA Healthcare",
    "SiliconANGLE Media"): the firm's short name. Not a place the gazetteer knows, nor a unit
    ("Acme Cloud" is no firm's noun), nor an arm a body's noun names ("EC Commission" is the
    Commission of the European Community, "EC"), nor an arm named after a short name written before it ("NBC", then
    "NBC Entertainment": the network, then its arm). A trade's plural is a firm's noun: "GBQC Architects"."""
    g = groups[i]
    if g.label == "PERSON" or g.place or "place" in g.evidence:
        return None
    words = {name_key(a) for a in g.aliases if " " not in a and (is_acronym(a) or any(ch.isupper() for ch in a[1:]))}
    if not words:
        return None
    firms = {
        j for j, h in enumerate(groups) if j != i and h.label == "ORG" and _first_written(h) < _first_written(g)
        and any(len(ws := name_key(a).split()) == 2 and ws[0] in words and (ws[1] in _FULL_NAME_ENDS - _BODY_HEAD_NOUNS or _trades_plural(ws[1]))
                for a in h.aliases)
    }
    return firms.pop() if len(firms) == 1 else None


# Endings of a plural noun of people who practise a trade: "architects", "engineers", "consultants", "associates".
_PRACTITIONERS = ("ers", "ors", "ists", "ects", "ants", "ents", "ates", "eys")


def _trades_plural(word: str) -> bool:
    """"architects", "engineers", "partners": a plural noun of those who practise a trade, which names their firm after
    its initials ("GBQC Architects"); not the plural of what a firm's arm makes ("NBC News", "BBC Films", an arm of
    its own), nor a singular ("Acme Cloud")."""
    return word.endswith(_PRACTITIONERS)


def _firm_named_after_first(groups: list[_Group], i: int, person: int) -> int | None:
    """A family name that ends one person's name and opens the legal name of the one firm named in full
    before him ("de Havilland" beside "de Havilland Aircraft of Canada Ltd", then "the operation
    started by Geoffrey de Havilland"): the firm, which the story was about before its founder came
    up. Not a body named after him without a legal form ("Tower" of the "Tower Commission" and John Tower),
    nor a name the text gives as a person's ("Mr de Havilland", "de Havilland, who ..."), nor a surname
    first written once he is named in full ("Cain Chemical Inc", then "Chairman Gordon Cain", then "Cain
    said"): the man, whom copy goes on calling by it."""
    g = groups[i]
    if groups[person].label != "PERSON" or g.evidence & {"person", "surname"}:
        return None
    if _first_written(g) > _first_written(groups[person]):
        return None
    short = [name_key(a) for a in g.aliases]
    founder_named = min(m.seq for m in groups[person].mentions)
    firms = {
        j for j, h in enumerate(groups) if j != i and h.label == "ORG" and min(m.seq for m in h.mentions) < founder_named
        and any(_CORPORATE_SUFFIX.search(name_key(a)) and _opens(name_key(a).split(), short) for a in h.aliases)
    }
    return firms.pop() if len(firms) == 1 else None


# "the Bank" alone, capitalised, for a bank no firm's legal form closes: a central or a development bank ("the African
# Development Bank ... the Bank said"), which copy names so as it names the Bank of England.
_PUBLIC_BANK = frozenset({"bank"})


# Words after a body's head noun that say what the body is of or for: "the Bank of England", "the House Select
# Committee on Benghazi" (whose "Committee" alone is the committee).
_HEAD_OF = frozenset({"of", "on"})


def _bodies_headed_by(groups: list[_Group], i: int) -> list[int]:
    """"the Bank" beside "the Bank of England", "the Ministry" beside "the Ministry of International
    Trade and Industry": a body's head noun, written alone with its capital, stands for the body
    named as that noun of something (the one such body, or it says nothing); so does the head noun that
    ends a body's name (a bank's too, no firm's) or comes before its "of" or "on" ("the Commission" of "the European Commission", "the
    Association" of "the National Association of Manufacturers", "the Committee" of "the Joint Committee on Taxation")."""
    g = groups[i]
    if g.label != "ORG" or g.place or any(" " in a or is_acronym(a) for a in g.aliases):
        return []
    heads = {name_key(a) for a in g.aliases}
    inner = heads & _BODY_HEAD_NOUNS
    return [
        j for j, h in enumerate(groups) if j != i and h.label == "ORG"
        and any(len(ws := name_key(a).split()) > 2 and ws[0] in heads and ws[1] in _HEAD_OF or len(ws) > 1 and (
            ws[-1] in inner or any(w in inner and after in _HEAD_OF for w, after in zip(ws[1:], ws[2:]))
            or ws[-1] in heads & _PUBLIC_BANK and not _CORPORATE_SUFFIX.search(" ".join(ws))) for a in h.aliases)
    ]


# How many paragraphs before a body's head noun alone the body it stands for may be named, of several bodies so headed.
_HEAD_NOUN_REACH = 2


def _body_named_last_before(groups: list[_Group], bodies: list[int], g: _Group) -> int | None:
    """Of several bodies a head noun alone may stand for, the one named last before the article first writes it, in
    its paragraph or the one or two before: "the African Development Bank ... the Bank said", though the World Bank
    and the Asian Development Bank come up later; "the National Association of Automotive Vehicle Manufacturers",
    then "the Association", after a "Brazilian Association of ..." two paragraphs up. None when the one named last
    is further up, or another is named in its paragraph ("the European Commission and the Securities and Exchange
    Commission met ... The Commission will")."""
    first = _first_written(g)
    before = [(m.seq, m.start, j) for j in bodies for m in groups[j].mentions if (m.seq, m.start) < first]
    if not before:
        return None
    seq, start, last = max(before)
    if first[0] - seq > _HEAD_NOUN_REACH or len({j for s, _, j in before if s == seq}) > 1:
        return None
    return last


def _one_body_with_and_without_its_noun(groups: list[_Group], owners: set[int]) -> list[int] | None:
    """Groups that are one body written with and without its head noun ("Federal Reserve", "Federal
    Reserve Board"), the shortest name first; None when any of them is named otherwise."""
    words = {j: [name_key(a).split() for a in groups[j].aliases] for j in owners}
    base = min(owners, key=lambda j: min(map(len, words[j])))
    short = min(words[base], key=len)
    if all(j == base or any(ws[:-1] == short and ws[-1] in _BODY_HEAD_NOUNS for ws in words[j]) for j in owners):
        return [base, *sorted(owners - {base})]
    return None


def _bodies_without_their_trade(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a body's name of two words or more and the one body named so with what
    its full name adds, a firm's trade and legal form ("Toronto Sun" of "Toronto Sun Publishing
    Corp") or a body's head noun ("Federal Reserve" of "Federal Reserve Board"; not a part of it, as the
    "Security Council Committee" is no "Security Council"), nor the brand's arm in a place ("Acme" of "Acme
    Europe Ltd"), unless the short name keeps the place."""
    organisations = [(j, a) for j, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if " " in a]
    arms = {m.text for g in groups for m in g.mentions if "arm" in m.evidence}
    pairs = []
    for i, g in enumerate(groups):
        short = [name_key(a) for a in g.aliases if " " in a] if g.label in {"ORG", "NORP"} else []
        arm = bool(g.aliases & arms)
        owners = {
            j for j, b in organisations if j != i and (arm or b not in arms) and any(
                (_trade_of(b, [s]) if g.label == "ORG" else _legal_form_of(b, s))
                or g.label == "ORG" and (ws := name_key(b).split())[:-1] == s.split() and ws[-1] in _BODY_HEAD_NOUNS - _PART_OF_A_BODY
                for s in short)
        }
        if len(owners) == 1:
            g.label = "ORG"  # "a San Miguel spokesman", which the model read as a people's word, of "San Miguel Corp"
            pairs.append((owners.pop(), i))
    return pairs


def _legal_form_of(name: str, short: str) -> bool:
    """Whether `name` is `short` (a key) and a legal form, nothing between: "San Miguel Corp" of "San
    Miguel" (not "Sri Lankan Airlines Ltd" of a people's "Sri Lankan")."""
    m = _LEGAL_NAME.fullmatch(name_key(name))
    return bool(m) and m["name"] == short


def _unplaced(name: str, place_names: set[str]) -> str:
    """A long name without the place it opens with: "PUC" spells "California Public Utilities
    Commission" once "California" is dropped."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and name_key(words[0]) in place_names else name


def _peoples_other_words(groups: list[_Group], one_word: dict[str, int]) -> list[tuple[int, int]]:
    """(people's word, other) pairs: "Yugoslavs", which the model took for a body, and "Yugoslav";
    "Welshman" and "Welsh". Both are the people's words (NORP), but a party's adjective ("Conservative")
    never joins its plural here, which is the party's, nor an adjective that opens its country's name, split from its
    plural (`_nationality_adjectives_apart`: "Saudi officials" beside "the Saudis had to get their investigation done"),
    nor a movement's (`_movements_adjectives_apart`)."""
    words = {name_key(a): i for i, g in enumerate(groups) for a in g.aliases if " " not in a}
    norp = {name_key(a): i for i, g in enumerate(groups) if g.label == "NORP" for a in g.aliases if " " not in a}
    parties = _party_names_of(groups)
    pairs = []
    for key, i in one_word.items():
        j = norp.get(key[:-1]) if key.endswith("s") and key[:-1] not in parties else None
        if j is not None and j != i and not groups[j].evidence & {NATIONALITY, MOVEMENTS_ADJECTIVE}:
            groups[i].label = "NORP"
            pairs.append((j, i))
    for key, i in words.items():
        m = _ONE_OF_A_PEOPLE.fullmatch(key)
        j = words.get(m[1]) if m else None
        if j is not None and j != i and "person" not in groups[i].evidence | groups[j].evidence \
                and groups[j].place is None and groups[j].label not in PLACE_LABELS:  # "the States" is no people's word
            groups[i].label = groups[j].label = "NORP"
            pairs.append((j, i))
    return pairs


# Parties named after their place in the spectrum, whose members copy names by another word: the Centre Party's
# "Centrists" (Finland's, Sweden's, Norway's).
_POSITIONS = {"centre": "centrists", "center": "centrists"}


def _members_of(party: list[str]) -> set[str]:
    """What a party's name (its words before "party", folded) is written as alone: "labour", and
    its members in the plural: "conservatives", "tories" of "tory", "democrats" of "democratic";
    and its full name ("tory party" of the Conservative Party's other name)."""
    *lead, last = party
    plurals = {last, last + "s", last + " party"}
    if re.search(r"[^aeiou]y$", last):
        plurals.add(last[:-1] + "ies")
    if last.endswith("ic"):
        plurals.add(last[:-2] + "s")
    if last in _POSITIONS:
        plurals.add(_POSITIONS[last])
    return {" ".join([*lead, w]) for w in plurals}


# A legislature's chambers, whose committees copy names with and without the chamber's word.
_CHAMBERS = frozenset({"house", "senate"})


# Words of a body's reach that copy drops from its name once it has named it: "the International Whaling Commission",
# then "the Whaling Commission".
_SCOPE_WORDS = frozenset({"international", "national"})

# A committee's committee, which copy calls by its field once it has named its parent ("the House Ways and Means Trade
# Subcommittee", then "the Trade Subcommittee").
_SUBCOMMITTEE = frozenset({"subcommittee"})


def _reach_or_parent(lead: list[str], head: str) -> bool:
    """Whether the words a body's full name opens with are its reach ("International") or, for a subcommittee, its
    parent ("House Ways and Means"), which its short name leaves out. A paper's reach names an edition of its own,
    never dropped: "As published in the International New York Times" beside "told The New York Times"."""
    return lead == [lead[0]] and lead[0] in _SCOPE_WORDS and head not in _MASTHEAD_WORDS or head in _SUBCOMMITTEE


def _institutions_without_their_place(groups: list[_Group], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(full, short) pairs: "Santa Barbara County Superior Court" then "the Superior Court", "the US
    District Court" then "the District Court", when one full name of the article ends so. The full
    name is the institution's, whatever the model made of its place; so is a paper's named after its
    city ("the Newcastle Evening Chronicle" then "the Evening Chronicle"); and so is a body's named after its people or
    its chamber ("the Australian Conservation Foundation" then "the Conservation Foundation", "the House Budget Committee"
    then "the Budget Committee")."""
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    def a_place(words: list[str]) -> bool:
        lead = " ".join(words)
        return lead in place_names or len(words) > 1 and words[-1] in REGION_NOUNS or bool(gaz and gaz.lookup(lead)) or len(words) == 1 and (
            lead in _CHAMBERS or gaz is not None and _peoples_word(lead, gaz))

    # (of two words or more as folded: "Sun-Times" is two)
    names = {n: j for j, g in enumerate(groups) if g.label == "ORG" for a in g.aliases if len((n := name_key(a)).split()) >= 2}
    short = {n: j for n, j in names.items() if n.split()[-1] in INSTITUTION_WORDS | _MASTHEAD_WORDS | _BODY_HEAD_NOUNS | _SUBCOMMITTEE}
    written = {name_key(a) for g in groups for a in g.aliases}
    owners: dict[int, set[int]] = {}
    # (a name led by its reach, only where none is led by its place: "the Stock Exchange" is the London Stock Exchange,
    # which the article says is now the International Stock Exchange)
    reached: dict[int, set[int]] = {}
    for i, g in enumerate(groups):
        if g.label == "PERSON" or g.place is not None:
            continue
        for a in g.aliases:
            ws = name_key(a).split()
            # "BBC Radio 1" then "Radio 1": a body named with its owner's or country's acronym first
            owned = g.label == "ORG" and is_acronym(a.split()[0])
            for k in range(1, len(ws) - 1):
                j = short.get(" ".join(ws[k:]))
                if j is None and (k == 1 and owned or a_place(ws[:k])):
                    # a place's body by the name it has of its own, whatever its last word: "the Chicago Sun-Times", then
                    # "the Sun-Times"; "the Boston Red Sox", then "the Red Sox"; "the Louisville Islamic Center"
                    j = names.get(" ".join(ws[k:]))
                if j is not None and j != i and (
                        a_place(ws[:k]) and not _a_places_own_body(a, len(ws) - k, g, groups[j], gaz, written) or k == 1 and owned):
                    owners.setdefault(j, set()).add(i)
                elif j is not None and j != i and _reach_or_parent(ws[:k], ws[-1]):
                    reached.setdefault(j, set()).add(i)
    pairs = []
    for j, full in (reached | owners).items():
        if len(full) == 1:
            i = full.pop()
            if groups[i].label in PLACE_LABELS:
                groups[i].label = "ORG"
            pairs.append((i, j))
    return pairs


def _a_places_own_body(name: str, short_length: int, body: _Group, short: _Group, gaz: Gazetteer | None, written: AbstractSet[str]) -> bool:
    """Whether `name`, a body's name after a place's, is that place's own body and the short name another: the text
    writes the short name first ("energize the Democratic Party", the nation's), then the body with a place below a
    country before it ("a former executive director of the New York Democratic Party"): a state's party, a county's
    court, another body than the one the reader knew without a place. Copy that names the place's body first shortens
    it after ("the Florida Democratic Party chairwoman", then "the state's Democratic Party"); and a country's name
    before its body names that body ("the Supreme Court", then "the US Supreme Court"), as a people's word does ("the
    Labor Party", then "the Australian Labor Party").
    A party's name alone is the nation's party wherever the text writes it, in copy that speaks of the nation's party
    by its members or its creed too ("Dottie Deans, the chairwoman of the Vermont Democratic Party", then "the
    Democratic Party will come together in July", in a story of "Democrats" and "the Democratic primary"): a party is a
    nation's, with a branch in each state, and copy that means the branch says so with the place's possessive ("the
    state's Democratic Party"). A story of the branch alone, which writes the party's word in no other way, shortens the
    branch's name ("the leader of the Queensland Liberal Party", then "he's leader of the Liberal Party").
    A federal body's name is the nation's whichever comes first: a city or state before it names its regional branch
    ("the Kansas City Federal Reserve", then "the Federal Reserve's Tenth District"), never the federal body itself."""
    words = name.split()
    lead = " ".join(words[: len(words) - short_length])
    national = gaz is not None and (gaz.country(lead) is not None or _peoples_word(name_key(lead), gaz))
    if national or name_key(lead) in _CHAMBERS or "place's own" in short.evidence:
        return False
    short_words = name_key(" ".join(words[len(words) - short_length :])).split()
    return _first_written(short) < _first_written(body) or _the_nations_party(short_words, written) or short_words[0] == "federal"


def _the_nations_party(short: list[str], written: AbstractSet[str]) -> bool:
    """Whether a party's name (its words, folded) is written with the party's members or creed outside its names
    ("Democrats", "Democratic" of "the Democratic primary"), the words of copy about the nation's party."""
    return short[-1] == "party" and bool(_members_of(short[:-1]) - {" ".join(short)} & written)


def _office_key(name: str) -> str:
    """One key for "Department of Energy", "Energy Department" and "the energy department"."""
    key = name_key(name)
    m = _OFFICE.match(key)
    return f"{m.group(2)} {m.group(1)}" if m else key


def department_fields(bodies: Iterable[str]) -> frozenset[str]:
    """The fields (keys) of the departments among bodies' names: "justice" of "the Justice Department" and of "the
    Department of Justice". US copy calls a department by its field alone once it has named it ("Justice delivered the
    immunity deals"), a title's word too ("Justice Kennedy"), which alone is read as the department where the article
    names it (`_departments_by_their_field` then joins them)."""
    keys = (_office_key(_LEADING.sub("", b)) for b in bodies)  # the model's span may open on "the"
    return frozenset(field for key in keys for field, _, office in [key.rpartition(" ")] if field and office == "department")


def _departments_by_their_field(groups: list[_Group]) -> list[tuple[int, int]]:
    """(department, field) pairs: "State" beside "the State Department" ("State sent 10 of Clinton's senior staff",
    "turned over to State"), "Justice" beside "the Department of Justice": US copy calls a government department by its
    field alone, capitalised, once it has named it; the one department of the article so named, and only a name the
    model or the text read as a body's (a field's word as a noun, "energy", is lower case or no body), or as a product's,
    which no field is ("with Treasury providing $75 billion" beside "the Treasury Department")."""
    departments: dict[str, set[int]] = {}
    # "Treasury" beside "the U.S. Treasury Department" too: the field, the country whose department it is dropped
    place_names = {name_key(a) for g in groups if g.label in PLACE_LABELS for a in g.aliases}
    for j, h in enumerate(groups):
        for b in h.aliases if h.label == "ORG" else ():
            field, _, office = _office_key(_unplaced(b, place_names)).rpartition(" ")
            if field and office == "department":
                departments.setdefault(field, set()).add(j)
    pairs = []
    for i, g in enumerate(groups):
        if g.label not in {"ORG", "PRODUCT"} or g.place or any(" " in a or is_acronym(a) for a in g.aliases):
            continue
        owners = {j for a in g.aliases for j in departments.get(name_key(a), ())} - {i}
        if len(owners) == 1:
            g.label = "ORG"
            pairs.append((owners.pop(), i))
    return pairs


# Nouns after a publication's title that copy writes once to say what the title is ("People Magazine", "Time magazine").
_PUBLICATION_NOUNS = frozenset({"magazine", "newspaper"})


def _publications_by_their_title(groups: list[_Group]) -> list[tuple[int, int]]:
    """(publication, title) pairs: "told People" beside "People Magazine", "Time's readers" beside "Time Magazine": a
    publication whose title is a common word ("Time", "People", which no rule of a firm's first words reads as a name)
    goes by the title alone once the text has named it with its noun; only a body's title (the model's or the text's:
    "New York magazine" beside the city, "Latina magazine" beside a people's word, stay apart)."""
    titled: dict[str, set[int]] = {}
    for j, h in enumerate(groups):
        for b in h.aliases if h.label == "ORG" else ():
            title, _, noun = name_key(b).rpartition(" ")
            if title and noun in _PUBLICATION_NOUNS:
                titled.setdefault(title, set()).add(j)
    pairs = []
    for i, g in enumerate(groups):
        if g.label != "ORG" or g.place:
            continue
        owners = {j for a in g.aliases for j in titled.get(name_key(a), ())} - {i}
        if len(owners) == 1:
            pairs.append((owners.pop(), i))
    return pairs


def _office_spelt_out(name: str) -> str:
    """"U.S. Agriculture Department" as an acronym spells it: "U.S. Department of Agriculture" (USDA)."""
    m = _OFFICE_LAST.match(name)
    return f"{m['lead'] or ''}{m['office']} of {m['field']}" if m else name


def _office_field(name: str) -> str:
    """"Department of Health and Human Services" as its acronym spells it, without the office: "health and human
    services" (HHS); any other name as it is."""
    m = _OFFICE.match(name_key(name))
    return m.group(2) if m else name


def _owner_of_the_paper(body: _Group, short: Iterable[str]) -> bool:
    """Whether `body` owns the newspaper one of `short` (keys) names: "the Guardian" alone is the paper, and a firm's
    name opening with it that puts its trade before its firm noun ("Guardian Media Group") is the group owning the
    paper among its other titles, another body. The paper's word and a firm noun alone ("Telegraph Group") is the
    paper's own company, which copy calls by the paper's word."""
    papers = {w for w in short if w in _MASTHEAD_WORDS}
    return bool(papers) and any(len(ws := name_key(a).split()) > 2 and ws[0] in papers for a in body.aliases)


def _spelt_out(g: _Group) -> bool:
    """Whether the article defines an acronym for the group's name: "Welsh Local Government Association (WLGA)"."""
    return any(m.family is not None for m in g.mentions)


def _firms_by_their_first_words(groups: list[_Group], nouns: AbstractSet[str], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(full, short) pairs: wire copy names a firm once in full, its name then its trade words and legal
    form ("Dainippon Ink and Chemicals Inc", "the Heiwa Sogo Bank", "Northwood Pulp and Timber Ltd"), and from
    then on by the words that open it ("Dainippon Ink", "Heiwa Sogo", "Northwood"): the one organisation
    named so before the short name is first written, all it adds common nouns, a body's nouns, legal forms
    and "and", closed by a legal form, a firm's or body's noun or a plural trade. Not a short name written
    first ("Diamond Shamrock", then its unit "Diamond Shamrock Refining and Marketing Co"), nor one with a
    legal form of its own ("Noranda Inc" beside "Noranda Forest Inc": two firms), a common noun alone
    ("General"), an acronym (a unit's: "EMI Music"), a named person's surname ("Cain Chemical Inc", then
    "Gordon Cain"), a town a club goes by with its plural ("Sale Sharks"); nor a part of a body ("House
    Science Committee"), a product ("Google Cloud"), or a body whose acronym the article defines, which goes
    by it ("Welsh" beside the "Welsh Local Government Association (WLGA)"). A firm named after its partners goes by
    the first ("Marsh" of "Marsh & McLennan"), and one named after its kind ("the equity group Newbridge Capital")
    by its first words, whatever its trade."""
    lexicon: AbstractSet[str] = getattr(nouns, "words", nouns)  # "Bank" is a trade word however the article writes it
    heads = _FIRM_NOUNS | _BODY_HEAD_NOUNS | {"bank", "research"}  # "Forrester Research", "Cray Research": research firms
    surnames = {name_key(a).split()[-1] for h in groups if h.label == "PERSON" for a in h.aliases if " " in a}

    def trade(w: str) -> bool:
        # a plural's singular too: "Utilities" of "Northeast Utilities"
        return w in {"and", "&"} or w in _LEGAL_CLOSES or any(x in lexicon or x in heads for x in (w, *recall.singulars(w)))

    def before_its_place(tail: list[str]) -> list[str]:
        # "Cato Institute of Washington": the place a body is of closes its name after its noun
        k = tail.index("of") if "of" in tail[1:] else 0
        return tail[:k] if k and gaz is not None and gaz.lookup(" ".join(tail[k + 1 :])) else tail

    def closes(tail: list[str], short: str) -> bool:
        tail = before_its_place(tail)
        return tail[-1] not in {"and", "&"} and not set(tail) & _PART_OF_A_BODY and all(map(trade, tail)) and (
            bool(set(tail) & _LEGAL_CLOSES) or tail[-1] in heads
            or tail[-1].endswith("s") and not (gaz and gaz.lookup(short)))

    def founders(words: list[str]) -> bool:
        # (a plural of a noun too: "Sale Sharks", a club its town goes by)
        return bool(words) and not any(not w.isalpha() or any(x in lexicon for x in (w, *recall.singulars(w))) or w in heads
                                       or w in FUNCTION_WORDS or (gaz and gaz.lookup(w)) for w in words)

    def partners(tail: list[str], product: bool) -> bool:
        # "Marsh & McLennan", "Merrill Lynch", "Cadbury Schweppes": a firm named after its partners (one or two names after
        # the first, "&" between or not), no trade word, common noun nor place among them; without "&", not a name the
        # text also writes as a product's ("Google search", beside "Google Translate", a product of its own)
        return len(tail) > 1 and tail[0] in {"and", "&"} and founders(tail[1:]) or not product and len(tail) <= 2 and founders(tail)

    # "the private equity group Newbridge Capital", "threat intelligence firm Searchlight Cyber": a firm's whole name
    after_kind = {m.text for h in groups for m in h.mentions if "organisation" in m.evidence and " " in m.text}
    plurals: dict[str, tuple[int, int]] = {}  # each word of one name, where the text first writes it
    for h in groups:
        for m in h.mentions:
            if " " not in m.text:
                plurals[name_key(m.text)] = min(plurals.get(name_key(m.text), (m.seq, m.start)), (m.seq, m.start))
    pairs = []
    for i, g in enumerate(groups):
        if any(_CORPORATE_SUFFIX.search(name_key(a)) or is_acronym(a) for a in g.aliases) or _a_place_by_its_noun(g):
            continue
        town = _town_only_by_its_name(g)
        # a people's word written only before a noun ("Tamil rebels", "a Tamil man"), however it ends, opens a body's
        # name as that people's ("the Tamil Tigers"), never as its short name
        peoples = g.label == "NORP" and all("attributive" in m.evidence for m in g.mentions)
        if not town and (g.place or g.label != "ORG" and (peoples or not taken_for_another_kind(g))):
            continue
        short = [ws for a in g.aliases if (ws := name_key(a).split()) and (len(ws) > 1 or ws[0] not in nouns and ws[0] not in surnames)]
        owners = {
            j for j, h in enumerate(groups) if j != i and h.label == "ORG" and _first_written(h) < _first_written(g) and not _spelt_out(h)
            and not _owner_of_the_paper(h, (" ".join(ws) for ws in short)) and any(
                len(long_ := _after_a_leading_legal_form(name_key(b).split())) > len(ws) and long_[: len(ws)] == ws
                and not leaders_body(long_) and (
                    long_[-1] in LEGAL_FORMS if town else closes(long_[len(ws):], " ".join(ws))
                    and (g.label == "ORG" or _firms_own_close(long_[len(ws):]))
                    or g.label == "ORG" and partners(long_[len(ws):], "product" in g.evidence)
                    or b in after_kind and "arm" not in h.evidence and not set(long_[len(ws):]) & _OFFICE_OF_A_BODY)
                for b in h.aliases for ws in short)
        }
        if len(owners) > 1 and (parent := _parent_firm(groups, owners)) is not None:
            owners = {parent}
        if len(owners) == 1 and not _opens_another_firm(groups, i, next(iter(owners)), short) \
                and not _a_peoples_singular(g, groups[next(iter(owners))], plurals):
            g.label, g.place = "ORG", None  # the merged entity keeps a person's type, or a town's point, else
            pairs.append((owners.pop(), i))
    return pairs


def _a_place_by_its_noun(g: _Group) -> bool:
    """Whether every name of a group closes on a place's noun ("St. Louis County", "Logar Province"), whatever the model
    took it for ("a spokesman for St. Louis County prosecuting attorney Robert McCulloch", read as his employer): the
    place, never the short name of a body named after it ("the St. Louis County Police Department", "the Harris County
    Sheriff's Office"). (A US "Department" is a body's own noun: "the Justice Department", no place.)"""
    return all(len(ws := name_key(a).split()) > 1 and ws[-1] in REGION_NOUNS - {"department"} for a in g.aliases)


def _a_peoples_singular(g: _Group, firm: _Group, plurals: dict[str, tuple[int, int]]) -> bool:
    """A word of one name whose plural the text writes before it names the firm ("Latinos", then "A new Latino
    Decisions poll" and "Latino voters"): a people's word, whatever the model took it for, which opens the firm's name
    as that people's (a polling firm of Latinos), never as its short name. (A firm's own short name in the plural
    comes after its full name: "Aggregate Industries said", then "The deal with Aggregates".)"""
    named = _first_written(firm)
    return all(" " not in a and not is_acronym(a) for a in g.aliases) and any(
        plurals.get(name_key(a) + "s", named) < named for a in g.aliases)


def _after_a_leading_legal_form(words: list[str]) -> list[str]:
    """A firm's name (its words) without the legal form Dutch copy writes first: "NV Philips Gloeilampenfabrieken", which
    goes by "Philips"."""
    return words[1:] if len(words) > 2 and words[0] in LEGAL_FORMS else words


def _opens_another_firm(groups: list[_Group], i: int, owner: int, short: list[list[str]]) -> bool:
    """Whether the short name (its words) also opens, commas aside, another firm's name than its owner's, closed as a
    firm's is and of no unit of the owner: "Sears" beside "Sears Holdings" and "Sears, Roebuck & Co" may be either firm
    (not "Norstar" beside "Norstar Bancorp" and "Norstar and Fleet", two firms the model ran together)."""
    others = {j for j, h in enumerate(groups) if j not in {i, owner} and h.label == "ORG" and any(
        len(long_ := name_key(b).replace(",", "").split()) > len(ws) and long_[: len(ws)] == ws and long_[-1] in _FIRM_NOUNS | _LEGAL_CLOSES
        for b in h.aliases for ws in short)}
    return bool(others) and _parent_firm(groups, others | {owner}) != owner


def _parent_firm(groups: list[_Group], firms: set[int]) -> int | None:
    """Of firms named alike, the one whose name (its legal form aside) opens every other's: the parent, beside its units
    ("Navistar International Corp" beside "Navistar International Transportation Corp", its truck maker), which copy calls
    by the words they share ("Navistar")."""
    words = {j: [_CORPORATE_SUFFIX.sub("", name_key(a)).split() for a in groups[j].aliases] for j in firms}
    parents = [j for j in firms if all(k == j or any(len(ws) > len(own) and ws[: len(own)] == own for ws in words[k] for own in words[j])
                                       for k in firms)]
    return parents[0] if len(parents) == 1 else None


def _bodies_by_their_opening_words(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: a body's name of two words or more that opens, word for word, one longer body's name
    written before it ("U.S. News & World Report", then "U.S. News"; "New England Electric System", then "New
    England Electric"): copy's short name for it, whatever the words it drops. Not a name that opens two
    ("Bank of America" beside "Bank of America Corp" and "Bank of America Securities"), nor one written first, a
    unit's name then being longer ("Diamond Shamrock", then "Diamond Shamrock Refining and Marketing Co"), nor a
    body of which the longer name is a part or an arm ("Security Council Committee", "Acme Europe")."""
    bodies = [(j, _ordinals_in_figures(b)) for j, h in enumerate(groups) if h.label == "ORG" and "arm" not in h.evidence for b in h.aliases]
    pairs = []
    for i, g in enumerate(groups):
        if g.label != "ORG" and not _saints_house(g) or g.place or any(is_acronym(a) or len(a.split()) < 2 for a in g.aliases) \
                or _a_place_by_its_noun(g):
            continue
        shorts = [_ordinals_in_figures(a) for a in g.aliases]
        owners = {j for j, long_ in bodies if j != i and any(
            len(long_) > len(ws) and long_[: len(ws)] == ws and not set(long_[len(ws):]) & _OFFICE_OF_A_BODY for ws in shorts)}
        if len(owners) == 1 and _first_written(groups[j := next(iter(owners))]) < _first_written(g):
            g.label = "ORG"  # a saint's house is the body's, no person
            pairs.append((j, i))
    return pairs


# Ordinals copy spells out in a body's full name and writes in figures in its short one ("the Ninth Circuit Court of
# Appeals", then "the 9th Circuit"; "the Fifth Circuit Court of Appeals", then "the 5th Circuit").
_ORDINAL_FIGURES = {
    word: f"{n}{'th' if 10 < n < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}" for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth".split(), start=1)
}


def _ordinals_in_figures(name: str) -> list[str]:
    """A name's words (keys), its ordinals written in figures: "Ninth Circuit Court" -> ["9th", "circuit", "court"]."""
    return [_ORDINAL_FIGURES.get(w, w) for w in name_key(name).split()]


# A US court of appeals' circuit, as its names write it: an ordinal before "Circuit" ("the 5th U.S. Circuit Court of
# Appeals", "the Ninth Circuit", "the U.S. Court of Appeals for the Eleventh Circuit"), "D.C." or "Federal" there, or
# the district after "for the" ("the U.S. Circuit Court of Appeals for the District of Columbia"); never a county's
# circuit court ("the Henrico County Circuit Court").
_CIRCUIT = re.compile(r"(?:^|\s)(?P<circuit>\d+(?:st|nd|rd|th)|dc|federal)\s+(?:us\s+)?circuit\b|\bcircuit\b.*\bfor the (?P<district>district of columbia)$")


def _courts_of_appeals_by_their_circuit(groups: list[_Group]) -> list[tuple[int, int]]:
    """(first, other) pairs: the names of one US court of appeals, which copy writes in full ("the 5th U.S. Circuit Court
    of Appeals"), then by its circuit alone ("the 5th Circuit"), with "U.S." or without, its ordinal in words or in
    figures: one court for each circuit, two circuits two courts."""
    courts: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        for a in g.aliases if g.label == "ORG" else ():
            if found := _CIRCUIT.search(" ".join(_ordinals_in_figures(a))):
                circuit = "dc" if found["district"] else found["circuit"]
                courts.setdefault(circuit, [])
                if i not in courts[circuit]:
                    courts[circuit].append(i)
    return [(held[0], j) for held in courts.values() for j in held[1:]]


def _saints_house(g: _Group) -> bool:
    """"a member of St. Matthew's" beside "St. Matthews Missionary Baptist Church": a saint's name in the possessive,
    which the model read as a person's, is the house named after the saint, no one living (the caller asks for the
    one body whose name it opens)."""
    return g.label == "PERSON" and all(_SAINTS_POSSESSIVE.fullmatch(a) for a in g.aliases)


# A people's word as copy writes it ("Swiss", "Iraqi", "Thai", "Dutch", "Greek", "Americans", "Democrats"): the model's
# NORP is right there, and the firm it opens ("British Petroleum Co Plc", "Thai Airways International") is no short name of it.
_PEOPLES_WORD = re.compile(r".*(?:an|ese|ish|ch|sh|i|ic|k|ot|s)")


def taken_for_another_kind(g: _Group) -> bool:
    """A firm's short name the model read as a person's, a people's or a place no gazetteer knows ("Wedge" after "Wedge
    Group Inc", "Glidden" after "Glidden Paints"): no text calls it a person, a party member or a place, and a people's
    word ends as none of them does."""
    if g.evidence & {"person", "member", "given"}:
        return False
    if g.label in PLACE_LABELS:  # one word, as a town's name is ("Bartholomew County" is a county's)
        return not g.evidence & _WRITTEN_AS_A_PLACE and all(" " not in a for a in g.aliases)
    if g.label == "NORP":
        return not any(_PEOPLES_WORD.fullmatch(name_key(a)) for a in g.aliases)
    return g.label == "PERSON"


# How a country's name makes its people's word: "Ugandan" of Uganda, "Nigerian" of Nigeria, "Iraqi" of Iraq, "Chinese"
# of China, "Italian" of Italy, "Mexican" of Mexico (the irregular ones, "Polish", "Dutch", are left out).
_PEOPLES_ENDINGS = (("n", ""), ("an", ""), ("an", "a"), ("an", "o"), ("ian", "ia"), ("ian", "y"), ("i", ""), ("ese", ""), ("ese", "a"))


def peoples_country(key: str, gaz: Gazetteer) -> Place | None:
    """The country a people's word (a key) is made of: Serbia of "serbian", Kuwait of "kuwaiti"."""
    for end, add in _PEOPLES_ENDINGS:
        if key.endswith(end) and len(key) > len(end) + 2 and (country := gaz.country(key[: -len(end)] + add)):
            return country
    return None


def peoples_words_beside_their_country(groups: list[_Group], gaz: Gazetteer | None) -> set[frozenset[int]]:
    """Pairs of groups (indices) never one entity: a people's word, singular or plural, and the country it is made of
    ("Sri Lankan" beside "Sri Lanka", "South Koreans" beside "South Korea"), the one `other`, the other a place, however
    alike their spellings, and whatever short name ("South") would chain them."""
    if gaz is None:
        return set()
    countries: dict[int, set[int]] = {}  # geonameid -> groups naming that country
    peoples: dict[int, set[int]] = {}  # geonameid -> groups holding a people's word of it
    for i, g in enumerate(groups):
        for a in g.aliases:
            key = name_key(a)
            if (country := gaz.country(a)) is not None:
                countries.setdefault(country.geonameid, set()).add(i)
            elif (people := peoples_country(key, gaz) or (peoples_country(key[:-1], gaz) if key.endswith("s") else None)) is not None:
                peoples.setdefault(people.geonameid, set()).add(i)
    return {frozenset((i, j)) for c, words in peoples.items() for i in words for j in countries.get(c, ()) if i != j}


def country_named_in(country: Place, groups: list[_Group]) -> bool:
    """Whether the article names a country (as a place, by any of its names)."""
    return any(g.place is not None and g.place.geonameid == country.geonameid for g in groups)


def peoples_word_taken_for_a_body(g: _Group, gaz: Gazetteer | None) -> bool:
    """A country's people's word the model read as an organisation ("the four Ugandan NGOs") or as a place no
    gazetteer knows ("Australian snakes are delivering more venom"): one word, made of a country's name the gazetteer
    knows, and nothing in the text calling it a body or a place. It is never the short name of a body whose name it
    opens ("Ugandan" of the "Ugandan Media Council", "Australian" of the "Australian Venom Research Unit"), which is
    of that people."""
    if g.label != "ORG" and not (g.label in PLACE_LABELS and g.place is None) or gaz is None \
            or g.evidence & ({"organisation", "acronym", "team", "person", "place"} | _WRITTEN_AS_A_PLACE):
        return False
    return all(" " not in a and not is_acronym(a) and _peoples_word(name_key(a), gaz) for a in g.aliases)


def _peoples_word(key: str, gaz: Gazetteer) -> bool:
    """"australian", "ugandan": a word (a key) made of a country's name the gazetteer knows, its people's."""
    return peoples_country(key, gaz) is not None


def _town_only_by_its_name(g: _Group) -> bool:
    """A word the gazetteer knows as a town, which the text never writes as a place ("Midland said", "Republic
    declined to comment" after "Midland Doherty Ltd", "Republic Health Corp"): then a firm's short name may be read in it,
    the firm named in full before it and closed by a legal form."""
    return g.place is not None and g.place.kind == "city" and g.label in PLACE_LABELS and not g.evidence & (
        _WRITTEN_AS_A_PLACE | {"dateline"}) and all(" " not in a for a in g.aliases)


def _firms_own_close(tail: list[str]) -> bool:
    """The words after a short name that make it a firm's full name, not a body's nor an office's: a legal form,
    "Group" or "Bancorp", or a trade's plural ("Wedge Group Inc", "Lionhead Studios", "Glidden Paints"; not "Sheriff's Department")."""
    return bool(set(tail) & _LEGAL_CLOSES) or tail[-1].endswith("s") and tail[-1] not in _BODY_HEAD_NOUNS


def _first_written(g: _Group) -> tuple[int, int]:
    """Where the article first writes one of the group's names: its paragraph, then the offset there."""
    return min((m.seq, m.start) for m in g.mentions)


# A body of a state or province named by this word for the state's own name, as the state's own copy writes it.
_STATE_WORD = "state"

# Words before a body's name that say which level of government it is, not which place: never the state's name.
_LEVEL_WORDS = frozenset({"state", "federal", "national", "central", "the"})


def _state_bodies_by_their_state(groups: list[_Group], gaz: Gazetteer | None) -> list[tuple[int, int]]:
    """(named, state) pairs: "the Selangor Waterworks Department", then "the State Waterworks Department": the body of
    the state the article names, called by the word "State" for the state's name. Only an institution's name of two
    words or more after "State" ("the State Department" is a ministry of its own), and the one body so named after
    a place's name of one to three capitalised words ("State Bank of India" ends with no institution's noun), never a
    country's ("the U.S. Supreme Court" is the nation's, no "State Supreme Court")."""
    pairs = []
    for i, g in enumerate(groups):
        rests = [ws[1:] for a in g.aliases if len(ws := name_key(a).split()) > 2 and ws[0] == _STATE_WORD
                 and ws[-1] in INSTITUTION_WORDS | _BODY_HEAD_NOUNS] if g.label == "ORG" else []
        named = {j for rest in rests for j, h in enumerate(groups) if j != i and h.label == "ORG" for a in h.aliases
                 if _of_a_named_state(a, rest) and not (gaz and gaz.country(" ".join(a.split()[: len(a.split()) - len(rest)])))}
        if len(named) == 1:
            pairs.append((named.pop(), i))
    return pairs


def _of_a_named_state(name: str, rest: list[str]) -> bool:
    """Whether `name` is a place's name of one to three capitalised words, then `rest` (keys): "Selangor Waterworks
    Department" of "waterworks department"."""
    ws = name_key(name).split()
    lead = len(ws) - len(rest)
    return 1 <= lead <= 3 and ws[lead:] == rest and ws[0] not in _LEVEL_WORDS and all(w[:1].isupper() for w in name.split()[:lead])


def _bodies_by_their_words_reordered(groups: list[_Group]) -> list[tuple[int, int]]:
    """(first, other) pairs: "the Canadian Museum of Civilization", then "the Museum of Canadian Civilization": a body's
    name of three words or more (function words aside) written again with the same words in another order, as copy
    writes a name it half remembers. The name written first leads."""
    seen: dict[tuple[str, ...], int] = {}
    pairs = []
    for i, g in sorted(enumerate(groups), key=lambda ig: _first_written(ig[1])):
        for a in g.aliases if g.label == "ORG" else ():
            words = tuple(sorted(w for w in name_key(a).split() if w not in FUNCTION_WORDS))
            j = seen.setdefault(words, i) if len(words) >= 3 else i
            if j != i:
                pairs.append((j, i))
    return pairs


# Head nouns of a building's or an institution's name housed in one ("the Indian Museum"), which copy shortens by
# leaving out words of the full name, whatever their order.
_HOUSE_NOUNS = frozenset({"museum", "gallery", "library", "theatre", "theater", "hospital", "cathedral", "observatory"})

# A legislature's committee's head noun, which copy names by some of its words too (_houses_by_some_of_their_words).
_COMMITTEE = frozenset({"committee"})
_HOUSE_OR_COMMITTEE_NOUNS = _HOUSE_NOUNS | _COMMITTEE


def _houses_by_some_of_their_words(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: "the National Museum of the American Indian", then "the Indian Museum": a museum's (a
    gallery's, a hospital's) name of two words or more whose words are all words of the one longer name of the kind
    the article writes before it, its head noun one of them. So too a legislature's committee, named in full with its
    chamber ("the House Oversight and Reform Committee", "the House Committee on Education and Labor"), then by some of
    its words ("the Oversight Committee", "the House Education Committee"); never a party's or a campaign's committee
    by a shorter name ("the Platform Committee" beside "the Platform Drafting Committee" is another)."""
    names = [(j, set(ws) - FUNCTION_WORDS, ws[0] in _CHAMBERS) for j, h in enumerate(groups) if h.label in {"ORG", "FAC"}
             for b in h.aliases if (ws := name_key(b).split())]
    pairs = []
    for i, g in enumerate(groups):
        shorts = [ws for a in g.aliases if len(ws := name_key(a).split()) > 1 and ws[-1] in _HOUSE_OR_COMMITTEE_NOUNS and not is_acronym(a)] \
            if g.label in {"ORG", "FAC"} else []
        owners = {j for j, long_, chambers in names for ws in shorts if j != i and set(ws) - FUNCTION_WORDS < long_
                  and (ws[-1] not in _COMMITTEE or chambers)}
        if len(owners) == 1 and _first_written(groups[j := owners.pop()]) < _first_written(g):
            pairs.append((j, i))
    return pairs
