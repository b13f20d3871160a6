"""A task cell the scrape wrapped over two lines, in a table scraped one cell a line with one task column,
is rejoined as written, with no space inside the Chinese; the cells of two task columns (an item's name
and its content) stay apart by a space."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2025年城乡供水重点任务清单\n"

# (the table's lines, the first task's text)
TABLES: list[tuple[str, str]] = [
    (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n新建农村集中供水工程8处，\n提升供水保障能力\n县水利局\n县财政局\n2025年11月底前\n"
        "2\n改造老旧供水管网\n县住建局\n县水利局\n2025年9月底前\n",
        "新建农村集中供水工程8处，提升供水保障能力",
    ),
    (
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n实施城乡供水一体化\n工程\n县水利局\n县财政局\n2025年11月底前\n"
        "2\n改造老旧供水管网\n县住建局\n县水利局\n2025年9月底前\n",
        "实施城乡供水一体化工程",
    ),
    (
        "序号\t重点任务\t具体措施\t牵头单位\t完成时限\n"
        "1\t城乡供水一体化\t新建集中供水工程8处\t县水利局\t2025年11月底前\n"
        "2\t管网改造\t改造老旧供水管网\t县住建局\t2025年9月底前\n",
        "城乡供水一体化 新建集中供水工程8处",
    ),
]


@pytest.mark.parametrize(("table", "text"), TABLES)
def test_a_wrapped_task_cell_is_rejoined_without_a_space(table: str, text: str) -> None:
    notice = parse_text(HEAD + table)
    assert notice.tasks[0].text == text
    assert notice.tasks[0].lead == ("县水利局",)
