"""Forms a review found read wrongly, each table with the forms the rule was made for beside them: a role
mark in 【】 or 〔〕 after a unit (县发改局【牵头】、县财政局) is read as （牵头） is, not as a label before the next
unit; a time with 起 then work (2025年第二季度起执行新标准) is no deadline, a time with 起 then a recurrence
is; a time after 较 or 比, with its year or without (较2024年第四季度下降10%, 较上半年提高), is a comparison, no deadline; 各乡镇 before 县人民政府 is two
units, while levels written together before their government (各市州、县市区政府) stay one."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

PLAN = "某县2025年重点工作实施方案\n\n一、重点任务\n1.开展某项工作。\n"
TABLE = "某县2025年重点工作任务清单\n\n序号\t工作任务\t责任单位\t完成时限\n1\t推进示范村建设\t"
POINTS = "清水县2025年农业农村工作要点\n一、重点工作\n"

# (a 责任单位 line, departments_raw, lead, partners)
LABELLED: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    ("责任单位：县发改局【牵头】、县财政局", "责任单位：县发改局【牵头】、县财政局", ("县发改局",), ()),
    (
        "责任单位：县住建局〔牵头〕，县自然资源局",
        "责任单位：县住建局〔牵头〕，县自然资源局",
        ("县住建局",),
        (),  # the unit not marked stays responsible
    ),
    ("责任单位：县教育局【牵头】", "责任单位：县教育局【牵头】", ("县教育局",), ()),
    ("责任单位：县自然资源局【配合】", "责任单位：县自然资源局【配合】", (), ("县自然资源局",)),
    ("责任单位：县发改局（牵头）、县财政局", "责任单位：县发改局（牵头）、县财政局", ("县发改局",), ()),
    # labels in brackets glued one after another stay labels
    (
        "【牵头单位】市林业局【配合单位】各县（市、区）人民政府",
        "牵头单位：市林业局；【配合单位】各县（市、区）人民政府",
        ("市林业局",),
        ("各县（市、区）人民政府",),
    ),
]


@pytest.mark.parametrize(("line", "raw", "lead", "partners"), LABELLED)
def test_a_role_mark_in_brackets_after_a_unit(
    line: str, raw: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(f"{PLAN}{line}\n完成时限：2025年6月底前\n").tasks[0]
    assert (task.departments_raw, task.lead, task.partners) == (raw, lead, partners)


# (a 责任单位 cell, its lead, its partners: the units not marked stay responsible)
CELLS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("县农业农村局【牵头】、县财政局", ("县农业农村局",), ()),
    ("县住建局〔牵头〕、县交通运输局", ("县住建局",), ()),
    ("县林业局（牵头）、各乡镇", ("县林业局",), ()),
]


@pytest.mark.parametrize(("cell", "lead", "partners"), CELLS)
def test_a_role_mark_in_brackets_in_a_cell(cell: str, lead: tuple[str, ...], partners: tuple[str, ...]) -> None:
    task = parse_text(f"{TABLE}{cell}\t2025年12月底前\n").tasks[0]
    assert (task.departments_raw, task.lead, task.partners) == (cell, lead, partners)


# (the item's text, its deadline as read)
DEADLINES: list[tuple[str, str | None]] = [
    ("优化企业开办流程，2025年第二季度起执行新标准。", None),
    ("推进网格化管理，2025年第二季度起全面推开。", None),
    ("开展燃气安全专项整治，2025年第二季度起实行月报制度。", None),
    ("力争全年事故起数较2024年第四季度下降10%，开展专项督查。", None),
    ("参与人数较2024年底增长20%，开展志愿服务。", None),
    ("力争事故起数比2024年第四季度下降10%。", None),
    ("力争投诉件数比2024年上半年下降10%，开展回访。", None),
    ("力争办结率较上半年提高5个百分点。", None),
    ("游客接待量与去年同期相比增长8%，开展节庆活动。", None),
    ("参保人数较2023年底增长5%，开展入户宣传。", None),
    ("受理量与下半年相比有所回落，开展窗口评议。", None),
    # the forms the rules were made for
    ("开展自建房安全排查，2025年起每年排查一次。", "2025年起每年排查一次"),
    ("开展自建房安全排查，2025年起常态化开展。", "2025年起常态化开展"),
    ("建设全市统一的政务云平台，2025年第二季度完成迁移。", "2025年第二季度"),
    ("推进政务外网升级改造，2025年底前完成。", "2025年底前"),
    ("完善村规民约，力争2025年第三季度前全部修订。", "2025年第三季度前"),
    ("编制全县养老服务设施布局规划，上半年完成。", "上半年"),
    ("开展农村饮水工程水质抽检，下半年启动。", "下半年"),
    ("完成老旧管网改造，年底前通水。", "年底前"),
]


@pytest.mark.parametrize(("text", "due"), DEADLINES)
def test_a_time_in_prose(text: str, due: str | None) -> None:
    task = parse_text(f"{POINTS}1.{text}（县住建局负责）\n").tasks[0]
    assert task.due == due


# (an annotation, the departments)
UNITS: list[tuple[str, tuple[str, ...]]] = [
    ("（县教育局、各乡镇、县人民政府）", ("县教育局", "各乡镇", "县人民政府")),
    ("（各乡、镇人民政府负责）", ("各乡、镇人民政府",)),
    ("（各市、县人民政府负责）", ("各市、县人民政府",)),
    ("（各市州、县市区政府负责）", ("各市州、县市区政府",)),
    ("（县教育局、各乡镇人民政府）", ("县教育局", "各乡镇人民政府")),
]


@pytest.mark.parametrize(("annotation", "departments"), UNITS)
def test_levels_before_a_government(annotation: str, departments: tuple[str, ...]) -> None:
    task = parse_text(f"{POINTS}1.开展农资打假。{annotation}\n").tasks[0]
    assert task.departments == departments
