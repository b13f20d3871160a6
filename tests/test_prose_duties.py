"""A notice of the genre that assigns its work only in prose (no annotation, label or table anywhere): each
lowest-level numbered block whose sentences open with units and a duty word is a task of those units, read
from the sentences' subjects and warned read-from-prose at its line (parse/prose_duties.py). Near-misses:
units mentioned otherwise (在X的统一领导下, 发挥X作用, 报X备案, X成立…), the plan's frame, collectives named by
reference alone, a division by task number, and any notice in which another reader found a task."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县森林防火工作方案\n一、指导思想\n在县委县政府统一领导下，各乡镇要提高认识。\n二、工作任务\n"


def _read(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    notice = parse_text(HEAD + body)
    warned = {w.line for w in notice.warnings if w.code == "read-from-prose"}
    assert warned == {t.line for t in notice.tasks}
    return [(t.path, t.departments, t.lead, t.partners, t.due) for t in notice.tasks]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a modal after the units: responsible; the deadline as the prose reads it
        (
            "（一）巡山护林。县林业局要加强巡山护林，2024年2月底前完成防火隔离带建设。\n",
            [("二/（一）", ("县林业局",), (), (), "2024年2月底前")],
        ),
        # 务必 / 应当, collectives of places, two subjects in one item: in order of first mention
        (
            "（一）设立机构。各乡镇人民政府务必于1月底前设立指挥部；各有关部门应当按照职能密切协作。\n",
            [("二/（一）", ("各乡镇人民政府", "各有关部门"), (), (), "1月底前")],
        ),
        # X会同Y: X the lead, Y a partner; 配合Y: Y the lead helped; X牵头，Y配合: lead and partners
        (
            "（一）督导检查。各乡镇要会同县林业局开展督导。\n"
            "（二）房屋排查。各乡镇要配合县住建局做好房屋安全排查。\n"
            "（三）治理污水。各乡镇牵头，县住建局、县水利局配合，完成规划编制。\n",
            [
                ("二/（一）", ("各乡镇", "县林业局"), ("各乡镇",), ("县林业局",), None),
                ("二/（二）", ("各乡镇", "县住建局"), ("县住建局",), ("各乡镇",), None),
                ("二/（三）", ("各乡镇", "县住建局", "县水利局"), ("各乡镇",), ("县住建局", "县水利局"), None),
            ],
        ),
        # a unit standing as a sentence of its own before its duty: each one its own task
        (
            "（一）部门职责\n县生态环境局。负责统一监督，承担日常工作。\n县交通局、公路局。负责公路两侧的巡查。\n",
            [
                ("二/（一）", ("县生态环境局",), (), (), None),
                ("二/（一）", ("县交通局", "县公路局"), (), (), None),
            ],
        ),
        # a unit standing as the block's first sentence: the block is its work, whatever the verb after it
        (
            "（一）市财政局。保障普查经费。\n",
            [("二/（一）", ("市财政局",), (), (), None)],
        ),
        # a town's units and a level with another in brackets (镇(街)综治办), an authority by its field
        (
            "（一）综合治理。镇（街）综治办统筹推进，整合巡防力量。\n（二）业务指导。公安机关负责培训治安员。\n",
            [("二/（一）", ("镇（街）综治办",), (), (), None), ("二/（二）", ("公安机关",), (), (), None)],
        ),
        # units joined by 与 that are jointly responsible (共同对…负责), one described before 的 (成员单位); a name
        # holding 与 stays one unit
        (
            "（一）数据质量。县普查办与县直包联乡镇的成员单位共同对本乡镇数据质量负责。\n"
            "（二）用地保障。县自然资源与规划局要做好用地保障。\n",
            [
                ("二/（一）", ("县普查办", "县直包联乡镇的成员单位"), (), (), None),
                ("二/（二）", ("县自然资源与规划局",), (), (), None),
            ],
        ),
        # units opening a clause with the work itself (加大…, 联合印发…), responsible; not 加强领导
        (
            "（一）宣传教育。区应急局、区教育局联合印发致家长的一封信。\n"
            "（二）案件查处。区森林警察大队加大野外违规用火查处力度。\n"
            "（三）组织保障。区林业局加强领导，明确专人。\n",
            [
                ("二/（一）", ("区应急局", "区教育局"), (), (), None),
                ("二/（二）", ("区森林警察大队",), (), (), None),
            ],
        ),
        # a mechanism led by units (建立由X牵头…)
        (
            "（一）调处机制。建立由镇（街）牵头、司法所参与的纠纷调处机制。\n",
            [("二/（一）", ("镇（街）",), ("镇（街）",), (), None)],
        ),
        # two collectives joined by 和, each a subject (县发展和改革局 stays one name: 发展 is no unit)
        (
            "（一）招商机制。各镇和县直各单位都要成立招商工作专班。\n（二）项目储备。县发展和改革局要建立项目库。\n"
            "（三）资金统筹。县财政局和县发展和改革局要统筹项目资金。\n",
            [
                ("二/（一）", ("各镇", "县直各单位"), (), (), None),
                ("二/（二）", ("县发展和改革局",), (), (), None),
                ("二/（三）", ("县财政局", "县发展和改革局"), (), (), None),
            ],
        ),
        # the enterprises a plan sets work, taken together with 各
        (
            "（一）小区保洁。各物业服务企业要建立保洁制度，安排专人清扫。\n",
            [("二/（一）", ("各物业服务企业",), (), (), None)],
        ),
        # places named on a higher level's notice, their governments meant
        (
            "（一）达标规划。东川市、北岭市应在2024年6月底前制定达标规划。\n",
            [("二/（一）", ("东川市", "北岭市"), (), (), "2024年6月底前")],
        ),
    ],
)
def test_prose_duties_read_from_subjects(
    body: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]
) -> None:
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # units mentioned, never a subject owing a duty
        "（一）宣传教育。发挥县融媒体中心作用，普及防火知识。\n",
        "（一）组织机构。县人民政府成立森林防火指挥部，办公室设在县林业局。\n",
        "（一）值班值守。重大火情及时报县应急管理局备案。\n",
        "（一）经费保障。经费由县财政局负责，各乡（镇）配合。\n",  # a share of the work, fronted; helpers alone
        "（一）加强协作。各部门要密切配合，形成合力。\n",  # collectives named by reference alone
        "（一）加强协作。各级各部门要各司其职。\n",
        "（一）城区保洁。城区要做到垃圾日产日清。\n",  # an area, no place's government
        "（一）全面动员。全市要形成合力。\n",
        "（一）分类指导。重点县要加快进度。\n",  # a kind of county, no place's government
        "（一）企业帮扶。重点企业要稳定生产。\n",  # enterprises not taken together by 各
        "（一）组织实施。各牵头单位对所牵头工作的落实负总责。\n",  # 对: no unit's name
        "（一）汛前检查。县水务局牵头的工作组要做好汛前检查。\n",  # a group a unit leads, no unit's name
        "（一）县委组织部门户网站改版。\n",  # no duty word after a unit
        "（一）责任分工。第1项至第3项由县林业局负责。\n",  # a division by task number
        "（一）责任分工。县林业局牵头落实第一、二条。\n",
        "（一）巡查 | 县林业局 | 全年 |\n",  # a table's row no reader cut
    ],
)
def test_near_misses_give_no_task(body: str) -> None:
    notice = parse_text(HEAD + body)
    assert notice.tasks == ()
    assert "no-tasks" in [w.code for w in notice.warnings]


@pytest.mark.parametrize(
    "tail",
    [
        "三、保障措施\n（一）经费保障。县财政局要保障防火经费。\n",  # the plan's support measures
        "三、工作要求\n县林业局要加强督查。\n",  # its requirements
        "三、基本原则\n县林业局负责统筹。\n",  # its frame
    ],
)
def test_frame_and_support_parts_name_no_task(tail: str) -> None:
    notice = parse_text(HEAD + "（一）巡山护林。县林业局要加强巡山护林。\n" + tail)
    assert [t.path for t in notice.tasks] == ["二/（一）"]


def test_a_notice_whose_other_reader_found_a_task_is_not_read_from_prose() -> None:
    notice = parse_text(
        HEAD + "（一）巡山护林。加强巡山护林。（县林业局负责）\n（二）隔离带。县应急管理局要建设防火隔离带。\n"
    )
    assert [t.departments for t in notice.tasks] == [("县林业局",)]
    assert "read-from-prose" not in [w.code for w in notice.warnings]


@pytest.mark.parametrize(
    "block", ["（二）信贷服务。县金融办协调银行机构加大信贷投放。", "（二）经费保障。防火经费由县财政局负责保障。"]
)
def test_a_block_naming_units_and_no_duty_word_is_warned_beside_tasks_read(block: str) -> None:
    """With tasks read from prose, no-tasks no longer stands for the blocks read none: one whose sentences open
    with units (区金融办协调…) or name them after 由 is warned at its line, never dropped in silence."""
    notice = parse_text(HEAD + "（一）巡山护林。县林业局要加强巡山护林。\n" + block + "\n")
    assert [t.path for t in notice.tasks] == ["二/（一）"]
    assert [(w.code, w.line) for w in notice.warnings if w.line == 6] == [("line-not-read", 6)]


@pytest.mark.parametrize("title", ["在全县森林防火工作会议上的讲话", "西岭县召开森林防火工作会议"])
def test_a_speech_or_a_news_report_is_not_read_from_prose(title: str) -> None:
    notice = parse_text(title + "\n一、加强巡查。县林业局要加强巡山护林。\n二、落实责任。各乡镇要落实属地责任。\n")
    assert notice.tasks == ()
    assert "read-from-prose" not in [w.code for w in notice.warnings]


# a notice whose body assigns a task by its annotation, then blocks that give units their duty only in prose
ANNOTATED = (
    "西岭县第三次土壤普查实施方案\n一、组织领导\n县人民政府成立土壤普查领导小组。（县自然资源局负责）\n二、工作安排\n"
)


@pytest.mark.parametrize(
    ("blocks", "warned"),
    [
        # units of a level or a qualifier opening a sentence, then a duty word: warned at the block's line
        ("（一）完善机构。各乡镇人民政府务必于1月底前设立普查机构。\n", True),
        ("（一）加强宣传。各级普查机构要广泛开展普查宣传。\n", True),
        ("（一）开展调查。县普查办与县农业农村局共同对样点调查质量负责。\n", True),
        ("（一）县水务局。负责全县农村供水工程的规划和建设管理。\n", True),
        ("（一）开展培训。县普查办须于3月底前完成普查员培训。\n", True),
        # near misses: no unit owes the duty, collectives by reference, a support measure, a stage, the frame
        ("（一）加强协作。各部门要密切配合，形成合力。\n", False),
        ("（一）加强管护。各地要加强普查样点管护。\n", False),
        ("（一）值班值守。重大情况及时报县普查办备案。\n", False),
        ("（一）宣传发动。发挥县融媒体中心作用，普及普查知识。\n", False),
        ("（一）加强组织领导。县普查领导小组要统筹协调。\n", False),
    ],
)
def test_a_block_giving_units_a_duty_beside_annotated_tasks_is_warned(blocks: str, warned: bool) -> None:
    """Beside a task the body assigns by its annotation, a block no task holds whose sentences give units a
    duty (what the prose reader reads) is warned line-not-read at its line, never dropped in silence; it is no
    task (the notice's other work is annotated, so its prose may be only how the plan is carried out)."""
    notice = parse_text(ANNOTATED + blocks)
    assert [t.departments for t in notice.tasks] == [("县自然资源局",)]
    codes = {w.code for w in notice.warnings if w.line == 5}
    assert bool(codes & {"line-not-read", "work-not-read"}) is warned, codes


@pytest.mark.parametrize(
    "tail",
    [
        "三、保障措施\n（一）经费保障。县财政局要保障普查经费。\n",  # the plan's support measures
        "三、工作要求\n（一）严明纪律。各乡镇人民政府务必如实上报数据。\n",  # its requirements
        "三、总体要求\n（一）依法普查。各乡镇人民政府要依法开展普查。\n",  # its frame
    ],
)
def test_frame_and_support_parts_beside_annotated_tasks_are_not_warned(tail: str) -> None:
    notice = parse_text(ANNOTATED + "（一）开展清查。全面清查全县土地利用情况。（县农业农村局负责）\n" + tail)
    assert [t.departments for t in notice.tasks] == [("县自然资源局",), ("县农业农村局",)]
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "work-not-read") and w.line > 6]


GROUPS = (
    "东岭县冬季清洁取暖工作方案\n为完成改造任务，结合实际，特制定本方案。\n一、组织机构\n"
    "成立工作专班，下设2个工作小组。\n（一）综合协调组。\n组长：\n组员：\n职责：负责资料收集，协调各小组日常事务。\n"
    "（二）业务组。\n组长：\n职责：负责项目对接和招标工作。\n（三）宣传组。\n组长：\n"
)


def test_a_work_group_s_duties_are_its_task() -> None:
    notice = parse_text(GROUPS + "二、工作措施\n（一）加快改造。各乡镇要在10月底前完成入户改造。\n")
    assert [(t.departments, t.text, t.line) for t in notice.tasks] == [
        (("综合协调组",), "综合协调组。负责资料收集，协调各小组日常事务。", 8),
        (("业务组",), "业务组。负责项目对接和招标工作。", 11),  # (宣传组 writes no duties: none)
        (("各乡镇",), "加快改造。各乡镇要在10月底前完成入户改造。", 15),
    ]


def test_work_groups_listed_as_items_with_no_parts_are_read() -> None:
    text = (
        "东岭县冬季清洁取暖工作方案\n为完成改造任务，结合实际，特制定本方案。\n下设2个工作小组。\n"
        "1、综合协调组。\n组长：\n职责：负责资料收集。\n2、业务组。\n组长：\n职责：负责项目招标。\n"
    )
    assert [t.departments for t in parse_text(text).tasks] == [("综合协调组",), ("业务组",)]


def test_work_groups_beside_annotated_tasks_are_not_read() -> None:
    notice = parse_text(GROUPS + "二、工作措施\n（一）加快改造。（县城管局牵头，各街道配合）\n")
    assert [t.departments for t in notice.tasks] == [("县城管局", "各街道")]


MOSTLY_PROSE = (
    "西岭县全民健身设施建设实施方案\n一、重点任务\n"
    "（一）编制场馆规划。县文旅局负责规划起草，县自然资源局要落实场馆用地，2025年6月底前完成。\n"
    "（二）建设体育公园。县住建局要加快公园建设，2026年底前建成体育公园3个。\n"
    "（三）开展全民健身赛事。由县文旅局牵头，县总工会配合，年底前举办赛事4场。\n"
    "（四）保障设施运营。县财政局要把场馆运营补助列入预算，长期坚持。\n"
)


def test_blocks_of_prose_outnumbering_the_tasks_read_otherwise_are_read_too() -> None:
    # one block's roles are read by the body (由X牵头，Y配合); three give their units a duty in sentences alone
    notice = parse_text(MOSTLY_PROSE)
    assert [(t.id, t.path, t.departments, t.lead, t.due) for t in notice.tasks] == [
        (1, "一/（一）", ("县文旅局", "县自然资源局"), (), "2025年6月底前"),
        (2, "一/（二）", ("县住建局",), (), "2026年底前"),
        (3, "一/（三）", ("县文旅局", "县总工会"), ("县文旅局",), "年底前"),
        (4, "一/（四）", ("县财政局",), (), "长期坚持"),
    ]
    prose = [(w.line, w.message[:6]) for w in notice.warnings if w.code == "read-from-prose"]
    assert prose == [(3, "task 1"), (4, "task 2"), (6, "task 4")]  # (task 3 the body's own)
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "role-not-read")]


def test_a_block_of_prose_beside_more_tasks_read_otherwise_is_warned_not_read() -> None:
    text = MOSTLY_PROSE.replace(
        "县文旅局负责规划起草，县自然资源局要落实场馆用地", "（县文旅局牵头，县自然资源局配合）"
    )
    text = text.replace("县住建局要加快公园建设，", "").replace(
        "2026年底前建成体育公园3个。", "2026年底前建成体育公园3个。（县住建局负责）"
    )
    notice = parse_text(text)
    assert [t.path for t in notice.tasks] == ["一/（一）", "一/（二）", "一/（三）"]
    assert 6 in {w.line for w in notice.warnings if w.code in ("line-not-read", "block-without-units")}


def test_an_office_s_numbered_duties_are_its_tasks() -> None:
    text = (
        "东岭市巩固文明城市工作方案\n为做好创建工作，特制定本工作方案。\n一、组织机构\n"
        "指挥部下设办公室（以下简称市创城办）。\n办公室（市创城办）\n主任：张某\n成员：从有关单位抽调。\n主要职责：\n"
        "1.负责与上级文明办对接；\n2.协调各工作组工作；\n3.市创城办办公地点：市民中心，电话：1234567。\n"
    )
    notice = parse_text(text)
    assert [(t.departments, t.text) for t in notice.tasks] == [
        (("市创城办",), "负责与上级文明办对接；"),
        (("市创城办",), "协调各工作组工作；"),  # (its address is no duty)
    ]


def test_a_work_group_s_units_under_their_labels_are_its_task_s() -> None:
    # 组长单位 leads, 成员单位 are responsible; neither label is a unit of its own (a list of units' duties)
    text = (
        "东岭县城市更新攻坚行动方案\n为推进城市更新，特制定本方案。\n一、专项工作组及职责\n"
        "（一）综合协调组\n组长单位：县政府办公室\n成员单位：县住建局、县财政局\n"
        "工作职责：承担办公室日常事务，每季度报告工作进展。\n"
        "（二）资金保障组\n组长单位：县财政局\n成员单位：县发改局\n工作职责：负责统筹各类资金。\n"
    )
    notice = parse_text(text)
    assert [(t.departments, t.lead, t.due) for t in notice.tasks] == [
        (("县政府办公室", "县住建局", "县财政局"), ("县政府办公室",), "每季度"),
        (("县财政局", "县发改局"), ("县财政局",), None),
    ]
