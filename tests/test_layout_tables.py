"""A task table extracted from a PDF with its layout kept (`pdftotext -layout`): a header over two or three
lines with names spaced out, cells aligned by runs of spaces and wrapped within their columns, rows apart by
blank lines, page numbers and a copy of the header between rows. Read by the columns' display positions (a
CJK character two columns wide), never by the order of a line's pieces. Near forms: prose indented with
spaces and a numbered list in two columns are no task table and stay as written. The notices are written
for the test (invented places)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.layout_table import header_of, pieces, unlayout_tables

from .fixed_width import display_width

COVER = (
    "青梧县人民政府办公室文件\n青政办发〔2025〕7号\n\n"
    "青梧县人民政府办公室\n关于印发《青梧县城乡供水提质行动任务清单》的通知\n\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "　　现将《青梧县城乡供水提质行动任务清单》印发给你们，请认真贯彻落实。\n\n"
    "附件：青梧县城乡供水提质行动任务清单\n\n"
    "青梧县人民政府办公室\n2025年2月18日\n\n— 1 —\n\n附件\n"
    "                      青梧县城乡供水提质行动任务清单\n"
)


def _lay(starts: tuple[int, ...], cells: tuple[str, ...], width: Callable[[str], int] = display_width) -> str:
    """One line with each piece at its display column (width: how wide a text prints)."""
    out = ""
    for start, cell in zip(starts, cells, strict=True):
        if not cell:
            continue
        out += " " * max(start - width(out), 2 if out else start) + cell
    return out


def _row(starts: tuple[int, ...], *columns: tuple[str, ...]) -> str:
    """A row whose cells wrap: column i's pieces one under the other."""
    height = max(len(c) for c in columns)
    lines = [_lay(starts, tuple(c[k] if k < len(c) else "" for c in columns)) for k in range(height)]
    return "\n".join(lines) + "\n"


STARTS = (1, 5, 33, 49, 67)
HEADER3 = (
    " 序                                    责 任 单 位\n"
    "          重 点 任 务                                              完成时限\n"
    " 号                              牵头单位        配合单位\n"
)
ROW1 = _row(
    STARTS,
    ("1",),
    ("排查改造老旧供水管网，更新", "入户水表和阀门"),
    ("县水利局",),
    ("县住房城乡建设局", "、县财政局"),
    ("2025年", "9月底前"),
)
ROW2 = _row(
    STARTS,
    ("2",),
    ("建设乡镇水厂水质检测室，", "实现出厂水常规指标每日检测"),
    ("县卫生健康局",),
    ("县疾病预防控制", "中心"),
    ("2024—", "2026年"),
)
# a row the page break cuts: its last pieces come after the page number and the header's copy
ROW3_TOP = _row(
    STARTS,
    ("3",),
    ("推进城乡供水一体化管理，组建", "县级供水运营公司"),
    ("县城投集团",),
    ("县水利局、县发展", "改革局"),
    ("2025年",),
)
ROW3_REST = _row(STARTS, ("",), ("统一运维标准",), ("",), ("",), ("12月底前",))
ROW4 = _row(STARTS, ("4",), ("开展饮用水水源地环境问题", "排查整治"), ("县生态环境局",), ("—",), ("长期坚持",))


def _notice(*body: str) -> str:
    return COVER + "\n".join(body)


def test_a_three_line_header_over_wrapped_cells_across_a_page_break() -> None:
    text = _notice(HEADER3, ROW1, ROW2, ROW3_TOP, "                              — 2 —\n", HEADER3, ROW3_REST, ROW4)
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == [
        "排查改造老旧供水管网，更新入户水表和阀门",
        "建设乡镇水厂水质检测室，实现出厂水常规指标每日检测",
        "推进城乡供水一体化管理，组建县级供水运营公司统一运维标准",
        "开展饮用水水源地环境问题排查整治",
    ]
    assert [t.lead for t in notice.tasks] == [("县水利局",), ("县卫生健康局",), ("县城投集团",), ("县生态环境局",)]
    assert [t.partners for t in notice.tasks] == [
        ("县住房城乡建设局", "县财政局"),
        ("县疾病预防控制中心",),
        ("县水利局", "县发展改革局"),
        (),
    ]
    assert [t.due for t in notice.tasks] == ["2025年9月底前", "2024—2026年", "2025年12月底前", "长期坚持"]
    assert [t.due_year for t in notice.tasks][:3] == [2025, 2026, 2025]
    lines = text.split("\n")
    assert [lines[t.line - 1].split()[0] for t in notice.tasks] == ["1", "2", "3", "4"]  # each at its own line
    assert not any("— 2 —" in (t.text + str(t.due)) for t in notice.tasks)
    assert not [w for w in notice.warnings if w.severity == "warning"]


def test_a_one_line_header_over_rows_apart_by_blank_lines() -> None:
    header = " 序号      重点任务                     牵头单位        配合单位          完成时限\n"
    text = _notice(header, ROW1, ROW2, ROW3_TOP, "                              — 2 —\n", header, ROW3_REST, ROW4)
    notice = parse_text(text)
    assert [t.partners for t in notice.tasks] == [
        ("县住房城乡建设局", "县财政局"),
        ("县疾病预防控制中心",),
        ("县水利局", "县发展改革局"),
        (),
    ]
    assert [t.due for t in notice.tasks] == ["2025年9月底前", "2024—2026年", "2025年12月底前", "长期坚持"]
    assert notice.tasks[2].text == "推进城乡供水一体化管理，组建县级供水运营公司统一运维标准"


def test_a_two_line_header_with_one_units_column() -> None:
    header = (
        " 序       重点任务                    责任          完成\n"
        " 号                                   单位          时间\n"
    )
    starts = (1, 5, 38, 52)
    rows = _row(
        starts,
        ("1",),
        ("完成农村供水工程维修养护，", "建立管护台账"),
        ("县水利局、各乡", "镇人民政府"),
        ("2025年", "6月底前"),
    )
    rows += "\n" + _row(starts, ("2",), ("落实城乡供水水价改革",), ("县发展改革局",), ("2025年底前",))
    notice = parse_text(_notice(header, rows))
    assert [t.text for t in notice.tasks] == ["完成农村供水工程维修养护，建立管护台账", "落实城乡供水水价改革"]
    assert [t.departments for t in notice.tasks] == [("县水利局", "各乡镇人民政府"), ("县发展改革局",)]
    assert [t.lead for t in notice.tasks] == [(), ()]
    assert [t.due for t in notice.tasks] == ["2025年6月底前", "2025年底前"]


def test_units_written_one_a_line_stay_apart() -> None:
    rows = _row(STARTS, ("1",), ("整治农村供水工程",), ("县水利局",), ("县财政局", "县自然资源局"), ("2025年",))
    notice = parse_text(_notice(HEADER3, rows))
    assert notice.tasks[0].partners == ("县财政局", "县自然资源局")


def test_a_row_whose_pieces_cross_the_columns_is_warned_not_read() -> None:
    crossing = " 2   落实供水水质公示制度，每季度向社会公开检测结果县卫生健康局  县水利局          2025年\n"
    text = _notice(HEADER3, ROW1, crossing, ROW4)
    notice = parse_text(text)
    assert [t.text for t in notice.tasks] == [
        "排查改造老旧供水管网，更新入户水表和阀门",
        "开展饮用水水源地环境问题排查整治",
    ]
    line = text.split("\n").index(crossing.rstrip("\n")) + 1
    assert [w.line for w in notice.warnings if w.code == "table-row-unclear"] == [line]


def test_display_width_places_the_pieces() -> None:
    assert [(p.start, p.end, p.text) for p in pieces(" 1   整治“散乱污”企业  县局")] == [
        (1, 2, "1"),
        (5, 21, "整治“散乱污”企业"),
        (23, 27, "县局"),
    ]
    columns = header_of(HEADER3.rstrip("\n").split("\n"))
    assert columns is not None
    assert [c.name for c in columns] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


@pytest.mark.parametrize(
    "text",
    [
        # prose indented with spaces, numbered: no header, no table
        "    一、工作目标\n  1  到2025年底，全县农村自来水普及率达到95%以上，\n     规模化供水工程覆盖人口比例达到70%。\n"
        "  2  各乡镇人民政府要落实属地责任，县水利局加强指导。\n",
        # a numbered list in two columns under a two-line header naming no task column
        " 序      单位                      联系\n 号      名称                      电话\n\n"
        " 1      县水利局                  0000-1111111\n 2      县财政局                  0000-2222222\n",
        # a header of one line over rows with no blank line between them: the annex reads such tables itself
        " 序号  重点任务                    牵头单位      配合单位      完成时限\n"
        " 1     整治农村供水工程，          县水利局      县财政局      2025年\n"
        "       建立台账                                                6月底前\n"
        " 2     修订供水应急预案            县水利局      县应急管理局  2025年\n",
    ],
)
def test_text_that_is_no_laid_out_task_table_stays_as_written(text: str) -> None:
    assert unlayout_tables(text) == (text, [])


def test_section_rows_and_prose_after_the_table() -> None:
    section = "     一、保障水源安全\n"
    prose = (
        "　　各牵头单位要于每季度末将进展情况报县水利局，县政府督查室将适时开展督查，对工作推进不力的单位予以通报。\n"
    )
    indented_prose = (
        "      各牵头单位要于每季度末将进展情况报县水利局，县政府督查室将适时开展督查，对推进不力的予以通报。\n"
    )
    for after in (prose, indented_prose):
        notice = parse_text(_notice(HEADER3, section, ROW1, ROW2, "\n", after))
        assert [t.text for t in notice.tasks] == [
            "排查改造老旧供水管网，更新入户水表和阀门",
            "建设乡镇水厂水质检测室，实现出厂水常规指标每日检测",
        ]
        assert notice.tasks[1].due == "2024—2026年"
        assert not [w for w in notice.warnings if w.code == "table-row-unclear"]


def test_a_page_whose_columns_stand_elsewhere_is_read_by_its_header_copy() -> None:
    def shifted(block: str) -> str:
        return "\n".join("    " + line if line.strip() else line for line in block.split("\n"))

    text = _notice(HEADER3, ROW1, ROW2, "                              — 2 —\n", shifted(HEADER3), shifted(ROW4))
    notice = parse_text(text)
    assert [t.text for t in notice.tasks][2] == "开展饮用水水源地环境问题排查整治"
    assert [(t.lead, t.partners, t.due) for t in notice.tasks][2] == (("县生态环境局",), (), "长期坚持")
    assert not [w for w in notice.warnings if w.code == "table-row-unclear"]


@pytest.mark.parametrize(
    "header",
    [
        "                                              责 任 单 位\n"
        " 序号  重点任务                          牵头单位        配合单位          完成时限\n",
        " 序      重点任务                        牵头单位        配合单位          完成\n"
        " 号                                                                        时限\n",
    ],
)
def test_a_header_line_holding_one_name(header: str) -> None:
    notice = parse_text(_notice(header, ROW1, ROW2))
    assert [t.partners for t in notice.tasks] == [("县住房城乡建设局", "县财政局"), ("县疾病预防控制中心",)]
    assert [t.due for t in notice.tasks] == ["2025年9月底前", "2024—2026年"]


def test_rows_under_a_header_that_gives_no_columns_are_each_warned() -> None:
    # names under the header's first line run from one of its columns into the next: which is which cannot be told
    header = (
        " 序号      重点任务                      牵头单位        配合单位          完成时限\n    注一\n       注二\n"
    )
    text = _notice(header, ROW1, ROW2)
    notice = parse_text(text)
    lines = text.split("\n")
    warned = {w.line for w in notice.warnings if w.code == "table-row-unclear"}
    assert warned == {n for n, line in enumerate(lines, start=1) if line[:4].strip() in ("1", "2")}


def test_a_cell_set_in_the_middle_of_its_row_starts_above_the_number() -> None:
    # the units cell has three lines, the others one: the number and the task stand on its middle line
    centred = _row(
        STARTS,
        ("", "2", ""),
        ("", "落实城乡供水水价改革", ""),
        ("",),
        ("县财政局、县市场", "监管局、县水利", "局"),
        ("", "2025年底前"),
    )
    notice = parse_text(_notice(HEADER3, ROW1, centred, ROW4))
    assert [t.text for t in notice.tasks][1] == "落实城乡供水水价改革"
    assert [t.partners for t in notice.tasks] == [
        ("县住房城乡建设局", "县财政局"),
        ("县财政局", "县市场监管局", "县水利局"),
        (),
    ]
    lines = _notice(HEADER3, ROW1, centred, ROW4).split("\n")
    assert lines[notice.tasks[1].line - 1].split()[0] == "2"


ONE_LINE_HEADER = " 序号   重点任务                      牵头单位        配合单位         完成时限\n"
ONE_STARTS = (1, 8, 38, 54, 71)
ONE_ROW1 = _row(ONE_STARTS, ("1",), ("清理河道垃圾，", "建立巡河台账"), ("县水利局",), ("县财政局",), ("2025年底前",))
ONE_ROW2 = _row(ONE_STARTS, ("2",), ("更新防汛物资储备",), ("县应急管理局",), ("县水利局",), ("2025年5月底前",))
# a notice whose body holds the table, under its first part (the parts after it are the body's too)
BODY = "临江县人民政府办公室\n关于加强河道管护工作的实施意见\n\n各乡镇人民政府，县直各有关单位：\n\n一、重点任务\n　　各单位按下表分工落实。\n\n"


def _body(*parts: str) -> str:
    return BODY + "\n".join(parts)


CLAUSES = (
    "二、保障措施\n"
    "（一）强化巡查。县河长办按月巡查河道。（责任单位：县河长办；完成时限：长期坚持）\n"
    "（二）落实经费。县财政局统筹安排经费。（责任单位：县财政局；完成时限：2025年4月底前）\n"
)


@pytest.mark.parametrize(
    "table",
    [
        (ONE_LINE_HEADER, ONE_ROW1, ONE_ROW2),  # a header of one line, rows apart by blank lines
        (HEADER3, ROW1, ROW2),  # a header of three lines
    ],
)
@pytest.mark.parametrize(
    "after",
    [
        CLAUSES,  # a part's heading over clauses, each a line
        CLAUSES.replace("（", "　　（", 1).replace("\n（", "\n　　（"),  # the clauses indented
        "二、保障措施\n（一）强化巡查。县河长办牵头，各乡镇配合，按月巡查河道。\n",  # units in the clause's prose
    ],
)
def test_a_part_heading_over_clauses_after_the_table_ends_it(table: tuple[str, ...], after: str) -> None:
    notice = parse_text(_body(*table, after))
    texts = [t.text for t in notice.tasks]
    assert len(texts) == 2 + after.count("（") - after.count("（责任")
    assert any(text.startswith("强化巡查") for text in texts)
    assert not any("二、" in text or "强化巡查" in text for text in texts[:2])


def test_a_clause_with_its_own_units_is_no_section_row_even_right_over_a_row() -> None:
    clause = "（二）落实经费。县财政局统筹安排经费。（责任单位：县财政局）\n"
    notice = parse_text(_body(ONE_LINE_HEADER, ONE_ROW1, clause, ONE_ROW2))
    assert not any(t.text.startswith("（二）") for t in notice.tasks)
    assert any(t.text.startswith("落实经费") for t in notice.tasks)


def test_a_section_row_between_rows_still_heads_the_rows_under_it() -> None:
    notice = parse_text(_notice(HEADER3, ROW1, "     二、提升供水质量\n", ROW2))
    assert [t.text for t in notice.tasks] == [
        "排查改造老旧供水管网，更新入户水表和阀门",
        "建设乡镇水厂水质检测室，实现出厂水常规指标每日检测",
    ]
    assert notice.tasks[1].partners == ("县疾病预防控制中心",)


SIGNATURE = "                                                     青梧县河长办公室\n                                                                      2025年3月6日\n"


@pytest.mark.parametrize(
    "table",
    [
        (ONE_LINE_HEADER, ONE_ROW1, ONE_ROW2),
        (ONE_LINE_HEADER, ONE_ROW1.rstrip("\n"), ONE_ROW2),  # rows with no blank line between them
        (HEADER3, ROW1, ROW2),
    ],
)
@pytest.mark.parametrize("gap", ["\n", ""])  # two blank lines before the signature, or one
def test_a_signature_under_the_table_is_no_piece_of_its_last_row(table: tuple[str, ...], gap: str) -> None:
    notice = parse_text(_notice(*table, gap + SIGNATURE))
    last = notice.tasks[-1]
    assert "青梧县河长办公室" not in last.partners + last.lead
    assert "3月6日" not in str(last.due)


def test_a_cell_set_in_the_middle_of_its_row_after_a_blank_line_is_still_that_rows() -> None:
    # a units cell alone on the line over the number line (no signature: a row's number right under it)
    centred = _row(
        STARTS, ("", "2", ""), ("", "落实水价改革", ""), ("",), ("县财政局", "县市场监管局", "县水利局"), ("",)
    )
    notice = parse_text(_notice(HEADER3, ROW1, centred, ROW4))
    assert notice.tasks[1].partners == ("县财政局", "县市场监管局", "县水利局")


PAGE_BREAK = "                              — 2 —\n"


@pytest.mark.parametrize(
    "between",
    [
        (PAGE_BREAK,),  # the page number alone
        (f"\n{PAGE_BREAK}\n",),  # the page number between blank lines
        (PAGE_BREAK, HEADER3.rstrip("\n")),  # the page number and the header's copy
    ],
)
def test_a_row_the_page_break_cut_goes_on_after_it_when_rows_are_not_apart(between: tuple[str, ...]) -> None:
    rest = _row(STARTS, ("",), ("统一运维标准",), ("",), ("",), ("12月底前",))
    rows = [ROW1.rstrip("\n"), ROW3_TOP.rstrip("\n"), *between, rest.rstrip("\n"), ROW4]
    notice = parse_text(_notice(HEADER3.rstrip("\n"), *rows))
    assert notice.tasks[1].text == "推进城乡供水一体化管理，组建县级供水运营公司统一运维标准"
    assert notice.tasks[1].due == "2025年12月底前"
    assert notice.tasks[2].text == "开展饮用水水源地环境问题排查整治"
    assert notice.tasks[2].due == "长期坚持"


def test_lines_over_a_row_that_has_none_under_its_number_are_the_row_aboves() -> None:
    # rows apart by blank lines, but the lines over row 2's number have nothing under it: row 1's
    rest = _row(STARTS, ("",), ("",), ("",), ("",), ("底前",))
    notice = parse_text(_notice(HEADER3, ROW1.replace("9月底前", "9月"), rest, ROW4))
    assert notice.tasks[0].due == "2025年9月底前"
    assert notice.tasks[1].due == "长期坚持"


@pytest.mark.parametrize(
    ("upper", "lower", "partners"),
    [
        ("临江工业园", "县商务局", ("临江工业园", "县商务局")),  # a park's name over a county unit
        ("县水利局", "青石镇人民政府", ("县水利局", "青石镇人民政府")),  # a unit over a named town's government
        ("县水利局", "国网青梧供电公司", ("县水利局", "国网青梧供电公司")),
        ("临江工业园", "管委会", ("临江工业园管委会",)),  # the park's body: one name
        ("县发展", "改革局", ("县发展改革局",)),
    ],
)
def test_units_one_a_line_in_a_units_cell(upper: str, lower: str, partners: tuple[str, ...]) -> None:
    row = _row(STARTS, ("1",), ("推进园区招商",), ("县发展改革局",), (upper, lower), ("2025年底前",))
    notice = parse_text(_notice(HEADER3, row, ROW4))
    assert notice.tasks[0].partners == partners
    assert not [w for w in notice.warnings if w.code == "table-units-unclear"]


def test_a_units_cell_that_may_hold_one_name_or_two_is_warned() -> None:
    row = _row(STARTS, ("1",), ("推进园区招商",), ("县发展改革局",), ("县水利局", "水务集团"), ("2025年底前",))
    notice = parse_text(_notice(HEADER3, row, ROW4))
    assert [w.line for w in notice.warnings if w.code == "table-units-unclear"] == [notice.tasks[0].line]


@pytest.mark.parametrize("title", ["任务分工表", "重点工作台账"])
def test_a_short_title_over_a_header_of_one_line_is_no_column_name(title: str) -> None:
    notice = parse_text(
        _notice(f"                                        {title}\n" + ONE_LINE_HEADER, ONE_ROW1, ONE_ROW2)
    )
    assert [t.lead for t in notice.tasks] == [("县水利局",), ("县应急管理局",)]
    assert [t.partners for t in notice.tasks] == [("县财政局",), ("县水利局",)]
    assert not [w for w in notice.warnings if w.code == "column-not-kept"]


def test_header_names_standing_off_their_columns_give_no_unit_as_a_deadline() -> None:
    header = " 序号      重点任务\n                     责任单位    完成时限\n\n"
    rows = " 1      开展汛前安全检查      县应急管理局        2025年底前\n\n 2      疏浚排水管网          县住建局            长期坚持\n"
    notice = parse_text(_notice(header + rows))
    assert not any(t.due and "局" in t.due for t in notice.tasks)
    assert len([w for w in notice.warnings if w.code == "table-row-unclear"]) == 2


def _at(column: int, text: str) -> str:
    return " " * column + text + "\n"


@pytest.mark.parametrize(
    "signature",
    [
        _at(49, "青梧县河长办公室") + _at(49, "2025年3月6日"),  # under the partners' column
        _at(33, "青梧县河长办公室") + _at(67, "2025年3月6日"),  # under the leads' column, its date under the deadline's
        _at(57, "青梧县河长办公室") + _at(69, "2025年3月6日"),  # off any column, to the right
        _at(69, "2025年3月6日"),  # a date alone under the deadline column
        _at(49, "青梧县河长办公室") + "\n" + _at(49, "2025年3月6日"),  # a blank line inside the block
    ],
)
def test_a_signature_right_under_the_last_row_with_no_blank_line_ends_the_table(signature: str) -> None:
    notice = parse_text(_notice(HEADER3, ROW1, ROW4.rstrip("\n"), signature))
    assert len(notice.tasks) == 2
    last = notice.tasks[-1]
    assert last.text == "开展饮用水水源地环境问题排查整治"
    assert last.lead == ("县生态环境局",)
    assert "青梧县河长办公室" not in "".join(last.partners + last.lead)
    assert last.due == "长期坚持"


@pytest.mark.parametrize(
    ("lower", "partners"),
    [
        ("青石镇人民政府", ("县水利局", "青石镇人民政府")),  # a unit alone under the last row, no date under it
        ("2025年3月6日", ("县水利局",)),  # a date alone is never a cell's line
    ],
)
def test_a_unit_alone_under_the_last_row_with_no_date_under_it_stays_the_rows(
    lower: str, partners: tuple[str, ...]
) -> None:
    row = _row(STARTS, ("2",), ("推进园区招商",), ("县发展改革局",), ("县水利局", lower), ("2025年底前",))
    notice = parse_text(_notice(HEADER3, ROW1, row, "\n各乡镇要加强组织领导，确保任务落实。\n"))
    assert notice.tasks[1].partners == partners
    assert notice.tasks[1].due == "2025年底前"


def test_a_deadline_wrapped_over_two_lines_is_no_signed_date() -> None:
    row = _row(STARTS, ("2",), ("推进园区招商",), ("县发展改革局",), ("县水利局",), ("2025年6月", "30日前"))
    notice = parse_text(_notice(HEADER3, ROW1, row))
    assert notice.tasks[1].due == "2025年6月30日前"


@pytest.mark.parametrize(
    ("upper", "lower", "told"),
    [
        ("县水利局", "水务集团", "read as one: 县水利局 / 水务集团"),  # one name in the output
        ("县林业局", "相关部门", "read as two: 县林业局 / 相关部门"),  # the units' list splits them: two in the output
    ],
)
def test_a_units_cell_warning_says_what_the_output_does(upper: str, lower: str, told: str) -> None:
    row = _row(STARTS, ("1",), ("推进园区招商",), ("县发展改革局",), (upper, lower), ("2025年底前",))
    notice = parse_text(_notice(HEADER3, row, ROW4))
    messages = [w.message for w in notice.warnings if w.code == "table-units-unclear"]
    assert len(messages) == 1
    assert messages[0].endswith(told)
    assert len(notice.tasks[0].partners) == told.count("two") + 1


def test_rows_whose_number_stands_in_the_middle_under_a_section_row_and_wide_quotes() -> None:
    starts = (2, 10, 46, 64, 86)

    def wide(text: str) -> int:  # (a page whose quotes a CJK font set two columns wide)
        return display_width(text) + sum(text.count(q) for q in "“”")

    def lay(cells: tuple[str, ...]) -> str:
        return _lay(starts, cells, wide)

    text = (
        COVER
        + lay(("序号", "重点任务", "牵头单位", "配合单位", "完成时限"))
        + "\n\n  一、提升准入准营便利度\n\n"
        + lay(("", "推行企业开办“一网通办”，实现营", "", "县公安局、税务局、", "2025年6月"))
        + "\n"
        + lay(("1", "业执照、公章刻制等事项一日办结", "县市场监管局", "人力资源社会保障局", "底前"))
        + "\n\n"
        + lay(("", "建设惠企政策“免申即享”平台，实", "县工业和信息化", "县财政局、大数据中", "2025年9月"))
        + "\n"
        + lay(("2", "现政策精准推送", "局", "心", "底前"))
        + "\n\n                                — 2 —\n  续表\n\n"
        + lay(("序号", "重点任务", "牵头单位", "配合单位", "完成时限"))
        + "\n\n"
        + lay(("3", "推进口岸提效降费", "县商务局", "县交通运输局", "2025年底前"))
        + "\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        (
            "推行企业开办“一网通办”，实现营业执照、公章刻制等事项一日办结",
            ("县市场监管局",),
            ("县公安局", "县税务局", "县人力资源社会保障局"),
            "2025年6月底前",
        ),
        (
            "建设惠企政策“免申即享”平台，实现政策精准推送",
            ("县工业和信息化局",),
            ("县财政局", "县大数据中心"),
            "2025年9月底前",
        ),
        ("推进口岸提效降费", ("县商务局",), ("县交通运输局",), "2025年底前"),
    ]
