"""Phrases in marks that are someone's words though no speech verb quotes them as a statement.

A phrase in marks with no speech verb of its own is still a direct quote when a verb gives it to
its subject: what a critic faults or a jury praises ('credited the star's "raw hypnotic energy"',
'questioned "the long-term viability of ..."'), what someone called or billed something
('labelled the court "illegal and incompetent"', 'billed the merger as "a partnership of two
companies."'). The parser often hangs such a phrase from the object instead of the verb, so each
rule here reads the object's own phrase too. A phrase in marks that ends a reported clause as its
predicate is the reporter's words as well ('Google said the feature, available in the US, "adds
useful links".'). What someone calls for is theirs too ('called for "boots on the ground"'), as
are the words in marks before the noun a naming verb gives ('calling it "locker room" banter').
quotes.py asks these of a quote's tokens; who the subject is, and whether the phrase is long
enough to be words at all, stays its business.
"""

from __future__ import annotations

from . import thresholds as T
from .speakers import SPEECH_VERBS, is_passive

# Verbs of judging something, with the prepositions whose object the judged words may be as well
# as the verb's own object: a critic's ('criticised British TV for being "too safe"'), a jury's
# praise ('credited the screen legend's "raw hypnotic energy"', 'hailed her for "a rare courage"'),
# a doubt ('questioned "the long-term viability of evening news"'), a welcome ('welcomed his
# "gracious apology"').
_JUDGING_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("criticise", "criticize", "condemn", "denounce", "attack", "slam", "deride"), frozenset({"for"})),
    **dict.fromkeys(("praise", "hail", "credit", "applaud", "commend", "laud", "salute"), frozenset({"for", "with"})),
    # an attack's words ('hammered the media for its "phony polls"', 'blasted the media for being
    # "unbelievably dishonest"')
    **dict.fromkeys(("hammer", "blast", "lambaste", "fault", "rebuke", "chastise", "scold", "assail", "berate", "excoriate"), frozenset({"for"})),
    # what someone speaks of, or likens something to ('talked of a "stolen election"', 'likened the
    # refugees to a "vicious snake"'): the speaker's words for it
    **dict.fromkeys(("talk", "speak"), frozenset({"of", "about"})),
    **dict.fromkeys(("liken", "compare"), frozenset({"to"})),
    "question": frozenset(),
    "welcome": frozenset(),  # 'welcomed his "gracious apology"': the welcomer's words for it
    "blame": frozenset({"for", "on"}),  # 'blamed it on the "severe weather."': the blamer's words for the cause
    # a reason cited ('Trump cited "tremendous medical costs and disruption" as a justification', 'backs off plans for
    # Israel trip, citing "oppressive conditions"'): the words of whoever cites it
    "cite": frozenset(),
    # a mockery's or a thanks' words ('mocked "Little Adam Schiff"', 'thanked voters for a "historic mandate"')
    "mock": frozenset({"for"}),
    "thank": frozenset({"for"}),
    # a rebuke's words ('rapped Clinton Monday on her "penchant for privacy"', 'chided the agency for its "glacial pace"')
    **dict.fromkeys(("rap", "chide"), frozenset({"for", "on"})),
    # a lament's or an apology's words ('decried the "spin masters and negative-ad peddlers"', 'lamenting the presence on
    # campus of "affirmative action students"', 'apologized for "the harm I have caused"'); not "rail against", often
    # the frame of what its subject calls something ('rail against what he calls ... "bad deal"')
    **dict.fromkeys(("decry", "lament", "bemoan", "deplore"), frozenset({"for"})),
    **dict.fromkeys(("apologize", "apologise"), frozenset({"for"})),
}
# The verbs themselves, for text no parse reads (a headline's).
JUDGING_VERBS = frozenset(_JUDGING_VERBS)
# (each judging verb with the prepositions it takes for what it judges: "for" of "mocked the president for declaring")
JUDGING_PREPOSITIONS = _JUDGING_VERBS

# Verbs of voicing a feeling or a wish, with the prepositions of what it is about: the words the feeling is put in are
# the subject's own ('expressed a deep regret for "my inability to reduce the polarization ..."', 'expressed a desire to
# "try, convict and ..."', 'expressing concerns about accounts that the inquiries were "perceived to be excessive."').
# Not an infinitive's, whose doer is another clause's subject the parse may not reach ('participated in calls with
# officials to express "privacy concerns"' is the health department's, not the officials').
_VOICING_VERBS: dict[str, frozenset[str]] = {"express": frozenset({"for", "about", "over"})}


def demands(verb, below) -> bool:
    """Whether `below`, a child of `verb` on the way up from a quoted phrase, is what that verb calls
    for: its "for" ('called for "boots on the ground"', 'called for increased regulation of the
    "shadow banking"'), or the clause of what it calls on someone to do ('called on police to release
    the videos "as a matter of transparency"'). A demand in marks is the words of whoever makes it,
    as a judgement is the judge's; not 'called the meeting "a success"' (a naming verb's object,
    read elsewhere) nor 'called on Monday' (a time, with no clause of what to do)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call":
        return False
    if below.dep_ == "prep" and below.lower_ == "for":
        return True
    return below.dep_ in _DEMANDED_CLAUSE_DEPS and below.pos_ in {"VERB", "AUX"} and any(
        c.lower_ == "on" and c.dep_ in {"prep", "prt"} and c.i < below.i for c in verb.children)


# How the parser hangs the clause of what someone is called on to do ('called on leaders to act').
_DEMANDED_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "conj"})


# Verbs whose object complement is what the subject called something.
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "nickname", "term", "deem"})

# Words that join a noun to the phrase it is modified by, on the way from an object's own phrase
# up to its verb ('ruled out an acquisition of a drug concern as "too expensive"').
_NOUN_LINKS = frozenset({"pobj", "prep", "compound", "amod", "poss"})


def judges(verb, below) -> bool:
    """Whether `below`, a child of `verb` on the way up from a quote, is what that verb judges:
    its object, or a preposition the verb takes for what it judges (or speaks of, or likens to, or
    blames it on), or the feeling a verb of voicing one puts into words."""
    preps = _JUDGING_VERBS.get(verb.lemma_.lower())
    if preps is None and verb.tag_ != "VB":
        preps = _VOICING_VERBS.get(verb.lemma_.lower())
    return preps is not None and verb.pos_ == "VERB" and (
        below.dep_ == "dobj" or below.dep_ == "prep" and below.lower_ in preps)


def named_object(root):
    """The naming verb whose object a quoted phrase follows as that object's complement, the
    parser having hung it from the object ('labelled the court "illegal and incompetent"': the
    phrase read as the court's modifier), else None."""
    noun = root.head
    if root.dep_ not in {"amod", "appos", "compound", "nmod"} or noun.i >= root.i or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in NAMING_VERBS and verb.pos_ == "VERB" else None


# Verbs that present their object as something ('billed the merger as', 'ruled out a bid as'): an
# "as" phrase the parser hung from their object is still what the subject called it. A lexicon,
# since the object may be a title read as a clause of its own ('citing When a Man Loves a Woman as').
_AS_VERBS = frozenset(
    """describe bill rule see view regard hail praise brand label dismiss cite reject portray depict
    characterise characterize denounce condemn criticise criticize welcome tout paint single laud acclaim refer""".split()
)


def naming_verb(verb) -> bool:
    """Whether a verb names or presents something as what its subject calls it ('called Haley "very
    weak"', 'referred to Rubio as the "personal senator"'), not one that only uses it as something
    ('used their identity as a "permissible proxy"')."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS | _AS_VERBS


def named_modifier(root):
    """The naming verb whose complement a quoted phrase modifies ('calling it "locker room" banter',
    'what Turnbull called North Korea's "reckless, provocative, dangerous" actions'): the words in
    marks are the caller's, the noun after them the writer's; None otherwise."""
    noun = root.head
    if root.dep_ not in _MODIFIER_DEPS or noun.i <= root.i or noun.dep_ != "oprd":
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in NAMING_VERBS and verb.pos_ == "VERB" else None


def named_after_object(root, hops: int):
    """The naming verb a quoted phrase after its object is what the subject called that object, however the parser
    hung the phrase inside the object's own words ('called the assault that killed five officers "an attack on our
    country"', 'calls the issue of security "a priority"', 'called critical reports about him "fake news"', 'called
    universal background checks a political "sweet spot"'): up from the phrase's root, within `hops` words, past the
    verbs of clauses on the object, to an object of an active naming verb that stands before the phrase. None when a
    speech verb comes first (its clause is a statement of its own), or when the phrase stands before the object's
    head ('called the "harbour renewal" plan a sound idea': a name in the object, not what it was called)."""
    tok = root
    for _ in range(hops):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in SPEECH_VERBS or tok.head.i == tok.i):
            return None
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        if tok.dep_ == "dobj" and tok.i < root.i or _after_named_object(tok, verb):
            return None if is_passive(verb) else verb
    return None


def _after_named_object(tok, verb) -> bool:
    """Whether `tok`, a child of a naming verb on the way up from a quoted phrase, is what the verb named its object or
    a phrase the parser hung after that object: the complement itself ('has called the bill an attempt to "rewrite our
    country's labor laws ..."', the phrase in the complement's clause), or a preposition after the object that the
    complement was read into ('has labeled the conditions in the first hours of the fires a "historic wind event"').
    Not with no object before ('called for "urgent action"', 'called on leaders to "act now"': a demand's)."""
    return tok.dep_ in {"oprd", "prep"} and any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children)


# How a phrase before a noun hangs from it: 'the "reckless" actions', 'the "locker room" banter'.
_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})


def named_complement(root):
    """The naming verb whose object a quoted phrase is the complement of, reached through the
    phrases listed before it ('called the plan, proposed in July, "visionary" and "very serious"':
    the parser hangs the first as a loose dependent of the verb, the second as its conjunct); None
    when the verb has no object before it ('called for "urgent action"' is a preposition's)."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    return verb if (
        tok.dep_ in _COMPLEMENT_DEPS and verb.lemma_.lower() in NAMING_VERBS and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children)
    ) else None


# How the parser hangs a naming verb's object complement when it misses "oprd": a second object
# too ('Japan branded North Korea an "outlaw nation"', 'calling him "a disgrace to the GOP"': two
# objects of one naming verb are what it named and what it named it), or a clause when the phrase holds
# a verb ('called the situation "overclassification run amok"', read as "overclassification runs amok"), or a
# preposition's phrase ('called that "beyond preposterous."').
_COMPLEMENT_DEPS = frozenset({"oprd", "dep", "xcomp", "acomp", "dobj", "ccomp", "prep"})


def as_verb(root, hops: int):
    """The verb a quoted phrase is the "as" of, the phrase deep in the "as" phrase's noun
    ('cited the film as proof of his "veritable artistic commitment"'): up from the phrase's
    root through noun links only, within `hops` words; None when the verb presents nothing as
    something ('served as head of the "green team"' is a post, not a view)."""
    tok = root
    for _ in range(hops):
        if tok.dep_ not in _NOUN_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lower_ == "as" and tok.dep_ == "prep":
            verb = tok.head if tok.head.pos_ == "VERB" else as_of_object(tok)
            return verb if verb is not None and verb.lemma_.lower() in _AS_VERBS else None
    return None


def as_of_object(as_token):
    """The verb whose object an "as" phrase hangs from ('billed the proposed merger as "a
    partnership"', 'ruled out an acquisition of a drug concern as "too expensive"', 'criticized the continuing GOP
    focus on the administration's response in the immediate aftermath of the attack as a "sideshow"'): what the
    subject called that object; None when the noun is no such verb's object ('such as', 'the role as')."""
    if any(c.lower_ == "such" for c in as_token.children):
        return None
    tok = as_token.head
    for _ in range(T.AS_OBJECT_MAX_HOPS):
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            return tok.head if tok.head.lemma_.lower() in _AS_VERBS else None
        if tok.dep_ not in _NOUN_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# Tags of a finite verb: a phrase holding one says something, where a noun phrase names it.
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def ends_as_predicate(quoted, verb, after: str) -> bool:
    """Whether the quoted words (a Span) close, as its predicate, the clause a speech verb before
    them reports: a subject stands between the verb and the mark, the words hold a finite verb,
    and the sentence ends with them ('said the feature, available only in the US, "adds useful
    links".'); not a name or term in marks ('said its new service, "Fast Track", will ...')."""
    subject = [t for t in quoted.doc[verb.i + 1 : quoted.start] if t.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return (
        bool(subject) and after.lstrip()[:1] in {".", "!", "?", ""}
        and any(t.tag_ in _FINITE and t.pos_ in {"VERB", "AUX"} for t in quoted)
    )


def viewpoint_name(sent):
    """The name a sentence opens with as whose view it gives ('To Levin, the xenobots are ...', 'For
    Michel Develle, Director of Economic Studies, the achievement has been ...'): the last word
    before the first comma, within four words of "to" or "for"; None otherwise."""
    if len(sent) < 4 or sent[0].lower_ not in {"to", "for"}:
        return None
    comma = next((t for t in sent[1:] if t.text == ","), None)
    return comma.nbor(-1) if comma is not None and comma.i - sent.start <= 4 and comma.nbor(-1).pos_ == "PROPN" else None
