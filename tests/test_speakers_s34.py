"""Kinds of text rounds 24-53 showed giving a quote a wrong speaker, tuned in session 34 under a held-out gate:
each rule fixes real articles of two different rounds. One made-up test per rule (invented names), and a fact of
each real article it fixes."""

from __future__ import annotations

from .extraction_corpus import direct_quote, direct_speaker, extract_text, reported_speakers
from .extraction_corpus import page as _page


# A document a clause is about, active or passive and inside reported words too ('The email, released by X, was sent
# at 7:19 p.m.', 'He said the note ... was addressed to X'): what the next '"...," it reads' stands for.

def test_a_document_a_passive_clause_is_about_is_what_it_reads_stands_for():
    text = (
        "Memo released\n\n"
        "The memo, released by the Civic Trust, was sent at noon on Friday by aide Tom Bale to Mayor Ann Roe.\n\n"
        "\u201cWe cannot open the bridge before the inspection is over,\u201d it reads.\n"
    )
    # (linked to its publisher, the Civic Trust, as a document is: the words are the memo's)
    assert direct_quote(extract_text(text), "We cannot open the bridge").speaker == "The memo"


def test_a_document_reported_as_a_subject_is_what_it_said_stands_for():
    text = (
        "Farmer taken\n\n"
        "Police chief Dan Holt said the note, signed by the farmer, was addressed to his neighbour Ed Lomax.\n\n"
        "\"Pay them, or we will not see our fields again,\" it said.\n"
    )
    assert direct_quote(extract_text(text), "Pay them, or we will not").speaker == "the note"


def test_benghazi_email_released_it_reads_is_the_email():
    # round 53's benghazi_email_released: "The email, released by Judicial Watch, was sent at 7:19 p.m. ... // '...,'
    # it reads." went to a bare "it", three times
    page = _page("polnear/west-journal/benghazi_email_released.txt")
    for snippet in ("I just tried you on the phone", "After consulting with General Dempsey", "Assuming Principals agree"):
        assert direct_quote(page, snippet).speaker == "The email"


def test_costa_rica_dutch_kidnap_it_said_is_the_note():
    # round 48's costa_rica_dutch_kidnap: "He said the note, believed to have been hand-written ..., was addressed to
    # Ebe Huizinga ... // '...,' it said." went to a bare "it"
    assert direct_speaker(_page("rcvone/costa_rica_dutch_kidnap.txt"), "we will either live or die") == "the note"


# "Those" with a lone participle after it ('those surveyed say', 'those polled said'): the participle says who they
# are, and is part of the speaker.

def test_those_with_a_participle_are_the_people_it_names():
    text = (
        "Poll of young voters\n\n"
        "The Civic Poll asked 1,200 young adults about energy. By a wide margin, those surveyed say the town should "
        "turn to wind power by 2030.\n"
    )
    assert reported_speakers(extract_text(text), "the town should turn to wind power") == ["those surveyed"]


def test_trump_leads_terrorism_poll_those_surveyed():
    # round 51's trump_leads_terrorism_poll: "While those surveyed said ... has the 'best experience'" went to "those"
    page = _page("polnear/usa-today/trump_leads_terrorism_poll.txt")
    assert direct_speaker(page, "best experience") == "those surveyed"
    assert reported_speakers(page, "Trump was best able to handle the issue") == ["those surveyed"]


def test_young_voters_energy_guns_those_surveyed():
    # round 53's young_voters_energy_guns: "those surveyed say the United States should transition ..." went to "those"
    page = _page("polnear/usa-today/young_voters_energy_guns.txt")
    assert reported_speakers(page, "stricter gun laws would help prevent gun violence") == ["those surveyed"]


# One person's campaign or office as a subject ('His campaign sued ...', 'his campaign said he halted ...', 'His
# office released a statement saying'): the person "his" stands for speaks through it.

def test_his_campaign_speaks_for_the_person_his_stands_for():
    text = (
        "Candidate sues party\n\n"
        "Senator Dale Orrin apologized to his rival on Saturday.\n\n"
        "His campaign sued the party in federal court on Friday, claiming the party's move would cost it "
        "$60,000 a day.\n"
    )
    found = extract_text(text)
    assert reported_speakers(found, "the party's move would cost it") == ["Dale Orrin"]
    # (the words keep the phrase as written: the campaign's, for the person it speaks for)
    assert [q.speaker for q in found.quotes if "would cost it" in q.text] == ["His campaign"]


def test_dnc_sanders_backfire_his_campaign_is_sanders():
    # round 52's dnc_sanders_backfire: "His campaign sued the DNC ..., claiming the party's move would cost the
    # campaign $600,000 a day" went to "His campaign"
    page = _page("polnear/huff-post/dnc_sanders_backfire.txt")
    assert reported_speakers(page, "would cost the campaign $600,000 a day") == ["Bernie Sanders"]


def test_candidates_speaking_fees_his_campaign_is_trump():
    # round 52's candidates_speaking_fees: "Donald Trump routinely netted ..., but his campaign said he halted all paid
    # speeches" went to "his campaign"
    page = _page("polnear/politico/candidates_speaking_fees.txt")
    assert reported_speakers(page, "he halted all paid speeches") == ["Donald Trump"]


def test_demogorgon_scenario_his_office_is_ryan():
    # round 49's demogorgon_scenario: "Ryan took issue with ... His office released a statement saying he is 'fully
    # confident'" went to "His office"
    page = _page("polnear/wash-post/demogorgon_scenario.txt")
    assert direct_speaker(page, "fully confident") == "Paul Ryan"


def test_clinton_momentum_slows_her_campaign_keeps_its_words():
    # round 49's clinton_momentum_slows: "Her campaign expressed confidence that she would weather ..." stays the
    # campaign's as written (the gold's "Her campaign"), linked to Hillary Clinton
    page = _page("polnear/nyt/clinton_momentum_slows.txt")
    assert [q.speaker for q in page.quotes if "she would weather the political turbulence" in q.text] == ["Her campaign"]
    assert reported_speakers(page, "she would weather the political turbulence") == ["Hillary Clinton"]
