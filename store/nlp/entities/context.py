"""What the words around a model's span say it names: a place, a person, a site, a product."""

from __future__ import annotations

import re

from .. import thresholds as T
from ...names import fold, HONORIFICS, is_person_title
from .base import _AGENT_ENDING, _BODY_HEAD_NOUNS, LOCATIVE_PREPS, Para, _PERSON_APPOSITION, REGION_NOUNS, SITE_NOUNS, _WHO
from .kinds import _names_a_product
from ..speakers import SPEECH_VERBS


PLACE_NOUNS = frozenset(
    """town village city district province region neighbourhood neighborhood suburb area camp port
    capital governorate county state municipality settlement enclave island valley oasis outskirts
    township hamlet commune prefecture hometown""".split()
)

_DIRECTION_OF = re.compile(
    r"^,\s+(?:(?:some|about|around|roughly|nearly|almost|just)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\s*(?:\([^()]*\)\s*)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b",
    re.IGNORECASE,
)

# "Braunau am Inn, a town on the border": an apposition only a place takes.
_PLACE_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(PLACE_NOUNS - {"area", "camp", "port", "state"})) + r")(?:\s*[,.;]|\s+(?:on|in|of|near|at|along|about|some|that|where|which)\b)",  # not "the city's mayor"
    re.IGNORECASE,
)

# "Icstis, the UK's premium rate services watchdog,": an apposition only a body takes, its noun after modifiers alone
# (not "Jo Roe, the head of the group,", "Jo Roe, an economist with the American Gas Association,": a person's role
# in one).
_BODY_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|from|to|with|by|on|under|within)\b)[\w'\u2019-]+\s+){0,5}?"
    r"(?:watchdog|regulator|charity|organisation|organization|body|agency|authority|association|federation|"
    r"institute|foundation|trust|council|commission)(?:\s*[,.;]|\s+(?:for|of|in|that|which|whose)\b)",
    re.IGNORECASE,
)

# A name apposed after a role only a person holds: "Sweden's deputy director of public prosecutions, Eva-Marie Persson,",
# "leader of the Nationals, Mark Vaile," (the party's name between is no second name of hers).
_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|director|minister|secretary|chairman|chairwoman|chief executive|"
    r"president|commissioner|prosecutor|ambassador|governor|mayor|leader)(?: (?:of|for) [^,;:.]{1,60})?,\s*$",
    re.IGNORECASE,
)

# Last words of a name that make it a place: "Makola Market", "Heathrow Airport".
FACILITY_NOUNS = frozenset("market airport stadium square bridge street road avenue harbour harbor".split())

# Prepositions after which a lone name is a place, never a person.
NEAR_PREPS = frozenset({"near", "outside"})

# "the state's Democratic Party", "the county's Superior Court": a place's possessive, by its noun, before a body's name,
# which names that place's own body (a branch), never the nation's.
_PLACES_POSSESSIVE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_NOUNS)) + r")['\u2019]s\s+$", re.IGNORECASE)

_PUBLICATION_AFTER = re.compile(r"^\s+(?:magazine|newspaper)\b")

# First words of a place's own name: "Camp David", "Fort Worth", "Mount Kenya", "Lake Chad".
_PLACE_FIRST_WORDS = frozenset({"camp", "fort", "mount", "lake", "cape", "port"})
_TEAM_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:team|club|franchise|squad)\b")

# "Sir Elton", "Dame Judi": honorifics a given name follows
_GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})

# Role nouns of a body's members that no title list holds: "Acme boss Jo Roe", "Wild goalie Al Roe".
_MEMBER_NOUNS = frozenset({"boss", "goalie", "chief", "head"})

# Nouns for the people of a birth, after which a name is a people's ("Maori men", "the indigenous Maori people"): no
# party's or body's, whatever is named after that people ("the Maori Party"), since no one is born into a party.
_BIRTH_NOUNS = frozenset({"people", "peoples", "men", "women", "children", "descent", "ancestry", "population", "tribes", "elders"})

# Dependencies of a plural's words that count or qualify its members: "other senior Republicans", "his fellow
# Democrats", "many Tories", "two Conservatives".
_QUALIFYING_DEPS = frozenset({"amod", "nummod", "poss", "det", "quantmod"})


def _with_the(span) -> bool:
    """Whether a name is written with "the" before it, its own ("the Democrats", "the BBC")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children)


# Nouns of parties governing together, whose members named after "of" are the parties: "the coalition of Social
# Democrats and Centrists".
_PARTIES_TOGETHER = frozenset({"coalition", "alliance", "bloc", "government", "pact"})


def _acting_as_one(span) -> bool:
    """Whether a plural names its group acting as one: with "the" ("the Tories were planning"), or the subject, alone
    or with a body's name ("Labour and Tories are not", "Senate Democrats, including Jo Roe, have blocked"), or a
    party of a coalition ("the present coalition of Social Democrats and Centrists"); not
    members counted or qualified ("other senior Republicans had warned", "his fellow Democrats") nor members governed
    by a verb or a preposition ("urged Republicans to join", "77 percent of Republicans", "states won by Democrats"),
    nor the source a closing attribution credits ("..., Democrats said."), nor counted with "the" ("either of the
    Democrats", "any of the Republicans"); a lowercase word the parser hangs on the plural as a compound qualifies its
    members as an adjective does ("gay Republicans and their allies are looking"), where a capitalised one names a
    body ("Senate Democrats"). Nor a plural written as the owner before a noun ("the Democrats' apparatus", "the
    Republicans' governing wing"), which qualifies the noun as the party's adjective does, as "the GOP nominee" is the
    adjective (`_before_its_noun`; a caucus named with its chamber owns its things as a body does: "Senate Democrats'
    bill"); nor the subject of a passive it only undergoes ("Libertarians are screwed"), which says what befalls the
    members, not what the party does."""
    root = span.root
    if _members_counted_in(span) or root.dep_ == "poss" and len(span) == 1:
        return False
    if _with_the(span):
        return True
    if any(c.dep_ in _QUALIFYING_DEPS or c.dep_ == "compound" and c.is_lower for c in root.children) or _some_members_picked_out(root):
        return False
    head = root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if head.dep_ in {"nsubj", "nsubjpass"} and not _undergoes(head):
        return not _source_after_its_words(head)
    return of is not None and of.head.lemma_.lower() in _PARTIES_TOGETHER


# The evidence of a plural, the subject, whose verb says what its people think, feel or look like, not what they do:
# "experts say Democrats are also increasingly viewing morality outside of religion", "Democrats appear to be more
# worried": a poll's voters, as a story of surveys describes them.
HOLDS_A_VIEW = "holds a view"

# Verbs of a view held or a look given, which a poll's voters are the subjects of.
_VIEW_VERBS = frozenset({"view", "see", "appear", "seem", "feel", "think", "believe", "consider", "regard", "prefer", "worry"})

# The evidence of a name written after "of" ("the growing 'nones' of the Democratic Party"): the whole some of whose
# people or things a noun before names.
AFTER_OF = "after of"
# A plural that picks out some of a party's people, not its members in a chamber: those doing something ("Democrats
# running in 2020": candidates), what named people are ("Phil Berger and House Speaker Tim Moore, both Republicans"),
# a wing a noun names ("establishment Republicans").
PICKED_OUT = "picked out"
_SAID_OF_THEM = re.compile(r",\s+(?:both|all)\s+$", re.IGNORECASE)
_AFTER_OF = re.compile(r"\bof\s+(?:the\s+)?$")


def _holds_a_view(span) -> bool:
    """Whether a plural subject's verb is one of a view held or a look given ("Democrats are viewing", "Democrats appear
    to be worried"), not one of an act ("Democrats will regain control")."""
    head = span.root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.head.lemma_.lower() in _VIEW_VERBS


# Prepositions before named members that exemplify a plural: "Republicans like Paul Ryan", "Democrats such as Jo Roe".
_EXAMPLES_PREPS = frozenset({"like", "as"})


def _some_members_picked_out(plural) -> bool:
    """Whether a plural is narrowed to some of its members by what follows it unbroken by a comma: a clause or
    participle saying which ("Republicans who oppose the bill say", "Democrats looking for an edge should do their
    best", which the parser may make the participle's subject) or members named as examples ("Republicans like House
    Speaker Paul Ryan and Mitch McConnell spent the weekend"): members qualified, as "other senior Republicans" are,
    not the party acting. A clause set off by commas says something of the whole ("Republicans, who control the
    Senate, blocked it")."""
    doc = plural.doc

    def unbroken(child) -> bool:
        return not any(t.is_punct for t in doc[plural.i + 1 : child.left_edge.i])

    verb = plural.head
    bare_participle = plural.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ in {"csubj", "acl"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return bare_participle or any(
        c.i > plural.i and unbroken(c) and (c.dep_ in {"relcl", "acl"} or c.dep_ == "prep" and c.lower_ in _EXAMPLES_PREPS
                                             and (c.lower_ == "like" or any(s.lower_ == "such" for s in c.children)))
        for c in plural.children)


def _undergoes(subject) -> bool:
    """Whether a passive's subject only undergoes it ("Libertarians are screwed"), not a passive whose infinitive the
    subject does ("Senate Democrats are expected to grill Barr")."""
    return subject.dep_ == "nsubjpass" and not any(c.dep_ == "xcomp" for c in subject.head.children)


def _source_after_its_words(subject) -> bool:
    """Whether a subject is the source a speech verb credits after the words it reports ("she can now embrace the
    Bill Clinton years, Democrats said."): copy's closing attribution to unnamed members, as "officials said" is, never
    the party announcing a stand, which it fronts ("Democrats say they will ask")."""
    verb = subject.head
    return verb.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)


def _before_its_noun(span) -> bool:
    """Whether a name is written as a modifier before a noun: "the GOP nominee", "risks GOP loss"; not with "party"
    after it ("GOP party leaders": the party's name and its noun)."""
    root, doc = span.root, span.doc
    party_after = span.end < len(doc) and doc[span.end].lower_ == "party"
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end and not party_after


# A name hyphened to a lowercase word into one modifier: "the GOP-orchestrated shutdown", "Kohl's CDU-led coalition".
# The parser hangs it off that word, not the noun, and the party it names does what the word says (it leads, it
# orchestrates): an adjective by its form, the party acting by its sense, so such a use tells neither reading.
HYPHENED = "hyphened"
_HYPHENED_ON = re.compile(r"-[a-z]")

# A name written as an owner, before its possessive: "ABC's This Week", "the BBC's home affairs correspondent".
OWNER = "owner"
_POSSESSIVE_ON = re.compile(r"['\u2019]s\b")

# A name written with "the" of its own, not of a noun it modifies: "the BBC", "the BBC's correspondent" (not "the CBS
# interview"), as copy writes an institution's initials, never a broadcaster's brand ("NBC said").
WITH_THE = "with the"


# Words for some of a party's members, after which its name counts them: "many in GOP reaffirm", "prominent members
# of the GOP", "some of the GOP", "either of the Democrats", "42 percent of the Republicans".
_SOME_MEMBERS = frozenset({
    "many", "some", "most", "few", "several", "member", "majority", "minority", "half", "others", "either", "neither", "both",
    "each", "any", "all", "none", "one", "percent",
})

# Prepositions of a party's ranks, inside which something is: "no place for racism in the G.O.P.", "divisions within the
# GOP", "popular among the GOP".
_WITHIN_RANKS = frozenset({"in", "within", "among", "inside"})


def _members_counted_in(span) -> bool:
    """Whether a name is the party some of whose members a phrase counts ("many in GOP", "members of the GOP", "either
    of the Democrats"), or whose ranks something is in ("no place for racism in the G.O.P.", "divisions within the
    GOP"): the members, as "many Republicans" is, not the party acting, which copy makes a verb's subject or object."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj":
        return False
    return prep.lower_ in _WITHIN_RANKS or prep.lower_ == "of" and prep.head.lemma_.lower() in _SOME_MEMBERS


def _qualified_by_a_participle(span) -> bool:
    """Whether a plural name is qualified by a participle after it ("Democrats running in 2020"): a set of the party's
    people picked out by what they do, not a caucus or the party."""
    return span[-1].tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and c.i >= span.end for c in span.root.children)


def _a_wing_named_by_a_noun(span) -> bool:
    """Whether a plural name has a common noun before it qualifying it ("establishment Republicans"): a wing of the
    party picked out by that noun."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[-1].tag_ in {"NNS", "NNPS"} and before is not None and before.pos_ == "NOUN" and before.text.isalpha() \
        and before.text.islower()


def _urged_to_act(span) -> bool:
    """Whether a name is the object a verb urges to act ("urged the GOP to focus on appealing", "rallied the GOP to
    reject him"): its members, each to act, as "urged Republicans to join" is, not the party a verb acts on ("hammered
    Ryan and the GOP")."""
    root = span.root
    return root.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > root.i for c in root.head.children)


def _persons_camp(ent, noun) -> bool:
    """"the Clinton camp", "the Lewandowski camp": a camp named by a person is her faction, its people, no site, so the
    name before it is still the person (read as a place it was kept from the "Hillary Clinton" the article names in
    full). A camp that is a site is named after its place ("the Rukban camp"), which the model reads as no person."""
    return ent.label_ == "PERSON" and noun.lower_ == "camp"


def voters_base(label: str, noun: str) -> bool:
    """"the Republican base", "the Democratic base", "the Hindu base": a base named by a people's or a party's word is
    its voters, no site, so the word before it stays the people's (read as a site's name it joined "Republicans" as a
    place, and "Republican" with it)."""
    return label == "NORP" and noun.lower() == "base"


def _context_evidence(p: Para, ent, start: int, end: int) -> set[str]:
    found = set()
    doc = p.doc
    if ent.start > 0 and is_person_title(doc[ent.start - 1].text) and doc[ent.start - 1].text[0].isupper():
        found.add("person")  # "Chancellor Olaf Scholz" with the title left outside the span
    if ent.start > 0 and fold(doc[ent.start - 1].text).rstrip(".") in HONORIFICS - _GIVEN_NAME_HONORIFICS:
        found.add("surname")  # "Mr Howard": a family name, not Howard Flight's given name
    before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.lower_ not in {"the", "a", "an"}]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in PLACE_NOUNS:
        found.add("place")
    after = p.text[end : end + 80]
    if _DIRECTION_OF.match(after) or _PLACE_APPOSITION.match(after):
        found.add("place")
    if start < p.skip:
        found |= {"place", "dateline"}
    if _AFTER_OF.search(p.text, max(0, start - 10), start):
        found.add(AFTER_OF)
    if _SAID_OF_THEM.search(p.text, max(0, start - 10), start):
        found.add(PICKED_OUT)
    if _PLACES_POSSESSIVE.search(p.text, max(0, start - 30), start):
        found.add("place's own")
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and (_after_locative(span.root) or _coordinated_with_place(span)):
        found.add("locative")
    if span is not None and _hometown(span.root):
        found.add("place")  # "a 52-year-old from Londonderry": where someone lives, whatever else is named after it
    if span is not None and span.end < len(doc) and doc[span.end].lower_ in REGION_NOUNS:
        found.add("place")  # "the Haute-Garonne region"
    if span is not None and span.end < len(doc) and doc[span.end].text in SITE_NOUNS and not _WHO.match(after) and not _persons_camp(ent, doc[span.end]) \
            and not voters_base(ent.label_, doc[span.end].text):
        found.add("place")  # "Hoa Lo prison": the site, whatever the model made of its name
    # "in the UK, a lawyer for ... said": after a locative the comma closes an opening phrase, it
    # does not appose a role to the name
    apposed = _PERSON_APPOSITION.match(after) and "locative" not in found and not _verb_after_comma(span)
    if _WHO.match(after) and not _relative_of_an_earlier_noun(after, found, p.text[start:end]) or apposed or _PERSON_ROLE_BEFORE.search(p.text[max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS) : start]):
        found.add("person")
    if span is not None and _is_facility(span) and not (ent.label_ == "PERSON" and _role_noun_before(span)):
        found.add("place")  # "Makola Market", "Heathrow Airport": a place, whatever runs it
    if span is not None and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in NEAR_PREPS:
        found.add("near")  # "a plant near Jafurah": a place, though the model took it for a person
    if _TEAM_AFTER.match(after) or _PUBLICATION_AFTER.match(after) or _BODY_APPOSITION.match(after):
        found.add("organisation")  # "the Tampa Bay Rays baseball team", "New York magazine": named for a place
    if span is not None and span.end < len(doc) and doc[span.end].lower_ in _BIRTH_NOUNS:
        found.add("people")
    if span is not None and _member_named_after(span):
        found.add("employer")  # "Wild coach Bruce Boudreau": the body its member's role is in
    if span is not None and span[-1].tag_ in {"NNS", "NNPS"} and span[-1].pos_ in {"NOUN", "PROPN"}:
        found.add("plural")
        if _acting_as_one(span):
            found.add("bloc")
            if _holds_a_view(span):
                found.add(HOLDS_A_VIEW)
    if span is not None and _before_its_noun(span):
        found.add("attributive")
    if _HYPHENED_ON.match(p.text, end):
        found.add(HYPHENED)
    if _POSSESSIVE_ON.match(p.text, end):
        found.add(OWNER)
    if span is not None and _with_the(span):
        found.add(WITH_THE)
    if span is not None and _members_counted_in(span):
        found.add("members counted")
    if span is not None and _urged_to_act(span):
        found.add("members urged")
    if span is not None and (_qualified_by_a_participle(span) or _a_wing_named_by_a_noun(span)):
        found.add(PICKED_OUT)
    if span is not None and _names_a_product(span):
        found.add("product")
    if span is not None and _legislature_by_its_word(span):
        found.add("legislature")
    if before_its_officers_title(p.text, end):
        found.add(BEFORE_ITS_OFFICERS_TITLE)
    if " " not in p.text[start:end] and _GIVEN_NAME_WITHHELD.search(p.text[max(0, start - _WITHHELD_REACH) : end + _WITHHELD_REACH]):
        found.add(GIVEN_NAME_WITHHELD)
    return found


# The evidence of a body's name written as the first words of its officer's title: "Maine Senate President Troy
# Jackson", "the Maine Senate president", "Virginia Senate Majority Leader Dick Saslaw".
BEFORE_ITS_OFFICERS_TITLE = "before its officer's title"

# A chamber's officer after the chamber's word: "House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell",
# "House Minority Whip", "Senate President Karen Spilka".
_CHAMBER_OFFICER_AFTER = re.compile(
    r"\s+(?:(?:Majority|Minority|Republican|Democratic|Assistant|Deputy)\s+)?(?:Speaker|Leader|Whip|President|Chairman|Chairwoman|Chair)\b",
    re.IGNORECASE)


def before_its_officers_title(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by an office held in it ("Maine Senate President", "the Maine Senate
    president")."""
    return _CHAMBER_OFFICER_AFTER.match(text, end) is not None


# The evidence of a one-word name the copy says it gives without the bearer's given name: his surname is all it
# writes of him, so a full name of that surname is someone else's.
GIVEN_NAME_WITHHELD = "given name withheld"

# "asked to be identified by only his last name, Kumar", "Kumar, who asked that his first name not be used", "gave
# only her surname", "declined to give his first name": what copy writes of someone it names by the surname alone.
_GIVEN_NAME_WITHHELD = re.compile(
    r"\b(?:only|just)\s+(?:by\s+)?(?:his|her|their)\s+(?:last\s+name|surname|family\s+name)"
    r"|\b(?:his|her|their)\s+(?:last\s+name|surname)\s+only"
    r"|\b(?:his|her|their)\s+(?:first|given)\s+name\s+(?:not\s+be|be|was|not\s+being|is)\s+(?:used|withheld|published|given|printed)"
    r"|\b(?:declined|refused|asked\s+not)\s+to\s+(?:give|provide|share)\s+(?:his|her|their)\s+(?:first|given|full)\s+name",
    re.IGNORECASE,
)
# Characters either side of the name within which the copy says so: its own sentence, about.
_WITHHELD_REACH = 100


# Words a legislature (or a party of its name) goes by alone, written with no article: "a deal with Congress". (Not
# "Parliament" after "of", which copy writes in the names of its parts: "the Second Chamber of Parliament".)
_LEGISLATURE_WORDS = frozenset({"congress"})

# A nation's parliament by its word alone, written with no article nor "of" before it ("the laws required through
# Parliament", "a Parliament that works for you"), in a paragraph that names nothing of Europe's parliament ("European",
# "MEPs", "Strasbourg"; "out of the EU" may be in any British story): Westminster's or another nation's own, never the
# short name of "the European Parliament" the story names elsewhere (merge._another_legislature; lead ruling 37's session).
_NATIONS_PARLIAMENT = "parliament"
_OF_EUROPE = re.compile(r"\b(?:European|MEPs?|Strasbourg)\b")


def _legislature_by_its_word(span) -> bool:
    """"accused it of having an understanding with Congress": a legislature's word alone, capitalised, with no article
    before it, is that legislature's (or the party of its name's) own name, as a person's is, never the clipped name of a
    longer one ending with it ("the Trinamool Congress"), which copy writes with "the" ("at the Congress" of "the
    World Meat Congress")."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(span) == 1 and span.text[:1].isupper() and span[0].lower_ == _NATIONS_PARLIAMENT:
        return before not in {"the", "of"} and not _OF_EUROPE.search(span.doc.text)
    return len(span) == 1 and span.text[:1].isupper() and span[0].lower_ in _LEGISLATURE_WORDS and before != "the"


def _relative_of_an_earlier_noun(after: str, found: set[str], name: str) -> bool:
    """A "who" with no comma after a name that a place's preposition governs ("people from outside the European Union
    who want to stay", "staff at Brown University who"): the clause is of the noun before the preposition, not the name's.
    So is a "who" after a name ending on a body's head noun, whatever governs it ("the top Democrat on the House Natural
    Resources Committee who helped negotiate the deal"): a committee or a board is a "which", the "who" its member's."""
    return "locative" in found and not after.startswith(",") or name.rsplit(None, 1)[-1].lower() in _BODY_HEAD_NOUNS


# Nouns for someone by where he comes from, which a town's name before them describes: "the Bedford star",
# "a Leeds man" (not "a Clinton aide", someone's by the one he serves).
_NATIVE_NOUNS = frozenset({"man", "woman", "boy", "girl", "lad", "star", "native", "athlete", "runner", "teenager", "youngster"})


def town_before_its_native(span) -> bool:
    """One capitalised word between an article and a noun for someone from a place: "the Bedford star", "a
    Leeds man" (the caller asks the gazetteer whether the word is a town)."""
    doc = span.doc
    return len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in {"the", "a", "an"} \
        and span.end < len(doc) and doc[span.end].text in _NATIVE_NOUNS


# Last words of a body's name that an address follows with its town: "Oriel College, Oxford".
_ADDRESSED_BODY_NOUNS = frozenset({"college", "school", "university", "hospital", "institute", "laboratory"})


def town_after_its_body(span) -> bool:
    """One word between a comma after a college's, school's or hospital's name and the end of the phrase: "Oriel
    College, Oxford;" is the town the body is in, as an address writes it, whatever "Oxford University" the article
    names too (the caller asks the gazetteer whether the word is a town)."""
    doc = span.doc
    return len(span) == 1 and span.start > 1 and doc[span.start - 1].text == "," \
        and doc[span.start - 2].text.istitle() and doc[span.start - 2].lower_ in _ADDRESSED_BODY_NOUNS \
        and (span.end == len(doc) or doc[span.end].is_punct)


def _member_named_after(span) -> bool:
    """A name, then up to three lowercase words ending in a member's role, then a person the model
    tagged: "Wild coach Bruce Boudreau", "Wild defenseman Ryan Suter", "Acme election campaign
    coordinator Jo Roe"."""
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 3 and doc[i].is_alpha and doc[i].text.islower():
        i += 1
    if i == span.end or i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return False
    role = doc[i - 1].lower_
    if doc[i - 1].pos_ != "NOUN":
        return False  # "Palpur village under Godagari": a preposition, though it ends as an agent's noun does
    return is_person_title(role) or role in _MEMBER_NOUNS or role.endswith("man") or bool(_AGENT_ENDING.search(role))


def _verb_after_comma(span) -> bool:
    """"EveryDoctor, criticised the minister": the comma ends a phrase and a verb follows; no apposition."""
    doc = span.doc if span is not None else None
    return doc is not None and span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ == "VERB"


def _is_street(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) is not None and words[-1].lower() in FACILITY_NOUNS


def _role_noun_before(span) -> bool:
    """"Chelsea left-back Wayne Bridge": a lowercase noun right before a name names the one it is, a person's role;
    a place's name comes after an article or a preposition ("at Heathrow Airport")."""
    return span.start > 0 and span.doc[span.start - 1].pos_ == "NOUN" and span.doc[span.start - 1].is_lower


def _is_facility(span) -> bool:
    if len(span) > 1 and span[0].lower_ in _PLACE_FIRST_WORDS and span[0].text[0].isupper():
        return True
    return len(span) > 1 and span[-1].lower_ in FACILITY_NOUNS and span[-1].text[0].isupper()


def _after_locative(root) -> bool:
    """'in Kiev', and 'in London and Manchester' for Manchester too."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


# Nouns for someone by where they live or come from: "a retiree from Bedford", "a native of Derry".
_DWELLER_NOUNS = frozenset({"resident", "native", "retiree", "voter", "homeowner"})


def _hometown(root) -> bool:
    """'Jo Roe, a 52-year-old from Londonderry', 'a retiree from Bedford': the name a person described by age or by
    dwelling is from is a town, though a school or a club bears its name too ("Londonderry High School"). (Not one a
    worker is from: "a researcher from Harvard" is of a body.)"""
    if root.dep_ != "pobj" or root.head.lower_ not in {"from", "of"}:
        return False
    person = root.head.head
    aged = person.lower_ == "old" and person.i >= 2 and person.doc[person.i - 2].lower_ == "year"
    return aged or person.lemma_.lower() in _DWELLER_NOUNS


def _coordinated_with_place(span) -> bool:
    """'London and Manchester': a name joined to a place by 'and'/'or' is one too (for the gazetteer to confirm)."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ in {"and", "or"} and doc[span.start - 2].ent_type_ in {"GPE", "LOC"}
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"} and doc[span.end + 1].ent_type_ in {"GPE", "LOC"}
    return bool(before or after)
