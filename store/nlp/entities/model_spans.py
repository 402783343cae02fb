"""The model's spans cleaned into mentions: trimmed of titles, credentials and numbers, and typed
by the rules of how news copy is written."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .. import recall
from .. import thresholds as T
from ...read.anatomy import WEEKDAY_RE
from ..gazetteer import Gazetteer
from ..given_names import given_name
from ..speakers import SPEECH_VERBS
from ...names import (
    acronym_of, counsel_named, FUNCTION_WORDS, is_acronym, is_person_title, leading_title_length, name_key, NAME_PARTICLES, NAME_SUFFIXES, particle_name_start,
    trailing_title_length, LEGAL_FORMS, KNOWN_PARTY_NAMES, PARTY_CREEDS, PARTY_SHORT_NAMES, APOSTROPHE_S, possessive_ending,
)
from .base import (
    _AGENT_ENDING, clean_span, _CORPORATE_SUFFIX, _ELECTION_NAME, _FIGURE_NAME, INSTITUTION_WORDS, _LANGUAGE_NAME, _LAW_NAME, _Mention,
    _MODIFIER_DEPS, Para, _PERSON_APPOSITION, PEOPLES_SITE, _PHOTO_CREDIT, PLACE_LABELS, PRODUCT_NOUNS, ROLE_BY_LABEL,
    SITE_NOUNS, _WHO,
)
from .bodies import _ONE_OF_A_PEOPLE, _peoples_word
from .context import _context_evidence, _is_street, town_after_its_body, town_before_its_native, voters_base
from .propagate import _ticker_code
from .job_titles import (
    _employer_after_field, _field_of_an_office, _job_title, _office_before_holder, _part_of_title, _rank_before_noun,
    _titled_full_name, _unit_of_a_title,
)
from .countries import _country_before_a_noun, _country_before_a_word, _firm_named_with_its_country, _kind_after_country


# "Group E", "Pool B": one capital letter after a word labels a division of a contest or a list
_LETTER_LABEL_AFTER = re.compile(r" [A-Z](?![\w.'\u2019&-])")
# The site noun of a country's mission, which a people's word before it names ("the Russian embassy").
_EMBASSY = "embassy"


def _embassy_acting(span) -> bool:
    """Whether a people's word opens an embassy that is its verb's subject ("The Russian embassy in Washington later
    posted a tweet"): the mission acting, an actor apart from the people's word (whose group it would join as a form:
    "Russian"); an embassy only written as a place ("attached to the Russian embassy", "working in the Jordanian
    embassy") is left to the people's word, the copy naming no site of its own."""
    doc = span.doc if span is not None else None
    return doc is not None and span.end < len(doc) and doc[span.end].dep_ in {"nsubj", "nsubjpass"}


_SITE_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SITE_NOUNS)) + r")\b")

# A person's span opening with whom she is of: "Acme's Jo Roe", "theCUBE\u2019s Jo Roe" (a name follows).
_OWNER_OF_PERSON = re.compile(r"(?P<owner>[A-Za-z][\w.\-]*[A-Z][\w.\-]*|[A-Z][\w.\-]*)['\u2019]s (?=[A-Z][\w.\-]* [A-Z])")

# A disease's name: "Eastern Equine Encephalitis", "Rift Valley Fever" (no actor, no place).
_DISEASE = re.compile(r"(?:itis|osis|virus|fever|syndrome|disease|pox)$", re.IGNORECASE)

# The listed words that open an institution's name before the model's span: "the [Morphology,
# Evolution, and] Cognition Laboratory" (after "the", capitalised words, commas, "and").
_LISTED_NAME_BEFORE = re.compile(r"\bthe (?P<words>(?:[A-Z][\w\-]*, )+(?:and|&) )$")

# One capitalised word and "and" opening a body's name before the model's span: "[Meat and] Livestock Australia",
# "the [Public and] Commercial Services union" (after "the", or where a sentence or a clause opens; not after
# a name's word, "Acme Corp and Vortex Group", two bodies).
_JOINED_WORD_BEFORE = re.compile(r"(?:^|(?<=[.;:,(\u2014-] )|(?<=\b[Tt]he )|(?<=\bof )|(?<=\bfrom )|(?<=\bat )|(?<=\bby )|(?<=\bfor )|(?<=\bwith ))(?P<word>[A-Z][a-z]+) (?:and|&) $")

# A named test or method: "the Trier Social Stress Test", "the Bechdel Test".
_NAMED_TEST = re.compile(r"\s(?:Test|Technique)$")

# A model's number or code after a word of its name, which no body's name carries: "Bondi 9",
# "Espro P7", "Colgate 360 Sensitive", "Ioniq 5 N"; a broadcaster's channel ("NBC 5", "BBC Radio 4",
# "Channel 4", "Local 10") and a union's local ("SEIU Local 1199") are names.
_NUMBERED_NAME_WORDS = frozenset({"Radio", "Channel", "TV", "Local", "Formula"})

# A body a people's adjective names: "the Tory party", "the Scottish Executive", "the Welsh Assembly",
# "the Catholic church" (the faith's body, no site named "Catholic")
_BODY_AFTER_PEOPLE = re.compile(r" (?:[Pp]arty|Executive|Parliament|Assembly|[Cc]hurch)\b")

# A faith or a creed, which believers hold and no one is: "in the name of Islam", "Judaism",
# "Thatcherism" (the model tags them ORG or NORP; the believers, "Muslims", stay a group that acts).
_CREED = re.compile(r"[A-Z][a-z]+ism|Islam|Christianity")

# A case's or a file's reference: "suit Number FHC/ABJ/03/095/2018".
_REFERENCE = re.compile(r"\S*\d\S*/\S*/|\S*/\S*/\S*\d")

# A one-word maker's possessive opening a span, "Anthropic's Claude", and what shows the rest is a thing
# it makes: a model's number or a product's noun after it ("... Claude 3.5", "... Zenflow tool").
_MAKER = re.compile(r"(?P<maker>[A-Z][\w.\-]*)['\u2019]s (?=[A-Z])")
_MODEL_AFTER = re.compile(r"\s+(?:[\w.\-]*\d[\w.\-]*\b|(?:" + "|".join(sorted(PRODUCT_NOUNS | {"tool", "tools", "assistant", "chatbot", "platform"})) + r")\b)")

# A party's name, by its last word: "Liberal Party", "Bharatiya Janata Party".
_PARTY_LAST = re.compile(r" [Pp]arty$")

_CAPITALISED_WORDS = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}")

# (Not "city": "Mosul city" is how some copy names the city, a form of its own.)
_SETTLEMENT_NOUNS = frozenset({"village", "hamlet"})

_ONE_OF = frozenset({"a", "an", "another"})

# What the model's body or person span runs into past the name: a preposition or a conjunction the name
# goes on after ("Paris Club of"), a lowercase kind of outlet ("PAP news agency"), or the owner's possessive
# and the lowercase thing owned ("Jo Roe's administration": the owner is named, the thing is not). Not after
# a dash ("Llanelli Grammar School - and the hall"): the school would take the town's "Llanelli" as its short name.
# A speech verb the wire capitalises after a comma, then its clause: "of Chase Manhattan Bank N.A., Said the banks".
_CAPITALISED_SPEECH_VERB = re.compile(r"Said|Says|Told|Added")
_LOWERCASE_NEXT = re.compile(r" [a-z]")

_PAST_THE_NAME = re.compile(
    r"(?<=\w)(?P<joint>(?: (?:of|and|for|to|in|at|on|&))+)$| (?:news )?(?:agency|newspaper|daily|weekly|broadcaster|website)$"
    r"|(?P<owned>['\u2019]s(?: [a-z]+)+)$"
    # "a post from [NorthShore Dock on Facebook]": the poster, then the platform it wrote on (a body of its own)
    r"| on (?:" + "|".join(sorted(recall.SOCIAL_PLATFORMS)) + r")$"
)

# Lowercase words opening the model's body span, a description before the name: "pro-Iraq war [Labour]"
# (a common noun among them; not a name's particle, "de Beers", "al Qaeda"; not a brand in lowercase, "eBay Motors").
_DESCRIPTION_OPENING = re.compile(r"(?:[a-z]+(?:-[\w]+)* )+(?=[A-Z])")

# A slump's name, a time of the economy the model takes for a place or a building: "the Great Recession", "the Great
# Depression" ("Depression" alone is an illness's word, no name).
_SLUMP_NAME = re.compile(r"\s(?:Recession|Depression)$")

# A stance for or against a name, which the model takes into a name's span: "the [pro-Clinton] super PAC", "the
# [pro-Clinton Priorities USA Action]", "the [pro-Christie union]".
_STANCE_OPENING = re.compile(r"(?:pro|anti)-[A-Z][\w.'\u2019]*(?:-[A-Z][\w.'\u2019]*)*")

# A body's kind written as an acronym after its lowercase modifier, which the model takes into the name after it: "the
# conservative super [PAC America Rising]", "pro-Clinton super [PAC Priorities USA]". "super PAC" is a common noun
# (no capital on "super"), so the name begins after it; "Patriot Majority PAC" ends on it and keeps it.
_KIND_ACRONYM_OPENING = re.compile(r"PACs? (?=[A-Z])")
_KIND_MODIFIER_BEFORE = re.compile(r"\bsuper\s$")

# A place's name and a number before a site's noun name the site: "the Sakhalin 3 field", "the Brent 2 platform".
_NUMBERED_SITE = re.compile(r" \d{1,3}(?= (?:[a-z]+ )?(?:fields?|blocks?|wells?|platforms?|mines?|reactors?)\b)")

_BILL_AFTER = re.compile(r" (?:bill|act)(?![\w-])")
_AWARD_AFTER = re.compile(r"-(?:nominated|winning|winner)(?![\w-])")
_COMMITTEE_AFTER = re.compile(r" (?:sub)?committee(?![\w-])")

# What a body named by its country's acronym is: "US District Court", "U.S. Chamber of Commerce", "UN Environment Program",
# "the US Trade Representative's Office".
_COUNTRY_BODY_HEADS = recall.NATIONAL_BODY_HEADS | {"chamber", "program", "programme", "office"}


def _head_noun(name: str) -> str:
    """The noun a name is of, lowercase: its last word, or its last before "of" ("Chamber of Commerce")."""
    return name.split(" of ", 1)[0].rsplit(" ", 1)[-1].lower()


# A state university's campus after its name: "University of California, Berkeley", "... at Los Angeles".
_STATE_UNIVERSITY = re.compile(r"(?:[Tt]he )?University of (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_CAMPUS_AFTER = re.compile(r"(?:,| at) (?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![\w'\u2019-])")

# A chamber's committee, named by its field between the chamber and the noun: "the House agriculture
# subcommittee", "the House Oversight subcommittee", "the Ways and Means and Senate Finance committees".
_CHAMBERS = frozenset({"house", "senate", "assembly"})
_CHAMBER_COMMITTEE = re.compile(r"(?P<name>(?: (?:[A-Z][\w-]*|[a-z]{4,})){1,2}) (?:sub)?committee(?P<plural>s)?(?![\w-])")

# Last words of a body's name, whose opening qualifier of an office is its own ("the Foreign Banks Association"; not
# "Grand Theft Auto", a game).
_BODY_LAST_WORDS = recall.ORG_HEAD_NOUNS | {w.lower() for w in INSTITUTION_WORDS} | {"organisation", "organization"}

# A firm's country and legal form after its name: "Ford Motor Co of Canada Ltd", "Richardson Greenshields of Canada Ltd".
_OF_COUNTRY_FORM = re.compile(r"\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Ltd|Inc|Corp|Co|Plc|PLC|Limited|AG|NV|SA)\b")

# Lowercase nouns of securities after a country's acronym and a body's word: "U.S. Treasury yields", "UK
# Treasury bills" name a kind of bond, no body.
_SECURITIES_AFTER = re.compile(r"\s+(?:yields?|bonds?|notes|bills|securities|issues|futures|prices)\b")


def _person_after_dateline_date(p: Para, ent) -> bool:
    """"BOCA RATON, Fla., March 19 - Beryl Sprinkel, chairman of ...": the model's date runs over the
    dateline's dash into the name the sentence opens with, which an apposition shows is a person's."""
    if ent.label_ != "DATE" or not ent.start_char < p.skip < ent.end_char:
        return False
    return bool(_CAPITALISED_WORDS.fullmatch(p.text[p.skip : ent.end_char])) and bool(_PERSON_APPOSITION.match(p.text[ent.end_char : ent.end_char + 80]))


# (a word's "and", not a dash's: "[Llanelli Grammar School - and]" is an aside, left as it was)
_TRAILING_AND = re.compile(r"(?<=\w)\s+(?:and|&)$")
_AND_CO = re.compile(r"\s+(?:Co|Company|Sons)\b")  # "[Olivetti and] Co": a partnership's form, the name goes on


def _ner_spans(
    p: Para,
    nouns: AbstractSet[str],
    gaz: Gazetteer | None,
    lowercase: frozenset[str] = frozenset(),
    lexicon: AbstractSet[str] = frozenset(),
    lone_names: frozenset[str] = frozenset(),
    lone_groups: frozenset[str] = frozenset(),
    country_led: frozenset[str] = frozenset(),
    department_fields: frozenset[str] = frozenset(),
) -> list[_Mention]:
    """The model's entities of a paragraph, cleaned; `lowercase` are words the article writes in lowercase
    and never capitalised mid-sentence; `lexicon` the common nouns, those the article capitalises
    in names too (`nouns` leaves them out); `lone_names` words the model tags elsewhere as a body's
    whole name, `lone_groups` as a people's or a party's ("the Tory leader"); `country_led` bodies whose name opens on a
    country's acronym (countries.names_led_by_their_country); `department_fields` the fields (keys) of the
    departments the model names ("justice" of "the Justice Department", bodies.department_fields)."""
    out = []
    credit = _PHOTO_CREDIT.search(p.text)
    for ent in recall.spans(p.doc, gaz):
        label = "PERSON" if _person_after_dateline_date(p, ent) else ent.label_
        if label not in ROLE_BY_LABEL:
            continue
        first = _people_name_start(ent) if label == "NORP" else _particle_name_start(ent)
        start, end = clean_span(p.text, first, _particle_name_end(ent) if label == "PERSON" else ent.end_char)
        whole = start  # before any title is cut off
        if label == "PERSON" and (said := _SPEECH_VERB_OPENING.match(p.text, start, end)) and _opens_a_sentence(p.text, start):
            start = said.end()  # "Said Mr Bysshe: ...": the sentence's verb, put before its speaker
        if label == "ORG" and possessive_ending(ent.text, typed_quote=True) and ent.end < len(p.doc) and p.doc[ent.end].pos_ in {"AUX", "VERB"}:
            end = ent.end_char  # "Lowe's was also lower": the company's name, not a possessive
        if start < p.skip < end:
            start, end = clean_span(p.text, p.skip, end)  # "NAIROBI - Mercy Corps": the dateline is not the name
        if label in {"PERSON", "ORG", "GPE"} and (party := _party_before_name(p.text[start:end], label, gaz, _noun_after(ent))):
            # "Lib Dem Norman Baker", "SNP Holyrood leader": the member's party (a body, as before her title: holders.py),
            # then her name or her parliament's
            party_end, rest, label = party
            out.append(_Mention(p.seq, start, start + party_end, p.text[start : start + party_end], "ORG", {"organisation"}))
            start += rest
        titled = False
        if label in {"PERSON", "NORP"} and (people := _peoples_word_before_name(p.text[start:end], gaz, lexicon)):
            label, start = "PERSON", start + people  # "Kenyan Steve Riungu", "South African Robi Byrd": his nationality, then his name
        if label == "WORK_OF_ART" and _titled_full_name(p.text[start:end]):
            label = "PERSON"  # "General Guven Ergenc": a rank and a full name, no title of a work
        if label in {"PERSON", "ORG"}:
            cut = leading_title_length(p.text[start:end])
            if cut >= end - start and not any(is_person_title(w) for w in p.text[start:end].split()):
                cut = 0  # "UN", "US": qualifiers of a title, but names on their own
            if cut >= end - start and label == "ORG" and name_key(p.text[start:end]) in department_fields:
                cut = 0  # "Justice delivered the immunity deals" beside "the Justice Department": the department by its field
            if label == "ORG" and p.text[start + cut : end].split()[:1] and p.text[start + cut : end].split()[0].lower() in INSTITUTION_WORDS \
                    and not _SECURITIES_AFTER.match(p.text, end):
                cut = 0  # "Interior Ministry": the office is the organisation's name
            if label == "ORG" and cut and not any(is_person_title(w) or is_acronym(w) for w in p.text[start : start + cut].split()) \
                    and p.text[start:end].rsplit(" ", 1)[-1].lower() in _BODY_LAST_WORDS:
                cut = 0  # "the Foreign Banks Association", "State Planning Organisation": an office's qualifier and no office
            if label == "ORG" and (_CORPORATE_SUFFIX.search(name_key(p.text[start:end])) or _rank_before_noun(p.text[start:end], lexicon)):
                cut = 0  # "General Electric Co", "General Mills Inc": a company's legal name is whole
            if p.text[start + cut : end].split()[:1] and p.text[start + cut : end].split()[0] in FUNCTION_WORDS:
                cut = 0  # "Health and Human Services": a name goes on after its first word, no title
            if label == "ORG" and cut and all(is_acronym(w) for w in p.text[start : start + cut].split()) \
                    and _head_noun(p.text[start:end]) in _COUNTRY_BODY_HEADS:
                # "US District Court", "US Anti-Doping Agency", "the U.S. Chamber of Commerce", "the UN Environment
                # Program": the country's acronym is part of the name
                cut = 0
            if not cut and label == "PERSON" and _job_noun_opening(p.doc.char_span(start, end, alignment_mode="expand"), nouns):
                cut = len(p.text[start:end].split()[0]) + 1  # "Keeper Tony Bullock echoed ...": his job, then his name
            if not cut and label == "PERSON" and _description_before_name(
                p.doc.char_span(start, end, alignment_mode="expand"), lexicon, lone_names | lone_groups
            ):
                cut = len(p.text[start:end].split()[0]) + 1  # "from Tory Neil Hamilton", "fellow Welshman Ray Reardon"
                if _party_plural(p.text[start:end].split()[0]):
                    # "including Tories Ken Clarke and ...": the party's members are named too
                    out.append(_Mention(p.seq, start, start + cut - 1, p.text[start : start + cut - 1], "NORP", {"plural"}))
            if not cut and label == "ORG" and (named := _one_of_a_people_then_name(p.doc.char_span(start, end, alignment_mode="expand"), lexicon)):
                # "Frenchman Cyril Saulnier 6-4" tagged ORG: the player's people, his name, then the score
                label, cut, end = "PERSON", len(p.text[start:end].split()[0]) + 1, named.end_char
            if label == "ORG" and cut and _firm_named_with_its_country(p.text[start:end], cut, gaz, lone_names):
                cut = 0  # "US Sprint", then "Sprint was still paying": the acronym opens the firm's name
            if label == "ORG" and cut and p.text[start:end] in country_led:
                cut = 0  # "U.S. News & World Report", then "U.S. News": the acronym opens the magazine's name
            if label in {"ORG", "PERSON"} and cut and (
                label == "ORG" and (_country_before_a_noun(p.text[start:end], cut, gaz, lexicon) or _SECURITIES_AFTER.match(p.text, end))
                or _country_before_a_word(p.doc, start, cut, end, gaz)
            ):
                # "U.S. Warships", "U.S. Relations", "The U.S. Alleges", "14 billion U.S. Dlrs": the wire's
                # capitals; the place alone is a name
                label, (start, end), cut = "GPE", clean_span(p.text, start, start + cut), 0
            if label == "ORG" and cut and _kind_after_country(p.text[start:end], cut, gaz):
                cut += len(p.text[start + cut :].split()[0]) + 1  # "the U.K. Firm Cable and Wireless": wire capitals, then the name
            titled = 0 < cut < end - start
            if titled and label == "ORG" and is_person_title(p.text[start : start + cut].split()[-1]):
                label = "PERSON"  # "Chancellor Olaf Scholz" tagged ORG
            start += cut
            if label == "ORG":
                end -= trailing_title_length(p.text[start:end])  # "FEMA Administrator"
                if _field_of_an_office(p.text, start, end, lexicon):
                    continue  # "his [National Security Adviser]", "[National Security] Adviser Ken Brill": no body
            if label == "ORG" and counsel_named(p.text[start:end]):
                label = "PERSON"  # "Rod Smith SC told the court": a barrister, whom the model took for a body
            if label == "PERSON":
                end -= _letters_after_name(p.text[start:end])  # "Philippe Sands QC"
            start, end = clean_span(p.text, start, end)
            stance = _STANCE_OPENING.match(p.text, start, end)
            if stance and not _name_after_stance(p.text, stance.end(), end):
                continue  # "the pro-Clinton super PAC": a stance, no name
            if stance:
                start = stance.end() + 1  # "the pro-Clinton Priorities USA Action": the body after its stance
            if label == "ORG" and (kind := _KIND_ACRONYM_OPENING.match(p.text, start, end)) \
                    and _KIND_MODIFIER_BEFORE.search(p.text, max(0, start - 7), start):
                start = kind.end()  # "super [PAC America Rising]": the kind's noun, then the body's name
            opening = _DESCRIPTION_OPENING.match(p.text, start, end)
            if label == "ORG" and opening and not NAME_PARTICLES & set(opening.group().split()) \
                    and any(len(w) > 2 and w in lexicon for w in opening.group().split()):  # ("al", "de": the lexicon has them)
                start = opening.end()  # "pro-Iraq war Labour MP": the party, its description before it
            tail = _PAST_THE_NAME.search(p.text, start, end)
            if tail and tail.start() > start and (not tail["joint"] or " " in p.text[start : tail.start()]):
                # "the Paris Club of Western creditors", "the official PAP news agency", "President Jo Roe's
                # administration": the model's span runs past the name, into what follows it or what it is (not
                # "the (Group of) seven": one word before "of", the name goes on after it)
                start, end = clean_span(p.text, start, tail.start())
                label = "PERSON" if titled and tail["owned"] else label
        start, end = _within_brackets(p.text, start, end)
        if (prep := _OPENING_PREPOSITION.match(p.text, start, end)) and not p.text[:start].rstrip()[-1:].isalnum():
            start = prep.end()  # "Across Wales, pickets were held": the sentence's preposition, capitalised for opening it
            label = "GPE" if gaz and gaz.lookup(p.text[start:end]) else label
        if label in _QUALIFIED_LABELS and (qualifier := _OPENING_QUALIFIER.match(p.text, start, end)) \
                and (_opens_a_sentence(p.text, start) or start == p.skip):
            start = qualifier.end()  # "Top U.S. Defense Department leaders have spent": the sentence's adjective (the story's, past its dateline)
        if aka := _ALSO_KNOWN_AS.match(p.text, start, end):
            start = aka.end()  # "Zeljko Raznatovic, a.k.a Arkan": the second name, without the words that bring it in
        if lead := _opening_participle(p, start, end, gaz):
            start = lead  # "Echoing Annan's comments, ...": the sentence's verb, capitalised for opening it
        state_of = label == "ORG" and titled and p.text.startswith("Of ", start) and gaz is not None \
            and bool(gaz.region(p.text[start + 3 : end]) or gaz.country(p.text[start + 3 : end]))
        if state_of:
            label = "GPE"  # "the State Of New Jersey" (a filing's party), "State" cut as a title: the state
        maker = _MAKER.match(p.text, start, end)
        if label in {"ORG", "PERSON"} and maker and (_MODEL_AFTER.match(p.text, end) or _model_number(p.text[start:end])):
            # "Anthropic's Claude 3.5", "Zencoder's Zenflow tool", "OpenAI's GPT-5 Codex": the maker, then its product
            out.append(_Mention(p.seq, start, start + len(maker["maker"]), maker["maker"], "ORG", {"organisation"}))
            start, label = maker.end(), "PRODUCT"
        if label in {"ORG", "FAC", "LOC"}:
            owner = re.match(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?['\u2019]s (?=[A-Z])", p.text[start:end])
            if owner and end - start - owner.end() > 3 and gaz and gaz.lookup(owner.group()[:-3]):
                # "Vietnam\u2019s Communist Party": the party, and Vietnam a place of its own
                out.append(_Mention(p.seq, start, start + owner.end() - 3, owner.group()[:-3], "GPE"))
                start += owner.end()
            elif owner and label == "ORG" and _PARTY_LAST.search(p.text, start, end) and " " in p.text[start + owner.end() : end]:
                # "Trudeau\u2019s Liberal Party had won 157 seats": the party, and its leader a person of his own (not
                # "Pakistan People's Party", one name whose last word is "Party" alone)
                out.append(_Mention(p.seq, start, start + owner.end() - 3, owner.group()[:-3], "PERSON"))
                start += owner.end()
        elif label == "PERSON" and (owner := _OWNER_OF_PERSON.match(p.text, start, end)):
            # "Acme's Jo Roe", "theCUBE's Jo Roe": the person, and the one she is of (a body, or a place)
            name = owner["owner"]
            out.append(_Mention(p.seq, start, start + len(name), name, "GPE" if gaz and gaz.lookup(name) else "ORG"))
            start = owner.end()
        if label == "ORG" and is_acronym(p.text[start:end]):
            end = _compound_head_end(p.doc, ent, end)
        if label == "PERSON" and end == ent.end_char and " " in p.text[start:end]:
            end = _surname_left_out_end(p.doc, ent, end, lexicon)
        if label in {"ORG", "PERSON"} and (arm := _OF_COUNTRY_FORM.match(p.text, end)) and gaz and gaz.country(arm["place"]):
            # "Richardson Greenshields of Canada Ltd": a firm's arm in a country, by its legal name (the model's "person")
            label, end = "ORG", arm.end()
        if label == "ORG" and (campus := _campus_of_state_university(p.text, start, end, gaz)):
            end = campus  # "the University of California, Berkeley": the campus names a university of its own
        if label == "ORG" and " " in p.text[start:end] and (part := _COMMITTEE_AFTER.match(p.text, end)):
            end = part.end()  # "a House Agriculture subcommittee": the body's own committee, named by it
        elif label == "ORG" and p.text[start:end].rsplit(" ", 1)[-1].lower() in _CHAMBERS:
            end = _chamber_committee_end(p.doc, p.text, end)  # "the House agriculture subcommittee", "Senate Finance committees"
        if label in PLACE_LABELS:
            start, end = _one_place_of(p.text, start, end, gaz)
            if numbered := _NUMBERED_SITE.match(p.text, end):
                end = numbered.end()  # "the Sakhalin 5 petroleum field": the field's name, not the island
        if label == "ORG" and p.text[start:end].rsplit(" ", 1)[-1].lower() in recall.ORG_HEAD_NOUNS:
            listed = _LISTED_NAME_BEFORE.search(p.text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
            start = listed.start("words") if listed else start  # "the Morphology, Evolution, and Cognition Laboratory"
        if label == "ORG" and _body_name_of_words(p.text[start:end], gaz):
            joined = _JOINED_WORD_BEFORE.search(p.text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
            if joined and _field_before_and(joined["word"], gaz, lexicon, lone_names):
                start = joined.start("word")  # "Meat and Livestock Australia": the word and "and" open the body's name
        if (joint := _TRAILING_AND.search(p.text, start, end)) and joint.start() > start and not _AND_CO.match(p.text, end):
            end = joint.start()  # "[Acme and] Vortex Computer Corp", "[Yeutter and]": the model's span stops at a list's "and"
        text = p.text[start:end]
        if end - start < 2 or not any(ch.isupper() for ch in text):
            continue  # titles only, or a common noun
        if credit and start >= credit.start():
            continue  # "(AP Photo via militant video)"
        if _stock_code(p.text, start, end):
            continue  # "The Bank of New York Corp <BK> said": the wire's stock code, whatever the model took it for
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _DISEASE.search(text) and " " in text:
            continue  # "Eastern Equine Encephalitis": a disease
        if label in {"ORG", "PERSON", "EVENT"} and _NAMED_TEST.search(text):
            continue  # "the Trier Social Stress Test": a method
        if text.startswith("non-"):
            continue  # "in non-U.S. Markets": everywhere but the place, no name
        if _CAPITALISED_SPEECH_VERB.fullmatch(text) and p.text[:start].rstrip().endswith(",") and _LOWERCASE_NEXT.match(p.text, end):
            continue  # "head of Acme Bank N.A., Said the banks": the wire's speech verb, capitalised after a comma
        if _AWARD_AFTER.match(p.text, end):
            continue  # "the Oscar-nominated film", "a Bafta-winning actor": an award, no one
        if label == "ORG" and _REFERENCE.search(text):
            continue  # "Number FHC/ABJ/03/095/2018": a case number
        if label in {"ORG", "PERSON"} and _unit_of_a_title(p.text, start, end):
            continue  # "vice president, Acme Sales & Operations at Acme Inc."
        if label in {"ORG", "PERSON"} and _job_title(p.text, whole, end):
            continue  # "Chief Product Officer", "a Lecturer in Management at ...": a job, no one's name
        if label == "ORG" and _office_before_holder(p.doc, p.text, start, end):
            continue  # "Commissioner of Food and Drugs Frank E. Young": his office, no body
        if label == "ORG" and (employer := _employer_after_field(p.text, start, end)):
            start, text = employer, p.text[employer:end]  # "Professor of [Management at] Rice University"
        if label != "PERSON" and not (label in PLACE_LABELS and text.lower() not in lowercase) and _part_of_title(p.text, start, end, gaz):
            continue  # "Home" of "Home Secretary", "State" of "Secretary of State": an office, not an actor
        if start < p.skip and re.fullmatch(WEEKDAY_RE, p.text[start:end] + "."):
            continue  # "SHAH ALAM, Thurs. -": the dateline's day, whatever the model took it for
        if start < p.skip and (label not in PLACE_LABELS or "(" in p.text[:start] and ")" in p.text[end : p.skip]):
            continue  # the agency of a dateline: "(Reuters)", "(Bloomberg)" whatever the model took it for
        if any(ch.isdigit() for ch in text) and label not in {"ORG", "EVENT", "LAW"} and not _is_street(text) \
                and not (label in PLACE_LABELS and _NUMBERED_SITE.match(p.text, start + text.rfind(" "))):
            continue  # a missile, a model or a date, not a name: "Muqtada 1" (but "6th Avenue" is a place)
        if label == "ORG" and _model_number(text):
            label = "PRODUCT"  # "the Bondi 9", "Espro P7", "Hyundai Ioniq 5 N": a model's number (not "NBC 5", "Radio 4")
        if label != "PERSON" and _TREATY_AFTER.match(p.text, end) and gaz and (place := gaz.lookup(text)) and place.kind != "country":
            continue  # "the Dayton peace treaty", "the Kyoto protocol": the treaty's place-name, no place of the story
        if _time_zone(p.text, start, end):
            continue  # "at 8 p.m. EDT (midnight GMT)": a clock's zone, no one
        if label in {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"} and _FIGURE_NAME.search(text):
            continue  # "the London Interbank Offered Rates": a figure, no actor and no place
        if label in {"ORG", "NORP", "GPE"} and _CREED.fullmatch(text):
            continue  # "in the name of Islam": a faith, no actor and no place
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and _LAW_NAME.search(text):
            label = "LAW"  # "the European Convention on Human Rights", "the Enterprise Act": a text, no actor
        if label in {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"} and _ELECTION_NAME.search(text):
            label = "EVENT"  # "the General Election": a vote, no actor
        if label in {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"} and _SLUMP_NAME.search(text):
            label = "EVENT"  # "since the Great Recession": a time of the economy, no place and no one
        if label in {"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"} and _LANGUAGE_NAME.search(text):
            label = "LANGUAGE"  # "British Sign Language": spoken, no actor and no place
        if label == "ORG" and " " in text and _BILL_AFTER.match(p.text, end):
            label = "LAW"  # "Britain's Financial Services bill": the bill's name, no body (not "the Kennedy bill")
        if label == "NORP" and (body := _BODY_AFTER_PEOPLE.match(p.text, end)):
            end, text, label = body.end(), p.text[start : body.end()], "ORG"  # "the Tory party", "the Scottish Executive"
        span = p.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ == "ADV" and span[0].is_sent_start and text.endswith("ly"):
            continue  # "Commonly grown varieties include ...": an adverb opening a sentence
        if label == "ORG" and span is not None and _numbered(span) and not _score_after(p.text, end):
            continue  # "737 MAX", "MAX 9": a model number names a product
        if span is not None and _credential(span):
            continue  # "Jane Roe, MD, RDN, said": her degrees, not an organisation or a state
        if label in PLACE_LABELS and span is not None and span[-1].pos_ == "ADJ":
            label = "NORP"  # "Ukrainian officials": a demonym, not a place
        if label == "PERSON" and not titled and _common_noun_at_start(span, nouns) and not (gaz and gaz.lookup(text)):
            continue  # "Debris fell on ...": a capitalised common noun (the lexicon has "Kharkov" too)
        if label != "PERSON" and _common_noun_opening_quote(span, nouns) and not (gaz and gaz.lookup(text)):
            continue  # '"Fraud is no longer a problem," he said': a noun capitalised as the quote's first word
        if span is not None and len(span) == 1 and span[0].lower_ in nouns and _LETTER_LABEL_AFTER.match(p.text, end):
            continue  # "in Group C", "the Group E victory": a lettered division, not a name
        if _capitalised_only_at_start(span, lowercase) and not (gaz and gaz.lookup(text)):
            continue  # "Malaria killed ..." in an article that writes "malaria" elsewhere
        site = _SITE_NOUN_AFTER.match(p.text, end)
        site = None if site is not None and voters_base(label, site.group().split()[-1]) else site
        evidence = _context_evidence(p, ent, start, end)
        if span is not None and town_before_its_native(span) and gaz and gaz.lookup(text):
            evidence.add("place")  # "The Bedford star": the runner's town, though a race director is David Bedford
        if span is not None and town_after_its_body(span) and gaz and gaz.lookup(text):
            evidence.add("place")  # "Oriel College, Oxford": the college's town, beside "Oxford University"
        if label == "NORP" and span is not None and _one_member(span):
            evidence = evidence - {"product"} | {"member"}  # a person's party, no thing ("a FitBit")
        if label in PLACE_LABELS and span is not None and gaz and gaz.region(text) and any(
            gaz.region(c.text) for c in span.root.conjuncts if c.i not in range(span.start, span.end)
        ):
            evidence.add("region")  # "Colorado, Washington, Alaska and Oregon": Washington the state
        embassy = label == "NORP" and site is not None and site.group().split()[-1] == _EMBASSY
        if site and (label != "PERSON" or " " in text) and not _WHO.match(p.text, site.end()) and not (gaz and gaz.lookup(text)) \
                and not (embassy and not _embassy_acting(span)):
            # "Belmarsh prison" is the prison's name; "Baghdad airport" is not Baghdad
            end, text = site.end(), p.text[start : site.end()]
            evidence.add("site")
            if embassy:
                label = "ORG"  # "The Russian embassy ... posted a tweet": the mission, an actor of its own
                evidence.add(PEOPLES_SITE)
        m = _Mention(p.seq, start, end, text, label)
        m.evidence |= evidence
        if titled and label == "PERSON":
            m.evidence.add("person")
        if state_of:
            m.evidence.add("place")
        out.append(m)
    return out


# What a town or a site names when its name goes before it: a pact signed there ("the Dayton peace accords").
_TREATY_AFTER = re.compile(r"\s+(?:peace\s+)?(?:treat(?:y|ies)|accords?|protocol|agreement|round)\b", re.IGNORECASE)


# A time zone's letters after the time of day they qualify: "1515 EDT", "9 a.m. CDT", "(midnight GMT)" (the letters
# alone may be a body's: "MST" of Brazil's Landless Workers Movement).
_TIME_ZONE = re.compile(r"(?:GMT|UTC|BST|CES?T|AE[SD]T|JST|[ECMP][SD]T)")
_TIME_OF_DAY_BEFORE = re.compile(r"(?:\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\b\d{4}|\bmidnight|\bnoon)\s*$", re.IGNORECASE)


def _name_after_stance(text: str, cut: int, end: int) -> bool:
    """Whether a span goes on after its stance ("pro-Clinton") with a capitalised word: "pro-Clinton [Priorities USA
    Action]", not "pro-Christie union" nor "pro-Clinton" alone."""
    return text.startswith(" ", cut) and text[cut + 1 : cut + 2].isupper() and cut + 1 < end


def _time_zone(text: str, start: int, end: int) -> bool:
    return bool(_TIME_ZONE.fullmatch(text, start, end) and _TIME_OF_DAY_BEFORE.search(text, 0, start))


def _body_name_of_words(name: str, gaz: Gazetteer | None) -> bool:
    """Whether a name is a body's of capitalised words, by its noun ("Commercial Services") or a country
    it is of ("Livestock Australia")."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower() in _BODY_LAST_WORDS or bool(gaz and gaz.country(words[-1]))


def _field_before_and(word: str, gaz: Gazetteer | None, lexicon: AbstractSet[str], lone_names: AbstractSet[str]) -> bool:
    """Whether a capitalised word before "and" is a field a body's name deals with ("Meat and ...") and no name of its
    own: not a place ("Britain and ..."), a brand ("Microsoft and ...") or a body the article names alone."""
    return recall.field_noun(word, lexicon) and word not in lone_names and not (gaz and gaz.lookup(word))


def _particle_name_start(ent) -> int:
    """Where a name starts when the model cut it at a particle: "Rio Grande do [Sul]"."""
    i = particle_name_start(ent.doc, ent.start)
    return ent.doc[i].idx if i != ent.start else ent.start_char


def _people_name_start(ent) -> int:
    """Where a group's name starts when the model tagged only its plural: "the [Social] Democrats",
    "the [Liberal] Democrats'" (a capitalised word mid-sentence that the model tagged as nothing else)."""
    doc, i = ent.doc, ent.start
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.text.isalpha() \
            and not before.ent_type_ and not before.is_sent_start and ent[-1].tag_ == "NNPS":
        return before.idx
    return ent.start_char


def _particle_name_end(ent) -> int:
    """Where a person's name ends when the model cut it after a particle ("Henk Ten [Cate]", "Daniel arap [Moi]"), at the
    hyphen of a given name of two syllables ("Hui Yin[-fat]", a Cantonese name the tokenizer split) or of a surname of
    two ("Quincy Owusu[-Abeyie]")."""
    doc, i = ent.doc, ent.end
    if len(ent) > 1 and ent[-1].lower_ in NAME_PARTICLES and i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        return doc[i].idx + len(doc[i])
    if len(ent) > 1 and i + 1 < len(doc) and doc[i].text == "-" and not ent[-1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].is_alpha and doc[i + 1].pos_ == "PROPN" and (doc[i + 1].is_lower or _second_barrel(doc[i + 1])):
        return doc[i + 1].idx + len(doc[i + 1])  # (the tagger's proper noun: not "George Bush-era", "Taylor Swift-themed")
    return ent.end_char


def _second_barrel(tok) -> bool:
    """The second half of a hyphenated surname the model cut at its hyphen ("Quincy Owusu[-Abeyie] or"): a capitalised
    word tagged as nothing, the name ending with it (not "the Tony Blair-Gordon Brown feud", two men's names)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and tok.ent_iob_ == "O" and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())


def _compound_head_end(doc, ent, end: int) -> int:
    """Where an acronym's name ends when the model stopped at it: "[GE] Vernova said" -> "GE Vernova"."""
    if ent.end >= len(doc):
        return end
    nxt = doc[ent.end]
    if (
        nxt.pos_ == "PROPN" and nxt.text.istitle() and nxt.ent_type_ == "" and ent[-1].head.i == nxt.i
        and not is_person_title(nxt.text) and not trailing_title_length(f"{ent.text} {nxt.text}")
        and nxt.text not in recall.EVENT_NOUNS  # "[NBA] Finals": the organiser, then its event
    ):
        return nxt.idx + len(nxt)
    return end


def _surname_left_out_end(doc, ent, end: int, lexicon: AbstractSet[str]) -> int:
    """Where a person's name ends when the model stopped a word short of a long name: "Deputy Minister [Peter Chin
    Fah] Kui said": a capitalised word tagged nothing (the parser may lose it), no body's or site's noun ("[Jo Roe]
    Center"), no firm's legal form, no title and no event's noun, that ends the run of capitalised words; a word
    that is a common noun too only before the verb the name is the subject of ("Kui said")."""
    if ent.end + 1 >= len(doc) or doc[ent.end - 1].whitespace_ != " ":
        return end
    nxt, after = doc[ent.end], doc[ent.end + 1]
    if not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and nxt.ent_type_ == "") or nxt.lower_ in _BODY_LAST_WORDS \
            or nxt.lower_ in recall.SITE_HEAD_NOUNS or nxt.lower_ in LEGAL_FORMS or is_person_title(nxt.text) or nxt.text in recall.EVENT_NOUNS:
        return end
    if after.text[:1].isupper() or nxt.lower_ in lexicon and after.pos_ not in {"VERB", "AUX"}:
        return end  # (not "[Jo Roe] Memorial Hospital": the run goes on into a body's name)
    return nxt.idx + len(nxt)


def _capitalised_only_at_start(span, lowercase: frozenset[str]) -> bool:
    """A lone word capitalised because it opens a sentence, that the article elsewhere writes in lowercase."""
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.is_sent_start and tok.text.lower() in lowercase


def _campus_of_state_university(text: str, start: int, end: int, gaz: Gazetteer | None) -> int:
    """Where a state university's name ends that goes on with its campus's town ("University of California,
    Berkeley", "University of California at Berkeley"); 0 when no town follows (a country after a comma is
    where the university is: "University of Sydney, Australia")."""
    uni, campus = _STATE_UNIVERSITY.fullmatch(text, start, end), _CAMPUS_AFTER.match(text, end)
    if not (uni and campus and gaz and gaz.region(uni["state"])):
        return 0
    town = campus["town"]
    return campus.end() if gaz.lookup(town) and not gaz.country(town) and not gaz.region(town) else 0


def _model_number(text: str) -> bool:
    words = text.split()
    return any(
        any(ch.isdigit() for ch in w) and not (is_acronym(before) or before in _NUMBERED_NAME_WORDS)
        for before, w in zip(words, words[1:])
    )


def _numbered(span) -> bool:
    """A model's number right before or after the name ("737 MAX", "MAX 9", "the first iPhones"); an
    ordinal before a body's acronym counts its acts, no model ("a second UN resolution")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].ent_type_ == "ORDINAL" and is_acronym(span.text):
        return span.end < len(doc) and doc[span.end].like_num
    if _members_counted(span):
        return False
    return (span.start > 0 and doc[span.start - 1].like_num) or (span.end < len(doc) and doc[span.end].like_num)


# A result after a name: "beat Jelena Kostanic 6-7 (7-2) 6-4", "Chile 3-0".
_SCORE_AFTER = re.compile(r" \d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.,/-])")


def _score_after(text: str, end: int) -> bool:
    """A score right after the name: a player's or a side's result, no model's number."""
    return bool(_SCORE_AFTER.match(text, end))


def _members_counted(span) -> bool:
    """"Three Labour councillors", "two Acme engineers": a number in words before a name counts the people of
    the body after it (a plural agent's noun), no model's number."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    number, people = doc[span.start - 1], doc[span.end]
    return number.like_num and number.is_alpha and people.tag_ == "NNS" and people.text.islower() \
        and bool(_AGENT_ENDING.search(people.lemma_))


def _one_place_of(text: str, start: int, end: int, gaz: Gazetteer | None) -> tuple[int, int]:
    """A place's span without a small settlement's noun after it ("Palpur village" is Palpur) and, for two
    places sharing their last word ("Central and South America"), the one written whole."""
    words = text[start:end].split()
    if len(words) > 1 and words[-1] in _SETTLEMENT_NOUNS:
        return start, start + len(text[start:end].rsplit(" ", 1)[0])
    if len(words) > 3 and words[1] == "and" and gaz and gaz.lookup(" ".join(words[2:])):
        return end - len(" ".join(words[2:])), end
    return start, end


def _letters_after_name(text: str) -> int:
    """Characters of the letters after a person's name, written without a comma ("Philippe Sands QC",
    "Jo Roe MP"): an honour or an office, no part of the name the surname ends. A generational numeral is part of the
    name ("Adam Clayton Powell III", "Pope John Paul II")."""
    *name, last = text.split(" ")
    if len(name) < 2 or not is_acronym(last) or last.lower() in NAME_SUFFIXES or len(last) > T.CREDENTIAL_MAX_LETTERS or any(w.isupper() for w in name):
        return 0  # "Jean-Marie LE PEN": a name written in capitals
    return len(last) + 1


def _credential(span) -> bool:
    """An acronym in the comma-separated run after a person's name ("Jane Roe, MD, MPH, said",
    "Roe, CPO, Acme."): a degree, a certification or a job, not a body."""
    if len(span) != 1 or not is_acronym(span.text) or len(span.text) > T.CREDENTIAL_MAX_LETTERS:
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text not in {",", ".", ";", ")"}:
        return False  # "Jane Roe, UN envoy": the acronym qualifies what follows
    i = span.start - 1
    while i >= 2 and doc[i].text == "," and doc[i - 1].ent_type_ != "PERSON" and is_acronym(doc[i - 1].text):
        i -= 2
    return i >= 1 and doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON"


def _job_noun_opening(span, nouns: AbstractSet[str]) -> bool:
    """A person's span of three words or more opening its sentence with a capitalised noun of what
    someone does ("Keeper Tony Bullock", "Hygienist Andrea Fernandez"): the job, not a given name
    (a two-word name such as "Hunter Biden" is left alone)."""
    if span is None or len(span) < 3 or not span[0].is_sent_start or not span[0].is_title:
        return False
    word = span[0].lower_
    return word in nouns and bool(_AGENT_ENDING.search(word)) and all(t.text[:1].isupper() for t in span[1:])


# A party's members by its name's plural: "Tories", "Republicans", "Liberals".
_PARTY_PLURALS = frozenset(
    {"tories"} | {f"{w}s" for w in KNOWN_PARTY_NAMES | PARTY_CREEDS}
)


def _party_plural(word: str) -> bool:
    return word.lower() in _PARTY_PLURALS


def _man_noun(word: str, lexicon: AbstractSet[str]) -> bool:
    """A "-man" noun the lexicon knows, a people's or a job's: "Frenchman", "Welshwoman", "chairman" (not a surname:
    "Coleman")."""
    return bool(re.fullmatch(r"[a-z]{4,}(?:wo)?man", word)) and word in lexicon


def _peoples_man_noun(word: str, lexicon: AbstractSet[str]) -> bool:
    """A "-man" noun of a people's word: "frenchman" of "French", not "eastman" of "East" ("Eastman Kodak Co")."""
    return _man_noun(word, lexicon) and bool(_ONE_OF_A_PEOPLE.fullmatch(word))


def _one_of_a_people_then_name(span, lexicon: AbstractSet[str]):
    """The people's noun and the full name of a span the model tagged a body, with any figures after the name
    that it ran into ("Frenchman Cyril Saulnier 6-4", a tennis result; opening a sentence too, as a noun the
    lexicon knows is no given name): the span's first three words when so, else None."""
    if span is None or len(span) < 3:
        return None
    named, rest = span[:3], span[3:]
    if not all(t.is_title and t.is_alpha for t in named) or any(t.is_alpha for t in rest):
        return None
    return named if _peoples_man_noun(named[0].lower_, lexicon) else None


def _description_before_name(span, lexicon: AbstractSet[str], groups: AbstractSet[str]) -> bool:
    """A person's span of three capitalised words mid-sentence that opens with what the person is, then a
    given name no noun: a party or a people the model names alone elsewhere ("from Tory Neil Hamilton"), a
    job's noun ("State Treasurer Ann Richards"), a people's "-man" ("fellow Welshman Ray Reardon", the given
    name after it may be a noun). Not "Hunter S. Thompson" (an initial), "Herman Van Rompuy" (a noun next), nor a
    job's noun after no qualifier or article ("and Archer Daniels Midland", a firm named after people). A people's
    "-man" of a people's word opens a sentence so too ("Frenchman Cyril Saulnier, meanwhile, fired 19 aces")."""
    if span is None or len(span) != 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    word, given = span[0].lower_, span[1].lower_
    if span[0].is_sent_start:
        return _peoples_man_noun(word, lexicon)
    if _man_noun(word, lexicon):
        return True
    if _party_plural(word):
        return True
    if given in lexicon:
        return False
    before = span.doc[span.start - 1]
    office = before.is_title or (before.lower_ in {"the", "a", "fellow"} or before.lower_ in APOSTROPHE_S)  # "State Treasurer", not "and Archer Daniels Midland"
    return word in groups or office and word in lexicon and bool(_AGENT_ENDING.search(word))


def _party_before_name(text: str, label: str, gaz: Gazetteer | None, noun_after: bool) -> tuple[int, int, str] | None:
    """A party's short name opening a span, then a person's full name (the model's "person") or a parliament's
    seat or a place: where the party ends, where what follows starts and its label ("Lib Dem Norman Baker" ->
    Norman Baker a person, "SNP Holyrood" -> Holyrood the parliament); None otherwise ("Green Bay", "Labour Party", and
    "Lib Dem Home Affairs spokesman": a role's noun after the words, they are its field, no one's name)."""
    words = list(re.finditer(r"\S+", text))
    for size in (2, 1):
        if len(words) <= size:
            continue
        party, rest = text[: words[size - 1].end()], text[words[size].start() :]
        if name_key(party) not in PARTY_SHORT_NAMES or not party[:1].isupper():
            continue
        if any((s, e) == (0, len(rest)) for s, e, *_ in recall.seats(rest)):
            return len(party), words[size].start(), "ORG"
        if gaz and gaz.lookup(rest) and not gaz.country(rest):
            return len(party), words[size].start(), "GPE"
        if label == "PERSON" and len(words) - size >= 2 and not noun_after and all(w.group().istitle() and w.group().isalpha() for w in words[size:]):
            return len(party), words[size].start(), "PERSON"
    return None


def _noun_after(ent) -> bool:
    """Whether a lowercase noun follows the model's span: "[Home Affairs] spokesman"."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].pos_ == "NOUN" and ent.doc[ent.end].is_lower


def _chamber_committee_end(doc, text: str, end: int) -> int:
    """Where a chamber's committee's name ends, when the model tagged the chamber alone: its field's one
    or two nouns, and its own noun when one committee is meant ("House agriculture subcommittee"); the
    field alone of a plural ("Senate Finance" of "... and Senate Finance committees")."""
    part = _CHAMBER_COMMITTEE.match(text, end)
    field = doc.char_span(end + 1, part.end("name"), alignment_mode="expand") if part else None
    if part is None or field is None or any(t.pos_ not in {"NOUN", "PROPN", "ADJ"} for t in field):
        return end
    return part.end("name") if part["plural"] else part.end()


def _within_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """A span the model ran across a bracket, which a name never opens or closes alone: "Matsushita
    (Electric Industrial Co Ltd) may", "STOL (Short Take Off": the name before the opening bracket, or
    after the closing one (no legal form alone)."""
    span = text[start:end]
    if span.count("(") > span.count(")") and span.rfind("(") > 0:
        before, inside = span[: span.rfind("(")].strip(), span[span.rfind("(") + 1 :]
        if is_acronym(before) and acronym_of(before, inside):
            return start, start  # "STOL (Short Take Off and Landing)": a definition, which acronyms.py reads
        return clean_span(text, start, start + span.rfind("("))
    if span.count(")") > span.count("(") and span.find(")") < len(span) - 1:
        start, end = clean_span(text, start + span.find(")") + 1, end)
        return (start, start) if text[start:end].lower().rstrip(".") in LEGAL_FORMS else (start, end)  # "(Asia) Ltd"
    return start, end


def _common_noun_at_start(span, nouns: AbstractSet[str]) -> bool:
    """A lone capitalised word opening a sentence that the lexicon knows as a noun, not speaking."""
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    i = tok.i - 1
    while i >= 0 and tok.doc[i].text in {'"', "\u201c", "'", "\u2018"}:
        i -= 1  # '"Strikes will only delay ...': the quote opens a sentence
    if not (tok.is_sent_start or i < 0 or tok.doc[i].text in {".", "!", "?", ":"}):
        return False
    word = tok.lower_
    known = word in nouns or word.endswith("s") and word[:-1] in nouns  # "Strikes will only delay ..."
    return known and tok.head.lemma_.lower() not in SPEECH_VERBS


# A speech verb put first, before its speaker: "Said Mr Bysshe: \"...\"", "Says Jo Roe, who ...".
_SPEECH_VERB_OPENING = re.compile(r"(?:Said|Says|Added|Adds)\s+(?=[A-Z])")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether a span starts its paragraph or a sentence: what comes before it ends with . ! ? or a closing quote."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\"\u201d"


# A preposition that opens a sentence, before a name the model ran it into ("[Across Wales], pickets",
# "[Without Charles], it is hard to imagine").
_OPENING_PREPOSITION = re.compile(r"(?:Across|Throughout|Around|Inside|Outside|Within|Beyond|Near|Without|Unlike|Despite)\s+(?=[A-Z])")


# An adjective that opens a sentence, before a body's or a place's name the model ran it into ("[Top U.S. Defense
# Department] leaders have spent", "[Potential White House] hopeful Beto O'Rourke", "[Several Supreme Court] justices");
# not before a people's plural ("Top Democrats"): the model's people, whose qualifier says some of them.
_OPENING_QUALIFIER = re.compile(r"(?:Top|Potential|Possible|Several|Larger)\s+(?=[A-Z])")
_QUALIFIED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


# The words that bring in a second name, which the model may run into it: "[a.k.a Arkan]", "[aka Jo] Roe".
_ALSO_KNOWN_AS = re.compile(r"(?:a\.k\.a\.?|aka|AKA)\s+(?=[A-Z])")


def _peoples_word_before_name(text: str, gaz: Gazetteer | None, lexicon: AbstractSet[str]) -> int:
    """Where a person's name starts past the country's people's word the model ran into it ("Kenyan Steve Riungu",
    "two pilots, South African Robi Byrd and ..."): the word (or two) made of a country's name, then a given name and a
    surname (a given name no noun, or one the table knows); 0 otherwise ("Jordan Henderson": a country's own name)."""
    words = list(re.finditer(r"\S+", text))
    for size in (1, 2):
        lead, rest = text[: words[size - 1].end()] if len(words) > size else "", [w.group() for w in words[size:]]
        if len(rest) < 2 or not lead or gaz is None or gaz.lookup(lead) or gaz.country(lead):
            continue
        if not all(w.istitle() and w.isalpha() for w in rest) or rest[0].lower() in lexicon and not given_name(rest[0].lower()):
            continue
        if _peoples_word(name_key(lead), gaz):
            return words[size].start()
    return 0


def _opening_participle(p: Para, start: int, end: int, gaz: Gazetteer | None) -> int:
    """Where the name starts past a participle that opens the sentence (or the story, past its dateline) and that
    the model ran into it: "[Echoing Annan]'s comments, Portugal's ambassador said", "(AP) _ [Recalling U.N.] failures
    in Africa, ..."; its clause closed by a comma before any verb of the sentence's own; 0 when the span opens on no such verb (not a
    place so spelt, "Reading"; not a body's name, "Fostering Network director Jo Roe said").
    """
    span = p.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return 0
    verb = span[0]
    if verb.tag_ != "VBG" or verb.pos_ != "VERB" or not verb.lower_.endswith("ing") or verb.lemma_.lower() == verb.lower_:
        return 0
    opens = verb.is_sent_start or start == p.skip or p.text[:start].rstrip()[-1:] in {"", ".", "!", "?", "_"}
    if not opens or not span[1].text[:1].isupper() or (gaz and gaz.lookup(verb.text)):
        return 0
    closing = next((t for t in p.doc[span.end :] if t.text in {",", ".", "!", "?"} or t.tag_ in _FINITE_VERB_TAGS), None)
    if closing is None or closing.text != ",":
        return 0  # "Fostering Network executive director Jo Roe criticised ...": no clause of its own, a name's word
    return span[1].idx


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _stock_code(text: str, start: int, end: int) -> bool:
    """A wire's stock code in angle brackets ("Bank of New York Corp <BK>"), not a firm's name the wire
    brackets whole ("<Toronto Sun Publishing Corp> said") nor a code that is a word of the name before
    it ("GTE Corp <GTE>": the firm's name, a form of it)."""
    code = text[start:end]
    if not _ticker_code(text, start, end) or not re.fullmatch(r"[A-Z][A-Z\d.]*", code):
        return False
    return code not in text[max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS) : start - 1].split()[-T.NAME_RUN_MAX_WORDS :]


def _common_noun_opening_quote(span, nouns: AbstractSet[str]) -> bool:
    """A lone word right after an opening quote mark that the lexicon knows as a common noun (not an
    institution's: '"Parliament must act"'), and the article never capitalises mid-sentence (`nouns`
    leaves those out): '"Deliberations will start ..."', capitalised for opening the quote."""
    if span is None or len(span) != 1 or span.start == 0:
        return False
    mark = span.doc[span.start - 1]
    if mark.text not in {'"', "\u201c"} or mark.whitespace_:
        return False  # a closing mark: 'chairs." Parliament will examine' opens no quote
    word = span[0].lower_
    if word in INSTITUTION_WORDS or word in recall.ORG_HEAD_NOUNS:
        return False
    return word in nouns or word.endswith("s") and word[:-1] in nouns


def _one_member(span) -> bool:
    """A people's or a party's singular noun after an indefinite article ("William Schneider, a
    Democrat, says", "she is a Sunni"): one person's affiliation, not the group the plural ("the
    Democrats") and the modifier ("Sunni fighters") name."""
    root = span.root
    return root.tag_ in {"NN", "NNP"} and root.dep_ not in _MODIFIER_DEPS and any(
        c.dep_ == "det" and c.lower_ in _ONE_OF for c in root.children)
