"""Prose forms of scraped pages: several annotated tasks run on in one paragraph, a deadline
written 2020年年底前, and deadlines a PDF copy spaced out (2016 年底前)."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import Deadline, deadline_in_prose, resolve
from policy_cli.parse.roles import parse_annotation

# a part whose paragraph holds three tasks, each closed by its annotation and a full stop after it
RUN_ON_ANNOTATIONS = """\
某县人民政府关于印发2021年某县惠民实事的通知
一、改善城乡环境
新建城区公园两处，2021年年底前完成。（牵头责任单位：县住建局；配合单位：有关乡镇）。\
沿河栽植行道树三千株，2021年6月底前完成。（牵头责任单位：县林业局）。\
整治背街小巷十二条。（牵头责任单位：县城管局；配合单位：各街道）
"""


def test_a_full_stop_after_an_annotation_ends_the_task_before_it() -> None:
    notice = parse_text(RUN_ON_ANNOTATIONS)
    got = [(t.text[:6], t.lead, t.partners, t.due, t.due_date) for t in notice.tasks]
    assert got == [
        ("新建城区公园", ("县住建局",), ("有关乡镇",), "2021年年底前", "2021-12-31"),
        ("沿河栽植行道", ("县林业局",), (), "2021年6月底前", "2021-06-30"),
        ("整治背街小巷", ("县城管局",), ("各街道",), None, None),
    ]


# a task table copied from a PDF, whose deadline cells keep the spaces around their numbers
SPACED_DEADLINES = """\
某市垃圾分类工作任务分解表
序号\t工作任务\t责任单位\t完成时限
1\t制定分类投放指引\t市城管局\t2016 年底前
2\t建设分拣中心两座\t市城管局、市发改委\t2016—2017 年底前
3\t完成老旧小区设施改造\t市住建局\t2017年 6 月底前
4\t修订环卫作业标准\t市城管局\t上级文件出台后 3 个月完成
5\t建成餐厨垃圾处理厂\t市城管局\t2018年底前完成
6\t推行垃圾分类示范小区\t市城管局\t2018年9月底前取得初步成效
"""


@pytest.mark.parametrize(
    ("n", "due", "due_date"),
    [
        (1, "2016年底前", "2016-12-31"),
        (2, "2016—2017年底前", "2017-12-31"),
        (3, "2017年6月底前", "2017-06-30"),
        # the verb closing a deadline cell is no part of the deadline
        (4, "上级文件出台后3个月", None),
        (5, "2018年底前", "2018-12-31"),
        (6, "2018年9月底前", "2018-09-30"),
    ],
)
def test_a_deadline_keeps_no_space_a_pdf_copy_left_beside_its_numbers(n: int, due: str, due_date: str) -> None:
    task = parse_text(SPACED_DEADLINES).tasks[n - 1]
    assert (task.due, task.due_date) == (due, due_date)


# a report's items, each followed by labelled lines; the unit that carries the work out is named
# between the lead and the partners
IMPLEMENTING_UNIT = """\
某市2022年政府工作报告责任分工
一、交通建设
12.建成城区环线快速路北段。
牵头单位：市交通运输局
实施单位：市城投集团
配合单位：市财政局、市自然资源局等。
13.改造农村危桥三十座。
牵头单位：市交通运输局
实施部门：市公路事业发展中心
"""


def test_the_implementing_unit_is_a_department_neither_lead_nor_partner() -> None:
    got = [(t.departments, t.lead, t.partners) for t in parse_text(IMPLEMENTING_UNIT).tasks]
    assert got == [
        (("市交通运输局", "市城投集团", "市财政局", "市自然资源局"), ("市交通运输局",), ("市财政局", "市自然资源局")),
        (("市交通运输局", "市公路事业发展中心"), ("市交通运输局",), ()),
    ]


# an item whose points (1)(2)(3) each close with their own annotation, run on in one paragraph
POINTS_WITH_ROLES = """\
某市人民政府关于优化营商环境的实施意见
一、提升开办便利度
1.简化企业开办。(1)推行开办事项一窗受理。设立综合窗口，统一收件出件。（市市场监管局牵头负责）\
(2)压缩刻章办理时间。将刻章纳入开办流程。（市公安局负责）\
（3）推广电子营业执照应用。（市市场监管局牵头，市数据局配合）
"""


def test_points_closed_by_their_own_annotations_are_tasks_that_start_at_the_point() -> None:
    got = [(t.text[:8], t.lead, t.partners) for t in parse_text(POINTS_WITH_ROLES).tasks]
    assert got == [
        ("推行开办事项一窗", ("市市场监管局",), ()),
        ("压缩刻章办理时间", (), ()),
        ("推广电子营业执照", ("市市场监管局",), ("市数据局",)),
    ]


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("国务院各部门", ("国务院各部门",)),  # a government's own departments: one collective
        ("各省级政府、国务院各部门", ("各省级政府", "国务院各部门")),
        ("县政府各工作部门", ("县政府各工作部门",)),
        ("市人民政府各直属机构", ("市人民政府各直属机构",)),
        ("县林业局有关行业主管部门", ("县林业局", "有关行业主管部门")),  # a missing 及 before a collective
        # a place's name without a unit's ending takes no 各 from the collective before it; two places
        # before one shared 管理区 are one unit as written (as two zones before one 管委会)
        ("各乡、镇人民政府、白沙垸、青湖管理区", ("各乡、镇人民政府", "白沙垸、青湖管理区")),
        ("各乡镇、白沙垸", ("各乡镇", "白沙垸")),
        ("各乡镇、街道", ("各乡镇", "各街道")),
        # a generic ending alone is never a unit named 单位
        ("县直有关部门、单位", ("县直有关部门", "县直有关单位")),
        ("各有关部门、单位", ("各有关部门", "各有关单位")),
        # a 直属 collective written bare after a government's collective is that government's own
        ("州政府各部门、各直属机构", ("州政府各部门", "州政府各直属机构")),
        ("区政府有关部门、相关直属单位", ("区政府有关部门", "区政府相关直属单位")),
        # with no owner written before it, it stays as written; an owned collective other than 直属 takes none
        ("各有关部门、各直属单位", ("各有关部门", "各直属单位")),
        ("州林业局、各直属单位", ("州林业局", "各直属单位")),
        ("区政府有关部门、相关单位", ("区政府有关部门", "相关单位")),
        # a collective of a body other than a government: its 直属 units are not said to be that body's
        ("县人大常委会各工作机构、各直属单位", ("县人大常委会各工作机构", "各直属单位")),
        # a bureau's section run together with the next unit's name: one name without the notice's evidence
        # (tests/test_section_cut_by_evidence.py), as are a holding company, a section's head, a generic ending
        ("档案管理股档案馆", ("档案管理股档案馆",)),
        ("办公室、体育股体育中心", ("办公室", "体育股体育中心")),
        ("县交投控股集团有限公司", ("县交投控股集团有限公司",)),
        ("档案管理股股长", ("档案管理股股长",)),
        ("体育股单位", ("体育股单位",)),
        ("各股室", ("各股室",)),
        # a branch keeps its name: the list's level is not its own (财政局 dropped one, 分局 never had one)
        ("县财政局、生态环境分局、水利局", ("县财政局", "生态环境分局", "县水利局")),
    ],
)
def test_collectives_in_lists_of_units(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


# blocks whose roles are one line of short labels between bars
SHORT_LABELS_BETWEEN_BARS = """\
某镇2025年人居环境整治重点任务
【任务一】河塘清淤
完成全镇六处河塘清淤。
牵头：镇农业农村办｜协同：镇水利站、各村（社区）｜时限：2025年9月底前
【任务二】垃圾收运
落实村庄保洁员日常巡查。
责任：镇环卫所、各村（社区）｜时限：长期坚持
【任务三】公厕管护
开展农村公厕管护检查。
牵头：镇环卫所｜协办：镇卫生院
"""


def test_short_role_labels_between_bars_name_lead_partners_and_departments() -> None:
    got = [(t.departments, t.lead, t.partners, t.due) for t in parse_text(SHORT_LABELS_BETWEEN_BARS).tasks]
    assert got == [
        (
            ("镇农业农村办", "镇水利站", "各村（社区）"),
            ("镇农业农村办",),
            ("镇水利站", "各村（社区）"),
            "2025年9月底前",
        ),
        (("镇环卫所", "各村（社区）"), (), (), "长期坚持"),
        (("镇环卫所", "镇卫生院"), ("镇环卫所",), ("镇卫生院",), None),
    ]


# a list of duties whose parts are headed by a unit's name alone, numbered duties under each
UNIT_FIRST_PARTS = """\
某市防汛安全责任清单
一、市水务局
1．负责城区排水设施运行管理，6月底前完成管网清淤。
2．牵头开展水库安全巡查，市应急管理局配合。
二、市交通运输局
3．负责下穿通道积水监测。
三、各区人民政府
4．负责辖区内防汛属地责任。
"""


def test_parts_headed_by_a_unit_alone_give_their_unit_to_each_duty() -> None:
    got = [(t.text[:6], t.departments, t.lead, t.partners) for t in parse_text(UNIT_FIRST_PARTS).tasks]
    assert got == [
        ("负责城区排水", ("市水务局",), (), ()),
        ("牵头开展水库", ("市水务局", "市应急管理局"), ("市水务局",), ("市应急管理局",)),
        ("负责下穿通道", ("市交通运输局",), (), ()),
        ("负责辖区内防", ("各区人民政府",), (), ()),
    ]


# a page that ran its body into one line: clauses (一)(二) under a part's heading, each closed by a
# bracket of labels
CLAUSES_RUN_ON = """\
某区推进城乡融合发展行动计划
一、加强组织保障(一)健全议事机制。定期召开联席会议研究重点问题。【牵头单位:区农业农村局;责任单位:区发展改革局】\
(二)压实属地责任。将任务落实纳入年度考核。【牵头单位:区委组织部;责任单位:各街道(镇)】
"""


def test_clauses_run_on_in_one_line_start_at_their_own_title() -> None:
    got = [(t.text[:6], t.lead, t.departments) for t in parse_text(CLAUSES_RUN_ON).tasks]
    assert got == [
        ("健全议事机制", ("区农业农村局",), ("区农业农村局", "区发展改革局")),
        ("压实属地责任", ("区委组织部",), ("区委组织部", "各街道(镇)")),
    ]


# a page whose indents the scrape could not encode and wrote as question marks
QUESTION_MARK_INDENTS = """\
某区优化营商环境行动方案
??为进一步优化营商环境，制定本方案。
??一、提升线上服务
??1.扩大网上办理事项范围。(责任单位:区行政服务中心、区府办)
??2.推广电子证照应用。(责任单位:区数据局)
"""


def test_question_marks_left_for_an_indent_are_no_part_of_the_text() -> None:
    notice = parse_text(QUESTION_MARK_INDENTS)
    got = [(t.text, t.departments) for t in notice.tasks]
    assert got == [
        ("扩大网上办理事项范围。", ("区行政服务中心", "区府办")),
        ("推广电子证照应用。", ("区数据局",)),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("一期工程于2020年年底前完成。", "2020年年底前"),
        ("力争年内建成通车。", "年内"),
        ("三年内认定市级孵化基地十家以上。", None),  # a span of years: a target, no deadline
        ("力争5年内培育特色小镇三个。", None),
        ("X年9月30日前，完成事项清单编制。", "X年9月30日前"),  # a template's placeholder year, kept as written
    ],
)
def test_deadlines_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


def test_a_placeholder_year_takes_no_notice_year() -> None:
    assert resolve("X年11月底前", 2019) == Deadline(None, None, None, "unknown")


@pytest.mark.parametrize(
    ("body", "partners"),
    [
        ("牵头单位：市住建局；配合单位：市水务集团、\n市燃气公司", ["市水务集团", "市燃气公司"]),  # wrapped after 、
        ("牵头单位：市住建局；配合单位：市水务集团\n市燃气公司", ["市水务集团", "市燃气公司"]),  # a unit a line
        ("牵头单位：市住建局；配合单位：市水务集团、市燃\n气公司", ["市水务集团", "市燃气公司"]),  # wrapped in a name
    ],
)
def test_an_annotation_wrapped_over_two_lines_keeps_every_unit(body: str, partners: list[str]) -> None:
    assignment = parse_annotation(body)
    assert assignment is not None
    assert (assignment.lead, assignment.partners) == (["市住建局"], partners)


# a list's collective summed up by 等 is followed by 和 and one more unit
@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("市水利局等有关部门和各区人民政府", ("市水利局", "各区人民政府")),
        ("县财政局、税务局等相关单位及各乡镇", ("县财政局", "县税务局", "各乡镇")),
        ("县财政局等有关部门", ("县财政局",)),
    ],
)
def test_a_collective_summed_up_by_deng_ends_before_the_unit_after_he(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units
