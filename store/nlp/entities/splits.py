"""Spans cut or joined to whole names: overlaps resolved, spans split at a named person, a role
noun or a job title, and names joined by "and" kept whole."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from .. import recall
from ..gazetteer import Gazetteer
from ...names import FUNCTION_WORDS, headline_case, is_acronym, is_person_title, is_title_word, NAME_PARTICLES
from ..given_names import given_name_sex
from .surnames import _given_name
from .base import _AGENT_ENDING, _COMPOUND_ADJECTIVE_END, INSTITUTION_WORDS, LEGAL_FORMS, _Mention, Para, ROLE_BY_LABEL, WEAK_LABELS, _whole_name_hits


_WORD_AND_BEFORE = re.compile(r"(?<![\w.&'\u2019-])(?P<word>[A-Z][\w'\u2019-]*) (?:and|&) $")

# "Cable and Wireless Plc", "Procter and Gamble Co": a firm named by two names, with its firm's noun
_FIRM_SUFFIX = r"(?:" + "|".join(sorted({w.capitalize() for w in LEGAL_FORMS} | {w.upper() for w in LEGAL_FORMS})) + r")\b\.?"
_FIRM_OF_TWO_NAMES = re.compile(rf"(?<![\w-])([A-Z][a-z]+ (?:and|&) [A-Z][a-z]+) {_FIRM_SUFFIX}")


def _resolve_overlaps(spans: list[_Mention]) -> list[_Mention]:
    """Acronym families first, then longer spans; a span overlapping a kept one is dropped."""
    kept: list[_Mention] = []
    taken: dict[int, list[tuple[int, int]]] = {}
    # the staff's span each candidate's name opens: "the [[Trump] campaign]"
    staff_of = {(m.seq, m.start, m.end - len(m.text.rsplit(" ", 1)[1]) - 1): (m.start, m.end) for m in spans if _a_staff_named_after_him(m)}
    for m in sorted(spans, key=lambda m: (m.family is None, -(m.end - m.start), m.seq, m.start)):
        staff = staff_of.get((m.seq, m.start, m.end))
        if any(m.start < e and s < m.end and (s, e) != staff for s, e in taken.get(m.seq, [])):
            continue
        taken.setdefault(m.seq, []).append((m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: (m.seq, m.start))


def _a_staff_named_after_him(m: _Mention) -> bool:
    """"the Trump campaign" (recall._campaign): the candidate's name opening it is a mention of him as well as a word of
    the body's name (recall.spans keeps both), so both spans stand."""
    return m.label == "ORG" and " " in m.text and m.text.rsplit(" ", 1)[1].lower() == recall.STAFF_NOUN


def _split_at_named_person(m: _Mention, people: frozenset[str], named: frozenset[str] = frozenset()) -> list[_Mention]:
    """A span the model ran over a comma into a person's name ("at the Acme Center, Roe is ...",
    one "facility"): the name before the comma, and the person after it, whom the article names
    elsewhere. A person's own span ("Roe, Jo") and a place's ("Paris, Texas") stay whole. Also a
    span the model ran from such a person over "to" into a body ("Henry to Arsenal"), and a person's span
    over "of" into the body he is of ("Kunthon of Thai Farmers", the person named in full elsewhere: `named`
    are the words of people's spans with no "of")."""
    head, sep, tail = m.text.partition(" to ")
    if sep and m.label != "PERSON" and head in people and " " not in head and tail[:1].isupper():
        # "about [Henry to Arsenal] team-mate Reyes": a person, then a body, the preposition between
        return [_Mention(m.seq, m.start, m.start + len(head), head, "PERSON"),
                _Mention(m.seq, m.start + len(head) + len(sep), m.end, tail, m.label, set(m.evidence))]
    head, sep, tail = m.text.partition(" of ")
    if sep and m.label in {"PERSON", "ORG"} and head in named and " " not in head and not is_person_title(head) and tail[:1].isupper():
        # "[Kunthon of Thai Farmers] estimated": a person the article names in full, then the body he is of
        return [_Mention(m.seq, m.start, m.start + len(head), head, "PERSON"),
                _Mention(m.seq, m.start + len(head) + len(sep), m.end, tail, "ORG")]
    head, sep, tail = m.text.rpartition(", ")
    if not sep or m.label == "PERSON" or " " in tail or tail not in people or head.split()[-1] in people:
        return [m]
    cut = m.start + len(head)
    return [_Mention(m.seq, m.start, cut, head, m.label, set(m.evidence)),
            _Mention(m.seq, cut + len(sep), m.end, tail, "PERSON")]


def _split_at_role_noun(m: _Mention, doc: Doc, gaz: Gazetteer | None) -> list[_Mention]:
    """A span the model ran from a body over the lowercase role its person holds there into the
    person ("Balco boss Victor Conte", "Acme founder Jo Roe", "Labour leader Tony Blair"): the body
    and the person are two names, never one. A lowercase noun inside a name is no part of a
    person's name, and a body's name writes none between capitals ("Doctors without Borders"
    has a preposition)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None or m.label not in {"PERSON", "ORG"}:
        return [m]
    words = list(span)
    lower = [k for k, t in enumerate(words) if t.text[:1].islower()]
    if not lower or lower[-1] - lower[0] + 1 != len(lower) or words[lower[-1]].pos_ != "NOUN":
        return [m]
    head, tail = words[: lower[0]], words[lower[-1] + 1 :]
    if not head or not tail or any(not t.text[:1].isupper() for t in head + tail):
        return [m]
    if any(t.lower_ in FUNCTION_WORDS | NAME_PARTICLES for t in words[lower[0] : lower[-1] + 1]):
        return [m]
    h_start, h_end = head[0].idx, head[-1].idx + len(head[-1])
    t_start, t_end = tail[0].idx, tail[-1].idx + len(tail[-1])
    body, person = doc.text[h_start:h_end], doc.text[t_start:t_end]
    place = bool(gaz and gaz.lookup(body))
    return [_Mention(m.seq, h_start, h_end, body, "GPE" if place else "ORG", set() if place else {"organisation"}),
            _Mention(m.seq, t_start, t_end, person, "PERSON", {"person"})]


def _split_after_office_of(m: _Mention, doc: Doc, nouns) -> list[_Mention]:
    """A body's span the model ran into the name of the one whose office of it the sentence names before:
    "general secretary of the public services union [Unison Dave Prentis]": the body, then the holder's
    given name and surname (two words no common noun, no body's head noun)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None or m.label not in {"ORG", "PERSON"} or len(span) < 3 or not all(t.is_alpha and t.is_title for t in span):
        return [m]
    if span.start < 1 or not (doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].text.islower()):
        return [m]  # the body's kind right before its name: "the public services union Unison"
    given, surname = span[-2], span[-1]
    if any(t.lower_ in nouns or t.lower_ in recall.ORG_HEAD_NOUNS | INSTITUTION_WORDS for t in (given, surname)):
        return [m]
    i = span.start - 1
    while i > 0 and doc[i].lower_ != "of" and (doc[i].text.islower() or doc[i].is_punct and doc[i].text == "-") and not doc[i].is_sent_start:
        i -= 1  # "of the public services union": the body's description
    if i < 1 or doc[i].lower_ != "of" or not (doc[i - 1].text.islower() and is_person_title(doc[i - 1].text)):
        return [m]
    body_end = span[-3].idx + len(span[-3])
    return [_Mention(m.seq, m.start, body_end, doc.text[m.start : body_end], "ORG", set(m.evidence)),
            _Mention(m.seq, given.idx, m.end, doc.text[given.idx : m.end], "PERSON", {"person"})]


# Endings of an abstract noun, which a capitalised office is for ("for Acquisition", "for Procurement"), a place's name not.
_FIELD_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ics)$")


def _split_after_capitalised_office_of(m: _Mention, doc: Doc, nouns) -> list[_Mention]:
    """A span the model ran from what a capitalised office is of into its holder's given name and surname: "Assistant
    Secretary of the [Air Force for Acquisition Marvin Sambur]", "Minister of [International Trade and Industry Hajime
    Tamura]". The holder is a person of his own; what the office is of is a body where "the" names one ("the Air
    Force", without what the office is for: "for Acquisition", with or without its holder), and a field of the office, no
    body, where it does not."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None or m.label not in {"ORG", "PERSON"} or len(span) < 2:
        return [m]
    i = span.start - 1
    named = i >= 0 and doc[i].lower_ == "the"
    i -= named
    if i < 1 or doc[i].lower_ not in {"of", "for"} or not (doc[i - 1].text[:1].isupper() and _capitalised_office(doc[i - 1].text)):
        return [m]
    holder = _holder_named_last(span, nouns)
    parts = [_Mention(m.seq, holder.start_char, m.end, holder.text, "PERSON", {"person"})] if holder is not None else []
    body = span[: holder.start - span.start] if holder is not None else span
    if named and body:
        if len(body) > 2 and body[-2].lower_ == "for" and _FIELD_NOUN.search(body[-1].lower_):
            body = body[:-2]  # "Acquisition": what the office is for (not "the Commission for Africa")
        parts.insert(0, _Mention(m.seq, m.start, body.end_char, body.text, "ORG", {"organisation"}))
    return parts if holder is not None or len(body) < len(span) else [m]


def _capitalised_office(word: str) -> bool:
    """A person's title, or an "Undersecretary" (no title before a name: "Commerce Dept undersecretary Jo Roe" keeps its
    department whole)."""
    return is_person_title(word) or word.lower() == "undersecretary"


def _holder_named_last(span, nouns):
    """The last two words of a span when they are a person's given name and surname: title-cased words, no body's
    head noun nor a title, the given name no common noun unless a given name too ("Marvin"; a surname may be one:
    "Sambur", "Roe"), after a name's word ("Acquisition Marvin Sambur", not "Air Force Space Command")."""
    if len(span) < 3 or span[-3].lower_ in FUNCTION_WORDS:
        return None
    given, surname = span[-2], span[-1]
    if not all(t.is_alpha and t.is_title and t.lower_ not in recall.ORG_HEAD_NOUNS | INSTITUTION_WORDS and not is_person_title(t.text)
               for t in (given, surname)):
        return None
    return span[-2:] if given.lower_ not in nouns or _given_name(given.lower_) else None


def _split_at_job_title(m: _Mention) -> list[_Mention]:
    """A span the model ran from a body over a capitalised job into the person holding it ("Waseda
    University Political Science Professor Mitsuru Uchida"): the body, to its head noun, and the
    person, after the title, two names of their own; the job between is neither."""
    if m.label not in {"PERSON", "ORG", "WORK_OF_ART"}:
        return [m]  # (the model reads such a run as a work's title too)
    words = list(re.finditer(r"\S+", m.text))
    title = max((k for k, w in enumerate(words[:-2]) if is_person_title(w.group())), default=None)
    if title is None or not all(w.group()[:1].isupper() and w.group().isalpha() for w in words[title + 1 :]):
        return [m]
    body_end = max((k for k in range(1, title) if words[k].group().lower() in recall.ORG_HEAD_NOUNS), default=None)
    if body_end is None:
        return [m]  # no body's name before the job: "Acting Deputy Minister Jo Roe" is the title rule's
    cut, name = m.start + words[body_end].end(), m.start + words[title + 1].start()
    return [_Mention(m.seq, m.start, cut, m.text[: words[body_end].end()], "ORG", {"organisation"}),
            _Mention(m.seq, name, m.end, m.text[words[title + 1].start() :], "PERSON", {"person"})]


# A county's officers that American copy writes before the holder's name, which the model runs into the county's name.
_COUNTY_OFFICES = frozenset("comptroller executive supervisor clerk auditor assessor prosecutor coroner legislator".split())


def _county_cut_before_its_officers_title(m: _Mention, text: str) -> list[_Mention]:
    """A county's name the model ran on into its officer's title, a place ("[Erie County Comptroller] and former reporter
    Stefan Mychajliw", "[Cook County Sheriff] Tom Dart"): the county alone; the title names the person, not a place. Not
    the officer's office ("the Arapahoe County Coroner's office"), a body."""
    words = m.text.split()
    if m.label not in {"GPE", "LOC", "FAC"} or len(words) < 3 or words[-2] not in {"County", "Parish"} or text.startswith(("'s", "\u2019s"), m.end):
        return [m]
    office = words[-1]
    if not (is_title_word(office) or office.lower() in _COUNTY_OFFICES) or not office.istitle():
        return [m]
    end = m.start + len(m.text) - len(office) - 1
    return [_Mention(m.seq, m.start, end, m.text[: end - m.start], "GPE", set(m.evidence))]


def _split_before_a_named_surname(
    m: _Mention, surnames: frozenset[str], names: frozenset[str], nouns: AbstractSet[str], lexicon: AbstractSet[str],
    docs: dict[int, Doc] | None = None,
) -> list[_Mention]:
    """A span the model ran from a body's acronym or a capitalised job noun over the full name of a person the article
    then calls by the surname alone ("group [EADS Philippe Camus] is to leave", then "Mr Camus"; "SEC Chief [Accountant
    Clarence Sampson]", then "Sampson said"): the body, and the person's given name and surname. A firm named after its
    founder has no acronym or common noun before his name, and a given name before it is his ("John Paul Hammerschmidt").
    (`nouns` leaves out the words the text writes as names, "Clarence"; the `lexicon` keeps them, "Accountant".)
    Never a club whose place the article writes as a name of its own: "over the [Oklahoma City Thunder]", then "for the
    Thunder" and "Oklahoma City couldn't score" (`names`, the spans found)."""
    words = m.text.split()
    if m.label not in {"PERSON", "ORG"} or len(words) != 3 or words[-1] not in surnames:
        return [m]
    lead, given = words[0], words[1]
    if f"{lead} {given}" in names or not (given.istitle() and given.isalpha() and given.lower() not in nouns and words[-1].lower() not in nouns):
        return [m]
    acronym = is_acronym(lead)
    if not (acronym or lead.istitle() and lead.isalpha() and lead.lower() in lexicon and not _given_name(lead.lower())
            and not (_given_name_no_job(lead.lower()) and (_opens_a_sentence(m, docs) or _after_a_persons_title(m, docs)))):
        return [m]
    name = m.start + m.text.index(given, len(lead))
    person = _Mention(m.seq, name, m.end, m.text[name - m.start :], "PERSON", {"person"})
    return [_Mention(m.seq, m.start, m.start + len(lead), lead, "ORG", {"organisation"}), person] if acronym else [person]


def _given_name_no_job(word: str) -> bool:
    """"adam" of "Adam Clayton Powell III, a lifelong friend ..., said", then "Powell said": a word the lexicon holds as
    a noun that nearly only men or only women bear as a given name, so no job's noun ("Accountant", "Keeper": a doer's
    ending, or a title). The caller asks it of a sentence's first word only: mid-sentence such a word is a description
    as often ("while Briton Clive Owen and Natalie Portman won", a people's word the dictionary lists as a name)."""
    return given_name_sex(word) is not None and not _AGENT_ENDING.search(word) and not is_person_title(word)


def _after_a_persons_title(m: _Mention, docs: dict[int, Doc] | None) -> bool:
    """Whether a person's title comes just before a mention ("Justice Ruth Bader Ginsburg"): what follows a title is a
    name, so a word the lexicon also holds ("ruth") opens it as the given name, no description."""
    span = _parsed(m, docs)
    return span is not None and span.start > 0 and is_person_title(span.doc[span.start - 1].text)


def _opens_a_sentence(m: _Mention, docs: dict[int, Doc] | None) -> bool:
    """Whether a mention's first word opens its sentence in the paragraph's parse."""
    span = _parsed(m, docs)
    return span is not None and len(span) > 0 and bool(span[0].is_sent_start)


def _parsed(m: _Mention, docs: dict[int, Doc] | None):
    """A mention's span in its paragraph's parse, None where the paragraph has none."""
    doc = docs.get(m.seq) if docs else None
    return doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None


def _split_after_a_named_surname_and(m: _Mention, surnames: frozenset[str]) -> list[_Mention]:
    """A body's span the model ran from a person's surname over "and" and the next name ("the selection of [Yapp and
    Dragons] lock Ian Gough", the article's John Yapp): the person, and the body."""
    words = m.text.split(" ", 2)
    if m.label != "ORG" or len(words) != 3 or words[1] != "and" or words[0] not in surnames or not words[2][:1].isupper():
        return [m]
    rest = m.end - len(words[2])
    return [_Mention(m.seq, m.start, m.start + len(words[0]), words[0], "PERSON", {"person"}),
            _Mention(m.seq, rest, m.end, words[2], "ORG", set(m.evidence))]


def _split_names_listed_with_and(m: _Mention, written: dict[str, str], gaz: Gazetteer | None) -> list[_Mention]:
    """Two people the model ran into one person's or place's span over "and" ("Last year, [del Ponte and Skuratov]
    agreed"): each a person the article writes alone elsewhere (`written`, with the label it was written with: "Carla
    del Ponte", "Skuratov said"). Not a body's name, which may hold "and" and its words alone ("American Telephone and
    Telegraph Corp"), nor places' (a seat: "MP for Grantham and Stamford"), nor a place the gazetteer knows whole, one
    name twice ("Johnson and Johnson") or initials ("AT and T")."""
    head, sep, tail = m.text.partition(" & " if " & " in m.text else " and ")
    people = (m.label == "PERSON" or "person" in m.evidence) and _two_full_names(head, tail)  # (whatever label the model gave)
    bodies = not people and _two_bodies_written_alone(head, tail, written)
    if not sep or sep in tail or head == tail or m.label not in {"PERSON", "GPE", "LOC", "FAC"} and not people and not bodies or "," in head \
            or not (written.get(head) == written.get(tail) == "PERSON" or bodies or people) \
            or gaz is not None and gaz.lookup(m.text) or head.isupper() or tail.isupper():
        return [m]  # (initials joined by "and" are one name: "AT and T", "S and P")
    at = m.end - len(tail)
    evidence = {"pair"} if people else set()
    label = "ORG" if bodies else "PERSON"
    return [_Mention(m.seq, m.start, m.start + len(head), head, label, set(evidence)), _Mention(m.seq, at, m.end, tail, label, set(evidence))]


def _split_two_names_run_over_the(m: _Mention, written: dict[str, str]) -> list[_Mention]:
    """Two names the model ran into one span over a second, lower-case "the" ("One editor told [The Daily Beast the
    Facebook] plan proves ...": the outlet told, then the subject's "the Facebook plan"): each side a name the article
    writes alone elsewhere (`written`). A name that holds "the" has it after a function word or a verb ("Society for the
    Prevention of Cruelty", "Correct the Record"), whose words before it are no name written alone."""
    head, sep, tail = m.text.partition(" the ")
    label = written.get(head) or written.get(head.removeprefix("The "))
    if not sep or " the " in tail or label is None or tail not in written or head.split()[-1].lower() in FUNCTION_WORDS:
        return [m]
    at = m.end - len(tail)
    return [_Mention(m.seq, m.start, m.start + len(head), head, label), _Mention(m.seq, at, m.end, tail, written[tail])]


def _two_bodies_written_alone(head: str, tail: str, written: dict[str, str]) -> bool:
    """Whether both names each side of "and" or "&" are bodies the article writes alone elsewhere ("I am proud of the
    Rep. [House & Senate]", a tweet's, beside "the Senate was the issue" and "The House already voted"): two bodies,
    which the model ran into one body's span, though a body's name may hold "&" ("Procter & Gamble": its words are not
    written alone as bodies). A word each: a longer name's parts are its own ("Texas Parks and Wildlife Department",
    "House Public Works and Transportation Committee"), whatever else the copy calls "Texas Parks"."""
    return " " not in head and " " not in tail and written.get(head) == written.get(tail) == "ORG"


def _split_a_pairs_short_names(m: _Mention, pair_words: AbstractSet[str]) -> list[_Mention]:
    """Two people named in full as a pair ("An Marchal and Eefje Lambrecks", see _two_full_names), then as a pair by
    their given names or surnames, which the model ran into one span of any kind: "about [An and Eefje]", "the [Marchal
    and Lambrecks] case" (`pair_words`: the words of the pair's full names)."""
    head, sep, tail = m.text.partition(" and ")
    if not sep or head == tail or head not in pair_words or tail not in pair_words:
        return [m]
    at = m.end - len(tail)
    return [_Mention(m.seq, m.start, m.start + len(head), head, "PERSON"), _Mention(m.seq, at, m.end, tail, "PERSON")]


def _two_full_names(head: str, tail: str) -> bool:
    """"An Marchal" and "Eefje Lambrecks" of the model's person "[An Marchal and Eefje Lambrecks], who went missing":
    a given name and a surname each side of "and", two people (one person's name holds no "and"; a firm's of two
    names does, a word each: "Marks and Spencer")."""
    return all(len(ws := side.split()) == 2 and all(w.istitle() and w.isalpha() for w in ws) for side in (head, tail))


def _legal_form(word: str) -> bool:
    """ "Inc", "Corp.", "PLC": a firm's legal form, which ends a firm's name (never opens one)."""
    return word.lower().rstrip(".") in LEGAL_FORMS


def _names_joined_by_and(prose: list[Para], spans: list[_Mention], gaz: Gazetteer | None) -> list[_Mention]:
    """A body's or a firm's name with "and" in it, which the model cut there: "[Merck] and [Co
    Inc]", "[Cable] and [Wireless Plc]", "Post and [Telecommunications Ministry]". The name after
    "and" ends with a legal form or an institution's noun, and the one word before "and" is written
    nowhere else in the article but there: no name of its own ("Google and Apple Inc", where the
    article names Google alone too, stay two)."""
    text_of = {p.seq: p.text for p in prose}
    by_seq: dict[int, list[_Mention]] = {}
    for m in spans:
        by_seq.setdefault(m.seq, []).append(m)
    joined: list[_Mention] = []
    dropped: set[int] = set()
    for seq, ms in by_seq.items():
        text = text_of.get(seq)
        if text is None:
            continue
        for b in ms:
            words = b.text.split()
            if b.label != "ORG" or len(words) > 3 or not (_legal_form(words[-1]) or words[-1].lower() in INSTITUTION_WORDS | recall.ORG_HEAD_NOUNS):
                continue
            before = _WORD_AND_BEFORE.search(text, 0, b.start)
            if before is None or gaz and gaz.lookup(before["word"]) or _legal_form(before["word"]):
                continue
            if any(is_acronym(w) for w in [before["word"], *words[:-1]]):
                continue  # "SBI and ICICI Bank": an acronym is a name of its own
            if len(words) == 1 and before["word"].lower() in INSTITUTION_WORDS | recall.ORG_HEAD_NOUNS:
                continue  # "who controls the House and Senate": two bodies, each named by its head noun alone
            a_start = before.start("word")
            covering = [m for m in ms if m.start < before.end("word") and a_start < m.end]
            if any(m.start != a_start or m.end != before.end("word") or m.label != "ORG" for m in covering):
                continue  # a person's or a place's name, or part of a longer one: "Jo Roe and Acme Inc"
            alone = sum(len(list(_whole_name_hits(p.text, before["word"]))) for p in prose)
            with_b = sum(len(re.findall(rf"(?<![\w-]){re.escape(before['word'])} (?:and|&) {re.escape(words[0])}(?![\w-])", p.text)) for p in prose)
            if alone != with_b:
                continue
            dropped |= {id(m) for m in covering} | {id(b)}
            joined.append(_Mention(seq, a_start, b.end, text[a_start : b.end], "ORG", b.evidence | {"organisation"}))
    if not joined:
        return spans
    return sorted([m for m in spans if id(m) not in dropped] + joined, key=lambda m: (m.seq, m.start))


_AND_THE = re.compile(r"(?P<first>[A-Z][^,;]*?) and (?P<rest>The [A-Z].*)")

_ONE_WORD_AND = re.compile(r"(?P<word>[A-Z][\w'\u2019-]*) (?:and|&) (?P<rest>[A-Z].*)")


def _listed_firms_apart(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """A span of one name, "and" and a firm's legal name ("the two leading manufacturers, [Alliant and Convex
    Computer Corp]"), where the article writes that first name on its own elsewhere ("Alliant said profits ..."):
    two firms listed, which the model ran into one name (the reverse of _names_joined_by_and); and of two titles,
    the second's article capitalised ("[Independent and The Times]")."""
    texts = [p.text for p in prose]
    out: list[_Mention] = []
    for m in spans:
        if titled := _AND_THE.fullmatch(m.text):
            # "both The Independent and The Times": a capitalised article after "and" opens a second title
            out.append(_Mention(m.seq, m.start, m.start + titled.end("first"), titled["first"], m.label, set(m.evidence)))
            out.append(_Mention(m.seq, m.start + titled.start("rest"), m.end, titled["rest"], m.label, set(m.evidence)))
            continue
        joined = _ONE_WORD_AND.fullmatch(m.text)
        if joined is not None and _firms_by_their_legal_names(joined["word"], joined["rest"], texts):
            out.append(_Mention(m.seq, m.start, m.start + len(joined["word"]), joined["word"], "ORG", set(m.evidence)))
            out.append(_Mention(m.seq, m.start + joined.start("rest"), m.end, joined["rest"], "ORG", set(m.evidence)))
            continue
        if m.label != "ORG" or joined is None or not _legal_form(m.text.split()[-1]) or _legal_form(joined["word"]):
            out.append(m)
            continue
        word, rest = joined["word"], joined["rest"]
        alone = sum(1 for t in texts for _ in _whole_name_hits(t, word))
        together = sum(1 for t in texts for _ in _whole_name_hits(t, f"{word} {m.text[len(word):].split()[0]} {rest.split()[0]}"))
        if alone <= together:
            out.append(m)
            continue
        out.append(_Mention(m.seq, m.start, m.start + len(word), word, "ORG", set(m.evidence)))
        at = m.start + joined.start("rest")
        out.append(_Mention(m.seq, at, m.end, rest, "ORG", set(m.evidence)))
    return out


def _firms_by_their_legal_names(word: str, rest: str, texts: list[str]) -> bool:
    """Whether "Leadplex and PayPerAction" are two firms the article names by their legal names elsewhere ("three
    companies - PayPerAction LLC., Leadplex LLC. and Leadplex Inc"), whatever the model took the two for."""
    return " " not in rest and all(
        any(_legal_form(after.split(maxsplit=1)[0].rstrip(",;:")) for t in texts for _, end in _whole_name_hits(t, name) if (after := t[end:].strip()))
        for name in (word, rest))


def _firms_of_two_names(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """A firm the article names once with its firm's noun ("Cable and Wireless Plc") is one name
    wherever it is written, with or without the noun, where the model tagged its names apart, as
    whatever it took them for ("Cable", "Wireless Plc"; "Rope" a place, "Anchor" a person)."""
    # "GTE Corp and Contel Inc": a name that opens with a legal form is two firms' names
    names = {m[1] for p in prose for m in _FIRM_OF_TWO_NAMES.finditer(p.text) if not _legal_form(m[1].split()[0])}
    if not names:
        return spans
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + rf")(?: {_FIRM_SUFFIX})?(?![\w-])")
    dropped: set[int] = set()
    added = []
    for p in prose:
        for hit in pattern.finditer(p.text):
            inside = [m for m in spans if m.seq == p.seq and m.start < hit.end() and hit.start() < m.end]
            end = hit.end() - hit.group().endswith(".")  # a span keeps no final period
            if inside and not any(m.start <= hit.start() and end <= m.end for m in inside):  # "Pacific Gas & Electric Co."
                dropped |= {id(m) for m in inside}
                added.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), "ORG", {"organisation"}))
    return [m for m in spans if id(m) not in dropped] + added


def _whole_names(prose: list[Para], spans: list[_Mention]) -> list[_Mention]:
    """One name, one span: where the article's name of several words ("Customs and Border
    Protection") is written again but split into shorter spans there ("Customs", "Border
    Protection"), the whole name replaces its pieces; so does a person's hyphenated surname
    ("Sebaana-Kizito said" after "John Sebaana-Kizito", the model's "[Sebaana]" a place)."""
    spans = _firms_of_two_names(prose, spans)
    whole = {m.text: m for m in spans if " " in m.text and m.label in ROLE_BY_LABEL and m.label not in WEAK_LABELS}
    whole |= {surname: m for m in spans for surname in [_hyphenated_surname(m)] if surname and surname not in whole}
    if not whole:
        return spans
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True))) + r")(?![\w-])")
    by_seq: dict[int, list[_Mention]] = {}
    for m in spans:
        by_seq.setdefault(m.seq, []).append(m)
    dropped: set[int] = set()
    added: list[_Mention] = []
    for p in prose:
        for hit in pattern.finditer(p.text):
            inside = [m for m in by_seq.get(p.seq, []) if m.start < hit.end() and hit.start() < m.end]
            if not inside or any(m.start < hit.start() or m.end > hit.end() or m.text == hit.group() for m in inside):
                continue  # untagged (propagation finds it), tagged whole, or part of a longer span
            source = whole[hit.group()]
            dropped |= {id(m) for m in inside}
            added.append(_Mention(p.seq, hit.start(), hit.end(), hit.group(), source.label, source.evidence - {"defined"}, source.family))
    if not added:
        return spans
    return sorted([m for m in spans if id(m) not in dropped] + added, key=lambda m: (m.seq, m.start))


def _hyphenated_surname(m: _Mention) -> str:
    """The surname of two capitalised halves joined by a hyphen that ends a person's full name: "Sebaana-Kizito" of
    "John Sebaana-Kizito", "" when it has none."""
    words = m.text.split()
    halves = words[-1].split("-") if m.label == "PERSON" and len(words) > 1 else []
    return words[-1] if len(halves) == 2 and all(h.istitle() and h.isalpha() for h in halves) else ""


# The last word before a span: a title the model's span left out ("Minister Datuk [Loke]").
_WORD_BEFORE = re.compile(r"(\S+) $")


def _full_names_split_after_a_title(text_of: dict[int, str], spans: list[_Mention]) -> list[_Mention]:
    """A full name the model cut in two after its first word, a title before it: "Sports Minister Datuk [Loke] [Yuen Yow]
    told the House", a Malaysian's family name, then his given names. Two people's names are never written
    side by side with a space alone between them, so the two spans are one person's ("Loke said" then)."""
    out: list[_Mention] = []
    for m in sorted(spans, key=lambda m: (m.seq, m.start)):
        prev = out[-1] if out else None
        text = text_of.get(m.seq, "")
        if prev is not None and prev.seq == m.seq and prev.label == m.label == "PERSON" and " " not in prev.text \
                and text[prev.end : m.start] == " " and all(w.istitle() and w.isalpha() for w in m.text.split()) \
                and (title := _WORD_BEFORE.search(text, 0, prev.start)) and is_person_title(title.group(1)):
            out[-1] = _Mention(m.seq, prev.start, m.end, text[prev.start : m.end], "PERSON", prev.evidence | m.evidence)
            continue
        out.append(m)
    return out


def _names_cut_before_a_subheads_verb(
    text_of: dict[int, str], spans: list[_Mention], credited: AbstractSet[tuple[int, int, int]] = frozenset(),
) -> list[_Mention]:
    """A person's name the model ran on into the words after it in a line written in title case, a feature's subhead:
    "Salma Hayek Described Her Experience Being Discriminated Against", "Zoe Questioned Why White Actors Play ...",
    "George Lopez On Why Blacks, Latinos Can't Fail On TV.". Cut after the first word the prose writes in a person's
    name ("Hayek confirmed", "Zoe Saldana pointed out") whose next word is no name's word: neither one the prose
    writes in a person's name nor a given name the dictionary knows ("Described", "Questioned", "On"; but "Mary Ann
    Roe" stays whole beside a "Mary Poe"). Never a writer a credit line names (`credited`, spans by paragraph, start and
    end): "Contributing: Gary Strauss, William Cummings, ..." is all capitals for its list of names, no subhead, and
    its "William Cummings" no "William" run on, though the story names a William Woods."""
    subhead = {seq for seq, text in text_of.items() if headline_case(text)}
    named = {w for m in spans if m.label == "PERSON" and m.seq in text_of and m.seq not in subhead for w in m.text.split()}
    out: list[_Mention] = []
    for m in spans:
        ws = m.text.split()
        cut = next((k for k in range(1, len(ws)) if ws[k - 1] in named and not _a_names_word(ws[k], named)), None) \
            if m.label == "PERSON" and m.seq in subhead and (m.seq, m.start, m.end) not in credited else None
        if cut is None:
            out.append(m)
            continue
        end = m.start + len(" ".join(ws[:cut]))
        out.append(replace(m, end=end, text=text_of[m.seq][m.start : end], evidence=m.evidence - {"plural", "bloc"}))
    return out


def _a_names_word(word: str, named: AbstractSet[str]) -> bool:
    """Whether a word may go on a person's name: one the prose writes in a name, a particle or a given name."""
    return word in named or word.lower() in NAME_PARTICLES or _given_name(word.lower())


# A person's age, then two capitalised words: "17-year-old Laquan McDonald".
_AGE_THEN_A_NAME = re.compile(r"(?<![\w-])\d{1,3}-year-old (?P<given>[A-Z][a-z]+) (?P<surname>[A-Z][\w'\u2019-]*[a-z])(?![\w-])")


# A stance or a former state made with a hyphen on a name's first word ("the UK-based, anti-Assad Syrian Observatory for
# Human Rights", "ex-New Mexico Gov. Bill Richardson", "pro-Beijing Hong Kong lawmakers"); the model runs it into the name.
_HYPHENED_PREFIX = re.compile(r"(?P<prefix>anti|pro|ex|non|post|pre)-(?P<word>[A-Z][\w.'\u2019-]*) (?=[A-Z])")


def _names_without_a_hyphened_modifier(spans: list[_Mention]) -> list[_Mention]:
    """A name the model or a rule ran into an adjective made with a hyphen, which clean_span trims only from the model's
    own spans: "the UK-based ... Observatory" names the UK; a name of several words opened by a word with a stance's or
    a time's prefix: "ex-" says the name was once the place's ("ex-New Mexico Gov."), and the name is the rest of the
    word on; "anti-Assad", "pro-Beijing" are one adjective, and the name starts after it. A prefixed word alone the
    other rules judge."""
    out = []
    for m in spans:
        start, end = 0, len(m.text)
        if hit := _HYPHENED_PREFIX.match(m.text):
            start = hit.start("word") if hit["prefix"] == "ex" else hit.end()
        if (compound := _COMPOUND_ADJECTIVE_END.search(m.text)) and compound.start() > start:
            end = compound.start()
        if (start, end) == (0, len(m.text)):
            out.append(m)
            continue
        out.append(_Mention(m.seq, m.start + start, m.start + end, m.text[start:end], m.label, set(m.evidence), m.family))
    return out


def _names_after_an_age(text_of: dict[int, str], spans: list[_Mention], gaz: Gazetteer | None) -> list[_Mention]:
    """A person's full name after her age, which the model left untagged or cut to a surname it reads elsewhere, alone,
    as a body's or a person's ("McDonald", the chain's): "a police officer shooting 17-year-old Laquan McDonald 16
    times". The word before the surname is her given name, though no dictionary knows it: only a person has an age;
    never a place ("an 8-year-old Fort Worth girl", "a 45-year-old Chicago McDonald manager")."""
    alone = {m.text for m in spans if m.label in {"ORG", "PERSON"} and " " not in m.text}
    found = [
        _Mention(seq, hit.start("given"), hit.end(), hit.group("given") + " " + hit.group("surname"), "PERSON", {"person"})
        for seq, text in text_of.items() for hit in _AGE_THEN_A_NAME.finditer(text)
        if hit.group("surname") in alone and not (gaz is not None and (gaz.lookup(hit.group("given")) or gaz.lookup(hit.group()[hit.start("given") - hit.start():])))
    ]
    if not found:
        return spans
    kept = [m for m in spans if not any(f.seq == m.seq and f.start < m.end and m.start < f.end for f in found)]
    return kept + found
