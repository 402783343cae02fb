"""Round 59's never-merge breaks (session 37b, s37b-nevermerge): a "who" after a body's name is its member's, so the
body stays a body ("the top Democrat on the House Natural Resources Committee who helped"), no person whose given name
"House" would be; a paper's masthead word in the plural ("the Times") is no plural of another publication's name
("Time magazine"); a party's name alone is the nation's party, its state's branch only where the place's possessive
says so ("the state's Democratic Party") or the story speaks of the branch alone. Each rule with a made-up story and
the real round-59 page it fixes."""

from __future__ import annotations

from .extraction_corpus import extract_text, named_apart, named_as_one, page


def test_who_after_a_committee_is_its_members_not_the_committees():
    extraction = extract_text(
        "Vexar Bill Stalls\n\n"
        "Ohio Rep. Dana Quill, the top Democrat on the House Tidewater Committee who helped write the bill, said the "
        "House would vote next week.\n\n"
        "The House passed a similar bill last year.\n"
    )
    assert named_apart(extraction, "House", "House Tidewater Committee")


def test_real_committee_is_not_its_chamber():
    # round 59: "the top Democrat on the House Natural Resources Committee who helped negotiate the deal", beside
    # "the legislation introduced in the House"
    extraction = page("polnear/politico/sanders_puerto_rico_debt.txt")
    assert named_apart(extraction, "House", "House Natural Resources Committee")


def test_a_papers_masthead_word_is_no_plural_of_a_magazines_name():
    extraction = extract_text(
        "Mayor Speaks Out\n\n"
        'The mayor said he was "happy to see" the result, according to The New York Times, the Times reported.\n\n'
        "In an interview with Time magazine, the mayor said he would like to visit.\n"
    )
    assert named_apart(extraction, "Times", "Time")


def test_real_times_is_not_time():
    # round 59: "the Times reported" (The New York Times), then "In an interview with Time magazine"
    extraction = page("polnear/usa-today/london_muslim_mayor.txt")
    assert named_apart(extraction, "Times", "Time")
    assert named_as_one(extraction, "New York Times", "Times")


def _party_pairs(short_evidence: frozenset[str] = frozenset(), members: bool = True):
    from newsx.store.nlp.entities.base import _Group, _Mention
    from newsx.store.nlp.entities.bodies import _institutions_without_their_place
    from newsx.store.nlp.gazetteer import gazetteer

    # "the chairwoman of the Ohio Vexar Party", then "the Vexar Party will come together in July" (in a story of the
    # "Vexars" and their primary, or of the branch alone)
    def group(seq: int, text: str, label: str, evidence: frozenset[str] = frozenset()):
        return _Group([_Mention(seq, 0, len(text), text, label, set(evidence))], label)

    groups = [group(2, "Vexar Party", "ORG", short_evidence), group(1, "Ohio Vexar Party", "ORG"), group(0, "Ohio", "GPE")]
    return _institutions_without_their_place(groups + [group(3, "Vexars", "NORP")] * members, gazetteer())


def test_a_partys_name_alone_after_its_states_branch_is_the_nations():
    assert _party_pairs() == []


def test_the_places_possessive_makes_the_partys_name_its_branch():
    assert _party_pairs(frozenset({"place's own"})) == [(1, 0)]


def test_a_story_of_the_branch_alone_shortens_its_name():
    assert _party_pairs(members=False) == [(1, 0)]


def test_real_state_party_then_the_partys_name_alone():
    # round 59: "Dottie Deans, the chairwoman of the Vermont Democratic Party", then "the Democratic Party will come
    # together in July"
    extraction = page("polnear/wash-post/sanders_superdelegates_sell.txt")
    assert named_apart(extraction, "Democratic Party", "Vermont Democratic Party")


def test_real_branch_story_keeps_its_party():
    # round 31: "The leader of the Queensland Liberal Party", then "he's leader of the Liberal Party", no Liberals
    # named otherwise
    extraction = page("abc/flegg_shares.txt")
    assert named_as_one(extraction, "Queensland Liberal Party", "Liberal Party")


def test_real_states_possessive_keeps_its_party():
    # round 53: "Allison Tant, the Florida Democratic Party chairwoman", then "took on the state's Democratic Party"
    extraction = page("polnear/politico/wasserman_schultz_primary.txt")
    assert named_as_one(extraction, "Florida Democratic Party", "Democratic Party")
