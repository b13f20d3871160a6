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
        # after roles, the year written once before both months: the bracket's range, not the season in the text
        (
            "1.开展汛前清障。（镇水利站牵头，镇财政所配合，2025年6-8月）\n",
            (("镇水利站", "镇财政所"), "2025年6-8月", "range", "2025-06-01"),
        ),
        (
            "1.开展汛前清障。（镇水利站牵头，镇财政所配合，2025年6—8月）\n",
            (("镇水利站", "镇财政所"), "2025年6—8月", "range", "2025-06-01"),
        ),
        # kept: a month alone after the units
        ("1.开展汛前清障。（各村，6月）\n", (("各村",), "6月", "date", None)),
        # kept: a length of months after roles is no deadline
        (
            "1.开展汛前清障。（镇水利站牵头，镇财政所配合，2025年6-8个月）\n",
            (("镇水利站", "镇财政所"), "汛前", "unknown", None),
        ),
    ],
)
def test_a_range_of_months_is_the_tasks_deadline(item: str, expected: tuple[object, ...]) -> None:
    (task,) = parse_text(HEAD + item).tasks
    assert (task.departments, task.due, task.due_kind, task.due_from) == expected
