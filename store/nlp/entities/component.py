"""The spaCy component "newsx_entities" and collect(), which runs every step over one article."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import recall
from ..gazetteer import Gazetteer, gazetteer
from ...records import EntityRecord, MentionRecord, READ_APART_KINDS
from ...names import acronym_of, is_acronym, leading_title_length, name_key
from .base import _Group, _Mention, Para, PLACE_LABELS, WEAK_LABELS, _WRITTEN_AS_A_PLACE
from .word_cases import _word_cases, _WordsExcept
from .kinds import (
    _competitions_played, _bills_alone, _described_treatments, KIND_NOUNS_BEFORE, _names_a_text, _named_after_kind, _owned_products, _pluralised_acronyms, _programme_names, _pacts, _schemes, _quoted_titles, _only_quoted, _software, _storms, _code_names, VESSEL_NOUNS, _works_after_their_noun, _said_to_be_vessels, _ships_by_their_prefix, _titled_works, _prizes, _illnesses,
)
from .job_titles import _field_of_a_lowercase_secretary, _job_title, _unit_of_a_title
from .holders import bodies_before_holders, seats_of_members
from .partnerships import firms_named_with_and, firms_with_a_bracketed_part, initials_joined_by_and, partner_firms
from .trades import streets_for_trades
from .cases import _court_case
from .securities import _security_or_unit, _status_name, without_quote_tags
from .possessives import _names_ending_in_s
from .model_spans import _ner_spans
from .awards import _prizes_by_their_noun_or_win
from .games import _games_after_their_noun
from .species import _genera_of_binomials
from .scales import _scales_after_degrees
from .countries import names_led_by_their_country
from .bodies import department_fields
from .rule_spans import (
    _acts_listed_after_their_kind, _bodies_listed_among_bodies, _bodies_listed_with_a_body, _names_listed_with_known_bodies, _dateline_lines, _agency_lines, _byline_blocks, _wire_bylines, _wire_signoffs, MUTE_LABELS, _firm_after_dateline, _named_sites, _site_named_in_title, _spaced_apostrophe_names, _speaking_names, _titled_names, _numbered_names,
    _names_with_a_nickname, _state_nicknames, _transcript_labels,
)
from .acronyms import _acronym_spans, _after_kind_acronyms
from .compounds import bodies_of_long_names
from .splits import (
    _county_cut_before_its_officers_title, _listed_firms_apart, _names_joined_by_and, _resolve_overlaps, _split_after_capitalised_office_of, _split_after_office_of, _split_at_job_title, _split_at_named_person, _split_before_a_named_surname, _split_after_a_named_surname_and, _split_at_role_noun,
    _split_a_pairs_short_names, _split_names_listed_with_and, _split_two_names_run_over_the,
    _full_names_split_after_a_title, _names_after_an_age, _names_without_a_hyphened_modifier, _names_cut_before_a_subheads_verb, _whole_names,
)
from .grouping import _ACTING, _group, _vote_label
from .places import (
    _bodies_of_another_place, _clubs_named_after_their_town, _districts_named_as_a_reach, _lands_word_beside_both_halves, _locate, mark_counted_with_the_states, _states_apart_from_the_datelines_city, _states_beside_their_city, _parts_by_compass, _people_taken_for_places, _places_taken_for_names, _regional_arms,
    _surnames_taken_for_places, _unnamed_places,
)
from .filters import (
    bodies_named_after_people, _organisations_taken_for_people, spells_okay, a_clocks_zone, without_link_labels, without_photo_credits, _without_acronyms_of_common_nouns, _without_common_words_opening_sentences, _without_common_phrases, _without_events_and_texts, _without_legal_forms_alone,
    _without_chambers_named_only_in_titles, _without_codes_before_common_plurals, _without_concepts, _without_things_by_acronym,
    _without_spelt_out_nouns, _without_parts_of_the_body, _without_plurals_listed_with_kinds,
    _without_causes, _without_heads_of_events, _works_named_after_works,
)
from .context import before_its_officers_title, BEFORE_ITS_OFFICERS_TITLE
from .appositions import _appositions, _listed_together, _owners_and_their_things, _other_given_names, _subject_and_object_apart
from .merge import _merge
from .surnames import mark_honorific_sex, mark_kin_named, mark_kin_of, mark_pronoun_sex, mark_reign_names
from .propagate import _propagate
from .headlines import _countries_of_the_title, _headline_mentions
from .records import _records
from .lineups import without_lineup_only_names
from .called import bodies_by_their_kind, bodies_listed_after_their_kind, only_a_kind
from .credits import credit_mentions, wire_agencies_crediting_writers, without_copyright_only_publishers, without_spans_over_credits


class EntityComponent:
    """Runs after "ner": Doc._.entities (key -> EntityRecord) and Doc._.mentions of an article Doc.

    Its resources (the gazetteer, the model's noun list) are loaded by initialize(), which
    pipeline.load_model calls once; a component used without it loads them on first use.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp
        self.places: Gazetteer | None = None
        self.nouns: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from ..pipeline import common_nouns

        self.places = gazetteer()
        self.nouns = common_nouns(nlp or self.nlp)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None:
            return doc  # not an article Doc (bench baselines pipe plain texts)
        if self.places is None:
            self.initialize()
        doc._.entities, doc._.mentions = collect(doc._.paragraphs, self.places, self.nouns)
        return doc


@Language.factory(
    "newsx_entities",
    requires=["doc.ents", "token.tag", "token.dep", "token.lemma"],
    assigns=["doc._.entities", "doc._.mentions"],
)
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)


def _dateline_kind(name: str, bodies: list[str], gaz: Gazetteer | None) -> tuple[str, set[str]]:
    """The label and evidence of a dateline's place: a place, but a body whose seat files the story ("UNITED NATIONS
    (AP) _", the article writing "U.N." for the body) when no gazetteer knows the name and the model tags its acronym."""
    if gaz is not None and gaz.lookup(name) is None and any(is_acronym(b) and acronym_of(b, name.title()) for b in bodies):
        return "ORG", {"organisation", "dateline"}
    return "GPE", {"place", "dateline"}


def _dateline_regions(prose: list[Para], gaz: Gazetteer | None) -> list[_Mention]:
    """The state or country after a dateline's place ("GRETNA, La. (AP) —", "FLORENCE, S.C.--", "ANBAR, Iraq"): a
    place, the one the story names in full ("Gretna, Louisiana"), where the gazetteer knows it (by its abbreviation, as
    a lawmaker's state tag writes it)."""
    return [
        _Mention(p.seq, s, e, p.text[s:e], "GPE", {"place", "dateline", "state tag"}) for p in prose if p.dateline_region
        for s, e in [p.dateline_region] if gaz is not None and (gaz.tagged_state(p.text[s:e]) or gaz.country(p.text[s:e]))
    ]


def _dateline_agencies(prose: list[Para], groups: list[_Group]) -> None:
    """The agency of a dateline ("WASHINGTON (AP) —", "Seoul, South Korea (CNN)") where the story's body names it
    ("told The Associated Press", "told CNN"): a mention of that body, its dateline form (tests/gold/README.md's
    agencies ruling); an agency the body never names stays no entity."""
    skip = {p.seq: p.skip for p in prose if p.kind == "body"}
    for p in prose:
        if p.dateline_agency is None:
            continue
        start, end = p.dateline_agency
        agency = p.text[start:end]
        key = name_key(agency)
        owners = [
            g for g in groups if g.label == "ORG" and any(m.seq in skip and m.start >= skip[m.seq] for m in g.mentions)
            and any(name_key(a) == key or _capitalised(a) and acronym_of(agency, a) for a in g.aliases)
        ]
        if len(owners) == 1:
            owners[0].mentions.append(_Mention(p.seq, start, end, agency, "ORG", {"organisation", "dateline"}))


def _capitalised(name: str) -> bool:
    """A name whose first and last words are capitalised: an agency's letters spell a name ("The Associated
    Press"), never a phrase the model tagged with a common noun closing it ("AP" is no "Arab party")."""
    return name[:1].isupper() and name.split()[-1][:1].isupper()


# Paragraphs a page prints where it likes, out of the story's order: a photo's caption or a link to another story, an
# embedded post, a video's caption run in among the paragraphs ("media"). Where they stand says nothing of which name
# the story wrote first.
_PRINTED_APART_KINDS = READ_APART_KINDS | {"media"}


def collect(
    paras: list[Para], gaz: Gazetteer | None, nouns: frozenset[str] = frozenset()
) -> tuple[dict[str, EntityRecord], list[MentionRecord]]:
    """One article's paragraphs -> its entities (keyed corpus-wide) and their mentions.

    `nouns` are lowercase common nouns (the lemmatizer's index) that a lone capitalised
    sentence opener tagged PERSON is not.
    """
    prose = [p for p in paras if p.doc is not None]
    bodies = [e.text for p in prose for e in p.doc.ents if e.label_ == "ORG"]
    datelines = [
        _Mention(p.seq, s, e, p.text[s:e], *_dateline_kind(p.text[s:e], bodies, gaz)) for p in prose if p.dateline_place
        for s, e in [p.dateline_place]
    ] + _dateline_regions(prose, gaz)
    lowercase, name_words = _word_cases(prose)
    lexicon, nouns = nouns, _WordsExcept(nouns, name_words)
    labels = _transcript_labels(prose, gaz)
    label_ends = {m.seq: end for m, end in labels}
    # words the model tags as a body's whole name somewhere in the article ("Sprint was still paying")
    lone_names = frozenset(e.text.lower() for p in prose for e in p.doc.ents if len(e) == 1 and e.label_ == "ORG")
    lone_groups = frozenset(e.text.lower() for p in prose for e in p.doc.ents if len(e) == 1 and e.label_ == "NORP")
    country_led = names_led_by_their_country([p.text for p in prose], [e.text for p in prose for e in p.doc.ents if e.label_ == "ORG"], gaz)
    fields = department_fields(bodies)
    tagged = [
        m for p in prose for m in _ner_spans(p, nouns, gaz, lowercase, lexicon, lone_names, lone_groups, country_led, fields)
        if m.start >= label_ends.get(p.seq, 0)
    ]
    tagged += [m for m, _ in labels]
    # "super PACs, [Priorities USA Action and Correct the] Record,": the model's one span over two bodies a kind lists
    listed_bodies = {p.seq: bodies_listed_after_their_kind(p.doc) for p in prose}
    tagged = _without_spans_over_listed_bodies(tagged, listed_bodies)
    # "Hashim Ismail (BN-Ledang)": the model's one name for a lawmaker's party and seat, which recall.party_seats finds apart
    party_tags = {p.seq: recall.party_seat_tags(p.text) for p in prose}
    tagged = [m for m in tagged if not any(s <= m.start and m.end <= e for s, e in party_tags.get(m.seq, ()))]
    people = frozenset(w for m in tagged if m.label == "PERSON" for w in m.text.split())
    named = frozenset(w for m in tagged if m.label == "PERSON" and " " in m.text and " of " not in m.text for w in m.text.split())
    tagged = [part for m in tagged for part in _split_at_named_person(m, people, named)]
    doc_of = {p.seq: p.doc for p in prose}
    tagged = [part for m in tagged for part in _split_at_role_noun(m, doc_of[m.seq], gaz)]
    tagged = [part for m in tagged for part in _split_at_job_title(m)]
    tagged = [part for m in tagged for part in _county_cut_before_its_officers_title(m, doc_of[m.seq].text)]
    lone = frozenset(m.text for m in tagged if m.label == "PERSON" and " " not in m.text) - frozenset(
        m.text.split()[-1] for m in tagged if m.label == "PERSON" and " " in m.text)
    # Words the model tags alone as a body or a place no gazetteer knows, nor a word of a longer such name ("United" of
    # "Manchester United"): a surname, where the article writes a given name before it ("Mutu agreed", "Adrian Mutu")
    in_longer = frozenset(w for m in tagged if m.label != "PERSON" and " " in m.text for w in m.text.split())
    mistagged = frozenset(m.text for m in tagged if m.label in {"ORG", "GPE"} and " " not in m.text and m.text.istitle() and m.text.isalpha()
                          and not recall.field_noun(m.text, lexicon) and m.text.lower() not in lexicon and m.text not in in_longer and not (gaz and (gaz.lookup(m.text) or gaz.country(m.text))))
    # Words the model names an actor by: alone, or last in an organisation's name ("Los Angeles Lakers")
    actors = frozenset(m.text.split()[-1] for m in tagged if m.label == "ORG" or m.label == "PERSON" and " " not in m.text)
    # A member's seat, a place ("MP for Sittingbourne and Sheppey"): a span of its own, and never split at its "and"
    seats = {p.seq: seats_of_members(p.text, gaz) for p in prose}
    counted = recall.counted_camel_names([p.text for p in prose])
    # On a tie of length the rules' spans come first: "Masten Space Systems" is no person.
    found = [
        _Mention(p.seq, s, e, p.text[s:e], label, ev | ({BEFORE_ITS_OFFICERS_TITLE} if before_its_officers_title(p.text, e) else set()))
        for p in prose
        for s, e, label, ev in recall.institutions(p.doc, lexicon) + recall.bodies_on_a_subject(p.doc) + recall.conjoined_bodies(p.doc, lexicon) + recall.outlets(p.text, people, gaz) + recall.administrations(p.text, people) + recall.agencies_named_with_and(p.text) + recall.nicknames(p.text) + recall.seats(p.text) + recall.families(p.doc)
        + recall.named_groups(p.doc) + recall.movements(p.doc) + recall.platforms(p.text) + recall.social_platforms(p.doc) + recall.celestial(p.doc)
        + recall.described_people(p.doc, nouns, lexicon) + recall.full_names(p.doc, lone, nouns, gaz, mistagged - lone) + recall.surnames_after_given_names(p.doc, nouns)
        + recall.hyphen_places(p.doc, gaz) + recall.teams(p.doc, nouns, gaz, actors) + recall.websites(p.text) + recall.camel_case_names(p.doc, counted) + recall.names_in_capitals(p.doc, lexicon)
        + recall.party_states(p.text, gaz) + recall.states_after_their_towns(p.text, gaz) + recall.party_seats(p.text) + recall.places_of_party_members(p.text, gaz) + recall.cited_authors(p.text) + recall.role_of(p.text, gaz) + recall.affiliations(p.doc, gaz) + recall.titled_places(p.doc, gaz) + recall.places_before_a_noun(p.doc, gaz) + recall.labour_parties(p.doc) + recall.parties_with_their_noun(p.doc) + recall.congressional_caucuses(p.doc) + recall.landform_regions(p.doc) + recall.numbered_groups(p.doc)
        + recall.listed_people(p.doc) + recall.listed_places(p.doc) + recall.events(p.doc, gaz)
        + recall.addresses(p.text) + recall.landmarks(p.text) + recall.districts_and_circuits(p.text) + recall.reporting_outlets(p.doc) + recall.titled_works(p.doc) + recall.bodies_named_for_a_nation(p.doc, lexicon, gaz) + recall.joined_countries(p.text, gaz) + recall.nation_groups(p.text) + recall.advocacy_groups(p.doc)
        + bodies_before_holders(p.doc, nouns, lowercase, gaz) + seats[p.seq] + partner_firms(p.doc, gaz, lexicon) + firms_named_with_and(p.doc, lexicon) + firms_with_a_bracketed_part(p.text)
        + initials_joined_by_and(p.text) + streets_for_trades(p.text) + bodies_by_their_kind(p.doc, gaz) + listed_bodies[p.seq]
        if s >= p.skip and not (label == "ORG" and _unit_of_a_title(p.text, s, e))
    ]
    # "general secretary of the union [Unison Dave Prentis]": the body, then its officer (the model's span or a rule's)
    found, tagged = ([part for m in spans for part in _split_after_office_of(m, doc_of[m.seq], lexicon)] for spans in (found, tagged))
    # "Assistant Secretary of the [Air Force for Acquisition Marvin Sambur]": the same, the office capitalised
    found, tagged = ([part for m in spans for part in _split_after_capitalised_office_of(m, doc_of[m.seq], lexicon)] for spans in (found, tagged))
    # words the article writes alone for a person, whatever the model took them for ("Mr Camus", "Samuels said")
    alone = frozenset(w for m in tagged if (m.label == "PERSON" or m.evidence & {"person", "surname"})
                      and " " not in (w := m.text[leading_title_length(m.text):]))
    names = frozenset(m.text for m in found + tagged)
    found, tagged = ([part for m in spans for part in _split_before_a_named_surname(m, alone, names, nouns, lexicon, doc_of)] for spans in (found, tagged))
    surnames = frozenset(m.text.split()[-1] for m in tagged if m.label == "PERSON" and " " in m.text)
    found, tagged = ([part for m in spans for part in _split_after_a_named_surname_and(m, surnames)] for spans in (found, tagged))
    # "[del Ponte and Skuratov] said": names the article writes alone elsewhere, a person's by her surname too ("Carla
    # del Ponte")
    written = {m.text: m.label for m in tagged if " and " not in m.text} | {
        m.text.split(" ", k)[-1]: "PERSON" for m in tagged if m.label == "PERSON" and " and " not in m.text for k in range(1, m.text.count(" ") + 1)}
    seat_starts = {(seq, start) for seq, found_here in seats.items() for start, *_ in found_here}
    found, tagged = ([part for m in spans for part in ([m] if (m.seq, m.start) in seat_starts else _split_names_listed_with_and(m, written, gaz))]
                     for spans in (found, tagged))
    found, tagged = ([part for m in spans for part in _split_two_names_run_over_the(m, written)] for spans in (found, tagged))
    pair_words = frozenset(w for m in found + tagged if "pair" in m.evidence for w in m.text.split())
    found, tagged = ([part for m in spans for part in _split_a_pairs_short_names(m, pair_words)] for spans in (found, tagged))
    # "More information: G. Petit et al. Hibernation and Torpor: ...": a citation is written in
    # title case, which the model does not read, but its first author is a person
    cited = [
        _Mention(p.seq, s, e, p.text[s:e], label, ev)
        for p in paras if p.doc is None and p.kind == "body" for s, e, label, ev in recall.cited_authors(p.text)
    ]
    speaking = [m for p in prose for m in _speaking_names(p)]
    # "Follow Pam Roe on Twitter @pamroe", "Roe reported from Washington.": the writers, whatever the model made of the line
    credits = credit_mentions(paras)
    credited_spans = credits + wire_agencies_crediting_writers(paras)
    found, tagged = without_spans_over_credits(found, credited_spans), without_spans_over_credits(tagged, credited_spans)
    # names the article's mentions call a body, never a word of a person's full name ("Trump" tagged ORG once)
    full_names = frozenset(w for m in found + tagged if m.label == "PERSON" and " " in m.text for w in m.text.split())
    bodies = frozenset(m.text for m in found + tagged if m.label == "ORG") - full_names
    spans = _whole_names(prose, _names_joined_by_and(prose, _listed_firms_apart(prose, _resolve_overlaps(_after_kind_acronyms(
        [m for p in prose for m in _firm_after_dateline(p, gaz, lexicon)] + _acronym_spans(prose, gaz) + found + _without_mute_speakers(tagged, speaking)
        + datelines + cited + _site_named_in_title(paras, prose, tagged)
        + _dateline_lines(paras, gaz) + _wire_bylines(paras, lexicon, gaz) + _agency_lines(paras) + _byline_blocks(paras, gaz) + _wire_signoffs(paras) + credits
        + speaking + [m for p in prose for m in _titled_names(p, lexicon) + _numbered_names(p) + _named_sites(p) + _state_nicknames(p) + _spaced_apostrophe_names(p, lexicon)
           + _names_with_a_nickname(p, lexicon) + _bodies_listed_with_a_body(p, nouns) + _bodies_listed_among_bodies(p, nouns) + _names_listed_with_known_bodies(p, nouns, bodies, full_names) + _acts_listed_after_their_kind(p) + bodies_of_long_names(p, gaz)]
    ))), gaz))
    text_of = {p.seq: p.text for p in prose}
    credited = frozenset((m.seq, m.start, m.end) for m in credits if m.label == "PERSON")
    spans = _names_cut_before_a_subheads_verb(text_of, _full_names_split_after_a_title(text_of, spans), credited)
    spans = _names_without_a_hyphened_modifier(_names_after_an_age(text_of, spans, gaz))
    spans = [m for m in spans if not (m.label in {"ORG", "PERSON"} and m.seq in text_of and _job_title(text_of[m.seq], m.start, m.end))]
    spans = [m for m in spans if not (m.label not in PLACE_LABELS and m.seq in text_of and _field_of_a_lowercase_secretary(text_of[m.seq], m.start, m.end))]
    spans = [m for m in spans if not (m.seq in text_of and _security_or_unit(text_of[m.seq], m.start, m.end))]
    spans = without_quote_tags(text_of, spans)
    spans = without_link_labels(text_of, spans)
    spans = [m for m in spans if not (m.label not in PLACE_LABELS and m.seq in text_of and _status_name(text_of[m.seq], m.start, m.end))]
    spans = [m for m in spans if not (m.seq in text_of and _court_case(text_of[m.seq], m.start, m.end))]
    spans = [m for m in spans if not only_a_kind(m.text) and not spells_okay(m.text)]
    spans = [m for m in spans if not (m.seq in text_of and a_clocks_zone(text_of[m.seq], m.start, m.end))]
    spans = without_photo_credits(text_of, spans)
    spans = _names_ending_in_s(prose, spans)
    mark_kin_named(spans, text_of)
    mark_kin_of(spans, text_of)
    mark_counted_with_the_states(spans, text_of)
    mark_honorific_sex(spans, text_of)
    mark_pronoun_sex(spans, text_of)
    mark_reign_names(spans, text_of)
    groups = _group(spans)
    things = _named_after_kind(prose, KIND_NOUNS_BEFORE) | _pluralised_acronyms(prose) | _owned_products(prose) | _genera_of_binomials(prose, lexicon) | _scales_after_degrees(prose)
    programmes = _programme_names(prose) | _schemes(prose)
    pacts = _pacts(prose)
    vessels = _named_after_kind(prose, VESSEL_NOUNS) | _said_to_be_vessels(prose)
    navy_ships = _ships_by_their_prefix(prose)
    competitions = _competitions_played(prose)
    storms = _storms(prose, nouns)
    bills = _bills_alone(prose)
    prizes = _prizes(prose) | _prizes_by_their_noun_or_win(prose)
    treatments = _described_treatments(prose)
    illnesses = _illnesses(prose)
    software = _software(prose)
    code_names = _code_names(prose)
    works = _works_after_their_noun(prose)
    titled = _titled_works(prose) | _games_after_their_noun(prose)
    quoted = _quoted_titles(paras)
    for g in groups:
        g.label = _vote_label(g, gaz)
        if g.aliases & things and not g.evidence & _ACTING and g.label not in PLACE_LABELS:
            g.label = "PRODUCT"  # "the anxiety drug Lexapro" says once what it is, wherever else it is written
        if g.aliases & programmes and not g.evidence & (_ACTING - {"organisation"}) and g.label not in PLACE_LABELS:
            g.label = "PRODUCT"  # "the Today programme": a broadcast's title, even where one "told Today"
        if g.aliases & illnesses and not g.evidence & (_ACTING - {"acronym"}) and g.label not in PLACE_LABELS | {"NORP"}:
            g.label = "PRODUCT"  # "new COVID-19 infections": an illness, though its acronym reads as a body's (not "Iraqi deaths")
        if g.aliases & treatments and not g.evidence & (_ACTING | _WRITTEN_AS_A_PLACE - {"locative"}):
            g.label = "PRODUCT"  # "Zoladex, a treatment for prostate cancer": a drug, though the model took it for a place
        if g.aliases & software and not g.evidence & (_ACTING - {"acronym"}) and not (g.label in PLACE_LABELS and _a_known_place(g, gaz)):
            # "AIX, a Unix compatible operating system": a program, though it has an acronym; "the next version of
            # Windows", though the model took it for a place no gazetteer knows
            g.label = "PRODUCT"
        if g.aliases & code_names and "dateline" not in g.evidence:
            g.label = "PRODUCT"  # "a new computer code-named "Fort Knox"": a project, though named like a place
        if g.aliases & works and not g.evidence & (_ACTING - {"organisation"}) and g.label not in PLACE_LABELS:
            g.label = "WORK_OF_ART"  # "a new album, Astronaut, the first": a record, though taken for a body
        if g.aliases & titled and not g.evidence & (_ACTING - {"organisation"} | _WRITTEN_AS_A_PLACE - {"locative"}):
            g.label = "WORK_OF_ART"  # "directing the film Serenity": a title, though the model took it for a place
        if _only_quoted(g.mentions, quoted) and not g.evidence & _ACTING and g.label not in PLACE_LABELS:
            g.label = "WORK_OF_ART"  # "stations that bought "Cosby" reruns": a show's title, copy quotes no one's name
        if g.aliases <= bills and not g.evidence & _ACTING:
            g.label = "LAW"  # "changes to the farm Bill now": British copy capitalises a bill, the model reads a given name
        if all(_names_a_text(a) for a in g.aliases) and not g.evidence & _ACTING:
            g.label = "LAW"  # "the Federal Budget", "a White Paper response": a text, whoever wrote it
        if g.aliases & pacts and not g.evidence & (_ACTING - {"organisation", "acronym"}) and g.label not in PLACE_LABELS:
            g.label = "LAW"  # "the TPP pact": a pact states sign, though named a "Partnership" and given an acronym
        if g.aliases & prizes and g.label != "NORP" and not g.evidence & (_ACTING | _WRITTEN_AS_A_PLACE - {"locative"}):
            g.label = "EVENT"  # "the annual Bloggies", "the three Grammys": a prize, though the model took it for a place
        if g.aliases & vessels and not g.evidence & _ACTING:
            g.label = "PRODUCT"  # "the tanker Sea Isle City": a ship, though named like a place
        if {a.casefold() for a in g.aliases} <= navy_ships:
            g.label = "PRODUCT"  # "the USS Boxer" ... "the Boxer": a ship whatever the model made of a person's name
        if g.aliases & competitions and not g.evidence & _ACTING and not (g.label in PLACE_LABELS and g.evidence & (_WRITTEN_AS_A_PLACE - {"locative"})):
            # "glory in the Champions League": a competition, wherever else it is written; "in La Liga", which the model
            # takes for a place, is the very cue of its play
            g.label = "EVENT"
        if g.aliases & storms and not g.evidence & _ACTING - {"person"} and g.label not in PLACE_LABELS:
            g.label = "EVENT"  # "wiped out by cyclone Larry": a storm, though named as a person is and said to act
    _organisations_taken_for_people(groups)
    bodies_named_after_people(groups, lexicon)
    _works_named_after_works(groups)
    groups = _without_legal_forms_alone(_without_spelt_out_nouns(prose, _without_common_phrases(prose, groups)))
    groups = _without_parts_of_the_body(prose, _without_concepts(prose, _without_acronyms_of_common_nouns(prose, groups)))
    groups = _without_causes(prose, groups, gaz)
    groups = _without_common_words_opening_sentences(prose, groups, lexicon)
    groups = _without_chambers_named_only_in_titles(prose, groups)
    groups = _without_plurals_listed_with_kinds(prose, _without_codes_before_common_plurals(groups, lexicon))
    same = _appositions(prose, groups) + _other_given_names(prose, groups)
    listed = _listed_together(prose, groups) | _subject_and_object_apart(prose, groups) | _owners_and_their_things(prose, groups) | _parts_by_compass(groups) | _bodies_of_another_place(prose, groups)
    if gaz:
        # The article's countries: those it names, and those of the states and nations it names
        # ("Wales": a Westminster beside it is London's), then those of the places it names plainly.
        countries = frozenset(
            p.country for g in groups if g.label in PLACE_LABELS for a in g.aliases if (p := gaz.country(a) or gaz.region(a)) and p.country
        )
        _locate(groups, gaz, countries)
        countries |= {g.place.country for g in groups if g.place}
        _locate(groups, gaz, countries)
        _clubs_named_after_their_town(groups)
        _states_beside_their_city(prose, groups, gaz)
        _lands_word_beside_both_halves(groups)
        _districts_named_as_a_reach(text_of, groups, gaz)
        for city, state in _states_apart_from_the_datelines_city(text_of, groups, gaz):
            listed |= {frozenset((city, len(groups)))}
            groups.append(state)
        groups += _unnamed_places(prose, groups, gaz, countries)
        _places_taken_for_names(groups, gaz, countries)
        _people_taken_for_places(groups)
        _surnames_taken_for_places(groups)
        _regional_arms(groups, gaz)
    printed_apart = {p.seq for p in prose if p.kind in _PRINTED_APART_KINDS}
    groups = _merge(groups, same, nouns, gaz, listed, printed_apart)
    groups = _without_heads_of_events(groups)
    groups = [g for g in groups if g.label not in WEAK_LABELS and not g.evidence & {"class", "figure"}]
    groups = _without_things_by_acronym(prose, _without_events_and_texts(groups))
    _propagate(prose, groups, nouns)
    groups = without_copyright_only_publishers(without_lineup_only_names(prose, groups))
    _dateline_agencies(prose, groups)
    groups += _headline_mentions(paras, groups)
    if gaz:
        groups += _countries_of_the_title(paras, groups, gaz)
    return _records(groups)


def _without_mute_speakers(tagged: list[_Mention], speaking: list[_Mention]) -> list[_Mention]:
    """The model's spans less those of a thing ("a title") whose words are a speech verb's subject, which the rules
    name a person ('"...," Edhem Efendija Camdzic, Doboj's imam, told the refugees')."""
    spoken = {(m.seq, m.start, m.end) for m in speaking}
    return [m for m in tagged if not (m.label in MUTE_LABELS and (m.seq, m.start, m.end) in spoken)]


def _without_spans_over_listed_bodies(tagged: list[_Mention], listed: dict[int, list[recall.Found]]) -> list[_Mention]:
    """The model's spans less those that run over two names a plural kind lists ("Clinton's super PACs, [Priorities USA
    Action and Correct the] Record"): the list's names (by paragraph) stand, each a body."""
    return [m for m in tagged if sum(m.start < e and s < m.end for s, e, *_ in listed.get(m.seq, ())) < 2]


def _a_known_place(g, gaz: Gazetteer | None) -> bool:
    """A name the gazetteer places: the model's place label stands there against a program's reading."""
    return gaz is not None and any(gaz.lookup(a) or gaz.region(a) for a in g.aliases)
