"""The cut-offs and budgets of the store's search and resolution, in one place, each with why it is what it is.

Scores are rapidfuzz's, 0-100. Raising a cut-off drops hits a reader would want; lowering it
lets in names that only share letters. Change one only with the tests of its user.
"""

# A fuzzy hit (WRatio over a whole alias) worth listing when the caller names no cut-off of its own:
# low, as a pane lists hits best first and the reader's eye does the rest.
SEARCH_CUTOFF = 60
# A correction's target (`correct merge NAME`): stricter, since a guess changes the store.
FIND_ENTITY_CUTOFF = 70
# `quotes --speaker NAME` against speakers and their entity's aliases: one typo in a short name
# ("Malki" for "Maliki", 91) passes, another surname that shares a few letters does not.
SPEAKER_CUTOFF = 75
# A word of the query and a word of an alias are near spellings (fuzz.ratio): one letter wrong,
# dropped or doubled in a word of five or more ("bagdad"/"baghdad" 92, "mlaiki"/"maliki" 83),
# where a different short word ("mosul"/"basra") stays far below.
NEAR_SPELLING = 75
# Two romanisations of one full name ("Moqtada al-Sadr", "Muqtada Sadr") resolve to one entity only
# this close (fuzz.ratio of their name keys, 81 for those two): a different first name sharing the
# surname scores lower ("Ali al-Sadr", 69).
TRANSLITERATION = 80
# An acronym two bodies share joins them only where the names it stands for are this close (fuzz.ratio of their name
# keys): "Islamic State in/of Iraq and the Levant" (94) are one name, the European Commission and Community (76) two.
SAME_BODY = 90

# Candidate aliases scored per query: WRatio costs ~1 µs each, and a one- or two-letter prefix is
# shared by tens of thousands of aliases in a large corpus; past this, those matching the most
# query words and then the shortest (they score highest against a short query) are scored.
MAX_CANDIDATES = 2000
# The corpus index reads its candidates by SQL, a row at a time from the alias word index: fewer,
# so that a keystroke stays within a frame or three on a store of millions of aliases.
CORPUS_CANDIDATES = 600
# A word shared by more than this share of aliases ("of", "ministry", "s") only narrows the search
# when the query has no rarer word.
COMMON_WORD = 0.02

# As-you-type text search (the TUI's) takes the last word as a prefix once it has this many letters:
# "wewor" finds "WeWork" while it is typed, where a shorter prefix ("we") matches most paragraphs.
TEXT_PREFIX_MIN = 3

# How many stored people of one surname are weighed for a surname alone: the most named of them.
NAMESAKES_WEIGHED = 8
# Of two namesakes named beside as many of an article's people, the one in this many times the other's articles is it.
CLEAR_LEAD = 4
