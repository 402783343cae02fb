"""What every step of entity extraction shares: the paragraph, mention and group records, the
labels and word lists several steps read, and trimming a span to its name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .. import recall
from ..gazetteer import Place
from ...names import LEGAL_FORMS, PARTY_SHORT_NAMES, possessive_ending
from ...read.anatomy import PHOTO_CREDIT_TAIL


ROLE_BY_LABEL = {
    "PERSON": "actor",
    "ORG": "actor",
    "NORP": "actor",  # a group of people; adjectives ("Iraqi") become `other` below
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "EVENT": "other",
    "LAW": "other",
    "LANGUAGE": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# The small model's guesses for these on news copy are mostly furniture and fragments;
# such a span survives only as a mention of an entity the article names otherwise.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})

# Words after a name that make it a region: "the Haute-Garonne region", "Anbar province".
REGION_NOUNS = frozenset({"region", "province", "district", "governorate", "county", "prefecture", "department", "oblast"})
LOCATIVE_PREPS = frozenset({"in", "near", "outside", "at", "into", "around", "across", "from", "inside"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)

# A saint's possessive names a church, a ground, a school or a publisher on its own: "at St Mary's", "St. Martin's".
_SAINTS_POSSESSIVE = re.compile(r"(?:St\.?|Saint) [A-Z][a-z]+(?:'s|\u2019s|s'|s\u2019)")

_WHO = re.compile(r"^,?\s+who\b")

# "Arnaud Rousseau, head of the FNSEA, warned": an apposition only a person takes.
_PERSON_APPOSITION = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:head|chief|leader|spokesman|spokeswoman|spokesperson|president|director|minister|secretary|"
    r"chairman|chairwoman|chair|co-chair|founder|mother|father|son|daughter|wife|husband|brother|sister|"
    r"farmer|resident|teacher|doctor|lawyer|attorney|official|commander|adviser|advisor|aide|retiree|"
    r"student|mayor|governor|ceo|executive|analyst|economist|professor|researcher|activist|witness)"
    r"(?:\s+(?:of|for|at|in|from|to)\b|\s*[,.;])",  # the apposition goes on or ends: not "In X, resident Y said"
    re.IGNORECASE,
)

# Common nouns after a name that make it a building or site: "Hoa Lo prison", "the WoodSpring Suites hotel".
SITE_NOUNS = frozenset("prison jail hotel hospital airport stadium embassy mosque church temple camp base".split())

# A picture's credit closing a caption line as its sources joined by slashes, with no "Photo" word to mark it:
# "... April 11, 2018. REUTERS/Loren Elliott/File Photo", "toggle caption Saul Loeb/AFP/Getty Images",
# "Photographer: Al Drago/Bloomberg", "[Mustafa Hassona/Anadolu] [-]", "(Tim Hynds/Sioux City Journal via AP)",
# "2020. Nam Y. Huh/AP, FILE". It stands after a sentence's end, "Photographer:", "caption" or a bracket (a
# photographer's name before the slash: not "[IBD/TIPP]", "(Men's/Women's)"), and ends the line; a name with a slash
# inside a sentence ("a CNN/ORC poll", "Radio Free Europe/Radio Liberty said") is a body's.
_CREDIT_SOURCE = r"[A-Z][\w.&'\u2019\-]*(?: [A-Z][\w.&'\u2019\-]*){0,3}"
_SLASHED_SOURCES = rf"{_CREDIT_SOURCE}(?:/{_CREDIT_SOURCE})+(?: via {_CREDIT_SOURCE})?(?:,\s*FILE)?"
_SLASHED_CREDIT_TAIL = (
    rf"(?:(?<=[.!?\"\u201d])\s*|(?<=Photographer:)\s*|(?<=\bcaption)\s+|[\[(](?=[^\])/]* [^\])]*/))(?:{_SLASHED_SOURCES})(?:\s+{_SLASHED_SOURCES})?[\])]?(?:\s*\[-\])?\s*$"
)
_PHOTO_CREDIT = re.compile(f"{PHOTO_CREDIT_TAIL}|{_SLASHED_CREDIT_TAIL}")

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,7}s")
_CORPORATE_SUFFIX = re.compile(r"(?<=\w) (?:" + "|".join(sorted(LEGAL_FORMS)) + r"|group holdings)\.?$", re.IGNORECASE)

# An acronym that writes a short function word in lowercase: "MoD" (Ministry of Defence), "DfT", "PwC"
# (not a word in capitals, "WASHINGTON": is_acronym reads those).
_MIXED_ACRONYM = re.compile(r"(?=\w*[a-z])[A-Z](?:[a-z]?[A-Z]){1,5}")

# The kinds of text a name can be of, which never act: "the Enterprise Act", "the Gambling Bill", "the European Convention
# on Human Rights", "the Geneva Conventions", "the Paris Accord", "the Multi-Fibre Agreement".
_LAW_NAME = re.compile(
    r"\s(?:Act|Bill|Treaty|Accords?|Agreements?|Protocol|Directive|Amendment|Conventions?|Charter)$|\sConvention (?:on|for)\s"
    r"|^Memorand(?:um|a) of\s"  # "a Memorandum of Understanding (MoU)": a text two parties sign
)

# A language's name, which is spoken, never acts: "British Sign Language", "the Welsh Language" (its acronym with it,
# "British Sign Language (BSL)"); a body's name goes on past the word ("the Welsh Language Board").
_LANGUAGE_NAME = re.compile(r"\sLanguages?$")

# A vote's name, an event and no body: "the General Election", "the European Elections" (not "the Election Court").
# (not a body that runs the vote, whose head noun comes before "of" or "on": "the Division of Elections", "the Board of
# Elections", "the Commission on Elections")
_ELECTION_NAME = re.compile(r"(?<!\sof)(?<!\son)(?<!\sfor)\s(?:Elections?|By-[Ee]lections?)$")

# A figure's name, which is no one and nowhere: a rate, an index, a borrowing requirement, a product
# of the economy, a grade of crude, an equivalent ("the London Interbank Offered Rate", "the Consumer Price Index",
# "the Public Sector Borrowing Requirement", "Gross National Product", "West Texas Intermediate").
# An equivalent is a measure too: "the Producer Subsidy Equivalent"; and so is a currency named in full ("Project
# Entropia Dollars").
_FIGURE_NAME = re.compile(r"\s(?:Rates?|Index|Requirement|Product|Intermediate|Blend|Equivalent|Dollars?)$")

# Lowercase nouns a product's name modifies: "the Acme Watch solution", "a Suboxone strip", "Tuborg beer".
PRODUCT_NOUNS = frozenset(
    """solution solutions software app apps device devices system systems game games console consoles browser
    browsers strip strips pill pills tablet tablets headset headsets smartphone smartphones model models handheld
    handhelds""".split()
) | frozenset(  # goods off a shelf: "Tuborg beer", "Dijon mustard", "Haagen-Daas ice cream" (brands, not their makers)
    "beer beers lager wine wines whisky whiskey vodka cigarette cigarettes mustard cream chocolate chocolates".split()
)

# Last words that make a capitalised run after a title an institution: "Justice Department".
INSTITUTION_WORDS = frozenset(
    """department ministry party office court committee council house administration university school
    police army force forces bank agency service services motors group league union street senate embassy
    treasury""".split()
)

# Endings of a noun naming what someone does: "keeper", "hygienist", "editor", "historian".
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent)$")

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

# Evidence of an embassy a people's word names, acting ("The Russian embassy ... posted"): its country's mission, whose name
# is no short form of that word.
PEOPLES_SITE = "people's site"

# Evidence that the copy itself writes a name as a place ("in X", "X province", "near X"): no rule
# that turns a place back into a person overrides it.
_WRITTEN_AS_A_PLACE = frozenset({"place", "locative", "region", "site", "near"})

# A government named after the one who leads it ("the Reagan administration", "the Blair government"), a candidate's
# staff after him ("the Clinton campaign", "the Sanders camp"): the body of his ministers, officials or aides, never
# the man.
_LEADERS_GOVERNMENTS = frozenset({"administration", "government", "cabinet", "presidency", "regime", "campaign", "camp"})


def leaders_body(words: list[str]) -> bool:
    """Whether a body's name (its words) is one name and the noun of a government or a staff ("the Trump
    administration", "the Sanders campaign"): the name is its leader's, a person whom copy writes alone ("Trump
    officials"), never the body's short name, whether or not the story names him in full. A paper's masthead word is no
    one's name ("told The Observer government life was hard" is the model's span run on past the paper's name), nor is a
    party's: "the Labour administration" is the party's, which copy calls "Labour"."""
    return len(words) == 2 and words[1] in _LEADERS_GOVERNMENTS and words[0] not in _MASTHEAD_WORDS | PARTY_SHORT_NAMES

# Last words of a part of a body, which the body's own name opens: "the House" is not its "House
# Science Committee".
_PART_OF_A_BODY = frozenset({"committee", "subcommittee", "caucus", "panel"})

# Words after a body's name that make it the name of an office, an arm or an organ of that body ("United Nations High
# Commissioner for Refugees", "House Ways and Means Committee", "United Nations Refugee Agency", "the United Nations
# General Assembly", "the White House National Security Council", "the White House Coronavirus Task Force"): another
# body, never the long form of the name it opens.
_OFFICE_OF_A_BODY = _PART_OF_A_BODY | {"commissioner", "commissioners", "office", "secretariat", "agency", "assembly", "council", "task"}

# Last words of a newspaper's name that stand for it alone ("the Times", "the Post"), though
# they are common nouns too.
_MASTHEAD_WORDS = frozenset(
    "times post journal herald tribune telegraph guardian globe chronicle gazette observer examiner inquirer independent".split()
)

# Second words of a firm named after a founder or a word ("Carlyle Group", "Baker Institute"): the
# firm is what its first word alone stands for.
_FIRM_WORDS = recall.ORG_HEAD_NOUNS | {"group", "brothers", "records"}  # "Salomon Brothers", then "Salomon"; a label's "Factory Records"

# A firm's own noun after its short name ("HCA Healthcare"), where "Acme Cloud" would be a unit.
_FIRM_NOUNS = _FIRM_WORDS | {"healthcare", "broadcasting"} | LEGAL_FORMS

# Last words of a body's full name its first word stands for alone ("Delta Airlines", "Delta Air Lines", "Amnesty
# International", "Harvard University"); a product's or an arm's ("Google Translate", "Disney
# Channel", "Boeing Defense") are no part of the body's name, and neither is a part of a body.
_FULL_NAME_ENDS = (_FIRM_NOUNS | {"international", "airline", "lines", "resources"}) - _PART_OF_A_BODY

_OFFICE = re.compile(r"^(department|ministry|office|bureau) (?:of|for) (?:the )?(.+)$")

# Head nouns of a body's name that copy writes alone, capitalised, for the body: "the Fund", "the Bureau".
_BODY_HEAD_NOUNS = frozenset(
    "fund union bureau board commission council committee agency ministry department authority association federation institute foundation exchange".split()
)

_MONTHS = frozenset("january february march april may june july august september october november december".split())

# What may not touch a name on either side for it to stand on its own ("Basal", not "Basalt" or "al-Basal").
_NAME_CHAR = re.compile(r"[\w-]")


@dataclass
class Para:
    """A paragraph as extraction sees it; `doc` is None for headline-case text, which is not tagged."""

    seq: int
    kind: str
    text: str
    doc: Doc | None
    skip: int = 0  # characters of dateline at the start, whose agency is no entity
    dateline_place: tuple[int, int] | None = None  # "ANBAR" in "ANBAR, Iraq June 21 (Reuters) -"
    dateline_region: tuple[int, int] | None = None  # "Iraq" there, "La." in "GRETNA, La. (AP) —"
    dateline_agency: tuple[int, int] | None = None  # "Reuters" there, "AP" in "GRETNA, La. (AP) —", "CNN" in "(CNN) President"
    offset: int | None = None  # where the paragraph starts in the article's Doc; None when not in it


# An article Doc (store/extract.py's article_doc) carries its paragraphs, each prose one with
# its parsed Doc; the components of this package (component.py) and of quotes.py fill the rest.
for _name in ("paragraphs", "entities", "mentions", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class _Mention:
    seq: int
    start: int
    end: int
    text: str
    label: str
    evidence: set[str] = field(default_factory=set)
    family: int | None = None  # spans found from one acronym definition


# The evidence of a writer's name a by-line or a credit line gives ("Contributing: Jo Roe"): a person of the story who
# never speaks nor acts in its body (issue 9: "the by-line never speaks in the body").
WRITER = "writer"


@dataclass
class _Group:
    mentions: list[_Mention]
    label: str = ""
    place: Place | None = None

    @property
    def aliases(self) -> set[str]:
        return {m.text for m in self.mentions}

    @property
    def evidence(self) -> set[str]:
        return set().union(*(m.evidence for m in self.mentions))


# The end of a wire's stock code the span opens with: "Corp's <BAC> Bank of America unit" taken as "BAC> Bank of America",
# "Texaco Inc <TX> and Union Oil" as "TX> and" (no name left).
_CODE_CLOSING = re.compile(r"[A-Z][A-Z\d.]*>\s+")


# A participle or noun a name makes an adjective with, by a hyphen: "The Donald Trump-led Republican field", "a Mary
# Roe-backed group", "a Texas-based firm": the name alone is the one the text writes.
_COMPOUND_ADJECTIVE_END = re.compile(r"-(?:led|backed|owned|funded|controlled|based|run|style|era|linked|allied|aligned|sponsored|appointed)$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim articles, possessives, a stock code's end, an adjective's ending made with a hyphen ("Trump-led") and
    punctuation from a span's edges (periods of "U.S." stay)."""
    m = _LEADING.match(text[start:end])
    if m and not _given_name_an(text, start):
        start += m.end()
    if code := _CODE_CLOSING.match(text, start, end):
        start = code.end()
    if text[start : start + 2] == "s " and start > 0 and text[start - 1] in "'\u2019":
        start += 2  # "the city\u2019s Hoa Lo prison": the tokenizer left the possessive's "s" on the name
    ending = possessive_ending(text[start:end], typed_quote=True)
    if ending and end - start > len(ending) + 1 and not _SAINTS_POSSESSIVE.fullmatch(text, start, end):
        end -= 2 if ending[0] in "'\u2019\"" else 1
    if (compound := _COMPOUND_ADJECTIVE_END.search(text, start, end)) and compound.start() > start:
        end = compound.start()
    while end > start and not text[end - 1].isalnum() and not _abbreviation_end(text, start, end):
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return start, end


def _given_name_an(text: str, start: int) -> bool:
    """"search for An Marchal and Eefje Lambrecks": a capitalised "An" inside a sentence is no article (an article
    there is written "an") but a given name, Flemish or Vietnamese."""
    before = text[:start].rstrip()
    return text.startswith("An ", start) and bool(before) and before[-1] not in ".!?:\"\u201c\u201d'\u2018\u2019([-\u2014"


def _abbreviation_end(text: str, start: int, end: int) -> bool:
    return text[end - 1] == "." and bool(re.search(r"(?:^|\W)(?:[A-Za-z]\.){2,}$", text[start:end]))


def _whole_name_hits(text: str, form: str) -> Iterator[tuple[int, int]]:
    r"""Where `form` stands on its own in `text`, left to right, not overlapping: what
    re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) finds, without a pattern
    compiled per form (an article has dozens of forms, more than re's cache keeps)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not _NAME_CHAR.match(text, start - 1)) and not _NAME_CHAR.match(text, end):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us"))
