"""A range of months with no year (5—6月) is a range in the notice's year, as 2025.3—6 is; after the units in a
bracket closing an item (（各村，5—6月）, （镇应急办，2025年5—6月）) it is the task's deadline."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import resolve

HEAD = "某镇2025年防汛工作方案\n一、工作安排\n"


@pytest.mark.parametrize(
    ("due", "kind", "start", "end"),
    [
        ("5—6月", "range", "2025-05-01", "2025-06-30"),
        ("3月—6月", "range", "2025-03-01", "2025-06-30"),
        ("2025年5—6月", "range", "2025-05-01", "2025-06-30"),
        # kept: one month, a length of months
        ("6月", "date", None, "2025-06-30"),
        ("5—6个月", "unknown", None, None),
    ],
)
def test_a_range_of_months_takes_the_notices_year(due: str, kind: str, start: str | None, end: str | None) -> None:
    found = resolve(due, 2025)
    assert (found.kind, found.start, found.date) == (kind, start, end)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("5—6月：开展汛前清障（镇应急办）。\n", (("镇应急办",), "5—6月", "range", "2025-05-01")),
        ("1.开展汛前清障。（镇应急办，2025年5—6月）\n", (("镇应急办",), "2025年5—6月", "range", "2025-05-01")),
        ("1.开展汛前清障。（各村，5—6月）\n", (("各村",), "5—6月", "range", "2025-05-01")),
        # kept: a month alone after the units
        ("1.开展汛前清障。（各村，6月）\n", (("各村",), "6月", "date", None)),
    ],
)
def test_a_range_of_months_is_the_tasks_deadline(item: str, expected: tuple[object, ...]) -> None:
    (task,) = parse_text(HEAD + item).tasks
    assert (task.departments, task.due, task.due_kind, task.due_from) == expected
