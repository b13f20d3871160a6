"""A range whose end is a ten days' part of a month (上旬, 中旬, 下旬) keeps both ends: due_from and due_date."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve


@pytest.mark.parametrize(
    ("due", "notice_year", "expected"),
    [
        ("2024年10月中旬至11月上旬", None, Deadline(2024, "2024-11-10", "2024-10-11", "range")),
        ("10月中旬至11月上旬", 2026, Deadline(2026, "2026-11-10", "2026-10-11", "range")),
        ("10月中旬至11月上旬", None, Deadline(None, None, None, "unknown")),
        ("2024年10月中旬至11月底", None, Deadline(2024, "2024-11-30", "2024-10-11", "range")),
        ("2024年10月上旬至下旬", None, Deadline(2024, "2024-10-31", "2024-10-01", "range")),
        ("2024年6月中旬至下旬", None, Deadline(2024, "2024-06-30", "2024-06-11", "range")),
        ("2024年10月至11月上旬前", None, Deadline(2024, "2024-11-10", "2024-10-01", "range")),
        ("9月下旬至10月中旬", 2026, Deadline(2026, "2026-10-20", "2026-09-21", "range")),
        ("10月中旬至11月上旬完成资金拨付", 2026, Deadline(2026, "2026-11-10", "2026-10-11", "range")),
        ("6月中下旬", 2026, Deadline(2026, "2026-06-30", "2026-06-11", "range")),
        ("2026年6月上中旬", None, Deadline(2026, "2026-06-20", "2026-06-01", "range")),
        # near misses, read as before: months alone (DUE_RANGE), one point, a later time after the range, a
        # range into a year it writes
        ("2024年10月至11月", None, Deadline(2024, "2024-11-30", "2024-10-01", "range")),
        ("2024年6月中旬", None, Deadline(2024, "2024-06-20", None, "date")),
        ("10月中旬至11月上旬、12月底前", 2026, Deadline(2026, "2026-12-31", None, "date")),
        ("2024年10月中旬至2025年1月", None, Deadline(2025, "2025-01-31", None, "date")),
    ],
)
def test_ten_day_ranges_resolve(due: str, notice_year: int | None, expected: Deadline) -> None:
    assert resolve(due, notice_year) == expected


HEAD = "苍梧区人民政府关于印发苍梧区2026年秋冬季专项整治方案的通知\n苍政发〔2026〕9号\n一、主要任务\n"
TAIL = "\n苍梧区人民政府\n2026年8月20日\n"


@pytest.mark.parametrize(
    ("item", "due", "due_from", "due_date"),
    [
        (
            "（一）专项整治。开展整治（区公安分局负责，10月中旬至11月上旬）。",
            "10月中旬至11月上旬",
            "2026-10-11",
            "2026-11-10",
        ),
        ("（一）专项整治。开展整治（区公安分局负责，10月上旬至下旬）。", "10月上旬至下旬", "2026-10-01", "2026-10-31"),
        ("（一）专项整治。10月上旬至下旬开展整治（区公安分局负责）。", "10月上旬至下旬", "2026-10-01", "2026-10-31"),
        (
            "（一）专项整治。开展整治（区公安分局负责，9月下旬至10月中旬）。",
            "9月下旬至10月中旬",
            "2026-09-21",
            "2026-10-20",
        ),
        (
            "（一）专项整治。6月中旬至9月下旬集中整治（区公安分局负责）。",
            "6月中旬至9月下旬",
            "2026-06-11",
            "2026-09-30",
        ),
        ("（一）专项整治。6月至9月中旬集中整治（区公安分局负责）。", "6月至9月中旬", "2026-06-01", "2026-09-20"),
        (  # the work due then is no part of the deadline
            "（一）专项整治。开展整治（区公安分局负责，10月中旬至11月上旬完成资金拨付）。",
            "10月中旬至11月上旬",
            "2026-10-11",
            "2026-11-10",
        ),
        ("（一）专项整治。开展整治（区公安分局负责，6月中下旬）。", "6月中下旬", "2026-06-11", "2026-06-30"),
        (
            "（一）专项整治。开展整治（区公安分局负责，2026年6月上中旬）。",
            "2026年6月上中旬",
            "2026-06-01",
            "2026-06-20",
        ),
        ("（一）专项整治。6月中下旬开展整治（区公安分局负责）。", "6月中下旬", "2026-06-11", "2026-06-30"),
        # near misses: one point keeps its end alone; months alone are read as before
        ("（一）专项整治。6月至9月集中整治（区公安分局负责）。", "6月至9月", "2026-06-01", "2026-09-30"),
        ("（一）专项整治。6月中旬开展整治（区公安分局负责）。", "6月中旬", None, "2026-06-20"),
        ("（一）专项整治。开展整治（区公安分局负责，10月上旬）。", "10月上旬", None, "2026-10-10"),
    ],
)
def test_ten_day_ranges_in_a_notice(item: str, due: str, due_from: str | None, due_date: str) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.due, t.due_from, t.due_date) for t in notice.tasks] == [(due, due_from, due_date)]
