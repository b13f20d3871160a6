"""A task table's header a scrape ran onto the end of the prose before it, and rows under 序号 / 名称 / 工作任务 /
牵头单位 that leave the 名称 cell empty: (text -> tasks, units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.cover_line import split_cover_line, split_header_run
from policy_cli.parse.lines import SourceLine

_COVER = (
    "临溪县人民政府办公室文件 临政办发〔2025〕7号 县政府办公室关于分解落实2025年重点工作任务的通知"
    " 各乡镇人民政府，县各有关部门： 现将2025年重点工作任务分解下达，请抓好落实。\n"
    "请各单位按季度报送进展。 附件：临溪县2025年重点工作任务分解表 临溪县人民政府办公室 2025年3月2日"
    " 临溪县2025年重点工作任务分解表 {header}\n"
    "\n"
    "一、发展目标(3项)\n"
    "\n"
    "1 {row1}\n"
    "\n"
    "2 新建高标准农田2万亩. 农业农村局、财政局\n"
    "\n"
    "3 接待游客人次增长10%. 文旅局\n"
)


def test_a_header_run_onto_the_prose_before_it_heads_the_rows_under_it() -> None:
    notice = parse_text(_COVER.format(header="序号 名称 工作任务 牵头责任单位", row1="农民收入增长6%以上. 农业农村局"))
    assert [t.text for t in notice.tasks] == ["农民收入增长6%以上.", "新建高标准农田2万亩.", "接待游客人次增长10%."]
    # (the units carry no level: they take the issuing 县政府办公室's, as the README says)
    assert [t.lead for t in notice.tasks] == [("县农业农村局",), ("县农业农村局", "县财政局"), ("县文旅局",)]
    # a task cell left out is not told apart from a name cell left blank: each short row is warned
    assert [w.line for w in notice.warnings if w.code == "row-incomplete"] == [t.line for t in notice.tasks]


def test_a_row_that_fills_the_name_column_keeps_its_task_and_units() -> None:
    """Near case: the 名称 cell written (农民收入) is no empty cell: the task text is the 工作任务 cell's."""
    notice = parse_text(_COVER.format(header="序号 名称 工作任务 牵头责任单位", row1="农民收入 增长6%以上. 农业农村局"))
    assert notice.tasks[0].text.endswith("增长6%以上.")
    assert notice.tasks[0].lead == ("县农业农村局",)
    assert notice.tasks[1].lead == ("县农业农村局", "县财政局")


def _line(text: str) -> SourceLine:
    return SourceLine(4, text, fold(text))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # the header closing a line of prose is put on a line of its own
        (
            "附件：某县任务分解表 序号 名称 工作任务 牵头责任单位",
            ["附件：某县任务分解表", "序号 名称 工作任务 牵头责任单位"],
        ),
        ("2025年3月2日 序号 重点任务 责任单位 完成时限", ["2025年3月2日", "序号 重点任务 责任单位 完成时限"]),
        # near cases: a header alone on its line, a run holding a sentence, a run naming no task column, a run
        # not opening with 序号, and 序号 with one name after it stay as written
        ("序号 名称 工作任务 牵头责任单位", ["序号 名称 工作任务 牵头责任单位"]),
        ("附件 序号 工作任务 请于月底前报送。", ["附件 序号 工作任务 请于月底前报送。"]),
        ("附件 序号 单位 姓名 联系电话", ["附件 序号 单位 姓名 联系电话"]),
        ("附件 工作任务 牵头单位 完成时限", ["附件 工作任务 牵头单位 完成时限"]),
        ("按以下 序号 牵头单位", ["按以下 序号 牵头单位"]),
        # column names a sentence of prose speaks of, with no table's title before them, stay in the sentence
        ("请各乡镇逐项填写 序号 名称 工作任务 牵头单位", ["请各乡镇逐项填写 序号 名称 工作任务 牵头单位"]),
        (
            "各部门须对照 序号 工作任务 责任单位 完成时限 的样式上报",
            ["各部门须对照 序号 工作任务 责任单位 完成时限 的样式上报"],
        ),
    ],
)
def test_a_header_run_is_split_off_only_where_it_reads_as_a_task_table_header(text: str, pieces: list[str]) -> None:
    assert [ln.text for ln in split_header_run([_line(text)])] == pieces


@pytest.mark.parametrize(
    "title", ["县政府办公室关于分解落实2025年重点工作任务的通知", "县政府办公室关于分解落实2025年 重点工作任务的通知"]
)
def test_a_cover_run_onto_one_line_after_its_banner_gives_its_number_title_and_addressees(title: str) -> None:
    text = _COVER.replace("县政府办公室关于分解落实2025年重点工作任务的通知", title)
    notice = parse_text(text.format(header="序号 名称 工作任务 牵头责任单位", row1="农民收入增长6%以上. 农业农村局"))
    assert notice.metadata.doc_number_normalized == "临政办发〔2025〕7号"
    assert notice.metadata.title == "县政府办公室关于分解落实2025年重点工作任务的通知"
    assert notice.metadata.addressees == ("各乡镇人民政府", "县各有关部门")


@pytest.mark.parametrize(
    "text",
    [
        # near cases: no 文号 after the banner, no 通知 closing a title, no addressees' colon after the title
        "临溪县人民政府办公室文件 县政府办公室关于分解落实2025年重点工作任务的通知 各乡镇人民政府： 现将…",
        "临溪县人民政府办公室文件 临政办发〔2025〕7号 县政府办公室 2025年重点工作 各乡镇人民政府： 现将…",
        "临溪县人民政府办公室文件 临政办发〔2025〕7号 县政府办公室关于分解落实重点工作任务的通知 现将任务分解下达 请落实",
        # another document's number opening the title: which number is the notice's own is not told, so no cut
        "临溪县人民政府办公室文件 临政办发〔2025〕7号 临政办发〔2024〕3号文件 关于调整任务的通知 各乡镇人民政府： 现将…",
    ],
)
def test_a_banner_line_is_cut_only_before_a_whole_cover(text: str) -> None:
    line = SourceLine(1, text, fold(text))
    assert [ln.text for ln in split_cover_line([line])] == [text]


def test_a_banner_cover_line_is_cut_into_banner_title_addressees_and_the_rest() -> None:
    text = "临溪县人民政府办公室文件 临政办发〔2025〕7号 县政府办公室关于分解落实2025年 重点工作任务的通知 各乡镇人民政府： 现将 任务下达。"
    line = SourceLine(1, text, fold(text))
    assert [ln.text for ln in split_cover_line([line])] == [
        "临溪县人民政府办公室文件 临政办发〔2025〕7号",
        "县政府办公室关于分解落实2025年 重点工作任务的通知",
        "各乡镇人民政府：",
        "现将 任务下达。",
    ]
