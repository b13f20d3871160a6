"""parse.lines: decoded text -> numbered, trimmed lines with a folded copy for matching."""

from __future__ import annotations

from policy_cli.parse.lines import split_lines


def test_blank_lines_are_dropped_and_numbers_kept() -> None:
    lines = split_lines("一、总体要求\n\n　（一）指导思想　\n  \n（二）基本原则")
    assert [(ln.number, ln.text) for ln in lines] == [(1, "一、总体要求"), (3, "（一）指导思想"), (5, "（二）基本原则")]


def test_the_folded_copy_has_the_same_length() -> None:
    (line,) = split_lines("（牵头单位：县水务局；配合单位：县财政局）")
    assert line.folded == "(牵头单位:县水务局;配合单位:县财政局)"
    assert len(line.folded) == len(line.text)


def test_pinyin_glosses_of_mirror_pages_are_removed() -> None:
    (line,) = split_lines("牵(qiān)头(tóu)单位：县水务局")
    assert line.text == "牵头单位：县水务局"
