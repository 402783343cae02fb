"""The reader's heights: measuring some blocks of many, where each block starts and which block a line is in,
against sums taken the long way."""

from __future__ import annotations

import random

from newsx.tui.widgets.heights import Heights


def test_tops_and_lines_agree_with_sums_as_blocks_are_measured():
    rng = random.Random(5)
    count, estimate = 1000, 3
    heights, truth, measured = Heights(count, estimate), [estimate] * count, set()
    for _ in range(300):
        index, height = rng.randrange(count), rng.randint(1, 9)
        assert heights.measure(index, height) == height - truth[index]
        truth[index] = height
        measured.add(index)
    assert heights.total == sum(truth)
    tops = [sum(truth[:i]) for i in range(count + 1)]
    for index in [0, 1, 2, 511, 512, 999, rng.randrange(count)]:
        assert heights.top(index) == tops[index]
        assert heights.height(index) == truth[index]
        for line in (tops[index], tops[index + 1] - 1):
            assert heights.at(line) == index
    assert heights.at(-4) == 0 and heights.at(sum(truth) + 10) == count - 1
    assert {i for i in range(count) if heights.measured(i)} == measured


def test_one_block_and_a_count_that_is_a_power_of_two():
    one = Heights(1, 4)
    assert one.at(0) == one.at(3) == one.at(50) == 0 and one.top(1) == 4
    eight = Heights(8, 2)
    eight.measure(7, 5)
    assert eight.total == 19 and eight.at(14) == 7 and eight.at(13) == 6 and eight.top(7) == 14
