"""Datasette metadata for a store: what each table and column means, labels, and the questions people ask.

`newsx-tui datasette-metadata > metadata.json`, then `datasette newsx.db -m metadata.json`.
Datasette keys a database by its file's stem, so the metadata is made for one name.
Datasette cannot hide a single column, so `articles` (whose `raw` column holds
every article's full text) is a hidden table and the "Articles" query lists
them without it; the table stays one click away.
"""

from __future__ import annotations

TABLES = {
    "articles": (
        "One row per article read; raw holds the whole text as read, so this table is hidden: "
        "the Articles query lists them without it.",
        {
            "id": "Article id.",
            "source": "The saved page's canonical URL, else the file it was read from.",
            "sha256": "Hash of the bytes read: the same bytes are never stored twice.",
            "title": "Headline.",
            "dek": "Standfirst under the headline, when there is one.",
            "dateline": "The dateline as printed (WASHINGTON (AP) —).",
            "place": "The dateline's place.",
            "published": "Publication date, ISO (YYYY-MM-DD), when known.",
            "agency": "News agency or site name.",
            "byline": "Author(s) named by the by-line.",
            "credits": "JSON list of {role, name}: by-line, photo and other credits.",
            "raw": "The article's text as read.",
            "ingested_at": "When it was stored (UTC).",
            "language": "ISO 639-1 code detected from the text (en, fr…); NULL when there is too little text.",
            "entity_count": "How many entities it names (derived, kept by ingest).",
        },
        "title",
    ),
    "paragraphs": (
        "Every paragraph in reading order; full-text searchable.",
        {
            "id": "Paragraph id.",
            "article_id": "The article.",
            "seq": "Reading order from 0; the reader and citations show seq + 1 as ¶N.",
            "kind": "title, dek, caption, body, subhead, media (a caption under the page's label, as the BBC prints it among the paragraphs), post (an embedded social post), credit, note or boilerplate.",
            "text": "The paragraph's text.",
        },
        "text",
    ),
    "entities": (
        "People, organisations and places, one row per real-world thing across all articles.",
        {
            "id": "Entity id.",
            "name": "The name the most articles give it (name_votes), unless the reader renamed it.",
            "type": "spaCy label: PERSON, ORG, NORP, GPE, LOC, FAC…",
            "role": "actor, location or other.",
            "lat": "Latitude (offline gazetteer; a country's capital), NULL when unknown.",
            "lon": "Longitude, NULL when unknown.",
            "key": "Internal matching key.",
            "mention_count": "Mentions in all articles (derived, kept by ingest).",
            "article_count": "Articles that mention it (derived, kept by ingest).",
            "first_published": "Date of the article it first appears in, reading the earliest first (derived, kept by ingest).",
            "first_article_id": "That article (derived, kept by ingest).",
            "first_place": "Where in that article: paragraph seq × 1,000,000,000 + offset (derived, kept by ingest).",
        },
        "name",
    ),
    "alias_words": (
        "Derived: each alias once per word in it, where the TUI's corpus search finds its candidates.",
        {
            "role": "The entity's role.",
            "word": "One word of the alias, lower case.",
            "entity_id": "The entity.",
            "alias": "The alias the word is from.",
        },
        None,
    ),
    "word_skeletons": (
        "Derived: each word of alias_words under its transliteration skeleton: the spellings of one word "
        "(Moqtada / Muqtada).",
        {"skeleton": "The word with vowel runs, doubled letters and q/k folded.", "word": "A word of alias_words."},
        None,
    ),
    "alias_skeletons": (
        "Derived: each alias of more than one word under the transliteration skeleton of the whole name, where "
        "ingest finds another romanisation of a full name (Moqtada al-Sadr / Muqtada Sadr).",
        {
            "skeleton": "The alias with articles (al-, el-) dropped and vowel runs, doubled letters and q/k folded.",
            "entity_id": "The entity.",
            "alias": "The alias.",
        },
        None,
    ),
    "lone_names": (
        "Derived: each alias of a person known by no name of more than one word, where ingest finds the person "
        "known only as Maliki for Nuri al-Maliki.",
        {"alias": "The alias.", "entity_id": "The entity."},
        None,
    ),
    "article_names": (
        "Derived: the name each article gives each entity it mentions, its vote for the entity's name (the name its "
        "extraction gave it; for an article written before schema 13, read from its mentions).",
        {"article_id": "The article.", "entity_id": "The entity.", "name": "The name it gives the entity."},
        None,
    ),
    "name_votes": (
        "Derived: how many articles give each entity each name; the entity is named by the most (then more words, "
        "then the longer), unless the reader renamed it.",
        {"entity_id": "The entity.", "name": "A name articles give it.", "articles": "How many articles give it this name."},
        None,
    ),
    "alias_vocabulary": (
        "Derived: each word of alias_words once per role, where the TUI's corpus search finds near spellings.",
        {"role": "The entities' role.", "word": "One word of an alias, as in alias_words."},
        None,
    ),
    "entity_totals": (
        "Derived: how many entities of each role some article mentions, kept by triggers on entities.",
        {"role": "The entities' role.", "mentioned": "How many entities of that role have a mention."},
        None,
    ),
    "speaker_counts": (
        "Derived: how many quotes each speaker said, per filter of the TUI's Quotes pane, kept by triggers on quotes.",
        {
            "id": "Row id.",
            "filter": "all, direct, reported or review (no speaker, or one left as a pronoun).",
            "speaker": "entity:ID for a named speaker, said:WORDS for one the article only describes, or unattributed.",
            "entity_id": "The speaker's entity, NULL when unnamed.",
            "name": "The entity's name, or the describing words.",
            "quotes": "How many of the speaker's quotes the filter keeps.",
        },
        None,
    ),
    "aliases": (
        "Every surface form an entity was seen under, its canonical name included.",
        {"entity_id": "The entity.", "alias": "A name as written in an article."},
        "alias",
    ),
    "mentions": (
        "Each place an entity is named.",
        {
            "id": "Mention id.",
            "entity_id": "The entity named.",
            "article_id": "The article.",
            "paragraph_id": "The paragraph (shown by its text).",
            "start": "Character offset of the mention in the paragraph's text.",
            "end": "Character offset just past it.",
            "text": "The words as written.",
        },
        "text",
    ),
    "quotes": (
        "Direct and reported speech with its speaker.",
        {
            "id": "Quote id.",
            "article_id": "The article.",
            "paragraph_id": "The paragraph (shown by its text).",
            "kind": "direct (in quotation marks) or indirect (reported).",
            "text": "What was said.",
            "start": "Character offset of the quote in the paragraph's text.",
            "end": "Character offset just past it.",
            "speaker": "The speaker as the article names or describes them, pronouns resolved.",
            "speaker_entity_id": "The speaker's entity, NULL for an unnamed speaker.",
            "cue": "The verb that attributes it: said, told…",
            "sieve": "The attribution rule that linked the speaker (cue after, cue before, continued…; ranker when the learned speaker ranker named it).",
        },
        "text",
    ),
    "selections": (
        "Passages picked in the TUI for export.",
        {
            "id": "Selection id.",
            "paragraph_id": "The paragraph (shown by its text).",
            "start": "Character offset where the selected part starts.",
            "end": "Character offset where it ends.",
            "note": "The reader's note.",
            "created_at": "When it was selected (UTC).",
            "position": "Its place in the Selections list, which export follows.",
        },
        None,
    ),
    "corrections": (
        "The reader's corrections of what extraction got wrong, applied again on every ingest.",
        {
            "id": "Correction id (`newsx-tui correct undo ID`).",
            "kind": "merge, split, rename, role, not-entity, speaker or not-quote.",
            "target": "What it is about, as JSON: entity keys, an alias, or an article's source and a quote's text.",
            "value": "What it decides, as JSON: the entity merged into, the new name, role or speaker.",
            "created_at": "When it was made (UTC).",
            "undo": "The rows it changed, as they were (JSON): what `correct undo` writes back.",
        },
        None,
    ),
}

QUERIES = {
    "articles": {
        "title": "Articles",
        "description": "Every article with its paragraph, quote and mention counts (the raw text left out).",
        "sql": """select a.id, a.title, a.agency, a.byline, a.published, a.place, a.language, a.source,
  (select count(*) from paragraphs p where p.article_id = a.id) as paragraphs,
  (select count(*) from quotes q where q.article_id = a.id) as quotes,
  (select count(*) from mentions m where m.article_id = a.id) as mentions
from articles a
order by a.published desc, a.id""",
    },
    "who_said_what": {
        "title": "Who said what",
        "description": "Quotes with their speakers and articles; leave speaker empty for all.",
        "sql": """select q.speaker, q.cue, q.kind, q.text as quote, a.title as article,
  p.seq + 1 as paragraph, q.article_id
from quotes q
join articles a on a.id = q.article_id
join paragraphs p on p.id = q.paragraph_id
where :speaker = '' or q.speaker like '%' || :speaker || '%'
order by a.id, p.seq, q.start""",
        "params": ["speaker"],
    },
    "mentions_of_an_entity": {
        "title": "Mentions of an entity",
        "description": "Every paragraph naming an entity, found by any of its names.",
        "sql": """select e.name as entity, e.role, m.text as mention, p.text as paragraph_text,
  p.seq + 1 as paragraph, a.title as article, m.article_id
from entities e
join mentions m on m.entity_id = e.id
join paragraphs p on p.id = m.paragraph_id
join articles a on a.id = m.article_id
where e.id in (select entity_id from aliases where alias like '%' || :entity || '%')
order by e.name, a.id, p.seq, m.start""",
        "params": ["entity"],
    },
    "articles_by_place": {
        "title": "Articles by place",
        "description": "Places and the articles that mention them, with coordinates for a map; "
        "leave place empty for all.",
        "sql": """select e.name as place, e.lat, e.lon, count(distinct m.article_id) as articles,
  group_concat(distinct a.title) as titles
from entities e
join mentions m on m.entity_id = e.id
join articles a on a.id = m.article_id
where e.role = 'location' and (:place = '' or e.name like '%' || :place || '%')
group by e.id
order by articles desc, e.name""",
        "params": ["place"],
    },
}


def metadata(database: str) -> dict:
    """Metadata for a store that Datasette names `database` (its file name without .db)."""
    tables = {}
    for name, (description, columns, label) in TABLES.items():
        table: dict[str, object] = {"description": description, "columns": columns}
        if label:
            table["label_column"] = label
        # the raw text; derived rows
        if name in {"articles", "alias_words", "word_skeletons", "alias_skeletons", "lone_names", "article_names", "name_votes",
                    "alias_vocabulary", "entity_totals", "speaker_counts"}:
            table["hidden"] = True
        tables[name] = table
    return {
        "title": "newsx-tui store",
        "description": "Articles read by newsx-tui: paragraphs, entities, mentions, quotes and selections.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
        # datasette-cluster-map, when installed, maps entities and the places query by these.
        "plugins": {"datasette-cluster-map": {"latitude_column": "lat", "longitude_column": "lon"}},
    }
