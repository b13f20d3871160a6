"""A task table set in a fixed-width font (runs of spaces pad each cell to its column), a row's cells wrapped
onto the next line: the task's text goes on under the task cell, a person's name under the leaders' cell, and
a units cell's last name, cut by the wrap, is completed by the piece under it (县发展改革局、河口工业园 /
管委会; 县水利局，各乡镇人民 / 政府). Near forms: a piece under a units cell that is a whole unit of its own
with no 、 before it, and a piece under a deadline cell, leave the line unread and warned. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

from .fixed_width import spaced_row

HEAD = (
    "河口县人民政府关于印发2023年县政府重点工作分解的通知\n\n河政发〔2023〕3号\n\n各乡镇人民政府、县直各单位：\n"
    "    现将2023年县政府重点工作分解印发给你们，请抓好落实。\n\n河口县人民政府\n2023年2月10日\n\n"
    "2023年县政府重点工作分解\n\n"
)
WIDTHS = (6, 34, 18, 20, 26)  # 序号, 工作任务, 责任领导, 牵头单位, 配合单位, then 完成时限


def _row(*cells: str) -> str:
    return spaced_row(WIDTHS, *cells)


def _table(rows: list[tuple[str, ...]]) -> str:
    return (
        HEAD
        + "\n".join(_row(*r) for r in [("序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"), *rows])
        + "\n"
    )


def test_wrapped_cells_go_on_in_their_columns() -> None:
    notice = parse_text(
        _table(
            [
                ("1", "新建标准厂房10万平方米，", "副县长", "县工信局", "县发展改革局、河口工业园", "2023年12月"),
                ("", "引进企业8家", "周 明", "", "管委会"),
                ("2", "建设高标准农田2万亩，", "副县长", "县农业农村局", "县水利局，各乡镇人民", "2023年10月"),
                ("", "配套建设灌溉设施", "吴立", "", "政府"),
            ]
        )
    )
    assert [t.text for t in notice.tasks] == [
        "新建标准厂房10万平方米，引进企业8家",
        "建设高标准农田2万亩，配套建设灌溉设施",
    ]
    assert [t.partners for t in notice.tasks] == [("县发展改革局", "河口工业园管委会"), ("县水利局", "各乡镇人民政府")]
    assert [t.leaders for t in notice.tasks] == [("副县长周明",), ("副县长吴立",)]
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]


@pytest.mark.parametrize(
    "wrapped",
    [
        ("", "引进企业8家", "", "", "县商务局"),  # a whole unit with no 、 before it: no part of the name above
        ("", "引进企业8家", "", "", "", "县商务局"),  # a unit under the deadline cell
    ],
)
def test_pieces_fitting_no_cell_leave_the_line_warned(wrapped: tuple[str, ...]) -> None:
    notice = parse_text(
        _table(
            [("1", "新建标准厂房10万平方米，", "副县长", "县工信局", "县发展改革局、河口工业园", "2023年12月"), wrapped]
        )
    )
    assert notice.tasks[0].partners == ("县发展改革局", "河口工业园")
    assert [w for w in notice.warnings if w.code == "annex-unparsed"]


@pytest.mark.parametrize(
    ("cut", "rest", "due"), [("2023年12月", "底前", "2023年12月底前"), ("2023—2024", "年", "2023—2024年")]
)
def test_a_deadline_the_cell_s_width_cut_is_completed(cut: str, rest: str, due: str) -> None:
    notice = parse_text(
        _table(
            [
                ("1", "新建标准厂房10万平方米，", "副县长", "县工信局", "县发展改革局、", cut),
                ("", "引进企业8家", "", "", "县财政局", rest),
            ]
        )
    )
    assert (notice.tasks[0].due, notice.tasks[0].partners) == (due, ("县发展改革局", "县财政局"))


def test_a_units_cell_going_on_over_two_more_lines_is_read_whole() -> None:
    # 县发展改革局、 / 县财政局、 (beside the task's wrapped text) / 各乡镇人民政府 (alone under the cell)
    notice = parse_text(
        _table(
            [
                ("1", "新建标准厂房10万平方米，", "副县长", "县工信局", "县发展改革局、", "2023年12月底前"),
                ("", "引进企业8家", "", "", "县财政局、", ""),
                ("", "", "", "", "各乡镇人民政府", ""),
            ]
        )
    )
    assert notice.tasks[0].partners == ("县发展改革局", "县财政局", "各乡镇人民政府")
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]
