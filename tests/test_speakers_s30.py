"""Kinds of text rounds 24-48 (round 48 the freshest) showed giving a quote no speaker or a wrong one,
tuned in session 30: one made-up test per rule (invented names), and a fact of the real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page


# A name's apposition opening on "whose" names someone the name has, no title of the name's.

def test_a_kin_noun_after_whose_is_no_title_of_the_name_before_it():
    text = (
        "Memorial garden opens\n\n"
        "Townspeople opened a garden on Saturday in memory of nine pupils and a teacher who died in the fire.\n\n"
        "\u201cThis garden is a place where we can remember,\u201d said Tom Brackley, whose daughter Emily was among the pupils.\n\n"
        "\u201cYou can almost hear the children in the sound of the fountain,\u201d he said at the ceremony.\n"
    )
    assert direct_speaker(extract_text(text), "You can almost hear the children") == "Tom Brackley"


def test_dunblane_father_whose_daughter_died_is_he():
    # round 48's dunblane_memorial_garden: 'said Mick North, whose daughter Sophie was among the slain
    # children. // "The cheerfulness ...," he said': "daughter" was read as his title, so "he" went
    # to "a teacher" of the lead
    assert direct_speaker(_page("ieer/apwire/dunblane_memorial_garden.txt"), "The cheerfulness and brightness") == "Mick North"


# A label line opening on a name ('Name, Affiliation:', 'Name and Name of Org:'), no verb, before a
# quote paragraph: a roundup's quotes are the labelled person's, the name as written when the model
# tagged none.

ROUNDUP = (
    "What keeps gardeners going\n\n"
    "We asked a few of our gardening friends what keeps them going through the winter.\n\n"
    "Perla Wendover, Head Gardener at Rosehill Trust:\n\n"
    "\u201cWinter is a quiet season. The seed heads stand in the frost and the birds come to feed on them.\u201d\n\n"
    "\u201cNext year, I encourage everyone to leave the leaves where they fall.\u201d\n\n"
    "Jonas Ekwall and Mirela Dostanic of Studio Vinea:\n\n"
    "\u201cOur office has started a small nursery where we grow the seeds we collect.\u201d\n"
)


def test_a_label_line_opening_on_a_name_gives_the_quotes_after_it_their_speaker():
    found = extract_text(ROUNDUP)
    assert direct_speaker(found, "Winter is a quiet season") == "Perla Wendover"
    assert direct_speaker(found, "leave the leaves") == "Perla Wendover"  # continued
    assert direct_speaker(found, "Our office has started") == "Jonas Ekwall"


def test_a_label_line_of_an_office_alone_names_no_one():
    text = ROUNDUP.replace("Perla Wendover, Head Gardener at Rosehill Trust:", "Head Gardener, Rosehill Trust:")
    assert direct_speaker(extract_text(text), "Winter is a quiet season") is None


def test_gardenista_roundup_labels_name_each_gardener():
    # round 48's gardenista_garden_hope: 'Uli Lorimer, Director of Horticulture at Native Plant Trust:'
    # and six labels like it, each over its quote paragraphs (all went to "educational signage")
    page = _page("wcxb/gardenista_garden_hope.txt")
    assert direct_speaker(page, "At this time of year, we are enamored") == "Jeff Lorenz"
    assert direct_speaker(page, "December is a time of reflection") == "Uli Lorimer"
    assert direct_speaker(page, "embrace the beauty in decay") == "Richard Hayden"
    assert direct_speaker(page, "Students made deep connections") == "Georgia Silvera Seamans"
    assert direct_speaker(page, "Next year, I encourage everyone to grow") == "Kelly D. Norris"
    assert direct_speaker(page, "I would love for people") == "Edwina von Gal"


# 'As Name put it:' ending a paragraph: the quote paragraph after it is the name's.

def test_as_someone_put_it_with_a_colon_brings_in_the_next_paragraph_s_quote():
    text = (
        "Firm's images pass outside test\n\n"
        "The company's founder, Omar Bellweather, asked an outside researcher, Dana Whitfield, to test how it "
        "builds and signs its images. Bellweather said the results pleased him. As Whitfield put it:\n\n"
        "\"Every image carries a signature that anyone can check.\"\n"
    )
    # (not the founder, the person the paragraph is about)
    assert direct_speaker(extract_text(text), "Every image carries a signature") == "Dana Whitfield"


def test_docker_as_srlabs_put_it():
    # round 48's docker_hardened_images: 'As SRLabs put it: // "Docker incorporates signed provenance ..."'
    assert direct_speaker(_page("wcxb/docker_hardened_images.txt"), "Docker incorporates signed provenance") == "SRLabs"


# A name after a comma that the parser joined as a conjunct to the noun before it, with no "and":
# an apposition, the role's holder, who speaks.

def test_a_name_read_as_a_conjunct_of_the_role_s_firm_is_the_role_s_holder():
    text = (
        "Economy warning\n\nPrices fell again this week.\n\n"
        "On Thursday the chairman of Tamura Corp., Hideo Kanda, a man not given to alarmist statements, "
        "warned that Japan's economy \u201cis on the verge of collapsing.\u201d\n"
    )
    assert direct_speaker(extract_text(text), "is on the verge of collapsing") == "Hideo Kanda"


def test_clinton_japan_sony_chairman_is_ohga():
    # round 48's clinton_japan_warning: 'On Thursday the chairman of Sony Corp., Norio Ohga, a man ...,
    # warned that Japan's economy "is on the verge of collapsing."' went to 'On Thursday the chairman of Sony Corp.'
    assert direct_speaker(_page("ieer/nytwire/clinton_japan_warning.txt"), "is on the verge of collapsing") == "Norio Ohga"


# An office held for a place ("the U.S. attorney in Manhattan") is its holder when an apposition
# names the holder beside it.

def test_an_office_held_for_a_place_is_the_holder_named_beside_it():
    text = (
        "Bomber sentenced\n\n"
        "NEW YORK _ A man was sentenced on Friday to life in prison for his part in the bombing.\n\n"
        "In handing down the sentence, Judge Anton Brill of U.S. District Court in Manhattan rejected his lawyer's argument.\n\n"
        "The U.S. attorney in Manhattan, Harriet Kovalenko, whose office prosecuted the case, said the sentence "
        "\u201csends a clear message that the law will be enforced.\u201d\n"
    )
    # ("the U.S. attorney", a role whose seat is "U.S.", not the person named beside it)
    assert direct_speaker(extract_text(text), "sends a clear message") == "Harriet Kovalenko"


def test_trade_center_us_attorney_in_manhattan_is_mary_jo_white():
    # round 47's trade_center_bomber_sentence: 'The U.S. attorney in Manhattan, Mary Jo White, whose office
    # prosecuted the case, said the sentence "once again sends a clear message ..."' went to 'the U.S. attorney'
    page = _page("ieer/nytwire/trade_center_bomber_sentence.txt")
    assert direct_speaker(page, "once again sends a clear message") == "Mary Jo White"


# Verbs of words said in a temper or a mood cue the quote beside them: '"...," Mrs. Roe rails'.

def test_a_quote_someone_rails_is_theirs():
    text = (
        "Shops squeezed out\n\n"
        "The old salon is squeezed among new shops on the street.\n\n"
        "\u201cCompare my little house to the big one next door,\u201d Mrs. Pelkova rails, ignoring "
        "warnings from her neighbours to hush.\n"
    )
    assert direct_speaker(extract_text(text), "Compare my little house") == "Pelkova"


def test_kosovo_mrs_savic_rails():
    # round 47's kosovo_serbs_victims: '"Compare my little house to a six-story Albanian one," Mrs. Savic rails'
    assert direct_speaker(_page("ieer/apwire/kosovo_serbs_victims.txt"), "Compare my little house") == "Zhivka Savic"


# A cue the parser left with no subject, after a relative clause set off by commas: the noun the
# clause describes speaks, not the clause's last noun.

def test_the_noun_a_relative_clause_describes_speaks_not_the_clause_s_last_noun():
    text = (
        "Troops break up crowd\n\n"
        "Troops moved into the town on Saturday after two days of unrest.\n\n"
        "\"Disperse, abstain from forming groups and help maintain order,\" army officers, who has enforced "
        "a loose curfew since the riots, told the crowd through loudspeakers.\n"
    )
    assert direct_speaker(extract_text(text), "Disperse, abstain") == "army officers"


def test_jordan_army_officers_told_the_crowd():
    # round 48's jordan_expels_iraqi: the same sentence went to 'a loose curfew since the riots'
    assert direct_speaker(_page("rcvone/jordan_expels_iraqi.txt"), "Disperse, abstain") == "army officers"


# "They" that no plural and no person fits: the organisation the sentence before is about (copy of
# any outlet calls a firm "they").

def test_they_after_a_sentence_about_a_firm_is_the_firm():
    text = (
        "Outside test finds no flaws\n\n"
        "We hired Brightwall Labs to test our software.\n\n"
        "Brightwall Labs started with a review of how we build, sign and ship our images. "
        "They told us that our signing keys should live in locked hardware.\n"
    )
    assert reported_speakers(extract_text(text), "signing keys should live") == ["Brightwall Labs"]


def test_docker_srlabs_told_us():
    # round 48's docker_hardened_images: 'SRLabs pointed to places where raising the bar would make DHI
    # even stronger ... They told us our signing keys should live in Hardware Security Modules ...'
    page = _page("wcxb/docker_hardened_images.txt")
    assert reported_speakers(page, "signing keys should live") == ["SRLabs"]
    assert reported_speakers(page, "offline environments need better protection") == ["SRLabs"]


# A role noun that is the subject of a passive clause is who the sentence is about, as the subject of
# an active clause is: the next "he" goes on with the person it stands for, not a name in its object.

def test_a_role_as_a_passive_subject_keeps_he_from_a_name_in_the_object():
    text = (
        "Singer hints at new evidence\n\n"
        "Marcus Delane said on Thursday he was broken by his defence but hopeful about his next trial.\n\n"
        "The former rock star was cleared last year of the murder of his manager, Terrence Holloway.\n\n"
        "He told reporters a court order kept him from saying more.\n\n"
        "But he added, \"hopefully we will see some things come out in this next trial.\"\n"
    )
    assert direct_speaker(extract_text(text), "hopefully we will see") == "Marcus Delane"


def test_simpson_former_football_star_is_he():
    # round 48's simpson_broke_evidence: 'The former football star was found not guilty ... of the murders of
    # his former wife, Nicole Brown Simpson, and her friend, Ronald Goldman ... He told reporters ... But he
    # added, "hopefully ..."' went to Goldman
    assert direct_speaker(_page("rcvone/simpson_broke_evidence.txt"), "hopefully we will see") == "O.J. Simpson"
