"""Session 59, entities (session 58's entity rules brought back, less its rule joining a body's name's parts by "and"):
a wire's contributor line inside the story's last paragraph credits its writers and names no body of the story (lead
ruling 3); a picture's agency credit, a court of appeals' circuit, a state university's campus, a party's youth wing,
a county before its officer's title. Each on a real sentence shape of a gold round, driven through the real reader and
pipeline."""

from __future__ import annotations

from .extraction_corpus import extract_text, forms_of, role_of

# round 99 (trump_north_carolina_rally_bleak, democrats_spurn_defund_police): the dateline's agency and a contributor
# line the reader leaves in the body, alone or after the writers' sign-off
_AP_STORY = """Trump paints bleak picture at North Carolina rally

HAVELOCK, N.C. (AP) — Trying to prove his political clout by pushing a Republican to victory in a special election, \
President Donald Trump used a North Carolina rally on Monday to paint a bleak picture of the nation.

The rally came a day before the special election in the state's 3rd District.

{last}
"""


def test_a_wire_contributor_line_in_the_body_names_no_agency():
    for last in (
        "Associated Press writer Kevin Freking contributed to this report from Washington.",
        "Peoples reported from Montclair, N.J., and Lemire from New York. Associated Press writer Kevin Freking in "
        "Washington contributed to this report.",
    ):
        story = extract_text(_AP_STORY.format(last=last))
        assert not {"AP", "Associated Press"} & forms_of(story), last
        assert role_of(story, "Kevin Freking") == "actor"


def test_an_agency_the_body_names_stays_an_actor():
    # round 93 (iran_frees_navy_sailors): "told The Associated Press" names the agency in the story itself
    story = extract_text(_AP_STORY.format(
        last="Pentagon spokesman Peter Cook told The Associated Press late Tuesday that the boats were moving. "
        "Associated Press writer Kevin Freking contributed to this report."))
    assert role_of(story, "Associated Press") == "actor"


def test_a_court_of_appeals_keeps_its_circuit():
    # round 99 (schumer_vows_kavanaugh_fight): "the U.S. Court of Appeals for the District of Columbia Circuit"
    story = extract_text(
        "Schumer vows fight\n\nKavanaugh sits on the U.S. Court of Appeals for the District of Columbia Circuit, a court "
        "that has produced several justices.\n")
    assert role_of(story, "U.S. Court of Appeals for the District of Columbia Circuit") == "actor"


def test_a_pictures_agency_credit_names_no_body():
    # round 97 (mobile_removes_semmes_statue): "(WMPI-TV via AP)" closing a caption over an AP dateline; round 96
    # (democrats_trump_tax_returns_hearing): a photographer's line "Carolyn Kaster/AP" between paragraphs
    story = extract_text(
        "Alabama city removes Confederate statue without notice\n\n"
        "The pedestal where the statue of Admiral Raphael Semmes stands empty, early Friday, June 5, 2020 in Mobile, Ala. "
        "The city of Mobile removed the Confederate statue early Friday, without making any public announcements. "
        "(WMPI-TV via AP)\n\n"
        "MOBILE, Ala. (AP) — Alabama’s port city removed a statue of a Confederate naval officer early Friday after days "
        "of protests.\n\n"
        "Carolyn Kaster/AP\n\n"
        "The bronze likeness of Admiral Raphael Semmes had become a flash point for protest in the Gulf Coast city.\n")
    assert not {"AP", "WMPI-TV", "Carolyn Kaster"} & forms_of(story)


def test_a_state_universitys_campus_keeps_its_city():
    # round 41 (cystic_fibrosis_salt): "University of North Carolina at Chapel Hill", a college town no gazetteer may
    # know; round 91 (teens_pandemic_isolation_community): a branch named before "at" stays apart from its city
    story = extract_text(
        "Salt and the lungs\n\n"
        "Researchers at the University of North Carolina at Chapel Hill found the salt levels were high.\n\n"
        "But Jeff Temple of the University of Texas Medical Branch at Galveston says that teens are finding new ways.\n")
    assert role_of(story, "University of North Carolina at Chapel Hill") == "actor"
    assert role_of(story, "University of Texas Medical Branch") == "actor"
    assert role_of(story, "Galveston") == "location"


def test_a_partys_youth_wing_is_one_body():
    # round 99 (young_voters_midterms_signs), round 96 (rand_paul_campus_challenge), older rounds' Berkeley and Maricopa
    # stories: the members' plural after "Young"/"College", with its place before it and its cause after "for"
    story = extract_text(
        "Young voters\n\n"
        "Sanders drew hundreds of cheering fans to a rally organized by California Young Democrats for down ballot "
        "candidates.\n\n"
        "Many students represented Young Americans for Liberty, the libertarian outfit created from the ashes of his "
        "father's campaign.\n\n"
        "“It’s going to be historic,” says Derrik Rochwalik, chair of the Maricopa County Young Republicans.\n")
    for name in ("California Young Democrats", "Young Americans for Liberty", "Maricopa County Young Republicans"):
        assert role_of(story, name) == "actor", name
    assert not {"California Young", "Young Americans", "Maricopa County Young"} & forms_of(story)


def test_a_county_is_cut_before_its_officers_title():
    # round 99 (chris_collins_resigning): "Erie County Comptroller and former local television news reporter Stefan
    # Mychajliw"; the officer's office stays a body ("The Arapahoe County Coroner's office", round 64)
    story = extract_text(
        "Collins resigning\n\n"
        "Another potential candidate to watch is Erie County Comptroller and former local television news reporter Stefan "
        "Mychajliw, who has been mentioned.\n\n"
        "The Arapahoe County Coroner's office confirmed that two victims were taken to area hospitals.\n")
    assert role_of(story, "Erie County") == "location"
    assert "Erie County Comptroller" not in forms_of(story)
    assert role_of(story, "Arapahoe County Coroner") == "actor"


def test_a_hyphened_modifier_is_cut_from_a_name():
    # round 101 (russia_caspian_missiles_syria): "according to the UK-based, anti-Assad Syrian Observatory for Human
    # Rights"; round 100 (epstein_dead_apparent_suicide): "ex-New Mexico Gov. Bill Richardson"
    story = extract_text(
        "Russia fires missiles\n\n"
        "Shelling came from government forces, according to the UK-based, anti-Assad Syrian Observatory for Human "
        "Rights.\n\n"
        "The papers named former Maine Sen. George Mitchell and ex-New Mexico Gov. Bill Richardson.\n")
    assert role_of(story, "Syrian Observatory for Human Rights") == "actor"
    assert not {"UK-based", "anti-Assad Syrian Observatory for Human Rights", "ex-New Mexico"} & forms_of(story)


def test_a_line_crediting_agencies_material_names_no_body():
    # round 101 (pompeo_hong_kong_not_autonomous): the closing "This report contains material from ..." line credits
    # the agencies' copy (lead ruling 3); an agency the body itself names stays an actor
    story = extract_text(
        "Pompeo says Hong Kong not autonomous\n\n"
        "Secretary of State Mike Pompeo said Hong Kong is no longer autonomous from China, Reuters reported.\n\n"
        "This report contains material from The Associated Press, Reuters, and Bloomberg News.\n")
    assert not {"Associated Press", "Bloomberg News"} & forms_of(story)
    assert role_of(story, "Reuters") == "actor"
    story = extract_text(
        "Pompeo says Hong Kong not autonomous\n\nSecretary of State Mike Pompeo said Hong Kong is no longer autonomous.\n\n"
        "Information from The Associated Press was used in this report.\n")
    assert "Associated Press" not in forms_of(story)


def test_a_leaders_or_a_common_nouns_possessive_is_cut_from_a_bodys_name():
    # round 101 (trudeau_wins_second_term): "Trudeau's Liberal Party had won 157 of 338 seats"; round 100
    # (rikers_closing_plan_approved): "the institute's City Journal", a common noun's possessive
    story = extract_text(
        "Trudeau wins\n\nAs of 1:30 a.m. ET Tuesday, Trudeau’s Liberal Party had won 157 of 338 seats, according to the "
        "CBC.\n\nThe report appeared in the Manhattan Institute. It ran in the institute’s City Journal last year.\n")
    assert role_of(story, "Liberal Party") == "actor"
    assert role_of(story, "City Journal") == "actor"
    assert not {"Trudeau’s Liberal Party", "institute’s City Journal"} & forms_of(story)
