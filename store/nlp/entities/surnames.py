"""Whether two spellings name one person: a surname, a misspelt or doubled letter, transposed names,
a clipped name."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .. import thresholds as T
from ..given_names import given_name as _given_name, given_name_sex, NICKNAMES as _NICKNAMES
from ..recall import SITED_HEADS
from ...sentences import sentence_end_after, sentence_start_before
from ...names import bare_key, FUNCTION_WORDS, leading_title_length, name_key, NAME_PARTICLES, NAME_SUFFIXES, name_words, surname_key
from .base import _Group, LEGAL_FORMS, _Mention, PLACE_LABELS, _plural_word, WRITER


def _shared_surnames(groups: list[_Group]) -> list[_Group]:
    """A bare surname two named people share ("Clinton" beside "Bill Clinton" and "Hillary Rodham Clinton", a
    couple, or a source and a relative): every mention goes to the one of them the copy names in full first, the
    story's own subject. Copy that names a second bearer calls her by her full or given name from then on, to keep
    the two apart, and keeps the bare surname for the first: "Clinton is leading Dole" after "first lady Hillary
    Rodham Clinton told ABC" is the president; "Osbourne himself" after "Sharon Osbourne is ..." is Ozzy, named
    first. A surname misspelt goes so too, where no one bears it as written ("said Kudja" after "Jarek Kujda" is
    his, his sister Malgorzata Kujda named after it)."""
    people = [g for g in groups if g.label == "PERSON" and any(len(name_words(a)) > 1 for a in g.aliases)]
    out = []
    for g in groups:
        # "von Weizsäcker" is one surname, its particle no given name
        bare = g.label == "PERSON" and all(len([w for w in a.split() if w not in NAME_PARTICLES]) == 1 for a in g.aliases)
        owners = [h for h in people if bare and any(_ends_with(full, a) for full in h.aliases for a in g.aliases)] or [
            h for h in people if bare and any(_misspelt_surname(full, a) for full in h.aliases for a in g.aliases)]
        if len(owners) < 2:
            out.append(g)
            continue
        first = _bearer_its_pronouns_say(g, owners) or _first_named_alone(_story_people(owners))
        if first is not None and _junior_named_by_his_suffix(first, people):
            first = None
        kept: list[_Mention] = []
        for m in g.mentions:
            owner = _owner_of_the_honorifics_sex(m, owners) or first
            (owner.mentions if owner is not None else kept).append(m)
        if kept:
            out.append(_Group(kept, g.label, g.place))  # no bearer said: the surname alone, an entity of its own
    return out


def _junior_named_by_his_suffix(bearer: _Group, people: list[_Group]) -> bool:
    """"Trump Jr." beside "Donald Trump Jr." where the copy never names "Donald Trump": a son it calls by his surname and
    his suffix, to tell him from his father, whom the bare surname ("Trump had been silent for days about the
    controversy around his son") then names. (Where the father is named in full too, "Trump's father" may be the son's.)"""
    suffixed = [ws for a in bearer.aliases if len(ws := a.split()) > 1 and name_key(ws[-1]) in NAME_SUFFIXES]
    fathers = {name_key(" ".join(ws[:-1])) for ws in suffixed if len(ws) > 2}
    named = {name_key(a) for h in people for a in h.aliases}
    return any(len(ws) == 2 for ws in suffixed) and bool(fathers) and not fathers & named


def _story_people(owners: list[_Group]) -> list[_Group]:
    """The bearers of a shared surname the story writes of, not only its writers: a by-line or a credit line named first
    ("Yamiche Alcindor, Larry Copeland and Kevin Johnson" over the masthead, then "Capt. Ron Johnson ... Johnson said")
    is no subject the bare surname names, as the by-line never speaks in the body."""
    return [h for h in owners if not all(WRITER in m.evidence for m in h.mentions)] or owners


def _first_named_alone(owners: list[_Group]) -> _Group | None:
    """The bearer of a shared surname the copy names in full first, its subject; none where that first full name is
    written with another bearer's given name before it ("brothers Ammon and Ryan Bundy"): the copy names the family,
    no subject of its own, and a bare "Bundy" after may be any of them."""
    first = min(owners, key=_first_named_in_full)
    seq, start = _first_named_in_full(first)
    joined = any(m.seq == seq and " " not in m.text and 2 <= start - m.end <= 5
                 for h in owners if h is not first for m in h.mentions)
    return None if joined else first


# Honorifics that say their bearer's sex (keys): "Mrs. Boskovic" is a woman, "Mr. Boskovic" a man.
_HER_HONORIFICS = frozenset({"mrs", "ms", "miss", "mme", "madame", "lady", "dame"})
_HIS_HONORIFICS = frozenset({"mr", "sir", "lord", "monsieur"})

# The word right before a name, with its period: "says Mrs. Boskovic" ("Mrs.").
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+)\.?\s+$")


def mark_honorific_sex(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a name written after an honorific of one sex ("says Mrs. Boskovic, mother of ...", "Mr Howard said"),
    in the mention or right before it, "her honorific" or "his honorific": which of two bearers of a surname it is."""
    for m in mentions:
        before = _WORD_BEFORE.search(text_of[m.seq], max(0, m.start - 12), m.start) if m.seq in text_of else None
        word = (before[1] if before else m.text.split()[0].rstrip(".")).lower()
        if word in _HER_HONORIFICS:
            m.evidence.add("her honorific")
        elif word in _HIS_HONORIFICS:
            m.evidence.add("his honorific")


# Titles of a monarch or a royal, who goes by one given name after them: "King Hussein", "Pope Francis".
_REIGN_TITLES = frozenset({"king", "queen", "pope", "emperor", "empress", "sultan", "tsar", "czar", "shah", "emir", "prince", "princess"})


def mark_reign_names(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a name written after a monarch's or a royal's title ("after King Hussein began calling for change"),
    "reign name": one word is the royal's own name, never the given name of a commoner the story names in full
    ("Ibrahim's assistant, Hussein Khalaf"), only of a royal ("Prince Saud al-Faisal", then "Prince Saud")."""
    for m in mentions:
        before = _WORD_BEFORE.search(text_of[m.seq], max(0, m.start - 12), m.start) if m.seq in text_of else None
        if m.label == "PERSON" and before and before[1].lower() in _REIGN_TITLES and before[1][:1].isupper():
            m.evidence.add("reign name")  # (a full name too: "Prince Saud al-Faisal", whom "Prince Saud" names)


# A kin noun, in the singular or the plural.
_KIN_NOUN = (r"(?:sons?|daughters?|fathers?|mothers?|wife|wives|husbands?|widow(?:er)?s?|brothers?|sisters?"
             r"|grand(?:son|daughter|father|mother)s?|nephews?|nieces?|uncles?|aunts?)")

# A personal pronoun of the third person that says its referent's sex.
_PRONOUN = re.compile(r"\b(?:(?P<his>he|him|his|himself)|(?P<her>she|her|hers|herself))\b", re.IGNORECASE)

# A kin noun after a possessive pronoun: "her [husband]", "his late [wife]".
_KIN_OWNED = re.compile(r"\s+(?:late\s+|former\s+)?" + _KIN_NOUN + r"\b")


def mark_pronoun_sex(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a surname written alone, the one name of its sentence up to the next personal pronoun, when that pronoun
    says a sex ("Another email noted that in September 2015, Clinton could not recall how she described herself":
    "her pronoun"): the pronoun can be no one else's. (In "Warren told Stumpf, after he admitted" or "hatred of
    Clinton among his supporters", after "Sanders", it may be the other's.)"""
    named: dict[int, list[_Mention]] = {}
    for m in mentions:
        named.setdefault(m.seq, []).append(m)
    for m in mentions:
        if " " in m.text or m.seq not in text_of:
            continue  # (whatever the model took the word for: "in September 2015, Clinton could not", a place)
        text = text_of[m.seq]
        ends = sentence_end_after(text, m.end)
        found = _PRONOUN.search(text, m.end, ends)
        opens = sentence_start_before(text, m.start)
        if found is None:
            _mark_pronoun_of_the_next_sentence(m, text, ends, named[m.seq])
            continue
        if _a_couple_after(text, found, ends):
            continue
        if any(o is not m and opens <= o.start < found.start() for o in named[m.seq]):
            continue
        m.evidence.add("his pronoun" if found["his"] else "her pronoun")


def _a_couple_after(text: str, found: re.Match, ends: int) -> bool:
    """Whether the pronoun found after a surname owns a kin noun and a pronoun of the other sex follows it in the
    sentence: "Reagan's base supporters came second to the well-being of her husband and the reputation of his legacy"
    speaks of a couple, her and him, and the surname may be either (in a story of a wife whose husband shares it, more
    often his); "Clinton and her husband, former President Bill Clinton, attended" says hers."""
    other = "her" if found["his"] else "his"
    return bool(_KIN_OWNED.match(text, found.end())) and any(
        later[other] for later in _PRONOUN.finditer(text, found.end(), ends))


# A personal pronoun of the third person, a subject, that says its referent's sex: "does she owe".
_SUBJECT_PRONOUN = re.compile(r"\b(?:(?P<his>he)|(?P<her>she))\b", re.IGNORECASE)

# Marks that open a quotation: the words after are a speaker's, whose pronouns are of the people the quote talks about.
_OPENING_QUOTES = frozenset("\"\u201c\u2018'")


def _mark_pronoun_of_the_next_sentence(m: _Mention, text: str, ends: int, named: list[_Mention]) -> None:
    """Marks a surname written alone, the one name of its sentence but places, by the first subject pronoun ("he",
    "she") of the next sentence of its paragraph where its own has no personal pronoun ("I understand Clinton has
    already got millions of dollars from China and Japan and all them. So who in the hell does she owe favors to?":
    "her pronoun after"), that sentence naming no one before it; not in a quotation opening that sentence ("Clinton
    said. \u201cIn Tulsa, an unarmed man ...\u201d": the speaker's words, of others); nor where a pronoun before the
    surname in its own sentence already speaks of another of that sex ("It will also be her first analysis of Trump's
    victory. According to extracts released by her office, she ...": the next sentence's pronoun goes on with hers; a
    "he" before "Clinton" leaves the next "she" hers)."""
    found = _SUBJECT_PRONOUN.search(text, ends, sentence_end_after(text, ends))
    opens = sentence_start_before(text, m.start)
    if found is None or text[ends:].lstrip()[:1] in _OPENING_QUOTES or _same_sex_pronoun_before(found, text, opens, m.start) or any(
            o is not m and opens <= o.start < found.start() and o.label not in PLACE_LABELS for o in named):
        return
    m.evidence.add("his pronoun after" if found["his"] else "her pronoun after")


def _same_sex_pronoun_before(found: re.Match, text: str, start: int, end: int) -> bool:
    """Whether a pronoun of the sex `found` gives stands in text[start:end]."""
    sex = "his" if found["his"] else "her"
    return any(p[sex] for p in _PRONOUN.finditer(text, start, end))


def _sex_referred_to(bare: _Group, person: _Group) -> str | None:
    """The sex the text gives a surname written alone, beside a person whose full name ends with it: "F" where an
    honorific calls its bearer a woman ("Mrs. Roe"), or a pronoun does where the text wrote the surname alone twice
    before it named the person in full (a surname the copy takes for known, not his short name) or named the person in
    full only as someone's kin ("his wife, Ann Romney": `_named_in_full_only_as_kin`), and nothing calls the
    bearer a man; "M" the other way round; else, where the person is named in full once only (in passing) by a given
    name the dictionary knows, the sex the next sentence's pronoun gives it if no pronoun nor honorific of the surname
    says the other; None otherwise."""
    first_full = _first_named_in_full(person)
    known = sum((m.seq, m.start) < first_full and "headline" not in m.evidence for m in bare.mentions) >= 2 \
        or _named_in_full_only_as_kin(person)
    told = {"honorific"} | ({"pronoun"} if known else set())

    def said(sex: str, hows: AbstractSet[str] = told) -> bool:
        return any(f"{sex} {how}" in m.evidence for m in bare.mentions for how in hows)

    sex = "F" if said("her") and not said("his") else "M" if said("his") and not said("her") else None
    if sex is None and _named_in_full_once(person) and _given_names_known(person):
        after, every = {"pronoun after"}, {"honorific", "pronoun", "pronoun after"}
        sex = "F" if said("her", after) and not said("his", every) else "M" if said("his", after) and not said("her", every) else None
    return sex


def _named_in_full_only_as_kin(person: _Group) -> bool:
    """Whether every full name of a person is written as the apposition of someone's kin noun ("events for his wife, Ann
    Romney"): the copy brings her in through the one she is kin of, who bears the surname and whom it calls by it alone,
    so the pronouns of the bare surname say whose it is, as where the surname is known before the full name."""
    full = [m for m in person.mentions if len(name_words(m.text[leading_title_length(m.text):])) > 1]
    return bool(full) and all("kin apposed" in m.evidence for m in full)


def _given_names_known(person: _Group) -> bool:
    """Whether the given-name dictionary knows every given name the person's full names open with ("bill" of "Bill
    Clinton"): the sex table's guess for a name it lacks ("Pik" of "Pik Botha") is too often wrong to set a pronoun
    against."""
    return all(_given_name(name_key(ws[0])) for a in person.aliases if len(ws := name_words(a[leading_title_length(a):])) > 1)


def _named_in_full_once(person: _Group) -> bool:
    """Whether the copy writes a person's full name once only, in passing ("a nominal Republican who voted for JFK and
    Bill Clinton"): a surname alone the text then calls "she" is no short name of his, who is named no more."""
    return sum(len(name_words(m.text[leading_title_length(m.text):])) > 1 for m in person.mentions) == 1


def _other_sex(bare: _Group, person: _Group) -> bool:
    """Whether the text refers to a surname written alone as to one of the sex a person's given name is not: "Clinton is
    known for ...", "Clinton could not recall how she described herself", beside the one full name "Bill Clinton"
    (written once, late, in a quote): the surname is a woman's the copy takes for known, no short name of his."""
    sex = _sex_referred_to(bare, person)
    return sex is not None and _sex_of(person) not in {None, sex}


def _bearer_its_pronouns_say(bare: _Group, owners: list[_Group]) -> _Group | None:
    """The one of a surname's bearers of the sex that every pronoun the text gives the surname alone says, the one
    the copy keeps the bare surname for: "people want to vote for Clinton because she would be the first woman" beside
    "attacking Bill Clinton" and "beat Hillary Clinton" is Hillary, and so is "Trump has warned Clinton", though Bill
    is named in full first. None where no pronoun says a sex, or pronouns say both."""
    sexes = {"F" if "her pronoun" in m.evidence else "M" for m in bare.mentions if m.evidence & {"her pronoun", "his pronoun"}}
    of_sex = [h for h in owners if len(sexes) == 1 and _sex_of(h) in sexes]
    return of_sex[0] if len(of_sex) == 1 else None


def _owner_of_the_honorifics_sex(m: _Mention, owners: list[_Group]) -> _Group | None:
    """The one of a surname's bearers of the sex its honorific says: "says Mrs. Boskovic" beside "Boban Boskovic" and
    "Milica Boskovic" is Milica, though Boban is named first; "Mrs. Clinton" beside "Bill Clinton" and "Hillary Rodham
    Clinton" is Hillary. Honorifics do not carry sex alone: the given names do, by the table (given_name_sex)."""
    sex = "F" if "her honorific" in m.evidence else "M" if "his honorific" in m.evidence else None
    of_sex = [h for h in owners if sex is not None and _sex_of(h) == sex]
    return of_sex[0] if len(of_sex) == 1 else None


def _sex_of(person: _Group) -> str | None:
    """A person's sex as the given names of the full names the copy writes say it ("Milica Boskovic": "F"), None
    where they say none or both."""
    sexes = {given_name_sex(name_key(ws[0])) for a in person.aliases if len(ws := name_words(a[leading_title_length(a):])) > 1}
    return sexes.pop() if len(sexes) == 1 else None


def _names_opening_a_longer_name(groups: list[_Group]) -> list[tuple[int, int]]:
    """(full, short) pairs: "Abu Hassan" after "Datuk Abu Hassan Omar", "Ali Mahdi" after "Ali Mahdi Mohamed": a
    person's name of two words that opens the one name of three or more the story gives a person, as Malay and Arab
    names are shortened (the last a father's name), titles aside; never where its second word is the surname of
    someone named in full ("Anna Berg" beside "Anna Berg Olsen" and "Karl Berg")."""
    def words(name: str) -> list[str]:
        return [bare_key(w) for w in name_words(name[leading_title_length(name):])]

    people = [(i, [words(a) for a in g.aliases]) for i, g in enumerate(groups) if g.label == "PERSON"]
    written = [ws for _, names in people for ws in names]
    pairs = []
    for i, names in people:
        if _written_as_kin(groups[i]):
            continue  # "The daughter of Aung San" beside "Aung San Suu Kyi": her father, whose name opens hers
        for short in (ws for ws in names if len(ws) == 2 and ws[1] not in NAME_PARTICLES and all(ws)):
            owners = {j for j, longs in people if j != i and any(len(ws) > 2 and ws[:2] == short for ws in longs)
                      and not _called_by_the_rest(longs, short, written)}
            # the surnames of the others named in full, who do not open so
            others = {ws[-1] for _, longs in people for ws in longs if len(ws) > 1 and ws[:2] != short}
            if len(owners) == 1 and short[1] not in others:
                pairs.append((owners.pop(), i))
    return pairs


def _called_by_the_rest(names: list[list[str]], opening: list[str], written: list[list[str]]) -> bool:
    """Whether the bearer of a long name (`names`, the keys of the words of each name it is written as) is called by its
    words after `opening`, as one of the people's names `written` is ("Suu Kyi" of "Aung San Suu Kyi"): then the
    opening words are no short name of hers, but another's name hers was made from (her father's, "Aung San")."""
    return any(ws[len(opening):] in written for ws in names if len(ws) > len(opening) and ws[:len(opening)] == opening)


def _first_named_in_full(person: _Group) -> tuple[int, int]:
    """Where the copy first writes a person's full name ("President Bill Clinton", not "President Clinton"), not as
    the kin the subject is named by ("The son of former German President Richard von Weizsäcker, Fritz Eckart von
    Weizsäcker was stabbed": the son is the story's von Weizsäcker)."""
    return min([(m.seq, m.start) for m in person.mentions if len(name_words(m.text[leading_title_length(m.text):])) > 1
                and "kin named" not in m.evidence], default=(1 << 30, 0))


# A kin noun and "of" before a name, its titles between, capitalised or not: "The son of former German President
# [Richard von Weizsäcker]", "the son of former president [Anna von Berg]".
_KIN_OF_BEFORE = re.compile(r"\b" + _KIN_NOUN + r" of (?:the )?(?:[\w.\-]+ ){0,4}$")


# Someone's kin noun: "His father", "Mr. Roe's father", "whose oldest son".
_SOMEONES_KIN = (
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)|['\u2019]s)\s+(?:(?:late|eldest|oldest|youngest|older|younger|estranged|only)\s+)?"
    r"(?:sons?|daughters?|father|mother|wife|husband|brothers?|sisters?|grand(?:son|daughter|father|mother)s?|uncle|aunt"
    r"|nephews?|nieces?|children|kids)")

# Someone's kin noun and a comma before a name, its apposition, a description of him in lowercase words between:
# "His father, [Duncan Hunter Sr.],", "Mr. Roe's father, [Jon Roe]", "whose oldest son, [Jon A. Roe],", "his father,
# former major league pitcher [Pat Mahomes]" (never across a clause: "his wife, who met [Jon Roe]", "his son, and [Jon
# Roe]").
_KIN_APPOSED_BEFORE = re.compile(_SOMEONES_KIN + r",\s+(?:(?!(?:and|or|but|who|whom|whose|which|that|with|said|says|told)\b)[a-z][\w'-]*\s+){0,5}$")

# Someone's kin noun right before a given name alone: "Murdoch has distanced himself and his son [James]".
_KIN_GIVEN_BEFORE = re.compile(_SOMEONES_KIN + r"\s+$")

# Someone's kin noun, a colon, then a list of given names alone: "three of his children: Ivanka, [Eric] and Donald
# Trump Jr." (each of the family, however the list runs on).
_KIN_LISTED_BEFORE = re.compile(_SOMEONES_KIN + r":\s+(?:[A-Z][\w'-]*(?:,\s+|\s+and\s+))*$")


# A spouse's title of office right before a name: "first lady [Michelle Obama]", "the first lady, [Laura Bush],".
_SPOUSE_TITLE_BEFORE = re.compile(r"\b(?:first|second) (?:lady|gentleman),?\s+$", re.IGNORECASE)


def mark_kin_named(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a person's name written as the kin another is named by ("the son of ... Richard von Weizsäcker, Fritz
    Eckart von Weizsäcker"): it names the relative, not the story's subject; and one written as the apposition of
    someone's kin noun ("His father, Duncan Hunter Sr., who once represented ...": "kin apposed"), which tells him from
    the one he is kin of, however alike their names; and a given name alone right after someone's kin noun ("and his
    son James": "kin given", or apposed to it: "Lauren Sanchez's brother, Michael,", or listed after it and a colon:
    "three of his children: Ivanka, Eric and ..."), a relative of that someone, who bears the family's surname."""
    for m in mentions:
        if m.label != "PERSON" or m.seq not in text_of:
            continue
        if _KIN_OF_BEFORE.search(text_of[m.seq], 0, m.start):
            m.evidence.add("kin named")
        elif _KIN_APPOSED_BEFORE.search(text_of[m.seq], max(0, m.start - 100), m.start):
            m.evidence.add("kin apposed")
            if " " not in m.text:
                m.evidence.add("kin given")  # "Lauren Sanchez's brother, Michael,": as without the comma
        elif " " not in m.text and (_KIN_GIVEN_BEFORE.search(text_of[m.seq], max(0, m.start - 60), m.start)
                                    or _KIN_LISTED_BEFORE.search(text_of[m.seq], max(0, m.start - 120), m.start)):
            m.evidence.add("kin given")
        if _SPOUSE_TITLE_BEFORE.search(text_of[m.seq], max(0, m.start - 20), m.start):
            m.evidence.add("spouse titled")


def _named_only_beside_a_sibling(person: _Group, bare: _Group, groups: list[_Group]) -> bool:
    """Whether every full name of a person is written right after another given name alone and "and" ("young Malia and
    Sasha Obama"), two of a family named with their one surname, and the bare surname is written before them ("Obama's
    re-election", paragraphs earlier): the one the copy calls by that surname alone is known before the family is
    named (their father), no short name of either child. (The gap is that of " and " or " & "; the word before it no
    surname of anyone named in full: "Rand Paul and Hillary Clinton".)"""
    surnames = {surname_key(a) for h in groups if h.label == "PERSON" for a in h.aliases if len(name_words(a)) > 1}
    givens = [(m.seq, m.end) for h in groups if h is not person for m in h.mentions
              if " " not in m.text and m.text[:1].isupper() and name_key(m.text) not in surnames]
    full = [m for m in person.mentions if len(name_words(m.text)) > 1]
    return bool(full) and all(any(seq == m.seq and 3 <= m.start - end <= 5 for seq, end in givens) for m in full) \
        and min((m.seq, m.start) for m in bare.mentions) < min((m.seq, m.start) for m in full)


def _named_only_as_a_spouse(person: _Group, bare: _Group) -> bool:
    """Whether every full name of a person is written after a spouse's title ("first lady Michelle Obama") and the bare
    surname is written before the first of them ("President Obama launched ..."): the copy calls the office holder by
    the surname, known before his spouse is named, no short name of hers. Not where an honorific gives the bare surname
    a sex ("Mrs. Obama"): the copy then calls the spouse by it too, which the honorifics tell apart."""
    if any(m.evidence & {"her honorific", "his honorific"} for m in bare.mentions):
        return False
    full = [m for m in person.mentions if len(name_words(m.text[leading_title_length(m.text):])) > 1]
    return bool(full) and all("spouse titled" in m.evidence for m in full) \
        and min(((m.seq, m.start) for m in bare.mentions if "headline" not in m.evidence), default=(1 << 30, 0)) < min((m.seq, m.start) for m in full)


# A possessive and a kin noun after a name: "[Keith Lamont Scott]'s wife pleads", "[Donald Trump]'s son told"; never a
# body's kin ("Acme's sister company", "the Times's sister paper"). The noun of a child is its own group ("child").
_KIN_AFTER = re.compile(
    r"['\u2019]s\s+(?:(?:late|eldest|oldest|youngest|older|younger|estranged|former|only)\s+)?"
    r"(?:(?P<child>(?:grand|step)?(?:sons?|daughters?))|father|mother|wife|husband|widow(?:er)?|brothers?|sisters?"
    r"|grand(?:father|mother)s?|nephews?|nieces?|uncle|aunt|step(?:father|mother)s?)\b"
    r"(?!\s+(?:company|companies|firm|paper|papers|publication|station|network|brand|label|ship|city|cities|group|agency"
    r"|school|college|university|site|magazine|channel|airline|party|organi[sz]ation|concern|unit|fund)\b)")


# The evidence of a name written with a child of its bearer's after it ("President Trump's oldest son"): a parent.
PARENT_OF = "parent of"


def mark_kin_of(mentions: list[_Mention], text_of: dict[int, str]) -> None:
    """Marks a name written with its kin after it ("Keith Lamont Scott's wife pleads for his life"), "kin of" and
    "person": only a person has a wife or a son (the model may take the name for a body's), and the text names him
    as someone's relative, which tells a father from his son of the same name ("Donald Trump's son told ..."); with a
    child after it, PARENT_OF too."""
    for m in mentions:
        if m.label not in {"PERSON", "ORG"} or m.seq not in text_of or not m.text[:1].isupper():
            continue
        if kin := _KIN_AFTER.match(text_of[m.seq], m.end):
            m.evidence |= {"kin of", "person"} | ({PARENT_OF} if kin["child"] else set())


def _written_as_kin(person: _Group) -> bool:
    """Whether the text names a person as another's relative ("the son of Aung San", "Donald Trump's son")."""
    return any(m.evidence & {"kin named", "kin of", "kin apposed"} for m in person.mentions)


def _generation(name: str) -> str:
    """A name's generational suffix, a key ("jr" of "Donald Trump Jr."), "" where it has none."""
    ws = name.split()
    return last if len(ws) > 1 and (last := ws[-1].lower().strip(".,")) in NAME_SUFFIXES else ""


def _father_and_son(x: _Group, y: _Group, groups: list[_Group]) -> bool:
    """Two people named alike but for a generational suffix one of them carries ("Donald Trump Jr." and "Donald
    Trump"): where the text says they are kin ("Donald Trump's son told ...", "the son of Donald Trump", "His father,
    Duncan Hunter Sr.,") or calls the one by his surname and suffix alone, as copy does to tell him from the other
    ("Trump Jr. later joked"), or names the father first (`_named_plain_before_the_suffix`). Without that evidence the
    suffix is often dropped in a story of one man ("Patrick Carlineo Jr.", then "Pat Carlineo"). So too a middle initial one of them carries, where the text says they are
    kin: "Mr. Bush's father, George Bush" and "George W. Bush's brother" are two Georges."""
    def generations(g: _Group) -> set[str]:
        return {_generation(a) for a in g.aliases if len(name_words(a)) > 1}

    gx, gy = generations(x), generations(y)
    if not gx or not gy or gx == gy or "" not in gx | gy:
        return _kin_told_by_a_middle_initial(x, y) or _kin_named_later_by_another_given_name(x, y)
    suffixed = x if gx - {""} else y
    plain = y if suffixed is x else x
    return _written_as_kin(x) or _written_as_kin(y) or _called_by_one_name_and_suffix(suffixed, groups) \
        or _named_plain_before_the_suffix(plain, suffixed)


def _called_by_one_name_and_suffix(suffixed: _Group, groups: list[_Group]) -> bool:
    """Whether the text calls a man named with a generational suffix by one of his names and the suffix alone ("Trump
    Jr. said", "Donald Jr."), as copy does to tell him from another bearer of his name."""
    short_forms = {name_key(a) for g in groups for a in g.aliases if len(a.split()) == 2 and _generation(a)}
    return any(f"{key} {_generation(a)}" in short_forms for a in suffixed.aliases if _generation(a)
               for key in (surname_key(a), name_key(name_words(a[leading_title_length(a):])[0])))


def _suffix_tells_him_from_a_namesake(suffixed: _Group, bare: _Group, groups: list[_Group]) -> bool:
    """Whether a man named with a generational suffix is written as another's kin ("the president's eldest son, Donald
    Trump Jr.") or called by his surname and suffix ("TRUMP JR."): the copy keeps the suffix to tell him from a namesake,
    so a bare surname is that namesake's ("dramatic falling out with President Trump", "going to war for Trump"), no
    short name of his. Not where the bare surname is written as someone's child or spouse ("Trump Jr. later joked",
    then "Trump's father has been hit with allegations": the son's), and not a suffix the copy drops without either:
    "Patrick Carlineo Jr.", then "Carlineo" is one man."""
    as_a_child = any("kin of" in m.evidence and PARENT_OF not in m.evidence for m in bare.mentions)
    return not as_a_child and any(_generation(a) for a in suffixed.aliases) and (
        _written_as_kin(suffixed) or _called_by_one_name_and_suffix(suffixed, groups))


def _juniors_fathers(bare: _Group, groups: list[_Group]) -> set[str]:
    """The names (keys) of the fathers a bare surname may be, where it is written as the parent of a child ("President
    Trump's oldest son defended ...") beside a man named with a generational suffix whom the text calls by his surname
    and suffix ("Donald Trump Jr.", then "Trump Jr. said"): copy keeps the suffix to tell the son from his father, so the
    bare surname with a child is the father ("donald trump"), no short name of the son nor of his siblings ("Eric
    Trump"). Empty where it is not so written (a son called by the bare surname is written as a child: "Trump's
    father")."""
    if not any(PARENT_OF in m.evidence for m in bare.mentions):
        return set()
    surnames = {name_key(a) for a in bare.aliases}
    return {name_key(" ".join(name_words(a))) for h in groups if h.label == "PERSON" and _called_by_one_name_and_suffix(h, groups)
            for a in h.aliases if _generation(a) and surname_key(a) in surnames}


def _named_plain_before_the_suffix(plain: _Group, suffixed: _Group) -> bool:
    """Whether the article writes a man's full name without a suffix before it first writes that very name with one
    ("the Donald Trump era", then "campaign officials, including Donald Trump Jr."): copy gives a man's suffix where it
    introduces him, so the suffix that comes only later is written to tell a second man, the son, from the first. (The
    suffix written first and dropped after is the one man's: "Patrick Carlineo Jr.", then "Patrick Carlineo".)"""
    with_suffix = [m for m in suffixed.mentions if _generation(m.text)]
    first = min(((m.seq, m.start) for m in with_suffix), default=None)
    unsuffixed = {_given_and_surname(m.text) for m in with_suffix}
    return first is not None and any((m.seq, m.start) < first and _given_and_surname(m.text) in unsuffixed for m in plain.mentions)


def _given_and_surname(name: str) -> tuple[str, str]:
    """A man's given name and surname (keys), his middle initials and suffix dropped: the father's "Donald J. Trump" is
    the "Donald Trump" his son's "Donald Trump Jr." repeats."""
    ws = name_words(name[leading_title_length(name):])
    return name_key(ws[0]), surname_key(name)


# A middle name's initials as written: "W.", "H.W.", "J".
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]")


def _kin_told_by_a_middle_initial(x: _Group, y: _Group) -> bool:
    """Whether two people of one given name and surname, both named as someone's kin, are told apart by a middle initial
    the one writes and the other never does: "George W. Bush" and "George Bush" beside "Mr. Bush's father, George
    Bush" and "George W. Bush's brother" (a family names a son after his father, and copy tells them so). Without both
    named as kin, "George Bush" is the one man's name with its initial left out."""
    def initials(g: _Group) -> set[str]:
        return {_middle_initials(ws) for a in g.aliases if len(ws := name_words(a[leading_title_length(a):])) > 1}

    def initialled(g: _Group) -> bool:  # "George W. Bush", not "Hillary Rodham Clinton", whose maiden name copy drops
        return all(_INITIALS.fullmatch(w) for a in g.aliases for w in name_words(a[leading_title_length(a):])[1:-1])

    ix, iy = initials(x), initials(y)
    if not ix or not iy or (ix == {""}) == (iy == {""}) or not initialled(x if iy == {""} else y):
        return False
    return _written_as_kin(x) and _written_as_kin(y)


def _kin_named_later_by_another_given_name(x: _Group, y: _Group) -> bool:
    """Whether two people of one surname and one given name written two ways ("Patrick Mahomes", "Pat Mahomes") are two
    of a family: the one first written as someone's kin ("his father, former major league pitcher Pat Mahomes") after
    the other is named in full. A family names a son after his father and copy tells them apart by the form each goes
    by; a name given as a relative's only once the story's man is named is no other name of his (but "the senator's
    wife, Patricia Roe", then "Pat Roe", written as kin first, is one woman)."""
    def given_names(g: _Group) -> set[str]:
        return {name_key(ws[0]) for a in g.aliases if len(ws := name_words(a[leading_title_length(a):])) > 1}

    if given_names(x) & given_names(y):
        return False
    for kin, other in ((x, y), (y, x)):
        as_kin = [(m.seq, m.start) for m in kin.mentions if "kin apposed" in m.evidence]
        if as_kin and min(as_kin) == _first_named_in_full(kin) and _first_named_in_full(other) < min(as_kin):
            return True
    return False


def _one_given_name(fx: str, fy: str) -> bool:
    """"Dick Ferris" and "Richard Ferris": one given name, its short form written for it."""
    return fy in _NICKNAMES.nicknames_of(fx) or fx in _NICKNAMES.nicknames_of(fy)


def _short_form(short: str, given: str) -> bool:
    """"tommy" of "thomas": a given name's short form (keys), shorter than the name, where the table's "ellen" and
    "helen" are two names of one root, each a person's own ("Helen" is not "Ellen Kushner")."""
    return len(short) < len(given) and _one_given_name(given, short)


def _given_name_spelt_otherwise(name: str, given: str) -> bool:
    """"jonathan" of "jonathon": one given name (keys) the table knows under both spellings, one letter apart and the
    first alike, as copy writes "Jonathon Belotti" once and "Jonathan" after (not "ellen" of "helen", two names)."""
    return name != given and name[:1] == given[:1] and _one_given_name(given, name) and (
        len(name) == len(given) and sum(a != b for a, b in zip(name, given)) == 1 or _transposed(name, given, shortest=4)
        or _one_letter_left_out(name, given))


def _opens_a_given_name(short: str, given: str) -> bool:
    """"leo" of "leonardo", "alex" of "alexandra": a given name (keys) the table knows, three letters at least, that opens
    a longer one, as copy calls "Leonardo DiCaprio" "Leo" where the table lists "Leo" for "Leonard" only; the caller
    asks it only where no one named bears the short name itself or one its table gives. Never the first half of a
    given name made of two ("mary" of "maryanne", the table knowing "anne" and not "maryanne"): a name of its own."""
    return len(short) >= 3 and len(given) > len(short) and given.startswith(short) and _given_name(short) \
        and not _two_given_names_run_together(short, given)


def _two_given_names_run_together(short: str, given: str) -> bool:
    """"maryanne" of "mary" and "anne", "kellyanne" (keys): a given name the table lacks, made of the short one and
    another the table knows, three letters at least."""
    rest = given[len(short):]
    return len(rest) >= 3 and _given_name(rest) and not _given_name(given)


def _given_name_misspelt(fx: str, fy: str) -> bool:
    """"Dzhokhar", "Dzohkhar" and "Dzhokhan" (keys) before one surname: a long given name the story misspells, two
    neighbouring letters swapped, a doubled letter written once or one letter after the first written wrong, as copy
    spells a foreign name it transcribes. Not two names the table of given names knows both of ("Daniel", "Danial"),
    each a person's own."""
    if fx == fy or min(len(fx), len(fy)) < 6 or fx[0] != fy[0] or _given_name(fx) and _given_name(fy):
        return False
    one_letter = len(fx) == len(fy) and sum(a != b for a, b in zip(fx, fy)) == 1
    return one_letter or _transposed(fx, fy) or _undoubled(fx, fy)


def _romanised_alike(fx: str, fy: str) -> bool:
    """"Victor Makarov" and "Viktor Makarov": one given name (keys) romanised with a "c" and with a "k", as copy
    spells a Russian's twice."""
    return fx != fy and len(fx) >= 4 and fx.replace("c", "k") == fy.replace("c", "k")


def _middle_initials(words: list[str]) -> str:
    """The initials of a name's middle names (its words between the given name and the surname, particles aside), in
    order: "hw" of "George H.W. Bush", "w" of "George W. Bush", "r" of "Hillary Rodham Clinton"."""
    letters = []
    for w in words[1:-1]:
        if name_key(w) in NAME_PARTICLES:
            continue
        initials = w.replace(".", "")
        letters.append(initials.lower() if "." in w and initials.isalpha() and initials.isupper() else w[:1].lower())
    return "".join(letters)


def _other_middle_names(x: str, y: str) -> bool:
    """Whether two names of one given name and surname write middle names of other initials each:
    "George W. Bush" and "George H.W. Bush", "John F. Kennedy" and "John B. Kennedy", a father and his son or two of
    one family, whom copy tells apart by them; not "Hillary Rodham Clinton" and "Hillary R. Clinton", nor a name with
    its middle name left out ("George Bush")."""
    mx, my = (_middle_initials(name_words(n[leading_title_length(n):])) for n in (x, y))
    return bool(mx) and bool(my) and mx != my


def _one_person(x: str, y: str) -> bool:
    xs, ys = name_words(x), name_words(y)
    if _other_middle_names(x, y):
        return False
    if _transposed(bare_key(xs[-1]), bare_key(ys[-1])) and name_key(xs[0]) == name_key(ys[0]) and len(xs) > 1:
        return True  # "Jennifer Lindqvist" and "Jennifer Lindqivst": one surname misspelt, the given name alike
    if bare_key(xs[-1]) != bare_key(ys[-1]) or len(bare_key(xs[-1])) < 3:
        return False
    sx, sy = x.split()[-1].lower().strip(".,"), y.split()[-1].lower().strip(".,")
    if sx != sy and sx in NAME_SUFFIXES and sy in NAME_SUFFIXES:
        return False  # "John Doe Sr." and "John Doe Jr.": father and son
    fx, fy = name_key(xs[0]), name_key(ys[0])
    if _his_and_hers(fx, fy):
        return False  # "Eric Garner" and "Erica Garner", both written in full: a father and his daughter
    if len(xs) == 2 and fx in _quoted_words(y) or len(ys) == 2 and fy in _quoted_words(x):
        return True  # "Scooter Libby" of "Lewis “Scooter” Libby": the name he goes by, quoted inside his full name
    if fx == fy or _given_name_and_surname(xs, ys) and (_one_given_name(fx, fy) or _romanised_alike(fx, fy)) or _given_name_misspelt(fx, fy):
        return True
    short, long_ = sorted((fx, fy), key=len)
    return len(short) == 1 and long_.startswith(short) or len(short) >= 3 and long_.startswith(short)


def _given_name_and_surname(xs: list[str], ys: list[str]) -> bool:
    """Whether two names (their words) are each a given name and a surname, one with a middle initial between them at
    most: "Joseph R. Biden" introduced, then "Joe Biden" in a quote, one man by his given name's short form (never a
    name of more words, whose second may be a given name of its own or a surname's first half)."""
    lengths = sorted((len(xs), len(ys)))
    if lengths == [2, 2]:
        return True
    longer = xs if len(xs) > len(ys) else ys
    return lengths == [2, 3] and len(longer[1].rstrip(".")) == 1 and longer[1][:1].isupper()


def _his_and_hers(fx: str, fy: str) -> bool:
    """"eric" and "erica", "paul" and "paula", "nigel" and "nigella" (keys): a given name and a longer one it opens,
    which the table of sexes gives to a man and to a woman: his name and hers, no short form nor misspelling of one
    another (not "alex" of "alexandra", a short form the table of short forms knows)."""
    short, long_ = sorted((fx, fy), key=len)
    if len(long_) == len(short) or not long_.startswith(short):
        return False
    if len(long_) > len(short) + 1 and _one_given_name(short, long_):
        return False  # (one letter more is never a short form: "paul" is no "paula"'s)
    return {given_name_sex(short), given_name_sex(long_)} == {"F", "M"}


def _ends_with(full: str, short: str) -> bool:
    """'Nuri al-Maliki' ends with 'Maliki'; 'Aung San Suu Kyi' with 'Suu Kyi'; 'Donald Trump Jr.' with 'Trump Jr.' (not
    'Donald Trump' with it); and the name a person goes by inside a long one: 'Lula' of 'Luiz Inacio Lula da Silva'."""
    if suffix := _generation(short):
        # "Trump Jr." of "Donald Trump Jr.", never of his father "Donald Trump"
        if _generation(full) != suffix:
            return False
        short = " ".join(name_words(short))
    fw = [bare_key(w) for w in name_words(full)]
    sw = [bare_key(w) for w in short.split()]
    # (words of keys, so that a surname's hyphen written once as a space still ends it: "Kilroy-Silk" of "Robert Kilroy
    # Silk"; never one barrel alone, "Silk")
    if any(" ".join(fw[k:]) == " ".join(sw) for k in range(1, len(fw))):
        return True
    if len(fw) <= len(sw):
        return False
    if len(sw) == 1 and sw[0] in _quoted_words(full):
        return True  # "Mido" of "Ahmed 'Mido' Hossam": the name he goes by, quoted inside his full name
    # (not "Jauppi" of "Arvid Jauppi and Associates": a firm named after two or more, no one's name; nor "Anderson" of
    # the "Hans Christian Anderson School": a body named after a man, no name of his)
    return len(sw) == 1 and len(fw) >= 4 and sw[0] in fw[1:-1] and len(sw[0]) >= 4 and "and" not in fw and fw[-1] not in SITED_HEADS


def _first_of_two_surnames(full: str, short: str) -> bool:
    """"Egarter" of "Eduard Egarter Vigl", "Lopez" of "Lucio Lopez Fleming": the first of a person's two surnames,
    which copy calls him by alone, as Spanish, Portuguese and Tyrolean names go; never a given name written second
    ("Christian" of "Hans Christian Andersen", "Jessica" of "Sarah Jessica Parker"), which the table knows, nor the
    man a body is named after ("Darwin" of a "Charles Darwin University" the model took for a person's name)."""
    fw, sw = [bare_key(w) for w in name_words(full)], bare_key(short)
    return len(fw) == 3 and " " not in short and fw[1] == sw and len(sw) >= 4 and not _given_name(sw) and fw[-1] not in SITED_HEADS


def _other_particles(full: str, short: str) -> bool:
    """"Van de Vijver" of "Walter van der Vijver": a surname of particles and one word, which copy writes again with its
    particles spelt another way (Dutch "de" and "der", "van" dropped or kept); the word after them alike, a given name
    before them in the full name."""
    fw, sw = [bare_key(w) for w in name_words(full)], [bare_key(w) for w in short.split()]
    inner = [w for w in fw[1:-1] if w in NAME_PARTICLES]
    return (len(sw) > 1 and sw[-1] == fw[-1] and all(w in NAME_PARTICLES for w in sw[:-1]) and inner == fw[1:-1] and bool(inner)
            and sw[:-1] != inner)


def _quoted_words(name: str) -> set[str]:
    """The keys of a name's words written inside quotation marks: "mido" of "Ahmed 'Mido' Hossam"."""
    return {bare_key(w[1:-1]) for w in name.split()[1:-1] if len(w) > 2 and w[0] in "'\"\u2018\u201c" and w[-1] in "'\"\u2019\u201d"}


def _misspelt_surname(full: str, short: str) -> bool:
    """"Garett" of "Wendy Garrett": a bare surname the story misspells once, a doubled letter written single, two
    neighbouring letters swapped ("Beesely" and "Beesley") or one letter left out inside a long name ("Benderly" and
    "Benderley")."""
    fw = name_words(full)
    if len(fw) < 2 or " " in short:
        return False
    # a surname of five letters is misspelt by a swap too ("Kudja" of "Jarek Kujda"), a name no other is that close to
    return _misspelt_word(x := bare_key(fw[-1]), y := bare_key(short)) or _transposed(x, y, shortest=5)


def _misspelt_word(x: str, y: str) -> bool:
    """One name's word (a key) and the same misspelt as copy does once: a doubled letter written single, two
    neighbouring letters swapped, one letter left out or changed inside a long word."""
    return _undoubled(x, y) or _transposed(x, y) or _one_letter_left_out(x, y) or _one_letter_changed(x, y)


def _one_letter_changed(x: str, y: str) -> bool:
    """"Tutenkhamen" for "Tutankhamen", "AztraZeneca" for "AstraZeneca": one letter of a long name (keys) written wrong,
    neither its first nor one of its last two (an ending changed makes another name: "Andersen", "Anderson"). Nine
    letters at least: shorter names one letter apart are two people's too often ("Khomeini" and "Khamenei", "Clapton"
    and "Clayton" in one story)."""
    if len(x) != len(y) or len(x) < T.MISSPELT_NAME_MIN_CHARS or " " in x or " " in y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 and 0 < diff[0] < len(x) - 2


def _one_letter_left_out(x: str, y: str) -> bool:
    """One of the two is the other with one letter left out, neither its first nor its last, the shorter six
    letters at least (a short name is another's with one letter more too often: "Dunn", "Dunne")."""
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long_) != len(short) + 1 or len(short) < 6 or " " in long_:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_) - 1))


def _undoubled(x: str, y: str) -> bool:
    """One of the two is the other with a doubled letter written once: "Garrett" and "Garett"."""
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long_) != len(short) + 1 or len(short) < T.SPELLING_VARIANT_MIN_CHARS:
        return False
    return any(long_[i] == long_[i - 1] and long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def _transposed(x: str, y: str, shortest: int = 6) -> bool:
    """"Rubkan" for "Rukban": one name misspelt by two neighbouring letters swapped, inside a long
    word (first and last letters kept), the typo a story makes once."""
    if len(x) != len(y) or len(x) < shortest or x == y or " " in x or x[0] != y[0] or x[-1] != y[-1]:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _clips(short: str, full: str) -> bool:
    """Each word of `short` is the word of `full` in its place, or a clipping of it: its first
    letter and some of its others in order ("Man" of "Manchester", "Utd" of "United"), one at least."""
    sw, fw = name_key(short).split(), name_key(full).split()
    if len(sw) != len(fw) or len(sw) < 2 or sw == fw:
        return False
    if _plural_word(fw[-1]) and not _plural_word(sw[-1]):
        return False  # "Lib Dems" of "Liberal Democrats"; "Lib Dem" is a member's adjective ("Lib Dem president")
    return all(s == f or len(s) >= 2 and len(s) < len(f) and s[0] == f[0] and _in_order(s, f) for s, f in zip(sw, fw))


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)


def _blended(short: str, full: str) -> bool:
    """A name made of the first letters of each word of a longer one, two or more of each, run together: "Comex"
    of "Commodity Exchange Inc", "Amex" of "American Express", "Ofcom" of "Office of Communications" (function
    words and a closing legal form left out)."""
    word = name_key(short)
    words = [w for w in name_key(full).split() if w not in FUNCTION_WORDS]
    while len(words) > 2 and words[-1] in LEGAL_FORMS:
        words.pop()
    if " " in word or len(words) < 2 or len(word) < 4:
        return False

    def split(rest: str, ws: list[str]) -> bool:
        if not ws:
            return not rest
        return any(ws[0].startswith(rest[:n]) and split(rest[n:], ws[1:]) for n in range(2, len(rest) + 1) if n < len(ws[0]))

    return split(word, words)
