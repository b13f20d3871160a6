"""Two ways of writing a deadline that were cut short or lost:

- a month in Chinese numerals (十月底前, 2025年十二月底前, 十一月三十日前), in an annotation or in the prose: due as
  written, dated as the same month in digits (a year written before it was kept alone, and dated its end);
- the first three quarters as an annotation's piece (前三季度, 2025年前三季度): due as written, ending with the
  third quarter (it was unread, or cut to 2025年前 and dated the year's end).

Near misses name no deadline: a month with no end or 前 (十月份工作安排), a rate (一月一次), a word ending in 一
before 月底前 (统一月底前报送). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = """\
柳湾县人民政府办公室关于印发柳湾县集镇污水治理实施方案的通知
柳政办发〔2024〕15号
各乡镇人民政府，县直各部门：
现将《柳湾县集镇污水治理实施方案》印发给你们，请认真贯彻执行。
柳湾县人民政府办公室
2024年4月2日
柳湾县集镇污水治理实施方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("item", "due", "due_date"),
    [
        ("（一）建成污水管网。（县住建局负责，十月底前完成）", "十月底前", "2024-10-31"),
        ("（一）建成污水管网。（县住建局牵头，县财政局配合，2025年十二月底前）", "2025年十二月底前", "2025-12-31"),
        ("（一）建成污水管网，十一月三十日前完成。（县住建局负责）", "十一月三十日前", "2024-11-30"),
        ("（一）建成污水管网。（责任单位：县住建局；完成时限：十月底前）", "十月底前", "2024-10-31"),
        ("（一）建成污水管网。（县住建局负责，前三季度）", "前三季度", "2024-09-30"),
        ("（一）建成污水管网。（县住建局负责，2025年前三季度）", "2025年前三季度", "2025-09-30"),
        # near misses: no deadline
        ("（一）制定十月份工作安排。（县住建局负责）", None, None),
        ("（一）开展管网巡查，一月一次。（县住建局负责）", None, None),
        ("（一）建成污水管网，各乡镇统一月底前报送进度。（县住建局负责）", None, None),  # 一 ends 统一
        # the same deadlines in digits, read as before
        ("（一）建成污水管网。（县住建局负责，10月底前完成）", "10月底前", "2024-10-31"),
        ("（一）建成污水管网。（县住建局负责，2025年第三季度）", "2025年第三季度", "2025-09-30"),
    ],
)
def test_the_deadline_is_read_whole_and_dated(item: str, due: str | None, due_date: str | None) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert (task.due, task.due_date) == (due, due_date)
    assert task.departments[0] == "县住建局"


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("前三季度", Deadline(2024, "2024-09-30", None, "date")),
        ("2025年前三季度", Deadline(2025, "2025-09-30", None, "date")),
        ("2025年十月底前", Deadline(2025, "2025-10-31", None, "date")),
        ("2025年前", Deadline(2025, "2025-12-31", None, "date")),  # the year alone, as before
    ],
)
def test_resolve(due: str, expected: Deadline) -> None:
    assert resolve(due, 2024) == expected
