"""Queries over a model: one filter's values mean any, filters AND, deadline order, every match's span."""

from __future__ import annotations

import pytest

from policy_cli.errors import UsageError
from policy_cli.models import Notice
from policy_cli.query import TaskFilter, by_deadline, filter_tasks, match_spans, search
from policy_cli.registry import default_registry

REGISTRY = default_registry()


def ids(notice: Notice, **fields: object) -> list[int]:
    return [t.id for t in filter_tasks(notice, TaskFilter(**fields), REGISTRY)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"keywords": ("隐患",)}, [6, 23, 48, 54, 58, 65, 83]),
        ({"keywords": ("隐患", "消防")}, [6, 23, 30, 31, 48, 54, 58, 61, 65, 83]),
        ({"keywords": ("隐患", "消防"), "all_keywords": True}, [65]),
        ({"patterns": ("^建立.*专家库",)}, [33]),
        ({"patterns": ("^建立.*专家库", "12350")}, [33, 83]),
        ({"years": (2020,)}, [34, 60]),
        ({"years": (2020,), "groups": (4,)}, [60]),
        ({"groups": (1, 5), "years": (2019,)}, [71, 73, 74, 86]),
        ({"departments": ("州公路局", "州旅发委")}, [15, 34, 66]),
        ({"departments": ("州公路局", "州旅发委"), "until": 2018}, [15]),
    ],
)
def test_filters(bundled: Notice, fields: dict[str, object], expected: list[int]) -> None:
    assert ids(bundled, **fields) == expected


def test_bad_pattern_is_a_usage_error(bundled: Notice) -> None:
    with pytest.raises(UsageError, match="invalid regular expression"):
        ids(bundled, patterns=("([",))


def test_deadline_order_puts_earlier_ends_first_and_undated_last(bundled: Notice) -> None:
    ordered = by_deadline(list(bundled.tasks))
    ends = [t.due_date for t in ordered if t.due_date]
    assert ends == sorted(ends)
    assert all(t.due_date is None for t in ordered[len(ends) :])


def test_match_spans_finds_every_occurrence_width_insensitively() -> None:
    text = "加强隐患排查，隐患治理；ABC"
    assert match_spans(TaskFilter(keywords=("隐患",)), text) == [(2, 4), (7, 9)]
    assert match_spans(TaskFilter(keywords=("ＡＢＣ",)), text) == [(12, 15)]
    assert match_spans(TaskFilter(patterns=("排查|治理",)), text) == [(4, 6), (9, 11)]


def test_search_keeps_every_match_of_a_block(bundled: Notice) -> None:
    hits = search(bundled, "安全生产")
    assert all(hit.spans[0] == (hit.start, hit.end) for hit in hits)
    assert max(len(hit.spans) for hit in hits) > 3
    for hit in hits:
        assert all(hit.text[a:b] == "安全生产" for a, b in hit.spans)


# clauses and annex sub-groups numbered anew in each part share their numbers: a task's titles and the clause it
# implements are those of its own part (an invented county)
RESTARTED = """\
西岭县人民政府办公室关于印发西岭县文明城市创建工作任务分工的通知
各乡镇人民政府，县直各部门：
现将《西岭县文明城市创建工作任务分工》印发给你们，请认真落实。
一、提升城市环境
（一）整治市容市貌。开展市容整治。（责任单位：县城管局）
（二）改善交通秩序。规范停车管理。（责任单位：县公安局）
二、提升文明素质
（一）深化志愿服务。壮大志愿者队伍。（责任单位：团县委）
西岭县人民政府办公室
2025年2月10日
附件
西岭县文明城市创建工作任务分工表
序号\t工作任务\t责任单位\t完成时限
一、提升城市环境
（一）整治市容市貌
1\t清理占道经营。\t县城管局\t2025年6月底前
二、提升文明素质
（一）深化志愿服务
2\t注册志愿者达到常住人口13%。\t团县委\t2025年10月底前
"""


@pytest.mark.parametrize(
    ("source", "starts", "titles", "implements"),
    [
        ("annex", "清理占道", ("提升城市环境", "整治市容市貌"), (1, "整治市容市貌")),
        ("annex", "注册志愿者", ("提升文明素质", "深化志愿服务"), (2, "深化志愿服务")),
    ],
)
def test_titles_and_clause_of_a_task_come_from_its_own_part(
    source: str, starts: str, titles: tuple[str, str], implements: tuple[int, str]
) -> None:
    from policy_cli.parse import parse_text
    from policy_cli.query import group_titles, linked_clause

    notice = parse_text(RESTARTED)
    task = next(t for t in notice.tasks if t.source == source and t.text.startswith(starts))
    assert group_titles(notice, task) == titles
    linked = linked_clause(notice, task)
    assert linked is not None and (linked[0], linked[1].title) == implements
