"""Merges tuned on rounds 19-25 of the unseen pages (session 18, issue 9): kinds of alias pair the wire and the BBC write
in every round, each on a made-up case and, where it helps, the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, page


def _group(label: str, *names: str, evidence: frozenset[str] = frozenset()):
    from newsx.store.nlp.entities.base import _Group, _Mention

    return _Group([_Mention(1, 0, len(n), n, label, set(evidence)) for n in names], label)


def test_a_countrys_peoples_word_the_model_read_as_a_body_opens_no_bodys_name():
    from newsx.store.nlp.entities.bodies import peoples_word_taken_for_a_body
    from newsx.store.nlp.gazetteer import gazetteer

    gaz = gazetteer()
    for word in ("Kenyan", "Nigerian", "Iraqi", "Chinese", "Italian", "Mexican"):
        assert peoples_word_taken_for_a_body(_group("ORG", word), gaz), word
    # a firm's own name, a body the text calls one, and a word of no country are left as they are
    for g in (_group("ORG", "Kenyan Airways"), _group("ORG", "Kenyan", evidence=frozenset({"organisation"})),
              _group("ORG", "Lionhead"), _group("ORG", "Mariner"), _group("PERSON", "Kenyan")):
        assert not peoples_word_taken_for_a_body(g, gaz), g.aliases
    # "The four Ugandan NGOs": the people's word is not the council's short name, and the council is one body
    forms = by_alias(page("bbcnews/uganda_monologues_ban.txt"))
    assert forms["Ugandan Media Council"] is forms["Media Council"]
    assert "Ugandan" not in forms or forms["Ugandan"] is not forms["Ugandan Media Council"]


def test_a_town_the_text_never_writes_as_a_place_is_the_short_name_of_the_firm_it_opens():
    from newsx.store.nlp.entities.bodies import _town_only_by_its_name
    from newsx.store.nlp.gazetteer import gazetteer

    gaz = gazetteer()
    town = _group("GPE", "Midland")
    town.place = gaz.lookup("Midland")
    assert _town_only_by_its_name(town)
    written = _group("GPE", "Midland", evidence=frozenset({"locative"}))  # "in Midland"
    written.place = town.place
    assert not _town_only_by_its_name(written)
    forms = by_alias(page("reuterswire/canada_trade_recovery.txt"))
    assert forms["Midland"] is forms["Midland Doherty Ltd"] and forms["Midland"].role == "actor"
    forms = by_alias(page("reuterswire/pesch_ami_bid.txt"))
    assert forms["Republic"] is forms["Republic Health Corp"]

