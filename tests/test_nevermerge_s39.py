"""Round 62's never-merge breaks (session 39, s39-nevermerge): a son named by his given name and
generational suffix ("His son Donald Jr.") joined to his father, whose full name carries a middle initial; a given name
written before "and" and another given name with the surname of a family the copy names as one ("David and Charles Koch" beside "the Kochs") given to another
person of that given name; and a firm called by its founder's surname before the copy names him ("Bloomberg says its
reporting", then "Michael R. Bloomberg" and "Mr. Bloomberg") joined to the man. Each rule with a made-up story, the
reading it must keep where one is near, and the real round-62 page it fixes. (Its fourth kind, "Americans" beside
"American", was the gold's: tests/gold/README.md's convention makes a people's singular and plural one entity, and three
NYT stories of round 62 were written against it; their gold was mended, tests/test_merges_s37.py keeps the reading.)"""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page


# A son named by his given name and suffix: no one with his father, however the father's name is written.


def test_a_son_called_by_his_given_name_and_suffix_is_not_his_father():
    extraction = extract_text(
        "Roe Takes The Floor\n\n"
        "Jon Q. Roe won the vote on Tuesday. His son Jon Jr. announced the state's delegates from the floor.\n\n"
        "The plan drew a harsh reply from Jon Roe Jr., who told a radio host that the critics were wrong.\n"
    )
    assert named_apart(extraction, "Jon Q. Roe", "Jon Roe Jr")


def test_a_suffix_dropped_in_a_story_of_one_man_is_still_him():
    # no short form of the son: "Patrick Carlineo Jr.", then "Pat Carlineo" (session 35's reading stands)
    extraction = extract_text(
        "Man Charged\n\n"
        "Jon Roe Jr. was charged on Tuesday with threatening a lawmaker.\n\n"
        "Jon Roe told the court he had meant no harm, and Roe was released.\n"
    )
    assert named_as_one(extraction, "Jon Roe Jr", "Jon Roe")


def test_a_son_called_by_his_given_name_and_suffix_on_the_real_page():
    # round 62: "His son Donald Jr. announced on the convention floor", "a harsh response from Donald Trump Jr."
    assert named_apart(page("polnear/nyt/trump_claims_nomination.txt"), "Donald J. Trump", "Donald Trump Jr")


# A given name joined by "and" to another given name and a surname: of that family.


def test_a_given_name_before_and_and_a_full_name_takes_its_surname():
    extraction = extract_text(
        "Lists Of The Rich\n\n"
        "\"The numbers vary,\" said David Lowe, president of a research firm.\n\n"
        "The Roes are doing fine. One list puts David and Charles Roe at $40 billion each. David is the younger "
        "brother.\n"
    )
    assert named_apart(extraction, "David", "David Lowe")


def test_a_given_name_before_and_and_another_familys_name_is_still_its_bearer():
    # round 53's issa_clinton_honesty: "indict both Hillary and Huma Abedin her aide", beside "Hillary Clinton"
    extraction = extract_text(
        "Lists Of The Rich\n\n"
        "\"The numbers vary,\" said David Lowe, president of a research firm.\n\n"
        "The lists named both David and Charles Roe last year.\n"
    )
    assert named_as_one(extraction, "David", "David Lowe")


def test_a_given_name_alone_is_still_its_one_bearer():
    extraction = extract_text(
        "Lists Of The Rich\n\n"
        "\"The numbers vary,\" said David Lowe, president of a research firm. David said the lists would improve.\n"
    )
    assert named_as_one(extraction, "David", "David Lowe")


def test_a_given_name_before_and_and_a_full_name_on_the_real_page():
    # round 62: "The Koch brothers, David and Charles", "Forbes lists David and Charles Koch", beside "David Friedman"
    assert named_apart(page("polnear/nyt/billionaire_lists.txt"), "David", "David Friedman")


# A surname bare before its titled bearer is named in full: a body named after him.


def _keys_of(extraction, text: str) -> list[str]:
    return [m.entity_key for m in sorted(extraction.mentions, key=lambda m: (m.seq, m.start)) if m.text == text]


def test_a_bare_surname_before_its_titled_bearer_is_a_body():
    extraction = extract_text(
        "Counting The Rich\n\n"
        "In 2012, Roemer started publishing its index of the rich, which it updates daily.\n\n"
        "Roemer says its reporting found more wealth than the others did.\n\n"
        "The list angered Jon Q. Roemer, who founded the company. Mr. Roemer declined to comment, and Mr. Roemer's "
        "aides said he had not read it.\n"
    )
    man = {m.entity_key for m in extraction.mentions if m.text == "Jon Q. Roemer"}
    keys = _keys_of(extraction, "Roemer")
    assert keys[0] not in man and keys[-1] in man


def test_a_titled_surname_after_the_full_name_stays_the_man():
    extraction = extract_text(
        "Counting The Rich\n\n"
        "Jon Q. Roemer started publishing an index of the rich in 2012.\n\n"
        "Mr. Roemer says the list found more wealth than the others did, and Roemer said he would go on.\n"
    )
    man = {m.entity_key for m in extraction.mentions if m.text == "Jon Q. Roemer"}
    assert set(_keys_of(extraction, "Roemer")) == man


def test_a_bare_surname_before_its_titled_bearer_on_the_real_page():
    # round 62: "In 2012, Bloomberg started publishing its real-time billionaires index", "Bloomberg says its deeper
    # reporting", then "blaming Michael R. Bloomberg", "As for Mr. Bloomberg"
    extraction = page("polnear/nyt/billionaire_lists.txt")
    man = {m.entity_key for m in extraction.mentions if m.text == "Michael R. Bloomberg"}
    keys = _keys_of(extraction, "Bloomberg")
    assert keys[0] not in man and keys[-1] in man


def test_the_bench_reads_a_titled_mention_as_titled_where_the_gold_tells_them_apart():
    from bench.extraction_quality import _titled_apart, _written_as

    gold = {"entities": [{"aliases": ["Bloomberg", "Bloomberg L.P."]}, {"aliases": ["Michael R. Bloomberg", "Mr. Bloomberg"]},
                         {"aliases": ["Donald J. Trump", "Mr. Trump", "Trump"]}]}
    titled = _titled_apart(gold)
    assert titled == {"bloomberg"}  # "Trump" and "Mr. Trump" are one man's
    assert _written_as("Bloomberg", "s Mr. ", titled) == "mr bloomberg"
    assert _written_as("Bloomberg", "2012, ", titled) == "bloomberg"
    assert _written_as("Trump", "s Mr. ", titled) == "trump"
    # two people of one surname, each titled ("Mrs. Clinton", "Mr. Clinton"): not this reading's
    assert not _titled_apart({"entities": [{"aliases": ["Hillary Clinton", "Mrs. Clinton", "Clinton"]},
                                           {"aliases": ["Bill Clinton", "Mr. Clinton"]}]})
