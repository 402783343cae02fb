"""Merges of bodies tuned on rounds 24-50 (session 31), rounds 49-50 the freshest evidence; first the never-merge
breaks of rounds 48-50: a chamber is no body named after it, a party's members counted or governed and its acronym
before a noun are no party acting, a movement's adjective is apart from its members. Each rule on made-up text of its
kind, and on the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_a_chamber_is_no_body_named_after_it():
    forms = by_alias(extract_text(
        "Ads\n\nGroups aligned with the Liberals, the Farmers Union and the Senate Victory Trust, have begun running "
        "ads in Varnok.\n\nMrs. Dale urged voters to hand control of the Senate to her party.\n"))
    assert forms["Senate"] is not forms["Senate Victory Trust"]
    # "control of the Senate", then "the U.S. Chamber of Commerce and the Senate Leadership Fund, have also begun"
    nyt = by_alias(page("polnear/nyt/clinton_presses_advantage.txt"))
    assert nyt["Senate"] is not nyt["Senate Leadership Fund"]


def test_a_chamber_keeps_its_own_full_name():
    forms = by_alias(extract_text(
        "Vote\n\nThe House of Representatives voted on Monday to cut the tax. The House passed the bill 230-190, and "
        "the House will vote again on Friday.\n"))
    assert forms["House"] is forms["House of Representatives"]


def test_members_counted_or_governed_are_no_party_acting():
    forms = by_alias(extract_text(
        "Poll\n\nJo Roe was shunned by her fellow Republicans on Monday. Some 70 percent of Republicans polled want the "
        "Republican Party to stand by her, and Ed Dale urged Republicans to back her.\n\n"
        "\"We will win,\" the Republican Party said in a statement.\n"))
    assert forms["Republicans"] is not forms["Republican Party"]
    # "Graham urged Republicans to join the ranks", beside "the Republican Party"
    huff = by_alias(page("polnear/huff-post/graham_trump_clean_energy.txt"))
    assert huff["Republicans"] is not huff["Republican Party"]
    # "states won by Democrats", beside "the Democratic Party would be mistaken"
    dnc = by_alias(page("polnear/politico/dnc_contingency_plan.txt"))
    assert dnc["Democrats"] is not dnc["Democratic Party"]


def test_a_partys_members_acting_as_one_are_apart_from_the_party_in_full():
    # lead ruling 37 (session 58): the party named in full and its plural or members' name are two, UK as US
    forms = by_alias(extract_text(
        "Budget\n\nThe Conservative Party said on Monday it would vote against the budget.\n\n"
        "Ed Dale said the Tories were planning deep cuts. Labour and Tories are not being straight with voters, "
        "he said.\n"))
    assert forms["Tories"] is not forms["Conservative Party"]
    # "The present coalition of Social democrats and Centrists has embarked on ...", then "The Centre Party, the other
    # major coalition partner": a coalition's parties, each named in full apart from its members' name
    finland = by_alias(page("reuterswire/finland_election_tax.txt"))
    assert finland["Centrists"] is not finland["Centre Party"]


def test_a_partys_acronym_before_a_noun_is_its_adjective():
    forms = by_alias(extract_text(
        "Debate\n\nOther senior Republicans had warned the GOP presidential nominee on Sunday. The nation's "
        "highest-ranking GOP official, Ed Dale, said the Republican Party would not stand by him.\n"))
    assert forms["GOP"] is not forms["Republican Party"]
    # "warned the GOP presidential nominee", "risks GOP loss of control of the House", beside "the Republican Party"
    usa = by_alias(page("polnear/usa-today/second_debate_video.txt"))
    assert usa["GOP"] is not usa["Republican Party"]
    assert usa["Republicans"] is not usa["Republican Party"]


def test_a_partys_acronym_on_its_own_is_the_party():
    forms = by_alias(extract_text(
        "Senate\n\nIf the GOP loses the Senate, the hearings stop, Ed Dale said. The Republican Party has ruled "
        "the chamber since 2014.\n"))
    assert forms["GOP"] is forms["Republican Party"]
    # "the lack of support from GOP party leaders": the party's acronym and its noun, the party
    poll = by_alias(page("polnear/west-journal/politico_poll_after_debate.txt"))
    assert poll["GOP"] is poll["Republican Party"]
    assert poll["Republicans"] is not poll["Republican Party"]


def test_a_movements_adjective_is_apart_from_its_members():
    forms = by_alias(extract_text(
        "Gold\n\nThe bank bought gold stolen by the Fascists during the war, the suit says. Fascist officials sold "
        "it through Varnok, and the Fascists kept the profits.\n"))
    assert forms["Fascists"] is not forms["Fascist"]
    # "assets stolen by the Nazis", beside "Nazi Germany", "Nazi death camps"
    swiss = by_alias(page("ieer/nytwire/swiss_bank_holocaust_suit.txt"))
    assert swiss["Nazis"] is not swiss["Nazi"]


def test_an_acronym_is_of_the_name_spelt_out_before_it():
    forms = by_alias(extract_text(
        "Leak\n\nHackers broke into the computers of the National Farmers Council in May.\n\n"
        "A leak of NFC emails followed, and the NFC chairwoman resigned on the eve of the National Farmers Congress.\n"))
    assert forms["NFC"] is forms["National Farmers Council"]
    assert "National Farmers Congress" not in forms["NFC"].aliases
    # "hacking the computers of the Democratic National Committee", then "the DNC chairwoman ... on the eve of the
    # Democratic National Convention."
    hack = by_alias(page("polnear/wash-post/us_condemns_russia_hacking.txt"))
    assert hack["DNC"] is hack["Democratic National Committee"]
    assert not any(a.startswith("Democratic National Convention") for a in hack["DNC"].aliases)


def test_chair_is_a_title_before_a_name():
    forms = by_alias(extract_text(
        "Regulator\n\nSenator Jo Roe called FTC Chair Anna Dale the biggest barrier to reform on Monday.\n\n"
        "\"The president believes Chair Dale is the right leader,\" a spokesman said.\n"))
    assert "FTC Chair" not in forms
    assert forms["Dale"] is forms["Anna Dale"]
    # "Warren called SEC Chair Mary Jo White ...", then "Chair White is the right leader for the SEC"
    sec = by_alias(page("polnear/wash-post/warren_sec_chief.txt"))
    assert "SEC Chair" not in sec
    assert sec["White"] is sec["Mary Jo White"]


def test_a_half_of_a_land_by_its_compass_initial_or_word():
    forms = by_alias(extract_text(
        "Launch\n\nNorth Korea fired two missiles on Sunday, and South Korea put its navy on alert. World leaders "
        "denounce N. Korea test, the agency said.\n\nThe allies must find a way to talk to the North, Jo Roe said.\n"))
    assert forms["N. Korea"] is forms["North Korea"] is forms["North"]
    assert forms["South Korea"] is not forms["North Korea"]
    # "World leaders denounce N. Korea test", "North Korea's latest nuclear test", "engage with the North"
    korea = by_alias(page("polnear/wash-post/north_korea_test_outrage.txt"))
    assert korea["N. Korea"] is korea["North Korea"] is korea["North"]


def test_the_south_of_one_half_named_is_no_half():
    forms = by_alias(extract_text(
        "Museum\n\nThe exhibit recalls a lunch counter in the South in the 1960s, Jo Roe said. The museum's first "
        "curator came from South Varnia.\n"))
    assert "South" not in forms or forms["South"] is not forms.get("South Varnia")


def test_a_body_by_its_owners_acronym():
    forms = by_alias(extract_text(
        "Sanctions\n\nThe European Union Trade Council on Friday condemned the tariffs. The EU Trade Council will "
        "meet again in May.\n"))
    assert forms["EU Trade Council"] is forms["European Union Trade Council"]
    # "The United Nations Security Council on Friday made ...", then "the U.N. Security Council"
    korea = by_alias(page("polnear/wash-post/north_korea_test_outrage.txt"))
    assert korea["U.N. Security Council"] is korea["United Nations Security Council"]


def test_a_creeds_state_is_one_body():
    forms = by_alias(extract_text(
        "Offensive\n\nThe army moved to retake Varnok from the Islamic State on Monday, Jo Roe said.\n"))
    assert "Islamic State" in forms
    # "an effort ... to retake Mosul, Iraq, from the Islamic State"
    assert "Islamic State" in by_alias(page("polnear/nyt/clinton_presses_advantage.txt"))
    # "A conflict between the Argentine State and water firm Aguas Argentinas": the country's state, no body's name
    assert "Argentine State" not in by_alias(page("bbcnews/suez_argentina_water.txt"))


def test_a_chamber_before_a_partys_members_is_their_caucus():
    # Lead ruling 30 (session 53): "lead Senate Democrats" names the party's caucus in the chamber, a form of the party's
    # plural, no longer the chamber and the members apart (session 54; round 49's weiner_unwelcome_return predates it)
    forms = by_alias(extract_text(
        "Vote\n\nJo Roe is in line to lead Senate Democrats next year, Ed Dale said on Monday.\n"))
    assert forms["Senate Democrats"].role == "actor"
    assert "Senate" not in forms


def test_a_chair_chairs_a_body_named_before_the_title():
    forms = by_alias(extract_text(
        "Markets\n\nTraders fear his criticism of figures such as National Reserve Chair Anna Dale, the analyst said.\n"))
    assert "National Reserve" in forms
    # "his harsh criticism of ... figures such as Federal Reserve Chair Janet Yellen"
    assert "Federal Reserve" in by_alias(page("polnear/breitbart/stocks_fbi_clinton_probe.txt"))


def test_a_name_without_its_reach():
    forms = by_alias(extract_text(
        "Opening\n\nThousands watched from the National Green on Saturday as the hall opened. Jo Roe, who watched on a "
        "screen on the Green, said it moved her.\n"))
    assert forms["Green"] is forms["National Green"]
    # "thousands of people watching from the National Mall", then "watched the ceremony on a screen on the Mall"
    museum = by_alias(page("polnear/nyt/african_american_museum.txt"))
    assert museum["Mall"] is museum["National Mall"]


def test_a_partys_acronym_alone_is_its_members_acting():
    forms = by_alias(extract_text(
        "Rift\n\nJo Roe hammered Ed Dale and the GOP on Monday. Republicans say they will now ask the court to rule, "
        "Dale said.\n"))
    assert forms["GOP"] is forms["Republicans"]
    # "After the Cold War, Republicans were in the lead in advocating ...", "a metaphor for the GOP's abandonment"
    voters = by_alias(page("polnear/huff-post/east_european_voters.txt"))
    assert voters["GOP"] is voters["Republicans"]


def test_a_partys_acronym_mostly_before_a_noun_stays_the_adjective():
    # "could have rallied the GOP to reject Trump" once, beside "a county GOP office" and "GOP caucus members"
    demogorgon = by_alias(page("polnear/wash-post/demogorgon_scenario.txt"))
    assert demogorgon["GOP"] is not demogorgon["Republicans"]
    forms = by_alias(extract_text(
        "Caucus\n\nA county GOP office was firebombed on Saturday, and GOP caucus members met on Sunday. Ed Dale could "
        "have rallied the GOP to reject Jo Roe. Republicans say they will now ask the court to rule.\n"))
    assert forms["GOP"] is not forms["Republicans"]


def test_a_compass_word_alone_is_no_coast():
    forms = by_alias(extract_text(
        "Banks\n\nThe bank, the largest on the West Coast, has been looking for a partner on the East Coast. Banks in "
        "the West have struggled, Jo Roe said.\n"))
    assert "West" not in forms or forms["West"] is not forms.get("West Coast")
    # "the biggest bank on the West Coast", an "East Coast" bank, "the West": a never-merge pair of round 17
    pinola = by_alias(page("reuterswire/first_interstate_pinola.txt"))
    assert pinola["West"] is not pinola["West Coast"]
