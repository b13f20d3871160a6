"""Rows numbered under a task number with a dash (1-1, 1-2, 2-1), as with a dot (2.1): each row is a task of its
own, a second row under one number sharing it with a warning, never the whole table left unread. Near misses:
a 序号 cell that is a date or a range (2025-6, 1—3) is no such number."""

from __future__ import annotations

import pytest

from policy_cli import patterns as P
from policy_cli.decode import fold
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("cell", "number"),
    [("1-1", (1, 1)), ("12－3", (12, 3)), ("2025-6", None), ("1—3", None), ("1-", None), ("2.1", None)],
)
def test_a_dashed_subnumber_cell(cell: str, number: tuple[int, int] | None) -> None:
    found = P.SUBNUMBER_DASH_CELL.match(fold(cell))
    assert (None if found is None else (int(found["num"]), int(found["sub"]))) == number


def test_rows_numbered_with_a_dash_are_read() -> None:
    text = (
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1-1\t推行一窗通办\t县政务服务中心\t2025年6月底前\n"
        "1-2\t开展好差评\t县政务服务中心\t2025年9月底前\n"
        "2-1\t开展用地保障\t县自然资源局\t2025年12月底前\n"
    )
    notice = parse_text(text)
    assert sorted(t.text for t in notice.tasks) == ["开展好差评", "开展用地保障", "推行一窗通办"]
    assert len({t.id for t in notice.tasks}) == 3
    assert [w.code for w in notice.warnings if w.code == "row-number-shared"] == ["row-number-shared"]
