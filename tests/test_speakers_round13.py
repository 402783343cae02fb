"""Kinds of text rounds 11, 12 and 13 together (BBC News stories of 2004-05, tests/articles/bbcnews/;
Reuters wire copy of 1987, tests/articles/reuterswire/) showed the direct-quote sieves and the
reported-speech frames giving to the wrong speaker (issue 9), one test per rule: on a short article
written for it, and on the real page where it occurs. The rules are in store/nlp/quotes.py and
store/nlp/speakers.py; the figures are in tests/gold/README.md ("Tuned on rounds 11, 12 and 13
(session 10): speakers")."""

from __future__ import annotations

from .extraction_corpus import direct_speaker as _speaker
from .extraction_corpus import extract_text as _extract
from .extraction_corpus import page as _page
from .extraction_corpus import reported_speakers as _speakers_of


def test_groups_joined_by_and_speak_as_one_phrase():
    ex = _extract(
        "Markets\n\nLIMA, May 3 - Local bankers and foreign fund managers said the sol would fall further."
        " The mood is poor, traders and brokers in the city said. Both independent analysts and sources close to the"
        " bank said the rate would rise.\n"
    )
    assert _speakers_of(ex, "the sol would fall further") == ["Local bankers and foreign fund managers"]
    assert _speakers_of(ex, "The mood is poor") == ["traders and brokers"]
    assert _speakers_of(ex, "the rate would rise") == ["independent analysts"]
    assert _speakers_of(_page("reuterswire/gulf_oil_rig.txt"), "the least provocative act") == ["Western diplomats and military sources"]
    assert _speakers_of(_page("reuterswire/endaka_tokyo.txt"), "is for foreign consumption") == ["locals and long-time foreign residents"]


def test_a_participle_after_a_verbs_object_is_its_subjects_act():
    ex = _extract(
        "Row\n\nTom Reed sent the note by mistake. Realising his error, Mr Reed then e-mailed Mr Cole pointing"
        " out the mistake, but suggesting presenter Jim Hall would have seen the funny side. He said: \"Not very"
        " good at this.\"\n"
    )
    assert _speakers_of(ex, "Jim Hall would have seen the funny side") == ["Tom Reed"]
    assert _speaker(ex, "Not very good at this.") == "Tom Reed"
    campbell = _page("bbcnews/campbell_email_row.txt")
    assert _speakers_of(campbell, "Jeremy Paxman would have seen the funny side") == ["Alastair Campbell"]
    assert _speaker(campbell, "Not very good at this e-mail Blackberry malarkey.") == "Alastair Campbell"
    assert _speaker(campbell, "I dreamt up flying pigs.") == "Alastair Campbell"
