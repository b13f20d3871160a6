"""A task table set in a fixed-width font (a PDF copy) whose units cell the page wrapped inside a unit's name: the
piece under it completes the name where that is sure (a short start that is no unit's name, 县发展 / 改革局、县财政局,
县自 / 然资源局, 各乡 / （镇）人民政府; a company's legal form under a group's name, 某集团 / 有限公司), never
leaving the cut start as a unit. Near forms: a whole unit under a whole unit's name is no continuation. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

from .fixed_width import spaced_row

HEAD = (
    "青禾县人民政府办公室关于印发2024年重点工作分解的通知\n\n青政办发〔2024〕4号\n\n各乡镇人民政府，县直各单位：\n"
    "    现将2024年重点工作分解印发给你们，请抓好落实。\n\n青禾县人民政府办公室\n2024年2月1日\n\n"
    "2024年重点工作分解\n\n"
)
WIDTHS = (6, 34, 30)  # 序号, 重点工作, 责任单位, then 完成时限


def _row(*cells: str) -> str:
    return spaced_row(WIDTHS, *cells)


def _table(rows: list[tuple[str, ...]]) -> str:
    return HEAD + "\n".join(_row(*r) for r in [("序号", "重点工作", "责任单位", "完成时限"), *rows]) + "\n"


@pytest.mark.parametrize(
    ("cut", "under", "units"),
    [
        ("县工信局、县发展", "改革局、县财政局", ("县工信局", "县发展改革局", "县财政局")),
        ("县教育局、县自", "然资源局", ("县教育局", "县自然资源局")),
        ("县民政局，各乡", "（镇）人民政府", ("县民政局", "各乡（镇）人民政府")),
        ("县交通局、青禾交通投资集团", "有限公司", ("县交通局", "青禾交通投资集团有限公司")),
    ],
    ids=["cut-then-units", "cut-long-rest", "cut-before-bracket", "company-form"],
)
def test_cut_name_completed_by_the_piece_under_it(cut: str, under: str, units: tuple[str, ...]) -> None:
    notice = parse_text(_table([("1", "新建乡村公路20公里，同步完善", cut, "2024年12月"), ("", "安保设施。", under)]))
    assert [t.departments for t in notice.tasks] == [units]
    assert notice.tasks[0].text == "新建乡村公路20公里，同步完善安保设施。"
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]


def test_a_whole_unit_under_a_whole_unit_is_no_continuation() -> None:
    notice = parse_text(
        _table(
            [("1", "新建乡村公路20公里，同步完善", "县交通局、县财政局", "2024年12月"), ("", "安保设施。", "有限公司")]
        )
    )
    assert "县财政局有限公司" not in notice.tasks[0].departments


def test_a_cut_name_not_surely_completed_is_warned_and_no_unit() -> None:
    # (the piece under the units cell ends in a name with no unit's ending: the continuation is not sure)
    notice = parse_text(
        _table(
            [
                ("1", "新建乡村公路20公里，同步完善", "县工信局、县发展", "2024年12月"),
                ("", "安保设施。", "改革局、县财政局、交通运输"),
            ]
        )
    )
    assert notice.tasks[0].departments == ("县工信局",)
    assert [w.line for w in notice.warnings if w.code == "unit-name-cut"] == [notice.tasks[0].line + 1]


@pytest.mark.parametrize(
    ("cut", "under", "units"),
    [
        # a short unit over a piece opening a unit of its own: not glued, the row left as written (warned)
        ("县工信局、县移动", "联通公司负责", ("县工信局", "县移动")),
        ("县工信局、县电信", "移动公司、联通公司", ("县工信局", "县电信")),
        ("县金融办、县农商行", "邮储银行县支行", ("县金融办", "县农商行")),
        # a bare ending under a short unit is its rest
        ("县工信局、县移动", "公司、县电信公司", ("县工信局", "县移动公司", "县电信公司")),
    ],
    ids=["short-over-company", "short-over-companies", "short-over-bank", "short-over-bare-ending"],
)
def test_a_short_unit_over_a_line_under_it(cut: str, under: str, units: tuple[str, ...]) -> None:
    notice = parse_text(_table([("1", "推进通信网络建设，实现行政村", cut, "2024年12月"), ("", "全覆盖。", under)]))
    assert [t.departments for t in notice.tasks] == [units]
    assert not [w for w in notice.warnings if w.code == "unit-name-cut"]


@pytest.mark.parametrize(
    ("cut", "under", "wrapped", "units"),
    [
        # a known short form over a bare ending: its rest where the line lines up, else whole as written (kept)
        ("县工信局、县电信", "分公司", True, ("县工信局", "县电信分公司")),
        ("县工信局、县电信", "分公司", False, ("县工信局", "县电信")),
        ("县商务局、县邮政", "管理局", False, ("县商务局", "县邮政")),
        # surely cut, the line not read: dropped, warned
        ("县工信局、县发展", "改革局、县财政局、交通运输", True, ("县工信局",)),
    ],
)
def test_only_a_surely_cut_name_is_dropped(cut: str, under: str, wrapped: bool, units: tuple[str, ...]) -> None:
    task = ("推进光纤网络建设，实现行政村", "全覆盖。") if wrapped else ("推进光纤网络建设", "")
    notice = parse_text(_table([("1", task[0], cut, "2024年12月"), ("", task[1], under)]))
    assert [t.departments for t in notice.tasks] == [units]
    assert bool([w for w in notice.warnings if w.code == "unit-name-cut"]) == (len(units) == 1)


def test_the_task_text_under_the_row_is_never_read_as_a_cut_name() -> None:
    # (改革局… stands under the task column: the task's text, never the rest of 县发展; the row as written, warned)
    notice = parse_text(
        _table([("1", "推进政务服务体制", "县政务办、县发展", "2024年12月"), ("", "改革局", "县财政局")])
    )
    assert "县发展" in notice.tasks[0].departments
    assert not [w for w in notice.warnings if w.code == "unit-name-cut"]
