"""A season of the work with its dates in brackets (汛期（6月1日—9月30日）) is the deadline, never a unit; and
ten days of a month then 起 (5月中旬起) is the start of standing work, not a date."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, resolve

HEAD = "西岭县人民政府关于印发西岭县2026年防汛工作要点的通知\n西政发〔2026〕5号\n一、主要任务\n"
TAIL = "\n西岭县人民政府\n2026年3月1日\n"


@pytest.mark.parametrize(
    ("item", "departments", "due", "due_from", "due_date", "kind"),
    [
        (
            "（一）巡查。开展巡查（县水利局负责，汛期（6月1日—9月30日））。",
            ("县水利局",),
            "汛期（6月1日—9月30日）",
            "2026-06-01",
            "2026-09-30",
            "range",
        ),
        (
            "（一）巡查。开展巡查（县水利局负责，主汛期（7月下旬至8月上旬））。",
            ("县水利局",),
            "主汛期（7月下旬至8月上旬）",
            "2026-07-21",
            "2026-08-10",
            "range",
        ),
        (
            "（一）巡查。开展巡查（县水利局负责，5月中旬起）。",
            ("县水利局",),
            "5月中旬起",
            "2026-05-11",
            None,
            "standing",
        ),
        # near misses: a season alone is an event; a unit's bracketed second name stays its name; a point stays a date
        ("（一）巡查。开展巡查（县水利局负责，汛期）。", ("县水利局",), "汛期", None, None, "unknown"),
        ("（一）巡查。开展巡查（县发改局（粮食局）负责）。", ("县发改局（粮食局）",), None, None, None, None),
        ("（一）巡查。开展巡查（县水利局负责，5月中旬）。", ("县水利局",), "5月中旬", None, "2026-05-20", "date"),
        (
            "（一）巡查。开展巡查（县水利局负责，5月10日起）。",
            ("县水利局",),
            "5月10日起",
            "2026-05-10",
            None,
            "standing",
        ),
    ],
)
def test_season_dates_and_ten_day_starts(
    item: str,
    departments: tuple[str, ...],
    due: str | None,
    due_from: str | None,
    due_date: str | None,
    kind: str | None,
) -> None:
    notice = parse_text(HEAD + item + TAIL)
    assert [(t.departments, t.due, t.due_from, t.due_date, t.due_kind) for t in notice.tasks] == [
        (departments, due, due_from, due_date, kind)
    ]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("汛期（6月1日—9月30日）", Deadline(2026, "2026-09-30", "2026-06-01", "range")),
        ("2026年5月中旬起", Deadline(None, None, "2026-05-11", "standing")),
        ("汛期（另行通知）", Deadline(2026, None, None, "unknown")),
    ],
)
def test_resolved(due: str, expected: Deadline) -> None:
    assert resolve(due, 2026) == expected
