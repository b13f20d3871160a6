"""An item two or more of whose paragraphs each open with units' roles and go on with the work (a table's
measure cells scraped one cell a line under one standard: `县交通局负责，县公安局配合，整治…` ⏎ its deadline ⏎
`县城管局负责，各社区配合，清理…`) gives a task from each such paragraph: the first keeps the item's text
before the second, each later one opens with its roles as written. An item with one such paragraph, or
whose other paragraphs open with units that are no roles, stays one task. The notices are written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "霞浦县2025年文明城市创建任务分解表\n（霞浦县文明办　2025年2月）\n一、城市环境\n"


def _tasks(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    notice = parse_text(HEAD + body)
    return [(t.text.split("\n")[0][:10], t.departments, t.partners, t.due) for t in notice.tasks]


TWO = (
    "1.背街小巷路面整洁，无乱堆乱放。\n"
    "县城管局负责，县交通局、县公安局配合，清理背街小巷占道堆放物。\n"
    "2025年4月30日前\n"
    "县住建局负责，各社区配合，修复破损井盖和人行道砖。\n"
    "2025年7月31日前\n"
    "2.农贸市场布局规范。\n"
    "县市场监管局负责，县商务局配合，完成农贸市场划行归市改造。\n"
    "2025年9月底前\n"
)
THREE = (
    "1.公共场所卫生达标。\n"
    "县卫生健康局负责，县文旅局配合，开展公共场所卫生监督抽检。\n"
    "6月底前\n"
    "县文旅局负责，县城管局配合，完善景区公厕保洁制度。\n"
    "8月底前\n"
    "县教育局负责，各学校配合，落实校园环境卫生责任区。\n"
    "每学期\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            TWO,
            [
                (
                    "背街小巷路面整洁，无",
                    ("县城管局", "县交通局", "县公安局"),
                    ("县交通局", "县公安局"),
                    "2025年4月30日前",
                ),
                ("县住建局负责，各社区", ("县住建局", "各社区"), ("各社区",), "2025年7月31日前"),
                ("农贸市场布局规范。", ("县市场监管局", "县商务局"), ("县商务局",), "2025年9月底前"),
            ],
        ),
        (
            THREE,
            [
                ("公共场所卫生达标。", ("县卫生健康局", "县文旅局"), ("县文旅局",), "6月底前"),
                ("县文旅局负责，县城管", ("县文旅局", "县城管局"), ("县城管局",), "8月底前"),
                ("县教育局负责，各学校", ("县教育局", "各学校"), ("各学校",), "每学期"),
            ],
        ),
    ],
)
def test_each_paragraph_opening_with_roles_is_a_task(
    body: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]
) -> None:
    assert _tasks(body) == expected


@pytest.mark.parametrize(
    ("body", "units"),
    [
        (  # one paragraph of roles, then prose: one task
            "1.背街小巷路面整洁。\n县城管局负责，县公安局配合，清理背街小巷占道堆放物。\n各社区要发动居民参与清理。\n",
            ("县城管局", "县公安局"),
        ),
        (  # the second paragraph opens with a unit that is given no role: one task
            "1.背街小巷路面整洁。\n县城管局负责，县公安局配合，清理背街小巷占道堆放物。\n县住建局要加强技术指导。\n",
            ("县城管局", "县公安局"),
        ),
    ],
)
def test_an_item_with_one_paragraph_of_roles_stays_one_task(body: str, units: tuple[str, ...]) -> None:
    tasks = _tasks(body)
    assert [t[1] for t in tasks] == [units]
