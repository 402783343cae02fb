"""Kinds of text rounds 24-51 (rounds 49-51 the freshest) showed losing entities, tuned in session 32: one made-up
test per rule (invented names), and a fact of the real article it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page, reported_speakers


def _forms(text: str) -> set[str]:
    return set(by_alias(extract_text(text)))


HEAD = "Voters weigh the race in the state.\n\nBy Jane Doe\n\n"


# Two bodies that run one poll, joined by a slash (or by a hyphen between two names of two words each): each is
# its own organisation, and the poll's word after the second is no name of it.

def test_two_sponsors_joined_by_a_slash_are_two_bodies():
    forms = _forms(HEAD + "In a Fresno Courier/WKRN News survey released Thursday, 61 percent of voters backed Mark Stone.\n")
    assert {"Fresno Courier", "WKRN News"} <= forms
    assert not any("/" in f for f in forms)


def test_a_poll_word_after_two_sponsors_is_no_name():
    forms = _forms(HEAD + "Mark Stone led with 22%, according to a Vellmont University/Rivertown Gazette Poll released Sunday.\n")
    assert {"Vellmont University", "Rivertown Gazette"} <= forms
    assert "Rivertown Gazette Poll" not in forms


def test_two_sponsors_joined_by_a_hyphen_between_two_word_names_are_two_bodies():
    forms = _forms(HEAD + "In a September Fresno Courier-WKRN News poll, 75 percent of voters said they were angry.\n")
    assert {"Fresno Courier", "WKRN News"} <= forms


def test_a_hyphen_inside_one_name_stays():
    forms = _forms(HEAD + "Dana Roe is a senior fellow at the Urban-Hollis Tax Policy Center in Washington, where she studies taxes.\n")
    assert "Hollis Tax Policy Center" not in forms
    assert not {"Urban", "Hollis"} & forms


def test_a_poll_named_for_two_sponsors_speaks_as_the_first():
    found = extract_text(HEAD + "Mark Stone leads the field in the state with 22%, according to a Vellmont University/Rivertown"
                         " Gazette Poll released Sunday.\n\nStone spoke at a rally later.\n")
    assert reported_speakers(found, "leads the field") == ["Vellmont University"]


def test_times_cbs_poll_names_both_outlets():
    # round 51's paris_clinton_strategy: "In a New York Times/CBS News survey released last Thursday, 79 percent of
    # Democrats ..."
    assert {"New York Times", "CBS News"} <= set(by_alias(page("polnear/nyt/paris_clinton_strategy.txt")))


def test_suffolk_globe_poll_names_both_sponsors_and_speaks():
    # round 51's trump_leads_terrorism_poll: "Trump leads the field in the Granite State with just 22%, according to a
    # Suffolk University/Boston Globe Poll released Sunday."
    found = page("polnear/usa-today/trump_leads_terrorism_poll.txt")
    assert {"Suffolk University", "Boston Globe"} <= set(by_alias(found))
    assert reported_speakers(found, "Trump leads the field in the Granite State") == ["Suffolk University"]


def test_post_abc_poll_names_both_outlets():
    # round 51's gop_fibbing_defiant: "In a September Washington Post-ABC News poll, 75 percent of Republicans said"
    assert {"Washington Post", "ABC News"} <= set(by_alias(page("polnear/wash-post/gop_fibbing_defiant.txt")))


# A body's possessive and the full name of one of its people, read by the model as one name: the body, and the person.

def test_a_bodys_possessive_and_a_full_name_are_the_body_and_the_person():
    forms = _forms(HEAD + "\u201cNothing moves week to week,\u201d Glimmerly's Adam Trask said.\n")
    assert {"Glimmerly", "Adam Trask"} <= forms


def test_a_works_span_ending_on_a_possessive_before_a_person_is_the_body():
    forms = _forms(HEAD + "\u201cIncomes have fallen,\u201d Civic Ledger Forum\u2019s Douglas Brannock said at the event in Iowa.\n")
    assert {"Civic Ledger Forum", "Douglas Brannock"} <= forms


def test_twitters_adam_sharp_is_twitter_and_its_man():
    # round 51's carson_cratering_trump_rises: '"What stuns me is how little the playing field seems to shift week to
    # week," Twitter's Adam Sharp said.'
    assert {"Twitter", "Adam Sharp"} <= set(by_alias(page("polnear/usa-today/carson_cratering_trump_rises.txt")))


def test_american_action_forums_economist_names_the_forum():
    # round 51's yellen_accident_clinton: '..., American Action Forum's Douglas Holtz-Eakin said at the POLITICO event'
    assert "American Action Forum" in by_alias(page("polnear/politico/yellen_accident_clinton.txt"))


# A person's full name, "of" and the body she speaks for, read as one body: the person, and the body.

def test_a_full_name_of_a_body_is_the_person_and_the_body():
    forms = _forms(HEAD + "\u201cTheir vote did not count,\u201d said Anjali Koduri of Election Rights Watch, who observed voting in"
                          " Kachin state.\n")
    assert {"Anjali Koduri", "Election Rights Watch"} <= forms


def test_a_bodys_name_with_of_stays_whole():
    forms = _forms(HEAD + "The Royal Bank of Calderon said on Monday that it would cut 200 jobs, Jo Roe said.\n")
    assert "Royal Bank" not in forms


def test_ganguly_of_human_rights_watch():
    # round 51's burma_opposition_landslide: '..., said Meenakshi Ganguly of Human Rights Watch, who observed voting'
    assert {"Meenakshi Ganguly", "Human Rights Watch"} <= set(by_alias(page("polnear/wash-post/burma_opposition_landslide.txt")))


# A ranked list's entries on lines of their own ("5. Jo Roe (5.)") are read as prose, not as headlines.

RANKED = (
    "Rankings shift as Roe slips.\n\nBy Jane Doe\n\nThe pundits put Mark Stone first this week, said analyst Carl Brandt.\n\n"
    "WEEK 13.\n\n1. Mark Stone (Last week: 2.)\n\n2. Pete Valder (1.)\n\n3. Lena Korrin (4.)\n\n4. Jim Oldfield (3.)\n"
)


def test_a_ranked_lists_entries_are_read():
    assert {"Pete Valder", "Lena Korrin", "Jim Oldfield"} <= _forms(RANKED)


def test_a_numbered_subhead_in_capitals_stays_a_headline():
    from newsx.store.nlp.extract import list_entry

    assert list_entry("7. Perfect Moving") and list_entry("12. Lindsey Roe (11.)")
    assert not list_entry("2. THE PLAN") and not list_entry("Mark Stone leads the pack again this week in Iowa.")


def test_carson_power_rankings_list_names_the_field():
    # round 51's carson_cratering_trump_rises: "5. Jeb Bush (5.)", ..., "14. Jim Gilmore (15.)", named only there
    forms = set(by_alias(page("polnear/usa-today/carson_cratering_trump_rises.txt")))
    assert {"Jeb Bush", "Chris Christie", "Jim Gilmore", "George Pataki"} <= forms


# A platform's one word before a channel noun ("his Twitter account", "one Twitter user") is an organisation, also where
# the model took it for a product's name.

def test_a_platform_before_a_channel_noun_is_an_actor_though_tagged_a_product():
    found = extract_text(HEAD + "Mark Stone joked that his Twitter account had gained hundreds of followers after the debate on"
                         " Sunday.\n\nAs one Twitter user pointed out, the gap between Stone and Lena Korrin is vast.\n")
    twitter = by_alias(found).get("Twitter")
    assert twitter is not None and twitter.role == "actor"


def test_bones_twitter_account_names_twitter():
    # round 49's ken_bone_debate: "Bone joked that his Twitter account had gained hundreds of followers"
    assert "Twitter" in by_alias(page("polnear/politico/ken_bone_debate.txt"))


# A records system described in apposition by how it works ("X (ACR), an automated system used to ..."), or named
# after a system's noun ("a system known as X"), is a thing, no actor: neither its name nor its acronym.

SYSTEMS = (
    "Records rules draw scrutiny at the ministry.\n\nBy Jane Doe\n\n"
    "Mark Stone cited a 2015 report on the e-mails of lower-level officials, under a system known as BRISK (Bureau Records"
    " and Index Search Kit). Stone said the report was clear.\n\n"
    "The Bureau Filing and Retrieval System (BFARS), an automated system used to track documents passing through the"
    " offices of the minister.\n\n"
    "Ledger Cable Sorting System (LeCSS), an electronic system designed to distribute cables among the ministry's principals.\n"
)


def test_records_systems_are_no_actors():
    actors = {f for f, e in by_alias(extract_text(SYSTEMS)).items() if e.role == "actor"}
    assert not {"BRISK", "BFARS", "Bureau Filing and Retrieval System", "LeCSS", "Ledger Cable Sorting System"} & actors
    assert "Mark Stone" in actors


def test_state_department_records_systems_are_no_actors():
    # round 51's clinton_emails_90_percent: "The Secretariat Tracking and Retrieval System (STARS), an automated system
    # used to track ...", "Cable Archiving Retrieval System (CARS), an electronic system designed to ...", "under a
    # system known as SMART (State Messaging and Archive Retrieval Toolset)"
    found = page("polnear/wash-post/clinton_emails_90_percent.txt")
    actors = {f for f, e in by_alias(found).items() if e.role == "actor"}
    assert not {"STARS", "Secretariat Tracking and Retrieval System", "CARS", "Cable Archiving Retrieval System", "SMART"} & actors


# Government schemes before a scheme's noun, listed with "and" before one noun ("Social Security and Medicare
# expenses"), and a visa's code before one ("the EB-5 program"): programmes, no actors.

SCHEMES = (
    "Tax plan gains ground in Congress.\n\nBy Jane Doe\n\n"
    "Senator Mark Stone said the levy would help as retirements swell Social Security and Medicare expenses for years to come.\n\n"
    "Lena Korrin, a lawyer who has used EB-5 funding for projects, said the EB-5 program needs reform.\n"
)


def test_schemes_listed_before_one_noun_and_a_visas_code_are_no_actors():
    actors = {f for f, e in by_alias(extract_text(SCHEMES)).items() if e.role == "actor"}
    assert not {"Social Security", "Medicare", "EB-5"} & actors
    assert {"Mark Stone", "Lena Korrin"} <= actors


def test_consumption_tax_schemes_are_no_actors():
    # round 51's consumption_tax_momentum: "as looming baby boomer retirements promise to swell Social Security and
    # Medicare expenses"
    actors = {f for f, e in by_alias(page("polnear/nyt/consumption_tax_momentum.txt")).items() if e.role == "actor"}
    assert not {"Social Security", "Medicare"} & actors


def test_eb5_visa_program_is_no_actor():
    # round 49's chinese_investors_trump_name: "the primary requirement for the EB-5 program is ..."
    actors = {f for f, e in by_alias(page("polnear/nyt/chinese_investors_trump_name.txt")).items() if e.role == "actor"}
    assert "EB-5" not in actors


# A country's acronym before its legislature's common noun ("the US Congress") names the body, not only the country.

def test_a_countrys_congress_is_a_body():
    forms = _forms(HEAD + "The pact is foundering because of the refusal so far of the US Congress to ratify it, Mark Stone said.\n")
    assert "Congress" in forms or "US Congress" in forms


def test_canada_eu_trade_names_the_us_congress():
    # round 49's canada_eu_trade: "... is foundering because of the refusal so far of the US Congress to ratify it."
    forms = set(by_alias(page("polnear/breitbart/canada_eu_trade.txt")))
    assert "Congress" in forms or "US Congress" in forms


# A body that runs a vote, its head noun before "of" ("the Division of Elections", "the Board of Elections"), is an
# organisation, not the vote's name ("the General Election").

def test_a_division_of_elections_is_a_body():
    found = extract_text(HEAD + "New numbers released Tuesday by the state Division of Elections show nearly 300,000 voters went to"
                         " early voting sites, Mark Stone said.\n")
    body = by_alias(found).get("Division of Elections")
    assert body is not None and body.role == "actor"


def test_florida_division_of_elections():
    # round 49's latest_fbi_election_day: "New numbers released Tuesday by the state Division of Elections show ..."
    assert "Division of Elections" in by_alias(page("polnear/breitbart/latest_fbi_election_day.txt"))



# A regime's word before its country ("Nazi Germany") names the state of that time, a place of its own; where the
# article writes the country too, the two are one place.

def test_a_regimes_country_is_a_place_of_its_own():
    found = extract_text(HEAD + "Asked whether it would be any different from having Jews wear a yellow badge in Nazi Germany,"
                         " Mark Stone deflected.\n")
    place = by_alias(found).get("Nazi Germany")
    assert place is not None and place.role == "location"


def test_a_regimes_country_joins_the_country_written_too():
    found = extract_text(HEAD + "The gold came from Nazi Germany, Mark Stone said. Germany has since paid.\n")
    assert by_alias(found)["Nazi Germany"] is by_alias(found)["Germany"]


def test_muslim_registry_yellow_badge_in_nazi_germany():
    # round 51's trump_muslim_registry: "... having Jews wear a yellow badge in Nazi Germany, Trump deflected."
    assert "Nazi Germany" in by_alias(page("polnear/huff-post/trump_muslim_registry.txt"))


def test_a_firms_name_with_a_slash_stays_whole():
    # round 11's reuterswire pages: "Capital Cities/ABC Inc", "Royal Dutch/Shell Group", no poll's sponsors
    forms = _forms(HEAD + "Capital Cities/ABC Inc said on Monday its profit rose, Mark Stone said.\n")
    assert "Capital Cities" not in forms
