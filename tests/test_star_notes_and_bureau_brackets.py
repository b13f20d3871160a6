"""A star whose note gives it another meaning marks no lead, and a bracket of bureaus closing a sentence mid-item
closes a task of its own. Each case is a short notice written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _starred(note: str) -> str:
    return "\n".join(
        [
            "云杉区2025年城市更新重点工作清单",
            "一、重点任务",
            "1.建设口袋公园6个。责任单位：区城管局*、区住建局",
            "2.新增公共停车位800个。责任单位：区交通运输局、区公安分局*",
            note,
            "",
        ]
    )


@pytest.mark.parametrize(
    ("note", "leads"),
    [
        # a note of the notice that gives the star another meaning: no lead read from the star
        ("注：带*的单位需每月报送进展。", [(), ()]),
        ("注：*号单位每月5日前报送进展情况。", [(), ()]),
        # no note, or a note saying the star marks the lead: the starred unit leads
        ("", [("区城管局",), ("区公安分局",)]),
        ("注：带*的为牵头单位。", [("区城管局",), ("区公安分局",)]),
    ],
)
def test_a_star_leads_unless_a_note_says_otherwise(note: str, leads: list[tuple[str, ...]]) -> None:
    notice = parse_text(_starred(note))
    assert [t.lead for t in notice.tasks] == leads
    assert len(notice.tasks) == 2


def _item(body: str) -> str:
    return "\n".join(["松溪县2025年民生实事工作方案", "一、重点任务", body, ""])


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        # bureaus in a bracket before 。: a task of their own, then the next sentence's
        (
            "（一）加强养老服务。推进社区助餐点建设（县民政局）。完善医养结合服务（县卫健局）。",
            [("县民政局",), ("县卫健局",)],
        ),
        # a place named in brackets mid-item is the text's own: one task, the closing bracket's
        (
            "（一）推进县域医疗次中心建设（县第二人民医院）。完善设备配置。（县卫健局负责，12月底前）",
            [("县卫健局",)],
        ),
    ],
)
def test_a_bracket_of_bureaus_closes_its_own_sentence(body: str, tasks: list[tuple[str, ...]]) -> None:
    assert [t.departments for t in parse_text(_item(body)).tasks] == tasks
