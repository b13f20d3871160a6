"""Task tables as real pages of the genre write them: group columns given as 一、/（一） headings in a
table scraped one cell a line, units cells that state roles with verbs. Each notice here is written for
the test."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|path|start of its text|lead|partners|departments|deadline."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.path, t.text[:6], t.lead, t.partners, t.departments, t.due)
        )
        for t in notice.tasks
    ]


HEAD = (
    "青石市人民政府办公室关于印发青石市便民服务提升方案的通知\n青政办发〔2024〕3号\n"
    "各区人民政府，市政府各部门：\n　　现将方案印发给你们，请认真贯彻执行。\n青石市人民政府办公室\n2024年3月1日\n附件\n"
)

# ------------------------------------------------------------------ group columns written as headings

GROUP_HEADINGS = [
    (  # 任务 | 主要内容 | 责任单位 | 完成时限, the 任务 cell written as a （一） heading
        HEAD + "青石市便民服务提升任务表\n任务\n主要内容\n责任单位\n完成时限\n"
        "一、优化窗口服务\n（一）压缩办理时间\n设立综合受理窗口五个。\n市政务服务中心牵头落实\n2024年6月底前\n"
        "推行证照联办改革。\n市行政审批局牵头，市市场监管局配合\n2024年9月底前\n"
        "（二）延伸服务网点\n在乡镇设立代办点。\n市政务服务中心、各区人民政府分别负责\n2024年12月底前\n",
        [
            "1|一/（一）/1|设立综合受理|市政务服务中心||市政务服务中心|2024年6月底前",
            "2|一/（一）/2|推行证照联办|市行政审批局|市市场监管局|市行政审批局、市市场监管局|2024年9月底前",
            "3|一/（二）/3|在乡镇设立代|||市政务服务中心、各区人民政府|2024年12月底前",
        ],
    ),
    (  # bare units cells still take the blank group cell
        HEAD + "青石市便民服务提升任务表\n任务\n主要内容\n责任单位\n完成时限\n"
        "一、优化窗口服务\n（一）压缩办理时间\n设立综合受理窗口五个。\n市政务服务中心\n2024年6月底前\n",
        ["1|一/（一）/1|设立综合受理|||市政务服务中心|2024年6月底前"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_HEADINGS)
def test_a_group_column_given_as_headings_leaves_the_rows_one_cell_short(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert not [w for w in notice.warnings if w.code == "row-incomplete"]


# ------------------------------------------------------------------ a project column, leaders, a merged 序号

PROJECT_TABLE = (
    HEAD + "青石市2024年为民办实事项目分工表\n"
    "序号\t为民实事项目\t责任市领导\t牵头单位\t配合单位\t完成时限\n"
    "1\t新建公办托育园两所。\t赵某\t市卫生健康委\t市教育局\t2024年10月底前\n"
    "2\t改造城区排水管网十公里。\t同上\t市住房城乡建设局\t市水务局\t2024年11月底前\n"
    "\t更新老旧供水设施。\t\t\t市水务局\t6月底前\n"
    "3\t新增公共充电桩三百个。\t\t市发展改革委\t同上\t全年\n"
)


def test_a_project_column_a_leaders_column_and_a_row_under_a_merged_number() -> None:
    notice = parse_text(PROJECT_TABLE)
    assert facts(notice) == [
        "1|1|新建公办托育|市卫生健康委|市教育局|市卫生健康委、市教育局|2024年10月底前",
        "2|2|改造城区排水|市住房城乡建设局|市水务局|市住房城乡建设局、市水务局|2024年11月底前",
        "4|2|更新老旧供水|市住房城乡建设局|市水务局|市住房城乡建设局、市水务局|6月底前",
        "3|3|新增公共充电|市发展改革委|市水务局|市发展改革委、市水务局|全年",
    ]
    assert [t.leaders for t in notice.tasks] == [("赵某",), ("赵某",), (), ()]
    # one warning for the row under the merged 序号, naming the number it shares and the one it is listed as
    numbering = ("row-number-shared", "task-renumbered", "task-numbering-repeat")
    at_row = [w for w in notice.warnings if w.line == 12 and w.code in numbering]
    assert [w.code for w in at_row] == ["row-number-shared"]
    assert "number 2" in at_row[0].message and "task 4" in at_row[0].message
    assert not [w for w in notice.warnings if w.code in ("task-renumbered", "task-numbering-repeat")]
    assert not [w for w in notice.warnings if w.code == "cell-same-as-above-empty"]


# ------------------------------------------------------------------ column names taken from the role labels

LABEL_COLUMNS = [
    (
        "序号 重点工作 主要责任单位 协同配合单位 完成时限",
        ["1|1|建设智慧停车|市城市管理局|市公安局、市财政局|市城市管理局、市公安局、市财政局|2024年12月底前"],
    ),
    (
        "序号\t重点工作\t主要牵头部门\t其他配合单位\t完成时限",
        ["1|1|建设智慧停车|市城市管理局|市公安局、市财政局|市城市管理局、市公安局、市财政局|2024年12月底前"],
    ),
]


@pytest.mark.parametrize(("header", "expected"), LABEL_COLUMNS)
def test_lead_and_partner_columns_named_as_the_role_labels_are(header: str, expected: list[str]) -> None:
    sep = "\t" if "\t" in header else " "
    row = sep.join(["1", "建设智慧停车平台。", "市城市管理局", "市公安局、市财政局", "2024年12月底前"])
    assert facts(parse_text(HEAD + f"青石市重点工作分解表\n{header}\n{row}\n")) == expected


# ------------------------------------------------------------------ two tables one cell a line, two annexes

TWO_VERTICAL_TABLES = (
    HEAD.replace("附件\n", "")
    + "附件1\n青石市2024年主要目标分解表\n序号\n2024年主要目标\n责任单位\n"
    + "1\n城镇新增就业三万人\n市人力资源社会保障局\n2\n粮食产量稳定在百万吨\n市农业农村局\n"
    + "附件2\n青石市2024年重点工作分解表\n序号\n类别\n工作任务\n牵头单位\n配合单位\n完成时限\n"
    + "1\n产业升级\n培育专精特新企业二十家。\n市工业和信息化局\n市财政局\n2024年12月底前\n"
    + "2\n产业升级\n建成数字经济产业园。\n市发展改革委\n市自然资源局\n2024年9月底前\n"
)


def test_a_second_table_one_cell_a_line_is_read_with_its_own_header() -> None:
    notice = parse_text(TWO_VERTICAL_TABLES)
    assert facts(notice) == [
        "1|1|城镇新增就业|||市人力资源社会保障局|",
        "2|2|粮食产量稳定|||市农业农村局|",
        "3|一/1|培育专精特新|市工业和信息化局|市财政局|市工业和信息化局、市财政局|2024年12月底前",
        "4|一/2|建成数字经济|市发展改革委|市自然资源局|市发展改革委、市自然资源局|2024年9月底前",
    ]
    # the second table numbered from 1 again: one warning for its rows, not one a row
    assert [w.code for w in notice.warnings if w.code == "task-renumbered"] == ["task-renumbered"]


# ------------------------------------------------------------------ one cell a line: a second task under one 序号

MERGED_NUMBER_VERTICAL = (
    HEAD + "青石市2024年民生实事分解表\n序号\n民生实事\n责任单位\n完成时限\n"
    "1\n新建城区公园两处。\n市城市管理局\n9月投入使用\n"
    "2\n改造老年活动中心。\n市民政局\n5月底前动工\n新建社区老年食堂。\n12月底前\n"
    "3\n新增公交线路五条。\n市交通运输局\n12月底前\n"
)


def test_a_second_task_under_a_merged_number_and_units_cell_one_cell_a_line() -> None:
    notice = parse_text(MERGED_NUMBER_VERTICAL)
    assert facts(notice) == [
        "1|1|新建城区公园|||市城市管理局|9月",
        "2|2|改造老年活动|||市民政局|5月底前",
        "4|2|新建社区老年|||市民政局|12月底前",
        "3|3|新增公交线路|||市交通运输局|12月底前",
    ]
    codes = [(w.code, w.line) for w in notice.warnings]
    assert ("row-number-shared", 21) in codes
    assert not [c for c in codes if c[0] in ("task-renumbered", "task-numbering-repeat")]
    assert ("cell-filled-from-above", 21) in codes


def test_a_column_name_written_with_spaces_one_name_a_line_and_a_row_cut_off() -> None:
    text = (
        HEAD
        + "青石市重点工作分解\n序号\n主 要 工 作 任 务\n责任单位\n1\n城镇新增就业三万人。\n市人力资源社会保障局\n2\n研发投入强度达到"
    )
    notice = parse_text(text)
    assert facts(notice) == ["1|1|城镇新增就业|||市人力资源社会保障局|", "2|2|研发投入强度||||"]
    assert [(w.code, w.line) for w in notice.warnings] == [("row-incomplete", 15)]


SPACED_LEAD_LINES = [
    (
        "1 一般公共预算收入增长5%。 市财政局\n市税务局\n市直有关部门、各区人民政府。\n",
        "1|1|一般公共预算|市财政局、市税务局|市直有关部门、各区人民政府|市财政局、市税务局、市直有关部门、各区人民政府|",
    ),
    (  # a lead unit written with its second name in brackets, one unit a line
        "1 一般公共预算收入增长5%。 市财政局\n市金融工作局(市地方金融监管局)\n市税务局\n市直有关部门、各区人民政府。\n",
        "1|1|一般公共预算|市财政局、市金融工作局(市地方金融监管局)、市税务局|市直有关部门、各区人民政府|"
        "市财政局、市金融工作局(市地方金融监管局)、市税务局、市直有关部门、各区人民政府|",
    ),
]


@pytest.mark.parametrize(("row", "first"), SPACED_LEAD_LINES)
def test_a_spaced_row_whose_lead_cell_breaks_over_lines_before_the_partners_list(row: str, first: str) -> None:
    text = (
        HEAD
        + "青石市重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n"
        + row
        + "2 新建公共停车场三处。 市城市管理局 市自然资源局、市住房城乡建设局。\n"
    )
    assert facts(parse_text(text)) == [
        first,
        "2|2|新建公共停车|市城市管理局|市自然资源局、市住房城乡建设局|市城市管理局、市自然资源局、市住房城乡建设局|",
    ]


# ------------------------------------------------------------------ a cover notice alone

COVER_ONLY = [
    (
        "青石市人民政府办公室关于印发青石市2024年重点工作任务分工方案的通知\n青政办发〔2024〕5号\n"
        "各区人民政府，市政府各部门：\n　　现将《青石市2024年重点工作任务分工方案》印发给你们，请认真抓好落实。\n"
        "青石市人民政府办公室\n2024年2月1日\n",
        "青石市人民政府办公室关于印发青石市2024年重点工作任务分工方案的通知",
        3,
    ),
    (  # no title kept: the annex link names the document
        "各镇人民政府，区政府各部门：\n　　现将任务分解表印发给你们，请各牵头单位抓好落实。\n"
        "附件：青石区政府工作报告任务分解表\n青石区人民政府办公室\n2024年2月1日\n",
        None,
        1,
    ),
    (  # a plan of the genre (实施计划) issued by the cover
        "青石市人民政府关于印发青石市全民健身实施计划(2021-2025年)的通知\n青府发〔2024〕5号\n"
        "各区人民政府，市政府各部门：\n　　现将《青石市全民健身实施计划(2021-2025年)》印发给你们，请认真贯彻执行。\n"
        "青石市人民政府\n2024年2月1日\n",
        "青石市人民政府关于印发青石市全民健身实施计划(2021-2025年)的通知",
        3,
    ),
]


@pytest.mark.parametrize(("text", "title", "line"), COVER_ONLY)
def test_a_cover_notice_of_the_genre_alone_is_read_with_a_warning(text: str, title: str | None, line: int) -> None:
    notice = parse_text(text)
    assert notice.metadata.title == title
    assert notice.metadata.signed == "2024-02-01"
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == [("cover-only", line)]


BODY_UNREAD = [
    (  # an excerpt cut inside the cover, before its signature
        "青石市人民政府办公室关于印发青石市2024年重点工作任务分工方案的通知\n各区人民政府，市政府各部门：\n"
        "　　现将《青石市2024年重点工作任务分工方案》印发给你们，请各牵头单位",
        [("cover-only", 2), ("text-cut-off", 3)],
    ),
    (  # a title of the genre over prose that names no part, table or assignment
        "青石市2024年重点工作任务分工方案\n为做好今年各项工作，制定本方案。全市各部门要认真抓好落实。\n",
        [("body-unread", 1)],
    ),
    (  # a cover issuing a 发展规划, the page cut off in the plan's first chapter (第一章, not a part)
        "各区人民政府，市政府各部门：\n　　《青石市妇女发展规划(2021—2025年)》已经市政府同意，现印发给你们。\n"
        "2024年2月1日\n青石市妇女发展规划(2021—2025年)\n第一章 发展现状\n妇女事业取得明显进展。\n",
        [("cover-only", 1)],
    ),
    (  # a cover issuing a 行动计划 written in unnumbered paragraphs that assign work: each is warned, no cover-only
        "各区人民政府，市政府各部门：\n　　现将《青石市文旅消费行动计划》印发给你们，请认真贯彻落实。\n"
        "青石市人民政府办公室\n2024年2月1日\n青石市文旅消费行动计划\n为激发文旅消费，制定本计划。\n"
        "举办啤酒音乐节，由市文旅局牵头，市公安局配合。\n发放文旅消费券，由市商务局负责。\n",
        [("body-unread", 1), ("line-not-read", 7), ("line-not-read", 8)],
    ),
    (  # the same with a 实施方案, one paragraph assigning work among prose
        "各区人民政府，市政府各部门：\n　　现将《青石市夜间经济实施方案》印发给你们，请认真贯彻落实。\n"
        "青石市人民政府办公室\n2024年2月1日\n青石市夜间经济实施方案\n夜间经济是城市活力的体现。\n"
        "建设夜市街区三条，由市商务局牵头，市城市管理局、市市场监管局配合。\n",
        [("body-unread", 1), ("line-not-read", 7)],
    ),
]


@pytest.mark.parametrize(("text", "codes"), BODY_UNREAD)
def test_a_notice_of_the_genre_with_no_body_read_is_warned_not_refused(text: str, codes: list[tuple[str, int]]) -> None:
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == codes


@pytest.mark.parametrize(
    "text",
    [
        "各区人民政府，市政府各部门：\n　　现将有关情况通报如下，请遵照执行。\n青石市人民政府办公室\n2024年2月1日\n",
        "青石市关于防汛工作情况的报告\n今年以来，防汛工作平稳有序。\n",
    ],
)
def test_a_cover_notice_of_another_kind_is_still_refused(text: str) -> None:
    from policy_cli.errors import InputError

    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(text)


# ------------------------------------------------------------------ cover rules applied to the tasks

SINGLE_UNIT_RULE = [
    "只列一个单位的，该单位为牵头单位。",
    "标注“牵头”的为牵头单位，只列一个单位的为牵头单位。",
    "仅有一个责任单位的即为牵头单位。",
]


@pytest.mark.parametrize("rule", SINGLE_UNIT_RULE)
def test_a_note_that_a_tasks_only_unit_leads_it(rule: str) -> None:
    text = (
        "青石市人民政府办公室关于印发青石市托育服务行动方案的通知\n各区人民政府，市政府各部门：\n"
        f"　　现将方案印发给你们，请认真贯彻执行。{rule}\n青石市人民政府办公室\n2024年2月1日\n"
        "青石市托育服务行动任务表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t新建托育机构五所。\t市卫生健康委（牵头）、市发展改革委\t2024年12月底前\n"
        "2\t落实托育补助资金。\t市财政局\t2024年6月底前\n"
        "3\t培训托育人员。\t市人力资源社会保障局、市卫生健康委\t2024年9月底前\n"
    )
    assert facts(parse_text(text)) == [
        # the unit not marked in a 责任单位 cell stays responsible
        "1|1|新建托育机构|市卫生健康委||市卫生健康委、市发展改革委|2024年12月底前",
        "2|2|落实托育补助|市财政局||市财政局|2024年6月底前",
        "3|3|培训托育人员|||市人力资源社会保障局、市卫生健康委|2024年9月底前",
    ]


def test_an_empty_lead_cell_under_the_no_lead_rule_is_no_merged_cell() -> None:
    table = (
        "青石市重点任务分解表\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
        "1\t建设产业园区。\t市发展改革委\t市财政局\t2024年12月\n"
        "2\t新建污水管网。\t\t市住房城乡建设局、市水务局\t每月通报\n"
    )
    cover = (
        "青石市人民政府关于印发重点任务分解方案的通知\n各区人民政府，市政府各部门：\n"
        "　　现将方案印发给你们。{rule}\n青石市人民政府\n2024年1月30日\n"
    )
    ruled = parse_text(cover.format(rule="无牵头单位的，责任单位即为牵头单位。") + table)
    assert facts(ruled)[1] == "2|2|新建污水管网|市住房城乡建设局、市水务局||市住房城乡建设局、市水务局|每月"
    assert not [w for w in ruled.warnings if w.code == "cell-filled-from-above"]
    merged = parse_text(cover.format(rule="") + table)  # without the rule an empty lead cell is merged
    assert facts(merged)[1] == "2|2|新建污水管网|市发展改革委||市发展改革委、市住房城乡建设局、市水务局|每月"
    assert [w.code for w in merged.warnings if w.code == "cell-filled-from-above"] == ["cell-filled-from-above"]


def test_group_headings_in_a_table_one_cell_a_line_that_ends_in_its_units_column() -> None:
    text = (
        "青石市2024年政务公开工作要点实施方案\n目标\n任务\n主要内容\n责任单位\n"
        "一、以公开促发展\n（一）加强政策解读\n围绕稳增长政策开展解读。\n市发展改革委牵头落实\n"
        "加强就业政策信息公开。\n市人力资源社会保障局牵头落实\n"
        "加强金融政策信息公开。\n市金融办、人民银"
    )
    notice = parse_text(text)
    assert facts(notice)[:2] == [
        "1|一/（一）/1|围绕稳增长政|市发展改革委||市发展改革委|",
        "2|一/（一）/2|加强就业政策|市人力资源社会保障局||市人力资源社会保障局|",
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [("row-cut-off", 13)]


# ------------------------------------------------------------------ a page cut off inside the last task

CUT_OFF = [
    ("1.建设污水管网。\n责任单位：市住房城乡建设局。\n2.新建公园两处。\n责任单位：市", "市", True),
    ("1.建设污水管网。\n责任单位：市住房城乡建设局。\n2.新建公园两处。\n责任单位：市城市管理局、市财", "市财", True),
    ("1.建设污水管网。\n责任单位：市住房城乡建设局。\n2.新建公园两处。\n责任单位：市城市管理局", None, False),
]


def test_a_text_that_ends_inside_the_last_items_sentence_is_warned() -> None:
    text = "青石市2024年重点工作责任分解\n一、市水务局牵头工作（2项）\n1.新建水厂一座。\n2.加强城区与乡镇供水管网"
    notice = parse_text(text)
    assert [t.lead for t in notice.tasks] == [("市水务局",), ("市水务局",)]
    assert [(w.code, w.line) for w in notice.warnings] == [("task-cut-off", 4)]
    whole = parse_text(text + "互联互通。\n")
    assert not [w for w in whole.warnings if w.code == "task-cut-off"]


@pytest.mark.parametrize(("tail", "cut", "warned"), CUT_OFF)
def test_a_text_that_ends_inside_the_last_tasks_units_is_warned(tail: str, cut: str | None, warned: bool) -> None:
    text = "青石市2024年重点工作责任分解\n一、重点工作\n" + tail
    notice = parse_text(text)
    assert len(notice.tasks) == 2
    found = [w for w in notice.warnings if w.code == "task-cut-off"]
    assert [(w.line, w.message.rsplit(": ", 1)[-1]) for w in found] == ([(6, cut)] if warned else [])


NOTE_SCOPE = [
    (  # a note with 下同 in the second task's units: the first task is not covered
        "1.建设污水管网。\n责任单位：市住房城乡建设局、市水务局\n"
        "2.新建公园两处。\n责任单位：市城市管理局、市财政局（列第一位为牵头或汇总单位，下同）\n"
        "3.改造老旧小区。\n责任单位：市住房城乡建设局、各区人民政府\n",
        ["", "市城市管理局", "市住房城乡建设局"],
    ),
    (  # a note in the first task's units covers every task
        "1.建设污水管网。\n责任单位：市住房城乡建设局、市水务局（列第一位者为工作牵头单位或汇总单位，下同）\n"
        "2.新建公园两处。\n责任单位：市城市管理局、市财政局\n",
        ["市住房城乡建设局", "市城市管理局"],
    ),
    (  # a note without 下同 in the last task's bracket: that task only, never the tasks before it
        "1.建设污水管网。（市住房城乡建设局、市水务局）\n"
        "2.新建公园两处。（市城市管理局、市财政局，排名第一的为牵头单位）\n",
        ["", "市城市管理局"],
    ),
    (  # a task giving each of its units its own verb keeps those roles under the note
        "1.建设污水管网。（市住房城乡建设局、市水务局，排名第一的为牵头单位）\n"
        "2.新建公园两处。由市城市管理局负责，各区人民政府抓好落实。\n",
        ["市住房城乡建设局", ""],
    ),
    (  # a note on a line of its own before the tasks covers every task, one verb for a list or not
        "各项任务中排在第一位的为牵头单位。\n1.建设污水管网。（市住房城乡建设局、市水务局）\n"
        "2.新建公园两处。（市城市管理局、市财政局负责）\n",
        ["市住房城乡建设局", "市城市管理局"],
    ),
]


@pytest.mark.parametrize(("items", "leads"), NOTE_SCOPE)
def test_a_note_on_leads_written_in_a_tasks_units_covers_it_and_the_tasks_after(items: str, leads: list[str]) -> None:
    notice = parse_text("青石市2024年重点工作责任分解\n一、重点工作\n" + items)
    assert ["、".join(t.lead) for t in notice.tasks] == leads


# ------------------------------------------------------------------ units written with no level at all

ISSUER_LEVEL = [
    ("青石区人民政府办公室", "区发改局", "区财政局、人民银行青石支行"),
    ("青石县人民政府", "县发改局", "县财政局、人民银行青石支行"),
    ("青石市文化和旅游局", "发改局", "财政局、人民银行青石支行"),  # no government's level: kept as written
    ("县人民政府办公室", "县发改局", "县财政局、人民银行青石支行"),  # a page that left out the place name
]


@pytest.mark.parametrize(("issuer", "lead", "partners"), ISSUER_LEVEL)
def test_units_with_no_level_take_the_issuing_governments(issuer: str, lead: str, partners: str) -> None:
    text = (
        f"{issuer}关于印发重点工作责任分解的通知\n各有关单位：\n　　现将分解印发给你们。\n{issuer}\n2024年2月20日\n"
        "重点工作责任分解\n一、重点工作\n1.稳住经济基本盘。\n牵头单位：发改局\n配合单位：财政局、人民银行青石支行\n"
    )
    task = parse_text(text).tasks[0]
    assert ("、".join(task.lead), "、".join(task.partners)) == (lead, partners)


# ------------------------------------------------------------------ an annex that is the document, in parts


def test_an_annex_written_in_parts_is_the_body_after_a_cover_with_numbered_requirements() -> None:
    text = (
        "青石县人民政府办公室关于印发重点任务清单的通知\n各乡镇人民政府，县直各单位：\n　　现将任务清单印发给你们。\n"
        "一、压实责任。各牵头单位要逐项推进。\n二、按月调度。每月5日前报送进展。\n附件：重点任务清单\n"
        "青石县人民政府办公室\n2025年3月12日\n附件\n重点任务清单\n"
        "一、县水利局牵头工作（2项）\n1.新建水厂一座。（配合：县财政局；10月底前）\n2.维修小型水库五座。\n"
        "二、县教育局牵头工作（1项）\n3.新建幼儿园两所。（配合：县住房城乡建设局）\n"
    )
    notice = parse_text(text)
    assert [(t.id, t.text[:5], t.lead, t.partners) for t in notice.tasks] == [
        (1, "新建水厂一", ("县水利局",), ("县财政局",)),
        (2, "维修小型水", ("县水利局",), ()),
        (3, "新建幼儿园", ("县教育局",), ("县住房城乡建设局",)),
    ]
    assert [p.title for p in notice.parts] == ["县水利局牵头工作（2项）", "县教育局牵头工作（1项）"]
    assert "一、压实责任" in notice.preamble
    assert not [w for w in notice.warnings if w.code == "annex-unparsed"]


def test_a_county_page_whose_table_gives_its_group_columns_as_headings() -> None:
    from policy_cli.source import parse_file

    from .conftest import FIXTURES

    notice = parse_file(FIXTURES / "genre" / "county_page_cells_group_headings.txt").notice
    assert notice.metadata.title == "县人民政府办公室关于印发青石县为民办实事任务清单的通知"
    assert notice.metadata.doc_number_normalized == "青政办发〔2024〕7号"
    assert notice.metadata.signed == "2024-03-05"
    assert facts(notice) == [
        "1|一/（一）/1|新建城区幼儿|县教育局|县自然资源局|县教育局、县自然资源局|2024年9月",
        "2|一/（一）/2|改扩建乡镇寄|||县教育局、县财政局|12月底前",
        "3|一/（二）/3|为农村学校配|县教育局||县教育局|10月底前",
        "4|二/（一）/4|新建乡镇敬老|县民政局|县住房城乡建设局|县民政局、县住房城乡建设局|2024年12月底前",
    ]
    assert notice.warnings == ()


BLANK_LINE_CELLS = (
    HEAD + "青石市重点工作分解表\n\n序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
    "1\n\n开展一老一小关爱行动。\n\n市民政局\n市卫生健康委\n\n市教育局\n\n长期坚持\n\n"
    "2\n\n新建社区食堂五个。\n\n市民政局\n\n市财政局\n市市场监管局\n\n2024年10月底前\n"
)


def test_cells_a_blank_line_apart_keep_a_cells_units_on_adjacent_lines_together() -> None:
    notice = parse_text(BLANK_LINE_CELLS)
    assert facts(notice) == [
        "1|1|开展一老一小|市民政局、市卫生健康委|市教育局|市民政局、市卫生健康委、市教育局|长期坚持",
        "2|2|新建社区食堂|市民政局|市财政局、市市场监管局|市民政局、市财政局、市市场监管局|2024年10月底前",
    ]
    assert not [w for w in notice.warnings if w.code in ("row-cells-guessed", "row-too-long")]


# ------------------------------------------------------------------ pipe rows with no bar before the first cell

OPEN_PIPES = (
    "青禾区2024年民生实事项目推进计划\n"
    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
    "1 | 新建城市书房5家。 | 1.5月底前完成选址。 2.10月底前建成开放。 | 区文广旅体局 | 区财政局、各街道 |\n"
    "2 | 改造老旧小区12个。 | 1.4月底前开工;9月底前完工。 | 区住建局 | 区财政局 |\n"
)


@pytest.mark.parametrize(
    ("tail", "expected", "warned"),
    [
        ("", [], []),
        (  # the page stops inside the last row, before its closing bar: kept as read, and warned
            "3 | 新增公共停车泊位800个。 | 1.6月底前完成\n",
            ["3|3|新增公共停车||||"],
            [("row-incomplete", 5)],
        ),
    ],
)
def test_a_pipe_table_with_no_bar_before_its_first_cell_is_read(
    tail: str, expected: list[str], warned: list[tuple[str, int]]
) -> None:
    notice = parse_text(OPEN_PIPES + tail)
    assert facts(notice) == [
        "1|1|新建城市书房|区文广旅体局|区财政局、各街道|区文广旅体局、区财政局、各街道|",
        "2|2|改造老旧小区|区住建局|区财政局|区住建局、区财政局|",
        *expected,
    ]
    # the named item and the plan of its measures make one task text
    assert notice.tasks[0].text.startswith("新建城市书房5家。") and "10月底前建成开放" in notice.tasks[0].text
    assert [(w.code, w.line) for w in notice.warnings] == warned


# ------------------------------------------------------------------ labelled blocks with no numbering

LABELLED_BLOCKS = (
    "青禾区2024年为民办实事任务清单\n"
    "新建城市书房5家，每家面积不少于200平方米。\n"
    "牵头单位\n区文广旅体局\n配合单位\n区财政局、各街道\n"
    "改造老旧小区12个。\n"
    "牵头单位：区住建局\n配合单位：区财政局\n"
)


def test_labelled_blocks_with_no_numbering_are_read_not_refused() -> None:
    notice = parse_text(LABELLED_BLOCKS)
    assert notice.metadata.title == "青禾区2024年为民办实事任务清单"
    # each paragraph over its labels is a block of its own, numbered in order
    assert [(t.text[:6], t.lead, t.partners) for t in notice.tasks] == [
        ("新建城市书房", ("区文广旅体局",), ("区财政局", "各街道")),
        ("改造老旧小区", ("区住建局",), ("区财政局",)),
    ]
    assert not notice.warnings


def test_a_single_label_in_a_plain_notice_is_kept_and_warned() -> None:
    # a role label is a sign of the genre: the notice is kept, its label's line warned, never refused
    notice = parse_text("青禾区关于开展节水宣传的通知\n各街道：\n请于5月底前报送宣传情况。责任单位：区水务局。\n")
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings] == [("body-unread", 3), ("line-not-read", 3)]


# ------------------------------------------------------------------ sub-numbered rows and <br> left in cells

SUBROWS = (
    "青禾区2025年托育服务任务分工\n"
    "| 序号 | 重点任务 | 牵头单位 | 协同单位 | 完成时间 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | 新建社区托育点4个。 | 区卫生健康局 | 区财政局 | 2025年9月底前 |\n"
    "| 2.1 | 培训托育从业人员300人。 | 区人力资源社会保障局 | 区卫生健康局 | 2025年10月底前 |\n"
    "| 2.2 | 开展托育机构安全检查。 | 区市场监管局<br>区消防救援大队 | 区教育局<br/>各街道 | 每季度 |\n"
    "| 3 | 落实托育服务补贴。 | 区财政局 | — | 全年 |\n"
)


def test_sub_numbered_rows_are_tasks_and_a_br_in_a_cell_separates_units() -> None:
    notice = parse_text(SUBROWS)
    assert facts(notice) == [
        "1|1|新建社区托育|区卫生健康局|区财政局|区卫生健康局、区财政局|2025年9月底前",
        "2|2|培训托育从业|区人力资源社会保障局|区卫生健康局|区人力资源社会保障局、区卫生健康局|2025年10月底前",
        "4|2|开展托育机构|区市场监管局、区消防救援大队|区教育局、各街道|"
        "区市场监管局、区消防救援大队、区教育局、各街道|每季度",
        "3|3|落实托育服务|区财政局||区财政局|全年",
    ]
    numbering = ("row-number-shared", "task-renumbered", "task-numbering-repeat", "task-numbering-gap")
    assert [(w.code, w.line) for w in notice.warnings if w.code in numbering] == [("row-number-shared", 6)]


# ------------------------------------------------------------------ a task cell begun on the line above its row

WRAPPED_ABOVE = (
    "青禾市2025年耕地保护任务分工\n"
    "工作任务\t责任单位\t完成时限\n"
    "完成高标准农田建设8万亩。\t市农业农村局、市财政局\t2025年11月\n"
    "开展耕地占补平衡核查，完成年度补充耕地\n"
    "指标入库任务。\t市自然资源和规划局、市农业农村局\t2025年12月\n"
    "整治撂荒地5000亩。\t市农业农村局\t6月底前\n"
)


def test_a_task_cell_begun_on_the_line_above_its_row_joins_its_row() -> None:
    notice = parse_text(WRAPPED_ABOVE)
    assert facts(notice) == [
        "1|1|完成高标准农|||市农业农村局、市财政局|2025年11月",
        "2|2|开展耕地占补|||市自然资源和规划局、市农业农村局|2025年12月",
        "3|3|整治撂荒地5|||市农业农村局|6月底前",
    ]
    assert notice.tasks[1].text.startswith("开展耕地占补平衡核查，完成年度补充耕地指标入库任务。")
    assert not [w for w in notice.warnings if w.code.startswith(("annex-", "row-"))]


# ------------------------------------------------------------------ the level of units named without one

UNPREFIXED = (
    "序号 | 重点任务 | 责任单位 | 配合单位 |\n"
    "1 | 新建公办幼儿园3所。 | 教育局 | 财政局、规划和自然资源分局、城投集团、农商银行青禾支行、供电公司 |\n"
    "2 | 新增公交线路4条。 | 交通运输局 | 公安分局、各街道 |\n"
)


@pytest.mark.parametrize(
    ("head", "level"),
    [
        # no issuer named: the page's publisher field gives the level
        ("索引号 | 0000/2024-00011 | 公开方式 | 主动公开 |\n发布单位 | 区政府 | 发文日期 | 2024-05-06 |\n", "区"),
        ("", ""),  # no issuer and no publisher: no level is made up
    ],
)
def test_units_named_without_a_level_get_the_governments_but_companies_banks_and_branches_keep_their_names(
    head: str, level: str
) -> None:
    notice = parse_text(head + UNPREFIXED)
    assert [t.departments for t in notice.tasks] == [
        (f"{level}教育局", f"{level}财政局", "规划和自然资源分局", "城投集团", "农商银行青禾支行", "供电公司"),
        (f"{level}交通运输局", "公安分局", "各街道"),
    ]
    assert [t.partners for t in notice.tasks] == [
        (f"{level}财政局", "规划和自然资源分局", "城投集团", "农商银行青禾支行", "供电公司"),
        ("公安分局", "各街道"),
    ]


# ------------------------------------------------------------------ a units cell that labels its own roles

LABELLED_CELLS = [
    (  # tab cells: 牵头：X；配合：Y, a cell with no label, a partners label alone
        HEAD + "青石市便民服务提升任务表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t设立综合受理窗口五个。\t牵头：市政务服务中心；配合：市行政审批局、市市场监管局\t2024年6月底前\n"
        "2\t推行证照联办改革。\t市行政审批局\t2024年9月底前\n"
        "3\t在乡镇设立代办点。\t牵头单位：市政务服务中心　配合单位：各区人民政府\t2024年12月底前\n",
        [
            "1|1|设立综合受理|市政务服务中心|市行政审批局、市市场监管局|"
            "市政务服务中心、市行政审批局、市市场监管局|2024年6月底前",
            "2|2|推行证照联办|||市行政审批局|2024年9月底前",
            "3|3|在乡镇设立代|市政务服务中心|各区人民政府|市政务服务中心、各区人民政府|2024年12月底前",
        ],
    ),
    (  # pipe cells, the units column named 负责单位 and the deadline column 时间进度, a verb after the month
        HEAD + "| 序号 | 工作任务 | 负责单位 | 时间进度 |\n"
        "| 1 | 设立综合受理窗口五个。 | 市政务服务中心、市行政审批局。 | 2024年5月份前完成 |\n"
        "| 2 | 推行证照联办改革。 | 〔牵头〕市行政审批局〔配合〕市市场监管局 | 2024年9月底前 |\n",
        [
            "1|1|设立综合受理|||市政务服务中心、市行政审批局|2024年5月份前",
            "2|2|推行证照联办|市行政审批局|市市场监管局|市行政审批局、市市场监管局|2024年9月底前",
        ],
    ),
]


RAW_OF_FIRST_ROW = ["牵头：市政务服务中心；配合：市行政审批局、市市场监管局", "市政务服务中心、市行政审批局。"]


@pytest.mark.parametrize(
    ("text", "expected", "raw"), [(*c, r) for c, r in zip(LABELLED_CELLS, RAW_OF_FIRST_ROW, strict=True)]
)
def test_a_units_cell_that_labels_lead_and_partners_gives_each_its_role(
    text: str, expected: list[str], raw: str
) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert notice.tasks[0].departments_raw == raw  # the cell as written, its labels kept
    assert not notice.warnings


def test_a_project_table_one_cell_a_line_with_blank_lines_between_cells() -> None:
    text = HEAD + "\n".join(
        [
            "青石市2024年城市更新项目计划",
            *["序号", "项目名称", "建设内容", "责任单位", "配合单位", "计划完成时间"],
            *["1", "北门片区老旧小区改造", "改造小区3个，更新供水管网。", "市住房城乡建设局", "市水务局", "2024年10月"],
            *["2", "西街片区雨污分流改造", "新建雨污管网2公里。", "市住房城乡建设局", "同上", "2024年8月底"],
            *["3", "滨河口袋公园建设", "建设口袋公园2处。", "市城市管理局", "/", "6月底前"],
        ]
    ).replace("\n", "\n\n")
    assert facts(parse_text(text)) == [
        "1|1|北门片区老旧|市住房城乡建设局|市水务局|市住房城乡建设局、市水务局|2024年10月",
        "2|2|西街片区雨污|市住房城乡建设局|市水务局|市住房城乡建设局、市水务局|2024年8月底",
        "3|3|滨河口袋公园|市城市管理局||市城市管理局|6月底前",
    ]
    assert parse_text(text).tasks[0].text == "北门片区老旧小区改造 改造小区3个，更新供水管网。"


# ------------------------------------------------------------------ fixed-width rows whose task cell wraps

FIXED_WIDTH = (
    HEAD + "青石市招商任务清单\n"
    "序号  任务内容                          牵头部门      协同部门              完成节点\n"
    "1     围绕新材料产业链开展              市招商局      市发展改革委          12月31日前\n"
    "      精准招商，签约项目十个。\n"
    "2     推进标准厂房建设，新增厂房五万平方米。 市自然资源局  市招商局      11月底前\n"
    "3     组织银企对接活动四场，推动        市金融工作局  —                    年内\n"
    "      企业首贷投放。\n"
    "4     制定园区准入细则                  市司法局      市招商局              2024年6月底前印发\n"
    "青石市人民政府办公室　　　　2024年3月1日印发\n"
)


def test_a_fixed_width_row_whose_task_cell_wraps_keeps_the_wrapped_text_in_its_task() -> None:
    notice = parse_text(FIXED_WIDTH)
    assert [(t.id, t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        (1, "围绕新材料产业链开展精准招商，签约项目十个。", ("市招商局",), ("市发展改革委",), "12月31日前"),
        (2, "推进标准厂房建设，新增厂房五万平方米。", ("市自然资源局",), ("市招商局",), "11月底前"),
        (3, "组织银企对接活动四场，推动企业首贷投放。", ("市金融工作局",), (), "年内"),
        (4, "制定园区准入细则", ("市司法局",), ("市招商局",), "2024年6月底前"),
    ]
    assert not notice.warnings  # the printing line after the table is the notice's trailer, not a row
    assert [b.kind for b in notice.boilerplate if b.line == 16] == ["trailer"]


# ------------------------------------------------------------------ a cover rule: brackets after a unit name a person

PEOPLE_TABLE = (
    "青石市人民政府办公室关于印发青石市2024年民生项目计划的通知\n青政办发〔2024〕9号\n"
    "各区人民政府，市政府各部门：\n　　现将计划印发给你们。{note}\n青石市人民政府办公室\n2024年3月1日\n附件\n"
    "序号\t项目名称\t责任单位\t配合单位\t完成时间\n"
    "1\t新建社区食堂五处。\t市民政局（郑丽）\t各区人民政府\t2024年10月\n"
    "2\t改造城区排水管网。\t市住房城乡建设局（周明、孙立）\t市水务局（管委会）\t2024年11月\n"
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "责任单位后括号内为项目责任人。",
            [
                ("市民政局", "各区人民政府"),
                ("郑丽",),
                ("市住房城乡建设局", "市水务局（管委会）"),
                ("周明", "孙立"),
            ],
        ),
        (  # no note: a bracket of short names opening with family names is people too (see test_cell_notes);
            # a unit's other name in brackets (（管委会）) stays
            "",
            [
                ("市民政局", "各区人民政府"),
                ("郑丽",),
                ("市住房城乡建设局", "市水务局（管委会）"),
                ("周明", "孙立"),
            ],
        ),
    ],
)
def test_a_note_that_brackets_name_people_takes_them_out_of_the_units(
    note: str, expected: list[tuple[str, ...]]
) -> None:
    notice = parse_text(PEOPLE_TABLE.format(note=note))
    assert [x for t in notice.tasks for x in (t.departments, t.leaders)] == expected


# ------------------------------------------------------------------ a spaced row with a category column

CATEGORY_ROWS = (
    HEAD + "青石市河湖管护任务分解表\n序号 类别 主要任务 牵头单位 参与单位\n"
    "1 加强河湖保 护 开展河湖清四乱行动。 市水利局 市自然资源局、市生态环境局\n"
    "2  落实河长 巡河 制度 每月巡河一次以上。 市水利局 各区人民政府\n"
)


def test_a_word_the_category_column_split_is_joined_and_a_guessed_category_is_warned() -> None:
    notice = parse_text(CATEGORY_ROWS)
    assert [(t.id, t.text, t.lead, t.partners) for t in notice.tasks] == [
        (1, "开展河湖清四乱行动。", ("市水利局",), ("市自然资源局", "市生态环境局")),
        (2, "巡河 制度 每月巡河一次以上。", ("市水利局",), ("各区人民政府",)),
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [("row-category-guessed", 11)]


@pytest.mark.parametrize(
    ("cell", "lead", "partners", "departments", "codes"),
    [
        ("市财政局；配合：市税务局", (), ("市税务局",), ("市财政局", "市税务局"), []),
        ("市财政局、市人社局，配合单位：市税务局", (), ("市税务局",), ("市财政局", "市人社局", "市税务局"), []),
        ("〔牵头〕市财政局〔配合〕市税务局", ("市财政局",), ("市税务局",), ("市财政局", "市税务局"), []),
        ("牵头：；配合：", (), (), (), ["cell-labels-without-units"]),
        ("〔牵头〕", (), (), (), ["cell-labels-without-units"]),
    ],
)
def test_a_units_cell_with_a_label_after_units_or_labels_alone(
    cell: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...], codes: list[str]
) -> None:
    notice = parse_text(HEAD + f"序号\t工作任务\t责任单位\t完成时限\n1\t设立综合受理窗口。\t{cell}\t2024年6月底前\n")
    (task,) = notice.tasks
    assert (task.lead, task.partners, task.departments, task.due) == (lead, partners, departments, "2024年6月底前")
    assert [w.code for w in notice.warnings] == codes


@pytest.mark.parametrize(
    ("last", "codes"),
    [
        ("2024年6月底前出", [("task-cut-off", 19)]),  # no closing bar: the page stopped inside the cell
        ("2024年6月底前 |", []),
    ],
)
def test_a_pipe_table_one_cell_a_line_cut_inside_its_last_cell_is_warned(
    last: str, codes: list[tuple[str, int]]
) -> None:
    text = HEAD + "\n".join(
        [
            *["序号 |", "工作任务 |", "责任单位 |", "完成时限 |"],
            *["1 |", "设立综合受理窗口。 |", "市政务服务中心 |", "持续推进 |"],
            *["2 |", "推行证照联办改革。 |", "市行政审批局 |", last],
        ]
    )
    notice = parse_text(text)
    assert [(t.id, t.departments) for t in notice.tasks] == [(1, ("市政务服务中心",)), (2, ("市行政审批局",))]
    assert [(w.code, w.line) for w in notice.warnings] == codes


def test_a_closing_sentence_after_a_fixed_width_table_is_no_part_of_its_last_task() -> None:
    text = FIXED_WIDTH.replace(
        "青石市人民政府办公室　　　　2024年3月1日印发\n",
        "请各部门按时报送进展。\n青石市人民政府办公室　　　　2024年3月1日印发\n",
    ).replace("制定园区准入细则                  市司法局", "制定园区准入细则并组织          市司法局")
    notice = parse_text(text)
    assert notice.tasks[-1].text == "制定园区准入细则并组织"
    assert [w.code for w in notice.warnings] == ["annex-unparsed"]  # the sentence is kept, warned with its line


# ------------------------------------------------------------------ 分类 | 序号 | 事项 | 责任单位 | 牵头单位, one cell a line

UNITS_BEFORE_LEAD = (
    HEAD + "青石市2024年营商环境重点事项分解表\n\n分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n"
    "一、便利开办\n\n1\n\n推行企业开办一日办结，6月底前覆盖全部窗口。\n\n"
    "市市场监管局、市税务局、市政务服务中心\n\n市政务服务中心\n\n"
    "2\n\n建立企业诉求直达机制。\n\n市工商联\n\n市工商联\n\n"
    "优化要素保障\n\n3\n\n编制年度用地计划，一季度末前报批，三季度前完成供地。\n\n"
    "市自然资源局、市发展改革委\n\n市自然资源局\n\n"
    "稳定市场预期\n\n4\n\n开展惠企政策集中宣讲。\n\n市发展改革委、市财政局\n"
)


def test_units_cell_before_the_lead_cell_with_group_cells_and_a_row_cut_off() -> None:
    notice = parse_text(UNITS_BEFORE_LEAD)
    assert facts(notice) == [
        "1|一/1|推行企业开办|市政务服务中心||市政务服务中心、市市场监管局、市税务局|6月底前",
        "2|一/2|建立企业诉求|市工商联||市工商联|",
        # two dates in the cell: a plan of stages, no one deadline
        "3|二/3|编制年度用地|市自然资源局||市自然资源局、市发展改革委|",
        # a category cell opens the last row, whose lead cell the page cut off: read as far as it goes
        "4|三/4|开展惠企政策|||市发展改革委、市财政局|",
    ]
    assert [g.title for g in notice.annex.groups] == ["便利开办", "优化要素保障", "稳定市场预期"]
    incomplete = [(w.code, w.line) for w in notice.warnings if w.code.startswith("row-")]
    assert incomplete == [("row-incomplete", UNITS_BEFORE_LEAD.splitlines().index("稳定市场预期") + 1)]


# ------------------------------------------------------------------ 重点任务 | 工作内容: a short label before the work

LABELLED_CONTENT = (
    HEAD + "青石市信息公开重点工作分解表\n"
    "重点任务 | 工作内容 | 责任单位 |\n"
    "政策解读 | 对本局起草的政策文件逐件开展解读，多用图表形式。 | 市政务服务中心 |\n"
    "数据开放 | 按季度更新公共数据目录，做好数据发布。 | 市数据局 |\n"
)


@pytest.mark.parametrize(
    ("table", "expected", "groups"),
    [
        (  # every first cell a short name, every second cell sentences: the name is the row's group
            LABELLED_CONTENT,
            ["1|一/1|对本局起草的|||市政务服务中心|", "2|二/2|按季度更新公|||市数据局|"],
            ["政策解读", "数据开放"],
        ),
        (  # a first cell that is itself a sentence names the task: the two cells make one text
            LABELLED_CONTENT.replace("数据开放 |", "开放数据目录三类。 |"),
            ["1|1|政策解读 对|||市政务服务中心|", "2|2|开放数据目录|||市数据局|"],
            [],
        ),
    ],
    ids=["short-labels", "a-sentence-label"],
)
def test_a_short_label_column_before_the_work_names_the_row_not_the_task(
    table: str, expected: list[str], groups: list[str]
) -> None:
    notice = parse_text(table)
    assert facts(notice) == expected
    assert [g.title for g in notice.annex.groups] == groups


def test_a_br_after_a_name_with_no_unit_word_still_separates_units() -> None:
    """市纪委监委机关<br>市国资委: the name after the break opens with its level and ends as a unit, so the
    break is a list's separator though 机关 is no unit word; in a task cell a break stays a space."""
    notice = parse_text(
        "青禾区2025年托育监督任务分工\n"
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时间 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 健全托育机构监督。<br>开展年度评估。 | 区纪委监委机关<br>区卫生健康局 | 区审计局 | 年底前 |\n"
    )
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [
        ("健全托育机构监督。 开展年度评估。", ("区纪委监委机关", "区卫生健康局"), ("区审计局",))
    ]


def test_a_tab_row_whose_last_cells_are_on_the_next_line() -> None:
    """A tab-separated row broken after its task cell, the next line holding its other cells (the break's
    tab lost): the line's cells are the row's next ones, not more task text."""
    notice = parse_text(
        "青禾省2025年档案工作任务分解表\n"
        "序号\t工作任务\t责任单位\t时间节点\n"
        "1\t清点馆藏档案\t档案馆、各处室\t6月底前\n"
        "2\t整理年度文书，建立电子目录\n"
        "\t办公室、各处室\t12月10日前\n"
        "3\t开展档案安全检查\t办公室\t全年\n"
    )
    assert [(t.text, t.departments, t.due) for t in notice.tasks] == [
        ("清点馆藏档案", ("档案馆", "各处室"), "6月底前"),
        ("整理年度文书，建立电子目录", ("办公室", "各处室"), "12月10日前"),
        ("开展档案安全检查", ("办公室",), "全年"),
    ]


def test_a_contact_note_under_the_table_is_no_cell_of_its_last_row() -> None:
    notice = parse_text(
        "青禾省2025年档案工作任务分解表\n"
        "序号\t工作任务\t责任单位\t时间节点\n"
        "1\t清点馆藏档案\t档案馆\t6月底前\n"
        "2\t做好检查组的接待工作\t办公室\t按检查组通知时间\n"
        "（联系人：青禾省档案局办公室　电话：0000-00000000）\n"
    )
    assert [t.due for t in notice.tasks] == ["6月底前", "按检查组通知时间"]
    assert [(b.line, b.kind) for b in notice.boilerplate] == [(5, "footer")]


def test_a_long_units_cell_a_space_apart_in_a_table_one_cell_a_line() -> None:
    """A progress report scraped one cell a line, each cell closed by a bar: a units cell listing many units
    a space apart is read whole, each a unit, a name opening with its level before another one whole even
    where it ends in no unit word (市广播电视台); it is never taken for an empty cell merged with the one above."""
    notice = parse_text(
        "青禾市机关事务管理局重点任务上半年落实情况\n"
        "序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n"
        "12 |\n整治公共空间环境。 |\n市城管局 |\n开展专项行动，解决问题300个。 |\n"
        "13 |\n支持广播电视、地震、气象、档案等事业发展。 |\n"
        "市委社会工作部 市广播电视台 市地震局 市气象局 市档案局 市党史和地方志研究室 市机关事务管理局 |\n"
        "上半年地震监测台站运行率达99%。 |\n"
    )
    assert [t.lead for t in notice.tasks] == [
        ("市城管局",),
        (
            "市委社会工作部",
            "市广播电视台",
            "市地震局",
            "市气象局",
            "市档案局",
            "市党史和地方志研究室",
            "市机关事务管理局",
        ),
    ]
    assert "cell-filled-from-above" not in [w.code for w in notice.warnings]


# ------------------------------------------------------------------ units joined by 会同 in a units cell

JOINED_CELLS = [
    (  # the units before 会同 lead, those after it are partners, as in prose
        "序号\t工作任务\t责任单位\t完成时限\n1\t建立困难群众台账\t县民政局会同县财政局\t2024年底前\n",
        ["1|1|建立困难群众|县民政局|县财政局|县民政局、县财政局|2024年底前"],
    ),
    (
        "序号\t工作任务\t责任单位\t完成时限\n1\t修订临时救助办法\t县民政局会同县财政局、县人社局\t2024年9月底前\n",
        ["1|1|修订临时救助|县民政局|县财政局、县人社局|县民政局、县财政局、县人社局|2024年9月底前"],
    ),
    (  # 牵头 / 配合 columns say the roles: a 会同 inside the lead cell changes nothing they say
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t建立困难群众台账\t县民政局会同县财政局\t县人社局\t2024年底前\n",
        ["1|1|建立困难群众|县民政局、县财政局|县人社局|县民政局、县财政局、县人社局|2024年底前"],
    ),
    (  # no 会同: the units are responsible, none leads
        "序号\t工作任务\t责任单位\t完成时限\n1\t建立困难群众台账\t县民政局、县财政局\t2024年底前\n",
        ["1|1|建立困难群众|||县民政局、县财政局|2024年底前"],
    ),
]


@pytest.mark.parametrize(
    ("table", "expected"), JOINED_CELLS, ids=["one-partner", "two-partners", "role-columns", "no-huitong"]
)
def test_units_joined_by_huitong_in_a_units_cell_are_read_as_in_prose(table: str, expected: list[str]) -> None:
    assert facts(parse_text(HEAD + "青石市社会救助任务分工表\n" + table)) == expected


# ------------------------------------------------------------------ rows under merged 序号 and task cells

# rows whose 序号 and task cells are merged with the row above's (empty, or lost with the line's leading
# tabs): a sub-measure under the task above (two task columns), the task above given to more units (one);
# each read with the cells above it, its own units and deadline, listed under the next free number, one info
MERGED_BELOW = [
    (
        "河湾区2025年背街小巷整治任务分工表\n"
        "序号\t重点任务\t具体措施\t责任单位\t完成时限\n"
        "1\t整治沿街立面\t拆除违规广告牌200块\t区城管局\t2025年6月底前\n"
        "\t\t规范店招店牌设置\t区市场监管局\t2025年8月底前\n"
        "\t\t修缮破损墙面\t区住建局\t2025年9月底前\n"
        "2\t改善通行条件\t修复破损路面3公里\t区交通运输局\t2025年10月底前\n",
        [
            "1|1|整治沿街立面|||区城管局|2025年6月底前",
            "3|1|整治沿街立面|||区市场监管局|2025年8月底前",
            "4|1|整治沿街立面|||区住建局|2025年9月底前",
            "2|2|改善通行条件|||区交通运输局|2025年10月底前",
        ],
        [4, 5],
    ),
    (  # the first column one the parser does not read: the row's own measure is its text
        "河湾区2025年背街小巷整治任务分工表\n"
        "序号\t整治类别\t具体措施\t责任单位\t完成时限\n"
        "1\t沿街立面\t拆除违规广告牌200块\t区城管局\t2025年6月底前\n"
        "\t\t规范店招店牌设置\t区市场监管局\t2025年8月底前\n",
        ["1|1|拆除违规广告|||区城管局|2025年6月底前", "2|1|规范店招店牌|||区市场监管局|2025年8月底前"],
        [4],
    ),
    (
        "河湾区2025年全民阅读任务分工表\n"
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t建设社区阅读角30个\t区文旅局\t2025年11月底前\n"
        "\t\t各街道办事处\t2025年9月底前\n"
        "2\t举办读书节活动\t区文旅局\t2025年4月底前\n",
        [
            "1|1|建设社区阅读|||区文旅局|2025年11月底前",
            "3|1|建设社区阅读|||各街道办事处|2025年9月底前",
            "2|2|举办读书节活|||区文旅局|2025年4月底前",
        ],
        [4],
    ),
    (  # a pipe table keeps the empty cells
        "河湾区2025年全民阅读任务分工表\n"
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 建设社区阅读角30个 | 区文旅局 | 2025年11月底前 |\n"
        "|  |  | 各街道办事处 | 2025年9月底前 |\n",
        ["1|1|建设社区阅读|||区文旅局|2025年11月底前", "2|1|建设社区阅读|||各街道办事处|2025年9月底前"],
        [5],
    ),
]


@pytest.mark.parametrize(("text", "expected", "merged"), MERGED_BELOW)
def test_a_row_under_merged_number_and_task_cells_is_read_with_them(
    text: str, expected: list[str], merged: list[int]
) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert [(w.code, w.severity) for w in notice.warnings if w.line in merged] == [("row-cells-merged", "info")] * len(
        merged
    )
    assert not [w for w in notice.warnings if w.code in ("annex-unparsed", "task-renumbered")]


# near forms: a row naming a unit and no deadline (where the cells would fall is a guess), and one holding a
# task of its own after an empty 序号 (a row sharing the number above, as before) are no merged rows
MERGED_NEAR = [
    (
        "河湾区2025年全民阅读任务分工表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t建设社区阅读角30个\t区文旅局\t2025年11月底前\n\t\t各街道办事处\n",
        "annex-unparsed",
    ),
    (
        "河湾区2025年全民阅读任务分工表\n序号\t工作任务\t责任单位\t完成时限\n"
        "1\t建设社区阅读角30个\t区文旅局\t2025年11月底前\n\t开展亲子共读活动\t区妇联\t2025年9月底前\n",
        "row-number-shared",
    ),
]


@pytest.mark.parametrize(("text", "code"), MERGED_NEAR)
def test_rows_that_are_not_merged_with_the_row_above(text: str, code: str) -> None:
    notice = parse_text(text)
    assert [w.code for w in notice.warnings if w.line == 4] == [code]
    assert not [w for w in notice.warnings if w.code == "row-cells-merged"]


# ------------------------------------------------------------------ project and indicator tables

# a project table: the project's name and its content (建设内容, 建设内容及规模) are the task, before columns
# of its figures (总投资) or right before the units; a 重点项目 table standing alone is a notice of the genre
PROJECT_TABLES = [
    (
        "岭南县2025年重点项目建设表\n"
        "序号\t项目名称\t建设内容\t总投资（万元）\t责任单位\t完成时限\n"
        "1\t城北供水厂扩建\t新增供水能力3万吨/日\t12000\t县水务局\t2025年10月\n"
        "2\t滨河步道\t新建步道6公里\t3500\t县住建局\t2025年12月\n",
        [
            "1|1|城北供水厂扩|||县水务局|2025年10月",
            "2|2|滨河步道 新|||县住建局|2025年12月",
        ],
    ),
    (
        "岭南县2025年重点项目推进清单\n"
        "序号\t项目名称\t建设内容及规模\t牵头单位\t配合单位\t完成时限\n"
        "1\t城北供水厂扩建\t新增供水能力3万吨/日\t县水务局\t县财政局\t2025年10月\n",
        ["1|1|城北供水厂扩|县水务局|县财政局|县水务局、县财政局|2025年10月"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECT_TABLES)
def test_a_project_tables_name_and_content_are_the_task(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert notice.metadata.title == text.split("\n", 1)[0]
    assert facts(notice) == expected
    assert notice.tasks[0].text.startswith("城北供水厂扩建 新增供水能力3万吨/日")
    assert not [w for w in notice.warnings if w.code in ("table-header-unread", "body-unread")]


# an indicator table: the indicator, right before its target (a measure's unit may stand between), is the
# task, its target kept in the task's text
INDICATOR_TABLES = [
    (
        "苍山州“十五五”主要指标分解表\n序号\t指标\t目标值\t责任单位\n"
        "1\t城镇新增就业（万人）\t3.5\t州人力资源社会保障局\n2\t森林蓄积量（万立方米）\t1200\t州林草局\n",
        [
            ("城镇新增就业（万人）（目标值：3.5）", ("州人力资源社会保障局",)),
            ("森林蓄积量（万立方米）（目标值：1200）", ("州林草局",)),
        ],
    ),
    (
        "苍山州2025年主要指标分解表\n序号\t指标名称\t单位\t2025年目标\t牵头单位\n"
        "1\t城镇新增就业\t万人\t3.5\t州人力资源社会保障局\n",
        [("城镇新增就业", ("州人力资源社会保障局",))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDICATOR_TABLES)
def test_an_indicator_before_its_target_is_the_task(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    notice = parse_text(text)
    got = [(t.text, t.departments) for t in notice.tasks]
    assert [g[1] for g in got] == [e[1] for e in expected]
    assert all(g[0].startswith(e[0]) for g, e in zip(got, expected, strict=True))


# near forms: no units column after a project's figures, and an indicator with no target beside it: no
# task column (the header is warned, its rows not read)
@pytest.mark.parametrize(
    "header",
    [
        "序号\t项目名称\t建设内容\t总投资（万元）\t备注",
        "序号\t指标\t备注\t责任单位",
        "序号\t项目名称\t总投资（万元）\t责任单位",
    ],
)
def test_project_and_indicator_headers_without_their_pairs_are_not_task_tables(header: str) -> None:
    text = f"岭南县2025年重点项目建设表\n{header}\n1\t城北供水厂扩建\t新增供水能力3万吨/日\t县水务局\n"
    notice = parse_text(text)
    assert not notice.tasks
    assert [w.code for w in notice.warnings if w.line == 2] == ["table-header-unread"]
