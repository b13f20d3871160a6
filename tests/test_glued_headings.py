"""A heading a scrape glued onto the line before it (…(责任单位:…)二、加强监管, …如下意见。一、…), or a first
clause glued onto its part's heading (一、…(一)…, 一、…  1.…), read on a line of its own; a number that
does not continue the notice's numbering, or one inside prose, stays where it is."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.noise import split_glued_headings


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # the next part glued after a clause's closing annotation
        (
            "一、整治河道\n（一）清理淤泥。（牵头单位：区水务局）二、绿化岸线\n（二）种植树木。\n",
            ["一、整治河道", "（一）清理淤泥。（牵头单位：区水务局）", "二、绿化岸线", "（二）种植树木。"],
        ),
        # part 一 glued after the preamble's last sentence, a numbered line after it
        (
            "为改善人居环境，制定本方案。一、整治河道\n（一）清理淤泥。\n",
            ["为改善人居环境，制定本方案。", "一、整治河道", "（一）清理淤泥。"],
        ),
        # the first clause, or the first item after spaces, glued to its part's heading
        (
            "一、整治河道（一）清理淤泥。\n（二）疏通沟渠。\n",
            ["一、整治河道", "（一）清理淤泥。", "（二）疏通沟渠。"],
        ),
        ("一、整治河道　　1.清理淤泥。\n2.疏通沟渠。\n", ["一、整治河道", "1.清理淤泥。", "2.疏通沟渠。"]),
    ],
)
def test_glued_heading_is_put_on_its_own_line(text: str, lines: list[str]) -> None:
    assert [line.text for line in split_glued_headings(split_lines(text))] == lines


@pytest.mark.parametrize(
    "text",
    [
        # a part number out of sequence (三、 after 一、) stays in the line
        "一、整治河道\n（一）清理淤泥。（牵头单位：区水务局）三、绿化岸线\n（二）种植树木。\n",
        # 一、二级 and 第一、二项 are enumerations in prose
        "为改善环境，制定本方案。一、二级河道\n（一）清理淤泥。\n",
        "一、整治河道\n（一）完成第一、二项工程。\n（二）种植树木。\n",
        # a number followed by a sentence, not a short heading
        "一、整治河道\n（一）清理淤泥。二、三个月内完成，验收合格。\n（二）种植树木。\n",
        # part 一 after the preamble with no numbered line after it
        "为改善环境，制定本方案。一、整治河道\n全区河道全面整治。\n",
        # a (一) quoted in a part heading that is a sentence, and a clause other than the first
        "一、按照《办法》（一）项执行。\n（二）种植树木。\n",
        "一、整治河道（二）清理淤泥。\n",
        # a table row: the item is the next cell, not glued to the heading
        "一、整治河道\t1.清理淤泥。\t县水务局\n\t2.疏通沟渠。\t县水务局\n",
    ],
)
def test_number_not_continuing_the_numbering_stays(text: str) -> None:
    raw = split_lines(text)
    assert [line.text for line in split_glued_headings(raw)] == [line.text for line in raw]


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        (
            "某县2025年河道整治工作方案\n一、整治河道\n（一）清理淤泥。（责任单位：县水务局）二、绿化岸线\n"
            "（二）种植树木。（责任单位：县林业局）\n",
            ["一/（一）", "二/（二）"],
        ),
        (
            "某县关于河道整治的实施意见\n为改善人居环境，提出如下意见。一、整治河道\n"
            "（一）清理淤泥。（县水务局）\n二、绿化岸线\n（二）种植树木。（县林业局）\n",
            ["一/（一）", "二/（二）"],
        ),
        (
            "某县2025年河道整治工作方案\n一、整治河道（一）清理淤泥。（责任单位：县水务局）\n"
            "（二）种植树木。（责任单位：县林业局）\n",
            ["一/（一）", "一/（二）"],
        ),
    ],
)
def test_glued_heading_keeps_every_task(text: str, paths: list[str]) -> None:
    notice = parse_text(text)
    assert [task.path for task in notice.tasks] == paths
    assert all(task.departments for task in notice.tasks)


def test_a_glued_part_is_searched_for_only_in_lines_holding_its_mark() -> None:
    """split_glued_headings tries GLUED_PART only on a line holding 、: every match of it holds one."""
    from policy_cli import patterns as P

    assert P.GLUED_PART.pattern.count("、") >= 1
    assert "、" in P.GLUED_PART.search("开展清理。(县发展改革局)二、加强监管")[0]
