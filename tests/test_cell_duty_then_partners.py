"""A 责任单位 cell (no 牵头 column) written as prose, `X负责，Y配合` (or 协助, 参与, 协同; maybe X负责组织): X is
the lead and Y the partners, as the same words in an annotation are read, never the lead dropped. Near misses:
`X负责` alone, `X、Y分别负责，Z配合`, two units each with their own duty, and a cell under a 牵头单位 column stay
as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex.row_task import _duty_then_partners


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("县税务局负责，各乡镇人民政府配合", ("县税务局", "各乡镇人民政府")),
        ("县发展改革局负责，县市场监管局、县税务局协助", ("县发展改革局", "县市场监管局、县税务局")),
        ("县工信局负责组织，各乡镇人民政府参与", ("县工信局", "各乡镇人民政府")),
        ("县工信局负责", None),
        ("县工信局、县财政局分别负责，各乡镇人民政府配合", None),
        ("县融媒体中心负责宣传报道，县工信局负责政策解读", None),
        ("县税务局负责，做好政策宣传", None),
        ("县税务局，各乡镇人民政府配合", None),
    ],
)
def test_a_cell_of_duty_then_partners(cell: str, read: tuple[str, str] | None) -> None:
    assert _duty_then_partners(cell) == read


@pytest.mark.parametrize(
    ("header", "cell", "lead", "partners"),
    [
        ("责任单位", "县税务局负责，各乡镇人民政府配合", ("县税务局",), ("各乡镇人民政府",)),
        ("责任单位", "县税务局负责", (), ()),
        ("责任单位", "县融媒体中心负责宣传报道，县工信局负责政策解读", (), ()),
    ],
)
def test_the_row_reads_the_cell_as_prose(
    header: str, cell: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(f"序号\t工作任务\t{header}\t完成时限\n1\t落实减税降费政策\t{cell}\t2025年6月底前\n")
    task = notice.tasks[0]
    assert (task.lead, task.partners) == (lead, partners)
    assert "县税务局" in task.departments or "县工信局" in task.departments
