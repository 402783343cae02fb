"""Session 54 (helper, rounds 1-64): round 85's convention (GOLD85 5.8) applied to older gold —
reported clauses coordinated under one cue become one entry per clause. Each old entry is asserted
exactly; the parts take its place in the quotes list and copy its other keys."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from bench.extraction_quality import _as_read  # noqa: E402

GOLD = ROOT / "tests" / "gold"

# (file, index in quotes, old text, [parts])
SPLITS = [
    ("bbcnews31_india_poverty_budget.json", 6,
     "the Indian economy was performing strongly and that inflation has been reined in",
     ["the Indian economy was performing strongly", "inflation has been reined in"]),
    ("bbcnews31_maternity_pay_rise.json", 4,
     "new mothers were already entitled to 12 months leave, but that many women could not take it as only six of those months were paid",
     ["new mothers were already entitled to 12 months leave",
      "many women could not take it as only six of those months were paid"]),
    ("bbcnews34_ofcom_net_regulation.json", 11,
     "this could be a reality and that for the internet people power is likely to reign",
     ["this could be a reality", "for the internet people power is likely to reign"]),
    ("bbcnews47_windows_cash_machines.json", 1,
     "the danger is being overplayed and that the risks of infection and disruption are small",
     ["the danger is being overplayed", "the risks of infection and disruption are small"]),
    ("breitbart54_christie_shell_shocked.json", 9,
     "he, Christie, was the best candidate but that Trump is the best of the remaining contenders",
     ["he, Christie, was the best candidate", "Trump is the best of the remaining contenders"]),
    ("breitbart60_roll_call_nominate.json", 1,
     "their votes were not bound and that they could vote their conscience",
     ["their votes were not bound", "they could vote their conscience"]),
    ("dragnet64_sophos_vulnerabilities.json", 2,
     "the research was performed in his spare time and that the views expressed in the paper are his own and not those of his employer",
     ["the research was performed in his spare time",
      "the views expressed in the paper are his own and not those of his employer"]),
    ("huffpost60_clinton_reassures_house.json", 19,
     "the race can’t just be about reacting to Trump, and that 2016",
     ["the race can’t just be about reacting to Trump", "2016"]),
    ("nytimes58_trump_campaign_recast_image.json", 4,
     "Mr. Trump recognized the need to reshape his persona and that his campaign would begin working with the political establishment that he has scorned to great effect",
     ["Mr. Trump recognized the need to reshape his persona",
      "his campaign would begin working with the political establishment that he has scorned to great effect"]),
    ("nytimes59_china_trade_voter_extremism.json", 11,
     "illegal immigrants to get them out of the country and that he favored imposing heavy tariffs on China to",
     ["illegal immigrants to get them out of the country", "he favored imposing heavy tariffs on China to"]),
    ("nytimes59_trump_aging_air_fleet.json", 14,
     "he was aware of the Boeing's limitations and that he did not",
     ["he was aware of the Boeing's limitations", "he did not"]),
    ("nytimes60_clinton_hints_husband_job.json", 17,
     "the central focus of her campaign was increasing wages and creating good jobs, and that she would not outsource that effort",
     ["the central focus of her campaign was increasing wages and creating good jobs",
      "she would not outsource that effort"]),
    ("nytimes60_democrats_press_sanders_fans.json", 3,
     "he spoke with Mr. Sanders on Tuesday and that the Vermont senator faced a",
     ["he spoke with Mr. Sanders on Tuesday", "the Vermont senator faced a"]),
    ("nytimes60_democrats_press_sanders_fans.json", 21,
     "she had seen several emails from people planning acts of civil disobedience, and that talk of dissent in the Republican ranks over Mr. Trump masked the searing divisions among Democrats",
     ["she had seen several emails from people planning acts of civil disobedience",
      "talk of dissent in the Republican ranks over Mr. Trump masked the searing divisions among Democrats"]),
    ("nytimes60_overtime_eligibility_rule.json", 23,
     "base wages would fall somewhat over time, but that the higher overtime payments would more than offset any loss in regular salary levels",
     ["base wages would fall somewhat over time",
      "the higher overtime payments would more than offset any loss in regular salary levels"]),
    ("nytimes62_billionaire_lists.json", 4,
     "China has the most and that Beijing is the world's billionaire capital",
     ["China has the most", "Beijing is the world's billionaire capital"]),
    ("nytwire47_trade_center_bomber_sentence.json", 7,
     "the charges were false and that they would",
     ["the charges were false", "they would"]),
    ("nytwire48_little_rock_jones_dismissal.json", 1,
     "he was joking, and that his Mazda was a fine car",
     ["he was joking", "his Mazda was a fine car"]),
    ("nytwire48_smithsonian_recordings_closed.json", 10,
     "the Smithsonian would like to find a way to continue some of the recording functions, but that it was too early to tell in what form and to what degree that might play out",
     ["the Smithsonian would like to find a way to continue some of the recording functions",
      "it was too early to tell in what form and to what degree that might play out"]),
    ("nytwire48_swiss_bank_holocaust_suit.json", 4,
     "despite the tough stand taken by the Swiss National Bank, preparations for the suit would continue, but that he had not decided where in the United States it would be filed",
     ["despite the tough stand taken by the Swiss National Bank, preparations for the suit would continue",
      "he had not decided where in the United States it would be filed"]),
    ("politico49_ken_bone_debate.json", 7,
     "his Twitter account had gained hundreds of followers and that he felt he had to reprise his red sweater on the morning after the debate because",
     ["his Twitter account had gained hundreds of followers",
      "he felt he had to reprise his red sweater on the morning after the debate because"]),
    ("politico49_ken_bone_debate.json", 16,
     "he had been leaning toward voting for Trump but that Clinton’s composure and answers had impressed him",
     ["he had been leaning toward voting for Trump", "Clinton’s composure and answers had impressed him"]),
    ("politico61_doj_clinton_perjury.json", 3,
     "she neither sent nor received emails marked classified, and that she turned over all her work-related emails to the State Department",
     ["she neither sent nor received emails marked classified",
      "she turned over all her work-related emails to the State Department"]),
    ("reuterswire38_dutch_growth_guilder.json", 12,
     "he favoured lower Dutch rates but that the Germans should move first",
     ["he favoured lower Dutch rates", "the Germans should move first"]),
    ("reuterswire41_finland_cd_dealings.json", 0,
     "it has started dealings in banks' certificates of deposits (CDs) with immediate effect and that it was prepared to issue its own paper to stimulate operations on the domestic money market",
     ["it has started dealings in banks' certificates of deposits (CDs) with immediate effect",
      "it was prepared to issue its own paper to stimulate operations on the domestic money market"]),
    ("reuterswire43_uganda_coffee_board.json", 8,
     "the CMB's price structure had been overtaken by Uganda's high inflation rate, unofficially estimated at about 200 pct, and that this was a further disincentive to producers, already owed large arrears",
     ["the CMB's price structure had been overtaken by Uganda's high inflation rate, unofficially estimated at about 200 pct",
      "this was a further disincentive to producers, already owed large arrears"]),
    ("reuterswire43_usda_posted_prices_sindt.json", 10,
     "these price margins reflect an average of prices throughout the year and that seasonal factors will normally cause prices to increase or decrease",
     ["these price margins reflect an average of prices throughout the year",
      "seasonal factors will normally cause prices to increase or decrease"]),
    ("reuterswire45_anwr_wildlife_hair.json", 5,
     "a preliminary survey showed the region could hold billions of barrels of oil and gas, and that its potential as an energy resource would never be known without exploration",
     ["a preliminary survey showed the region could hold billions of barrels of oil and gas",
      "its potential as an energy resource would never be known without exploration"]),
    ("reuterswire46_brazil_labour_unrest_fleischer.json", 1,
     "about half the seamen had returned to work after accords with 22 companies and that the strike looked close to an end",
     ["about half the seamen had returned to work after accords with 22 companies",
      "the strike looked close to an end"]),
    ("washpost50_charlotte_scott_wife_video.json", 40,
     "witnesses saw a gun and that one was found nearby",
     ["witnesses saw a gun", "one was found nearby"]),
    ("washpost55_gowdy_benghazi_report.json", 11,
     "they took place and that the panel last week",
     ["they took place", "the panel last week"]),
    ("washpost60_trump_university_records.json", 5,
     "Trump had emerged as a leading presidential candidate over the course of the civil case against Trump University and that Trump had",
     ["Trump had emerged as a leading presidential candidate over the course of the civil case against Trump University",
      "Trump had"]),
    ("washpost60_trump_university_records.json", 11,
     "Trump's pursuit of the presidency made his business dealings a matter of public interest and that an inactive company had no compelling reason to maintain secrecy",
     ["Trump's pursuit of the presidency made his business dealings a matter of public interest",
      "an inactive company had no compelling reason to maintain secrecy"]),
    ("washpost60_trump_university_records.json", 13,
     "the company would return in some form after the case is resolved and that it would be damaged by the release of the marketing material",
     ["the company would return in some form after the case is resolved",
      "it would be damaged by the release of the marketing material"]),
    ("washpost61_abortion_ruling_stances.json", 21,
     "he does not completely trust Trump but that Clinton cannot be elected because of her support for keeping abortion legal",
     ["he does not completely trust Trump",
      "Clinton cannot be elected because of her support for keeping abortion legal"]),
    ("washpost61_mosque_spotlight.json", 20,
     "between 100 and 150 others were there for evening prayers and that Mateen had his young son with him",
     ["between 100 and 150 others were there for evening prayers", "Mateen had his young son with him"]),
    ("westjournal52_gowdy_legal_action.json", 9,
     "he was the only one punished for improperly handling evidence, and that his firing was improper",
     ["he was the only one punished for improperly handling evidence", "his firing was improper"]),
    ("westjournal52_gowdy_legal_action.json", 13,
     "the committee employs several active members of the military, and that none of them have ever been penalized for fulfilling their duties to the service",
     ["the committee employs several active members of the military",
      "none of them have ever been penalized for fulfilling their duties to the service"]),
]


def layout(path: Path, raw: str):
    """The dump settings that reproduce the file as it is now, byte for byte."""
    obj = json.loads(raw)
    for indent in (2, 1, 4, None):
        for ascii_ in (False, True):
            for nl in ("\n", ""):
                if json.dumps(obj, indent=indent, ensure_ascii=ascii_) + nl == raw:
                    return indent, ascii_, nl
    raise SystemExit(f"{path.name}: layout not reproduced")


def squash(text: str) -> str:
    text = _as_read(text)
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("''", '"'), ("``", '"')):
        text = text.replace(a, b)
    return " ".join(text.split())


def main():
    by_file: dict[str, list] = {}
    for f, i, old, parts in SPLITS:
        by_file.setdefault(f, []).append((i, old, parts))
    n_old = n_new = 0
    for f, items in by_file.items():
        path = GOLD / f
        raw = path.read_text(encoding="utf-8")
        indent, ascii_, nl = layout(path, raw)
        gold = json.loads(raw)
        article = squash((ROOT / gold["article"]).read_text(encoding="utf-8", errors="replace"))
        quotes = gold["quotes"]
        for i, old, parts in sorted(items, reverse=True):  # from the end: earlier indices stay right
            q = quotes[i]
            assert q["kind"] == "indirect" and q["text"] == old, (f, i, q)
            assert sum(1 for x in quotes if x["text"] == old) == 1, (f, old)
            assert "nth" not in q, (f, i)
            new = []
            for part in parts:
                assert squash(part) in article, (f, part)
                assert squash(part) in squash(old), (f, part)
                new.append({k: (part if k == "text" else v) for k, v in q.items()})
            quotes[i:i + 1] = new
            n_old += 1
            n_new += len(new)
        path.write_text(json.dumps(gold, indent=indent, ensure_ascii=ascii_) + nl, encoding="utf-8")
    print(f"{n_old} entries split into {n_new} in {len(by_file)} files")


if __name__ == "__main__":
    main()
