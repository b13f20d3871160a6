"""A task table with no deadline column whose task cell sets its target for a year (到2020年，全市用水总量控制在…)
has that year as the row's deadline, as a target year in a task's prose does; a cell naming two target years, a
date by which the work is done, or none keeps its own reading, and so does a table with a target column
(目标任务), whose goals' years are no deadline. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县全面推行河长制主要任务分解表\n序号\t主要任务\t牵头单位\t参与单位\n"


@pytest.mark.parametrize(
    ("cell", "due", "year"),
    [
        ("严守用水总量控制红线。到2020年，全县用水总量控制在1.2亿立方米以内。", "到2020年", 2020),
        ("推进污水管网建设，到2025年底城区污水收集率达到70%。", "到2025年底", 2025),
        # near-misses: two target years, a year the text names with no 到, or a date the work is done by
        ("到2020年用水总量控制在1.2亿立方米，到2030年控制在1.1亿立方米。", None, None),
        ("巩固2019年河湖清理成果，持续开展巡河。", None, None),
        ("完成县城污水处理厂提标改造，6月底前完成。", "6月底前", None),
    ],
)
def test_a_target_year_in_a_task_cell(cell: str, due: str | None, year: int | None) -> None:
    notice = parse_text(HEAD + f"1\t{cell}\t县水利局\t县发改局\n2\t开展河道保洁。\t县住建局\t县财政局\n")
    task, other = notice.tasks
    assert (task.due, task.due_year) == (due, year)
    assert (other.due, other.due_year) == (None, None)


def test_a_table_with_a_target_column_takes_no_target_year() -> None:
    text = "西岭县垃圾分类重点任务分工表\n序号\t工作内容\t目标任务\t责任单位\n1\t完善回收网络。\t到2025年，覆盖率达到90%。\t县商务局\n"
    assert [(t.due, t.due_year) for t in parse_text(text).tasks] == [(None, None)]
