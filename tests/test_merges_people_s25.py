"""Merges of people's names (session 25, rounds 24-40 pooled): a given name the text says a man goes by ("Everyone
called him Mike"); a given name's short form ("Dave" of "David", "Marty" of "Martin"), from a curated table; a
double-barrelled surname written once with its hyphen and once without; a five-letter surname misspelt by a swap,
which goes to the one of two people of that surname named before it; one bare surname spelt two ways. Each on the
real page it occurs on, some on made-up groups too."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def _group(label: str, *names: str, seq: int = 1):
    """One group of the names, each a mention of its own, the first in paragraph `seq`, the others after it."""
    from newsx.store.nlp.entities.base import _Group, _Mention

    return _Group([_Mention(seq + n, 0, len(name), name, label, set()) for n, name in enumerate(names)], label)


def _merged(*groups) -> list[set[str]]:
    from newsx.store.nlp.entities.merge import _merge
    from newsx.store.nlp.gazetteer import gazetteer

    return sorted((g.aliases for g in _merge(list(groups), gaz=gazetteer())), key=sorted)


def test_a_given_name_the_text_says_he_goes_by_is_his():
    # "John Milo Ford was born ... in 1957. Everyone called him Mike.", then "a Mike Ford novel"
    forms = by_alias(page("aeb/slate_john_ford.txt"))
    assert forms["Mike"] is forms["John Milo Ford"] is forms["John M. Ford"]
    assert forms["Mike Ford"] is forms["John M. Ford"]
    assert forms["Dale Ford"] is not forms["John M. Ford"]  # his brother, "Martha Fry and her brother Dale Ford"
    # the given name he goes by, untagged where the text gives it, still makes his name with it his
    forms = by_alias(extract_text(
        "Singer returns to the stage\n\nWilliam Henry Gates was born in Ohio in 1961. His friends know him as Bud. He played"
        " in bars for a decade.\n\nBud Gates said the tour would start in May.\n"))
    assert forms["Bud Gates"] is forms["William Henry Gates"]


def test_a_given_names_short_form_is_one_person_with_it():
    # "appointing psychologist Dave Collins", then "The appointment of David Collins"
    forms = by_alias(page("bbcnews/collins_uka_director.txt"))
    assert forms["Dave Collins"] is forms["David Collins"] is forms["Collins"]
    assert forms["David Moorcroft"] is not forms["David Collins"]
    forms = by_alias(page("wsj/intelogic_buyback.txt"))
    assert forms["Marty Ackerman"] is forms["Martin Ackerman"]
    # two given names that are no short form of each other stay two people
    assert _merged(_group("PERSON", "Donna Clarkson"), _group("PERSON", "Lana Clarkson", seq=3)) == [{"Donna Clarkson"}, {"Lana Clarkson"}]


def test_a_double_barrelled_surname_written_with_and_without_its_hyphen_is_one():
    # "defected to Robert Kilroy Silk's Veritas Party", then "Mr Kilroy-Silk"
    forms = by_alias(page("bbcnews/ukip_veritas_seats.txt"))
    assert forms["Kilroy-Silk"] is forms["Robert Kilroy Silk"]
    assert _merged(_group("PERSON", "Robert Kilroy-Silk"), _group("PERSON", "Kilroy Silk", seq=3)) == [{"Kilroy Silk", "Robert Kilroy-Silk"}]
    # one barrel alone is another's surname
    assert _merged(_group("PERSON", "Mark Lewis-Francis"), _group("PERSON", "Francis", seq=3)) == [{"Francis"}, {"Mark Lewis-Francis"}]


def test_a_short_surname_misspelt_by_a_swap_is_the_one_named_before_it():
    # "Jarek Kujda ... said Kudja.", then "Malgorzata Kujda, Jarek's younger sister"
    forms = by_alias(page("bbcnews/gameboy_blip_pop.txt"))
    assert forms["Kudja"] is forms["Jarek Kujda"]
    assert forms["Malgorzata Kujda"] is not forms["Jarek Kujda"]


def test_one_bare_surname_spelt_two_ways_is_one_person():
    # "Pranab Mukherjee said" opening a paragraph, then "said Mr Mukerjee" (since session 26 his full name is read too)
    forms = by_alias(page("bbcnews/aero_india_outsourcing.txt"))
    assert forms["Mukerjee"] is forms["Pranab Mukherjee"]
    assert _merged(_group("PERSON", "Mukherjee"), _group("PERSON", "Mukerjee", seq=3)) == [{"Mukerjee", "Mukherjee"}]
    # two surnames a letter apart at the end are two names
    assert _merged(_group("PERSON", "Williams"), _group("PERSON", "William", seq=3)) == [{"William"}, {"Williams"}]


def test_a_name_ending_in_jr_is_a_persons_whatever_the_model_took_it_for():
    # "clashed with S.I. Newhouse Jr., whose family company" (tagged as a body), then "Si Newhouse", "Mr. Newhouse"
    forms = by_alias(page("wsj/random_house_bernstein.txt"))
    assert forms["S.I. Newhouse Jr"] is forms["Si Newhouse"] is forms["Newhouse"]
    assert forms["S.I. Newhouse Jr"].role == "actor"
