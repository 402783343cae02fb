"""A page's hover card after a politician's name (The Hill's: the full name glued to three other stories' headlines,
then `MORE`) is taken out of the sentence it interrupts, the name as the story wrote it kept."""

from __future__ import annotations

from newsx.store.read.anatomy import dissect
from newsx.store.read.name_cards import without_name_cards

from .extraction_corpus import ARTICLE_DIR, direct_speaker, extract_text, forms_of, named_apart, named_as_one

_CARD = (
    "At a town hall in Cedar Springs, Mich., GOP Rep. Justin Amash Justin AmashTrump allies assail impeachment on process "
    "Hoyer: We are going to move as fast 'as the facts and truth dictate' on open hearings Conway spars with Wallace on "
    "whether White House will cooperate MORE, another Meadows ally, hurled blame at the feet of Ryan."
)


def test_the_card_goes_and_the_name_stays():
    assert without_name_cards(_CARD) == (
        "At a town hall in Cedar Springs, Mich., GOP Rep. Justin Amash, another Meadows ally, hurled blame at the feet of Ryan.")


def test_two_cards_in_one_sentence_and_a_possessive_after_one():
    text = ("The panel voted to hold Attorney General William Barr William Pelham BarrBarr: Inspector general's report "
            "'imminent' DOJ unveils program MORE and Commerce Secretary Wilbur Ross Wilbur Louis RossTrump trade adviser "
            "pushes back MORE in contempt. It blocked President Trump Donald John TrumpGOP senators balk at nominee MORE's "
            "picks.")
    assert without_name_cards(text) == ("The panel voted to hold Attorney General William Barr and Commerce Secretary "
                                        "Wilbur Ross in contempt. It blocked President Trump's picks.")


def test_a_full_name_with_a_nickname_in_brackets_and_a_name_that_opens_it():
    # the card's full name is the one that ends last: not "Schumer Charles" after the first "Charles"
    text = ("Minority Leader Charles Schumer Charles (Chuck) Ellis SchumerTrump rally draws protest Senate Dems unveil plan "
            "MORE (D-N.Y.), asked about the plan, said no. Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP "
            "senators balk MORE (R-Ky.) did not.")
    assert without_name_cards(text) == ("Minority Leader Charles Schumer (D-N.Y.), asked about the plan, said no. Leader "
                                        "Mitch McConnell (R-Ky.) did not.")


def test_capitals_with_no_name_written_twice_are_left_alone():
    for text in ("CLICK HERE TO READ MORE ON FOX BUSINESS", "VOTERS CARE MORE ABOUT CANDIDATES",
                 "Senator Jane Doe said she wanted MORE money, she said."):
        assert without_name_cards(text) == text


def test_the_cards_are_gone_from_the_paragraphs_of_the_real_page():
    # rounds 65 and 66: The Hill's stories as newspaper3k kept them, cards inline
    for name in ("supreme_court_final_rulings", "gop_infighting_agenda"):
        anatomy = dissect((ARTICLE_DIR / "allsides" / f"{name}.txt").read_text(encoding="utf-8"))
        assert not any(" MORE" in p.text for p in anatomy.paragraphs), name


def test_the_speaker_after_a_card_is_found():
    ex = extract_text(
        "Contempt vote\n\n"
        "\"That decision has been made,\" Rep. Stephen Lynch Stephen Francis LynchBrindisi, Lamb recommended for Armed "
        "Services Overnight Defense: Dems release first transcripts MORE (D-Mass.), a member of the committee, said.\n")
    assert direct_speaker(ex, "That decision has been made") == "Stephen Lynch"
    assert not {"Lamb", "Armed Services", "Dems", "Brindisi"} & forms_of(ex)


def test_a_bare_leaders_name_is_no_short_name_of_his_administration():
    # round 66's supreme_court_final_rulings, once its cards are gone: "Trump officials" beside "the Trump administration"
    ex = extract_text(
        "Census case\n\n"
        "The court will decide whether the Trump administration can add a citizenship question to the census.\n\n"
        "Documents suggest Trump officials obscured a strategist's role, the plaintiffs said.\n")
    assert named_apart(ex, "Trump", "Trump administration")


def test_a_partys_government_still_goes_by_the_partys_name():
    # round 13's blair_up_for_it: "the Labour administration" is the party's, which copy calls "Labour"
    ex = extract_text(
        "Election call\n\n"
        "Mr Blair said the Labour administration had kept its promises.\n\n"
        "Labour will campaign on the economy, he told supporters.\n")
    assert named_as_one(ex, "Labour", "Labour administration")
