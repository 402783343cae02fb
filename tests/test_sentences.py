"""store/sentences.py: where the sentence around a character starts and ends, as the quote finder asks it
(the same paragraph many times over, once per quote and cue), always what sentence_spans says."""

from __future__ import annotations

from newsx.store.sentences import sentence_end_after, sentence_spans, sentence_start_before

PARAGRAPH = (
    'Gen. Ana Ruiz arrived on Jan. 5. "We will stay," she said. The U.S. embassy declined to comment. '
    "Talks resume on Friday."
)
OTHER = "One sentence only, with no full stop at its end"


def test_each_sentence_starts_and_ends_where_sentence_spans_says():
    spans = sentence_spans(PARAGRAPH)
    assert [PARAGRAPH[lo:hi] for lo, hi in spans][:2] == ['Gen. Ana Ruiz arrived on Jan. 5.', '"We will stay," she said.']
    for _ in range(2):  # asked again for the same paragraph, as each quote in it asks
        for lo, hi in spans:
            for pos in (lo, (lo + hi) // 2, hi - 1):
                assert sentence_start_before(PARAGRAPH, pos) == lo
                assert sentence_end_after(PARAGRAPH, pos) == hi


def test_another_paragraph_gets_its_own_sentences():
    assert sentence_end_after(PARAGRAPH, 0) == len("Gen. Ana Ruiz arrived on Jan. 5.")
    assert sentence_end_after(OTHER, 0) == len(OTHER)
    assert sentence_start_before(OTHER, 20) == 0
    assert sentence_end_after(PARAGRAPH, len(PARAGRAPH) - 3) == len(PARAGRAPH)
