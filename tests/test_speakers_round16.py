"""Kinds of text rounds 12 to 16 showed giving quotes to the wrong speaker (issue 9): a pronoun given
to a name that stands only inside a thing's noun phrase ("good displays against X and Y"), and a
role with its seat that the model took for a name ("the Ealing North MP"). One test per rule: on a
short article written for it, and on the real pages where it occurs. The rules are in
store/nlp/speakers.py and store/nlp/quotes.py; the figures in tests/gold/README.md ("Tuned on rounds
12-16 (session 13): speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker as _speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers as _speakers_of


def test_he_passes_over_a_name_inside_a_things_phrase_for_the_person_the_text_is_about():
    ex = _extract(
        "Transfer\n\nTom Reed has been the subject of speculation for weeks. However, good displays against"
        " Leyton Orient and Harry Weston have impressed the fans. \"The crowd gave me a standing ovation,\" he said.\n"
    )
    assert _speaker(ex, "The crowd gave me a standing ovation") == "Tom Reed"
    savage = _page("bbcnews/savage_blackburn.txt")
    assert _speaker(savage, "The crowd gave me a massive standing ovation") == "Robbie Savage"
    assert _speaker(savage, "It's not for me to say") == "Robbie Savage"
    pound = _page("bbcnews/pound_daughter.txt")  # "Describing that first meeting at London's King Cross station, he said:"
    assert _speaker(pound, "The earth went from under my feet") == "Stephen Pound"


def test_the_mp_for_a_seat_is_the_person_named_with_that_role_or_the_one_the_text_is_about():
    ex = _extract(
        "Seat\n\nLabour MP Ann Roe has told of her joy at winning her libel case. "
        "\"It was a pretty happy ending,\" said the Kirkby South MP.\n"
    )
    assert _speaker(ex, "It was a pretty happy ending") == "Ann Roe"
    ex = _extract(
        "Seat\n\nTom Bell is to stand against Labour MP Ann Roe at the next election. Mr Bell, who won damages"
        " on Thursday, said he would contest the seat. The Kirkby South MP, who was expelled from Labour last"
        " year, accused Ms Roe of being a \"party stooge\".\n"
    )
    assert _speaker(ex, "party stooge") == "Tom Bell"  # the seat is not Ms Roe's: her title is "Labour MP"
    pound = _page("bbcnews/pound_daughter.txt")
    assert _speaker(pound, "It was a pretty horrible thing with a pretty happy ending") == "Stephen Pound"
    galloway = _page("bbcnews/galloway_oona_king.txt")
    (stooge,) = [q for q in galloway.quotes if q.kind == "direct" and q.text == "New Labour stooge"]
    assert galloway.entities[stooge.speaker_key].name == "George Galloway"


def test_a_subject_named_in_apposition_is_who_the_sentence_is_about():
    ex = _extract(
        "Casinos\n\nThe Secretary of State for Culture, Ann Roe, has hit out at critics of the Gaming Bill. "
        "She told the Courier there would be no super-casinos in the seaside towns.\n"
    )
    assert _speakers_of(ex, "there would be no super-casinos") == ["Ann Roe"]
    jowell = _page("bbcnews/jowell_las_vegas.txt")
    assert _speakers_of(jowell, "there would be no") == ["Tessa Jowell"]


def test_estimating_or_putting_a_thing_at_a_figure_is_reported_speech():
    ex = _extract(
        "Tax\n\nKidder Peabody analyst Herbert Lamm expects good gains this year. He estimates the firm's fiscal"
        " 1987 earnings at 2.75 to 2.80 dlrs a share.\n\nAnalysts put the company's worth at about 280 mln dlrs."
        " Teachers put the children at ease. A funding round valuing the company at 6 billion dlrs closed on Monday.\n"
    )
    assert _speakers_of(ex, "the firm's fiscal 1987 earnings at 2.75 to 2.80 dlrs") == ["Herbert Lamm"]
    assert _speakers_of(ex, "the company's worth at about 280 mln dlrs") == ["Analysts"]
    assert not _speakers_of(ex, "the children at ease")
    assert not _speakers_of(ex, "the company at 6 billion dlrs")  # a deal, no one's view
    block = _page("reuterswire/hr_block_tax_season.txt")
    assert _speakers_of(block, "Block's fiscal 1987 earnings at 2.75 to 2.80 dlrs") == ["Herbert Buchbinder"]
    sugar = _page("reuterswire/china_sugar.txt")
    assert _speakers_of(sugar, "the 1986/87 sugar crop (November/March) at 4.82 mln tonnes") == ["The official press"]
