"""A range of days written without a year (5月1日—6月30日, 5月20日至6月20日) is read as the range of months
without a year is (5—6月): days of the notice's year, from the first to the last. It was not read in an
annotation (warned roles-partly-read) nor in prose.

Near misses keep their reading: a range of months (5月至6月), one day (6月1日前), a length (3至6个月), a range with
its year (2024年5月20日至6月20日). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = """\
青禾市人民政府办公室关于印发青禾市河道清障专项行动方案的通知
青政办发〔2024〕12号
各区人民政府，市直各部门：
现将《青禾市河道清障专项行动方案》印发给你们，请认真贯彻执行。
青禾市人民政府办公室
2024年4月2日
青禾市河道清障专项行动方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("item", "due", "due_date", "due_from"),
    [
        ("（一）清理河道。（市水利局负责，5月1日—6月30日）", "5月1日—6月30日", "2024-06-30", "2024-05-01"),
        ("（一）清理河道。（市水利局负责，5月20日至6月20日）", "5月20日至6月20日", "2024-06-20", "2024-05-20"),
        ("（一）清理河道，5月1日至6月30日集中开展。（市水利局负责）", "5月1日至6月30日", "2024-06-30", "2024-05-01"),
        # near misses: read as before
        ("（一）清理河道。（市水利局负责，5月至6月）", "5月至6月", "2024-06-30", "2024-05-01"),
        ("（一）清理河道。（市水利局负责，6月1日前）", "6月1日前", "2024-06-01", None),
        (
            "（一）清理河道。（市水利局负责，2024年5月20日至6月20日）",
            "2024年5月20日至6月20日",
            "2024-06-20",
            "2024-05-20",
        ),
    ],
)
def test_the_days_are_the_notices_year(item: str, due: str, due_date: str, due_from: str | None) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert (task.due, task.due_date, task.due_from) == (due, due_date, due_from)
    assert task.departments == ("市水利局",)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("5月1日—6月30日", Deadline(2024, "2024-06-30", "2024-05-01", "range")),
        ("6月30日至5月1日", Deadline(2024, None, None, "unknown")),  # backwards: no range
        ("3至6个月", Deadline(None, None, None, "unknown")),
    ],
)
def test_resolve(due: str, expected: Deadline) -> None:
    assert resolve(due, 2024, 2024) == expected
