"""Views: which records and columns each format shows, captions, and where highlights fall in snippets."""

from __future__ import annotations

from itertools import pairwise

from policy_cli import views
from policy_cli.i18n import set_language
from policy_cli.models import Notice
from policy_cli.query import Hit


def test_columns_for_each_format(bundled: Notice) -> None:
    view = views.tasks(bundled.tasks[:2])
    assert list(view.columns_for("table")) == ["id", "due", "departments", "text"]
    assert list(view.columns_for("tsv")) == list(views.TASK_COLUMNS)
    data = list(view.columns_for("json"))
    assert data[:3] == ["id", "path", "source"] and "due_date" in data and "_spans" not in data
    assert view.caption == "2 tasks"


def test_snippet_spans_follow_the_ellipsis() -> None:
    text = "一二三四五六七八九十隐患一二三隐患四五六七八九十"
    spans = ((10, 12), (15, 17))
    hit = Hit("task", "task 1", 3, text, 10, 12, spans)
    [near] = views.search_hits([hit], 3).records
    assert near["snippet"] == "…八九十隐患一二三…"
    assert [near["snippet"][a:b] for a, b in near["_spans"]] == ["隐患"]  # the second match is out of the snippet
    [record] = views.search_hits([hit], 6).records
    snippet = record["snippet"]
    assert snippet == "…五六七八九十隐患一二三隐患四…"
    assert [snippet[a:b] for a, b in record["_spans"]] == ["隐患", "隐患"]
    [whole] = views.search_hits([hit], 100).records
    assert not whole["snippet"].startswith("…") and [whole["snippet"][a:b] for a, b in whole["_spans"]] == ["隐患"] * 2


def test_due_captions_in_both_languages() -> None:
    assert views.due_caption(1, [2018], None) == "1 task due in 2018"
    assert views.due_caption(3, [2018, 2019], 2019) == "3 tasks due in 2018, 2019 (by 2019)"
    assert views.due_caption(2, [], 2019) == "2 tasks due by 2019"
    try:
        set_language("zh")
        assert views.due_caption(2, [], 2019) == "2 项任务在 2019 年及以前到期"
    finally:
        set_language("en")


def test_outline_is_a_tree_of_levels(bundled: Notice) -> None:
    view = views.outline(bundled)
    assert view.shape == views.TREE and view.title == bundled.metadata.title
    levels = [r["level"] for r in view.records]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in pairwise(levels))
