"""A two-line table header whose group cell (责任单位) spans sub-columns named by a short role word (牵头 over
参与, 协同 or 协办) reads each row's lead and partners from their own cells; where the second line names them in
words the parser does not know, the rows hold one cell more than the header's columns and the cell before the
units is read as nobody's: a warning, and no unit printed as if sure. The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "石门县2025年校园安全专项整治分工表\n\n"
ROWS = (
    "1\t排查校舍结构安全隐患\t县教育局\t县住房和城乡建设局、县应急管理局\t2025年5月底前\n"
    "2\t整治校园周边流动摊贩\t县综合行政执法局\t\t2025年6月底前\n"
    "3\t开展学生防溺水宣传教育\t各乡镇人民政府\t县教育局\t2025年7月底前\n"
)


def _notice(second: str) -> str:
    return TITLE + "序号\t整治任务\t责任单位\t\t完成时限\n" + f"\t\t牵头\t{second}\t\n" + ROWS


@pytest.mark.parametrize("second", ["参与", "协同", "协办"])
def test_short_sub_columns_under_the_group_cell(second: str) -> None:
    notice = parse_text(_notice(second))
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县教育局",), ("县住房和城乡建设局", "县应急管理局")),
        (("县综合行政执法局",), ()),  # an empty 参与 cell: no partner, nothing taken from the row above
        (("各乡镇人民政府",), ("县教育局",)),
    ]
    assert not [w for w in notice.warnings if w.code in ("cell-filled-from-above", "row-cells-unaligned")]


def test_sub_columns_named_in_unknown_words_are_warned_not_guessed() -> None:
    notice = parse_text(_notice("统筹协调").replace("\t\t牵头\t", "\t\t主抓\t"))
    assert [t.departments for t in notice.tasks] == [(), (), ()]
    assert notice.tasks[0].text == "排查校舍结构安全隐患"
    assert [w.line for w in notice.warnings if w.code == "row-cells-unaligned"] == [5, 6, 7]


def test_an_extra_cell_of_task_text_is_no_misalignment() -> None:
    text = (
        TITLE + "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t排查校舍结构安全隐患\t重点排查D级危房\t县教育局\t2025年5月底前\n"
    )
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [("县教育局",)]
    assert not [w for w in notice.warnings if w.code == "row-cells-unaligned"]


@pytest.mark.parametrize(
    ("detail", "unit"),
    [
        ("重点排查县第二中学、县城关小学", "县教育局"),  # task detail naming places: the units cell lines up
        ("各乡镇人民政府", "县公安局"),  # (a one-line header: the last cells line up from the right)
        ("联合县市场监管局", "县教育局"),
    ],
)
def test_an_extra_cell_under_a_one_line_header_keeps_the_units_from_the_right(detail: str, unit: str) -> None:
    text = TITLE + "序号\t重点任务\t责任单位\t完成时限\n" + f"1\t排查校舍安全隐患\t{detail}\t{unit}\t2025年5月底前\n"
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [(unit,)]
    assert not [w for w in notice.warnings if w.code == "row-cells-unaligned"]


@pytest.mark.parametrize("second", ["参与", "协同", "协办"])
def test_a_bare_short_partner_name_in_a_one_line_header_names_no_units(second: str) -> None:
    text = (
        TITLE + f"序号\t工作内容\t{second}\t牵头单位\t完成时限\n"
        "1\t排查校舍安全隐患\t全体师生\t县教育局\t2025年5月底前\n"
        "2\t整治校园周边环境\t家长志愿者\t县公安局\t2025年6月底前\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县教育局",), ()), (("县公安局",), ())]
