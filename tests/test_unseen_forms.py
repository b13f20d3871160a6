"""Forms of the genre read in the body: items written as table rows, qualified labels, duty lists,
deadlines in a second bracket, marks before an item's number, deadlines that keep their verb.
Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text

HEAD = "岚山县人民政府办公室关于印发岚山县城区提升实施方案的通知\n\n岚政办发〔2024〕7号\n\n"


def facts(notice: Notice) -> list[str]:
    """Per task: text|lead|partners|departments|deadline as written|deadline's end."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.text, t.lead, t.partners, t.departments, t.due, t.due_date)
        )
        for t in notice.tasks
    ]


def codes(notice: Notice) -> list[tuple[str, int]]:
    return [(w.code, w.line) for w in notice.warnings]


def test_items_written_as_table_rows_give_their_cells() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "1.疏通城区排水管网 县水务局 县发展改革局、县财政局 2024年9月底前\n"
        "2.改造老旧小区供热管线 县住房城乡建设局 2025年底前建成\n"
        "3.增设公共停车泊位 县公安局 县自然资源局 2024年10月 投用\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通城区排水管网|县水务局|县发展改革局、县财政局|县水务局、县发展改革局、县财政局|2024年9月底前|2024-09-30",
        "改造老旧小区供热管线|||县住房城乡建设局|2025年底前|2025-12-31",
        "增设公共停车泊位|县公安局|县自然资源局|县公安局、县自然资源局|2024年10月|2024-10-31",
    ]
    assert notice.warnings == ()


def test_a_row_of_too_many_unit_cells_is_warned_with_its_line() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "1.疏通城区排水管网 县水务局 县发展改革局、县财政局 2024年9月底前\n"
        "2.整治背街小巷 县城管局 县公安局 县市场监管局 县财政局 2024年12月底前\n"
    )
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == ["疏通城区排水管网"]
    assert ("row-not-read", 7) in codes(notice)


def test_a_row_of_one_unit_cell_and_no_deadline_is_warned() -> None:
    text = (
        HEAD
        + "一、重点任务\n1.疏通城区排水管网 县水务局\n2.增设公共停车泊位 县公安局 全年\n3.县城管局 县公安局 年底前\n"
    )
    notice = parse_text(text)
    assert facts(notice) == ["增设公共停车泊位|||县公安局|全年|2024-12-31"]
    assert ("row-not-read", 6) in codes(notice)
    assert ("row-not-read", 8) in codes(notice)


def test_an_item_of_prose_with_spaces_is_no_row() -> None:
    text = HEAD + "一、重点任务\n1.加强组织领导 各单位要高度重视 确保按期完成（责任单位：县政府办）\n"
    notice = parse_text(text)
    assert facts(notice) == ["加强组织领导 各单位要高度重视 确保按期完成|||县政府办||"]
    assert notice.warnings == ()


def test_role_labels_with_a_qualifier_are_read() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "（一）疏通排水管网。\n牵头单位：县水务局\n主要协作单位：县财政局、县发展改革局\n"
        "（二）增设停车泊位。\n主要牵头单位：县公安局\n主要配合单位：县自然资源局\n"
        "（三）整治背街小巷。\n牵头单位：县城管局\n协作单位：县市场监管局\n其他配合单位：各乡镇人民政府\n"
        "（四）改造供热管线。\n相关责任单位：县住房城乡建设局\n"
        "（五）建设智慧停车平台。（牵头单位：县大数据中心；其他协同单位：县公安局）\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通排水管网。|县水务局|县财政局、县发展改革局|县水务局、县财政局、县发展改革局||",
        "增设停车泊位。|县公安局|县自然资源局|县公安局、县自然资源局||",
        "整治背街小巷。|县城管局|县市场监管局、各乡镇人民政府|县城管局、县市场监管局、各乡镇人民政府||",
        "改造供热管线。|||县住房城乡建设局||",
        "建设智慧停车平台。|县大数据中心|县公安局|县大数据中心、县公安局||",
    ]
    assert notice.warnings == ()


def test_a_list_of_units_duties_gives_a_task_for_each_unit() -> None:
    text = HEAD + (
        "一、职责分工\n"
        "各有关单位职责如下：\n"
        "区财政局：负责统筹安排项目资金，做好资金监管；\n"
        "区水务局、区农业农村局：负责城区排水管网改造，2024年底前完成；\n"
        "区住房城乡建设局：负责老旧小区改造项目实施。\n"
        "各街道（园区）：负责辖区内项目推进。\n"
        "请各单位于每月5日前报送进展。\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "负责统筹安排项目资金，做好资金监管|||区财政局||",
        "负责城区排水管网改造，2024年底前完成|||区水务局、区农业农村局|2024年底前|2024-12-31",
        "负责老旧小区改造项目实施。|||区住房城乡建设局||",
        "负责辖区内项目推进。|||各街道（园区）||",
    ]
    assert [t.line for t in notice.tasks] == [7, 8, 9, 10]
    assert codes(notice) == [("duty-without-unit", 11)]


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        # a paragraph before the duties opening with its unit, then 要 and its work: a task of its own, first
        ("各街道办事处要深化网格化管理，每个街道打造1个示范社区。\n", ["各街道办事处"]),
        # a paragraph of plain prose there is the block's text, no task
        ("各有关单位职责如下：\n", []),
    ],
)
def test_a_paragraph_opening_with_its_unit_before_a_duty_list_is_a_task(opening: str, first: list[str]) -> None:
    text = HEAD + (
        "一、重点任务\n（一）加强基层治理\n"
        + opening
        + "区委组织部：负责指导村级组织建设，2025年9月底前完成；\n区民政局：负责推进村务公开。\n"
    )
    units = ["、".join(t.departments) for t in parse_text(text).tasks]
    assert units == [*first, "区委组织部", "区民政局"]


def test_one_unit_with_a_colon_is_no_duty_list() -> None:
    text = HEAD + "一、重点任务\n（一）疏通排水管网。（责任单位：县水务局）\n（二）组织保障\n县财政局：保障资金。\n"
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [("县水务局",)]


def test_a_deadline_in_a_second_bracket_after_the_roles_is_the_tasks() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "（一）疏通排水管网，到2026年覆盖率达到90%。（牵头单位：县水务局）（2024年底前完成）\n"
        "（二）增设停车泊位（牵头单位：县公安局；配合单位：县财政局）（完成时限：2025年6月底前）。\n"
        "（三）改造供热管线（牵头单位：县住房城乡建设局）（2024年10月底前完成）；"
        "加强管网巡查（牵头单位：县城管局）（长期坚持）。\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通排水管网，到2026年覆盖率达到90%。|县水务局||县水务局|2024年底前|2024-12-31",
        "增设停车泊位。|县公安局|县财政局|县公安局、县财政局|2025年6月底前|2025-06-30",
        "改造供热管线|县住房城乡建设局||县住房城乡建设局|2024年10月底前|2024-10-31",
        "加强管网巡查。|县城管局||县城管局|长期坚持|",
    ]
    assert notice.warnings == ()


def test_a_mark_before_an_items_number_is_no_text() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "★1.疏通排水管网。（牵头单位：县水务局）\n"
        "▲2.增设停车泊位。（牵头单位：县公安局）\n"
        "● 3、改造供热管线。（牵头单位：县住房城乡建设局）\n"
        "◆二、保障措施\n"
        "（一）加强巡查。（责任单位：县城管局）\n"
    )
    notice = parse_text(text)
    assert [(t.path, t.text, t.lead or t.departments) for t in notice.tasks] == [
        ("一/1", "疏通排水管网。", ("县水务局",)),
        ("一/2", "增设停车泊位。", ("县公安局",)),
        ("一/3", "改造供热管线。", ("县住房城乡建设局",)),
        ("二/（一）", "加强巡查。", ("县城管局",)),
    ]
    assert notice.warnings == ()


def test_a_deadline_that_keeps_its_verb_is_the_date_part() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "（一）疏通排水管网。\n牵头单位：县水务局\n完成时限：2025年底前建成\n"
        "（二）增设停车泊位。（牵头单位：县公安局；完成时限：2024年9月投用）\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通排水管网。|县水务局||县水务局|2025年底前|2025-12-31",
        "增设停车泊位。|县公安局||县公安局|2024年9月|2024-09-30",
    ]


@pytest.mark.parametrize(
    ("cell", "due", "date"),
    [
        ("2024年9月投入使用", "2024年9月", "2024-09-30"),
        ("2024年5月底前动工", "2024年5月底前", "2024-05-31"),
        ("2025年6月底前建成投运", "2025年6月底前", "2025-06-30"),
        ("2024年底前取得实效", "2024年底前", "2024-12-31"),
        ("2024年10月底前整改到位", "2024年10月底前", "2024-10-31"),
    ],
)
def test_a_deadline_label_drops_the_verb_of_what_is_due(cell: str, due: str, date: str) -> None:
    notice = parse_text(HEAD + f"一、重点任务\n（一）扩建水厂。（牵头单位：县水务局；完成时限：{cell}）\n")
    assert [(t.due, t.due_date) for t in notice.tasks] == [(due, date)]


def test_items_that_list_units_duties_give_a_task_each() -> None:
    text = HEAD + (
        "一、职责分工\n"
        "1.区财政局：负责统筹安排项目资金；\n"
        "2.区水务局：负责城区排水管网改造，\n2024年底前完成；\n"
        "3.区住房城乡建设局：负责老旧小区改造项目实施。\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "区财政局：负责统筹安排项目资金|||区财政局||",
        "区水务局：负责城区排水管网改造，\n2024年底前完成|||区水务局|2024年底前|2024-12-31",
        "区住房城乡建设局：负责老旧小区改造项目实施。|||区住房城乡建设局||",
    ]
    assert [t.path for t in notice.tasks] == ["一/1", "一/2", "一/3"]


def test_a_list_of_units_contacts_is_no_duty_list() -> None:
    text = HEAD + (
        "一、重点任务\n（一）疏通排水管网。（责任单位：县水务局）\n"
        "二、联络方式\n县财政局：王某，联系电话：0000-1234567\n县水务局：李某，联系电话：0000-7654321\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.departments) for t in notice.tasks] == [("疏通排水管网。", ("县水务局",))]


def test_a_mark_after_an_items_number_is_no_text() -> None:
    text = HEAD + "一、重点任务\n1.★疏通排水管网。（牵头单位：县水务局）\n2. ▲增设停车泊位。（牵头单位：县公安局）\n"
    notice = parse_text(text)
    assert [(t.path, t.text) for t in notice.tasks] == [("一/1", "疏通排水管网。"), ("一/2", "增设停车泊位。")]


def test_paragraphs_written_as_table_rows_under_a_heading_give_their_cells() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "（一）城区排水工程\n"
        "疏通城区排水管网 县水务局 县财政局 2024年9月底前\n"
        "新建雨水泵站两座 县水务局 2025年底前\n"
        "（二）交通工程\n"
        "增设公共停车泊位 县公安局 县自然资源局 县财政局 县城管局 2024年\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通城区排水管网|县水务局|县财政局|县水务局、县财政局|2024年9月底前|2024-09-30",
        "新建雨水泵站两座|||县水务局|2025年底前|2025-12-31",
    ]
    assert [t.line for t in notice.tasks] == [7, 8]
    assert [w.message[-10:] for w in notice.warnings if w.code == "row-not-read" and w.line == 10] == [
        "县城管局 2024年"
    ]


def test_a_deadline_in_a_bracket_before_the_roles_bracket_is_the_tasks() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "（一）疏通排水管网。（2024年底前完成）（牵头单位：县水务局）\n"
        "（二）增设停车泊位。（牵头单位：县公安局）\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "疏通排水管网。|县水务局||县水务局|2024年底前|2024-12-31",
        "增设停车泊位。|县公安局||县公安局||",
    ]
    assert notice.warnings == ()


def test_stages_with_their_dates_and_a_colon_are_no_duty_list() -> None:
    text = HEAD + (
        "一、实施步骤\n"
        "（一）动员部署阶段（2024年6月前）：制定工作计划。\n"
        "（二）全面实施阶段（2024年7月—2025年12月）：推进各项任务。\n"
        "二、重点任务\n（一）疏通排水管网。（责任单位：县水务局）\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.departments) for t in notice.tasks] == [("疏通排水管网。", ("县水务局",))]


def test_a_row_cell_ending_in_a_bracket_is_a_unit_only_when_its_name_is() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "1.疏通城区排水管网 县水务局（牵头） 县财政局 2024年9月底前\n"
        "2.编制专项规划 启动阶段（2024年6月前） 年底前\n"
    )
    notice = parse_text(text)
    assert facts(notice) == ["疏通城区排水管网|县水务局|县财政局|县水务局、县财政局|2024年9月底前|2024-09-30"]


def test_unit_headings_over_their_duties_give_a_task_for_each_duty() -> None:
    text = HEAD + (
        "一、工作目标\n到2025年城区面貌明显改善。\n"
        "二、部门职责\n"
        "（一）县住房城乡建设局\n"
        "1.负责编制老旧小区改造年度计划；\n"
        "2.配合县财政局做好改造资金的申报工作，2024年9月底前完成。\n"
        "（二）县财政局\n"
        "负责统筹改造资金，按进度拨付。\n"
        "（三）各乡镇、县直有关单位\n"
        "1.做好本辖区群众的宣传发动；\n"
        "2.配合开展改造项目的验收。\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "负责编制老旧小区改造年度计划；|||县住房城乡建设局||",
        # (配合X做好…: the unit assisted leads, the heading's unit is its partner)
        "配合县财政局做好改造资金的申报工作，2024年9月底前完成。|县财政局|县住房城乡建设局|县财政局、县住房城乡建设局|2024年9月底前|2024-09-30",
        "负责统筹改造资金，按进度拨付。|||县财政局||",
        "做好本辖区群众的宣传发动；|||各乡镇、县直有关单位||",
        "配合开展改造项目的验收。|||各乡镇、县直有关单位||",
    ]
    assert [t.path for t in notice.tasks] == ["二/（一）/1", "二/（一）/2", "二/（二）", "二/（三）/1", "二/（三）/2"]


def test_an_item_opening_with_its_deadline_loses_its_number() -> None:
    text = HEAD + (
        "一、完善便民设施\n"
        "1、2024年8月底前，完成城区公厕改造。（县城管局负责，县财政局配合）\n"
        "2、10月底前集中清理城区河道。（县水利局负责）\n"
    )
    notice = parse_text(text)
    assert [(t.path, t.text, t.due) for t in notice.tasks] == [
        ("一/1", "2024年8月底前，完成城区公厕改造。", "2024年8月底前"),
        ("一/2", "10月底前集中清理城区河道。", "10月底前"),
    ]


def test_a_unit_with_its_second_name_in_brackets_takes_the_notices_level() -> None:
    text = HEAD + (
        "一、加强储备管理\n"
        "1.完成县级储备粮轮换。（牵头单位：发改局（粮食和物资储备局）；配合单位：县财政局、县农业农村局）\n"
        "2.开展粮库安全检查，9月底前完成。（牵头单位：县应急局（地震局）；配合单位：发改局（粮食和物资储备局））\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县发改局（粮食和物资储备局）",), ("县财政局", "县农业农村局")),
        (("县应急局（地震局）",), ("县发改局（粮食和物资储备局）",)),
    ]


def test_a_duty_opening_with_joined_partners_makes_its_heading_unit_lead() -> None:
    text = HEAD + (
        "一、县城市管理局\n"
        "1.负责城区道路井盖的日常巡查。\n"
        "2.会同县住房城乡建设局、县交通运输局开展桥梁隐患排查，2024年10月底前完成。\n"
        "3.会同推进城区亮化改造。\n"
        "二、县住房城乡建设局\n"
        "1.会同有关方面研究老旧管网改造计划。\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "负责城区道路井盖的日常巡查。|||县城市管理局||",
        "会同县住房城乡建设局、县交通运输局开展桥梁隐患排查，2024年10月底前完成。|县城市管理局"
        "|县住房城乡建设局、县交通运输局|县城市管理局、县住房城乡建设局、县交通运输局|2024年10月底前|2024-10-31",
        "会同推进城区亮化改造。|||县城市管理局||",
        "会同有关方面研究老旧管网改造计划。|||县住房城乡建设局||",
    ]


@pytest.mark.parametrize(
    "block",
    [
        "（一）县财政局\n联系人：王某，电话：0000-1234567\n（二）县水务局\n联系人：李某，电话：0000-7654321\n",
        "（一）县财政局\n负责统筹改造资金。\n",  # one unit heading alone is no list of duties
    ],
)
def test_unit_headings_over_contacts_or_alone_are_no_duty_list(block: str) -> None:
    text = HEAD + "一、重点任务\n（一）疏通排水管网。（责任单位：县水务局）\n二、其他事项\n" + block
    notice = parse_text(text)
    assert [(t.text, t.departments) for t in notice.tasks] == [("疏通排水管网。", ("县水务局",))]


def test_task_numbers_in_brackets_and_labels_apart_by_bars_are_read() -> None:
    text = HEAD + (
        "【任务一】改造城区雨污管网12公里。\n"
        "分管领导：赵某　｜　主责单位：县水务局　｜　协办单位：县财政局、县自然资源局　｜　时限：2024年10月底前\n"
        "【任务二】新增公共停车泊位500个。\n"
        "分管领导：钱某｜主责单位：县住房城乡建设局｜时限：持续推进\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "改造城区雨污管网12公里。|县水务局|县财政局、县自然资源局|县水务局、县财政局、县自然资源局|2024年10月底前|2024-10-31",
        "新增公共停车泊位500个。|县住房城乡建设局||县住房城乡建设局|持续推进|",
    ]


def test_emoji_before_task_numbers_and_labels_are_no_text() -> None:
    text = HEAD + (
        "✅ 任务一：建设社区食堂\n在城区新建社区食堂5个。\n"
        "👉 牵头：县民政局\n👉 配合：县市场监管局\n⏰ 时限：2024年9月底前\n\n"
        "✅ 任务二：开展助餐服务\n为高龄老人提供助餐服务。\n"
        "👉 牵头：县民政局\n⏰ 时限：长期坚持\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县民政局",), ("县市场监管局",), "2024年9月底前"),
        (("县民政局",), (), "长期坚持"),
    ]
    assert [t.text.split("\n")[0] for t in notice.tasks] == ["建设社区食堂", "开展助餐服务"]


def test_under_a_unit_heading_an_item_with_partners_is_led_by_the_headings_units() -> None:
    text = HEAD + (
        "一、部门职责\n"
        "（一）县商务局\n"
        "1.培育夜间消费街区2条。（配合：县城管局、县公安局）\n"
        "2.组织开展家电以旧换新活动。\n"
        "（二）县文广旅局\n"
        "3.举办乡村旅游节，9月底前完成。（配合：县农业农村局）\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        (("县商务局",), ("县城管局", "县公安局"), ("县商务局", "县城管局", "县公安局")),
        ((), (), ("县商务局",)),
        (("县文广旅局",), ("县农业农村局",), ("县文广旅局", "县农业农村局")),
    ]


def test_units_under_a_sections_label_take_no_level() -> None:
    text = (
        "临江省水利厅办公室关于印发2024年全省水利工作要点分工的通知\n\n临水办〔2024〕9号\n\n"
        "一、加快水网建设\n"
        "1.推进骨干水源工程建设。\n牵头处室（单位）：规划计划处、省水利水电勘测中心\n"
        "配合处室（单位）：财务处\n时间节点：10月底前\n"
        "2.开展河湖健康评价。\n责任处室：河湖管理处、省河湖保护中心\n时间节点：年底前\n"
        "3.完成灌区续建配套改造。\n牵头单位：省灌溉试验中心\n配合单位：财政厅、省水利水电勘测中心\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [
        (("规划计划处", "省水利水电勘测中心"), ("财务处",), ("规划计划处", "省水利水电勘测中心", "财务处")),
        ((), (), ("河湖管理处", "省河湖保护中心")),
        (("省灌溉试验中心",), ("省财政厅", "省水利水电勘测中心"), ("省灌溉试验中心", "省财政厅", "省水利水电勘测中心")),
    ]


def test_a_bracket_of_units_before_an_items_text_names_its_units() -> None:
    text = HEAD + (
        "一、重点任务\n"
        "1.【县水务局牵头，县财政局配合】改造城区排水管网，第三季度完成主干管铺设。\n"
        "2.【县城管局】整治背街小巷路面，二季度实现破损路面清零。\n"
        "3.（县住房城乡建设局、县自然资源局）推进老旧小区加装电梯。\n"
        "4.【重点工程】推进滨河公园建设。（县文旅局负责，县林业局指导）\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "改造城区排水管网，第三季度完成主干管铺设。|县水务局|县财政局|县水务局、县财政局|第三季度|2024-09-30",
        "整治背街小巷路面，二季度实现破损路面清零。|||县城管局|二季度|2024-06-30",
        "推进老旧小区加装电梯。|||县住房城乡建设局、县自然资源局||",
        "【重点工程】推进滨河公园建设。|||县文旅局、县林业局||",
    ]


def test_role_labels_inside_a_units_cell_give_the_roles() -> None:
    text = HEAD + (
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t开展燃气管道隐患排查整治。\t牵头：县住建局；配合：县应急局、县市场监管局\t6月底前\n"
        "2\t开展防汛应急演练。\t牵头：县水务局；配合：县防汛抗旱指挥部各成员单位\t汛期前\n"
        "3\t修订安全生产责任清单。\t县应急局\t9月底前\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (("县住建局",), ("县应急局", "县市场监管局"), ("县住建局", "县应急局", "县市场监管局"), "6月底前"),
        (("县水务局",), ("县防汛抗旱指挥部各成员单位",), ("县水务局", "县防汛抗旱指挥部各成员单位"), "汛期前"),
        ((), (), ("县应急局",), "9月底前"),
    ]


@pytest.mark.parametrize(
    ("end", "warned"),
    [
        ("2.推进智慧停车建设，新增泊位五百个，引导社会资本参", True),  # stops mid-sentence
        ("2.推进智慧停车建设。〔牵头单位：县交通运输局；配合单位：县财政局（县国", True),  # inside a bracket
        ("2、优化停车服务", True),  # an item's number and heading, nothing after
        ("2.推进智慧停车建设，新增泊位〔含县城", True),  # inside a bracket with no role in it
        ("2.推进智慧停车建设。（县交通运输局负责）", False),  # complete
        ("青石县人民政府\n2024年3月1日", False),  # a signature
    ],
)
def test_a_text_that_stops_inside_an_item_is_warned_at_its_last_line(end: str, warned: bool) -> None:
    text = HEAD + "一、重点任务\n1.疏通城区排水管网。（县水务局负责）\n" + end
    notice = parse_text(text)
    last = len(text.split("\n"))
    # (an annotation the text stops in is warned as such, the rest as a text cut off)
    assert [w.line for w in notice.warnings if w.code in ("text-cut-off", "annotation-cut-off")] == (
        [last] if warned else []
    )
    assert notice.tasks[0].departments == ("县水务局",)


def test_audit_findings_in_blocks_of_labelled_lines_are_tasks() -> None:
    text = (
        "关于印发岚山县经济责任审计发现问题整改清单的通知\n\n岚审整改〔2024〕3号\n\n各相关单位：\n"
        "　　现将整改清单印发你们。“责任单位”中列第一位者为整改牵头单位。\n\n"
        "一、资金使用方面\n"
        "问题1：城区供水补贴发放不及时。\n"
        "整改措施：清理欠拨补贴，建立按月拨付台账。\n"
        "责任单位：县水务局、县财政局\n"
        "整改时限：2024年11月底前\n\n"
        "问题2：部分工程结算超过合同约定。\n"
        "整改措施：复核结算金额，追回多付款项。\n"
        "责任单位：县住房城乡建设局\n"
        "整改时限：2024年12月31日前\n"
    )
    notice = parse_text(text)
    assert [(t.text.splitlines()[0], t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("城区供水补贴发放不及时。", ("县水务局",), (), "2024年11月底前"),
        ("部分工程结算超过合同约定。", ("县住房城乡建设局",), (), "2024年12月31日前"),
    ]


@pytest.mark.parametrize(
    ("issuer", "own", "outside", "lead", "partners"),
    [
        # a 厅's 处 stay as written; its outside units carry the level
        ("岚州省交通运输厅", "综合规划处", "省财政厅", "综合规划处", "财务处、省财政厅"),
        # a 市 bureau's 科 stay as written
        ("岚州市交通运输局", "综合规划科", "市财政局", "综合规划科", "财务科、市财政局"),
    ],
)
def test_a_departments_own_sections_keep_their_name_without_the_level(
    issuer: str, own: str, outside: str, lead: str, partners: str
) -> None:
    unit = outside[:1]
    fin = "财务处" if own.endswith("处") else "财务科"
    text = (
        f"{issuer}2024年工作要点\n\n"
        "一、重点工作\n"
        f"1.完善农村公路养护机制。（{own}牵头，{fin}、{outside}配合）\n"
        f"2.推进客运站改造。（{unit}发展改革委牵头，{unit}住房城乡建设局配合）\n"
        f"3.规范养护资金使用。（{unit}审计局牵头，{fin}配合）\n"
    )
    notice = parse_text(text)
    first = notice.tasks[0]
    assert ("、".join(first.lead), "、".join(first.partners)) == (lead, partners)
    assert notice.tasks[2].partners == (fin,)


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("汛期前完成首轮排查", "汛期前"),
        ("2024年10月底前完成全部改造", "2024年10月底前"),
        ("2024年底前建成", "2024年底前"),
        ("2024年9月底前", "2024年9月底前"),
    ],
)
def test_a_labelled_deadline_drops_the_work_due_by_then(written: str, due: str) -> None:
    text = HEAD + (
        "一、重点任务\n"
        f"（一）疏通城区排水管网。（牵头单位：县水务局；配合单位：县财政局；完成时限：{written}）\n"
        "（二）增设公共停车泊位。（牵头单位：县公安局；完成时限：2024年12月底前）\n"
    )
    notice = parse_text(text)
    assert [t.due for t in notice.tasks] == [due, "2024年12月底前"]


def test_blocks_of_labelled_lines_without_their_own_marker_are_warned() -> None:
    text = HEAD + (
        "一、资金使用方面\n"
        "事项甲：城区供水补贴发放不及时。\n"
        "责任单位：县水务局\n"
        "完成时限：2024年11月底前\n"
        "事项乙：部分工程结算超过合同约定。\n"
        "责任单位：县住房城乡建设局\n"
        "完成时限：2024年12月31日前\n"
    )
    notice = parse_text(text)
    assert [c for c in codes(notice) if c[0] == "labels-repeated"] == [("labels-repeated", 10)]


@pytest.mark.parametrize(
    ("duty", "expected"),
    [
        # the partners after 会同 may end in a bracketed qualifier, and the work be a clean-up or a check
        ("会同街道派出所、各社区（村）清理楼道杂物。", (("街道市容所",), ("街道派出所", "各社区（村）"))),
        ("会同街道安监站排查燃气隐患。", (("街道市容所",), ("街道安监站",))),
        # residents are no unit: the duty stays the heading unit's alone
        ("会同各社区（村）居民清理楼道杂物。", ((), ())),
    ],
)
def test_a_duty_joining_partners_by_huitong_under_a_unit_heading(
    duty: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    text = (
        "桐溪街道办事处关于印发桐溪街道2024年环境整治工作方案的通知\n\n桐街发〔2024〕4号\n\n"
        "一、职责分工\n（一）街道市容所\n1.负责统筹街面环境秩序管理。\n2." + duty + "\n"
        "（二）街道财政所\n1.负责整治经费的保障。\n"
    )
    notice = parse_text(text)
    task = notice.tasks[1]
    assert (task.lead, task.partners) == expected
    assert task.departments == (*(expected[0] or ("街道市容所",)), *expected[1])


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        # units alone then, after the last comma, the time the work is due
        ("（县文旅局、县教育局，6月底前）", ("县文旅局、县教育局", "6月底前", "2024-06-30")),
        ("（县文旅局，10月）", ("县文旅局", "10月", "2024-10-31")),
        ("（县文旅局，年底前）", ("县文旅局", "年底前", "2024-12-31")),
        # two units a comma apart: no deadline
        ("（县文旅局，各乡镇人民政府）", ("县文旅局、各乡镇人民政府", None, None)),
        # a length is no deadline, and with it the bracket is no list of units
        ("（县文旅局，3个月）", None),
    ],
)
def test_a_bracket_of_units_then_a_deadline_closing_an_item(
    bracket: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    text = HEAD + "一、丰富文化供给\n1.举办全民阅读月活动。" + bracket + "\n2.开放县图书馆夜间阅览。（县文旅局负责）\n"
    notice = parse_text(text)
    first = notice.tasks[0]
    if expected is None:
        assert first.text.startswith("开放县图书馆")
        return
    assert ("、".join(first.departments), first.due, first.due_date) == expected
    assert (first.lead, first.partners) == ((), ())


ROLES_UNDER_HEADING = (
    HEAD + "一、办好全民阅读节\n{sentence}\n工作目标：全县图书借阅量增长10%。\n主要措施：\n"
    "（一）开展阅读进乡村活动，建设农家书屋示范点10个。\n"
    "（二）由县融媒体中心负责，开展阅读推广宣传。\n"
)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # a sentence under the part's heading that only names roles gives them to its blocks naming no unit
        ("由县文旅局承办，县教育局、县财政局协办。", (("县文旅局",), ("县教育局", "县财政局"))),
        ("由县文旅局、县体育局共同承办，县教育局协办。", (("县文旅局", "县体育局"), ("县教育局",))),
        ("县文旅局牵头，县教育局配合。", (("县文旅局",), ("县教育局",))),
    ],
)
def test_a_roles_sentence_under_a_parts_heading_goes_to_its_blocks_naming_no_unit(
    sentence: str, first: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    notice = parse_text(ROLES_UNDER_HEADING.format(sentence=sentence))
    assert [(t.lead, t.partners) for t in notice.tasks] == [first, ((), ())]
    assert notice.tasks[1].departments == ("县融媒体中心",)  # a block's own roles stay its own
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "role-not-read", "block-without-units")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence of work, not of roles alone: the blocks take nothing from it
        "县文旅局要加强组织协调，县教育局配合做好宣传。",
        # no lead named: nothing to give
        "县教育局、县财政局协办。",
    ],
)
def test_a_sentence_under_a_parts_heading_that_is_not_only_roles_gives_its_blocks_nothing(sentence: str) -> None:
    notice = parse_text(ROLES_UNDER_HEADING.format(sentence=sentence))
    assert not [t for t in notice.tasks if t.text.startswith("开展阅读进乡村")]
    assert ("block-without-units", 9) in [(w.code, w.line) for w in notice.warnings]  # the block, warned


TWO_ANNEXES = (
    "临峰市人民政府办公室关于印发临峰市2025年就业帮扶重点任务的通知\n临政办发〔2025〕9号\n各区人民政府：\n"
    "　　现将两个附件印发给你们。附件中标注“（牵头）”的为牵头单位，其余为配合单位。\n"
    "　　附件：1．临峰市2025年就业帮扶重点任务\n　　　　　2．2025年就业实事清单\n"
    "临峰市人民政府办公室\n2025年3月2日\n\n附件1\n临峰市2025年就业帮扶重点任务\n\n"
    "1．任务：开展高校毕业生就业见习，全年募集岗位500个。\n　 责任单位：市人社局（牵头）、市教育局\n"
    "　 {due_line}\n"
    "2．任务：开展零工市场建设。\n　 责任单位：市人社局\n　 时间：持续推进\n\n附件2\n2025年就业实事清单\n\n"
    "序号 | 项目 | 责任单位 | 完成时限 |\n1 | 建设零工驿站3个。 | 市人社局（牵头）、市总工会 | 2025年6月底前 |\n"
)


@pytest.mark.parametrize(
    ("due_line", "due"),
    [
        # 时间： on the line right after the units' label is the item's deadline
        ("时间：2025年9月", "2025年9月"),
        # a line of text after the units' label is no deadline, even with a date in it: the task's own 全年 dates it
        ("见习时间：2025年9月前后", "全年"),
    ],
)
def test_labelled_items_of_a_first_annex_and_a_table_in_the_second(due_line: str, due: str | None) -> None:
    notice = parse_text(TWO_ANNEXES.format(due_line=due_line))
    texts = {t.text.split("\n")[0]: t for t in notice.tasks}
    assert sorted(texts) == ["建设零工驿站3个。", "开展零工市场建设。", "开展高校毕业生就业见习，全年募集岗位500个。"]
    first = texts["开展高校毕业生就业见习，全年募集岗位500个。"]
    # (the cover's note names the units not marked （牵头） partners)
    assert (first.lead, first.partners, first.due) == (("市人社局",), ("市教育局",), due)
    assert texts["建设零工驿站3个。"].partners == ("市总工会",)
    assert texts["开展零工市场建设。"].due == "持续推进"
    # the cover's list of annexes (附件：1．… ⏎ 2．…) is no part of the body
    assert [p.number for p in notice.parts] == [1, 2]
    assert not [w for w in notice.warnings if w.code == "part-numbering-gap"]
