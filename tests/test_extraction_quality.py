"""Extraction against the hand-written gold files (tests/gold/), as bench/extraction_quality.py scores it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from bench.extraction_quality import Counts, Score, add_to_pool, report, score_article

from .extraction_corpus import corpus


@pytest.fixture(scope="module")
def scores() -> list[Score]:
    db, golds = corpus()
    return [score_article(db, g) for g in golds]


def _pool(scores: list[Score], pool: str) -> Score:
    total = Score(pool, pool)
    for s in scores:
        if s.pool == pool:
            for attr in ("entities", "merges", "speakers"):
                getattr(total, attr).add(getattr(s, attr))
            total.never_merged += s.never_merged
            total.junk += s.junk
    assert total.entities.gold, f"no gold articles in {pool}"
    return total


def test_no_article_merges_what_must_stay_apart(scores):
    assert [(s.article, s.never_merged) for s in scores if s.never_merged] == []
    # japan_variable_life's "Sony", Sony Prudential's short form and Sony Corp's name less its legal form: the gold
    # is right and no general rule tells them apart (tests/gold/README.md, "Round 22 leaves UNTOUCHED_ROUNDS")
    # asset_backed_market's "RepublicBank", the short form of a unit ("RepublicBank Corp's <RPT> RepublicBank
    # Delaware unit") that the gold rightly reads from "the RepublicBank securities", not the parent's name less its
    # legal form, which is how a general rule reads it (tests/gold/README.md, "Round 23: measured once, untouched")
    # robot_touch_sensor's "Science", the journal, joined to the "School of Electronics and Computer Science" by its
    # last word (round 44, left for a rule: a name never going by its last word alone lost "Warwick" = "University of
    # Warwick", session 27)
    # (dutroux_slovak_women's "Marchal" and "Lambrecks", two missing girls the model's one span "An Marchal and Eefje
    # Lambrecks" joined, are two since session 30: two full names each side of "and" are two people; irb_awards_burger's
    # "South African" clipped to the headline's "South Africa", and dick_morris_resigns's "the liberal Democrat" grouped
    # with "Democrats", left the list in session 30 too)
    # Left for a rule when rounds 48-50 joined the suite (session 32): a bare surname shared by a couple or two presidents
    # goes to the first of them named in full (tapper_brazile_leak's and ken_bone_debate's "Clinton" to Bill,
    # clinton_presses_advantage's "Obama" to Michelle); vatican_holocaust_document's "Vatican" (the Holy See) the
    # "Vatican City" it is written in (british_bank_rt's adjective "Russian", which joined the "Russian Embassy", left
    # the list in session 32: a people's word is no short name of a body it opens)
    # Left for a rule when round 52 joined the suite (session 33): emanuel_killing_video's "President Clinton" given to
    # Hillary Clinton named in full (the same kind as clinton_presses_advantage: a title says nothing of sex, and 38
    # gold articles use it for the president of the same surname); white_house_schmoozing's bare "Bush" and "George
    # Bush" joined to "George W. Bush" (the gold keeps them apart; nothing in the text tells the Bushes' short forms apart)
    # Left for a rule when round 53 joined the suite (session 34; each turned away by the held-out gate as one
    # article's): bill_back_new_hampshire's bare "Clinton" (Hillary) given to Bill named in full first (the kind of
    # tapper_brazile_leak); dealbook_roasts_toasts's "Bill" of "Bill and Melinda Gates" (a couple's shared surname after
    # "and") joined to Bill Ackman, the story's other Bill; trump_attacks_bill_clinton's "Trump" of "the former Mrs.
    # Trump" (Ivana) the form Donald Trump goes by; sanders_clinton_obama_fight's "GOP" (the party, "GOP-backed")
    # joined to "Republicans", which the gold keeps apart (round 49's party words)
    # Left for a rule when round 54 joined the suite (session 35; turned away by the held-out gate as one article's):
    # apgfk_sanders_electable's joint poll "Associated Press-GfK" joins the agency and the pollster it pairs (the gold
    # keeps "AP" and "GfK" two bodies)
    # Left for a rule when round 55 joined the suite (session 36): jeb_bush_george_trump's "Mr. Bush" (the NYT's later
    # mentions of the former president George W. Bush) given to Jeb Bush, the brother the story is about, named in full
    # first (the kind of tapper_brazile_leak: a bare or honorific surname two people share) (bush_rubio_florida_early's
    # "Rich Heffley" joined to "Jeb Bush" left the list in session 36: a surname in brackets in the possessive completes
    # no given name, s36-merges)
    # Left when round 56 joined the suite (session 36): coulter_then_one's "Rupert Murdoch, Fox News," inside a comma list
    # read as a name and its apposition (for a rule: an item of a list of three or more ending "and ..." is no
    # apposition); clinton_wins_signs_trouble's "Democrats", republicans_lower_volume_debate's and trump_scrambles_map's
    # "Republicans" joined to the party by round 11's rule (an `X Party` joins its members' plural), which four stories of
    # rounds 49-53 follow and these three, with five of rounds 50-55, do not: the gold is to be made one before a rule
    # Left for a rule when round 57 joined the suite (session 37): khans_trump_ugliness's bare "Khan" ("Khan and his
    # wife") given to Ghazala Khan, the wife, not Khizr (the kind of tapper_brazile_leak: a couple's shared surname; the
    # possessive "his" after it is the sex the rule does not read); sharpton_trump_king's "Dr. King" (Martin Luther King,
    # never named in full) joined to "Don King", the story's one King named in full
    # Seen when the bench keyed gold's titled aliases by their holder (session 37, s37-merges): america_shiny_gloomy's
    # bare "Clinton" (Bill: "From Reagan to Clinton and Obama") given to Hillary Clinton, named only as "former
    # Secretary of State Hillary Clinton" (the kind of bill_back_new_hampshire; hidden while that alias was keyed whole)
    # Left when round 58 joined the suite (session 37): ryan_counter_trump_cruz's "Republicans" joined to the "Republican
    # Party" by round 11's rule, where the gold keeps the members' plural apart (the kind of trump_scrambles_map)
    # Left when round 59 joined the suite (session 38): sanders_allies_party_path's "Democrats" and "Republicans" joined
    # to their parties by round 11's rule, where the gold keeps the members' plurals apart (the same kind)
    # Fixed in session 38 (s38-merges, a party's plural read in its majority sense): clinton_wins_signs_trouble's
    # "Democrats", trump_scrambles_map's and ryan_counter_trump_cruz's "Republicans", and sanders_allies_party_path's
    # "Democrats"; its "Republicans" and republicans_lower_volume_debate's stay joined
    # Left when round 61 joined the suite (session 38, its party breaks undone by s38b-nevermerge): a bare "Clinton" that
    # is Hillary joined to "Bill Clinton" (clinton_pollster_california, clinton_dream_team with the X campaign reading;
    # obama_lays_out_stakes' gone with s39-nevermerge), "District of Columbia" = "Washington" (doj_clinton_perjury),
    # trump_endorses_ryan's "GOP" (one adjective, "within GOP circles", one party, "the already fractured GOP": a tie the
    # gold reads as members)
    # Left when round 62 joined the suite (session 39, its six breaks undone by s39-nevermerge): a bare "Clinton" that
    # is Hillary joined to "Bill Clinton" (bill_clinton_different_party, clinton_bible_rage, powell_private_email); a
    # party's members joined to it by round 11's rule, where the gold keeps the plural apart (clinton_warren_team's and
    # convention_cities_protests' "Democrats", trump_claims_nomination's "Republicans"); eric_trump_charity's bare
    # "Trump" (the father) given to Eric Trump; fed_governor_low_rates' "Mr. Meyer" (Laurence Meyer) joined to "L.H.
    # Meyer" (his firm, named after him). After session 39's wave (the X campaign reading back): clinton_dream_team's bare
    # "Clinton" joined to Bill again, dealbook_roasts_toasts' "Bill" to "Bill Ackman", mexico_against_trump's bare
    # "Trump" to the "Trump administration" the gold repair of rounds 49-54 lists; clinton_progressive_dnc_chair's gone
    # Left when rounds 63 and 64 joined the suite (session 40, their nine breaks undone by s40-nevermerge):
    # aurora_hero_boyfriends' bare "Vojtsek" joined to "Fred Vojtsek" (the model took "Julia Vojtsek" for a body, so
    # the surname had one bearer); phone_hacking_chill's "Sun" joined to "Sunday Times" by the clip rule of "Fed" for
    # "Federal" (a clip that is a common noun whose rest is one too, "Sun" + "day", is a compound, not a clip);
    # romney_not_enough's "Republican" (the adjective) joined to "Republicans" (the party acting)
    # Left when rounds 65 and 66 joined the suite (session 41, their two breaks undone by s41-merges; mexico_against_trump
    # is gone, as a leader's one name is no short name of "the Trump administration"): charlottesville_year_after's
    # "CNN" joined to "New Jersey" (a dateline's place and its agency); gop_infighting_agenda's "Hill" (the paper)
    # joined to "Capitol Hill"; goya_ceo_trump's bare "Obama" (Barack) given to Michelle Obama; pakistan_army_strikes'
    # bare "Sharif" (the prime minister) given to Raheel Sharif, the army chief: a surname two people share
    # Seen in session 42 (s42-entities): clinton_sharpens_pitch's "Democratic Party", found since "Democratic Party
    # nominee" names no prize, joined to "Democrats" by round 11's rule (the kind of clinton_warren_team)
    # Left when rounds 67 and 68 joined the suite (session 42, their breaks undone by s42-never and one gold file mended):
    # auschwitz_70th_anniversary's "Jewish" joined to the "Jewish Museum" and "Birkenau" to "Auschwitz-Birkenau" (the
    # gold keeps the camp's two parts apart); colorado_gun_control_biden's bare "Clinton" (Bill) given to Hillary Clinton
    # (the kind of bill_back_new_hampshire); gm_job_cuts' "GM" joined to its unit "GM Cruise LLC"; obama_drone_limits'
    # bare "Awlaki" (the father) given to the son "Abdulrahman al-Awlaki"; rubio_immigrant_son's "GOP" joined to the
    # "Republican Party" the gold keeps apart (round 49's party words); trump_drilling_backlash's "America" joined to "US"
    # Left when round 69 joined the suite (session 43, its breaks undone by s43-never and one gold file mended):
    # gop_budget_test's "GOP" joined to "Republicans" (party words again); lanny_davis_reporters' bare "Cohen" (Michael)
    # given to the reporter Marshall Cohen; pompeo_saudis_more_time's "Salman" (the king) given to Mohammed bin Salman;
    # prisoners_freed_overhaul's "SC" joined to the Sentencing Commission; wyden_internet_searches' "America" joined to "US"
    # Left when round 70 joined the suite (session 44, its last break the gold's, mended): democrats_police_reform_bill's
    # "DC" joined to "Washington" (the city and the District the gold keeps apart); paris_suspect_belgium_raids' "French"
    # joined to the "French Defense Ministry" it opens; prison_release_photo_id's "Amazon" joined to "Walmart" (two firms
    # the model wrote as one span); tarmac_meeting_leak_hunt's bare "Clinton" (Hillary) given to Bill named in full.
    # Gone in session 45 (s45-merges): colorado_gun_control_biden, gop_budget_test, goya_ceo_trump and
    # sanders_clinton_obama_fight, merge precision 1.00 on the branch's full bench
    # Left when round 76 joined the suite (session 47, its three breaks undone in session 46): devos_held_in_contempt's
    # "DC" joined to the "U.S. District Court" it sits in; redskins_name_native_poll's "Washington" (the team) and "DC"
    # joined to the "District of Columbia" (the kind of democrats_police_reform_bill)
    # Left when round 78 joined the suite (session 47, its one break undone by s47-merges): boston_bombing_suspect_reports'
    # "Conn." (Connecticut) joined to the doctor Alasdair Conn's surname; botham_jean_mother_hug's bare "Jean" (Botham)
    # given to his mother Allison Jean; north_korea_summit_committed's bare "Kim" (Kim Jong Un) given to the diplomat
    # Sung Kim (the kind of pakistan_army_strikes)
    # Left when round 80 joined the suite (session 48, its two breaks undone by s48-merges): bannon_impeachment_six_weeks'
    # "Democrats" joined to the "Democratic Party" (the kind of clinton_warren_team); jeb_bush_embraces_family's "George
    # Bush" (the son) joined to "George H.W. Bush" and the bare "Bush" to the "Bush family": a family that shares names
    # (bannon_impeachment_six_weeks and clinton_sharpens_pitch left the list in session 49: a party's plural narrowed to
    # some of its members, "Democrats looking for an edge", is no mention of the party acting, s49-merges;
    # boston_bombing_suspect_reports left it too: "Conn." after "Newtown," is the state, read as AP style writes it)
    # Gone in session 50 (s50-merges): convention_cities_protests' "Democrats" and trump_claims_nomination's
    # "Republicans", members acting with no "the", stay apart from the US party named in full (lead ruling 15 of rounds
    # 79-84); clinton_warren_team's "the two Democrats" stays joined, read as a plural acting with "the"
    # Joined when rounds 71, 75, 77, 79, 81, 84 and 85 left UNTOUCHED_ROUNDS (session 50), each with a wrong merge the
    # round's floors allow (merge precision under 1.0, a few pairs each), left for rules:
    # china_sidelines_north_korea_crisis, haley_tillerson_friction, kennedy_retirement_rumors,
    # michelle_obama_campaign, our_revolution_donations, portman_vp_vetting, romney_tax_returns_scrutiny,
    # ryan_running_for_speaker_again, small_theaters_show_the_interview, trump_campaign_legal_bills,
    # trump_fundraiser_kavanaugh, trump_iran_line_un_assembly, womens_march_equality
    # Joined in session 51: round 86's gaza_palestinian_killed_ceasefire (it left UNTOUCHED_ROUNDS) gives "Mr. Qudaih",
    # the man killed, to Eyad Qudaih, a neighbour of the same surname named in full later (the kind of
    # tapper_brazile_leak); round 71's obama_immigration_delay_blame joins the headline's "GOP" to "Republicans", which
    # lead ruling 25 (tests/gold/briefs/GOLD87-note.md: GOP joins the plural where no party is written in full) asks and
    # round 71's older gold keeps apart; it showed once s51-entities cut "Replay More Videos" off the video line's "GOP"
    # Gone in session 52 (s52-merges): charlottesville_year_after's wrong pair, read off a CNN dateline with no dash
    # ("(CNN)" closing the place is the agency, no initials of the place before it)
    # Gone in session 54 (s54-merges): gop_infighting_agenda's wrong pair ("Capitol Hill Republicans" is one caucus
    # mention, no longer split into a "Capitol Hill" joined to another sentence's "Hill").
    # Gone in session 53 (s53-merges): romney_not_enough's wrong pair (a surname first written only before a noun,
    # "a Romney adviser", is no evidence of a body keeping it from its bearer); obama_immigration_delay_blame's gold now
    # follows lead ruling 25 (GOP joins the acting plural where no party is written in full), so the headline's "GOP"
    # joined to "Republicans" and "House Republicans" (s53-caucus) is right
    # Gone in session 55 (s55-names): clinton_warren_team's and sanders_allies_party_path's wrong pairs (a US party's
    # plural acting with "the" is its members, never the party named in full: lead rulings 15 and 25). Seen when the
    # scorer read a title's full extent, and gone with it (s55-names): pelosi_exit_strategy_opponents' "Rep.-elect Ilhan
    # Omar (MN)", whose name the scorer had read as "elect ilhan omar", hid the state tag "MN" the program joined to her
    # (a member-elect's bare state tag is now a state: recall.bare_state_tags)
    # Gone in session 58 (s58-merges): doj_clinton_perjury's wrong pair ("U.S. attorney for the District of Columbia"
    # names the district an office reaches, not the dateline's Washington)
    # Gone in session 59 (s59-parties, lead ruling 37 of session 58): republicans_lower_volume_debate's wrong pair
    # ("Republicans" acting beside the "Republican Party" named in full are two entities, for any party)
    assert sorted(s.article for s in scores if s.merges.precision < 1.0) == [
        "america_shiny_gloomy.txt", "apgfk_sanders_electable.txt", "asset_backed_market.txt", "aurora_hero_boyfriends.txt",
        "auschwitz_70th_anniversary.txt", "bill_back_new_hampshire.txt", "bill_clinton_different_party.txt", "botham_jean_mother_hug.txt",
        "china_sidelines_north_korea_crisis.txt", "clinton_bible_rage.txt", "clinton_dream_team.txt",
        "clinton_pollster_california.txt", "clinton_presses_advantage.txt", "coulter_then_one.txt",
        "dealbook_roasts_toasts.txt", "democrats_police_reform_bill.txt", "devos_held_in_contempt.txt",
        "emanuel_killing_video.txt", "eric_trump_charity.txt", "fed_governor_low_rates.txt", "gaza_palestinian_killed_ceasefire.txt", "gm_job_cuts.txt",
        "haley_tillerson_friction.txt", "japan_variable_life.txt", "jeb_bush_embraces_family.txt",
        "jeb_bush_george_trump.txt", "ken_bone_debate.txt", "kennedy_retirement_rumors.txt", "khans_trump_ugliness.txt",
        "lanny_davis_reporters.txt", "michelle_obama_campaign.txt", "north_korea_summit_committed.txt", "obama_drone_limits.txt",
        "our_revolution_donations.txt", "pakistan_army_strikes.txt", "paris_suspect_belgium_raids.txt", "phone_hacking_chill.txt",
        "pompeo_saudis_more_time.txt", "portman_vp_vetting.txt", "powell_private_email.txt", "prison_release_photo_id.txt",
        "prisoners_freed_overhaul.txt", "redskins_name_native_poll.txt", "robot_touch_sensor.txt",
        "romney_tax_returns_scrutiny.txt", "rubio_immigrant_son.txt", "ryan_running_for_speaker_again.txt",
        "sharpton_trump_king.txt", "small_theaters_show_the_interview.txt", "tapper_brazile_leak.txt",
        "tarmac_meeting_leak_hunt.txt", "trump_attacks_bill_clinton.txt", "trump_campaign_legal_bills.txt", "trump_drilling_backlash.txt",
        "trump_endorses_ryan.txt", "trump_fundraiser_kavanaugh.txt", "trump_iran_line_un_assembly.txt", "vatican_holocaust_document.txt",
        "white_house_schmoozing.txt", "womens_march_equality.txt", "wyden_internet_searches.txt"]


@pytest.mark.parametrize("pool, floor", [("sample", 0.95), ("own articles", 0.9), ("held-out articles", 0.8)])
def test_quality_floors(scores, pool, floor):
    s = _pool(scores, pool)
    assert s.entities.precision >= floor and s.entities.recall >= floor, s.entities
    assert s.speakers.precision >= floor and s.speakers.recall >= floor, s.speakers
    assert s.merges.recall >= floor - 0.1, s.merges


def test_no_junk_in_sample_or_own_articles(scores):
    assert [(s.article, s.junk) for s in scores if s.pool in {"sample", "own articles"} and s.junk] == []


def test_report_prints_every_article_and_pool(scores):
    text = report(scores)
    for s in scores:
        assert s.article[:32] in text
    assert "SAMPLE (pooled)" in text and "never-merge violations: none" in text


def test_counts():
    c = Counts(3, 4, 2, 5)
    assert (c.precision, c.recall) == (0.75, 0.4)
    assert Counts().precision == 1.0


def _unseen(scores: list[Score], rounds: range) -> Score:
    pooled = Score("unseen", "unseen")
    for s in scores:
        if s.pool.startswith("unseen round") and int(s.pool.split()[-1]) in rounds:
            add_to_pool(pooled, s)
    return pooled


def test_unseen_pages_keep_issue_9_floors(scores):
    """Rounds 1-8 of unseen pages (aeb, then WCXB), tuned on in sessions 2-6, pooled.
    The untouched figure of each round, before any tuning on it, is in tests/gold/README.md."""
    unseen = _unseen(scores, range(1, 9))
    assert unseen.direct.gold >= 100, "fewer unseen direct quotes than the three rounds hold"
    assert unseen.direct_speakers.recall >= 0.95, unseen.direct_speakers
    assert unseen.never_merge.recall == 1.0, unseen.never_merge
    assert unseen.entities.recall >= 0.9 and unseen.merges.recall >= 0.7, (unseen.entities, unseen.merges)


def test_rounds_9_and_10_keep_what_tuning_reached(scores):
    """Rounds 9 (WCXB features) and 10 (BBC News) left UNTOUCHED_ROUNDS in session 7, before any
    tuning on them; their untouched figures (direct speakers 71.8% pooled, entities 82.1% (82.0% in the test store), merges
    76.5%) are in tests/gold/README.md. These floors rise with what tuning on them reaches (direct
    speakers 91.0% after r10-direct, "Tuned on rounds 9 and 10: direct quotes"; merges 89.4% after
    r9-merges, "Tuned on rounds 9 and 10: merges")."""
    unseen = _unseen(scores, range(9, 11))
    assert unseen.direct.gold >= 400 and unseen.reported.gold >= 200, (unseen.direct, unseen.reported)
    assert unseen.direct_speakers.recall >= 0.90, unseen.direct_speakers
    assert unseen.entities.recall >= 0.85 and unseen.merges.recall >= 0.88, (unseen.entities, unseen.merges)
    # r9-entities reached 85.6% found, precision 0.77; with r9-merges 0.755: a product its maker's name
    # opens ("Google Translate") no longer merges into the maker and counts as a prediction of its own
    assert unseen.entities.precision >= 0.75, unseen.entities
    assert unseen.never_merge.recall == 1.0, unseen.never_merge
    # reported speech: 76.6% found / 70.3% right speaker untouched; 96.2% / 91.4% after r10-reported
    assert unseen.reported.recall >= 0.95 and unseen.reported_speakers.recall >= 0.90, (unseen.reported, unseen.reported_speakers)


@dataclass(frozen=True)
class RoundFloors:
    """What one round of unseen pages keeps: floors that start at its untouched figures (tests/gold/README.md,
    "Round N: measured once, untouched") and rise with what tuning on it reaches. Each round leaves
    UNTOUCHED_ROUNDS before anything is tuned on it; its never-merge breaks are fixed first."""

    round: int
    direct_gold: int
    reported_gold: int
    direct: float
    direct_speakers: float
    entities: float
    entities_precision: float
    merges: float
    reported: float
    reported_speakers: float
    junk_rounds: range | None = None  # the rounds whose junk forms are capped, and the cap
    junk_cap: int = 0
    # below 1.0 only for a wrong merge the gold is right about and no general rule undoes (round 22's Sony)
    merges_precision: float = 1.0


ROUND_FLOORS = [
    # Round 11 (session 8): merges 74.7% untouched -> 92.4% after r11-merges -> 94.9% after r12-merges;
    # entities 89.9% / 0.855 untouched once role-other gold left the count (81.8% / 0.86 as first counted),
    # 97.1% / 0.938 after r11-entities; reported right speaker 87.1% (session 8), 88.2% (r12-speakers),
    # 88.8% after r13-speakers (direct right speaker 96.8%)
    # session 14 (s14-*, tuned on rounds 13-17): direct 98.2 / 96.8%, entities 98.4% / 0.944, merges 94.9%, reported 95.5 / 88.8%
    # session 55: tower_report's "with Congress controlled by the Democrats" is the members, apart from "the Democratic
    # party" (s55-names, lead rulings 15 and 25), as its gold now writes it too (party55): merges 94.9% again
    RoundFloors(11, 219, 178, 0.985, 0.975, 0.99, 0.955, 0.945, 0.955, 0.92),
    # Round 12 (session 9): direct found / right speaker 97.6 / 89.3% untouched, 99.0 / 95.6% after
    # r12-speakers, 99.0 / 97.6% after r13-speakers; entities 92.1% / 0.893 untouched, 97.5% / 0.962 after
    # r12-entities; merges 80.5% untouched (precision 0.90), 92.0% after r12-merges (93.9% once a pair of two
    # role-other forms is scored neither way); never-merge: 3 of 188 broken untouched (Howard = Howard Flight,
    # Slough = Slough Conservative Association, Burroughs-Wellcome Co = Wellcome PLC); reported found / right
    # speaker 91.7 / 81.7% untouched, 93.5 / 89.3% after r12-speakers, 93.5 / 91.1% after r13-speakers
    # session 13 (s13-*): direct speakers 98.0%, entities 98.2% / 0.975, merges 95.1%, reported 93.5 / 92.3%
    # session 14 (s14-*): direct 99.0 / 98.0%, entities 98.2% / 0.975, merges 95.1%, reported 94.1 / 92.9%
    RoundFloors(12, 205, 169, 0.99, 0.98, 0.98, 0.975, 0.95, 0.95, 0.94),
    # Round 13 (session 10): direct 98.4 / 92.7% untouched, 98.4 / 97.6% after r13-speakers; entities 91.5% /
    # 0.881 untouched, 92.2% / 0.888 after r13-entities (events, texts and broadcasts' titles no entity, seats of
    # government actors), rounds 10-13's junk 38 -> 15 forms; merges 78.6% untouched, precision 0.99 (1.0 once
    # US Sprint kept its acronym), 79.0% once the gold's Tory party joined the Tories, 88.0% after r13-merges;
    # never-merge: 1 of 237 broken (Sprint = GTE Sprint); reported 92.8 / 88.2% untouched, 94.1 / 92.2% after
    # r13-speakers
    # session 13 (s13-*): entities 94.4% / 0.90, merges 88.0%, reported 94.1 / 92.2%
    # session 14 (s14-*): direct 98.4 / 97.6%, entities 94.4% / 0.903, merges 89.0%, reported 94.1 / 92.2%, rounds
    # 10-13's junk 11 forms
    RoundFloors(13, 246, 153, 0.985, 0.975, 0.96, 0.92, 0.92, 0.94, 0.92, range(10, 14), 11),
    # Round 14 (session 11): direct 94.9 / 82.9% untouched, speakers 91.0% once a possessive in an apposition,
    # a name the model typed as a body and descriptions run on past the speaker were read (r14-speakers,
    # tests/test_speakers_round14.py); entities 91.8% / 0.86 untouched with 23 junk forms, 94.6% / 0.92 and 13
    # after r14-entities (works, leagues played in, ticker codes, a country's acronym before a body); merges
    # 71.8% untouched, precision 0.90, 1.0 once one list kept two Bushes apart, a party's adjective stayed apart
    # from the party and "Welsh households" from the WLGA (tests/test_merges_round14.py), 79.5% after
    # r14-merges (a firm without its trade and legal form, a body without its head noun, the person a wire
    # dateline's date ran into); never-merge: 3 of 267 broken untouched; reported 88.6 / 80.7% untouched,
    # right speaker 84.9% after r14-speakers
    # session 13 (s13-*): direct speakers 91.5%, entities 95.3% / 0.915, merges 83.1%, reported 89.2 / 85.5%
    # session 14 (s14-*): direct 94.9 / 92.7%, entities 95.3% / 0.915, merges 84.4%, reported 92.2 / 89.2%
    # session 15 (s15-*): merges 88.3% with a given name's short form ("Jim" of "James"); entity precision 0.915
    # -> 0.9148 by that rule alone: two right entities merged into one count as one right prediction fewer out
    # of one fewer, which the bench scores as lower precision though no prediction became wrong
    RoundFloors(14, 234, 166, 0.955, 0.935, 0.95, 0.925, 0.895, 0.92, 0.89, range(14, 15), 11),
    # Round 15 (session 11): direct 97.7 / 89.2% untouched, speakers 90.1% after r15-speakers (the cue clause's
    # "the newspaper" and "the airline" stand for the body the text names); entities 92.2% / 0.89 untouched with
    # 12 junk forms; merges 78.9% untouched, precision 0.99, 1.0 once a founder named after his firm stopped
    # taking its short name (session 12, tests/test_merges_round15.py), 79.8% then; never-merge: 1 of 315 broken
    # untouched (Geoffrey de Havilland = de Havilland); reported 91.4 / 85.7% untouched, 86.7% after r15-speakers
    # session 13 (s13-*): direct speakers 90.1%, entities 94.8% / 0.906, merges 83.5%, reported 91.9 / 87.1%
    # session 14 (s14-*): direct 97.7 / 92.5%, entities 95.1% / 0.914 and 11 junk forms, merges 86.2%, reported
    # 94.3 / 90.0%
    # (reported speakers 0.92 -> 0.915, session 29: one statement of 210 lost, a trade for the speaker
    # rules that raised rounds 24-47 pooled, reported right 86.6% -> 86.8%, direct 96.4% -> 96.8%)
    RoundFloors(15, 213, 210, 0.975, 0.965, 0.95, 0.925, 0.875, 0.95, 0.915, range(15, 16), 9),
    # Round 16 (session 13): direct 97.3 / 87.4% untouched; entities 89.0% / 0.88 untouched with 4 junk forms;
    # merges 70.7% untouched, precision 0.97, 1.0 once a word two bodies open with named neither and a club named
    # after its town ("X City") stayed apart from the town (tests/test_merges_round16.py); never-merge: 1 of 202
    # broken untouched (Welsh = Welsh Development Agency); reported 91.6 / 83.2% untouched
    # session 13 (s13-*, tuned on rounds 12-16): direct 97.3 / 91.3%, entities 92.1% / 0.90 and 3 junk forms, merges
    # 75.6%, reported 91.6 / 84.6%
    # session 14 (s14-*, tuned on rounds 13-17): direct 97.8 / 92.3%, entities 93.0% / 0.912, merges 78.0%, reported
    # 93.0 / 87.4%. Merges floor 0.815 (67/82) since session 24: daiwa_toronto_seat's "Daiwa" joined its Daiwa
    # Securities Co Ltd only through another story's entity of both names; an article's names are one thing only
    # where the article alone says so (tests/test_resolution_s24.py)
    RoundFloors(16, 183, 143, 0.985, 0.96, 0.935, 0.915, 0.84, 0.93, 0.905, range(16, 17), 3),
    # Round 17 (session 14): direct 98.8 / 95.6% untouched; entities 92.4% / 0.90 untouched with 16 junk forms;
    # merges 80.2% untouched, precision 0.91, 1.0 once bodies named one after another in a list stayed apart
    # and a place stayed apart from its part named with a compass word ("Devon", "North Devon";
    # tests/test_merges_round17.py), 80.2% then; never-merge: 3 of 361 broken untouched (Devon = North Devon,
    # British Potato Council = Milk Development Council, Energy Savings Trust = Agricultural Wages Committees);
    # reported 86.0 / 80.2% untouched
    # session 14 (s14-*, tuned on rounds 13-17): direct 98.8 / 97.6%, entities 95.9% / 0.927 and 13 junk forms,
    # merges 85.6%, reported 89.1 / 83.7%
    RoundFloors(17, 248, 257, 0.985, 0.975, 0.955, 0.94, 0.87, 0.905, 0.855, range(17, 18), 8),
    # Round 18 (session 15): direct 95.2 / 81.7% untouched; entities 94.98% / 0.92 untouched with 11 junk forms;
    # merges 74.5% untouched, precision 0.99, 1.0 once a body's former or later name (", initially X,", ", now
    # X,") was the body's and no acronym joined it on its letters alone (tests/test_merges_round19.py), 79.6%
    # then; never-merge: none broken untouched (268); reported 92.0 / 87.9% untouched
    # session 15 (s15-*, tuned on rounds 14-19): direct 95.2 / 92.3%, entities 94.98% / 0.916, merges 80.6%,
    # reported 92.0 / 90.5%
    RoundFloors(18, 208, 199, 0.975, 0.96, 0.955, 0.93, 0.865, 0.92, 0.91, range(18, 19), 8),
    # Round 19 (session 15): direct 98.2 / 89.4% untouched; entities 92.8% / 0.87 untouched with 18 junk forms;
    # merges 81.9% untouched, precision 0.98, 1.0 once a government named after its leader ("the Reagan
    # administration") stayed apart from him and a firm's trade word alone ("Foods") from another firm's name
    # ending in it (tests/test_merges_round19.py), 81.9% then; never-merge: none broken untouched (234);
    # reported 93.8 / 85.6% untouched
    # session 15 (s15-*, tuned on rounds 14-19): direct 98.2 / 95.6%, entities 95.0% / 0.919 and 6 junk forms,
    # merges 82.9%, reported 93.8 / 87.1%
    RoundFloors(19, 226, 210, 0.98, 0.965, 0.965, 0.935, 0.91, 0.945, 0.9, range(19, 20), 6),
    # Round 20 (session 15): direct 97.1 / 92.7% untouched; entities 94.9% / 0.92 untouched with 15 junk forms;
    # merges 75.8% untouched, precision 0.97, 1.0 once a founder's surname first written after his full name
    # ("Chairman Gordon Cain", then "Cain said") stayed his, not the firm's named after him ("Cain Chemical Inc")
    # (tests/test_merges_round20.py), 76.9% then; never-merge: 1 of 259 broken untouched (Cain = Cain Chemical
    # Inc); reported 92.5 / 89.1% untouched
    RoundFloors(20, 206, 174, 0.975, 0.93, 0.955, 0.935, 0.78, 0.93, 0.895, range(20, 21), 12),
    # Round 21 (session 16): direct 98.1 / 85.8% untouched; entities 96.0% / 0.896 untouched with 9 junk forms;
    # merges 78.9% untouched, precision 1.0; never-merge: none broken untouched (178); reported 91.7 / 84.3%
    # untouched. It left UNTOUCHED_ROUNDS at once: nothing to fix first.
    # session 16 (s16-*, tuned on rounds 15-21): direct 98.1 / 92.3%, entities 97.6% / 0.936 and 4 junk forms,
    # merges 84.2%, reported 91.7 / 85.7%. Session 16 raised rounds 15-21's floors to its figures, each rounded
    # down to 0.005; entity precision 0.005 lower still (it moves by one prediction between runs).
    # Merges floor 0.85 since session 59: lead ruling 37 split labour_pig_poster's party in full from its plural in the
    # gold; the program's output is the same, a hit pair left the gold (65/76 -> 64/75)
    RoundFloors(21, 155, 217, 0.99, 0.94, 0.975, 0.95, 0.85, 0.93, 0.88, range(21, 22), 1),
    # Round 22 (session 16): direct 94.3 / 83.0% untouched; entities 92.7% / 0.89 untouched with 11 junk forms;
    # merges 76.5% untouched, precision 0.90; never-merge: 1 of 192 broken untouched (New York = New York City).
    # Fixed first (tests/test_merges_round22.py): a bare place name beside the same name with "City" is the state
    # or country, not the city; a clipped party name's singular beside its plural ("Lib Dem", "Lib Dems") and the
    # full name's ("Liberal Democrat") are its adjectives; and the gold's Britain = UK, as in every other story.
    # Then merges 76.8% (63/82), precision 0.98: "Sony" (Sony Prudential's short form, the gold rightly says, by the
    # parallel "Equitable's") stays with "Sony Corp", whose name less its legal form it is; entities 92.7% / 0.886
    # session 17 (s17-*, tuned on rounds 17-23): direct 95.6 / 93.7%, entities 93.1% / 0.926 and 2 junk forms, merges
    # 78.0%, reported 87.9 / 81.1%. Session 17 raised every round's floors to its figures as session 16 did.
    RoundFloors(22, 159, 190, 0.96, 0.94, 0.94, 0.935, 0.8, 0.89, 0.86, range(22, 23), 1, merges_precision=0.985),
    # Round 23 (session 17): direct 97.0 / 88.6% untouched; entities 89.5% / 0.86 untouched with 19 junk forms;
    # merges 72.3% untouched, precision 0.95; never-merge: none broken untouched (138). Two gold corrections after
    # the run, as round 22's boateng: Britain = UK in digitally_obese and kasabian_brit_nominations (merges 72.9%,
    # precision 0.98). "RepublicBank" stays with "RepublicBank Corp" (the gold's is the Delaware unit's short form,
    # as round 22's Sony). It left UNTOUCHED_ROUNDS at once: no never-merge break to fix.
    # session 17 (s17-*, tuned on rounds 17-23): direct 97.0 / 96.4%, entities 90.85% / 0.944 and 3 junk forms, merges
    # 84.7%, reported 91.2 / 87.8%
    # (session 18, s18-speakers: reported gold counts of rounds 23-25 down by the quotes of studies and reports that
    # `showed`, no speech by the gold convention; only these counts changed, no floor)
    # entities' precision 0.955 -> 0.95 in session 28: `Smith Barney, Harris Upham and Co Inc` (chemlawn_waste_offer),
    # a firm's name with a comma in it, is two wrong entities where it was one since a list is no apposition
    RoundFloors(23, 166, 204, 0.975, 0.965, 0.915, 0.95, 0.89, 0.94, 0.905, range(23, 24), 2, merges_precision=0.985),
    # Round 24 (session 17): direct 93.7 / 87.3% untouched; entities 90.9% / 0.87 untouched with 14 junk forms; merges
    # 72.1% untouched, precision 1.0; never-merge: none broken untouched (153); reported 89.9 / 84.9% untouched. It left
    # UNTOUCHED_ROUNDS at once: no never-merge break, no wrong merge. After the run three speaker lists were given a
    # peer's name without his title (the convention s17-speakers set down): direct speakers 89.4%, reported 86.0%
    # session 18 (s18-*, tuned on rounds 19-25): direct 95.8 / 93.7%, entities 92.3% / 0.89 and 11 junk forms, merges
    # 74.4%, reported 92.6 / 88.6% (reported gold 179 -> 175: a study that showed is no speaker, s18-speakers)
    RoundFloors(24, 142, 175, 0.955, 0.955, 0.94, 0.91, 0.87, 0.94, 0.91, range(24, 25), 10),
    # Round 25 (session 18): direct 98.1 / 91.2% untouched; entities 93.8% / 0.92 untouched with 12 junk forms; merges
    # 75.6% untouched, precision 0.98 (two wrong merges: a demonym with the organisation named after it, `American`
    # with `Americans`); never-merge: none broken untouched (179); reported 92.6 / 86.3% untouched. It left
    # UNTOUCHED_ROUNDS at once: no never-merge break to fix
    # session 18 (s18-*, tuned on rounds 19-25): direct 100 / 97.5%, entities 95.3% / 0.96 and 2 junk forms, merges
    # 78.0% with precision 1.0 (s18-merges: the demonym kept apart, American/Americans one entity in the gold),
    # reported 93.1 / 86.8% (reported gold 175 -> 174)
    RoundFloors(25, 159, 175, 1.0, 0.985, 0.965, 0.96, 0.865, 0.945, 0.9, range(25, 26), 2),
    # Round 26 (session 18): direct 97.7 / 90.0% untouched; entities 92.8% / 0.89 untouched with 11 junk forms; merges
    # 78.2% untouched, precision 0.98; never-merge: 1 of 172 broken untouched (Graz AK = Graz); reported 92.7 / 80.6%
    # untouched. It left UNTOUCHED_ROUNDS in session 19 once s19-merges kept a town apart from the club it names with
    # its initials (tests/test_merges_s19.py): merges 80.8% at precision 1.0, the other figures as untouched
    # session 19 (s19-*, tuned on rounds 21-27): direct 99.2 / 94.6%, entities 93.9% / 0.91 and 8 junk forms, merges
    # 82.1% at precision 1.0, reported 92.7 / 84.8%
    RoundFloors(26, 130, 191, 0.99, 0.975, 0.96, 0.945, 0.88, 0.95, 0.875, range(26, 27), 8),
    # Round 27 (session 19): direct 98.1 / 83.0% untouched; entities 92.1% / 0.90 untouched with 11 junk forms; merges
    # 80.2% untouched, precision 0.93; never-merge: 3 of 191 broken untouched (Charles = Charles Kennedy, Merrill Lynch
    # = Merrill Lynch Europe Ltd, Freddie Heineken = Heineken NV); reported 92.3 / 81.3% untouched. It left
    # UNTOUCHED_ROUNDS once s19-merges kept apart a given name first written with a title, a brand and its arm in a
    # place, a firm and the man of its name (tests/test_merges_s19.py): merges 84.0% at precision 1.0, reported right
    # speaker 80.9% (the firm's `Heineken said` no longer the chairman's)
    # session 19 (s19-*, tuned on rounds 21-27): direct 100 / 97.2%, entities 94.2% / 0.94 and 3 junk forms, merges
    # 84.0% at precision 1.0, reported 92.3 / 84.7%
    RoundFloors(27, 106, 209, 1.0, 1.0, 0.955, 0.955, 0.875, 0.945, 0.875, range(27, 28), 3),
    # Round 28 (session 19): direct 95.3 / 85.2% untouched; entities 90.2% / 0.86 untouched with 37 junk forms; merges
    # 65.9% untouched, precision 0.97; never-merge: 2 of 256 broken untouched (Fed = Philadelphia Fed, House = White
    # House); reported 87.9 / 74.5% untouched. It left UNTOUCHED_ROUNDS in session 20 once s20-merges fixed both (a lone
    # `House` is a chamber; the WSJ lede read as body gives `Federal Reserve`)
    # session 20 (s20-*, tuned on rounds 22-29): direct 96.0 / 91.3%, entities 91.4% / 0.87 and 34 junk forms, merges
    # 77.3% at precision 1.0, reported 91.1 / 79.0%
    RoundFloors(28, 149, 157, 0.965, 0.955, 0.94, 0.9, 0.86, 0.925, 0.865, range(28, 29), 32),
    # Round 29 (session 20, at its start): direct 95.1 / 88.3% untouched; entities 92.6% / 0.92; merges 67.8%, precision
    # 0.89; never-merge 98.6% (David Bedford = Bedford, fixed by s20-merges; UK = Britain, a gold error corrected). It
    # stayed in UNTOUCHED_ROUNDS for two wrong merges (national_gallery_visitors, newsweek_ad_rates); tuned: direct 95.1
    # / 94.2%, merges 76.7% at precision 0.96, reported 89.4 / 81.1%. It left UNTOUCHED_ROUNDS in session 21 once
    # s21-merges fixed both (a body's name opening on a country's acronym, "U.S. News & World Report", is no country;
    # the name after an "According to X," source is no apposition of it; UK and Britain one place in its gold):
    # direct 95.1 / 94.2%, entities 94.2% / 0.92 and 6 junk forms, merges 83.6% at precision 1.0, reported 89.4 / 81.1%
    RoundFloors(29, 103, 132, 0.95, 0.94, 0.975, 0.945, 0.965, 0.9, 0.87, range(29, 30), 5),
    # Round 30 (session 20, at its end): direct 98.6 / 93.8% untouched; entities 89.3% / 0.85 with 13 junk forms;
    # merges 80.0%, precision 1.0; never-merge: none broken (144); reported 86.8 / 81.6%. It left UNTOUCHED_ROUNDS at once
    RoundFloors(30, 146, 114, 0.99, 0.99, 0.935, 0.9, 0.87, 0.945, 0.91, range(30, 31), 12),
    # Round 31 (session 21, at its start): direct 97.2 / 92.3% untouched; entities 93.1% / 0.86 with 21 junk forms;
    # merges 87.5%, precision 0.97 (the adjective Communist joined to the party Communists, undone by s21-parties);
    # never-merge: none broken (151); reported 87.2 / 85.0%. Not tuned on: the session's tuning (rounds 23-30) left its
    # figures where they were (direct 92.3%, entities 93.6% / 0.86, merges 87.5% at precision 1.0, reported 87.2 / 85.0%)
    RoundFloors(31, 143, 133, 0.99, 0.985, 0.945, 0.895, 0.975, 0.9, 0.89, range(31, 32), 15),
    # Round 32 (session 21, at its end): direct 94.4 / 83.3% untouched; entities 93.1% / 0.89; merges 70.2%, precision
    # 0.97; never-merge 99.4% (UK = Britain, a gold error corrected after the run: merges at precision 1.0 since);
    # reported 86.8 / 81.9%. It left UNTOUCHED_ROUNDS at once
    # Merges floor 0.825 since session 59: lead ruling 37 split kennedy_tax_trust's party pair in the gold; same output,
    # a hit pair left the gold (40/48 -> 39/47)
    RoundFloors(32, 144, 144, 0.965, 0.955, 0.94, 0.905, 0.825, 0.93, 0.905, range(32, 33), 12),
    # Round 33 (session 22, at its start): direct 97.8 / 96.4% untouched; entities 91.5% / 0.88 with 11 junk forms;
    # merges 71.4%, precision 0.97; never-merge 99.3% (Adelaide = University of Adelaide, undone by s22-merges: a place
    # a body is named as being of is the place); reported 89.6 / 84.9%. It left UNTOUCHED_ROUNDS once that was fixed;
    # tuned (rounds 24-33, session 22): direct 100 / 100%, entities 95.5% / 0.92, merges 93.0% at precision 1.0,
    # reported 92.5 / 90.6%. Merges floor 0.905 (39/43) since session 24: mis_forestry_tax's "the Government" joined its
    # Federal Government only through other stories' entity of both names (tests/test_resolution_s24.py)
    RoundFloors(33, 137, 106, 1.0, 1.0, 0.955, 0.92, 1.0, 0.93, 0.915, range(33, 34), 11),
    # Round 34 (session 22, at its end): direct 96.0 / 91.1% untouched; entities 89.2% / 0.89 with 15 junk forms; merges
    # 81.7%, precision 0.95; never-merge 99.5% (Guardian = Guardian Media Group, undone by s23-merges: a paper apart
    # from the group that owns it); reported 89.7 / 82.9%. It left UNTOUCHED_ROUNDS in session 23 once that was fixed,
    # with one wrong merge the gold is right about (spector_civil_action: "Ms Clarkson" is the mother, Donna, and
    # mentions keep no honorific to tell her from her daughter Lana, the last Clarkson named in full)
    RoundFloors(34, 124, 117, 0.975, 0.965, 0.925, 0.91, 0.875, 0.92, 0.86, range(34, 35), 10),
    # Round 35 (session 23, at its start): direct 98.3 / 95.0% untouched; entities 95.7% / 0.77 with 19 junk forms
    # (blogs and films named as works); merges 90.9%, precision 0.98; never-merge: none broken (179); reported 88.4 /
    # 76.8%. The first run failed on one story (tories_archer_door: a hyphen parsed as a subject) and was rerun once
    # that crash was guarded; it left UNTOUCHED_ROUNDS at once. 119 direct gold quotes since tories_archer_door's
    # one span of Sir Teddy Taylor's stopped being counted as two
    RoundFloors(35, 119, 95, 1.0, 1.0, 0.97, 0.91, 0.98, 0.89, 0.84, range(35, 36), 7),
    # Round 36 (session 23, on round 35's code, to measure it again): direct 99.1 / 94.6% untouched; entities 90.8% /
    # 0.87 with 13 junk forms; merges 83.7%, precision 1.0; never-merge: none broken (149); reported 82.5 / 78.8%. It left
    # UNTOUCHED_ROUNDS at once. Merges 36/43 in any store since session 24 (35/43 in the suite's one store of every
    # article before: another story's lone "Brown" took brown_gateshead_speech's "Mr Brown" from its Gordon Brown)
    # Merges floor 0.90 since session 59: lead ruling 37 split vaile_budget_roads's party pair in the gold; same output,
    # a hit pair left the gold (39/43 -> 38/42)
    RoundFloors(36, 112, 80, 0.99, 0.99, 0.93, 0.89, 0.90, 0.825, 0.8, range(36, 37), 10),
    # Round 37 (session 23, at its end, on the session's tuned code): direct 98.3 / 95.7% untouched; entities 93.1% /
    # 0.90 with 13 junk forms; merges 89.6%, precision 0.98; never-merge 99.1% (Oxford = Oxford University, undone by
    # s23-breaks: a town after a comma ending a college's name is its address); reported 81.6 / 78.2%. It left
    # UNTOUCHED_ROUNDS once that was fixed
    RoundFloors(37, 116, 87, 0.98, 0.98, 0.955, 0.92, 1.0, 0.815, 0.815, range(37, 38), 11),
    # Round 38 (session 23, at its end, beside round 37): direct 96.2 / 86.1% untouched; entities 95.0% / 0.91 with 12
    # junk forms; merges 88.1%, precision 0.93; never-merge 99.3% (European Community = EC Commission, undone by
    # s23-breaks); reported 91.8 / 84.1%. It stayed in UNTOUCHED_ROUNDS for Osbourne given to Sharon, until s24-merges (a
    # shared surname goes to the one mentioned last by any name) undid it
    RoundFloors(38, 79, 182, 0.96, 0.945, 0.965, 0.925, 0.98, 0.92, 0.85, range(38, 39), 10),
    # Round 39 (session 24, 48 stories, after the session's first wave of tuning): direct 97.6 / 92.3% untouched;
    # entities 92.8% / 0.88; merges 78.5%, precision 0.97; never-merge 99.6% (Congress = Congressional Budget Office,
    # undone by s24b-merges: a name opening on an adjective made of a word is no clipping of it); reported 88.7 / 82.3%.
    # It left UNTOUCHED_ROUNDS at once, the second wave's evidence
    # merges 0.84 -> 0.835 in session 28: the gold gained a pair (`the Department`, airline_merger_authority) not found
    RoundFloors(39, 169, 231, 0.98, 0.975, 0.965, 0.93, 0.835, 0.885, 0.835, range(39, 40), 15),
    # Round 40 (session 24, 48 stories, after the session's second wave): direct 98.8 / 89.2% untouched; entities 94.5% /
    # 0.86; merges 77.0%, precision 0.98; never-merge 99.6% (European Community = the EC's Executive Commission, undone
    # by s25-merges-bodies: an acronym keeps to the long name it spells in its own definition); reported 93.9 / 86.9%.
    # It left UNTOUCHED_ROUNDS when round 41 was measured, the evidence of session 25's first wave
    RoundFloors(40, 166, 214, 0.99, 0.975, 0.96, 0.94, 0.86, 0.935, 0.885, range(40, 41), 7),
    # Round 41 (session 25, 48 stories, after the session's first wave): direct 100 / 96.7% untouched; entities 93.5% /
    # 0.87; merges 74.1%, precision 0.95; never-merge 99.4% (Hans Christian Andersen = a school named after him, Navistar
    # = its subsidiary: both undone by s25b-merges-bodies); reported 89.6 / 82.1%. The second wave's evidence; it left
    # UNTOUCHED_ROUNDS when round 42 was measured. Session 54: reported 190 / 213 (89.2%), right speaker 176 / 213
    # (82.6%), once the gold split finland_cd_dealings' two clauses under one cue (found) and s54-reported split "claim
    # government figures show that A and that B" (tory_migrant_health_checks), a finding's clauses inside a claim, which
    # the gold keeps whole (a fault left open)
    RoundFloors(41, 152, 213, 1.0, 0.965, 0.94, 0.88, 0.81, 0.89, 0.825, range(41, 42), 20),
    # Round 42 (session 25, 48 stories, after the session's second wave): direct 99.2 / 95.4% untouched; entities 95.0%;
    # merges 81.2%; never-merge 98.9% (`Jagran` = `Dainik Jagran`, a publisher and its daily, undone by s27-merges-bodies:
    # the subject and the object of one verb are two). It left UNTOUCHED_ROUNDS in session 27
    RoundFloors(42, 130, 221, 0.99, 0.95, 0.955, 0.94, 0.84, 0.93, 0.88, range(42, 43), 16),
    # Round 43 (session 26, 48 stories, after the session's first wave): direct 98.3 / 91.7% untouched; entities 90.6% /
    # 0.88; merges 74.5%, precision 0.95; never-merge 99.7% (`Ford` the firm = `Bill Ford`, undone by s26b-merges-bodies:
    # a body's name written before the person of that surname keeps apart from him); reported 85.9 / 82.0%. The second
    # wave's evidence; it left UNTOUCHED_ROUNDS when round 44 was measured
    RoundFloors(43, 121, 206, 0.98, 0.93, 0.91, 0.885, 0.805, 0.86, 0.825, range(43, 44), 23, merges_precision=0.985),
    # Round 44 (session 26, 48 stories, after the session's second wave): direct 93.3 / 90.0% untouched; entities 93.1% /
    # 0.88; merges 70.9%, precision 0.99; never-merge 100%; reported 90.2 / 84.8%. Session 27's first wave's evidence; it
    # left UNTOUCHED_ROUNDS at the end of session 27
    RoundFloors(44, 90, 244, 0.93, 0.91, 0.94, 0.895, 0.79, 0.9, 0.845, range(44, 45), 24, merges_precision=0.985),
    # Round 45 (session 27, 48 stories, one half English Wikinews, after the session's first wave): direct 97.3 / 92.9%
    # untouched; entities 93.0% / 0.90; merges 75.0%, precision 0.97; never-merge 100%; reported 87.4 / 83.8%. The second
    # wave's evidence; it left UNTOUCHED_ROUNDS when round 46 was measured
    RoundFloors(45, 112, 191, 0.97, 0.96, 0.935, 0.9, 0.86, 0.88, 0.845, range(45, 46), 16),
    # Round 46 (session 27, 48 stories, one half Reuters RCV1, after the session's second wave): direct 95.9 / 88.2%
    # untouched; entities 91.4% / 0.92; merges 81.1%, precision 0.97; never-merge 99.4% (two breaks, undone by session
    # 28's wave); reported 93.3 / 88.8%. Session 28's evidence; it left UNTOUCHED_ROUNDS when round 47 was measured
    RoundFloors(46, 195, 268, 0.99, 0.96, 0.955, 0.925, 0.91, 0.93, 0.89, range(46, 47), 13, merges_precision=0.985),
    # Round 47 (session 28, 48 stories, two halves new wires: NYT News Service and AP of 1998): direct 97.6 / 91.0%
    # untouched; entities 92.2% / 0.89; merges 70.8%, precision 0.97; never-merge 100%; reported 86.7 / 81.8%. Session
    # 29's evidence; after its wave (and its gold fix: party adjectives apart from the party) direct 97.6 / 94.4%,
    # entities 92.8% / 0.91, merges 84.6%, precision 0.99, reported 87.1 / 83.3%; it left UNTOUCHED_ROUNDS when round 48
    # was measured
    RoundFloors(47, 377, 264, 0.97, 0.935, 0.92, 0.9, 0.83, 0.865, 0.825, range(47, 48), 20, merges_precision=0.98),
    # Round 48 (session 29, 48 stories: more NYT News Service and AP of 1998, more RCV1, 12 WCXB pages of new outlets):
    # direct 96.8 / 86.4% untouched; entities 87.9% / 0.87; merges 73.7%, precision 0.96; never-merge 99.5%; reported
    # 87.1 / 76.3%. Its breaks were undone by session 30's wave, two its party words brought by session 31's; after
    # session 31's wave direct 97.1 / 93.5%, entities 91.9% / 0.89, merges 79.3% at precision 0.99, reported 87.1 / 81.3%.
    # It left UNTOUCHED_ROUNDS when round 51 was measured
    RoundFloors(48, 279, 241, 0.965, 0.93, 0.915, 0.885, 0.79, 0.865, 0.81, range(48, 49), 38, merges_precision=0.985),
    # Rounds 49 and 50 (session 30, 48 PolNeAR stories each, seven US publishers on the 2016 election): direct 92.9 /
    # 86.2% and 78.1 / 68.3% untouched (the NYT's '' marks); entities 94.5% / 0.93 and 95.9% / 0.90; merges 79.2% and
    # 77.9%; never-merge 99.0% and 99.1%, undone by session 31's wave; reported 79.9 / 74.0% and 82.2 / 74.5%. After
    # that wave: direct 94.9 / 90.1% and 95.7 / 86.0%, entities 95.0% / 0.93 and 95.9% / 0.90, merges 82.2% at
    # precision 0.98 and 81.2% at 1.0, reported 81.8 / 75.1% and 83.2 / 75.7%. They left UNTOUCHED_ROUNDS when round 51
    # was measured
    RoundFloors(49, 494, 373, 0.945, 0.895, 0.945, 0.925, 0.815, 0.815, 0.745, range(49, 50), 25, merges_precision=0.975),
    RoundFloors(50, 508, 404, 0.955, 0.855, 0.955, 0.895, 0.81, 0.83, 0.755, range(50, 51), 27, merges_precision=0.99),
    # Round 51 (session 31, 48 more PolNeAR stories from its `train` split): direct 94.3 / 87.6% untouched; entities
    # 94.1% / 0.91; merges 85.0%, precision 0.98; never-merge 99.1%, undone by session 32's wave; reported 69.6 / 64.9%.
    # After that wave direct 94.5 / 90.2%, entities 96.6% / 0.93, merges 85.4% at precision 1.0, reported 74.3 / 70.3%.
    # It left UNTOUCHED_ROUNDS when round 52 was measured
    RoundFloors(51, 492, 296, 0.94, 0.895, 0.96, 0.925, 0.85, 0.74, 0.70, range(51, 52), 16),
    # Round 52 (session 31, 48 more PolNeAR `train` stories): direct 96.6 / 88.5% untouched; entities 93.3% / 0.93;
    # merges 82.8%, precision 0.94; never-merge 97.8%, undone by session 33's wave; reported 81.1 / 72.6%. After that
    # wave direct 97.1 / 94.8%, entities 94.6% / 0.94, merges 85.7% at precision 0.98, reported 81.1 / 73.6%. It left
    # UNTOUCHED_ROUNDS when round 53 was measured
    RoundFloors(52, 445, 307, 0.965, 0.94, 0.94, 0.93, 0.85, 0.805, 0.73, range(52, 53), 11, merges_precision=0.975),
    # Round 53 (session 33, 48 more PolNeAR `train` stories): direct 94.8 / 83.4% untouched; entities 94.3% / 0.92;
    # merges 79.0%, precision 0.97; never-merge 99.0% (a family's shared given names), undone by session 34's wave;
    # reported 78.7 / 70.8%. After that wave direct 94.8 / 84.8%, entities 94.5% / 0.93, merges 79.7% at precision
    # 0.98, reported 78.7 / 71.5%. It left UNTOUCHED_ROUNDS when round 54 was measured
    RoundFloors(53, 446, 253, 0.945, 0.845, 0.94, 0.92, 0.79, 0.785, 0.715, range(53, 54), 17, merges_precision=0.975),
    # Round 54 (session 33, 48 more PolNeAR `train` stories): direct 91.9 / 84.4% untouched; entities 94.5% / 0.93;
    # merges 85.8%, precision 0.96; never-merge 98.2% (a father and son of one name, two Georges, a family's plural),
    # undone by session 35's wave; reported 87.3 / 77.3%. After that wave direct 92.1 / 85.3%, entities 94.8% / 0.93,
    # merges 87.3% at precision 0.996 (apgfk_sanders_electable's joint poll), reported 87.3 / 77.7%. It left
    # UNTOUCHED_ROUNDS when round 55 was measured. Reported right speaker 0.775 -> 0.77 in session 39 (225 of 291, one
    # quote: nytimes54_prisoner_swap_costs' "Freeing her husband" given to "an Iranian-American pastor", not Obama,
    # since s39-nevermerge; its untouched figure was 77.3%)
    RoundFloors(54, 455, 291, 0.92, 0.85, 0.945, 0.925, 0.87, 0.87, 0.77, range(54, 55), 14, merges_precision=0.995),
    # Round 55 (session 34, 48 more PolNeAR `train` stories): direct 94.5 / 83.6% untouched; entities 92.7% / 0.93;
    # merges 84.4%, precision 0.94; never-merge 97.1% (six breaks: a body and its committee or agency, a people's word
    # and a firm, a family and a surname, Eric and Erica Garner, a family's bare surname), undone by s35-nevermerge
    # (merge precision 0.98; its gold's `America` mended to the United States in session 36); reported 81.8 / 71.6%.
    # In the suite's one store of every gold article: direct 93.8 / 83.0%, entities 92.5% / 0.91, reported 81.1 / 70.9%.
    # It left UNTOUCHED_ROUNDS when round 56 was measured
    RoundFloors(55, 470, 275, 0.935, 0.825, 0.92, 0.905, 0.835, 0.805, 0.705, range(55, 56), 18, merges_precision=0.97),
    # Round 56 (session 35, 48 more PolNeAR `train` stories), measured at the start of session 36 on session 35's code:
    # direct 93.4 / 85.9% untouched; entities 93.0% / 0.93; merges 83.1%, precision 0.96; never-merge 98.7% (a state's
    # party, the Obama White House, Nancy and Ronald Reagan), undone by s36-nevermerge; reported 78.8 / 69.3%. After
    # session 36's wave, in the suite's one store: direct 93.4 / 86.5%, merges 84.1% at 0.98, entities 93.0% / 0.93,
    # never-merge 100%. It left UNTOUCHED_ROUNDS when round 57 was measured
    RoundFloors(56, 498, 316, 0.93, 0.86, 0.925, 0.92, 0.835, 0.785, 0.69, range(56, 57), 17, merges_precision=0.97),
    # Round 57 (session 36, 48 more PolNeAR `train` stories), measured at the end of session 36 after its wave: direct
    # 94.9 / 86.6% untouched; entities 94.0% / 0.92; merges 82.0%, precision 0.99; never-merge 100%, the first PolNeAR
    # round with no break untouched; reported 80.1 / 68.8%. In the suite's one store (its gold's PeÃ±a Nieto repair
    # since): direct 94.9 / 87.1%, entities 94.1% / 0.92, merges 82.0% at 0.99, reported 80.1 / 69.4%. It left
    # UNTOUCHED_ROUNDS when round 58 was measured
    RoundFloors(57, 449, 337, 0.945, 0.87, 0.94, 0.915, 0.82, 0.80, 0.69, range(57, 58), 26, merges_precision=0.985),
    # Round 58 (session 36, 48 more PolNeAR `train` stories), measured at the start of session 37 on session 36's code:
    # direct 97.1 / 89.1% untouched; entities 92.4% / 0.93; merges 84.0%, precision 0.99; never-merge 99.6% (`Saudis`
    # = `Saudi`, undone by s37-merges); reported 79.4 / 71.1%. After session 37's wave, its gold's `The` forms and the
    # bench's titled forms and "one": direct 97.1 / 90.4%, entities 93.4% / 0.94, merges 84.7% at 0.995, never-merge
    # 100%, reported 79.4 / 71.1%. It left UNTOUCHED_ROUNDS when round 59 was measured
    RoundFloors(58, 449, 287, 0.97, 0.90, 0.93, 0.93, 0.845, 0.79, 0.71, range(58, 59), 14, merges_precision=0.99),
    # Round 59 (session 37, 48 more PolNeAR `train` stories), measured after session 37's first wave: direct 95.0 /
    # 89.9% untouched; entities 93.5% / 0.93; merges 80.9%, precision 0.98; never-merge 98.8% (three breaks, undone by
    # s37b-nevermerge); reported 76.8 / 66.3%. After the second wave, in the suite's one store: direct 95.7 / 90.5%,
    # entities 93.5% / 0.93, merges 83.3% at 0.99, never-merge 100%, reported 76.8 / 66.3%. It left UNTOUCHED_ROUNDS
    # when round 60 was measured
    RoundFloors(59, 484, 323, 0.955, 0.90, 0.93, 0.925, 0.83, 0.765, 0.66, range(59, 60), 25, merges_precision=0.985),
    # Round 60 (session 37, 48 more PolNeAR `train` stories), measured at the start of session 38 on session 37's code:
    # direct 96.7 / 87.5% untouched; entities 93.2% / 0.93; merges 85.9%, precision 0.98; never-merge 99.1% (three party
    # breaks, undone by s38-merges); reported 75.4 /
    # 66.3%. After session 38's wave: direct 96.7 / 89.4%, entities 93.7% / 0.94, merges 85.9% at 1.00, never-merge 100%,
    # reported 75.6 / 66.3%. It left UNTOUCHED_ROUNDS when its breaks were undone, before round 61 was measured
    RoundFloors(60, 518, 386, 0.965, 0.89, 0.93, 0.93, 0.855, 0.75, 0.66, range(60, 61), 14, merges_precision=0.99),
    # Round 61 (session 38, 46 more PolNeAR `train` stories), measured after session 38's wave: direct 94.1 / 87.7%
    # untouched; entities 94.2% / 0.91; merges 83.4%, precision 0.94; never-merge 97.8% (five party breaks, undone by
    # s38b-nevermerge); reported 76.5 / 70.1%. Its untouched figure was of code with the X campaign rule, taken back
    # after the run: on main with s38b-nevermerge, entities 93.2% / 0.91, merges 84.8% at 0.98, never-merge 100%, the
    # quotes as measured. It left UNTOUCHED_ROUNDS when its breaks were undone, when round 62 was measured
    RoundFloors(61, 472, 328, 0.94, 0.875, 0.93, 0.905, 0.845, 0.765, 0.70, range(61, 62), 13, merges_precision=0.975),
    # Round 62 (session 39, 48 more PolNeAR `train` stories), measured at the start of session 39 on session 38's code:
    # direct 95.5 / 89.6% untouched; entities 95.0% / 0.92; merges 82.7%, precision 0.95; never-merge 97.0% (six
    # breaks, undone by s39-nevermerge); reported 78.3 / 70.1%. With s39-nevermerge: direct 95.5 / 89.2% (two quotes
    # whose right speaker was the son or the company joined to the man: "said the younger Mr. Trump", "The company
    # says"), entities 95.0% / 0.92, merges 82.7% at 0.97, never-merge 100%, reported 78.3 / 69.6%. It left
    # UNTOUCHED_ROUNDS when its breaks were undone
    RoundFloors(62, 424, 355, 0.955, 0.89, 0.95, 0.92, 0.825, 0.78, 0.695, range(62, 63), 16, merges_precision=0.965),
    # Round 63 (session 39, 48 stories of a new corpus, Moz's Dragnet data: 2012 web pages with their furniture),
    # measured after session 39's wave: direct 97.8 / 94.2% untouched; entities 85.9% / 0.82; merges 76.9%, precision
    # 0.96; never-merge 98.6% (four breaks, undone by s40-nevermerge); reported 81.5 / 76.9%. After session 40's wave:
    # direct 97.8 / 94.8%, entities 90.0% / 0.85 (by-lines, credits and promo lines read), merges 76.9% at 0.99,
    # never-merge 100%, reported 81.5 / 76.9%. It left UNTOUCHED_ROUNDS when its breaks were undone
    RoundFloors(63, 363, 303, 0.975, 0.945, 0.895, 0.845, 0.765, 0.81, 0.765, range(63, 64), 83, merges_precision=0.99),
    # Round 64 (session 39, 48 more Dragnet stories), measured at the start of session 40 on session 39's code: direct
    # 96.1 / 90.4% untouched; entities 87.5% / 0.85; merges 76.2%, precision 0.94; never-merge 98.5% (five breaks,
    # undone by s40-nevermerge); reported 80.5 / 71.4%. After session 40's wave: direct 96.1 / 90.4%, entities 91.9% /
    # 0.87, merges 77.1% at 0.99, never-merge 100%, reported 80.5 / 71.7%. It left UNTOUCHED_ROUNDS with round 63
    RoundFloors(64, 335, 339, 0.96, 0.90, 0.915, 0.87, 0.77, 0.805, 0.715, range(64, 65), 44, merges_precision=0.985),
    # Round 65 (session 40, 48 stories of a new corpus, the AllSides articles of Baly et al.: 2012-2020 news of many
    # outlets as newspaper3k kept it), measured after session 40's wave: direct 95.4 / 91.2% untouched; entities 92.6% /
    # 0.88; merges 80.1%, precision 0.97; never-merge 99.7% (one break, undone by s41-merges); reported 85.9 / 78.7%.
    # After session 41's wave: direct 95.6 / 91.4%, entities 93.4% / 0.90 (photo credits, contributor and copyright
    # lines read), merges 80.8% at 0.98, never-merge 100%, reported 85.9 / 78.7%. It left UNTOUCHED_ROUNDS with round 66
    RoundFloors(65, 453, 347, 0.955, 0.91, 0.93, 0.89, 0.805, 0.855, 0.78, range(65, 66), 42, merges_precision=0.98),
    # Round 66 (session 40, 48 more AllSides stories), measured at the start of session 41 on session 40's code: direct
    # 93.8 / 87.8% untouched; entities 92.4% / 0.88; merges 87.2%, precision 0.99; never-merge 99.8% (one break, undone
    # by s41-merges); reported 89.6 / 79.9%. After session 41's wave: direct 94.0 / 88.3%, entities 93.6% / 0.90 (The
    # Hill's hover cards read out of the text), merges 87.5% at 1.00, never-merge 100%, reported 89.8 / 80.2%. It left
    # UNTOUCHED_ROUNDS when round 67 was measured
    RoundFloors(66, 547, 383, 0.935, 0.875, 0.93, 0.895, 0.87, 0.895, 0.795, range(66, 67), 34, merges_precision=0.995),
    # Round 67 (session 41, 48 AllSides stories of a second draw), measured after session 41's wave: direct 92.6 /
    # 87.9% untouched; entities 92.0% / 0.89; merges 82.5%, precision 0.98; never-merge 99.5% (two breaks, undone by
    # s42-never); reported 86.1 / 78.5%. After session 42's wave: direct 93.0 / 88.6%, entities 92.6% / 0.90, merges
    # 83.0% at 0.99, never-merge 100%, reported 86.1 / 79.0%. It left UNTOUCHED_ROUNDS when round 69 was measured
    RoundFloors(67, 489, 447, 0.93, 0.885, 0.925, 0.895, 0.825, 0.86, 0.785, range(67, 68), 29, merges_precision=0.985),
    # Round 68 (session 41, the next 48 of that draw), measured at the start of session 42 on session 41's code: direct
    # 93.7 / 86.5% untouched; entities 91.0% / 0.88; merges 79.5%, precision 0.97; never-merge 99.0% (four breaks: three
    # undone by s42-never, one the gold's, mended); reported 82.7 / 74.4%. After session 42's wave: direct 93.9 / 87.1%,
    # entities 91.5% / 0.88, merges 79.9% at 0.98, never-merge 100%, reported 82.7 / 75.3%. It left UNTOUCHED_ROUNDS with
    # round 67
    RoundFloors(68, 474, 445, 0.935, 0.87, 0.91, 0.875, 0.795, 0.825, 0.75, range(68, 69), 56, merges_precision=0.98),
    # Round 69 (session 42, 48 AllSides stories of a third draw), measured after session 42's wave: direct 94.2 / 86.8%
    # untouched; entities 94.7% / 0.91; merges 70.8%, precision 0.95; never-merge 99.2% (four breaks: three undone by
    # s43-never, one the gold's, mended); reported 83.7 / 75.9%. After session 43's wave: direct 95.4 / 88.2%, entities
    # 94.7% / 0.92, merges 71.5% at 0.98, never-merge 100%, reported 83.9 / 76.1%. It left UNTOUCHED_ROUNDS when round 71
    # was measured
    RoundFloors(69, 433, 465, 0.95, 0.88, 0.945, 0.915, 0.71, 0.835, 0.76, range(69, 70), 30, merges_precision=0.975),
    # Round 70 (session 42's second draw of 48 AllSides stories), measured at the start of session 43 on session 42's code:
    # direct 93.3 / 84.9% untouched; entities 91.0% / 0.89; merges 80.6%, precision 0.97; never-merge 99.3% (three breaks:
    # one undone by s43-never, two the gold's, mended); reported 87.1 / 77.4%. After session 44's wave: direct 93.3 /
    # 85.5%, entities 91.4% / 0.90, merges 81.4% at 0.98, never-merge 100%, reported 87.1 / 77.6%. It left
    # UNTOUCHED_ROUNDS when round 73 was measured
    RoundFloors(70, 510, 456, 0.93, 0.85, 0.91, 0.895, 0.81, 0.87, 0.775, range(70, 71), 37, merges_precision=0.98),
    # Round 71 (session 43, 48 AllSides stories of a fourth draw), measured after session 43's wave: direct 88.3 / 81.9%
    # untouched; entities 95.0% / 0.92; merges 83.8%, precision 0.94; never-merge 97.9% (seven breaks, the last of them,
    # `Russian` = `Russians`, gone with session 49's people's-plural convention); reported 83.1 / 77.0%. On session 49's
    # final code: direct 88.3 / 82.1%, entities 95.3% / 0.93, merges 82.5% at 0.98, never-merge 100%, reported 83.1 /
    # 78.1%. It left UNTOUCHED_ROUNDS in session 50. Merge precision 0.974 in the suite's store since session 51: the
    # headline's "GOP" joins "Republicans" as lead ruling 25 asks and this older gold does not (obama_immigration_delay_blame)
    RoundFloors(71, 530, 366, 0.88, 0.815, 0.945, 0.92, 0.82, 0.825, 0.775, range(71, 72), 21, merges_precision=0.97),
    # Round 75 (session 45, 48 AllSides stories of a sixth draw), measured after session 45's wave: direct 93.0 / 88.6%
    # untouched; one never-merge break (`San Diego` = `San Diego County`, undone by s50-merges: a US county beside the
    # city of its name is two places). On session 50's final code: direct 93.0 / 88.8%, entities 94.7% / 0.91, merges
    # 84.0% at 1.00, never-merge 100%, reported 77.9 / 71.6%. It left UNTOUCHED_ROUNDS at the end of session 50
    RoundFloors(75, 484, 408, 0.925, 0.88, 0.94, 0.90, 0.835, 0.775, 0.71, range(75, 76), 24, merges_precision=0.99),
    # Round 76 (session 45's second draw of 48 AllSides stories), measured at the start of session 46 on session 45's
    # code: direct 90.4 / 84.1% untouched; entities 95.2% / 0.91; merges 77.9%, precision 0.98; never-merge 99.4% (three
    # breaks, undone in session 46: a state's chamber written with "State", a postal code alone in brackets after a
    # lawmaker's name); reported 83.6 / 75.9%. After session 46's wave: direct 90.4 / 84.1%, entities 95.5% / 0.91,
    # merges 77.9% at 0.99, never-merge 100%, reported 83.6 / 76.2%. It left UNTOUCHED_ROUNDS when round 78 was measured
    RoundFloors(76, 509, 403, 0.90, 0.84, 0.955, 0.91, 0.775, 0.835, 0.76, range(76, 77), 28, merges_precision=0.985),
    # Round 77 (session 46, 48 AllSides stories of a seventh draw), measured after session 46's wave: direct 92.5 / 83.6%
    # untouched; entities 94.9% / 0.91; merges 81.0%, precision 0.96; never-merge 99.5% (two breaks: a body's task force,
    # undone in session 48; `Ukrainian` = `Ukrainians`, gone with session 49's people's-plural convention); reported
    # 81.6 / 74.9%. On session 49's final code: direct 92.5 / 84.4%, entities 95.4% / 0.92, merges 81.9% at 0.97,
    # never-merge 100%, reported 81.6 / 75.1%. It left UNTOUCHED_ROUNDS in session 50
    RoundFloors(77, 531, 354, 0.92, 0.84, 0.95, 0.91, 0.815, 0.81, 0.745, range(77, 78), 25, merges_precision=0.965),
    # Round 78 (session 46's second draw of 48 AllSides stories), measured at the start of session 47 on session 46's
    # code: direct 92.9 / 88.0% untouched; entities 95.2% / 0.92; merges 84.6%, precision 0.98; never-merge 99.8% (one
    # break, undone by s47-merges: a party's plural that only holds a view, in a story naming the party only after "of");
    # reported 86.6 / 78.7%. After session 47's wave: direct 92.9 / 88.1%, entities 95.3% / 0.92, merges 84.6% at 0.99,
    # never-merge 100%, reported 86.6 / 78.7%. It left UNTOUCHED_ROUNDS when round 79 was measured
    RoundFloors(78, 565, 447, 0.925, 0.88, 0.95, 0.92, 0.845, 0.865, 0.785, range(78, 79), 27, merges_precision=0.985),
    # Round 79 (session 47, 48 AllSides stories of an eighth draw), measured after session 47's wave: direct 94.7 / 88.5%
    # untouched; entities 93.6% / 0.93; merges 86.0%, precision 0.97; never-merge 99.1% (five breaks: four undone in
    # session 48, `Russians` = `Russian` gone with session 49's people's-plural convention); reported 82.8 / 76.9%. On
    # session 49's final code: direct 94.7 / 89.2%, entities 94.0% / 0.93, merges 86.7% at 1.00, never-merge 100%,
    # reported 82.8 / 76.9%. It left UNTOUCHED_ROUNDS in session 50
    RoundFloors(79, 471, 437, 0.94, 0.885, 0.935, 0.92, 0.86, 0.825, 0.765, range(79, 80), 20, merges_precision=0.995),
    # Round 80 (session 47's second draw of 48 AllSides stories), measured at the start of session 48 on session 47's
    # code: direct 94.6 / 87.6% untouched; entities 91.7% / 0.90; merges 80.6%, precision 0.97; never-merge 99.7% (two
    # breaks, undone by s48-merges: a body's assembly is another body; a state's chamber named only in its officer's
    # title is his office's); reported 82.5 / 75.9%. After session 48's wave: direct 94.6 / 88.3%, entities 92.5% /
    # 0.91, merges 80.6% at 0.98, never-merge 100%, reported 82.5 / 76.2%. It left UNTOUCHED_ROUNDS when round 81 was
    # measured
    RoundFloors(80, 523, 365, 0.945, 0.88, 0.925, 0.905, 0.805, 0.82, 0.76, range(80, 81), 19, merges_precision=0.975),
    # Round 81 (session 48, 48 AllSides stories of a ninth draw), measured after session 48's wave: direct 91.5 / 82.9%
    # untouched; entities 91.9% / 0.90; merges 80.1%, precision 0.96; never-merge 99.4% (four breaks: one undone in
    # session 49, one gone with its people's-plural convention, the two party plurals undone by s50-merges: a US party
    # named in full stays apart from its members' bare plural); reported 81.4 / 73.7%. On session 50's final code:
    # direct 93.2 / 84.6%, entities 94.8% / 0.91, merges 81.6% at 0.99, never-merge 100%, reported 84.4 / 76.4%. It left
    # UNTOUCHED_ROUNDS at the end of session 50
    RoundFloors(81, 468, 403, 0.925, 0.84, 0.94, 0.90, 0.81, 0.84, 0.76, range(81, 82), 36, merges_precision=0.98),
    # Round 83 (session 49's first draw of 48 AllSides stories), measured at the end of session 49 after its wave:
    # direct 93.9 / 87.6% untouched; entities 94.7% / 0.89; merges 81.4%, precision 1.00; never-merge 100% (no break,
    # so it left UNTOUCHED_ROUNDS as soon as it was measured); reported 82.6 / 74.0%
    RoundFloors(83, 492, 493, 0.935, 0.87, 0.94, 0.88, 0.805, 0.82, 0.735, range(83, 84), 45),
    # Round 84 (session 49's second draw of 48 AllSides stories), measured at the start of session 50 on session 49's
    # code: direct 95.6 / 87.4% untouched; entities 94.7% / 0.91; merges 85.1%, precision 0.98; never-merge 99.8% (two
    # breaks, undone by s50-merges: a relative told apart by his given name's form, a US party named in full apart from
    # its members' plural); reported 80.6 / 73.4%. After session 50's wave: direct 95.6 / 90.2%, entities 95.3% / 0.92,
    # merges 85.1% at 1.00, never-merge 100%, reported 80.6 / 74.1%. It left UNTOUCHED_ROUNDS at the end of session 50
    RoundFloors(84, 523, 428, 0.95, 0.895, 0.945, 0.91, 0.845, 0.80, 0.735, range(84, 85), 31, merges_precision=0.99),
    # Round 85 (session 50's first draw of 48 AllSides stories), measured at the end of session 50 after its wave: direct
    # 93.8 / 89.0% untouched; entities 93.9% / 0.93; merges 79.5%, precision 0.98; never-merge 99.9% (one break, a county
    # and its police department, undone at once: a name closed by a place's noun is never a body's short name); reported
    # 77.5 / 69.9%. It left UNTOUCHED_ROUNDS at the end of session 50
    RoundFloors(85, 498, 432, 0.93, 0.885, 0.935, 0.92, 0.79, 0.77, 0.695, range(85, 86), 30, merges_precision=0.975),
    # Round 86 (session 50's second draw of 48 AllSides stories), measured at the start of session 51 on session 50's
    # code: direct 95.2 / 88.2% untouched; entities 94.7% / 0.92; merges 83.3%, precision 0.99; never-merge 99.9% (one
    # break, a son joined to his father's bare surname, undone by s51-merges: a bare surname beside a Jr. called so is
    # the father alone); reported 75.6 / 68.9%. After session 51's wave: direct 95.2 / 89.3%, entities 94.8% / 0.92,
    # merges 85.4% at 1.00, never-merge 100%, reported 75.6 / 68.9%. It left UNTOUCHED_ROUNDS at the end of session 51
    RoundFloors(86, 516, 431, 0.945, 0.885, 0.94, 0.91, 0.845, 0.75, 0.68, range(86, 87), 30, merges_precision=0.99),
]


@pytest.mark.parametrize("floors", ROUND_FLOORS, ids=lambda f: f"round {f.round}")
def test_round_keeps_what_tuning_reached(scores, floors):
    unseen = _unseen(scores, range(floors.round, floors.round + 1))
    assert unseen.direct.gold >= floors.direct_gold and unseen.reported.gold >= floors.reported_gold, (unseen.direct, unseen.reported)
    assert unseen.direct.recall >= floors.direct and unseen.direct_speakers.recall >= floors.direct_speakers, (
        unseen.direct, unseen.direct_speakers)
    assert unseen.entities.recall >= floors.entities and unseen.entities.precision >= floors.entities_precision, unseen.entities
    assert unseen.merges.recall >= floors.merges and unseen.merges.precision >= floors.merges_precision, unseen.merges
    assert unseen.never_merge.recall == 1.0, unseen.never_merge
    assert unseen.reported.recall >= floors.reported and unseen.reported_speakers.recall >= floors.reported_speakers, (
        unseen.reported, unseen.reported_speakers)
    if floors.junk_rounds:
        pools = {f"unseen round {n}" for n in floors.junk_rounds}
        junk = [(s.article, j) for s in scores if s.pool in pools for j in s.junk]
        assert len(junk) <= floors.junk_cap, junk


def test_sample_keeps_albukamal_a_place(scores):
    from .extraction_corpus import corpus

    db = corpus()[0]
    roles = {r for (r,) in db.execute(
        "SELECT DISTINCT e.role FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.text = 'Albukamal'")}
    assert roles == {"location"}
    sample = [s for s in scores if s.pool == "sample"]
    assert sample and all(s.direct_speakers.recall == 1.0 and s.reported_speakers.recall == 1.0 for s in sample)


def test_untouched_and_reserved_rounds_stay_out_of_the_tests():
    """The untouched round is scored by the bench alone, the reserved one only when named: the
    store these tests build holds neither, so running the tests shows no one their figures."""
    from bench.extraction_quality import GOLD_DIR, UNTOUCHED_ROUNDS, load_gold

    tested = load_gold(untouched=False)
    assert not {g.get("round") for g in tested} & UNTOUCHED_ROUNDS
    by_default = load_gold()
    assert {g.get("round") for g in by_default} >= UNTOUCHED_ROUNDS
    reserved = load_gold(sorted((GOLD_DIR / "reserved").glob("*.json")))
    assert not {g["article"] for g in reserved} & {g["article"] for g in by_default}
    for gold in [*by_default, *reserved]:
        assert (GOLD_DIR.parents[1] / gold["article"]).is_file(), gold["article"]
        assert all(q["kind"] in {"direct", "indirect"} and q["speaker"] for q in gold["quotes"]), gold["article"]
        assert all(e["role"] in {"actor", "location", "other"} and e["aliases"] for e in gold["entities"]), gold["article"]


@pytest.mark.parametrize("corpus, round_", [
    ("wcxb", 8),  # WCXB's pages, round 8 on
    ("bbcnews", 10),  # the BBC News dataset's stories, round 10 on
    ("reuterswire", 11),  # Reuters-21578's wire stories, round 11 on
    ("wsj", 28),  # the Penn Treebank sample's Wall Street Journal stories, round 28 on
    ("abc", 30),  # NLTK's ABC corpus (Australian Broadcasting Commission, 2006, rural and science news), round 30 on
    ("wikinews", 45),  # English Wikinews of 2004-05 (WikinewsSum's sample), round 45 on
    ("rcvone", 46),  # Reuters RCV1 stories of 1996-97 (the CoNLL-2003 English data), round 46 on
    ("nytwire", 47),  # New York Times News Service stories of 1998 (the NIST IE-ER sample), round 47 on
    ("apwire", 47),  # Associated Press stories of 1998 (the NIST IE-ER sample), round 47 on
])
def test_a_public_corpus_gold_pools_as_an_unseen_round(tmp_path, corpus, round_):
    """Gold on a public corpus (tests/articles/<corpus>/, gold <corpus><N>_*.json) has its round read
    from the file name and is pooled as an unseen round, as aeb's are."""
    from bench.extraction_quality import load_gold, pool_of

    path = tmp_path / f"{corpus}{round_}_some_story.json"
    path.write_text(json.dumps({"article": f"tests/articles/{corpus}/some_story.txt", "entities": [], "quotes": []}))
    (gold,) = load_gold([path])
    assert gold["round"] == round_ and pool_of(gold) == f"unseen round {round_}"


@pytest.mark.parametrize("name", ["bbc_kyiv_drones", "reuters_boeing_faa"])
def test_our_own_articles_of_an_outlet_stay_our_own(tmp_path, name):
    """Our own BBC and Reuters articles share an outlet with two public corpora but are no round of them."""
    from bench.extraction_quality import load_gold, pool_of

    own = tmp_path / f"{name}.json"
    own.write_text(json.dumps({"article": f"tests/articles/{name}.txt", "entities": [], "quotes": []}))
    (gold,) = load_gold([own])
    assert "round" not in gold and pool_of(gold) == "own articles"
    assert pool_of({"article": "tests/articles/some_page.txt", "round": 8}) == "own articles"


def test_every_gold_snippet_is_written_in_its_article():
    """A gold quote whose snippet its article never writes can never be found. Checked on the texts
    alone, reserved rounds included, without running the program on them."""
    from bench.extraction_quality import GOLD_DIR, load_gold

    for gold in [*load_gold(), *load_gold(sorted((GOLD_DIR / "reserved").glob("*.json")))]:
        text = " ".join((GOLD_DIR.parents[1] / gold["article"]).read_text(encoding="utf-8").split()).casefold()
        missing = [q["text"] for q in gold["quotes"] if " ".join(q["text"].split()).casefold() not in text]
        assert missing == [], gold["article"]


def test_issue_table_says_when_the_latest_round_is_untouched(monkeypatch):
    from bench import extraction_quality
    from bench.extraction_quality import issue_table

    scores = [Score("a.txt", "unseen round 4"), Score("b.txt", "unseen round 5")]
    header = issue_table(scores).splitlines()[0]
    assert "unseen round 5 (latest)" in header and "round 4" not in header
    monkeypatch.setattr(extraction_quality, "UNTOUCHED_ROUNDS", frozenset({5}))
    assert "unseen round 5 (latest, untouched)" in issue_table(scores).splitlines()[0]


def test_a_missing_gold_file_is_one_error_line(capsys, tmp_path):
    from bench.extraction_quality import main

    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path / "nope.json")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "error: no such gold file:" in err and "Traceback" not in err


def test_a_gold_article_is_found_by_its_own_file_name_not_one_ending_with_it():
    """Round 45's lesotho_textile_jobs.txt, read after round 11's textile_jobs.txt, stood in for it: the
    lookup matched any source ending with the name, and round 11's nine direct quotes went unfound."""
    import sqlite3

    from bench.extraction_quality import article_id_of

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT)")
    db.executemany("INSERT INTO articles (source) VALUES (?)",
                   [("/x/tests/articles/bbcnews/textile_jobs.txt",), ("/x/tests/articles/bbcnews/lesotho_textile_jobs.txt",)])
    assert article_id_of(db, "tests/articles/bbcnews/textile_jobs.txt") == 1
    assert article_id_of(db, "tests/articles/bbcnews/lesotho_textile_jobs.txt") == 2
    assert article_id_of(db, "tests/articles/bbcnews/jobs.txt") is None


def test_of_two_gold_articles_of_one_file_name_each_gold_finds_its_own_folders():
    """Round 49's polnear/politico/pence_special_prosecutor.txt and round 55's polnear/breitbart/ one: in the store of
    every round the later read stood in for both, and round 49's gold was scored on Breitbart's text."""
    import sqlite3

    from bench.extraction_quality import article_id_of

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT)")
    db.executemany("INSERT INTO articles (source) VALUES (?)",
                   [("/x/tests/articles/polnear/politico/pence.txt",), ("/x/tests/articles/polnear/breitbart/pence.txt",)])
    assert article_id_of(db, "tests/articles/polnear/politico/pence.txt") == 1
    assert article_id_of(db, "tests/articles/polnear/breitbart/pence.txt") == 2
    assert article_id_of(db, "pence.txt") == 2  # a bare name: the latest read, as before
