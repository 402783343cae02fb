"""Named entities of one article: spaCy NER -> cleaned mentions -> canonical entities.

Runs as the pipeline component "newsx_entities" on an article Doc (see store/extract.py).

The small model's spans are a first guess. Rules here, each about how news
copy is written rather than about one story, clean them up:
- spans are trimmed of articles, possessives and titles; a span that is only a
  title ("Major-General"), a name with digits ("Muqtada 1"), or a credit is dropped;
- an acronym defined in parentheses joins its long name and every spelling of it;
- context retypes: "the town of X", "X, 20 km north of Y", "near X" and "X Market" are
  places, "X, who" is a person, "the X baseball team" an organisation, datelines name
  places (their agency names nothing); a sentence opener the article writes in lowercase
  elsewhere is no name;
- a people's singular after "a" ("Jo Roe, a Democrat,") is one member's affiliation, never the group;
- mentions group by spelling-insensitive key, then merge only on evidence:
  the surname of the one named person, the acronym of the one long name,
  a romanisation variant (Baiji/Beiji), one gazetteer place, or an apposition
  ("Gavi, the Vaccine Alliance,"); people and places never merge;
- things are no actors: a name written as a product's, a drug's or a method's ("the anxiety drug
  X", "a FitBit", "an X course"), a credential after a name ("Jo Roe, MD,"), a job title written
  whole, an acronym the article spells out in lowercase ("average unit volume" ... "AUV");
- works are no actors: a title after its work's noun ("the film Serenity", "programmes such as EastEnders"), a
  character of fiction ("the character of Wonder Woman"), the nominees for a prize for works, and a prize named in the
  plural ("the annual Bloggies") no body;
- a firm's legal name with a bracketed part ("DSM Hydrocarbons (UK) Ltd") is one firm, its bracket no acronym;
- a sports report's team sheet ("Newcastle: Given, Carr, ...; Subs Not Used: Butt") is a list, not prose: a player
  only it names is no entity;
- a transcript's capitalised turn labels ("JO ROE, HOST:") name people;
- headline-case paragraphs (title, dek, ALL CAPS subheads) are not tagged by the
  model at all: the body's entities are looked up in them instead, and an acronym
  there joins the one long name of the body it spells.

Each step is a module of this package, one job each; component.collect runs them in order.
"""

from .component import collect, EntityComponent, make_entity_component
from .base import clean_span, Para, PLACE_LABELS, ROLE_BY_LABEL, WEAK_LABELS

__all__ = ["EntityComponent", "collect", "make_entity_component", "PLACE_LABELS", "Para", "ROLE_BY_LABEL", "WEAK_LABELS", "clean_span"]
