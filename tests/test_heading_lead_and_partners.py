"""A heading naming the unit that leads the work under it and the units that assist (一、由区发改局牵头、区财政局
配合的任务, （一）市工信局牵头，市科技局配合的任务): every block under it takes both, as under a heading naming the
lead alone (由县财政局牵头的工作). (heading -> (departments, lead, partners) of each of the two items under it)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_NOTICE = (
    "苍梧区2025年优化营商环境任务分工方案\n\n"
    "{heading}\n\n"
    "（一）开展营商环境自评估，形成年度评估报告，2025年11月底前完成。\n"
    "（二）落实涉企收费目录清单制度，2025年6月底前完成。\n\n"
    "二、由区市场监管局牵头的任务\n\n"
    "（三）推进“个转企”专项行动，2025年10月底前完成。（区工信局配合）\n\n"
    "苍梧区人民政府办公室\n2025年3月5日\n"
)


@pytest.mark.parametrize(
    ("heading", "roles"),
    [
        ("一、由区发改局牵头、区财政局配合的任务", (("区发改局", "区财政局"), ("区发改局",), ("区财政局",))),
        (
            "一、区发改局牵头，区财政局、区税务局配合的任务",
            (("区发改局", "区财政局", "区税务局"), ("区发改局",), ("区财政局", "区税务局")),
        ),
        ("一、由区发改局牵头、区财政局参与的工作（2项）", (("区发改局", "区财政局"), ("区发改局",), ("区财政局",))),
        # near misses, as they were: the lead alone; a heading of work, not of units
        ("一、由区发改局牵头的任务", (("区发改局",), ("区发改局",), ())),
        ("一、区发改局负责的重点任务", (("区发改局",), (), ())),
    ],
)
def test_a_heading_naming_lead_and_partners_gives_both(
    heading: str, roles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
) -> None:
    notice = parse_text(_NOTICE.format(heading=heading))
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks][:2] == [roles, roles]
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks][2] == (
        ("区市场监管局", "区工信局"),
        ("区市场监管局",),
        ("区工信局",),
    )


def test_a_heading_of_work_whose_items_name_no_unit_gives_none() -> None:
    """一、优化政务服务、提升效能的任务 names no unit: its items stay without units (warned), as before."""
    notice = parse_text(_NOTICE.format(heading="一、优化政务服务、提升服务效能的任务"))
    assert [t.lead for t in notice.tasks] == [("区市场监管局",)]
