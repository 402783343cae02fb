"""The read stage's thresholds and cut-offs, each with the reason for its value.

Sizes that bound memory and time (bytes, characters and paragraphs an input may hold) stay in
limits.py: those refuse an input, and ingest's batching reads them too. These only judge what
a block of text is: story or furniture, headline or prose, by-line or sentence. They were set on
the pages under tests/ and the article-extraction benchmark's (bench/body_extraction.py).
"""

from __future__ import annotations

# -- Finding the story (html.py) --

# trafilatura's precision mode leaves some pages with a line or two of their story (a reprint
# notice, one paragraph); below this much text the balanced mode is tried as well ...
SHORT_STORY_CHARS = 500
# ... and its story is taken only when it is this many times longer: a real brief stays short
# either way, and balanced mode's extra text is then mostly furniture.
RETRY_GAIN = 2
# A list item of this many words at least, missing from the story between two of its blocks, is
# a sentence of a list precision mode dropped (a menu's or a tag list's labels are shorter): then
# the balanced mode's list items there are put back.
LEFT_OUT_ITEM_WORDS = 8
# A "By …" block longer than this is a profile box or a teaser list, not the story's by-line.
BYLINE_BLOCK_MAX_CHARS = 200
# A <figure> holding more text than this is a page built oddly (the story inside a figure),
# not a picture whose lines are captions.
FIGURE_MAX_CHARS = 2000

# -- Hard-wrapped plain text (anatomy.py) --

# Text is hard-wrapped when it has at least this many lines and nine in ten of them
# (WRAP_QUANTILE) are at most WRAP_MAX_WIDTH characters: e-mail and terminal widths.
WRAP_MIN_LINES = 8
WRAP_QUANTILE = 0.9
WRAP_MAX_WIDTH = 100
# A wrapped line this full (a share of the widest) runs on; a shorter one ends its paragraph.
WRAP_FULL_LINE = 0.7

# -- What a block is (anatomy.py) --

# A promo or widget line is a sentence or two; a paragraph longer than this that mentions a
# newsletter is the story talking about one.
PROMO_MAX_CHARS = 600
# Editor's notes and a writer's bio are a few sentences; longer is story.
NOTE_MAX_CHARS = 600
AUTHOR_BIO_MAX_CHARS = 600
# A writer's bio is only read as one among the last few paragraphs, where pages print it.
AUTHOR_BIO_LAST = 3
# A caption is a sentence or two; a paragraph this long that dates a picture in full, or ends
# on a credit, is story.
CAPTION_MAX_WORDS = 80
# By-lines: "By Jane Doe, Example News" fits in this; a longer "By …" paragraph is a sentence.
BYLINE_MAX_CHARS = 160
# ... and with its date and time glued on, or a profile box's repeat of the name.
DATED_BYLINE_MAX_CHARS = 300
# The names of a by-line whose date is glued on: more words than this are its outlet or bio.
BYLINE_MAX_NAME_WORDS = 6
# A writer's role under the by-line ("Chief international correspondent") is a few words,
# and comes within this many lines of it.
ROLE_LINE_MAX_WORDS = 10
ROLE_LINES_AFTER_BYLINE = 2
# "(Reporting by …; Editing by …)" lines run long with many names; a contributor or contact
# line is shorter. Longer paragraphs that match are sentences of the story.
CREDIT_LINE_MAX_CHARS = 400
CREDIT_NOTE_MAX_CHARS = 300
# "Published 5 March 2024, 10:43 GMT" and its kind fit in this.
TIMESTAMP_MAX_CHARS = 90
# A heading that opens the page's tail (related links, comments) ends the story only after
# this many paragraphs of prose: before them it is a page's navigation, not the story's end.
TAIL_AFTER_PROSE = 2
# A tail heading set inside the story (a box of links) is followed by more of it: this many of the next blocks at least,
# of these many, are the story's sentences, each this many words at least (a short wire paragraph's length).
STORY_AFTER_BOX_MIN = 3
STORY_AFTER_BOX_LOOK = 5
STORY_SENTENCES_MIN_WORDS = 12
# A release's "About Acme" heading opens its issuers' boilerplate only this near the page's end
# (counted in blocks, the heading included): a few "About" sections and a media contact.
ABOUT_SECTION_LAST = 8
# A list item after the story's last prose is the story's when written in words, this many at
# least and not in Title Case; shorter, it is a tag or a link's label.
ITEM_MIN_WORDS = 4

# -- Headlines, deks, subheads and prose (anatomy.py) --

# A headline, dek or subhead is short and no sentence: at most this many words and characters.
HEADLINE_MAX_WORDS = 16
HEADLINE_MAX_CHARS = 160
# A standfirst above the story may run longer than a headline.
DEK_MAX_WORDS = 30
# A line after the story has begun that is this short, Title Case and no sentence is a subhead
# (longer lines in Title Case are headlines of teasers, or sentences written in capitals).
SUBHEAD_MAX_WORDS = 10
# A paragraph this long is prose even without a sentence's end (a list written as one line).
PROSE_MIN_WORDS = 20
# A cut paragraph is judged only at this many words, and never when it is as short as a heading.
CUT_MIN_WORDS = 4
CUT_HEADLINE_WORDS = 8

# -- Datelines (anatomy.py) --

# A dateline's month and day take the year that puts them on or before the page's date, give
# or take this many days (a story filed just after midnight, a time zone ahead).
DATELINE_AFTER_PAGE_DAYS = 31
# Read from the story's own dates, a dateline this long before the latest of them is next year's.
DATELINE_YEAR_TURN_DAYS = 180

# -- Doubts and language (doubts.py, language.py) --

# An index page is mostly teaser headlines (read as deks, subheads or body): this many at least,
INDEX_MIN_TEASERS = 4
# and at most one paragraph of prose for every this many of them.
INDEX_TEASERS_PER_PROSE = 3
# Enough text for a stable guess, and no more: the first few paragraphs say what a page is in.
LANGUAGE_SAMPLE_CHARS = 3000
# Below this there is too little to judge safely (a caption, a headline, a brief), and the
# article is read as the model's language rather than risk losing its entities to a misjudgement.
LANGUAGE_MIN_CHARS = 200

# -- Repeats (anatomy.py) --

# A block repeated within this many blocks of its first copy is the page printing it twice (a
# caption above and below a photo); further on, a repeat is the story's (a heading per section).
REPEAT_WINDOW = 3
