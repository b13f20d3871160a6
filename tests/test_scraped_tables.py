"""Task tables and notice heads as held-out scrapes give them: rows whose cells lost their tabs, a table
one cell a line with only a task and a units column, a units cell broken over two lines, deadline
cells that keep their verb, and 文号 and titles in page metadata. Each notice here is written for
the test."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|start of its text|lead|partners|departments|deadline."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.text[:6], t.lead, t.partners, t.departments, t.due)
        )
        for t in notice.tasks
    ]


# ------------------------------------------------------------------ one cell a line, task and units only


def test_a_table_one_cell_a_line_with_only_task_and_units_columns() -> None:
    text = "松岭县村容整治任务清单\n工作任务\n责任单位\n清理河塘垃圾\n县农业农村局\n修缮村级道路\n县交通运输局\n"
    assert facts(parse_text(text)) == [
        "1|清理河塘垃圾|||县农业农村局|",
        "2|修缮村级道路|||县交通运输局|",
    ]


def test_the_signature_after_such_a_table_is_no_row() -> None:
    text = (
        "松岭县人民政府关于村容整治的实施意见\n一、总体要求\n整治村容村貌。\n二、重点任务\n"
        "工作任务\n责任单位\n清理河塘垃圾\n县农业农村局\n修缮村级道路\n县交通运输局\n"
        "松岭县人民政府\n2024年5月6日\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "1|清理河塘垃圾|||县农业农村局|",
        "2|修缮村级道路|||县交通运输局|",
    ]
    assert notice.warnings == ()
    assert [(b.kind, b.line) for b in notice.boilerplate if b.kind == "signature"] == [
        ("signature", 11),
        ("signature", 12),
    ]


# ------------------------------------------------------------------ a units cell broken over two lines

BROKEN_UNITS = [
    (
        "青岚县助餐服务任务分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t建设社区食堂\t县民政局\t县财政局\n县市场监管局\t2024年12月底前\n"
        "2\t培训助餐员\t县人力资源社会保障局\t县民政局\t2025年3月底前\n"
    ),
    (
        "青岚县助餐服务任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n"
        "1 建设社区食堂 县民政局 县财政局\n县市场监管局 2024年12月底前\n"
        "2 培训助餐员 县人力资源社会保障局 县民政局 2025年3月底前\n"
    ),
]


def test_a_units_cell_broken_over_two_lines_keeps_both_units() -> None:
    for text in BROKEN_UNITS:
        assert facts(parse_text(text)) == [
            "1|建设社区食堂|县民政局|县财政局、县市场监管局|县民政局、县财政局、县市场监管局|2024年12月底前",
            "2|培训助餐员|县人力资源社会保障局|县民政局|县人力资源社会保障局、县民政局|2025年3月底前",
        ], text


# ------------------------------------------------------------------ deadline cells that keep their verb


def test_a_deadline_cell_keeps_only_its_date() -> None:
    text = (
        "松岭县供水保障任务分解表\n序号\t工作任务\t牵头单位\t完成时限\n"
        "1\t扩建第二水厂\t县水务局\t2024年9月投用\n"
        "2\t改造农村管网\t县水务局\t2025年底前建成\n"
        "3\t划定水源保护区\t县生态环境分局\t2024年6月底前全面完成\n"
        "4\t巡查水源地\t县水务局\t每半年一次\n"
    )
    notice = parse_text(text)
    assert [(t.due, t.due_date) for t in notice.tasks] == [
        ("2024年9月", "2024-09-30"),
        ("2025年底前", "2025-12-31"),
        ("2024年6月底前", "2024-06-30"),
        ("每半年一次", None),
    ]


# ------------------------------------------------------------------ heads: 文号 and title in page metadata

BODY = "各乡镇人民政府，县直各单位：\n  为整治河道，提出如下意见。\n一、重点任务\n（一）清理河道。2024年底前完成。（牵头单位：县水务局）\n"

HEADS = [
    # the own 文号 after a 文件编号 label, above a cover notice's title
    (
        "文件编号：松政办发〔2024〕12号\n松岭县人民政府办公室关于印发松岭县河道整治实施方案的通知\n" + BODY,
        "松岭县人民政府办公室关于印发松岭县河道整治实施方案的通知",
        "松政办发〔2024〕12号",
    ),
    # a 文号 in brackets at the end of the title line
    (
        "松岭县人民政府关于河道整治的实施意见[松政发〔2024〕3号]\n" + BODY,
        "松岭县人民政府关于河道整治的实施意见",
        "松政发〔2024〕3号",
    ),
    # ASCII brackets in a 发布文号 line, and a title behind a spaced-out 标题 label
    (
        "发布文号: 松政发[2006]15号\n标　　题：松岭县人民政府关于河道整治的实施意见\n" + BODY,
        "松岭县人民政府关于河道整治的实施意见",
        "松政发〔2006〕15号",
    ),
    # page metadata written as a pipe table
    (
        "| 标题 | 松岭县人民政府关于河道整治的实施意见 |\n| 文号 | 松政发〔2006〕15号 |\n" + BODY,
        "松岭县人民政府关于河道整治的实施意见",
        "松政发〔2006〕15号",
    ),
    # a 文号 whose number is written with 第, at the end of the title
    (
        "松岭县人民政府关于河道整治的实施意见（松政发〔2006〕第15号）\n" + BODY,
        "松岭县人民政府关于河道整治的实施意见",
        "松政发〔2006〕15号",
    ),
    # a labelled title with its 文号 at the end
    (
        "标题：松岭县人民政府关于河道整治的实施意见（松政发〔2024〕9号）\n" + BODY,
        "松岭县人民政府关于河道整治的实施意见",
        "松政发〔2024〕9号",
    ),
]


def test_heads_title_and_own_doc_number() -> None:
    for text, title, doc_number in HEADS:
        notice = parse_text(text)
        assert (notice.metadata.title, notice.metadata.doc_number_normalized) == (title, doc_number), text
        assert [t.lead for t in notice.tasks] == [("县水务局",)], text


# ------------------------------------------------------------------ rows whose cells a single space separates

SPACED_HEAD = "松岭县供水保障任务分解表\n序号 工作任务 牵头单位 配合单位 完成时限\n"


def codes(notice: Notice) -> list[tuple[str, int]]:
    return [(w.code, w.line) for w in notice.warnings]


def test_spaced_row_cells_are_read_by_what_they_hold() -> None:
    text = (
        SPACED_HEAD + "1 扩建第二水厂，新增供水能力 县水务局 县发展改革局、县财政局 2024年9月 投用\n"
        "2 改造农村管网 县水务局 — 2025年底前\n"
        "3.划定水源保护区 县生态环境分局 县水务局 2024年6月底前\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "1|扩建第二水厂|县水务局|县发展改革局、县财政局|县水务局、县发展改革局、县财政局|2024年9月",
        "2|改造农村管网|县水务局||县水务局|2025年底前",
        "3|划定水源保护|县生态环境分局|县水务局|县生态环境分局、县水务局|2024年6月底前",
    ]
    assert notice.tasks[0].text == "扩建第二水厂，新增供水能力"
    assert codes(notice) == []


def test_units_a_space_separates_within_a_cell_are_kept_and_the_guess_warned() -> None:
    text = SPACED_HEAD + "1 扩建第二水厂 县水务局 县发展改革局 县财政局 2024年9月底前\n"
    notice = parse_text(text)
    assert facts(notice) == [
        "1|扩建第二水厂|县水务局|县发展改革局、县财政局|县水务局、县发展改革局、县财政局|2024年9月底前"
    ]
    assert codes(notice) == [("row-cells-guessed", 3)]


def test_column_names_a_space_cut_in_two_are_names() -> None:
    text = (
        "松岭县供水保障任务分解表\n序号 工作任务 牵头 单位 配合 单位 完成 时限\n"
        "1 扩建第二水厂 县水务局 县财政局 2024年9月底前\n"
    )
    assert facts(parse_text(text)) == ["1|扩建第二水厂|县水务局|县财政局|县水务局、县财政局|2024年9月底前"]


def test_units_in_a_column_the_parser_does_not_know_are_warned_per_row() -> None:
    text = "松岭县供水保障任务分解表\n序号 工作任务 主管股室 完成时限\n1 扩建第二水厂 县水务局 2024年9月底前\n"
    notice = parse_text(text)
    assert facts(notice) == ["1|扩建第二水厂||||2024年9月底前"]
    assert codes(notice) == [("row-units-unread", 3)]


def test_a_row_with_no_cell_that_reads_as_a_unit_is_warned() -> None:
    text = "松岭县供水保障任务分解表\n序号 工作任务 责任单位 完成时限\n1 扩建第二水厂 甲乙丙 2024年9月底前\n"
    notice = parse_text(text)
    assert facts(notice) == ["1|扩建第二水厂|||甲乙丙|2024年9月底前"]
    assert codes(notice) == [("row-units-unsure", 3)]


def test_spaced_rows_of_a_table_without_numbers_are_counted() -> None:
    text = (
        "松岭县供水保障任务分解表\n工作任务 牵头单位 配合单位 完成时限\n"
        "扩建第二水厂 县水务局 县财政局 2024年9月底前\n改造农村管网 县水务局 各乡镇人民政府 2025年底前\n"
    )
    assert facts(parse_text(text)) == [
        "1|扩建第二水厂|县水务局|县财政局|县水务局、县财政局|2024年9月底前",
        "2|改造农村管网|县水务局|各乡镇人民政府|县水务局、各乡镇人民政府|2025年底前",
    ]


def test_a_last_column_of_remarks_in_spaced_rows() -> None:
    text = (
        "松岭县供水保障任务分解表\n序号 工作任务 牵头单位 配合单位 完成时限 备注\n"
        "1 扩建第二水厂 县水务局 县财政局 2024年9月底前\n"
        "2 改造农村管网 县水务局 各乡镇人民政府 2025年底前 已列入年度计划\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "1|扩建第二水厂|县水务局|县财政局|县水务局、县财政局|2024年9月底前",
        "2|改造农村管网|县水务局|各乡镇人民政府|县水务局、各乡镇人民政府|2025年底前",
    ]
    assert codes(notice) == [("column-not-kept", 2)]  # the remark is no task's: warned, not lost silently


def test_a_header_one_name_a_line_with_no_task_column_known_is_warned() -> None:
    text = "松岭县村容整治任务清单\n序号\n整治标准\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
    from policy_cli.parse.annex import unread_headers
    from policy_cli.parse.lines import split_lines

    warned = unread_headers(split_lines(text))
    assert [(w.code, w.line) for w in warned] == [("table-header-unread", 2)]
    readable = "松岭县村容整治任务清单\n序号\n工作任务\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
    assert unread_headers(split_lines(readable)) == []


@pytest.mark.parametrize(
    "columns",
    [
        # a rectification list one cell a line, whose rows are read as tasks: its header is no header unread
        ("问题", "整改措施"),
        ("问题", "整改目标", "整改措施"),
    ],
)
def test_a_header_one_name_a_line_whose_rows_are_read_is_not_warned_unread(columns: tuple[str, ...]) -> None:
    cells = {"问题": "河道沿岸垃圾堆放", "整改目标": "沿岸垃圾全部清运", "整改措施": "组织集中清运，建立巡河保洁制度"}
    text = (
        "松岭县生态环境问题整改清单\n序号\n"
        + "".join(f"{c}\n" for c in columns)
        + "责任单位\n完成时限\n1\n"
        + "".join(f"{cells[c]}\n" for c in columns)
        + "县水利局\n2024年10月底前\n"
    )
    notice = parse_text(text)
    assert [(t.source, t.departments, t.due) for t in notice.tasks] == [("annex", ("县水利局",), "2024年10月底前")]
    assert not [w for w in notice.warnings if w.code == "table-header-unread"]


@pytest.mark.parametrize(
    ("rows", "warned"),
    [
        ((), True),  # no row of the table read as a task: its header is warned
        ((6,), False),  # its first row read as a task: the header was read after all
        ((20,), True),  # near form: a task far below is another table's
    ],
)
def test_a_header_one_name_a_line_is_unread_only_when_no_row_under_it_is_read(
    rows: tuple[int, ...], warned: bool
) -> None:
    from policy_cli.parse.annex import unread_headers
    from policy_cli.parse.lines import split_lines

    text = "松岭县村容整治任务清单\n序号\n整治标准\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
    found = [(w.code, w.line) for w in unread_headers(split_lines(text), rows)]
    assert found == ([("table-header-unread", 2)] if warned else [])


def test_a_header_one_name_a_line_whose_task_column_the_vocabulary_lacks_is_read() -> None:
    for name in ("工作目标", "整治目标", "推进措施"):
        text = (
            "松岭县人民政府关于村容整治的实施方案\n一、总体要求\n县农业农村局统筹整治村容村貌。\n二、工作任务\n"
            f"序号\n{name}\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
            "2\n修缮村级道路\n县交通运输局\n2025年6月底前\n"
        )
        notice = parse_text(text)
        assert facts(notice)[-2:] == [
            "1|清理河塘垃圾|||县农业农村局|2024年底前",
            "2|修缮村级道路|||县交通运输局|2025年6月底前",
        ], name
        assert all("完成时限" not in t.departments for t in notice.tasks)


def test_more_task_column_names_with_only_a_units_column() -> None:
    for name in ("工作目标", "主要内容", "具体内容", "推进措施", "改革举措"):
        text = f"松岭县村容整治任务清单\n{name}\n责任单位\n清理河塘垃圾\n县农业农村局\n修缮村级道路\n县交通运输局\n"
        assert facts(parse_text(text)) == ["1|清理河塘垃圾|||县农业农村局|", "2|修缮村级道路|||县交通运输局|"], name


def test_a_spaced_header_row_whose_task_column_the_vocabulary_lacks_is_read() -> None:
    text = "松岭县村容整治任务清单\n序号\t主要内容\t责任单位\t完成时限\n1\t清理河塘垃圾\t县农业农村局\t2024年底前\n"
    assert facts(parse_text(text)) == ["1|清理河塘垃圾|||县农业农村局|2024年底前"]


def test_page_navigation_after_a_table_one_cell_a_line_is_no_row() -> None:
    text = (
        "松岭县人民政府关于村容整治的实施方案\n一、总体要求\n县农业农村局统筹整治村容村貌。\n二、工作任务\n"
        "序号\n工作任务\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
        "2\n修缮村级道路\n县交通运输局\n2025年6月底前\n"
        "上一篇：松岭县关于秋粮收购的通知\n下一篇：松岭县防汛预案\n【打印】【关闭】\n扫一扫在手机打开当前页\n"
    )
    notice = parse_text(text)
    assert facts(notice)[-1] == "2|修缮村级道路|||县交通运输局|2025年6月底前"
    assert notice.warnings == ()
    assert [(b.kind, b.line) for b in notice.boilerplate if b.kind == "footer"] == [
        ("footer", 17),
        ("footer", 18),
        ("footer", 19),
        ("footer", 20),
    ]


def test_a_table_one_cell_a_line_whose_cells_end_in_a_stray_pipe_is_read() -> None:
    cells = ["序号", "工作任务", "责任单位", "完成时限", "1", "清理河塘垃圾", "县农业农村局", "2024年底前"]
    cells += ["2", "修缮村级道路", "县交通运输局", "2025年6月底前"]
    for form in ("{cell} |\n", "| {cell}\n"):
        text = "松岭县村容整治重点任务清单\n" + "".join(form.format(cell=cell) for cell in cells)
        notice = parse_text(text)
        assert facts(notice) == [
            "1|清理河塘垃圾|||县农业农村局|2024年底前",
            "2|修缮村级道路|||县交通运输局|2025年6月底前",
        ]
        assert notice.warnings == ()


def test_a_pipe_alone_in_such_a_table_is_an_empty_cell() -> None:
    cells = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    cells += [
        "1",
        "清理河塘垃圾",
        "县农业农村局",
        "",
        "2024年底前",
        "2",
        "修缮村级道路",
        "县交通运输局",
        "县财政局",
        "2025年底前",
    ]
    text = "松岭县村容整治重点任务清单\n" + "".join(f"{cell} |\n" for cell in cells)
    assert facts(parse_text(text)) == [
        "1|清理河塘垃圾|县农业农村局||县农业农村局|2024年底前",
        "2|修缮村级道路|县交通运输局|县财政局|县交通运输局、县财政局|2025年底前",
    ]


def test_units_a_space_separates_in_one_cell_are_several_units() -> None:
    text = (
        "松岭县村容整治重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t清理河塘垃圾\t县农业农村局\t县财政局 县卫健委\t2024年底前\n"
        "2\t修缮村级道路\t县交通运输局\t各乡镇人民政府 县公路 养护中心\t2025年6月底前\n"
    )
    notice = parse_text(text)
    assert facts(notice) == [
        "1|清理河塘垃圾|县农业农村局|县财政局、县卫健委|县农业农村局、县财政局、县卫健委|2024年底前",
        "2|修缮村级道路|县交通运输局|各乡镇人民政府、县公路养护中心|县交通运输局、各乡镇人民政府、县公路养护中心|2025年6月底前",
    ]


def test_the_own_doc_number_in_a_bracketed_page_field() -> None:
    head = "【索引号】11350000-0000-2024-00012\n【发文机关】松岭县人民政府办公室\n{field}【发布日期】2024-05-06\n"
    body = "松岭县人民政府办公室关于村容整治的实施方案\n一、总体要求\n整治村容村貌。\n二、工作任务\n（一）清理河塘垃圾。县农业农村局负责，2024年底前完成。\n"
    for field in (
        "【发文字号】松政办〔2024〕12号\n",
        "【文号】松政办〔2024〕12号\n",
        "[发文字号] 松政办〔2024〕12号\n",
    ):
        notice = parse_text(head.format(field=field) + body)
        assert notice.metadata.doc_number == "松政办〔2024〕12号"
        assert notice.metadata.index_number == "11350000-0000-2024-00012"
        assert notice.metadata.title == "松岭县人民政府办公室关于村容整治的实施方案"
        assert facts(notice) == ["1|清理河塘垃圾|||县农业农村局|2024年底前"]
    without = parse_text(head.format(field="") + body)
    assert without.metadata.doc_number is None
    assert without.metadata.index_number == "11350000-0000-2024-00012"


def test_a_column_name_is_never_a_unit() -> None:
    text = (
        "松岭县人民政府关于村容整治的实施方案\n一、总体要求\n整治村容村貌。\n二、工作任务\n"
        "序号\n整治标准\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
    )
    notice = parse_text(text)
    assert all("完成时限" not in (*t.departments, *t.lead, *t.partners) for t in notice.tasks)
    codes = {(w.code, w.line) for w in notice.warnings}
    assert ("column-name-as-unit", 4) in codes
    assert ("table-header-unread", 5) in codes


def test_page_fields_and_links_after_a_table_one_cell_a_line_end_its_last_row() -> None:
    for tail in ("责任编辑：李明", "来源：松岭县人民政府", "相关链接：", "分享："):
        text = (
            "松岭县人民政府关于村容整治的实施方案\n一、总体要求\n县农业农村局统筹整治村容村貌。\n二、工作任务\n"
            "序号\n工作任务\n责任单位\n完成时限\n1\n清理河塘垃圾\n县农业农村局\n2024年底前\n"
            f"2\n修缮村级道路\n县交通运输局\n2025年6月底前\n{tail}\n"
        )
        notice = parse_text(text)
        assert facts(notice)[-1] == "2|修缮村级道路|||县交通运输局|2025年6月底前", tail
        assert notice.warnings == (), tail
        assert [(b.kind, b.line) for b in notice.boilerplate] == [("footer", 17)], tail


@pytest.mark.parametrize(
    ("cell", "expected", "warned"),
    [
        # a sentence under 责任单位 (the cells shifted by the scrape): no unit is read, the row is warned
        ("改造城西泵站工程。", "1|扩建第二水厂||||2024年9月底前", True),
        ("3月开工，年内完工。", "1|扩建第二水厂||||2024年9月底前", True),
        # a unit's name or a list of them closing with a full stop is read as written
        ("县水务局。", "1|扩建第二水厂|||县水务局|2024年9月底前", False),
        ("县水务局、县财政局。", "1|扩建第二水厂|||县水务局、县财政局|2024年9月底前", False),
    ],
)
def test_a_units_cell_holding_a_sentence_names_no_unit(cell: str, expected: str, warned: bool) -> None:
    text = f"松岭县供水保障任务分解表\n序号\t工作任务\t责任单位\t完成时限\n1\t扩建第二水厂\t{cell}\t2024年9月底前\n"
    notice = parse_text(text)
    assert facts(notice) == [expected]
    assert any(w.code == "row-units-unsure" for w in notice.warnings) == warned


SHIFTED_HEAD = "松岭县政务公开任务分工表\n工作任务 | 工作要求 | 责任单位 | 备注 |\n"


@pytest.mark.parametrize(
    ("row", "expected", "code"),
    [
        # a group's cell merged over the rows before the task: the row one cell longer, its units under 备注
        (
            "深化公开内容 | 推进重点领域公开 | 重点推进规划、征收补偿、教育招生、就业创业、社会救助等方面信息的公开,"
            "并形成公开细则 | 县自然资源局、县教育局、县人社局 | |",
            "深化公开内容|||县自然资源局、县教育局、县人社局",
            "row-cells-shifted",
        ),
        # prose under 责任单位 with no units after it: no unit is read, warned
        (
            "推进重点领域公开 | 按季度梳理 | 重点推进规划、征收补偿、教育招生、就业创业、社会救助等方面信息的公开,"
            "并形成公开细则 | |",
            "推进重点领域|||",
            "row-units-unsure",
        ),
        # near case: a long cell of units with their roles is read as units, nothing shifted
        (
            "推进重点领域公开 | 按季度梳理发布 | 县自然资源局牵头，县教育局、县人力资源和社会保障局、县民政局、县医疗保障局配合 | |",
            "推进重点领域|县自然资源局|县教育局、县人力资源和社会保障局、县民政局、县医疗保障局|"
            "县自然资源局、县教育局、县人力资源和社会保障局、县民政局、县医疗保障局",
            None,
        ),
    ],
)
def test_a_row_shifted_by_a_merged_cell_reads_its_units_where_they_stand(
    row: str, expected: str, code: str | None
) -> None:
    notice = parse_text(SHIFTED_HEAD + row + "\n")
    assert ["|".join(f.split("|")[1:5]) for f in facts(notice)] == [expected]
    shifted = {w.code for w in notice.warnings} & {"row-cells-shifted", "row-units-unsure"}
    assert shifted == ({code} if code else set())
