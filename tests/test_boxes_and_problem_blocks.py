"""A task table drawn in boxes (┌──┬──┐ │…│ ├──┼──┤) is read as one drawn with bars, and a rectification
list's findings in brackets (【问题1】) open a task each, as 问题1： does. Each notice here is written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "岚山县人民政府办公室关于印发岚山县集镇提升工作台账的通知\n\n岚政办函〔2025〕9号\n\n"

BOXES = HEAD + (
    "岚山县集镇提升工作台账\n"
    "┌──┬──────┬────┬────┬────┬────┐\n"
    "│序号│工作任务│责任领导│牵头单位│配合单位│完成时限│\n"
    "├──┼──────┼────┼────┼────┼────┤\n"
    "│1│改造集镇农贸市场3个。│某副县长│县商务局│县市场监管局│2025年9月底前│\n"
    "│2│新建集镇停车场2处。│某副县长│县住房城乡建设局│县自然资源局、县交通运输局│2025年11月底前│\n"
    "└──┴──────┴────┴────┴────┴────┘\n"
)


def test_a_table_drawn_in_boxes_is_read_by_its_columns() -> None:
    notice = parse_text(BOXES)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县商务局",), ("县市场监管局",), "2025年9月底前"),
        (("县住房城乡建设局",), ("县自然资源局", "县交通运输局"), "2025年11月底前"),
    ]
    assert not [w for w in notice.warnings if w.code.startswith(("annex", "table"))]


PROBLEMS = HEAD.replace("集镇提升工作台账", "审计整改方案") + (
    "一、整改问题清单\n"
    "【问题1】专项资金拨付滞后。\n"
    "整改措施：清理结余资金，按进度拨付。\n"
    "责任单位：县财政局\n"
    "整改时限：2025年9月底前\n"
    "【问题2】工程项目验收不及时。\n"
    "整改措施：组织逐项验收。\n"
    "责任单位：县住房城乡建设局\n"
    "整改时限：2025年12月底前\n"
)


def test_findings_in_brackets_open_a_task_each() -> None:
    notice = parse_text(PROBLEMS)
    assert [(t.departments, t.due) for t in notice.tasks] == [
        (("县财政局",), "2025年9月底前"),
        (("县住房城乡建设局",), "2025年12月底前"),
    ]


def test_questions_in_brackets_after_a_notice_open_no_task() -> None:
    notice = parse_text(
        HEAD
        + "一、重点任务\n1.改造集镇农贸市场3个。（县商务局负责，9月底前）\n\n"
        + "岚山县人民政府办公室\n2025年3月5日\n\n"
        + "问答\n【问题1】改造资金从哪里来？\n答：由县财政局统筹安排。\n"
        + "【问题2】何时开工？\n答：县商务局负责，4月开工。\n"
    )
    assert len(notice.tasks) == 1 and notice.tasks[0].departments == ("县商务局",)


def test_matters_in_brackets_outside_a_notice_of_rectification_open_no_task() -> None:
    plain = PROBLEMS.replace("审计整改方案", "集镇提升方案").replace("整改问题清单", "重点工作").replace("整改", "工作")
    assert [t.path for t in parse_text(plain).tasks] != [t.path for t in parse_text(PROBLEMS).tasks]


RUN_TOGETHER = HEAD.replace("集镇提升工作台账", "审计整改方案") + (
    "一、整改问题清单\n"
    "《第一项》专项资金拨付滞后。\n"
    "整改措施：清理结余资金，按进度拨付。\n"
    "责任单位：县财政局\n"
    "整改时限：2025年9月底前\n"
    "《第二项》工程项目验收不及时。\n"
    "整改措施：组织逐项验收。\n"
    "责任单位：县住房城乡建设局\n"
    "整改时限：2025年12月底前\n"
)


def test_blocks_run_into_one_task_are_warned_at_the_second_blocks_line() -> None:
    notice = parse_text(RUN_TOGETHER)
    assert len(notice.tasks) == 1  # a numbering no reader takes: the blocks run together
    assert [(w.code, w.line) for w in notice.warnings if "run into" in w.message] == [("work-not-read", 10)]


ONE_BLOCK = HEAD.replace("集镇提升工作台账", "审计整改方案") + (
    "一、整改问题清单\n"
    "1.专项资金拨付滞后。\n"
    "整改措施：清理结余资金，按进度拨付。\n"
    "牵头单位：县财政局\n"
    "配合单位：县审计局\n"
    "整改时限：2025年9月底前\n"
    "2.工程项目验收不及时。\n"
    "整改措施：组织逐项验收。\n"
    "牵头单位：县住房城乡建设局\n"
)


def test_a_label_once_in_each_task_is_no_run() -> None:
    notice = parse_text(ONE_BLOCK)
    assert len(notice.tasks) == 2
    assert not [w for w in notice.warnings if "run into" in w.message]


MARKS = HEAD.replace("集镇提升工作台账", "农贸市场整治方案").replace(
    "岚政办函〔2025〕9号\n\n",
    "岚政办函〔2025〕9号\n\n各乡镇：\n　　责任主体中标注“（牵头）”的单位负责统筹协调，其他单位配合。\n\n",
) + (
    "一、整治任务\n\n"
    "序号  整治任务                        责任主体                              完成时限\n"
    "1     规范农贸市场周边摊点经营秩序。  县市场监管局（牵头），县城管局、各乡镇人民政府  2025年10月底前\n"
    "2     改造农贸市场排水设施。          县住房城乡建设局                          2025年12月底前\n"
)


def test_a_note_that_marked_units_coordinate_makes_the_others_partners() -> None:
    notice = parse_text(MARKS)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        (("县市场监管局",), ("县城管局", "各乡镇人民政府"), ("县市场监管局", "县城管局", "各乡镇人民政府")),
        ((), (), ("县住房城乡建设局",)),
    ]


DASHED = HEAD.replace("集镇提升工作台账", "政务公开要点") + (
    "一、加强公开\n"
    "1.公开年度重大项目清单。——牵头：县发展改革局；配合：县住房城乡建设局\n"
    "2.发布惠企政策清单，做好“免申即享”——直达快享工作。——县财政局\n"
)


def test_labels_after_a_dash_give_their_roles() -> None:
    notice = parse_text(DASHED)
    assert [(t.text, t.lead, t.partners, t.departments) for t in notice.tasks] == [
        ("公开年度重大项目清单。", ("县发展改革局",), ("县住房城乡建设局",), ("县发展改革局", "县住房城乡建设局")),
        ("发布惠企政策清单，做好“免申即享”——直达快享工作。", (), (), ("县财政局",)),
    ]


def _with_cover(note: str) -> str:
    return HEAD.replace("岚政办函〔2025〕9号\n\n", f"岚政办函〔2025〕9号\n\n各乡镇：\n　　{note}\n\n") + (
        "一、重点任务\n"
        "1.改造集镇农贸市场3个。（县商务局负责，9月底前）\n"
        "2.新建集镇停车场2处。（县住房城乡建设局负责）\n"
    )


def test_the_covers_deadline_is_every_undated_tasks() -> None:
    notice = parse_text(_with_cover("未明确完成时限的工作，原则上于2025年12月底前完成。"))
    assert [(t.due, t.due_year) for t in notice.tasks] == [("9月底前", 2025), ("2025年12月底前", 2025)]


def test_a_cover_without_such_a_deadline_gives_none() -> None:
    notice = parse_text(_with_cover("未明确责任单位的工作，由县政府办公室负责。"))
    assert [t.due for t in notice.tasks] == ["9月底前", None]


BY_UNIT = HEAD.replace("集镇提升工作台账", "债务管理分工方案") + (
    "一、职责分工\n"
    "（一）县财政局\n"
    "1.负责债务归口管理。\n"
    "2.配合做好项目资金绩效评价。\n"
    "（二）县发展改革局\n"
    "4.牵头建立项目储备库，会同县财政局、县自然资源局做好前期论证。\n"
)


def test_a_duty_under_a_units_heading_that_leads_with_others() -> None:
    notice = parse_text(BY_UNIT)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        ((), (), ("县财政局",)),
        ((), (), ("县财政局",)),  # 配合 names no one: the heading's unit is responsible
        (("县发展改革局",), ("县财政局", "县自然资源局"), ("县发展改革局", "县财政局", "县自然资源局")),
    ]


def _cover_over(body: str, closing: str = "") -> str:
    return (
        HEAD.replace(
            "岚政办函〔2025〕9号\n\n",
            "岚政办函〔2025〕9号\n\n各乡镇：\n　　未注明时限的任务均须在2025年11月底前完成。\n\n",
        )
        + body
        + closing
    )


def test_the_covers_deadline_never_overrides_a_task_or_heading_dating_the_work() -> None:
    notice = parse_text(
        _cover_over(
            "一、乡村道路（以下任务于2025年8月底前完成）\n"
            "1.硬化村组道路12公里。（县交通运输局负责）\n"
            "二、日常管护（长期坚持）\n"
            "2.落实道路养护员制度。（县交通运输局负责）\n"
            "三、后续提升\n"
            "3.村道安防工程2027年全部建成。（县交通运输局负责）\n"
            "4.力争2026年实现客运班线全覆盖。（县交通运输局负责）\n"
            "（一）试点阶段（2025年5月—6月）。\n"
            "5.选定试点村开展评比。（县交通运输局负责）\n"
            "四、其他工作\n"
            "6.编制农村公路网规划。（县交通运输局负责）\n"
        )
    )
    dues = {t.text[:4]: (t.due, t.due_year) for t in notice.tasks}
    assert dues["编制农村"] == ("2025年11月底前", 2025)  # undated, under no dating heading: the cover's
    assert dues["硬化村组"] != ("2025年11月底前", 2025)
    assert dues["落实道路"] != ("2025年11月底前", 2025)
    assert dues["村道安防"][0] != "2025年11月底前"
    assert dues["力争20"] != ("2025年11月底前", 2025)
    assert dues["选定试点"] != ("2025年11月底前", 2025)


def test_a_closing_line_on_undated_tasks_keeps_the_cover_from_dating_them() -> None:
    notice = parse_text(
        _cover_over(
            "一、重点任务\n1.编制农村公路网规划。（县交通运输局负责）\n",
            "以上工作中未明确时限的，均要持续推进。\n",
        )
    )
    assert notice.tasks[0].due != "2025年11月底前"


def test_a_reference_after_huitong_under_a_units_heading_names_no_partner() -> None:
    notice = parse_text(
        BY_UNIT.replace("会同县财政局、县自然资源局做好前期论证", "会同有关单位做好前期论证")
        + "5.牵头制定年度计划，会同上述部门抓好落实。\n"
    )
    assert (notice.tasks[3].lead, notice.tasks[3].partners) == ((), ())
    assert not [u for t in notice.tasks for u in (*t.partners, *t.departments) if u in ("有关单位", "上述部门")]


@pytest.mark.parametrize(
    ("second", "warned"),
    [
        ("牵头单位：县财政局", False),  # the same label and units again: one block's label repeated
        ("牵头单位：县财政局、县审计局", False),  # more of them: still that block
        ("牵头单位：县审计局", True),  # other units: a second block
    ],
)
def test_a_label_repeated_with_the_same_units_is_no_run(second: str, warned: bool) -> None:
    notice = parse_text(
        HEAD
        + "一、重点任务\n"
        + "（一）规范专项资金管理\n"
        + "牵头单位：县财政局\n"
        + "工作要求：按季度通报资金拨付进度。\n"
        + f"{second}\n"
        + "完成时限：2025年12月底前\n"
    )
    assert bool([w for w in notice.warnings if "run into" in w.message]) is warned
