"""People's names (session 35, rounds 24-54): a family's plural beside its members; a father and son of one name told
apart by the kin noun the text sets before one of them ("His father, Jon Roe Sr.,"), or by a middle initial where
the text names both as kin; a short given name opening a quote, the given name of a person named in full. Each rule
with a made-up story and the real pages it fixes."""

from __future__ import annotations

from .extraction_corpus import by_alias, extract_text, named_apart, named_as_one, page


def _groups(*named: tuple[str, str]):
    """Groups of a story, one mention each: (text, label) pairs."""
    from newsx.store.nlp.entities.base import _Group, _Mention

    return [_Group([_Mention(k, 0, len(text), text, label, set())], label) for k, (text, label) in enumerate(named, start=1)]


def test_a_familys_plural_is_no_bodys_plural():
    from newsx.store.nlp.entities.merge import _same_names

    # "Jo Ebbing", "Tom Ebbing", then "The Ebbings drove from Chicago" and "Ebbing lives a low key life", the model
    # taking both one-word names for bodies: the family, not the firm "Reuters" is beside "Reuter"
    family = _groups(("Jo Ebbing", "PERSON"), ("Tom Ebbing", "PERSON"), ("Ebbing", "ORG"), ("Ebbings", "ORG"))
    assert not {(3, 2), (2, 3)} & set(_same_names(family))
    firm = _groups(("Reuter", "ORG"), ("Reuters", "ORG"))
    assert (1, 0) in _same_names(firm)


def test_a_familys_plural_on_the_real_page():
    # round 54: "Betsy Ebeling", "Tom Ebeling", "The Ebelings were part of a group of 50 friends", "Ebeling lives a low
    # key life in her hometown"
    ex = page("polnear/politico/clinton_character_witness.txt")
    assert named_apart(ex, "Ebelings", "Betsy Ebeling")
    assert named_as_one(ex, "Ebeling", "Betsy Ebeling")


_FATHER_AND_SON = (
    "Reps. Ann Lowe and Jon Fallow back Roe\n\n"
    "Reps. Ann Lowe (R-N.Y.) and Jon Fallow (R-Calif.) on Wednesday became the first members of Congress to endorse Roe.\n\n"
    "Fallow represents a district in San Diego. His father, Jon Fallow Sr., who once represented the district where his "
    "son now serves, made a border fence one of his signature issues.\n\n"
    "The nods from Lowe and Fallow come after Roe's victory in Nevada.\n"
)


def test_a_father_named_by_his_kin_noun_is_no_one_with_his_son():
    ex = extract_text(_FATHER_AND_SON)
    assert named_apart(ex, "Jon Fallow", "Jon Fallow Sr")
    assert "Fallow" in by_alias(ex)["Jon Fallow"].aliases  # the bare surname: the son, named in full first


def test_the_kin_noun_before_a_name_is_read():
    from newsx.store.nlp.entities.surnames import _KIN_APPOSED_BEFORE

    for before in ("His father, ", "Mr. Roe's father, ", "whose oldest son, ", "her husband, "):
        assert _KIN_APPOSED_BEFORE.search(before), before
    for before in ("His friend, ", "the father, said ", "Roe, "):
        assert not _KIN_APPOSED_BEFORE.search(before), before


def test_a_father_and_son_on_the_real_page():
    # round 54: "Duncan Hunter (R-Calif.)", "Hunter represents a district in San Diego. His father, Duncan Hunter Sr.,
    # who once represented the district where his son now serves"
    ex = page("polnear/huff-post/trump_first_endorsements.txt")
    assert named_apart(ex, "Duncan Hunter", "Duncan Hunter Sr")
    assert named_as_one(ex, "Hunter", "Duncan Hunter")


_TWO_GEORGES = (
    "The Pell dynasty\n\n"
    "Ben Pell is running for president. Ed Gray, who served as counsel under Mr. Pell's father, George Pell, said the "
    "family had long embodied good manners.\n\n"
    "Carl Pell was a senator. His son George rose through the ranks before becoming the 41st president, whose oldest "
    "son, George W. Pell, would become the 43rd.\n\n"
    "Ben Pell remains Carl Pell's grandson, George Pell's son and George W. Pell's brother.\n"
)

_ONE_GEORGE = (
    "George W. Pell opens a library\n\n"
    "Former President George W. Pell opened his library on Monday. George Pell said the library would be open to all.\n\n"
    "Pell's brother, Ben Pell, spoke after him.\n"
)


def test_kin_of_one_name_are_told_by_a_middle_initial():
    ex = extract_text(_TWO_GEORGES)
    assert named_apart(ex, "George Pell", "George W. Pell")
    assert named_as_one(ex, "George", "George Pell")  # "His son George", named in full first
    # no one named as kin: the initial left out of one man's name
    assert named_as_one(extract_text(_ONE_GEORGE), "George Pell", "George W. Pell")


def test_a_maiden_name_is_no_middle_initial():
    from newsx.store.nlp.entities.surnames import _kin_told_by_a_middle_initial

    # "his wife, Jo Roe" and "Jo Ann Roe's husband" beside a "Jo Roe": a middle name written out, which copy drops
    wife, full = _groups(("Jo Roe", "PERSON"), ("Jo Ann Roe", "PERSON"))
    wife.mentions[0].evidence.add("kin apposed")
    full.mentions[0].evidence.add("kin of")
    assert not _kin_told_by_a_middle_initial(wife, full)


def test_two_georges_on_the_real_page():
    # round 54: "Mr. Bush's father, George Bush", "His son George worked his way through the ranks", "whose oldest son,
    # George W. Bush, would become the 43rd", "George Bush's son and George W. Bush's brother"
    ex = page("polnear/nyt/bush_last_gasp_wasps.txt")
    assert named_apart(ex, "George Bush", "George W. Bush")
    assert named_as_one(ex, "George", "George Bush")


_QUOTE_OPENED_BY_A_GIVEN_NAME = (
    "Candidates fan out\n\n"
    "Among Republicans, Al Moss and Ted Vance kept up their battle atop most polls.\n\n"
    "Vance drew a crowd in Ames.\n\n"
    "\"Ted is the leader that we need to renew the promise of this country,\" Rick Dale said.\n"
)


def test_a_short_given_name_opening_a_quote_is_the_named_persons():
    ex = extract_text(_QUOTE_OPENED_BY_A_GIVEN_NAME)
    assert named_as_one(ex, "Ted", "Ted Vance")


def test_a_short_given_name_opening_a_quote_on_the_real_pages():
    # round 51: "Sen. Ted Cruz (R-Tex.) ...", then "“Ted is a supporter of legalizing people ...,” Rubio said"
    assert named_as_one(page("polnear/wash-post/cruz_rubio_gloves.txt"), "Ted", "Ted Cruz")
    # round 54: "Donald Trump and Ted Cruz maintained their battle", then "“Ted is the leader that we need ...,” Perry said"
    assert named_as_one(page("polnear/usa-today/candidates_fan_out_iowa.txt"), "Ted", "Ted Cruz")


_TITLE_IN_THE_PLURAL = (
    "Two governors join the race\n\n"
    "Joining Roe in the group were three moderates who have led big states: Bates and Govs. Al Dorsey of New Jersey and "
    "Jim Kaye of Ohio.\n\n"
    "Reps. Ann Lowe (R-N.Y.) and Jon Fallow (R-Calif.) on Wednesday endorsed Roe.\n"
)


def test_a_title_in_the_plural_titles_the_first_name():
    from newsx.store.names import leading_title_length

    assert leading_title_length("Reps. Ann Lowe") == len("Reps. ")
    assert leading_title_length("Sens. Jo Roe") == len("Sens. ")
    ex = extract_text(_TITLE_IN_THE_PLURAL)
    assert "Govs" not in by_alias(ex) and "Govs." not in by_alias(ex)  # a title alone names no one
    assert "Al Dorsey" in by_alias(ex)


def test_a_title_in_the_plural_on_the_real_pages():
    from bench.extraction_quality import _untitled

    # round 49: "Clinton has taken aim at GOP Sens. Kelly Ayotte and Richard Burr": a party's word and the title, no one
    assert not {"GOP Sens", "GOP Sens."} & set(by_alias(page("polnear/usa-today/clinton_closing_unity.txt")))
    # round 53: "three moderates who have led big states: Bush and Govs. Chris Christie of New Jersey and John Kasich"
    ex = page("polnear/usa-today/republicans_pile_on_obama.txt")
    assert not {"Govs", "Govs."} & set(by_alias(ex))
    # round 54: "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) on Wednesday became the first", the person
    # the extraction names "Chris Collins", his title read as one
    ex = page("polnear/huff-post/trump_first_endorsements.txt")
    assert "Chris Collins" in by_alias(ex)
    assert _untitled({"reps. chris collins"}) == {"chris collins"}


_TERM = (
    "Dale visits the White House\n\n"
    "Senator Jo Dale met President Roe at the White House on Wednesday.\n\n"
    "Roe has stayed neutral in the race. Several of Dale's aides served in the Roe White House.\n"
)


def test_a_persons_name_before_a_bodys_name_is_the_body_under_his_term():
    ex = extract_text(_TERM)
    assert named_apart(ex, "Roe", "Roe White House")
    # his administration, though the text names none: never the White House itself (session 36, test_nevermerge_s36)
    assert named_apart(ex, "Roe White House", "White House")
    ex = extract_text(_TERM + "\nThe Roe administration has denied the report, officials said.\n")
    assert named_as_one(ex, "Roe White House", "Roe administration")


def test_a_persons_term_on_the_real_pages():
    # round 51: "the Obama White House has denied", "the Obama administration", "the White House": the gold's
    # administration
    ex = page("polnear/breitbart/san_bernardino_suspect_named.txt")
    assert named_as_one(ex, "Obama White House", "Obama administration")
    assert named_apart(ex, "Obama White House", "White House")
    # round 54: "Sanders took a brief detour ... to meet one on one at the White House", "President Obama", "served in
    # the Obama White House": no one's name
    ex = page("polnear/wash-post/sanders_white_house_visit.txt")
    assert named_apart(ex, "Obama", "White House")
    assert named_apart(ex, "Obama White House", "White House") and named_apart(ex, "Obama White House", "Obama")
