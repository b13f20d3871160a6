"""A heading a scrape glued onto the line before it (…(责任单位:…)二、加强监管, …如下意见。一、…), or a first
clause glued onto its part's heading (一、…(一)…, 一、…  1.…), read on a line of its own; a number that
does not continue the notice's numbering, or one inside prose, stays where it is."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
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
        # the next clause glued after a sentence end, its short heading closed by 。, clause N+2 on the next line
        (
            "（二）清理淤泥。全面清淤。（三）疏通沟渠。6月底前完成。（县水务局负责）\n（四）种植树木。\n",
            ["（二）清理淤泥。全面清淤。", "（三）疏通沟渠。6月底前完成。（县水务局负责）", "（四）种植树木。"],
        ),
        (
            "（二）清理淤泥。全面清淤。（三）疏通沟渠。年内完成。\n二、保障措施\n",
            ["（二）清理淤泥。全面清淤。", "（三）疏通沟渠。年内完成。", "二、保障措施"],
        ),
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
        # a glued clause not numbered next, one whose heading runs on with a comma, one the next line does
        # not follow (（五） after the glued （三）), and two glued on one line: left as written
        "（二）清理淤泥。全面清淤。（四）疏通沟渠。年内完成。\n（五）种植树木。\n",
        "（二）清理淤泥。全面清淤。（三）疏通沟渠，年内完成。\n（四）种植树木。\n",
        "（二）清理淤泥。全面清淤。（三）疏通沟渠。年内完成。\n（五）种植树木。\n",
        "（二）清理淤泥。按第（三）项要求。\n（三）种植树木。\n",
        "（二）清理淤泥。全面清淤。（三）疏通沟渠。年内完成。（四）种植树木。年内完成。\n（五）绿化。\n",
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
        (
            "某县2025年安全生产工作方案\n一、重点任务\n（一）排查隐患。建立台账。（县应急管理局负责）\n"
            "（二）加强消防安全。开展专项整治。（三）加强燃气安全。开展管道检查。（县住房城乡建设局负责）\n"
            "（四）强化道路安全。整治隐患点。（县交通运输局负责）\n",
            ["一/（一）", "一/（三）", "一/（四）"],
        ),
    ],
)
def test_glued_heading_keeps_every_task(text: str, paths: list[str]) -> None:
    notice = parse_text(text)
    assert [task.path for task in notice.tasks] == paths
    assert all(task.departments for task in notice.tasks)


def test_a_glued_part_is_searched_for_only_in_lines_that_may_end_in_one() -> None:
    """split_glued_headings tries GLUED_PART only where _may_end_in_glued_part lets it: the pattern ends in
    a part's number, 、 and a heading of 2 to 22 characters none of 。;:!?,()《》 closing the line."""
    from policy_cli import patterns as P
    from policy_cli.parse.noise import _NOT_IN_GLUED_HEADING, _may_end_in_glued_part

    cn = f"[{P.CN_DIGITS}]+"
    tail = rf"(?P<num>{cn})\s*、(?!\s*{cn}\s*[、级类等档])(?P<heading>[^{_NOT_IN_GLUED_HEADING}]{{2,22}})$"
    assert P.GLUED_PART.pattern.endswith(tail)
    for line in ["开展清理。(县发展改革局)二、加强监管", "做好宣传。 三 、 强化保障", "要求。十二、加强组织领导工作"]:
        assert P.GLUED_PART.search(fold(line)) and _may_end_in_glued_part(fold(line)), line
    for line in [
        "要求。一、二级医院开展体检。",
        "县水务局、县财政局 2017年",
        "一、加强安全生产监管执法体系和能力建设工作推进落实",
    ]:
        assert not _may_end_in_glued_part(fold(line)), line
