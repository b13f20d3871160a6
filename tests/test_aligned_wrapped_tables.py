"""A task table set in a fixed-width font whose cells wrap onto the lines under them (a PDF's text as extracted):
each row is put back on one line, its cells joined under their columns, its header's names stacked (序 ⏎ 号)
and a name spanning columns (责任单位 over 牵头单位 and 配合单位) left out. Tables that do not wrap, or whose
lines do not stand at the rows' columns, are left as written; and a text of the genre whose table header the
parser cannot read is kept and warned, never refused."""

from __future__ import annotations

import unicodedata

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.aligned import join_aligned_tables

COVER = (
    "某县水利局文件\n某水〔2025〕7号\n\n某县水利局关于印发《某县河湖治理任务分解表》的通知\n\n"
    "各乡镇人民政府，县直有关单位：\n　　现将任务分解表印发给你们，请抓好落实。\n\n某县水利局\n2025年2月10日\n\n"
    "附件\n          某县河湖治理任务分解表\n"
)
STOPS = (1, 5, 31, 47, 63)  # where each column starts in print: 序号, task, lead, partners, deadline


def _line(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its column in print (a wide character two wide)."""
    out, width = "", 0
    for column, text in cells:
        out += " " * max(column - width, 0) + text
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in out)
    return out


HEADER = "\n".join(
    [
        _line((1, "序"), (37, "责 任 单 位")),
        _line((8, "治 理 任 务"), (63, "完成时限")),
        _line((1, "号"), (31, "牵头单位"), (47, "配合单位")),
    ]
)
ROWS = [
    [
        _line((1, "1"), (5, "清理河道沿岸垃圾堆放点，"), (31, "县水利局"), (47, "县农业农村"), (63, "2025年")),
        _line((5, "建立巡河台账"), (47, "局"), (63, "5月底前")),
    ],
    [
        _line((1, "2"), (5, "推进重点河段生态护岸建设"), (31, "县水利局"), (47, "县自然资源局"), (63, "2025—")),
        _line((47, "、县财政局"), (63, "2026年")),
    ],
    [
        _line((1, "3"), (5, "开展入河排污口排查整治"), (31, "县生态环境"), (47, "各乡镇人民"), (63, "长期坚持")),
        _line((31, "分局"), (47, "政府")),
    ],
]


def _table(rows: list[list[str]], header: str = HEADER) -> str:
    return COVER + header + "\n\n" + "\n\n".join("\n".join(row) for row in rows) + "\n"


def test_wrapped_cells_are_joined_under_their_columns() -> None:
    notice = parse_text(_table(ROWS))
    assert [t.text for t in notice.tasks] == [
        "清理河道沿岸垃圾堆放点，建立巡河台账",
        "推进重点河段生态护岸建设",
        "开展入河排污口排查整治",
    ]
    assert [t.lead for t in notice.tasks] == [("县水利局",), ("县水利局",), ("县生态环境分局",)]
    assert notice.tasks[0].partners == ("县农业农村局",)
    assert notice.tasks[1].partners == ("县自然资源局", "县财政局")
    assert notice.tasks[2].partners == ("各乡镇人民政府",)
    assert [t.due for t in notice.tasks] == ["2025年5月底前", "2025—2026年", "长期坚持"]


def test_the_header_is_stacked_by_column_and_a_spanning_name_left_out() -> None:
    lines = join_aligned_tables(_table(ROWS)).split("\n")
    assert "序号\t治理任务\t牵头单位\t配合单位\t完成时限" in lines


@pytest.mark.parametrize(
    "rows",
    [
        # no cell wraps: the table readers read the rows as they stand
        [[row[0]] for row in ROWS],
        # numbers not consecutive (1, 3): no rows of one table
        [ROWS[0], [ROWS[2][0].replace("3", "5", 1), *ROWS[2][1:]]],
        # a unit whole under a unit whole, no 、 between: another unit or more of the name, not guessed
        [
            [
                _line((1, "1"), (5, "清理河道沿岸垃圾堆放点，"), (31, "县水利局"), (47, "县财政局"), (63, "2025年")),
                _line((5, "建立巡河台账"), (47, "县审计局"), (63, "5月底前")),
            ],
            ROWS[1],
        ],
    ],
    ids=["no-wrap", "numbers-not-consecutive", "unit-under-unit"],
)
def test_tables_not_wrapped_or_not_one_table_are_left_as_written(rows: list[list[str]]) -> None:
    text = _table(rows)
    assert join_aligned_tables(text) == text


def test_a_line_under_a_row_standing_at_no_column_ends_the_table() -> None:
    note = _line((0, "注：牵头单位负责汇总进展。"))
    text = _table([ROWS[0], ROWS[1]]) + note + "\n"
    joined = join_aligned_tables(text).split("\n")
    assert note in joined  # the note stays a line of its own
    assert any(line.startswith("2\t推进重点河段") for line in joined)


def test_a_header_the_parser_cannot_read_is_warned_not_refused() -> None:
    # a header naming units columns but no task column, over rows wrapped inside their cells: a text of the
    # genre whose table is not read, its head kept and the text warned
    header = "\n".join([_line((1, "序"), (37, "责 任 单 位")), _line((1, "号"), (31, "牵头单位"), (47, "配合单位"))])
    text = _table(ROWS, header)
    assert join_aligned_tables(text) == text
    notice = parse_text(text)
    assert notice.metadata.doc_number == "某水〔2025〕7号"
    assert any(w.code == "table-header-unread" for w in notice.warnings)
