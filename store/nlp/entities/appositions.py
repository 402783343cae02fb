"""What the article's sentences say of two names: an apposition makes them one, a list two."""

from __future__ import annotations

import re

from ...names import acronym_of, is_acronym, is_person_title, name_key, name_words, surname_key
from ..speakers import PERSON_NOUNS
from .base import _Group, _Mention, Para, PLACE_LABELS


_APPOSED = re.compile(r",\s+(?:the\s+)?")

# "Hoa Lo prison, dubbed the “Hanoi Hilton”": a second name for one thing; "Jay-Z, real name Shawn Carter", "Snoop
# Dogg - real name Calvin Broadus": a performer's own name. "Also called" only after a comma, a dash or a bracket:
# right after a name it is the name's verb ("Trump also called Iowa Republican primary voters “stupid”").
_NICKNAMED = re.compile(
    r"(?:(?:,|\s+[-\u2013\u2014])?\s+\(?(?:dubbed|nicknamed|(?:also |better )?known as|(?:who )?(?:wrote|writes|writing) as"
    r"|(?:whose )?real name(?: is)?)|(?:,|\s+[-\u2013\u2014])\s+\(?also called|\s+\(also called)\s+(?:the\s+)?[\"\u201c']?"
)
# "Transworld Corp, initially Trans World Airlines,", "Transworld, now TW Services,": a body's former or
# later name, one body under each.
_RENAMED = re.compile(r",\s+(?:now|formerly|initially|originally|previously|once)\s+(?:called\s+|named\s+|known as\s+)?(?:the\s+)?")
# "Everyone called him Mike", "who goes by Bob", "he was known as Jack", "friends know her as Liz": a person's other
# given name, told after a pronoun or a clause, away from his full name (right after it, _NICKNAMED reads it).
_GOES_BY = re.compile(
    r"\b(?i:call(?:s|ed)?\s+(?:him|her)(?:self)?|know\s+(?:him|her)\s+as|(?:goes|go|went)\s+by|nicknamed|known\s+as)"
    r"\s+[\"\u201c'\u2018]?(?P<name>[A-Z][a-z]+)\b"
)
# "Pete Williams is the nickname of former Senator Harrison A. Williams Jr.": a name the text gives as the other name of
# the person named after the cue, his whatever other full name it resembles ("Peter Williams" earlier in the story).
# (Up to three words may stand between the cue and the name: his title, "former Senator".)
_NICKNAME_OF = re.compile(r"\s+(?:is|was)\s+(?:the|a)\s+(?:nickname|pen name|stage name|ring name)\s+(?:of|for)\s+(?:[\w.]+\s+){0,3}")
# The evidence of a name the text gives as a named person's nickname: it goes to him alone (merge.py).
NICKNAME_OF = "nickname of"
_GIVEN_NAMES_BEFORE = re.compile(r"\(([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})\) $")
# "an employee of Noroeste Farm", "the son of John Smith": the noun a name right after "of" qualifies.
_PERSON_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?$")
# A person's noun and the preposition that ties it to a body: "The US envoy to the UN", "the ambassador at the OAS".
_PERSON_TO = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:to|at|of|for)\s+(?:the\s+)?$")
_OR_ACRONYM = re.compile(r",?\s+(?:or|aka)\s+(?:the\s+)?")
# A surname in brackets completing the given name before it closes there or at a comma ("Gareth (Thomas, the Wales
# captain)"); one in the possessive opens an aside on another's thing ("Bush has Heffley (Bush's super PAC has ...)").
_COMPLETED_NAME_ENDS = re.compile(r"\s*[,)]")
_APPOSITION_ENDS = re.compile(r"\s*(?:\)|,\s+(?!(?:and|or)\b)[a-z])")
# "According to Audit Bureau of Circulations, Time, the largest newsweekly, had": the source ends at its comma,
# and the name after it opens the clause.
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)

# What stands between two items of one list: "George W Bush, Bill Clinton, George Bush, and Ronald Reagan",
# "the British Potato Council, the Milk Development Council, the Energy Savings Trust".
_LIST_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*;\s*)(?:the\s+)?")
_JOINED_ALONE = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
# Who a list keeps apart: people, and bodies ("the Milk Council, the Wine Board, the Potato Council").
_LISTED_LABELS = frozenset({"PERSON", "ORG"})


def _mentions_by_paragraph(groups: list[_Group]) -> tuple[dict[int, int], dict[int, list[_Mention]]]:
    """Each mention's group (index, by the mention's id), and the groups' mentions by paragraph in reading order."""
    where: dict[int, int] = {}
    by_seq: dict[int, list[_Mention]] = {}
    for i, g in enumerate(groups):
        for m in g.mentions:
            where[id(m)] = i
            by_seq.setdefault(m.seq, []).append(m)
    for ms in by_seq.values():
        ms.sort(key=lambda m: m.start)
    return where, by_seq


def _listed_together(prose: list[Para], groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of person or body groups (indices) one list of names holds side by side, which are two
    however alike their names ("Presidents George W Bush, Bill Clinton, George Bush"): a list never
    names one person or one body twice."""
    where, by_seq = _mentions_by_paragraph(groups)
    text_of = {p.seq: p.text for p in prose}
    apart = set()
    for seq, ms in by_seq.items():
        text, runs = text_of.get(seq, ""), [[ms[0]]]
        for a, b in zip(ms, ms[1:]):
            if _LIST_SEPARATOR.fullmatch(text[a.end : b.start]) and not _named_by_its_acronym(text, a, b):
                runs[-1].append(b)
            else:
                runs.append([b])
        for run in runs:
            if len(run) == 2 and _OR_NAME.fullmatch(text[run[0].end : run[1].start]) and _NAMES_CUE_BEFORE.search(text, 0, run[0].start):
                continue  # "also known as ISIL or ISIS": one thing's other names, no list of two
            # two names make a list only when "and" joins them alone: "Liu Xiaoming, and Liu listened" joins clauses
            if len(run) > 2 or len(run) == 2 and _JOINED_ALONE.fullmatch(text[run[0].end : run[1].start]):
                for label in _LISTED_LABELS:
                    named = sorted({i for m in run if groups[i := where[id(m)]].label == label})
                    apart |= {frozenset((i, j)) for n, i in enumerate(named) for j in named[n + 1 :]}
    return apart


# A possessive and the capitalised word it owns: "Sina's Weibo microblog", "Google's Android".
_OWNS_A_NAMED_THING = re.compile(r"['\u2019]s\s+(?P<thing>[A-Z][\w-]*)")


def _owners_and_their_things(prose: list[Para], groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of groups (indices) an owner and its named thing: "Sina's Weibo microblog" beside "Sina Weibo" names Sina
    and the thing of Sina's that goes by "Weibo", whose name the owner's opens. No one's given name is written in the
    possessive before his surname, so the owner is no part of the full name: a firm and its service, a network and
    its show, two however alike their names."""
    keyed = {name_key(a): i for i, g in enumerate(groups) for a in g.aliases if " " in a}
    text_of = {p.seq: p.text for p in prose}
    apart = set()
    for i, g in enumerate(groups):
        for m in g.mentions:
            owned = _OWNS_A_NAMED_THING.match(text_of.get(m.seq, ""), m.end)
            j = keyed.get(name_key(f"{m.text} {owned['thing']}"), i) if owned else i
            if j != i:
                apart.add(frozenset((i, j)))
    return apart


def _named_by_its_acronym(text: str, a: _Mention, b: _Mention) -> bool:
    """"Japan's ruling party, the Liberal Democratic Party or LDP": a long name, "or", and the acronym it spells name one
    body twice, no list of two."""
    return bool(_OR_ACRONYM.fullmatch(text[a.end : b.start])) and _short_form(b.text) and acronym_of(b.text, a.text)


def _spelt_out_in_brackets(text: str, a: _Mention, b: _Mention) -> bool:
    """"the future of NORAD (North American Aerospace Defence Command)", "the farm union, FNSEA (Federation Nationale des
    Syndicats D'exploitants Agricoles)": an acronym, then in brackets the long name whose letters it takes in their order,
    from its first (a syllable of a word as often as its initial, and a word of another language's name)."""
    if text[a.end : b.start] != " (" or text[b.end : b.end + 1] != ")" or not is_acronym(a.text) or " " not in b.text:
        return False
    letters, spelt = iter(name_key(b.text).replace(" ", "")), name_key(a.text).replace(" ", "")
    return spelt[0] == name_key(b.text)[0] and all(ch in letters for ch in spelt) and all(w[0].isupper() for w in b.text.split() if len(w) > 3)


# Verbs whose subject and object may be one thing under two names: "Transworld became TW Services", "friends call
# him Mike", "the group, which renamed itself Acme".
_NAMING_VERBS = frozenset({"be", "become", "remain", "call", "name", "rename", "dub", "nickname", "know", "style"})


def _subject_and_object_apart(prose: list[Para], groups: list[_Group]) -> set[frozenset[int]]:
    """Pairs of groups (indices) the subject and the object of one verb name, or a name apposed to the object, which are
    two however alike their names: "Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik
    Jagran" names a publisher and its paper; no one acts on himself by two names (save the verbs that give a thing
    its other name)."""
    where, by_seq = _mentions_by_paragraph(groups)
    apart = set()
    for p in prose:
        ms = by_seq.get(p.seq, [])
        for verb in p.doc if ms else ():
            if verb.pos_ != "VERB" or verb.lemma_ in _NAMING_VERBS:
                continue
            subjects = {where[id(m)] for t in verb.children if t.dep_ == "nsubj" for m in _mentions_at(ms, t)}
            objects = {where[id(m)] for t in verb.children if t.dep_ == "dobj"
                       for o in (t, *(a for a in t.children if a.dep_ == "appos")) for m in _mentions_at(ms, o)}
            apart |= {frozenset((i, j)) for i in subjects for j in objects if i != j}
    return apart


def _mentions_at(ms: list[_Mention], token) -> list[_Mention]:
    """The mentions of a paragraph that hold the token."""
    return [m for m in ms if m.start <= token.idx < m.end]


# What closes a place's old name ("the Congo, formerly Zaire, and the Republic of Congo"): a country's old name is
# one name, never the head of a list as a body's may be.
_PUNCTUATION_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")


def _one_kind_renamed(old: _Group, new: _Group) -> bool:
    """Whether two names ", formerly" joins may be one thing renamed: two bodies ("Altria, formerly Philip Morris"), or
    two places ("the Congo, formerly Zaire", whatever place labels the model gave them)."""
    return old.label == new.label == "ORG" or old.label in PLACE_LABELS and new.label in PLACE_LABELS


def _appositions(prose: list[Para], groups: list[_Group]) -> list[tuple[int, int]]:
    """Pairs of groups (indices) one name apposes to the other's organisation name:
    "Gavi, the Vaccine Alliance, said" - not a list ("Reuters, the BBC and CNN")."""
    where, by_seq = _mentions_by_paragraph(groups)
    text_of = {p.seq: p.text for p in prose}
    doc_of = {p.seq: p.doc for p in prose}
    pairs = []
    for seq, ms in by_seq.items():
        text = text_of.get(seq, "")
        for a, b in zip(ms, ms[1:]):
            ga, gb = groups[where[id(a)]], groups[where[id(b)]]
            if ga is not gb and _spelt_out_in_brackets(text, a, b) and (ga.label in PLACE_LABELS) == (gb.label in PLACE_LABELS):
                pairs.append((where[id(a)], where[id(b)]))  # "NORAD (North American Aerospace Defence Command)"
                continue
            if ga is not gb and _named_by_its_acronym(text, a, b) and ga.label not in PLACE_LABELS:
                ga.label = gb.label = "ORG"  # "Maghawir al Thawra, or MaT": a group and its short name
                pairs.append((where[id(a)], where[id(b)]))
                continue
            if ga is not gb and _one_kind_renamed(ga, gb) and _RENAMED.fullmatch(text[a.end : b.start]) \
                    and (_APPOSITION_ENDS.match(text, b.end) or ga.label in PLACE_LABELS and _PUNCTUATION_AFTER.match(text, b.end)):
                # The unit that kept the old name may go by its initials ("spinning off its TWA airline"): the
                # old name is the body's, and no acronym joins it on its letters alone (merge.py)
                b.evidence.add("renamed")
                pairs.append((where[id(b)], where[id(a)]))  # the name the story goes by leads
                continue
            # A person's nickname is a person's name whatever the model took it for ("Moya, nicknamed Charly")
            if ga is not gb and _NICKNAMED.fullmatch(text[a.end : b.start]) and not _of_a_person(text, a) and (
                (ga.label in PLACE_LABELS) == (gb.label in PLACE_LABELS) or "site" in ga.evidence
                or ga.label == "PERSON" and not gb.evidence & {"place", "locative"}
            ):
                gb.label = ga.label
                pairs.append((where[id(b)], where[id(a)]))  # the name leads, the nickname joins it
                pairs += [(where[id(c)], where[id(a)]) for c in _other_names_after(text, ms, b, ga.label)]
                continue
            if ga is not gb and ga.label == gb.label == "PERSON" and _NICKNAME_OF.fullmatch(text[a.end : b.start]):
                a.evidence.add(NICKNAME_OF)
                pairs.append((where[id(b)], where[id(a)]))  # the person named leads, his nickname joins him
                continue
            if ga is not gb and ga.label == gb.label == "PERSON" and text[a.end : b.start] == " (" \
                    and " " not in a.text and " " not in b.text and _COMPLETED_NAME_ENDS.match(text, b.end):
                pairs.append((where[id(a)], where[id(b)]))  # "Gareth (Thomas, the Wales captain)": one name, completed
                continue
            if ga is gb or gb.label != "ORG" or ga.label not in {"ORG", "PERSON"} or "person" in ga.evidence:
                continue
            if is_acronym(b.text) and not acronym_of(b.text, a.text):
                continue  # "Keri Gans, R.D.N., is": a credential after a name, no second name of it
            if _APPOSED.fullmatch(text[a.end : b.start]) and _APPOSITION_ENDS.match(text, b.end) and not _in_a_list(text, ms, a, b) \
                    and not (text[a.end : b.start] == ", " and _ACCORDING_TO.search(text, 0, a.start)) \
                    and not (_conjoined(doc_of.get(seq), a, b) and not is_acronym(b.text)) and not _of_a_persons_noun(text, a, b):
                ga.label = "ORG"
                pairs.append((where[id(a)], where[id(b)]))
        for b in ms:
            # "they can play (Jon Dahl) Tomasson": an editor's brackets give the surname's given names
            given = _GIVEN_NAMES_BEFORE.search(text, 0, b.start) if groups[where[id(b)]].label == "PERSON" and " " not in b.text else None
            inside = [m for m in ms if given and m.start < given.end() and given.start() < m.end]
            if given and not inside:
                groups[where[id(b)]].mentions.append(_Mention(seq, given.start(1), given.end(1), given[1], "PERSON", {"person", "given"}))
            elif given and len(inside) == 1 and inside[0].start == given.start(1) and inside[0].end == given.end(1) \
                    and groups[where[id(inside[0])]].label == "PERSON":
                inside[0].evidence.add("given")
                pairs.append((where[id(b)], where[id(inside[0])]))
    return pairs


# "also known as ISIL or ISIS", "known as ISIS and ISIL": the words between two names one cue gives as the same thing's
# (no comma: "better known as Abu Mazen, and Netanyahu aide Dore Gold" goes on to another clause's name)
_OR_NAME = re.compile(r"\s+(?:or|and)\s+(?:the\s+)?")
# The end of a cue that gives other names: "..., also known as", "dubbed".
_NAMES_CUE_BEFORE = re.compile(r"(?:dubbed|nicknamed|known as|also called)\s+(?:the\s+)?[\"\u201c']?$")


def _other_names_after(text: str, ms: list[_Mention], b: _Mention, label: str) -> list[_Mention]:
    """The names an "or" adds to a nickname ("the Islamic State, also known as ISIL or ISIS"): more names of the same
    thing, of its kind (no person's among a body's)."""
    out: list[_Mention] = []
    for c in ms[ms.index(b) + 1 :]:
        if not _OR_NAME.fullmatch(text[b.end : c.start]) or c.label == "PERSON" and label != "PERSON":
            break
        out.append(c)
        b = c
    return out


def _other_given_names(prose: list[Para], groups: list[_Group]) -> list[tuple[int, int]]:
    """(alias, person) pairs, the person leading: "John Milo Ford was born ... Everyone called him Mike" makes "Mike",
    and "Mike Ford" wherever the article writes it, the last person its paragraph names in full before the cue (the
    model may tag the given name there or not)."""
    where, by_seq = _mentions_by_paragraph(groups)
    text_of = {p.seq: p.text for p in prose}
    pairs = []
    for seq, ms in by_seq.items():
        for cue in _GOES_BY.finditer(text_of.get(seq, "")):
            named = [m for m in ms if m.end <= cue.start() and groups[where[id(m)]].label == "PERSON" and len(name_words(m.text)) > 1]
            if not named:
                continue
            person = where[id(named[-1])]
            given = {where[id(m)] for m in ms if (m.start, m.end) == cue.span("name")}
            other_name = f"{name_key(cue['name'])} {surname_key(named[-1].text)}"
            pairs += [(j, person) for j, g in enumerate(groups) if j != person and g.label == "PERSON"
                      and (j in given or any(name_key(a) == other_name for a in g.aliases))]
    return pairs


def _of_a_person(text: str, a: _Mention) -> bool:
    """Whether the name follows a person's noun and "of": "another employee of Noroeste Farm known as "Coco"" gives the
    employee's nickname, not the farm's."""
    before = _PERSON_OF.search(text, 0, a.start)
    return before is not None and before["noun"].lower() in PERSON_NOUNS


def _of_a_persons_noun(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether a body's name follows a person's noun and its preposition, and a bare name comes after the comma: in "The
    US envoy to the UN, Nikki Haley, has predicted" that name apposes the envoy, not the body (which stays apart from
    her); "a deputy director of Cukropol, the Amalgamated Sugar Industry Enterprises," names the body twice, as a
    description with its article does."""
    before = _PERSON_TO.search(text, 0, a.start)
    return before is not None and text[a.end : b.start] == ", " and (before["noun"] in PERSON_NOUNS or is_person_title(before["noun"]))


def _in_a_list(text: str, ms: list[_Mention], a: _Mention, b: _Mention) -> bool:
    """Whether a name comes before `a` or after `b` as one more item of a list: "the Milk Council, the
    Wine Board, the Potato Council" names three bodies, where "Gavi, the Vaccine Alliance, said" names one twice."""
    k = ms.index(a)
    before = ms[k - 1] if k > 0 else None
    after = ms[k + 2] if k + 2 < len(ms) else None
    return bool(before and before.end <= a.start and _LIST_SEPARATOR.fullmatch(text[before.end : a.start])
                or after and b.end <= after.start and _LIST_SEPARATOR.fullmatch(text[b.end : after.start]))


def _conjoined(doc, a: _Mention, b: _Mention) -> bool:
    """Whether the parser reads the second name as one more item of a list the first opens: "They include parliament,
    the Bundesbank, the Federal Banking Supervisory Board, eight West German stock exchanges and ...", where the items
    around the two are no names, so that only the parse tells the list from an apposition ("Gavi, the Vaccine Alliance,
    said"). An acronym after a comma is the name's own ("the Chicago Board of Trade, CBT,"), whatever the parse."""
    return doc is not None and any(
        t.dep_ == "conj" and a.start <= t.head.idx < a.end for t in doc if b.start <= t.idx < b.end and not b.start <= t.head.idx < b.end)


def _short_form(text: str) -> bool:
    """An acronym, also one written in mixed case: "ISIL", "MaT", "DoD"."""
    return is_acronym(text) or bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", text)) and sum(ch.isupper() for ch in text) >= 2
