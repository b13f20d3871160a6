"""Ranges whose end is written as the year's end or a month of the next year:

- 2024年9月至年底, 9月至年底: from the month to December of its year (2024年9月至年底 was cut to 2024年9月 and
  dated 2024-09-30; 9月至年底 was not read);
- 2024年底至2025年底: from the first year's December to the second's end (it was not read);
- 11月至次年2月, 11月—翌年3月底: from the month of the notice's year into the next (it was not read, and in
  prose after the units' verb the task was lost);
- 次年 after a year written before it is the year after that one (2025年11月至次年3月 in a 2024 notice ends
  2026-03-31; it was left undated).

Near misses keep their reading: a range with both ends' months (2024年9月至12月), one point (9月底前, 年底前),
次年 with no year before it (the notice's next year). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = """\
苍梧区人民政府办公室关于印发苍梧区冬春季大气污染防治实施方案的通知
苍政办发〔2024〕21号
各镇人民政府、街道办事处，区直各部门：
现将《苍梧区冬春季大气污染防治实施方案》印发给你们，请认真贯彻执行。
苍梧区人民政府办公室
2024年4月2日
苍梧区冬春季大气污染防治实施方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("item", "due", "due_date", "due_from", "due_kind"),
    [
        ("（一）整治扬尘。（区住建局负责，2024年9月至年底）", "2024年9月至年底", "2024-12-31", "2024-09-01", "range"),
        ("（一）整治扬尘。（区住建局负责，9月至年底）", "9月至年底", "2024-12-31", "2024-09-01", "range"),
        (
            "（一）整治扬尘。（区住建局负责，2024年底至2025年底）",
            "2024年底至2025年底",
            "2025-12-31",
            "2024-12-01",
            "range",
        ),
        ("（一）整治扬尘。（区住建局负责，11月至次年2月）", "11月至次年2月", "2025-02-28", "2024-11-01", "range"),
        ("（一）整治扬尘。（区住建局负责，11月—翌年3月底）", "11月—翌年3月底", "2025-03-31", "2024-11-01", "range"),
        ("（一）整治扬尘。区住建局负责，11月—次年2月。", "11月—次年2月", "2025-02-28", "2024-11-01", "range"),
        ("（一）整治扬尘。\n完成时限：9月至年底\n责任单位：区住建局", "9月至年底", "2024-12-31", "2024-09-01", "range"),
        # near misses: read as before
        ("（一）整治扬尘。（区住建局负责，2024年9月至12月）", "2024年9月至12月", "2024-12-31", "2024-09-01", "range"),
        (
            "（一）整治扬尘。（区住建局负责，2024年11月至次年3月）",
            "2024年11月至次年3月",
            "2025-03-31",
            "2024-11-01",
            "range",
        ),
        ("（一）整治扬尘。（区住建局负责，9月底前）", "9月底前", "2024-09-30", None, "date"),
        ("（一）整治扬尘。（区住建局负责，年底前）", "年底前", "2024-12-31", None, "date"),
        ("（一）整治扬尘。（区住建局负责，次年3月底前）", "次年3月底前", "2025-03-31", None, "date"),
    ],
)
def test_the_range_is_read_whole(item: str, due: str, due_date: str, due_from: str | None, due_kind: str) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert (task.due, task.due_date, task.due_from, task.due_kind) == (due, due_date, due_from, due_kind)
    assert task.departments == ("区住建局",)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("2025年11月至次年3月", Deadline(2026, "2026-03-31", "2025-11-01", "range")),
        ("2025年11月底前摸底，次年3月底前完成", Deadline(2026, "2026-03-31", None, "date")),
        ("2024年3月—年末前", Deadline(2024, "2024-12-31", "2024-03-01", "range")),
        ("2024年末—2026年末", Deadline(2026, "2026-12-31", "2024-12-01", "range")),
        # near misses
        ("次年3月底前", Deadline(2025, "2025-03-31", None, "date")),
        ("2024年底前", Deadline(2024, "2024-12-31", None, "date")),
        ("2024—2025年", Deadline(2025, "2025-12-31", "2024-01-01", "range")),
    ],
)
def test_resolve(due: str, expected: Deadline) -> None:
    assert resolve(due, 2024, 2024) == expected


def test_a_month_to_the_years_end_needs_a_year() -> None:
    assert resolve("9月至年底", None) == Deadline(None, None, None, "unknown")
