"""Look-alikes round 12 of the unseen pages (BBC News stories, Reuters-21578 wire copy of 1987)
merged, the first never-merge breaks since round 9 (issue 9, kind 8). One test per rule: on a short
article written for it, and on the real page of tests/articles/bbcnews/ or tests/articles/reuterswire/
where it occurs. The rules are in store/nlp/entities/."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, page


def test_an_honorific_names_a_surname_never_a_given_name():
    ex = by_alias(extract_text(
        "Party row\n\nThe sacked MP Jasper Quill said he would stand again. Mr Jasper insisted he had"
        " played by the rules, and Mr Jasper's aides agreed. Quill was not there.\n"
    ))
    assert "Mr Jasper" not in ex and ex["Jasper"] is not ex["Jasper Quill"] and ex["Quill"] is ex["Jasper Quill"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "Mr Howard" is Michael Howard, not Howard Flight
    assert flight["Howard"] is not flight["Howard Flight"]


def test_a_town_a_body_is_named_after_is_the_town():
    ex = by_alias(extract_text(
        "Party row\n\nIt has also emerged Mr Roe has suspended Wigan's constituency Liberal association"
        " for refusing to drop its candidate. Wigan Liberal Association has now been placed on"
        ' "support status" and is run from the headquarters, says a senior party spokesman.\n'
    ))
    assert ex["Wigan"] is not ex["Wigan Liberal Association"] and ex["Wigan"].role == "location"
    flight = by_alias(page("bbcnews/howard_flight.txt"))
    assert flight["Slough"] is not flight["Slough Conservative Association"] and flight["Slough"].role == "location"


def test_a_firms_short_name_stays_with_the_firm_of_that_name():
    ex = by_alias(extract_text(
        "Drugs\n\nGrayhill-Ashcombe Co, the U.S. arm of the British firm Ashcombe PLC, declined to"
        ' comment. "We have not seen it," said Ashcombe spokeswoman Jo Roe.\n'
    ))
    assert ex["Ashcombe"] is ex["Ashcombe PLC"] and ex["Ashcombe PLC"] is not ex["Grayhill-Ashcombe Co"]
    drugs = by_alias(page("reuterswire/drug_laws.txt"))
    assert drugs["Wellcome"] is drugs["Wellcome PLC"] and drugs["Wellcome PLC"] is not drugs["Burroughs-Wellcome Co"]


def test_a_partys_adjective_alone_is_no_party():
    ex = by_alias(extract_text(
        "Election\n\nJo Roe said he would stand as a Republican candidate. The Republican Party said he"
        " could not, and Republican headquarters agreed. The Republicans will choose another.\n"
    ))
    assert ex["Republican"] is not ex["Republican Party"] and ex["Republican"].role == "other"
    assert ex["Republicans"] is not ex["Republican Party"]  # the members, apart from the body (rulings 15 and 25; session 55)
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "a Conservative candidate", "a Conservative Party candidate"
    assert flight["Conservative"] is not flight["Conservative Party"] and flight["Conservative"].role == "other"


def test_a_partys_other_name_is_apart_from_the_party_in_full():
    # lead ruling 37 (session 58): "the Tories" and "the Conservative Party" are two, as US copy's plural and party are
    ex = by_alias(extract_text(
        "Poll\n\nThe Conservative Party lost two seats on Friday, Jo Roe said. The Tories blamed the weather."
        " A Tory spokesman said the Republican Party would win Ohio, and the GOP agreed.\n"
    ))
    assert ex["Tories"] is not ex["Conservative Party"] and ex["Tory"] is not ex["Conservative Party"]
    assert ex["GOP"] is ex["Republican Party"] is not ex["Conservative Party"]
    flight = by_alias(page("bbcnews/howard_flight.txt"))  # "the Tories", "a Conservative Party candidate"
    assert flight["Tories"] is not flight["Conservative Party"]
    slogan = by_alias(page("bbcnews/libdem_slogan.txt"))  # "the Tory Party", "the Conservatives"
    assert slogan["Conservatives"] is slogan["Tories"] is not slogan["Tory Party"]


def test_a_faiths_church_is_its_body_not_a_site_named_after_the_faithful():
    ex = by_alias(extract_text(
        "Vote\n\nJo Roe said: \"The Anglican church has a position on this.\" Anglicans were split, and"
        " an Anglican bishop said the church would not take sides.\n"
    ))
    assert ex["Anglican church"] is not ex["Anglicans"] and ex["Anglican church"].role == "actor"
    poll = by_alias(page("bbcnews/abortion_poll_issue.txt"))  # "The Catholic church has a well-known position"
    assert poll["Catholic church"] is not poll["Catholics"] and poll["Catholic church"].role == "actor"
    assert poll["Catholic"] is poll["Catholics"]


def test_a_bodys_head_noun_alone_is_the_body_named_noun_of_something():
    ex = by_alias(extract_text(
        "Rates\n\nThe Bank of Zembla has left interest rates on hold. The Bank's committee met on Thursday,"
        " Jo Roe said. A Zembla Commerce Ministry official said the Ministry of Trade and Energy was ready,"
        " and the Ministry would act.\n"
    ))
    assert ex["Bank"] is ex["Bank of Zembla"] and ex["Ministry"] is ex["Ministry of Trade and Energy"]
    assert ex["Ministry"] is not ex.get("Zembla Commerce Ministry")
    rates = by_alias(page("bbcnews/bank_rates_hold.txt"))  # "The Bank's Monetary Policy Committee"
    assert rates["Bank"] is rates["Bank of England"]
    chips = by_alias(page("reuterswire/japan_microchips.txt"))  # "A MITI official said the Ministry was not planning"
    assert chips["Ministry"] is chips["MITI"] is not chips["Foreign Ministry"]


def test_a_papers_name_without_its_city_is_the_paper():
    ex = by_alias(extract_text(
        "Row\n\nThe striker told the Leeds Evening Herald he was sorry. Jo Roe told the Evening Herald"
        " on Monday that the club would appeal.\n"
    ))
    assert ex["Evening Herald"] is ex["Leeds Evening Herald"]
    bellamy = by_alias(page("bbcnews/bellamy_fined.txt"))
    assert bellamy["Evening Chronicle"] is bellamy["Newcastle Evening Chronicle"]


def test_one_of_a_people_and_the_peoples_plural_are_the_peoples_word():
    ex = by_alias(extract_text(
        "Talks\n\nThe Frenchman said the French would sign, Jo Roe said. Zed Alder, a Yugoslav official,"
        " said Yugoslavs would not. A Statesman editorial said the States would wait.\n"
    ))
    assert ex["Frenchman"] is ex["French"] and ex["French"].role == "other"
    assert ex["Statesman"] is not ex["States"] and ex["States"].role == "location"  # a place is no people's word
    assert ex["Yugoslav"] is ex["Yugoslavs"]
    bellamy = by_alias(page("bbcnews/bellamy_fined.txt"))  # "the Welshman", "Welsh"
    assert bellamy["Welshman"] is bellamy["Welsh"] and bellamy["Welsh"].role == "other"
    plan = by_alias(page("reuterswire/yugoslav_plan.txt"))  # "Yugoslav officials", "Yugoslavs", read as a body
    assert plan["Yugoslav"] is plan["Yugoslavs"]


def test_an_acronym_spells_an_office_written_field_first():
    ex = by_alias(extract_text(
        "Meat\n\nWASHINGTON, June 1 - The U.S. Energy Department said on Monday it would act. A DOE official"
        " said the rules were ready, Jo Roe said.\n"
    ))
    assert ex["DOE"] is ex["U.S. Energy Department"]
    meat = by_alias(page("reuterswire/meat_inspection.txt"))
    assert meat["USDA"] is meat["U.S. Agriculture Department"]


def test_an_honorific_before_a_name_written_family_name_first_names_that_person():
    ex = by_alias(extract_text(
        "Trade\n\nThe talks were led by Chinese Premier Wen Zhaoyu. Mr Wen said the tariffs were unfair,"
        " and Mr Wen's aides agreed, Jo Roe said.\n"
    ))
    assert ex["Wen"] is ex["Wen Zhaoyu"]
    trade = by_alias(page("aeb/nytimes_trade_war.txt"))  # "his Chinese counterpart, Xi Jinping", then "Mr. Xi"
    assert trade["Xi"] is trade["Xi Jinping"]


def test_a_firm_named_by_two_names_is_one_name():
    ex = by_alias(extract_text(
        "Row\n\nTOKYO, April 7 - The British minister told Japan to resolve the row over the U.K. Firm Rope"
        " and Anchor Plc's shareholding in a new Japanese company. He accused Japan of trying to shut out"
        " Rope and Anchor from the market, Jo Roe said.\n"
    ))
    assert ex["Rope and Anchor"] is ex["Rope and Anchor Plc"] and "Anchor" not in ex
    cable = by_alias(page("reuterswire/howard_cable_wireless.txt"))  # the model tags "Cable", "Wireless Plc"
    assert cable["Cable and Wireless"] is cable["Cable and Wireless Plc"] and "Wireless" not in cable
    pge = by_alias(page("aeb/timesunion_pge.txt"))  # "Pacific Gas & Electric Co.", tagged whole, keeps its first word
    assert pge["PG&E"] is pge["Pacific Gas & Electric Co"]
