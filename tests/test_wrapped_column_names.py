"""A table scraped one cell a line whose column names the page wrapped in two (任务 / 内容, 牵头 / 单位,
配合 / 单位, 完成 / 时限), the first half being a column's name alone: each pair is one column, so every row
keeps its units. Written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex import _vertical_roles

TITLE = "某区2025年重点工作任务清单\n"
ROW_1 = "1\n建成社区食堂三处\n张某\n区民政局\n区财政局、区商务局\n2025年6月底前\n"
ROW_2 = "2\n开展道路积水点改造\n张某\n区住房城乡建设局\n区城管局\n2025年9月底前\n"


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        # the rule applies: a known name whose first half is a name alone
        (
            ["序号", "工作任务", "牵头", "单位", "配合", "单位", "完成", "时限"],
            ["number", "task", "lead", "qualifier", "partners", "qualifier", "due", "qualifier"],
        ),
        # a near case: two names that make no known name stay two columns
        (["序号", "任务", "单位", "年度目标"], ["number", "task", "other", "other"]),
    ],
)
def test_wrapped_halves_make_one_name(names: list[str], roles: list[str | None]) -> None:
    assert _vertical_roles(names) == roles


def test_rows_under_wrapped_names_keep_their_roles() -> None:
    header = "序号\n任务\n内容\n责任\n领导\n牵头\n单位\n配合\n单位\n完成\n时限\n"
    parsed = parse_text(TITLE + header + ROW_1 + ROW_2)
    assert [(t.lead, t.partners, t.leaders, t.due) for t in parsed.tasks] == [
        (("区民政局",), ("区财政局", "区商务局"), ("张某",), "2025年6月底前"),
        (("区住房城乡建设局",), ("区城管局",), ("张某",), "2025年9月底前"),
    ]
