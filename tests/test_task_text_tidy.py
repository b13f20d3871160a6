"""A task's text keeps no label line of its deadline (时间安排：每季度) and no semicolon that only stood before
the roles closing it (…500亩；镇农业服务中心负责。); a semicolon between two pieces of work stays."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某镇2025年农业农村工作要点\n一、重点任务\n"

# (the item and its lines, the task's text, its deadline as written)
TIDY: list[tuple[str, str, str | None]] = [
    ("1.开展耕地保护巡查。\n责任单位：镇农业服务中心\n时间安排：每季度\n", "开展耕地保护巡查。", "每季度"),
    (
        "1.开展耕地保护巡查。\n责任单位：镇农业服务中心\n完成时限：2025年6月底前\n",
        "开展耕地保护巡查。",
        "2025年6月底前",
    ),
    ("1.新建烤烟房20座；镇农业服务中心负责。\n", "新建烤烟房20座", None),
    ("1.新建烤烟房20座；维修机耕道5公里。（镇农业服务中心负责）\n", "新建烤烟房20座；维修机耕道5公里。", None),
]


@pytest.mark.parametrize(("item", "text", "due"), TIDY)
def test_a_tasks_text_keeps_no_label_line_or_dangling_semicolon(item: str, text: str, due: str | None) -> None:
    task = parse_text(HEAD + item).tasks[0]
    assert (task.text, task.due) == (text, due)
    assert task.departments == ("镇农业服务中心",)
