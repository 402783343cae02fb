"""The nlp stage's thresholds and cut-offs, in one place, each with the reason for its value.

Every number here was set on the gold articles (tests/gold/) and is measured by
`python -m bench.extraction_quality`; change one only with that run beside it.
"""

from __future__ import annotations

# -- direct quotes (quotes.py) ----------------------------------------------------------------

# The speaker ranker (speaker_ranker.py) names a speakerless quote's speaker only when its top candidate holds this
# share of the candidates' probability: held out (bench/train_speaker_ranker.py), the names it gave below half were
# right one time in five, those above it one time in two on rounds 51-55 and three in four on rounds 46-50.
RANKER_MIN_SHARE = 0.5

# A quoted run shorter than this, with no cue and no closing punctuation, is a term or a name
# ('the "Muqtada 1" missile', 'dubbed the "Hanoi Hilton"'), not something someone said.
SPEECHLIKE_MIN_WORDS = 4
# The longest programme title in marks read as one whatever cue follows ('on CNN's "State of the Union," Graham said').
PROGRAMME_TITLE_MAX_WORDS = 4
# The longest work's title in marks read as one after words that name it a work ('his new book, "The American Senate:
# An Insider's History."'); longer words in capitals are a headline's or a slogan's.
WORK_TITLE_MAX_WORDS = 8
# '"We have her." Officer Dana Price said.': a sentence after a quote this short is its
# attribution; a longer one says something new and its verb is no cue for the quote.
ATTRIBUTION_SENTENCE_MAX_WORDS = 8
# '"...," Dan shares.', '"...," said coach Mike Ruddock.': an attribution of any verb after a
# comma-closed quote is a name of up to three words and the verb; a longer clause says more.
BARE_CUE_MAX_WORDS = 4
# 'Maeve Sherlock, chief executive of the Refugee Council, said': an apposition between a name and
# its speech verb is a short phrase; a longer run between commas is a clause of its own.
APPOSITION_MAX_TOKENS = 10
# A quote opening mid-sentence is a quoted clause ('said that China "is going to have to make a
# deal"') only from this many words; shorter ones are a phrase quoted inside reported speech.
QUOTED_CLAUSE_MIN_WORDS = 5
# 'Cook said Apple employs 450 Dreamers, and he sees "first hand ..."': heads climbed from a
# quote's root to the speech verb whose clause holds it (the quote's verb, a conjunct, the cue);
# further up, the verb governs a different statement.
GOVERNING_CUE_MAX_HOPS = 4
# 'called for a redoubling of efforts to transition to a "clean energy economy"': heads climbed from
# a quoted phrase's root to the "call" whose demand holds it, through the nouns, prepositions and
# subjectless verbs of the demand; a demand is written out at more length than a reported clause.
DEMAND_MAX_HOPS = 8
# 'Rubio's catch phrase ... was that Crist "would say or do anything ..."': heads climbed from a quote's root to
# the "was" whose subject is someone's answer or argument (the quote's verb, the reported clause's, the "was").
ANSWER_MAX_HOPS = 3
# Words up from a quoted phrase to the "that" opening the clause of a noun of someone's words it is in
# ('assurances that the U.S. is "in a much better place"': "in", then "is", which "that" opens).
WORDS_CLAUSE_MAX_HOPS = 3
# A phrase quoted inside a sentence ('rejected the claims as "patently false"') is a quote from
# two words: one quoted word is a scare quote or a term ('politicians have "vilified" educators').
QUOTED_PHRASE_MIN_WORDS = 2
# How many words a naming verb's object may run between "called" and the phrase it is called ('called Mr. Obama's tax
# plan a "warmed-over proposal"'), a relative clause set off by commas apart.
NAMED_OBJECT_MAX_WORDS = 8
# 'cited the film as proof of his "veritable artistic commitment"': words from a quoted phrase's
# root up to the "as" whose verb presents it (a preposition, its noun, "as").
AS_PHRASE_MAX_HOPS = 4
# 'criticized the continuing GOP focus on the administration's response in the immediate aftermath of the attack as a
# "sideshow"': words from the noun an "as" hangs from up to the object of the verb that presents it (each noun and
# preposition of the object's own phrase between).
AS_OBJECT_MAX_HOPS = 6
# 'Sondland said in his testimony, "Yes."': words between a speech verb and the comma or colon
# before the quote it introduces (more, and the verb belongs to a clause of its own).
INTRODUCING_CUE_MAX_WORDS = 4
# '— Jim Bridenstine, NASA administrator': a dash line under a quote this short is its credit.
CREDIT_LINE_MAX_WORDS = 12
# The fewest words an uncued quote shares with a speaker's quote elsewhere in the article to be
# read as its pull quote (fewer, and a phrase two people use would pass from one to the other).
PULL_QUOTE_MIN_WORDS = 8
# The most words of a line labelling who speaks in the quote paragraphs after it, a name and an
# affiliation ('Ann Roe, Environmental Studies Professor and Co-chair of the City Task Force:').
LABEL_LINE_MAX_WORDS = 20
# The most words of a roundup's heading line that a person's name opens ('John Leguizamo On How U.S. History Makes
# Latinos Feel "Invisible."'): whom the section under it is about; longer, a sentence in title case.
HEADING_MAX_WORDS = 20
# A paragraph continues the last speaker's quote across at most this many paragraphs when all
# between are asides (a caption, an embedded post's credit, a link): further on, the thread is lost.
CONTINUED_MAX_PARAGRAPHS = 4
# One-sentence-a-paragraph copy (RCV1) marks only a quote's two ends: at most this many paragraphs
# with no mark between a quote left open and the one that closes it are its sentences.
QUOTE_MIDDLE_MAX_PARAGRAPHS = 3
# An unpunctuated line this short between quote paragraphs is an aside (a credit, a link), not prose.
ASIDE_MAX_WORDS = 8
# An article is a transcript when this many paragraphs open with a speaker's label in capitals
# ('ROSIE CURTS: ...'); one or two such openings are datelines ('NEW DELHI: ...') or headings.
TRANSCRIPT_MIN_TURNS = 3

# -- speakers (speakers.py) -------------------------------------------------------------------

# Sentences back that a pronoun or a role noun ("the 56-year-old") may reach for its person:
# news copy names the speaker again within about three sentences; further back it is a guess.
PRONOUN_WINDOW_SENTENCES = 3
# "Shares in UK Coal fell ... The company said": sentences back to an organisation named as no
# subject that "the company" may stand for (further, it may be a body the text never named).
MENTIONED_ORGANISATION_SENTENCES = 1
# "the company said" far from any name stands for the organisation the story's lead is about: the
# sentences a lead may take (the headline and the first sentence of the body).
LEAD_SENTENCES = 2
# A pronoun with no fit in its window is the person the article has written with it this many
# times (and never with the other): a profile's subject; fewer, and it is a guess.
MAIN_PERSON_MIN_PRONOUNS = 3
# '..." said the deputy mayor of the city.': tokens after the verb an inverted subject's head may lie.
INVERTED_SUBJECT_MAX_TOKENS = 8
# "the senior tribal figure from the community said": a role noun phrase longer than this is a
# description of someone unnamed, not a back-reference to a named person.
ROLE_PHRASE_MAX_WORDS = 6
# "the sources", "the two men": a definite description this short may stand for speakers named before.
DEFINITE_PHRASE_MAX_WORDS = 3
# Words before a name read as its titles ("Deputy Defense Secretary Jane Roe" has four).
TITLE_WORDS_BEFORE = 4
# "Ana Ruiz, the judge in the case, said": an apposition read for role words ends within this many characters.
APPOSED_ROLE_MAX_CHARS = 80

# -- reported speech (speech.py) --------------------------------------------------------------

# Reported content of one word ("said so", "told him") carries nothing to show.
REPORTED_MIN_WORDS = 2
# Words of the unnamed speakers a headline's closing cue gives ("some leading critics").
HEADLINE_SPEAKER_MAX_WORDS = 3
# How far into a headline the name it opens with may start: past one title ("Sen. Warren asks ...").
HEADLINE_TITLE_MAX_CHARS = 12
# Words a headline may open with before its preposition of address and still be who speaks ("Former Mueller deputy
# on Trump:"); more are a clause of their own.
HEADLINE_ADDRESSER_MAX_WORDS = 4
# Words an advice or stance verb's object needs to be reported speech ("stresses hydration" is not).
OBJECT_REPORT_MIN_WORDS = 3
# Tokens a "said" object with a clause in it needs to be read as the misparsed reported clause.
SAID_OBJECT_CLAUSE_MIN_TOKENS = 6
# Words a reported clause keeps before the direct quote it runs into, to be reported on its own.
REPORTED_BEFORE_QUOTE_MIN_WORDS = 4
# "Alaska Airlines, whose flight lost a door plug ..., said": a subject before a relative clause
# is read only when it is this short (a name, not a clause).
INTERRUPTED_TOPIC_MAX_CHARS = 80
# Words after the preposition of a time or place phrase between a claim noun and its "that"
# ("his view on Friday that ...", "an announcement at the weekend that ..."): longer, it is no such phrase.
CLAIM_PHRASE_MAX_WORDS = 3

# -- entities (entities/, recall.py) -----------------------------------------------------------

# Two romanisations of one name ("Baiji"/"Beiji") share a transliteration key and are at least
# this similar (rapidfuzz ratio); lower lets different towns with similar names merge.
SPELLING_VARIANT_MIN_RATIO = 70
# Shorter names than this are never merged on spelling alone: too many short names look alike.
SPELLING_VARIANT_MIN_CHARS = 4
# A given name says its bearer's sex where at least this share of its bearers are of one sex (the World Gender Name
# Dictionary's shares): "Milica" (1.0) and "Boban" (1.0) do, "Kim" (0.53) and "Jean" (0.84) do not.
GIVEN_NAME_SEX_MIN_SHARE = 0.9
# A name with one letter changed inside it is the same name misspelt only from this length: in the stories of the
# gold, names of seven or eight letters one letter apart are two people's ("Khamenei" and "Khomenei", "Clapton" and
# "Clayton"), and of nine or more only misspellings ("Tutankhamen" and "Tutenkhamen", "Cartagena" and "Cartegena").
MISSPELT_NAME_MIN_CHARS = 9
# A name or surname is looked for again, untagged, in the article only from this length:
# shorter ones ("Li", "Ma") match common words and other people.
PROPAGATED_MIN_CHARS = 4
# Characters and words before "(ACRONYM)" searched for the long name it spells: long names run
# to about a dozen words ("Islamic State in Iraq and the Levant").
ACRONYM_LOOKBACK_CHARS = 200
ACRONYM_LOOKBACK_WORDS = 12
# An acronym from another language ("JNIM") takes the capitalised run before it, up to this many words.
ACRONYM_FOREIGN_RUN_MAX_WORDS = 10
# An untagged speaker "the XYZ" is a body known by its letters from this many ("the UN" is two).
ACRONYM_MIN_LETTERS = 2
# Characters before a name searched for a role only a person holds ("director of ..., Name,").
ROLE_BEFORE_LOOKBACK_CHARS = 120
# How far after a body a person's name may stand to be its holder, the body's role between: "Labour
# backbencher Stephen Pound" (speakers.Discourse._holder_of).
HOLDER_AFTER_BODY_CHARS = 40
# Words of an untagged name after a title or before a site noun ("Judge Ana Ruiz", "the Hoa Lo
# prison"): longer runs cannot be bounded without the tagger.
NAME_RUN_MAX_WORDS = 3
# Words of an institution found by its head noun ("Goddard Space Flight Center" has four plus the
# head): longer capitalised runs are headlines or lists.
INSTITUTION_MAX_WORDS = 5
# Words of a person's name found after a nationality or role noun ("Australian Timothy Weeks").
DESCRIBED_NAME_MIN_WORDS = 2
DESCRIBED_NAME_MAX_WORDS = 3
# Tokens of given names found before a lone surname ("Eva - Marie Persson" is three).
GIVEN_NAME_MAX_TOKENS = 3

# -- places (gazetteer.py) --------------------------------------------------------------------

# A city outside the article's countries is taken only when at least this populous: a reader
# means the large one, and small namesakes abroad are the usual wrong pin.
MIN_FOREIGN_POPULATION = 100_000
# A credential after a name ("Jane Roe, MD, RDN, said") is an acronym this long at most.
CREDENTIAL_MAX_LETTERS = 5

# -- speakers, tuned on rounds 11 and 12 (session 9) ----------------------------------------

# A wire story's dateline ("COLOMBO, June 18 -", "NEW YORK, March 3 -") ends within this many
# tokens of its paragraph's start.
DATELINE_MAX_TOKENS = 8

# Words between a plural body kind and the "are" or "include" that lists its members ("the other groups that signed the
# letter are A, B, C"): a short clause, as copy writes one; further on the verb is another clause's.
LIST_CLAUSE_MAX_WORDS = 8

# A body's name written alone this many times before the copy first names a people's branch of it ("Taliban fighters",
# "the Taliban commander", then "the Pakistani Taliban"): the body is known, and the branch no fuller name of it.
BODY_KNOWN_BEFORE_ITS_BRANCH_USES = 2
