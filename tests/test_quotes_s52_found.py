"""Session 52, quotes found and kept out (branch s52-found): a programme's title in marks, closed by the sentence's
full stop as American copy writes it ('said on NBC's "Meet the Press."'), is no one's words, while a slogan in marks
stays a quote. Facts of real pages of the gold rounds, driven through the real reader and pipeline."""

from __future__ import annotations

from .extraction_corpus import direct_speaker, page


def _direct_texts(extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.kind == "direct"]


def test_a_programmes_title_after_where_one_speaks_is_no_quote():
    # round 88's democrats_probe_putin_meetings: 'said Secretary of State Mike Pompeo on CBS's "Face the Nation."',
    # 'Sen. Chris Coons (D., Del.) said on "Fox News Sunday."', 'Mr. Cruz ... said on NBC's "Meet the Press."'
    putin = page("allsides/democrats_probe_putin_meetings.txt")
    assert not {"Face the Nation.", "Fox News Sunday.", "Meet the Press."} & set(_direct_texts(putin))
    assert direct_speaker(putin, "absolutely ludicrous") == "Mike Pompeo"
    # round 88's fauci_task_force_argued: 'Fauci told CNN's "New Day."'
    assert "New Day." not in _direct_texts(page("allsides/fauci_task_force_argued.txt"))
    # round 88's sanders_biden_low_iq: 'Sanders said on NBC's "Meet The Press."'
    assert "Meet The Press." not in _direct_texts(page("allsides/sanders_biden_low_iq.txt"))


def test_a_slogan_in_marks_a_sign_reads_stays_a_quote():
    # round 84's orourke_trump_el_paso_rallies: 'banners that read "Finish The Wall."' is the banners' words
    assert any("Finish The Wall" in text for text in _direct_texts(page("allsides/orourke_trump_el_paso_rallies.txt")))
