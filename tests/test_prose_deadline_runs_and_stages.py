"""Deadlines in prose written as a run of quarters, as stages dated one by one, or as a year opening a sentence of
the task's target: each is read whole, as a clerk types it, and near-misses stay as they were."""

from __future__ import annotations

import pytest

from policy_cli.parse.deadlines import deadline_in_prose, resolve


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a run of quarters keeps both ends (not cut to its first quarter)
        ("2024年第三季度至2025年第二季度，新建老年助餐点50个。", "2024年第三季度至2025年第二季度"),
        ("2024年一季度至三季度完成摸底。", "2024年一季度至三季度"),
        ("第三季度至第四季度完成摸底。", "第三季度至第四季度"),
        ("2025年三、四季度完成验收。", "2025年三、四季度"),
        # near-misses: a comparison, a start, stages each with its work, a quarter of each year
        ("较2024年一至三季度增长5%。", None),
        ("2024年第三季度起实施。", None),
        ("2024年三季度完成设计，四季度完成施工。", "2024年三季度完成设计，四季度"),
        ("每年一季度、三季度开展检查。", "每年一季度、三季度"),
    ],
)
def test_deadline_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("due", "date", "start", "kind"),
    [
        ("2024年第三季度至2025年第二季度", "2025-06-30", "2024-07-01", "range"),
        ("2024年三季度至2025年一季度", "2025-03-31", "2024-07-01", "range"),
        ("2024年第三季度至第四季度", "2024-12-31", "2024-07-01", "range"),
        # backwards, or two quarters apart over two years: no run (the later end, as before)
        ("2025年第三季度至2024年第四季度", "2025-09-30", None, "date"),
        ("2024年三季度、2025年一季度", "2025-03-31", None, "date"),
    ],
)
def test_resolve(due: str, date: str | None, start: str | None, kind: str) -> None:
    found = resolve(due, 2024)
    assert (found.date, found.start, found.kind) == (date, start, kind)
