"""Names the article writes as things rather than actors: products, programmes, vessels,
competitions, pluralised acronyms."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..speakers import DESCRIBED_PEOPLE, ROLE_NOUNS
from ..tokens import tokens
from ...names import is_acronym, is_person_title, LEGAL_FORMS, NAME_PARTICLES
from .base import INSTITUTION_WORDS, _MODIFIER_DEPS, _Mention, Para, _PLURAL_ACRONYM, PRODUCT_NOUNS


# Last words of a competition's name ("the Champions League", "the Premiership", "League One"; and league's word in
# the languages of Europe's other leagues: "La Liga", "the Bundesliga", "Ligue 1"), which copy also gives the body that
# runs it ("the Premier League said"), so _competitions_played needs a cue.
_COMPETITION_HEADS = frozenset({"League", "Premiership", "Liga", "Bundesliga", "Ligue"})
_COMPETITION_NUMBERS = frozenset({"One", "Two", "1", "2"})

# Lowercase nouns after a competition's name that say it is played: "a Champions League tie", "Premiership
# clubs", "the Premier League title", "a Champions League winner", "Champions League success" (not a body's
# "chief", "spokesman", "rules").
PLAY_NOUNS = frozenset(
    """tie ties game games match matches fixture fixtures title glory contenders clash final season table
    football leaders race spot debut campaign winners champions winner success group stage trophy qualifier
    qualifiers win wins defeat draw clubs sides""".split()
)

# Nouns before "of the" and a competition's name that say it is played or shown ("TV coverage of the Premiership",
# "since the formation of the Premier League", "the top of the League"; not "the chief executive of the League").
_PLAYED_OF = frozenset("coverage formation start top bottom history rest".split())

# Verbs and prepositions before "the" and a competition's name: "in the Premiership", "won the League".
_PLAYED_IN = frozenset({"in", "win", "wins", "won", "winning"})

# _PLURAL_ACRONYM standing as a word of its own in running text ("EVs", not "U.S.EVs" nor "EVs-only")
_PLURAL_ACRONYM_WORD = re.compile(rf"(?<![\w.&'\u2019-]){_PLURAL_ACRONYM.pattern}(?![\w'\u2019-])")

# "the anxiety drug X", "the genus X": a kind's noun before a thing's name.
KIND_NOUNS_BEFORE = frozenset(
    """drug drugs medication medications medicine medicines supplement supplements genus species protein proteins
    hormone hormones enzyme enzymes gene genes molecule molecules""".split()
)

# A broadcast's nouns, before or after its title: "gadget series Playboyz", "the Today programme"; and a series of
# films': "the Matrix trilogy".
PROGRAMME_NOUNS = frozenset("programme programmes show shows series sitcom soap documentary serial quiz trilogy franchise".split())

_COPULAS = frozenset({"be", "become", "remain"})

# Lowercase words inside a title: "Focus on Africa", "Top of the Pops" ("the" only after "of").
_TITLE_SMALL_WORDS = frozenset({"on", "of", "in", "at", "for", "and"})

# "the tanker Sea Isle City", "the research ship X", "the space shuttle Challenger": a vessel or a craft, whose name is
# often a person's or a place's (not "carrier": an airline is one, "the carrier SunExpress"; not "rover" or "probe":
# "a rover NASA plans to fly", "the probe Alitalia faces").
VESSEL_NOUNS = frozenset("ship ships vessel vessels tanker tankers freighter frigate destroyer warship yacht ferry shuttle spacecraft".split())
# A name the article says is a ship: "Aurora is just one vessel in a large fleet", "the Nimbus was a tanker".
_SAID_TO_BE_A_VESSEL = re.compile(
    r"(?P<name>\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(VESSEL_NOUNS))})\b"
)


def _said_to_be_vessels(prose: list[Para]) -> set[str]:
    """Names the article says are a ship ("Aurora is just one vessel in a large Carnival fleet"): a ship wherever
    written, though named like a place or a person."""
    return {m["name"] for p in prose for m in _SAID_TO_BE_A_VESSEL.finditer(p.text)}


# A navy's prefix before its ship's name, "United States Ship" and "His/Her Majesty's Ship" and the Commonwealth's: "the
# USS Boxer", "warships USS Porter and USS Ross", "the carrier USS Gerald R. Ford" (a person's name, a president's). A
# word of the name: "Boxer", "O'Kane" (no owner's "'s"), an initial "R." or "H.W.".
_SHIP_WORD = r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][\w-]*(?:['\u2019][A-Z][\w-]*)?)"
_SHIP_PREFIXED = re.compile(rf"\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS) (?P<name>{_SHIP_WORD}(?: {_SHIP_WORD})*)")


def _ships_by_their_prefix(prose: list[Para]) -> set[str]:
    """Names written after a navy's ship prefix ("the USS Arlington"), casefolded: a ship, though named after a person or
    a place; and the name, or its last word, without the prefix where the article writes it after "the" ("the Boxer",
    "the Ford" of the USS Gerald R. Ford), as no one writes a person's name so; never the bare name alone, which may be
    the person's own ("Theodore Roosevelt")."""
    prefixed = {m for p in prose for m in _SHIP_PREFIXED.finditer(p.text)}
    text = "\n".join(p.text for p in prose)
    short = {n for m in prefixed for n in (m["name"], m["name"].rsplit(" ", 1)[-1])}
    bare = {n for n in short if re.search(rf"\b[Tt]he {re.escape(n)}\b(?! [A-Z])", text)}
    return {n.casefold() for n in {m.group() for m in prefixed} | bare}


# "an X course", "the X pandemic", "X servers": what the name is one of (a method, an illness, a technology).
KIND_NOUNS_AFTER = frozenset(
    """course courses technique techniques workout workouts class classes diet diets pandemic epidemic outbreak
    outbreaks infection infections framework frameworks server servers cluster clusters chip chips""".split()
)

# "product manager of X", "product director for X": the job is a product's.
PRODUCT_ROLES = frozenset({"manager", "director", "lead", "owner", "head", "marketer"})
_LAUNCH_VERBS = frozenset({"launch", "unveil", "introduce", "debut"})
_VEHICLE_VERBS = frozenset({"drive", "ride"})

# "LEGO-like cubes", "LLM-powered agents": a thing's likeness or its power (not "Acme-based": a place's).
_LIKENESS_AFTER_HYPHEN = frozenset({"like", "powered", "driven", "enabled", "generated"})


# Goods a firm makes, after the name of its own it gives them: "its Xbox consoles", "Alliant's new FX computer",
# "Upjohn Co's Rogaine baldness drug", "its new Jeep ZJ sports utility vehicle" (a brand may open in lowercase:
# "its iPod players"); and what it runs or writes for others to use: "Apple's iTunes music service", "BT's Modem
# Protection program", "Microsoft's WMA format".
GOODS_NOUNS = PRODUCT_NOUNS | frozenset(
    """computer computers vehicle vehicles car cars truck trucks aircraft plane planes jet jets bomber bombers drug drugs
    medicine watch watches phone phones handset handsets camera cameras player players program programs service
    format formats""".split()
)
_OWNED_PRODUCT = re.compile(
    r"(?:\b(?:its|their)|\w['\u2019]s)\s+(?:(?:new|latest|own|popular|best-selling|original)\s+)*"
    r"(?P<name>(?:[A-Z]|[a-z](?=[A-Z]))[\w-]*(?:\s+[A-Z0-9][\w-]*)?)(?P<after>(?:\s+[a-z][a-z-]*){1,3})"
)


# A name, then in apposition what it treats: "Zoladex, a treatment for advanced prostate cancer", "X, a new drug for".
_TREATMENT_NOUNS = "treatment|treatments|therapy|drug|medicine|vaccine|remedy|cure"
_DESCRIBED_TREATMENT = re.compile(
    rf"(?P<name>\b[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?),\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{_TREATMENT_NOUNS})\s+(?:for|of|against|to)\b"
)


# Software and computers, by what they are or what they work with: "its Advanced Interactive Executive (AIX), a Unix
# compatible operating system", "compatible with MS/DOS", "a version of Windows" (not "Acme's": an owner).
# A records system's kind, told by how it works: "an automated system used to track ...", "an electronic system designed
# to distribute cables" (a system alone may be a body's: "the University of Texas System").
_SOFTWARE_NOUNS = (
    "operating system|software|program|spreadsheet|database|browser|video game|computer game|console"
    "|(?:automated|electronic|computeri[sz]ed|online|digital) (?:system|database|tool|toolset)"
)
_NAME = r"[A-Z][\w/-]*(?:\s+[A-Z0-9][\w/-]*){0,3}"
# A system's name may hold "and" or "of" between its capitalised words: "Secretariat Tracking and Retrieval System".
_LONG_NAME = r"[A-Z][\w/-]*(?:\s+(?:(?:and|of)\s+)?[A-Z0-9][\w/-]*){0,5}"
_DESCRIBED_SOFTWARE = re.compile(
    rf"(?P<name>\b{_LONG_NAME})(?:\s+\((?P<acronym>[A-Z][\w/-]*)\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_SOFTWARE_NOUNS})\b"
)
# A system named after its noun: "under a system known as SMART (State Messaging and Archive Retrieval Toolset)".
_SYSTEM_KNOWN_AS = re.compile(
    rf"\b(?:system|database|program|software|toolset)\s+(?:known as|called|named)\s+(?P<name>{_LONG_NAME})(?:\s+\((?P<spelt>{_LONG_NAME})\))?"
)
# (the name whole, no modifier of a noun after it: "a version of the Channel 4 reality TV show" is the show's)
_WORKS_WITH = re.compile(
    rf"\b(?:compatible with|versions? of)\s+(?:its\s+|the\s+)?(?P<name>(?>{_NAME}))(?![\w'\u2019/-])(?!\s+(?!and\b|or\b)[a-z])"
)


# A project's or a product's name in development: "a new computer code-named "Fort Knox"".
_CODE_NAMED = re.compile(r"\bcode-?named\s+[\"\u201c]?(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})")
# "The AutoLink feature", "the Smart Tags feature from Microsoft": a program's part, by its name (a body's words are
# "a BBC feature", an article).
_FEATURE = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+features?\b")


def _software(prose: list[Para]) -> set[str]:
    """Names the article describes in apposition as software or a computer ("AIX, a Unix compatible operating
    system", "Cable Archiving Retrieval System (CARS), an electronic system designed to ..."), or names after a system's
    noun ("a system known as SMART"), with the acronym it gives them in brackets, what a program is compatible with or a version of, and a
    feature named between "the" and its noun ("the AutoLink feature"; and its plural)."""
    out: set[str] = set()
    for p in prose:
        for m in _DESCRIBED_SOFTWARE.finditer(p.text):
            out |= {re.sub(r"^The ", "", m["name"]), m["acronym"]} - {None}  # ("The Secretariat Tracking ... System (STARS)")
        for m in _SYSTEM_KNOWN_AS.finditer(p.text):
            out |= {m["name"], m["spelt"]} - {None}
        out |= {m["name"] for m in _WORKS_WITH.finditer(p.text) if not m["name"].startswith("The ")}
        out |= {form for m in _FEATURE.finditer(p.text) if not is_acronym(m["name"]) for form in (m["name"], m["name"] + "s")}
    return out


# A treatment's noun, then its name between commas: "Merck's drug, Mevacor, received approval".
_TREATMENT_THEN_NAME = re.compile(rf"\b(?:{_TREATMENT_NOUNS})\s*,\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?),")


# A work's name between commas right after its noun: "a new album, Astronaut, the first", "The Game's debut,
# Documentary, went" (not a name then a speech verb: "the film, Jo Roe said,").
_WORK_THEN_NAME = re.compile(
    r"\b(?:album|albums|single|debut|film|movie|novel|book|play|musical|documentary|opera)\s*,\s+"
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3}),\s+(?!(?:said|says|told|added|explained)\b)"
)


def _works_after_their_noun(prose: list[Para]) -> set[str]:
    """Names written between commas right after a work's noun ("a new album, Astronaut, the first from the original
    line-up"): a work wherever written, though the model takes a title of one word for a body."""
    return {m["name"] for p in prose for m in _WORK_THEN_NAME.finditer(p.text)}


# A work's noun right before its title, or before a list of titles: "the film Serenity", "the single Run", "their
# album Stakonia", "box office hits Vera Drake, Calendar Girls and Enduring Love", "programmes such as EastEnders and
# Top Gear" (not "play", a verb before a team: "to play Arsenal"); and a film's genre, "quirky comedy Sideways", "period
# drama Tulip Fever", "Ray Charles biopic Ray", "the Stephen King adaptation The Dead Zone".
WORK_NOUNS = frozenset(
    """film films movie movies album albums single singles debut song songs hit hits novel novels trilogy sequel
    musical documentary documentaries programmes shows sitcoms soaps comedy comedies drama dramas biopic remake thriller
    adaptation""".split()
)


# A prize for a kind of work, which makes its nominees works: "blog of the year", "the best British or Irish weblog".
_WORK_CATEGORY = re.compile(
    r"\b(?:best\s+(?:[\w-]+\s+){0,4}?(?:blog|weblog|website|film|movie|album|song|single|novel|book|documentary)s?"
    r"|(?:blog|weblog|website|film|movie|album|song|single|novel|book)\s+of\s+the\s+year)\b"
)
_NOMINATION = re.compile(r"\b(?:nominat\w*|nominees?|award|awards|prize)\b", re.IGNORECASE)
# A list of three names or more ("Gawker, This Fish Needs a Bicycle, Wonkette, Boing Boing, and Gothamist"), each
# capitalised at its ends.
_LISTED_NAME = r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:a|an|the|of|in|on)\s+)*[A-Z][\w'\u2019-]*)*"
_LIST_OF_NAMES = re.compile(rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+(?:and|or)\s+{_LISTED_NAME}")
_LIST_SEPARATOR = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _nominated_works(prose: list[Para]) -> set[str]:
    """Names listed as nominees where the paragraph's prize is for a kind of work ("the ultimate prize of blog of the
    year ... Fighting it out for the coveted award are Gawker, This Fish Needs a Bicycle, Wonkette"): works, though
    named like bodies or people (a prize for people, "best actor", makes no work of its nominees)."""
    out: set[str] = set()
    for p in prose:
        if not _WORK_CATEGORY.search(p.text):
            continue
        for sent in p.doc.sents:
            if _NOMINATION.search(sent.text):
                out |= {name for m in _LIST_OF_NAMES.finditer(sent.text) for name in _LIST_SEPARATOR.split(m.group())}
    return out


# A character of fiction, by its name: "The character of Wonder Woman, famed for her red and gold costume"; or
# before the actor who plays it: "to see Den, played by Leslie Grantham, hand divorce papers".
_CHARACTER_OF = re.compile(
    r"\b[Cc]haracter of (?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})"
    r"|(?P<played>\b[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?:,| \() ?played by [A-Z]"
)


def _titled_works(prose: list[Para]) -> set[str]:
    """Titles written right after their work's noun ("directing the film Serenity", "with the single Run"), where
    the model takes a title for a place or a person, the names of characters of fiction ("the character of Wonder
    Woman", "Den, played by Leslie Grantham") and the nominees for a prize for works (_nominated_works): a work
    wherever written."""
    titles = {name for p in prose for name in _names_after(p.doc, WORK_NOUNS)}
    return titles | {m["name"] or m["played"] for p in prose for m in _CHARACTER_OF.finditer(p.text)} | _nominated_works(prose)


# A title in quote marks, every word of it capitalised but a title's small ones: "The Cosby Show", `Cosby',
# "Liberty Lost," (the mark opens after a space or a bracket: not the close of a quote before "James Rill said").
_TITLE_SMALL = r"(?:of|the|a|an|and|in|on|for|to|at|by|with|from|or)"
_TITLE_WORD = r"(?:[A-Z0-9][\w'\u2019&.-]*|[:|&-])"
_QUOTED_TITLE = re.compile(
    rf"(?:(?<=\s)|(?<=^)|(?<=\())[\"\u201c`\u2018](?P<title>{_TITLE_WORD}[:,]?(?:\s+(?:{_TITLE_WORD}|{_TITLE_SMALL})[:,]?){{0,9}})"
    r"[,.]?[\"\u201d'\u2019](?!\w)"
)


def _quoted_titles(prose: list[Para]) -> dict[int, list[tuple[int, int]]]:
    """Per paragraph, the spans of titles written in quote marks ("stations that bought "Cosby" reruns", "the
    podcast "The Retrievals""): a show's, a book's or a film's name, which copy quotes and a person's or a body's
    name it does not."""
    return {p.seq: spans for p in prose if (spans := [m.span("title") for m in _QUOTED_TITLE.finditer(p.text)])}


def _only_quoted(mentions: list[_Mention], titles: dict[int, list[tuple[int, int]]]) -> bool:
    """Every mention lies inside a quoted title of its paragraph: a name the article only ever quotes."""
    return all(any(s <= m.start and m.end <= e for s, e in titles.get(m.seq, ())) for m in mentions)


# A prize's name in the plural, after "annual" or a count, ending its phrase: "the annual Bloggies which recognise",
# "the three Grammys and four American MTV gongs" (not "three Labour councillors": the body's members).
_COUNTED_PRIZES = re.compile(
    r"\b(?:annual|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<name>[A-Z][a-z]+s)(?=[,.;]|\s+(?:and|or|which|that)\b)"
)


def _prizes(prose: list[Para]) -> set[str]:
    """Names of prizes, written in the plural after "annual" or a count ("the annual Bloggies", "the three
    Grammys"): an event wherever written, though the model takes one for a place or a body (a people's name, "two
    Republicans", is the model's NORP and left alone)."""
    return {m["name"] for p in prose for m in _COUNTED_PRIZES.finditer(p.text)}


# A storm's noun, then its given name: "devastated by Cyclone Tracy", "wiped out by cyclone Larry", "Hurricane
# Katrina", "Typhoon Haiyan", "Tropical Storm Allison" (a name the noun runs into, "Hurricane Center", is no storm's).
_STORM = re.compile(
    r"(?<![\w-])(?:(?:[Tt]ropical\s+)?(?:[Cc]yclone|[Hh]urricane|[Tt]yphoon)|[Tt]ropical\s+[Ss]torm)"
    r"\s+(?P<name>[A-Z][a-z]+)(?![\w'\u2019-]|\s+[A-Z])"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w'\u2019-]+)\s*$")


def _storms(prose: list[Para], nouns: AbstractSet[str]) -> set[str]:
    """Names of storms, as the copy writes them ("Cyclone Tracy", "cyclone Larry") and by the given name alone
    ("Larry"): an event the weather brought, no actor. Not a common noun after the storm's word, nor the storm's
    word inside a body's name ("the National Hurricane Center", a capitalised word before it)."""
    return {
        form for p in prose for m in _STORM.finditer(p.text)
        if m["name"].lower() not in nouns and not _inside_a_name(p.text, m.start())
        for form in (m["name"], m.group())
    }


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word, mid-sentence, stands just before `start`."""
    before = _WORD_BEFORE.search(text, 0, start)
    return before is not None and before["word"][:1].isupper() and not re.search(r"(?:^|[.!?:\u201c\"])\s*$", text[: before.start()])


def _code_names(prose: list[Para]) -> set[str]:
    """What is code-named: a product or a project in development ("a new computer code-named "Fort Knox""), though
    named like a place or a person."""
    return {m["name"] for p in prose for m in _CODE_NAMED.finditer(p.text)}


# Last words of a government's text: "the Budget", "the Federal Budget", "a White Paper", "the Gambling Bill", "the
# Gershon Report", "the Cruzado Plan" (one word "Bill" is a given name, "Report" and "Paper" a newspaper's word, "Plan"
# a charity's, so those need another).
_TEXT_HEADS = frozenset({"Budget", "Budgets"})
_TEXT_HEADS_AFTER_A_NAME = frozenset({"Paper", "Papers", "Bill", "Report", "Plan"})


# Words after an institution's noun that say what it is of or for: "Office of Management and Budget", "Committee on
# the Budget" are bodies that draw a budget up, no text.
_FIELD_OF_A_BODY = frozenset({"of", "on", "for"})


def _names_a_text(alias: str) -> bool:
    """A government's text by its name: "Federal Budget", "White Paper", "Gambling Bill", "Cruzado Plan"; an
    ampersand joins a firm's or a publisher's name ("U.S. News & World Report"), never a text's, and an institution's
    noun, then what it is of, a body's ("Office of Management and Budget")."""
    words = alias.split()
    body = words[1:] if words and is_acronym(words[0]) else words  # "U.S. Office of Management and Budget"
    if len(body) > 2 and body[0].lower() in INSTITUTION_WORDS and body[1] in _FIELD_OF_A_BODY:
        return False
    return "&" not in words and (words[-1] in _TEXT_HEADS or len(words) > 1 and words[-1] in _TEXT_HEADS_AFTER_A_NAME)


# What stands before a bill written alone and capitalised, as British copy writes it: "the Bill", "this Bill".
_BILL_DETERMINERS = frozenset({"the", "this", "that", "a", "its"})


def _bills_alone(prose: list[Para]) -> set[str]:
    """"Bill" when the article writes it only as a bill, never as a given name: after a determiner or a lowercase
    noun ("the farm Bill", "the ID cards Bill", "as the Bill passes through the two Houses"): a text, which the model
    takes for a person."""
    cues = [_written_as_a_bill(tok) for p in prose for tok in p.doc if tok.text == "Bill"]
    return {"Bill"} if cues and all(cues) else set()


def _written_as_a_bill(tok) -> bool:
    """"Bill" after a determiner, a lowercase noun or the capitalised field of a bill ("the Serious and Organised Crime
    Bill", no person's title: "Uncle Bill"), and before no surname ("professor of psychology Bill von Hippel")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if before is None or after is not None and (after.is_title or after.text in NAME_PARTICLES):
        return False
    field = before.is_title and before.pos_ in {"NOUN", "PROPN"} and not is_person_title(before.text)
    # a lowercase noun for a thing ("the farm Bill"), not a person's ("his brother Bill", "professor Bill")
    thing = before.pos_ == "NOUN" and before.text.islower() and before.lower_ not in DESCRIBED_PEOPLE | ROLE_NOUNS
    return before.lower_ in _BILL_DETERMINERS or thing or field


def _described_treatments(prose: list[Para]) -> set[str]:
    """Names the article describes, in apposition, as a treatment ("Zoladex, a treatment for advanced prostate
    cancer", "Statil, a new drug for diabetic complications"), or after a treatment's noun between commas ("Merck's
    drug, Mevacor, received"): a product wherever written, though the model may
    take a drug's made-up name for a place."""
    return {m["name"] for p in prose for pattern in (_DESCRIBED_TREATMENT, _TREATMENT_THEN_NAME) for m in pattern.finditer(p.text)}


def _owned_products(prose: list[Para]) -> set[str]:
    """Names a firm gives its goods, written between its possessive and the goods' noun ("its Xbox consoles",
    "Alliant's new FX computer"), and their plural ("Xboxes"): a product wherever the article writes them."""
    names = {m["name"] for p in prose for m in _OWNED_PRODUCT.finditer(p.text) if GOODS_NOUNS & set(m["after"].split())}
    # a maker of its own name acts somewhere ("Toyota said", "Honda builds"): not a product, though "their Toyota cars"
    acting = {t.text for p in prose for t in p.doc if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in _COPULAS}
    return {form for name in names if name.split()[-1] not in acting for form in (name, name + "s", name + "es")}


# Verbs whose object is a thing people work with, not a body ("travellers use Quillo Translate"): a firm used so is
# named otherwise elsewhere, and the label goes by most of a name's mentions.
_USER_VERBS = frozenset({"use", "download", "install"})


def _names_a_product(span) -> bool:
    """A name that modifies a product's noun ("the Acme Watch solution", "the X and Y game systems",
    "a Suboxone strip"), that people use ("travellers use X"), or that something is called ("the solution called X",
    "call it the X");
    see _names_a_kind for the other ways copy names a thing."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the GURPS and Paranoia ... systems": the list's first name
    head = root.head
    if head.i >= span.end and head.text.islower() and head.lower_ in PRODUCT_NOUNS:
        return True
    if _names_a_kind(span, root):
        return True
    if root.dep_ == "dobj" and head.lemma_ in _USER_VERBS and not _a_persons_full_name(span):
        return True
    return root.dep_ == "oprd" and head.lemma_ == "call" and (
        head.head.lower_ in PRODUCT_NOUNS or any(c.dep_ == "dobj" and c.lower_ == "it" for c in head.children)
    )


def _a_persons_full_name(span) -> bool:
    """Two words or more the model tags a person: someone used as an example ("she used actor Jo Roe and comedian Al
    Poe in an analogy"), no thing people work with."""
    return len(span) >= 2 and all(t.ent_type_ == "PERSON" for t in span)


def _named_after_kind(prose: list[Para], kinds: frozenset[str]) -> set[str]:
    """Names written after the noun of their kind: "the anxiety drug Lexapro", "obesity drugs
    Acme Slim and Wegovy", "the genus Xenopus", "drugs such as Prozac" (each name of a list after the kind)."""
    return {name for p in prose for name in _names_after(p.doc, kinds)}


# What may stand between a kind's noun and the names of a list of its kind: "drugs such as X", "songs like X", "his
# films include X".
_LIST_LEAD_INS = (("such", "as"), ("like",), ("including",), ("include",), ("included",))


def _verb_with_its_subject(kind) -> bool:
    """A kind's noun read as a verb with a subject it agrees with names no kind ("Garrett hit Rudolph in the head");
    a plural subject of an -s form is the parser's slip over a noun ("films ... similar to box office hits Vera Drake")."""
    subjects = [c for c in kind.children if c.dep_ == "nsubj"]
    return kind.pos_ == "VERB" and any(not (kind.tag_ == "VBZ" and s.tag_ in {"NNS", "NNPS"}) for s in subjects)


def _names_after(doc, kinds: frozenset[str]):
    """Each name written after a lowercase noun of `kinds`: "the anxiety drug Lexapro", every name of
    "obesity drugs Acme Slim and Wegovy", of "programmes such as EastEnders and Top Gear"."""
    for name in name_spans_after(doc, kinds):
        yield name.text
        if "-" in name.text:
            yield name[0].text  # "TNF" of "TNF-\u03b1", as the model may cut it


def name_spans_after(doc, kinds: frozenset[str]):
    """The spans of _names_after's names."""
    for kind in tokens(doc).lower(kinds):
        if not kind.text.islower() or _verb_with_its_subject(kind):
            continue
        i = kind.i + 1
        lead_in = next((n for n in _LIST_LEAD_INS if tuple(t.lower_ for t in doc[i : i + len(n)]) == n), ())
        i += len(lead_in)
        while i < len(doc) and doc[i].text[:1].isupper():
            start = i
            while i < len(doc) and (doc[i].text[:1].isupper() or i > start and not doc[i - 1].whitespace_
                                    and (doc[i].text in {"-", "/"} or doc[i].is_alpha or doc[i].like_num)):
                i += 1  # "IL-6", "TNF-\u03b1", "Speakerboxxx/The Love Below": one name the tokenizer split at its hyphen or slash
            if kind.tag_ == "NNS" and not lead_in and start == kind.i + 1 and i < len(doc) and doc[i].pos_ == "VERB":
                break  # "the shows Netflix suggests": a relative clause's subject after a plural, no title of them
            if doc[i - 1].lower_.rstrip(".") in LEGAL_FORMS:
                break  # "a drug Upjohn Co has sold since 1977": a firm by its legal form, the maker, no name of the kind
            if i < len(doc) and doc[i].tag_ == "POS":
                break  # "biopic Ray and Mike Leigh's abortion drama": the owner of the next work, no title of this list
            yield doc[start:i]
            if i + 1 < len(doc) and doc[i].lower_ in {"and", "or", ","}:
                i += 1


def _programme_names(prose: list[Para]) -> set[str]:
    """Titles of broadcasts: the name right after a programme's noun in the singular (a noun: not
    "polls show Labour ahead"; one: not "the shows Netflix suggests"), a name but an acronym's
    (a channel: "his BBC One show") between "the" or a possessive and such a noun, and the subject a
    copula says is one ("X has become one of the most watched programmes")."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for noun in tokens(doc).lower(PROGRAMME_NOUNS):
            end = noun.i + 1
            # (a noun however tagged after a singular noun, before a title's "The": "radio information show The Brains Trust")
            if noun.pos_ == "NOUN" and noun.tag_ == "NN" or noun.i > 0 and doc[noun.i - 1].tag_ == "NN" and end < len(doc) and doc[end].text == "The":
                while end < len(doc) and doc[end].text[:1].isupper():
                    end += 1
            if end > noun.i + 1:
                out.add(doc[noun.i + 1 : end].text)
                if doc[noun.i + 1].lower_ == "the" and end > noun.i + 2:
                    out.add(doc[noun.i + 2 : end].text)  # "radio show The Brains Trust": names drop a leading article
            start = noun.i
            while start > 1 and doc[start - 1].text[:1].isupper() and not is_acronym(doc[start - 1].text):
                start -= 1
                # a title's small words between its capitalised ones: "the BBC's Focus on Africa programme"
                if start > 2 and start < noun.i and doc[start - 1].lower_ in _TITLE_SMALL_WORDS and doc[start - 2].text[:1].isupper() \
                        and not is_acronym(doc[start - 2].text):
                    start -= 1
            if start < noun.i and (doc[start - 1].lower_ == "the" or doc[start - 1].tag_ == "POS"):
                out.add(doc[start : noun.i].text)
            if (subject := _subject_that_is(noun)) is not None:
                out.add(subject)
    return out


# Lowercase nouns after a government scheme's name: "the Medicare program", "initial Welfare Plus benefit levels",
# "overall Social Security outlays", "Medicaid recipients" (what a scheme pays, and whom; no body's nouns); "Medicare
# patients" (whom it covers, as "AIDS patients" are whom an illness struck), "a major Medicaid expansion" (what a
# scheme undergoes; a body's growth is written with its possessive, "Acme's expansion").
SCHEME_NOUNS = frozenset(
    """program programs benefit benefits beneficiaries recipients outlays enrollees expenses enrollment patients
    expansion""".split()
)
# A visa's or a scheme's code, a run of capitals and a number: "the EB-5 program", "H-1B visas" (no body's acronym).
_SCHEME_CODE = re.compile(r"[A-Z]{1,3}-\d{1,2}[A-Z]?")


def _schemes(prose: list[Para]) -> set[str]:
    """Names of government schemes, the capitalised run right before a scheme's lowercase noun ("the Medicare
    program", "overall Social Security outlays", each of "Social Security and Medicare expenses"), and a visa's code before
    one ("the EB-5 program"): a programme, which pays and is paid, no body that acts (its body is named with its own noun:
    "the Social Security Administration")."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for noun in tokens(doc).lower(SCHEME_NOUNS):
            if not noun.text.islower() or noun.pos_ != "NOUN" or noun.i == 0:
                continue
            if _SCHEME_CODE.fullmatch(doc[noun.i - 1].text):
                out.add(doc[noun.i - 1].text)  # "the EB-5 program", "EB-5 investors": a visa's code
                continue
            end = noun.i
            while (run := _capitalised_run_before(doc, end)) is not None:
                out.add(run.text)
                # "Social Security and Medicare expenses": schemes listed before one noun
                if not (run.start > 1 and doc[run.start - 1].lower_ == "and" and doc[run.start - 2].text[:1].isupper()):
                    break
                end = run.start - 1
        for scheme in _schemes_for_all(doc):
            out.add(scheme.text)
        out |= {run.text for run in _repealed(doc)}
        out |= {run.text for run in _schemes_in_a_list_of_programs(doc)}
    return out | _listed_with_schemes(prose, out)


# Lowercase words that may stand between "other" and a scheme's noun: "and other government programs", "other federal
# welfare programs".
_PROGRAM_PLURALS = frozenset({"programs", "programmes", "benefits"})


def _schemes_in_a_list_of_programs(doc):
    """Names a list gives as programs, either way round: "cuts in Medicare and other government programs" (a name, then
    "and other" and the kind), "government programs, including Medicaid, food stamps" (the kind, then "including" or
    "such as" and the names): a list holds things of one kind, and the kind is a scheme's."""
    for noun in tokens(doc).lower(_PROGRAM_PLURALS):
        if not noun.text.islower() or noun.pos_ != "NOUN":
            continue
        i = noun.i
        while i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha and doc[i - 1].lower_ not in {"other", "and", "or"}:
            i -= 1
        if i > 1 and doc[i - 1].lower_ == "other" and doc[i - 2].lower_ in {"and", "or"}:
            if (run := _capitalised_run_before(doc, i - 2)) is not None:
                yield run  # "Medicare and other government programs"
        at = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
        lead_in = next((n for n in _LIST_LEAD_INS if tuple(t.lower_ for t in doc[at : at + len(n)]) == n), None)
        if lead_in is None:
            continue
        at += len(lead_in)
        while at < len(doc) and doc[at].text[:1].isupper() and doc[at].is_alpha:
            end = at
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            yield doc[at:end]  # "programs, including Medicaid, food stamps and other welfare programs"
            at = end + (end < len(doc) and doc[end].lower_ in {",", "and", "or"})


# The nouns of a pact between states, after its name: "the 12-nation TPP pact"; "agreement", "deal" and "treaty" only
# after "trade" ("the Trans-Pacific Partnership trade agreement"): "the Boeing deal" is a firm's, and "treaty" follows the
# alliance a treaty founded ("tear up the NATO treaty"), a body that acts.
_PACT_NOUNS = frozenset({"pact", "pacts"})
_TRADE_PACT_NOUNS = frozenset({"agreement", "agreements", "deal", "deals", "treaty", "treaties"})
# "trade", "free trade", "free-trade" (the tokenizer splits the hyphen) between a pact's name and its noun
_TRADE_WORDS = frozenset({"trade", "free", "-"})


def _pacts(prose: list[Para]) -> set[str]:
    """Names of pacts between states, the capitalised run (an acronym too) right before a pact's lowercase noun ("the
    12-nation TPP pact", "the Trans-Pacific Partnership trade agreement"): a text states sign, which the gold of every
    round calls junk (treaties, pacts, bills and codes), no body that acts, though named a "Partnership" and given an
    acronym ("the Trans-Pacific Partnership (TPP)")."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for noun in tokens(doc).lower(_PACT_NOUNS | _TRADE_PACT_NOUNS):
            if not noun.text.islower() or noun.pos_ != "NOUN":
                continue
            end = noun.i
            while end > 0 and doc[end - 1].lower_ in _TRADE_WORDS:
                end -= 1
            if end == noun.i and noun.lower_ in _TRADE_PACT_NOUNS:
                continue  # "the Boeing deal", "the Roe agreement": a firm's or a person's, no pact's name
            if (run := _capitalised_run_before(doc, end, hyphens=True, acronyms=True)) is not None:
                out.add(run.text)
    return out


def _schemes_for_all(doc):
    """"Medicare for all", "to pass Medicare for all is ...": a scheme the speaker would open to everyone, the capitalised
    run right before "for all" where "all" stands alone (not "thanked Jo Roe for all her work")."""
    for tok in tokens(doc).lower({"for"}):
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "all" or after is not None and after.pos_ not in _AFTER_ALL_ALONE:
            continue
        if (run := _capitalised_run_before(doc, tok.i)) is not None:
            yield run


def _repealed(doc):
    """What is repealed, the capitalised object of "repeal" ("to repeal Obamacare", "repealing Obamacare and Dodd-Frank",
    "the full repeal of Obamacare"): a law, as only a law is repealed, no body though the model tags it one."""
    for verb in tokens(doc).lower({"repeal", "repeals", "repealed", "repealing"}):
        objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        for obj in objects:
            for name in (obj, *obj.conjuncts):
                if name.pos_ == "PROPN" and name.text[:1].isupper():
                    yield _compound_run(name)


# Lowercase nouns of what an illness does, after its name: "COVID deaths", "new COVID-19 infections", "a similar COVID-19
# exposure", "H.I.V. symptoms" (not "cases": "the Trump University cases" are a body's lawsuits).
_ILLNESS_NOUNS = frozenset({"death", "deaths", "infection", "infections", "exposure", "exposures", "symptom", "symptoms"})


def _illnesses(prose: list[Para]) -> set[str]:
    """Names right before an illness's noun, an acronym or a code too ("COVID deaths", "a COVID-19 exposure"): an
    illness, no body though the model tags its acronym one (or reads it as an adjective: "COVID deaths"); never a
    possessive's owner ("Acme's deaths"), and a people's adjective ("Iraqi deaths") stays its people's."""
    return {
        mod.text for p in prose for noun in tokens(p.doc).lower(_ILLNESS_NOUNS) if noun.text.islower() and noun.pos_ == "NOUN"
        for mod in noun.children if mod.dep_ in {"compound", "nmod", "amod"} and mod.i == noun.i - 1 and mod.text[:1].isupper()
    }


# What follows "all" when it stands alone, no determiner of a noun: a mark, a verb, "and".
_AFTER_ALL_ALONE = frozenset({"PUNCT", "AUX", "VERB", "CCONJ", "SCONJ", "PART"})


def _listed_with_schemes(prose: list[Para], schemes: set[str]) -> set[str]:
    """Capitalised names listed with a scheme ("Medicare, Medicaid, the CHIP program", "Medicare and Medicaid"): schemes
    too, as a list holds things of one kind (the parse's conjuncts, a name of capitalised words)."""
    out: set[str] = set()
    for p in prose:
        for tok in p.doc:
            if tok.dep_ == "compound" or not tok.text[:1].isupper():
                continue
            run = _compound_run(tok)
            if run.text not in schemes:
                continue
            for other in tok.conjuncts:
                if other.pos_ == "PROPN" and other.text[:1].isupper() and not other.is_sent_start:
                    out.add(_compound_run(other).text)
    return out - schemes


def _compound_run(tok):
    """The capitalised compound words before a head and the head: "Social Security" of its "Security"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i \
            and tok.doc[start - 1].text[:1].isupper() and tok.doc[start - 1].is_alpha:
        start -= 1
    return tok.doc[start : tok.i + 1]


def _capitalised_run_before(doc, end: int, *, hyphens: bool = False, acronyms: bool = False):
    """The run of capitalised words right before token `end`, not a sentence's first word nor a possessive's owner ("the
    Medicare program", not "Acme's program"); hyphened words whole with `hyphens` ("Trans-Pacific Partnership", which the
    tokenizer splits at its hyphen); an acronym alone only with `acronyms` ("the TPP pact", not "the NASA program"); None
    when there is none."""
    start = end
    while start > 0 and not doc[start - 1].is_sent_start:
        before = doc[start - 1]
        glued = hyphens and before.text == "-" and not before.whitespace_ and start - 1 > 0 and not doc[start - 2].whitespace_
        if not (before.text[:1].isupper() and before.is_alpha or glued):
            break
        start -= 1
    while start < end and not doc[start].is_alpha:
        start += 1
    if start < end and doc[end - 1].tag_ != "POS" and (acronyms or not is_acronym(doc[start:end].text)):
        return doc[start:end]
    return None


def _subject_that_is(noun) -> str | None:
    """The name a copula says is a programme: "Meeting Point has become one of TV Angola's most watched
    programmes", "X is a BBC show" (the subject's run of capitalised words)."""
    attr = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else noun
    if attr.dep_ != "attr" or attr.head.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in attr.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return None
    first = subject.i
    while first > 0 and subject.doc[first - 1].dep_ == "compound" and subject.doc[first - 1].text[:1].isupper():
        first -= 1
    return subject.doc[first : subject.i + 1].text


def _competitions_played(prose: list[Para]) -> set[str]:
    """Names of a league written as a competition somewhere in the article: after "in the" or "won
    the" ("glory in the Champions League"), after "in" alone ("fourth in League One"), or before a
    noun of play ("Champions League contenders"); a body acting ("the Premier League said") is none."""
    out: set[str] = set()
    for p in prose:
        doc = p.doc
        for head in tokens(doc).where(text=_COMPETITION_HEADS):
            start, end = head.i, head.i + 1
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
                start -= 1
            if end < len(doc) and doc[end].text in _COMPETITION_NUMBERS:
                end += 1
            before = [t.lower_ for t in doc[max(0, start - 3) : start]]
            noun = doc[end - 1].head  # "a Champions League first-leg tie": the noun it qualifies
            played = before[-1:] == ["in"] or before[-1:] == ["the"] and len(before) > 1 and (
                before[-2] in _PLAYED_IN or before[-2] == "of" and before[0] in _PLAYED_OF
            )
            if played or noun.i >= end and noun.text.islower() and noun.lower_ in PLAY_NOUNS:
                out.add(doc[start:end].text)
    return out


def _pluralised_acronyms(prose: list[Para]) -> set[str]:
    """Acronyms the article writes in the plural, and their singular: "EVs" and "EV", "AIs" and "AI"
    name a kind of thing, no one body (a body is never counted)."""
    plural = {m for p in prose for m in _PLURAL_ACRONYM_WORD.findall(p.text)}
    return plural | {w[:-1] for w in plural}


def _names_a_kind(span, first) -> bool:
    """A name written as a thing's, not a body's: a thing one has ("a FitBit is on your list");
    a likeness ("LEGO-like cubes"); before a lowercase noun of a method, an illness or a
    technology ("a Stress Management course", "the COVID-19 pandemic", "Managed MCP servers"; not
    "Acme's course"); what a product's manager is in charge of ("senior product manager of GKE");
    what is launched or unveiled; a vehicle one drives or rides."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    hyphen = span.end + 1 < len(doc) and doc[span.end].text == "-"
    if before is not None and before.lower_ in {"a", "an"} and len(span) == 1 \
            and span.root.dep_ not in _MODIFIER_DEPS and not hyphen:
        return True  # (not "an Acme-based agent")
    if hyphen and doc[span.end + 1].lower_ in _LIKENESS_AFTER_HYPHEN:
        return True
    head = first.head
    if head.i >= span.end and head.text.islower() and head.lower_ in KIND_NOUNS_AFTER and first.dep_ != "poss" and not hyphen:
        return True  # (not "Jo Roe-themed classes": named after her)
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _LAUNCH_VERBS and not any(c.lower_ == "as" for c in first.head.children):
        return True  # (not "Southampton unveiled Jo Roe as their new manager": a person given a job)
    if first.dep_ == "dobj" and first.head.lemma_.lower() in _VEHICLE_VERBS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in first.children):
        return True  # "driving a red Vauxhall Corsa": a vehicle, one of many (not "drove Jo Roe home")
    i = span.start - 1
    return i >= 2 and doc[i].lower_ in {"of", "for"} and doc[i - 1].lemma_.lower() in PRODUCT_ROLES and doc[i - 2].lower_ == "product"
