"""A project table scraped one cell a line, a blank line between lines, its units column between the project's
name and its content (序号 / 项目 / 责任单位 / 建设内容 / 总投资（万元） / 2024年目标进度): a project of several
units has a sub-row for each under its merged 序号 and 项目 cells, which the page leaves as a longer run of blank
lines; a units cell wrapped over lines is one unit (or two where each line closes one); the figures column never
starts a row. Written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.annex import _vertical_roles

TITLE = "2024年县政府民生实事项目任务分解表"
HEADER = ["序号", "项目", "责任单位", "建设内容", "总投资", "(万元)", "2024年", "目标进度"]
ROWS = [
    "1", "改善城乡道路", "县交通运输", "服务中心", "实施滨河路拓宽改造工程。", "3200", "二季度开工,年内完工。",
    "", "", "县住建局", "实施老城区背街小巷路面修复工程。", "800", "5月开工,10月底前完工。",
    "2", "提升防洪能力", "县水利局", "实施城北河道整治工程。", "6500", "6月开工",
    "", "", "县综合行政", "执法局", "县公建中心", "修复沿河堤防设施。", "950", "7月底",
    "3", "改善居住环境", "县住建局", "改造老旧小区12个。", "4300", "11月底前完工",
]  # fmt: skip


def _page(lines: list[str]) -> str:
    """Every line a blank line apart, as the page writes its cells; an empty line in lines adds one more blank
    line (the merged cells of a sub-row)."""
    out = [TITLE, ""]
    for line in [*HEADER, *lines]:
        if line:
            out += [line, ""]
        else:
            out.append("")
    return "\n".join(out)


def test_sub_rows_are_tasks_with_their_units() -> None:
    tasks = parse_text(_page(ROWS)).tasks
    # (the project's name opens the text, the content after it: two task columns make one text)
    assert [(t.text.split("（")[0].split(" ")[-1], t.departments) for t in tasks] == [
        ("实施滨河路拓宽改造工程。", ("县交通运输服务中心",)),
        ("实施老城区背街小巷路面修复工程。", ("县住建局",)),
        ("实施城北河道整治工程。", ("县水利局",)),
        ("修复沿河堤防设施。", ("县综合行政执法局", "县公建中心")),
        ("改造老旧小区12个。", ("县住建局",)),
    ]


def test_a_sub_row_cut_off_by_the_page_end_is_warned_not_read() -> None:
    notice = parse_text(_page([*ROWS, "", "", "县审管办", "建成"]))
    assert len(notice.tasks) == 5
    assert [w.code for w in notice.warnings if w.code == "row-cut-off"] == ["row-cut-off"]


def test_lines_next_to_each_other_are_no_such_table() -> None:
    # the same cells with no blank line between them: sub-rows cannot be told, so no unit is guessed into one
    text = "\n".join([TITLE, *HEADER, *(line for line in ROWS if line)])
    tasks = parse_text(text).tasks
    assert ("县综合行政执法局", "县公建中心") not in [t.departments for t in tasks]


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        # the rule applies: content after the units column is the task's text; the year joins its deadline name
        (HEADER, ["number", "task", "departments", "task", "other", "qualifier", "due", "qualifier"]),
        # a near case: the content column before the units is read as before; a year alone is a year's target
        (
            ["序号", "项目名称", "建设内容", "责任单位", "2018年度"],
            ["number", "task", "task", "departments", "other"],
        ),
    ],
)
def test_header_names_of_a_project_table(names: list[str], roles: list[str | None]) -> None:
    assert _vertical_roles(names) == roles


def test_a_tabbed_table_of_the_same_columns_keeps_its_units() -> None:
    # the content-after-units rule is the one-name-a-line header's only: a tabbed row keeps its units cell
    header = "序号\t项目\t责任单位\t建设内容\t总投资(万元)\t2024年目标进度"
    row = "2\t提升防洪能力\t县水利局\t实施城北河道整治工程。\t6500\t年内完成主体工程"
    tasks = parse_text("\n".join([TITLE, header, row])).tasks
    assert [(t.departments, t.due) for t in tasks] == [(("县水利局",), "年内")]


_LAST = ["3", "改善居住环境", "县住建局"]


@pytest.mark.parametrize(
    ("row", "units", "content"),
    [
        # the rule the table was read for keeps working: a wrapped name rejoined, two names a line each two units
        (["县交通运输", "服务中心", "实施停车场改造工程。"], ("县交通运输服务中心",), "实施停车场改造工程。"),
        (["县综合行政", "执法局", "县公建中心", "修复堤防。"], ("县综合行政执法局", "县公建中心"), "修复堤防。"),
        # a bare ending continuing the name above joins it, never a unit of its own
        (["县人民政府", "办公室", "实施滨河路改造工程。"], ("县人民政府办公室",), "实施滨河路改造工程。"),
        (["县公安局", "交警大队", "实施交通设施改造工程。"], ("县公安局交警大队",), "实施交通设施改造工程。"),
        # a line opening with a verb of work is content (wrapped: its lines rejoined) ...
        (["县住建局", "新建公厕20座"], ("县住建局",), "新建公厕20座"),
        (["县住建局", "实施城东道路", "改造工程。"], ("县住建局",), "实施城东道路改造工程。"),
        # ... unless it ends as a unit's name does: a unit of the cell, warned (a work's name and a unit's look alike)
        (
            ["县卫生健康局", "新建城东卫生院", "实施门诊楼改造工程。"],
            ("县卫生健康局", "新建城东卫生院"),
            "实施门诊楼改造工程。",
        ),
        (
            ["县住建局", "建设工程服务中心", "实施村道改造工程。"],
            ("县住建局建设工程服务中心",),
            "实施村道改造工程。",
        ),
        # ... and before the figures, the content
        (["县卫生健康局", "新建城东卫生院"], ("县卫生健康局",), "新建城东卫生院"),
    ],
)
def test_a_units_cell_wrapped_and_the_content_after_it(row: list[str], units: tuple[str, ...], content: str) -> None:
    rows = [
        "1",
        "改善城乡道路",
        *row,
        "3200",
        "年内完工",
        "2",
        "提升防洪能力",
        "县水利局",
        "实施河道整治工程。",
        "6500",
        "6月开工",
    ]
    notice = parse_text(_page(rows))
    assert [(t.departments, t.text.split(" ")[-1]) for t in notice.tasks[:1]] == [(units, content)]
    # a named ending joined (the reading may be two units), a work's verb opening a unit's name: warned
    named = units in (("县公安局交警大队",), ("县住建局建设工程服务中心",)) or any(
        u.startswith(("县新建", "新建")) for u in units
    )
    assert any(w.code == "row-units-unsure" for w in notice.warnings) is named


@pytest.mark.parametrize(
    ("last", "tasks", "cut"),
    [
        # a complete last row whose content is short, no 。: a task
        ([*_LAST, "新建公厕20座", "4300", "11月底前完工"], 3, False),
        # a last row the text cuts short of its cells: warned, not read
        ([*_LAST, "新建公厕20座"], 2, True),
    ],
)
def test_the_last_row(last: list[str], tasks: int, cut: bool) -> None:
    rows = ["1", "改善城乡道路", "县交通运输局", "实施滨河路改造工程。", "3200", "年内完工",
            "2", "提升防洪能力", "县水利局", "实施河道整治工程。", "6500", "6月开工", *last]  # fmt: skip
    notice = parse_text(_page(rows))
    assert len(notice.tasks) == tasks
    assert any(w.code == "row-cut-off" for w in notice.warnings) is cut
