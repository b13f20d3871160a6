"""A role in square brackets right after a unit inside a list (A【牵头】、B, A〔牵头〕、B, A、B【牵头】) marks that
unit, as A（牵头）、B does; it is never a label over the units after it (【牵头】A【配合】B is). (annotation ->
(departments, lead, partners) of the task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "青禾市2025年金融工作要点\n\n青禾市地方金融管理局\n2025年2月19日\n\n一、重点任务\n\n"


@pytest.mark.parametrize(
    ("annotation", "departments", "lead", "partners"),
    [
        # the mark after its unit, in a label's value, in a bare bracket, and on the list's last unit
        ("（责任单位：市金融局【牵头】、市工信局、市财政局）", ("市金融局", "市工信局", "市财政局"), ("市金融局",), ()),
        ("（责任单位：市金融局〔牵头〕、市工信局）", ("市金融局", "市工信局"), ("市金融局",), ()),
        ("（市工信局【牵头】、市财政局）", ("市工信局", "市财政局"), ("市工信局",), ()),
        ("（责任单位：市工信局、市金融局【牵头】）", ("市工信局", "市金融局"), ("市金融局",), ()),
        # ASCII and full-width square brackets mark their unit as 【】 do
        ("（市金融局[牵头]、市工信局，2024年6月底前）", ("市金融局", "市工信局"), ("市金融局",), ()),
        ("（县农业农村局[牵头]，县财政局[配合]）", ("县农业农村局", "县财政局"), ("县农业农村局",), ("县财政局",)),
        ("（县商务局[牵头单位]、县交通运输局）", ("县商务局", "县交通运输局"), ("县商务局",), ()),
        ("（县人社局［牵头］、县税务局）", ("县人社局", "县税务局"), ("县人社局",), ()),
        ("（责任单位：市工信局、市金融局[ 牵头 ]）", ("市工信局", "市金融局"), ("市金融局",), ()),
        # and so do angle brackets
        ("（县人社局〈牵头〉、县税务局）", ("县人社局", "县税务局"), ("县人社局",), ()),
        ("（县人社局<牵头>、县税务局<配合>）", ("县人社局", "县税务局"), ("县人社局",), ("县税务局",)),
        # near misses, as they were: a mark in round brackets; square-bracketed labels over their units
        ("（责任单位：市金融局（牵头）、市工信局）", ("市金融局", "市工信局"), ("市金融局",), ()),
        (
            "【牵头单位】市金融局【配合单位】市工信局、市财政局",
            ("市金融局", "市工信局", "市财政局"),
            ("市金融局",),
            ("市工信局", "市财政局"),
        ),
        ("（【牵头】市金融局【配合】市工信局）", ("市金融局", "市工信局"), ("市金融局",), ("市工信局",)),
    ],
)
def test_a_square_bracketed_role_after_a_unit_marks_it(
    annotation: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(_HEAD + f"1. 开展政银企对接活动，全年举办对接会10场以上。{annotation}\n")
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == [(departments, lead, partners)]


@pytest.mark.parametrize(
    ("cell", "departments", "lead"),
    [
        ("市金融局[牵头]、市财政局", ("市金融局", "市财政局"), ("市金融局",)),
        ("市发改局[牵头单位]、市人行", ("市发改局", "市人行"), ("市发改局",)),
        ("市发改局〈牵头〉、市人行", ("市发改局", "市人行"), ("市发改局",)),
        # near miss, as it was: no role mark
        ("市金融局、市财政局", ("市金融局", "市财政局"), ()),
    ],
)
def test_an_ascii_square_bracketed_role_marks_its_unit_in_a_table_cell(
    cell: str, departments: tuple[str, ...], lead: tuple[str, ...]
) -> None:
    notice = parse_text(
        _HEAD.replace("一、重点任务\n\n", "")
        + "附件\n\n重点任务分解表\n\n|序号|任务|责任单位|完成时限|\n"
        + f"|1|推进融资担保|{cell}|2025年9月底前|\n"
    )
    assert [(t.departments, t.lead) for t in notice.tasks] == [(departments, lead)]
