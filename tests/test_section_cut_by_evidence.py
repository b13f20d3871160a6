"""A bureau's section (股) run together with the next unit's name (文化宣传股文化馆, a scraped table that lost the
line between two cells) is two units only on the notice's own evidence: both halves are written by themselves
elsewhere in it (a cell, a list's item, an annotation's unit), and no connective (和, 与, 同, 会同, 及, 等, 为, 并,
或) is at the cut. Otherwise the name stays whole, whatever its 股 means (股改, 国有股, 招股, 一股劲, 国库股). The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text

_HEAD = "溪口县教育局2025年重点工作任务分解表\n序号 | 工作任务 | 责任股室 | 完成时限\n"
# rows naming units by themselves: the evidence a glued name may be cut by
_ALONE_ROWS = (
    "1 | 开展文化下乡 | 文化宣传股 | 2025年6月底前\n"
    "2 | 开放图书阅览 | 文化馆 | 2025年6月底前\n"
    "3 | 开展安全排查 | 安全股 | 2025年6月底前\n"
    "4 | 开展应急演练 | 县应急局 | 2025年6月底前\n"
    "5 | 开展师德建设 | 人事股 | 2025年6月底前\n"
)


def _last_departments(rows: str, last_cell: str) -> tuple[str, ...]:
    notice = parse_text(_HEAD + rows + f"9 | 推进重点工作 | {last_cell} | 2025年12月底前\n")
    return notice.tasks[-1].departments


@pytest.mark.parametrize(
    ("rows", "cell", "expected"),
    [
        # both halves named by themselves in the table: two units
        (_ALONE_ROWS, "文化宣传股文化馆", ("文化宣传股", "文化馆")),
        # no evidence in the notice: one name, as written
        ("", "文化宣传股文化馆", ("文化宣传股文化馆",)),
        # one half alone only: one name
        (_ALONE_ROWS.replace("文化馆", "县图书馆"), "文化宣传股文化馆", ("文化宣传股文化馆",)),
        # 股 as shares: never cut, evidence or none
        (_ALONE_ROWS, "县企业股改上市办", ("县企业股改上市办",)),
        ("", "县国有股管理中心", ("县国有股管理中心",)),
        ("", "局属各股所站", ("局属各股所站",)),
        ("", "县企业招股上市服务中心", ("县企业招股上市服务中心",)),
        ("", "县拧成一股劲工作专班", ("县拧成一股劲工作专班",)),
        ("", "县人行国库股办公室", ("县人行国库股办公室",)),
        ("", "县金融办股改办", ("县金融办股改办",)),
    ],
)
def test_a_section_run_into_the_next_name_is_cut_on_the_notice_s_evidence(
    rows: str, cell: str, expected: tuple[str, ...]
) -> None:
    assert _last_departments(rows, cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "安全股和县应急局",
        "人事股会同县应急局",
        "财务股与县审计局",
        "资助股等有关股室",
        "法规股为牵头单位",
        "基教股同各学校",
    ],
)
@pytest.mark.parametrize("rows", [_ALONE_ROWS, ""])
def test_a_connective_after_the_section_stays_off_the_next_unit(rows: str, cell: str) -> None:
    # 和县 is a county's name: a connective never opens a unit's name (evidence or none)
    departments = _last_departments(rows, cell)
    assert not any(d.startswith(("和", "与", "同", "会同", "及", "等", "为", "并", "或")) for d in departments)


def test_the_evidence_is_the_notice_s_own_not_another_s() -> None:
    # after a notice with the evidence, one without it keeps the name whole
    assert _last_departments(_ALONE_ROWS, "文化宣传股文化馆") == ("文化宣传股", "文化馆")
    assert _last_departments("", "文化宣传股文化馆") == ("文化宣传股文化馆",)
    # outside a notice (no evidence at all) the name stays whole, even right after a notice that had it
    assert split_units("文化宣传股文化馆") == ("文化宣传股文化馆",)
    assert _last_departments(_ALONE_ROWS, "文化宣传股文化馆") == ("文化宣传股", "文化馆")
    assert split_units("文化宣传股文化馆") == ("文化宣传股文化馆",)


def test_an_annotation_s_units_are_evidence_too() -> None:
    text = (
        "溪口县2025年文化工作要点\n一、重点任务\n"
        "（一）开展文化下乡。（文化宣传股牵头，文化馆配合，6月底前完成）\n"
        "（二）推进阅读推广。（文化宣传股文化馆负责，9月底前完成）\n"
    )
    assert parse_text(text).tasks[-1].departments == ("文化宣传股", "文化馆")


def test_a_title_standing_alone_in_another_column_is_no_evidence() -> None:
    # 股长 alone in a 责任人 column is a person's title, not a unit: 人事股股长 stays whole
    rows = "1 | 开展师德建设 | 人事股 | 2025年6月底前\n2 | 开展职称评审 | 股长 | 2025年6月底前\n"
    assert _last_departments(rows, "人事股股长") == ("人事股股长",)
