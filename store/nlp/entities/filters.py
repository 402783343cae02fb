"""Groups dropped or retyped as no actors: spelt-out nouns, events and texts, common phrases, works,
organisations taken for people."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...names import fold, FUNCTION_WORDS, initials, is_acronym, name_key
from .bodies import _CHAMBERS
from .base import _FIGURE_NAME, _Group, INSTITUTION_WORDS, LEGAL_FORMS, _Mention, Para, PLACE_LABELS, _plural_word
from .context import before_its_officers_title
from .grouping import _ACTING
from ..gazetteer import Gazetteer
from ..recall import _PARTY_WORDS, ORG_HEAD_NOUNS


# Lowercase words in a row ("artificial-intelligence scientists" too), and each word of such a run.
_LOWERCASE_RUN = re.compile(r"\b[a-z]+(?:[ -][a-z]+)+\b")
_LOWERCASE_WORD = re.compile(r"[a-z]+")

_BODY_HEADS = ORG_HEAD_NOUNS | INSTITUTION_WORDS

# A competition, a war, a day ("the Six Nations", "Black Monday"), a treaty or an act ("the Maastricht
# Treaty"), a language: what happens or is written, never who acts nor where; the gold of every round
# calls them junk, so, as WEAK_LABELS, they survive only as mentions of an entity named otherwise.
_HAPPENINGS_AND_TEXTS = frozenset({"EVENT", "LAW", "LANGUAGE"})

# American copy's spelling of "okay", with stops ("I'm O.K. with negotiations", "Are you O.K., honey?"): an adjective or
# a reply, which the model takes for a body's initials.
_OKAY_WITH_STOPS = "O.K."


def spells_okay(text: str) -> bool:
    """Whether a span is only the word "okay" spelt with stops, no name."""
    return text.rstrip(".") == _OKAY_WITH_STOPS.rstrip(".")


# A clock time, then a time zone's abbreviation, capitals ending in its "Time" (or "UTC"): "19:40 (18:40 GMT)", "at 2:10
# p.m. EST", "10:19 a.m. ET" (not "at 5 p.m. CNN said"); on one line (not a video's length over a caption, "03:44\n\nJUST").
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|\b[ap]\.?m\.?) +$", re.IGNORECASE)
_TIME_ZONE = re.compile(r"[A-Z]{1,3}T|UTC")


def a_clocks_zone(text: str, start: int, end: int) -> bool:
    """Whether a span is a time zone after a clock time ("18:40 GMT", "2:10 p.m. EST"): no body, though the model tags
    its letters one."""
    return _TIME_ZONE.fullmatch(text[start:end]) is not None \
        and _CLOCK_BEFORE.search(text[max(0, start - 12) : start]) is not None


# Photo credits that open a line or stand inside it, a caption or a link's headline after them (base._PHOTO_CREDIT reads
# the credit that closes a caption line, and the model's spans stop before it). The BBC's, run into its caption: "Image copyright Getty Images Image caption Alaska Republican
# Lisa Murkowski also voted against", "Image copyright Reuters Image caption ...": the agency or photographer between
# the two labels.
_PHOTO_CREDIT = re.compile(r"Image copyright (?P<credit>.+?) Image caption\b")
# An agency's photo credit under or after a caption, the photographer (and "File") on either side of a slash: "(AP
# Photo/Steve Helber)", "| Chuck Burton, File/AP Photo", "[Noah Berger/AP Photo]", "Brendan Smialowski/AFP/Getty
# Images", "| AP Photo" (a related link's headline may follow it on the line: "| AP Photo Clinton camp says ..."); Getty
# Images only after a slash, as the firm a story writes of is named alone ("Getty Images said"). The agency alone after
# a photographer's slash ("toggle caption Carolyn Kaster/AP") and a picture a source handed the agency ("(WMPI-TV via
# AP)", "Jo Roe/St. Louis Post-Dispatch, via Associated Press") credit it the same way.
_BEFORE_THE_SLASH = r"(?:[A-Z0-9][\w.'\u2019 -]{0,40}?(?:, File)?/ ?)*"
# (a photographer's name in capitalised words only, that no sentence before it runs into: "The AP said it. Jo Roe/AP")
_PHOTOGRAPHERS_SLASH = r"(?:[A-Z0-9][\w'\u2019-]*(?:\.? [A-Z0-9][\w'\u2019-]*)*(?:, File)?/ ?)+"
_AGENCY_PHOTO_CREDIT = re.compile(
    rf"(?P<credit>{_BEFORE_THE_SLASH}AP Photos?(?:/ ?[A-Z][\w.'\u2019 -]{{0,40}}?(?:, File)?(?=[)\]]|$))?"
    rf"|{_BEFORE_THE_SLASH.replace(')*', ')+')}Getty Images"
    rf"|{_PHOTOGRAPHERS_SLASH}AP(?![\w.'\u2019-])"
    rf"|(?<=\()[A-Z][\w.'\u2019 /-]{{0,60}}? via (?:The )?(?:AP|Associated Press)(?=\))"
    rf"|{_PHOTOGRAPHERS_SLASH}[A-Z][\w.'\u2019 -]{{0,40}}?,? via (?:The )?(?:AP|Associated Press)(?![\w-]))"
)


def without_photo_credits(text_of: dict[int, str], spans: list[_Mention]) -> list[_Mention]:
    """The spans less those that start in a photo credit ("Image copyright [Getty Images Image] caption", the model's
    span run on into the caption's label; "(AP Photo/[Steve Helber])", "| [AP Photo Clinton camp] says"): page
    furniture, whose names only it carries are junk (tests/gold/README.md, "A photo credit is page furniture"); an
    agency the story writes of elsewhere keeps its other mentions."""
    credits = {seq: [(m.start("credit"), m.end("credit") + len(" Image")) for m in _PHOTO_CREDIT.finditer(text)]
               + [(m.start("credit"), m.end("credit")) for m in _AGENCY_PHOTO_CREDIT.finditer(text)]
               for seq, text in text_of.items()}
    return [m for m in spans if not any(s <= m.start < e for s, e in credits.get(m.seq, ()))]


# A link's label set right before or after a headline or a name on a page's related-links and video lines: the
# Guardian's "Peter Beaumont Read more", CNN's "JUST WATCHED What did Christie really know? Replay More Videos ... MUST
# WATCH": the model runs the name into the label's capitals, or tags the label alone.
_LINK_LABEL = re.compile(r"\b(?:Read more|Replay More Videos|JUST WATCHED|MUST WATCH)\b")


def without_link_labels(text_of: dict[int, str], spans: list[_Mention]) -> list[_Mention]:
    """The spans less a link's label: one that is the label goes ("Replay More Videos", "Read"), one that runs into it
    is cut to its name ("Peter Beaumont [Read]", "[WATCHED] Christie"): the label names no one."""
    labels = {seq: [m.span() for m in _LINK_LABEL.finditer(text)] for seq, text in text_of.items()}
    out = []
    for m in spans:
        label = next(((s, e) for s, e in labels.get(m.seq, ()) if s < m.end and m.start < e), None)
        if label is None:
            out.append(m)
            continue
        text = text_of[m.seq]
        before, after = text[m.start : label[0]].strip(), text[label[1] : m.end].strip()
        if before or after:
            start = m.start + text[m.start : m.end].index(before) if before else m.end - len(after)
            out.append(replace(m, start=start, end=start + len(before or after), text=before or after))
    return out


def _without_spelt_out_nouns(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop an acronym the article also spells out in lowercase words ("average unit volume" ...
    "That AUV grew", "artificial intelligence" ... "AI"): the short form of a common noun, no body.
    The spelling out is of nouns and adjectives only (no "as part" for AP)."""
    candidates = {
        a: g for g in groups if "defined" not in g.evidence and g.label not in PLACE_LABELS
        for a in g.aliases if is_acronym(a) and a.isalpha() and len(g.aliases) == 1
    }
    if not candidates:
        return groups
    spelt: set[str] = set()
    for p in prose:
        for run in _LOWERCASE_RUN.finditer(p.text):
            words = list(_LOWERCASE_WORD.finditer(run.group()))
            initials = "".join(w.group()[0] for w in words)
            for acr in candidates:
                at = initials.find(acr.lower())
                while at >= 0 and acr not in spelt:
                    first, last = words[at], words[at + len(acr) - 1]
                    span = p.doc.char_span(run.start() + first.start(), run.start() + last.end())
                    # (the tagger calls the word before a bracketed acronym a proper noun: "crude palm [oil] (CPO)")
                    bracketed = p.text.startswith(f" ({acr})", run.start() + last.end())
                    if span is not None and all(t.pos_ in {"NOUN", "ADJ"} or bracketed and t.pos_ == "PROPN" for t in span if t.text != "-"):
                        spelt.add(acr)
                    at = initials.find(acr.lower(), at + 1)
    dropped = {id(candidates[a]) for a in spelt}
    return [g for g in groups if id(g) not in dropped]


# An acronym, then in brackets the words it stands for: "advanced ARC (AIDS-related complex)", "PCP (Pneumomystis
# carinii pneumonia)".
_ACRONYM_THEN_WORDS = re.compile(r"\b(?P<acronym>[A-Z]{2,6})\s+\((?P<words>[^()]{3,80})\)")


def _without_acronyms_of_common_nouns(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop an acronym whose bracketed spelling out is a common noun's, some word of it in lowercase ("ARC
    (AIDS-related complex)", "PCP (Pneumomystis carinii pneumonia)"), and the words of that spelling taken
    for a name ("Pneumomystis"): an illness, a term, no body (a body's words are capitalised: "WHO (World
    Health Organization)")."""
    terms: set[str] = set()
    for p in prose:
        for m in _ACRONYM_THEN_WORDS.finditer(p.text):
            words = [w for w in re.split(r"[\s-]+", m["words"].strip()) if w]
            if "".join(w[0] for w in words).lower() != m["acronym"].lower():
                continue
            if any(w.islower() and w.isalpha() and w not in FUNCTION_WORDS for w in words):
                terms.add(m["acronym"])
                terms.update(w for w in words if w[:1].isupper())
    if not terms:
        return groups
    return [g for g in groups if g.label in PLACE_LABELS and "dateline" in g.evidence or not g.aliases <= terms]


# A name and its acronym between commas or in brackets: "a measure called the Producer Subsidy Equivalent, PSE,
# which", "the Advanced Tactical Fighter (ATF)".
_NAME_THEN_ACRONYM = re.compile(r"(?P<name>[A-Z][\w-]*(?: (?:of |and )?[A-Z][\w-]*){1,5})(?:, | \()(?P<acronym>[A-Z]{2,6})\b(?=[,.;)])")

# Words of a weapon's or a vehicle's name, a programme's acronym spells: "the Advanced Tactical Fighter, ATF",
# "the Light Helicopter Experimental, LHX" (not a body's: "the Missile Defense Agency, MDA", by its head noun).
_VEHICLE_WORDS = frozenset("fighter fighters bomber bombers helicopter helicopters missile missiles tank tanks rocket".split())


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters, one from each word of the name in order, the first an initial: "ATF" of "Advanced
    Tactical Fighter", "LHX" of "Light Helicopter Experimental" (a programme's acronym takes a word's other letter)."""
    words = [w for w in name.split() if w.casefold() not in FUNCTION_WORDS]
    return initials(name) == acronym or len(words) == len(acronym) and words[0][0] == acronym[0] and all(
        a.lower() in w.lower() for a, w in zip(acronym, words)
    )


def _things_named_by_acronym(name: str) -> bool:
    words = name.lower().split()
    return bool(_FIGURE_NAME.search(name)) or bool(_VEHICLE_WORDS & set(words)) and words[-1] not in _BODY_HEADS


def _without_things_by_acronym(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a figure's or a weapon's name the article defines an acronym for, and the acronym ("the Producer
    Subsidy Equivalent, PSE,", "the Advanced Tactical Fighter, ATF,"): no actor, as "the X Rate (XR)" is none."""
    things = {
        form for p in prose for m in _NAME_THEN_ACRONYM.finditer(p.text)
        if _things_named_by_acronym(m["name"]) and _spells(m["acronym"], m["name"]) for form in (m["name"], m["acronym"])
    }
    if not things:
        return groups
    return [g for g in groups if not g.aliases <= things]


# Feasts and holidays, dates however the model tags them ("break for Easter", "BILL SEEN BEFORE EASTER").
_HOLIDAYS = frozenset(
    "easter christmas whitsun pentecost passover hanukkah ramadan eid diwali thanksgiving lent advent".split()
)
# Feasts named in several words, of another language ("On Cinco de Mayo, Trump ...", "Happy Cinco de Mayo!"): the model
# takes their capitalised words for a body's or a person's name.
_FEASTS_OF_SEVERAL_WORDS = ("cinco de mayo", "mardi gras", "yom kippur", "rosh hashanah")


# Words a feast's name is written with: a greeting ("Merry Christmas"), its eve or day, its meal ("Ramadan Iftar").
_FEAST_WORDS = _HOLIDAYS | {"merry", "happy", "eve", "day", "iftar", "dinner", "sunday", "season"}
# Names so well known that copy seldom says what they are, as "the Medicare program", "to repeal Obamacare" or "COVID-19
# deaths" would (kinds.py reads those): "Obamacare premiums rose", "vowed to protect Medicare and Social Security",
# "Deferred Action for Childhood Arrivals, or DACA", "amid COVID-19", "after Brexit", "aboard Air Force One". Government
# schemes, an illness, a country's leaving a union and the president's aircraft, which the model tags bodies, places or
# people; every gold file that writes one junks it (Obamacare in 51, COVID-19 38, Medicare 33, Medicaid 28, Social
# Security 20, DACA 13, Brexit 12, Air Force One 12) and none lists one as an actor. The bodies that run them are named
# with their own nouns ("the Social Security Administration"). So are trade pacts, laws and bills, a storm and an
# inquiry known by name ("renegotiate NAFTA", "repeal Dodd-Frank", "the Green New Deal", "after Superstorm Sandy", "the
# Crossfire Hurricane investigation"), which the model tags bodies: the gold junks them in files of several rounds (the
# Trans-Pacific Partnership 12 files, NAFTA or the North American Free Trade Agreement 16, Dodd-Frank 7, Superstorm
# Sandy 4, the Green New Deal 3, Graham-Cassidy 3, the USMCA 2, Crossfire Hurricane 2) and lists none as an entity.
# So are the stock indexes a market report names ("the Dow fell 2%", "the S&P 500 gained", "the Nasdaq Composite
# added"), figures the model tags bodies: junk in 15 gold files of rounds 66-85 (the S&P 500 12, the Dow 9, the Dow Jones
# Industrial Average 7, the Nasdaq Composite 5); a firm named so keeps its own name beside them ("Dow Chemical" =
# "Dow"), and "Nasdaq" alone is the exchange.
_WELL_KNOWN_NON_BODIES = frozenset(
    {"obamacare", "medicare", "medicaid", "social security", "daca", "deferred action for childhood arrivals", "covid",
     "covid-19", "brexit", "air force one", "marine one"}
    | {"nafta", "north american free trade agreement", "trans-pacific partnership", "usmca", "dodd-frank", "green new deal",
       "graham-cassidy", "superstorm sandy", "crossfire hurricane"}
    | {"dow", "the dow", "dow jones industrial average", "nasdaq composite", "s&p 500", "russell 2000", "ftse 100"}
)

# Last words of a happening's name: "the Mexican War", "the Suez Crisis", "Veterans Day".
_HAPPENING_HEADS = frozenset({"war", "wars", "crisis", "day"})


def _without_events_and_texts(groups: list[_Group]) -> list[_Group]:
    """Drop the groups voted an event, a text or a language (after the merge, which may have joined
    such a mention to a body's: "the Premier League" the organiser keeps its "League"), a holiday's, and a happening's
    named by its head ("a Mexican War hero", "Veterans Day") that no one is said to act, and a scheme, an illness or a
    happening everyone knows by name (_WELL_KNOWN_NON_BODIES)."""
    return [g for g in groups if g.label not in _HAPPENINGS_AND_TEXTS and not _a_feast(g) and not _a_happening(g) and not _a_speech(g)
            and not all(a.casefold() in _WELL_KNOWN_NON_BODIES for a in g.aliases)]


def _a_feast(g: _Group) -> bool:
    """A feast's name however written: "Christmas", "Merry Christmas", "Ramadan Iftar", "Happy Cinco de Mayo" (a holiday
    among its words)."""
    return all(_names_a_feast(a) for a in g.aliases)


def _names_a_feast(alias: str) -> bool:
    """A holiday among the alias's words, and none but a feast's ("Happy Cinco de Mayo", not "Cinco de Mayo Bakery")."""
    folded = alias.casefold()
    several = [f for f in _FEASTS_OF_SEVERAL_WORDS if f in folded]
    for feast in several:
        folded = folded.replace(feast, " ")
    words = set(folded.split())
    return bool(several or _HOLIDAYS & words) and words <= _FEAST_WORDS


def _a_happening(g: _Group) -> bool:
    """A war's, a crisis's or a day's name: every alias two capitalised words or more whose last is such a
    head ("the Mexican War", "the Suez Crisis", "Veterans Day"), not a person's ("Doris Day") nor one the
    copy has act."""
    return g.label not in {"PERSON"} and not g.evidence & (_ACTING - {"organisation", "place"}) and all(
        len(words := a.split()) >= 2 and words[-1].casefold() in _HAPPENING_HEADS and all(w[:1].isupper() for w in words)
        for a in g.aliases)


# A speech named by its occasion, the state of a polity its speaker reports on: "the State of the Union (Address)",
# "his State of the State speech", "the mayor's State of the City"; the name of a show after it too ("CNN's State of the
# Union"). A reading of the words, never a body, though the model tags them one.
_SPEECH_OCCASION = re.compile(r"(?:.+ )?State [Oo]f [Tt]he (?:Union|State|City|Nation|County|Commonwealth)(?: (?:Address|Speech))?")


def _a_speech(g: _Group) -> bool:
    """A speech's name: the group's longest alias "State of the Union" and its kin (a short form the merge joined to it,
    "State", goes with it), none of its mentions said to act as a person does."""
    longest = max(g.aliases, key=len)
    return g.label != "PERSON" and "person" not in g.evidence and bool(_SPEECH_OCCASION.fullmatch(longest))


def _without_heads_of_events(groups: list[_Group]) -> list[_Group]:
    """Drop a name that is only the last word of an event the article names in full ("the 16th Commonwealth Games"
    ... "participating in the Games", "the Kenya Open" ... "the Open"): the event again, shortened as copy does, though
    the model takes it for a place or a body (run before the events themselves are dropped)."""
    heads = {
        a.rsplit(" ", 1)[-1] for g in groups if g.label == "EVENT" for a in g.aliases
        if " " in a and a.rsplit(" ", 1)[-1][:1].isupper()
    }
    return [g for g in groups if g.label == "EVENT" or g.evidence & (_ACTING - {"place"}) or not g.aliases <= heads]


# A cause's participle after a hyphen: "an El Nino-fueled drought", "the COVID-driven slump", "storm-caused damage".
_CAUSE_AFTER_HYPHEN = re.compile(r"-(?:driven|fuell?ed|caused|induced|triggered)\b")


def _without_causes(prose: list[Para], groups: list[_Group], gaz: Gazetteer | None) -> list[_Group]:
    """Drop a name every mention of which is a cause before a hyphen ("the El Nino-driven rain", "an El
    Nino-fueled drought"), though the model takes it for a place: a weather's, an illness's or a trend's name, what
    happens, no one; a place the gazetteer knows stays ("a China-driven rally": the place is the story's)."""
    text_of = {p.seq: p.text for p in prose}
    return [
        g for g in groups if g.evidence & (_ACTING - {"place"}) or gaz is not None and any(gaz.lookup(a) for a in g.aliases)
        or not all(m.seq in text_of and _CAUSE_AFTER_HYPHEN.match(text_of[m.seq], m.end) for m in g.mentions)
    ]


def _works_named_after_works(groups: list[_Group]) -> None:
    """A name opening with the title of a work the article names ("The Two Ronnies Sketchbook"
    beside "making The Two Ronnies"): a work of its own, a sequel or an edition, no body."""
    works = tuple(f"{a} " for g in groups if g.label == "WORK_OF_ART" for a in g.aliases if " " in a)
    for g in groups:
        if works and g.label in {"ORG", "PERSON"} and not g.evidence & _ACTING and all(a.startswith(works) for a in g.aliases):
            g.label = "WORK_OF_ART"


def _without_legal_forms_alone(groups: list[_Group]) -> list[_Group]:
    """Drop a group named only by a legal form ("Co", "Inc"): what is left of a firm's name a rule cut before it
    ("[Ing. C. Olivetti and] Co"), never a name of its own."""
    return [g for g in groups if not all(a.casefold().rstrip(".") in LEGAL_FORMS for a in g.aliases)]


def _without_common_phrases(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a name of several words the article also writes all in lowercase ("Once logged onto an
    Evil Twin" beside "nicknamed evil twins"): a common noun's phrase, capitalised once for effect. A body's
    name after "the" in lowercase is still the one body ("the grains council is alienating" beside "the Grains
    Council"), as a quote's transcript may write it; not a service's ("the video relay service"), a thing's too."""
    texts = [p.text for p in prose]

    def common(alias: str) -> bool:
        if " " not in alias or not alias.istitle():
            return False
        one_body = r"(?<![Tt]he )" if alias.rsplit(" ", 1)[-1].lower() in ORG_HEAD_NOUNS else ""
        pattern = re.compile(rf"(?<![\w-]){one_body}{re.escape(alias.lower())}s?(?![\w-])")
        return any(pattern.search(text) for text in texts)

    return [g for g in groups if g.evidence & {"acronym", "dateline"} or not all(common(a) for a in g.aliases)]


def _organisations_taken_for_people(groups: list[_Group]) -> None:
    """A 'person' named like an organisation of the article is one of its kin: "Siemens Gamesa"
    beside "Siemens Energy AG" (a person's first word is a given name, an organisation's a brand)."""
    brands = {
        name_key(a.split()[0]) for g in groups if g.label == "ORG" for a in g.aliases
        if len(a.split()) > 1 and not is_acronym(a.split()[0])
    }
    firms = [a for g in groups if g.label == "ORG" for a in g.aliases]
    for g in groups:
        if g.label == "PERSON" and not g.evidence & {"person", "place"} and not _founder_of(g, firms):
            if all(len(a.split()) > 1 and name_key(a.split()[0]) in brands for a in g.aliases):
                g.label = "ORG"


def bodies_named_after_people(groups: list[_Group], lexicon: AbstractSet[str]) -> None:
    """A "person" or a body whose every name is the full name of a person of the article and common nouns after it
    ("Sally Ride Science said in a statement" beside "Sally Ride"; "the Jon Roe Foundation") is a body named after that
    person, no person: nothing says it is one (no "he", no "Mr."), and no one's name goes on with a common noun. Not a word of
    anyone's name, which the table of nouns may hold too: a surname written twice by a caption run on ("Sally Ride
    Ride"), a married name after a maiden name ("Nancy Davis Reagan" beside "Ronald Reagan"); nor a suffix."""
    people = {name_key(a): g for g in groups if g.label == "PERSON" for a in g.aliases if len(a.split()) > 1}
    for g in groups:
        if g.label in {"PERSON", "ORG"} and not g.evidence & {"person", "his pronoun", "her pronoun", "his honorific", "her honorific"}:
            others = {name for name, h in people.items() if h is not g}
            others_words = {w for name in others for w in name.split()}
            if g.aliases and all(_named_after(name_key(a), others, others_words, lexicon) for a in g.aliases):
                g.label = "ORG"
                _namesakes_are_people(g, people)


# Words closing a firm's name, which goes by its founder's name alone ("Walt Disney Co.", "Walt Disney").
_FIRMS_CLOSES = LEGAL_FORMS | {"company", "group"}


def _namesakes_are_people(body: _Group, people: dict[str, _Group]) -> None:
    """The person a body is named after, written alone ("ties to Anne Frank" beside "the Anne Frank Center"), is that
    person, no short name the body goes by: a body named to honour someone drops its nouns for no one. Not a firm's
    founder ("Walt Disney" of "Walt Disney Co."): a firm does go by his name, and by the words before a legal form in
    capitals the table of nouns may hold ("Kredi Bankasi AS", a bank the model took "Kredi Bankasi" for a person of)."""
    for name, person in people.items():
        if any(name_key(a).startswith(f"{name} ") and not _a_firms_close(a.split()[len(name.split()):]) for a in body.aliases):
            for m in person.mentions:
                m.evidence.add("person")


def _a_firms_close(words: list[str]) -> bool:
    """Whether the words after a name close a firm's: a legal form or a firm's noun, or a word in capitals ("AS")."""
    return any(name_key(w) in _FIRMS_CLOSES or is_acronym(w) for w in words)


def _named_after(name: str, people: AbstractSet[str], names_words: AbstractSet[str], lexicon: AbstractSet[str]) -> bool:
    """Whether a name (a key) is one of `people`'s full names (keys), then common nouns of `lexicon` that are no word
    of theirs (`names_words`)."""
    words = name.split()
    return any(" ".join(words[:k]) in people and all(w in lexicon and w not in names_words for w in words[k:])
               for k in range(2, len(words)))


def _founder_of(g: _Group, firms: list[str]) -> bool:
    """A person a firm of the article is named after, whole ("Arvid Jauppi" of "Arvid Jauppi and
    Associates"): the firm's first word is his given name, no brand of a kin."""
    return any(f.startswith(f"{a} ") for a in g.aliases for f in firms)


# A doctrine, a movement or a fear named in one word: "Islamophobia", "Thatcherism", "Catholicism".
_CONCEPT_WORD = re.compile(r"[A-Z][a-z]{3,}(?:isms?|phobias?)")


def _without_concepts(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a name that is one word of a doctrine's or a fear's ending ("accused of Islamophobia", "an
    Islamophobia card"): an idea, no one; unless a mention acts, as subject or agent ("published by
    Futurism", "Futurism reported"): a title named after one."""
    doc_of = {p.seq: p.doc for p in prose}

    def acts(m) -> bool:
        doc = doc_of.get(m.seq)
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
        return span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"} or span.root.dep_ == "pobj" and span.root.head.dep_ == "agent")

    return [
        g for g in groups if "dateline" in g.evidence or not all(_CONCEPT_WORD.fullmatch(a) for a in g.aliases)
        or any(acts(m) for m in g.mentions)
    ]


# A part of the body's noun after the name it is named by: "an Achilles tendon injury", "its Achilles' heel".
# (not after a possessive's "'s": "Roe's heel" is Roe's)
_BODY_PART_AFTER = re.compile(r"['\u2019]?\s+(?:tendons?|heels?|ligaments?|muscles?|glands?)\b")


def _without_parts_of_the_body(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a name every mention of which is right before a part of the body's noun ("an Achilles tendon injury",
    "its Achilles' heel"): a part of the body named after someone, no one."""
    text_of = {p.seq: p.text for p in prose}

    def part(m) -> bool:
        return m.seq in text_of and bool(_BODY_PART_AFTER.match(text_of[m.seq], m.end))

    return [g for g in groups if g.label in PLACE_LABELS and "dateline" in g.evidence or not all(part(m) for m in g.mentions)]


def _without_chambers_named_only_in_titles(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a chamber's bare word ("House", "Senate") when every time the article writes it, it opens one of its
    officers' titles ("House Speaker Paul Ryan said") or sits inside another name ("the White House"): the title names
    the person, and a story that never writes of the chamber itself (its votes, its members, its committees: "Republican
    House and Senate members", which the model may leave untagged) has no chamber among its actors, as the gold's
    title-only bodies have no entity."""
    chambers = {a for g in groups for a in g.aliases if name_key(a) in _CHAMBERS}
    if not chambers:
        return groups
    names_in: dict[int, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.mentions:
            names_in.setdefault(m.seq, []).append((m.start, m.end))

    def inside_another_name(para: Para, at: int) -> bool:
        # "the White House"; but a party's members of the chamber are the chamber written of ("Republican House members")
        return any(s < at < e and fold(para.text[s:at].strip()) not in _PARTY_WORDS for s, e in names_in.get(para.seq, ()))

    def only_in_titles(word: str) -> bool:
        return all(inside_another_name(para, found.start()) or before_its_officers_title(para.text, found.end())
                   for para in prose for found in re.finditer(rf"\b{re.escape(word)}\b", para.text))

    titled_only = {a for a in chambers if only_in_titles(a)}
    return [g for g in groups if not (g.aliases and g.aliases <= titled_only)]


# What the tagger calls a sentence's first word when it reads it as a common word, not a name: an adverb ("Symbolically,
# a higher penalty ..."), an adjective ("Sharp cuts", "Abrupt departures"), a participle ("Dubbed 'le cost killer'"), a
# common noun the lexicon knows ("Drifts of four to six feet", "Retirees account for"; an unknown surname is a noun to it
# too: "Lysaght says"). A name opening a sentence it calls a proper noun ("Shell said", "Sharp said").
_COMMON_WORD_TAGS = frozenset({"RB", "JJ", "VBN", "VBG", "VBD"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _without_common_words_opening_sentences(prose: list[Para], groups: list[_Group], lexicon: AbstractSet[str]) -> list[_Group]:
    """Drop a name of one word written only at a sentence's start, where the tagger reads it as a common word: a
    capitalised adverb, adjective, participle or noun, no one (the model tags such openers a person or a body)."""
    doc_of = {p.seq: p.doc for p in prose}

    def common_opener(m) -> bool:
        doc = doc_of.get(m.seq)
        span = doc.char_span(m.start, m.end) if doc is not None and " " not in m.text else None
        if span is None or len(span) != 1 or not m.text[:1].isupper() or m.text.isupper():
            return False
        tok = span[0]
        opens = tok.is_sent_start or all(t.is_punct for t in doc[tok.sent.start : tok.i])
        return opens and (tok.tag_ in _COMMON_WORD_TAGS or tok.tag_ in _COMMON_NOUN_TAGS and tok.lemma_.lower() in lexicon)

    # a word of a longer name the article writes is a name ("Warwick student Helen Clutterbuck", "the University of Warwick")
    named = {w for g in groups for a in g.aliases if " " in a for w in a.split()}
    return [g for g in groups if g.evidence & {"acronym", "dateline", "defined"} or g.aliases & named
            or not all(common_opener(m) for m in g.mentions)]


# A wire's dotted country code, then one capitalised word: "the U.S. Thrifts", "U.K. Lenders", "U.N. Sponsored".
_CODE_THEN_WORD = re.compile(r"(?:[A-Z]\.){2,3} (?P<word>[A-Z][a-z]+)")


def _plural_or_participle(word: str, lexicon: AbstractSet[str]) -> bool:
    """A common noun's plural ("Thrifts", "Lenders", "Agencies") but a body's ("Securities", "Customs"), or a participle ("Sponsored")."""
    w = word.lower()
    if w.endswith("ed") and w not in lexicon:
        return True
    if not w.endswith("s") or w.endswith("ss") or w in _BODY_HEADS or w in _BODY_PLURALS:
        return False
    return any(s in lexicon for s in (w[:-1], w[:-2], w[:-3] + "y"))


# Plurals that name one body after a country's code: "U.S. Customs".
_BODY_PLURALS = frozenset({"customs"})
# Nouns of a kind of body, never one body's name after a country's dotted code: "the U.K. Company", "a U.S. Agency",
# "the U.K. Government" (the wire's capitals; "U.S. Treasury", "U.S. Embassy", "U.S. Congress" are one body each).
_KINDS_OF_BODY = frozenset({"company", "firm", "agency", "government", "group", "concern"})


def _without_codes_before_common_plurals(groups: list[_Group], lexicon: AbstractSet[str]) -> list[_Group]:
    """Drop a name that is a country's dotted code and a common noun's plural or a participle ("the example of the
    U.S. Thrifts", "U.N. Sponsored"), or a kind of body's noun ("the U.K. Company"): a kind of body of that country,
    capitalised as the wire's headlines are, no one body ("U.S. Treasury", "U.S. Customs", "U.S. Sprint" stay); nor the
    short form of a longer name the article writes ("U.S. News" of "U.S. News & World Report")."""
    names = {a for g in groups for a in g.aliases}

    def common(alias: str) -> bool:
        m = _CODE_THEN_WORD.fullmatch(alias)
        return m is not None and (_plural_or_participle(m["word"], lexicon) or m["word"].lower() in _KINDS_OF_BODY) \
            and not any(name.startswith(alias + " ") for name in names)

    return [g for g in groups if not all(common(a) for a in g.aliases)]


def _without_plurals_listed_with_kinds(prose: list[Para], groups: list[_Group]) -> list[_Group]:
    """Drop a one-word plural the model took for a person where every mention is listed with lowercase plurals ("the
    action hit Jobcentres, benefit agencies, pensions offices and driving test centres"): a kind of place or thing,
    capitalised as a brand's word, among other kinds; no one person is a plural."""
    doc_of = {p.seq: p.doc for p in prose}

    def listed_with_kinds(m) -> bool:
        doc = doc_of.get(m.seq)
        span = doc.char_span(m.start, m.end) if doc is not None else None
        if span is None or len(span) != 1:
            return False
        word = span[0]
        listed = [c for c in word.children if c.dep_ == "conj"] + ([word.head] if word.dep_ == "conj" else [])
        return any(t.tag_ == "NNS" and t.text.islower() for t in listed)

    return [
        g for g in groups
        if not (g.label == "PERSON" and not g.evidence & _ACTING and all(_plural_word(a) and " " not in a for a in g.aliases)
                and all(listed_with_kinds(m) for m in g.mentions))
    ]
