"""Quotes of one article: direct quotes and reported speech, each with its speaker.

Runs as the pipeline component "newsx_quotes", after "newsx_entities", on an article Doc.

A direct quote is linked in two stages, after Muzny et al., "A Two-stage Sieve Approach for
Quote Attribution" (EACL 2017): first to a speaker *mention* by ordered sieves, the most
precise first (SIEVES; a looser sieve only sees quotes the earlier ones left unlinked, and each
quote records the sieve that linked it, so each sieve's precision is measured alone), then the
mention to an *entity* (speakers.py: names, honorific surnames, role nouns, pronouns).

Paragraphs are read in order so that "he said" and "They said" can reach the
speaker of the previous sentence, and the second half of a split quote
('"...apart," a senior tribal figure said. "There are ..."') keeps the first
half's speaker. "It said" and "the company said" take the organisation last named as a
clause's subject (what the paragraph is about), or the last organisation that spoke.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from . import speech
from .antecedents import GENDERED_PRONOUNS
from .descriptions import added_by_last, owner_of, speaks_as_one
from .entities import Para
from .given_names import given_name
from .label_lines import label_line_name
from .nested_quotes import split_at_nested
from ..records import READ_APART_KINDS, EntityRecord, MentionRecord, QuoteRecord
from ..names import FUNCTION_WORDS, TITLES, headline_case, is_title_word, possessive_ending
from ..sentences import sentence_end_after, sentence_start_before
from .speakers import ADDRESSED_VERBS, AFTER_QUOTE_VERBS, QUOTE_ONLY_VERBS, adjacent_subject, aged_name, apposition_holder, person_by_role, BODY_NOUNS, DESCRIBED_PEOPLE, DIRECT_CUE_VERBS, DOCUMENT_NOUNS, LEADING_CUE_VERBS, OBJECT_CUES, ORGANISATION_NOUNS, PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS, Discourse, Speaker, entity_speaker, epithet, mute_subject, object_read_as_subject, office_epithet, owner_in_apposition, passive_agent, reporting_verb, titled_conjunct_at, speaker_from, subject_of, titles_around
from .speakers import ASKING_CUES, SUBORDINATORS, asked_a_question, is_passive, firm_before_code, subordinate_clause
from . import thresholds as T
from .quoted_phrases import JUDGING_PREPOSITIONS, JUDGING_VERBS, NAMING_VERBS, as_of_object, as_verb, demands, ends_as_predicate, judges, named_after_object, named_complement, named_modifier, named_object, naming_verb, viewpoint_name
from .speaker_spans import person_by_ending
from .tokens import tokens
from .transcript import Turn, quoted_turn, transcript_turns

_OPEN, _CLOSE = "\u201c", "\u201d"
# Two single marks some copy closes a double quote with: "It was an attempt...,’’ Name said".
_DOUBLED_CLOSE = ("\u2019\u2019", "''")

# Direct-quote sieves, most precise first: the speech verb right after the quote in its sentence
# ('"...," said Name'), the verb before a colon or comma ('Name said: "..."'), a short attribution
# sentence right after a quote that ends a sentence ('"...." Name said.'), a name and a verb
# the lexicon lacks, all that follows a quote closed by a comma ('"...," Dan shares.'), the cue after
# the paragraph that closes a quote run on across paragraphs with no cue before it, the next paragraph
# naming whose words a quote-only paragraph were ("Those were the words of Name"), a credit line
# under a quote or after it in its paragraph ('"..." — Name', a pull quote's credit), a headline
# or a transcript's turn that names its speaker before a colon ('Name: "..."'), a quote inside the clause a speech verb
# governs ('the agency says that the border "remains the main entry point"'), a phrase quoted as
# what someone called something ('Name views it as "a human right"'), a phrase quoted inside a
# reported statement no cue reaches ('were not prepared to "put up with" it, Prof Roe said'), the subject of the
# sentence that leads into an uncued quote ('Ng was unmoved. "We will not pay."', 'From a USDA
# reporter: "..."'), a paragraph that continues the last speaker's quote (across a caption or an
# embed line between), the conversation sieve (an exchange of turns: an unattributed turn goes to
# the other party), then, for a quote-only paragraph no statement runs on into, the person the
# paragraph before ends on as subject ('Williams doesn't believe ...'), and the last speaker
# across one paragraph of the writer's own that brings in no one.
SIEVES = (
    "cue after", "cue before", "cue next sentence", "bare cue", "closing cue", "cue next paragraph", "credit line", "name colon", "cue clause",
    "quoted as", "in reported", "named before", "continued", "conversation", "paragraph before",
    "continued past paraphrase", "paragraph's person", "label line", "pull quote",
)
REPORTED_SIEVE = "reported"


@dataclass
class QuoteSpan:
    outer_start: int
    outer_end: int
    start: int  # the quoted words, marks excluded
    end: int
    continues: bool = False  # a paragraph of the quote before it, run on after a mark never closed


@dataclass
class _Event:
    pos: int
    # direct | indirect | person | role (a role noun naming someone already named) | described (a person
    # unnamed) | body (a definite description of a public body, a sentence's subject: "The panel") |
    # heard (an organisation named inside reported words) | heard of (a person named inside them) |
    # mentioned (an organisation named outside them, no subject)
    kind: str
    start: int = 0
    end: int = 0
    speaker: Speaker | None = None
    cue: str | None = None
    inherit: bool = False
    outer_end: int = 0
    sieve: str | None = None
    fragment: bool = False  # a phrase quoted mid-sentence: the reported speech around it is read as well
    subject_at: int | None = None  # where the speaker's subject stands in the paragraph
    named_as: Speaker | None = None  # the name a person gives themselves ("He identified himself as Chen Jin")


class QuoteComponent:
    """Runs after newsx_entities: Doc._.quotes of an article Doc, speakers linked to Doc._.entities."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp
        self.nouns: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """The English nouns, to tell a label's untagged name from an office ('Head Gardener:'); the
        speech-verb lexicons are module constants."""
        from .pipeline import common_nouns

        self.nouns = common_nouns(nlp or self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None:
            return doc  # not an article Doc
        doc._.quotes = collect(doc._.paragraphs, doc._.entities or {}, doc._.mentions or [], self.nouns)
        return doc


@Language.factory(
    "newsx_quotes",
    requires=["doc._.entities", "doc._.mentions", "doc.sents", "token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
)
def make_quote_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent(nlp, name)


def quote_spans(text: str, single: bool = False, run_on: bool = False) -> list[QuoteSpan]:
    """Spans between straight or curly double quotes, or single ones on a page that quotes with
    them (`single`, see single_marks); an unclosed quote runs to the paragraph's end. A mark that
    opens a word inside an open quote nests ('"...providing a "low-ball" estimate."', '("seats")'):
    the outer quote holds the inner one, which is part of its words.

    A mark that opens a word right after a sentence's end inside an open quote opens the quote's
    next paragraph, run into the same line, whose mark the paragraph before never closes ('…beat
    England. "I had three chances…'): the open quote ends at that sentence, and the next one
    `continues` it.

    `run_on`: the paragraph before was left open. If this one's first mark closes a quote ('The
    Chancellor had six billion to give back ... poverty."'), the copy dropped the mark that opens
    a quote's next paragraph, and the quote runs from the paragraph's start; if it has no mark at
    all, it is a sentence in the middle of the quote (see _quote_middles), all quoted."""
    spans: list[QuoteSpan] = []
    opened: int | None = -1 if run_on and not single and (_closes_first(text) or not _has_double_mark(text)) else None
    continues = opened is not None
    depth = 0
    after_double_close = -1
    # only the marks are looked at, not every character: this runs over every paragraph
    for found in (_SINGLE_SCAN if single else _DOUBLE_SCAN).finditer(text):
        i = found.start()
        if i < after_double_close or _apostrophe(text, i):
            continue
        ch = text[i]
        if opened is not None and _continues(text, i, single):
            end = len(text[:i].rstrip())
            # ('"It's a gloomy outlook, said David Wyss. "I'm ...': the copy left out the mark
            # closing the quote before its cue, which ends the words at its comma)
            cut = _cue_left_inside(text, opened + 1, end)
            narration = None if cut else _narration_inside(text, opened + 1, end)
            # ('... when this happens. Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology
            # and said ... "Mido's apology ...," Shalaby said': the writer's sentence bringing in another
            # speaker ends the quote left open, and the next mark opens that speaker's own quote)
            stop = cut or narration or end
            spans.append(QuoteSpan(max(opened, 0), cut + 1 if cut else stop, opened + 1, stop, continues))
            opened, depth, continues = i, 0, narration is None
        elif single:
            mark = _single_mark(text, i)
            if mark == "open" and opened is None:
                opened, continues = i, False
            elif mark == "open":
                depth += 1
            elif mark == "close" and opened is not None and depth:
                depth -= 1
            elif mark == "close" and opened is not None:
                spans.append(QuoteSpan(opened, i + 1, opened + 1, i, continues))
                opened = None
        elif opened is None and text[i : i + 2] == '""' and (not i or text[i - 1].isspace()) and text[i + 2 : i + 3].isalnum():
            continue  # 'he said, ""it does not mean ...': a mark typed twice opens one quote
        elif opened is None and not single and ch in {'"', _CLOSE} and _closes_before_cue(text, i):
            # '... said. Lack of uniformity ... for small businesses", An EU spokesman ...': a mark
            # closing a word with no quote open closes one whose opening mark the copy dropped; the
            # quote is the sentence it ends
            start = _sentence_start(text, spans[-1].outer_end if spans else 0, i)
            spans.append(QuoteSpan(start, i + 1, start, i, False))
        elif opened is not None and ch == _OPEN and (_closes_at_end(text, i) or _typed_for_close(text, i)):
            # '... I'm glad it worked out. “' ending a paragraph: an opening mark typed for the
            # closing one, which opens no words
            spans.append(QuoteSpan(max(opened, 0), i + 1, opened + 1, i, continues))
            opened = None
        elif opened is not None and opened >= 0 and ch == _OPEN and _opens_word(text, opened) and _opens_word(text, i) and (
                text[opened] == '"' or _cue_sentence_inside(text, opened + 1, i) is None):
            # '"..., I'm going to read you the question: “As you know, ...?” Forty-three, yes."': curly
            # marks inside a quote a straight mark opens are a quote within it (not after a straight
            # mark that closes a word, '... of [his] systems" including ...', a quote's end); so are
            # curly ones inside a curly quote, where the writer quotes within a quote with the same
            # marks ('“If you care ..., you have to care even when “your team” needs to be held
            # accountable.”'), unless a cue's sentence ends the first quote before them
            depth += 1
        elif opened is None and ch in {'"', _CLOSE} and (start := _opening_dropped_after_cue(text, spans[-1].outer_end if spans else 0, i)) is not None:
            # '... it's not true,” he said. I am not sure why ... admiral.”', 'she added, Donald Trump
            # is a proven failure.”': a mark ending the paragraph with no quote open closes words
            # the copy dropped the opening mark of, right after a speech verb's stop or comma
            spans.append(QuoteSpan(start, i + 1, start, i, False))
        elif ch == _OPEN or opened is None and (ch == '"' or ch == _CLOSE and _opens_word(text, i)):
            # a closing mark that opens a word opens a quote: '”What stood out was ...,” Delgado said.'
            opened, depth, continues = i, 0, False
        elif opened is not None and ch == '"' and _opens_word(text, i) and (cut := _cue_sentence_inside(text, opened + 1, i)) is not None:
            # '"Of course he'll learn. ... seconds. Freddie is likely to ... Wenger said: "Freddie is
            # ...': a quote opened by a cue's colon is no quote nested in the open one, whose closing
            # mark the copy dropped before the cue's sentence
            spans.append(QuoteSpan(max(opened, 0), cut, opened + 1, cut, continues))
            opened, depth, continues = i, 0, False
        elif opened is not None and ch == '"' and _opens_word(text, i):
            depth += 1
        elif opened is not None and text.startswith(_DOUBLED_CLOSE, i):
            spans.append(QuoteSpan(max(opened, 0), i + 2, opened + 1, i, continues))
            opened = None
            after_double_close = i + 2
        elif opened is not None and ch in {_CLOSE, '"'} and depth:
            depth -= 1
        elif opened is not None and ch in {_CLOSE, '"'}:
            spans.append(QuoteSpan(max(opened, 0), i + 1, opened + 1, i, continues))
            opened = None
    if opened is not None and len(text) - opened > 1:
        spans.append(QuoteSpan(max(opened, 0), len(text), opened + 1, len(text), continues))
    for s in spans:
        while s.end > s.start and (text[s.end - 1].isspace() or text[s.end - 1] == ","):
            s.end -= 1
        while s.start < s.end and text[s.start].isspace():
            s.start += 1
    return [s for s in spans if s.end > s.start]


_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"
# The characters quote_spans looks at: double marks and the single ones a doubled close is written
# with ('’’'), or the single marks of a page that quotes with them.
_DOUBLE_SCAN = re.compile("[\"\u201c\u201d\u2019']")
_SINGLE_SCAN = re.compile("['\u2018\u2019]")
_DOUBLE_MARKS = frozenset({'"', _OPEN, _CLOSE})


def _has_double_mark(text: str) -> bool:
    return any(ch in text for ch in _DOUBLE_MARKS)


def _quote_middles(prose: list[Para], single: bool = False) -> frozenset[int]:
    """Paragraphs with no quotation mark between one that leaves a quote open and one whose first
    mark closes it: one-sentence-a-paragraph copy (RCV1) splits a quote's sentences into paragraphs
    and marks only its ends ('"I don't take anything for granted. // I always expect elections to
    get close. // I expect ... between now and then," she said'), and those between are its words."""
    if single:
        return frozenset()
    middles: set[int] = set()
    for n, p in enumerate(prose):
        if p.kind == "caption" or not _left_open(p.text):
            continue
        m = n + 1
        # (a short line between is no caption: 'How can we then expect the reintegration of Bosnia?')
        while m < len(prose) and m - n <= T.QUOTE_MIDDLE_MAX_PARAGRAPHS and not _has_double_mark(prose[m].text):
            m += 1
        if n + 1 < m < len(prose) and prose[m].kind != "caption" and _closes_first(prose[m].text):
            middles.update(range(n + 1, m))
    return frozenset(middles)


def _apostrophe(text: str, i: int) -> bool:
    """A straight double mark typed for an apostrophe, between two letters ('Opec"s news agency'):
    no quotation mark stands inside a word."""
    return text[i] == '"' and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _closes_first(text: str) -> bool:
    """Whether a paragraph's first double mark closes a quote: a curly close, or a straight mark
    after a word that opens none ('... alleviate poverty."')."""
    first = _DOUBLE_SCAN.search(text)
    while first is not None and (text[first.start()] in {_SINGLE_CLOSE, "'"} or _apostrophe(text, first.start())):
        first = _DOUBLE_SCAN.search(text, first.end())  # apostrophes
    if first is None:
        return False
    i = first.start()
    return not _opens_word(text, i) and i > 0 and not text[i - 1].isspace() and text[i] != _OPEN


def _closes_at_end(text: str, i: int) -> bool:
    """A mark with nothing but a comma or a stop after it before its paragraph's end or its cue
    ('... worked out. “', '... worked out“, he said'): it opens no words, so it closes the open quote."""
    rest = text[i + 1 :].lstrip()
    return not rest or rest[:1] in {",", "."} and not text[i - 1 : i].isspace()


def _typed_for_close(text: str, i: int) -> bool:
    """An opening mark right after a quote's last comma, stop or word, a space after it ('“It's unusual,“ said Larry
    Noble', 'to conduct an “expedited review“ of'): typed for the closing one, it opens no word."""
    return i > 0 and (text[i - 1] in ",.!?" or text[i - 1].isalnum()) and text[i + 1 : i + 2].isspace()


def _opens_word(text: str, i: int) -> bool:
    """A mark right before a word, after a space or a bracket: it opens a quote. The word may be
    one the writer put in square brackets ('"[Alastair] will act as an advisor')."""
    before = text[i - 1] if i else " "
    word = text[i + 2 : i + 3] if text[i + 1 : i + 2] == "[" else text[i + 1 : i + 2]
    return (before.isspace() or before in "([\u2014\u2013") and word.isalnum()


def _closes_before_cue(text: str, i: int) -> bool:
    """A mark right after a word, with the comma an attribution follows before or after it ('...
    businesses", An EU spokesman', '... historic," says Rune Frovik'): it closes a quote (not one
    ending a paragraph, '... companies."', which may close words the writer reported in their own
    voice: "Fildes said that was attractive ...")."""
    before, after = text[i - 2 : i], text[i + 1 : i + 2]
    return len(before) == 2 and (before[1].isalpha() and after == "," or before[0].isalpha() and before[1] == "," and after.isspace())


# A speech verb closing its sentence or ending with a comma ("he said. I am ...", "she added, Donald ..."): the
# words after it are the speaker's.
_CUE_BEFORE_WORDS = re.compile(r"\b(?:said|says|added|adds)[.,]\s+(?=\S)")


def _opening_dropped_after_cue(text: str, lo: int, i: int) -> int | None:
    """Where the words a paragraph's last mark closes begin, when no mark opened them: right after
    the last speech verb between `lo` and the mark that ends its sentence or leads on with a comma,
    from a clause's worth of words (a stray mark after "..., he said." closes no words)."""
    if text[i + 1 :].strip() or text[i - 1 : i] not in {".", "!", "?"}:
        return None
    start = max((m.end() for m in _CUE_BEFORE_WORDS.finditer(text, lo, i)), default=None)
    return start if start is not None and len(text[start:i].split()) >= T.QUOTED_CLAUSE_MIN_WORDS else None


def _sentence_start(text: str, lo: int, i: int) -> int:
    """Where the sentence holding character `i` begins, not before `lo`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, lo, i)), default=lo)
    return start + len(text[start:i]) - len(text[start:i].lstrip())


# An attribution that ends a sentence: ", said David Wyss of Data Resources Inc.", ", Wyss said."
_CUE_AT_END = re.compile(
    r",\s+(?:(?:said|says|added|adds)\s+(?:[a-z]+\s+){0,3}[A-Z][^.!?\"]*|(?:[A-Z][\w'-]*\s+){1,3}(?:said|says|added|adds))\.$"
)


def _cue_left_inside(text: str, start: int, end: int) -> int | None:
    """Where the words of a quote left open end, when its sentence ends with an attribution after a
    comma: the comma's place."""
    m = _CUE_AT_END.search(text, start, end)
    return m.start() if m else None


# A sentence of the writer's naming someone who speaks ("Egypt FA spokesman Methat Shalaby welcomed the
# apology and said ..."), with no word a speaker uses of themselves or the one they talk to.
_NARRATION = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'-]+\b[^.!?\"]*?\b(?:said|says|added|adds|told|tells)\b")
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|our|us|you|your)\b")


def _narration_inside(text: str, start: int, end: int) -> int | None:
    """Where the words of an open quote end when a sentence after its first is the writer's own,
    naming someone who speaks: the end of the sentence before it."""
    ends = [m.start() + 1 for m in _SENTENCE_END.finditer(text, start, end)]
    for stop, begin in zip(ends, ends[1:] + [end]):
        sentence = text[stop:begin]
        if _NARRATION.search(sentence) and not _FIRST_OR_SECOND_PERSON.search(sentence):
            return stop
    return None


# A cue that brings in a quote with a colon, at the end of the text before the mark: "Wenger said:".
_COLON_CUE = re.compile(r"\b(?:said|says|added|adds)\s*:\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _cue_sentence_inside(text: str, start: int, i: int) -> int | None:
    """Where the words of an open quote end when a mark right after a colon cue opens the next one
    ("... seconds. Gunners boss Wenger said: "Freddie ..."): the end of the sentence before the
    cue's, when the open quote holds a whole sentence before it."""
    if not _COLON_CUE.search(text, start, i):
        return None
    ends = [m.start() + 1 for m in _SENTENCE_END.finditer(text, start, i)]
    return ends[-1] if ends else None


def _continues(text: str, i: int, single: bool) -> bool:
    """A mark that opens a word after a sentence's end ('…England. "I had…'): inside an open
    quote, it opens the quote's next paragraph, not a quote nested in it."""
    opening = {"'", _SINGLE_OPEN} if single else {'"', _OPEN}
    return text[i] in opening and _opens_word(text, i) and text[:i].rstrip()[-1:] in {".", "!", "?", "\u2026"}


def _single_mark(text: str, i: int) -> str | None:
    """Whether a single mark opens a quote, closes one, or is an apostrophe ("I’m", "FMB's",
    "the drugs’ makers")."""
    ch = text[i]
    if ch not in {"'", _SINGLE_OPEN, _SINGLE_CLOSE}:
        return None
    if ch != _SINGLE_CLOSE and _opens_word(text, i) or ch == _SINGLE_OPEN:
        return "open"
    after = text[i + 1 : i + 3]
    if not i or text[i - 1].isspace() or after[:1].isalnum():
        return None
    if text[i - 1] in "sS" and after[:1] == " " and after[1:].islower():
        return None  # a plural possessive: "the builders' tea"
    return "close"


def single_marks(paras: list[Para]) -> bool:
    """Whether a page quotes with single marks ('Name said: 'The pressures are significant.''):
    it writes no double mark anywhere, and some single-marked run is long enough to be speech."""
    if any(ch in p.text for p in paras for ch in _DOUBLE_MARKS):
        return False
    return any(
        len(p.text[s.start : s.end].split()) >= T.SPEECHLIKE_MIN_WORDS
        for p in paras if "'" in p.text or _SINGLE_OPEN in p.text for s in quote_spans(p.text, single=True)
    )


def collect(
    paras: list[Para], ents: dict[str, EntityRecord], mentions: list[MentionRecord], nouns: frozenset[str] = frozenset(),
) -> list[QuoteRecord]:
    names = {key: (rec.name, rec.type) for key, rec in ents.items()}
    by_seq: dict[int, list[MentionRecord]] = {}
    for m in mentions:
        by_seq.setdefault(m.seq, []).append(m)
    discourse = Discourse()
    turns = _Turns()
    sentence_base = 0
    last: tuple[int, Speaker, str | None] | None = None  # (paragraph index, speaker, cue) of the latest statement
    last_kind = ""  # direct | indirect: the latest statement's kind
    single = single_marks(paras)
    out: list[QuoteRecord] = [q for p in paras if p.doc is None for q in _headline_quotes(p, by_seq.get(p.seq, []), names, single)]
    after = {a.seq: b for a, b in zip(paras, paras[1:])}  # the paragraph after each, parsed or not
    para_before = {b.seq: a for a, b in zip(paras, paras[1:])}  # the paragraph before each, parsed or not
    prose = [p for p in paras if p.doc is not None]
    names.update(_teams_taken_for_people(prose, by_seq, names))
    names.update(_people_taken_for_places(prose, by_seq, ents))
    transcript = transcript_turns(prose, names)
    middles = _quote_middles(prose, single)
    run = _OpenRun()
    colon_cue: tuple[int, Speaker, str] | None = None  # a paragraph ending on a cue and a colon: (its index, the cue's speaker, the cue)
    pronoun_subjects: dict[tuple[int, int], Speaker] = {}  # (paragraph, character) where a "he" or "she" subject stands -> the person resolved
    body_discourse, body_turns = discourse, turns
    for n, p in enumerate(prose):
        doc = p.doc
        here = by_seq.get(p.seq, [])
        # A caption or an embedded post is read on its own: its pronouns and unattributed quotes never reach
        # the body's speakers, nor its people the story's next "he" or "she" (an embedded tweet naming Abraham
        # Lincoln, then the editor's "she said"), and the body never continues its quote
        caption = p.kind in READ_APART_KINDS and n not in middles
        discourse, turns = (Discourse(), _Turns()) if caption else (body_discourse, body_turns)
        discourse.new_paragraph()
        before_caption = last
        if caption:
            last = None
        starts = [m.start for m in here]

        def mention_at(char: int, here=here, starts=starts) -> str | None:
            i = bisect.bisect_right(starts, char) - 1
            return here[i].entity_key if i >= 0 and here[i].start <= char < here[i].end else None

        sent_starts = [s.start_char for s in doc.sents]
        sentence_of = lambda char, base=sentence_base, starts=sent_starts: base + bisect.bisect_right(starts, char) - 1  # noqa: E731
        turn = transcript.get(p.seq)
        run_on = n > 0 and not caption and (_left_open(prose[n - 1].text, single) or n - 1 in middles) and (
            n in middles or _has_double_mark(p.text))
        events = [_turn_event(p, turn, names)] if turn else _direct_events(p, here, mention_at, names, single, run_on, nouns)
        labelled = _name_led_label(para_before[p.seq], by_seq.get(para_before[p.seq].seq, []), names, nouns, single) or (
            # 'From Andrea Peyser writing at The New York Post:' on a line of its own: the quoted
            # paragraphs after it are an excerpt of her column, each opening its mark again
            _excerpt_source(para_before[p.seq], by_seq.get(para_before[p.seq].seq, []), names, single)) if (
            p.seq in para_before and not caption and _opens_with_quote(p.text, single)) else None
        # Quotes inside a reported clause leave that clause to be read as reported speech too,
        # when it says something of its own outside them ('the DEA says that the border with
        # Mexico "remains ..."'), not when it is all quotation ('said that "$53 million ..."').
        inside = [(e.start - 1, e.outer_end) for e in events if e.fragment or e.sieve == "cue clause"]
        quoted = [(e.pos, e.outer_end) for e in events if not (e.fragment or e.sieve == "cue clause")]
        all_quoted = []  # statements that are all quotation: no reported speech, but their phrases in marks are theirs
        titles = [(s.outer_start, s.outer_end) for s in quote_spans(p.text, single) if _quoted_title(p.text, s) or _named_programme(p.text, s)]
        for r in speech.find(doc, quoted, p.skip):
            if any(start <= r.start and r.end <= end for start, end in titles):
                continue  # 'said Mr. Roe, ..., on NBC's "Meet the Press."': where he said it, a title, reports nothing
            sp = speaker_from(r.subject, mention_at, names)
            statement = _Event(r.cue.idx, "indirect", r.start, r.end, sp, r.cue_text, sieve=REPORTED_SIEVE, subject_at=r.subject.idx)
            if inside and _words_outside(p.text, r.start, r.end, inside) < T.REPORTED_MIN_WORDS:
                all_quoted.append(statement)
                continue
            events.append(statement)
        events = _in_reported(events, all_quoted)
        # What a statement reports is not who speaks next: "X said Jenkins had ... 'You knew', she told him".
        reported = quoted + [(e.start, e.end) for e in events if e.kind == "indirect" or e.fragment]
        for m in here:
            label = names.get(m.entity_key, ("", ""))[1]
            # "Anushaa Vijay, 31, an architect in Mumbai, said": a person given an age, whom the model took
            # for a place, is whom the next "she" may stand for (an age only: in "reports from China, the
            # president claimed" the role after the comma is the next clause's subject)
            if label in {"GPE", "LOC"} and aged_name(p.text, m.end):
                label = "PERSON"
            if label not in {"PERSON", "ORG"} or p.text[m.start - 1 : m.start] in {_OPEN, '"'}:
                # a name right after an opening mark the quoting never closes is a title the model
                # read as a name ('a song called "Glasgow ("No Place Like Home")'): no one who speaks
                continue
            if label == "PERSON" and _epithet_at(doc, m.start, m.entity_key, names):
                continue  # "the Scot admitted": a description of the person the paragraph is about, no one new
            if label == "PERSON" and _work_title(p.text, m.start):
                continue  # "The film, A Different Story, chronicles ...": a work's title, which says nothing
            if label == "PERSON" and _firm_name(p.text, m.start):
                continue  # "Ben Roe of Paris brokerage house Fauchier-Magnan": whom he works for, no one who speaks
            if label == "ORG" and _adjective_at(doc, m.start, m.end):
                continue  # "German football club ... Borussia Dortmund": a people's adjective, no body that speaks
            if _describes_named_person(doc, m.end, mention_at, names):
                # "Sen. Rob Portman, an Ohio Republican who ..., said": his party, whatever the model took
                # it for, no one else whom the next "he" may be
                continue
            if label == "PERSON" and _affiliation_of_named(doc, m.end - 1):
                continue  # "Charlton midfielder Graham Stuart": whom he plays for, no one who speaks
            if label == "PERSON" and _affiliation_of_unnamed(doc, m.end - 1):
                continue  # "A senior Peshmerga military officer spoke": whom the officer serves, no one who speaks
            if label == "PERSON" and _office_name(p.text, m.start, p.text[m.start : m.end]):
                continue  # "X, our region's Trade Commissioner, said": her office, no one else who speaks
            if label == "PERSON" and _medium_at(doc, m.start):
                continue  # "took to Twitter", "Asked on Fox News": where someone spoke, a site or a network taken for a person
            # (a body the text gives a person's role is a person: "spokesman Glyn Davies said")
            as_person = label == "PERSON" or label == "ORG" and person_by_role(p.text, m.start, m.end)
            named = entity_speaker(m.entity_key, names, titles=titles_around(p.text, m.start, m.end), label="PERSON" if as_person else None)
            if label == "ORG" and (kind := _organisation_noun_at(p.text, m.start, m.end)) is not None:
                discourse.introduce(m.entity_key, kind)
            if label == "PERSON" and (owner := _role_owning(p.text, m.start)) is not None:
                discourse.relative_of(m.entity_key, owner)
            named.topic = _subject_at(doc, m.start, person=label == "PERSON") or label == "PERSON" and _heading_person(p.text, m.start)
            named.clause = _clause_of_subject_at(doc, m.start) if named.topic else ""
            named.oblique = _oblique_at(doc, m.start)
            named.asked = label == "PERSON" and asked_a_question(_token_at(doc, m.start))
            discourse.learn(named)
            if any(s <= m.start < e for s, e in reported):
                if label == "ORG" and not named.person:
                    # what reported words are about is their subject ("US Airways had to cancel 65
                    # flights"), not whom they were told to ("told BBC News")
                    topic = _subject_at(doc, m.start) or _holder_of_subject_at(doc, m.start)
                    events.append(_Event(m.start, "heard", speaker=replace(named, topic=topic)))
                elif label == "PERSON":
                    events.append(_Event(m.start, "heard of", speaker=named))
                continue
            if label == "ORG" and not (_subject_at(doc, m.start) or _asked(doc, m.start)):
                # an organisation is what a paragraph is about when it is a subject, or when it was
                # asked; named elsewhere ("Shares in UK Coal fell"), it is what a later "the company
                # said" stands for only when no organisation was a subject
                if not named.person and (not _modifier_at(doc, m.end - 1) or _document_author_at(doc, m.end - 1)):
                    # (not a word of another's phrase: "former Labour leader Neil Kinnock")
                    events.append(_Event(m.start, "mentioned", speaker=named))
                continue
            events.append(_Event(m.start, "person", speaker=named))
        for subject in _role_subjects(doc, reported):
            # "The prime minister was more cautious. 'Much work remains,' he said.": the titled
            # person a role-noun subject stands for is who the next pronoun continues with
            described = speaker_from(subject, mention_at, names)
            if described.role:
                events.append(_Event(subject.idx, "role", speaker=described))
            elif described.plural and described.definite:
                # "The lawmakers failed to answer. Instead, they are praying the court ...": a
                # definite plural subject is who the next "they" stands for
                events.append(_Event(subject.idx, "person", speaker=described))
            elif described.definite and not described.entity_key and described.head in ORGANISATION_NOUNS:
                # "The cross-party group has unveiled ... The group says": an organisation the text
                # describes without a name, whom a later "the group" may be rather than one named
                events.append(_Event(subject.idx, "mentioned", speaker=described))
            elif (described.definite and described.head in BODY_NOUNS or described.document) and not (described.person or described.plural) and (
                    subject.head.dep_ == "ROOT" or _document_clause_subject(subject)):
                # "The panel recommended ... It also suggested ...": a public body that is a sentence's
                # subject is who the next "it" stands for (not "to make the carrier attractive"); so is a
                # document ("The central bank statement quoted Fernandez as ... It said ...")
                events.append(_Event(subject.idx, "body", speaker=described))
        for subject in _plural_people(doc, reported, mention_at):
            # "Other bankers took exception ... But they generally agreed that ...": people in the
            # plural a sentence is about, unnamed and undetermined, are who the next "they" stands for
            events.append(_Event(subject.idx, "person", speaker=speaker_from(subject, mention_at, names)))
        for pronoun in _pronoun_subjects(doc, reported):
            # "She gave me her sister's address, Martha Roe. '...,' she said": a sentence whose subject
            # is "she" is about the person "she" stands for, not about the names in its object
            events.append(_Event(pronoun.idx, "pronoun", speaker=speaker_from(pronoun, mention_at, names)))
        for subject, key in _self_named(p.text, doc, here, names):
            # "A member of the group says ... He identified himself as Chen Jin": the unnamed person is
            # the one named, whom "the member said" stands for from then on
            events.append(_Event(subject.idx, "named as", speaker=speaker_from(subject, mention_at, names), named_as=entity_speaker(key, names)))
        for noun in _described_people(doc, reported, mention_at):
            if _named_by_participle(noun, mention_at, names):
                continue  # "a mother of two named Ingrid Loyau-Kennett approached": the named person, whom her name brings in
            # (a subject is someone a sentence is about: the "he" of the next quote may be them)
            holder = _unnamed_holder(noun, mention_at)
            described = replace(speaker_from(noun, mention_at, names), topic=noun.dep_ in {"nsubj", "nsubjpass"} or holder is not None)
            if holder is not None:
                described = replace(described, text=holder, introduced=True)  # known by the name the model missed
            elif (named := _untagged_name_after(noun, mention_at)) is not None:
                described = replace(described, text=named, introduced=True)
            events.append(_Event(noun.idx, "described", speaker=described))
        reported_spans = [(e.start, e.end) for e in events if e.kind == "indirect"]
        direct_seen = False  # a direct quote read in this paragraph already
        direct_sentence: int | None = None  # the sentence the last direct quote of this paragraph was cued in
        for e in sorted(events, key=lambda e: e.pos):
            sentence = sentence_of(e.pos)
            if e.kind == "person":
                named = e.speaker
                if named.surname and named.entity_key:
                    # an honorific and a surname the model took apart from the full name: the person named before
                    found = discourse.resolve(sentence, named)
                    named = replace(found, topic=named.topic, clause=named.clause, oblique=named.oblique, asked=named.asked) if found.entity_key != named.entity_key else named
                discourse.note(sentence, named, e.pos)
                continue
            if e.kind == "described":
                discourse.describe(sentence, e.speaker)
                continue
            if e.kind == "named as" and e.named_as is not None:
                discourse.identify(discourse.resolve(sentence, e.speaker, (sentence, e.pos)), e.named_as)
                continue
            if e.kind == "heard":
                discourse.hear(sentence, e.speaker)
                continue
            if e.kind == "mentioned":
                discourse.mention(sentence, e.speaker)
                continue
            if e.kind == "heard of":
                discourse.hear_of(sentence, e.speaker)
                continue
            if e.kind == "pronoun":
                resolved = discourse.resolve(sentence, e.speaker, (sentence, e.pos))
                if resolved.entity_key and resolved.person:
                    discourse.note(sentence, replace(resolved, topic=True, clause=_clause_of_subject_at(doc, e.pos)))
                    pronoun_subjects[p.seq, e.pos] = resolved
                continue
            if e.kind == "role":
                resolved = discourse.resolve(sentence, e.speaker)
                if resolved.entity_key:
                    discourse.note(sentence, resolved)
                continue
            if e.kind == "body":
                discourse.note(sentence, discourse.resolve(sentence, e.speaker))
                continue
            cue, sieve = e.cue, e.sieve
            continues = e.kind == "direct" and run_on and not direct_seen and _at_paragraph_start(p.text, e.pos)
            if continues and run.began is not None:
                # a cue closing a quote run on across paragraphs reaches back for its "he" from where
                # the quote opened, as the cue after a quote of several sentences in one paragraph does
                sentence = run.began
            led_in = colon_cue is not None and colon_cue[0] == n - 1 and e.speaker is None and e.inherit and not direct_seen and _at_paragraph_start(p.text, e.pos)
            credit = _bracketed_source(p, here, names) if e.speaker is None and e.inherit and not caption else None
            if credit is None and e.speaker is None and e.inherit and not caption and _quote_only(p.text, single):
                credit = _credited(after.get(p.seq), by_seq, names)
            named_next = credit or (_named_next(prose, n, by_seq, names, single) if e.speaker is None and e.inherit and not caption else None)
            credited = credit is not None
            next_sieve = "credit line" if credited else "cue next paragraph"
            if named_next is not None and not credited and (before := _subject_of_paragraph_before(prose, n, by_seq, names, single, pronoun_subjects)) is not None:
                # 'Maori MP Hone Harawira believes social issues ... // "If you put any group in that
                # situation ..." // John Tamihere says ...': the person the paragraph before is about
                # goes on in his own words, and the one the paragraph after brings in speaks next
                named_next, next_sieve = before, "paragraph before"
            if led_in and colon_cue is not None:
                # 'The White House spokesman, Mike McCurry, told reporters: // "The president is ready
                # ..."': the cue the paragraph before ends on with a colon brings in this quote
                speaker, sieve, cue = colon_cue[1], "cue before", colon_cue[2]
            elif labelled is not None and e.speaker is None and e.inherit and not direct_seen and _at_paragraph_start(p.text, e.pos):
                # 'Ann Roe, Director of Horticulture at the Trust:' on a line of its own before the quote
                # paragraph: a roundup of people each introduced by a label, the quote is hers
                speaker, sieve, cue = labelled, "label line", None
            elif named_next is not None and (credited or last is None or last[0] < n - 1 or last_kind != "direct" and not last[1].person):
                # '"It's devastating." // Those were the words of Joe Miller, ...': the next paragraph
                # names the speaker, and no quote of another speaker, nor a person's reported words,
                # run on into this one (a credit line under the quote, '— Name', names it whatever came
                # before): 'Tariana Turia told The Press that ... // "I realise that violence is an issue
                # to us ..."' is still Turia's, not those of the man the paragraph after brings in
                speaker, sieve, cue = named_next, next_sieve, None
            elif e.speaker is None and e.inherit and not caption and last and last[0] < n and not _at_paragraph_start(p.text, e.pos) and not (
                    _gendered_pronoun_before(p, e.pos, single) or _TOPIC_LABEL.fullmatch(p.text[: e.pos].strip())) and (
                    only := _only_person_before(p, here, e.pos, names, single)) is not None:
                # 'Clinton compared the president to a duck, "smoothly sailing ..."', 'Mr. Trump was
                # prompted to say, "..."': a quote inside a paragraph that has named one person before
                # it is that person's; the speaker of the paragraph before only goes on in a quote
                # that opens its own paragraph, or after a "he" or "she" that may stand for them ('he
                # only hinted at Donald Trump by ... adding, "..."' names Trump as no speaker)
                speaker, sieve, cue = only, "paragraph's person", None
            elif e.speaker is None and e.inherit and last and _adjacent(prose, last[0], n):
                closed = last[0] < n and _opens_with_quote(p.text, single) and not _left_open(prose[last[0]].text, single)
                turn = turns.other(last[1]) if closed else None
                speaker, sieve = (turn, "conversation") if turn else (last[1], "continued")
                cue = last[2]
            elif e.speaker is None and e.inherit and not caption and (before := _subject_of_paragraph_before(prose, n, by_seq, names, single, pronoun_subjects)) is not None:
                # 'Williams doesn't believe that ... // "The smell is just not very good ..."': no statement
                # runs on into the quote, so it is the words of the person the paragraph before is about
                speaker, sieve, cue = before, "paragraph before", None
            elif e.speaker is None and e.inherit and not caption and last and last_kind == "direct" and last[0] == n - 2 and _quote_only(p.text, single) and (
                    _names_no_one(prose[n - 1], by_seq, names, single)):
                # '"They get very afraid ...," says Professor Westefeld. // This is not the normal, healthy
                # worry most people have ... // "They are really, really afraid."': a paragraph of the
                # writer's own that brings in no one else leaves the last speaker speaking
                speaker, sieve, cue = last[1], "continued past paraphrase", last[2]
            elif e.speaker is None and e.inherit and not caption and (only := _only_person_before(p, here, e.pos, names, single)) is not None:
                # 'Palermo also believes the market has greater potential. Although the dollar has moved
                # up ... "Canadian exports look cheap."': no cue and no one else, the words of the one
                # person the paragraph names before them
                speaker, sieve, cue = only, "paragraph's person", None
            elif e.speaker is not None:
                at = None if e.subject_at is None else (sentence_of(e.subject_at), e.subject_at)
                # (nor does a "he" report words that name him: "He said there was no evidence that
                # Ismoil was a fanatic" is his lawyer's, not Ismoil's)
                named = frozenset(m.entity_key for m in here if e.start <= m.start < e.end) | discourse.titled_inside(
                    p.text[e.start : e.end]) if e.kind == "direct" else _named_inside(e, here, p.text) if e.speaker.pronoun in GENDERED_PRONOUNS else frozenset()
                aside = _named_in_adjuncts(doc, e.subject_at, mention_at) if e.speaker.pronoun in GENDERED_PRONOUNS and e.subject_at is not None else frozenset()
                speaker = discourse.resolve(sentence, e.speaker, at, aside.union(named), reply=_replies(e.cue))
                if e.kind == "direct" and speaker.pronoun == "it" and _reading_cue(e.cue) and e.subject_at is not None and (
                        paper := _written_thing_before(doc, e.subject_at, prose[n - 1].doc if n else None)) is not None:
                    # '"...," it read': only a written thing reads, so an "it" no body stands for is the
                    # written thing named just before ("sent a letter urging Congress ... // '...,' it read")
                    speaker = Speaker(f"the {paper.lower_}", head=paper.lemma_.lower(), person=False, document=True)
                if e.kind == "direct" and _body_taken_for_a_person(speaker, last) and last is not None and _adjacent(prose, last[0], n):
                    # '"...," says Brandt, explaining how ... // "This is of course basic research," he
                    # says.': no one fits "he", and the name that spoke just before, which the model took
                    # for a body's, is his
                    speaker = last[1]
                if e.kind == "direct" and last is not None and last_kind == "direct" and _adjacent(prose, last[0], n) and added_by_last(speaker, cue, last[1]):
                    speaker = last[1]  # "Sharapova said: '...' The tournament debutant added: '...'"
            else:
                speaker = None
            if speaker is not None and e.kind == "direct" and sieve in _CUED_TURNS | _PHRASE_SIEVES and speaks_as_one(speaker, p.text[e.start : e.end], names):
                speaker = replace(speaker, person=True, label="PERSON")
                discourse.learn(speaker)  # who the next "he" or "she" may stand for
            if speaker is not None and e.kind == "indirect" and any(a < e.start and e.end <= b for a, b in reported_spans):
                # "Mr Tyler said the prime minister's view that there was no agreement ... was flawed": a
                # view reported inside someone's words is theirs to tell, and the next "he said" is still theirs
                discourse.learn(speaker)
            elif speaker is not None:
                # a quote of several sentences keeps its speaker in mind to its end: "Evans said ... "I've
                # sold a lot. ... It's about getting rid of it all." He added that ..." is still Evans
                noted = speaker
                if e.speaker is not None and e.speaker.role and not e.speaker.entity_key and speaker.entity_key and speaker.person and e.subject_at is not None:
                    # a cue's subject described by a role is whom its sentence is about, as a name there would be: in
                    # "After Trump appointed Gottlieb, the new FDA chief admitted ... He said ..." he is the chief
                    noted = replace(speaker, topic=True, clause=_clause_of_subject_at(doc, e.subject_at))
                discourse.note(sentence_of(e.end - 1) if e.kind == "direct" and e.end > e.pos else sentence, noted)
                if not (e.kind == "indirect" and last_kind == "direct" and last is not None and last[0] == n and direct_sentence == sentence):
                    # (words reported in an aside of the sentence that cued a quote leave its speaker the one
                    # who goes on: '"...," Trump assured Jones, after Jones assured Trump that ... "I will not let
                    # you down."' is Trump's)
                    last, last_kind = (n, speaker, cue), e.kind
                if e.kind == "direct":
                    direct_sentence = sentence
                if e.kind == "indirect":
                    discourse.reports(speaker, p.text[e.start : e.end])
                if e.kind == "direct":
                    turns.add(n, speaker, sieve, p.text[e.start : e.end].rstrip().endswith("?"))
            first_quote = not direct_seen
            if e.kind == "direct":
                _closing_cue_of_run(run, out, speaker, sieve, cue, continues)
                direct_seen = True
            out.append(QuoteRecord(
                p.seq, e.kind, p.text[e.start : e.end], e.start, e.end,
                speaker.text if speaker else None, cue, speaker.entity_key if speaker else None,
                sieve if speaker else None,
            ))
            if e.kind == "direct":
                run.end_unless_left_open(len(out) - 1, sentence, e.outer_end >= len(p.text.rstrip()) and (n in middles or _left_open(p.text, single)), first_quote)
        colon_cue = None
        if not caption and (label := _label_paragraph(p, here, names, single)) is not None:
            # 'Bolton boss Sam Allardyce:' on a line of its own: the quotes in the paragraphs after are his
            last, last_kind = (n, entity_speaker(label, names), None), "direct"
        elif not caption and (verb := _colon_cue(p, single)) is not None and (subject := _colon_cue_subject(verb)) is not None:
            found = discourse.resolve(sentence_of(subject.idx), speaker_from(subject, mention_at, names), (sentence_of(subject.idx), subject.idx))
            colon_cue = (n, found, verb.text)
        if caption:
            last = before_caption  # and the body's distances in sentences do not count the caption's
        else:
            sentence_base += len(sent_starts)
    return split_at_nested(_pull_quotes_credited(out))


def _pull_quotes_credited(out: list[QuoteRecord]) -> list[QuoteRecord]:
    """Direct quotes left with no speaker that repeat words the article quotes elsewhere with one:
    a pull quote set between paragraphs ('"We are going to enter the next recession ...' on a line
    of its own) repeats, uncued, what a speaker says in the body ('"...," said Josh Bivens. "We are
    going to enter the next recession ..."'), and is theirs."""
    said = [(_words(q.text), q) for q in out if q.kind == "direct" and q.speaker is not None]
    for i, q in enumerate(out):
        if q.kind != "direct" or q.speaker is not None:
            continue
        words = _words(q.text)
        source = next((r for w, r in said if min(len(w), len(words)) >= T.PULL_QUOTE_MIN_WORDS and (
            f" {words} " in f" {w} " or f" {w} " in f" {words} ")), None)
        if source is not None:
            out[i] = replace(q, speaker=source.speaker, cue=source.cue, speaker_key=source.speaker_key, sieve="pull quote")
    return out


def _words(text: str) -> str:
    """A quote's words, lowercased and apart from their marks, to find them again elsewhere."""
    return " ".join(re.findall(r"\w+", text.lower()))


class _OpenRun:
    """The pieces of a quote that runs on across paragraphs with no cue of their own, which the cue
    closing it attributes: in '"If they are so vexed, they could leave the government ... // We might
    also help them to do it, if they go on like this," he said.' both paragraphs are his."""

    def __init__(self) -> None:
        self.pieces: list[int] = []  # indices in the records of the pieces read so far, uncued
        self.began: int | None = None  # the sentence the first of them opens
        self.cued = False  # a piece of the run had a cue of its own: the run's speaker is known

    def end(self) -> None:
        self.pieces, self.began, self.cued = [], None, False

    def end_unless_left_open(self, index: int, sentence: int, left_open: bool, first_quote: bool) -> None:
        """After the record at `index`, in `sentence`: the run goes on when its quote is left open,
        else it ends. Only a paragraph's first quote opens a run of uncued pieces: a later one goes
        on with the speaker of a quote before it ('"They are obviously concerned," said James
        Crandell. "Apparently they are willing ...' left open, before another analyst's quote)."""
        if not left_open:
            self.end()
        elif not self.cued and (first_quote or self.pieces) and index not in self.pieces:
            self.began = sentence if not self.pieces else self.began
            self.pieces.append(index)


def _closing_cue_of_run(run: _OpenRun, out: list[QuoteRecord], speaker: Speaker | None, sieve: str | None, cue: str | None, continues: bool) -> None:
    """Read a direct quote into the run it `continues` (it opens the paragraph after one left open),
    or start a new one; when its own cue after closes a run whose pieces had none, theirs is its
    speaker (ahead of the inherited sieves, "continued" or "cue next paragraph", the quote's own cue)."""
    if not continues:
        run.end()
    if speaker is None or sieve in _INHERITED_SIEVES:
        return
    if sieve == "cue after" and speaker.entity_key:
        for i in run.pieces:
            out[i] = replace(out[i], speaker=speaker.text, cue=cue, speaker_key=speaker.entity_key, sieve="closing cue")
    run.pieces, run.began, run.cued = [], None, True


# Sieves that give a quote the speaker of another: the quote has no cue of its own.
_INHERITED_SIEVES = frozenset({
    "cue next paragraph", "continued", "conversation", "paragraph before", "continued past paraphrase", "paragraph's person",
})


def _at_paragraph_start(text: str, pos: int) -> bool:
    return pos <= len(text) - len(text.lstrip())


def _body_taken_for_a_person(speaker: Speaker, last: tuple[int, Speaker, str | None] | None) -> bool:
    """Whether "he" or "she" resolved to no one after a statement said by a name the model took for
    an organisation's (who speaks as "he" is a person)."""
    return (
        speaker.pronoun in GENDERED_PRONOUNS and speaker.entity_key is None and last is not None
        and last[1].entity_key is not None and last[1].label == "ORG" and not last[1].person and not last[1].plural
    )


def _teams_taken_for_people(prose: list[Para], by_seq: dict[int, list[MentionRecord]], names) -> dict[str, tuple[str, str]]:
    """Names the model took for people that take a plural verb ('Norwich have signed Charlton
    midfielder Graham Stuart'), read as the bodies they are: a person is never "have", so the
    club is no one a later "the 34-year-old told Norwich's website" stands for."""
    return {
        m.entity_key: (names[m.entity_key][0], "ORG")
        for p in prose for m in by_seq.get(p.seq, [])
        if names.get(m.entity_key, ("", ""))[1] == "PERSON" and _takes_plural_verb(p.doc, m.start)
    }


def _people_taken_for_places(prose: list[Para], by_seq: dict[int, list[MentionRecord]], ents: dict[str, EntityRecord]) -> dict[str, tuple[str, str]]:
    """Names the model took for places that no gazetteer knows and that a personal pronoun goes back
    to ("Zvonareva has lost both her games", "Beverly Kerr ... says she only realised"), read as the
    people they are: who a later "she said" may stand for."""
    return {
        m.entity_key: (ents[m.entity_key].name, "PERSON")
        for p in prose for m in by_seq.get(p.seq, [])
        if m.entity_key in ents and ents[m.entity_key].type == "GPE" and ents[m.entity_key].lat is None
        and _written_with_a_pronoun(p.doc, m.end - 1)
    }


def _token_at(doc, char: int):
    """The token the character at `char` belongs to, None past the parsed text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _written_with_a_pronoun(doc, char: int) -> bool:
    """Whether the name at `char` is a clause's subject that "he", "she", "his" or "her" later in its
    sentence goes back to, no other subject between ("Beverly Kerr ... says she only realised")."""
    tok = _token_at(doc, char)
    if tok is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    for later in doc[tok.i + 1 : tok.sent.end]:
        if later.lower_ in _PERSONAL_PRONOUNS:
            return True
        if later.dep_ in {"nsubj", "nsubjpass"} and later.pos_ in {"PROPN", "NOUN"}:
            return False  # (someone else the sentence brings in: "X said Jo Roe had ... her")
    return False


_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})


def _takes_plural_verb(doc, char: int) -> bool:
    """Whether the name at `char` is the whole subject right before a plural present verb
    ('Norwich have'; not 'Dr Alina Hale from ... and colleagues have', nor 'Knight and drum 'n'
    bass star Roni Size have', whose subject is more than the name)."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "nsubj" or tok.tag_ != "NNP" or tok.i + 1 >= len(doc):
        return False
    if any(t.pos_ not in {"PROPN", "DET"} for t in tok.subtree):
        return False
    verb = doc[tok.i + 1]
    return verb.tag_ == "VBP" and verb.lower_ in {"have", "are"} and (verb.i == tok.head.i or verb.head.i == tok.head.i)


def _named_in_adjuncts(doc, char: int, mention_at) -> frozenset[str]:
    """The entities named as the object of a phrase set before a pronoun subject in its own clause,
    or as its object's owner: "But standing next to Mr Blair he added" is not Blair, nor "According
    to Roe, she said" Roe, nor "Commenting on Mr Makarov's case, he said" Makarov (the subject of such
    a phrase may be: "As Roe left, she said"); nor, in a relative clause whose relative pronoun is the object, the one
    the clause is on ("behind Chris Christie, whom he describes as having '...'" is not Christie). A clause with a
    subject of its own leaves its objects to the pronoun."""
    subject = _token_at(doc, char)
    if subject is None or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return frozenset()
    found = set()
    verb = subject.head
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children) and (key := mention_at(verb.head.idx)):
        found.add(key)
    for adjunct in (c for c in subject.head.children if c.i < subject.i and c.dep_ in _ADJUNCT_DEPS):
        if any(c.dep_ == "nsubj" for c in adjunct.children):
            # (a clause with a subject of its own tells of two people: in "When she tried to explain the camps to
            # Mr. Trump, he ... said" the one she spoke to is who "he" stands for)
            continue
        for tok in adjunct.subtree:
            head = tok
            while head.dep_ in {"compound", "poss"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in {"pobj", "dobj"} and not _in_clause_on_a_noun(tok, adjunct) and (key := mention_at(tok.idx)):
                found.add(key)
    return frozenset(found)


def _named_inside(e: _Event, here: list[MentionRecord], text: str) -> frozenset[str]:
    """The entities a statement's words name before their first comma (not one a clause after it
    brings in: "He said the company would keep its market, which Cornelissen agreed would remain
    vital" may be Cornelissen's)."""
    comma = text.find(",", e.start, e.end)
    end = e.end if comma < 0 else comma
    return frozenset(m.entity_key for m in here if e.start <= m.start < end)


def _in_clause_on_a_noun(tok, top) -> bool:
    """Whether a token below `top` stands inside a clause that tells of a noun: in "Questioned about
    Jo Roe, the intern accused of an affair with Smith, he said", Smith is who the intern is said to
    have been with, no object of the phrase before "he" (who may well be Smith)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in {"acl", "relcl"}:
            return True
        tok = tok.head
    return False


_ADJUNCT_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})


def _in_reported(events: list[_Event], all_quoted: list[_Event]) -> list[_Event]:
    """Phrases quoted mid-sentence that no cue reached, each given the speaker of the reported
    statement holding it (Pareti et al. 2013: a partial quote is part of the content its source
    and cue frame); those no statement holds are dropped. A statement that is all quotation ('Kale
    hinted that "the plan was a disaster."') is no reported speech of its own, yet its phrase in
    marks is still its speaker's words (`all_quoted`)."""
    statements = [e for e in events if e.kind == "indirect"]
    kept = []
    for e in events:
        if e.kind == "direct" and e.fragment and e.speaker is None:
            # (a statement all in marks holds only a phrase that opens inside it: not one whose mark opens before it, as
            # a mark glued inside a word does, 'try "advanced search"ing for ...: 94 percent of Jews ... reported having')
            holder = next((r for r in statements if r.start < e.end and e.start < r.end), None) or next(
                (r for r in all_quoted if r.start <= e.start < r.end), None)
            if holder is None:
                continue
            e = replace(e, speaker=holder.speaker, cue=holder.cue, sieve="in reported", subject_at=holder.subject_at)
        kept.append(e)
    return kept


_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_APPOSED_KIND = re.compile(r"\s*(?:,|\u2014|\u2013|-)\s*(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _organisation_noun_at(text: str, start: int, end: int) -> str | None:
    """The organisation noun a name is written right after ("publishing group Independent News &
    Media", "newspaper company Jagran") or set beside ("the Green Belt Movement \u2014 a
    non-governmental organization"): the kind of body the text introduces it as."""
    m = _WORD_BEFORE.search(text, max(0, start - T.ROLE_BEFORE_LOOKBACK_CHARS), start)
    if m and m[1] in ORGANISATION_NOUNS:
        return m[1]
    apposed = _APPOSED_KIND.match(text, end)
    return next((w for w in apposed[1].split() if w in ORGANISATION_NOUNS), None) if apposed else None


# A person giving the name they go by: "he identified himself as", "who gave his name as", "she
# calls herself", "goes by the online name".
_SELF_NAMING = re.compile(
    r"\b(?P<who>[Hh]e|[Ss]he|who)\s+(?:(?:identified|identifies|introduced|introduces|calls|called) (?:himself|herself)"
    r"|(?:gave|gives|would give) (?:his|her) (?:name|first name)|(?:goes|went) by the (?:[a-z]+ )?name)"
    r"(?: only)?(?: as)?\s+$"
)


def _self_named(text: str, doc, here: list[MentionRecord], names) -> list:
    """(subject token, entity key) of each person a paragraph says gave themselves a name:
    "He identified himself as Chen Jin, a pseudonym", "a driver, who gave his name as Ali"."""
    found = []
    for m in here:
        if names.get(m.entity_key, ("", ""))[1] != "PERSON":
            continue
        window = max(0, m.start - T.APPOSED_ROLE_MAX_CHARS)
        said = _SELF_NAMING.search(text[window : m.start])
        if said is not None and (subject := _token_at(doc, window + said.start("who"))) is not None:
            found.append((subject, m.entity_key))
    return found


_ROLE_OWNING = re.compile(r"\b[Tt]he\s+([a-z]+)['\u2019]s\s+(?:[a-z-]+\s+){1,2}$")


def _role_owning(text: str, start: int) -> str | None:
    """The role of the one a name is said to be the friend, kin or aide of, written right before it
    by role alone: "actor" of "The actor's friend Budd Roe" (not "the actor's own words")."""
    m = _ROLE_OWNING.search(text[max(0, start - T.APPOSED_ROLE_MAX_CHARS) : start])
    return m.group(1) if m and m.group(1) in ROLE_NOUNS else None


def _turn_event(p: Para, turn: Turn, names) -> _Event:
    """A transcript's turn is one direct quote of the person its label names, quotation marks
    inside it included ('CANTWELL: ... and say, I have to buy ...' is his, not reported speech)."""
    end = len(p.text.rstrip())
    return _Event(0, "direct", turn.start, end, entity_speaker(turn.speaker, names), None, False, end, "name colon")


def _words_outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Words of text[start:end] outside the given spans."""
    kept, at = [], start
    for s, e in sorted(spans):
        if e <= at or s >= end:
            continue
        kept.append(text[at : max(at, s)])
        at = max(at, e)
    kept.append(text[at:end])
    return sum(len(k.split()) for k in kept)


def _headline_quotes(p: Para, here: list[MentionRecord], names, single: bool = False) -> list[QuoteRecord]:
    """A headline's quote whose speaker it names before a colon: 'Anthony Lynn: "We needed to win"',
    'Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.', a
    headline's phrase its opening name and speech verb give ("Flynn says Trump 'absolutely right'"),
    and a headline's statement its closing cue gives ("..., say researchers"; "Trump 'The Dealmaker'
    Could Address Clean Energy, Lindsey Graham Says.": the phrase his). Headlines are not parsed, so
    no other cue is read in them."""
    out = []
    spans = _headline_spans(p.text, single)
    closing = _headline_closing_cue(p.text, here, names, quoted=bool(spans))
    for q in spans:
        colon = _colon_speaker(p.text, q, here, names, anywhere=True)
        if colon is not None and _addressed_before_colon(p.text, q):
            colon = None  # 'Trump on Sessions: "..."', 'Senator to Obama: "..."': whom the words are about or to
        found = (colon, "name colon", None) if colon is not None else _headline_speaker(p.text, q, here, names)
        if found is not None:
            sp = entity_speaker(found[0], names)
            out.append(QuoteRecord(p.seq, "direct", p.text[q.start : q.end], q.start, q.end, sp.text, None, sp.entity_key, found[1]))
            if found[2] is not None and (said := _headline_statement(p.text, q, found[2])) is not None:
                out.append(QuoteRecord(p.seq, "indirect", p.text[said[0] : said[1]], said[0], said[1], sp.text, "say", sp.entity_key, REPORTED_SIEVE))
        elif (sayer := _addresser(p.text, q)) is not None:
            # 'Senator to Obama: "Stop Stalling"': no person named before the address, the words it opens with say who
            out.append(QuoteRecord(p.seq, "direct", p.text[q.start : q.end], q.start, q.end, sayer, None, None, "name colon"))
        elif closing is not None and q.outer_start < closing[0] and _phrase_of_words(p.text, q) and closing[1].entity_key is not None:
            out.append(QuoteRecord(p.seq, "direct", p.text[q.start : q.end], q.start, q.end, closing[1].text, None, closing[1].entity_key, "closing cue"))
    if not quote_spans(p.text, single) and (found := closing) is not None:
        # (a phrase in a headline's single marks leaves its statement reported, as before they were read)
        end, sp = found
        out.append(QuoteRecord(p.seq, "indirect", p.text[:end], 0, end, sp.text, "say", sp.entity_key, REPORTED_SIEVE))
    elif closing is None and (lead := _colon_headline_statement(p.text, spans, here, names)) is not None:
        (start, end), sp = lead
        out.append(QuoteRecord(p.seq, "indirect", p.text[start:end], start, end, sp.text, None, sp.entity_key, REPORTED_SIEVE))
    elif not any(_phrase_of_words(p.text, q) for q in spans) and (opening := _headline_opening_cue(p.text, here, names, spans)) is not None:
        # (a scare-quoted word leaves the statement before it: "FAA says Boeing withheld 'concerning' pilot messages")
        (start, end), sp, cue = opening
        out.append(QuoteRecord(p.seq, "indirect", p.text[start:end], start, end, sp.text, cue, sp.entity_key, REPORTED_SIEVE))
    return out


def _colon_headline_statement(text: str, spans: list[QuoteSpan], here: list[MentionRecord], names) -> tuple[tuple[int, int], Speaker] | None:
    """What a name-colon headline reports of the person, body or people named before its colon ("White House: Still
    committed to assault weapons ban", "Experts: Ryan's livestream crackdown may be unconstitutional"): the words after
    the colon, or where marks stand in them the lead before the marks, of two words or more ("Justice Sonia Sotomayor:
    Affirmative Action 'Opened Doors in My Life'"; the gold's rule for a reported snippet, which holds no marks). Not a
    question ("Ted Cruz: Constitutional conservative or ...?"), nor a quote the colon opens (a direct quote's cue)."""
    colon = text.find(":")
    lead = len(text) - len(text.lstrip())
    if colon < 0 or text.rstrip().endswith("?"):
        return None
    speaker = _named_before_colon(text, lead, colon, here, names) or _people_before_colon(text[lead:colon])
    if speaker is None:
        return None
    end = min((q.outer_start for q in spans if q.outer_start > colon), default=len(text.rstrip().rstrip(".!;")))
    words = text[colon + 1 : end].strip(" ,;-\u2013\u2014")
    if len(words.split()) < T.REPORTED_MIN_WORDS + (0 if end < len(text.rstrip().rstrip(".!;")) else 1):
        return None  # "Clinton: Wrong" carries no statement; a lead before marks of one word is the phrase's ("Obama: 'sorry'")
    if any(w.lower().strip(",") in ROLE_NOUNS for w in words.split()[: T.HEADLINE_SPEAKER_MAX_WORDS]):
        return None  # "Ryan Zinke: US interior secretary to leave ...": a topic header, naming its person again by a role
    start = text.index(words, colon + 1)
    return (start, start + len(words)), speaker


def _named_before_colon(text: str, lead: int, colon: int, here: list[MentionRecord], names) -> Speaker | None:
    """The person or body a headline names right before its colon, past titles only ("Sen. Heidi Heitkamp:", not "Watch
    Newsmax TV:")."""
    ends = len(text[:colon].rstrip())
    named = next((m for m in here if m.end == ends and all(is_title_word(w) for w in text[lead : m.start].split())
                  and names.get(m.entity_key, ("", ""))[1] in {"PERSON", "ORG"}), None)
    return entity_speaker(named.entity_key, names) if named is not None else None


# People a headline names by a plural of what they are ("Experts:", "..., Researchers Say"): the nouns for a person, a
# source and an expert.
_HEADLINE_PEOPLE = PERSON_NOUNS | {"source", "expert"}


def _people_before_colon(words: str) -> Speaker | None:
    """People a headline's lead names by a plural noun for a person ("Economists:", "AP sources:"), in lower or title
    case; not a topic ("Exclusive:", "Study:", "Gulf crisis:")."""
    return Speaker(words.strip(), plural=True, head=words.split()[-1].lower()) if _people_words(words.split()) else None


def _people_words(words: list[str]) -> bool:
    """Whether a headline's few words name people by a plural noun for a person: "Researchers", "AP sources"."""
    return 0 < len(words) <= T.HEADLINE_SPEAKER_MAX_WORDS and all(w.isalpha() for w in words) and (
        words[-1].lower().endswith("s") and words[-1].lower()[:-1] in _HEADLINE_PEOPLE
    )


# The verbs a headline that opens with its speaker reports a statement, a demand or a pledge with
# ("Carson says cut regulations, national debt to reduce poverty.", "Pence demands independent
# prosecutor to investigate Clinton.", "Sen. Warren asks Obama to fire SEC chief"); "calls" only with
# "on" or "for" ("Hillary Clinton calls on U.S. to lead ..."; "calls Obamacare a crazy system" names).
_HEADLINE_OPENING_VERBS = frozenset("say claim demand ask urge insist argue vow pledge promise predict suggest warn".split())
_HEADLINE_CALL = re.compile(r"\s+[Cc]all(?:s|ed)\s+(?:on|for|upon)\s+")
_HEADLINE_THAT = re.compile(r"\s*[Tt]hat\s+")


def _headline_opening_cue(text: str, here: list[MentionRecord], names, marked: list[QuoteSpan]) -> tuple[tuple[int, int], Speaker, str] | None:
    """What a headline reports of the person or body it opens with, the saying verb right after the name: the words
    after the verb (after "on" or "for" of "calls"), a headline's closing stop left out, or where `marked` words stand
    in them the lead before the marks, of two words or more (the gold's rule for a reported snippet, which holds no
    marks: "Hillary Clinton says Donald Trump making war on terror 'harder'"); None when the headline opens with no
    name, or no such verb follows it."""
    lead = len(text) - len(text.lstrip())
    first = next((m for m in here if lead <= m.start <= lead + T.HEADLINE_TITLE_MAX_CHARS and not text[lead : m.start].strip(" .").count(" ")
                  and names.get(m.entity_key, ("", ""))[1] in {"PERSON", "ORG"}), None)
    if (people := _people_opening(text, lead)) is not None:
        speaker, after = people  # before a name among their words ("Some Amazon employees say")
        first = None
    elif first is not None:
        speaker, after = entity_speaker(first.entity_key, names), first.end
    else:
        return None
    call = _HEADLINE_CALL.match(text, after)
    verb = _HEADLINE_VERB_AFTER.match(text, after)
    if call is not None:
        at, cue = call.end(), "call"
    elif verb is not None and (_verb_form_of(verb[1].lower(), _HEADLINE_OPENING_VERBS) or first is None and verb[1].lower() in _HEADLINE_OPENING_VERBS):
        that = _HEADLINE_THAT.match(text, verb.end())
        at, cue = (that.end() if that is not None else verb.end()), verb[1].lower()
    else:
        return None
    mark = min((q.outer_start for q in marked if q.outer_start >= at), default=None)
    words = text[at:mark].strip().rstrip(".!;,")
    if len(words.split()) < T.REPORTED_MIN_WORDS + (0 if mark is not None else 1):
        return None  # "Clinton denies wrongdoing": no statement
    start = text.index(words, at)
    return (start, start + len(words)), speaker, cue


def _people_opening(text: str, lead: int) -> tuple[Speaker, int] | None:
    """People a headline opens with, named by a plural noun for a person ("Some Amazon employees say ...", "Most
    Economists Say ..."), and where their words end; the plural verb after them is theirs."""
    words = list(re.finditer(r"\S+", text[lead:]))[: T.HEADLINE_SPEAKER_MAX_WORDS]
    said = next((i for i, w in enumerate(words) if _verb_form_of(w.group().lower(), _HEADLINE_OPENING_VERBS)), len(words))
    words = words[:said]  # never past their verb ("Obama Urges Voters to ...": Obama speaks)
    n = next((n for n in range(len(words), 0, -1) if _people_words([w.group() for w in words[:n]])), None)
    if n is None:
        return None
    end = lead + words[n - 1].end()
    return Speaker(text[lead:end], plural=True, head=words[n - 1].group().lower()), end


def _headline_spans(text: str, single: bool) -> list[QuoteSpan]:
    """A headline's quotes: US papers mark a headline's quotes with single marks whatever marks
    their copy uses ("Obama Sees 'Personal Insult' if ...", over a body quoting with double marks),
    so a headline with no double mark is read for single ones."""
    spans = quote_spans(text, single)
    return spans if spans or single or _has_double_mark(text) else quote_spans(text, single=True)


def _phrase_of_words(text: str, q: QuoteSpan) -> bool:
    """A headline's quoted words long enough to be someone's words: one word in marks is a scare
    quote ("Retired General Reveals 'Demoralizing' Experience")."""
    return len(text[q.start : q.end].split()) >= T.QUOTED_PHRASE_MIN_WORDS


# Verbs a headline gives a phrase to its opening name with ("De Blasio says Chelsea explosion was an
# 'intentional act.'", "Bill Clinton calls Obamacare 'crazy system'", "Obama Sees 'Personal Insult'
# if ...": a view he stated), judging ones too, as in a body's text ("Trump Mocks 'Little Adam Schiff'",
# "Narendra Modi thanks voters for 'historic mandate'"); not sung words ("Mary J. Blige sings to ... of 'The 411.'").
_HEADLINE_VERBS = (SPEECH_VERBS - QUOTE_ONLY_VERBS) | NAMING_VERBS | JUDGING_VERBS | {"see"}
_HEADLINE_VERB_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _headline_speaker(text: str, q: QuoteSpan, here: list[MentionRecord], names) -> tuple[str, str, re.Match | None] | None:
    """The person a headline names before its quoted phrase where no colon right before the quote
    does, the sieve that read it and the speech verb after the name if one did: a lead before a colon that ends on the person ("Internet
    phenomenon Ken Bone: Debate 'got very uncomfortable ...'") or opens with the person ("Elizabeth
    Warren Hammers Wells Fargo CEO: 'You Should Be Criminally Investigated.'"), or the person nearest
    the phrase whom a speech verb follows ("Chris Christie Calls Hillary Clinton 'A Disgrace' Over
    ...")."""
    if not _phrase_of_words(text, q):
        return None
    lead = len(text) - len(text.lstrip())
    # a body that opens the headline speaks as a person does ("White House says Trump, North Korea agree Biden is 'low
    # IQ'", "Amazon Strikers Say Bezos' Climate Pledge Is 'Not Enough'"); one further in is what the headline is about
    people = [m for m in here if m.end <= q.outer_start and names.get(m.entity_key, ("", ""))[1] in ({"PERSON", "ORG"} if m.start == lead else {"PERSON"})]
    if q.outer_start == lead and (named := _named_after_colon(text, q, here, names)) is not None:
        return named, "name colon", None
    owner = next((m for m in people if text[m.end : q.outer_start].strip() in _POSSESSIVE_MARKS), None)
    if owner is not None and text[q.start : q.start + 1].islower():
        # "Syria again challenges Obama's 'red line'": words in lower case a person owns are theirs (a title in
        # capitals, "Ron Paul's 'Audit the Fed' bill", names the person's thing)
        return owner.entity_key, "cue before", None
    colon = text.find(":", lead, q.outer_start)
    if colon >= 0:
        ends = len(text[:colon].rstrip())
        addressed = _addressed_before_colon(text, q)
        found = next((m for m in people if m.end == ends and not addressed or m.start == lead and m.end <= colon and m.end < _words_before_address(text, lead, colon)), None)
        return (found.entity_key, "name colon", None) if found is not None else None
    cued = [(m, verb) for m in people if (verb := _HEADLINE_VERB_AFTER.match(text, m.end)) is not None and _verb_form_of(verb[1].lower(), _HEADLINE_VERBS)]
    if not cued:
        return None
    # the nearest person a saying verb follows before the phrase: the one who opens the headline, whose verb's words
    # around the phrase are a statement of theirs too, or one past the words the headline opens with ("Fired FBI
    # director Comey says Trump 'morally unfit'", "Romney accuses president ..., as Obama calls rival 'all over the map'")
    person, verb = cued[-1]
    return person.entity_key, "cue before", (verb if person.start == lead else None)


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _named_after_colon(text: str, q: QuoteSpan, here: list[MentionRecord], names) -> str | None:
    """The person a headline that opens with its quote names right after the colon, as the subject of what follows
    ("'There's a New Sheriff in Town': Ambassador Nikki Haley Vows to Take on the UN", "'It Ain't Over Yet': VP Mike
    Pence Vows ..."): a verb of the present right after the name, for a person the rest is about is no subject
    ("'...': Omarosa Under Fire for ...", "'...': Trump on Synagogue Attack")."""
    colon = text[q.outer_end :].lstrip()
    if not colon.startswith(":"):
        return None
    after = q.outer_end + len(text[q.outer_end :]) - len(colon) + 1
    person = next((m for m in here if m.start >= after and names.get(m.entity_key, ("", ""))[1] == "PERSON"), None)
    if person is None or not all(is_title_word(w) or w.isupper() for w in text[after : person.start].split()):
        return None
    verb = _HEADLINE_VERB_AFTER.match(text, person.end)
    return person.entity_key if verb is not None and verb[1].lower().endswith("s") and not verb[1].lower().endswith("ss") else None


# Prepositions that, a few words before a headline's colon, make the name there the one the quote is about or put
# to, not its speaker: 'Trump on Sessions:', 'Senator to Obama:', 'Trump fires back at AFL-CIO chief Trumka:'.
_ADDRESS_PREPOSITIONS = frozenset({"on", "to", "at", "against", "about", "over", "toward", "towards", "vs", "vs."})


def _words_before_address(text: str, lead: int, colon: int) -> int:
    """Where the preposition that brings in the name before a headline's colon starts (among the last three words
    before the colon), the colon's own place when none does."""
    words = list(re.finditer(r"\S+", text[lead:colon]))
    for w in reversed(words[-4:-1]):
        if w.group().lower() in _ADDRESS_PREPOSITIONS or w.start() > 0 and _verb_form_of(w.group().lower(), _HEADLINE_ADDRESSING):
            # ('Trump Scolds Jim Acosta: "You Are a Rude, Terrible Person"': the one scolded hears the words)
            return lead + w.start()
    return colon


# Verbs a headline writes between its speaker and the one spoken to or of before a colon: "X Scolds Y:", "X Tells Y:".
_HEADLINE_ADDRESSING = ADDRESSED_VERBS | frozenset(
    "ask urge warn thank scold slam blast rip mock chide rebuke lecture taunt dare challenge berate".split())


def _addresser(text: str, q: QuoteSpan) -> str | None:
    """The words a headline opens with before its preposition of address, when they are all the lead and the colon
    opens the quote ('Senator' of 'Senator to Obama: "..."', 'Former Mueller deputy' of 'Former Mueller deputy on
    Trump: "..."'); None otherwise."""
    if not (_addressed_before_colon(text, q) and text[: q.outer_start].rstrip().endswith(":") and _phrase_of_words(text, q)):
        return None  # (not a word in marks further on: "Jeb Bush to Lester Holt: Donald Trump's Surge ... Is a 'Phenomenon'")
    lead = len(text) - len(text.lstrip())
    words = text[lead : _words_before_address(text, lead, text.rfind(":", lead, q.outer_start))].split()
    return " ".join(words) if words and words[0][:1].isupper() and len(words) <= T.HEADLINE_ADDRESSER_MAX_WORDS else None


def _addressed_before_colon(text: str, q: QuoteSpan) -> bool:
    """Whether a headline's name right before the colon that opens a quote follows a preposition of address or topic:
    the speaker is whom the headline opens with ('Trump on Sessions: "I don't have an attorney general"'), not the
    name the words are about."""
    lead = len(text) - len(text.lstrip())
    colon = text.rfind(":", lead, q.outer_start)
    return colon >= 0 and _words_before_address(text, lead, colon) < colon


def _headline_statement(text: str, q: QuoteSpan, verb: re.Match) -> tuple[int, int] | None:
    """What a headline's opening name says around its quoted phrase, when the verb is one of saying
    (not naming: "Calls Obamacare 'crazy system'" says nothing more): the words between the verb and
    the phrase ("De Blasio says Chelsea explosion was an 'intentional act.'"), else the words after
    it ("Flynn says Trump 'absolutely right' in saying generals reduced to rubble.")."""
    if not _verb_form_of(verb[1].lower(), _HEADLINE_SAYING):
        return None
    for start, end in ((verb.end(), q.outer_start), (q.outer_end, len(text))):
        words = text[start:end].strip().rstrip(".!,;")
        if len(words.split()) >= T.REPORTED_MIN_WORDS:
            at = text.index(words, start)
            return at, at + len(words)
    return None


# The headline verbs that report a statement around the phrase, not a name for something.
_HEADLINE_SAYING = SPEECH_VERBS - QUOTE_ONLY_VERBS - NAMING_VERBS


def _verb_form_of(word: str, verbs: frozenset[str]) -> bool:
    """Whether a word is a present or past form of one of the verbs ("says", "claims", "denies",
    "sees", "warned", "said"): headlines are not parsed, so no lemma is at hand."""
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith(("s", "d")) else set()
    return bool(stems & verbs) or _IRREGULAR_PAST.get(word) in verbs


_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "saw": "see"}


# A headline that closes with its cue, the speaker after it or before it: "Embryonic stem cells could
# treat diabetes, say researchers who ...", "..., the researchers say", "..., governments say, despite ...".
_HEADLINE_CUE = re.compile(
    r"^(?P<content>.+?),[\u2019'\"\u201d]?\s+(?:(?P<verb_before>says?)\s+(?P<after>[^,:;]+?)(?:\s+(?:who|which|that)\b.*)?"
    r"|(?P<before>[^,:;]+?)\s+(?P<verb_after>says?|Says?|[Tt]ells?)(?:,.*|\s+(?:at|in|on|to|after|during|before|amid)\s.*|(?<=ells)\s+[A-Z].*)?)[.!]?\s*$"
)
# Words a headline's unnamed speakers open with ("some critics", "the researchers").
_HEADLINE_SPEAKER_OPENERS = frozenset({"the", "some", "many", "most", "top", "leading"})


def _headline_closing_cue(text: str, here: list[MentionRecord], names, quoted: bool = False) -> tuple[int, Speaker] | None:
    """Where a headline's statement ends and who says it, when a cue closes it: a name the entities
    read there, or people the headline describes, whom the plural "say" tells from a thing ("says
    new research": a finding, no one's words). A closing stop is read only in a headline with a
    quoted phrase (`quoted`: "Trump 'The Dealmaker' Could Address Clean Energy, Lindsey Graham
    Says."), whose phrase it gives its speaker."""
    m = _HEADLINE_CUE.match(text)
    if m is None or len(m["content"].split()) < T.REPORTED_MIN_WORDS or not quoted and text.rstrip()[-1:] in {".", "!"}:
        return None
    who = "after" if m["after"] is not None else "before"
    start, end = m.span(who)
    named = [k for k in (mn.entity_key for mn in here if mn.end == end and _described_before(text[start : mn.start])) if names.get(k, ("", ""))[1] in {"PERSON", "ORG"}]
    if named:
        return m.end("content"), entity_speaker(named[0], names)
    words = m[who].split()
    if (m["verb_before"] or m["verb_after"]).lower() != "say" or len(words) > T.HEADLINE_SPEAKER_MAX_WORDS:
        return None
    if not all(w.isalpha() and w.islower() for w in words) or len(words) > 1 and words[0] not in _HEADLINE_SPEAKER_OPENERS:
        # a headline in title case capitalises its people too ("..., Sources Say"): a plural noun for a person
        if not _people_words(words):
            return None
    return m.end("content"), Speaker(m[who], plural=True, head=words[-1], definite=words[0] == "the")


def _described_before(words: str) -> bool:
    """Whether the words before a headline's closing speaker are nothing or a lowercase description of them
    ("'Get your knee off our necks,' activist Sharpton says"): the name is still who speaks."""
    return all(w.isalpha() and w.islower() for w in words.split())


# Paragraph kinds that name a speaker as a headline does, wherever the name stands before the colon: a caption, under
# the page's label or not, and a standfirst (a labelled caption the shape rules took for one).
_CAPTION_KINDS = frozenset({"caption", "media", "dek"})


def _colon_speaker(text: str, q: QuoteSpan, here: list[MentionRecord], names, anywhere: bool, caption: bool = False) -> str | None:
    """The person named right before a colon that opens a quote: a headline's 'Coach Anthony Lynn:
    "..."', a sentence's 'including tester John Mikovits: "..."' (`anywhere`), a transcript's turn
    'Haddad: "Not this year."' (the paragraph's first words)."""
    before = text[: q.outer_start].rstrip()
    if not anywhere and (label := _bulleted_label(text, before.removesuffix(":").rstrip(), here, names)) is not None:
        return label
    if not before.endswith(":"):
        return None
    end, lead = len(before[:-1].rstrip()), len(text) - len(text.lstrip())
    if _TOPIC_LABEL.fullmatch(before.strip()):
        return None  # 'On Christie: "I like him."': whom the answer is about
    people = [m for m in here if m.end == end and (anywhere or caption or m.start == lead) and names.get(m.entity_key, ("", ""))[1] == "PERSON"]
    return people[0].entity_key if people else None


# A paragraph's opening label that says what the quote after it is about, not who speaks: 'On Christie: "I like him."'
# in an interview written up by topic; the one interviewed goes on answering.
_TOPIC_LABEL = re.compile(r"(?i:on|about|regarding)\s[^:,\n]{1,40}:")


def _bulleted_label(text: str, before: str, here: list[MentionRecord], names) -> str | None:
    """The person a bulleted label before a quote names, its colon kept or lost: a sports report's
    managers, '- Bolton boss Sam Allardyce "I am bitterly disappointed ..."', the label (a team, a
    title) all the words before the quote, the person's name its last."""
    lead = len(text) - len(text.lstrip())
    return _labelled_person(before, lead, here, names) if _bullet_at(before, lead) else None


def _label_paragraph(p: Para, here: list[MentionRecord], names, single: bool = False) -> str | None:
    """The person a paragraph that is only a speaker's label names ('Bolton boss Sam Allardyce:',
    '- Newcastle boss Graeme Souness:'), with no verb: whose words the quote paragraphs after are."""
    text = p.text.rstrip()
    if not text.endswith(":") or quote_spans(text, single) or any(t.pos_ in {"VERB", "AUX"} for t in p.doc):
        return None
    start = len(text) - len(text.lstrip())
    if _bullet_at(text, start):
        start += 1
    return _labelled_person(text[:-1].rstrip(), start, here, names)


def _excerpt_source(p: Para, here: list[MentionRecord], names, single: bool = False) -> Speaker | None:
    """The writer, or the outlet, a line bringing in an excerpt names: 'From Josh Feldman writing at
    Mediaite:', 'From Bloomberg:' before a quoted paragraph; the first name the model found in it
    (often the outlet's: a writer's name in a by-line of this kind goes untagged), else the name as written."""
    text = p.text.strip()
    m = _EXCERPT_BY_LINE.match(text)
    if m is None or len(text.split()) > T.CREDIT_LINE_MAX_WORDS or quote_spans(text, single):
        return None
    first = min(here, key=lambda x: x.start, default=None)
    return entity_speaker(first.entity_key, names) if first is not None else Speaker(m.group(1), head=m.group(1).lower())


# 'From Josh Feldman writing at Mediaite:', 'From Bloomberg:': who wrote it, and where.
_EXCERPT_BY_LINE = re.compile(r"From ([A-Z][^:]*?)(?: (?:writing|reporting) (?:at|in|for) [^:]+)?:$")


def _name_led_label(p: Para, here: list[MentionRecord], names, nouns: frozenset[str], single: bool = False) -> Speaker | None:
    """The person a label line opens on (label_lines.label_line_name), a body line of no verb before the quote
    paragraphs: Uli Lorimer of 'Uli Lorimer, Director of Horticulture at Native Plant Trust:', Jo Lee of 'Jo Lee
    and Nadia Roe of Studio Nine:' (the first of two speaking as one); no one for an office ('Head Gardener,
    Rosehill Trust:'). The person's entity when the model tagged the name, else the name as written."""
    text = p.text.strip()
    if p.kind != "body" or quote_spans(text, single):
        return None
    if p.doc is not None and any(t.pos_ in {"VERB", "AUX"} for t in p.doc):
        return None  # a sentence leading in to the quote, its cue read on its own ("Ann Roe, the director, told us:")
    return _label_person(text, len(p.text) - len(p.text.lstrip()), here, names, nouns)


def _inline_label(p: Para, q: QuoteSpan, here: list[MentionRecord], names, nouns: frozenset[str]) -> Speaker | None:
    """The person a label line opening the quote's own paragraph names, no verb between it and the quote: a
    round-up of voices each on one line, 'Jo Roe, The Daily Ledger: "Tonight was her best debate."' (the quote
    is Roe's, not her paper's, nor the last speaker's carried on)."""
    lead = len(p.text) - len(p.text.lstrip())
    label = p.text[lead : q.outer_start].rstrip()
    if not label.endswith(":") or p.doc is None or p.kind != "body":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in p.doc if t.idx < q.outer_start):
        return None  # 'Ann Roe, the director, told us: "..."': a cue, read as one
    # (the model read the name in a sentence, the quote's: its person is one, "Windsor Mann" whose words are
    # both nouns too)
    return _label_person(label, lead, here, names, nouns, in_sentence=True)


def _label_person(label: str, lead: int, here: list[MentionRecord], names, nouns: frozenset[str], in_sentence: bool = False) -> Speaker | None:
    """The person of a label line's leading name, its text starting at `lead` of its paragraph; `in_sentence`
    when the model read the label as part of a sentence, so that a person it tagged there is one."""
    if (name := label_line_name(label)) is None:
        return None
    first = name.split()[0].lower()
    tagged = next((m for m in here if m.start == lead and m.end == lead + len(name)), None)
    a_person = in_sentence and tagged is not None and names.get(tagged.entity_key, ("", ""))[1] == "PERSON"
    if any(is_title_word(w) or w.lower() in ROLE_NOUNS for w in name.split()) or first in nouns and not given_name(first) and not a_person:
        # "Senior Director, Acme:", "Head Gardener, Rosehill Trust:": an office, no name, whatever the model
        # tagged it on a line of its own (it reads the line for its names, and takes a title-case office for a
        # person's)
        return None
    if tagged is None:
        return Speaker(name, person=True, head=name.split()[-1].lower(), label="PERSON", introduced=True)
    # the line says the name is a person's, whatever the model took it for: "Georgia Silvera Seamans,
    # Environmental Studies Professor and ...:" it read as a body's
    speaker = entity_speaker(tagged.entity_key, names)
    return speaker if speaker.person else replace(speaker, person=True, label="PERSON")


def _colon_cue(p: Para, single: bool = False):
    """The speech verb a paragraph ends on before a colon, leaving the quote it brings in to the
    next paragraph: 'The White House spokesman, Mike McCurry, told reporters:', '... researchers,
    writing in an accompanying commentary in the journal, say:'; any verb that cues a quote beside it
    does so across the paragraph break ('17-year-old Jo Roe echoed:', 'Mellor agrees:')."""
    text = p.text.rstrip()
    if not text.endswith(":") or quote_spans(text, single):
        return None
    sents = list(p.doc.sents)
    verb = sents[-1].root if sents else None
    # ('... how it was built. As Ann Roe put it:': "put it" says how she said the quote after)
    return verb if verb is not None and (verb.lemma_.lower() in DIRECT_CUE_VERBS | _SETTING_OUT_VERBS or _puts_it(verb)) and verb.pos_ in {"VERB", "AUX"} else None


# Verbs of setting out points one by one, which end a paragraph on a colon before the points in marks: 'He then
# listed the qualities necessary in a nominee:', 'She outlined her plan:' (never beside a quote, as a cue is).
_SETTING_OUT_VERBS = frozenset({"list", "outline", "enumerate", "detail", "itemize", "itemise"})


def _colon_cue_subject(verb):
    """Who speaks by a cue that ends its paragraph on a colon: its subject, or, when the parser hung
    the subject on an aside ('University of Cincinnati researchers, writing in ..., say:'), the
    first subject of the sentence, all of which leads in to the quote."""
    return _cue_subject(verb) or next((t for t in verb.sent if t.dep_ == "nsubj" and t.i < verb.i), None)


def _bullet_at(text: str, i: int) -> bool:
    """Whether a list's bullet, a space after it, stands at `i` ('- Bolton boss Sam Allardyce')."""
    return text[i : i + 1] in _BULLETS and text[i + 1 : i + 2].isspace()


def _labelled_person(label: str, start: int, here: list[MentionRecord], names) -> str | None:
    """The person whose name ends a short label running from `start` to its end ('Bolton boss Sam Allardyce')."""
    if len(label[start:].split()) > T.CREDIT_LINE_MAX_WORDS:
        return None
    people = [m for m in here if m.end == len(label) and start <= m.start and names.get(m.entity_key, ("", ""))[1] == "PERSON"]
    return people[0].entity_key if people else None


def _named_next(prose: list[Para], n: int, by_seq, names, single: bool = False) -> Speaker | None:
    """The person the paragraph after a quote-only paragraph names as its source in its first
    sentence: "Those were the words of Joe Miller", "So said Joe Miller, a line worker"."""
    if n + 1 >= len(prose) or not _quote_only(prose[n].text, single):
        return None
    p = prose[n + 1]
    first = next(iter(p.doc.sents), None)
    if first is None or not any(t.lemma_.lower() in SPEECH_VERBS | {"word"} for t in first):
        return None
    if _opens_with_quote(p.text, single):
        return None  # a quote of its own, with its own cue
    people = [m for m in by_seq.get(p.seq, []) if m.start < first.end_char and names.get(m.entity_key, ("", ""))[1] == "PERSON"]
    return entity_speaker(people[0].entity_key, names) if len(people) == 1 else None


def _subject_of_paragraph_before(
    prose: list[Para], n: int, by_seq, names, single: bool = False, pronoun_subjects: dict[tuple[int, int], Speaker] | None = None,
) -> Speaker | None:
    """The person a quote-only paragraph's paragraph before has for the subject of its last sentence,
    when that paragraph quotes no one: 'Williams doesn't believe that a new brand of natural insect
    repellent will result from the research.' before '"The smell is just not very good ..."'. A "he"
    or "she" there is the person it was resolved to ('He's used the software to design a pattern
    ...' before '"Computer code is very simple ..."'; 'She pauses.' before '"Well, thank you so
    much."'): the paragraph is about them as much as if it named them."""
    if n == 0 or not _quote_only(prose[n].text, single):
        return None
    p = prose[n - 1]
    if not _writers_own(p, single):
        return None
    last = list(p.doc.sents)[-1:]
    subjects = [c for c in last[0].root.children if c.dep_ in {"nsubj", "nsubjpass"}] if last else []
    if subjects and subjects[0].lower_ in GENDERED_PRONOUNS:
        # (a passive too: the parser reads "He's used" as "he is used")
        return (pronoun_subjects or {}).get((p.seq, subjects[0].idx))
    subject = next((c for c in subjects if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    key = next((m.entity_key for m in by_seq.get(p.seq, []) if m.start <= subject.idx < m.end), None)
    return entity_speaker(key, names) if key and names.get(key, ("", ""))[1] == "PERSON" else None


def _only_person_before(p: Para, here: list[MentionRecord], at: int, names, single: bool = False) -> Speaker | None:
    """The one person a paragraph names before `at`, outside its quotes, when it names no other."""
    quoted = [(q.outer_start, q.outer_end) for q in quote_spans(p.text, single)]
    people = {m.entity_key for m in here if m.end <= at and names.get(m.entity_key, ("", ""))[1] == "PERSON"
              and not any(a <= m.start < b for a, b in quoted) and not _affiliation_of_unnamed(p.doc, m.end - 1)}
    return entity_speaker(people.pop(), names) if len(people) == 1 else None


def _gendered_pronoun_before(p: Para, at: int, single: bool = False) -> bool:
    """Whether a paragraph writes "he" or "she" before `at`, outside its quotes."""
    quoted = [(q.outer_start, q.outer_end) for q in quote_spans(p.text, single)]
    return any(t.idx < at and t.lower_ in GENDERED_PRONOUNS and not any(a <= t.idx < b for a, b in quoted) for t in p.doc)


def _writers_own(p: Para, single: bool = False) -> bool:
    """Whether a paragraph is the writer's own words: no caption, and no quote in it."""
    return p.kind != "caption" and not quote_spans(p.text, single)


def _names_no_one(p: Para, by_seq, names, single: bool = False) -> bool:
    """Whether a paragraph quotes no one and brings in no one who might speak next: no person or
    organisation named, no "he", "she" or "they"."""
    if not _writers_own(p, single):
        return False
    if any(names.get(m.entity_key, ("", ""))[1] in {"PERSON", "ORG"} for m in by_seq.get(p.seq, [])):
        return False
    return not any(t.lower_ in {"he", "she", "they"} for t in p.doc)


def _credited(p: Para | None, by_seq, names) -> Speaker | None:
    """The person a credit line names under a quote: '— Jim Bridenstine, NASA administrator'."""
    return None if p is None else _credit(p.text, 0, by_seq.get(p.seq, []), names)


def _bracketed_source(p: Para, here: list[MentionRecord], names) -> Speaker | None:
    """The source a news digest credits in brackets at a paragraph's end: 'OBAMA'S LAST STATE OF THE
    UNION "President Barack Obama's final ..." [AP.]', '"The cross-border bribery scandal ..." [Will
    Fitzgibbon, The International Consortium of Investigative Journalists]': the writer, or else the
    outlet, whose reporting the paragraph quotes: the name the brackets open on, an entity's where
    the model found one there (it often misses a short name in brackets: '[NYT]', '[Mother Jones.]')."""
    m = _BRACKETED_SOURCE.search(p.text)
    # (not a label or a time: '[Video: FULL SPEECH ...]', '[10:29.]')
    if m is None or ":" in m.group(0) or len(m.group(0).split()) > T.CREDIT_LINE_MAX_WORDS:
        return None
    name = m.group(1).strip()
    first = min((x for x in here if x.start >= m.start(1)), key=lambda x: x.start, default=None)
    if first is not None and first.start - m.start(1) <= 1 and first.end <= m.end(1):
        return entity_speaker(first.entity_key, names)
    return Speaker(name, person=False, head=name.lower()) if name[:1].isupper() else None


# A source in square brackets that ends a paragraph, its first name up to a comma, a bar or a stop
# ('[Reuters]', '[WSJ | Paywall]', '[AP.]', '[Marina Fang, HuffPost]').
_BRACKETED_SOURCE = re.compile(r"\[([^\[\],|.]+)[^\[\]]*\]\s*$")


def _credit(text: str, at: int, here: list[MentionRecord], names) -> Speaker | None:
    """The person a credit from `at` to the paragraph's end names: a dash, then the name, in a
    line this short ('— Jim Bridenstine, NASA administrator'), or the name alone after a quote
    closed by a comma; read from the mentions (a line often too short to be parsed)."""
    rest = text[at:].lstrip()
    # ('"..., it will probably mark the start of a more difficult period," Mr Bootle.': a quote closed
    # by a comma and only a name after it, the copy's cue verb left out, is credited to the name)
    bare = text[:at].rstrip().rstrip('"' + _CLOSE).endswith(",") and rest.endswith(".")
    if not (rest[:1] in _DASHES or bare) or len(rest.split()) > T.CREDIT_LINE_MAX_WORDS:
        return None
    dash = len(text) - len(rest)
    first = min((m for m in here if m.start >= dash), key=lambda m: m.start, default=None)
    if first is None or first.start - dash > 3 or names.get(first.entity_key, ("", ""))[1] != "PERSON":
        return None
    if bare and text[first.end :].strip() != ".":
        return None
    return entity_speaker(first.entity_key, names)


_DASHES = frozenset({"\u2014", "\u2013", "\u2015", "-"})
_BULLETS = _DASHES | {"\u2022", "*"}


def _quote_only(text: str, single: bool = False) -> bool:
    spans = quote_spans(text, single)
    return len(spans) == 1 and spans[0].outer_start == len(text) - len(text.lstrip()) and not text[spans[0].outer_end :].strip()


def _role_subjects(doc, reported: list[tuple[int, int]]) -> list:
    """Subjects of clauses that are a definite role noun ("the prime minister", "the judge")
    outside quotes and reported words; speech clauses are read by the sieves themselves."""
    # the nouns "the" determines, found from each "the" rather than by a walk of every token
    determined = sorted({c.head.i for c in tokens(doc).lower(_THE) if c.dep_ == "det" and c.head.i != c.i})
    return [
        t for t in (doc[i] for i in determined)
        # "The Tory leader was asked about ...": who is asked is who answers next
        # (a verb that asks or tells someone to do a thing is read as speech only now and then:
        # "the Cardinal will ask the congregation to search for peace")
        if (t.dep_ == "nsubj" and t.head.lemma_.lower() not in SPEECH_VERBS - OBJECT_CUES or t.dep_ == "nsubjpass" and t.head.lemma_.lower() == "ask"
            # ("The former football star was found not guilty of the murders of ... Ronald Goldman. He
            # now faces ...": a role is the subject of a passive as much as of an active clause)
            or t.dep_ == "nsubjpass" and t.lemma_.lower() in ROLE_NOUNS and t.head.lemma_.lower() not in SPEECH_VERBS
            or _document_clause_subject(t))
        # ("On Friday, the Cardinal will ask": a title written with a capital is a role noun too)
        # ("And the American remains highly critical ...": a nationality is one person's epithet too)
        and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and (t.lower_ in _CAPITAL_ROLES or t.ent_type_ == "NORP" and t.tag_ == "NNP"))
        and (_document_clause_subject(t) or not any(s <= t.idx < e for s, e in reported))
    ]


def _document_clause_subject(t) -> bool:
    """Whether a noun is a document a clause is about, active or passive, reported words included:
    "The email, released by X, was sent at 7:19 p.m. ... '...,' it reads"; "He said the note ...
    was addressed to X. '...,' it said". A thing that says nothing itself but is what the next "it
    said" stands for, as no person is "it"."""
    # (not "the report said", a speech clause the sieves read themselves)
    clause = t.dep_ == "nsubjpass" or t.dep_ == "nsubj" and t.head.lemma_.lower() not in SPEECH_VERBS
    return clause and t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS and t.tag_ == "NN"


_THE = frozenset({"the"})
# Roles a writer gives a capital when they stand for the one person holding them ("the President",
# "the Cardinal"); not every title word ("the State", "the Foreign ...").
_CAPITAL_ROLES = ROLE_NOUNS | (TITLES & frozenset({"cardinal", "archbishop", "bishop", "pope", "imam", "rabbi", "ayatollah"}))


# Endings of a noun for people who do something ("bankers", "investors", "scientists"), and the
# fewest letters such a noun has ("users" and "others" are no such nouns).
_DOER_ENDINGS = ("er", "or", "ist", "ian", "eur")
_DOER_MIN_LETTERS = 6
# Common nouns with a doer's ending that name things ("Other factors weighed on sales").
_THINGS_LIKE_DOERS = frozenset(
    "factor sector number order paper computer matter quarter letter border motor meter chapter center centre error"
    " water power".split()
)


def _plural_people(doc, reported: list[tuple[int, int]], mention_at) -> list:
    """Plural subjects of clauses that report no speech, outside quotes and reported words, that
    name people by what they do or are, with no "the" (read by _role_subjects) and no name."""
    return [
        t for t in doc
        if t.dep_ == "nsubj" and t.tag_ == "NNS" and t.pos_ == "NOUN" and t.head.lemma_.lower() not in SPEECH_VERBS
        and (t.lemma_.lower() in DESCRIBED_PEOPLE or len(t.lemma_) >= _DOER_MIN_LETTERS and t.lemma_.lower().endswith(_DOER_ENDINGS)
             and t.lemma_.lower() not in _THINGS_LIKE_DOERS)
        and not any(c.dep_ == "det" and c.lower_ in _THE for c in t.children)
        and mention_at(t.idx) is None and not any(s <= t.idx < e for s, e in reported)
    ]


def _pronoun_subjects(doc, reported: list[tuple[int, int]]) -> list:
    """"he" and "she" as the subject of a clause that reports no speech, outside quotes and
    reported words (a speech verb's subject is read by the sieves themselves, when it reports words)."""
    return [
        t for t in tokens(doc).lower(GENDERED_PRONOUNS)
        if t.dep_ in {"nsubj", "nsubjpass"} and (t.head.lemma_.lower() not in SPEECH_VERBS or _reports_nothing(t.head))
        and not any(s <= t.idx < e for s, e in reported)
    ]


def _reports_nothing(verb) -> bool:
    """Whether a speech verb has only a noun for what it says, no clause and no quote in its sentence: 'He also
    explained his memo to officials defending President Trump' reports no words, so no sieve reads its "he", who is
    still whom the sentence is about (the next '"...," he told the committee' goes on with him, not with Trump)."""
    return any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in _REPORTED_CLAUSE_DEPS for c in verb.children) and (
        not _has_double_mark(verb.sent.text))


_REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj"})  # what a speech verb may report


def _described_people(doc, reported: list[tuple[int, int]], mention_at) -> list:
    """Head nouns of people the paragraph describes without a name ("one mother", "a local man"),
    outside quotes and reported words."""
    return [
        t for t in tokens(doc).lemma(DESCRIBED_PEOPLE)
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ != "compound" and not owner_in_apposition(t)
        and mention_at(t.idx) is None and not any(s <= t.idx < e for s, e in reported)
    ]


def _unnamed_holder(noun, mention_at) -> str | None:
    """The name, which the model did not tag, of someone new said to hold a role: "Piers Freelove"
    of "Piers Freelove is senior benefit officer"."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ not in {"be", "become"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head  # "The Game, who has become the hottest new star": the name the relative stands for
    if subject is None or subject.pos_ != "PROPN" or mention_at(subject.idx) is not None:
        return None
    return subject.doc[subject.left_edge.i : subject.i + 1].text if subject.i > subject.left_edge.i else None


def _named_by_participle(noun, mention_at, names) -> bool:
    """Whether a participle after a description gives the described person's name, which the model tagged: "a
    mother of two named Ingrid Loyau-Kennett", "a man called John Roe" (no one else the description brings in)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in {"name", "call"}
               and any(names.get(mention_at(t.idx) or "", ("", ""))[1] == "PERSON" for t in c.subtree if t.i > c.i)
               for c in noun.children)


def _untagged_name_after(noun, mention_at) -> str | None:
    """The description and the name right after it, which the model did not tag: "Arsenal's Brazilian
    midfielder Edu has hit out ... He told BBC Sport" is Edu, not a midfielder with no name."""
    doc = noun.doc
    name = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if name is None or name.dep_ != "appos" or name.head.i != noun.i or name.pos_ != "PROPN" or mention_at(name.idx) is not None:
        return None
    if not noun.text.islower():
        return None  # "Matchwinner Keane": a capitalised word before a name is the model's cut, no description
    return doc[noun.left_edge.i : name.i + 1].text


def _epithet_at(doc, char: int, key: str, names) -> bool:
    """Whether the name at `char` is a description the model took for a name ("the Scot")."""
    tok = _token_at(doc, char)
    return tok is not None and (epithet(tok, key, names) or office_epithet(tok, key, names) is not None)


# Nouns for a work, whose title the model may take for a person's name when it comes right after one
# (not those that are verbs as well: "polls show Roe ahead", "the bus hit Roe").
_WORK_NOUNS = frozenset("film movie documentary musical album song book novel memoir series programme opera sitcom".split())
_ARTICLE_END = re.compile(r"(?:^|\s)(?:a|an|the)$", re.IGNORECASE)


def _work_title(text: str, start: int) -> bool:
    """Whether a name comes right after a noun for a work ("the stage hit Art", "The film, A
    Different Story,"): the work's title, never a speaker."""
    before = _ARTICLE_END.sub("", text[:start].rstrip()).rstrip(" ,")
    words = before.lower().split()
    return bool(words) and words[-1] in _WORK_NOUNS or _maker_behind(words)


def _maker_behind(words: list[str]) -> bool:
    """Whether the words before a name end on someone "behind" it ("said the director behind JFK,
    Platoon and ..."): what a maker is behind is their work."""
    return len(words) > 1 and words[-1] == "behind" and words[-2] in PERSON_NOUNS | _MAKER_NOUNS


_MAKER_NOUNS = frozenset({"creator", "team", "brains", "mastermind"})


# Words that set a noun phrase, never a name, before them: "our region's Trade Commissioner".
_PHRASE_OPENERS = frozenset("a an the our his her their its my your this that".split())


def _office_name(text: str, start: int, name: str) -> bool:
    """Whether a "name" ending in a title word comes after an article or an owner ("our region's
    Trade Commissioner for ProChile", "the Deputy Governor"): an office the model took for a
    person, whose holder is named beside it; no one's name is set after "the" or "his"."""
    words = text[:start].split()
    before = words[-1].lower() if words else ""
    owned = bool(possessive_ending(before))
    return is_title_word(name.split()[-1]) and (before in _PHRASE_OPENERS or owned)


# Nouns for a firm, whose name the model may take for a person's when it comes right after one.
_FIRM_NOUNS = ORGANISATION_NOUNS | {"house", "brokerage"}


def _firm_name(text: str, start: int) -> bool:
    """Whether a name comes right after a noun for a firm, with no article between ("of brokerage
    house Fauchier-Magnan", "at investment bank Lazard"): the firm's name, never a speaker."""
    words = text[:start].split()
    return bool(words) and words[-1].lower() in _FIRM_NOUNS


def _oblique_at(doc, char: int) -> bool:
    """Whether the name at `char` stands only inside a thing's noun phrase, as its modifier ("London's
    King Cross station"), the object of its preposition ("good displays against Aston Villa", "doubt
    on Campbell's claims") or the agent of a participle on it ("the £7.4m announced by X")."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "flat", "conj", "poss"} and tok.head.i != tok.i:
        if _owns_relative_subject(tok):
            return True  # "the match, which Steve Bruce's side won": his only as his team's
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            return tok.head.lemma_.lower() not in DESCRIBED_PEOPLE  # "the Labour MP" is no thing
        tok = tok.head
    if tok is None or tok.dep_ != "pobj":
        return False
    prep = tok.head
    owner = prep.head
    if prep.dep_ == "agent" and owner.dep_ == "acl":
        owner = owner.head
    elif prep.dep_ != "prep":
        return False
    return owner.pos_ == "NOUN" and owner.lemma_.lower() not in DESCRIBED_PEOPLE


# Verbs and nouns whose "on" names where words were put, not whom they are about: 'Asked on Fox News', 'posted a
# comment on Twitter' ("commented on Trump" is about him: not these).
_SAID_ON = frozenset({"say", "ask", "post", "tweet", "write", "appear", "speak"})
_PUT_ON = frozenset({"comment", "post", "interview", "appearance", "remark", "message", "video"})


def _medium_at(doc, char: int) -> bool:
    """Whether the name at `char` is where someone spoke, not anyone who speaks: 'the candidate took to Twitter',
    'Asked on Fox News who leads the party, he said Ryan', 'he posted a comment on Twitter' (the model may take a
    site or a network for a person, whom the next "he said" would then stand for)."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "pobj":
        return False
    prep, owner = tok.head, tok.head.head
    if prep.lower_ == "to":
        return owner.lemma_.lower() == "take" and owner.pos_ == "VERB"
    lemma = owner.lemma_.lower()
    return prep.lower_ == "on" and (owner.pos_ == "VERB" and lemma in _SAID_ON or owner.pos_ == "NOUN" and lemma in _PUT_ON)


# Prepositions by which a subject's figures are a firm's own: "Revenues at Reuters", "Shares in UK Coal".
_HOLDING_PREPOSITIONS = frozenset({"at", "in", "of"})


def _holder_of_subject_at(doc, char: int) -> bool:
    """Whether the name at `char` holds a clause's subject by a preposition ("Revenues at media group
    Reuters slipped 11%, the group said"): a firm's results are what it reports of itself."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in _HOLDING_PREPOSITIONS:
        return False
    held = tok.head.head
    return held.pos_ == "NOUN" and held.dep_ in {"nsubj", "nsubjpass"}


def _owns_relative_subject(tok) -> bool:
    """Whether a name is the possessive of a thing that is the subject of a relative clause on
    another thing ("ahead of the match, which Steve Bruce's side won"): the name is part of what
    describes the thing, and the "he" of the next quote is not him."""
    owned = tok.head
    return (
        tok.dep_ == "poss" and owned.pos_ == "NOUN" and owned.lemma_.lower() not in DESCRIBED_PEOPLE
        and owned.dep_ in {"nsubj", "nsubjpass"} and owned.head.dep_ == "relcl"
        and owned.head.head.pos_ == "NOUN" and owned.head.head.lemma_.lower() not in DESCRIBED_PEOPLE
    )


def _describes_named_person(doc, end: int, mention_at, names) -> bool:
    """Whether the name ending at `end` is itself the apposition, set off by a comma, of a named person
    ("Sen. Rob Portman, an Ohio Republican who voted against the bill, said"): a word for what he is."""
    tok = _token_at(doc, end - 1)
    return tok is not None and tok.dep_ == "appos" and apposition_holder(tok, mention_at, names) is not None


def _adjective_at(doc, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is one adjective modifying a noun ("German football club")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "ADJ" and span[0].dep_ == "amod"


def _affiliation_of_named(doc, char: int) -> bool:
    """Whether the name ending at `char` modifies a noun for someone that itself modifies a
    person's name ("Charlton midfielder Graham Stuart", "Obama adviser David Axelrod")."""
    tok = _token_at(doc, char)
    if tok is None or tok.dep_ != "compound" or tok.head.i <= tok.i:
        return False
    noun = tok.head
    return noun.pos_ == "NOUN" and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i


def _affiliation_of_unnamed(doc, char: int) -> bool:
    """Whether the name ending at `char` modifies the noun of an unnamed person's description ("A senior
    Peshmerga military officer", "Another top Peshmerga Commander", "a Trump aide"): the person is the
    description's, the name only whom they serve or belong to. Not a noun that a name goes on after ("Obama
    adviser David Axelrod", `_affiliation_of_named`)."""
    tok = _token_at(doc, char)
    if tok is None or tok.dep_ not in {"compound", "nmod"} or tok.head.i <= tok.i:
        return False
    noun = tok.head
    # (only words of the one phrase between: in "coordinator Dr. Deborah Birx and hospital executives" the parser's
    # modifier is a person of her own, joined by "and")
    between = doc[tok.i + 1 : noun.i]
    return noun.dep_ != "compound" and noun.lemma_.lower() in DESCRIBED_PEOPLE and (noun.pos_ == "NOUN" or is_title_word(noun.text)) and all(
        t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in between)


def _modifier_at(doc, char: int) -> bool:
    """Whether the word at `char` modifies another noun ("Labour leader", "UK Coal's shares" no)."""
    tok = _token_at(doc, char)
    return tok is not None and tok.dep_ in {"compound", "amod", "nmod"}


def _document_author_at(doc, char: int) -> bool:
    """Whether the name ending at `char` is the author a document is known by ("responding to a New York Times report
    that ... It said"): the paper whose words the report holds, whom a later "it" may stand for, though it names it
    only as the document's modifier."""
    tok = _token_at(doc, char)
    return tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in DOCUMENT_NOUNS


def _subject_at(doc, char: int, person: bool = False) -> bool:
    """Whether the token at `char` belongs to a clause's subject: "Siemens Gamesa has struggled".
    A person's name is the subject itself, not a modifier of one ("future Ubisoft games")."""
    tok = _token_at(doc, char)
    if person and tok is not None and tok.dep_ in {"advmod", "npadvmod"} and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() in SPEECH_VERBS:
        return True  # "Early says": a surname that is also a word, parsed as an adverb of the verb
    owner = False  # the name owns what the walk reached: "Grant's" of "Grant's running mate"
    while tok is not None and (tok.dep_ in {"compound", "amod", "det", "poss"} or firm_before_code(tok.head) is not None) and tok.head.i != tok.i:
        if person and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            return False
        if person and _owns_relative_subject(tok):
            return False  # a relative clause on a thing says what the thing is, not whom the text is about
        owner = owner or tok.dep_ == "poss"
        tok = tok.head
    if person and owner and tok is not None and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        # "Even Paul Brenner, Grant's running mate, can't ...": the one the subject's apposition says he
        # works for is not whom the sentence is about, nor the "he" who speaks next
        return False
    if person and tok is not None and (subject := _apposed_subject(tok)) is not None:
        tok = subject  # "The Secretary of State for Culture, Tessa Jowell, has hit out": the subject named
    if person and tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _CUE_OR_PUT and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.head.children):
        # "pushing the world, as Charles Darwin might have put it, toward ...": a name borrowed for a
        # phrase; not "His words came as Cardinal Roe backed ...", where "as" tells when, and the
        # cardinal is who the next "he said" is about
        return False
    if person and tok is not None and any(c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children) for c in tok.children):
        # "None more so than Henson, who can now expect ...": the subject of its own clause; not
        # when the sentence's own subject is a name ("Yachvili admitted kicking from Barkley, who
        # missed six penalties, had been decisive" is about Yachvili)
        return not _named_subject(tok.sent.root, tok)
    if person and tok is not None and titled_conjunct_at(tok):
        return False  # "Only Fools and Horses star David Jason criticised": a show's name, the star the subject
    if person and tok is not None and tok.dep_ in {"nsubj", "nsubjpass"} and _reported_clause(tok.head):
        # "He pointed out that Franz Ferdinand and The White Stripes were signed to indies": who a
        # reported clause is about is not who its sentence is about, nor who says the next words
        return False
    if person and tok is not None and tok.dep_ in {"nsubj", "nsubjpass"} and subordinate_clause(tok.head, _CONDITION_OR_TIME, adverb=True) and _named_subject(tok.sent.root, tok):
        # "Kasich predicted Republicans will take every state if Sanders wins the nomination": who a
        # clause of condition or time is about is not who its sentence is about, nor who says next
        return False
    # "Campbell e-mailed McFadyen pointing out ...": McFadyen is the object, whom no sentence is about
    return tok is not None and tok.dep_ in {"nsubj", "nsubjpass"} and not object_read_as_subject(tok.head, [tok]) and not (
        person and _preposition_object_read_as_subject(tok))


def _preposition_object_read_as_subject(subject) -> bool:
    """Whether a subject is a preposition's object the parser made the subject of a participle hung on it, in a sentence
    whose verb has a subject of its own: in "Rep. Lamar Smith ... fired off letters on Tuesday to Holder and Mueller
    demanding answers" the letters went to Holder, whom the sentence is not about (the next "he wrote" is Smith's)."""
    verb, prep = subject.head, subject.head.head
    return (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.pos_ == "ADP" and subject.left_edge.i == prep.i + 1
            and prep.head.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < prep.i for c in prep.head.children))


def _clause_of_subject_at(doc, char: int) -> str:
    """Which clause the name at `char` is the subject of: "main", its sentence's main clause (or a verb joined to it
    by "and"); "inner", an adverbial clause or a noun's clause inside another ("Cuomo criticized the use of force to
    make way for Trump to hold ...": Trump's); "" for any other (a relative clause brings in someone new: "a move
    Wenger has backed. But he said"; a clause the parser hung before its head is most often one set beside it)."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "amod", "det", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return ""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return "main"
    return "inner" if verb.dep_ in {"advcl", "acl"} and verb.head.i < verb.i else ""


def _apposed_subject(tok):
    """The subject a name is set beside, through an apposition or two: "The Secretary of State for Culture, Tessa
    Jowell, has hit out"; "The other man, his cousin James York, 40, cited ..." (the name beside "cousin", itself
    beside "man"). None when the name is in no apposition to a subject."""
    if tok.dep_ != "appos" or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    up = tok.head
    if up.dep_ in {"nsubj", "nsubjpass"}:
        return up
    # (through a second apposition only when the name follows its noun right away, "his cousin James York": in "Gareth
    # Williams, a partner of land agent Vigers Hong Kong" the parser set the firm beside "partner", not beside "agent")
    if up.dep_ == "appos" and tok.left_edge.i == up.i + 1 and up.head.pos_ in {"NOUN", "PROPN"} and up.head.dep_ in {"nsubj", "nsubjpass"}:
        return up.head
    return None


def _heading_person(text: str, start: int) -> bool:
    """Whether a person's name opens a heading line, which says whom the section under it is about ('John
    Leguizamo On How U.S. History Makes Latinos Feel "Invisible."' before "... the actor discussed ... '...,' he
    said"), as a sentence's subject would."""
    return start == 0 and len(text.split()) <= T.HEADING_MAX_WORDS and headline_case(text)


# Words opening a clause of condition, time or cause (not "as", which may borrow a name for a phrase,
# read above).
_CONDITION_OR_TIME = (SUBORDINATORS - {"as"}) | {"if", "unless", "whenever"}


def _named_subject(verb, other) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" and c.i != other.i for c in verb.children)


def _reported_clause(verb) -> bool:
    """Whether a verb heads a clause opened by "that" that a speech verb with a subject of its own
    reports ("He pointed out that X were signed")."""
    cue = verb.head
    return (
        verb.dep_ == "ccomp" and cue.i < verb.i and cue.lemma_.lower() in SPEECH_VERBS | {"point"} and cue.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)
    )


# Verbs of asking someone for a statement: 'reached out to the agency', 'contacted the company'.
_ASKING_VIA_TO = frozenset({"reach", "write", "turn"})
_ASKING = frozenset({"contact", "ask", "email", "call", "approach", "query"})


def _reading_cue(cue: str | None) -> bool:
    """Whether a quote's cue verb is "read", which only a written thing does ("it read", "it reads")."""
    return cue is not None and cue.lower() in {"read", "reads"}


def _written_thing_before(doc, char: int, doc_before):
    """The nearest written thing named before the token at `char`: in its sentence or the one before, which
    for a paragraph's first sentence is the last of the paragraph before (`doc_before`)."""
    tok = _token_at(doc, char)
    if tok is None:
        return None
    if tok.sent.start > 0:
        words = list(doc[doc[tok.sent.start - 1].sent.start : tok.i])
    else:
        words = ([] if doc_before is None or not len(doc_before) else list(doc_before[-1].sent)) + list(doc[: tok.i])
    return next((t for t in reversed(words) if t.pos_ == "NOUN" and t.lemma_.lower() in _WRITTEN_THINGS), None)


# Things written that a text quotes as reading so: documents, and a resolution, a sign, a post or a message.
_WRITTEN_THINGS = DOCUMENT_NOUNS | frozenset({"resolution", "sign", "post", "message", "caption", "banner", "headline"})


def _replies(cue: str | None) -> bool:
    """Whether a quote's cue verb may answer a question ("he said"), not ask one ("he asked")."""
    return cue is not None and cue.lower() not in ASKING_CUES


def _asked(doc, char: int) -> bool:
    """Whether the name at `char` is who was asked for comment ('ABC 7 reached out to the
    Department of Transportation for comment. ..., the agency said'): the party asked is who
    "the agency" or "the company" answering next stands for, not the newsroom that asked."""
    tok = _token_at(doc, char)
    while tok is not None and tok.dep_ in {"compound", "amod", "det", "poss", "nmod"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return tok.head.head.lemma_.lower() in _ASKING_VIA_TO
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ASKING


def _direct_events(
    p: Para, here: list[MentionRecord], mention_at, names, single: bool = False, run_on: bool = False, nouns: frozenset[str] = frozenset(),
) -> list[_Event]:
    spans = quote_spans(p.text, single, run_on)
    events: list[_Event] = []
    by_span: dict[int, _Event] = {}  # span index -> its quote's event, for _run_on_cues
    for i, q in enumerate(spans):
        if _at_paragraph_start(p.text, q.outer_start) and (turn := quoted_turn(p.text[q.start : q.end], names)) is not None:
            # '"WALLACE: Do you really see those two as equivalent?': a transcript's turn in marks
            events.append(_Event(q.outer_start, "direct", q.start + turn.start, q.end, entity_speaker(turn.speaker, names), None, False, q.outer_end, "name colon"))
            continue
        if _named_programme(p.text, q):
            # 'In a separate appearance on CNN's "State of the Union," Graham said': where one spoke, whatever cue follows
            continue
        cues = _cues(p, spans, i)
        inner = p.text[q.start : q.end]
        speechlike = len(inner.split()) >= T.SPEECHLIKE_MIN_WORDS or inner[-1:] in ",.!?\u2026" or p.text[q.end : q.outer_end].startswith(",")
        fragment = _embedded(p.text, q)
        # a quote that opens the words a possessive owns ('denounced President Trump's assertion that "gross mismanagement
        # of the forests" is to blame') is the owner's, never the words of the subject of the clause that holds it;
        # asked only where a clause's cue may be taken (a fragment's, or a quote with no cue of its own)
        owned = (fragment or not cues) and _owner_of_said(p, q) is not None
        if fragment:
            clause = _quoted_clause_cue(p, q)
            # 'Barnier told them France would oppose the deal "in its current form", his office
            # said': a fragment is said by the subject of the speech verb whose clause holds it;
            # failing one, 'Apple was "pulled into the enterprise," Cook said': a fragment closed
            # by a comma right before its cue is said by the cue's subject, as a whole quote is
            governing = _naming_below(p, q, _governing_cue(p, q)) if clause is None and not owned else None
            closed = _closes_with_comma(p.text, q)
            after_cues = [c for c in cues if c[0] == "cue after" and closed and _cue_right_after(c[1], q)]
            if governing is not None and _tells_no_speaker(governing) and after_cues:
                # 'Nothing the president said "will assuage people's fears," the senator said': a speech verb
                # in a relative clause says what the sentence is about; 'Trump was told "the economy will look very
                # different," one participant said': a passive "told" names the one told, never the teller; the
                # cue after the quote says who speaks
                governing = None
            cues = (
                [("cue before", clause)] if clause is not None else [("cue clause", governing)] if governing is not None
                else after_cues
            )
            fragment = clause is None
        label = None if cues or fragment or i else _inline_label(p, q, here, names, nouns)
        if label is not None:
            events.append(_Event(q.outer_start, "direct", q.start, q.end, label, None, False, q.outer_end, "label line"))
            continue
        # (a caption or a standfirst names its speaker as a headline does, after any label and title: 'Media caption
        # Nato Secretary-General Anders Fogh Rasmussen: "..."')
        colon = None if cues or fragment else _colon_speaker(p.text, q, here, names, anywhere=False, caption=p.kind in _CAPTION_KINDS)
        if colon is not None:
            events.append(_Event(q.outer_start, "direct", q.start, q.end, entity_speaker(colon, names), None, False, q.outer_end, "name colon"))
            continue
        credit = None if cues or fragment else _credit(p.text, q.outer_end, here, names)
        if credit is not None:
            # a pull quote credited in its own paragraph: '"Had he taken ... Martin." — Neil Gaiman'
            events.append(_Event(q.outer_start, "direct", q.start, q.end, credit, None, False, q.outer_end, "credit line"))
            continue
        if not cues and not owned:
            # no cue of its own: the speech verb whose clause holds it, or what it was called "as"
            cues = [(name, v) for name, v in (("cue clause", _naming_below(p, q, _governing_cue(p, q))), ("quoted as", _quoted_as(p, q) or _under_quoted_phrase(p, spans, i))) if v is not None][:1]
        verb = next((v for _, v in cues), None)
        governing = _governing_cue(p, q) if verb is not None and not speechlike else None
        if governing is not None and cues[0][0] in {"cue after", "cue before"} and (
                governing == verb or cues[0][0] == "cue after" and governing.idx < q.outer_start and not _relative_speech_verb(governing)) and not _names_a_noun(p, q):
            # 'Given the cost, "slowing supply growth" is a certainty, said Ann Roe', 'IBM said Cell was
            # "OS neutral" and would support ...': a phrase inside the clause a cue reports is the cue
            # subject's words, wherever the clause ends, and whatever verb of another clause follows
            # ('... but designers would not confirm'); not a name given to a noun: 'follow its
            # slogan "C and C" ..., Sekimoto said'
            cues = [("cue clause", governing)]
        phrase = fragment or bool(cues) and cues[0][0] in _PHRASE_SIEVES
        if phrase and (len(inner.split()) < T.QUOTED_PHRASE_MIN_WORDS or _quoted_title(p.text, q) or headline_case(inner)):
            # 'said politicians have "vilified" educators': one word quoted is no quote; 'said she
            # loved making "Wild Rose"': a title, not her words
            continue
        if verb is None and (owner := _owner_of_said(p, q) or _owner_of_answer(p, q)) is not None:
            # 'ran ads using her comments before a committee that "I was responsible for quite a bit" of ...'
            events.append(_Event(q.outer_start, "direct", q.start, q.end, speaker_from(owner, mention_at, names), owner.text, False, q.outer_end, "cue clause", subject_at=owner.idx))
            continue
        if fragment and verb is None:
            # 'were not prepared to "put up with" the attitudes they came across, Prof Roe said': a
            # phrase no cue reaches is the words of the reported statement that holds it, if one
            # does (collect() links it, sieve "in reported"), else no one's ('would oppose the
            # agreement "in its current form"'), unless its sentence opens on whose view it gives
            # ('For Develle, the achievement has been to launch "a veritable intellectual revolution"')
            viewer = _viewpoint_in(p, q)
            found = speaker_from(viewer, mention_at, names) if viewer is not None else None
            if (document := _document_subject(p, q) or _document_over(p, q)) is not None:
                # 'The survey of a sample of 500 ... "showed Britain's young people are far from
                # apathetic ..."': the document whose verb opens the quote says the rest
                events.append(_Event(q.outer_start, "direct", q.start, q.end, speaker_from(document, mention_at, names), None, False, q.outer_end, "named before", subject_at=document.idx))
            elif found is not None and found.label == "PERSON":
                events.append(_Event(q.outer_start, "direct", q.start, q.end, found, None, False, q.outer_end, "named before", subject_at=viewer.idx))
            elif viewer is None and (last := _quote_the_predicate_goes_on(p, q, events)) is not None:
                # '"We were not asked," Bobb said in an email. It was "just announced."' (not 'For Britain, the deal
                # would be "a new start ..."', a view the sentence gives as a place's)
                events.append(_Event(q.outer_start, "direct", q.start, q.end, last.speaker, last.cue, False, q.outer_end, "continued", subject_at=last.subject_at))
            else:
                events.append(_Event(q.outer_start, "direct", q.start, q.end, None, None, False, q.outer_end, None, True))
            continue
        if verb is None and (not speechlike or headline_case(inner) and not _shouted_sentence(inner) or _quoted_title(p.text, q) or _parenthesised(p.text, q)):
            # a quoted name or term: 'the "Muqtada 1" missile', 'filmmaker Ann Lee ("The Discovery,"
            # "The One I Love")': no one's words, and never a continuation of the last speaker's
            continue
        if verb is not None and not speechlike and p.text[q.outer_end : q.outer_end + 1] not in {",", ""} and cues[0][0] not in _PHRASE_SIEVES and not (
                cues[0][0] == "cue before" and _predicate_phrase(p, q, verb)):
            continue
        speaker = cue = sieve = subject_at = None
        relative = False  # the cue's subject a relative pronoun for no one named, nor for a share of those polled
        pos = q.outer_start
        for name, v in cues:
            subject = _bare_subject(v) if name == "bare cue" else passive_agent(v) if name == "quoted as" and is_passive(v) else _cue_subject(v)
            if subject is None and name in {"cue before", "cue clause"}:
                subject = _one_taken_to_task(v) or _name_right_before(v)
            if name == "cue after" and subject is not None and q.outer_start <= subject.idx < q.outer_end:
                # '"..., a second opinion, which they can do," director of rugby Nigel Melville told the
                # Citizen': the parser took a word of the quote for the subject; the name right before the verb,
                # or the name an aside follows ('"...," William M. Daley, President Obama's former chief of
                # staff, said', whose last noun before the verb is the aside's, not who speaks)
                near = _name_opening_aside(v, q) or adjacent_subject(v)
                subject = near if near is not None and near.idx >= q.outer_end else _lone_word_after(v) or subject
            if name == "cue after" and (quoted := _person_quoted_by(v)) is not None:
                # '"The wise and prudent administration ...," Hagel said, quoting Eisenhower': the words are the
                # one quoted, who said them first; the cue's subject only passes them on
                subject = quoted
            if name == "cue clause" and subject is not None and _own_object(v, subject):
                # 'Trump, ..., as thousands began voting there, hammered the media for its "phony
                # polls"': a judging verb the parser left with no subject; the noun after it is
                # what it judges, never who speaks (as "said the minister"'s would be)
                break
            if subject is not None and not q.outer_start <= subject.idx < q.outer_end:
                found = speaker_from(subject, mention_at, names)
                if name == "quoted as" and (found.entity_key is None and found.pronoun not in _NAMING_PRONOUNS and not _someones(subject, found) or is_passive(v) and found.label not in _NAMING_AGENTS and not _one_role_holder(found)):
                    # 'known as the "Black Death"': a name, not what a named someone called it ('defined
                    # by Arthur Samuel as "..."' is his, 'Name's lawyer labelled the court "..."' the lawyer's,
                    # 'branded "deeply irresponsible" by the Liberal Democrats' the party's; 'Aviation
                    # analysts called it the "end of an era"' is a cliche no one is quoted saying; 'called
                    # "..." by the sentencing judge' is the one judge's)
                    break
                if name in _PHRASE_SIEVES and subject.tag_ in {"WP", "WDT"} and (named := _name_a_relative_describes(subject)) is not None:
                    subject, found = named, speaker_from(named, mention_at, names)
                elif name in _PHRASE_SIEVES and subject.tag_ in {"WP", "WDT"} and found.entity_key is None and not _who_of_a_person(subject):
                    relative = not _poll_share(subject)
                    break  # 'higher than what is predicted to result from "exogenic" processes
                if is_passive(v) and subject.head.lower_ == "by":
                    found = replace(found, agent=True)
                speaker, cue, sieve, subject_at = found, v.text, name, subject.idx
                if name == "cue before":
                    pos = v.idx  # 'added that WeWork "is not ...': what lies between is what is said
                break
        if speaker is None and cues and not fragment and (governing := _governing_cue(p, q)) is not None and all(v.i != governing.i for _, v in cues) and (
                (subject := _cue_subject(governing)) is not None and not q.outer_start <= subject.idx < q.outer_end):
            # 'the governor said "I have outlined ..." adding the goals include ...': a cue after that
            # names no one, the verb whose clause the quote is gives its speaker
            speaker, cue, sieve, subject_at = speaker_from(subject, mention_at, names), governing.text, "cue clause", subject.idx
        if speaker is None and (fragment or phrase and not speechlike) and relative:
            # 'a vociferous Trump critic who has ... said Trump is "mentally unwell"', 'a 2018 court order which said
            # the state cannot "automatically and categorically" prevent ...': the reported statement that holds the
            # phrase reads the relative for its noun; its speaker is the phrase's (collect() links it), and a phrase
            # no statement holds ('what is predicted to result from "exogenic" processes') stays no one's
            events.append(_Event(q.outer_start, "direct", q.start, q.end, None, None, False, q.outer_end, None, True))
            continue
        if speaker is None and (fragment or phrase and not speechlike):
            continue  # a phrase whose speaker the cue does not give is no quote of anyone's
        if speaker is None and (not cues or all(name == "cue before" for name, _ in cues)):
            # (a cue before with no subject of its own: 'Osbourne himself was at a loss to explain its
            # popularity: "..."' is his, as if no cue led in)
            subject = _subject_before(p, spans, i)
            found = speaker_from(subject, mention_at, names) if subject is not None else None
            if found is not None and (found.label == "PERSON" or found.surname or found.pronoun in GENDERED_PRONOUNS):
                speaker, sieve, subject_at = found, "named before", subject.idx
            elif subject is not None and p.text[: q.outer_start].rstrip().endswith(":") and (owner := owner_of(subject, mention_at, names)):
                speaker, sieve, subject_at = entity_speaker(owner, names), "named before", subject.idx
            elif (viewer := _viewpoint_before(p, spans, i)) is not None and (found := speaker_from(viewer, mention_at, names)).label == "PERSON":
                speaker, sieve, subject_at = found, "named before", viewer.idx
            elif (agent := _agent_before(p, spans, i)) is not None and (found := speaker_from(agent, mention_at, names)).label == "PERSON":
                # 'Their view was backed by Monique Landry, Canada's Minister ... "Whether we look at
                # aid ..."': the person who backs or echoes a view is who goes on in her own words
                speaker, sieve, subject_at = found, "named before", agent.idx
            elif (source := _source_before(p, spans, i)) is not None:
                speaker, sieve, subject_at = speaker_from(source, mention_at, names), "named before", source.idx
            elif (actor := _relative_actor_before(p, spans, i)) is not None and (found := speaker_from(actor, mention_at, names)).label == "PERSON":
                # 'The AMA is the brainchild of IBM researcher Jim Levine who developed the prototype
                # after ... "I knew there must be a way ..."': the person the sentence brings in to act
                speaker, sieve, subject_at = found, "named before", actor.idx
            elif (colon := _colon_speaker(p.text, q, here, names, anywhere=True)) is not None:
                # 'won over, including tester John Mikovits: "..."': the person the colon closes on,
                # when the sentence's own subject is no one ('Roe found one drawback to working
                # with Smith and York: "..."' is Roe's)
                speaker, sieve = entity_speaker(colon, names), "name colon"
        events.append(_Event(pos, "direct", q.start, q.end, speaker, cue, speaker is None, q.outer_end, sieve, fragment, subject_at))
        by_span[i] = events[-1]
    _run_on_cues(spans, by_span)
    return events


def _shouted_sentence(inner: str) -> bool:
    """Whether words in marks are a sentence in capitals, a post's ('NEVER, EVER THREATEN THE UNITED STATES AGAIN OR YOU
    WILL SUFFER CONSEQUENCES ...'): all capitals, as many words as speech has, closed by a sentence's stop; someone's
    words, not a name in title case ('the "Muqtada 1" missile')."""
    return inner.isupper() and len(inner.split()) >= T.SPEECHLIKE_MIN_WORDS and inner.rstrip()[-1:] in {".", "!", "?"}


def _who_of_a_person(relative) -> bool:
    """Whether a relative "who" stands for a person the words describe, unnamed ('handed over her ballot to a woman who
    said she would "finish it herself"', 'Kentucky's longtime senator, who has said he's in "total coordination"'): its
    clause's speech verb is that person's, as a named one's is; not "what" or "which", whose clause says no one's words."""
    if relative.lower_ != "who" or relative.head.dep_ != "relcl":
        return False
    antecedent = relative.head.head
    lemma = antecedent.lemma_.lower()
    return antecedent.ent_type_ == "PERSON" or lemma in DESCRIBED_PEOPLE or person_by_ending(lemma)


def _name_a_relative_describes(relative):
    """The name a "who" stands for through the noun it hangs from, when that noun describes the name: set beside it
    ('Gordon Sondland, a wealthy businessman who ...') or said of it ('George Conway, is a vociferous Trump critic who
    has ... said Trump is "mentally unwell"'); else None."""
    if relative.lower_ != "who" or relative.head.dep_ != "relcl":
        return None
    noun = relative.head.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    subject = subject_of(noun.head) if noun.dep_ == "attr" and noun.head.lemma_ == "be" else None
    if subject is None or subject.pos_ == "PROPN":
        return subject
    # ('Conway's husband, Republican lawyer George Conway, is ...': the name set beside the subject)
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _poll_share(relative) -> bool:
    """Whether a relative pronoun stands for a share of a poll's people ('the percentage of adults who said they had a
    "great deal" ... of confidence', 'The percentage of those who said they had "hardly any"'), whose answers are no
    one's quote, as the words of someone a noun names ('a 2018 court order which said', 'four teenagers who
    described') are."""
    people = relative.head.head if relative.head.dep_ == "relcl" else relative
    return people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() in _SHARES


# Nouns of a part of those polled: 'the percentage of adults who said'.
_SHARES = frozenset({"percentage", "percent", "share", "proportion", "majority", "minority", "number", "half", "third", "quarter", "fraction"})


def _relative_speech_verb(verb) -> bool:
    """Whether a speech verb heads a relative clause on a noun before it: "said" of 'Nothing the president said "will
    assuage ..."' (what the sentence is about, not who speaks), however the parser hung it: as a relative clause, or
    with the pronoun it describes read as a second subject."""
    if verb.dep_ == "relcl":
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    return len(subjects) == 2 and subjects[0].pos_ == "PRON" and subjects[0].lower_ in _DESCRIBED_PRONOUNS


def _tells_no_speaker(verb) -> bool:
    """Whether a speech verb governing a fragment says nothing of who speaks it: it heads a relative clause
    (_relative_speech_verb), or it is a verb of telling or asking, passive with no "by", whose subject is the one
    told or asked ('Trump was told "the economy will look very different," one participant said')."""
    return _relative_speech_verb(verb) or (
        verb.lemma_.lower() in ADDRESSED_VERBS | {"ask"} and is_passive(verb) and passive_agent(verb) is None)


# Pronouns a relative clause with no "that" may describe: 'Nothing the president said', 'Everything she says'.
_DESCRIBED_PRONOUNS = frozenset({"nothing", "everything", "something", "anything", "little", "much", "all"})


# Pronouns a naming verb's subject may be for whoever calls something so: a person, people, or a body ('The Democratic
# National Committee is offering its "deep and sincere apology" ... for what it calls "the inexcusable remarks ..."',
# 'One complaint by the oil industry involves something it calls the "blend wall"').
_NAMING_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _someones(subject, found: Speaker) -> bool:
    """Whether an unnamed subject of a naming verb is someone in particular, whose words the phrase
    is: people someone has ('His surrogates called him "a genius"'), people of a kind, in the plural ('Critics on
    the left went after Chao, calling the GOP "one big racket"', 'what misinformation experts have termed "an
    infodemic"', 'Two oil industry groups ... calling them "..."': the gold names them by that phrase), or a definite
    one the lexicon knows ('the company's lawyer', 'the minister'), or one of them counted out ('one lawmaker called
    Trump "the orange prince ..."', 'One Clinton spokesman has called the situation "..."': a single person, whom the
    gold names by that phrase); not a thing ('the figures call it ...')."""
    if subject.pos_ != "NOUN":
        return False
    if subject.tag_ == "NNS":
        return True
    owned = any(c.dep_ == "poss" for c in subject.children)
    return owned or found.head in _SOMEONE and any(
        c.lower_ == "the" or c.lower_ in _ONE_OF_THEM and subject.tag_ == "NN" for c in subject.children)


# Words that single out one person of a kind: 'one lawmaker', 'a Clinton spokesman'.
_ONE_OF_THEM = frozenset({"one", "a", "an"})


def _own_object(verb, subject) -> bool:
    """Whether the word read as the subject of the verb whose clause holds a quoted phrase is its
    object, the verb no speech verb (a bare cue's verb may take the name after it for its object:
    '"...," smiles one broker' is the broker's)."""
    return subject.dep_ == "dobj" and subject.head.i == verb.i and verb.lemma_.lower() not in DIRECT_CUE_VERBS


def _lone_word_after(verb):
    """The one word between a cue verb and its sentence's end ('"...," said another.'): who spoke,
    whatever the parser made of it (an object of "said", the quote's word its subject)."""
    doc = verb.doc
    after = doc[verb.i + 1 : verb.i + 3]
    if len(after) == 2 and after[0].pos_ in {"PRON", "PROPN", "NOUN"} and after[1].text in {".", "!", "?"}:
        return after[0]
    return None


def _names_a_noun(p: Para, q: QuoteSpan) -> bool:
    """Whether a quoted phrase is the name of the noun right before it ('its slogan "C and C"')."""
    root = _quote_root(p, q)
    return root is not None and root.dep_ in {"appos", "compound", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i < root.i


def _run_on_cues(spans: list[QuoteSpan], events: dict[int, _Event]) -> None:
    """A quote left open into the next one of its paragraph is said by whoever that one's cue names:
    in '"He was sent off ... "We don't know how many," said an SFA statement' both sentences are the
    statement's, not the last speaker's carried on (the continued sieve)."""
    for i in range(len(spans) - 2, -1, -1):
        e, nxt = events.get(i), events.get(i + 1)
        if e is None or nxt is None or nxt.speaker is None or e.fragment or not spans[i + 1].continues:
            continue
        # (ahead of the subject of the sentence before, "named before": the run-on cue is the quote's own)
        if e.speaker is None and e.inherit or e.sieve == "named before":
            e.speaker, e.cue, e.sieve, e.inherit = nxt.speaker, nxt.cue, nxt.sieve, False


# Labels of a passive naming verb's agent whose words the phrase is: a person's, a named body's
# ('branded "deeply irresponsible" by the Liberal Democrats'), never a place's.
_NAMING_AGENTS = frozenset({"PERSON", "ORG", "NORP"})


def _one_role_holder(found: Speaker) -> bool:
    """Whether a speaker is one person known by a role: "the sentencing judge", not "analysts"."""
    return found.role is not None and not found.plural


# Sieves that link a short quoted phrase, not only a statement: 'views it as "a human right"'.
_PHRASE_SIEVES = frozenset({"cue clause", "quoted as"})


def _predicate_phrase(p: Para, q: QuoteSpan, verb) -> bool:
    """A phrase in marks of two words or more that ends the clause its cue before reports."""
    inner = p.text[q.start : q.end]
    span = p.doc.char_span(q.start, q.end, alignment_mode="expand")
    return (
        span is not None and len(inner.split()) >= T.QUOTED_PHRASE_MIN_WORDS and not _quoted_title(p.text, q)
        and not headline_case(inner) and ends_as_predicate(span, verb, p.text[q.outer_end :])
    )


def _name_opening_aside(verb, q: QuoteSpan):
    """The person's name that opens the words between a quote and its cue, when an aside set off by
    commas follows it: '"...," William M. Daley, President Obama's former chief of staff, said' is Daley,
    whatever the aside holds (its own nouns, places, clauses) and however long it runs. None otherwise."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    i = _first_after_quote(verb, q)
    while i < verb.i and (doc[i].is_punct or is_title_word(doc[i].text)):
        i += 1  # (past the quote's comma and a title: '"...," Mr. Daley, ..., said')
    name = None
    while i < verb.i and doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN":
        name, i = doc[i], i + 1
    return name if name is not None and doc[i].text == "," and i < verb.i - 1 else None


def _cue_right_after(verb, q: QuoteSpan) -> bool:
    """The cue clause starts right after the quote: '"pulled into the enterprise," Cook said', '"a
    lawful source of investment income," as a Homeland Security memo put it', not
    '"patently false," and analysts told Polygraph' (a new clause with a speaker of its own)."""
    doc = verb.doc
    i = _first_after_quote(verb, q)
    while (doc[i].is_punct or doc[i].lower_ == "as" and _puts_it(verb)) and i < verb.i:
        i += 1  # ('North Korea is "racing towards the nuclear finish line," as Van Jackson ... puts it')
    first = doc[i]
    subject = subject_of(verb)
    return first.i == verb.i or subject is not None and subject.left_edge.i <= first.i <= subject.i


def _first_after_quote(verb, q: QuoteSpan) -> int:
    """The index of the first token between a quote and a cue verb after it (the verb's own when none)."""
    i = verb.i
    while i > 0 and verb.doc[i - 1].idx >= q.outer_end:
        i -= 1
    return i


def _subject_before(p: Para, spans: list[QuoteSpan], i: int):
    """The subject of the main clause of the sentence that leads into an uncued quote in the same
    paragraph: 'The mayor, Tim Ng, was unmoved. "We will not pay more."', 'Smith ended with a
    warning: "..."'; None when that sentence holds an earlier quote (its cue rules) or when the
    quote opens the paragraph (what came before is the last speaker's)."""
    sent = _lead_sentence(p, spans, i)
    return next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if sent is not None else None


def _viewpoint_before(p: Para, spans: list[QuoteSpan], i: int):
    """The name a leading sentence opens with as whose view it gives: 'To Levin, the xenobots are
    a sign that ... "Typically when you ask ..."', 'For Roe, the loss was personal. "I cried."'."""
    sent = _lead_sentence(p, spans, i)
    return viewpoint_name(sent) if sent is not None else None


def _agent_before(p: Para, spans: list[QuoteSpan], i: int):
    """Who does what the passive main clause of the sentence leading into an uncued quote says:
    'Their view was backed by Monique Landry.'"""
    sent = _lead_sentence(p, spans, i)
    return passive_agent(sent.root) if sent is not None else None


def _viewpoint_in(p: Para, q: QuoteSpan):
    """The name the quote's own sentence opens with as whose view it gives, when no speech verb in
    it says whose words they are ('For Conrac, the arbitrageur said, ... an "appropriate price."')."""
    span = p.doc.char_span(q.outer_start, q.outer_start + 1, alignment_mode="expand")
    if span is None or not len(span) or any(t.lemma_.lower() in LEADING_CUE_VERBS and t.pos_ == "VERB" for t in span[0].sent):
        return None
    return viewpoint_name(span[0].sent)


def _relative_actor_before(p: Para, spans: list[QuoteSpan], i: int):
    """The one name in the sentence leading into an uncued quote that a "who" clause goes on
    with, when that sentence is about a thing: 'The AMA is the brainchild of IBM researcher Jim
    Levine who developed the prototype ...'."""
    sent = _lead_sentence(p, spans, i)
    actors = [t for t in sent if t.pos_ == "PROPN" and _acts_in_relative(t)] if sent is not None else []
    return actors[0] if len(actors) == 1 else None


def _acts_in_relative(tok) -> bool:
    """Whether a name is the "who" of a relative clause after it ("Jim Levine who developed")."""
    return any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children) for c in tok.children)


def _lead_sentence(p: Para, spans: list[QuoteSpan], i: int):
    """The sentence that leads into quote i in its paragraph, ending with it or right before it."""
    q = spans[i]
    before = p.text[: q.outer_start].rstrip()
    if not before.endswith((".", "!", "?", ":")):
        return None
    span = p.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent, earlier = span[0].sent, spans[i - 1].outer_end if i else 0
    if sent.start_char < earlier:
        return None
    if not sent.start_char <= sent.root.idx < q.outer_start:
        return _lead_before_colon(p, sent, q)
    return sent


def _lead_before_colon(p: Para, sent, q: QuoteSpan):
    """The words of a sentence before the colon that opens quote q, when the parser ran the sentence
    on into the quote and took a verb of the quote for its root ('For Henry Reichhold, this is
    progress: "That's the whole thing ..."'): the lead is still a clause of its own."""
    before = p.text[: q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    lead = p.doc.char_span(sent.start_char, len(before) - 1, alignment_mode="contract")
    return lead if lead is not None and len(lead) else None


def _source_before(p: Para, spans: list[QuoteSpan], i: int):
    """The source a lead of nothing but "From ..." names before the colon that opens an uncued
    quote: 'From a USDA reporter: "A farmer suicide every four days ..."'; not a time or a place
    ('From Monday:', 'From Sydney:')."""
    lead = _lead_sentence(p, spans, i)
    if lead is None or len(lead) < 2 or lead[0].lower_ != "from" or not p.text[: spans[i].outer_start].rstrip().endswith(":"):
        return None
    phrase = {t.i for t in lead[0].subtree}
    source = next((t for t in lead[0].children if t.dep_ == "pobj"), None)
    if source is None or any(t.i not in phrase for t in lead) or source.ent_type_ in _NO_SOURCE_TYPES:
        return None
    return source if source.pos_ in {"NOUN", "PROPN"} else None


# What a "From ..." lead names when it says where or when, not who.
_NO_SOURCE_TYPES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


def _closes_with_comma(text: str, q: QuoteSpan) -> bool:
    return text[q.end : q.outer_end].lstrip().startswith(",") or text[q.outer_end : q.outer_end + 1] == ","


# Nouns of someone's words whose that-clause gives them: 'her comments that "I was responsible ..."', 'gave
# assurances that the U.S. is "in a much better place"', 'the FBI's objections that it has "grave concerns"'.
_WORDS_NOUNS = frozenset("comment remark statement testimony word claim assertion admission declaration boast objection complaint".split()) | speech.CLAIM_NOUNS

# Verbs whose object is words their subject gives ('Pence gave assurances that ...', 'made the claim that ...').
_GIVING_WORDS_VERBS = frozenset("give make offer issue repeat reiterate voice deliver".split())


def _owner_of_said(p: Para, q: QuoteSpan):
    """Whose words or promise a quote is, by the noun before it (_owner_of_words, _owner_of_promise); None if no one's."""
    return _owner_of_words(p, q) or _owner_of_promise(p, q)


def _owner_of_words(p: Para, q: QuoteSpan):
    """Whose words a quote in a clause opened by "that" is, when "that" follows a noun of someone's words, past a
    phrase of where or when ('using her comments before a House committee that "I was responsible for quite a bit"',
    'came under fire over her assertion during the debate that "we now finally are where we need to be"', 'Mr.
    Trump's comments in a tweet earlier Thursday that they were "wasting their time"'): the possessive, or the
    subject of a verb of giving words whose object the noun is ('Pence gave assurances that the U.S. is "in a much
    better place"'), however the parser hung the clause. None otherwise, or when a verb or a comma comes between
    the noun and "that"."""
    mark = _that_opening(p, q)
    if mark is None:
        return None
    for tok in reversed(p.doc[mark.sent.start : mark.i]):
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _WORDS_NOUNS and not _under_speech_verb(tok):
            return next((c for c in tok.children if c.dep_ == "poss"), None) or _giver_of_words(tok)
    return None


# Nouns of what someone promises or calls for, whose infinitive in marks gives their words: 'Trump's campaign pledge to
# "drain the swamp"', 'Tlaib's famous vow to "impeach ..."', 'Klobuchar's call to "text Amy"'.
_PROMISE_NOUNS = frozenset("pledge promise vow threat call plea".split())


def _owner_of_promise(p: Para, q: QuoteSpan):
    """Whose words a quote opening right after "to" is when a possessed noun of promise stands before it, past a dash
    ('Tlaib's famous vow to "impeach the motherf-----."', 'Donald Trump's signature campaign promise - to "build that
    wall"'): the possessive. Read on the words, since the parser often hangs the infinitive from another verb of the
    sentence ('in light of Trump's campaign pledge to "drain the swamp"'). None otherwise."""
    span = p.doc.char_span(q.start, q.end, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i > 0 and p.doc[i].is_punct:
        i -= 1  # the opening mark
    if i < 1 or p.doc[i].lower_ != "to":
        return None
    i -= 1
    while i > 0 and p.doc[i].text in _DASHES:
        i -= 1
    noun = p.doc[i]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROMISE_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _under_speech_verb(noun) -> bool:
    """Whether a noun of words hangs from a speech verb before it ('Harris tweeted moments after Gillibrand's
    announcement that the New Yorker "is a brave voice ..."'): the that-clause after the noun is as likely that
    verb's, what its own subject said."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in LEADING_CUE_VERBS and t.i < noun.i for t in noun.ancestors)


def _that_opening(p: Para, q: QuoteSpan):
    """The "that" opening the clause a quote is in: the quote opening right after it ('assertion that "gross
    mismanagement" is to blame', the quote the clause's subject), or a phrase in the clause's own words, up to
    WORDS_CLAUSE_MAX_HOPS words up from the quote's root to the clause's verb. None when the first verb up is not
    the one "that" opens (a clause inside the clause has its own subject) or is a verb of saying or naming, whose
    words are its own subject's ('her comments that Democrats called him "a racist"')."""
    root = _quote_root(p, q)
    if root is not None and root.dep_ in {"nsubj", "nsubjpass"} and root.head.i > root.i:
        root = root.head
    for _ in range(T.WORDS_CLAUSE_MAX_HOPS if root is not None else 0):
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None:
            return mark if 0 < q.outer_start - mark.idx and not _says_or_names(root) else None
        if root.head.i == root.i or root.pos_ in {"VERB", "AUX"} and not q.start <= root.idx < q.end:
            return None
        root = root.head
    return None


def _says_or_names(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in LEADING_CUE_VERBS | NAMING_VERBS


def _giver_of_words(noun):
    """The subject of the verb of giving words whose object `noun` is ('Pence gave assurances that ...'), None otherwise."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING_WORDS_VERBS or is_passive(verb):
        return None
    return subject_of(verb)


# Nouns of what someone answered, argued or held, whose words a "was that ..." gives: 'The senator's answer was
# that "..."', 'Her response was: "..."', 'His assumption ... was that "..."'.
_ANSWER_NOUNS = _WORDS_NOUNS | frozenset(
    "answer response reply retort phrase catchphrase line slogan refrain mantra message argument assumption explanation excuse".split())


def _owner_of_answer(p: Para, q: QuoteSpan):
    """Whose words a quote is when it is what someone's answer, response or argument "was" ('The Florida senator's
    answer was that "the most important institution in society is the family,"', 'Clinton's response was: "Is
    Dalton Brody off Conn or Wisconsin?"', 'Rubio's catch phrase ... was that Crist "would say or do anything ..."'):
    the possessive of the noun that is the subject of the "be" whose clause holds the quote, climbing from the quote's
    root past no speech verb and no more than ANSWER_MAX_HOPS words. None otherwise ('The answer was "no"' names no one)."""
    for below, tok in _heads_outside(p, q, T.ANSWER_MAX_HOPS):
        if tok.lemma_ == "be" and below.dep_ in {"ccomp", "attr", "acomp"}:
            noun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if noun is None or noun.lemma_.lower() not in _ANSWER_NOUNS:
                return None
            return next((c for c in noun.children if c.dep_ == "poss"), None)
        if tok.lemma_.lower() in LEADING_CUE_VERBS:
            return None
    return None


def _heads_outside(p: Para, q: QuoteSpan, hops: int):
    """(word below, its head) up from the quote's root to the sentence's, `hops` steps at most, each head outside the
    quote's marks: what the readings of a quote's clause ("was that", "called for") climb through."""
    tok = _quote_root(p, q)
    for _ in range(hops if tok is not None else 0):
        if tok.head.i == tok.i:
            return
        below, tok = tok, tok.head
        if not q.outer_start <= tok.idx < q.outer_end:
            yield below, tok


def _quote_root(p: Para, q: QuoteSpan):
    """The root of the quote's words in the sentence where it opens: a quote that runs on past its
    sentence ('described it as "a spy adventure. And that only touches it."') hangs from that one."""
    span = p.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return p.doc[span.start : min(span.end, span[0].sent.end)].root


def _governing_cue(p: Para, q: QuoteSpan):
    """The speech verb outside a quote whose clause the quote belongs to: 'the DEA says that the
    border "remains the primary entry point"', 'Cook said ..., and he sees "first hand ..."'; failing
    one, the verb that calls for what the quote is a part of ('called for a redoubling of efforts to
    transition to a "clean energy economy"')."""
    found = _governing_verb(p, q, _quote_root(p, q))
    if found is None and (opening := _opening_root(p, q)) is not None:
        # 'Biden thanked Sanders for "working together to unite our party, and deliver real, lasting change"': the
        # parser hung the words after the comma from the verb as a clause of their own; the words before it say
        # whose clause the quote is in
        found = _governing_verb(p, q, opening)
    return found if found is not None else _called_for(p, q)


def _called_for(p: Para, q: QuoteSpan):
    """The "call" whose demand holds a quoted phrase, however deep in it ('called for denying entry to
    travelers from countries with a "strong presence" of ...'): up from the phrase's root, past no verb
    with a subject of its own nor a speech verb (whose clause is a statement of its own), within
    DEMAND_MAX_HOPS words, when the parse gives the call a subject; None otherwise."""
    for below, tok in _heads_outside(p, q, T.DEMAND_MAX_HOPS):
        if demands(tok, below):
            # (a call whose caller the parse lost is left to the other readings: 'He called it "shameful" and
            # called on leaders "not to feed that dark impulse"', the second "called" hung from the first phrase)
            caller = subject_of(tok)
            return tok if caller is not None and _someone_calls(caller) else None
        if tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in LEADING_CUE_VERBS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)):
            return None
    return None


def _someone_calls(caller) -> bool:
    """Whether the subject of a call for something is someone whose words a phrase of the demand may be: a
    name or a pronoun, a phrase holding a name ('the Clinton campaign', 'Scott's family'), or a noun for
    people, an organisation, a body or a document ('A group of 67 artists'); not a thing that "calls for"
    something ('replacing it with softer language calling for "appropriate assistance"': a platform's
    wording, no one quoted)."""
    if caller.pos_ in {"PROPN", "PRON"} or caller.lemma_.lower() in _SOMEONE:
        return True
    return any(t.pos_ == "PROPN" for t in caller.subtree)


def _governing_verb(p: Para, q: QuoteSpan, tok):
    """The speech verb, the judging verb or the verb of holding a view whose clause holds a quote, up from `tok`, the
    root of its words."""
    view = None  # a verb of holding a view the quote's clause hangs from, when no speech verb governs it
    verbs = 0  # verbs passed outside the quote: a view is the holder's words only for its own clause's
    hops = 0
    while tok is not None and hops < T.GOVERNING_CUE_MAX_HOPS:
        # 'According to the man, the steroids "had a transformative effect"'
        according = next((c for c in tok.children if c.lower_ == "according" and not q.outer_start <= c.idx < q.outer_end), None)
        if according is not None and reporting_verb(tok) is None:
            # (not 'Win Lay said that according to its count, the party has won, but "we are still
            # counting"': the source a reported clause cites is the reporter's own; "said" governs)
            return according
        if tok.head.i == tok.i:
            return view
        below, tok = tok, tok.head
        # (a noun phrase joined to another is as far from the verb: 'function as "super peers" or
        # the "perfect playmate"'; a verb joined to another is a clause of its own)
        hops += below.dep_ != "conj" or below.pos_ in {"VERB", "AUX"}
        if q.outer_start <= tok.idx < q.outer_end:
            continue
        if _view_of_another(below):
            return view
        if _unsaid_passive(tok, below):
            # 'Sir Al is described as "a proud grandfather"', 'Im was hailed for his "remarkable
            # visual beauty"': the subject is who the words are about; with no "by", nobody says them
            return view
        if _unspoken_report(tok):
            continue
        if _subject_clause_of_no_one(tok):
            # 'Rubio tweeted that while he disagreed "100% with Rep. Tlaib" denying them entry "is a mistake"': a
            # gerund standing as a clause's subject, with none of its own, names an act; the verb above reports
            continue
        if tok.lemma_.lower() in LEADING_CUE_VERBS and tok.pos_ == "VERB" or _gone_on_about(tok, below) or _reports_clause(tok, below):
            return _reporter(tok)
        verbs += below.pos_ in {"VERB", "AUX"} and not q.outer_start <= below.idx < q.outer_end
        if view is None and verbs <= 1 and below.dep_ == "ccomp" and (tok.lemma_.lower() in _VIEW_VERBS and tok.pos_ == "VERB" or tok.lower_ in _VIEW_ADJECTIVES and tok.head.lemma_ == "be"):
            # 'He believed the majority favoured it and "we have to accept ..."', 'the BCC found the
            # economy still faced "major risks"', 'he is confident problems can be "ironed out"':
            # the words of whoever holds the view, unless a speech verb reports the view ("The
            # entrepreneur said ... she felt he was "thinking outside the box"" is his)
            view = tok if tok.pos_ == "VERB" else tok.head
            continue
        if judges(tok, below) and not _judging_inside_report(tok):
            # 'criticised British TV for being "too safe and too cheap"', 'credited the legend's
            # "raw hypnotic energy"': what a critic faults or a jury praises in marks is their words
            return tok
    return view


def _subject_clause_of_no_one(verb) -> bool:
    """Whether a verb heads a clause standing as another's subject ("denying them entry is a mistake") and has no
    subject of its own: no one is said to do it."""
    return verb.dep_ in {"csubj", "csubjpass"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _judging_inside_report(verb) -> bool:
    """Whether a judging verb is an infinitive inside a clause a speech verb reports: 'Kasich said "it's not
    appropriate" for Trump to criticize public officials who are "in the middle of a disaster"' tells of a judging no
    one is said to have done; the words are the reporter's, whom the walk up reaches next."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and any(a.lemma_.lower() in LEADING_CUE_VERBS and a.pos_ == "VERB" for a in verb.ancestors)


def _naming_below(p: Para, q: QuoteSpan, governing):
    """The speech verb whose clause holds a quoted phrase, or the naming verb inside that clause the
    phrase is the complement of, when that verb has a subject of its own: in 'Becky Quick said the
    front-runner had referred to Rubio as the "personal senator"' and 'The Journal notes that Coulter
    tweeted ..., and Trump later called Haley "very weak"' the words are those of whoever called it
    so, whom the speech verb above only reports on."""
    named = _quoted_as(p, q) if governing is not None else None
    if named is None or named.i == governing.i or governing not in named.ancestors or not naming_verb(named) or is_passive(named) or _not_yet_done(named):
        # ('Mr. Trump vowed that his Treasury Department will label China a "currency manipulator"': a naming
        # not yet done names nothing; the words are the vow's)
        return governing
    # its own subject, not one it shares with a verb it is joined to ('Paul said Rubio's tax plan would
    # give money to ..., and called him "the leading proponent ..."' is still Paul's), nor a pronoun,
    # which may stand for the reporter ('The statement said officials have stated that they regard
    # apartheid as "a system wholly at variance with ..."')
    subject = next((c for c in named.children if c.dep_ == "nsubj"), None)
    own = subject is not None and subject.pos_ != "PRON" and not q.outer_start <= subject.idx < q.outer_end
    return named if own else governing


def _unspoken_report(verb) -> bool:
    """Whether a speech verb inside what another speech verb reports speaks no words of its own: one
    not yet done ('Toomey suggested the US should threaten "tough, new sanctions"', 'Earnest said further
    penalties would be announced "as soon as today"') or done by no one named ('the spokesman said that
    Navy commanders have been told "to ..."'). Its subject is what is announced, threatened or told,
    never who speaks: the words are the reporting subject's ('X said Y told him "..."' stays Y's). Nor does a thing
    that "confirms" or "signals" something ('Reid ..., saying his election confirms the ascendance of "hate and
    bigotry in America"'): an event or a fact says no words, the one who reports it does."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEADING_CUE_VERBS or reporting_verb(verb) is None:
        return False
    return _not_yet_done(verb) or is_passive(verb) and passive_agent(verb) is None or mute_subject(verb) and not _owned_by_a_name(verb)


def _owned_by_a_name(verb) -> bool:
    """Whether the verb's subject is a named someone's ("Kavanaugh's dissent said his colleagues were creating "a new
    right""): the dissent speaks for its author, who is quoted."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)


def _not_yet_done(verb) -> bool:
    """Whether a verb is only announced, by a modal: "will label", "would insist", "should threaten"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _unsaid_passive(verb, below) -> bool:
    """Whether a verb presenting its subject as `below`, or judging `below`, is passive with no one
    named to do it ("Retail sales were reported slow "for ..."" stays a report's words)."""
    presents = below.lower_ == "as" and below.dep_ == "prep" or judges(verb, below)
    return presents and verb.pos_ == "VERB" and is_passive(verb) and passive_agent(verb) is None


def _view_of_another(below) -> bool:
    """Whether `below` is a verb of holding a view joined to another clause, with a named subject
    of its own: in 'Ministers say the constitution would make the EU work better but critics fear
    creating a "super state"' the words are the critics' fear, not what the ministers say (a
    pronoun may be the speaker again, and a joined speech verb is a cue of its own)."""
    own = next((c for c in below.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return below.dep_ == "conj" and below.lemma_.lower() in _JOINED_VIEW_VERBS and own is not None and own.pos_ in {"NOUN", "PROPN"}


def _reporter(cue):
    """The cue itself, or the speech verb that reports it when its subject is a thing: in 'It said
    the proposals indicated "real economic reforms" were coming' the words are the one who said so."""
    outer = cue.head
    if cue.dep_ != "ccomp" or outer.lemma_.lower() not in LEADING_CUE_VERBS or outer.pos_ != "VERB":
        return cue
    said_by = subject_of(cue)
    thing = said_by is not None and said_by.pos_ == "NOUN" and said_by.lemma_.lower() not in _SOMEONE and not any(
        t.pos_ in {"PROPN", "PRON"} for t in said_by.subtree)
    return outer if thing else cue


# Nouns for someone who may speak: a person, an organisation, a body, a document.
_SOMEONE = DESCRIBED_PEOPLE | ORGANISATION_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS


# Verbs and adjectives of holding a view, whose clause a phrase quoted inside is the holder's words.
_VIEW_VERBS = frozenset({"believe", "find", "feel"})
_VIEW_ADJECTIVES = frozenset({"confident", "convinced", "adamant"})
# Verbs through which a subject joined to another clause holds a view of its own (only these: the
# parser joins a reported clause's own second half to the speech verb as well, 'It said ..., but
# the negotiations collapsed "because of ..."').
_JOINED_VIEW_VERBS = _VIEW_VERBS | {"fear", "think", "worry", "hope", "doubt"}


def _person_quoted_by(cue):
    """The person a cue's participle of quoting names: "Eisenhower" in 'Hagel said, quoting Eisenhower', "official"
    in 'the Post reported, quoting an anonymous Republican official'; None otherwise (not 'Trump tweeted, quoting
    Comey's statement', a document)."""
    quoting = next((c for c in cue.children if c.lemma_.lower() == "quote" and c.tag_ == "VBG" and c.i > cue.i), None)
    quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None) if quoting is not None else None
    if quoted is None:
        return None
    named = quoted.pos_ == "PROPN" and quoted.ent_type_ in {"PERSON", ""}
    return quoted if named or quoted.lemma_.lower() in DESCRIBED_PEOPLE else None


def _one_taken_to_task(cue):
    """The object of a verb that faults, mocks, thanks or praises someone "for" saying something, who said it: 'Mr.
    Romney mocked the president for declaring on Friday that the "private sector is doing fine"' (the president's
    words, never Romney's). None when the cue is no gerund after "for" a verb with an object governs."""
    judging = cue.head.head
    if cue.dep_ != "pcomp" or cue.tag_ != "VBG" or cue.head.lower_ != "for" or judging.pos_ != "VERB" or (
            "for" not in JUDGING_PREPOSITIONS.get(judging.lemma_.lower(), ())):
        return None  # (not 'Trump also drew fire on Saturday for saying ...': he drew it, no one is faulted)
    return next((c for c in judging.children if c.dep_ == "dobj" and c.i < cue.i and c.pos_ != "PRON"), None)


def _name_right_before(cue):
    """The name right before a cue the parse gave no subject, past commas, or before the verb whose infinitive the cue
    is: 'At McMaster's news conference Monday announcing that ..., the state's epidemiologist, Linda Bell, continued to
    ask that "..."', the parser having hung the name on the clause before. None when a common noun stands there."""
    verb = cue.head if cue.dep_ == "xcomp" and cue.tag_ == "VB" and cue.i > cue.head.i else cue
    if verb.tag_ not in _FINITE_TAGS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # ('denied ... deals with Russia, tweeting shortly before ...': a participle's subject is the clause's)
    near = adjacent_subject(verb)
    if near is None or near.pos_ != "PROPN" or near.dep_ in {"pobj", "dobj"} or near.ent_type_ in {"DATE", "TIME"} or (
            verb.doc[verb.i - 1].text == ")"):
        return None  # (nor a day, 'speaking on "Fox News Sunday," said', nor a bracket's state, 'Paul Ryan (R-WI) said')
    return near


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _cue_subject(cue):
    """Whose words a cue gives: a speech verb's subject; the object of "according to X" and of
    "in the words of X"."""
    if cue.lower_ in {"according", "words"}:
        link = next((c for c in cue.children if c.lower_ in {"to", "of"}), None)
        pobj = next((c for c in link.children if c.dep_ == "pobj"), None) if link is not None else None
        return speech.quoted_source(link, pobj) if pobj is not None and cue.lower_ == "according" else pobj
    # 'Mr Bez - himself a former executive at rival Porsche - said': Bez, not a word of the parenthesis
    return speech.past_parenthesis(cue, subject_of(cue) or _user_of_occasion(cue))


# Verbs of using an occasion to speak: 'used a speech to say', 'took the opportunity to say'.
_OCCASION_VERBS = frozenset({"use", "take", "seize"})


def _user_of_occasion(cue):
    """Who used an occasion to say something: the subject of "used a speech" in 'Mr Kennedy used a
    speech to say his party was facing up to "painful economic realities"' (not "asked him to say",
    whose object is who says it)."""
    head = cue.head
    if cue.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in _OCCASION_VERBS or head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    return subject_of(head)


def _quoted_as(p: Para, q: QuoteSpan):
    """The verb a quoted phrase is the 'as' of: 'Lewis Ward sees the lineup as its "Achilles heel"'.
    A phrase whose words after a comma the parser hung from the verb ('lauded by Hawking as "the
    greatest discovery of the century, if not of all time"') is read by its words before the comma."""
    verb = _quoted_as_from(p, q, _quote_root(p, q))
    opening = _opening_root(p, q)
    if verb is None and opening is not None:
        verb = _quoted_as_from(p, q, opening)
    return verb if verb is not None else _naming_verb_before_object(p, q)


def _naming_verb_before_object(p: Para, q: QuoteSpan):
    """The active naming verb ("called", "dubbed") a quoted phrase follows across nothing but the noun phrase it names,
    read from the words when the parser hung the phrase elsewhere: 'Trump called Katrina "a real catastrophe"' (the
    phrase read as Trump's apposition), 'when he called Roe v. Wade "settled law."' (read as a clause), 'He called Mr.
    Obama's tax plan, which would raise taxes ..., a "warmed-over proposal."' (a relative clause on the object set
    off by commas); None when any other verb, a mark or a stop comes between, or the verb is passive ('was called'),
    and when a noun follows the phrase, whose modifier it is ('called the "harbour renewal" plan a sound idea')."""
    after = next((t for t in p.doc if t.idx >= q.end and not t.is_quote and not t.is_space), None)
    if after is not None and after.is_alpha and after.is_lower and (
            after.pos_ in {"NOUN", "PROPN"} or after.tag_ in {"VB", "VBP", "VBZ"}):
        # (the parser may read that head as a verb in the present, 'the "harbour renewal" plan a sound idea'; a
        # participle after the phrase is no head of it: '"a real catastrophe" given its ...')
        return None
    before = p.doc.char_span(0, q.outer_start, alignment_mode="contract")
    words = list(before) if before is not None else []
    aside = False  # inside a relative clause set off by commas, walking back
    n = 0  # the object's words passed
    for tok in reversed(words):
        if tok.is_quote or tok.text in {".", ";", ":", "?", "!"} or n > T.NAMED_OBJECT_MAX_WORDS:
            return None
        if tok.text == ",":
            aside = not aside
            continue
        if aside:
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            # (not the "called" of "the so-called Steele dossier", an adjective the tokenizer split at its hyphen)
            named = tok.lemma_.lower() in NAMING_VERBS and n > 0 and not is_passive(tok) and not _not_yet_done(tok) and tok.doc[tok.i - 1].text != "-"
            return tok if named and not any(c.dep_ in {"prt", "prep"} and c.i == tok.i + 1 for c in tok.children) else None
        if tok.pos_ not in _NAMED_OBJECT_POS and tok.lower_ not in {"v.", "vs."}:
            return None
        n += 1
    return None


# The words of a noun phrase a naming verb names: 'Mr. Obama's tax plan', 'Roe v. Wade', 'a'.
_NAMED_OBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PRON"})


def _under_quoted_phrase(p: Para, spans: list[QuoteSpan], i: int):
    """The verb an earlier phrase in marks is the 'as' or the naming complement of, when quote i's
    words hang from that phrase ('called 2004 an "outstanding success" that generated "tremendous
    momentum"': both phrases are what she called it)."""
    tok = _quote_root(p, spans[i])
    for _ in range(T.AS_PHRASE_MAX_HOPS if tok is not None else 0):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        earlier = next((s for s in spans[:i] if s.start <= tok.idx < s.end), None)
        if earlier is not None:
            return _quoted_as(p, earlier)
    return None


def _opening_root(p: Para, q: QuoteSpan):
    """The root of the quote's words before its first comma, None when it has none."""
    comma = p.text.find(",", q.start, q.end)
    span = p.doc.char_span(q.start, comma, alignment_mode="contract") if comma > q.start else None
    return span.root if span is not None and len(span) else None


def _quoted_as_from(p: Para, q: QuoteSpan, root):
    """The verb that phrase root of a quote is the 'as' or the naming complement of."""
    tok = root
    if tok is not None and tok.dep_ == "oprd" and tok.head.lemma_.lower() in NAMING_VERBS:
        return tok.head  # 'Lila Moss called the tour "the best year of my life"'
    if tok is not None and (verb := named_object(tok) or named_complement(tok) or named_modifier(tok)) is not None:
        return verb  # 'labelled the court "illegal and incompetent"', the phrase read as the court's modifier
    for _ in range(2 if tok is not None else 0):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.lower_ == "as" and head.dep_ == "prep":
            # 'sees the lineup as its "Achilles heel"'; 'billed the merger as "a partnership"', the
            # "as" hung from the verb's object
            verb = head.head if head.head.pos_ == "VERB" else as_of_object(head)
            if verb is not None and not q.outer_start <= verb.idx < q.outer_end:
                return verb
        tok = head
    verb = as_verb(root, T.AS_PHRASE_MAX_HOPS) or named_after_object(root, T.AS_PHRASE_MAX_HOPS) if tok is not None else None
    return verb if verb is not None and not q.outer_start <= verb.idx < q.outer_end else None


def _cues(p: Para, spans: list[QuoteSpan], i: int) -> list[tuple[str, object]]:
    """Candidate speech verbs for quote i, one per sieve that finds one, most precise first."""
    text, q = p.text, spans[i]
    # '"...," the "Pose" actor said': a quoted title between a quote and its cue does not end the search
    nxt = next((s.outer_start for s in spans[i + 1 :] if not _quoted_title(text, s)), len(text))
    inner = text[q.start : q.end].rstrip()
    follows = text[q.outer_end :].lstrip()
    sentence_end = sentence_end_after(text, q.outer_end)
    found = []
    if not inner.endswith((".", "\u2026")) or follows[:1].islower():
        stop = min(nxt, sentence_end)
        verb = _verb_in(p, q.outer_end, stop, last=False)
        if verb is not None and inner.endswith(("?", "!")) and follows[:1].isupper() and not _main_cue(verb):
            # '"So why ...?" All the parties are campaigning ..., although Blair has not confirmed
            # any timing.': after a question a capital opens a new sentence, its attribution only
            # when the cue is that sentence's own verb ('"Why?" Tom asked.')
            verb = None
        if verb is not None and speech.statement_set_against(verb):
            # '"... open for business," even as health officials warned Americans should ...': their own statement
            verb = None
        if verb is not None:
            found.append(("cue after", verb))
        elif _closes_with_comma(text, q) or inner.endswith(("?", "!")) and follows[:1].islower():
            verb = _bare_cue(p, q.outer_end, stop)
            if verb is not None:
                found.append(("bare cue", verb))
    prev = spans[i - 1].outer_end if i else 0
    begin = max(prev, sentence_start_before(text, q.outer_start))
    if text[begin : q.outer_start].rstrip().endswith((":", ",")):
        lead = len(text[: q.outer_start].rstrip().rstrip(",:").rstrip())
        verb = _verb_in(p, begin, q.outer_start, last=True, reach=lead) or _words_of(p, begin, q.outer_start)
        if verb is not None and is_passive(verb) and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DIRECT_CUE_VERBS:
            # 'Another member of the Cabinet says she was told: "..."': the words said to someone
            # are relayed by whoever reports them (the one told is the passive's subject)
            verb = verb.head
        if verb is not None and _unspoken_report(verb):
            # 'Trump also said ... that his administration will be asking John Bolton, "...': a speech verb
            # not yet done inside what another reports speaks no words; the reporter's are quoted
            verb = reporting_verb(verb)
        if verb is not None:
            found.append(("cue before", verb))
            if found[0][0] == "cue after" and nxt < len(text) and _introduces(text, found[0][1], nxt):
                # 'When Goldman asked, "Was there a deal?" Sondland said, "Yes."': the verb after
                # this quote opens the next one, and this one has its own cue before it
                del found[0]
    if inner.endswith((".", "!", "?", "\u2026")) and follows[:1].isupper():
        # '"We have her." Officers said it twice.' -> only a short sentence that is the attribution
        # ('Describing him as "a good person", the mother said ...' quotes again: no attribution)
        if sentence_end <= nxt and len(text[q.outer_end : sentence_end].split()) <= T.ATTRIBUTION_SENTENCE_MAX_WORDS:
            verb = _verb_in(p, q.outer_end, sentence_end, last=False)
            if verb is not None and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
                found.append(("cue next sentence", verb))
    return found


def _describes_in_relative(verb) -> bool:
    """Whether a speech verb after a quote only says what someone does, in a relative clause with an
    object of its own: '"That's where my sister" _ her twin, Jo, who writes the rival column _ "and I
    got ..."' is no cue of Jo's (not '"...," said a man who asked not to be named')."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in verb.children) and any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _main_cue(verb) -> bool:
    """A speech verb that is its sentence's main verb and reports no clause of its own: a sentence
    that only says who spoke ('Tom asked reporters.'), not one that says something else."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    # ('"...!" Murphy, the head of Right to Rise USA, Tweeted on Friday': the parser, misled by the capital, hung
    # the verb on the name as a clause of its own; the name, the sentence's root, is its subject all the same)
    return verb.dep_ == "ROOT" or verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.left_edge.i == verb.sent.start


def _bare_cue(p: Para, start: int, stop: int):
    """The verb of an attribution that is nothing but a name (or "he", "she", "they", "the coach")
    and one verb, whatever the verb: '"...," Dan shares.', '"...," Wilgus notes.', '"...," advised
    Delgado.'. No lexicon holds every verb writers use for "said", and after a quote closed by a
    comma a clause this bare can only say who spoke it (the parser may even read the verb as a
    plural noun: "Wilgus notes"). A particle after the verb is the verb's own word: '"...," Carson cut in.',
    '"...," Behar chimed in.'."""
    span = p.doc.char_span(start, stop, alignment_mode="contract")
    words = [t for t in span if not (t.is_punct or t.is_space or _particle_of_verb(t))] if span is not None else []
    verbs = [t for t in words if t.is_alpha and t.is_lower and t.tag_ in {"VBZ", "VBD", "NNS"}]
    if not 2 <= len(words) <= T.BARE_CUE_MAX_WORDS or len(verbs) != 1 or verbs[0].i not in (words[0].i, words[-1].i):
        return None
    rest = [t for t in words if t.i != verbs[0].i]
    named = all(t.pos_ == "PROPN" for t in rest) or len(rest) == 1 and rest[0].lower_ in {"he", "she", "they"} or (
        rest[0].lower_ in _BARE_DETERMINERS and len(rest) > 1 and all(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in rest[1:]))
    return verbs[0] if named else None


def _particle_of_verb(tok) -> bool:
    """A verb's particle right after it ("cut in", "chimed in"), which with the verb makes one verb."""
    return tok.dep_ == "prt" and tok.head.i == tok.i - 1 and tok.head.tag_ in {"VBZ", "VBD"}


# The words a bare cue's description may open with: "the coach", and an unnamed source ("smiles one broker").
_BARE_DETERMINERS = frozenset({"the", "one", "a", "an", "another"})


def _bare_subject(verb):
    """Who a bare cue names: the last word of the name before the verb ("Dan shares") or after it
    ("advised coach Mike Ruddock"), read from the words, the parse of so bare a clause being unsure."""
    doc = verb.doc
    end = verb.i + 1 if verb.i + 1 < len(doc) and _particle_of_verb(doc[verb.i + 1]) else verb.i  # "chimed in"
    step = 1 if end + 1 < len(doc) and not doc[end + 1].is_punct else -1
    i = end + step
    while 0 <= i + step < len(doc) and not (doc[i + step].is_punct or doc[i + step].is_space):
        i += step
    return doc[verb.i - 1] if step < 0 else doc[i]


def _introduces(text: str, verb, quote_start: int) -> bool:
    """Whether a speech verb is followed by nothing but its own words, a comma or a colon before a quote."""
    between = text[verb.idx + len(verb) : quote_start].strip()
    return between[-1:] in {",", ":"} and len(between.split()) <= T.INTRODUCING_CUE_MAX_WORDS


def _quoted_title(text: str, q: QuoteSpan) -> bool:
    """A short quoted name: a show, a film, a nickname ('the "Pose" actor'), or a programme's title
    after what airs or makes it (_programme_title)."""
    inner = text[q.start : q.end]
    words = inner.split()
    return 0 < len(words) < T.SPEECHLIKE_MIN_WORDS and (
        inner[-1:] not in {".", ",", "!", "?"} and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        or _programme_title(text, q, words)
    )


# Words right before a programme's title in marks: where one speaks ('said on "Meet the Press."', 'told "Fox News
# Sunday."'); not "with", after which a motto or a book comes as often ('the auction description with "Si Vis Pacem
# Para Bellum"').
_PROGRAMME_LEAD_INS = frozenset({"on", "told"})
# Words a title leaves in lower case ("Meet the Press", "Mornings with Maria").
_TITLE_SMALL_WORDS = FUNCTION_WORDS | {"a", "an", "with", "or", "by", "from"}
# Nouns for a broadcast whose title follows them ('the podcast "The Verdict."'), besides a work's.
_BROADCAST_NOUNS = frozenset({"show", "program", "podcast", "broadcast"})


def _named_programme(text: str, q: QuoteSpan) -> bool:
    """A programme's title in marks where one spoke ('on CNN's "State of the Union," Graham said'), or a work's title
    its lead-in names as one, whatever cue follows."""
    words = text[q.start : q.end].split()
    return 0 < len(words) <= T.PROGRAMME_TITLE_MAX_WORDS and _programme_title(text, q, words) or _named_work(text, q, words)


# Words right before a work's title in marks that say it is one: a noun for the work, set off by a comma or not ('In his
# last book, "The Restless Wave," McCain recalled'), what the work is titled, who wrote or made it ('author of "Running
# the World,"'), what one wrote in ('Robert Timberg wrote in "The Nightingale's Song."').
_WORK_LEAD_IN = re.compile(
    r"\b(?:(?:%s),?|titled|entitled|author of|director of|wrote in|writes in)\s*$" % "|".join(sorted(_WORK_NOUNS)), re.IGNORECASE)


def _named_work(text: str, q: QuoteSpan, words: list[str]) -> bool:
    """A work's title in marks after words that name it one: every word capitalised, as a title's are, though American
    copy closes the sentence inside its marks ('wrote in "The Nightingale's Song."'); no one's words, whatever cue
    follows. A phrase a writer quotes after such words is in lower case ('the book "was a mistake"')."""
    return 0 < len(words) <= T.WORK_TITLE_MAX_WORDS and _title_cased(words) and _WORK_LEAD_IN.search(text[: q.outer_start]) is not None


def _title_cased(words: list[str]) -> bool:
    """Whether words are cased as a title's: the first and every word but a title's small ones capitalised."""
    return words[0][:1].isupper() and all(w[:1].isupper() or not w[:1].isalpha() or w.casefold() in _TITLE_SMALL_WORDS for w in words)


def _programme_title(text: str, q: QuoteSpan, words: list[str]) -> bool:
    """A title in marks after its network's or maker's name ('said on CNN's "State of the Union."', 'CBS "Face the
    Nation."'), a noun for a work ('the podcast "The Verdict."') or where one speaks ('told "Fox News Sunday."'): the
    programme's name, though American copy closes the sentence inside its marks. A slogan or a nickname in marks
    comes after a verb of showing or naming ('signs read "Finish The Wall."', 'dubbed him "Little Marco."') and stays
    a quote."""
    if not _title_cased(words):
        return False
    before = text[: q.outer_start].split()[-1:]
    if not before:
        return False
    word = before[-1]
    # (a network's acronym, "CBS", not a word of a line in capitals: "K MART SAYS RECORD 1986 NET 'TURNING POINT'")
    return bool(possessive_ending(word)) or (word.isupper() and len(word) > 1 and not text[q.start : q.end].isupper()) or word in _PROGRAMME_LEAD_INS or word.casefold() in _WORK_NOUNS | _BROADCAST_NOUNS


def _parenthesised(text: str, q: QuoteSpan) -> bool:
    """A quote inside brackets: a list of titles or a gloss ('Ann Lee ("The Discovery," "The One I
    Love")'), never a statement that goes on from the last speaker's."""
    opened, closed = text.rfind("(", 0, q.outer_start), text.find(")", q.outer_end)
    return opened > text.rfind(")", 0, q.outer_start) and closed >= 0 and "(" not in text[q.outer_end : closed]


def _adjacent(prose: list[Para], earlier: int, n: int) -> bool:
    """Paragraph n follows paragraph `earlier` with nothing but asides between: a caption, a
    credit line of an embedded post, a link-only line."""
    return n - earlier <= 1 or all(_aside(p.text) for p in prose[earlier + 1 : n]) and n - earlier <= T.CONTINUED_MAX_PARAGRAPHS


def _aside(text: str) -> bool:
    stripped = text.strip()
    return (
        stripped.startswith(("\u2014", "\u2013", "- ")) or "pic.twitter.com" in stripped
        or len(stripped.split()) <= T.ASIDE_MAX_WORDS and not stripped.endswith((".", "!", "?", '"', "\u201d"))
    )


def _opens_with_quote(text: str, single: bool = False) -> bool:
    return text.lstrip()[:1] in ({_SINGLE_OPEN, "'"} if single else {_OPEN, '"'})


def _left_open(text: str, single: bool = False) -> bool:
    """A paragraph whose last quote runs to its end unclosed: the next paragraph goes on with it."""
    spans = quote_spans(text, single)
    return bool(spans) and spans[-1].outer_end == len(text) and text.rstrip()[-1:] not in ({_SINGLE_CLOSE, "'"} if single else {_CLOSE, '"'})


# Sieves that give a turn of an exchange its speaker from its own cue, or from the exchange.
_CUED_TURNS = frozenset({"cue after", "cue before", "cue next sentence", "bare cue", "conversation"})


class _Turns:
    """Direct quotes linked so far, by paragraph: the speakers of an exchange."""

    def __init__(self) -> None:
        self._turns: list[tuple[int, Speaker, str | None, bool]] = []

    def add(self, n: int, speaker: Speaker, sieve: str | None, question: bool) -> None:
        self._turns.append((n, speaker, sieve, question))

    def other(self, last: Speaker) -> Speaker | None:
        """In an exchange (the last two cued turns two different people, in consecutive paragraphs),
        one of them a question) the party who did not speak last takes an unattributed turn."""
        turns = [t for t in self._turns if t[2] in _CUED_TURNS]
        if len(turns) < 2:
            return None
        (n1, a, _, qa), (n2, b, _, qb) = turns[-2], turns[-1]
        if n2 - n1 != 1 or not (qa or qb) or _same(a, b) or not _same(b, last) or not (a.person and b.person):
            return None
        return a


def _same(a: Speaker, b: Speaker) -> bool:
    return (a.entity_key or a.text.lower()) == (b.entity_key or b.text.lower())


def _quoted_clause_cue(p: Para, q: QuoteSpan):
    """The speech verb before a quote that opens mid-sentence but quotes the rest of it as a clause
    ('said that China "is going to have to make a deal that I like."'), else None."""
    text = p.text
    inner = text[q.start : q.end].rstrip()
    ends = inner.endswith((".", "!", "?")) or text[q.outer_end : q.outer_end + 1] in {".", "!", "?"}
    if not ends or len(inner.split()) < T.QUOTED_CLAUSE_MIN_WORDS:
        return None
    span = p.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "ccomp", "relcl", "conj"} for t in span):
        return None
    verb = _verb_in(p, sentence_start_before(text, q.outer_start), q.outer_start, last=True)
    if verb is None or not any(c.dep_ == "ccomp" and c.i >= span.start - 3 for c in verb.children) and not text[: q.outer_start].rstrip().endswith("that"):
        return None
    return verb


def _document_subject(p: Para, q: QuoteSpan):
    """The document a quote's opening verb has for its subject, outside the quote before it ('The
    survey ... "showed ..."'), else None."""
    root = _quote_root(p, q)
    if root is None or root.pos_ != "VERB" or root.idx >= q.start + len(root.text) + 1:
        return None
    subject = subject_of(root)
    if subject is None or subject.idx >= q.outer_start or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return subject


def _quote_the_predicate_goes_on(p: Para, q: QuoteSpan, events: list[_Event]):
    """The cued quote of the sentence right before, when a phrase no cue reaches is all the predicate of the next
    sentence ('"We commend the administration's wise move," said Neil Trautwein ... It "will provide employers ..."',
    '"None of this is brain surgery," Brunner said. We're "just everyday people helping ..."'): the reporter carries
    the speaker's words on in a sentence of her own, which names no one else; else None."""
    last = events[-1] if events else None
    if last is None or last.kind != "direct" or last.speaker is None or last.fragment:
        return None
    start = sentence_start_before(p.text, q.outer_start)
    if not last.outer_end <= start or sentence_start_before(p.text, max(start - 1, 0)) > last.pos:
        return None  # (the quote before closes the sentence right before this one)
    root = _quote_root(p, q)
    if root is None or not (root.dep_ == "ROOT" or root.head.dep_ == "ROOT" and root.head.lemma_ == "be" and root.dep_ in {"attr", "acomp", "xcomp"}):
        return None
    clause = root if root.dep_ == "ROOT" else root.head
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or subject.idx >= q.outer_start or subject.ent_type_ or subject.lower_ in GENDERED_PRONOUNS:
        return None  # ('He was "very upset"' tells of a person, who may be anyone the story names)
    return last if subject.pos_ in {"PRON", "NOUN"} else None


def _document_over(p: Para, q: QuoteSpan):
    """The document or measure that is the subject of the first verb with a subject above a phrase no cue reaches
    ('That document provides "a list of district training sessions ..."', 'the executive order requires U.S.
    officials to ensure that sanctuary cities "are not eligible to receive federal grants ..."', 'a Justice
    Department policy appears to bar use of the law when "the defendant obtained ..."'): a text's wording quoted is
    the text's own words, whatever verb tells what it does; not a term it is about ('The report examines the
    so-called "fiscal cliff"'), nor what it is said to be ('Kale posited that the plan was "a disaster ..."'), nor
    under a verb whose subject is someone or something else; else None."""
    if _TERM_BEFORE.search(p.text, 0, q.outer_start) or _names_a_noun(p, q):
        return None
    for _, tok in _heads_outside(p, q, T.DEMAND_MAX_HOPS):
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if tok.pos_ in {"VERB", "AUX"} else None
        if subject is not None:
            # (one text no one owns: not 'her study', 'Trump's "lynching" tweet', whose words are a person's, nor
            # 'Polling sites', 'Democratic policies', 'the laws of Brunei', which word nothing one text quotes)
            worded = tok.lemma_ != "be" and subject.dep_ == "nsubj" and subject.tag_ == "NN" and subject.lemma_.lower() in _WORDED_TEXTS and not any(c.dep_ == "poss" for c in subject.children)
            return subject if worded and subject.idx < q.outer_start else None
    return None


# Words right before a quote that make it a term or a title the sentence is about, not a text's wording.
_TERM_BEFORE = re.compile(r"\b(?:so-called|dubbed|term|word|phrase|slogan|label|headline|titled|entitled|named)\s*$", re.IGNORECASE)
# Documents and the measures whose wording news copy quotes as theirs ("the resolution calls for", "the order requires").
_WORDED_TEXTS = DOCUMENT_NOUNS | frozenset("order resolution bill legislation amendment directive proposal policy plan guidelines agreement law regulation".split())


def _embedded(text: str, q: QuoteSpan) -> bool:
    """A fragment quoted mid-sentence: opens in lowercase right after a word, not after ':' or ','."""
    before = text[: q.outer_start].rstrip()
    return bool(before) and before[-1].isalpha() and text[q.start : q.start + 1].islower()


def _words_of(p: Para, start: int, end: int):
    """'in the words of the patient: "..."': the noun that names whose words follow a colon."""
    span = p.doc.char_span(start, end, alignment_mode="contract") if p.text[start:end].rstrip().endswith(":") else None
    return next((t for t in span if t.lower_ == "words" and t.i + 1 < len(p.doc) and p.doc[t.i + 1].lower_ == "of"), None) if span is not None else None


def _puts_it(verb) -> bool:
    """'As Gaiman put it, "..."', '"...," as one officer puts it': "put it" says how someone said it."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _goes_on(verb) -> bool:
    """'"...," she went on.', 'He went on: "..."', 'Trump went on about "how the system is rigged"':
    someone who goes on keeps talking, a cue as "continued" is; not 'went on to say', whose own verb
    cues, nor a thing that goes on ('as the talks went on')."""
    if verb.lemma_.lower() != "go" or verb.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not any(c.dep_ == "xcomp" for c in verb.children) and subject is not None and (
        subject.lower_ in GENDERED_PRONOUNS or subject.pos_ == "PROPN" or subject.lemma_.lower() in PERSON_NOUNS
        or _name_read_as_noun(subject))


def _answers_back(verb) -> bool:
    """'"...," Bennett shot back with a laugh', 'Hillary shot back, "..."', 'Fallon fired back: "..."': one who
    shoots, fires or snaps back at another's words answers in words of their own, a cue as "retorted" is (the
    parser reads "back" as the verb's particle or as its adverb, right after it)."""
    return verb.lemma_.lower() in _BACK_VERBS and verb.pos_ == "VERB" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children)


# Verbs that say "answered" with "back" after them (not "hit back", as often a blow as a word).
_BACK_VERBS = frozenset({"shoot", "fire", "snap"})


def _gone_on_about(verb, below) -> bool:
    """Whether `below` is what someone went on about: the object of "about" ('Trump went on about "how
    the system is rigged," and "wounded American families"', the parser joining the second phrase to
    the verb itself)."""
    about = below.lower_ == "about" or below.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in below.children) and any(
        c.lower_ == "about" and c.i < below.i for c in verb.children)
    return about and _goes_on(verb)


# Verbs that report a statement only through the that-clause they take: "repeated that her "personal
# email use was fully above board"", "mentioned that Clinton's "email server is down"" ("repeated calls",
# "mentioned in the report" say nothing, so these are no speech verbs of their own); so do a rejoinder, an
# assurance, a reminder and a correction ('countered that the bill "would kill jobs"', 'assured them that the
# review "will be thorough"', 'clarified that workers "won't be affected"'), and "point out" ('Cruz pointed out
# Walker's fight with public-sector unions "inspired people all over the country"'; "pointed to" points at a thing).
_CLAUSE_REPORTING_VERBS = frozenset({"repeat", "mention", "counter", "assure", "remind", "clarify", "point"})


def _reports_clause(verb, below) -> bool:
    """Whether `below` is the clause a verb of repeating or mentioning reports: its that-clause, the
    words in marks inside it the subject's own."""
    lemma = verb.lemma_.lower()
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return lemma in _CLAUSE_REPORTING_VERBS and verb.pos_ == "VERB" and below.dep_ == "ccomp"


def _name_read_as_noun(tok) -> bool:
    """Whether a token is a capitalised word inside a sentence the tagger read as a common noun:
    a name ("Trump went on", Trump tagged a noun)."""
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.i > tok.sent.start


def _colon_after(p: Para, verb) -> bool:
    """Whether a colon follows the verb right away, or its particle ('Mr Agius continued: "..."', 'He
    went on: "..."')."""
    i = verb.i + 1
    if i < len(p.doc) and p.doc[i].dep_ == "prt" and p.doc[i].head.i == verb.i:
        i += 1
    return i < len(p.doc) and p.doc[i].text == ":"


_CUE_OR_PUT = DIRECT_CUE_VERBS | {"put", "go"} | _BACK_VERBS


def _read_taken_for_a_noun(tok) -> bool:
    """Whether a "read" the tagger took for a noun is a verb all the same, having a subject: 'A No 10 statement read:
    "..."', 'held up a sign that read, "Stay home ..."' (only a verb has a subject)."""
    return tok.lower_ in {"read", "reads"} and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)


# Dependencies only a noun fills: a "verb" found there is a noun the tagger misread ("the battleground states director").
_NOUN_SLOTS = frozenset({"pobj", "compound"})


def _verb_in(p: Para, start: int, end: int, last: bool, reach: int | None = None):
    """The first (or `last`) speech verb between two characters; with `reach`, the last one whose
    clause runs on to that character, if any does: in 'Mellor agrees, noting that the only research
    suggesting fasting harms ... comes from rodent studies, "but ..."' the cue is "noting", whose
    clause leads into the quote, not "suggesting", inside it."""
    # the speech verbs (and "put") of the paragraph from its token index: a walk of every token per
    # quote, up to three times a quote, cost more than the rest of the cue search
    found = [
        t for t in tokens(p.doc).lemma(_CUE_OR_PUT)
        if start <= t.idx < end and (t.lemma_.lower() in DIRECT_CUE_VERBS or _puts_it(t) or _goes_on(t) or _answers_back(t)) and (t.pos_ in {"VERB", "AUX"} or _read_taken_for_a_noun(t))
        # ('Mr Agius continued: "..."': a colon right after it makes it a cue before all the same)
        and (not last or t.lemma_.lower() not in AFTER_QUOTE_VERBS and not _goes_on(t) or _colon_after(p, t))
        # '"the little deal" announced in October' is no cue; '"...," the patient described' is one
        and not (t.tag_ == "VBN" and t.dep_ in {"acl", "amod"} and t.head.lemma_.lower() not in PERSON_NOUNS
                 and t.head.pos_ != "PROPN")
        and (last or not _describes_in_relative(t))
        # ('who served as the battleground states communications director ..., said': a word the parser tagged a verb
        # but hung where a noun goes is no cue)
        and t.dep_ not in _NOUN_SLOTS
    ]
    if last and reach is not None:
        found = [t for t in found if t.right_edge.idx + len(t.right_edge) >= reach] or found
    return (found[-1] if last else found[0]) if found else None
