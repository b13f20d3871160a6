"""A remark closing an annotation that gives units to its task and every later one (`…。各街道办事处、镇人民政府均须
落实属地责任，下同`): those units join the departments of that task and each task after it, neither lead nor
partner, told as info; tasks before it are not reached. A remark naming no unit's name, or a note on how leads
are marked (`列第一位的为牵头单位，下同`), adds nothing. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "溪桥区老旧小区改造实施方案\n溪桥区人民政府办公室\n2025年3月2日\n一、重点任务\n"
FIRST = "（一）清理违建。拆除楼道违建，2025年5月底前完成。（区城管局牵头，区住建局配合）\n"
LATER = (
    "（三）改造管网。同步实施雨污分流。（牵头单位：区住建局；配合单位：区水务局）\n"
    "（四）加装电梯。对符合条件的楼栋加装电梯。（区住建局负责）\n"
)


def _second(remark: str) -> str:
    return (
        f"（二）摸清底数。逐栋建档。〔责任单位：区住建局、各街道办事处按职责分工负责，2025年4月底前完成。{remark}〕\n"
    )


def test_a_remark_s_units_reach_its_task_and_every_later_one() -> None:
    notice = parse_text(HEAD + FIRST + _second("各街道办事处、镇人民政府均须落实属地责任，下同") + LATER)
    first, second, third, fourth = notice.tasks
    assert first.departments == ("区城管局", "区住建局")  # before the remark: not reached
    assert second.departments == ("区住建局", "各街道办事处", "镇人民政府")
    assert third.departments == ("区住建局", "区水务局", "各街道办事处", "镇人民政府")
    assert third.lead == ("区住建局",) and third.partners == ("区水务局",)  # no role given
    assert fourth.departments == ("区住建局", "各街道办事处", "镇人民政府")
    codes = {w.code for w in notice.warnings}
    assert "units-for-later-tasks-given" in codes and "remark-for-later-tasks" not in codes


@pytest.mark.parametrize(
    "remark",
    [
        "相关部门均须积极配合，下同",  # no unit's name
        "列第一位的为牵头单位，下同",  # how leads are marked
    ],
)
def test_a_remark_naming_no_unit_adds_nothing(remark: str) -> None:
    notice = parse_text(HEAD + FIRST + _second(remark) + LATER)
    assert all("相关部门" not in t.departments and "镇人民政府" not in t.departments for t in notice.tasks)
    assert "units-for-later-tasks-given" not in {w.code for w in notice.warnings}


def test_a_reference_is_no_unit_for_later_tasks() -> None:
    notice = parse_text(HEAD + FIRST + _second("上述单位均须落实属地责任，下同") + LATER)
    assert all("上述单位" not in t.departments for t in notice.tasks)
    assert "remark-for-later-tasks" in {w.code for w in notice.warnings}


def test_only_the_remark_itself_is_read_not_another_bracket_on_its_line() -> None:
    # a note inside the task's text, (…，下同), beside a remark of another form: the remark stays warned
    line = (
        "（二）摸清底数。逐栋建档（各街道办事处负责，下同）。〔区住建局负责落实。具体任务均涉及区民政局，不再做分工〕\n"
    )
    notice = parse_text(HEAD + FIRST + line + LATER)
    assert all("各街道办事处" not in t.departments for t in notice.tasks[2:])
    assert "remark-for-later-tasks" in {w.code for w in notice.warnings}


def test_the_remark_s_own_task_is_reached_when_it_starts_a_line_above() -> None:
    second = "（二）摸清底数。\n逐栋建档，建立台账。〔区住建局负责，2025年4月底前完成。各街道办事处均须落实属地责任，下同〕\n"
    notice = parse_text(HEAD + FIRST + second + LATER)
    assert [("各街道办事处" in t.departments) for t in notice.tasks] == [False, True, True, True]


# 以下…不再列出 reaches the tasks below its own in its part (一、) only; in a body without parts, every one below
_FLOOD_HEAD = "河湾县2025年防汛工作要点\n"
_FLOOD_PART_ONE = (
    "一、健全责任体系\n"
    "（一）压实责任。明确各级责任人。（县应急局负责落实。以下各项均需各乡镇人民政府落实，不再列出）\n"
    "（二）修订预案。修订县级应急预案。（县应急局牵头，县水利局配合，5月底前完成）\n"
)
_FLOOD_LATER_PARTS = (
    "二、加强工程建设\n"
    "（三）加固水库。完成5座水库加固。（县水利局负责，汛前完成）\n"
    "三、强化保障\n"
    "（四）保障资金。落实防汛经费。（县财政局负责，长期坚持）\n"
)


@pytest.mark.parametrize(
    ("body", "reached"),
    [
        # the remark in part 一: task （二） of that part, not the tasks of parts 二 and 三
        (_FLOOD_PART_ONE + _FLOOD_LATER_PARTS, [False, True, False, False]),
        # part 一 alone: every task below it
        (_FLOOD_PART_ONE, [False, True]),
        # no parts (一、) at all: the whole body below the remark
        (
            _FLOOD_PART_ONE.removeprefix("一、健全责任体系\n") + "（三）加固水库。完成加固。（县水利局负责）\n",
            [False, True, True],
        ),
    ],
)
def test_a_remark_for_the_tasks_below_reaches_the_end_of_its_part(body: str, reached: list[bool]) -> None:
    notice = parse_text(_FLOOD_HEAD + body)
    assert ["各乡镇人民政府" in t.departments for t in notice.tasks] == reached


@pytest.mark.parametrize(
    "remark",
    [
        "以下各项均需区住建局以外的有关单位落实，不再列出",  # units named by what they are not
        "以下各项均需除区城管局外的各单位落实，不再列出",
    ],
)
def test_a_remark_naming_units_by_exclusion_stays_warned(remark: str) -> None:
    notice = parse_text(HEAD + FIRST + _second(remark) + LATER)
    assert all(not any("以外" in d or d.startswith("除") for d in t.departments) for t in notice.tasks)
    assert notice.tasks[2].departments == ("区住建局", "区水务局")  # nothing added to the tasks below
    codes = {w.code for w in notice.warnings}
    assert "remark-for-later-tasks" in codes and "units-for-later-tasks-given" not in codes
