"""A header with 序号 and a units column but no task column, one name between them that no vocabulary knows
(序号 | 事项说明 | 责任单位 | 完成时限): that column is the task's, and the rows are read under it. A name of
people, units or contacts there (序号 | 姓名 | 责任单位, 序号 | 联系电话 | 责任单位) makes no task column, and a
header with two unknown names is not guessed: the header is still warned table-header-unread. The tables are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "青石县2024年重点工作分解表\n"


def _table(header: str, cell: str) -> str:
    return (
        TITLE
        + header
        + "\n"
        + f"1\t{cell}\t县住建局\t2024年6月底前\n2\t完成老旧小区改造30个。\t县财政局\t2024年10月底前\n"
    )


@pytest.mark.parametrize("name", ["事项说明", "攻坚方向", "年度事项清单"])
def test_the_one_unknown_name_before_the_units_is_the_task(name: str) -> None:
    parsed = parse_text(_table(f"序号\t{name}\t责任单位\t完成时限", "建成城东污水处理厂。"))
    assert [(t.text, t.departments, t.due_date) for t in parsed.tasks] == [
        ("建成城东污水处理厂。", ("县住建局",), "2024-06-30"),
        ("完成老旧小区改造30个。", ("县财政局",), "2024-10-31"),
    ]


@pytest.mark.parametrize(
    "header", ["序号\t姓名\t责任单位\t完成时限", "序号\t联系电话\t责任单位\t完成时限", "序号\t甲栏\t乙栏\t责任单位"]
)
def test_no_task_column_is_guessed_from_people_or_two_unknowns(header: str) -> None:
    parsed = parse_text(_table(header, "张某"))
    assert [w.code for w in parsed.warnings if w.code == "table-header-unread"] == ["table-header-unread"]
