"""The safety net under the body's rules: a line no task took that names a unit as the subject of a
sentence, with a dated deadline or a role, is warned at its line (line-not-read); plain prose, reports
sent to a unit, documents and the notice's own closing words are not. Each notice here is written for
the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "鹭川县人民政府办公室关于印发鹭川县校舍安全提升实施方案的通知\n\n鹭政办发〔2025〕4号\n\n"

TASKS = (
    "（一）改造校舍。完成危房改造。（牵头单位：县教育局；配合单位：县财政局）\n"
    "（二）配备安保。增配专职保安。（牵头单位：县公安局）\n"
)


def warned(body: str) -> list[tuple[str, int]]:
    notice = parse_text(HEAD + body)
    return [(w.code, w.line) for w in notice.warnings if w.code == "line-not-read"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a part's own paragraph, above its annotated clauses, gives units a deadline: line 6
        ("一、重点任务\n县住建局、县应急局于2025年9月底前完成校舍安全鉴定。\n" + TASKS, [("line-not-read", 6)]),
        # the same with a role verb and no deadline
        ("一、重点任务\n由县住建局牵头开展校舍安全鉴定。\n" + TASKS, [("line-not-read", 6)]),
        # a paragraph of its own part, the notice's other parts holding tasks: line 9
        (
            "一、重点任务\n" + TASKS + "二、保障措施\n县审计局要在年底前完成专项资金审计。\n",
            [("line-not-read", 9)],
        ),
        # plain prose of a 保障措施 part: no unit, or a report sent to one, or a recurring date
        (
            "一、重点任务\n" + TASKS + "二、保障措施\n各单位要高度重视，加强组织领导，确保各项任务落到实处。\n"
            "各乡镇每月25日前将工作进展报县教育局汇总。\n",
            [],
        ),
        ("一、重点任务\n" + TASKS + "二、其他\n本方案由县教育局负责解释。\n", []),
        # 全社会支持: 社会 ends as 委员会 does, but is no unit supporting another; a unit's own 支持 is a role
        (
            "一、重点任务\n" + TASKS + "二、保障措施\n县委宣传部要加大宣传力度，营造全社会支持校舍安全的良好氛围。\n",
            [],
        ),
        (
            "一、重点任务\n" + TASKS + "二、保障措施\n县委宣传部要加大宣传力度，县科协支持开展安全科普。\n",
            [("line-not-read", 9)],
        ),
        ("一、重点任务\n" + TASKS + "二、参考\n县教育局关于2024年校舍安全工作情况的报告\n", []),
        # generic collectives are no unit of a task: 各部门, 县直各部门
        ("一、重点任务\n" + TASKS + "二、工作要求\n各乡镇、县直各部门要于2025年12月底前报送总结。\n", []),
        # a paragraph of an annotated block giving other units a deadline: the task holds its text, not them
        (
            "一、重点任务\n（一）改造校舍。完成危房改造。（牵头单位：县教育局；配合单位：县财政局）\n"
            "县住建局、县应急局要在2025年6月底前完成安全鉴定。\n（二）配备安保。增配专职保安。（牵头单位：县公安局）\n",
            [("line-not-read", 7)],
        ),
        # a paragraph naming the block's own units is the task's
        (
            "一、重点任务\n（一）改造校舍。完成危房改造。（牵头单位：县教育局；配合单位：县财政局）\n"
            "县教育局要在2025年6月底前完成改造。\n（二）配备安保。增配专职保安。（牵头单位：县公安局）\n",
            [],
        ),
        # lines a task took (its annotation wrapped onto a second line) are not warned
        (
            "一、重点任务\n（一）改造校舍。完成危房改造。（牵头单位：县教育局；\n配合单位：县财政局；完成时限：2025年底前）\n"
            "（二）配备安保。增配专职保安。（牵头单位：县公安局）\n",
            [],
        ),
    ],
)
def test_a_line_naming_units_that_no_task_took_is_warned(body: str, expected: list[tuple[str, int]]) -> None:
    assert warned(body) == expected


def test_a_notice_without_body_tasks_says_no_tasks_instead() -> None:
    notice = parse_text(HEAD + "一、重点任务\n县住建局于2025年9月底前完成校舍安全鉴定。\n二、保障措施\n加强领导。\n")
    assert [w.code for w in notice.warnings if w.code in ("line-not-read", "no-tasks")] == ["no-tasks"]


def test_a_block_whose_units_no_rule_reads_says_so() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n（一）改造校舍。完成危房改造。（牵头单位：县教育局）\n"
        "（二）鉴定校舍。县住建局、县应急局2025年6月底前完成校舍安全鉴定。\n"
        "（三）配备安保。增配专职保安。（牵头单位：县公安局）\n"
    )
    assert [(w.code, w.line, w.message[:27]) for w in notice.warnings] == [
        ("block-without-units", 7, "a block whose units (县住建局…)")
    ]


ITEMS = "一、修订校舍安全检查制度。\n二、开展校舍隐患排查整治。\n三、组织教职工应急疏散演练。\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 要点 whose one-paragraph items name no unit: each is warned at its line (lines 5–7)
        (
            ITEMS + "鹭川县教育局\n2025年3月1日\n",
            [("no-tasks", 5), ("item-without-units", 6), ("item-without-units", 7)],
        ),
        # two items only: too few to tell a 要点's items from a body's parts
        ("一、修订校舍安全检查制度。\n二、开展校舍隐患排查整治。\n", [("no-tasks", 5)]),
        # parts that open with a heading of their own are a cover's requirements, not a 要点's items
        (
            "一、加强领导。各校要高度重视。\n二、压实责任。各校长要亲自抓。\n三、强化督查。县教育局定期通报。\n",
            [("no-tasks", 5)],
        ),
        # items with a heading of their own that set dated work are a 要点's items all the same
        (
            "一、修订检查制度。6月底前完成制度修订。\n二、开展隐患排查。9月底前完成排查整治。\n"
            "三、组织疏散演练。11月底前完成全员演练。\n",
            [("no-tasks", 5), ("item-without-units", 6), ("item-without-units", 7)],
        ),
        # requirements with headings, one of them dated: a cover's requirements still
        (
            "一、加强领导。各校要高度重视。\n二、压实责任。各校长要亲自抓。\n三、按时报送。请于12月10日前报送总结。\n",
            [("no-tasks", 5)],
        ),
        # parts with paragraphs under them are a body's parts, not items
        (
            "一、总体要求\n提高校舍安全水平。\n二、重点任务\n开展隐患排查。\n三、保障措施\n加强领导。\n",
            [("no-tasks", 5)],
        ),
    ],
)
def test_items_of_a_yaodian_that_name_no_unit_are_warned(body: str, expected: list[tuple[str, int]]) -> None:
    notice = parse_text(HEAD + body)
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings if w.code in ("no-tasks", "item-without-units")] == expected


FRAME = "二、主要任务\n建设校舍安全监测平台。（牵头单位：县教育局）\n三、保障措施\n加强组织领导。\n"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a plan's background or frame chapter assigns no work: not warned beside the parts that do
        ("一、发展基础\n全县校舍条件明显改善。\n", [("block-without-units", 9)]),
        ("一、指导思想\n坚持安全第一。\n", [("block-without-units", 9)]),
        # a chapter of work that names no unit is warned
        ("一、改造危旧校舍\n完成改造校舍十所。\n", [("block-without-units", 5), ("block-without-units", 9)]),
    ],
)
def test_a_frame_chapter_is_no_block_without_units(first: str, expected: list[tuple[str, int]]) -> None:
    notice = parse_text(HEAD + first + FRAME)
    assert [(w.code, w.line) for w in notice.warnings if w.code == "block-without-units"] == expected
