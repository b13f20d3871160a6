"""What units cells and labels write after a unit's name (a person, a contact, a deadline, the unit's duty),
a two-row header a page break repeated, and a bracket of units closed by a deadline. Each notice here is
written for the test."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def facts(notice: Notice) -> list[str]:
    """Per task on one line: id|start of its text|lead|partners|departments|leaders|deadline."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.id, t.text[:6], t.lead, t.partners, t.departments, t.leaders, t.due)
        )
        for t in notice.tasks
    ]


def codes(notice: Notice) -> list[str]:
    return [w.code for w in notice.warnings]


# ------------------------------------------------------------------ notes after a unit's name

TABLE = "柳河县2025年城乡环境整治任务清单\n序号\t工作任务\t责任单位\t完成时限\n"

NOTES = [
    (  # a person in brackets, no label
        TABLE + "1\t整治农贸市场周边秩序\t县商务局（赵敏）\t2025年8月底前\n",
        ["1|整治农贸市场|||县商务局|赵敏|2025年8月底前"],
    ),
    (  # a person after a space, two units each with their person
        TABLE + "1\t清理河道漂浮物\t县水利局 孙伟；县城管局 钱芳\t2025年7月底前\n",
        ["1|清理河道漂浮|||县水利局、县城管局|孙伟、钱芳|2025年7月底前"],
    ),
    (  # a labelled person and a phone in the bracket
        TABLE + "1\t改造老旧供水管网\t县住建局（责任人：周强，联系电话：0000-7654321）\t2025年11月底前\n",
        ["1|改造老旧供水|||县住建局|周强|2025年11月底前"],
    ),
    (  # a deadline in the bracket of a table with no deadline column's cell
        "柳河县2025年城乡环境整治任务清单\n序号\t工作任务\t责任单位\n"
        "1\t补植行道树两千株\t县林业局（2025年4月底前完成）\n"
        "2\t巡查违法建设\t各乡镇人民政府 长期坚持\n",
        ["1|补植行道树两|||县林业局||2025年4月底前", "2|巡查违法建设|||各乡镇人民政府||长期坚持"],
    ),
    (  # the unit's duty in the bracket, a work's noun or a verb and its work
        TABLE + "1\t改造农村供水站\t县水利局、县疾控中心（水质检测）、县财政局（负责资金保障）\t2025年10月底前\n",
        ["1|改造农村供水|||县水利局、县疾控中心、县财政局||2025年10月底前"],
    ),
]

NOT_NOTES = [
    (  # a qualifier in brackets stays part of the name
        TABLE + "1\t整治农贸市场周边秩序\t各村（社区）\t2025年8月底前\n",
        ["1|整治农贸市场|||各村（社区）||2025年8月底前"],
    ),
    (  # a bracketed second name of the unit, no family name: no person
        TABLE + "1\t整治农贸市场周边秩序\t县发展改革局（县粮食局）\t2025年8月底前\n",
        ["1|整治农贸市场|||县发展改革局（县粮食局）||2025年8月底前"],
    ),
    (  # a bracket naming an office (its field, its level, or its unit's ending) is kept: no duty
        TABLE
        + "1\t整治农贸市场周边秩序\t县卫生健康局（卫生监督）、县城管局（县综合行政执法）、县农业农村局（农产品检测中心）"
        "\t2025年8月底前\n",
        [
            "1|整治农贸市场|||县卫生健康局（卫生监督）、县城管局（县综合行政执法）、县农业农村局（农产品检测中心）||2025年8月底前"
        ],
    ),
    (  # a deadline bracket does not replace the task's own deadline
        TABLE + "1\t补植行道树两千株\t县林业局（2025年4月底前完成）\t2025年3月底前\n",
        ["1|补植行道树两|||县林业局||2025年3月底前"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTES + NOT_NOTES)
def test_a_note_after_a_unit_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    notice = parse_text(text)
    assert facts(notice) == expected
    assert "task-cut-off" not in codes(notice)


LABELS = (
    "东坪镇2025年安全生产工作方案\n一、重点任务\n（一）开展燃气安全排查。\n"
    "牵头单位：镇安监站 负责人：吴刚\n配合单位：镇派出所 负责人：郑丽\n完成时限：2025年6月底前\n"
    "（二）整治出租屋消防隐患。\n牵头单位：镇派出所\n配合单位：各村（社区）\n完成时限：每季度\n"
)


def test_a_labelled_person_after_a_label_s_unit_is_a_leader() -> None:
    assert facts(parse_text(LABELS)) == [
        "1|开展燃气安全|镇安监站|镇派出所|镇安监站、镇派出所|吴刚、郑丽|2025年6月底前",
        "2|整治出租屋消|镇派出所|各村（社区）|镇派出所、各村（社区）||每季度",
    ]


DUTY = (
    "青阳区2025年民生实事推进表\n序号\t重点工作\t责任单位\t配合单位\t完成时限\n"
    "1\t建成社区食堂十处\t区民政局\t区财政局负责经费保障，区市场监管局负责食品安全监管\t2025年9月底前\n"
    "2\t新增公共停车位500个\t区城管局\t各街道按职责做好配合\t2025年12月底前\n"
)


def test_duty_prose_after_a_unit_is_dropped_and_warned() -> None:
    notice = parse_text(DUTY)
    assert facts(notice) == [
        "1|建成社区食堂|区民政局|区财政局、区市场监管局|区民政局、区财政局、区市场监管局||2025年9月底前",
        "2|新增公共停车|区城管局|各街道|区城管局、各街道||2025年12月底前",
    ]
    dropped = [w for w in notice.warnings if w.code == "unit-text-dropped"]
    assert [(w.line, "负责经费保障" in w.message) for w in dropped] == [(3, True)]  # 按职责做好配合: a remark


# ------------------------------------------------------------------ a two-row header repeated after a page break

TWO_ROWS = "石桥县2025年政务服务改革任务分工表\n序号\t主要任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
ROWS_1 = "1\t推行容缺受理\t县行政审批局\t县直各部门\t2025年6月底前\n"
ROWS_2 = "2\t建设帮办代办队伍\t县政务服务中心\t各乡镇人民政府\t2025年10月底前\n"
EXPECTED_2 = [
    "1|推行容缺受理|县行政审批局|县直各部门|县行政审批局、县直各部门||2025年6月底前",
    "2|建设帮办代办|县政务服务中心|各乡镇人民政府|县政务服务中心、各乡镇人民政府||2025年10月底前",
]


def _piped(text: str) -> str:
    out = []
    for line in text.splitlines():
        out.append("| " + " | ".join(line.split("\t")) + " |" if "\t" in line else line)
    return "\n".join(out) + "\n"


JOINED = "石桥县2025年政务服务改革任务分工表\n序号\t主要任务\t牵头单位\t配合单位\t完成时限\n"
REPEATED = [
    TWO_ROWS + ROWS_1 + TWO_ROWS.split("\n", 1)[1] + ROWS_2,  # both header rows again
    # a page's reader joined the first header into one row, and kept its copy as two
    JOINED + ROWS_1 + "序号\t主要任务\t责任单位\t责任单位\t完成时限\n" + JOINED.split("\n", 1)[1] + ROWS_2,
    TWO_ROWS + ROWS_1 + "序号\t主要任务\t责任单位\t\t完成时限\n" + ROWS_2,  # only the first again
    _piped(TWO_ROWS + ROWS_1 + TWO_ROWS.split("\n", 1)[1] + ROWS_2),  # written with pipes
]


@pytest.mark.parametrize("text", REPEATED)
def test_rows_after_a_repeated_two_row_header_read_as_the_first_ones(text: str) -> None:
    notice = parse_text(text)
    assert facts(notice) == EXPECTED_2
    assert not {"column-not-kept", "task-cut-off", "row-incomplete", "deadline-undated"} & set(codes(notice))


def test_a_second_table_with_other_columns_is_still_read_by_its_own_header() -> None:
    text = (
        TWO_ROWS + ROWS_1 + "序号\t主要任务\t责任单位\t完成时限\n2\t建设帮办代办队伍\t县政务服务中心\t2025年10月底前\n"
    )
    assert facts(parse_text(text))[1] == "2|建设帮办代办|||县政务服务中心||2025年10月底前"


# ------------------------------------------------------------------ a bracket of units closed by a deadline

POINTS = "江口市2025年卫生健康工作要点\n一、提升基层服务\n1.推进紧密型医共体建设。（市卫健委，2025年10月底前）\n"

BRACKETS = [
    (POINTS + "2.落实家庭医生签约服务。（市卫健委、市医保局，长期坚持）\n", "市卫健委、市医保局||长期坚持"),
    (POINTS + "2.落实家庭医生签约服务。（市卫健委、市医保局）\n", "市卫健委、市医保局||"),
    # a bracket of prose after a comma is no units' bracket
    (POINTS + "2.落实家庭医生签约服务。（按季度通报，长期坚持）\n", None),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_a_bracket_of_units_may_close_with_a_deadline(text: str, expected: str | None) -> None:
    found = facts(parse_text(text))
    assert found[0] == "1|推进紧密型医|||市卫健委||2025年10月底前"
    if expected is None:
        assert len(found) == 1 or "按季度" not in found[1]
    else:
        assert found[1].split("|", 4)[4] == expected


# ------------------------------------------------------------------ a progress table under its report title

PROGRESS = "\n序号\t工作任务\t责任单位\t完成情况\n1\t改造区图书馆阅览室\t区文旅局\t已于2025年4月20日完工\n"


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("临川区2025年上半年重点工作完成情况", "临川区2025年上半年重点工作完成情况"),
        ("临川区2025年民生项目推进情况", "临川区2025年民生项目推进情况"),
        ("临川区2025年重点工作任务清单", "临川区2025年重点工作任务清单"),
    ],
)
def test_a_progress_table_under_a_report_title_is_read(title: str, read: str) -> None:
    notice = parse_text(title + PROGRESS)
    assert notice.metadata.title == read
    assert [(t.departments, t.text[:9]) for t in notice.tasks] == [(("区文旅局",), "改造区图书馆阅览室")]


# ------------------------------------------------------------------ spaced rows with the unit columns first

UNITS_FIRST = (
    "白沙乡2025年重点工作责任分工表\n序号  牵头单位        配合单位        重点工作                  完成时限\n"
)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (  # the partner cell empty: the text stays the task's, the deadline the deadline's
            "1     乡应急办                        开展汛前隐患排查          每年5月底前\n",
            "1|开展汛前隐患|乡应急办||乡应急办||每年5月底前",
        ),
        (
            "1     乡应急办        乡派出所        开展汛前隐患排查          2025年5月底前\n",
            "1|开展汛前隐患|乡应急办|乡派出所|乡应急办、乡派出所||2025年5月底前",
        ),
    ],
)
def test_a_spaced_row_with_its_units_first_keeps_its_text_when_a_unit_cell_is_empty(row: str, expected: str) -> None:
    notice = parse_text(UNITS_FIRST + row)
    assert facts(notice) == [expected]
    assert "row-incomplete" not in codes(notice)


# ------------------------------------------------------------------ one cell a line, no 序号, recurring deadlines

ONE_A_LINE = "南岭区2025年卫生健康重点工作清单\n工作任务\n牵头单位\n配合单位\n完成时限\n"
ROW_A = "开展适龄儿童免费窝沟封闭\n区卫健局\n区教育局\n{due}\n"
ROW_B = "推进村卫生室标准化建设\n区卫健局\n各镇人民政府\n2025年10月底前\n"


@pytest.mark.parametrize("due", ["每学期", "每学年", "每年3月", "汛期前", "秋季学期开学前"])
def test_a_recurring_or_unknown_deadline_ends_its_row_in_a_table_one_cell_a_line(due: str) -> None:
    notice = parse_text(ONE_A_LINE + ROW_A.format(due=due) + ROW_B)
    assert [(t.text[:6], t.partners, t.due) for t in notice.tasks] == [
        ("开展适龄儿童", ("区教育局",), due),
        ("推进村卫生室", ("各镇人民政府",), "2025年10月底前"),
    ]


def test_a_task_line_after_the_units_is_still_the_next_row_s_text() -> None:
    # four lines and then a long task sentence: the sentence is never read as a deadline
    text = ONE_A_LINE + ROW_A.format(due="2025年6月底前") + ROW_B
    assert [t.text[:6] for t in parse_text(text).tasks] == ["开展适龄儿童", "推进村卫生室"]


# ------------------------------------------------------------------ a progress column last, one cell a line

VERTICAL_PROGRESS = (
    "西岭县2025年营商环境改革任务台账\n序号\n改革任务\n牵头单位\n配合单位\n完成时限\n{column}\n"
    "1\n推行企业开办一日办结\n县市场监管局\n县税务局\n2025年5月底前\n已上线全程网办\n"
    "2\n开展涉企收费清理\n县发展改革局\n县财政局\n2025年8月底前\n"
)


@pytest.mark.parametrize("column", ["进度", "工作进展", "备注", "推进节点"])  # the last: a name no vocabulary knows
def test_a_last_progress_column_one_cell_a_line_shifts_no_cell(column: str) -> None:
    notice = parse_text(VERTICAL_PROGRESS.format(column=column))
    assert facts(notice) == [
        "1|推行企业开办|县市场监管局|县税务局|县市场监管局、县税务局||2025年5月底前",
        "2|开展涉企收费|县发展改革局|县财政局|县发展改革局、县财政局||2025年8月底前",
    ]
    assert "cell-filled-from-above" not in codes(notice)


# ------------------------------------------------------------------ a leaders column before the task column

LEADERS_FIRST = "东湖开发区2025年项目建设任务分解表\n序号\t{header}\n1\t{row}\n"


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (  # units, leaders, then the task
            "责任单位\t责任人\t工作任务\t完成时限",
            "开发区建设局\t吴刚\t建成标准厂房三栋\t2025年9月底前",
            "1|建成标准厂房|||开发区建设局|吴刚|2025年9月底前",
        ),
        (  # the same columns with the task first: read alike
            "工作任务\t责任单位\t责任人\t完成时限",
            "建成标准厂房三栋\t开发区建设局\t吴刚\t2025年9月底前",
            "1|建成标准厂房|||开发区建设局|吴刚|2025年9月底前",
        ),
        (  # a column of other words before the task names no leader
            "责任单位\t类别\t工作任务\t完成时限",
            "开发区建设局\t产业项目\t建成标准厂房三栋\t2025年9月底前",
            "1|建成标准厂房|||开发区建设局||2025年9月底前",
        ),
    ],
)
def test_a_leaders_column_is_kept_wherever_it_stands(header: str, row: str, expected: str) -> None:
    assert facts(parse_text(LEADERS_FIRST.format(header=header, row=row))) == [expected]


# ------------------------------------------------------------------ more names of unit columns; a wrapped header

NAMED = "平川县2025年文旅工作任务表\n序号\t{task}\t{units}\t完成时限\n1\t举办乡村旅游节\t{cell}\t2025年10月底前\n"


@pytest.mark.parametrize(
    ("task", "units", "cell", "expected"),
    [
        ("工作任务", "承办单位", "县文旅局", "1|举办乡村旅游|||县文旅局||2025年10月底前"),
        ("工作任务", "落实责任单位", "县文旅局", "1|举办乡村旅游|||县文旅局||2025年10月底前"),
        ("工作任务", "责任单位及责任人", "县文旅局（徐静）", "1|举办乡村旅游|||县文旅局|徐静|2025年10月底前"),
        ("工作任务", "责任单位/责任人", "县文旅局/徐静", "1|举办乡村旅游|||县文旅局|徐静|2025年10月底前"),
        ("工程内容", "责任单位", "县文旅局", "1|举办乡村旅游|||县文旅局||2025年10月底前"),
        # a slash between two units is no person: two units
        ("工作任务", "责任单位", "县文旅局/县商务局", "1|举办乡村旅游|||县文旅局、县商务局||2025年10月底前"),
    ],
)
def test_more_names_of_unit_and_task_columns(task: str, units: str, cell: str, expected: str) -> None:
    assert facts(parse_text(NAMED.format(task=task, units=units, cell=cell))) == [expected]


WRAPPED_HEADER = "长河县2025年农村饮水工程任务表\n序号\t工程内容\t牵头\t配合\t完成\n{second}\n1\t改造供水管网40公里\t县水利局\t各乡镇人民政府\t2025年11月底前\n"


@pytest.mark.parametrize("second", ["\t\t单位\t单位\t时限", "单位\t单位\t时限"])
def test_a_header_wrapped_over_two_rows_is_joined(second: str) -> None:
    notice = parse_text(WRAPPED_HEADER.format(second=second))
    assert facts(notice) == ["1|改造供水管网|县水利局|各乡镇人民政府|县水利局、各乡镇人民政府||2025年11月底前"]


def test_a_spaced_header_wrapped_over_two_rows_is_joined() -> None:
    text = (
        "长河县2025年农村饮水工程任务表\n序号  工程内容              牵头        配合            完成\n"
        "                            单位        单位            时限\n"
        "1     改造供水管网40公里    县水利局    各乡镇人民政府  2025年11月底前\n"
    )
    assert facts(parse_text(text)) == [
        "1|改造供水管网|县水利局|各乡镇人民政府|县水利局、各乡镇人民政府||2025年11月底前"
    ]


def test_a_second_header_row_that_joins_to_no_name_is_not_joined() -> None:
    text = "长河县2025年农村饮水工程任务表\n序号\t工程内容\t责任单位\t完成时限\n\t\t牵头单位\t\n"
    text += "1\t改造供水管网40公里\t县水利局\t2025年11月底前\n"
    assert facts(parse_text(text)) == ["1|改造供水管网|||县水利局||2025年11月底前"]


# ------------------------------------------------------------------ spaced rows: a lone unit under its column's name

SPACED = (
    "青溪区2025年城市管理重点任务分解表\n"
    "序号  重点任务                  牵头单位      配合单位              完成时限\n"
    "1     整治占道经营              区城管局      各街道办事处          2025年6月底前\n"
    "2     新建口袋公园6个           区园林中心                          2025年9月底前\n"
    "3     加装路灯200盏                           区供电公司            2025年10月底前\n"
)


def test_a_lone_unit_in_a_spaced_row_goes_to_the_column_it_stands_under() -> None:
    notice = parse_text(SPACED)
    assert facts(notice) == [
        "1|整治占道经营|区城管局|各街道办事处|区城管局、各街道办事处||2025年6月底前",
        "2|新建口袋公园|区园林中心||区园林中心||2025年9月底前",
        "3|加装路灯20||区供电公司|区供电公司||2025年10月底前",
    ]
    assert "row-cells-guessed" not in codes(notice)


def test_more_unit_cells_than_unit_columns_are_still_warned() -> None:
    text = SPACED.split("\n1 ")[0] + "\n1     整治占道经营    区城管局   区公安分局   各街道办事处    2025年6月底前\n"
    assert "row-cells-guessed" in codes(parse_text(text))


# ------------------------------------------------------------------ an item's units named with 为

IS_UNITS = (
    "江口市2025年卫生健康工作要点\n一、提升基层服务\n1.推进紧密型医共体建设。（市卫健委，2025年10月底前）\n2.{item}\n"
)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("开展村医轮训，责任单位为市卫健委，2025年9月底前完成。", "2|开展村医轮训|||市卫健委||2025年9月底前"),
        ("开展村医轮训，牵头单位为市卫健委。", "2|开展村医轮训|市卫健委||市卫健委||"),
    ],
)
def test_an_item_s_units_named_with_wei_are_read(item: str, expected: str) -> None:
    assert facts(parse_text(IS_UNITS.format(item=item)))[1] == expected


def test_a_clause_with_wei_that_names_no_unit_is_no_assignment() -> None:
    notice = parse_text(IS_UNITS.format(item="开展村医轮训，责任单位为基层减负提供保障，长期坚持。"))
    assert len(notice.tasks) == 1


def test_an_unknown_name_after_a_header_one_name_a_line_is_a_column_only_before_the_first_number() -> None:
    notice = parse_text(VERTICAL_PROGRESS.format(column="推进节点"))
    assert [w.message.rsplit(": ", 1)[-1] for w in notice.warnings if w.code == "column-not-kept"] == ["推进节点"]
    # no 序号 "1" after it: the short line is the first row's text, never a column
    text = VERTICAL_PROGRESS.format(column="").replace("完成时限\n\n1\n", "完成时限\n1\n")
    assert len(parse_text(text).tasks) == 2
