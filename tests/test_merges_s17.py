"""Merges tuned on rounds 17-23 of the unseen pages (session 17, issue 9): kinds of alias pair the wire and the BBC write
in every round, each on a short article written for it and, where it helps, the real page it occurs on."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_firms_short_name_the_model_read_as_another_kind_is_the_firm():
    ex = extract_text(
        "Bids\n\nNEW YORK, May 4 - Zorbel Group Inc said it held talks with Acme Medical Corp about a bid.\n\n"
        "Zorbel, in a filing with the Securities and Exchange Commission, said a restructuring would be desirable.\n\n"
        "Zorbel said it has no plans to seek control of Acme Medical.\n"
    )
    forms = by_alias(ex)
    assert forms["Zorbel"] is forms["Zorbel Group Inc"]
    assert forms["Zorbel"].role == "actor"
    forms = by_alias(page("reuterswire/pesch_ami_bid.txt"))
    assert forms["Wedge"] is forms["Wedge Group Inc"]
    forms = by_alias(page("reuterswire/ici_specialty_henderson.txt"))
    assert forms["Glidden"] is forms["Glidden Paints"]
    # a county, or a name the text writes as a place, opens its sheriff's office's name and is no short name of it
    forms = by_alias(page("aeb/therepublic_drug_arrests.txt"))
    assert forms["Bartholomew County"] is not forms["Bartholomew County Sheriff’s Department"]


def test_an_acronym_then_the_words_after_those_it_spells_is_the_long_name():
    from newsx.store.names import acronym_opens

    assert acronym_opens("PCS Union", "Public and Commercial Services Union")
    assert acronym_opens("CP Air", "Canadian Pacific Air Lines Ltd")
    assert not acronym_opens("CP Air", "Canadian Pacific Ltd") and not acronym_opens("PCS Union", "PCS")
    ex = extract_text(
        "Strike\n\nStaff at job centres walked out on Monday, the Federated Clerical Workers Union said.\n\n"
        "The FCW Union said 900 members had joined the strike.\n"
    )
    forms = by_alias(ex)
    assert forms["FCW Union"] is forms["Federated Clerical Workers Union"]


def test_a_surname_misspelt_once_by_swapped_or_left_out_letters_is_the_persons():
    from newsx.store.nlp.entities.surnames import _misspelt_surname

    assert _misspelt_surname("Brent Beesely", "Beesley") and _misspelt_surname("Janusz Kaczurba", "Kaczura")
    assert _misspelt_surname("Jason Benderly", "Benderley")
    # a short name, or one whose first or last letter differs, is another's
    assert not _misspelt_surname("Ann Dunne", "Dunn") and not _misspelt_surname("Ann Hansen", "Hanson")
    assert not _misspelt_surname("Ann Robertson", "Robertsons")
    ex = extract_text(
        "Farm credit\n\nWASHINGTON, May 4 - Senator Marta Quillendorf said on Monday the bill would pass.\n\n"
        "Quillendorf said the farm credit system needed 800 mln dlrs.\n\n"
        "Quillendrof added that the Senate would vote next week.\n"
    )
    forms = by_alias(ex)
    assert forms["Quillendrof"] is forms["Marta Quillendorf"]


def test_a_clubs_nickname_the_model_read_as_a_peoples_word_is_the_club():
    forms = by_alias(page("bbcnews/mourinho_fa_charge.txt"))
    assert forms["United"] is forms["Manchester United"]
    # a people's word that ends a body's name is no nickname of it
    forms = by_alias(page("reuterswire/ryzhkov_reforms.txt"))
    assert forms["Soviet"] is not forms["Supreme Soviet"]


def test_treasurer_is_a_title_before_a_name():
    from newsx.store.names import leading_title_length

    assert leading_title_length("Treasurer Paul Keating") == len("Treasurer ")
    ex = extract_text(
        "Budget\n\nCANBERRA, May 4 - Treasurer Marcus Quillby said on Monday the budget deficit would narrow.\n\n"
        "Quillby said spending cuts would be announced next week.\n"
    )
    forms = by_alias(ex)
    assert forms["Quillby"] is forms["Marcus Quillby"]



def test_a_bank_holding_companys_bancorp_closes_its_full_name():
    from newsx.store.nlp.entities.bodies import _firms_own_close

    assert _firms_own_close(["bancorp"]) and _firms_own_close(["group", "inc"]) and not _firms_own_close(["sheriffs", "department"])
    forms = by_alias(page("reuterswire/fleet_norstar_merger.txt"))
    assert forms["Norstar"] is forms["Norstar Bancorp"]


def test_a_given_name_the_model_read_as_an_unknown_place_is_the_one_person_it_opens():
    forms = by_alias(page("bbcnews/safin_australian_open.txt"))
    assert forms["Lleyton"] is forms["Lleyton Hewitt"]
