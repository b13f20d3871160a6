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
