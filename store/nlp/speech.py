"""Reported speech: "X said (that) ...", "..., X said.", "X told Reuters ...", "X has warned Y to ...",
"X accused Y of ...", "according to X, ..." -> the cue verb, the subject, the reported content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import ADDRESSED_VERBS, BODY_NOUNS, DESCRIBED_PEOPLE, DOCUMENT_NOUNS, LEADING_CUE_VERBS, OBJECT_CUES, ORGANISATION_NOUNS, QUOTE_ONLY_VERBS, ROLE_NOUNS, SPEECH_VERBS, adjacent_subject, interrupting_name, subject_of
from . import thresholds as T
from .tokens import tokens

# Cues whose reported content is real speech even without a that-clause; "note", "write", "post"
# and "report" without one are narrative ("the report noted a rise").
_CLAUSE_DEPS = frozenset({"ccomp"})
_ACCORDING = frozenset({"according", "per"})
# Where a paragraph Doc keeps its text once joined (a string: no reference to the Doc).
_TEXT_KEY = "newsx.speech.text"
# Cues of reported speech only (Pareti et al. 2013's "source-cue-content" verbs beyond saying), never
# a direct quote's cue: each reports only in the frame it is read in.
# With a that-clause ("experts agree that ...", "X shared that ...", "the authors point out that ...",
# "Y counters that ...", "Gillian Shepherd remembered how one of her colleagues called ...", "Sourrouille
# reminded the committee that ..."), or closing or interrupting a sentence (", cites Sylvia Klinger, ...",
# ", he speculates,"), and a forecast, whose clause is what its maker says will happen ("he forecast that
# bank profits would fall", "It recently forecast economic growth will slow": "forecast a rise" gives a figure),
# a correction or a hint ("the club manager later clarified that most workers won't be affected", "officials
# had begun to hint that a public attribution might be coming"), and words to someone ("Comey informed
# lawmakers that he was restarting the probe", "assured supporters that the review would ..."), a claim put forward
# ("Cruz posited that one of the reasons he's ..."), and what
# someone implies ("He implied a federal judge was biased", "Cruz and Rubio implied that the billionaire
# couldn't win"): the gold reads it as the words the implying stands for.
_THAT_CUES = frozenset({
    "agree", "share", "point", "counter", "speculate", "cite", "reveal", "remember", "remind", "forecast",
    "clarify", "hint", "inform", "assure", "imply", "posit",
})
# Of those, the ones whose subject must be someone who speaks: "Strava's report revealed that ..." and
# "ClassPass revealed that ..." report, "the study revealed that ..." shows data (the gold's convention);
# someone remembers aloud, to whoever asked, and reminds aloud ("the figures remind us that" is data);
# people hint and imply, data only suggest ("the figures hint that", "That implied he was not providing
# insurance" are no one's words).
_SPEAKER_THAT_CUES = frozenset({"reveal", "remember", "remind", "hint", "imply"})
# Of those, the ones whose participle after a comma is the writer's inference, not the subject's words
# ("..., one source told Reuters, implying he was accused of spying").
_INFERENCE_CUES = frozenset({"imply"})
# Advice: what is advised is the object ("recommends a sweet spot of ...", "advises keeping additions
# minimal", "the experts suggest prioritizing protein") when someone advises, not a study ("urge"
# is an OBJECT_CUE: "urged Tehran to stay out").
_ADVICE_CUES = frozenset({"recommend", "advise", "suggest"})
# A stance given as a noun phrase ("emphasized the importance of ...", "highlight the significance of ...").
_STANCE_CUES = frozenset({"emphasise", "emphasize", "highlight", "stress"})
# An account given as a noun phrase, by people only ("many people report sharper thinking"): a
# company that "reported $2.53 in per-share earnings" gives figures, not words.
_ACCOUNT_CUES = frozenset({"report"})
# The cues whose object (not only a that-clause) can be what is reported, and the ones of them a
# person or a group must say.
_OBJECT_REPORT_CUES = _ADVICE_CUES | _STANCE_CUES | _ACCOUNT_CUES
_SPEAKER_OBJECT_CUES = _ADVICE_CUES | _STANCE_CUES
# A court's or a judge's decision is what it says ("the Law Lords have ruled", "ruled that ...",
# "He ruled there was no obligation ..."): reported with a clause, never "ruled out" or "ruled the country".
_RULING_CUES = frozenset({"rule"})
# An appeal: what is asked for is the infinitive after the one appealed to ("has called on the
# government to free or charge the men", "pleaded with visiting fans not to protest").
_APPEAL_CUES = {"call": frozenset({"on", "upon"}), "plead": frozenset({"with"}), "appeal": frozenset({"to"})}
# Cues whose to-infinitive is what the subject says of itself: "claims to have planted 30 million trees".
_INFINITIVE_CUES = frozenset({"claim"})
# A verdict on something named: what is reported is the object and what it is called ("described
# Spain's victory as the highlight of his career", "hailed his side's win as a ...", "praised Mr Brown as one
# of the leaders").
_AS_CUES = frozenset({"describe", "hail", "brand", "label", "dismiss", "praise"})
# A valuation of something named: the object and the figure it is put at ("estimates Block's earnings
# at 2.75 dlrs a share", "The reports place Playboy's worth at about 280 mln dlrs").
_AT_CUES = frozenset({"estimate", "put", "place", "value"})
# A judgement of someone for a deed: what is reported is the deed after "for" ("has criticised the
# governing body for not releasing supplements in time", "lauded South Korea for creating a task force").
_FOR_CUES = frozenset({"criticise", "criticize", "laud", "commend"})
# What a court or a conference hears is what is said before it, and reported as its own ("...,
# an Election Court has heard.", "The court heard how documents were taken ..."): a cue only with
# such a body for subject ("he heard that ..." is someone told, not someone speaking).
_HEARD_CUES = frozenset({"hear"})
_HEARING_BODIES = frozenset("court tribunal inquiry hearing conference committee jury meeting summit symposium congress".split())
# A view expressed, with the clause it is about: what is reported is the clause ("Scientists have
# expressed concerns that X could hamper research", "expressed confidence the two would patch up their
# relationship", "expressed doubts over whether Speegle added anything"); not a view about a thing
# ("voiced concern regarding the legitimacy of ...").
_EXPRESS_CUES = frozenset({"express", "voice"})
_VIEW_NOUNS = frozenset({"concern", "confidence", "doubt", "fear", "hope", "worry", "optimism"})
_WHETHER_PREPS = frozenset({"over", "about"})
# A doubt put as a question, which someone raises in words: what is reported is the question with
# its "whether" or "how" ("Some analysts also queried whether Standard Chartered had overpaid", "He
# questioned who would monitor and pay for the proposed body"): without it the words would read as
# a claim. Not a question put to someone ("asked whether he thought ..." is the interviewer's), nor
# "questioned the man".
_QUESTIONING_CUES = frozenset({"question", "query"})
_QUESTION_WORDS = frozenset({"whether", "if", "who", "what", "which", "why", "how", "when"})
# A request put to someone: what is asked is the one asked and the infinitive after them ("He asked
# male voters to think about their biases", "Senior officials pressed the White House to go public",
# "has directed his supporters to monitor polling places", "instructed surrogates to avoid ..."), as
# "urged the government to ...", "Pence demands independent prosecutor to investigate Clinton" are read;
# never without the one asked nor the infinitive ("asked them for comment", "pressed the button",
# "directed the film"). So is a push or an invitation put in words ("The administration encouraged
# employers to provide insurance anyway", "Trump has prodded governors to open by May 1", "nudged states
# ... to visit the page", "Kim invited the U.S. president to meet by May", "are pushing the Senate to
# confirm", "challenged her rivals to release ..."): the gold reads each as "urged X to".
_REQUEST_CUES = frozenset({
    "ask", "urge", "press", "direct", "instruct", "beg", "implore", "tell", "demand",
    "encourage", "prod", "nudge", "invite", "push", "pressure", "challenge", "request",
})
# A proposal in words: what is proposed is a deed, as a gerund, an infinitive or a that-clause ("has
# proposed taxing carbon emissions", "by proposing to scale back the requirement", "proposed that more
# forces be left in Iraq"); not a thing ("proposed a budget", "proposed a toast").
_PROPOSAL_CUES = frozenset({"propose"})
# Nouns of a demand or a claim whose owner says the infinitive after them ("Trump's threat to sue
# women", "his call to raise the minimum wage to $15", "his claim to be a champion of working men");
# not "promise" nor "pledge", verbs the parser reads as nouns ("their lawyer pledges to appeal").
# Cues of a pledge, whose infinitive is what the subject says it will do ("promised to take bold action").
_PLEDGE_CUES = frozenset({"promise", "pledge", "vow", "threaten"})
_INTENT_NOUNS = frozenset("threat call demand plea request proposal claim".split())
# Cues of an admission, whose gerund (after "to" or not) is the deed the subject owns to in words ("The
# U.S. State Department admitted today to deleting video from ...", "has admitted lying about his
# contacts", "State Dept. Admits to Editing Iran Press Briefing Video"), as "accused X of" + gerund is read.
_ADMISSION_CUES = frozenset({"admit", "acknowledge", "confess"})
_CUES = (
    SPEECH_VERBS | _THAT_CUES | _OBJECT_REPORT_CUES | _RULING_CUES | frozenset(_APPEAL_CUES) | _AS_CUES | _AT_CUES | _FOR_CUES | _HEARD_CUES
    | _EXPRESS_CUES | _QUESTIONING_CUES | _REQUEST_CUES | _PROPOSAL_CUES
)
# Nouns of a claim whose owner says what follows them ("his allegations that he gave her drugs",
# "Robinson's contention England dominated the forward play", "economists' predictions the sector
# would recover"; not "pledge" nor "promise", verbs the parser reads as nouns: "their lawyer pledges that").
# A comment made and a stand taken are said as well ("his comments that he would be a ''neutral guy''",
# "Reagan's dictum that the Soviet Union was an "evil empire"", "its position that the court lacks
# jurisdiction"); not "remark", whose clause is as often what the writer makes of it, nor "declaration"
# and "proclamation", as often one not made ("would not accept any declaration by Clinton that ...").
CLAIM_NOUNS = frozenset(
    "allegation claim contention assertion insistence warning admission denial accusation suggestion belief view argument"
    " prediction assurance announcement comment dictum position".split()
)
# Of those (and "report"), the ones that speak for no one named, in the plural: what "reports that ...",
# "accusations that ..." or "warnings the virus could come storming back" say is reported, the noun its
# speaker (the gold's `reports`, `accusations`, `warnings`); not "the claim that ...", a point argued.
_UNOWNED_CLAIM_NOUNS = frozenset("report allegation accusation claim warning suggestion assurance prediction rumor rumour".split())
# Nouns of what someone answers or holds, said in a clause after "was that" ("Rubio's response was that
# it's unfair ...", "RT's defense has been that its viewers expect alternative viewpoints").
_STATED_NOUNS = CLAIM_NOUNS | frozenset("response answer defense defence explanation message position point argument line excuse".split())
# Every noun whose clause or infinitive find() reads as a statement.
_CLAIMING_NOUNS = _STATED_NOUNS | _INTENT_NOUNS | _UNOWNED_CLAIM_NOUNS
# Cues of a question or a request, which report a statement only with a that-clause ("asked that the
# court delay the hearing"), never with an object or a question ("asked them how to walk").
_QUESTION_CUES = frozenset({"ask"})
# Subjects that can advise or hold a stance: people and groups of them, not a study or a fact.
_PEOPLE = DESCRIBED_PEOPLE | frozenset(
    """expert people customer user participant parent member graduate official source critic advocate
    physician dietitian nutritionist clinician specialist psychologist""".split()
)
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
# Marks a direct quote opens with (some pages quote with single marks).
_QUOTE_MARKS = ('"', "\u201c", "\u2018")
# Heads of a subject that is a share of a group ("65% of Gen Z users said"): the group speaks.
_SHARES = frozenset({"%", "percent", "majority", "minority", "half", "third", "quarter", "fraction"})
# Objects of "say" that are words of their own, not a misparsed clause ("said nothing").
_PLAIN_OBJECTS = frozenset({"it", "this", "that", "so", "nothing", "something", "anything", "much", "little", "more", "goodbye", "hello", "yes", "no"})


@dataclass
class Reported:
    cue: object  # the verb token (or "according" for "according to")
    subject: object | None  # the subject token the speaker is read from
    start: int  # content, character offsets into the paragraph
    end: int
    cue_text: str


def find(doc, quoted: list[tuple[int, int]], skip: int = 0) -> list[Reported]:
    """Reported statements in a parsed paragraph; `quoted` are direct-quote spans (outer offsets)."""
    quoted = [_from_mark(_text(doc), s, e) for s, e in quoted]
    inside = lambda i: any(s <= i < e for s, e in quoted)  # noqa: E731
    out: list[Reported] = []
    covering: list[Reported] = []  # reports that take in any statement inside them (a closing cue, "According to X, ...")
    for tok in tokens(doc).where(lower=_ACCORDING, lemma=_CUES | _CLAIMING_NOUNS):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CLAIMING_NOUNS:
            if not inside(tok.idx) and (found := _claim(tok, quoted) or _intent(tok, quoted) or _stated_as(tok, quoted)) is not None:
                out.append(found)
            continue
        if (tok.lower_ == "per" and tok.pos_ == "ADP" or tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to") and not inside(tok.idx):
            found = _according_to(tok, skip)
            if found and tok.lower_ == "per" and any(s < found.end and found.start < e for s, e in quoted):
                continue  # '"Don't hide it," one commenter said, per Feng.': where a quote was read, not a statement
            if found:
                out.append(found)
                if tok.i == tok.sent.start:
                    covering.append(found)
            continue
        lemma = tok.lemma_.lower()
        if lemma not in _CUES or lemma in QUOTE_ONLY_VERBS or tok.pos_ != "VERB" or inside(tok.idx):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} or c.dep_ == "neg" and c.i < tok.i or (c.dep_ == "mark" and c.lower_ == "if") for c in tok.children):
            continue  # "if asked by Baghdad", "did not say" (not a "not" the parser hung on it from words after it)
        if any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in tok.children):
            continue  # "who asked not to be named": a request about the speaker, not what was said
        if _discourse_marker(tok):
            continue  # "That said, experts still ...": a connective, not a statement
        if lemma in _HEARD_CUES and not _heard_by_body(tok):
            continue  # "She heard that ...": no one speaks
        framed = _as_frame(tok, skip)
        if framed is not None:
            # "As posts from users like X have noted, similar tests show ...", "..., as reported by Y."
            subject, start, end = framed
            quote = any(s < end and start < e for s, e in quoted)  # 'As one tester noted, "..."': the quote's cue
            if not quote and not inside(subject.idx) and len(_text(doc)[start:end].split()) >= T.REPORTED_MIN_WORDS:
                # not covering: "As X reports, the cases came to light when authorities announced
                # that ...": a statement inside is its own speaker's, and cuts X's content short
                out.append(Reported(tok, subject, start, end, tok.text))
            continue
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue  # "point out that ...", never "point to"
        if lemma in _QUESTION_CUES and not _that_clause(tok) and _request(tok) is None:
            continue  # "asked them for comment", "asked him how to walk": a question, no statement
        inverted = _inverted_subject(tok)
        interrupting = False
        before = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS and c.i < tok.i and not _own_statement(c)]
        # A statement before the cue whose subject speaks keeps its speaker ("Barnier told them France
        # would oppose it, his office said" is Barnier's); one of a study is the closing cue's.
        # Not a cue that reports nothing of its own ("Allied-Lyons will report substantial growth ...,
        # the chairman said", "the president would insist on reform ..., Miller said"): the sentence is
        # the closing cue's.
        spoken = any(
            c.dep_ in _CLAUSE_DEPS and c.i < tok.i and _own_statement(c) and (said_by := subject_of(c)) is not None and _speaks(said_by)
            and any(g.dep_ in _CLAUSE_DEPS for g in c.children)
            for c in tok.children
        )
        closing = None if before or spoken else _closing_cue(tok, inverted, skip)
        if closing is not None:
            # "Studies indicate that ..., says Klinger." / "..., states Slayton, the latter ...": the
            # whole sentence before the cue is the speaker's, whatever the parser made of it
            subject, start, end = closing
            if any(s < end and start < e for s, e in quoted):
                end = _before_quote(doc, tok, start, end, quoted, closing=True) or start
            if not inside(subject.idx) and end > start:
                found = Reported(tok, _group_of_share(subject), start, end, tok.text)
                out.append(found)
                covering.append(found)
            continue
        if lemma not in SPEECH_VERBS and not _reports_here(tok, lemma):
            continue
        if inverted is not None and before:
            # "Job cuts will come ..., said the company's executive chair Jane Roe in an email": the
            # statement is the clause before, whatever the parser made of the name after the verb
            subject = inverted
            span: tuple[int, int] | None = _trim(doc, max(before[0].left_edge.idx, tok.sent.start_char, skip), doc[tok.i - 1].idx)
        else:
            subject = _document_subject(tok) or subject_of(tok) or _purpose_subject(tok) or _means_subject(tok)
            subject = past_parenthesis(tok, subject)
            if subject is None or inside(subject.idx):
                continue
            interrupting = (name := interrupting_name(tok)) is not None and name.i == subject.i
            if interrupting:
                # "The European ministers' comments, said Junya Tanase of JPMorgan Chase, were too weak":
                # the sentence the cue interrupts, on both sides of it
                last_tok = doc[tok.sent.end - 1]
                span = _trim(doc, max(tok.sent.start_char, skip), last_tok.idx + len(last_tok))
            else:
                span = _content(tok, subject, skip)
        if span is None:
            continue
        start, end = span
        if inverted is None:
            subject = _topic_before_clause(tok) or _name_before_description(_apposed_name(subject))
        subject = _owner(_group_of_share(subject)) if lemma in _SPEAKER_THAT_CUES else _group_of_share(subject)
        if start <= subject.idx < end and not (_parenthetical(tok) or interrupting):
            # The parser took a word of the content for the subject: "the mayor, X, said a strike had hit".
            subject = adjacent_subject(tok)
            if subject is None or start <= subject.idx < end:
                continue
        if any(s < end and start < e for s, e in quoted):
            end = _before_quote(doc, tok, start, end, quoted, closing=tok.idx >= end)
            if end is None:
                continue  # the cue of a direct quote
        if len(_text(doc)[start:end].split()) < T.REPORTED_MIN_WORDS:
            continue
        out.append(Reported(tok, subject, start, end, tok.text))
    out += [r for r in _made_clear(doc, inside) if not any(o.start <= r.start < o.end for o in out)]
    # A statement inside another's report is part of it: "Studies indicate that X, says Klinger" is
    # Klinger's, "According to Strava, 65% of users said X" is Strava's.
    out = [r for r in out if not any(c is not r and c.start <= r.cue.idx < c.end for c in covering)]
    # "adding that Weeks' family had asked to convey ...": the that-clause's own cue is reported too
    out = [r for r in out if not any(o is not r and _reports_clause(o, r) for o in out)]
    # "said the research appeared to acknowledge that ...", "said the campaign to urge a halt ... is an
    # effort ...": a cue deep in another's reported clause whose subject is a thing reports nothing
    # of its own; it is part of what the outer cue reports
    out = [r for r in out if not any(o is not r and _nested_in(r, o) and _thing(r.subject) for o in out)]
    for r in out:
        if r in covering:
            continue
        # Content stops where another statement begins: "X has said ... but Y has warned ...".
        for other in out:
            if other is r or other.subject is None or _nested_in(other, r):
                continue  # a statement inside r's reported clause is part of it, and never cuts it short
            if other.cue.pos_ == "NOUN" and other.cue.lower_ not in _ACCORDING and r.start <= other.cue.idx < r.end:
                continue  # "it wanted the agency ... to turn down Greyhound's request to begin ...": a claim or a demand named in r's words
            if r.start < other.start and other.end < r.end:
                # "The report, which says Reagan was ignorant ..., just about ends his prospects ...,
                # analysts said": a statement nested in the content, whose words go on after it, is
                # another's; what is reported goes on after it (each statement its own words)
                r.start, r.end = _trim(doc, other.end, r.end)
                continue
            cut = min(other.subject.left_edge.i, other.cue.i)
            if doc[cut].idx <= r.start < doc[other.cue.i].idx:
                cut = other.cue.i  # "X disputed that Y left, saying instead ...": the participle's subject is X's
            if r.start < doc[cut].idx < r.end:
                while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                    cut -= 1
                r.start, r.end = _trim(doc, r.start, max(r.start, doc[cut].idx))
    out = [part for r in out for part in _coordinated_statements(doc, r)]
    return [r for r in out if len(_text(doc)[r.start : r.end].split()) >= T.REPORTED_MIN_WORDS]


_CLAUSE_JOINERS = frozenset({"and", "but", "or", ","})


def _coordinated_statements(doc, r: Reported) -> list[Reported]:
    """A report split where a clause joined to an earlier one of it by "and that", "but that", "or
    that" or ", that" begins: each such clause under the one cue is a statement of its own ("said lies
    were being spread about him and that he had received death threats", "warned that companies might
    ..., that schools could close and that the military might be mobilized"), as the gold writes them
    since round 85 (tests/gold/briefs/GOLD85.md 5.8: `said that ... and that ...` two entries). A
    clause joined without "that" stays in the report: the gold keeps "X would carry weight, but this
    cycle has been different" whole more often than not."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return [r]
    firsts = sorted({first.i for v in span if (first := _coordinated_clause_start(v, r.cue, span)) is not None})
    if not firsts:
        return [r]
    parts = []
    start = span.start
    for first in firsts + [span.end]:
        end = first
        while end > start and doc[end - 1].lower_ in _CLAUSE_JOINERS | {"that"}:
            end -= 1  # ", and that": the words before the joiner
        if end > start:
            parts.append(Reported(r.cue, r.subject, *_trim(doc, doc[start].idx, min(r.end, doc[end - 1].idx + len(doc[end - 1]))), r.cue_text))
        start = first
    if len(parts) < 2 or any(len(_text(doc)[p.start : p.end].split()) < T.REPORTED_MIN_WORDS for p in parts):
        return [r]  # a clause of one word is no statement apart (lead ruling 6)
    return parts


def _cue_of_clause(clause):
    """The nearest cue above a clause in the parse, through conjuncts and clauses ("said they were told
    the protesters knew where they were and that they should leave": "told", one statement of the
    outer cue's); None at the sentence's root."""
    up = clause.head
    while up.i != clause.i:
        if up.lemma_.lower() in _CUES | _CLAIMING_NOUNS:
            return up
        clause, up = up, up.head
    return None


def _coordinated_clause_start(verb, cue, span):
    """The first word after the "that" of a clause of verb coordinated with an earlier clause of the
    same report: joined by "and that", "but that", "or that" or ", that", its head a verb before it in
    the report that the cue reports, or the cue itself beside an earlier clause of the cue's. None
    otherwise."""
    if verb.dep_ not in {"conj", "ccomp"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    head = verb.head
    if head.i == cue.i:
        joined = any(c.dep_ == "ccomp" and span.start <= c.i < verb.left_edge.i for c in cue.children)
    else:
        above = _cue_of_clause(head)
        joined = span.start <= head.i < verb.left_edge.i and head.pos_ in {"VERB", "AUX"} and above is not None and above.i == cue.i
    doc = verb.doc
    first = verb.left_edge
    while first.is_punct and first.i < verb.i:
        first = doc[first.i + 1]  # (the parser may hang the comma before the clause on it)
    that = first.lower_ == "that" and first.dep_ == "mark" and first.head.i == verb.i
    if not joined or not that or first.i <= span.start or doc[first.i - 1].lower_ not in _CLAUSE_JOINERS:
        return None
    return doc[first.i + 1]


_MAKE = frozenset({"make"})
# Subjects besides people that make something clear in words: a document, an organisation, a body.
_MAKERS = DOCUMENT_NOUNS | ORGANISATION_NOUNS | BODY_NOUNS


def _made_clear(doc, inside) -> list[Reported]:
    """What someone makes clear is what they say: "The prime minister has made it clear he has no
    plans to change the law", "a letter from Ken Hughes also made clear that Mr Roe did not need to
    ..." (the clause hangs from "clear" or from the verb, as the parser reads it)."""
    found = []
    for tok in tokens(doc).lemma(_MAKE):
        clear = next((c for c in tok.children if c.lower_ == "clear" and c.dep_ in {"oprd", "ccomp", "acomp", "xcomp"}), None)
        if clear is None or tok.pos_ != "VERB" or inside(tok.idx) or any(c.dep_ in {"auxpass", "nsubjpass", "neg"} for c in tok.children):
            continue  # "it had been made clear that ...": no one made it so
        clause = next(
            (c for c in (*clear.children, *tok.children) if c.dep_ in {"ccomp", "advcl", "csubj"} and c.i > clear.i and c.pos_ in {"VERB", "AUX"}),
            None,
        )
        subject = subject_of(tok)
        if clause is None or subject is None or inside(subject.idx) or not (_speaks(subject) or subject.lemma_.lower() in _MAKERS):
            continue  # "other experiments make it clear that slime molds can learn": a finding, not a statement
        words = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.dep_ == "mark")]
        start, end = _trim(doc, words[0].idx, words[-1].idx + len(words[-1]))
        found.append(Reported(tok, subject, start, end, tok.text))
    return found


def _content(verb, subject, skip: int) -> tuple[int, int] | None:
    doc = verb.doc
    sent = verb.sent
    # A clause that is itself a statement with its own subject ("... but Y has warned") is not content.
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and not _own_statement(c)]
    after = [c for c in clauses if c.i > verb.i]
    before = [c for c in clauses if c.i < verb.i]
    if _parenthetical(verb) and not clauses:
        # "A major part of the reason ..., McKinley said, is the flow of drugs": the sentence the
        # speech verb interrupts, its parenthesis included; from the verb on when nothing sets the
        # cue off after it ("Jennie McCormick ... says Stardome ... has been fielding calls": the
        # parser hung the cue on the verb it reports)
        head = verb.head
        first = doc[verb.i + 1].idx if subject.i < verb.i and not doc[verb.i + 1].is_punct else head.left_edge.idx
        return _trim(doc, max(first, sent.start_char, skip), head.right_edge.idx + len(head.right_edge))
    if not clauses and _leads_main_clause(verb, subject):
        # "But he says in Australia, the answer is not in growing fewer grapes": the parser made what
        # is reported the sentence's main clause and the cue before it a clause of it
        head = verb.head
        return _trim(doc, max(doc[verb.i + 1].idx, skip), head.right_edge.idx + len(head.right_edge))
    lemma = verb.lemma_.lower()
    if lemma in _INFINITIVE_CUES and (deed := _infinitive_after(verb)) is not None:
        return _trim(doc, deed[0].idx, deed[1].idx + len(deed[1]))
    if lemma == "call" and (demand := _called_for(verb)) is not None:
        first, wanted = demand
        return _trim(doc, first.idx, wanted.right_edge.idx + len(wanted.right_edge))
    if lemma in _APPEAL_CUES and (wanted := _appeal(verb, lemma)) is not None:
        # from those appealed to, right after the preposition, as "urged the government to ..." is
        # read: what is asked is asked of them ("called on the management to recall the notice")
        return _trim(doc, doc[verb.i + 2].idx, wanted.right_edge.idx + len(wanted.right_edge))
    if lemma in _AS_CUES and (verdict := _verdict(verb)) is not None:
        obj, as_ = verdict
        return _trim(doc, obj.left_edge.idx, as_.right_edge.idx + len(as_.right_edge))
    if lemma in _EXPRESS_CUES and (view := _view_clause(verb)) is not None:
        first = view.left_edge
        while _clause_opener(first, view) or first.is_punct:
            first = doc[first.i + 1]
        return _trim(doc, first.idx, view.right_edge.idx + len(view.right_edge))
    if lemma in _FOR_CUES and (deed := _judged_for(verb)) is not None:
        return _trim(doc, deed.idx, deed.right_edge.idx + len(deed.right_edge))
    if lemma in _QUESTIONING_CUES and (question := _question_raised(verb)) is not None:
        last = _run_on(verb, question.right_edge)  # "questioned if opening the way ... could deter innovation"
        return _trim(doc, question.left_edge.idx, last.idx + len(last))
    if lemma in _AT_CUES and (valued := _valuation(verb)) is not None:
        obj, at = valued
        last = at.right_edge
        while last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "to" and doc[last.i + 1].head.i in {verb.i, obj.i, at.i}:
            last = doc[last.i + 1].right_edge  # "at 2.75 to 2.80 dlrs": the range, however the parser hung its end
        return _trim(doc, obj.left_edge.idx, last.idx + len(last))
    # (a clause the parser hung on the cue after the infinitive is not what is reported instead:
    # "promising to lift regulations ― probably not exactly what Graham had in mind")
    if lemma in _REQUEST_CUES and (wanted := _request(verb)) is not None and not any(c.i < wanted.i for c in after):
        # from the one asked, as "urged the government to ..." is read, participle or not ("moved
        # aggressively, urging black voters to vote early")
        # (through what else hangs on the cue: "urged ministers to make councils create sites because
        # 3,500 travellers have no place to stop", "told Japan to resolve the row ... or face ...")
        asked = next(c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < wanted.i)
        last = max(wanted.right_edge, verb.right_edge, key=lambda t: t.i)
        return _trim(doc, asked.left_edge.idx, last.idx + len(last))
    if lemma in _PROPOSAL_CUES and (plan := _proposed(verb)) is not None and not any(c.i < plan.i for c in after):
        return _trim(doc, plan.left_edge.idx, plan.right_edge.idx + len(plan.right_edge))
    if not after and (unfounded := _unfounded_clause(verb)) is not None:
        that, clause = unfounded
        return _trim(doc, doc[that.i + 1].idx, clause.right_edge.idx + len(clause.right_edge))
    if lemma in _ADMISSION_CUES and (deed := _admitted_deed(verb)) is not None:
        return _trim(doc, deed[0].idx, deed[1].idx + len(deed[1]))
    if lemma in _PLEDGE_CUES and verb.tag_ == "VBG" and _speaks(subject) and (deed := _infinitive_after(verb)) is not None:
        # "spoke to industry leaders, promising to lift environmental regulations": a participle's
        # pledge, as "promised to ..." is read
        return _trim(doc, deed[0].idx, deed[1].idx + len(deed[1]))
    if before and after and verb.i + 1 < len(doc) and (doc[verb.i + 1].text in _DASHES or doc[verb.i + 1].text == ";"):
        after = []  # "X is not going to translate, Shaw said — while ...": the statement is before the cue
    told = lemma in OBJECT_CUES and any(t.lower_ == "that" and t.dep_ == "mark" for t in doc[verb.i + 1 : verb.right_edge.i])
    if verb.tag_ == "VBG" and not after and not told and not _progressive_with_clause(verb):
        # "other AP reporting": a participle reports only with its clause after it, or with one
        # after its object ("telling anyone who'll listen that ..."); a verb in the progressive
        # is no participle, and reports what its infinitive asks ("farm workers are urging their
        # bosses to be honest"; "is promising alternatives to OS-2" names a product, no words)
        return None
    if before and after and after[0].left_edge.i > verb.i + 1 and _closing_position(verb, before[0]):
        after = []  # "X can do different things, Malone wrote in a brief that was co-authored ...": the statement is before
    if after:
        c = after[0]
        first = c.left_edge
        object_ = _misparsed_subject(verb, c)
        if object_ is not None:
            first = object_.left_edge  # "reported strength training has become ...": the clause's subject
        # the clause's own "that" (or "whether"), never the mark of a clause inside it ("said as home
        # secretary he gave ...", "said that if there had been a quota ...")
        while _clause_opener(first, c) or first.is_punct:
            first = doc[first.i + 1]
        if first.i < verb.i:
            # "the tax, which Nakasone says is needed to balance ...": the relative pronoun the clause
            # opens with stands before the cue; what is said is the clause's words after it
            first = doc[verb.i + 1]
        if object_ is None and not any(t.lower_ == "that" for t in doc[verb.i + 1 : first.i]):
            # "said as home secretary he gave ...": a phrase on the cue before the clause, no "that" or
            # object between, is read as part of what is reported
            # ("said despite the rise in output, some mills would shut": the phrase and its comma)
            lead = [t for t in verb.children if t.dep_ == "prep" and verb.i < t.i < first.i and (
                t.right_edge.i + 1 == first.i or t.right_edge.i + 2 == first.i and doc[first.i - 1].text == ",")]
            if lead and lead[0].i == verb.i + 1 or _leads_into_clause(verb, first):
                first = doc[verb.i + 1]
        last = _run_on(verb, after[-1].right_edge)
        if (going_on := _going_on(verb, last)) is not None:
            last = going_on.right_edge
        if (against := next((t for t in c.children if t.left_edge.i > c.i and statement_set_against(t)), None)) is not None:
            # 'said that the U.S. "will soon be open for business," even as health officials warned ...': what he
            # said ends where the statement set against it begins (one that leads the clause is part of it: 'tells NPR
            # that while officials said they haven't seen proof of collusion — "..."')
            last = doc[against.left_edge.i - 1]
        return _trim(doc, max(first.idx, skip), last.idx + len(last))
    if before:
        # "A have the right of first refusal, but Mead likely is not anxious to sell, he added": the
        # parser may hang each clause of the statement on the cue; it runs through the last of them
        c = before[0]
        end_tok = min(max(b.right_edge.i for b in before), subject.left_edge.i - 1, verb.i - 1)
        end_tok = _hung_on_cue(verb, subject, end_tok)
        first = _clause_joined_before(verb, c) or c.left_edge
        return _trim(doc, max(first.idx, sent.start_char, skip), doc[end_tok].idx + len(doc[end_tok]))
    opener = doc[min(verb.i, subject.left_edge.i) - 1] if min(verb.i, subject.left_edge.i) > 0 else None
    if verb.head.i < verb.i and subject.i > verb.head.i and opener is not None and opener.text == "," and not _discourse_marker(verb.head) and verb.dep_ != "relcl":
        # "Sunni fighters have seized a border post, security sources said, smashing ..."
        first = min(verb.i, subject.left_edge.i) - 1
        return _trim(doc, max(sent.start_char, skip), doc[first].idx + len(doc[first]))
    if lemma in _OBJECT_REPORT_CUES or lemma == "say":
        return _object_content(verb, subject)
    if verb.lemma_.lower() in OBJECT_CUES and any(c.dep_ in {"dobj", "dative", "xcomp", "prep"} for c in verb.children):
        last = verb.right_edge
        # "told employees in a memo that Boeing must ...": the content is the that-clause, the verb's
        # own ("pledged to clamp down on a culture which has brought concerns that ..." pledges it all)
        that = next((t for t in doc[verb.i + 1 : last.i] if t.lower_ == "that" and t.dep_ == "mark" and _cues_own(t, verb)), None)
        first = doc[that.i + 1] if that is not None else doc[verb.i + 1]
        return _trim(doc, first.idx, last.idx + len(last))
    return None


# What the parser may hang on the cue between it and the clause it reports that is still the
# clause's: an adverb ("says ideally the findings would ..."), a phrase it opens with ("said as well
# as educating children ..., it would also protect"), never whom it is told to nor when.
_LEAD_DEPS = frozenset({"advmod", "cc", "xcomp", "prep"})


def _leads_into_clause(verb, first) -> bool:
    """Whether the words between a cue and the first word of its clause, no "that" among them, are
    all the clause's opening, which the parser hung on the cue: phrases of _LEAD_DEPS and commas."""
    between = verb.doc[verb.i + 1 : first.i]
    lead = {t.i for c in verb.children if c.dep_ in _LEAD_DEPS and verb.i < c.i < first.i for t in c.subtree}
    return bool(lead) and verb.i + 1 in lead and all(t.i in lead or t.is_punct for t in between)


def _progressive_with_clause(verb) -> bool:
    """Whether a verb ending in -ing is a finite verb's progressive ("are urging", "has been
    warning") with a clause or an infinitive after it."""
    # (the infinitive wherever the parser hung it: "urging the department for years to extend ...")
    return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children) and any(
        t.i > verb.i and (t.dep_ == "ccomp" and t.head.i == verb.i or t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))
        for t in verb.subtree)


def _clause_joined_before(verb, clause):
    """The first word of a clause joined by "but" or "and" before the one a closing cue reports, when
    the parser made the cue that clause's conjunct ("Profits rose, but sales fell, the company said",
    "..., but China's demographics give it the edge, a media conference in London heard"): the
    statement is the whole sentence, as when the parser reads it right. None when the cue's head is
    no clause of its own before, or a cue itself ("X said ..., but ..., Y said" is two statements)."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or head.i >= clause.left_edge.i or head.lemma_.lower() in _CUES:
        return None
    own = [t for t in head.children if t.i < clause.left_edge.i and not (t.is_punct or t.dep_ == "cc")]
    last = max([head.i] + [t.right_edge.i for t in own])
    between = doc[last + 1 : clause.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or any(not (t.is_punct or t.dep_ == "cc") for t in between):
        return None
    return head.left_edge


def _hung_on_cue(verb, subject, end: int) -> int:
    """The end of a statement a closing cue reports, past the phrases after it that the parser hung
    on the cue ("..., ending June 30, while net exports will account for all of the increase,
    Treasurer Paul Keating said", "... in Montreal, probably this fall, president Pierre Peladeau
    told Reuters"): the sentence runs to the comma before the cue's subject, when only phrases of
    the cue stand between and none is a statement of its own."""
    doc = verb.doc
    comma = subject.left_edge.i - 1
    last = end
    while last > 0 and doc[last].is_punct:
        last -= 1  # (the parser may give the statement the comma after it)
    if not (last + 1 < comma < verb.i and subject.i < verb.i and doc[comma].text == "," and doc[last + 1].text == ","):
        return end
    between = doc[last + 2 : comma]
    if any(t.is_quote or t.lemma_.lower() in _CUES and t.pos_ == "VERB" for t in between):
        return end  # "..., analysts said, while ..., Roe said": another's words
    # every phrase between is the cue's own (an adverbial clause, a time, an adverb), not a word of the subject's
    heads = {t.i for t in between if t.head.i == verb.i}
    if not heads or any(not (t.i in heads or any(doc[h].is_ancestor(t) for h in heads)) for t in between if not t.is_punct):
        return end
    return comma - 1


# Subjects that refer back inside a report ("said he did not think so but he wanted ...").
_BACK_REFERENCES = frozenset({"he", "she", "it", "they", "we", "i", "there"})


def _going_on(verb, last):
    """A clause joined to the cue by "but" or "and" after what it reports, that goes on with the
    report: "Lord Woolf said he did not think there would be difficulties but he wanted to establish
    the principle", "said he accepted there was a problem, but his job now was to build ...". The
    parser hangs it on the cue; it is the report's when its subject refers back into it (a pronoun,
    or a noun a pronoun owns) and its verb is no cue of its own ("but added ..." is a new statement).
    None otherwise."""
    doc = verb.doc
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > last.i), None)
    if conj is None or conj.pos_ not in {"VERB", "AUX"} or conj.lemma_.lower() in _CUES:
        return None
    subject = next((c for c in conj.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < conj.i), None)
    if subject is None:
        return _shared_subject_conjunct(conj, last)
    between = doc[last.i + 1 : subject.left_edge.i]
    if not any(t.lower_ in {"but", "and"} for t in between) or any(not (t.is_punct or t.dep_ == "cc") for t in between):
        return None
    if not (
        subject.lower_ in _BACK_REFERENCES or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    ):
        return None
    return conj


def _shared_subject_conjunct(conj, last):
    """A verb with no subject of its own joined to the cue by ", but" or ", and" right after what it
    reports, that goes on with the report: "Vaile says he is investigating the case, but has not
    received a complaint", "the Office said it was reviewing the scheme, and hoped to announce ...";
    not a participle nor a cue of its own (", adding ...", "and added ...")."""
    between = conj.doc[last.i + 1 : conj.left_edge.i]
    if conj.tag_ == "VBG" or not any(t.lower_ in {"but", "and"} for t in between) or any(not (t.is_punct or t.dep_ == "cc") for t in between):
        return None
    return conj


def _cues_own(that, verb) -> bool:
    """Whether a "that" opens a clause of the cue's own, no other verb between them ("told
    employees in a memo that ...", however the parser hangs it), not one inside a clause of its
    object ("pledged to clamp down on a culture which has brought concerns that ...")."""
    up = that.head.head
    while up.i != verb.i:
        if up.pos_ in {"VERB", "AUX"} or up.head.i == up.i:
            return False
        up = up.head
    return True


def _as_frame(verb, skip: int):
    """A cue in a clause opened by "as" reports the rest of its sentence: "As a VentureBeat article
    explains, orchestrating several models can catch errors", "..., as reported by MarketScreener."
    Returns (subject, start, end) or None. The source is the clause's subject, or who it was
    reported by or in."""
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or verb.tag_ == "VBG":
        mark = doc[verb.i - 1] if verb.i > 0 and doc[verb.i - 1].lower_ == "as" and verb.tag_ == "VBN" else None
    if mark is None or mark.i != verb.left_edge.i and mark.i > verb.sent.start and doc[mark.i - 1].text not in {",", ";", ":"}:
        return None
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp"} and c.left_edge.i == verb.i + 1 for c in verb.children):
        return None  # "As he said goodbye, she cried": a clause of its own, not a source
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and mark.i < c.i < verb.i), None)
    if subject is None or subject.lower_ in {"it", "this", "that"}:
        by = next((c for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"}), None)
        subject = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS:
            # "As highlighted in an Andreessen Horowitz report": the report's author
            subject = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"), subject)
    if subject is None:
        return None
    sent = verb.sent
    # the clause ends with the cue and the phrases hanging on it ("as reported by X", "As highlighted
    # in an X report on consumer AI trends"), whatever else the parser hung on the cue
    lo, hi = mark.i, verb.i
    for c in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if c.dep_ not in {"prep", "agent", "advmod", "npadvmod"} or c.left_edge.i != hi + 1:
            break
        hi = c.right_edge.i
    before = doc[lo - 1] if lo > sent.start else None
    after = doc[hi + 1] if hi + 1 < sent.end else None
    opens = before is None or before.text in {";", ":"} or before.dep_ == "cc"
    last = doc[sent.end - 1]
    if after is not None and after.text == "," and hi + 2 < sent.end - 1:
        if opens:
            return subject, *_trim(doc, max(doc[hi + 2].idx, skip), last.idx + len(last))
        if before.text == ",":
            # "The results were, as the headline suggests, explosive": the sentence it interrupts
            return subject, *_trim(doc, max(sent.start_char, skip), last.idx + len(last))
    if before is not None and before.text == "," and (after is None or after.text in {".", "!", "?"}):
        return subject, *_trim(doc, max(sent.start_char, skip), before.idx)
    return None


def _closing_position(verb, clause) -> bool:
    """Whether the cue and its subject follow the clause before them after a comma: '..., Malone
    wrote in a brief that ...'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and clause.i < c.i < verb.i), None)
    if subject is None:
        return False
    doc = verb.doc
    if any(t.dep_ == "mark" or t.pos_ == "SCONJ" for t in doc[verb.sent.start : clause.left_edge.i + 1]):
        return False  # "While the campaign did not appeal to her, she said she ...": a subordinate clause
    comma = subject.left_edge.i - 1
    return comma > clause.right_edge.i - 1 and doc[comma].text == "," and clause.right_edge.i == comma - 1


def _inverted_subject(verb):
    """The head of the noun phrase after a speech verb that follows a comma and has no subject of
    its own before it ('..., said The Example Company's recently named chair Jane Roe in an email'
    is Roe): the last noun of the run of words a noun phrase is made of."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    head = None
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ in {"PROPN", "NOUN"}:
            head = t
        elif not (t.pos_ in {"DET", "ADJ", "ADV", "PART", "NUM"} or t.tag_ == "VBN"):
            break
    return head


_INTERRUPTED = re.compile(rf"^(?P<topic>[^,]{{2,{T.INTERRUPTED_TOPIC_MAX_CHARS}}}), (?:who|whose|which)\b[^\"\u201c]*,\s*$")


# Words that open a sentence as connectives ("But", "However", "subsequently"), before its subject.
_CONNECTIVE_DEPS = frozenset({"cc", "advmod", "intj", "punct"})


def _topic_before_clause(verb):
    """'Alaska Airlines, whose flight lost a door plug after takeoff from Portland, said':
    the speaker is the name before the relative clause, whatever the parser made of it."""
    sent = verb.sent
    m = _INTERRUPTED.match(_text(verb.doc)[sent.start_char : verb.idx])
    if not m:
        return None
    span = verb.doc.char_span(sent.start_char, sent.start_char + m.end("topic"), alignment_mode="contract")
    if span is None:
        return None
    # "But Ms James, who won ..., said", "However subsequently Jefferies and Co, which ..., said": a
    # connective opening the sentence hangs on the verb as the name does, and is never who speaks
    first = span.start
    while first < span.end - 1 and span.doc[first].dep_ in _CONNECTIVE_DEPS:
        first += 1
    topic = span.doc[first : span.end]
    return topic.root if len(topic) else None


def _leads_main_clause(verb, subject) -> bool:
    """Whether a cue opens its sentence (its subject first, after a "But" or "Now" at most) and the
    parser hung it on the main verb after it: "He says unlike in glasshouse trials, the plants
    receive natural light" (not "The plants, he says, receive ...", which the cue interrupts)."""
    head = verb.head
    # (a "say" only: "And it suggests that, centuries before ..., they knew ..., say researchers" is
    # the parser's way with a sentence another cue closes)
    if not (verb.lemma_.lower() == "say" and verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.i > verb.i and subject.i < verb.i):
        return False
    return all(t.dep_ in {"cc", "advmod"} or t.is_punct for t in verb.doc[verb.sent.start : subject.left_edge.i]) and not any(
        t.is_punct for t in verb.doc[subject.right_edge.i + 1 : verb.i + 1])


def _parenthetical(verb) -> bool:
    return verb.dep_ == "parataxis" and verb.head.i > verb.i


def statement_set_against(verb) -> bool:
    """Whether a speech verb opens a subordinate clause that reports a statement of its own, set against the words
    before it: "warned" of '..., even as health officials warned Americans should be prepared ...', '..., while critics
    argued that ...' (not '"...," as one aide put it', which says nothing of its own)."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    contrast = marks & _CONTRAST_MARKS or "as" in marks and any(c.lower_ == "even" for c in verb.children)
    return verb.dep_ == "advcl" and verb.lemma_.lower() in SPEECH_VERBS and bool(contrast) and any(c.dep_ == "ccomp" for c in verb.children)


# The conjunctions that set one statement against another ("even as" too); not "because", whose clause is a reason
# given as part of what is reported ('said no witnesses were needed because the managers said they had evidence').
_CONTRAST_MARKS = frozenset({"while", "although", "though", "whereas", "whilst"})


def _own_statement(clause) -> bool:
    """A clause that is a statement of its own ("... but Y has warned"), not one the verb reports:
    a clause opened by "that" is reported ("notes that she is not suggesting ..."), unless it holds
    a quotation, whose own cue it is ('replied that I was threatening them with "..."')."""
    if clause.lemma_.lower() not in LEADING_CUE_VERBS or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "The mayor said he had recounted ...", "Liberty said statistics suggested ...": a clause right
        # after the cue is what it reports
        return not (clause.head.i < clause.i and clause.left_edge.i == clause.head.i + 1)
    doc = clause.doc
    words = _text(doc)[clause.left_edge.idx : clause.right_edge.idx + len(clause.right_edge)]
    return any(mark in words for mark in _QUOTE_MARKS)


def _reports_clause(outer: Reported, inner: Reported) -> bool:
    """Whether inner's cue heads the that-clause outer reports."""
    cue = inner.cue
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None and cue.left_edge.i == outer.cue.i + 1:
        mark = cue.left_edge  # "Liberty said statistics suggested ...": the clause right after the cue
    if mark is None or cue.dep_ != "ccomp" or cue.head.i != outer.cue.i or not outer.start <= cue.idx < outer.end:
        return False
    # "argue that fasting disrupts hormones, Varady counters that ...": a comma before the subject
    # ends the clause the parser ran on into the next statement
    return not any(t.is_punct for t in cue.doc[mark.i : min(inner.subject.left_edge.i, cue.i)])


def _thing(subject) -> bool:
    """A subject that is a thing, which says nothing of its own: a common noun for no one who speaks
    ("the research", "the campaign"), not a name, a pronoun ("it" may be a firm) or a body."""
    return subject is not None and subject.pos_ == "NOUN" and not _speaks(subject) and subject.lemma_.lower() not in ORGANISATION_NOUNS | BODY_NOUNS


def _nested_in(inner: Reported, outer: Reported) -> bool:
    """Whether inner's cue stands inside the clause outer reports, below outer's cue in the parse
    through no conjunct, parenthesis, relative clause or participle ("said the research appeared to acknowledge that ...",
    "told BBC Wales he had agreed with her in 2003 that ..."): not a statement after it ("X said
    ... but Y warned ...")."""
    tok = inner.cue
    if tok is outer.cue or not outer.start <= tok.idx < outer.end:
        return False
    if tok.head.i == outer.cue.i and any(c.dep_ == "ccomp" and c.i < tok.i for c in outer.cue.children):
        # "Iran has said it will not hesitate ... but Saudi Arabia has warned Tehran ...": the parser hung a
        # second statement on the cue beside the clause it reports, not inside it
        return False
    while tok.i != outer.cue.i:
        if tok.dep_ in {"conj", "parataxis", "relcl"} or tok.dep_ == "advcl" and tok.tag_ == "VBG" or tok.head.i == tok.i:
            # ("The report, which says X, ends his prospects, analysts said": the report's own; "disputed
            # that Tom was estranged, saying instead he was shy": a statement of its own after the clause)
            return False
        tok = tok.head
    return True


def _bare_clause(verb):
    """A clause with its own subject right after the verb, "that" left out ("FDA advisors agreed the
    claims were based on faulty data", "He ruled there was no obligation ..."); None without one."""
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1
         and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)),
        None,
    )


def _infinitive_after(verb):
    """The first and last words of the to-infinitive a claim verb takes after it ("the organization
    claims to have planted over 30 million trees"): what the subject says of itself."""
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}), None)
    to = next((c for c in deed.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i + 1), None) if deed is not None else None
    return (to, deed.right_edge) if to is not None else None


def _admitted_deed(verb):
    """The first and last words of the gerund an admission owns to, right after the verb or after its
    "to" ("admitted lying about ...", "admitted today to deleting video ..."), through a phrase the
    parser hung on the verb after it (a headline's "Admits to Editing Iran Press Briefing Video");
    None without one ("admitted the error")."""
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == c.left_edge.i > verb.i), None)
    if deed is None:
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
        deed = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == to.i + 1), None) if to is not None else None
    if deed is None:
        return None
    last = deed.right_edge
    for c in verb.children:
        if c.dep_ == "appos" and c.left_edge.i == last.i + 1:
            last = c.right_edge
    return deed, last


def _appeal(verb, lemma: str):
    """The infinitive an appeal asks for, after the one appealed to ("called on the DTI to block
    it", "pleaded with fans not to protest"), wherever the parser hung it; None without one."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _APPEAL_CUES[lemma] and c.i == verb.i + 1), None)
    if prep is None:
        return None
    return next(
        (t for t in verb.subtree if t.i > prep.i and t.dep_ in {"xcomp", "advcl", "acl", "relcl", "pcomp"}
         and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)),
        None,
    )


# What a claim is said to lack, which the parser takes the claim's clause for a clause of ("claiming
# without evidence that the race is tied").
_PROOF_NOUNS = frozenset({"evidence", "proof", "basis"})


def _unfounded_clause(verb):
    """(the "that", the clause) of a claim made "without evidence that ...", which the parser hangs on
    the noun ("claiming without any evidence that President Obama wanted to take in 250,000
    refugees"); None without one."""
    without = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without" and c.i > verb.i), None)
    proof = next((c for c in without.children if c.dep_ == "pobj" and c.lemma_.lower() in _PROOF_NOUNS), None) if without is not None else None
    clause = next((c for c in proof.children if c.dep_ in {"acl", "ccomp"} and c.i > proof.i), None) if proof is not None else None
    that = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that" and g.i == proof.i + 1), None) if clause is not None else None
    return (that, clause) if that is not None else None


def _request(verb):
    """The infinitive a request asks of the one it names right after the verb ("asked male voters to
    think about ...", "pressed the White House to go public"), wherever the parser hung it; None
    without both, for one asked not to be named ("asked not to be identified"), or for a question
    ("asked him how to reach the ward")."""
    asked = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    if asked is None or asked.lower_ in _PLAIN_OBJECTS:
        return None
    return next(
        (c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.i > asked.i and c.pos_ in {"VERB", "AUX"}
         and any(g.dep_ == "aux" and g.lower_ == "to" and g.i > asked.right_edge.i for g in c.children)
         and c.left_edge.lower_ not in _QUESTION_WORDS and not any(g.dep_ in {"auxpass", "nsubj", "nsubjpass"} for g in c.children)),
        None,
    )


def _proposed(verb):
    """The deed a proposal names right after the verb: a gerund or an infinitive ("proposed taxing
    carbon emissions", "proposing to scale back the requirement"); None for a thing proposed."""
    return next(
        (c for c in verb.children if c.i == verb.i + 1 and c.dep_ in {"xcomp", "dobj", "ccomp"} and c.tag_ == "VBG"
         or c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ == "to"),
        None,
    )


def _called_for(verb):
    """A demand that someone do something: "TCI has called for Deutsche Boerse to hold a meeting",
    "has called for an independent body to be set up" -> (the first word of who is to act, the
    infinitive), however the parser hung them; None for a thing called for ("called for a retrial")."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "for":
        return None
    if doc[verb.i + 2].tag_ == "VBG" and doc[verb.i + 2].dep_ == "pcomp" and not _in_question(verb):
        return doc[verb.i + 2], doc[verb.i + 2]  # a deed called for: "called for denying entry to travelers from ..."
    wanted = next(
        (t for t in verb.subtree if t.i > verb.i + 2 and t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)),
        None,
    )
    if wanted is None:
        return None
    to = min(c.i for c in wanted.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < wanted.i)
    # who is to act, a noun phrase and nothing else, between "for" and the infinitive
    who = doc[verb.i + 2 : to]
    if not len(who) or any(t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text != "-" for t in who) or not _one_phrase(who):
        return None
    # someone named or known to act, people, or something to be done: not a thing wanted for a
    # purpose ("called for a constitutional amendment to balance the budget"); "called for female
    # contestants to wear ...", "called for a special prosecutor to investigate ..."
    head = next(t for t in who if not who.start <= t.head.i < who.end)
    if not (
        head.pos_ == "PROPN" or who[0].lower_ == "the" or any(c.dep_ == "auxpass" for c in wanted.children)
        or head.tag_ == "NNS" and head.lemma_.lower() not in _SHARES or head.lemma_.lower() in _PEOPLE | ROLE_NOUNS
    ):
        return None
    return doc[verb.i + 2], wanted


def _in_question(verb) -> bool:
    """Whether the cue is in a question, which reports nothing ("But has he called for changing any of
    the provisions that benefit him?")."""
    return verb.sent[-1].text == "?" or verb.sent[-1].is_punct and verb.sent.end >= 2 and verb.doc[verb.sent.end - 2].text == "?"


def _one_phrase(words) -> bool:
    """Whether a run of words is one noun phrase: a single word of it hangs outside it, a noun, and no
    preposition in it ("called for the debts of Africa's poorest countries to be written off" is left
    out: the statement it finds gives a direct quote after it the wrong speaker, round 39)."""
    heads = [t for t in words if not words.start <= t.head.i < words.end]
    return len(heads) == 1 and heads[0].pos_ in {"NOUN", "PROPN", "PRON"} and not any(t.pos_ == "ADP" for t in words)


def _verdict(verb):
    """(object, "as") of "described X as Y", "hailed X as Y"; None without both."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in _PLAIN_OBJECTS or obj.pos_ == "PRON":
        return None  # "she described him as sweating": how someone looked, not a verdict on a thing
    as_ = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    return (obj, as_) if as_ is not None else None


def _valuation(verb):
    """(object, "at") of "estimates X at <figure>", "put X at <figure>"; None without both, or when
    the "at" phrase holds no figure ("put the children at ease", "placed the vase at the door"), or
    when the verb has no subject of its own ("a funding round valuing the company at $6.6 billion" is
    a deal, not a view)."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in _PLAIN_OBJECTS or obj.pos_ == "PRON":
        return None
    at = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None)
    return (obj, at) if at is not None and any(t.like_num for t in at.subtree) else None


def _judged_for(verb):
    """The "for" of "criticised X for Y" (on the verb or on its object, as the parser hangs it), the
    one judged named before it; None without both ("criticised the plan": no deed given)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    return next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i), None)


def _question_raised(verb):
    """The question a verb of doubt raises, after it: a clause or an object opened by a question
    word ("queried whether ...", "questioned how much of an impact ...", "questioned if opening the
    way ... could deter": the parser may hang the words after "if" on the verb); None without one."""
    return next(
        (c for c in verb.children if c.dep_ in {"ccomp", "dobj", "advcl"} and c.i > verb.i and c.left_edge.lower_ in _QUESTION_WORDS),
        None,
    )


def _view_clause(verb):
    """The clause of the view a verb expresses ("expressed concerns that ...", "expressed confidence
    the two would ...", "expressed doubts over whether ..."), one with a subject of its own; None
    for a view of a thing."""
    view = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in _VIEW_NOUNS), None)
    if view is None:
        return None
    whether = [g for c in view.children if c.dep_ == "prep" and c.lower_ in _WHETHER_PREPS for g in c.children if g.dep_ == "pcomp"]
    clauses = [c for c in view.children if c.dep_ in {"acl", "ccomp"} and c.i > view.i] + [
        c for c in whether if any(g.dep_ == "mark" and g.lower_ == "whether" for g in c.children)]
    return next((c for c in clauses if any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)), None)


def _heard_by_body(verb) -> bool:
    """Whether the one that hears is a court, a conference or the like: "a conference has heard"."""
    subject = subject_of(verb)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.lemma_.lower() in _HEARING_BODIES


def _that_clause(verb) -> bool:
    """Whether a clause opened by "that" follows the verb: "agree that ...", "asked that ..."."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in verb.children
    )


def _purpose_subject(verb):
    """The subject of an infinitive of purpose with a that-clause is its head verb's ("he harnessed
    the results of his experiments to argue that ...")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ == "VERB" and infinitive and _that_clause(verb):
        return subject_of(verb.head)
    return None  # "declined to say when ...", "is not to say that ...": no statement


def _document_subject(verb):
    """A participle on a document that names its author speaks for the document ("an open letter
    from company president Lee Scott saying it was time ..."), not for whoever used it; a document
    with no author named ("X issued a statement warning that ...") leaves the speaker to subject_of."""
    doc_noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or doc_noun.pos_ != "NOUN" or doc_noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    authored = any(
        c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" and c.i < doc_noun.i
        or c.dep_ == "prep" and c.lower_ in {"from", "by"} and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in doc_noun.children
    )
    return doc_noun if authored else None


def past_parenthesis(verb, subject):
    """The verb's subject, or the one a parenthesis between dashes sets off from it, whose words are no
    subject ("Mr Roe - keen to reassure - had said": Roe, not a word of the parenthesis)."""
    dashed = _dashed_subject(verb)
    return dashed if dashed is not None and (subject is None or dashed.i < subject.i < verb.i) else subject


def _dashed_subject(verb):
    """A subject set off from its verb by a parenthesis between dashes ("Mr Yushchenko - keen to
    reassure potential investors - had said ..."), which the parser leaves unattached."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].dep_ in {"aux", "neg", "advmod"}:
        i -= 1
    if doc[i].text not in _DASHES:
        return None
    opening = next((t for t in reversed(doc[verb.sent.start : i]) if t.text in _DASHES and t.whitespace_), None)
    if opening is None or opening.i == verb.sent.start:
        return None
    name = doc[opening.i - 1]
    return name if name.pos_ in {"PROPN", "NOUN"} else None


def _apposed_name(subject):
    """'One of the jilted bidders, Netherlands-based group LNM, said': a subject that is a share of
    a group speaks as the name apposed to the group."""
    if subject.pos_ not in {"NUM", "PRON", "DET"} and subject.lower_ not in {"one", "some", "each", "many", "several"}:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return subject
    # the parser hangs the apposition on the group or on the share
    return next((c for c in [*group.children, *subject.children] if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)


def _name_before_description(subject):
    """'Cory Doctorow, European outreach coordinator for ..., said that ...', 'Antar, the reclusive
    founder of the chain ..., said': a description set between commas after the name that opens the
    sentence, which the parser took for the subject: the name speaks."""
    doc = subject.doc
    first, after = subject.left_edge.i, subject.right_edge.i
    after += doc[after].text != ","  # (the parser may give the description the comma after it)
    if subject.pos_ != "NOUN" or first < 2 or doc[first - 1].text != "," or after >= len(doc) or doc[after].text != ",":
        return subject
    name = doc[first - 2]
    start = name.i
    while start > subject.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    # (the name alone before the comma: "In London, the minister said" is a place the sentence opens with)
    return name if name.pos_ == "PROPN" and start == subject.sent.start else subject


def _means_subject(verb):
    """The subject of a participle after "by" is its head verb's ("the judges paved the way for an
    inquiry by saying previous investigations were inadequate")."""
    by = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and by.lower_ == "by"):
        return None
    up = by.head  # "paved the way for an inquiry by saying": the parser may hang "by" on a noun
    while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i and up.dep_ in {"pobj", "prep", "dobj"}:
        up = up.head
    return subject_of(up) if up.pos_ in {"VERB", "AUX"} else None


def _reports_here(verb, lemma: str) -> bool:
    """Whether a cue of reported speech only reports in this sentence: the verbs of _THAT_CUES with a
    that-clause after them or interrupting the sentence; advice and stance verbs with a speaker for
    a subject (what they take is read by _content)."""
    subject = subject_of(verb)
    if lemma in _SPEAKER_THAT_CUES and not (subject is not None and _speaks(subject, owned=True)):
        return False
    if lemma in _INFERENCE_CUES and verb.tag_ == "VBG":
        return False
    if lemma in _THAT_CUES or lemma in _RULING_CUES:
        return _parenthetical(verb) or _that_clause(verb) or _bare_clause(verb) is not None
    if lemma == "call" and _called_for(verb) is not None:
        return subject is not None and _speaks(subject)
    if lemma in _APPEAL_CUES:
        return _appeal(verb, lemma) is not None
    if lemma in _REQUEST_CUES:
        # with the one asked and an infinitive, or with what is asked for in a that-clause ("Schumer,
        # in his letter to McConnell, requested that the Senate call four witnesses": lead ruling 16)
        return (_request(verb) is not None or _that_clause(verb)) and subject is not None and _acts_in_words(subject)
    if lemma in _PROPOSAL_CUES:
        return (_proposed(verb) is not None or _that_clause(verb)) and subject is not None and _acts_in_words(subject)
    if lemma in _AS_CUES:
        return _verdict(verb) is not None
    if lemma in _AT_CUES:
        return _valuation(verb) is not None
    if lemma in _FOR_CUES:
        return _judged_for(verb) is not None
    if lemma in _HEARD_CUES:
        return True  # (a body that hears, as find() checked)
    if lemma in _EXPRESS_CUES:
        return _view_clause(verb) is not None
    if lemma in _QUESTIONING_CUES:
        return _question_raised(verb) is not None and subject is not None and _speaks(subject)
    return subject is not None and _speaks(subject)


def _acts_in_words(subject) -> bool:
    """Whether a subject can ask or propose: one who speaks, a thing a name owns ("Mrs. Clinton's
    campaign has instructed surrogates to ..."), or a body that does so in its papers ("The
    administration ... by proposing to scale back the requirement")."""
    return _speaks(subject, owned=True) or subject.lemma_.lower() in _MAKERS


def _speaks(subject, people_only: bool = False, owned: bool = False) -> bool:
    """A subject that can advise or hold a view: a name, a person's pronoun, people or a group of
    them (`people_only`: not a name, which may be a company's; `owned`: or a thing a name owns,
    "Strava's trends report")."""
    if subject.lower_ in _PEOPLE_PRONOUNS or subject.pos_ == "PROPN" and not people_only:
        return True
    if owned and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children):
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _PEOPLE


def _object_content(verb, subject) -> tuple[int, int] | None:
    """What an advice or stance verb, or a "say" whose clause the parser read as its object, takes:
    the words after it through its object and what hangs on it ("recommends avoiding coffee right
    before meals", "advises cold brew coffee for those sensitive to acidity"), up to a comma or
    another statement ("... and also advises coffee before workouts")."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in {"dobj", "xcomp", "ccomp"}]
    if not objects or lemma == "say" and not _misparsed_clause(objects[0]):
        return None
    if lemma in _SPEAKER_OBJECT_CUES and not _speaks(subject):
        return None  # "the findings suggest the importance ...": a study shows, it does not advise
    if lemma in _ACCOUNT_CUES and not _speaks(subject, people_only=True):
        return None
    last = verb
    for c in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if c.dep_ in {"punct", "advcl", "mark", "ccomp"} and c not in objects or doc[c.left_edge.i - 1].is_punct and c.left_edge.i - 1 > verb.i:
            break
        if c.dep_ == "conj" and (c.lemma_.lower() in _CUES or any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)):
            break  # "recommends X and also advises Y": the next statement
        if c.dep_ == "cc":
            continue  # kept only with the conjunct after it
        last = c.right_edge
    if last is verb:
        return None
    start, end = _trim(doc, doc[verb.i + 1].idx, last.idx + len(last))
    if len(_text(doc)[start:end].split()) < T.OBJECT_REPORT_MIN_WORDS:
        return None  # "stresses hydration": a word, not what was said
    return start, end


def _misparsed_clause(obj) -> bool:
    """A "said" object that is a clause the parser broke ("said traditional subscriptions that tie
    fees to ... look less suited"): a noun phrase with a clause in it, long enough to be one."""
    return (
        obj.dep_ == "dobj" and obj.lower_ not in _PLAIN_OBJECTS and obj.pos_ in {"NOUN", "PROPN"}
        and any(t.dep_ in {"relcl", "acl"} for t in obj.subtree)
        and len(list(obj.subtree)) >= T.SAID_OBJECT_CLAUSE_MIN_TOKENS
    )


def _misparsed_subject(verb, clause):
    """The object of a speech verb that is the subject of the clause right after it ("ClassPass
    reported strength training has become ...": "training" read as reported's object)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.lower_ in _PLAIN_OBJECTS or obj.ent_type_ in {"DATE", "TIME"}:
        return None
    # nothing but the object's own words between it and the clause ("recommends all individuals
    # above age 6 months get a flu vaccine"), no "that"; a comma only around words of the object's
    # own ("says her work, reported in the Journal of Genetic Psychology, finally provides evidence")
    between = obj.doc[obj.i + 1 : clause.left_edge.i]
    if any(t.lower_ == "that" for t in between) or any(t.is_punct for t in between) and not _set_off_in(obj, between):
        return None
    return obj


def _set_off_in(obj, between) -> bool:
    """Whether the words between an object and the clause after it are the object's own, set off
    by commas: its phrase, then at most the comma that closes it."""
    own = {t.i for t in obj.subtree}
    stray = [t for t in between if t.i not in own]
    return bool(own & {t.i for t in between}) and (not stray or stray == [between[-1]] and between[-1].text == ",")


def _clause_opener(tok, clause) -> bool:
    """The word that opens a reported clause and is none of what is said: its "that" or "whether"
    ("said that ...", "asked whether ..."), or its own mark right after the cue ("asked if ..."). Not
    "that" as a determiner ("said that figure is likely to rise") or a subject ("said that would be
    impossible"), nor a condition after "that" ("said that, if in government, he would refuse")."""
    if tok.lower_ == "that":
        return not _that_subject(tok) and not (tok.dep_ == "det" and tok.head.tag_ == "NN" and tok.head.i == tok.i + 1)
    if tok.dep_ != "mark" or tok.head.i != clause.i:
        return False
    return tok.lower_ == "whether" or not any(t.lower_ == "that" for t in tok.doc[clause.left_edge.i : tok.i])


def _that_subject(that) -> bool:
    """"said that would be impossible": "that" is the clause's subject, part of what is said."""
    nxt = that.doc[that.i + 1] if that.i + 1 < len(that.doc) else None
    return that.dep_ in {"nsubj", "nsubjpass"} and nxt is not None and nxt.pos_ in {"AUX", "VERB"}


def _run_on(verb, last):
    """The end of a reported clause, run on over the words the parser hung on the cue verb after it
    ("emphasise that X requires deliberate structuring and guided learning": "deliberate ..." read
    as the verb's), up to a comma, a conjunction or another statement."""
    for c in sorted((c for c in verb.children if c.i > last.i), key=lambda c: c.i):
        if c.left_edge.i != last.i + 1 or c.dep_ in {"punct", "cc", "conj", "mark"} or c.is_punct:
            break
        if c.lemma_.lower() in _CUES and c.pos_ == "VERB":
            break
        last = c.right_edge
    return _but_instead(verb, last)


def _but_instead(verb, last):
    """The end of a reported "not X, but Y" whose "but Y" the parser hung on the cue ("added that the
    election is not about Trump's past, but America's future", Y read as a conjunct or an object of the
    cue): Y is no statement of its own, no verb in it; else `last`."""
    doc = verb.doc
    if last.i + 3 >= len(doc) or doc[last.i + 1].text != "," or doc[last.i + 2].lower_ != "but":
        return last
    if not any(t.dep_ == "neg" for t in doc[verb.i + 1 : last.i + 1]):
        return last
    y = next((c for c in verb.children if c.dep_ in {"conj", "dobj", "npadvmod", "attr"} and c.left_edge.i == last.i + 3), None)
    if y is None or any(t.pos_ in {"VERB", "AUX"} for t in y.subtree):
        return last
    return y.right_edge


def _closing_cue(verb, inverted, skip: int):
    """A cue that closes its sentence after a comma: '..., Huffaker said.', '..., says Klinger.',
    '..., states Lauren Slayton, MS, RD, registered dietitian ...', '..., cites Sylvia Klinger, ...'; or that
    interrupts it: 'In part, Levin says, because ...'. Returns (subject, start, end) of the content,
    or None. The content is the sentence outside the cue, read from the words, not the parse, which
    often makes the sentence's own verb the head of the cue or the name its object."""
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ == "VBG":
        return None  # "..., citing internal business issues.": a reason given, not a speaker
    if inverted is not None:
        subject, first, last = inverted, verb.i, inverted.i
    else:
        # the nearest subject: the parser may take the sentence's own for the cue's as well
        subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
        # "..., the Law Lords have ruled.", "..., the minister has said.": auxiliaries between
        if subject is None or any(t.dep_ != "aux" for t in doc[subject.right_edge.i + 1 : verb.i]):
            return None
        if not (subject.pos_ == "PROPN" or subject.lower_ in _PEOPLE_PRONOUNS or subject.pos_ == "NOUN"):
            return None
        first, last = subject.left_edge.i, verb.i
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[first : subject.right_edge.i + 1]):
            return None
    if first <= sent.start or doc[first - 1].text != ",":
        return None
    end_tok = last + 1
    past = _past_adjuncts(verb, inverted, end_tok)
    if past >= sent.end or doc[past].text in {".", "!", "?"}:
        # "..., Silas told Reuters in an interview.", "..., chairman Jane Roe said in answer to
        # reporters' queries.": whom it was told and where end the sentence as the cue does
        end_tok = past
    # "..., Shulman said — while Amazon has ...": a dash after the cue ends what it reports too
    if end_tok >= sent.end or doc[end_tok].is_punct and doc[end_tok].text in {".", "!", "?", "\u2014", "\u2013"} or doc[end_tok].text in {'"', "\u201d"}:
        before = _trim(doc, max(_clause_start(doc, sent, first - 1), skip), doc[first - 1].idx)
        return (subject, *before) if before[1] > before[0] else None
    if doc[end_tok].text != "," or end_tok + 1 >= sent.end or doc[end_tok + 1].dep_ == "cc":
        return None  # "After that, Ford wrote, and wrote": the verb repeated, not a cue
    # "In part, Levin says, because ...", "..., because, he said, quality is key": the sentence the cue
    # interrupts is the statement, on both sides of it
    last_tok = doc[sent.end - 1]
    return subject, *_trim(doc, max(sent.start_char, skip), last_tok.idx + len(last_tok))


def _past_adjuncts(verb, inverted, i: int) -> int:
    """The token after the phrases that follow a closing cue from token `i` on: whom it was told
    ("told Reuters", "told the West German newspaper Die Welt") and where or how ("in an interview",
    "in answer to reporters' queries"), none of them a clause; `i` when none follows."""
    heads = [verb] if inverted is None else [verb, inverted]
    addressed = verb.lemma_.lower() in ADDRESSED_VERBS
    while True:
        phrase = next(
            (c for h in heads for c in h.children if c.left_edge.i == i and c.i >= i
             and (c.dep_ in {"prep", "agent", "npadvmod"} or addressed and c.dep_ in {"dobj", "dative"})),
            None,
        )
        if phrase is None or any(t.pos_ in {"VERB", "AUX"} for t in phrase.subtree):
            return i
        i = phrase.right_edge.i + 1


def _clause_start(doc, sent, comma: int) -> int:
    """Where the words a closing cue reports begin: the sentence's start, or after its last colon
    ("Roe agrees: In addition ..., tea has been linked to ..., Roe says.")."""
    colon = next((t for t in reversed(doc[sent.start : comma]) if t.text == ":"), None)
    return doc[colon.i + 1].idx if colon is not None and colon.i + 1 < comma else sent.start_char


def _owner(subject):
    """'Strava's trends report revealed that ...': the report's owner speaks."""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return owner if subject.pos_ == "NOUN" and owner is not None else subject


def _group_of_share(subject):
    """'65% of Gen Z users said', 'Ninety-two percent of developers say': the group speaks."""
    if subject is None or subject.lemma_.lower() not in _SHARES:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group if group is not None and group.pos_ in {"NOUN", "PROPN"} else subject


def _discourse_marker(verb) -> bool:
    """'That said, ...', 'Having said that, ...': the verb opens the sentence as a connective."""
    doc = verb.doc
    at = verb.i - verb.sent.start
    word = lambda i: doc[i].lower_ if 0 <= i < verb.sent.end else ""  # noqa: E731
    return (
        at == 1 and word(verb.i - 1) in {"that", "this"} and word(verb.i + 1) == ","
        or at == 1 and word(verb.i - 1) == "having" and word(verb.i + 1) in {"that", "this"} and word(verb.i + 2) == ","
    )


def _from_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct quote's span from its opening mark: the span its event records may begin at its cue
    ('says that at the time, she worked ... which would, "...'), which reports a clause of its own."""
    if text[start : start + 1] in _QUOTE_MARKS:
        return start, end
    # (not a mark closing the quote a paragraph ran on with from the one before: 'There's no problem
    # whatsoever," he told Reuters' is all quoted, from the paragraph's start)
    marks = [m for m in (_opening_mark(text, mark, start, end) for mark in _QUOTE_MARKS) if m >= 0]
    return (min(marks), end) if marks else (start, end)


def _opening_mark(text: str, mark: str, start: int, end: int) -> int:
    """Where the first `mark` between start and end that opens a quote stands (after a space or a
    bracket, or at the start), -1 if none does."""
    at = text.find(mark, start, end)
    while at > 0 and not (text[at - 1].isspace() or text[at - 1] in "([\u2014\u2013"):
        at = text.find(mark, at + 1, end)
    return at


def _before_quote(doc, cue, start: int, end: int, quoted: list[tuple[int, int]], closing: bool = False) -> int | None:
    """A reported clause that runs on from its cue into a direct quote keeps its words before the
    quote when they are a clause of their own ('the complaint says that at the time, she worked for
    other companies which would, "...low ball customers"'); None when the clause is the quote's cue
    or what leads into it ('No matter the motivation, "...," says Varady')."""
    opening = min((s for s, e in quoted if s < end and start < e), default=None)
    if opening is None or opening <= start or opening < cue.idx and not (closing and _fragment_at(doc, opening)):
        # a cue closing the sentence reports the clause a phrase quoted in it goes on with: 'revenue
        # grew by 1.5% "despite disappointing sales", the company said' (not 'Wilgus weighs in on what
        # to avoid: "Avoid anything ...," she states', whose words before the quote lead into it)
        return None
    cut = _trim(doc, start, opening)[1]
    span = doc.char_span(start, cut, alignment_mode="contract")
    if span is None or not any(t.pos_ in {"VERB", "AUX"} and t.i != cue.i and not t.dep_.startswith("aux") for t in span):
        return None
    return cut if len(_text(doc)[start:cut].split()) >= T.REPORTED_BEFORE_QUOTE_MIN_WORDS else None


def _fragment_at(doc, opening: int) -> bool:
    """Whether the quote opening at `opening` goes on with its sentence: its words start in lowercase."""
    words = _text(doc)[opening + 1 : opening + 3].lstrip()
    return words[:1].islower()


def _claim(noun, quoted: list[tuple[int, int]]) -> Reported | None:
    """A claim its owner makes, the clause right after the noun: "his allegations that he gave her
    drugs", "Robinson's contention England dominated the forward play" (the owner speaks)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "claims by opposition MPs that the government would be forced ...": the owner named by "by"
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.i + 1), None) if owner is None else None
    if by is not None:
        owner = next((c for c in by.children if c.dep_ == "pobj"), None)
    if owner is None and noun.lemma_.lower() in _UNOWNED_CLAIM_NOUNS and noun.tag_ == "NNS":
        owner = noun  # "amid reports that Mr. McCabe might soon leave", "accusations that Trump withheld ..."
    if owner is None:
        return None
    doc = noun.doc
    after = first = noun.i + 1 if by is None else by.right_edge.i + 1
    if (that := _past_when(doc, first)) is not None:
        after = first = that  # "Gordon Brown's announcement in July that ...", "his view on Friday that ..."
    if first < len(doc) and doc[first].lower_ == "that":
        first += 1
    # (the parser may hang the clause on the verb whose object the noun is: "repeated his view on Friday
    # that ..."; not inside what another says: "It says the incident backs its claims the system ...")
    hung = [c for c in noun.head.children if c.dep_ == "ccomp"] if noun.dep_ == "dobj" and noun.head.dep_ not in _CLAUSE_DEPS else []
    clause = next(
        (c for c in [*noun.children, *hung] if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i and c.left_edge.i in {after, first}
         and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} and g.i >= first for g in c.children)),
        None,
    )
    if clause is None or noun.lemma_.lower() not in CLAIM_NOUNS | _UNOWNED_CLAIM_NOUNS:
        return None  # "his claim to the throne", "the claims that were made": no statement
    last = clause.right_edge
    start, end = _trim(doc, doc[first].idx, last.idx + len(last))
    if any(s < end and start < e for s, e in quoted) or len(_text(doc)[start:end].split()) < T.REPORTED_MIN_WORDS:
        return None
    return Reported(noun, owner, start, end, noun.text)


def _stated_as(noun, quoted: list[tuple[int, int]]) -> Reported | None:
    """What its owner answers or holds, the that-clause a form of "be" gives the noun ("Rubio's
    response was that it's unfair ...", "RT's defense has been that its viewers expect ..."); None
    without an owner ("the answer was that no one knew": no one's words) or without the clause."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    be = noun.head
    if owner is None or noun.dep_ != "nsubj" or be.lemma_.lower() != "be" or noun.lemma_.lower() not in _STATED_NOUNS:
        return None
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == be.i + 1 for g in c.children)), None)
    if clause is None:
        return None
    doc = noun.doc
    start, end = _trim(doc, doc[be.i + 2].idx, clause.right_edge.idx + len(clause.right_edge))
    if any(s < end and start < e for s, e in quoted) or len(_text(doc)[start:end].split()) < T.REPORTED_MIN_WORDS:
        return None
    return Reported(noun, owner, start, end, noun.text)


def _intent(noun, quoted: list[tuple[int, int]]) -> Reported | None:
    """A demand or a claim its owner makes, the infinitive right after the noun: "Trump's threat to sue
    women", "his call to raise the federal minimum wage" (the owner speaks; the parser may hang the
    infinitive on the verb the noun is the object of). None without an owner or an infinitive ("a call
    to arms", "his claim to the throne")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    doc = noun.doc
    if owner is None or noun.lemma_.lower() not in _INTENT_NOUNS or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return None
    deed = doc[noun.i + 1].head
    if deed.pos_ not in {"VERB", "AUX"} or doc[noun.i + 1].dep_ != "aux" or deed.head.i not in {noun.i, noun.head.i}:
        return None
    start, end = _trim(doc, doc[noun.i + 1].idx, deed.right_edge.idx + len(deed.right_edge))
    if any(s < end and start < e for s, e in quoted) or len(_text(doc)[start:end].split()) < T.REPORTED_MIN_WORDS:
        return None
    return Reported(noun, owner, start, end, noun.text)


def _past_when(doc, i: int) -> int | None:
    """The "that" after a short phrase of time or place that starts at token i ("in July", "on
    Friday", "at the weekend"): a preposition and a few words, no verb nor comma; None otherwise."""
    if i >= len(doc) or doc[i].pos_ != "ADP" or doc[i].lower_ == "that":
        return None
    for t in doc[i + 1 : i + 1 + T.CLAIM_PHRASE_MAX_WORDS]:
        if t.lower_ == "that":
            return t.i
        if t.pos_ in {"VERB", "AUX", "ADP"} or t.is_punct:
            return None
    return None


def _according_to(tok, skip: int) -> Reported | None:
    """'According to X, ...', '..., according to X.', and 'per X' set off as they are ('Bonus points,
    per the experts: ...', '..., per the company.'; never '$5 per day')."""
    doc = tok.doc
    per = tok.lower_ == "per"
    to = tok if per else doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    phrase_end = _source_end(tok, pobj)
    after = doc[phrase_end + 1] if phrase_end + 1 < sent.end else None
    # "according to a June report by the University of Chicago Education Lab": who wrote it speaks; so
    # does a body or people it describes ("according to a Sept. 20 news release by the utility"): the
    # words are theirs (lead ruling 17)
    by = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if author is not None and (author.pos_ == "PROPN" or author.lemma_.lower() in ORGANISATION_NOUNS | BODY_NOUNS or _speaks(author, people_only=True)):
        pobj = author
    # "according to technology analysts IDC", "according to the research firm Gartner": the name
    # the description stands before is who speaks
    pobj = _named_source(doc, to.i, phrase_end, pobj)
    opens = tok.i == sent.start or doc[tok.i - 1].text in {",", ":", ";"} or doc[tok.i - 1].dep_ == "cc"
    if per and not (opens and (after is None or after.text in {",", ":", ".", ";"})):
        return None  # "miles per hour", "$5 per day": a rate, not a source
    if opens and after is not None and after.text in {",", ":"} and phrase_end + 2 < sent.end - 1 and (
        tok.i == sent.start or doc[tok.i - 1].text != "," or after.text == ":"
    ):
        # "But according to customer reviews, the finish peels off", "One thing to note: According to
        # the brand, you should ...", "Bonus points, per the experts: fluoride helps": what follows
        last = doc[sent.end - 1]
        return Reported(tok, pobj, *_trim(doc, max(after.idx + 1, skip), last.idx + len(last)), "according to")
    if tok.i > sent.start + 2 and doc[tok.i - 1].text == "," and phrase_end + 2 < sent.end - 1 and doc[phrase_end + 1].text == ",":
        # "He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit ...":
        # the sentence it interrupts
        last = doc[sent.end - 1]
        return Reported(tok, pobj, *_trim(doc, max(sent.start_char, skip), last.idx + len(last)), "according to")
    if tok.i > sent.start + 2:  # "..., according to X."
        end = tok.i - 1
        return Reported(tok, pobj, *_trim(doc, max(sent.start_char, skip), doc[end].idx + len(doc[end])), "according to")
    if phrase_end + 1 < sent.end:  # "According to X, ..."
        start = doc[phrase_end + 1]
        while start.is_punct and start.i + 1 < sent.end:
            start = doc[start.i + 1]
        last = doc[sent.end - 1]
        return Reported(tok, pobj, *_trim(doc, start.idx, last.idx + len(last)), "according to")
    return None


def _source_end(tok, pobj) -> int:
    """The last word of the source a sentence-opening "According to" names: up to its comma when
    the statement after it runs to its first verb with no other comma ("According to technology analysts
    IDC, a fifth of all hard drives produced will be used ..."), whatever the parser hung on what
    (it may run an apposition on over the comma into the statement's subject, or take the name
    for the verb's subject); an apposition set off by commas ("According to Ann Roe, a spokeswoman
    for the bank, the plan ...") is left to the parse."""
    doc = tok.doc
    sent = tok.sent
    end = pobj.right_edge.i
    if tok.i != sent.start:
        return end
    comma = next((t for t in doc[tok.i + 2 : sent.end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end or doc[comma.i + 1].tag_ in {"WDT", "WP", "WP$"}:
        return end  # "According to the report, which was published on Monday, ...": a clause on the source
    verb = next((t for t in doc[comma.i + 1 : sent.end] if t.pos_ in {"VERB", "AUX"}), None)
    # (a capitalised word the tagger took for a verb is a name's: "According to search engine Ask Jeeves, ...")
    if verb is None or any(t.text == "," for t in doc[comma.i + 1 : verb.i]) or any(
        t.pos_ in {"VERB", "AUX"} and not _name_word(t) for t in doc[tok.i + 2 : comma.i]
    ):
        return end
    return comma.i - 1


def _name_word(tok) -> bool:
    """A word of a name: a proper noun, or a capitalised word inside a sentence the tagger read as
    something else ("Ask" of "Ask Jeeves")."""
    return tok.pos_ == "PROPN" or tok.i != tok.sent.start and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def quoted_source(to, pobj):
    """Who a quote's "according to X" names: the name a description of X ends with ("according to
    media and PR strategist Glen Yearwood, who is representing ..."), a clause on it no part of the
    phrase."""
    doc = to.doc
    end = min([pobj.right_edge.i] + [t.left_edge.i - 1 for t in pobj.subtree if t.dep_ in {"relcl", "acl"} and t.i > pobj.i])
    while end > pobj.i and doc[end].is_punct:
        end -= 1
    return _named_source(doc, to.i, end, pobj)


def _named_source(doc, to: int, end: int, pobj):
    """A source described, then named ("according to technology analysts IDC", "according to the
    research firm Strategy Analytics") speaks as its name: the proper name that ends the phrase,
    right after a common noun of it."""
    name = doc[end]
    if name.pos_ != "PROPN" or pobj.pos_ == "PROPN":
        return pobj
    first = name
    while first.i - 1 > to and _name_word(doc[first.i - 1]):
        first = doc[first.i - 1]
    before = doc[first.i - 1]
    if before.lower_ == "the" and before.i - 1 > to:
        before = doc[before.i - 1]  # "according to local newspaper the Daily Telegraph"
    return name if before.i > to and before.pos_ == "NOUN" and before.is_lower else pobj


def _text(doc) -> str:
    """The paragraph's text, joined once: Doc.text joins every token again each time it is read,
    and the rules read it for every cue (a paragraph of a hundred sentences read it hundreds of times)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    text = _text(doc)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-\u2014\u2013"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:-\u2014\u2013"):
        start += 1
    return start, end
