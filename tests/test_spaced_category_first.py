"""A task table whose cells runs of spaces separate, under a header opening with its category column, then
序号 (类别  序号  主要任务  牵头单位  配合单位  完成时限): a group's first row carries the group's cell before its
number (一、交通  1  改建…), later rows of the group open with their number (the merged cell left empty, its
spaces lost with the line's start). Every row is a task of its group; no row is dropped."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "青禾市2025年城乡建设任务分解表\n\n"
    "类别      序号  主要任务                牵头单位          配合单位        完成时限\n"
)


@pytest.mark.parametrize("first, second", [("一、交通", "二、水利"), ("交通    ", "水利    ")])
def test_rows_opening_with_their_group_cell(first: str, second: str) -> None:
    notice = parse_text(
        HEAD
        + f"{first}  1     改建县道20公里。        市交通运输局      市自然资源局    2025年10月底前\n"
        + "          2     新建桥梁2座。           市交通运输局      市财政局        2025年12月底前\n"
        + f"{second}  3     除险加固水库3座。       市水利局          市应急管理局    2025年5月底前\n"
    )
    assert [(t.text, t.group, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("改建县道20公里。", 1, ("市交通运输局",), ("市自然资源局",), "2025年10月底前"),
        ("新建桥梁2座。", 1, ("市交通运输局",), ("市财政局",), "2025年12月底前"),
        ("除险加固水库3座。", 2, ("市水利局",), ("市应急管理局",), "2025年5月底前"),
    ]
    assert not [w for w in notice.warnings if w.code in ("table-row-unclear", "annex-unparsed")]


def test_number_first_header_reads_as_before() -> None:
    notice = parse_text(
        "青禾市2025年城乡建设任务分解表\n\n"
        "序号  类别      主要任务                牵头单位          配合单位        完成时限\n"
        "1     交通      改建县道20公里。        市交通运输局      市自然资源局    2025年10月底前\n"
        "2               新建桥梁2座。           市交通运输局      市财政局        2025年12月底前\n"
    )
    assert [(t.text, t.lead) for t in notice.tasks] == [
        ("改建县道20公里。", ("市交通运输局",)),
        ("新建桥梁2座。", ("市交通运输局",)),
    ]


def test_a_row_whose_pieces_are_not_one_a_column_is_not_cut_by_guess_and_is_warned() -> None:
    # the task cell holds a run of spaces of its own: its pieces are more than the columns, the row is left as it is
    notice = parse_text(
        HEAD
        + "一、交通  1     改建县道20公里。        市交通运输局      市自然资源局    2025年10月底前\n"
        + "          2     新建桥梁2座，  配套引道。  市交通运输局      市财政局        2025年12月底前\n"
    )
    assert [t.text for t in notice.tasks] == ["改建县道20公里。"]
    assert any(w.line == 5 for w in notice.warnings)  # never dropped silently
