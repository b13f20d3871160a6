"""A page's metadata table whose labels stand in square brackets, each cell closed by a bar
(`[ 索引号 ] | … | [ 发文字号 ] | … |`): every value is the cell after its label, never the bracket that
closes the label.

Invented places and numbers; the rows are written the way such a portal lays its table out.
"""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = "柳湾县发展和改革局关于印发柳湾县粮食仓储改造实施方案的通知"
TO = "各乡镇人民政府，县直各部门："
SENT = "现将《柳湾县粮食仓储改造实施方案》印发给你们，请认真贯彻执行。"
BODY = "一、重点任务\n（一）改造粮库。（县粮食中心负责，2024年底前）\n"


def _meta(rows: list[str]):  # type: ignore[no-untyped-def]
    return parse_text("\n".join([*rows, COVER, TO, SENT, BODY])).metadata


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            [
                "[ 索引号 ] | 3305220000/2024-00031 | [ 发文字号 ] | 柳发改发〔2024〕6号 |",
                "[ 主题分类 ] | 粮食 | [ 体裁分类 ] | 通知 |",
                "[ 成文日期 ] | 2024-03-11 | [ 发布日期 ] | 2024-03-15 |",
            ],
            ("3305220000/2024-00031", "柳发改发〔2024〕6号", "粮食", "2024-03-11", "2024-03-15"),
        ),
        # the same labels with no space inside the brackets
        (
            ["[索引号] | 3305220000/2024-00031 | [发文字号] | 柳发改发〔2024〕6号 |", "[成文日期] | 2024-03-11 |"],
            ("3305220000/2024-00031", "柳发改发〔2024〕6号", None, "2024-03-11", None),
        ),
        # near misses, read as before: a bare label and its value a space apart; a label with its colon
        (
            ["索引号 3305220000/2024-00031 发文字号 柳发改发〔2024〕6号"],
            ("3305220000/2024-00031", "柳发改发〔2024〕6号", None, None, None),
        ),
        (
            ["索引号: 3305220000/2024-00031 | 主题分类: 粮食 |"],
            ("3305220000/2024-00031", None, "粮食", None, None),
        ),
    ],
    ids=["spaced-brackets", "tight-brackets", "bare-labels", "colon-labels"],
)
def test_a_bracketed_label_gives_the_cell_after_it(rows: list[str], want: tuple[str | None, ...]) -> None:
    meta = _meta(rows)
    assert (
        meta.index_number,
        meta.doc_number_normalized,
        meta.category,
        meta.signed,
        meta.published,
    ) == want
    assert meta.title == COVER
