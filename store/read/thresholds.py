"""The read stage's thresholds and cut-offs, each with the reason for its value.

Sizes that bound memory and time (bytes, characters, paragraphs an article may hold) are in
limits.py: those refuse an input. These only judge what a block of text is: a story or a
line of furniture, a headline or prose, a by-line or a sentence. They were set on the
article-extraction benchmark's pages (bench/body_extraction.py) and the pages under tests/.
"""

from __future__ import annotations

# -- Finding the story (html.py) --

# trafilatura's precision mode leaves some pages with a line or two of their story (a reprint
# notice, one paragraph); below this much text the balanced mode is tried as well.
SHORT_STORY_CHARS = 500
# ... and its story is taken only when it is this many times longer: a real brief stays short
# either way, and balanced mode's extra text is then mostly furniture.
RETRY_GAIN = 2

# -- What a block is (anatomy.py) --

# A caption is a sentence or two; a paragraph this long that dates a picture in full, or ends
# on a credit, is story.
CAPTION_MAX_WORDS = 80
# A line after the story has begun that is this short, Title Case and no sentence is a subhead
# (longer lines in Title Case are headlines of teasers, or sentences written in capitals).
SUBHEAD_MAX_WORDS = 10
