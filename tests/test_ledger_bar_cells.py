"""A progress ledger scraped one cell a line, each cell closed by a bar (序 号 | ⏎ 年度目标 | ⏎ … ⏎ 1 | ⏎ …),
under a page's metadata rows written with pipes: columns of a leader (分管区领导), the units (责任单位), progress
(进展情况) and a yes-or-no status (是否完成), and no deadline. The notices are written for the test (invented
places and people)."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _fit_one_a_column, _person_like, _row_cut_off, _units_left_in_text
from policy_cli.parse.lines import SourceLine
from policy_cli.parse.noise import _bar_cells_joined

META = (
    "标题: | 青枫区住房和城乡建设局2024年一季度重点工作完成情况 | ||\n"
    "---|---|---|---|\n"
    "发文日期: | 2024-03-29 | 发布机构: | 青枫区住房和城乡建设局 |\n"
    "2024年一季度重点工作完成情况\n"
)
HEADER = ["序 号", "年度目标", "第一季度 任务目标", "分管 区领导", "责任单位", "进展情况", "是否完成"]


def _cells(cells: list[str]) -> str:
    return "".join(cell + " |\n" for cell in cells)


LEDGER = META + _cells(
    [
        *HEADER,
        "1",
        "改造老旧小区12个,同步完善养老托育设施。",
        "完成3个小区管网改造方案。",
        "马 林 宋晓东",
        "区住房城乡建设局 区民政局",
        "3个小区方案已通过评审。",
        "完成",
        "2",
        "新建城市口袋公园5处。",
        "完成2处选址。",
        "宋晓东",
        "区城管局",
        "已完成选址并启动设计。",
        "完成",
    ]
)


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(n, t, fold(t)) for n, t in enumerate(text.splitlines(), 1)]


@pytest.mark.parametrize(
    ("text", "kept_apart"),
    [
        # a metadata row of several cells is no cell closed by a bar: the title after it stays its own line
        (LEDGER, "2024年一季度重点工作完成情况"),
        # a line closing one cell does open the next one: a name wrapped over two lines is joined
        ("一季度清单\n" + _cells(["序号", "工作内容"]) + "牵头\n单位 |\n" + _cells(["1"] * 12), "牵头单位 |"),
    ],
)
def test_cells_open_after_one_cell_only(text: str, kept_apart: str) -> None:
    assert kept_apart in [ln.text for ln in _bar_cells_joined(_lines(text))]


def test_the_ledger_rows_are_read_one_line_a_column() -> None:
    notice = parse_text(LEDGER)
    assert [(t.text[:8], t.departments, t.lead, t.due) for t in notice.tasks] == [
        ("改造老旧小区12", ("区住房城乡建设局", "区民政局"), (), None),
        ("新建城市口袋公园", ("区城管局",), (), None),
    ]


def test_a_units_cell_one_unit_a_line_is_one_cell() -> None:
    # 区住房城乡建设局 / 区民政局 on two lines: the row one line longer than the columns, both lines its units
    notice = parse_text(LEDGER.replace("区住房城乡建设局 区民政局 |", "区住房城乡建设局 |\n区民政局 |"))
    assert [(t.text[:8], t.departments) for t in notice.tasks] == [
        ("改造老旧小区12", ("区住房城乡建设局", "区民政局")),
        ("新建城市口袋公园", ("区城管局",)),
    ]


ROLES = ["number", "task", "task", "leaders", "departments", "other", "other"]
NAMES = ["序号", "年度目标", "第一季度任务目标", "分管区领导", "责任单位", "进展情况", "是否完成"]


@pytest.mark.parametrize(
    ("cells", "roles", "fits"),
    [
        (["2", "新建口袋公园5处。", "完成选址。", "宋晓东", "区城管局", "已完成选址。", "完成"], ROLES, True),
        # the leader's line is a sentence: the lines do not read as their columns, no fit one line a column
        (
            ["2", "新建口袋公园5处。", "完成选址。", "协调推进设计工作。", "区城管局", "已完成选址。", "完成"],
            ROLES,
            False,
        ),
        # the units' line is progress text: no fit either
        (["2", "新建口袋公园5处。", "完成选址。", "宋晓东", "已完成选址。", "区城管局", "完成"], ROLES, False),
        # a units cell one unit a line: its lines are one cell
        (
            ["2", "新建口袋公园5处。", "完成选址。", "宋晓东", "区城管局", "区住建局", "已完成选址。", "完成"],
            ROLES,
            True,
        ),
        # the units cell names the person in charge after the unit: the unit's line still
        (["2", "新建口袋公园5处。", "完成选址。", "宋晓东", "区城管局 刘洋", "已完成选址。", "完成"], ROLES, True),
        # a line too many that is no unit: no fit
        (
            ["2", "新建口袋公园5处。", "完成选址。", "宋晓东", "区城管局", "选址已报批。", "已完成选址。", "完成"],
            ROLES,
            False,
        ),
        # one column of a tested kind only (no leader column, no deadline): too little to vouch for the fit
        (
            ["2", "新建口袋公园5处。", "完成选址。", "区城管局", "已完成选址。", "完成"],
            ["number", "task", "task", "departments", "other", "other"],
            False,
        ),
    ],
)
def test_one_line_a_column_without_a_deadline(cells: list[str], roles: list[str | None], fits: bool) -> None:
    row = [SourceLine(n, c, fold(c)) for n, c in enumerate(cells, 1)]
    names = NAMES if len(roles) == len(ROLES) else [n for n in NAMES if n != "分管区领导"]
    assert (_fit_one_a_column(row, roles, names) is not None) is fits


@pytest.mark.parametrize(
    ("cell", "person"),
    [
        ("马 林 宋晓东", True),  # a two-character name padded to three characters' width, then a name
        ("宋晓东 马 林", True),
        ("马林", True),
        ("马 林 宋 晓 东", False),  # no pairing makes five single characters names
        ("区民政局 区城管局", False),
    ],
)
def test_padded_names(cell: str, person: bool) -> None:
    assert _person_like(cell) is person


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("推进管网改造,已完成方案设计。启", True),  # a new sentence begun and cut by the page's end
        ("推进管网改造,已完成方案设计,", True),
        ("推进管网改造,已完成方案设计。", False),
        ("完成方案设计。2024年6月底前", False),  # a deadline after the full stop
        ("完成方案设计。区住房城乡建设局", False),  # a unit after it
    ],
)
def test_last_row_cut_off(last: str, cut: bool) -> None:
    row = [SourceLine(1, "3", "3"), SourceLine(2, "扩建社区食堂。", "扩建社区食堂。"), SourceLine(3, last, fold(last))]
    assert _row_cut_off(row, ROLES) is cut


@pytest.mark.parametrize(
    ("task", "cut"),
    [
        ("扩建社区食", True),  # the task's first words, then the text's end: no cell after them
        ("扩建社区食堂。", False),  # a whole sentence: a row whose other cells are merged with the row above's
        ("扩建社区食堂（续建）", False),
        ("2024年底前", False),
    ],
)
def test_last_row_of_one_cell(task: str, cut: bool) -> None:
    row = [SourceLine(1, "3", "3"), SourceLine(2, "", ""), SourceLine(3, task, fold(task))]
    assert _row_cut_off(row, ROLES) is cut


def _line(n: int, text: str) -> SourceLine:
    return SourceLine(n, text, fold(text))


@pytest.mark.parametrize(
    ("fitted", "unread"),
    [
        # every units cell empty, a line of the row opening with a unit's name: that line is named
        ("1\t改造小区。完成方案。马林区住建局 负责人张晓\t\t\t\t已完成方案。\t完成", "区住建局 负责人张晓"),
        # the units cell holds the unit: nothing unread
        ("1\t改造小区。\t完成方案。\t马林\t区住建局 负责人张晓\t已完成方案。\t完成", None),
    ],
)
def test_units_left_in_the_text_are_named(fitted: str, unread: str | None) -> None:
    row = [
        _line(n, t)
        for n, t in enumerate(
            ["1", "改造小区。", "完成方案。", "马林", "区住建局 负责人张晓", "已完成方案。", "完成"], 1
        )
    ]
    got = _units_left_in_text(row, ROLES, _line(1, fitted))
    assert (got.text if got is not None else None) == unread
