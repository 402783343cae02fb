"""Merges of bodies and places tuned on rounds 24-48 (session 30), round 48 the freshest evidence: a team's word before
a noun is the team, never the stadium named after it; a people's word is never its country, in a dateline or a
headline. Each rule on made-up text of its kind, and on the real page it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, extract_texts, page


def test_a_teams_word_before_a_noun_is_the_team_not_its_stadium():
    forms = by_alias(extract_text(
        "AS FALCONS BEGIN 0-2, IT'S THEIR OWN FAULT\n\n"
        "DENVER _ Ray Kowal's Falcon cap was tilted back after Thursday night's 10-2 loss to the Rangers in Dallas, a "
        "dumbfounded look on his face.\n\n"
        "The Falcons can blame the rain. They can blame the schedule. Regardless, the Falcons arrived here Friday after "
        "losing the first two games of a season of high hopes.\n\n"
        "Derek Mott, the shortstop, said the Falcons' preparation was hurt by the rain. Bill Harnett, the principal "
        "owner, said Thursday he would ask that his team open at Falcon Stadium next season.\n\n"
        "Rain, cold, whatever, the Falcons are 0-2. In the first inning, the Falcons threatened.\n\n"
        "If the Falcon infielders had made the plays, the damage could have been limited to one run.\n"))
    assert forms["Falcon"] is forms["Falcons"]
    assert forms["Falcon"] is not forms["Falcon Stadium"]
    # "Joe Torre's Yankee cap", "the Yankees" (read as people), "open at Yankee Stadium next season"
    yankees = by_alias(page("ieer/nytwire/yankees_losing_start.txt"))
    assert yankees["Yankee"] is yankees["Yankees"]
    assert yankees["Yankee"] is not yankees["Yankee Stadium"]


def _mentions_of(extraction, form: str) -> set[str]:
    """The texts of every mention of the entity that `form` names."""
    key = next(k for k, e in extraction.entities.items() if form in e.aliases)
    return {m.text for m in extraction.mentions if m.entity_key == key}


_KIDNAP = (
    "Ransom refused for kidnapped planters.\n\n{dateline}"
    "The Dutch government has ruled out paying ransom for a couple kidnapped from their farm, while {people} "
    "authorities said on Tuesday they had no leads in the case.\n\n"
    "{people} officials on Monday had given different names for the couple.\n"
)


def test_a_datelines_country_is_never_its_peoples_word():
    # "Saudi Arabia" clips each word of "Saudi Arabian" as a headline clips a body's name ("Man Utd"): the dateline's
    # span is the country's, which the dateline already names
    found = extract_texts({
        country: _KIDNAP.format(dateline=f"{city}, {country} 1996-08-27\n\n", people=f"{country}n")
        for city, country in [("RIYADH", "Saudi Arabia"), ("SEOUL", "South Korea"), ("JOHANNESBURG", "South Africa")]
    })
    for country, extraction in found.items():
        assert _mentions_of(extraction, f"{country}n") == {f"{country}n"}, country
    # "SAN JOSE, Costa Rica 1996-08-27", then "Costa Rican authorities said"
    costa = page("rcvone/costa_rica_dutch_kidnap.txt")
    assert _mentions_of(costa, "Costa Rican") == {"Costa Rican"}


def test_a_headlines_country_is_never_its_peoples_word():
    # a title in headline case, which the model does not read: its "South Korea" is the country the body names
    extraction = extract_text(
        "South Korea Frees Kidnapped Planters\n\n"
        "The Dutch government has ruled out paying ransom for a couple kidnapped from their farm, while South Korean "
        "police said on Tuesday they had no leads.\n\n"
        "South Korean officials on Monday gave different names for the couple, who have lived in South Korea since 1990.\n")
    assert _mentions_of(extraction, "South Korean") == {"South Korean"}
    assert "South Korea" in _mentions_of(extraction, "South Korea")


def test_a_hotel_the_model_took_for_a_body_goes_by_its_name():
    forms = by_alias(extract_text(
        "Hotels cheer as trial ends\n\n"
        "LITTLE ROCK, Ark. _ Rhona Dace, general manager of the Carillon Hotel, whooped when she saw the news of the "
        "dismissal. Later, staff at the hotel said bookings had fallen.\n\n"
        "The Nebraska Belvedere Hotel has received a publicity windfall, of sorts. The networks rented rooms there for "
        "weeks.\n\n"
        "Ms. Dace refused to confirm that the Belvedere was among those that had raised rates. The Carillon's new "
        "windows had to be ordered from Florida.\n"))
    assert forms["Carillon"] is forms["Carillon Hotel"]
    # the state that opens a hotel's name is no part of the name it goes by
    assert forms["Belvedere"] is forms["Nebraska Belvedere Hotel"]
    # "Linda Ward, general manager of the Legacy Hotel", then "The Legacy's new windows"
    rock = by_alias(page("ieer/nytwire/little_rock_jones_dismissal.txt"))
    assert rock["Legacy"] is rock["Legacy Hotel"]


def test_a_valley_goes_by_its_first_word():
    forms = by_alias(extract_text(
        "Salinity threatening Tarralba Valley: expert\n\n"
        "A soil scientist, Dr Alan Petch, says grape growers need to cut irrigation in the Tarralba Valley in South "
        "Australia.\n\n"
        "\"If the Tarralba is over irrigated with this saline water, the Tarralba's life is going to be limited,\" he "
        "said.\n\n"
        "But one of the Tarralba's biggest grape growers, Ed Marsh, says the warnings are overblown.\n"))
    assert forms["Tarralba"] is forms["Tarralba Valley"]
    # "irrigation in the Barossa Valley", then "If the Barossa is over irrigated"
    barossa = by_alias(page("abc/barossa_salinity.txt"))
    assert barossa["Barossa"] is barossa["Barossa Valley"]


def test_a_partys_member_is_never_the_party_in_the_plural():
    forms = by_alias(extract_text(
        "Senate race tightens\n\n"
        "Senator Dana Pruitt, the Republican who has held the seat since 2004, trails in two new polls. Democrats see "
        "the race as their best chance to win back the Senate.\n\n"
        "\"She is a Republican in name only,\" said Tom Vesey, a Democrat who ran against her in 2010. Republicans in "
        "the state have rallied around her, but some Democrats remain wary of Vesey, a moderate Democrat.\n"))
    assert forms["Republican"] is not forms["Republicans"]
    # "worried some Democrats", then Dole: "now maybe he'll revert to the liberal Democrat that he really is"
    morris = by_alias(page("rcvone/dick_morris_resigns.txt"))
    assert morris["Democrat"] is not morris["Democrats"]
