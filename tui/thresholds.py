"""The TUI search's cut-offs and limits, in one place, each with why it is what it is."""

# WRatio a name must score to be listed while typing: keeps "bagdad"->Baghdad (92), "isis"->ISIL (75);
# drops "malik"->"Sameer al-Shwiali" (67), which sent Enter to the wrong person.
FILTER_CUTOFF = 70
# WRatio points by which Enter's choice prefers an actor or a place to a name of role "other" (an adjective, a
# nationality, an event) matching about as well: "isl" scores Islamic 90 (a prefix of a longer word) and ISIL 86, and
# the reader typing it looks for the group; "islamic" scores Islamic 100 and ISIL (Islamic State of Iraq and the
# Levant) 90, and Islamic it stays. WRatio's steps for a short query are 5 to 15 points.
OTHER_ROLE_MARGIN = 5
# Hits per facet pane: about what a tall terminal shows; reading more costs a keystroke's budget.
FILTER_LIMIT = 30
# Full-text hits read per query, before the scope narrows them: a few screens of paragraphs.
TEXT_LIMIT = 200
# Paragraphs a query may match and still be ranked (FTS5's bm25, for every one it matches: ~65 ms of a core for this
# many); a query matching more lists the last ingested first ("tuesday" in a 100,000-article store: 1.9 million
# paragraphs, 6 s of a core to rank, over 20 s at a load of 10, the pane blank meanwhile).
TEXT_RANKED_AT_MOST = 20_000
# Seconds without a key before the text is searched (FTS5) and its paragraphs listed: longer than
# the gap between a quick hand's keys (~0.1 s), short enough to look immediate. Enter does not wait.
TEXT_SEARCH_PAUSE = 0.2
# SQLite virtual-machine steps between two asks whether a text search is still wanted (its progress handler):
# FTS5 ranks inside few steps, so even this few is asked only every ~25 ms of a core in a large prefix's search
# ("sas*" at 100,000 articles), and the asking costs nothing beside it. A search told to stop is interrupted at once
# (StoreAccess.stop_text_hits); the handler stops one told between two of its statements.
TEXT_STOP_CHECK = 1000
# Seconds a corpus search's worker waits for its hits to be drawn before it reads the words its query's next letters
# will need (23-39 ms of a core at 2M aliases, and the GIL's share of it): a frame at a load of 8 takes 100-300 ms;
# waiting longer only holds the worker's thread.
READ_AHEAD_WAIT = 1.0
