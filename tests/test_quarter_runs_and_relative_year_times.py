"""Deadlines that were cut short or dated wrong without a word:

- a run of quarters (2024年一至三季度, 2025年一季度至三季度, 2024年1—3季度, 三、四季度): a range from the first
  quarter's first day to the last one's end (it was dated the year's end, or cut to its first quarter); two
  quarters apart (2025年一、三季度) end with the later one;
- a year named relative to the notice's with the time in it (明年一季度, 明年上半年, 今年6月上旬前, 明年汛期前):
  read whole (it was cut to 明年 and dated that year's end);
- a quarter or half year with its year, then 起 (2025年下半年起, 2025年第二季度起): the work starts then, standing,
  due_from the first day of that quarter or half (it was cut to 2025年下半年 and dated its end).

Near misses keep their reading: one quarter (三季度), a recurrence (每年一季度、三季度), a start with its month
(2025年7月起), a year alone with 起 (2025年起). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = """\
西岭县人民政府办公室关于印发西岭县河道治理实施方案的通知
西政办发〔2024〕15号
各乡镇人民政府，县直各部门：
现将《西岭县河道治理实施方案》印发给你们，请认真贯彻执行。
西岭县人民政府办公室
2024年4月2日
西岭县河道治理实施方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("piece", "due", "due_date", "due_from", "due_kind"),
    [
        ("2024年一至三季度", "2024年一至三季度", "2024-09-30", "2024-01-01", "range"),
        ("2025年一季度至三季度", "2025年一季度至三季度", "2025-09-30", "2025-01-01", "range"),
        ("2024年1—3季度", "2024年1—3季度", "2024-09-30", "2024-01-01", "range"),
        ("三、四季度", "三、四季度", "2024-12-31", "2024-07-01", "range"),
        ("2025年一、三季度", "2025年一、三季度", "2025-09-30", None, "date"),
        ("明年一季度", "明年一季度", "2025-03-31", None, "date"),
        ("明年上半年", "明年上半年", "2025-06-30", None, "date"),
        ("今年6月上旬前", "今年6月上旬前", "2024-06-10", None, "date"),
        ("明年汛期前", "明年汛期前", None, None, "unknown"),
        ("2025年下半年起", "2025年下半年起", None, "2025-07-01", "standing"),
        ("2025年第二季度起", "2025年第二季度起", None, "2025-04-01", "standing"),
        # near misses: read as before
        ("三季度", "三季度", "2024-09-30", None, "date"),
        ("2025年第三季度", "2025年第三季度", "2025-09-30", None, "date"),
        ("每年一季度、三季度", "每年一季度、三季度", None, None, "standing"),
        ("2025年7月起", "2025年7月起", None, "2025-07-01", "standing"),
        ("2025年起", "2025年起", None, "2025-01-01", "standing"),
        ("明年6月底前", "明年6月底前", "2025-06-30", None, "date"),
        ("明年底", "明年底", "2025-12-31", None, "date"),
    ],
)
def test_the_annotations_time_is_read_whole(
    piece: str, due: str, due_date: str | None, due_from: str | None, due_kind: str
) -> None:
    (task,) = parse_text(HEAD + f"（一）清理河道垃圾。（县水利局负责，{piece}）\n").tasks
    assert (task.due, task.due_date, task.due_from, task.due_kind) == (due, due_date, due_from, due_kind)
    assert task.departments == ("县水利局",)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("2024年一至三季度", Deadline(2024, "2024-09-30", "2024-01-01", "range")),
        ("2025年第二至第四季度", Deadline(2025, "2025-12-31", "2025-04-01", "range")),
        ("一至二季度", Deadline(2024, "2024-06-30", "2024-01-01", "range")),
        ("2025年三、四季度", Deadline(2025, "2025-12-31", "2025-07-01", "range")),
        ("2025年一、三季度", Deadline(2025, "2025-09-30", None, "date")),
        ("明年一至三季度", Deadline(2025, "2025-09-30", "2025-01-01", "range")),
        ("2025年下半年起", Deadline(None, None, "2025-07-01", "standing")),
        ("2025年上半年起", Deadline(None, None, "2025-01-01", "standing")),
        # near misses
        ("2025年三季度", Deadline(2025, "2025-09-30", None, "date")),
        ("每年一季度、三季度", Deadline(None, None, None, "standing")),
        ("3至6个月", Deadline(None, None, None, "unknown")),
    ],
)
def test_resolve(due: str, expected: Deadline) -> None:
    assert resolve(due, 2024, 2024) == expected
