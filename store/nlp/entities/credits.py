"""The writers a story's credit lines name: "Follow Jane Doe on Twitter @janedoe.", "Jane Doe reported from Moscow.",
"(Additional reporting by Jo Roe in Washington, editing by Al Poe)". The reader files such lines as credits or page
furniture, which the model never reads; the people they name are the story's writers, actors of the story as a
by-line's are (tests/gold/README.md, "the byline rule"), and the places they file from are places."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...read.anatomy import BYLINE_JOBS
from ...names import FUNCTION_WORDS
from ..given_names import given_name_word
from .base import _Group, _Mention, Para, WRITER

# One name of a writer: capitalised words (initials "AWR", a hyphened "Freytas-Tamura"), with a surname's lowercase
# particle inside ("Kimiko de Freytas-Tamura"); never a title-case "On" ("Follow Jo Roe On Twitter").
_NAME = r"[A-Z][\w'\u2019\-]*\.?(?:\s+(?:(?:de|da|del|van|von|der|le|la|al)\s+)?(?!On\s)[A-Z][\w'\u2019\-]*\.?){0,3}"
_HANDLE = r"\s*@\w+"
_PLATFORM = r"(?:Twitter|Facebook|Instagram|X|Threads|Bluesky|LinkedIn)"

# "Follow Jane Doe on Twitter @janedoe", "Follow Jane Doe @janedoe and Jo Roe @jroe on Twitter", "Follow Jo Roe On
# Twitter", "Follow Jo Roe at www.twitter.com/joroe": a writer's follow line (not "Follow us", "Follow him": no name).
_PLATFORM_ADDRESS = r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com/"
_FOLLOW = re.compile(
    rf"\bFollow\s+(?P<names>{_NAME}(?:{_HANDLE})?(?:,?\s+and\s+{_NAME}(?:{_HANDLE})?)*)"
    rf"(?P<on>\s+(?:[Oo]n\s+{_PLATFORM}\b|at\s+{_PLATFORM_ADDRESS}))?"
)
# A name, not a handle's letters ("@JaneDoe")
_NAME_RE = re.compile(rf"(?<![@\w]){_NAME}")
# "Jane Doe reported from Moscow, and Jo Roe from London.", "Jo Roe contributed reporting from Moscow.", "Jo Roe
# contributed to this report.", "Jo Roe contributed research.": a sentence of its own, so the name opens the paragraph
# (after the dash a contributor line may open on: "\u2014Jo Roe and Al Poe contributed to this article.") or follows a
# sentence's end.
_REPORTED_FROM = re.compile(
    rf"(?:^[\u2014\u2013]?|(?<=[.!?\u201d\"]\s)|(?<=[.!?]))(?P<names>{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?)\s+"
    rf"(?:reported\s+from\s+(?P<place>{_NAME})|contributed(?:\s+additional)?\s+(?:reporting|research)(?:\s+from\s+(?P<from>{_NAME}))?"
    r"|contributed\s+to\s+this\s+(?:report|story|article))"
    rf"(?:,?\s+and\s+(?P<other>{_NAME})\s+from\s+(?P<other_place>{_NAME}))?\s*\.",
)
# "Additional reporting by A, B and C in Washington and D in New York, editing by E and F": each name a writer, each
# place after "in" a place. The cue opens the paragraph, a bracket or a part after a comma or semicolon (not "a book
# written by", "research by Harvard" of prose).
# Bloomberg's "\u2014 With assistance by A, and B" lists its contributors the same way, after a dash.
_CREDITED_BY = re.compile(
    r"(?:^[\u2014\u2013]?\s*|(?<=\()|(?<=[;,]\s))(?i:(?:additional\s+)?(?:reporting|writing|editing)|with\s+assistance)\s+by\s+"
)
_LISTED_NAME = re.compile(rf"(?P<name>{_NAME})(?:\s+in\s+(?P<place>{_NAME}))?(?P<sep>,\s*(?:and\s+)?|\s+and\s+|;\s*)?")
# Capitalised sentence openers that name no one: "He reported from Paris."
_OPENERS = frozenset({"a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "its", "their", "our"})
# Words a credit's list may hold that are no writer: its next role ("editing by"), an outlet or a note.
_NOT_NAMES = frozenset({"editing", "writing", "reporting", "additional", "editor", "editors", "the", "by"})

Span = tuple[int, int, str]


# A writer's sign-off line giving her address: "Write to Jo Roe at jo.roe@wsj.com and Al Poe at al.poe@wsj.com".
_WRITE_TO = re.compile(r"Write\s+to\s+")
_ADDRESSED_NAME = re.compile(rf"(?<![\w.@])(?P<name>{_NAME})\s+at\s+[\w.+\-]+@[\w\-]+\.[\w.\-]+")


# A page's copyright line: "Copyright \u00a9 2019 The Washington Times, LLC. Click here ...", "Copyright 2018 The Associated
# Press. All rights reserved.", "\u00a9 2019 Associated Press." (its holder in title case: not a syndicator's notice in
# capitals, "COPYRIGHT 1998 BY WORLDSOURCES, INC.").
_COPYRIGHT = re.compile(
    r"(?:Copyright\s+(?:\u00a9\s*)?|\u00a9\s*)(?:\d{4}\s+)(?:The\s+)?(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+[A-Z][\w&'\u2019\-]*){0,4}?)"
    r"(?:,?\s+(?:LLC|Inc|Ltd)\.?)?\.(?:\s|$)"
)


# The evidence of a publisher a page's copyright line names.
COPYRIGHT_HOLDER = "copyright holder"


def credited_writers(text: str) -> list[Span]:
    """(start, end, label) of each writer ("PERSON"), filing place ("GPE") and copyright holder ("ORG") a paragraph's
    credit lines name: "Follow Ian Roe on Twitter @IanRoe." -> Ian Roe; "Roe reported from Washington." -> Roe,
    Washington; "Copyright 2018 The Associated Press." -> Associated Press."""
    return _followed(text) + _reported_from(text) + _credited_by(text) + _wire_writers(text) + _written_to(text) + _copyright_holder(text) \
        + _contributing(text)


def _copyright_holder(text: str) -> list[Span]:
    """The outlet a copyright line opening the paragraph names: the story's publisher, an actor as a by-line's outlet
    is (tests/gold/README.md: `Washington Times`, `Associated Press`)."""
    m = _COPYRIGHT.match(text)
    return [(m.start("name"), m.end("name"), "ORG")] if m and not m["name"].isupper() else []


def _written_to(text: str) -> list[Span]:
    """"Write to Jo Roe at jo.roe@wsj.com and Al Poe at al.poe@wsj.com": each name before an address of a line that
    opens on the cue (not an address in prose: "she wrote to Jo Roe at ...")."""
    if not _WRITE_TO.match(text):
        return []
    return [(m.start("name"), m.end("name"), "PERSON") for m in _ADDRESSED_NAME.finditer(text)]


def _followed(text: str) -> list[Span]:
    """"Follow Pam Roe on Twitter @pamroe": the name or names before the handles."""
    out: list[Span] = []
    for m in _FOLLOW.finditer(text):
        if m["on"] or "@" in m["names"]:  # a platform or a handle: no "Follow Jane Doe" of prose
            out += [(m.start("names") + n.start(), m.start("names") + n.end(), "PERSON") for n in _NAME_RE.finditer(m["names"])]
    return out


def _reported_from(text: str) -> list[Span]:
    """"Jo Roe reported from Moscow, and Al Poe from London.": the writers and where they filed from."""
    out: list[Span] = []
    for m in _REPORTED_FROM.finditer(text):
        if m["names"].split()[0].lower() in FUNCTION_WORDS | _OPENERS:
            continue  # "The Times reported from Paris", "He reported from Paris": no writer's name
        base = m.start("names")
        out += [span for n in _NAME_RE.finditer(m["names"]) for span in _writer_and_outlet(base + n.start(), n.group())]
        out += [(m.start(g), m.end(g), "PERSON" if g == "other" else "GPE") for g in ("place", "from", "other", "other_place") if m[g]]
    return out


# An outlet's possessive before its writer's name: "Fox News' Jo Roe", "CNN's Jo Roe contributed to this report."
_OUTLETS_WRITER = re.compile(r"(?P<outlet>[A-Z]\S*?(?:\s+[A-Z]\S*?)*?)(?:['\u2019]s|(?<=s)['\u2019])\s+(?P<writer>[A-Z].*)")


def _writer_and_outlet(at: int, name: str) -> list[Span]:
    """A credited name at `at`: the writer, and the outlet whose possessive opens the name, if one does (a network's
    writer is credited so: "Fox News' Jo Roe and The Associated Press contributed to this report."), an actor of the
    story as a by-line's outlet is."""
    m = _OUTLETS_WRITER.fullmatch(name)
    if m is None:
        return [(at, at + len(name), "PERSON")]
    return [(at + m.start("outlet"), at + m.end("outlet"), "ORG"), (at + m.start("writer"), at + m.end("writer"), "PERSON")]


def _credited_by(text: str) -> list[Span]:
    """"Reporting by Jo Roe and Al Poe in Paris; editing by Ann Lee": the list after each "by", up to what no name
    opens (a lowercase word, a bracket)."""
    out: list[Span] = []
    for cue in _CREDITED_BY.finditer(text):
        for m in _listed_names(text, cue.end()):
            if m["name"].lower() in _NOT_NAMES:
                break
            out.append((m.start("name"), m.end("name"), "PERSON"))
            out.extend(_filed_from(m))
    return out


def _listed_names(text: str, at: int) -> Iterator[re.Match[str]]:
    """Each name a credit lists from `at`, while a separator ("," "and" ";") goes on to another."""
    while m := _LISTED_NAME.match(text, at):
        yield m
        if not m["sep"]:
            return
        at = m.end()


def _filed_from(m: re.Match[str]) -> list[Span]:
    """The place a listed name filed from ("Jo Roe in Paris"), if the credit gives one."""
    return [(m.start("place"), m.end("place"), "GPE")] if m["place"] else []


# A paper's contributor line: "Contributing: Jo Roe and Al Poe", "Contributing: Jo Roe in McLean, Va.; Al Poe, USA TODAY".
_CONTRIBUTING = re.compile(r"Contributing:\s+")


def _contributing(text: str) -> list[Span]:
    """The writers a line opening on "Contributing:" lists, each named in full from a given name (the outlets the line
    may add, "USA TODAY; Associated Press", and a place's state, "Va.", are no writers), and the places they filed
    from: the reader files the line as a credit, which the model never reads."""
    cue = _CONTRIBUTING.match(text)
    out: list[Span] = []
    for m in _listed_names(text, cue.end() if cue else len(text)):
        name = m["name"]
        if " " in name and not name.isupper() and given_name_word(name.split()[0].lower()):
            # the line's full stop is no part of its last name ("Contributing: Jo Roe.")
            out.append((m.start("name"), m.end("name") - (m.end("name") == len(text.rstrip()) and name.endswith(".")), "PERSON"))
        out.extend(_filed_from(m))
    return out


# A wire's contributor line: "Associated Press writers Jo Roe and Al Poe in Atlanta, Kim Lee in Fort Lauderdale, Florida,
# and Airlines Writer Ann Poe in Dallas contributed to this report.", "AP Economics Writer Jo Roe in Washington
# contributed to this report.": the outlet and the writers' job open the line, each name may file from a place (and its
# state), and the line closes on the contribution. The reader files it as body where it shares a paragraph with the
# sign-off ("Roe reported from Montclair, N.J. Associated Press writer Al Poe in Washington contributed to this
# report."), and it may say where from ("contributed to this report from Washington."), or name reporters.
_WIRE_WRITERS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The\s+)?(?P<agency>Associated\s+Press|AP)(?:\s+[A-Z][a-z]+)?\s+(?:[Ww]riters?|[Rr]eporters?)\s+"
    r"(?=[^\n]*?\bcontributed\s+to\s+this\s+(?:report|story)(?:\s+from\s+[A-Z][^.]{0,40})?\.)"
)
# A beat's job before a name of that list: "and Airlines Writer Ann Poe".
_WRITERS_JOB = re.compile(r"(?:[A-Z][a-z]+\s+)?[Ww]riters?\s+")


def _wire_writers(text: str) -> list[Span]:
    """"Associated Press writers Jo Roe in Atlanta, Kim Lee in Fort Lauderdale, Florida, and ... contributed to this
    report.": each writer, and each place she filed from; a lone word after a place is its state ("Florida"), no
    writer, as a writer is named in full."""
    cue = _WIRE_WRITERS.search(text)
    if cue is None:
        return []
    out: list[Span] = []
    at, after_place = cue.end(), False
    while True:
        job = _WRITERS_JOB.match(text, at)
        m = _LISTED_NAME.match(text, job.end() if job else at)
        if m is None or m["name"].lower() in _NOT_NAMES:
            break
        alone = " " not in m["name"]
        out.append((m.start("name"), m.end("name"), "GPE" if alone and after_place else "PERSON"))
        if m["place"]:
            out.append((m.start("place"), m.end("place"), "GPE"))
        after_place = bool(m["place"]) or alone and after_place
        if not m["sep"]:
            break
        at = m.end()
    return out


# A closing line that credits the agencies whose copy the story used: "This report contains material from The Associated
# Press, Reuters, and Bloomberg News.", "This story includes material from the Associated Press.", "Information from The
# Associated Press was used in this report." (the agencies listed between the cue and the line's end).
_MATERIAL_FROM = re.compile(
    r"^\s*(?:This\s+(?:report|story|article)\s+(?:contains|includes)\s+material\s+from\s+(?P<agencies>[^.]{2,120}?)"
    r"|Information\s+from\s+(?P<sources>[^.]{2,120}?)\s+was\s+used\s+in\s+this\s+(?:report|story|article))\.?\s*$"
)
# One agency of that list: "The Associated Press", "Bloomberg News".
_LISTED_AGENCY = re.compile(r"(?:[Tt]he\s+)?(?P<agency>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})")


def wire_agencies_crediting_writers(paras: list[Para]) -> list[_Mention]:
    """The agency opening a contributor line in the story's body ("... Associated Press writer Jo Roe contributed to this
    report."), and the agencies of a line crediting their material: a credit of their copy, which names no body of the
    story (tests/gold/README.md, lead ruling 3); spans the model tagged over it are dropped, as over a credit's writers."""
    return [
        _Mention(p.seq, m.start("agency"), m.end("agency"), m["agency"], "ORG", set())
        for p in paras if p.kind == "body" for m in _WIRE_WRITERS.finditer(p.text)
    ] + [
        _Mention(p.seq, a.start("agency"), a.end("agency"), a["agency"], "ORG", set())
        for p in paras if p.kind != "title" and (line := _MATERIAL_FROM.match(p.text))
        for a in _LISTED_AGENCY.finditer(p.text, *line.span("agencies" if line["agencies"] else "sources"))
    ]


# A writer's bio the reader filed as a credit: "Jane Doe is a columnist for the Daily Planet." (its name first).
_BIO = re.compile(rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,80}}\))?,?\s+(?:is|was|has\s+been)\s+(?:a|an|the)\b")


def credit_mentions(paras: list[Para]) -> list[_Mention]:
    """The writers and filing places of every paragraph's credit lines, the writer a credit's bio opens with ("AWR Roe
    is the columnist for ..."), and a copyright line's publisher: mentions, though the model reads none of these lines
    (or reads "Follow Pam Roe" as one name)."""
    out = []
    for p in paras:
        if p.kind == "title":
            continue
        spans = credit_spans(p.kind, p.text)
        bodies = any(label == "ORG" for *_, label in spans)
        owners = _copyright_holder(p.text) if bodies else []
        publishers = owners + _writers_outlets(p.text) if bodies else []
        out += [
            _Mention(p.seq, s, e, p.text[s:e], label, _credit_kinds(label, (s, e, label) in publishers) | ({COPYRIGHT_HOLDER} if (s, e, label) in owners else set()))
            for s, e, label in spans
        ]
    return out


def without_copyright_only_publishers(groups: list[_Group]) -> list[_Group]:
    """The groups less a publisher only a page's copyright line names ("Copyright \u00a9 2019 The Washington Times, LLC.
    Click here for reprint permission."): page furniture, as lead ruling 3 has an outlet named only in credit lines,
    datelines or by-lines junk (rounds 80-103's gold: 44 such holders junk or no entity, 5 entities where the story
    names its publisher, which its other mentions keep)."""
    return [g for g in groups if not (g.mentions and all(COPYRIGHT_HOLDER in m.evidence for m in g.mentions))]


def _writers_outlets(text: str) -> list[Span]:
    """The outlets whose writers a contributor line credits ("CNN's Jo Roe contributed to this report."): bodies."""
    return [span for span in _reported_from(text) if span[2] == "ORG"]


def _credit_kinds(label: str, publisher: bool) -> set[str]:
    # a copyright line's publisher is a body; a by-line's outlet keeps the kinds it has had since session 40 (a
    # place's: giving it a body's moves roles and merges of the Dragnet rounds, left to a change of its own)
    return {"person", WRITER} if label == "PERSON" else {"organisation"} if publisher else {"place"}


def credit_spans(kind: str, text: str) -> list[Span]:
    """A paragraph's writers and filing places: its credit lines', the bio's writer of a paragraph the reader filed
    as a credit ("AWR Roe is the columnist for the Daily Planet."), and a by-line's writers and outlet."""
    if kind != "credit":
        return credited_writers(text)
    bio = _BIO.match(text)
    if bio and bio["name"].split()[0].lower() not in FUNCTION_WORDS | _OPENERS:
        return [(bio.start("name"), bio.end("name"), "PERSON")] + credited_writers(text)
    return byline_spans(text) + credited_writers(text)


# A by-line the reader filed as a credit: "By Jane Doe", "by Jo Roe - Nov 9, 2012 1:50 pm UTC", "By JO ROE and AL POE,",
# "Posted By: Jo Roe", "By Jo Roe, NBC News contributor", "By Jo Roe Science editor", "By Jo Roe Education reporter BBC
# News".
_BY_CUE = re.compile(r"(?:Posted\s+)?[Bb]y:?\s+")
_BYLINE_TOKEN = re.compile(r"[,|]|[^\s,|]+")
# Words that part a by-line's names.
_NAME_PARTS = frozenset({",", "and", "And", "AND", "&"})
# Where a by-line's names end: its stamp ("Published Nov. 7", "on October 29", "- Nov 9") or a link run into the name
# ("Robert BeckhusenEmail Author").
_STAMP_WORDS = frozenset({"published", "updated", "posted", "email", "on", "at", "-", "\u2013", "\u2014"})
# The last word of an outlet's name ("Associated Press", "NBC News", "Financial Times"), which no writer's name ends in.
OUTLET_NOUNS = frozenset({"press", "news", "times", "post", "journal", "herald", "tribune", "telegraph", "wire",
                           "service", "services", "network", "media", "agency", "magazine"})
_INITIAL = re.compile(r"(?:[A-Z]\.)+")


def byline_spans(text: str) -> list[Span]:
    """The writers ("PERSON") and outlet ("ORG") a by-line names: people of the story by the byline rule
    (tests/gold/README.md), though the reader files the line as furniture the model never reads. "By Jo Roe and AL
    POE, NBC News contributor" -> Jo Roe, AL POE, NBC News; "By NBC's Jo Roe" -> NBC, Jo Roe; "By The Associated
    Press" -> Associated Press."""
    cue = _BY_CUE.match(text)
    if cue is None:
        return []
    out: list[Span] = []
    for first, run in enumerate(_byline_runs(text, cue.end())):
        label = _byline_run_label(run, first == 0)
        if label:
            out.append((run[0][0], run[-1][1], label))
    return out


def _byline_runs(text: str, at: int) -> list[list[tuple[int, int, str]]]:
    """The by-line's runs of capitalised words (start, end, word), up to its stamp: a name, an outlet, a possessive
    outlet ("NBC's"), a run in capitals after a run in title case or the other way ("JO ROE Associated Press", "Jo Roe
    BBC News") two runs; a beat before a job ("Science editor") none."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        nonlocal run
        if run:
            runs.append(run)
        run = []

    for m in _BYLINE_TOKEN.finditer(text, at):
        word, start = m.group(), m.start()
        if word in _NAME_PARTS or word == "|":
            close()
        elif word.lower() in BYLINE_JOBS:
            if run and _ends_on_a_beat([w for *_, w in run], first=not runs):
                run.pop()  # "Jo Roe Science editor": the job's beat, no part of the name
            close()
        elif word.lower() in _STAMP_WORDS or not word[0].isupper() or any(c.isdigit() for c in word):
            break
        elif joined := re.match(r"[A-Z][a-z'\u2019]+(?=[A-Z][a-z])", word):
            run.append((start, start + joined.end(), joined.group()))  # "BeckhusenEmail": the name, then a link
            break
        elif word.endswith(("'s", "\u2019s")):
            close()
            runs.append([(start, m.end() - 2, word[:-2])])  # "NBC's Jo Roe": the outlet, then its writer
        else:
            named = [w for *_, w in run if not _INITIAL.fullmatch(w)]
            if len(run) >= 2 and named and _in_capitals(word) != _in_capitals(named[-1]) and not _INITIAL.fullmatch(word):
                close()
            run.append((start, m.end(), word))
    close()
    return runs


def _ends_on_a_beat(words: list[str], first: bool) -> bool:
    """Whether the words before a job ("reporter", "editor") end on its beat: a word in title case after a writer's
    name ("Jo Roe Science editor") or alone after it ("Jo Roe, Science editor"); not an outlet ("NBC News
    contributor", "TODAY contributor")."""
    outlet = words[-1].lower() in OUTLET_NOUNS or any(_in_capitals(w) for w in words)
    return not outlet and (len(words) >= 3 if first else len(words) == 1)


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and not _INITIAL.fullmatch(word)


def _byline_run_label(run: list[tuple[int, int, str]], first: bool) -> str | None:
    """A by-line run's kind: an outlet when it opens on "The", ends on an outlet's noun, mixes capitals with title
    case ("NBC News"), is one word after the names ("By Jo Roe, CNN") or is set in capitals of one word; a writer when
    it is two to four words of one case ("Jo Roe", "A. Roe", "JO ANN ROE")."""
    words = [w for *_, w in run]
    if words[0].lower() == "the":
        run[:] = run[1:]
        return "ORG" if run else None
    capitals = [_in_capitals(w) for w in words if not _INITIAL.fullmatch(w)]
    if words[-1].lower() in OUTLET_NOUNS or len(set(capitals)) > 1 or len(words) == 1 and not first or len(words) == 1 and capitals == [True]:
        return "ORG"
    return "PERSON" if 2 <= len(words) <= 4 else None


def without_spans_over_credits(tagged: list[_Mention], credits: list[_Mention]) -> list[_Mention]:
    """The model's spans less those overlapping a credit's name ("[Follow Pam Roe] on Twitter"): the rule bounds it."""
    return [m for m in tagged if not any(c.seq == m.seq and c.start < m.end and m.start < c.end for c in credits)]
