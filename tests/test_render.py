"""The renderer: every format from a view, readable tables at any width, nothing read as markup."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.cells import cell_len

from policy_cli import query, views
from policy_cli.models import Notice
from policy_cli.registry import default_registry
from policy_cli.render import render

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _draw(view: views.View, fmt: str = "table", width: int | None = None) -> str:
    out = io.StringIO()
    render(view, fmt, out, width=width)
    return out.getvalue()


@pytest.mark.parametrize("width", [40, 60, 100])
def test_unit_names_and_dates_stay_whole_at_narrow_widths(bundled: Notice, width: int) -> None:
    found = [t for t in bundled.tasks if t.id in (15, 34, 66)]
    table = _draw(views.tasks(found), width=width)
    cells = [line.split("│")[3].strip() for line in table.splitlines() if line.startswith("│")]
    names = {d for t in found for d in t.departments}
    assert {c for c in cells if c} <= names  # one whole unit name a line, never a piece of one
    assert {"2018年", "2020年", "2019年"} <= set(re.findall(r"\d{4}年", table))


def test_count_is_the_caption_after_the_table(bundled: Notice) -> None:
    table = _draw(views.tasks(bundled.tasks), width=80)
    assert table.rstrip().splitlines()[-1].strip() == "86 tasks"
    assert table.splitlines()[0].startswith("┏")


@pytest.mark.parametrize("width", [40, 60, 120])
def test_stats_bars_fit_the_width(bundled: Notice, width: int) -> None:
    table = _draw(views.stats(query.tasks_by_year(bundled), query.tasks_by_group(bundled)), width=width)
    assert max(cell_len(line) for line in table.splitlines()) <= width
    assert "█" in table


def test_every_match_is_highlighted(bundled: Notice, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    hits = query.search(bundled, "安全", use_regex=False)
    view = views.search_hits(hits[:3], 200)
    marked = sum(len(r["_spans"]) for r in view.records)
    assert marked > 3  # more than one match a block
    table = _draw(view, width=400)
    assert len(re.findall(r"\x1b\[1;7m安全", table)) == marked


def test_keyword_matches_are_highlighted_in_task_text(bundled: Notice, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    flt = query.TaskFilter(keywords=("隐患", "排查"))
    found = query.filter_tasks(bundled, flt, default_registry())
    view = views.tasks(found, marks=lambda text: query.match_spans(flt, text))
    table = _draw(view, width=400)
    expected = sum(t.text.count("隐患") + t.text.count("排查") for t in found)
    assert len(re.findall(r"\x1b\[1;7m(隐患|排查)", table)) == expected


def test_notice_text_is_never_markup(bundled: Notice) -> None:
    record = {"level": 1, "kind": "part", "label": "一、", "title": "[bold]总体[/b]要求[/]", "line": 1}
    tree = views.View([record], ("level", "kind", "label", "title", "line"), shape=views.TREE, title="[red]标题[/]")
    drawn = _draw(tree)
    assert "[red]标题[/]" in drawn and "一、[bold]总体[/b]要求[/]" in drawn
    rows = views.View([{"text": "[/b]"}], ("text",), title="[/]", caption="[/i]")
    assert "[/b]" in _draw(rows) and "[/i]" in _draw(rows)


def test_machine_formats_one_record_a_line(bundled: Notice) -> None:
    view = views.View([{"a": "x\ty\nz", "b": ["甲", "乙"]}], ("a", "b"))
    assert _draw(view, "tsv") == "a\tb\nx\\ty\\nz\t甲、乙\n"
    assert json.loads(_draw(view, "json")) == [{"a": "x\ty\nz", "b": ["甲", "乙"]}]
    assert _draw(view, "md").splitlines()[2] == "| x\\ty\\nz | 甲、乙 |"
    assert _draw(view, "excel-csv") == '\ufeffa,b\r\n"x\ty\nz",甲、乙\r\n'
    assert _draw(view, "csv") == 'a,b\n"x\ty\nz",甲、乙\n'


def test_one_record_views(bundled: Notice) -> None:
    task = bundled.tasks[11]
    view = views.task(bundled, task, default_registry())
    assert _draw(view, "tsv").splitlines()[:3] == ["field\tvalue", "id\t12", "path\t一/（五）/12"]
    assert json.loads(_draw(view, "json"))["clause_line"] == 44
