"""Kinds of text rounds 32-33 showed losing a direct quote or giving it a wrong speaker (session
22), and how the benchmark reads a titled speaker. One test per rule: on a short article written
for it, and on the real page where it occurs."""

from __future__ import annotations

from bench.extraction_quality import right_speaker


def test_a_leading_title_on_either_side_is_no_other_speaker():
    # round 32's hefce_student_inequality: the program's `Howard Newby` is the gold's `Sir Howard Newby`
    assert right_speaker({"speaker": ["Sir Howard Newby", "Sir Howard"]}, "Howard Newby", set())
    assert right_speaker({"speaker": ["Howard Newby"]}, "Sir Howard Newby", set())
    assert right_speaker({"speaker": ["Tony Blair", "Mr Blair"]}, "Blair", set())
    # an all-title speaker stays whole, and a title never makes another person right
    assert not right_speaker({"speaker": ["Sir Howard Newby"]}, "Sir", set())
    assert not right_speaker({"speaker": ["Prime Minister Tony Blair"]}, "Prime Minister", set())
    assert not right_speaker({"speaker": ["Mr Blair"]}, "Mr Brown", set())
