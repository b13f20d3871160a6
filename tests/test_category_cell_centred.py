"""A category column whose first rows are empty and whose first category stands halfway down (a merged cell
written in the middle of its rows, as a PDF centres it): which rows each category covers cannot be told, so the
table is read as before and row-category-guessed is warned at that cell. Near misses: a category in the table's
first row (merged cells written at their top), and a table whose groups are section rows, are not warned."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEADER = "类别\t序号\t工作任务\t责任单位\t完成时限\n"


@pytest.mark.parametrize(
    ("rows", "warned_at"),
    [
        (
            "\t1\t推行一窗通办\t县政务服务中心\t2025年6月底前\n"
            "政务服务\t2\t开展好差评\t县政务服务中心\t2025年9月底前\n"
            "\t3\t开展用地保障\t县自然资源局\t2025年12月底前\n"
            "要素保障\t4\t落实惠企资金\t县财政局\t2025年8月底前\n",
            2,
        ),
        (
            "政务服务\t1\t推行一窗通办\t县政务服务中心\t2025年6月底前\n"
            "\t2\t开展好差评\t县政务服务中心\t2025年9月底前\n"
            "要素保障\t3\t开展用地保障\t县自然资源局\t2025年12月底前\n"
            "\t4\t落实惠企资金\t县财政局\t2025年8月底前\n",
            None,
        ),
        (
            "一、政务服务\n"
            "\t1\t推行一窗通办\t县政务服务中心\t2025年6月底前\n"
            "\t2\t开展好差评\t县政务服务中心\t2025年9月底前\n",
            None,
        ),
    ],
    ids=["centred", "at-the-top", "section-rows"],
)
def test_a_category_first_written_halfway_down_is_warned(rows: str, warned_at: int | None) -> None:
    notice = parse_text(HEADER + rows)
    warned = [w.line for w in notice.warnings if w.code == "row-category-guessed"]
    assert warned == ([] if warned_at is None else [warned_at + 1])
    assert [t.departments[0] for t in notice.tasks][:2] == ["县政务服务中心", "县政务服务中心"]
