"""A sentence giving every task without units of its own its roles (以上各项任务，除明确责任单位外，均由…牵头，…配合 /
本方案所列任务均由…牵头 / 未明确责任单位的，均由…负责): its roles go to the blocks naming no unit, never into the
last block's text, and the sentence is told as info with where they went (warned when they went nowhere). The notices are written for the test
(invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.errors import StrictError
from policy_cli.parse import parse_text
from policy_cli.source import parse_bytes

HEAD = "柳河县城区停车秩序整治工作方案\n柳河县人民政府办公室\n2025年4月8日\n"
ITEMS = (
    "一、整治任务\n（一）施划停车泊位。新增公共停车泊位800个，7月底前完成。\n"
    "（二）清理僵尸车辆。集中清理占道废旧车辆，6月底前完成。（县公安局交警大队负责）\n"
)
REQUIREMENTS = "二、工作要求\n（一）加强协调配合。各单位要密切协作。\n"


@pytest.mark.parametrize(
    ("preamble", "closing", "given"),
    [
        # after the last block: to the blocks before it naming no unit (not the requirements)
        ("", "　　以上各项任务，除明确责任单位外，均由县城管局牵头，县住建局配合。\n", ("县城管局",)),
        # in the preamble: the plan's tasks, or those with no unit named
        ("　　为规范停车秩序，制定本方案。本方案所列任务均由县城管局牵头，县住建局配合。\n", "", ("县城管局",)),
        ("　　为规范停车秩序，制定本方案。未明确责任单位的，均由县城管局牵头，县住建局配合。\n", "", ("县城管局",)),
        # closed by a remark that they are not written out task by task (and 按职责分工 before the role)
        (
            "　　为规范停车秩序，制定本方案。本方案所列各项任务由县城管局牵头，县住建局按职责分工配合，不再逐项列出。\n",
            "",
            ("县城管局",),
        ),
        ("　　本方案所列各项任务由县城管局牵头，县住建局配合，不再一一列明。\n", "", ("县城管局",)),
        # near forms: a task's own sentence (no tasks named, no exception) gives nothing
        ("", "　　由县城管局牵头，县住建局配合。\n", None),
        ("　　为规范停车秩序，县城管局牵头制定本方案。\n", "", None),
        ("　　县城管局牵头，县住建局配合，不再逐项列出。\n", "", None),
    ],
)
def test_a_sentence_for_all_tasks_gives_its_roles_to_those_without(
    preamble: str, closing: str, given: tuple[str, ...] | None
) -> None:
    notice = parse_text(HEAD + preamble + ITEMS + REQUIREMENTS + closing)
    tasks = {t.text: t for t in notice.tasks}
    assert tasks["清理僵尸车辆。集中清理占道废旧车辆，6月底前完成。"].departments == ("县公安局交警大队",)
    first = tasks.get("施划停车泊位。新增公共停车泊位800个，7月底前完成。")
    warned = [w for w in notice.warnings if w.code.startswith("units-for-all")]
    if given:
        assert not any("各单位要密切协作" in text for text in tasks)  # requirements assign no work
        assert not any("以上各项任务" in text for text in tasks)  # never glued onto the last block
        assert first is not None and (first.lead, first.partners) == (given, ("县住建局",))
        assert len(warned) == 1 and warned[0].message.endswith(f"lines {first.line}")
        assert (warned[0].code, warned[0].severity) == ("units-for-all-given", "info")
    else:
        assert first is None and warned == []


def test_a_sentence_for_all_tasks_with_nothing_left_to_give_is_warned() -> None:
    items = "一、整治任务\n（一）施划停车泊位。新增公共停车泊位800个。（县城管局负责）\n"
    notice = parse_text(HEAD + items + "　　以上各项任务，除明确责任单位外，均由县住建局牵头。\n")
    assert [t.departments for t in notice.tasks] == [("县城管局",)]
    assert [(w.code, w.line) for w in notice.warnings if w.code == "units-for-all"] == [("units-for-all", 6)]


PARTNERS_ONLY = (
    "一、整治任务\n（一）施划停车泊位。新增公共停车泊位800个，7月底前完成。（配合单位：县住建局、县交通运输局）\n"
    "（二）清理僵尸车辆。集中清理占道废旧车辆，6月底前完成。（县公安局交警大队负责）\n"
)


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        # every task's lead in the preamble: a block naming partners only takes it before them; a block with
        # its own responsible unit keeps it alone
        (
            "　　本方案所列各项任务均由县城管局牵头组织实施；标明配合单位的，由配合单位协同落实。\n",
            [(("县城管局",), ("县住建局", "县交通运输局")), ((), ())],
        ),
        # near form: the sentence for tasks with no units named (未明确责任单位的) leaves the partners' block alone
        (
            "　　未明确责任单位的，均由县城管局牵头。\n",
            [((), ("县住建局", "县交通运输局")), ((), ())],
        ),
    ],
)
def test_a_lead_for_every_task_goes_before_a_block_naming_partners_only(
    preamble: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(HEAD + preamble + PARTNERS_ONLY + REQUIREMENTS)
    assert [(t.lead, t.partners) for t in notice.tasks] == expected
    assert notice.tasks[1].departments == ("县公安局交警大队",)


BY_NUMBER_HEAD = "南湖区2025年城市更新工作任务分工方案\n南湖区人民政府办公室\n2025年3月3日\n"
ITEMS_RUNNING = (  # items numbered on through the parts
    "一、改造老旧小区\n1.完成老旧小区改造12个，10月底前完工。\n2.加装电梯30部，年底前完成。\n"
    "二、完善公共设施\n3.新建口袋公园5个，9月底前建成。\n"
)
ITEMS_RESTARTING = (  # items numbered again from 1 in each part: 第1项 names two blocks
    "一、改造老旧小区\n1.完成老旧小区改造12个，10月底前完工。\n2.加装电梯30部，年底前完成。\n"
    "二、完善公共设施\n1.新建口袋公园5个，9月底前建成。\n"
)

CLAUSES_BRACKETED = (  # clauses （一）… with no items under them
    "一、主要任务\n（一）清理河道淤积段4处，汛期前完成。\n（二）修复灌溉渠道6公里，10月底前完工。\n"
    "（三）建立河长巡查台账，年底前建成。\n"
)


@pytest.mark.parametrize(
    ("items", "division", "expected", "warned"),
    [
        (  # (departments, lead, partners) of each task
            ITEMS_RUNNING,
            "第1-2项由区住建局牵头，区财政局配合；第3项由区城管局负责。",
            [(("区住建局", "区财政局"), ("区住建局",), ("区财政局",))] * 2 + [(("区城管局",), (), ())],
            "given to the blocks",
        ),
        (
            ITEMS_RUNNING,
            "第1、3项任务由区住建局负责；第2项由区住建局牵头，区市场监管局配合。",
            [
                (("区住建局",), (), ()),
                (("区住建局", "区市场监管局"), ("区住建局",), ("区市场监管局",)),
                (("区住建局",), (), ()),
            ],
            "given to the blocks",
        ),
        (  # clauses numbered （一）… named by their bracketed numbers, two in one clause of the division
            CLAUSES_BRACKETED,
            "第（一）项由区水务局牵头，区农业农村局配合；第（二）项、第（三）项由区水务局负责。",
            [(("区水务局", "区农业农村局"), ("区水务局",), ("区农业农村局",))] + [(("区水务局",), (), ())] * 2,
            "given to the blocks",
        ),
        # near forms: a number naming two blocks (第1项, items numbered again in each part) or none: that
        # clause is warned and gives nothing, the others are read
        (ITEMS_RESTARTING, "第1项由区住建局牵头；第2项由区城管局负责。", [(("区城管局",), (), ())], "no one block"),
        (ITEMS_RUNNING, "第4-5项由区住建局牵头。", [], "no one block"),
        (CLAUSES_BRACKETED, "第（四）项由区水务局牵头。", [], "no one block"),
    ],
)
def test_a_division_by_task_number_gives_each_numbered_item_its_roles(
    items: str, division: str, expected: list[tuple[tuple[str, ...], ...]], warned: str
) -> None:
    notice = parse_text(BY_NUMBER_HEAD + items + "三、责任分工\n　　" + division + "\n")
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == expected
    messages = [w.message for w in notice.warnings if w.code.startswith("units-by-number")]
    assert any(warned in m for m in messages)
    codes = {w.code for w in notice.warnings if w.code.startswith("units-by-number")}
    if warned == "given to the blocks":  # every clause given: an info only
        assert codes == {"units-by-number-given"}
    else:  # a clause that gave nothing: warned
        assert "units-by-number" in codes


def test_a_block_keeps_the_deadline_its_own_text_states_under_a_sentence_for_all() -> None:
    """The sentence's deadline is for the blocks that state none; a block's own deadline stays, as under a
    heading's roles."""
    text = (
        "松川县农村人居环境整治方案\n一、重点任务\n"
        "（一）整治乡镇河道，2024年6月底前完成。\n"
        "（二）清理村庄垃圾。\n"
        "以上各项任务，除明确责任单位外，均由县住建局牵头，2024年底前完成。\n"
    )
    notice = parse_text(text)
    got = [(t.text, t.lead, t.due) for t in notice.tasks]
    assert got == [
        ("整治乡镇河道，2024年6月底前完成。", ("县住建局",), "2024年6月底前"),
        ("清理村庄垃圾。", ("县住建局",), "2024年底前"),
    ]


# Sentences for all tasks as plans write them: the exception before the tasks named or after, 以下 for the
# blocks after it, a clause of the plan's frame or its closing paragraph holding the sentence after its own,
# the cover notice holding it, the roles written 统筹 / 具体落实 or 牵头单位为…. (lead, partners, departments) of
# the three tasks of each notice; the second block keeps its own units.
FORMS_HEAD = "石桥县2025年农村人居环境整治实施方案\n石桥县人民政府办公室\n2025年3月10日\n"
FORMS_ITEMS = (
    "一、重点任务\n（一）开展村庄清洁行动。每季度开展一次集中清洁。\n"
    "（二）推进农村改厕。新建卫生厕所500座。（县卫生健康局负责）\n（三）治理生活污水。完成20个村污水治理。\n"
)
OWN = ((), (), ("县卫生健康局",))
LEAD_PARTNER = (("县农业农村局",), ("县水利局",), ("县农业农村局", "县水利局"))


@pytest.mark.parametrize(
    ("preamble", "closing", "expected"),
    [
        # the exception written without 单位 (除注明外), or before the tasks named (除特别注明外，以上…)
        ("", "　　以上任务除注明外，均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　除特别注明外，以上各项工作均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　以上整改任务，除明确责任单位外，由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        # its roles written as the roles of units (牵头单位为…，配合单位为…)
        ("", "　　以上各项任务的牵头单位为县农业农村局，配合单位为县水利局。\n", LEAD_PARTNER),
        # 统筹 leads; those who carry it out (具体落实) are responsible, neither lead nor partner
        (
            "　　为改善农村人居环境，制定本方案。各项任务由县农业农村局统筹，各乡镇人民政府具体落实。\n",
            "",
            (("县农业农村局",), (), ("县农业农村局", "各乡镇人民政府")),
        ),
        # the last sentence of a clause of the plan's requirements, or of its closing paragraph
        (
            "",
            "二、保障措施\n（一）加强组织领导。成立工作专班。各项任务除已明确责任单位外，均由县农业农村局牵头，"
            "县水利局配合。\n",
            LEAD_PARTNER,
        ),
        (
            "",
            "二、其他\n　　本方案自印发之日起施行。方案中未明确责任单位的工作，均由县农业农村局负责。\n",
            ((), (), ("县农业农村局",)),
        ),
        # a sentence among a line's own sentences, not its last: in a clause of the requirements, a paragraph
        (
            "",
            "二、保障措施\n（一）加强组织领导。各项任务除已明确责任单位外，均由县农业农村局牵头，县水利局配合。"
            "各单位要明确专人负责。\n",
            LEAD_PARTNER,
        ),
        (
            "",
            "二、组织实施\n　　本方案所列任务，除明确责任单位外，均由县农业农村局牵头，县水利局配合。各单位要每月报送进展。\n",
            LEAD_PARTNER,
        ),
        # those who carry it out and those who guide it (加强指导 as 指导): responsible, neither lead nor partner
        (
            "　　本方案所列任务均由各乡镇人民政府负责落实，县直有关部门加强指导。\n",
            "",
            ((), (), ("各乡镇人民政府", "县直有关部门")),
        ),
        # the exception naming the tasks with units and the rest (其余), or saying none is noted (如无特别说明)
        ("", "　　除已明确牵头单位的任务外，其余任务均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　以上任务如无特别说明，均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        # the exception in any of its words (标注, 单独列明, 另行指定, 未标注): one family
        (
            "　　为改善人居环境，制定本方案。各项任务除另有标注外，均由县农业农村局牵头，县水利局配合。\n",
            "",
            LEAD_PARTNER,
        ),
        ("　　除单独列明外，各项任务均由县农业农村局牵头，县水利局配合。\n", "", LEAD_PARTNER),
        ("", "　　本方案所列任务除另行指定责任单位的以外，均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　未标注牵头单位的任务，由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　以上任务如无单独标注，均由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        # the tasks named with 中 before the exception, a division's own words, the preamble's middle sentence
        ("", "　　上述任务中，未明确牵头单位的，由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        ("", "　　任务分工中未列明责任单位的事项，由县农业农村局负责协调推进。\n", ((), (), ("县农业农村局",))),
        (
            "　　为改善人居环境，制定本方案。方案所列任务，除明确责任单位外，均由县农业农村局牵头，县水利局配合。"
            "各单位要高度重视。\n",
            "",
            LEAD_PARTNER,
        ),
        # a note under the last block, the exception in a department's own words (责任处室)
        ("", "　　注：未标注责任处室的任务，由县农业农村局牵头，县水利局配合。\n", LEAD_PARTNER),
        # the sentence a clause after `；` of a preamble's sentence
        (
            "　　各单位要每月5日前报送进展，年底前报送总结；未注明责任单位的，由县农业农村局牵头，县水利局配合。\n",
            "",
            LEAD_PARTNER,
        ),
    ],
)
def test_a_sentence_for_all_tasks_in_the_forms_plans_write_it(
    preamble: str, closing: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    notice = parse_text(FORMS_HEAD + preamble + FORMS_ITEMS + closing)
    got = [(t.lead, t.partners, t.departments) for t in notice.tasks]
    assert got == [expected, OWN, expected]
    assert not any("由县农业农村局" in t.text or "工作专班" in t.text for t in notice.tasks)  # never a block's text
    assert [w.code for w in notice.warnings].count("units-for-all-given") == 1


@pytest.mark.parametrize(
    ("preamble", "closing"),
    [
        # the document's keeper names no task's unit, and is no work left unread either
        ("", "二、附则\n　　本方案由县农业农村局负责解释和组织实施。\n"),
        # a block closed by its own 以上工作由… keeps it (another block's sentence, not one for all tasks)
        ("", ""),
        # a note that names no exception nor the tasks, and a clause after `；` that is no sentence for all tasks
        ("", "　　注：请各单位于每月5日前报送进展，由县农业农村局汇总。\n"),
        ("　　各单位要高度重视；请各单位由此明确分工。\n", ""),
    ],
)
def test_near_forms_of_a_sentence_for_all_tasks_give_nothing(preamble: str, closing: str) -> None:
    items = FORMS_ITEMS.replace("完成20个村污水治理。", "完成20个村污水治理。以上工作由县水利局牵头，县财政局配合。")
    notice = parse_text(FORMS_HEAD + preamble + items + closing)
    assert [(t.path, t.lead, t.departments) for t in notice.tasks] == [
        ("一/（二）", (), ("县卫生健康局",)),
        ("一/（三）", ("县水利局",), ("县水利局", "县财政局")),
    ]
    assert not [w for w in notice.warnings if w.code in ("units-for-all", "units-for-all-given", "work-not-read")]


def test_a_sentence_for_the_tasks_after_it_gives_them_its_roles() -> None:
    """以下任务…: the blocks after it in its part; the blocks of another part, before it, keep none."""
    text = FORMS_HEAD + FORMS_ITEMS.replace(
        "一、重点任务\n", "一、重点任务\n　　以下任务除注明外，均由县农业农村局牵头，县水利局配合。\n"
    )
    text += "二、长效管护\n（一）建立管护台账。年底前完成。\n"
    notice = parse_text(text)
    assert [(t.path, t.lead, t.partners) for t in notice.tasks[:3]] == [
        ("一/（一）", ("县农业农村局",), ("县水利局",)),
        ("一/（二）", (), ()),
        ("一/（三）", ("县农业农村局",), ("县水利局",)),
    ]
    assert all("以下任务" not in t.text for t in notice.tasks)
    assert not any(t.path.startswith("二") and t.lead for t in notice.tasks)


def test_a_sentence_for_all_tasks_in_the_cover_notice() -> None:
    """方案中未明确责任单位的任务，均由…: the cover's sentence gives the 方案's blocks naming no unit their roles."""
    cover = (
        "石桥县人民政府办公室关于印发石桥县农村人居环境整治实施方案的通知\n各乡镇人民政府，县直各单位：\n"
        "　　现将《石桥县农村人居环境整治实施方案》印发给你们，请认真组织实施。方案中未明确责任单位的任务，"
        "均由县农业农村局牵头，县水利局配合。\n石桥县人民政府办公室\n2025年3月10日\n石桥县农村人居环境整治实施方案\n"
    )
    notice = parse_text(cover + FORMS_ITEMS)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [LEAD_PARTNER, OWN, LEAD_PARTNER]
    assert not [w for w in notice.warnings if w.code == "line-not-read"]


def test_a_sentence_for_the_tasks_of_its_part() -> None:
    """本部分任务由…: the blocks of the part it stands in, one sentence a part."""
    text = FORMS_HEAD + FORMS_ITEMS + "　　本部分任务除注明外，由县农业农村局牵头。\n"
    text += "二、长效管护\n（一）建立管护台账。年底前完成。\n（二）落实管护经费。6月底前完成。\n"
    text += "　　本部分任务由县财政局牵头，各乡镇人民政府配合。\n"
    notice = parse_text(text)
    assert [(t.path, t.lead, t.partners) for t in notice.tasks] == [
        ("一/（一）", ("县农业农村局",), ()),
        ("一/（二）", (), ()),
        ("一/（三）", ("县农业农村局",), ()),
        ("二/（一）", ("县财政局",), ("各乡镇人民政府",)),
        ("二/（二）", ("县财政局",), ("各乡镇人民政府",)),
    ]
    assert all("本部分" not in t.text for t in notice.tasks)


def test_a_remark_inside_a_blocks_bracket_is_no_sentence_for_all_tasks() -> None:
    """（…配合。以下各项均由…负责落实，不再列出）: the block's own annotation, read there."""
    text = (
        FORMS_HEAD
        + "一、重点任务\n（一）开展村庄清洁行动。（县农业农村局牵头，县水利局配合。以下各项均由各乡镇人民政府负责落实，不再列出）\n"
    )
    notice = parse_text(text)
    assert [w.code for w in notice.warnings if w.code.startswith("units-for-all")] == []
    assert notice.tasks[0].lead == ("县农业农村局",)


TABLE = (
    "石桥县人居环境整治任务清单\n石桥县人民政府办公室\n2025年3月10日\n{note}序号\t工作任务\t责任单位\t完成时限\n"
    "1\t开展村庄清洁行动。\t\t2025年6月底前\n2\t推进农村改厕。\t县卫生健康局\t2025年10月底前\n"
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a task table's rows whose units cell is empty take the roles of a sentence for all tasks
        ("　　表中未列责任单位的任务，由县农业农村局负责。\n", ("县农业农村局",)),
        ("　　未明确责任单位的，均由县农业农村局负责。\n", ("县农业农村局",)),
        # near form: no such sentence, the row stays without units
        ("", ()),
    ],
)
def test_a_sentence_for_all_tasks_gives_a_table_row_without_units_its_roles(
    note: str, expected: tuple[str, ...]
) -> None:
    notice = parse_text(TABLE.format(note=note))
    assert [t.departments for t in notice.tasks] == [expected, ("县卫生健康局",)]
    warned = [w.message for w in notice.warnings if w.code == "units-for-all-given"]
    assert warned == ([f"{note.strip()}: given to the blocks at lines 6"] if note else [])


def test_a_note_under_a_table_gives_its_rows_without_units_its_roles() -> None:
    """注：表中未列责任单位的任务，由…负责 under the table: the note's sentence, read as one for all tasks."""
    notice = parse_text(TABLE.format(note="") + "注：表中未列责任单位的任务，由县农业农村局负责。\n")
    assert [t.departments for t in notice.tasks] == [("县农业农村局",), ("县卫生健康局",)]
    assert [w.line for w in notice.warnings if w.code == "units-for-all-given"] == [7]


@pytest.mark.parametrize(
    ("goals", "given"),
    [
        # a plan's goals (工作目标, as 发展目标) are its frame: no task takes the sentence's roles there
        ("一、工作目标\n　　到2025年底，全县卫生厕所普及率达到90%。\n", False),
        # a construction plan's goals (建设目标) alike
        ("一、建设目标\n　　2025年全县改建卫生厕所4000户，户均补助不低于800元。\n", False),
        # near form: a part of work, whatever its words, takes them
        ("一、推进厕所革命\n　　到2025年底，全县卫生厕所普及率达到90%。\n", True),
    ],
)
def test_a_sentence_for_all_tasks_leaves_the_plans_goals_alone(goals: str, given: bool) -> None:
    items = FORMS_ITEMS.replace("一、重点任务", "二、重点任务")
    notice = parse_text(FORMS_HEAD + goals + items + "　　以上任务除注明外，均由县农业农村局牵头，县水利局配合。\n")
    first = notice.tasks[0]
    assert (first.path == "一") is given
    if given:
        assert first.lead == ("县农业农村局",)


@pytest.mark.parametrize(
    ("heading", "under", "given"),
    [
        # a part of targets stating them in its own text assigns no work: the sentence gives it nothing
        ("目标任务", "　　全县新增养老床位300张以上，护理型床位占比达到60%。\n", False),
        ("主要目标任务", "　　全县新增养老床位300张以上，护理型床位占比达到60%。\n", False),
        # near forms: numbered blocks under such a heading are tasks, and a part of work is one
        ("目标任务", "（一）新增养老床位。全县新增养老床位300张以上。\n", True),
        ("重点任务", "　　全县新增养老床位300张以上，9月底前完成。\n", True),
    ],
)
def test_a_part_of_targets_takes_no_roles_from_a_sentence_for_all(heading: str, under: str, given: bool) -> None:
    notice = parse_text(
        "桦南县养老服务提升行动方案\n桦南县人民政府办公室\n2026年3月2日\n"
        "　　方案所列各项任务，除已明确责任单位的外，均由县民政局牵头，各乡镇人民政府配合。\n"
        f"一、{heading}\n{under}二、工作措施\n（一）建设助餐点。新建社区助餐点12个，10月底前完成。\n"
        "（二）培训护理员。培训养老护理员200人次。（县人力资源社会保障局负责）\n"
    )
    beds = [t for t in notice.tasks if "养老床位" in t.text]
    assert [(t.lead, t.partners) for t in beds] == ([(("县民政局",), ("各乡镇人民政府",))] if given else [])
    assert [t.lead for t in notice.tasks if "助餐点" in t.text] == [("县民政局",)]


_CLAUSES = (
    "一、重点任务\n（一）治理工业污染\n1.排查涉气企业。（县生态环境局负责）\n2.淘汰燃煤锅炉。\n"
    "（二）管控扬尘污染\n1.落实工地围挡。\n2.规范渣土运输。\n{closing}"
    "（三）监管移动源\n1.开展柴油货车路检。（县公安局负责）\n"
)


@pytest.mark.parametrize(
    ("closing", "given"),
    [
        # 以上工作 / 上述任务 closing a clause that another follows: its own points only
        ("以上工作由县住建局牵头，县城管局配合。\n", ["一/（二）/1", "一/（二）/2"]),
        ("上述任务由县住建局牵头，县城管局配合。\n", ["一/（二）/1", "一/（二）/2"]),
        # where the units carry the work out, between 负责 and 落实, is no part of the verb
        ("以上工作由县住建局牵头，县城管局配合，各乡镇负责本辖区落实。\n", ["一/（二）/1", "一/（二）/2"]),
        ("以上工作由县住建局牵头，县城管局配合，各乡镇负责辖区内组织实施。\n", ["一/（二）/1", "一/（二）/2"]),
        # near form: work after 本辖区 is no verb of the list (the sentence is not read)
        ("以上工作由县住建局牵头，县城管局配合，各乡镇负责本辖区巡查和整改工作。\n", []),
        # every task named, or the exception written: every block before it that names no unit
        ("以上各项任务由县住建局牵头，县城管局配合。\n", ["一/（一）/2", "一/（二）/1", "一/（二）/2"]),
        ("以上任务除注明外，均由县住建局牵头，县城管局配合。\n", ["一/（一）/2", "一/（二）/1", "一/（二）/2"]),
    ],
)
def test_a_sentence_for_the_work_above_reaches_its_own_clause_only(closing: str, given: list[str]) -> None:
    notice = parse_text(FORMS_HEAD + _CLAUSES.format(closing=closing))
    assert [t.path for t in notice.tasks if t.lead == ("县住建局",)] == given


@pytest.mark.parametrize(
    ("last", "given"),
    [
        # the last point written with no full stop: a task, never a heading holding the sentence; it takes the roles
        ("3.设置河道警示牌\n", ["一/（一）/3"]),
        # the last point naming its own unit keeps it: nothing given, and warned so
        ("3.设置河道警示牌（县交通运输局）\n", []),
    ],
)
def test_a_last_point_without_a_full_stop_takes_the_sentence_after_it(last: str, given: list[str]) -> None:
    body = (
        "一、重点任务\n（一）改善河道设施\n1.修建堤防5公里（县水利局牵头）\n2.新建泵站2座（县住建局）\n"
        + last
        + "上述任务由县水利局统筹，县交通运输局、各乡镇配合。\n（二）加强宣传\n1.举办河长论坛（县委宣传部）\n"
        "二、保障措施\n加强资金保障。\n"
    )
    notice = parse_text(FORMS_HEAD + body)
    assert [t.path for t in notice.tasks if t.partners == ("县交通运输局", "各乡镇")] == given
    codes = {w.code for w in notice.warnings if w.line == 9}
    assert codes == ({"units-for-all-given"} if given else {"units-for-all"})


SIX_CLAUSES = (
    "一、主要任务\n（一）清理河道淤积段4处。\n（二）修复灌溉渠道6公里。\n（三）建立河长巡查台账。\n"
    "（四）整治入河排污口。\n（五）新建水质监测站2个。\n（六）开展护河宣传活动。\n"
)
A_B = (("区水务局", "区农业农村局"), ("区水务局",), ("区农业农村局",))
TOWNS = (("各街道办事处",), (), ())
PUBLICITY = (("区委宣传部",), (), ())


@pytest.mark.parametrize(
    ("division", "expected"),
    [
        # the numbers written every way a division writes them: bare numerals, ranges, brackets side by side
        (
            "第一至第三项由区水务局牵头，区农业农村局配合；第四、五项由各街道办事处负责；第六项由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        (
            "（一）至（三）项由区水务局牵头，区农业农村局配合；（四）（五）项由各街道办事处负责；（六）项由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        (
            "第（一）（二）（三）项由区水务局牵头，区农业农村局配合；第（四）～（五）项由各街道办事处负责；"
            "第（六）项由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        # words before the numbers, a colon after them, commas between the clauses
        (
            "其中，上述第1-3项任务由区水务局牵头，区农业农村局配合，第4、5项由各街道办事处负责，第6项由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        (
            "治水任务第（一）—（三）项：由区水务局牵头，区农业农村局配合；第（四）、（五）项：各街道办事处负责；"
            "第（六）项：区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        # labels written without their colon
        (
            "第（一）至（三）项：牵头单位区水务局，配合单位区农业农村局；第（四）至（六）项：责任单位各街道办事处。",
            [A_B] * 3 + [TOWNS] * 3,
        ),
        # 分别: one unit for each number; a clause for the rest
        (
            "第（一）、（二）项分别由区水务局、区农业农村局牵头；第（三）至（五）项由各街道办事处负责；"
            "其余工作由区委宣传部统筹。",
            [(("区水务局",), ("区水务局",), ()), (("区农业农村局",), ("区农业农村局",), ())]
            + [TOWNS] * 3
            + [(("区委宣传部",), ("区委宣传部",), ())],
        ),
        # spaces a PDF copy left around the numbers
        (
            "第 1-3 项由区水务局牵头，区农业农村局配合；第 4 项至第 5 项由各街道办事处负责；第 6 项由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        # the tasks numbered after 任务, with no 第 and no 项
        (
            "任务1-3：区水务局牵头，区农业农村局配合；任务4、5：各街道办事处负责；任务6：由区委宣传部负责。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        # each clause naming its unit first, then the tasks it takes, more roles after a comma
        (
            "区水务局牵头第（一）至（三）项工作的组织实施，区农业农村局配合；各街道办事处负责第（四）、（五）项；"
            "区委宣传部负责第（六）项。",
            [A_B] * 3 + [TOWNS] * 2 + [PUBLICITY],
        ),
        # one clause not read (its numbers name no block): warned, the others still give their roles
        (
            "第1-3项由区水务局牵头，区农业农村局配合；第9项由区财政局负责；第4-6项由各街道办事处负责。",
            [A_B] * 3 + [TOWNS] * 3,
        ),
    ],
)
def test_a_division_by_number_in_the_forms_divisions_write_it(
    division: str, expected: list[tuple[tuple[str, ...], ...]]
) -> None:
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、责任分工\n　　" + division + "\n")
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == expected
    assert not any("由" in t.text or "项" in t.text for t in notice.tasks)  # the division is no task


def test_a_clause_of_a_division_not_read_is_warned_at_its_line() -> None:
    division = "第1-3项由区水务局牵头；第9项由区财政局负责；第4-6项由各街道办事处负责。"
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、责任分工\n　　" + division + "\n")
    messages = [(w.line, w.message) for w in notice.warnings if w.code == "units-by-number"]
    assert any(line == 12 and "第9项" in m and "no one block" in m for line, m in messages)


@pytest.mark.parametrize(
    "division",
    [
        # numbered lines of the division, each a block of the body: read, none of them a task
        "1.第（一）至（三）项：区水务局牵头，区农业农村局配合。\n2.第（四）至（六）项：各街道办事处负责。\n",
        # a clause with points under it gives them its roles
        None,
    ],
)
def test_division_lines_are_no_tasks_and_reach_points(division: str | None) -> None:
    if division is None:
        body = (
            "一、主要任务\n（一）治理河道\n1.清理河道淤积段4处。\n2.修复灌溉渠道6公里。\n"
            "（二）保护水源\n1.整治入河排污口。\n"
        )
        text = (
            BY_NUMBER_HEAD
            + body
            + "二、责任分工\n　　第（一）项由区水务局牵头，区农业农村局配合；第（二）项由各街道办事处负责。\n"
        )
        expected = [A_B, A_B, TOWNS]
    else:
        text = BY_NUMBER_HEAD + SIX_CLAUSES + "二、责任分工\n" + division
        expected = [A_B] * 3 + [TOWNS] * 3
    notice = parse_text(text)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == expected


def test_a_division_written_unit_by_unit() -> None:
    division = (
        "区水务局：牵头第1、2项，配合第3项。\n区农业农村局：牵头第3项，配合第1项。\n各街道办事处：负责第4-6项。\n"
    )
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、任务分工\n" + division)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == [
        A_B,
        (("区水务局",), ("区水务局",), ()),
        (("区农业农村局", "区水务局"), ("区农业农村局",), ("区水务局",)),
        *[TOWNS] * 3,
    ]
    assert "units-by-number-given" in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    ("division", "expected"),
    [
        # 负责落实第, 具体负责第, 牵头负责第, 协助做好第: words between the verb and the numbers (the unit in
        # charge of a task another assists leads it)
        (
            "区水务局：牵头负责第1-3项，协助做好第4项。\n各街道办事处：负责落实第4项至第6项。\n",
            [(("区水务局",), ("区水务局",), ())] * 3
            + [(("各街道办事处", "区水务局"), ("各街道办事处",), ("区水务局",))]
            + [TOWNS] * 2,
        ),
        # a verb and words that number no task: nothing given, the blocks keep no units
        ("区水务局：负责做好宣传工作。\n", []),
    ],
)
def test_a_division_unit_by_unit_with_words_before_the_numbers(
    division: str, expected: list[tuple[tuple[str, ...], ...]]
) -> None:
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、任务分工\n" + division)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks if t.departments] == expected


def test_a_division_by_part_gives_each_part_its_roles() -> None:
    body = (
        "一、治理河道\n1.清理河道淤积段4处。\n2.修复灌溉渠道6公里。\n二、保护水源\n3.整治入河排污口。\n"
        "三、宣传引导\n4.开展护河宣传活动。\n"
    )
    division = "四、职责分工\n第一部分由区水务局牵头，区农业农村局配合；第二部分由各街道办事处负责；第三部分由区委宣传部负责。\n"
    notice = parse_text(BY_NUMBER_HEAD + body + division)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == [A_B, A_B, TOWNS, PUBLICITY]
    # 第（一）部分 is still the clause （一）, never the part 一、
    bracketed = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、责任分工\n第（一）部分由区水务局牵头。\n")
    assert [t.path for t in bracketed.tasks if t.departments] == ["一/（一）"]


@pytest.mark.parametrize(
    ("rest", "given"),
    [
        # the clause for the rest reaches a clause with points under it: its points take the roles
        ("其余工作由区委宣传部负责", True),
        # no clause for the rest: the clause's points name no unit
        ("", False),
    ],
)
def test_the_rest_of_a_division_reaches_the_points_of_a_clause(rest: str, given: bool) -> None:
    body = (
        "一、主要任务\n（一）治理河道\n1.清理河道淤积段4处。\n2.修复灌溉渠道6公里。\n"
        "（二）保护水源\n1.整治入河排污口。\n2.新建水质监测站2个。\n"
    )
    division = "第（一）项由区水务局牵头，区农业农村局配合" + (f"；{rest}。" if rest else "。")
    notice = parse_text(BY_NUMBER_HEAD + body + "二、责任分工\n" + division + "\n")
    publicity = [t.path for t in notice.tasks if t.departments == ("区委宣传部",)]
    assert publicity == (["一/（二）/1", "一/（二）/2"] if given else [])


@pytest.mark.parametrize(
    ("steps", "given"),
    [
        # a division names tasks: the stages of 工作步骤, numbered as the tasks are, are not what it numbers
        ("三、工作步骤\n（一）动员部署阶段（2025年4月）。\n（二）集中整治阶段（2025年5月—9月）。\n", True),
        # two clauses （一） among the tasks: which one is meant is not known, nothing given
        ("三、其他任务\n（一）清理河道垃圾。\n（二）修复护坡。\n", False),
    ],
)
def test_a_division_names_tasks_never_the_stages_numbered_as_they_are(steps: str, given: bool) -> None:
    division = "二、责任分工\n上述第（一）、（二）项分别由区水务局、区农业农村局牵头。\n"
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + division + steps)
    leads = [t.lead for t in notice.tasks if t.lead]
    assert leads == ([("区水务局",), ("区农业农村局",)] if given else [])


NOISE_HEAD = "青石县2026年背街小巷整治工作方案\n青石县人民政府办公室\n2026年2月9日\n"
NOISE_ITEMS = "一、整治任务\n1.清理背街小巷乱堆乱放，5月底前完成。\n2.修补破损路面3000平方米，9月底前完成。\n"
SECOND_OWN = NOISE_ITEMS.replace("9月底前完成。", "9月底前完成。（县交通运输局负责）")
BOTH_OWN = SECOND_OWN.replace("5月底前完成。", "5月底前完成。（县城管局负责）")


@pytest.mark.parametrize(
    ("items", "tail", "code", "severity", "said"),
    [
        # a correct read, every block naming no unit given the roles: information, no error under --strict
        (
            NOISE_ITEMS,
            "二、责任分工\n　　第1项由县城管局牵头，各社区配合；第2项由县住建局负责。\n",
            "units-by-number-given",
            "info",
            "given to the blocks at lines 5, 6",
        ),
        (
            NOISE_ITEMS,
            "　　以上各项任务，除已明确责任单位的外，均由县城管局牵头，县住建局配合。\n",
            "units-for-all-given",
            "info",
            "given to the blocks at lines 5, 6",
        ),
        # near forms: something the paragraph says is not given (a block naming units of its own keeps them, a
        # clause's numbers name no block, a sentence for all finds no block without units): a warning
        (
            SECOND_OWN,
            "二、责任分工\n　　第1项由县城管局牵头；第2项由县住建局负责。\n",
            "units-by-number",
            "warning",
            "given to the blocks at lines 5; the blocks at lines 6 keep their own units",
        ),
        (NOISE_ITEMS, "二、责任分工\n　　第1-3项由县城管局负责。\n", "units-by-number", "warning", "no one block"),
        # a paragraph with one clause read and one not: one warning at its line says both
        (
            NOISE_ITEMS,
            "二、责任分工\n　　第1项由县城管局牵头；第9项由县住建局负责。\n",
            "units-by-number",
            "warning",
            "given to the blocks at lines 5; 第9项由县住建局负责: its numbers name no one block each",
        ),
        (
            BOTH_OWN,
            "　　以上各项任务，除已明确责任单位的外，均由县住建局牵头。\n",
            "units-for-all",
            "warning",
            "no block lacks units",
        ),
    ],
)
def test_a_division_read_whole_is_info_and_one_giving_less_is_warned(
    items: str, tail: str, code: str, severity: str, said: str
) -> None:
    raw = (NOISE_HEAD + items + tail).encode()
    notice = parse_bytes(raw, Path("notice.txt")).notice
    found = [w for w in notice.warnings if w.code.startswith(("units-by-number", "units-for-all"))]
    assert [(w.code, w.severity) for w in found] == [(code, severity)]
    assert said in found[0].message
    if severity == "info":  # parse --strict passes a correct read
        parse_bytes(raw, Path("notice.txt"), strict=True)
    else:
        with pytest.raises(StrictError):
            parse_bytes(raw, Path("notice.txt"), strict=True)


@pytest.mark.parametrize(
    ("division", "told"),
    [
        # a clause read and one not: the paragraph's one warning, no role-not-read beside it
        ("第1项由县城管局牵头；第9项由县住建局负责。", ["units-by-number"]),
        # no clause read: still one warning
        ("第8项由县城管局牵头；第9项由县住建局负责。", ["units-by-number"]),
        # every clause read: the info alone
        ("第1项由县城管局牵头；第2项由县住建局负责。", ["units-by-number-given"]),
    ],
)
def test_a_division_paragraph_is_told_once_at_its_line(division: str, told: list[str]) -> None:
    notice = parse_text(NOISE_HEAD + NOISE_ITEMS + "二、责任分工\n　　" + division + "\n")
    assert [w.code for w in notice.warnings if w.line == 8] == told


@pytest.mark.parametrize(
    ("tail", "due"),
    [
        # a phased deadline after the roles, as in a bracket: the roles are read, the stages' last date is the due
        ("，分阶段推进：2025年6月底前完成摸底，2025年11月底前全面完成", "2025-11-30"),
        ("，分步实施，2025年5月底前完成方案，2025年10月底前完成验收", "2025-10-31"),
        # stages with no dates after the colon are no deadline: the sentence is not read, and warned
        ("，分阶段推进：先行试点，再全面推开", None),
    ],
)
def test_a_sentence_for_all_tasks_closed_by_a_phased_deadline(tail: str, due: str | None) -> None:
    closing = f"　　以上各项任务由县农业农村局牵头，县水利局配合{tail}。\n"
    notice = parse_text(FORMS_HEAD + FORMS_ITEMS + closing)
    sewage = next(t for t in notice.tasks if "污水" in t.text) if due else None
    if due is None:
        assert not any("污水" in t.text for t in notice.tasks)
        assert "units-for-all" in {w.code for w in notice.warnings}
    else:
        assert sewage is not None and (sewage.lead, sewage.due_date) == (("县农业农村局",), due)


@pytest.mark.parametrize(
    ("division", "roles", "due"),
    [
        # units alone after the colon are responsible; a note in the clause that the first leads makes it the lead;
        # the paragraph's own deadline clause dates every task it numbers
        (
            "第1-3项：区水务局、区农业农村局，排在首位的为牵头单位；第4-6项：各街道办事处。完成时限：2025年12月底前。",
            [(("区水务局",), ("区农业农村局",))] * 3 + [(("各街道办事处",), ())] * 3,
            "2025-12-31",
        ),
        (
            "第1-6项由各街道办事处负责。以上整治任务均于2025年10月底前完成。",
            [((), ())] * 6,
            "2025-10-31",
        ),
        # a clause of prose after the colon is no units; a sentence of the paragraph that gives no date dates nothing
        ("第1-6项：请各单位高度重视。", [], None),
        ("第1-6项由各街道办事处负责。以上任务要在实践中不断完善。", [((), ())] * 6, None),
    ],
)
def test_a_division_with_units_alone_a_lead_note_and_a_deadline_of_its_own(
    division: str, roles: list[tuple[tuple[str, ...], ...]], due: str | None
) -> None:
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、责任分工\n　　" + division + "\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == roles
    assert {t.due_date for t in notice.tasks} == ({due} if roles else set())


@pytest.mark.parametrize(
    ("clause", "given"),
    [
        # the points of a numbered task, one by one, the task written once
        ("第（二）项第1点由各街道办事处负责，第2点由区委宣传部负责", [TOWNS, PUBLICITY]),
        # a point the task does not have: warned, nothing given to it
        ("第（二）项第3点由各街道办事处负责", [((), (), ()), ((), (), ())]),
    ],
)
def test_a_division_naming_the_points_of_a_task(clause: str, given: list[tuple[tuple[str, ...], ...]]) -> None:
    body = "一、主要任务\n（一）治理河道\n1.清理河道淤积段4处。\n（二）保护水源\n1.整治入河排污口。\n2.开展护河宣传活动。\n"
    division = f"二、责任分工\n　　第（一）项由区水务局牵头，区农业农村局配合；{clause}。\n"
    notice = parse_text(BY_NUMBER_HEAD + body + division)
    by_path = {t.path: (t.departments, t.lead, t.partners) for t in notice.tasks}
    assert by_path["一/（一）/1"] == A_B
    assert [by_path.get(p, ((), (), ())) for p in ("一/（二）/1", "一/（二）/2")] == given
    codes = [w.code for w in notice.warnings if w.code.startswith("units-by-number")]
    assert codes == (["units-by-number-given"] if given[0] != ((), (), ()) else ["units-by-number"])


@pytest.mark.parametrize(
    ("division", "warned"),
    [
        # beside lines read unit by unit, a unit's line naming numbers with a verb no rule reads is said, never silent
        ("区水务局：牵头第1-3项。\n各街道办事处：统筹协调第4项至第6项。\n", [13]),
        # every line read: nothing to say
        ("区水务局：牵头第1-3项。\n各街道办事处：负责落实第4项至第6项。\n", []),
    ],
)
def test_a_units_line_of_a_division_not_read_is_warned(division: str, warned: list[int]) -> None:
    notice = parse_text(BY_NUMBER_HEAD + SIX_CLAUSES + "二、任务分工\n" + division)
    assert [w.line for w in notice.warnings if w.code == "units-by-number"] == warned


@pytest.mark.parametrize(
    ("rows", "given"),
    [
        # each row's number names an item: the item takes the row's lead, partners and deadline; no row is a task
        (
            "1\t区水务局\t区农业农村局\t2025年9月底前\n2\t各街道办事处\t区委宣传部\t2025年12月底前\n",
            [("区水务局", "区农业农村局", "2025-09-30"), ("各街道办事处", "区委宣传部", "2025-12-31")],
        ),
        # a row numbering no item: nothing is given by number
        ("1\t区水务局\t区农业农村局\t2025年9月底前\n9\t各街道办事处\t区委宣传部\t2025年12月底前\n", []),
    ],
)
def test_a_division_table_keyed_by_task_number(rows: str, given: list[tuple[str, str, str]]) -> None:
    body = "一、主要任务\n1.清理河道淤积段4处。\n2.开展护河宣传活动。\n二、任务分工\n任务序号\t牵头单位\t配合单位\t完成时限\n"
    notice = parse_text(BY_NUMBER_HEAD + body + rows)
    items = [t for t in notice.tasks if t.path.startswith("一/")]
    assert [(t.lead[0], t.partners[0], t.due_date) for t in items if t.lead] == given
    if given:
        assert [t.path for t in notice.tasks] == ["一/1", "一/2"]
        assert "table-header-unread" not in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    ("closing", "given"),
    [
        # after a clause's points numbered within it: the points of that clause, the sentence no point's text
        ("上述第2、3项由区文旅局负责，区财政局配合。\n", ["一/（二）/2", "一/（二）/3"]),
        ("以上第3项由区文旅局负责，区财政局配合。\n", ["一/（二）/3"]),
        # near form: without 上述 or 以上 the numbers are the notice's, each naming two items: nothing given
        ("第2、3项由区文旅局负责，区财政局配合。\n", []),
    ],
)
def test_a_sentence_by_number_after_a_clauses_points_names_that_clauses_points(closing: str, given: list[str]) -> None:
    body = (
        "一、主要任务\n（一）治理河道\n1.清理河道淤积段4处。（区水务局负责）\n2.修复护岸2公里。（区水务局负责）\n"
        "3.建设滨水步道。（区城管局负责）\n（二）发展文旅\n1.打造夜游街区。（区商务局负责）\n2.举办文化节。\n3.建设游客中心。\n"
        + closing
        + "（三）加强宣传\n1.开展护河宣传活动。（区委宣传部负责）\n"
    )
    notice = parse_text(BY_NUMBER_HEAD + body)
    assert [t.path for t in notice.tasks if t.partners == ("区财政局",)] == given
    assert not any(closing.strip() in t.text for t in notice.tasks if t.partners == ("区财政局",))
