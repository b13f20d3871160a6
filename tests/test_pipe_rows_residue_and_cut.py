"""Pipe tables as content farms and cut pages leave them: every cell closed by a `?` a lost character left
(`1? | 推进…。? | 周某? 吴某? | 县科技局? |`) is read without it, while a `?` one cell ends with is the
cell's own; a row opening with its own 序号 that the page cut short is a row of its own, never merged with
the row above. The notices are written for the test (invented places and people)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "附件\n2025年《政府工作报告》工作任务分解表\n"


def _table(*rows: str) -> str:
    return _HEAD + "\n".join(rows) + "\n"


_RESIDUE = _table(
    "序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |",
    "1? | 云溪新城要加快建设数字经济产业园,引进科技型企业30家。? | 周明? 吴芳? | 云溪新城管委会? |",
    "2? | 南湖开发区要推进装备制造业提质,规模工业增加值增长8%。? | 吴芳? | 南湖开发区管委会? |",
)
_CLEAN = _RESIDUE.replace("? |", " |")


@pytest.mark.parametrize("text", [_RESIDUE, _CLEAN], ids=["residue", "clean"])
def test_a_pipe_table_whose_cells_close_with_residue_is_read(text: str) -> None:
    tasks = parse_text(text).tasks
    assert [(t.text, t.departments, t.lead) for t in tasks] == [
        ("云溪新城要加快建设数字经济产业园,引进科技型企业30家。", ("云溪新城管委会",), ("云溪新城管委会",)),
        ("南湖开发区要推进装备制造业提质,规模工业增加值增长8%。", ("南湖开发区管委会",), ("南湖开发区管委会",)),
    ]


def test_a_question_mark_one_cell_ends_with_is_its_own() -> None:
    text = _table(
        "序号 | 工作任务 | 责任单位 |",
        "1 | 开展“群众满意吗?”回访活动 | 县信访局 |",
        "2 | 推进城乡供水一体化 | 县水利局 |",
    )
    assert [t.text for t in parse_text(text).tasks] == ["开展“群众满意吗?”回访活动", "推进城乡供水一体化"]


_PIPES = (
    "序号 | 重点工作任务 | 牵头领导 | 牵头单位 |",
    "1 | 云溪新城要加快建设数字经济产业园,引进科技型企业30家。 | 周明 | 云溪新城管委会 |",
    "2 | 南湖新城要坚持城南副中心、科创新高地定位,加快推进",
)


@pytest.mark.parametrize(
    "rows", [_PIPES, tuple(r.strip(" |").replace(" | ", "\t") for r in _PIPES)], ids=["pipes", "tabs"]
)
def test_a_row_with_its_own_number_cut_short_merges_with_no_row_above(rows: tuple[str, ...]) -> None:
    text = _table(*rows)
    tasks = parse_text(text).tasks
    assert len(tasks) == 2
    assert (tasks[1].text, tasks[1].departments) == ("南湖新城要坚持城南副中心、科创新高地定位,加快推进", ())
