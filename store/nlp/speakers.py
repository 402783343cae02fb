"""Who is speaking: the subject of a speech verb, read from the parse, with pronouns resolved.

This is the second stage of attribution (quotes.py finds the mention): a speaker is a named
entity when the subject's head is one ("said Major-General Qassim al-Moussawi" -> the person,
title dropped; "Will Moy, chief executive of Full Fact, said" -> Moy, not the organisation of
his apposition), the named person in an apposition ("The head of the Observatory, Rami
Abdulrahman, said"), the antecedent of a relative ("..., who said"), a description otherwise
("a man on a podium", "security sources"). Pronouns and definite back-references ("he",
"they", "the sources") take the nearest fitting speaker of the last few sentences; a role noun
("the judge said", "the 56-year-old said") the person the article gave that title, else the
person last named; a bare surname ("Mr. Alvarez", or one two people share) the person of that
surname named last.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import re

from ..names import HONORIFICS as _HONORIFICS, TITLES, is_title_word, leading_title_length, name_key, particle_name_start, surname_key
from . import thresholds as T
from .given_names import given_name, given_name_sex, given_name_word
from .antecedents import GENDERED_PRONOUNS, INDEFINITE, described_by_name, newer_unnamed_source, owned_subject, titled_inside, written_with
from .speaker_spans import person_by_ending, postnominal_holder

# Verbs that report speech; direct quotes take any of them as their cue.
SPEECH_VERBS = frozenset(
    """say tell add state declare announce explain warn insist claim argue note write ask reply respond
    admit acknowledge confirm deny accuse allege report comment remark suggest stress urge vow pledge
    promise predict conclude shout tweet post threaten caution charge contend maintain assert testify
    recall concede estimate complain reiterate emphasise emphasize indicate signal chant yell scream
    whisper exclaim describe order demand boast answer sing joke quip retort recount interject interrupt
    continue bemoan lament dispute pray confess""".split()
)
# Of these, the ones that cue a direct quote only: "who joked about his sticks" reports nothing.
# ('"...," he continued': "continued to grow" reports nothing.)
QUOTE_ONLY_VERBS = frozenset({"sing", "joke", "quip", "retort", "recount", "interject", "interrupt", "continue"})
# Verbs that cue a direct quote only right after it, of a speaker pressing, clarifying, remembering or
# judging in their own words: '"...," Representative Alexandria Ocasio-Cortez criticized', '"...?" she
# pressed', '"...," he reflected', '"...!" Dalilah begged'. Before a quote they act on what it only names
# ('criticized the "Medicare for All" plan', 'questioned the "facts"'), so they lead in to none.
BESIDE_QUOTE_VERBS = frozenset(
    """criticize criticise reflect press question challenge clarify elaborate beg plead laugh beam
    intone narrate anticipate recommend""".split()
)
# Of those, the ones that cue only the quote before them: 'warned that protests would continue "as
# long as necessary"' is Rousseau's, not the protests'.
AFTER_QUOTE_VERBS = frozenset({"continue"}) | BESIDE_QUOTE_VERBS
# Verbs that cue a direct quote right before or after them though they report no speech of their
# own: a document's words ('"...," the report read'), an answer in an exchange ('"...,"
# inquired Pineda'), a view shared or put forward ('Mellor agrees: "..."', '"...," Mattson offers', 'Roe echoed:'), a
# rebuttal ('Roe countered: "..."', '"...," objected Jo Roe, a retired doctor'), a disclosure or a
# remark ('"...," Simpson revealed', 'students who observed, "..."', '"...?" she wondered'), words said
# in a temper or a mood ('"...," Mrs. Roe rails', '"...," he fumed', 'she scoffed', 'he gushed'), words to
# someone ('assured WMAL that CNN takes this "very, very seriously"'), words let slip ('blurted out, "Oh, God,"'), a
# boast, a rebuke or a sigh ('"...," crows Rep. Greg Walden', 'he scolded', '"...," she sighed'), a view ('opined'), a
# text message ('"...," Taylor texted').
DIRECT_CUE_VERBS = SPEECH_VERBS | {"read", "proclaim", "inquire", "enquire", "agree", "offer", "counter", "reveal", "observe",
                                   "object", "protest", "muse", "wonder", "assure", "inform", "blurt",
                                   "rail", "fume", "scoff", "grumble", "mutter", "gush", "marvel", "sneer", "echo",
                                   "crow", "scold", "bark", "whine", "snarl", "sigh", "sniff", "opine", "exhort", "text"} | BESIDE_QUOTE_VERBS
# The speech verbs that may govern what follows them: "says that the border ...".
LEADING_CUE_VERBS = SPEECH_VERBS - AFTER_QUOTE_VERBS
# Verbs that carry reported content without a that-clause: "warned Tehran to stay out", "accused Maliki of ...".
OBJECT_CUES = frozenset({"warn", "accuse", "deny", "urge", "tell", "caution", "charge", "threaten", "ask", "promise", "pledge", "vow"})
# Heads of a definite description that stands for the organisation last heard: "the group said".
ORGANISATION_NOUNS = frozenset(
    """group movement organisation organization militia party agency company firm alliance faction network
    broadcaster charity monopoly giant carrier airline carmaker automaker retailer insurer lender bank maker
    manufacturer utility concern seller provider supplier distributor publisher exporter importer miner brewer
    refiner conglomerate brokerage""".split()
)
# Heads of a description of a public body, which speaks as "it": "The three-man commission" (not "the
# board", which is a company's, nor "the bank": the organisation named stands for those).
BODY_NOUNS = frozenset(
    """commission committee panel council court tribunal government ministry department parliament cabinet
    administration authority regulator watchdog union association federation newspaper daily office chamber
    body""".split()
)
# Heads of a description that say only that it is a body: "the union body" is the Congress of Trade
# Unions by its other words.
_GENERIC_BODY_NOUNS = frozenset({"body"})
# Heads of a definite description of a publication, which stands for the one last named as an
# organisation does: "the Daily Telegraph ... The newspaper said" ("the paper" is as often a document).
PUBLICATION_NOUNS = frozenset({"newspaper", "daily", "magazine"})
PRONOUNS = frozenset({"he", "she", "they", "it"})
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Speech verbs whose noun right after is the one spoken to: "tells Reuters", "told the court".
ADDRESSED_VERBS = frozenset({"tell", "inform", "assure", "remind"})
_CUT_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "cc", "conj", "punct"})
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})
# Nouns for a person's job or standing that a definite description stands in for: "the judge said".
ROLE_NOUNS = frozenset(
    """president minister senator judge lawyer attorney prosecutor governor mayor chancellor secretary
    spokesman spokeswoman spokesperson ambassador commissioner chairman chairwoman chair executive
    chief director manager coach boss official officer leader founder candidate lawmaker congressman
    congresswoman representative sheriff detective inspector superintendent doctor professor researcher
    scientist economist analyst author writer singer actor actress player striker captain premier
    monarch king queen prince princess general commander colonel superintendent agent owner teacher nurse
    driver worker resident student farmer trader voter victim witness survivor activist pastor priest
    volunteer employee politician duke duchess earl countess baron baroness star comedian presenter musician
    artist novelist poet entertainer diplomat producer winger midfielder goalkeeper batsman bowler forward
    runner""".split()  # ("runner": the head of "front-runner", one who leads a race: "The Democratic front-runner said")
)
# Role nouns a headline writer gives whoever leads or stars, whatever the title: "Wigan chairman X ...
# said the Warriors chief", "Singer X ... The pop star said".
_ANY_TITLE_ROLES = frozenset({"chief", "boss", "star"})
# A footballer's positions, which a sports page writes loosely: "England forward Michael Owen ... the
# England striker said" is Owen.
_PLAYING_POSITIONS = frozenset({"player", "forward", "striker", "winger", "midfielder", "defender", "goalkeeper"})
# Ranks one person holds together: a prince is often a duke ("Prince Andrew ... the Duke of York said").
_ROYAL_RANKS = frozenset({"king", "queen", "prince", "princess", "duke", "duchess", "earl", "countess", "baron", "baroness"})
# Abbreviated titles, as a role noun names them: "Gov. Eric Holcomb" is "the governor".
_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "dr": "doctor",
    "prof": "professor", "supt": "superintendent", "atty": "attorney",
}
# Descriptions of a person that name no role: "the 56-year-old", "the woman", "the Portuguese".
# Nouns for a person, named or not: a participle after one can be its speech verb ("the patient described").
PERSON_NOUNS = ROLE_NOUNS | {"man", "woman", "boy", "girl", "patient", "person"}
# ("the man", "the woman" are left out: a story's unnamed people are written so.)
_PERSON_DESCRIPTIONS = frozenset({"father", "mother", "veteran", "refugee"})
_AGE = re.compile(r"\d+-year-old$")
_AGED = re.compile(r"\d+-year-old\b")
_RELATIVES = frozenset({"who", "which", "that"})
_WH_PRONOUN_TAGS = frozenset({"WP", "WDT"})


@dataclass
class Speaker:
    text: str
    entity_key: str | None = None
    plural: bool = False
    person: bool = True
    pronoun: str | None = None  # set while unresolved
    head: str = ""  # lemma of the head noun, for "the sources" -> "security sources"
    definite: bool = False
    label: str = ""  # the entity's spaCy label when it is one
    role: str | None = None  # "judge" of "the judge": a person the article named before
    surname: str | None = None  # name_key of a bare surname no single entity took: "Mr. Alvarez"
    titles: frozenset[str] = frozenset()  # words of a named person's title: "judge", "senator"
    topic: bool = False  # named as a clause's subject: who a sentence is about
    clause: str = ""  # "main" when named as the subject of its sentence's main clause, "inner" of an adverbial or noun clause inside it
    partner: str | None = None  # entity key of the person a bare surname is joined with: "Ford and Fry"
    oblique: bool = False  # named only inside a thing's noun phrase: "displays against Aston Villa"
    document: bool = False  # a document that speaks: "the report said"
    introduced: bool = False  # a role held by someone new whom the model did not name: "X is senior benefit officer"
    owner: str | None = None  # noun of the body a spokesman's phrase owns, unnamed there: "the council's spokesperson"
    agent: bool = False  # the agent of a passive cue: "was called '...' by the sentencing judge"
    staff: bool = False  # one person's campaign, office or writing, "his" unresolved: "His campaign said"
    asked: bool = False  # the one a question was put to: "Conroy asked Sanders whether ..."


# Entity types of names that act in no clause of their own ("after Iowa voted" is its voters').
_NOT_ACTORS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"})


def mute_subject(verb) -> bool:
    """Whether the verb's subject is a thing that says nothing: a common noun for no person, organisation, body or
    document, with no name compounded into it ("His appointment came after ...", "The Justice Department's decision
    comes a day after ...": whose it is says nothing either; not "the Clinton campaign")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in (
        DESCRIBED_PEOPLE | ORGANISATION_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS) and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)


def _actor_of_clause_between(participle):
    """The person who acts in a clause of time or cause that follows the verb a participle goes with and stands before
    the participle, when that verb's subject is a thing that says nothing: "Trump" in 'The internal feuding only paused when
    Trump posted his tweets -- saying ...' and in 'His appointment came after Mr Trump had fired Comey, saying
    ...' (the parser hangs the participle on the main verb, on the clause, or the clause on the participle); None
    otherwise, and for a clause whose subject is no name ('changed her story, after her statement was shown to be
    false, stating ...' goes on with the main clause)."""
    head = participle.head
    if subordinate_clause(head, adverb=True, after_head=True):
        clauses, main = [head], head.head
    else:
        clauses, main = [c for c in (*head.children, *participle.children) if c.dep_ == "advcl" and head.i < c.i < participle.i and subordinate_clause(c, adverb=True)], head
    if not mute_subject(main):
        # 'Rabbi Roe gave a speech before Ivanka and Jared arrived, urging ...', 'activists were irked when Mayor Lee
        # painted a mural, saying ...': someone named in the main clause may go on as well as the clause's actor
        return None
    for clause in clauses:
        actor = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # (a name, whatever the entity tagger took it for, "Trump" an ORG in a short sentence; not a place or a day)
        if actor is not None and (actor.pos_ == "PROPN" and actor.ent_type_ not in _NOT_ACTORS or actor.lower_ in GENDERED_PRONOUNS):
            return actor
    return None


def _conjunct_of_its_and(verb):
    """The verb the "and" (or "but", "or") right before a joined verb hangs on, when the parser joined the verb to
    another one further back and that verb too gives words, a speech verb's or a quote of its own: "called" for
    "predicted" in 'tweets that called ballots "fraudulent" and predicted "..."' (not "backed" in 'praised the
    coalition that has backed Guaido and pledged ...', where the parse of the "and" is as likely wrong)."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    partner = before.head if before is not None and before.dep_ == "cc" else None
    if partner is None or partner.pos_ != "VERB" or not verb.head.i < partner.i < verb.i:
        return None
    gives_words = partner.lemma_.lower() in SPEECH_VERBS or any(t.text in _QUOTE_MARKS for t in doc[partner.i : verb.i])
    return partner if gives_words else None


def _first_conjunct(verb):
    """The first of the verbs joined to `verb` by "and"/"but": "had" in 'the bill had the votes but
    was stalled and ...'."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _after_asked_aside(verb) -> bool:
    """Whether a speech verb with no subject of its own follows an "asked ..." aside set off by commas after the
    subject, which the parser read as the verb whose clause the cue is: 'the president, asked how he grades himself,
    said', 'One official, asked about the morning, responded'."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.lemma_.lower() == "ask" and head.tag_ in {"VBD", "VBN"} and head.i < verb.i
            and verb.doc[verb.i - 1].text == "," and head.i > 0 and verb.doc[head.i - 1].text == ","
            and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children))


def _subject_left_on_asked_aside(verb):
    """The subject the parser hung on an "asked ..." aside it read as a clause of the speech verb after it: 'Trump,
    asked about the possible sanctions at the White House on Tuesday, said his administration is "doing something
    now"' (the one asked answers; the mirror of _after_asked_aside's parse)."""
    for aside in verb.children:
        if aside.dep_ == "advcl" and aside.lemma_.lower() == "ask" and aside.tag_ in {"VBD", "VBN"} and aside.i < verb.i and verb.doc[verb.i - 1].text == ",":
            subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
            if subject is not None and verb.doc[aside.i - 1].text == "," and not any(c.dep_ in {"mark", "aux"} for c in aside.children):
                return subject
    return None


def _speech_aside_before(participle):
    """The speech verb set as an aside between a participle and the verb it hangs on ("said" in 'Testing will require
    supplies, he said, accusing ...'), if one is."""
    head = participle.head
    return next((c for c in head.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS and c.pos_ == "VERB"
                 and head.i < c.i < participle.i), None)


def _for_infinitive(verb) -> bool:
    """Whether a verb heads a "for X to ..." clause ("for Congress to take up a resolution")."""
    return verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def reporting_verb(clause):
    """The speech verb, before it, that reports `clause` as its content: "said" in 'Roe said that the
    bill was stalled'; None when the clause is no one's report."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS and head.pos_ == "VERB" and head.i < clause.i:
        return head
    return None


def subject_of(verb):
    """The verb's subject token; a verb conjoined to another shares its subject ('battled ... and said')."""
    if (interrupting := interrupting_name(verb)) is not None:
        return interrupting
    if verb.lemma_.lower() not in OBJECT_CUES | ADDRESSED_VERBS and (agent := passive_agent(verb)) is not None:
        # "Fletcher was described as a "consummate professional" by his friend X": the friend's words
        # (not "the spokesman was asked by journalists about ...": the one asked stays whom the
        # sentence is about)
        return agent
    v = verb
    for _ in range(4):
        # Two subjects is a misparse of "Wikileaks editor Kristinn Hrafnsson said": the nearer one.
        subjects = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and not _quoted_after(c, v)]
        if v.lemma_.lower() in ADDRESSED_VERBS and any(c.i < v.i for c in subjects):
            # '"...," Jack Buser, director at Google, tells The Hollywood Reporter': who is told
            # follows the verb, and is never its subject when a name stands before it
            subjects = [c for c in subjects if c.i < v.i]
        if len(subjects) > 1:
            if (word := _hyphened_subject(subjects)) is not None:
                return word
            if (name := _split_name_subject(subjects)) is not None:
                return name
            # '"...," said co-author David Tilman': a word cut off by a hyphen is a prefix the
            # parser read as a subject of its own, never the speaker; nor is a relative pronoun
            # beside the noun it stands for ("Others, however, who had stayed out, continued to warn"), nor, for a cue
            # joined to the verb, a noun a relative "whose" owns ("Darren Wilson, the officer ... whose resignation
            # became public, told the AP"): the subject of a relative clause the parser made the main one
            # (nor the noun after a preposition of time the parser read as the mark of a clause: "A senior US official
            # before the talks described ..." is the official's, "the talks" the object of "before")
            subjects = [c for c in subjects if not (
                _hyphen_prefix(c) or c.text == "-" or c.tag_ in _WH_PRONOUN_TAGS or v.i != verb.i and _owned_by_whose(c)
                or _object_of_mark(c, v))] or subjects
            subjects = _subjects_before(subjects, v)
            if (named := _name_before_role_subject(subjects)) is not None:
                return named
            if (named := _name_of_split_workplace(subjects)) is not None:
                return named
        if subjects and object_read_as_subject(v, subjects):
            v = v.head  # "Campbell e-mailed McFadyen pointing out the mistake, but suggesting ...": Campbell suggests
            continue
        if subjects:
            found = _past_dateline(min(subjects, key=lambda c: abs(c.i - v.i)))
            if (reporter := _reporter_of_which(found, v)) is not None:
                return subject_of(reporter)
            found = _past_topic(_past_time(found))
            return _noun_before(found, v) or found
        if (owner := _owner_of_passed_on_words(v)) is not None:
            return owner
        if (asked := _subject_left_on_asked_aside(v)) is not None:
            return asked
        # "battled ... and said", "rejected the calls, saying ...": the subject of the main verb
        if v.tag_ == "VBG" and v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.lower_ in _ABSOLUTE_PREPS and v.head.pos_ in {"NOUN", "PROPN"}:
            return v.head  # "despite Mr Flight's allies saying they had ...": the noun the participle goes with speaks
        if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in _TIME_PREPS and v.head.head.pos_ in {"VERB", "AUX"}:
            v = v.head.head  # "He quit after suggesting the Tories planned cuts": the subject of the verb the phrase hangs from
            if (reporter := reporting_verb(v)) is not None:
                # "Roe told Lee that the news was troubling, before noting that ...": the phrase hangs
                # from the clause Roe reports, yet Roe is who goes on to note
                v = reporter
            continue
        if (doer := _verb_of_own_gerund(v)) is not None:
            # "Trump campaigned on lowering drug prices, even accusing drugmakers of ...", "was back to attacking the
            # media for ...": a gerund after a preposition on a verb with no object is that verb's subject's act
            v = doer
            continue
        if v.tag_ == "VBG" and v.dep_ == "acl":
            # "X issued a statement warning that ...", "sent a letter earlier this month stating ...":
            # the subject of the clause the participle hangs from
            up = v.head
            while up.head.i != up.i and up.pos_ not in {"VERB", "AUX"}:
                up = up.head
            if up.pos_ in {"VERB", "AUX"} and up.i != v.i:
                if v.head.lemma_.lower() in DOCUMENT_NOUNS and up.lemma_.lower() in _CAUSING_VERBS:
                    # "Those efforts have already sparked a lawsuit alleging ...": what brought a document about is
                    # no writer of it (as "X sent a letter urging ..." is); the document says it
                    return v.head
                v = up
                continue
        if v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in {"NOUN", "PROPN"}:
            return v.head  # "The group, X, formed ... and sent a letter stating": parsed as one noun phrase
        if (quoted := _quoted_as_saying(v)) is not None:
            return quoted  # '"...," the source quoted Baker as saying': Baker's words
        if v.tag_ == "VB" and v.dep_ in {"xcomp", "advcl"} and v.head.lemma_.lower() in _ASPECTUAL and v.head.i < v.i:
            v = v.head  # "Corbett goes on to criticise": an infinitive after a verb of going on is its subject's act
            continue
        if _after_asked_aside(v):
            # "the president, asked how he grades himself ..., said, ...": the parser made the aside "asked" the main
            # verb and the cue its clause; who was asked answers
            v = v.head
            continue
        if not (v.dep_ == "conj" or v.tag_ == "VBG" and v.dep_ in {"advcl", "xcomp"} or _controlled(v) and verb.tag_ != "VB") or v.head.i == v.i:
            break
        if v.tag_ == "VBG" and v.dep_ in {"advcl", "xcomp"} and (aside := _speech_aside_before(v)) is not None:
            # "Widespread testing will require supplies ..., he said, accusing Trump of ...": a participle right
            # after a speech verb set in the sentence as an aside goes on with the one that aside names
            v = aside
            continue
        if v.tag_ == "VBG" and v.dep_ == "advcl" and _for_infinitive(v.head) and v.head.head.pos_ == "VERB" and v.doc[v.i - 1].text == ",":
            # "Gabbard pushed instead for Congress to take up a resolution ..., insisting ...": a participle set off
            # after a "for ... to" clause goes with the verb that clause hangs on; the "for" names who is to act
            v = v.head.head
            continue
        if v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB" and v.i > v.head.head.i:
            # "Dale and Martha disputed that Mike was estranged, saying instead ...": a participle
            # after a reported clause is said by the one who reports it, not by the clause's subject
            v = v.head.head
            continue
        if v.tag_ == "VBG" and v.dep_ == "advcl" and (actor := _actor_of_clause_between(v)) is not None:
            # "Sessions has been under fire since last week, when Trump leveled harsh criticisms ..., calling ...",
            # "The internal feuding only paused when Trump posted his tweets -- saying ...": a participle after a
            # clause of time that follows its main verb goes on with the person that clause names as its actor
            return actor
        if v.tag_ == "VBG" and v.dep_ == "advcl" and subordinate_clause(v.head, after_head=True) and v.doc[v.i - 1].text == "," and v.head.head.pos_ in {"VERB", "AUX"}:
            # "The candidate changed her story, after her initial statement was shown to be false, stating that ...":
            # a participle set off after a clause of time or cause goes with the main clause, not the clause's subject
            v = v.head.head
            continue
        if v.tag_ == "VBG" and v.dep_ == "advcl" and (holder := _content_clause_verb(v.head)) is not None and v.i > holder.i:
            # "Roe expressed frustration that Lee was not interested, telling an aide: ...": a participle
            # after a noun's that-clause is said by the one who voiced the noun, not by the clause's subject
            v = holder
            continue
        if v.dep_ == "conj" and (partner := _conjunct_of_its_and(v)) is not None:
            # "Twitter added a warning phrase to two Trump tweets that called mail-in ballots "fraudulent" and predicted
            # "...": the parser joined "predicted" to "added", yet the "and" before it hangs on "called"; the verbs
            # the "and" joins share their subject
            v = partner
            continue
        if v.dep_ == "conj" and v.lemma_.lower() in SPEECH_VERBS and (reporter := reporting_verb(_first_conjunct(v))) is not None and reporter.i < v.i:
            # "Ryzhkov said work lay ahead ..., but added, "...": a speech verb the parser joined to
            # the reported clause speaks for the one who reported it, not for the clause's subject;
            # so one joined to the clause's last verb ("saying that the bill had the votes but was
            # stalled - and arguing that ...": the bill argues nothing)
            v = reporter
            continue
        if v.dep_ == "conj" and _inside_quote(v.head) and not _inside_quote(v) and (cue := _cue_of_quote_over(v.head)) is not None:
            # 'Trump said, "I think it was Russia," and later backtracked, saying, "...": a verb after the
            # closing mark the parser joined to a verb of the quote goes on with the clause that cues the
            # quote, not with the quote's own "I"
            v = cue
            continue
        if v.dep_ == "conj" and v.lemma_.lower() in SPEECH_VERBS and (outer := _verb_over_thing_relative(v.head)) is not None:
            # "Mr. Trump has called the killing a botched operation that was carried out very poorly and
            # has said "...": a speech verb the parser joined to a relative clause about a thing belongs
            # to the clause the thing is named in; the thing says nothing
            v = outer
            continue
        v = v.head
    doc = verb.doc
    # Attribution after a quote or a comma, the subject inverted: '..." said the minister.', '...,"
    # commented one banker' (never after "told": who is told follows the verb, ', told a press
    # conference, "..."')
    before = doc[verb.i - 1] if verb.i > 0 else None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lemma_ == verb.lemma_ and after.pos_ == "VERB":
        return subject_of(after)  # '"...," says said Rune Frovik': the verb typed twice, its subject the second's
    # (never a time the sentence goes on after: '..., said Thursday morning on ...' is when, the speaker before
    # the verb; '"...," said Friday.' is the coach of that name)
    if after is not None and (before is None or before.is_punct) and after.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "NUM"} and verb.lemma_.lower() not in ADDRESSED_VERBS and not (
            after.ent_type_ in {"DATE", "TIME"} and after.i + 1 < len(doc) and not doc[after.i + 1].is_punct):
        head = after
        while head.head.i > head.i and head.head.i < verb.i + T.INVERTED_SUBJECT_MAX_TOKENS and head.head.pos_ in {"PROPN", "NOUN"}:
            head = head.head
        if (owned := _name_after_owner(after)) is not None:
            return owned
        if not (before is not None and before.text == "," and head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "ccomp" and head.head.head.i == verb.i):
            return head
        # "The Chamber, still opposed to any increase, said the plan "will be impossible ...": the
        # subject of the clause it reports, not one inverted after it; who said it stands before
        # (after a quote, '"...," said shoe tester Trevor Conde' is inverted, however it is parsed)
    # A subject the parser attached elsewhere: "... but Saudi Arabia has warned Tehran".
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in {"aux", "neg", "advmod"} and not _capitalised_adverb(doc[i]):
        i -= 1
    if i >= 0 and _capitalised_adverb(doc[i]) and i == verb.i - 1:
        return doc[i]  # "..., Early says there is": a surname that is also a word, read as an adverb
    if i >= 0 and doc[i].pos_ in {"PROPN", "NOUN"} and doc[i].dep_ not in {"pobj", "dobj", "npadvmod"}:
        return doc[i]
    if i >= 0 and doc[i].pos_ == "PROPN" and i == verb.i - 1 and _leading_participle(doc[i], verb):
        return doc[i]  # "Speaking in Harrogate Mr Kennedy said:": no comma after the participle's phrase
    if i >= 0 and doc[i].text == ",":
        # "Welcoming the ruling, Maeve Sherlock, chief executive of the Council, said:" (the parser
        # took the participle for the subject): the name before an apposition set off by commas
        j = i - 1
        while j > 0 and i - j <= T.APPOSITION_MAX_TOKENS and doc[j].text not in {",", ";", "."}:
            j -= 1
        if j > 0 and i - j > 1 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN":
            if doc[j - 1].dep_ == "pobj" and (holder := _apposed_to(doc[j - 1])) is not None:
                # "John Warnock, president of Palo Alto, Calif.-based Adobe, said": the place is what
                # his title is of, a comma later; the name the title is set beside speaks
                return holder
            return doc[j - 1]
        if 0 < j < i - 2 and doc[j + 1].text in _QUOTE_MARKS and doc[i - 1].pos_ == "PROPN":
            # '"...," shop owner Jane Roe, told the agency': a name between a quote and its cue, set
            # off by a stray comma (the parser made it an object of the quote's verb)
            return doc[i - 1]
        # "John Tower, a longtime Reagan supporter and former senator from Texas, told ...": an
        # apposition too long to count through, read from the parse
        named = doc[i - 1]
        if named.dep_ == "appos" and named.pos_ == "PROPN" and named.head.pos_ == "NOUN":
            return named  # "In Kharkiv, the mayor, Ihor Terekhov, said a strike had hit ...": the name beside the role
        return _apposed_to(named)
    return None


def _inside_quote(tok) -> bool:
    """Whether a token stands between quotation marks: an odd number of marks before it in its text."""
    return sum(t.text in _QUOTE_MARKS for t in tok.doc[: tok.i]) % 2 == 1


def _cue_of_quote_over(inside):
    """The verb outside the quote that a verb inside it hangs from, when the quote is that verb's clause ('said, "I
    think ..."'); None for a phrase quoted inside the writer's own clause ('called on the government to "practise
    what it preaches" and either free or charge the men')."""
    below = inside
    for up in inside.ancestors:
        if not _inside_quote(up):
            return up if below.dep_ == "ccomp" else None
        below = up
    return None


def _verb_over_thing_relative(verb):
    """The verb over the noun a relative clause of `verb` qualifies, when the clause's subject is "that" or
    "which" standing for a thing (no person, body or document, which may speak); None otherwise."""
    relative = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ != "relcl" or relative is None or relative.tag_ != "WDT" or verb.head.pos_ != "NOUN":
        return None
    if verb.head.lemma_.lower() in DESCRIBED_PEOPLE | ORGANISATION_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS:
        return None
    up = verb.head
    while up.head.i != up.i and up.pos_ not in {"VERB", "AUX"}:
        up = up.head
    return up if up.pos_ in {"VERB", "AUX"} else None


def _quoted_after(subject, verb) -> bool:
    """Whether a subject after its verb opens in quotation marks: a show's or a work's title the parser took
    for one ('Flynn, a top Trump surrogate, said Thursday on Fox News's "Fox and Friends."'), never who spoke."""
    doc, start = subject.doc, subject.left_edge.i
    if not (subject.i > verb.i and start > 0 and doc[start - 1].text in _QUOTE_MARKS):
        return False
    # (not a phrase that goes on past the marks: 'said "Crime Writers On" host Rebecca Lavoie' is the host's,
    # however the parser hung it)
    closing = next((t.i for t in doc[start:] if t.text in _QUOTE_MARKS), len(doc))
    return subject.i < closing and subject.right_edge.i < closing and not _described_after(doc, closing)


def _described_after(doc, closing: int) -> bool:
    """Whether the words right after a closing mark go on with a noun: "host" of '"Crime Writers On" host'."""
    return closing + 1 < len(doc) and doc[closing + 1].pos_ in {"NOUN", "PROPN"}


def _name_after_owner(first):
    """The name after a firm's possessive that opens an inverted subject: in '"...," added Ernst and
    Young's Sanjay Mehta' the parser may take the firm for the head (Mehta its conjunct), but the
    firm only says whom he works for."""
    doc = first.doc
    i = first.i
    while i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].lower_ in {"and", "&"}) and i - first.i < T.INVERTED_SUBJECT_MAX_TOKENS:
        i += 1
    if i == first.i or i + 1 >= len(doc) or doc[i].tag_ != "POS" or doc[i + 1].pos_ != "PROPN":
        return None
    name = doc[i + 1]
    while name.head.i > name.i and name.head.pos_ in {"PROPN", "NOUN"}:
        name = name.head  # "Ernst & Young's Asia chief John Lee": Lee
    return name if name.pos_ == "PROPN" else None


def _reporter_of_which(subject, verb):
    """The speech verb that reports the clause a relative "which" stands for: in 'Gallup also noted that "trust ...
    has dropped slightly in election years," which suggests "that ..."' what suggests it is what Gallup noted, so
    Gallup says it; None for any other subject, or a "which" on a clause no one reports."""
    if subject.lower_ != "which" or subject.tag_ != "WDT" or verb.dep_ not in {"advcl", "ccomp", "relcl"}:
        return None
    return reporting_verb(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else None


# Verbs of bringing something about: "sparked a lawsuit", "prompted a letter", "drew a statement".
_CAUSING_VERBS = frozenset({"spark", "prompt", "trigger", "provoke", "cause", "draw", "spur", "fuel", "inspire"})


def _owner_of_passed_on_words(participle):
    """The named owner of a document another passes on (retweets, cites), when a participle right after it says what
    the document says: 'Trump also retweeted ... Chuck Woolery's tweet Monday claiming that "Everyone is lying"' (the tweet's
    words are Woolery's, not the retweeter's; the parser hangs the participle on the verb, or on the document);
    None for a document a pronoun owns ('issued his statement saying'), whom the subject already names."""
    if participle.tag_ != "VBG" or participle.dep_ not in {"advcl", "acl"} or participle.lemma_.lower() in ADDRESSED_VERBS:
        return None
    head = participle.head
    passed_on = head.pos_ == "VERB" and head.lemma_.lower() in _PASSING_ON_VERBS
    documents = [head] if participle.dep_ == "acl" else [c for c in head.children if c.dep_ == "dobj"] if passed_on else []
    documents += [c for d in documents for c in d.children if c.dep_ == "appos"]
    for document in documents:
        if document.lemma_.lower() not in DOCUMENT_NOUNS or not 0 < participle.i - document.i <= _PASSED_ON_GAP:
            continue
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN":
            return owner
    return None


# Verbs of passing on another's document, whose words stay the owner's ('Barr blasted Horowitz's report, telling NBC
# News that ...' judges the report, and the participle is Barr's own act).
# (the model's lemmas of "retweeted", "reposted" are "retweete", "reposte": both forms)
_PASSING_ON_VERBS = frozenset("retweet retweete share repost reposte post cite quote forward circulate publish release".split())
# How far a participle may follow the document it describes: 'Woolery's tweet Monday claiming' (a time word between).
_PASSED_ON_GAP = 3


def _owned_by_whose(noun) -> bool:
    """Whether a noun is owned by the relative "whose": "whose resignation from the force"."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children)


def _hyphened_subject(subjects):
    """The word a hyphened subject ends with, when the parser split it into subjects at its hyphen
    ("its co-chairman has said": "co" and "-" both subjects, "chairman" hung on the hyphen)."""
    doc = subjects[0].doc
    hyphens = [c for c in subjects if c.text == "-" and not c.whitespace_]
    if not hyphens or not all(_hyphen_prefix(c) or c in hyphens for c in subjects):
        return None
    end = hyphens[-1].i + 1
    return doc[end] if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} else None


def _split_name_subject(subjects):
    """The first piece of a hyphened name the parser split into two subjects at its hyphen: "Jae" of 'South Korean
    President Moon Jae-in said he was "very perplexed"', "Jae" and "in" both subjects of "said", the name's other
    words hung on "Jae" (the lower-case piece alone reads as a thing, whose words a reporting agency would give); never
    a title's capitalised pieces ("LOW O2 Co-Founder and CEO Luis Sepúlveda", the person the title goes before)."""
    return next((c for c in subjects if c.pos_ == "PROPN" and _hyphen_prefix(c) and c.doc[c.i + 2] in subjects and c.doc[c.i + 2].is_lower), None)


def _subjects_before(subjects, verb):
    """The subjects before the verb, when the parser gave it one on either side: in "Jennie
    McCormick, education officer at ..., says Stardome, like many other centres, has been fielding
    calls" the cue took the reported clause's subject as well (not when a quote stands between the
    first and the verb: '"The plan," said X' is X's)."""
    doc = verb.doc
    before = [c for c in subjects if c.i < verb.i and not any(t.text in _QUOTE_MARKS for t in doc[c.i : verb.i])]
    return before if before and any(c.i > verb.i for c in subjects) else subjects


def _name_before_role_subject(subjects):
    """The name when the parser read its apposition as a second subject: in "Blake Lee-Harwood,
    campaigns director at Greenpeace in the UK, said" (the hyphened name kept the parser from
    seeing an apposition) the role set off by commas is who the name is, not another speaker; so
    is a role the writer left unclosed before the verb ('"...," Armando Falcon, OFHEO director said.')."""
    doc = subjects[0].doc
    named = [c for c in subjects if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    for name in named:
        role = next((c for c in subjects if c.i > name.i and c.pos_ == "NOUN" and c.left_edge.i in {name.i + 1, name.i + 2}), None)
        if role is not None and doc[name.i + 1].text == "," and (_set_off_by_comma(role) or role.right_edge.i + 1 == role.head.i):
            return name
    return None


def _name_of_split_workplace(subjects):
    """The name whose apposition ends on a hyphened name the parser cut at its hyphen, the piece
    after it read as a subject: in '"...," Mike Loewengart, vice president of investment strategy at
    E-Trade wrote' the firm he works at ("E" of "at", "Trade" a subject) is no speaker, he is."""
    doc = subjects[0].doc
    for name in (c for c in subjects if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"):
        role = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
        if role is None or doc[name.i + 1].text != ",":
            continue
        end = role.right_edge.i
        for other in subjects:
            joined = doc[end : other.left_edge.i]
            if other.i > end and not any(t.whitespace_ for t in joined) and all(t.text == "-" for t in joined[1:]):
                return name
    return None


def _set_off_by_comma(phrase):
    """Whether a comma closes the phrase (the parser may hang the comma on the phrase or after it)."""
    end = phrase.right_edge.i
    doc = phrase.doc
    return doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ","


def _whole_hyphened_word(tok):
    """The first token of the word `tok` ends, when the parser split it at its hyphens ("co" of
    "co-chairman" for "chairman"), or `tok` itself."""
    doc = tok.doc
    i = tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i]


def _untagged_body_name(head) -> str | None:
    """The words of a capitalised name of two words or more that ends at `head`, opens on no given name and holds
    no title ("Cook Political Report", "South China Morning Post"), None otherwise: a person's name ("Mr. Alvarez",
    "Sandra Smith") opens on a title or a given name, and an office ("The Opec President said") is its holder's."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= head.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    words = doc[start : head.i + 1]
    if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    opening = words[0].lower_
    if given_name_word(opening) or opening.rstrip(".") in _HONORIFICS or any(is_title_word(t.text) or t.lower_ in ROLE_NOUNS for t in words):
        return None
    return words.text


# Parts of speech a noun phrase is built of, up which a word climbs to the name its apposition describes.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADP", "NUM", "ADJ"})


def apposition_holder(subject, mention_at, entity_names) -> str | None:
    """The named person whose apposition, set off by a comma, a word stands in: "Brady" for
    "Committee" in "Rep. Kevin Brady, R-Texas, head of the ... Committee,", climbing noun-phrase
    links only (not out of a clause inside it: "Ann Roe, a lawyer whose client Bob Lee said" is Lee;
    nor out of a quote: '"... defeat Donald Trump, the most dangerous president ...," Sanders said')."""
    doc, tok = subject.doc, subject
    while tok.head.i != tok.i:
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "," and not _cue_subject_hung_on(tok):
            key = mention_at(tok.head.idx)
            # (a clause's subject: in "In an interview with CBS News' Omar Villafranca, the victim's mother, Allison
            # Jean, said" the phrase hung on the interviewer is the one who speaks)
            # (nor an office the model took for a person's name: in "Federal Minister for Transport and Regional
            # Services, Warren Truss, says" the name set after it is the one who speaks)
            if (key and entity_names[key][1] == "PERSON" and not _office_taken_for_name(entity_names[key][0])
                    and key != mention_at(subject.idx) and tok.head.dep_ in {"nsubj", "nsubjpass"}):
                return key
        if tok.head.pos_ not in _PHRASE_POS or any(t.text in _QUOTE_MARKS for t in doc[min(tok.i, tok.head.i) : max(tok.i, tok.head.i)]):
            return None
        tok = tok.head
    return None


def _cue_subject_hung_on(phrase) -> bool:
    """Whether a phrase the parser hung on a name as its apposition is the subject of the verb right after it: in
    "... individuals close to President Vladimir Putin, a senior US official said Sunday" the official speaks."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].pos_ in {"VERB", "AUX"}


def _hyphened_name(tok):
    """The first piece of a hyphened name `tok` ends, when every piece is capitalised ("Martinez" of
    "Mrs. Martinez-De-Castro said", whose parse hangs the name on its last piece), or `tok` itself: the
    person is known by the whole surname ("Clarissa Martinez-De-Castro"), never by its last piece."""
    start = _whole_hyphened_word(tok)
    pieces = [t for t in tok.doc[start.i : tok.i + 1] if t.text != "-"]
    return start if all(t.text[:1].isupper() for t in pieces) else tok


def _apposed_to(tok):
    """The name an apposition holding `tok` is set beside, when `tok` is inside one."""
    up = tok
    while up.head.i != up.i and up.dep_ != "appos" and up.i > up.head.i:
        up = up.head
    return up.head if up.dep_ == "appos" and up.head.pos_ == "PROPN" else None


_NOT_AGENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def is_passive(verb) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def passive_agent(verb):
    """Who does what a passive verb says: the object of its "by", which the parser may hang on the
    verb (an agent) or on the phrase after it ("was described as a "..." by his friend"); never a
    "by" inside a clause of its own, nor a date ("by the end of the year")."""
    if not is_passive(verb):
        return None
    for tok in verb.subtree:
        if tok.lower_ != "by" or tok.i < verb.i or tok.dep_ not in {"agent", "prep"}:
            continue
        up = tok.head
        while up.i != verb.i and up.dep_ in {"prep", "pobj"}:
            up = up.head
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if up.i == verb.i and obj is not None and obj.pos_ in {"PROPN", "NOUN"} and obj.ent_type_ not in _NOT_AGENTS:
            return obj
    return None


# Verbs whose object a participle after it says what that object was seen or shown doing: "heard
# them saying", "quoted him saying", "kept them waiting".
_SEEING_VERBS = frozenset(
    """see hear watch notice observe find catch imagine picture remember recall spot overhear feel leave keep
    have get show depict film photograph record quote cite capture describe report""".split()
)


def _content_clause_verb(clause):
    """The verb whose object a that-clause tells the content of: "expressed" of "expressed frustration that Lee
    was not interested" (the clause hangs from "frustration"); None for any other clause."""
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb if verb.pos_ == "VERB" else None


def object_read_as_subject(participle, subjects) -> bool:
    """A participle the parser made a clause of its own, with the main verb's object for its subject:
    in "Campbell then e-mailed McFadyen pointing out the mistake" the one who points it out is
    Campbell (no verb of seeing or showing: "heard them saying" is theirs)."""
    head = participle.head
    return (
        participle.tag_ == "VBG" and participle.dep_ in {"ccomp", "advcl"} and head.pos_ == "VERB"
        and head.lemma_.lower() not in _SEEING_VERBS | SPEECH_VERBS and head.i < participle.i
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        and all(s.left_edge.i == head.i + 1 for s in subjects)
    )


_DASH_TOKENS = frozenset({"-", "--", "\u2014", "\u2013"})


def _past_dateline(subject):
    """The subject after a wire story's dateline that the parser took for it: in "COLOMBO, June 18 -
    A commission set up to ... says" the commission speaks, not the place the story was filed from."""
    doc = subject.doc
    first = doc[0]
    dash = next((t for t in doc[: T.DATELINE_MAX_TOKENS] if t.text in _DASH_TOKENS), None)
    if dash is None or subject.i >= dash.i or not (first.is_alpha and first.is_upper and len(first) > 1):
        return subject
    heads = [t for t in subject.subtree if t.i > dash.i and t.head.i < dash.i and t.pos_ in {"NOUN", "PROPN"}]
    return heads[0] if heads else subject


def _past_time(subject):
    """The name set beside a time the parser took for the subject: in "Speaking at the Aspen Security Forum
    Thursday, Director of National Intelligence James Clapper said" a day says nothing, the director does."""
    if subject.ent_type_ not in {"DATE", "TIME"}:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN"} and c.i > subject.i), subject)


_TOPIC_PREPS = frozenset({"of", "on", "about"})


SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "since", "once", "as", "although", "though", "until"})


def subordinate_clause(verb, openers: frozenset[str] = SUBORDINATORS, adverb: bool = False, after_head: bool = False) -> bool:
    """Whether a verb heads an adverbial clause opened by a subordinating word of `openers`, one that sets a time, a cause
    or a condition for another clause ("after her statement was shown", "if Sanders wins"): the clause's marker, or with
    `adverb` an adverb of its verb as well (the parser hangs "when" so); with `after_head`, only a clause after the verb
    it hangs from."""
    deps = {"mark", "advmod"} if adverb else {"mark"}
    return verb.dep_ == "advcl" and (not after_head or verb.head.i < verb.i) and any(c.dep_ in deps and c.lower_ in openers for c in verb.children)


def _past_topic(subject):
    """The name after a topic phrase that opens the sentence, when the parser took the preposition for the
    subject: "Of Carson, Levine, who has given money to Rubio, said" is Levine's ("Of Carson" says whom
    the words are about); `subject` itself otherwise."""
    doc, opening = subject.doc, subject.sent[0]
    if opening.pos_ != "ADP" or opening.lower_ not in _TOPIC_PREPS:
        return subject
    comma = next((t.i for t in doc[opening.i + 1 : subject.sent.end] if t.text == ","), None)
    # (the parser may take the preposition, or the name after it, for the subject: either stands before the comma)
    if comma is None or subject.i > comma or comma + 1 >= len(doc) or doc[comma + 1].pos_ not in {"PROPN", "NOUN"}:
        return subject
    name = doc[comma + 1]
    while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and name.head.i == name.i + 1:
        name = doc[name.i + 1]  # "Of Carson, Eric Levine said": the name's last word heads it
    return name


def _noun_before(subject, verb):
    """The noun phrase right before the verb, after a comma inside what the parser made its subject:
    "Even after the influx of women MPs ..., and greater numbers of women in the Cabinet, female MPs
    often say" (the parser took "numbers" for the subject)."""
    doc = verb.doc
    i = verb.i - 1
    while i > subject.i and doc[i].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        i -= 1
    last = doc[i]
    if last.i <= subject.i or last.pos_ not in {"NOUN", "PROPN"} or last.i > subject.right_edge.i:
        return None
    j = i
    while j > subject.i and doc[j].pos_ in {"NOUN", "PROPN", "ADJ", "DET"}:
        j -= 1
    return last if j > subject.i and doc[j].text == "," else None


# Prepositions whose object a participle after it goes with: "with analysts saying", "despite allies saying".
_ABSOLUTE_PREPS = frozenset({"with", "despite", "amid", "amidst"})
# Prepositions of time or means before a participle whose subject is the clause's: "after suggesting".
_TIME_PREPS = frozenset({"after", "before", "while", "by", "since", "upon"})


def _verb_of_own_gerund(gerund):
    """The verb whose subject does what a gerund after its preposition says ('campaigned on lowering prices', 'was
    back to attacking the media'), through an adverb or adjective the preposition hangs on; None when that verb has
    an object ('blasted the industries for spending ...': the object spends) or when none is reached."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
        return None
    up = gerund.head.head
    if up.pos_ in {"ADV", "ADJ"} and up.dep_ in {"advmod", "acomp"}:
        up = up.head
    if up.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"dobj", "dative", "oprd"} for c in up.children):
        return None
    return up


# Verbs of starting or going on, whose infinitive is their subject's own act: "went on to criticise".
_ASPECTUAL = frozenset({"go", "continue", "begin", "start", "proceed"})


def _quoted_as_saying(verb):
    """Whose words "quoted X as saying" and "X was quoted as saying" give: X, the one quoted; the
    one who quotes when X is a pronoun ("Tehran Radio quoted him as saying"), the source relaying
    the words being named where the one it quotes may not be."""
    prep, quoting = verb.head, verb.head.head
    if not (verb.dep_ == "pcomp" and prep.lower_ == "as" and quoting.lemma_.lower() in {"quote", "cite"}):
        return None
    quoted = next((c for c in quoting.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return subject_of(quoting) if quoted is not None and quoted.pos_ == "PRON" else quoted


# Words that open a question put to someone: "asked Sanders whether ...", "asked Rubio which states ...".
_QUESTION_OPENERS = frozenset({"whether", "if", "about"})
_QUESTION_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})
# Cue verbs of one who asks, not of one who answers: "'...?' he asked".
ASKING_CUES = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "press", "pressed", "inquired"})


def asked_a_question(tok) -> bool:
    """Whether the name at `tok` is the object of "asked" with a question after it: in "Scott Conroy
    asked Sanders whether questions about his health were fair game. '...,' he said", Sanders is who
    answers (not "asked Freddy to be the best man", a request)."""
    while tok is not None and tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "ask":
        return False
    return any(
        c.i > tok.i and (c.dep_ == "prep" and c.lower_ == "about" or c.dep_ in {"ccomp", "advcl"} and (
            c.left_edge.lower_ in _QUESTION_OPENERS or c.left_edge.tag_ in _QUESTION_TAGS))
        for c in tok.head.children
    )


def _controlled(verb) -> bool:
    """An infinitive whose subject is its head's: "The government refuses to publish ... - saying
    ..." (not "asked him to say", whose subject is the one asked, nor "it was difficult to say"; and
    never for a cue that is itself the infinitive: "called on the government to free or charge the
    men" charges no one)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "VERB" and not any(c.dep_ in {"dobj", "dative"} for c in head.children)


def _of_whom(subject) -> bool:
    """Whether a subject is a part of a relative's antecedent: "many of whom", "most of which"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(w.dep_ == "pobj" and w.lower_ in {"whom", "which"} for w in c.children)
               for c in subject.children)


def _whole_of_part(subject):
    """The noun "many of whom" is part of: the relative clause's antecedent, or, the clause hung elsewhere,
    the noun right before its comma, climbing out of the "of" phrases it ends ("family members of 9/11
    victims, many of whom say": the members)."""
    if subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
        return subject.head.head
    doc = subject.doc
    if subject.i < 2 or doc[subject.i - 1].text != "," or doc[subject.i - 2].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[subject.i - 2]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun


def _antecedent(who):
    """Who a relative "who" the parser hung elsewhere stands for, read from the words: the name
    right before its comma, or the subject of the verb there ('"...," Mandel said, who added that ...')."""
    doc = who.doc
    if who.i < 2 or doc[who.i - 1].text != ",":
        return None
    before = doc[who.i - 2]
    if before.pos_ in {"PROPN", "NOUN"}:
        return before
    found = subject_of(before) if before.pos_ == "VERB" else None
    return found if found is not None and found.lower_ not in _RELATIVES else None


def _noun_a_loose_relative_follows(relative):
    """The noun right before a relative "that" or "which" whose verb the parser did not make a relative clause, None
    for any other word (a relative clause's own "that" is read by its head; "that" as a demonstrative is no WDT)."""
    if relative.lower_ not in {"that", "which"} or relative.tag_ != "WDT" or relative.head.dep_ == "relcl" or relative.i == 0:
        return None
    before = relative.doc[relative.i - 1]
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def _owner_of_whose(whose):
    """The noun a "whose" clause is on: the head of the relative clause the word stands in."""
    tok = whose
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "relcl" else None


def _person_for_who(relative):
    """The noun a relative pronoun's clause is on; for "who", past a place the parser hung the clause on, the
    person whose description the place ends: "Alan Berger, a gynecologist from Englewood, New Jersey, who said he
    is friendly with ..." is Berger (the place says where he is from, and no place says anything)."""
    head = relative.head.head
    if relative.lower_ == "who" and head.ent_type_ in _PLACES and (person := _apposed_to(head)) is not None:
        return person
    if relative.lower_ != "who" and (shower := _shower_of(head)) is not None:
        return shower
    return head


_PLACES = frozenset({"GPE", "LOC"})


def _shower_of(thing):
    """Who carries, wears or posts a thing that bears words, the thing a relative's "read" or "said" is on: 'Morey
    tweeted a now-deleted image that read: "Fight for Freedom ..."', 'One child held a sign that said, "..."' (a sign
    or an image says nothing of its own; its words are the one's who shows them); None for any other thing, or one
    no one is said to show ('the police found a sign that read')."""
    if thing.lemma_.lower() not in _WORD_BEARING_THINGS or thing.dep_ != "dobj" or thing.head.lemma_.lower() not in _SHOWING_VERBS:
        return None
    return subject_of(thing.head)


# Things that bear words someone shows, and the verbs of showing them.
_WORD_BEARING_THINGS = frozenset("sign placard banner poster image photo picture shirt t-shirt hat cap meme graphic sticker billboard".split())
_SHOWING_VERBS = frozenset("tweet retweet post share carry hold wear display hoist wave raise brandish unfurl".split())


def _leading_participle(tok, verb) -> bool:
    """Whether a token ends a participle's phrase that opens the verb's sentence ("Speaking in
    Harrogate Mr Kennedy said", parsed with the name inside the phrase)."""
    up = tok
    while up.head.i != up.i and up.i != verb.i:
        if up.tag_ == "VBG" and up.dep_ == "advcl" and up.head.i == verb.i and up.i == up.sent.start:
            return True
        up = up.head
    return False


def _word_end(tok) -> int:
    """The last token of the word a token begins, over hyphens typed without spaces: "e-mail" (the
    parser may read "mail" as a verb of its own, "Mr Campbell's e" as the subject)."""
    doc, i = tok.doc, tok.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        i += 2
    return i


def interrupting_name(verb):
    """The name after a cue that interrupts its sentence verb first: "The European ministers'
    comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were too weak" (the parser takes the
    words before it for its subject, and the name for the subject of what follows). The words before
    the cue are a noun phrase alone, the name is set off by a comma after it, and the sentence goes
    on with its verb; None otherwise."""
    doc = verb.doc
    sent = verb.sent
    lemma = verb.lemma_.lower()
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != "," or lemma not in SPEECH_VERBS or lemma in ADDRESSED_VERBS or verb.tag_ != "VBD":
        return None  # ("Lukman, during a visit to London, told Reuters ... that": who is told follows "told")
    comma = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    before = doc[sent.start : verb.i - 1]
    if comma is None or any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in before) or any(t.pos_ in {"VERB", "AUX"} for t in doc[verb.i + 1 : comma]):
        return None
    if not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux" for t in doc[comma + 1 : sent.end]):
        return None
    name = None
    for t in doc[verb.i + 1 : comma]:
        if t.pos_ == "PROPN":
            name = t
        elif not (t.pos_ in {"NOUN", "DET", "ADJ"} or t.tag_ == "HYPH"):
            break
    return name


_WHERE_OR_WHO = frozenset({"GPE", "LOC", "NORP"})


def _names_a_body(tok, mention_at, entity_names) -> bool:
    """Whether a word of a description is a name of its own (an organisation's), not one that only
    says where or whose the thing described is (a place, a people, a name hyphened on)."""
    key = mention_at(tok.idx)
    return bool(key) and not _hyphen_prefix(tok) and entity_names.get(key, ("", ""))[1] not in _WHERE_OR_WHO


def _object_of_mark(subject, verb) -> bool:
    """Whether a subject comes right after a subordinating word hung on the same verb as its mark ("before the
    talks"): with another subject beside it, the word was a preposition and the noun its object."""
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and before.dep_ == "mark" and before.head.i == verb.i and before.lower_ in SUBORDINATORS


def _hyphen_prefix(tok) -> bool:
    """"co" of "co-author", "ex" of "ex-minister": a word joined by a hyphen to the next one."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_


def _capitalised_adverb(tok) -> bool:
    """A capitalised word inside its sentence the parser read as an adverb or a modal: a surname that
    is also a word ("Early says", '"...," May said')."""
    return (tok.pos_ == "ADV" or tok.tag_ == "MD") and tok.text[:1].isupper() and tok.i != tok.sent.start


def adjacent_subject(verb):
    """The name right before a verb, past commas: "the mayor, Ihor Terekhov, said" -> Terekhov; the
    head of the phrase a common noun ends, when it is a preposition's object: "a takeover specialist
    at one trading company said" is the specialist."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].is_punct or verb.doc[i].dep_ == "aux"):
        i -= 1
    near = verb.doc[i] if i >= 0 and verb.doc[i].pos_ in {"PROPN", "NOUN"} else None
    # (a name stays: "director of rugby Nigel Melville told" is Melville)
    while near is not None and near.pos_ == "NOUN" and near.dep_ == "pobj" and near.head.dep_ == "prep" and near.head.head.pos_ in {"PROPN", "NOUN"} and near.head.head.i < near.i:
        near = near.head.head
    if near is not None and near.pos_ == "PROPN" and near.dep_ == "pobj" and verb.doc[verb.i - 1].text == "," and (
            holder := _apposed_to(near)) is not None and holder.i < near.i:
        # "Representative Steve Cohen, Democrat of Tennessee, told": the place closes a title set beside
        # the name, the name speaks (as subject_of reads "John Warnock, president of Adobe, said")
        near = holder
    if near is not None and near.ent_type_ in _PLACES and verb.doc[verb.i - 1].text == "," and (named := _person_before_aside(near)) is not None:
        # "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said", "as Eric Garner, gasping facedown
        # on a sidewalk in Staten Island, said": the place ends an aside set off by commas, about the
        # person named before it, who speaks
        near = named
    if near is not None and verb.doc[verb.i - 1].text == "," and (clause := _relative_clause_over(near)) is not None:
        # the end of a relative clause set off by commas is not who speaks, the noun it describes is:
        # "army officers, who have enforced a loose curfew since the riots, told" is the officers
        near = clause.head
    return near


def _person_before_aside(place):
    """The person's name right before the comma that opens the aside a place ends, past the comma of a
    "City, State" pair: "Daniloff" of "Mr. Daniloff, now 81 and retired in Cambridge, Mass.,"; None when
    no comma opens it within an apposition's length, or no person's name stands before that comma."""
    doc = place.doc
    j = place.i - 1
    while j > 0 and place.i - j <= T.APPOSITION_MAX_TOKENS:
        if doc[j].text in {";", "."} or doc[j].text == "," and not (doc[j - 1].ent_type_ in _PLACES and doc[j + 1].ent_type_ in _PLACES):
            break
        j -= 1
    if j <= 0 or doc[j].text != "," or place.i - j <= 1:
        return None
    named = doc[j - 1]
    return named if named.pos_ == "PROPN" and named.ent_type_ == "PERSON" else None


def _relative_clause_over(tok):
    """The relative clause a word is inside, opened by "who" or "which" after a comma: in "army
    officers, who have enforced a curfew," the clause of "curfew"."""
    for above in tok.ancestors:
        if above.dep_ == "relcl":
            opener = above.doc[above.left_edge.i]
            before = above.doc[opener.i - 1] if opener.i > 0 else None
            if opener.lower_ in {"who", "which"} and before is not None and before.text == "," and above.head.i < opener.i:
                return above
            return None
    return None


def firm_before_code(tok):
    """The last word of the firm's name a wire's stock code in angle brackets follows, when `tok`
    is the code or one of its brackets ("Intel Corp <INTC>, the leading manufacturer ..., alerted"):
    the parser may take either for the head of the phrase, the name for its modifier. None otherwise."""
    doc = tok.doc
    for opening in range(max(tok.i - 2, 1), min(tok.i, len(doc) - 3) + 1):
        if doc[opening].text == "<" and doc[opening + 2].text == ">" and doc[opening - 1].pos_ == "PROPN":
            return doc[opening - 1]
    return None


def poll_sponsor(tok, mention_at):
    """The first body named before a poll's capitalised noun that no name covers ("according to a Suffolk University/
    Boston Globe Poll": the sponsors are names of their own, "Poll" none): the poll speaks as its first sponsor. None
    otherwise."""
    if tok.text not in {"Poll", "Survey"} or mention_at(tok.idx) is not None:
        return None
    return next((t for t in tok.subtree if t.i < tok.i and t.pos_ == "PROPN" and mention_at(t.idx) is not None), None)


def speaker_from(subject, mention_at, entity_names: dict[str, tuple[str, str]]) -> Speaker:
    """A Speaker for a subject token; `mention_at(char)` gives the entity key of a mention covering a char.

    `entity_names` maps entity key -> (canonical name, spaCy label).
    """
    if (firm := firm_before_code(subject)) is not None:
        return speaker_from(firm, mention_at, entity_names)
    if (sponsor := poll_sponsor(subject, mention_at)) is not None:
        return speaker_from(sponsor, mention_at, entity_names)
    lower = subject.lower_
    if subject.dep_ == "poss":
        lower = _POSSESSIVE_PRONOUNS.get(lower, lower)  # "his allegations that ...": he alleges
    if lower in PRONOUNS:
        return Speaker(subject.text, pronoun=lower, plural=lower == "they", person=lower in GENDERED_PRONOUNS)
    if (owner := _owning_pronoun(subject)) is not None:
        # "His campaign said he halted all paid speeches", "His office released a statement saying":
        # one person's own staff speak for them, whom stage two finds as it finds "he"
        return Speaker(subject.doc[owner.i : subject.i + 1].text, pronoun=_POSSESSIVE_PRONOUNS[owner.lower_], person=True, staff=True)
    if (author := _named_author(subject)) is not None:
        # "Mr. Biden's plan calls for a "carbon pollution-free power sector"", "Kavanaugh's dissent said": a named
        # owner's own writing or plan speaks his words, as "his tweets" do
        return speaker_from(author, mention_at, entity_names)
    if lower in _RELATIVES and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
        return speaker_from(_person_for_who(subject), mention_at, entity_names)  # "Name, who said ..."
    if (thing := _noun_a_loose_relative_follows(subject)) is not None:
        # 'replaced ... with a message that says, "Check back soon ..."', the parser having made "says" a clause of the
        # quote's: a relative "that" right after a noun stands for it, however its verb was hung
        return speaker_from(thing, mention_at, entity_names)
    if _of_whom(subject) and (whole := _whole_of_part(subject)) is not None:
        # "family members of the victims, many of whom say ...": some of those the relative is on, who
        # speak as them
        return speaker_from(whole, mention_at, entity_names)
    if lower == "who" and (antecedent := _antecedent(subject)) is not None:
        return speaker_from(antecedent, mention_at, entity_names)
    if lower == "whose" and (owner := _owner_of_whose(subject)) is not None:
        # 'President Trump, whose previous threats to "totally destroy" North Korea have ...': the threats
        # are his, who made them
        return speaker_from(owner, mention_at, entity_names)
    if (holder := apposition_holder(subject, mention_at, entity_names)) is not None:
        # '"...," Rep. Kevin Brady, R-Texas, head of the tax-writing House Ways and Means Committee,
        # told reporters', 'Sen. Rob Portman, an Ohio Republican who ..., said': a word of the
        # apposition that describes a named person (his party, the body he heads) is no speaker, he is
        return entity_speaker(holder, entity_names)
    key = mention_at(subject.idx)
    if key and _office_taken_for_name(entity_names[key][0]) and (holder := _office_holder(subject, mention_at, entity_names)):
        # "Federal Minister for Transport and Regional Services, Warren Truss, says", the model's
        # "name" the office's words: its holder, named in the phrase, speaks
        return holder
    if epithet(subject, key, entity_names):
        # '"...," the Scot admitted', 'the ex-Wallaby added': a person known by where he is from or
        # whom he played for, read as a role: the person the sentences are about
        return Speaker(f"the {subject.text}", head=subject.lower_, definite=True, role=subject.lower_)
    if (seat := office_epithet(subject, key, entity_names) if key else _seat_named_apart(subject, mention_at)) is not None:
        # '"...," said the Ealing North MP': a role, with the place it is held for as words of its own
        # (its holder when named beside it: "The U.S. attorney in Manhattan, Mary Jo Roe, ... said")
        if not key and (holder_key := _person_apposed_to(subject, mention_at, entity_names)) is not None:
            return entity_speaker(holder_key, entity_names)
        named = entity_names[key][0] if key else subject.doc[subject.left_edge.i + 1:subject.i + 1].text
        return Speaker(f"the {named}", head=subject.lower_, definite=True, role=subject.lower_, titles=seat)
    if key and entity_names[key][1] == "PERSON" and (titled := _titled_apposition(subject, key, mention_at, entity_names)):
        # '"...," said Jardine Fleming (Securities) Ltd analyst Nick Edwards': the first "person" is
        # the firm the one with the role works for
        return entity_speaker(titled, entity_names)
    if key and entity_names[key][1] == "PERSON":
        found = entity_speaker(key, entity_names)  # not the person or organisation of an apposition
        partner = _joined_person(subject, mention_at, entity_names)
        if partner and partner != key and _alone(subject, key, mention_at):
            # "Ford and Fry replied": which Ford is read in stage two, by whom he was named with
            found.surname, found.partner = name_key(subject.text), partner
        if partner and partner != key and subject.dep_ in {"nsubj", "nsubjpass"}:
            # "Lord Justice Rix and Mr Justice Forbes ruled that ... They said ...": two people who
            # speak together are who the next "they" stands for
            found.plural = True
        return found
    if (named := _roles_joined_before_name(subject, mention_at, entity_names)) is not None:
        # "The renowned naturalist and broadcaster David Attenborough told", "Trump friend and ally Sen.
        # Lindsey Graham said": one person's roles joined by "and", the name after the last
        return entity_speaker(named, entity_names, label="PERSON")
    # not when the subject is a name the model missed ("Will Moyes, head of X,"); a title is none
    # ("The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told")
    # ("Head of developmental genetics at X, Professor Y, said": a role opening a sentence, read as a name)
    if (subject.pos_ != "PROPN" or key or is_title_word(subject.text) or _office_of(subject)) and (
            appos_key := _person_apposed_to(subject, mention_at, entity_names)) is not None:
        # "The head of ..., Rami Abdulrahman, said"; a plural description ("Norwegian academics
        # Arild Moe and Helge Ole Bergesen said") is the people it names, whom "they" goes on with
        return entity_speaker(appos_key, entity_names, plural=subject.tag_ == "NNS")
    if subject.pos_ in {"NOUN", "NUM"} and not key and (apposed := _apposed_person(subject, mention_at, entity_names)):
        # "According to his aunt, Jane Roe, ...", "one of the so-called Guildford Four, Gerry Conlon - who ... - said"
        return entity_speaker(apposed, entity_names)
    if subject.pos_ == "NOUN" and not key and (named := _apposed_name(subject, mention_at, entity_names)):
        # "The financial daily, Boersenzeitung, wrote", "Telecom analysts Ovum welcomed": a description
        # speaks by the name set beside it, whatever kind of name the model took it for
        return entity_speaker(named, entity_names)
    if key and (entity_names[key][1] == "NORP" or entity_names[key][1] == "ORG" and subject.lower_.endswith(_DEMONYM_ENDINGS)) and _demonym_person(subject):
        # '"...," said the American', 'the Spaniard admitted': one person known by a nationality
        return Speaker(f"the {subject.text}", head=subject.lower_, definite=True, role=subject.lower_)
    if key and entity_names[key][1] in {"ORG", "NORP", "GPE"} and (person := _person_first(subject, key, mention_at, entity_names)):
        # "Brett Lock of gay group OutRage! said", parsed with the group as the subject: the person
        # the phrase opens with is who is of it, and speaks
        return entity_speaker(person, entity_names)
    if key and entity_names[key][1] in {"ORG", "NORP", "GPE"} and (person := _person_last(subject, key, mention_at, entity_names)):
        # "Confederation of British Industry (CBI) President David Nickson said", parsed with the body
        # as the subject: the person the phrase ends with speaks
        return entity_speaker(person, entity_names)
    if key and entity_names[key][1] in {"ORG", "NORP", "GPE"}:
        found = entity_speaker(key, entity_names, plural=subject.tag_ in {"NNS", "NNPS"})
        if (some := _counted_members(subject)) is not None:
            # "Some Democrats said", "one House Republican said": some members of a party or a people, whom
            # the text counts, speak by that phrase, still linked to the whole
            found.text = subject.doc[some.i : subject.i + 1].text
        return found
    if (subject.pos_ == "NOUN" or _quoted_work(subject)) and not key and _titled_name_at_end(subject) and (
        person := _person_last(subject, "", mention_at, entity_names)
    ):
        # "Toronto Sun Publishing vice-president of finance Bruce Jackson said", parsed with the role
        # as the subject: the person the phrase ends with speaks (and 'said "Crime Writers On" host
        # Rebecca Lavoie': a quoted show's name, the host after it)
        return entity_speaker(person, entity_names)
    if not key and (_office_of(subject) or _title_heading(subject)) and (holder := _holder_at_end(subject, mention_at, entity_names)):
        # "Head of the Horticulture Australia Council Kris Newton says": an office opening the
        # sentence, what it is of, then who holds it; the office's first word is no one's name
        # (and "Uruguay's Foreign Minister and Cartagena group chairman Enrique Iglesias said",
        # "Minister for Children, Young People and Families Margaret Hodge said": the parser's head
        # the title, the holder a conjunct at the phrase's end)
        return holder
    if subject.pos_ == "NOUN" and not key and (named := _name_after_description(subject, mention_at, entity_names)):
        return entity_speaker(named, entity_names)  # '"...," said shoe tester Trevor Conde
    if subject.lemma_.lower() in ORGANISATION_NOUNS:
        for tok in subject.children:
            if tok.dep_ == "appos" and (appos_key := mention_at(tok.idx)) and entity_names[appos_key][1] == "ORG":
                return entity_speaker(appos_key, entity_names)  # "The group, WeWorkers Coalition, said"
    if (holder := postnominal_holder(subject, mention_at, entity_names)) is not None:
        return entity_speaker(holder, entity_names)
    if subject.pos_ == "PROPN" and (not key or entity_names[key][1] in _PLACES) and (name := _untagged_body_name(subject)) is not None:
        # "wrote the nonpartisan Cook Political Report", "the South China Morning Post reports": a
        # body's name the model missed or took for a place, whose last word is no one's surname
        return entity_speaker(key, entity_names) if key else Speaker(name, person=False, head=subject.lower_)
    if subject.pos_ == "PROPN" and subject.text[:1].isupper() and not _body_name_end(subject):
        # A bare surname no one entity took ("Mr. Alvarez", or two people share it): stage two decides.
        surname = _hyphened_name(subject)
        first = subject.left_edge.i if subject.left_edge.i >= surname.i - 2 else surname.i
        words = [t for t in subject.doc[first : surname.i + 1] if not t.is_punct]
        # (not an acronym: "BT was one of the companies" names a body, no one's surname)
        if all(t.pos_ == "PROPN" for t in words) and (len(words) == 1 and not _acronym(subject) or words[0].lower_.rstrip(".") in _HONORIFICS):
            text = subject.doc[surname.i : subject.i + 1].text
            return Speaker(text, surname=name_key(text), head=subject.lower_)
    if subject.dep_ == "conj" and _group_noun(subject.head, mention_at) and _group_noun(subject, mention_at):
        # "..., locals and long-time foreign residents said" (the parser hung the first group
        # elsewhere): the description starts at the first group
        return speaker_from(subject.head, mention_at, entity_names)
    # "Western diplomats and military sources said": groups joined by "and" speak as one, the
    # phrase spans them all; not "both analysts and sources", two groups each saying so, nor
    # "doctors and groups representing employers", whose clause the phrase would be cut in
    joined = next((c for c in subject.children if c.dep_ == "conj" and _group_noun(c, mention_at)), None) if (
        _group_noun(subject, mention_at) and not any(c.lower_ == "both" for c in subject.children)) else None
    if joined is not None and any(t.dep_ in {"acl", "relcl"} for t in joined.subtree):
        joined = None
    heads = {subject.i} | ({joined.i} if joined is not None else set())
    tokens: list = []
    # "a document Matthesen prepared for her lawyers": a clause's own subject stands before its verb
    clause_at = min((t.left_edge.i for t in subject.subtree if t.i > subject.i and t.dep_ in {"acl", "relcl"} and not _picked_by_participle(t)),
                    default=len(subject.doc))
    for tok in subject.subtree:
        if tok.i > subject.i and tokens and tok.i > tokens[-1].i + 1:
            # the phrase ends where its words stop running on: in 'A senior officer spoke to X about Y: "The
            # weapons ..."' the parser hung the quote's first noun on the subject, past the verb
            break
        joins = joined is not None and tok.dep_ in {"cc", "conj"} and tok.head.i == subject.i and tok.i <= joined.i
        if _picked_by_participle(tok):
            tokens.append(tok)  # "those surveyed say": the participle says who "those" are
            continue
        cut = tok.dep_ in _CUT_DEPS and tok.head.i in heads and not _name_goes_on_as_apposition(tok)
        if tok.i > subject.i and not joins and (cut or tok.text in _CLAUSE_PUNCT or tok.i >= clause_at):
            # "a man on a podium, who ...": the description ends at the head's own clause, and at
            # any clause deeper in it ("the authors of the research published in the journal ...")
            break
        if tok.i > subject.i and tok.head.i in heads and (_vague_place(tok) or _here(tok) or _medium(tok) or _when(tok) or _site(tok)):
            # "A senior Arab banker in the area", "A foreign trader here": where the speaker is, which
            # names no one; "The committee in its report", "one user on Sina's Weibo microblog": where
            # it spoke, not who
            break
        if tok.i > subject.i and tok.head.i == subject.i and subject.lemma_.lower() in DOCUMENT_NOUNS and _sample(tok):
            # "The survey of a sample of 500 British 16 to 20-year-olds": whom a document asked, not who wrote it
            break
        if tok.i < subject.i and (tok.text in _CLAUSE_PUNCT or tok.text in _DASH_TOKENS and tok.whitespace_):
            # (a spaced dash too: the dateline "June 18 - A commission ..." is no part of the description)
            if tok.text in _QUOTE_MARKS and tokens:
                continue  # 'the "Pose" actor': a title quoted inside the description
            tokens = []
            continue
        tokens.append(tok)
    tokens = tokens or [subject]
    if len(tokens) > 2 and tokens[0].lower_ in {"both", "all"} and tokens[0].dep_ in {"predet", "det"}:
        tokens = tokens[1:]  # "both independent analysts and sources": the analysts
    if len(tokens) > 1 and tokens[0].lower_ in _FOCUS_ADVERBS and tokens[0].dep_ == "advmod" and tokens[1].like_num:
        tokens = tokens[1:]  # "Only 40% of Americans said": the writer's stress, no word of who the share is
    first = tokens[0].i
    if (opening := _whole_hyphened_word(tokens[0])).i < first:
        first = opening.left_edge.i  # "its co-chairman", the parser's subject "chairman" hung on the hyphen
    if tokens[0].pos_ == "PROPN":
        first = particle_name_start(subject.doc, first)  # "Rio Grande do Sul's civil defence agency"
    text = _without_lone_mark(subject.doc[first : _word_end(tokens[-1]) + 1].text.strip(" ,"))
    # "The High Street retailer said", "the Texas-based company said": a firm's description may run
    # longer than a person's and still stand for the firm last named; not one holding a name, which
    # names a body of its own ("The United Nations refugee agency"); a name inside a hyphened
    # word only describes it ("The Canada-based company" is the firm last named), and so does a
    # place or a people's name ("The South Yorkshire company", "the Japanese carmaker")
    definite = tokens[0].lower_ in _DETERMINERS and (
        len(tokens) <= T.DEFINITE_PHRASE_MAX_WORDS or subject.lemma_.lower() in ORGANISATION_NOUNS
        and not any(t.dep_ in {"prep", "relcl", "acl"} or _names_a_body(t, mention_at, entity_names) for t in tokens)
    )
    aged = bool(_AGE.search(subject.doc[tokens[0].i : subject.i + 1].text))
    head = "year-old" if aged else subject.lemma_.lower()
    role = None
    # "the Iraqi families' lawyer" is someone else's role: never the person the sentences are about
    owned = any(c.dep_ == "poss" for c in subject.children)
    # words, not tokens: "the 74-year-old comedian" is four words, seven tokens
    words = [t for t in tokens if not t.is_punct]
    # ("The star of Rain Man and Tootsie": the works or places a role is of are no words of the role)
    named_of = {t.i for c in subject.children if _names_only_of(c) for t in c.subtree}
    role_words = [t for t in words if t.i not in named_of]
    joint = _one_holder_and(tokens)
    if joint is not None:
        # "the former secretary of state and current Democratic nominee": one person's two roles, each
        # as long as a role phrase may be
        role_words = [tokens[0]] + [t for t in role_words if t.i > joint.i]
    if tokens[0].lower_ in {"the", "this"} and (aged or subject.tag_ in {"NN", "NNP"}) and len(role_words) <= T.ROLE_PHRASE_MAX_WORDS and not owned:
        if head in ROLE_NOUNS or head in _PERSON_DESCRIPTIONS or head in TITLES or aged or person_by_ending(head):
            role = head
        elif joint is not None and (held := _role_before(tokens, joint)) is not None:
            role = held  # the role of the first: "nominee" is no role the tables know, "secretary" is
        elif _AGED.search(subject.doc[tokens[0].i : subject.i].text) and head not in ORGANISATION_NOUNS | BODY_NOUNS:
            role = head  # "The 41-year-old chart-topper": an age makes whatever noun follows a person
    acronym = _bare_acronym(subject, words)
    if acronym:
        # "In a statement the RSPCA said", the acronym untagged: a body known by its letters, the
        # article's determiner no part of its name
        text, definite, role = subject.text, False, None
    found = Speaker(
        text,
        plural=subject.tag_ in {"NNS", "NNPS"},
        # "A commission set up to ... says" is a body, not a person: the "It said" after it is the commission
        person=head not in ORGANISATION_NOUNS | BODY_NOUNS and not acronym,
        head=head,
        definite=definite,
        role=role,
    )
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS:
        return _as_document(found, subject, mention_at, entity_names)
    if head in _UNIT_NOUNS and (owned_by := _named_owner(subject, mention_at, entity_names, _UNIT_OWNERS)) is not None:
        # "North Korea's foreign ministry said", "Google's communications team said": a body's own
        # unit speaks for it, by the words it is known by without the owner's name (the "foreign
        # ministry"), linked to the owner it is of (as a spokesman is to the body he speaks for)
        key, owned_from = owned_by
        found.text, found.entity_key, found.label = subject.doc[owned_from : _word_end(tokens[-1]) + 1].text, key, entity_names[key][1]
        return found
    if head in _STAFF_NOUNS and (principal := _named_owner(subject, mention_at, entity_names, frozenset({"PERSON"}))) is not None:
        # "Hadi's aide said", "Trump's lawyer argued": one person's staff speak for them, the phrase
        # as written linked to the person
        found.entity_key, found.label = principal[0], "PERSON"
        return found
    if head in _PERSONAL_BODIES and (principal := _named_owner(subject, mention_at, entity_names, frozenset({"PERSON"}))) is not None:
        # "Netanyahu's office said", "Sanders' campaign said": one person's own office or campaign speaks
        # for them, as "his office" does (gold ruling 21), the phrase as written linked to the person; a
        # body still, whom a later "it" continues ("Mr Moon's office said. '...,' it added")
        found.entity_key = principal[0]
        return found
    if head in _SPOKES_NOUNS:
        # "a spokesman for International Business Machines Corp", "A Treasury spokesperson": the
        # phrase, linked to the body it speaks for, else to the person ("A spokesperson for Steyer")
        linked = [(k, entity_names[k][1]) for t in _phrase_tokens(subject) if (k := mention_at(t.idx))]
        found.entity_key = next((k for k, label in linked if label == "ORG"), None) or next((k for k, label in linked if label == "PERSON"), None)
        if found.entity_key is None:
            found.owner = _owning_body(subject)
    return found


_DEMONSTRATIVES = frozenset({"those", "these"})
# Adverbs a writer puts before a share to stress how few or how many: "Only 34% said", "just 32 percent".
_FOCUS_ADVERBS = frozenset({"only", "just", "even"})


def _name_goes_on_as_apposition(tok) -> bool:
    """Whether an apposition the parser hung on a name is the name's own last words, run on with no mark
    between ("the Coalition Against Surprise Medical Billing said", "Billing" the apposition, the model's
    name "Medical Billing" a piece of it): cut there, the speaker would be a name cut short. An apposition
    proper is set off by a comma or a dash ("The group, WeWorkers Coalition, said")."""
    doc, first = tok.doc, tok.left_edge.i
    return (tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and first > 0 and not doc[first - 1].is_punct
            and all(t.pos_ == "PROPN" for t in doc[first : tok.i + 1]))


def _picked_by_participle(tok) -> bool:
    """Whether a token is a lone participle right after a demonstrative of the subject's phrase, which
    names the people by what was done to them: "those surveyed say", "While those polled said", and
    a share of them, "Forty percent of those polled said": without it "those" says nobody (not
    "those killed in the attack", whose participle has words of its own)."""
    return (
        tok.head.lower_ in _DEMONSTRATIVES and tok.i == tok.head.i + 1 and tok.dep_ == "acl" and tok.tag_ == "VBN"
        and not list(tok.children)
    )


# The staff of one person, who speak for that person: "his campaign", "her office".
_PERSONAL_BODIES = frozenset({"campaign", "office", "camp"})


def _owning_pronoun(subject):
    """The "his" or "her" a singular noun for one person's staff is owned by ("His campaign sued
    the party", "her office said"), or a document one person writes ("His subsequent tweets
    claimed", "His LinkedIn page says"); None for any other subject: the words are the person's, as
    the campaign or office speaks for them and no one else, and as a document is its author's."""
    lemma = subject.lemma_.lower()
    if not (lemma in _PERSONAL_BODIES and subject.tag_ == "NN" or lemma in _PERSONAL_WRITINGS and subject.pos_ == "NOUN"):
        return None
    return next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her"} and c.i < subject.i), None)


def _named_author(subject):
    """The name that owns a subject that is one's own writing or plan ("Mr. Biden's plan", "Kavanaugh's dissent",
    "NOAA's research plan"), None for any other subject (a study or a survey is no one's words but its own)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _PERSONAL_WRITINGS | _OWN_PROPOSALS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < subject.i), None)


# What one proposes or rules, as one's own words: "Booker's plan also calls for", "Kavanaugh's dissent said".
_OWN_PROPOSALS = frozenset({"plan", "proposal", "dissent", "opinion"})


def _one_holder_and(tokens):
    """The "and" joining two roles of one person under one determiner, None for any other phrase: "the
    former secretary of state and current Democratic presidential nominee" (not "the mayor and the
    governor", two people, each with a determiner of their own)."""
    if tokens[0].lower_ not in {"the", "this"} or any(t.text == "," for t in tokens):
        return None
    joint = next((t for t in tokens if t.dep_ == "cc" and t.lower_ == "and"), None)
    if joint is None or joint.i + 1 >= len(joint.doc) or joint.nbor().pos_ == "DET":
        return None
    return joint if _role_before(tokens, joint) is not None else None


def _role_before(tokens, joint) -> str | None:
    """The first role noun of the words before `joint`: "secretary" of "the former secretary of state and"."""
    return next((t.lemma_.lower() for t in tokens if t.i < joint.i and t.pos_ == "NOUN" and (
        t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in TITLES or person_by_ending(t.lemma_.lower()))), None)


def _without_lone_mark(text: str) -> str:
    """A description's text without a quotation mark it never closes: 'quotes a "Senate aide" as
    saying' puts the description in scare quotes, which close after its last word (a title quoted
    inside one, 'the "Pose" actor', keeps both of its marks)."""
    marks = [c for c in text if c in _QUOTE_MARKS]
    return "".join(c for c in text if c not in _QUOTE_MARKS) if len(marks) == 1 else text


def _body_name_end(subject) -> bool:
    """A body's noun ending a name the model did not take whole, what it is of before it ("the US
    Trade Representative's Office said"): the name of a body, no one's surname."""
    return subject.lower_ in BODY_NOUNS | ORGANISATION_NOUNS and any(c.dep_ in {"poss", "compound"} for c in subject.children)


def _owning_body(subject) -> str | None:
    """The noun of a definite description of a body that owns the subject ("the council's
    spokesperson"): the body named before, which stage two finds by that noun."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    noun = owner.lemma_.lower() if owner is not None else ""
    determined = owner is not None and any(c.lower_ == "the" for c in owner.children)
    return noun if determined and noun in ORGANISATION_NOUNS | BODY_NOUNS else None


# Heads of a unit inside a body or a country's government: "North Korea's foreign ministry", "Google's communications
# team", "London's counter-terrorism command". Not an agency, a watchdog or a government, bodies in their own right a
# text may name by their owner ("the UN's meteorological agency", "Poland's communist government"), whose gold is that
# description.
_UNIT_NOUNS = frozenset({"ministry", "department", "team", "service", "command"})
# The kinds of name that own a body's unit: a body, a country or a city (a person's own staff: `_STAFF_NOUNS`).
_UNIT_OWNERS = frozenset({"ORG", "GPE", "NORP", "LOC"})


def _named_owner(subject, mention_at, entity_names, labels: frozenset[str]) -> tuple[str, int] | None:
    """The entity key of the name of one of `labels` a possessive before the subject gives ("North Korea's
    foreign ministry": North Korea; "Hadi's aide": Hadi), with where the owned words begin, after the
    possessive's mark; None when no such name owns it."""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.i < subject.i), None)
    key = mention_at(owner.idx) if owner is not None else None
    if owner is None or not key or entity_names[key][1] not in labels or any(c.dep_ == "appos" for c in subject.children):
        # (nor one named beside it: "New Jersey's largest power provider, PSE&G, said" is PSE&G's)
        return None
    mark = next((c for c in owner.children if c.dep_ == "case"), owner)
    if any(mention_at(t.idx) for t in subject.doc[mark.i + 1 : subject.i + 1]):
        return None  # "South Korea's Yonhap news agency": a unit with a name of its own speaks by it
    return key, mark.i + 1


_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Heads of the people who speak for one person (gold ruling 21: spokespeople, lawyers): "Hadi's aide" (not the office,
# which speaks as "it": "Mr Moon's office said. '...,' it added" would be the person's "it").
_STAFF_NOUNS = _SPOKES_NOUNS | frozenset({"aide", "lawyer", "attorney"})
# Documents a body issues as it speaks, whose words are the body's: "the statement said".
_ISSUED_NOUNS = frozenset({"statement"})


_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "parataxis"})


def _names_only_of(prep) -> bool:
    """Whether a phrase is "of" and names only ("of Rain Man and Tootsie", "of Canterbury")."""
    inside = [t for t in prep.subtree if t.i != prep.i and not t.is_punct and t.pos_ not in {"CCONJ", "DET"}]
    return prep.dep_ == "prep" and prep.lower_ == "of" and bool(inside) and all(t.pos_ == "PROPN" for t in inside)


def _listed_member(tok, subject) -> bool:
    """Whether a word of a subject's phrase is in a list of its members: "the all-party group,
    including Ken Clarke, Labour's Robin Cook and ..., is confident" is the group's, not Cook's."""
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in _MEMBER_PREPS:
            return True
        tok = tok.head
    return False


_MEMBER_PREPS = frozenset({"including", "like", "among"})


def _office_of(subject) -> bool:
    """Whether a capitalised subject with no entity is the word of an office opening its sentence,
    what it is of after it: "Head of developmental genetics at ..."."""
    return subject.is_sent_start and subject.text.isalpha() and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _title_heading(subject) -> bool:
    """Whether a capitalised title word ("Minister") heads the subject, the model taking it for no name."""
    return subject.pos_ == "PROPN" and is_title_word(subject.text)


def _office_taken_for_name(name: str) -> bool:
    """A "name" ending in a title word ("Federal Minister"), which no one's name does: an office; or opening
    with one before no given name ("Acting Comptroller", of "Acting Comptroller of the Currency Keith Norieka")."""
    words = name.split()
    return len(words) > 1 and (is_title_word(words[-1]) or is_title_word(words[0]) and not given_name_word(name_key(words[1])))


def _office_holder(subject, mention_at, entity_names) -> Speaker | None:
    """The person an office's phrase names, set off in apposition or at its end."""
    for tok in subject.children:
        if tok.dep_ == "appos" and (key := mention_at(tok.idx)) and entity_names[key][1] == "PERSON":
            return entity_speaker(key, entity_names)
    return _holder_at_end(subject, mention_at, entity_names)


def _bare_acronym(subject, words) -> bool:
    """Whether a subject phrase is an acronym no entity took, "the" before it or not: a body ("the
    RSPCA", "BT")."""
    return bool(words) and words[-1].i == subject.i and (len(words) == 1 or len(words) == 2 and words[0].lower_ == "the") and _acronym(subject)


def _acronym(tok) -> bool:
    """A body's letters ("RSPCA", "BT"), not a title's ("the MP", "the QC")."""
    return (
        tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.isupper() and len(tok.text) >= T.ACRONYM_MIN_LETTERS
        and tok.lower_ not in TITLES | ROLE_NOUNS
    )


def _group_noun(tok, mention_at) -> bool:
    """A plural common noun that names no entity: a group of unnamed people ("analysts", "locals")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and mention_at(tok.idx) is None


def _vague_place(prep) -> bool:
    """'in the area', 'in the region': a place phrase after a description that names no place
    ('officials in Tikrit' keep theirs, the place telling them from other officials; 'those in
    favour of ...' is no place)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.dep_ == "prep" and prep.lower_ == "in" and obj is not None and any(c.lower_ == "the" for c in obj.children)
        and not any(t.pos_ == "PROPN" for t in prep.subtree)
    )


def _sample(prep) -> bool:
    """'of a sample of 500', 'of 2,000 adults': what a survey or study covered, counted or indefinite."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "of" else None
    return obj is not None and (obj.pos_ == "NUM" or any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children))


def _here(tok) -> bool:
    """'here', 'there' after a description: the dateline's place, no word of the speaker's phrase."""
    return tok.dep_ == "advmod" and tok.lower_ in {"here", "there"}


def _when(prep) -> bool:
    """'on Sunday', 'on Monday night': when a description spoke, no word of who it is."""
    return prep.dep_ == "prep" and prep.lower_ in {"on", "in", "at", "during"} and all(
        t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree if t.i > prep.i and not t.is_punct
    ) and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].ent_type_ in {"DATE", "TIME"}


def _medium(prep) -> bool:
    """'in its report', 'in a statement': the document a description spoke in."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in prep.children
    )


# Nouns for a place on the web where anyone may write: "one user on Sina's Weibo microblog".
_WEB_SITE_NOUNS = frozenset({"blog", "microblog", "website", "site", "forum", "feed"})


def _site(prep) -> bool:
    """'on a blog called American Thinker', 'on Sina's Weibo microblog': the site a posting or a user
    wrote on, which tells where the words stand, not whose they are (the site's owner did not write them)."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _WEB_SITE_NOUNS for c in prep.children
    )


# Nouns for a document that speaks its own words: '"...," the report said', 'the complaint says'; a
# testimony, an outlook, an assessment, a tweet or a news story speaks for the one its phrase names ("Powell's
# testimony says", "according to Vanguard's 2014 outlook", "the Goldman Sachs assessment", "Trump's recent
# tweets telling ... to "go back"", "a Times news story on June 1 said"); and so do the pages a person or a body
# publishes or the replies one writes ("His LinkedIn page says", "according to the CDC's fact page", "The
# Guardian's Web site" and "read Forkner's reply" are theirs; "Rizvi's biography ... states" is hers).
DOCUMENT_NOUNS = frozenset(
    """report study paper survey review analysis research statement complaint filing lawsuit letter data
    notice memo memorandum document release website editorial guidance ruling indictment affidavit
    petition email e-mail note testimony outlook assessment tweet story site page biography reply
    agreement contract""".split()
)
# (an agreement or a contract is written and read out: "The FBI's standard employment agreement reads: '...'")
# The documents "his" or "her" makes one person's own words; a study or a report so owned goes on speaking as "it"
# ("Reducing these prices could ..., his study said. The money could be spent ..., it added"), the document's.
_PERSONAL_WRITINGS = DOCUMENT_NOUNS - frozenset("report study paper survey review analysis research data".split())
# Verbs that name where or by whom a document came out: "a review published in BMJ".
_PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "write", "produce", "conduct"})


def _as_document(found: Speaker, subject, mention_at, entity_names) -> Speaker:
    """A document that speaks keeps the phrase the text gives it ("the Strava report", "a June
    report by the Education Lab and MDRC") and is linked to its author or publisher when the phrase
    names one (Strava; the Education Lab; "a meta-analysis published in BMJ": BMJ). It is a thing
    ("It adds:" goes on with it), and a definite one ("the report") is the document in hand, never
    resolved to one an earlier sentence described nor to the person last named."""
    found.person, found.definite, found.role, found.document = False, False, None, True
    author = _document_author(subject, mention_at, entity_names)
    if author is not None:
        found.entity_key, found.label = author, entity_names[author][1]
    return found


def _document_author(subject, mention_at, entity_names) -> str | None:
    """The organisation or person a document's phrase names as its author or publisher."""
    wanted = {"ORG", "PERSON"}
    for child in subject.children:
        if child.dep_ in {"compound", "poss", "nmod"} and child.i < subject.i:
            key = mention_at(child.idx)
            if key and entity_names[key][1] in wanted:
                return key
    # "a report by X", "a review of studies published in X" (the parser hangs "published" on any noun of the phrase)
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
    for tok in subject.subtree:
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _PUBLISHING_VERBS:
            preps += [c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "in"}]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = mention_at(obj.idx)
            if key and entity_names[key][1] in wanted:
                return key
    return None


def owner_in_apposition(tok) -> bool:
    """A possessive inside an apposition: "Beryl Sprinkel, chairman of the president's council,
    said" describes Sprinkel by whose council he chairs; the president is no one the sentence is
    about, and never who a later "he" stands for."""
    if tok.dep_ != "poss":
        return False
    up = tok.head
    for _ in range(T.APPOSITION_MAX_TOKENS):
        if up.dep_ == "appos":
            return True
        if up.head.i == up.i:
            return False
        up = up.head
    return False


def epithet(subject, key: str | None, entity_names) -> bool:
    """One capitalised word after "the" (or "the ex-") that the model took for a person's name,
    or that no entity took after "ex-": "the Scot", "the ex-Wallaby". Never a body's name ("the
    Guardian" is an organisation's, and a name no entity took is left alone without "ex-")."""
    doc, i = subject.doc, subject.i
    # (a home state before it, and a relative after it, leave it one: "the South Carolina Republican, who chairs the
    # Senate Judiciary Committee, told Fox News" is Lindsey Graham, named the sentence before)
    home = [c for c in subject.children if c.dep_ == "compound" and c.i < i]
    if subject.tag_ != "NNP" or not subject.text[:1].isupper() or any(c.dep_ not in {"det", "nsubj", "punct", "relcl"} for c in subject.children if c not in home):
        return False
    if home:
        place = doc[min(c.left_edge.i for c in home) : i]
        if not all(t.ent_type_ == "GPE" for t in place):
            return False
        i = place.start
    ex = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "ex"
    before = i - 3 if ex else i - 1
    if before < 0 or doc[before].lower_ != "the" or _name_goes_on(subject):
        return False
    return entity_names[key][1] == "PERSON" if key else ex


def office_epithet(tok, key: str | None, entity_names) -> frozenset[str] | None:
    """The words of the seat when a name the model took whole is "the" + a place + an office ("the
    Ealing North MP", "The Glasgow Kelvin MP"): a role with its seat, standing for a person the
    article named, never a person of its own. `tok` is any word of the name."""
    if not key or entity_names[key][1] != "PERSON":
        return None  # ("the Scottish Executive" is a body's name, whatever noun it ends in)
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    words = entity_names[key][0].split()
    if len(words) < 2 or words[-1] != tok.text or tok.lower_ not in TITLES | ROLE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return frozenset(w.lower() for w in words[:-1])


def _seat_named_apart(tok, mention_at) -> frozenset[str] | None:
    """The seat's words when the office stands alone after a seat the text names as a place of its own ("the
    Kirkby South MP", with "Kirkby South" a constituency): the same role with its seat as office_epithet's. A
    party or a body before the office ("the Labour MP") is no seat."""
    if tok.lower_ not in TITLES | ROLE_NOUNS:
        return None
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"), None)
    seat = tok.doc[det.i + 1:tok.i] if det is not None else None
    if not seat or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in seat):
        return None
    if not all((mention_at(w.idx) or "").startswith("location:") for w in seat):
        return None
    return frozenset(w.lower_ for w in seat)


def _name_goes_on(subject) -> bool:
    """Whether the name goes on after this word ("the Scot" is one word; "the Rolling Stones" two)."""
    doc = subject.doc
    return subject.i + 1 < len(doc) and doc[subject.i + 1].pos_ == "PROPN"


# A nationality written as a person ("the Dutchman", "the Frenchwoman"), which the model may take for a body.
_DEMONYM_ENDINGS = ("man", "woman")


def _counted_members(subject):
    """The word a party's or a people's plural noun is counted by ("Some Democrats", "several leading Republicans",
    "one House Republican"), opening its phrase; None for the bare noun ("Democrats said"), the whole."""
    first = subject.doc[subject.left_edge.i]
    return first if first.i < subject.i and first.lower_ in _COUNTING_WORDS and first.dep_ in {"det", "amod", "nummod", "predet"} else None


# Words that count some of a group: "Some Democrats", "other Republicans", "one House Republican".
_COUNTING_WORDS = frozenset({"some", "several", "other", "many", "most", "few", "one", "two", "three", "another"})


def _demonym_person(subject) -> bool:
    """"the American", "the Scot", "The 55-year-old Frenchman", "the Ohio Democrat", "the San
    Rafael-based Democrat": a singular nationality or party with "the" and nothing else but an age
    or a home place, a person."""
    doc = subject.doc
    aged = [c for c in subject.children if c.dep_ == "amod" and _AGE.search(doc[c.left_edge.i : c.i + 1].text)]
    # (a place before it is where the person is from or sits for: '"...," the Ohio Democrat said', and
    # so is a place the person is "based" in: '"...," the San Rafael-based Democrat continued')
    home = [c for c in subject.children if c.dep_ == "compound" and c.ent_type_ == "GPE" or _home_base(c)]
    # (and a relative clause set off after it says more of the one person: "The Nevada Democrat, who had
    # been among the most virulent critics of Mr. Trump ..., said"; so does an adjective before it: "the
    # moderate Democrat said")
    described = [c for c in subject.children if c.dep_ == "relcl" or c.dep_ == "punct" and c.text == ","
                 or c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower and c.i < subject.i]
    return (
        subject.tag_ in {"NNP", "NN", "JJ"} and not subject.text.endswith("s")
        and [c.lower_ for c in subject.children if c not in aged and c not in home and c not in described] == ["the"]
    )


def _home_base(modifier) -> bool:
    """Whether a modifier says where someone is based: "San Rafael-based", "Texas-based"."""
    return modifier.dep_ == "amod" and modifier.lower_ == "based" and modifier.i > 0 and modifier.doc[modifier.i - 1].text == "-"


def _name_after_description(subject, mention_at, entity_names) -> str | None:
    """The person named right after a describing noun the parser took for the subject of an
    inverted attribution: 'said shoe tester Trevor Conde' (read as "shoe" testing Conde)."""
    doc = subject.doc
    if not subject.i or doc[subject.i - 1].lemma_.lower() not in SPEECH_VERBS:
        return None
    i = subject.i + 1
    while i < len(doc) and i - subject.i <= 2 and doc[i].is_lower and doc[i].tag_ in {"NN", "VBD", "VBZ"} and not mention_at(doc[i].idx):
        i += 1  # "tester", read as a verb in "said shoe tester Trevor Conde"
    key = mention_at(doc[i].idx) if i < len(doc) else None
    return key if key and entity_names[key][1] == "PERSON" else None


def _person_last(subject, key: str, mention_at, entity_names) -> str | None:
    """The person another entity's phrase ends with, by name: "Confederation of British Industry
    (CBI) President David Nickson"."""
    last = subject.right_edge
    found = mention_at(last.idx) if last.pos_ == "PROPN" else None
    return found if found and found != key and entity_names[found][1] == "PERSON" else None


def _holder_at_end(subject, mention_at, entity_names) -> Speaker | None:
    """The person an office's phrase ends with, right after the name of what the office is of:
    "Head of the Horticulture Australia Council Kris Newton"; not "Friends of Mike Ford", whose
    name is what the phrase is of, nor a phrase with a clause in it. A name no entity took is
    still the holder's when it follows the body's: two or more capitalised words no mention covers."""
    doc = subject.doc
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[subject.i : subject.right_edge.i + 1]):
        return None
    person = _person_last(subject, "", mention_at, entity_names)
    last = subject.right_edge
    start = last.i
    if person:
        while start > subject.i and mention_at(doc[start - 1].idx) == person:
            start -= 1
        return entity_speaker(person, entity_names) if start - 1 > subject.i and doc[start - 1].pos_ in {"PROPN", "NOUN"} else None
    if last.pos_ != "PROPN" or mention_at(last.idx):
        return None
    while start > subject.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not mention_at(doc[start - 1].idx):
        start -= 1
    body = mention_at(doc[start - 1].idx) if start - 1 > subject.i else None
    if last.i - start < 1 or not body or entity_names[body][1] != "ORG":
        return None
    # (known by the surname too: a later "Ms Newton" is her, whom stage two may link to an entity of it)
    return Speaker(doc[start : last.i + 1].text, person=True, head=last.lower_, surname=name_key(last.text))


def _person_first(subject, key: str, mention_at, entity_names) -> str | None:
    """The person a body's phrase opens with, by name, right before "of", "from" or "at": "Brett
    Lock of gay group OutRage!"."""
    doc, first = subject.doc, subject.left_edge
    found = mention_at(first.idx) if first.pos_ == "PROPN" else None
    if not found or found == key or entity_names[found][1] != "PERSON":
        return None
    after = first.i
    while after < subject.i and mention_at(doc[after].idx) == found:
        after += 1
    return found if after < subject.i and doc[after].lower_ in {"of", "from", "at"} else None


def _quoted_work(subject) -> bool:
    """Whether a name opens right after a quote mark: the title of a work or a show ('"Newsnight"
    presenter'), which no one is."""
    start = subject.left_edge.i
    return start > 0 and subject.doc[start - 1].text in _QUOTE_MARKS


def _titled_name_at_end(subject) -> bool:
    """Whether a noun's phrase ends in a name right after a common noun, with no verb between:
    "vice-president of finance Bruce Jackson" is one description of Jackson; "A commission set up
    to unravel the affairs of Air Lanka" is a commission and a clause about a firm, and "friends of
    Mike Ford" are his friends."""
    doc, end = subject.doc, subject.right_edge.i
    words = doc[subject.i : end + 1]
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    start = end
    while start > subject.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start > subject.i and doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower


def _person_apposed_to(subject, mention_at, entity_names) -> str | None:
    """The person an apposition in a subject's phrase names: "The head of ..., Rami Abdulrahman,"."""
    for tok in _phrase_tokens(subject):
        if (tok.dep_ == "appos" or _apposition_read_as_conjunct(tok)) and not _listed_member(tok, subject):
            for inner in tok.subtree:
                appos_key = mention_at(inner.idx)
                if appos_key and entity_names[appos_key][1] == "PERSON" and not _modifies_noun(inner):
                    return appos_key
    return None


def _roles_joined_before_name(subject, mention_at, entity_names) -> str | None:
    """The person named right after a second role joined to a singular role noun by "and": in "The renowned
    naturalist and broadcaster David Attenborough" or "Trump friend and ally Sen. Lindsey Graham" both roles
    are the one named person's. Not a name straight after "and" ("the senator and Bill Clinton", two people),
    nor after a role of someone else's ("the senator and his wife Jane Roe": the determiner opens a new one)."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.i + 2 >= len(doc) or doc[subject.i + 1].lower_ != "and":
        return None
    i = subject.i + 2
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].tag_ == "NN" and doc[i].is_lower:
        i += 1  # the second role: "broadcaster", "ally"
    if i == subject.i + 2:
        return None
    while i < len(doc) and is_title_word(doc[i].text):
        i += 1  # "Sen."
    key = mention_at(doc[i].idx) if i < len(doc) and doc[i] in subject.subtree else None
    # (a name after a role noun is a person's, whatever the model took it for: "broadcaster David Attenborough")
    return key if key and entity_names[key][1] in {"PERSON", "ORG"} else None


def _modifies_noun(tok) -> bool:
    """Whether a name is a word of a common noun's phrase, not someone the phrase names: "Hameed, a Yazidi refugee",
    "Ann Roe, a Trump supporter" (the model's person a kind of refugee or supporter)."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN"


def _apposition_read_as_conjunct(tok) -> bool:
    """A name the parser joined as a conjunct to the noun before it, after a comma and with no "and"
    or "or" joining them: an apposition, in "the chairman of Acme Corp., Ken Roe, warned" the
    chairman's name (not "the heads of Acme, Bolt and Carr", a list)."""
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in {"cc", "preconj"} for c in tok.head.children) and not any(c.dep_ == "cc" for c in tok.children)


def _phrase_tokens(head):
    """The tokens of a noun phrase, leaving out the clauses inside it: in "The company, which ...,
    confirmed that it had been contacted by the office of X, Letitia James" (parsed as one noun
    phrase) the apposition is the office's, not the company's."""
    for child in head.children:
        if child.dep_ not in _CLAUSE_DEPS:
            yield child
            yield from _phrase_tokens(child)


def _apposed_name(subject, mention_at, entity_names) -> str | None:
    """The entity a description's apposition names whole, when it is no person nor people."""
    for tok in subject.children:
        key = mention_at(tok.idx) if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > subject.i else None
        if key and entity_names[key][1] not in {"PERSON", "NORP"} and all(mention_at(t.idx) == key for t in tok.subtree if not t.is_punct):
            return key
    return None


def _titled_apposition(subject, key: str, mention_at, entity_names) -> str | None:
    """Another person in apposition to a name, after a role noun of their own: "Jardine Fleming Ltd
    analyst Nick Edwards" (the parser's apposition of two names). Not one set off by a comma, which
    describes someone the first name's own apposition brings in: in "said Ann Roe, a pollster who
    worked for Lee's rival, then-governor Tom Dale" Roe speaks."""
    for tok in subject.children:
        other = mention_at(tok.idx) if tok.dep_ == "appos" and tok.i > subject.i and not _after_comma(tok) and not _comma_between(subject, tok) else None
        if other and other != key and entity_names[other][1] == "PERSON" and not _title_only(entity_names[other][0]) and (any(
            c.dep_ == "compound" and c.lemma_.lower() in ROLE_NOUNS for c in tok.subtree if c.i < tok.i
        ) or _role_word_before(tok)):
            return other
    return _titled_conjunct(subject, key, mention_at, entity_names)


def _comma_between(name, tok) -> bool:
    """Whether a comma stands between a name and a phrase after it: in "Meghan McCain, daughter of late Arizona
    Senator John McCain, lauded" the father's name is the daughter's description's, whatever the parser hung it on."""
    return any(t.text == "," for t in name.doc[name.i + 1 : tok.left_edge.i])


def _after_comma(tok) -> bool:
    """Whether a phrase is set off by a comma before it: ", then-governor Tom Dale"."""
    i = tok.left_edge.i - 1
    return i >= 0 and tok.doc[i].text == ","


def _role_word_before(tok) -> bool:
    """A lower-case role noun right before a phrase: "Richardson Greenshields of Canada Ltd economist
    Susan Clark" (the parser hung the role on the firm's "of", the name on the firm)."""
    i = tok.left_edge.i - 1
    return i >= 0 and tok.doc[i].is_lower and tok.doc[i].lemma_.lower() in ROLE_NOUNS


def _title_only(name: str) -> bool:
    """A "name" of title words alone, which the model took for a person: in "Koichi Kane, Executive
    Vice President of Nomura, said" the apposition is Kane's title, no one else who speaks."""
    return all(is_title_word(w) or w.lower() in ROLE_NOUNS for w in name.split())


def _titled_conjunct(subject, key: str, mention_at, entity_names) -> str | None:
    """The person after a role noun that the parser joined to a name by "and": in "Only Fools and
    Horses star David Jason criticised" the name is a show's, and the star speaks."""
    role = titled_conjunct_at(subject)
    other = mention_at(subject.doc[role.i + 1].idx) if role is not None else None
    return other if other and other != key and entity_names[other][1] == "PERSON" else None


def titled_conjunct_at(name):
    """The role noun joined to a name by "and" with a name right after it ("Only Fools and Horses
    star David Jason"), else None."""
    doc = name.doc
    joined = (t for c in name.children if c.dep_ == "conj" for t in c.subtree)
    return next((t for t in joined if t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS
                 and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"), None)


def _alone(tok, key: str, mention_at) -> bool:
    """Whether a token is a whole mention by itself: a bare surname, not the last word of a full name."""
    doc = tok.doc
    return all(not 0 <= i < len(doc) or mention_at(doc[i].idx) != key for i in (tok.i - 1, tok.i + 1))


def _joined_person(subject, mention_at, entity_names) -> str | None:
    """The person a name is joined with by "and": the conjunct after it, or the one before it."""
    joined = [c for c in subject.children if c.dep_ == "conj"] + ([subject.head] if subject.dep_ == "conj" else [])
    for tok in joined:
        key = mention_at(tok.idx)
        if key and entity_names[key][1] == "PERSON":
            return key
    return None


def _apposed_person(subject, mention_at, entity_names) -> str | None:
    """The person named between commas right after a description, whatever the parser made of
    the apposition: 'According to his aunt, Jane Starner, "..."'."""
    doc, i = subject.doc, subject.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    key = mention_at(doc[i + 1].idx)
    if not key or entity_names[key][1] != "PERSON":
        return None
    j = i + 1
    while j < len(doc) and mention_at(doc[j].idx) == key:
        j += 1
    return key if j < len(doc) and (doc[j].text == "," or doc[j].text in _DASH_TOKENS) else None


def entity_speaker(key: str, entity_names, plural: bool = False, titles: frozenset[str] = frozenset(), label: str | None = None) -> Speaker:
    """The speaker an entity's mention names; `label` overrides the model's label where the text shows better
    ("Anushaa Vijay, 31, ... said": a person the model took for a place)."""
    name, own_label = entity_names[key]
    label = label or own_label
    words = name.split()
    if own_label != "PERSON" and len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        # "Mr Molyneux" the model took for a body: a person known by the surname, whom stage two
        # links to the person of that surname named before ("Peter Molyneux")
        return Speaker(name, key, person=True, head=name.lower(), label="PERSON", titles=titles, surname=surname_key(name))
    return Speaker(
        name, key, plural=plural or label == "NORP", person=label == "PERSON", head=name.lower(), label=label,
        titles=titles,
    )


# (past the capitalised words before the noun: "Hameed, a Yazidi refugee", "Ann Roe, a Democratic lawmaker")
# (a capitalised word may hold dots: "Nikki Haley, the U.S. ambassador to the United Nations")
_APPOSED_ROLE_HEAD = re.compile(r"^,\s+(?:(?:the|a|an|its|former)\s+)?(?:[A-Z][\w.-]*\s+){0,2}([a-z]+)\b(?!['\u2019])")


def person_by_role(text: str, start: int, end: int) -> bool:
    """Whether a name is given a person's role right before it or in the apposition right after
    it: "spokesman Glyn Davies said", "Sprinkel, chairman of the council, said" are people,
    whatever the model took the name for (not "Shell, the oil major"); so is one set beside a noun
    only people are described by: "Eyad Ismoil, the man who drove the van", "Ana Roe, the mother of three"
    (not "Shell, the man's favourite"); and one given an age set off after it, as stories write the
    ordinary people they profile: "One is Milagros Heredia, 18, whose mother ..." (a body is given none)."""
    before = text[:start].split()[-2:]
    if before and before[-1].endswith(",") and before[-1][:-1] in ROLE_NOUNS and len(text[start:end].split()) > 1:
        # the role set off before the name it is apposed to: "Morgan Stanley chief economist, Chetan Ahya noted"; a
        # person so set off is named in full, and one word there is most often the next clause's body: "a referral
        # from the Interior Department's inspector general, CNN has previously reported"
        before[-1] = before[-1][:-1]
    m = _APPOSED_ROLE_HEAD.match(text[end:])
    # (not a role noun that is an adjective after its article: "the official Peking Review said")
    adjective = len(before) == 2 and before[0].lower() in {"the", "a", "an"} and before[1] in _ADJECTIVE_ROLES
    return (bool(before) and before[-1] in ROLE_NOUNS and not adjective or bool(m) and m.group(1) in DESCRIBED_PEOPLE
            or aged_name(text, end))


def aged_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` is given an age set off after it ("Milagros Heredia, 18, whose ...")."""
    return _AGE_APPOSED.match(text[end:]) is not None


# An age set off by commas right after a name: "Milagros Heredia, 18, whose ...", "Jo Roe, 34, said".
_AGE_APPOSED = re.compile(r"^,\s+\d{1,3},")
# Role nouns that are adjectives too, before a name: "the official Peking Review", "an executive".
_ADJECTIVE_ROLES = frozenset({"official", "executive", "chief", "general", "representative"})


_APPOSED_ROLE = re.compile(rf"^,\s+([^,;:.\"\u201c\u201d]{{2,{T.APPOSED_ROLE_MAX_CHARS}}})")
# An apposition that opens on "whose" names someone else, the one the name has: in "Mick Roe,
# whose daughter Ann was among the victims" the daughter is Ann, not a title of Roe's (who is "he").
_OWNED_BY_RELATIVE = re.compile(r"whose\b", re.IGNORECASE)
# A relative clause on "who" tells what the person did, to or with whom, so a kin word in it is another
# person: in "Jessome, who said his American wife and two children planned to cast their ballots" the
# wife is no title of his. (Its role words still count: a person with no job may be any description.)
_WHO_CLAUSE = re.compile(r"who\b", re.IGNORECASE)


def titles_around(text: str, start: int, end: int) -> frozenset[str]:
    """Role words the article gives a name: the title before it ("Judge Ana Ruiz", "Defense
    Secretary Mark Esper", "his aunt, Jane Roe") and the head of an apposition after it ("Ana
    Ruiz, the judge, ...", "Tom Roe, her husband")."""
    words = text[:start].split()[-T.TITLE_WORDS_BEFORE :]
    before = []
    for w in reversed(words):
        if not (is_title_word(w) or w.lower().strip(",") in ROLE_NOUNS | _GENDERED.keys()):
            break
        before.append(w.lower().strip(",.").replace("-", " "))
    found = {_TITLE_ABBREVIATIONS.get(part, part) for w in before for part in w.split()}
    m = _APPOSED_ROLE.match(text[end:])
    if m and not _OWNED_BY_RELATIVE.match(m.group(1)) and not _cue_subject_after(text[:start], m.group(1)):
        kin = () if _WHO_CLAUSE.match(m.group(1)) else _GENDERED
        found |= {w for w in re.findall(r"[a-z]+", m.group(1)) if w in ROLE_NOUNS or w in TITLES or w in kin}
    if (m := _ROLE_APPOSED_BEFORE.search(text[max(0, start - T.APPOSED_ROLE_MAX_CHARS) : start])) is not None:
        # "the Archbishop of Canterbury, Dr Rowan Williams": the office set before the name is his
        found |= {w for w in m.group(1).lower().split() if w in ROLE_NOUNS or w in TITLES}
    return frozenset(found)


# A phrase after a name's comma that is the subject of a closing cue, not an apposition: "... by ex-national security
# adviser John Bolton, a spokesman said.", "... close to Putin, the EU official said." (no relative before the verb:
# "Ann Roe, the judge who said ..." is hers).
_CUE_SUBJECT_PHRASE = re.compile(
    r"^(?:a|an|one|another|the|two|three)\s+(?:(?!who\b|that\b|which\b)[\w'\u2019&-]+\s+){0,6}?(?:said|says|told|tells|added|adds)\b")
# What stands right before a name that speaks itself: a quote it closes with a comma, or a cue ('"...," Peter Dobrow, a
# T-Mobile spokesperson said', 'said Joshua Osagie, a cocoa farmer ... told Reuters': the phrase is his, a comma lost).
_SPEAKER_BEFORE = re.compile(r"(?:[,?!][\"\u201d]|\b(?:said|says|told|added|adds))\s*$")


def _cue_subject_after(before: str, phrase: str) -> bool:
    """Whether the phrase after a name's comma is who speaks in a closing cue, not the name's apposition: in "exchanged
    emails with Jill Kelley, ... former CIA Director David Petraeus, a senior defense official told POLITICO" the
    official is someone else, and no title of Petraeus's, whom a later "the official said" would then stand for."""
    return _CUE_SUBJECT_PHRASE.match(phrase) is not None and _SPEAKER_BEFORE.search(before) is None


# "the Archbishop of Canterbury, Dr ", "the foreign minister, ": an office and what it is of, set off
# by a comma before a name (and the short titles written with the name).
_ROLE_APPOSED_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?,\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$"
)


class Discourse:
    """The speakers (and named people) of an article so far, for pronouns and back-references."""

    WINDOW = T.PRONOUN_WINDOW_SENTENCES

    def __init__(self) -> None:
        self._seen: list[tuple[int, Speaker]] = []
        self._named_at: dict[int, tuple[int, int]] = {}  # id of a noted speaker -> (sentence, char) where its name stands
        self._titles: dict[str, set[str]] = {}
        self._titled: dict[str, Speaker] = {}  # entity key -> a person given a title, wherever named
        self._titled_before: dict[str, Speaker] = {}  # those of them named in paragraphs before this one
        self._described: list[tuple[int, Speaker]] = []
        self._pronouns: dict[str, set[str]] = {}  # entity key -> the pronouns ("he", "she") resolved to it
        # entity key -> the pronoun its reported words open with: a hint of who the pronoun is, never proof
        # of who it is not ("Esther Rantzen said he was ..." is about someone else)
        self._reported_pronouns: dict[str, set[str]] = {}
        self._resolved: Counter[str] = Counter()  # entity key -> how many pronouns were resolved to it
        self._people: set[str] = set()  # entity keys known to be people
        self._heard: list[tuple[int, Speaker]] = []  # organisations named only inside someone's words
        self._heard_people: list[tuple[int, Speaker]] = []  # people named only inside someone's reported words
        self._mentioned: list[tuple[int, Speaker]] = []  # organisations named outside them, as no subject
        self._bodies: set[str] = set()  # entity keys whose reported words open with "it"
        self._kinds: dict[str, set[str]] = {}  # entity key -> the organisation nouns written before or beside its name
        self._identified: dict[str, list[Speaker]] = {}  # head noun of an unnamed person -> the names such people gave
        self._relatives_of: dict[str, set[str]] = {}  # entity key -> roles it was named as kin or friend of ("the actor's friend X")
        self._roles_described: dict[str, set[str]] = {}  # entity key -> roles of descriptions resolved to it ("the senator")
        self._name_sexes: dict[str, set[str]] = {}  # entity key -> the sexes its given names tell ("Hillary Clinton": F)
        self._paragraph = 0  # paragraphs begun so far
        self._noted_in: dict[int, int] = {}  # index of a noted speaker -> the paragraph it was noted in

    def note(self, sentence: int, speaker: Speaker, at: int | None = None) -> None:
        if speaker.entity_key and not speaker.person and (speaker.titles | self._titles.get(speaker.entity_key, set())) & _PERSONS_TITLES:
            # "Professor Hugh Possingham and team at the University of Queensland", taken for a
            # body: a name given a title only people bear is a person's, whom "He says" goes on with
            self._people.add(speaker.entity_key)
        if speaker.entity_key in self._people and not speaker.person and speaker.head not in _PERSONAL_BODIES:
            # (not a person's office, linked to them and still a body: "Mr Moon's office said. '...,' it added")
            speaker = replace(speaker, person=True, label="PERSON")
        if speaker.pronoun is None:
            self._seen.append((sentence, speaker))
            self._noted_in[len(self._seen) - 1] = self._paragraph
            if at is not None:
                self._named_at[len(self._seen) - 1] = (sentence, at)
            self.learn(speaker)

    def learn(self, speaker: Speaker) -> None:
        """Remember the titles a named person is given, wherever it is (reported words included),
        and who is a person whatever the model took the name for."""
        if speaker.entity_key and speaker.label == "PERSON":
            self._people.add(speaker.entity_key)  # (a spokesman is a person, the body he speaks for is not)
        if speaker.entity_key and not speaker.plural and (sex := _given_name_sex_of(speaker.text)) is not None:
            # (whatever the model took the name for: a man's name it tagged an organisation is still no "she")
            self._name_sexes.setdefault(speaker.entity_key, set()).add(sex)
        if speaker.entity_key and speaker.titles:
            self._titles.setdefault(speaker.entity_key, set()).update(speaker.titles)
            if speaker.label == "PERSON":
                self._titled.setdefault(speaker.entity_key, speaker)

    def new_paragraph(self) -> None:
        """A paragraph begins: the people titled so far were all named before it (a paragraph's
        names are learned before its quotes are read, those after a quote as well)."""
        self._titled_before = dict(self._titled)
        self._paragraph += 1

    def hear(self, sentence: int, organisation: Speaker) -> None:
        """Remember an organisation named inside reported words (`topic` when it is what they are
        about), which a later "the airline said" may stand for when none was named outside them."""
        self._heard.append((sentence, organisation))

    def hear_of(self, sentence: int, person: Speaker) -> None:
        """Remember a person named inside reported words, whom no pronoun goes on with while anyone named outside them
        fits it."""
        self._heard_people.append((sentence, person))

    def _heard_of_last(self, sentence: int, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The last person the sentence before named inside someone's reported words, who fits the pronoun: in "The
        senators said they were concerned because the decision was made when Brown, a strong critic of Dsuvia, was
        absent. '...,' he said" no one else is "he"."""
        return next((c for at, c in reversed(self._heard_people) if sentence - at <= 1 and c.entity_key not in quoted
                     and self._fits(pronoun, c) and not self._named_other_sex(pronoun, c)), None)

    def mention(self, sentence: int, organisation: Speaker) -> None:
        """Remember an organisation named as no subject ("Shares in UK Coal fell after the mining
        group reported ..."), which "the company said" may stand for when no organisation was one."""
        self._mentioned.append((sentence, organisation))

    def resolve(
        self, sentence: int, speaker: Speaker, pronoun_at: tuple[int, int] | None = None, quoted: frozenset[str] = frozenset(),
        reply: bool = False,
    ) -> Speaker:
        """The speaker a pronoun or 'the sources' stands for, or the speaker itself when nothing fits.
        `pronoun_at` is where the pronoun stands (sentence, char): a name later in its own sentence
        is never what it stands for ("He then referred to Cooke's testimony" is not Cooke). `quoted`
        are the entities the quote itself names: no one names themselves in their own words. `reply`:
        the cue is a speaking verb that asks nothing ("he said", not "he asked"), so a pronoun right
        after a question put to someone may be the one who answers it."""
        found = self._resolve(sentence, speaker, pronoun_at, quoted, reply)
        if speaker.staff and found.entity_key and found.person:
            # "Her campaign expressed confidence": the campaign's words, as written, for the person
            # it speaks for
            found = replace(found, text=speaker.text)
        if found.oblique:
            found = replace(found, oblique=False)  # "The Tory leader was asked": now who a clause is about
        if speaker.pronoun in GENDERED_PRONOUNS and found.entity_key and found.person:
            # the pronoun a person has been written with is theirs: "Jo Walton ... she said", then
            # "he'd respond" is someone else
            self._pronouns.setdefault(found.entity_key, set()).add(speaker.pronoun)
            self._resolved[found.entity_key] += 1
        return found

    def _resolve(
        self, sentence: int, speaker: Speaker, pronoun_at: tuple[int, int] | None, quoted: frozenset[str], reply: bool = False,
    ) -> Speaker:
        if speaker.owner:
            # "The UK Film Council said ... the council's spokesperson said": he speaks for the body
            body = self._resolve(sentence, Speaker(f"the {speaker.owner}", head=speaker.owner, definite=True, person=False), None, quoted)
            return replace(speaker, entity_key=body.entity_key) if body.entity_key else speaker
        if speaker.partner:
            named = self._named_with(sentence, speaker.surname or "", speaker.partner)
            return replace(named, plural=speaker.plural) if named is not None else speaker
        if speaker.surname:
            named = self._by_surname(speaker.surname)
            return named or speaker
        if speaker.pronoun is None and speaker.text.lower().startswith("the ") and speaker.entity_key is None and (
                named := self._identified_as(speaker)) is not None:
            # "a member of the group ... He identified himself as Chen Jin ... the Beijing-based member said"
            return named
        if speaker.role and _role_in_an_unnamed_place(speaker):
            return speaker
        if speaker.role:
            # (a role with its seat, "the Ealing North MP", is the MP given that seat, not any MP)
            # (of the last given the title and the last the description stood for, whoever was named last: in
            # "Soybean association president John Roe said ... the US president said ... Trump ... The president
            # added" the president is who the description went on with, not the association's named paragraphs before)
            titled = self._named_last(next(
                (c for _, c in reversed(self._seen) if c.person and c.entity_key
                 and speaker.role in self._titles.get(c.entity_key, ()) and speaker.titles <= self._titles[c.entity_key]),
                None,
            ), self._described_before_as(speaker.role, sentence))
            described = self._last_repeated(speaker)
            if titled is None and described is None:
                # "goals announced by New Mexico Governor Garrey Carruthers, it explained ... the
                # governor said": the one person given the title, though named only inside someone's words
                # (not one named later in the paragraph: "... said the 74-year-old comedian. ... comedian Sacha Baron Cohen")
                holders = [c for k, c in self._titled_before.items() if speaker.role in self._titles[k] and speaker.titles <= self._titles[k]]
                titled = holders[0] if len(holders) == 1 else None
            if titled and self._someone_else(speaker, titled):
                return described or speaker
            if titled:
                return titled
            if described is not None:
                return described  # "A spokeswoman for NBC said ... the NBC spokeswoman said": the one described
            # (not one named as the friend or kin of the one so described: "The actor's friend Budd Roe
            # told ... The actor refused" is someone else)
            near = [(at, c) for at, c in reversed(self._seen) if sentence - at <= self.WINDOW
                    and speaker.role not in self._relatives_of.get(c.entity_key or "", ())]
            # The person the last sentences are about, else the last named: "Eyamba Sowers didn't know
            # Patrick was coming ... The real estate agent said" is Sowers.
            # Not the subject of the description's own sentence, whom the writer would have called
            # "he": in "Van Nistelrooy is fit again, but the Scot admitted" the Scot is someone else.
            at, last = next(((a, c) for a, c in near if c.topic and a != sentence), near[0] if near else (None, None))
            if speaker.agent and last is not None and last.entity_key in self._named_topics_in(sentence):
                # the agent of a passive is not the one its sentence names as the subject: "Buhecha was
                # called '...' by the sentencing judge" is the judge's, not Buhecha's (as a subject, a
                # description may be the story's man its sentence names too: "Ferguson's own talisman
                # Van Nistelrooy is fit, but the Scot admitted" is Ferguson)
                return speaker
            if last is not None and not last.person:
                # a person that sentence is about as well: "Corbett ... also criticised quiz shows like
                # the BBC's ... said the 74-year-old comedian" is not the BBC
                last = next((c for a, c in near if a == at and c.topic and c.person), None) or self._holder_of(last) or last
            if last is not None and last.person and last.entity_key and not last.plural:
                if speaker.role in _ROYAL_RANKS and not _same_rank_holder(speaker.role, self._titles.get(last.entity_key, set()) - _HONORIFICS):
                    return speaker  # "the Queen" is no commoner nor a prince named before her
                if self._may_hold(speaker.role, last) or _FORMER in speaker.text.lower().split() and self._may_have_held(speaker.role, last):
                    # "Jose Mourinho has agreed ... The 56-year-old said:"; "Clinton, the former
                    # secretary of State, ... The former first lady said": a past career has many jobs
                    return self._described_as(last, speaker.role)
                if at is not None and (earlier := self._earlier_topic_holding(speaker.role, near, at, last)) is not None:
                    return self._described_as(earlier, speaker.role)
            return speaker
        if speaker.document and not speaker.entity_key and speaker.text.lower().split()[0] in {"the", "this"}:
            # "according to a World Bank report ... the report said": the document named before, whose
            # author speaks through it
            # (within the last few sentences: a report named paragraphs before may be another's)
            earlier = next((c for at, c in reversed(self._seen) if sentence - at <= self.WINDOW and c.document and c.entity_key and c.head == speaker.head), None)
            if earlier is None and speaker.head in _ISSUED_NOUNS and self._seen and sentence - self._seen[-1][0] <= self.WINDOW:
                # "In a statement the RSPCA said ... '...,' said the statement": no statement named
                # before, the one the body that spoke last issued, whose words it holds
                last = self._seen[-1][1]
                if not last.person and not last.plural and not last.document and (last.entity_key or last.label == "" and last.text[:1].isupper()):
                    return last
            return replace(speaker, entity_key=earlier.entity_key, label=earlier.label) if earlier else speaker
        if speaker.pronoun is None and not speaker.definite:
            return speaker
        if _demonstrative_source(speaker) and (source := self._last_unnamed_source()) is not None:
            # "One senior GOP aide said ... '...,' this person said": the unnamed source the text
            # brought in last, whatever noun it was brought in by, not an earlier "person familiar with"
            return source
        named_inside = False  # a person who fits was passed over for being named inside the quote
        # the nearest person who fits but whose given name tells the other sex: whom the pronoun stands for only when
        # no one else near fits ('Tim Canova ... Wasserman Schultz ... "...," she said' is not Canova; 'Jan Davis
        # ... "...," she said', no one else near, is Davis, whatever sex the dictionary gives "Jan")
        named_otherwise: int | None = None
        for i in range(len(self._seen) - 1, -1, -1):
            at, cand = self._seen[i]
            if speaker.pronoun is not None:
                if sentence - at > self.WINDOW:
                    break
                if self._after(i, pronoun_at):
                    continue
                if cand.entity_key in quoted and not (speaker.pronoun == "it" and self._fits("it", cand)):
                    # (a body's statement names the body: "'Deutsche Boerse is convinced ...,' it said")
                    named_inside = named_inside or _fits(speaker.pronoun, cand)
                    continue
                if self._fits(speaker.pronoun, cand):
                    if self._named_other_sex(speaker.pronoun, cand):
                        if named_otherwise is None:
                            named_otherwise = i
                        continue
                    # (only for someone of the passed-over one's paragraph: a person a new paragraph brings in is
                    # whom the pronoun goes on with, "Professor Ashley Craig ... says ... he says" after a paragraph
                    # of Stefano Vassanelli's, though most Ashleys are women)
                    kept = named_otherwise is not None and self._noted_in[i] != self._noted_in[named_otherwise]
                    chosen = named_otherwise if kept else self._named_as_pronoun_beside(i, sentence, speaker.pronoun, quoted)
                    return self._pronoun_for(chosen, sentence, speaker.pronoun, quoted, reply)
            elif _repeats(speaker, cand) and cand.text.lower() != speaker.text.lower():
                return cand  # "the sources" after "security sources", never "the Greek government" after "the Turkish government"
            elif _names_body(speaker, cand):
                return cand  # "The Police Federation has said ... The federation said"
            elif _organisation_noun(speaker) and (cand.label == "ORG" or cand.entity_key in self._bodies or _speaks_for_body(cand)) and sentence - at <= self.WINDOW and (
                    not _named_another_kind(cand, speaker)):
                # "the group said" after "Hamas accused ...", "the organisation said" after "A
                # spokesman for Reporters Without Borders described ..." (the body he speaks for)
                return self._introduced_as(speaker.head, sentence, cand) or cand
        if named_otherwise is not None and speaker.pronoun is not None:
            unnamed = next((c for at, c in reversed(self._described) if sentence - at <= self.WINDOW and self._fits_described(speaker.pronoun, c)), None)
            return unnamed or self._pronoun_for(named_otherwise, sentence, speaker.pronoun, quoted, reply)
        if speaker.pronoun is None and _organisation_noun(speaker):
            # "US Airways had to cancel 65 flights, said industry officials. The airline said ...": the
            # organisation last named, though only inside someone else's words, when those words name
            # no other ("The NYAG is investigating WeWork, according to ... The company said" is either)
            last = next((at for at, _ in reversed(self._heard) if sentence - at <= self.WINDOW), None)
            heard = [c for at, c in self._heard if at == last]
            if heard and len({c.entity_key for c in heard}) == 1 and heard[-1].topic:
                return heard[-1]
            # "Shares in Cairn Energy closed down ... The company said": the one organisation this
            # sentence or the one before names, though as no subject (two, and which one is meant is
            # unknown; further back, "the group" may be one the text never named: "A group of MPs ...
            # reform of the House of Lords. The cross-party group has ... The group says")
            if (named := self._mentioned_organisation(sentence, speaker.head)) is not None:
                return named
            if (only := self._only_organisation(speaker)) is not None:
                return only
        if speaker.pronoun == "it" and (named := self._mentioned_organisation(sentence)) is not None:
            # "Shares in Multiplex Group ... fell after it said", "One problem identified by Wipro was
            # ... It said": no body a subject near, "it" is the one organisation just named, as
            # "the company" would be
            return named
        if speaker.pronoun is not None:
            # No one named fits: the person the last sentences describe without a name ("WIRED spoke
            # to one mother, who ... 'I am so ahead,' she said")
            for at, cand in reversed(self._described):
                if sentence - at > self.WINDOW:
                    break
                if self._fits_described(speaker.pronoun, cand):
                    return cand
        if speaker.pronoun in GENDERED_PRONOUNS:
            # Nothing near fits: the person the article keeps writing with this pronoun (a profile's
            # subject: "he" three paragraphs on from the last time he was named)
            main = self._main_person(speaker.pronoun, quoted)
            if main is not None:
                return main
            only = self._only_person(speaker.pronoun, quoted)
            if only is not None:
                return only
            heard_of = self._heard_of_last(sentence, speaker.pronoun, quoted)
            if heard_of is not None:
                return heard_of
            if named_inside:
                # The pronoun's only fit is someone the quote talks about ("It could have been easy for
                # Mary Roe ...," she said, after a paragraph about her son): the cue slipped, and the
                # speaker is the person the sentences before are about
                topic = next((c for a, c in reversed(self._seen) if sentence - a <= self.WINDOW and c.topic
                              and c.person and c.entity_key and c.entity_key not in quoted), None)
                if topic is not None:
                    return topic
        if speaker.pronoun == "they":
            # No plural fits: the singular "they" of a person the sentence before is about ("Kym Lino,
            # a spokesperson, confirmed that ... '...,' they said in an email")
            for at, cand in reversed(self._seen):
                if cand.topic:
                    if sentence - at <= 1 and cand.person and cand.entity_key:
                        return cand
                    if sentence - at <= 1 and (body := self._body_topic_in(at)) is not None:
                        # nor a person: the organisation that sentence is about, which the copy calls
                        # "they" ("SRLabs started with a grey box assessment ... They validated ...")
                        return body
                    break
        return speaker

    def _named_as_pronoun_beside(self, i: int, sentence: int, pronoun: str, quoted: frozenset[str]) -> int:
        """The i-th noted speaker, or, when nothing tells its sex, a subject of its sentence whose given name is a woman's,
        for "she": in "Rep. Hakeem Jeffries beat Rep. Barbara Lee. ... (Lee is 72 years old; Jeffries is 48.) '...,'
        she told reporters" she is Lee, whatever sex "Hakeem" is. Not in the pronoun's own sentence, where the nearest
        name is whom it stands for ("aligns Paul and Lee with Trump's campaign, when he struck ..." is Trump)."""
        at, cand = self._seen[i]
        # ("she" only: a name nothing tells the sex of is most often a man's in news copy, so a man's given name beside it
        # says little, "Arsene Wenger ... Adrian Mutu ... he said" being Wenger's)
        if pronoun != "she" or at == sentence or self._named_as(pronoun, cand) or self._written_with(cand.entity_key or ""):
            return i
        # (a subject of that sentence: "The Kid described some of Joe Blow's rivals ... '...,' he said" is not Blow)
        return next((j for j in range(i - 1, -1, -1) if self._seen[j][0] == at and self._seen[j][1].topic
                     and self._seen[j][1].entity_key not in quoted and self._fits(pronoun, self._seen[j][1])
                     and self._named_as(pronoun, self._seen[j][1])), i)

    def _pronoun_for(self, i: int, sentence: int, pronoun: str, quoted: frozenset[str], reply: bool) -> Speaker:
        """Whom a pronoun stands for, the i-th noted speaker fitting it: that speaker, or the person its sentence is about."""
        at, cand = self._seen[i]
        # In one sentence the subject is who "he" continues with: "Ryan Suter, who joked
        # about Parise's sticks, could see ... 'He's used to it,' he said" is Suter.
        topic = next((c for a, c in reversed(self._seen) if a == at and c.topic and self._fits(pronoun, c)
                      and not self._named_other_sex(pronoun, c) and c.entity_key not in quoted), None)
        if topic is None and cand.oblique and not cand.topic:
            # a name only inside a thing's phrase is no one the text is about ("good
            # displays against West Brom and Aston Villa ... 'The crowd ...,' he said"):
            # the person a sentence of the last few was about, when one fits
            topic = self._topic_before(i, sentence, pronoun, quoted)
        chosen = topic if topic is not None and not cand.topic else cand
        if chosen.topic and chosen.clause == "inner" and at < sentence and (main := self._main_subject_in(at, pronoun, quoted)) is not None:
            # a sentence is about its main clause's subject, not the subject of a clause inside it:
            # in "Gov. Andrew Cuomo criticized the use of force to make way for Trump to hold a photo
            # opportunity. '...,' he said" he is Cuomo (Muzny et al.'s pronoun sieve: the subject first)
            chosen = main
        if reply and sentence - at <= 1 and (answers := self._one_asked(chosen, at, pronoun, quoted)) is not None:
            chosen = answers
        fits_described = lambda d: self._fits_described(pronoun, d)  # noqa: E731
        newer = newer_unnamed_source(at, sentence, self._described, fits_described)
        return (
            newer or described_by_name(chosen, at, self._seen, self._described, fits_described)
            or owned_subject(chosen, at, self._described, fits_described)
            or written_with(chosen, at, self._seen, self._written_pronouns(), pronoun, quoted) or chosen
        )

    def _main_subject_in(self, sentence: int, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The person named as the main clause's subject of a sentence, when the pronoun fits them and the quote does not name them."""
        return next((c for a, c in self._seen if a == sentence and c.clause == "main" and c.topic and self._fits(pronoun, c)
                     and not self._named_other_sex(pronoun, c) and c.entity_key not in quoted), None)

    def _one_asked(self, asker: Speaker, sentence: int, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The person a question was put to in the asker's sentence, who fits the pronoun: in "Earhardt
        then asked Rubio which states he could win. '...,' he said", the one asked answers, not the
        subject who asked (None when the chosen one is no subject, or no one there was asked)."""
        if not asker.topic:
            return None
        return next((c for at, c in self._seen if at == sentence and c.asked and c.entity_key and c.entity_key != asker.entity_key
                     and c.entity_key not in quoted and self._fits(pronoun, c)), None)

    def _may_hold(self, role: str, cand: Speaker) -> bool:
        """Whether a named person may be the one a description by `role` stands for: one given no
        job, or this one ("Jose Mourinho has agreed ... The 56-year-old said:"), not one given
        another ("Mayor Ann Roe" is no "candidate")."""
        # an honorific ("Mr Putin") is no role: "the Russian president" may still be him
        titles = self._titles.get(cand.entity_key or "", set()) - _HONORIFICS
        # a "star" says nothing of the job: "Hollywood film star X ... The Oscar-nominated actor
        # said" is X (a "chief" is one: "communications chief X" is no spokesman)
        jobs = titles - {"star"}
        return not jobs or role in titles or role not in TITLES | ROLE_NOUNS or (
            role in _ROYAL_RANKS and bool(titles & _ROYAL_RANKS)
        ) or role in _ANY_TITLE_ROLES or role in _PLAYING_POSITIONS and bool(titles & _PLAYING_POSITIONS)

    def _named_last(self, one: Speaker | None, other: Speaker | None) -> Speaker | None:
        """Of two named people (either may be None), the one the article named last."""
        if one is None or other is None:
            return one or other
        last = {c.entity_key: i for i, (_, c) in enumerate(self._seen)}
        return other if last.get(other.entity_key, -1) > last.get(one.entity_key, -1) else one

    def _described_as(self, person: Speaker, role: str) -> Speaker:
        """Remember that a description by `role` stood for `person`, and give the person back."""
        self._roles_described.setdefault(person.entity_key or "", set()).add(role)
        return person

    def _described_before_as(self, role: str, sentence: int) -> Speaker | None:
        """The named person a description by this role stood for before, the last so described and
        named in the last few sentences: in "Ann Roe spoke ... the Vermont senator said ... Tom Lee
        asked ... the senator said" the senator is Roe again, not the interviewer just quoted. Kept
        apart from titles: a person so described may still be described by another role ("the
        candidate"); further back, the role may be another's (a debate of several MPs)."""
        return next(
            (c for at, c in reversed(self._seen) if sentence - at <= self.WINDOW and c.person and c.entity_key
             and role in self._roles_described.get(c.entity_key, ())),
            None,
        )

    def _held_before(self, cand: Speaker) -> bool:
        """Whether the article gives a person a job they held before: "Ann Roe, the former minister"."""
        return _FORMER in self._titles.get(cand.entity_key or "", set())

    def _may_have_held(self, role: str, cand: Speaker) -> bool:
        """Whether a person may be the one "the former <role>" describes: one the article gives a past
        job, or one whose present titles are not that role ("Sen. Jeff Sessions will fight back ...
        The former federal prosecutor and Alabama attorney general will insist": a senator's past
        career); never the one who holds it now ("Mayor Ann Roe ... the former mayor" is another)."""
        return self._held_before(cand) or role not in self._titles.get(cand.entity_key or "", set())

    def _earlier_topic_holding(self, role: str, near: list[tuple[int, Speaker]], at: int, last: Speaker) -> Speaker | None:
        """The person an earlier sentence of the last few is about, when the last one's person holds
        another job: in "Trump called on Mayor Bill Dale to restart it. Dale disbanded the unit in
        2014. '...,' the Republican candidate said" the candidate is Trump, not the mayor."""
        # (nor one of the other sex than the role's: "the former first lady" is no "he")
        sex = "she" if role in _FEMALE_TITLES else "he" if role in _MALE_TITLES else None
        return next(
            (c for a, c in near if a < at and c.topic and c.person and c.entity_key and not c.plural
             and c.entity_key != last.entity_key and self._may_hold(role, c) and not (sex and self._other_gender(sex, c))),
            None,
        )

    def _body_topic_in(self, sentence: int) -> Speaker | None:
        """The first subject of a sentence when it is a named organisation (the main clause's, as a
        rule: "SRLabs pointed to places where raising the bar would make DHI stronger" is SRLabs)."""
        first = next((c for at, c in self._seen if at == sentence and c.topic), None)
        if first is None or first.person or first.plural or first.document or not first.entity_key or first.label != "ORG":
            return None
        return first

    def identify(self, described: Speaker, named: Speaker) -> None:
        """Remember the name an unnamed person gave ("The member ... He identified himself as Chen
        Jin"): a later "the Beijing-based member said" is that person, when one such was named."""
        if described.entity_key is None and described.pronoun is None and described.head and not described.plural:
            self._identified.setdefault(described.head, []).append(named)

    def _identified_as(self, description: Speaker) -> Speaker | None:
        """The one name a person described by the same noun gave, None when none or several did."""
        named = self._identified.get(description.head, [])
        return named[0] if len({c.entity_key for c in named}) == 1 else None

    def relative_of(self, entity_key: str, role: str) -> None:
        """Remember that a person was named as the relative or friend of someone known by a role
        ("The actor's friend Budd Roe"): never the one a later "the actor" stands for."""
        self._relatives_of.setdefault(entity_key, set()).add(role)

    def introduce(self, entity_key: str, noun: str) -> None:
        """Remember the organisation noun a firm's name was written after ("publishing group
        Independent News & Media"), which a later "the group said" names it by."""
        self._kinds.setdefault(entity_key, set()).add(noun)

    def _introduced_as(self, noun: str, sentence: int, nearest: Speaker) -> Speaker | None:
        """The organisation within the window the text introduced with `noun`, when the nearest one
        was introduced with another: "Irish publishing group Independent News & Media is buying a
        stake in Indian newspaper company Jagran. Jagran publishes ... the group announced" is the
        group, not the company made a subject last."""
        kinds = self._kinds.get(nearest.entity_key or "", set())
        if not kinds or noun in kinds:
            return None
        return next((c for at, c in reversed(self._seen) if sentence - at <= self.WINDOW and c.label == "ORG"
                     and noun in self._kinds.get(c.entity_key or "", set())), None)

    def _named_topics_in(self, sentence: int) -> set[str]:
        """The entities of the people named as subjects in this sentence (not one a description or a
        pronoun of it was resolved to)."""
        return {c.entity_key for i, (_, c) in enumerate(self._seen)
                if i in self._named_at and self._named_at[i][0] == sentence and c.topic and c.person and c.entity_key}

    def _mentioned_organisation(self, sentence: int, noun: str | None = None) -> Speaker | None:
        """The one organisation this sentence or the one before names as no subject; when they name
        two, the one of them the text introduced with the description's noun ("director of the Red
        Cross, and known for founding the Green Belt Movement, a non-governmental organization ...
        the organization claims"), else none, as which one is meant is unknown."""
        named = [c for at, c in self._mentioned if sentence - at <= T.MENTIONED_ORGANISATION_SENTENCES]
        if named and len({c.entity_key for c in named}) > 1 and noun is not None:
            named = [c for c in named if noun in self._kinds.get(c.entity_key or "", set())]
        return named[-1] if named and len({c.entity_key for c in named}) == 1 and named[-1].entity_key else None

    def _only_organisation(self, description: Speaker) -> Speaker | None:
        """The organisation the story's lead is about, for "the company said" paragraphs after it
        was last named ("LSI Logic Corp. reported a loss ... [a quote of its chairman] ... the company
        said it decided to ..."), when it is the only organisation the article has made a subject:
        none when two were, or when one described by the same noun without a name came after it ("a
        rival company said"), which may be the one meant."""
        subjects = [(i, at, c) for i, (at, c) in enumerate(self._seen) if c.topic and c.label == "ORG" and c.entity_key and not c.person]
        if not subjects or len({c.entity_key for _, _, c in subjects}) > 1 or subjects[0][1] >= T.LEAD_SENTENCES:
            return None
        i, _, only = subjects[-1]
        if any(not c.entity_key and c.head == description.head for _, c in self._seen[i + 1 :]):
            return None
        if _named_another_kind(only, description):
            return None  # "Blantyre High Court Judge X said ... The new ruling party said": no party
        return only

    def _topic_before(self, i: int, sentence: int, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The last person noted before the i-th who was a sentence's subject within the window and
        fits the pronoun."""
        for at, cand in reversed(self._seen[:i]):
            if sentence - at > self.WINDOW:
                return None
            if cand.topic and cand.entity_key not in quoted and self._fits(pronoun, cand):
                return cand
        return None

    def _holder_of(self, body: Speaker) -> Speaker | None:
        """The person named right after a body that is what its sentence is about: in "Labour
        backbencher Stephen Pound labelled ...", the parser's subject is the party, the one who acts
        its member."""
        where = {id(c): self._named_at.get(i) for i, (_, c) in enumerate(self._seen)}
        named = where.get(id(body))
        if named is None:
            return None
        return next((
            c for _, c in self._seen if c.person and c.entity_key and (w := where.get(id(c))) is not None
            and w[0] == named[0] and 0 < w[1] - named[1] <= T.HOLDER_AFTER_BODY_CHARS
        ), None)

    def _someone_else(self, description: Speaker, titled: Speaker) -> bool:
        """Whether a role phrase tells its person from the one the article gave that role: in a story
        that quotes unnamed people known by the same noun ("said an economist at a U.S. securities
        house"), "the foreign economist" is one of them, not "Toshiaki Kakimoto, Sumitomo Bank
        chief economist": it has words of its own that his title lacks."""
        # (a word that holds the noun is no word of its own: "the mother-of-nine" is still "the mother")
        own = {w for w in description.text.lower().split() if w not in _DETERMINERS and description.head not in w}
        unnamed = any(not c.entity_key and c.head == description.head for _, c in self._seen)
        return unnamed and bool(own - self._titles.get(titled.entity_key or "", set()))

    def _fits(self, pronoun: str, cand: Speaker) -> bool:
        if pronoun == "it" and cand.entity_key in self._bodies:
            return not cand.plural  # a body the model took for a person: "Microsoft said it ..."
        return _fits(pronoun, cand) and not self._other_gender(pronoun, cand)

    def _main_person(self, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The person the article has written with `pronoun` most often, at least
        MAIN_PERSON_MIN_PRONOUNS times, and never with the other."""
        people = [k for k, written in self._pronouns.items() if written == {pronoun} and k not in quoted]
        key = max(people, key=lambda k: self._resolved[k], default=None)
        if key is None or self._resolved[key] < T.MAIN_PERSON_MIN_PRONOUNS:
            return None
        return next((c for _, c in reversed(self._seen) if c.entity_key == key), None)

    def _only_person(self, pronoun: str, quoted: frozenset[str]) -> Speaker | None:
        """The one person the article has named so far, when it has named no other and they fit the
        pronoun: whom a "he" sentences away from any name still stands for ('says Associate Professor
        John Sader ... They built the material ... If the wire was one centimetre in diameter it
        could hold up to 100 tonnes, he says')."""
        people = {c.entity_key for _, c in self._seen if c.person and c.entity_key and not c.plural}
        if len(people) != 1 or people & quoted:
            return None
        key = people.pop()
        person = next(c for _, c in reversed(self._seen) if c.entity_key == key)
        return person if self._fits(pronoun, person) else None

    def reports(self, speaker: Speaker, content: str) -> None:
        """Learn the pronoun a person's reported words open with as theirs: "Beverley Knight said
        she sang ..." writes Knight with "she", though that "she" is never resolved."""
        first = content.split(maxsplit=1)[:1]
        if speaker.entity_key and speaker.person and first and first[0].lower() in GENDERED_PRONOUNS:
            self._reported_pronouns.setdefault(speaker.entity_key, set()).add(first[0].lower())
        if speaker.entity_key and first and first[0].lower() == "it":
            # "Microsoft has said it will replace ...": a body, whatever the model took the name for,
            # which a later "The company said" may stand for
            self._bodies.add(speaker.entity_key)

    def _written_pronouns(self) -> dict[str, set[str]]:
        """Each person's pronouns, as `_written_with` gives them."""
        return {k: self._written_with(k) for k in self._pronouns.keys() | self._reported_pronouns.keys()}

    def _written_with(self, key: str) -> set[str]:
        """The pronouns one person has been written with: resolved to them, or opening their reported words."""
        return self._pronouns.get(key, set()) | self._reported_pronouns.get(key, set())

    def _fits_described(self, pronoun: str, cand: Speaker) -> bool:
        return _fits(pronoun, cand) and _GENDERED.get(cand.head, pronoun) == pronoun

    def titled_inside(self, quote: str) -> frozenset[str]:
        return titled_inside(quote, self._titles, ROLE_NOUNS)

    def _last_repeated(self, description: Speaker) -> Speaker | None:
        """The latest earlier speaker or unnamed subject a definite description repeats: in "'...,' one senior
        Israeli official said. ... But a senior administration official issued a new warning. '...,' the official
        said" the official is the one the last sentences introduced as their subject, though with no speech verb."""
        spoken = next(((at, c) for at, c in reversed(self._seen) if (not c.entity_key or c.head in _SPOKES_NOUNS) and _repeats(description, c)), None)
        # (brought in, "a senior administration official", not itself a definite one the text had resolved or not)
        subject = next((
            (at, c) for at, c in reversed(self._described)
            if c.topic and not c.entity_key and c.text.split(maxsplit=1)[0].lower() in INDEFINITE and _repeats(description, c)
        ), None)
        if subject is not None and (spoken is None or subject[0] > spoken[0]):
            return subject[1]
        return spoken[1] if spoken is not None else None

    def _last_unnamed_source(self) -> Speaker | None:
        """The unnamed person the text brought in last ("a senior GOP aide", "A different longtime ally of the
        president"), as a speaker or as the subject of a sentence."""
        spoken = next(((at, c) for at, c in reversed(self._seen) if _brought_in_unnamed(c)), None)
        subject = next(((at, c) for at, c in reversed(self._described) if c.topic and _brought_in_unnamed(c)), None)
        if subject is not None and (spoken is None or subject[0] > spoken[0]):
            return subject[1]
        return spoken[1] if spoken is not None else None

    def describe(self, sentence: int, speaker: Speaker) -> None:
        """Remember a person described without a name, for a pronoun no named person fits: as the named
        person its role was just resolved to, when it was ("Trump ... He previously disputed knowing
        anything about the payments. On Monday, the president again denied wrongdoing ... '...,' he
        wrote" is Trump, though his words name "the Trump campaign")."""
        self._described.append((sentence, self._resolved_description(sentence, speaker)))

    def _resolved_description(self, sentence: int, description: Speaker) -> Speaker:
        """The named person this sentence's description by a role was resolved to and noted as, else the description."""
        if not description.role or description.entity_key or not self._seen:
            return description
        at, last = self._seen[-1]
        if at == sentence and last.entity_key and description.role in self._roles_described.get(last.entity_key, ()):
            return replace(last, topic=description.topic)
        return description


    def _after(self, i: int, pronoun_at: tuple[int, int] | None) -> bool:
        """Whether the i-th noted speaker is named later than a pronoun, in the pronoun's sentence."""
        named = self._named_at.get(i)
        return pronoun_at is not None and named is not None and named[0] == pronoun_at[0] and named[1] > pronoun_at[1]

    def _other_gender(self, pronoun: str, cand: Speaker) -> bool:
        """"she" is not the person the article calls "Mr." or "his brother", nor "he" the one it
        calls "Ms." or "her aunt"; failing a title, not the one it has called "he" (or "she")."""
        titles = self._titles.get(cand.entity_key or "", set()) | set(cand.titles)
        male, female = bool(titles & _MALE_TITLES), bool(titles & _FEMALE_TITLES)
        if male != female and pronoun in GENDERED_PRONOUNS:
            return pronoun == ("she" if male else "he")
        # (a pronoun opening their reported words counts for them, never alone against them)
        resolved = self._pronouns.get(cand.entity_key or "", set())
        written = self._written_with(cand.entity_key or "")
        # failing a title, a given name of the pronoun's sex outweighs the other pronoun resolved to the person, which
        # may have been wrong: "former secretary of state Hillary Clinton, who praised George W. Bush for reaching out
        # when he was in the White House. ... '...,' she said" is Clinton, whatever "he" was taken for. Never against:
        # a name borne by both sexes ("Jan", "Ashley") is most often one's in the dictionary, another's in the story.
        return pronoun in GENDERED_PRONOUNS and bool(resolved) and pronoun not in written and not self._named_as(pronoun, cand)

    def _named_other_sex(self, pronoun: str, cand: Speaker) -> bool:
        """Whether a person's given names tell the other sex than a gendered pronoun's, and no pronoun resolved to them
        says theirs (titles are read first, by _other_gender)."""
        other = {"he": "she", "she": "he"}.get(pronoun)
        titled = (self._titles.get(cand.entity_key or "", set()) | set(cand.titles)) & (_MALE_TITLES | _FEMALE_TITLES)
        # (a pronoun opening their reported words is no proof against the name: "Trump said she was ..." is most often
        # about someone else, and "'...,' she said" after "Caroline ... she said of Trump" is still Caroline's)
        return other is not None and not titled and self._named_as(other, cand) and pronoun not in self._pronouns.get(cand.entity_key or "", set())

    def _named_as(self, pronoun: str, cand: Speaker) -> bool:
        """Whether the given names a person was written with tell the pronoun's sex ("Hillary Clinton" for "she")."""
        return self._name_sexes.get(cand.entity_key or "", set()) == {"F" if pronoun == "she" else "M"}

    def _named_with(self, sentence: int, surname: str, partner: str) -> Speaker | None:
        """The person of a surname last named in one sentence with `partner`, before this one:
        "Martha Fry and her brother Dale Ford agreed ... Ford and Fry replied" is Dale, whoever
        else is a Ford."""
        with_partner = {at for at, cand in self._seen if cand.entity_key == partner and at < sentence}
        for at, cand in reversed(self._seen):
            if at in with_partner and cand.person and cand.entity_key and cand.entity_key != partner and surname_key(cand.text) == surname:
                return cand
        return None

    def _by_surname(self, surname: str) -> Speaker | None:
        """The person of that surname named last: "Mr. Alvarez" after "Luis Alvarez"."""
        for _, cand in reversed(self._seen):
            if cand.person and cand.entity_key and surname_key(cand.text) == surname:
                return cand
        return None


# People described by a noun that says which pronoun is theirs.
_GENDERED = {
    **dict.fromkeys(("mother", "woman", "girl", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow"), "she"),
    **dict.fromkeys(("father", "man", "boy", "husband", "son", "brother", "grandfather", "uncle", "nephew", "widower"), "he"),
}
# Nouns for a person a story describes without naming: "one mother", "a local man".
DESCRIBED_PEOPLE = PERSON_NOUNS | _PERSON_DESCRIPTIONS | frozenset(_GENDERED)
# Nouns a pronoun's person may be known by when nothing names them: a role, a title, a description,
# a member ("The 29-year-old member of the party ... he said").
_SOMEONE_NOUNS = PERSON_NOUNS | _PERSON_DESCRIPTIONS | TITLES | {"member"}
# Titles written before no body's name: "Professor Hugh Possingham" is a person, whatever the model took him for;
# so are the offices only a person holds: "President Trump", "Sen. Ben Sasse", "Gov. Ron DeSantis", whom the model
# often takes for a body where the name is also a campaign's, a firm's or a building's ("the Trump campaign"), and
# whom "he" and "the president" then never stand for.
_PERSONS_TITLES = frozenset({_TITLE_ABBREVIATIONS.get(h, h) for h in _HONORIFICS}) | frozenset({
    "president", "senator", "representative", "congressman", "congresswoman", "governor", "mayor", "judge",
    "minister", "premier", "chancellor", "ambassador", "king", "queen", "prince", "princess", "pope"})
# Titles and the nouns for kin that say which pronoun is a named person's ("her brother Dale Roe").
# ("chairman" is not one: British and business copy gives it to women, "UKIP chairman Petrina
# Holdsworth ... She said")
# The word of a job held before: "the former first lady".
_FORMER = "former"
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "congressman", "spokesman"}) | {
    n for n, p in _GENDERED.items() if p == "he"}
_FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman", "spokeswoman"}) | {
    n for n, p in _GENDERED.items() if p == "she"}


def _given_name_sex_of(name: str) -> str | None:
    """"F" for "Hillary Clinton" and "Sen. Hillary Clinton", "M" for "George W. Bush": the sex its given name tells, when an
    English given name opens the name past its titles and a surname follows; None otherwise ("Clinton", "Kim Jones")."""
    words = name[leading_title_length(name) :].split()
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper() or is_title_word(words[0]):
        return None
    # (an English given name only: a name of another tradition may open on what is no given name, "Aung San Suu Kyi",
    # "Ban Ki-moon", whose first word the dictionary gives the other sex)
    key = words[0].lower()
    return given_name_sex(key) if given_name(key) else None


def _same_rank_holder(rank: str, titles: set[str]) -> bool:
    """Whether a person given these titles may be the one a royal rank stands for: a royal of the
    rank's sex ("the Duke of York" may be Prince Andrew; "the Queen" is not Prince Charles)."""
    clash = _MALE_TITLES if rank in _FEMALE_TITLES else _FEMALE_TITLES if rank in _MALE_TITLES else frozenset()
    return bool(titles & _ROYAL_RANKS) and not titles & clash


def _repeats(description: Speaker, cand: Speaker) -> bool:
    """Whether a definite description can stand for an earlier one: the same head, and no word of
    its own the earlier one lacks ("the NBC spokeswoman" after "A spokeswoman for NBC")."""
    words = lambda text: set(text.lower().split()) - _DETERMINERS - {"a", "an"}  # noqa: E731
    # (not a part of a kind: "some scientists suspect ... 'As with many discoveries ...,' the
    # scientists said" are the study's, not those who suspect)
    some = cand.text.lower().split()[:1] == ["some"] and description.text.lower().split()[:1] == ["the"]
    return cand.head == description.head and words(description.text) <= words(cand.text) and not some


def _names_body(description: Speaker, cand: Speaker) -> bool:
    """Whether a definite description of a body or an organisation is a short form of an
    organisation's name the article gave: every word of it is a word of the name ("the federation"
    after "the Police Federation", "the committee" after "the Defence Committee", "the union body"
    after "the Congress of Trade Unions")."""
    if not (description.definite and cand.label == "ORG" and cand.entity_key and description.head in BODY_NOUNS | ORGANISATION_NOUNS):
        return False
    words = set(description.text.lower().split()) - _DETERMINERS
    if len(words) > 1:
        words -= _GENERIC_BODY_NOUNS
    # (a noun of the description may be the name's plural: "the union body", "Congress of Trade Unions")
    named = {w for word in cand.text.lower().split() for w in (word, word.removesuffix("s"))}
    return bool(words) and words <= named


def _speaks_for_body(cand: Speaker) -> bool:
    """A spokesman linked to the organisation named in his phrase ("a spokesman for X"): what
    "the organisation" said after him is that organisation's."""
    return cand.head in _SPOKES_NOUNS and cand.entity_key is not None and cand.label != "PERSON"


# Last words of the names of a state's organs, which no party, firm or group is named by.
_STATE_ORGANS = frozenset({"court", "tribunal", "parliament", "government", "ministry", "department", "cabinet"})


def _named_another_kind(named: Speaker, description: Speaker) -> bool:
    """Whether an organisation's name says it is an organ of the state a description of a party,
    firm or group cannot stand for ("Blantyre High Court" is no "party"; "Acme Group" may be "the
    company", "the American Medical Association" "the group")."""
    last = named.text.lower().split()[-1:]
    return bool(last) and last[0] in _STATE_ORGANS and description.head in ORGANISATION_NOUNS


def _organisation_noun(description: Speaker) -> bool:
    """Whether a definite description stands for the organisation last named: "the group", and
    "the newspaper" with no word of its own ("the provincial daily" may be another paper)."""
    if description.head in ORGANISATION_NOUNS:
        return True
    words = set(description.text.lower().split()) - _DETERMINERS
    return description.head in PUBLICATION_NOUNS and words == {description.head}


# Nouns a writer repeats an unnamed source by, after a demonstrative, whatever noun brought them in ("this person").
_SOURCE_REPEATS = frozenset({"person", "source", "individual"})


def _demonstrative_source(description: Speaker) -> bool:
    """Whether a description is "this person", "that source": a demonstrative and a noun for anyone, no word of its own."""
    words = description.text.lower().split()
    return len(words) == 2 and words[0] in {"this", "that"} and words[1] in _SOURCE_REPEATS


def _brought_in_unnamed(cand: Speaker) -> bool:
    """Whether a speaker or subject is one person brought in without a name: "a senior GOP aide", "one source"."""
    words = cand.text.lower().split()
    return cand.person and not cand.entity_key and not cand.plural and cand.pronoun is None and len(words) > 1 and words[0] in INDEFINITE


# A role held in a place or body the text names with "a" ("the owner of a medical facility", "the manager at a local
# store"): its holder is one of many, brought in here, not the person named before who held a role of that kind.
_ROLE_IN_AN_UNNAMED_PLACE = re.compile(r"^the\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s+(?:of|at)\s+(?:a|an)\s", re.IGNORECASE)


def _role_in_an_unnamed_place(description: Speaker) -> bool:
    """Whether a definite description names its role's place with "a": '"...," the owner of a medical facility told
    Breitbart News' after "Sonny Dayan, a small business who owns a shop" is someone else, whom no name was given."""
    m = _ROLE_IN_AN_UNNAMED_PLACE.match(description.text)
    return m is not None and m["noun"].lower() == description.role


def _fits(pronoun: str, cand: Speaker) -> bool:
    if pronoun == "they":
        return cand.plural
    if pronoun == "it":
        return not cand.person and not cand.plural
    # "he" is someone: a name, a titled or described person, never a thing a clause was about
    # ("He then referred to Cooke's earlier testimony that concluded ... 'I cannot disagree'")
    someone = cand.entity_key or cand.surname or cand.role or cand.head in _SOMEONE_NOUNS or _unnamed_source(cand)
    return cand.person and not cand.plural and bool(someone)


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eur")
# Nouns for someone a wire story quotes without a name that name no doer: "an industry source", "a
# banking expert", "a desk head".
_SOURCE_NOUNS = frozenset({"source", "expert", "head"})
# The subject of a statement that counts one more unnamed source, its noun left out ("Another said").
_ELLIPTICAL_SOURCES = (["another"], ["a", "second"], ["a", "third"], ["a", "fourth"])


def _unnamed_source(cand: Speaker) -> bool:
    """Someone a wire story quotes without a name ("One veteran debt rescheduler said ...", "a
    banker said"): a singular description brought in by "a", "one" or "another" whose noun names a
    doer is a person the next "he" may stand for (not "one pupil", who only asked the man who
    answers; nor "one of the Guildford Four", whose head is "one")."""
    words = cand.text.lower().split()
    if not cand.entity_key and words in _ELLIPTICAL_SOURCES:
        return True  # "Another said ...", after an unnamed source: one more of the same kind, the noun left out
    # ("an industry source said ... he said": a source is someone too, though no doer's noun; so is
    # "A London-based Nordic banking expert")
    return not cand.entity_key and len(words) > 1 and words[0] in INDEFINITE and (cand.head.endswith(_AGENT_SUFFIXES) or cand.head in _SOURCE_NOUNS)
