"""Names the model does not tag that rules find: titled names, speakers, named sites, a
transcript's turn labels, the site a title names, datelines."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from .. import thresholds as T
from ..gazetteer import Gazetteer, state_nicknamed
from ..given_names import given_name, given_name_word
from ...read.anatomy import match_dateline_line, match_wire_signoff
from ..speakers import SPEECH_VERBS
from ..tokens import tokens
from ..transcript import transcript_labels
from ...names import APOSTROPHE_S, FUNCTION_WORDS, is_person_title
from .base import clean_span, INSTITUTION_WORDS, _Mention, Para, SITE_NOUNS, _whole_name_hits, WRITER
from .credits import OUTLET_NOUNS
from .job_titles import _rank_before_noun
from .kinds import name_spans_after


# Common nouns after an untagged name that make it a place: "the Albukamal gate", "the Rafah crossing",
# "Delhi's Saket area".
_SITE_AFTER = frozenset({"gate", "crossing", "checkpoint", "airport", "prison", "camp"})
_AREA_AFTER = frozenset({"area", "neighbourhood", "neighborhood", "suburb", "locality"})  # lowercase: not "the Bay Area"

_TITLE_SITE = re.compile(r"\s[-|\u2013\u2014]\s(?P<site>[A-Z][\w.&'\u2019]*(?: [A-Z][\w.&'\u2019]*){0,3})\s*$")

# "BAAR, SWITZERLAND": a release's dateline on a line of its own.
_DATELINE_LINE = re.compile(r"\s*(?P<place>[A-Z][\w.'\u2019\- ]{1,40}?),\s+(?P<country>[A-Z][\w.'\u2019\- ]{1,40}?)\s*")


def _titled_names(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """A name right after a person's title, which the model often leaves untagged: "Judge Ana Ruiz",
    "Sen. Cory Booker". Kept only where no longer span of the model covers it."""
    doc = p.doc
    out = []
    for tok in doc:
        if not (tok.text[:1].isupper() and is_person_title(tok.text)) or tok.idx < p.skip:
            continue
        run: list[Token] = []
        for nxt in doc[tok.i + 1 : tok.i + 1 + T.NAME_RUN_MAX_WORDS + 2]:
            if _hyphen_inside(nxt) and run:
                run.append(nxt)  # "Cormac Murphy-O'Connor": one surname the tokenizer split at its hyphen
                continue
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or is_person_title(nxt.text):
                break
            run.append(nxt)
        while run and run[-1].text == "-":
            run.pop()
        if not run or len([t for t in run if t.text != "-"]) > T.NAME_RUN_MAX_WORDS or any(t.lower_ in INSTITUTION_WORDS for t in run):
            continue
        if any(t.ent_type_ for t in run) and not _surname_tagged_alone(run):
            continue
        if _rank_before_noun(" ".join(t.text for t in [tok, *run]), nouns):
            continue  # "bought by General Electric": a company, no general
        if run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
            continue  # the run goes on past three words: not a name we can bound
        start, end = clean_span(p.text, run[0].idx, run[-1].idx + len(run[-1]))
        if end - start >= 2:
            out.append(_Mention(p.seq, start, end, p.text[start:end], "PERSON", {"person"}))
    return out


def _hyphen_inside(tok) -> bool:
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _surname_tagged_alone(run) -> bool:
    """After a title, an untagged given name and a surname the model tagged on its own, as a body or a person:
    "Cardinal Cormac [Murphy-O'Connor]" is one person (the model's one span ends the run)."""
    tagged = [t for t in run if t.ent_type_]
    return not run[0].ent_type_ and tagged[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in tagged[1:]) \
        and tagged[-1].i == run[-1].i and (run[-1].i + 1 >= len(run[-1].doc) or run[-1].doc[run[-1].i + 1].ent_iob_ != "I") \
        and tagged[0].ent_type_ in {"ORG", "PERSON"}


def _named_sites(p: Para) -> list[_Mention]:
    """A capitalised name the model left untagged, right before a site noun: "the Albukamal gate"."""
    doc = p.doc
    out = []
    for tok in tokens(doc).lower(_SITE_AFTER | _AREA_AFTER):
        if not (tok.lower_ in _SITE_AFTER or tok.text in _AREA_AFTER) or tok.i == 0:
            continue
        run: list = []
        i = tok.i - 1
        while i >= 0 and len(run) < T.NAME_RUN_MAX_WORDS and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].ent_type_:
            run.insert(0, doc[i])
            i -= 1
        if not run or i >= 0 and doc[i].text in {"-", "\u2013"}:
            continue  # "Albukamal-Qaim crossing": a pair of places, each found on its own
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        if end - start >= 3 and start >= p.skip:
            if tok.text in SITE_NOUNS:  # "Belmarsh prison" is the prison's name; "the Albukamal gate" is not
                out.append(_Mention(p.seq, start, tok.idx + len(tok), p.text[start : tok.idx + len(tok)], "LOC", {"place", "site"}))
            else:
                out.append(_Mention(p.seq, start, end, p.text[start:end], "LOC", {"place"}))
    return out


# A capitalised run of one or two words and "State": a US state's nickname where the gazetteer's table knows it; never
# opening a longer name ("the Empire State Building", "the Golden State Warriors").
_STATE_NICKNAME = re.compile(r"\b(?:[A-Z][a-z]+ ){1,2}State\b(?!['\u2019]?\s*[A-Z])")


def _state_nicknames(p: Para) -> list[_Mention]:
    """A US state's nickname the model left untagged ("touching down in the Sunshine State", "guns in the Peach State"):
    the state, under the other name copy gives it for variety once it has named it (merge joins the two)."""
    doc = p.doc
    out = []
    for m in _STATE_NICKNAME.finditer(p.text):
        span = doc.char_span(m.start(), m.end())
        if m.start() >= p.skip and state_nicknamed(m.group()) and span is not None and not any(t.ent_type_ for t in span):
            out.append(_Mention(p.seq, m.start(), m.end(), m.group(), "GPE", {"place"}))
    return out


# Words a ranking's number follows: "world number 31", "world No. 3".
_RANK_WORDS = frozenset({"number", "no", "no."})


def _numbered_names(p: Para) -> list[_Mention]:
    """A number and one capitalised word mid-sentence that acts or owns ("50 Cent said", "50 Cent's second
    album"): an artist's name, which the model takes for a sum ("[50 Cent]" money); not a street's number
    ("10 Downing Street's"), a year's ("December 1986 Bank of America sold"), a count of people ("150 Indians were
    deported"), nor a sum in the wire's capitals after no verb ("at 5 Dlrs a share")."""
    out = []
    doc = p.doc
    for tok in doc[:-1]:
        word = doc[tok.i + 1]
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if not (tok.text.isdigit() and len(tok.text) <= 3 and word.is_alpha and word.is_title and not tok.is_sent_start and tok.idx >= p.skip):
            continue  # (not a year's: "In mid-December 1986 Bank of America sold")
        if after is not None and (after.text[:1].isupper() and after.text not in APOSTROPHE_S or after.lower_ == "of"):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in _RANK_WORDS:
            continue  # "World number 31 Hantuchova looked nervous": her ranking, then her surname
        if word.ent_type_ == "NORP" or word.tag_ in {"NNS", "NNPS"} or word.text.endswith("s"):
            continue  # "150 Indians were deported": a count of people
        acts = word.dep_ in {"nsubj", "nsubjpass"} and word.head.pos_ in {"VERB", "AUX"} or after is not None and after.text in APOSTROPHE_S
        if acts:
            out.append(_Mention(p.seq, tok.idx, word.idx + len(word), p.text[tok.idx : word.idx + len(word)], "PERSON", set()))
    return out


# The model's labels for what cannot speak: a speech verb's subject it tags so ('"...," Edhem Efendija Camdzic, Doboj's
# imam, told the refugees' read as a title) is a person the rules name.
MUTE_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "FAC", "LOC"})


def _speaking_names(p: Para) -> list[_Mention]:
    """A two- or three-word proper name that is the subject of a speech verb, which the model left
    untagged or took for a thing: '"...," Will Moyes, chief executive of X, told the BBC'. The model's
    own spans of actors and places win."""
    out = []
    # only the subjects of speech verbs and what is apposed to them can pass
    subjects = [c for verb in tokens(p.doc).lemma(SPEECH_VERBS) for c in verb.children if c.dep_ == "nsubj"]
    for tok in sorted({*subjects, *(a for s in subjects for a in s.children if a.dep_ == "appos")}, key=lambda t: t.i):
        speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
        # "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said"
        apposed = tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in SPEECH_VERBS
        if not (speaking or apposed) or tok.pos_ != "PROPN":
            continue
        run = [tok]
        while run[0].i > 0 and p.doc[run[0].i - 1].dep_ == "compound" and p.doc[run[0].i - 1].pos_ == "PROPN":
            run.insert(0, p.doc[run[0].i - 1])
        if not 2 <= len(run) <= T.NAME_RUN_MAX_WORDS or any(
            not t.text[:1].isupper() or t.lower_ in INSTITUTION_WORDS or t.ent_type_ and t.ent_type_ not in MUTE_LABELS for t in run
        ):
            continue  # a word the model tagged ("Shi'ite Iran"): its own span stands
        if is_person_title(run[-1].text) and run[0].i > 0 and p.doc[run[0].i - 1].lower_ == "the":
            continue  # "The Glasgow Kelvin MP, who ...": a role after "the", whose seat is found on its own
        if any(t.ent_type_ for t in run) and (run[0].i > 0 and p.doc[run[0].i - 1].pos_ == "DET" or not all(t.text.istitle() for t in run)):
            # "the Red Planet at one time boasted", "MTV Smut Peddlers: Targeting Kids ..., the PTC said": a thing after its
            # article or with initials in it, as the model read it (a person's name is in title case)
            continue
        if is_person_title(run[0].text):
            run = run[1:]  # "Officer Dana Price"
        start, end = clean_span(p.text, run[0].idx, run[-1].idx + len(run[-1]))
        if len(run) >= 2 and end - start >= 4:
            out.append(_Mention(p.seq, start, end, p.text[start:end], "PERSON", set()))
    return out


# An Irish surname written with a space after its apostrophe ("Rory O' Neill", "Mr O' Neill"), which the model
# reads as a possessive and leaves untagged: a given name or an honorific, then "O'", a space, a capitalised word.
_SPACED_O_NAME = re.compile(r"\b(?P<before>[A-Z][a-z]+\.?) (?P<name>O['\u2019] [A-Z][a-z]{2,})\b")


# "Ahmed 'Mido' Hossam", "Antonio "LA" Reid": the name a person goes by, quoted inside the full name.
_QUOTED_NICKNAME_INSIDE = re.compile(
    r"\b(?P<given>[A-Z][a-z]+) (?:'[A-Z][\w.-]*'|\"[A-Z][\w.-]*\"|\u2018[A-Z][\w.-]*\u2019|\u201c[A-Z][\w.-]*\u201d) [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)


def _names_with_a_nickname(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """A person's full name with the name copy calls them by quoted inside it, which the model tags in part or not at
    all: one person (not after a capitalised common or function word: "That 'Taste' Danger" is a title)."""
    return [
        _Mention(p.seq, m.start(), m.end(), m.group(), "PERSON", {"person"}) for m in _QUOTED_NICKNAME_INSIDE.finditer(p.text)
        if m["given"].lower() not in nouns and m["given"].lower() not in FUNCTION_WORDS
    ]


def _spaced_apostrophe_names(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """"Rory O' Neill, editor of ...": one person, the given name with it (not after a capitalised common
    noun opening a sentence: "Cheers O' Neill"); after an honorific, the surname alone ("Mr O' Neill")."""
    out = []
    for m in _SPACED_O_NAME.finditer(p.text):
        before = m["before"]
        if is_person_title(before.rstrip(".")):
            out.append(_Mention(p.seq, m.start("name"), m.end("name"), m["name"], "PERSON", {"person"}))
        elif before.lower() not in nouns and before.lower() not in FUNCTION_WORDS:
            out.append(_Mention(p.seq, m.start(), m.end(), m.group(), "PERSON", {"person"}))
    return out


def _transcript_labels(prose: list[Para], gaz: Gazetteer | None) -> list[tuple[_Mention, int]]:
    """The people a transcript's turns are labelled with (transcript.py reads the labels, for the
    quotes stage too), each with where its label ends (the role after the name, "HOST", is no one):
    "ROSIE CURTS: ..." is Rosie Curts, whom the body also names; a dateline ("NEW DELHI: ...", a
    known place) is no turn."""
    labels = transcript_labels(prose, lambda name: bool(gaz and gaz.lookup(name)))
    return [(_Mention(label.seq, label.start, label.end, label.name, "PERSON", {"person"}), label.turn) for label in labels]


def _site_named_in_title(paras: list[Para], prose: list[Para], tagged: list[_Mention]) -> list[_Mention]:
    """"... For Rs 300? - News Nation": the site a title names after its dash or bar is an
    organisation where the body writes it ("News Nation tried to find out"); never a person the
    body names (a title may end with its writer)."""
    title = next((p for p in paras if p.kind == "title"), None)
    m = _TITLE_SITE.search(title.text) if title else None
    if m is None or any(t.label == "PERSON" and t.text == m["site"] for t in tagged):
        return []
    site = m["site"]
    return [
        _Mention(p.seq, start, end, site, "ORG", {"organisation"})
        for p in prose for start, end in _whole_name_hits(p.text, site) if start >= p.skip
    ]


def _dateline_lines(paras: list[Para], gaz: Gazetteer | None) -> list[_Mention]:
    """A line under the title that is only a place and its country or state ("BAAR, SWITZERLAND",
    "Austin, Texas"), or a wire's dateline with its date ("MOSCOW 1996-08-23", "RAMESWARAM, India
    1996-08-28"): places, though the line is not read as prose. The date vouches for a place the
    gazetteer does not know; a region after it is one where the gazetteer knows it."""
    out = []
    for p in paras:
        if p.doc is not None or p.kind == "title":
            continue
        if (m := _DATELINE_LINE.fullmatch(p.text)) and gaz and (gaz.country(m["country"]) or gaz.region(m["country"])):
            parts = ("place", "country")
        elif m := match_dateline_line(p.text):
            parts = ("place", "region") if m["region"] and gaz and (gaz.country(m["region"]) or gaz.region(m["region"])) else ("place",)
        else:
            continue
        out += [_Mention(p.seq, m.start(g), m.end(g), m[g], "GPE", {"place", "dateline"}) for g in parts]
    return out


# A person's name alone: two to four capitalised words, or initials and a surname ("Peter Blackburn", "P.V. Krishnamoorthy",
# "Katie J.M. Baker").
_NAME_LINE = re.compile(r"(?:[A-Z]\.){1,3} ?[A-Z][a-z'\-]+|[A-Z][a-z'\-]+(?: (?:(?:[A-Z]\.){1,3}|[A-Z][a-z'\-]+)){1,3}")


def _wire_bylines(paras: list[Para], lexicon: AbstractSet[str], gaz: Gazetteer | None) -> list[_Mention]:
    """The reporter's name on a line of its own between a wire story's title and its dateline ("Peter Blackburn"
    over "BRUSSELS 1996-08-22"), or under a web page's headline ("Jason Schreier" over the story): a person the story
    names, though the line is not read as prose. Its first word is initials, a given name or no common noun (a given
    name under a page's headline, where no dateline follows), and the line is no place ("Top Picks", "New Mexico")."""
    out = []
    for at, (title, p, after) in enumerate(zip(paras, paras[1:], paras[2:])):
        if p.doc is not None or not _NAME_LINE.fullmatch(p.text) or (gaz and gaz.lookup(p.text)):
            continue
        first = p.text.split()[0].lower()
        over_dateline = title.kind == "title" and bool(after.skip or match_dateline_line(after.text))
        if (over_dateline and ("." in first or given_name(first) or first not in lexicon)) or (at == 0 and _writers_name(p.text, lexicon)):
            out.append(_Mention(p.seq, 0, len(p.text), p.text, "PERSON", {"person"}))
    return out


def _writers_name(line: str, lexicon: AbstractSet[str]) -> bool:
    """Whether a name line under a headline is a writer's name: a given name and a surname that is no common noun, or
    initials ("Katie J.M. Baker"); not a headline's words ("Obama Pushes Back")."""
    first, last = line.split()[0].lower(), line.split()[-1].lower()
    return given_name_word(first) and (last not in lexicon or "." in line)


# An agency's or a paper's name on a line of its own: "Associated Press", "The Canadian Press", "Press Trust of India"
# (its outlet noun closing the name, or opening it before "of").
_AGENCY_LINE = re.compile(
    r"(?:The )?(?P<name>(?:[A-Z][\w.&'\-]* ){1,3}(?P<last>[A-Z][a-z]+)|(?P<first>[A-Z][a-z]+)(?: [A-Z][\w.&'\-]*)* of(?: [A-Z][\w.&'\-]*)+)"
)


def _agency_lines(paras: list[Para]) -> list[_Mention]:
    """The outlet a page names on a line of its own between its headline and its story ("Associated Press" under the
    date line, over "TORONTO (AP) -"): the story's agency, an actor as a by-line's outlet is, though the line is not read
    as prose (not "Associated Press Sports", a desk's label)."""
    out = []
    for p in paras[1:]:
        if p.doc is not None:
            break  # the story has begun
        m = _AGENCY_LINE.fullmatch(p.text)
        if m and p.kind in {"dek", "subhead"} and (m["last"] or m["first"] or "").lower() in OUTLET_NOUNS:
            out.append(_Mention(p.seq, m.start("name"), m.end("name"), m["name"], "ORG", {"organisation"}))
    return out


# A masthead in capitals on a line of its own: "USA TODAY" (no date, time or place's comma: not "1300 GMT", "BAAR,
# SWITZERLAND").
_MASTHEAD_LINE = re.compile(r"[A-Z][A-Z&'\-]*(?: [A-Z][A-Z&'\-]*){1,3}")
# The writers of a by-line's first line: "Jo Roe", "Jo Roe and Al Poe", "Jo Roe, Al Poe and Ann Lee".
_WRITERS_PART = re.compile(r", (?:and )?| and ")


def _byline_blocks(paras: list[Para], gaz: Gazetteer | None) -> list[_Mention]:
    """A by-line set as two lines under the headline, the writers' names over their paper's masthead in capitals
    ("Kim Roe and Donna Lee Poe" / "USA TODAY", then the story): the writers are people and the paper an actor of the
    story, as a by-line's are, though neither line is read as prose. The masthead under the names vouches for them
    (each name two to four capitalised words, one of them opening on a given name or initials: a dek of the headline's
    words, "Obama Pushes Back", names no one; but a list's rarer given names, "Yamiche Alcindor, Larry Copeland and Kevin
    Johnson", "Ledge King, Jinitzail Hernandez and Trevor Hughes", are vouched for by the names beside them)."""
    if len(paras) < 4 or paras[0].kind != "title":
        return []
    if (alone := _masthead_alone(paras[1], paras[2], gaz)) is not None:
        return [alone]
    names, masthead = paras[1], paras[2]
    if names.doc is not None or masthead.doc is not None or not _MASTHEAD_LINE.fullmatch(masthead.text):
        return []
    if gaz and gaz.lookup(masthead.text):
        return []  # a dateline's place in capitals ("WASHINGTON"), not a paper
    parts = _writer_spans(names.text)
    if not all(_NAME_LINE.fullmatch(names.text[s:e]) for s, e in parts) or not any(_opens_on_a_given_name(names.text[s:e]) for s, e in parts):
        return []
    return [_Mention(names.seq, s, e, names.text[s:e], "PERSON", {"person", WRITER}) for s, e in parts] + [
        _Mention(masthead.seq, 0, len(masthead.text), masthead.text, "ORG", {"organisation"})
    ]


def _masthead_alone(line: Para, after: Para, gaz: Gazetteer | None) -> _Mention | None:
    """The paper's masthead in capitals right under the headline with no writers' line above it ("USA TODAY", then the
    story's dateline and prose): the paper, an actor of the story as a by-line's is (rounds 65, 67, 68, 83); two words or
    more, so no widget's label ("CLOSE"), and no place ("WASHINGTON")."""
    if line.doc is not None or not _MASTHEAD_LINE.fullmatch(line.text) or after.doc is None or gaz and gaz.lookup(line.text):
        return None
    return _Mention(line.seq, 0, len(line.text), line.text, "ORG", {"organisation"})


def _opens_on_a_given_name(name: str) -> bool:
    """Whether a name line opens on initials or a given name ("Kim Roe", "P.V. Roe"; not a dek's "Obama Pushes Back")."""
    first = name.split()[0]
    return "." in first or given_name_word(first.lower())


def _writer_spans(line: str) -> list[tuple[int, int]]:
    """Where each name of a by-line's list of writers lies ("Jo Roe, Al Poe and Ann Lee")."""
    spans, at = [], 0
    for sep in _WRITERS_PART.finditer(line):
        spans.append((at, sep.start()))
        at = sep.end()
    return spans + [(at, len(line))]


def _wire_signoffs(paras: list[Para]) -> list[_Mention]:
    """The reporter of a wire story's sign-off ("-- Dmitry Solovyov, Moscow Newsroom, +7095 ..."): a person the
    story names; the desk is no entity."""
    return [
        _Mention(p.seq, m.start("name"), m.end("name"), m["name"], "PERSON", {"person"})
        for p in paras if p.kind == "credit" and (m := match_wire_signoff(p.text))
    ]


# A firm's legal name opening a wire story after its dateline ("NEW YORK, June 2 - Acme Corp said"), which the
# model leaves untagged, cuts or runs into the date: capitalised words (with "and", "of") ending in a legal form.
_FIRM_AFTER_DATELINE = re.compile(
    r"(?:The )?<?(?P<name>[A-Z][\w&'.\-]*(?: (?:[A-Z][\w&'.\-]*|and|of|&))*?"
    r" (?=[A-Z])(?i:co|inc|corp|corporation|ltd|llc|plc|sa|ag|nv)(?: (?:Ltd|Inc|PLC|Plc))?)(?![\w-])"
)


# A state or a country after a firm's legal form: "Public Service Co of New Mexico said".
_OF_PLACE_AFTER = re.compile(r" of (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= [a-z])")


def _firm_after_dateline(p: Para, gaz: Gazetteer | None = None, lexicon: AbstractSet[str] = frozenset()) -> list[_Mention]:
    """The firm whose legal name follows a wire dateline: an organisation, whatever the model made of it
    (its legal form's period, "Co.", is left off as clean_span leaves it). A name of common nouns goes on
    with the state or country after its legal form ("Public Service Co of New Mexico": a utility's name;
    "Acme Inc of Dallas" is Acme of its town)."""
    m = _FIRM_AFTER_DATELINE.match(p.text, p.skip) if p.skip and p.doc is not None else None
    first = p.doc.char_span(m.start("name"), m.start("name") + len(m["name"].split()[0])) if m else None
    if m is None or first is None or first[0].pos_ != "PROPN":
        return []  # "Shares of Acme Corp rose": a common noun opens the run
    end = m.end("name")
    words = [w.lower() for w in m["name"].split()[:-1] if w not in {"and", "of", "&"}]
    of = _OF_PLACE_AFTER.match(p.text, end)
    if of and gaz and (gaz.region(of["place"]) or gaz.country(of["place"])) and words and all(w in lexicon for w in words):
        end = of.end()
    return [_Mention(p.seq, m.start("name"), end, p.text[m.start("name") : end], "ORG", {"organisation"})]


# A name right after a body the model tags and "and" or "or": "the operators Vodafone and T-Mobile", "Neither
# Vodafone or T-Mobile offer".
# (not a name that goes on with "and": "Moody's and [Standard] and Poor's")
# (nor a model's name and number: "the Acme Brush 4100 and Acme Brush Pro 4100" are products)
_AND_NAME = re.compile(r"\s+(?:and|or)\s+(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?![\w-]| [A-Z]| (?:and|&) [A-Z]| \d)")


def _bodies_listed_with_a_body(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """A name listed after a body the model tags, which the model left untagged ("the mobile phone operators
    Vodafone and T-Mobile", "Neither Vodafone or T-Mobile"): a body too, as a list is of one kind (not a title, a function word or a common
    noun opening it: "Acme and Mr Roe", "Acme and The ..."; nothing the model tagged as something else)."""
    out = []
    doc = p.doc
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start_char < p.skip or ent.text[-1:].isdigit():
            continue
        m = _AND_NAME.match(p.text, ent.end_char)
        if m is None:
            continue
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        first = m["name"].split()[0]
        if name is None or any(t.ent_type_ for t in name) or name.start and doc[name.start].is_sent_start:
            continue
        if first.lower() in FUNCTION_WORDS or is_person_title(first) or first.lower() in nouns:
            continue
        out.append(_Mention(p.seq, m.start("name"), m.end("name"), m["name"], "ORG", set()))
    return out


# The words joining two names of one list: "Facebook and Twitter", "Facebook or Twitter", "Facebook, and Twitter".
_LIST_JOINERS = frozenset({"and", "or"})
# Capitalised words that may follow a listed name without making it longer: "posted via Facebook and Twitter Monday".
_DAYS_AND_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december""".split()
)


def _names_listed_with_known_bodies(p: Para, nouns: AbstractSet[str], bodies: AbstractSet[str], people: AbstractSet[str]) -> list[_Mention]:
    """One untagged capitalised word listed with a name the article calls a body, on either side of "and" or "or"
    ("a Facebook or Twitter post", "help from Facebook and from YouTube", "posted via Facebook and Twitter Monday"):
    a body too, as a list is of one kind. `bodies` are the names the article's mentions label an organisation (the
    model tags a platform in one sentence and leaves it untagged, or takes it for a person, in the next). Never a
    word the article writes as a common noun, a title, a function word or a word of a person's full name
    (`people`), nor one that opens a sentence or runs on into a longer name."""
    out = []
    doc = p.doc
    for joiner in tokens(doc).lower(_LIST_JOINERS):
        left = joiner.i - 1 - (joiner.i > 1 and doc[joiner.i - 1].text == ",")
        right = joiner.i + 1
        if left < 1 or right >= len(doc) - 1 or doc[left].idx < p.skip:
            continue
        left_item = _listed_item(doc, left, end=True)
        if doc[right].pos_ == "ADP" and left_item.start > 0 and doc[left_item.start - 1].lower_ == doc[right].lower_:
            right += 1  # "from Facebook and from YouTube": the list's preposition written again
        right_item = _listed_item(doc, right, end=False)
        again = right > joiner.i + 1
        for name, other, outside in ((left_item, right_item, left_item.start - 1), (right_item, left_item, right_item.end)):
            if name is left_item and len(other) > 1 and not again:
                continue  # "[Entertainment] and Leisure Software Publishers Association": one body's name, cut at its "and"
            if other.text in bodies and name.text not in people and _unknown_name_word(name, doc, outside, nouns):
                out.append(_Mention(p.seq, name.start_char, name.end_char, name.text, "ORG", {"organisation"}))
    return out


def _listed_item(doc, i: int, end: bool):
    """The name a list's item at token i is part of: the model's whole span, else the one word."""
    tok = doc[i]
    if tok.ent_iob_ == "O":
        return doc[i : i + 1]
    return next((e for e in doc.ents if e.start <= i < e.end), doc[i : i + 1])


def _unknown_name_word(name, doc, outside: int, nouns: AbstractSet[str]) -> bool:
    """Whether a list's item is one capitalised word the model left untagged and the article writes as no common
    noun, bounded on its outer side by no capitalised word (but a day's name: "via Facebook and Twitter Monday")."""
    if len(name) != 1:
        return False
    tok = name[0]
    if tok.ent_type_ or tok.is_sent_start or not (tok.is_alpha and tok.text[:1].isupper() and len(tok) > 2 and tok.pos_ in {"PROPN", "NOUN"}):
        return False
    if tok.lower_ in nouns or tok.lower_ in FUNCTION_WORDS or is_person_title(tok.text) or tok.lower_ in _DAYS_AND_MONTHS:
        return False
    if not 0 <= outside < len(doc):
        return True
    beside = doc[outside]
    if beside.lower_ in {"and", "&"} and 0 <= 2 * outside - tok.i < len(doc) and doc[2 * outside - tok.i].text[:1].isupper():
        return False  # a name that goes on with "and": "Moody's and [Standard] and Poor's"
    return not (beside.text[:1].isupper() and beside.is_alpha) or beside.lower_ in _DAYS_AND_MONTHS and outside > tok.i


# A list of names, each of one to four capitalised words, commas between them and "and" or "or" before the
# last name or "others": "MCI, BT, Deutsche Telekom, Energis, NTT, Bell Canada and many others" (not a speaker's
# loose run of names with no "and": "old school stuff like Commodore, Atari, Spectrum").
_LISTED_NAME = r"[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,3}"
_NAME_LIST = re.compile(rf"(?<![\w-]){_LISTED_NAME}(?:, {_LISTED_NAME})+,? (?:and|or) (?:{_LISTED_NAME}|(?:many )?others)(?![\w-])")
_LIST_ITEM = re.compile(_LISTED_NAME)


def _bodies_listed_among_bodies(p: Para, nouns: AbstractSet[str]) -> list[_Mention]:
    """Untagged names in a list of three or more whose names the model tags as bodies more than as anything
    else ("MCI, BT, Deutsche Telekom, Energis, NTT", "Amoco Corp, ARCO, Exxon Corp, Mobil Corp, Sohio, Shell"): bodies
    too, as a list is of one kind (not a function word, a title or a common noun opening a name)."""
    out = []
    doc = p.doc
    for listed in _NAME_LIST.finditer(p.text, p.skip):
        items = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _LIST_ITEM.finditer(p.text, listed.start(), listed.end())]
        if len(items) < 3:
            continue
        kinds = [{t.ent_type_ for t in item} - {""} if item is not None else {"?"} for item in items]
        bodies = sum(kind == {"ORG"} for kind in kinds)
        if bodies < 2 or bodies <= sum(bool(kind) and kind != {"ORG"} for kind in kinds):
            continue
        for item, kind in zip(items, kinds):
            first = item.text.split()[0] if item is not None else ""
            if kind or item is None or doc[item.start].is_sent_start:
                continue
            if first.lower() in FUNCTION_WORDS or is_person_title(first) or first.lower() in nouns:
                continue
            out.append(_Mention(p.seq, item.start_char, item.end_char, item.text, "ORG", set()))
    return out


# Nouns of performers, before a list of their names: "signed artists including Run-DMC, The Beastie Boys and Public
# Enemy", "bands such as Coldplay".
_ACT_NOUNS = frozenset("artists acts bands groups singers rappers musicians performers".split())


def _acts_listed_after_their_kind(p: Para) -> list[_Mention]:
    """Names listed after a plural noun of performers that the model left untagged ("artists including Run-DMC,
    The Beastie Boys and Public Enemy"): acts, who sign, record and tour, whatever their names' words say."""
    out = []
    for name in name_spans_after(p.doc, _ACT_NOUNS):
        if any(t.ent_type_ for t in name) or name.start_char < p.skip:
            continue
        start, end = clean_span(p.text, name.start_char, name.end_char)
        if end > start:
            out.append(_Mention(p.seq, start, end, p.text[start:end], "ORG", {"organisation"}))
    return out
