"""A table whose 序号 column follows its category column (类别 | 序号 | 工作任务 | …), each group numbering its
rows from 1 again: each row keeps its own number in its path (二/1), the ids made unique with one
task-renumbered warning, never counted over silently. Near misses: rows numbered on through the groups keep
their numbers with no warning; a category cell merged down its rows (left empty) changes nothing."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "类别\t序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"


def _rows(numbers: tuple[int, int, int, int]) -> str:
    a, b, c, d = numbers
    return (
        f"一、政务服务\t{a}\t推行一件事一次办改革\t县政务服务中心\t县司法局\t2025年6月底前\n"
        f"\t{b}\t完善帮代办服务机制\t县政务服务中心\t县大数据中心\t2025年9月底前\n"
        f"二、要素保障\t{c}\t开展工业用地标准地出让\t县自然资源局\t县发展改革局\t2025年12月底前\n"
        f"\t{d}\t落实惠企政策直达快享\t县财政局\t县税务局\t2025年11月底前\n"
    )


@pytest.mark.parametrize(
    ("numbers", "paths", "renumbered"),
    [
        ((1, 2, 1, 2), ["一/1", "一/2", "二/1", "二/2"], True),
        ((1, 2, 3, 4), ["一/1", "一/2", "二/3", "二/4"], False),  # near miss: numbered on through the groups
        ((1, 2, 3, 5), ["一/1", "一/2", "二/3", "二/5"], False),  # its own numbers, a gap kept as written
    ],
)
def test_rows_keep_their_own_number_after_the_category(
    numbers: tuple[int, int, int, int], paths: list[str], renumbered: bool
) -> None:
    notice = parse_text(HEADER + _rows(numbers))
    assert [t.path for t in notice.tasks] == paths
    assert len({t.id for t in notice.tasks}) == 4
    assert any(w.code == "task-renumbered" for w in notice.warnings) is renumbered
    assert [t.lead for t in notice.tasks] == [
        ("县政务服务中心",),
        ("县政务服务中心",),
        ("县自然资源局",),
        ("县财政局",),
    ]
    assert notice.tasks[2].text == "开展工业用地标准地出让"
