"""A block's own labels beside roles read elsewhere (its heading's, its prose's), names spaced a character at a
time, a table's last row under a merged deadline cell, lists a comma breaks, roles before the dated clause
closing an item, 和 before a unit with its level, and a town's headquarters issuing its plan. Invented places."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.roles import deadline_in_prose, parse_annotation

HEADING_ROLES_ITEM_LABELS = """\
溪桥县2025年重点工作任务分工方案

一、强化要素保障（牵头单位：县自然资源局；配合单位：县发展和改革局）
　　1.推行工业用地标准地出让。新出让工业用地全部按标准地供应。
　　完成时限：2025年11月底前
　　2.盘活闲置土地。建立闲置土地处置台账，全年消化土地1200亩以上。
　　牵头领导：周立明
　　完成时限：年底前
二、优化旅游交通
　　责任单位：县交通运输局（牵头）、县公安局
　　1.建设旅游环线公路。推进旅游环线建设。
　　完成时限：2026年底前
"""


def test_an_item_under_a_heading_s_roles_takes_its_own_deadline_and_leader_labels() -> None:
    notice = parse_text(HEADING_ROLES_ITEM_LABELS)
    assert [(t.lead, t.partners, t.due, t.due_year, t.leaders) for t in notice.tasks] == [
        (("县自然资源局",), ("县发展和改革局",), "2025年11月底前", 2025, ()),
        (("县自然资源局",), ("县发展和改革局",), "年底前", 2025, ("周立明",)),  # (not 全年, the text's)
        (("县交通运输局",), (), "2026年底前", 2026, ()),
    ]
    assert not [w for w in notice.warnings if w.code == "label-without-unit"]


PROSE_ROLES_LABELLED_DUE = """\
石渡镇2025年人居环境整治工作方案

一、重点任务
（一）完善垃圾收运体系。年内新增分类垃圾桶1200个。镇生态环境工作站牵头，镇财政所、各村（社区）配合，落实保洁员队伍和运行经费。
　　完成时限：2025年9月底前
（二）推进农村户厕改造。全年完成户厕改造320户。镇农业服务中心负责改厕技术指导，镇财政所负责奖补资金审核拨付。
　　完成时限：即日起至2025年11月
（三）加强村内水体清洁。镇水利站牵头，各村（社区）配合，村级河长每周巡河不少于1次。
　　完成时限：长期坚持
"""


def test_roles_read_from_prose_take_the_block_s_labelled_deadline() -> None:
    notice = parse_text(PROSE_ROLES_LABELLED_DUE)
    assert [(t.departments, t.due) for t in notice.tasks] == [
        (("镇生态环境工作站", "镇财政所", "各村（社区）"), "2025年9月底前"),  # (not 年内)
        (("镇农业服务中心", "镇财政所"), "即日起至2025年11月"),  # (not 全年)
        (("镇水利站", "各村（社区）"), "长期坚持"),  # (not 每周, a cadence of the text)
    ]
    assert not [w for w in notice.warnings if w.code == "label-without-unit"]


def test_an_annotation_s_deadline_stays_over_a_label_after_it() -> None:
    notice = parse_text(
        "溪桥县数字政府建设任务分工\n一、重点任务\n（一）完成政务云扩容。（牵头单位：县数据局；完成时限：9月底前）\n"
        "完成时限：10月底前\n（二）上线移动端。（牵头单位：县数据局）\n完成时限：二季度\n"
    )
    assert [t.due for t in notice.tasks] == ["9月底前", "二季度"]


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("县 司 法 局", ("县司法局",)),
        ("县 司 法 局、县市场监督管理局", ("县司法局", "县市场监督管理局")),
        ("县财政局 县 司 法 局", ("县财政局", "县司法局")),
        ("县公安局 县交通运输局", ("县公安局", "县交通运输局")),  # (names a space apart stay two)
    ],
)
def test_a_name_spaced_a_character_at_a_time_is_one(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units


def test_a_table_cell_spaced_a_character_at_a_time_is_one_unit() -> None:
    notice = parse_text(
        "溪桥县任务分工表\n\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推行包容审慎监管，动态调整清单。\t县 司 法 局\t县市场监督管理局、县交通运输局\t2025年10月底前\n"
        "2\t规范涉企行政检查。\t县 财 政 局\t县市场监督管理局\t持续推进\n"
    )
    assert [t.lead for t in notice.tasks] == [("县司法局",), ("县财政局",)]


MERGED_LAST_DEADLINE = """\
溪桥县2025年和美乡村建设工作任务分工方案

一、任务分工

类别\t序号\t工作任务\t责任单位\t完成时限
一、产业发展\t1\t稳定粮食播种面积38万亩以上。\t县农业农村局\t10月底前
\t2\t新建高标准农田2.5万亩。\t县农业农村局\t
二、农民增收\t3\t开展农民技能培训1200人次。\t县人力资源社会保障局\t11月底前
\t4\t健全防止返贫动态监测和帮扶机制。\t县农业农村局、县民政局\t
"""


def test_the_last_row_under_a_merged_deadline_cell_takes_it_where_the_notice_goes_on() -> None:
    closed = parse_text(MERGED_LAST_DEADLINE + "\n二、工作要求\n各责任单位要对照任务分工，确保按期完成。\n")
    assert [t.due for t in closed.tasks] == ["10月底前", "10月底前", "11月底前", "11月底前"]
    assert [w.line for w in closed.warnings if w.code == "cell-filled-from-above"] == [7, 9]
    # the table ending the text: its last row may be where a page was cut, left undated and warned
    cut = parse_text(MERGED_LAST_DEADLINE)
    assert [t.due for t in cut.tasks] == ["10月底前", "10月底前", "11月底前", None]
    assert any(w.code == "task-without-date" and w.line == 9 for w in cut.warnings)


ITEM = "溪桥县实施意见\n\n一、发展民生事业\n（一）扩大老年助餐服务。布局建设老年助餐点，{}\n（二）拓展居家助老服务。发展家庭养老床位。（县民政局、县卫生健康局按职责分工负责，长期坚持）\n"


def test_a_list_of_partners_a_comma_broke_is_one_list() -> None:
    notice = parse_text(
        ITEM.format("由县民政局牵头，县市场监督管理局、财政局，各乡镇人民政府配合，2025年底前实现城区全覆盖。")
    )
    first = notice.tasks[0]
    assert (first.lead, first.partners, first.due) == (
        ("县民政局",),
        ("县市场监督管理局", "县财政局", "各乡镇人民政府"),
        "2025年底前",
    )


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "鼓励企业开设助浴服务项目，县民政局、县卫生健康局负责，2025年9月底前每个乡镇至少培育1家服务主体。",
            ("县民政局", "县卫生健康局"),
        ),
        # another unit's share after it, or work rather than a deadline after the roles: warned, not read
        ("鼓励企业开设服务项目，县民政局负责，2025年9月底前完成。县财政局要做好保障。", None),
        ("鼓励企业开设服务项目，县民政局负责，做好指导。", None),
        ("考核工作由第三方机构组织实施，县应急局负责，年底前完成。", None),
    ],
)
def test_roles_before_the_dated_clause_closing_an_item(sentence: str, units: tuple[str, ...] | None) -> None:
    notice = parse_text(ITEM.format(sentence))
    first = notice.tasks[0]
    if units is None:
        assert first.text.startswith("拓展居家")
        assert any(w.code == "role-not-read" and w.line == 4 for w in notice.warnings)
        return
    assert (first.departments, first.lead, first.due) == (units, (), "2025年9月底前")


@pytest.mark.parametrize(
    ("annotation", "units"),
    [
        ("各乡镇人民政府和县民政局负责", ["各乡镇人民政府", "县民政局"]),
        ("各乡镇人民政府和县直有关部门配合", ["各乡镇人民政府", "县直有关部门"]),
        ("各县党委和政府负责", ["各县党委和政府"]),  # (one collective: 政府 has no level of its own)
    ],
)
def test_and_before_a_unit_with_its_level_parts_it_from_a_collective(annotation: str, units: list[str]) -> None:
    assignment = parse_annotation(annotation, strict=True)
    assert assignment is not None
    assert list(assignment.departments) == units


def test_a_town_s_headquarters_issuing_its_plan_keeps_the_town_s_units() -> None:
    notice = parse_text(
        "石渡镇2025年防汛抗旱工作职责分工方案\n\n一、职责分工\n"
        "　　1. 隐患排查。镇应急办牵头，镇水利站、自然资源所配合，4月30日前完成隐患点排查。\n"
        "　　2. 技术服务。镇农业服务中心负责指导补种改种，县农技推广中心石渡站参与技术服务。\n\n"
        "石渡镇防汛抗旱指挥部\n2025年4月10日\n"
    )
    assert notice.tasks[0].partners == ("镇水利站", "镇自然资源所")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("县城第二污水处理厂三季度投入试运行。", "三季度"),
        ("改造老旧小区26个，三季度全部开工。", "三季度"),
        ("一季度集中开工项目40个。", "一季度"),
        ("三季度投入资金500万元。", None),  # (money put in: no time of the work done)
        ("与三季度相比提高5个百分点。", None),
    ],
)
def test_a_quarter_alone_before_work_begun_or_put_in_use(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("县交通运输局等行政执法部门", ("县交通运输局",)),
        ("县住建局、县交通运输局等负有安全监管职责的部门", ("县住建局", "县交通运输局")),
        ("县高等教育管理部门", ("县高等教育管理部门",)),
    ],
)
def test_a_closing_etc_and_the_duty_it_sums_up_names_no_unit(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units


def test_a_government_s_name_the_end_of_the_text_cuts_is_no_unit() -> None:
    notice = parse_text(
        "河湾市2024年优化营商环境工作要点\n一、优化市场环境\n"
        "（一）推进高效办成一件事。〔牵头单位：市市场监管局；配合单位：市公安局、民政局，各县（区）人民"
    )
    assert notice.tasks[0].partners == ("市公安局", "市民政局")
    assert any(w.code == "annotation-cut-off" for w in notice.warnings)


def test_a_point_whose_sentence_states_its_roles_stays_a_task_of_its_own() -> None:
    notice = parse_text(
        "石渡镇2025年工作任务分工方案\n\n一、深入开展村庄清洁行动\n"
        "①开展春季清洁行动。集中清理农村生活垃圾。（责任单位：镇农业服务中心）\n"
        "②整治乱堆乱放。对村庄公共空间进行集中整治。（责任单位：镇综合执法队）\n\n"
        "二、扎实推进农村厕所革命\n"
        "③推进户厕新改建。由镇农业服务中心牵头，镇财政所、卫生院配合，2025年10月底前完成新建农村户厕120户。\n"
        "④完善厕所长效管护机制。建立户厕粪污清运服务队伍。（责任单位：镇农业服务中心；时限：长期坚持）\n"
    )
    assert [(t.text[:6], t.lead, t.due) for t in notice.tasks] == [
        ("开展春季清洁", (), None),
        ("整治乱堆乱放", (), None),
        ("推进户厕新改", ("镇农业服务中心",), "2025年10月底前"),
        ("完善厕所长效", (), "长期坚持"),
    ]


def test_a_school_term_opening_standing_work_is_its_start() -> None:
    assert deadline_in_prose("纳入劳动教育，由市教育局牵头组织实施，2025年秋季学期起全面推开。") == "2025年秋季学期起"


def test_a_cover_whose_title_number_and_addressees_a_page_ran_together() -> None:
    notice = parse_text(
        "岭川省人民政府办公厅关于印发岭川省教育发展规划任务分工方案的通知岭政办〔2011〕113号各设区市人民政府，"
        "省人民政府各部门：现将本方案印发你们，请抓好落实。\n"
        "一、学前教育\n1.完善幼儿园准入管理。（省教育厅牵头，省财政厅配合）\n"
    )
    assert (notice.metadata.title, notice.metadata.doc_number) == (
        "岭川省人民政府办公厅关于印发岭川省教育发展规划任务分工方案的通知",
        "岭政办〔2011〕113号",
    )
    assert notice.tasks[0].lead == ("省教育厅",)


def test_clauses_each_stating_their_own_units_roles_are_a_task_each() -> None:
    notice = parse_text(
        "溪桥县经营性自建房专项整治工作方案\n一、重点任务\n"
        "　　1.养老机构使用自建房的，由县民政局负责排查整治，2025年9月底前完成；"
        "医疗机构使用自建房的，由县卫生健康局负责排查整治，2025年10月底前完成。\n"
        "　　2.学校租用自建房办学的，由县教育局负责逐一排查，2025年8月底前完成。\n"
    )
    assert [(t.departments, t.due) for t in notice.tasks] == [
        (("县民政局",), "2025年9月底前"),
        (("县卫生健康局",), "2025年10月底前"),
        (("县教育局",), "2025年8月底前"),
    ]


def test_units_joined_to_the_lead_before_the_work_they_do_are_its_partners() -> None:
    notice = parse_text(
        "溪桥县实施方案\n\n一、重点任务\n（一）加强养老人才队伍建设。由县人力资源社会保障局牵头，会同县民政局、县教育局"
        "将养老护理员纳入职业技能提升行动，三年累计培训1000人次以上。\n"
        "（二）加强养老服务。由县民政局牵头，会同有关部门将服务设施纳入规划。\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县人力资源社会保障局",), ("县民政局", "县教育局")),
        (("县民政局",), ()),  # (有关部门: no office with its level, none made a partner)
    ]


def test_roles_in_a_sentence_then_an_annotation_later_close_a_task_each() -> None:
    notice = parse_text(
        "溪桥镇2025年工作方案\n\n一、重点任务\n（一）农村生活污水治理\n"
        "　　1.开展黑臭水体排查整治。镇生态环境保护办公室牵头，镇水利站参与，年底前完成整治。"
        "同时，加强河塘沟渠日常保洁（各村（社区）负责，长期坚持）。\n"
        "　　2.建设污水管网。新增管网3.5公里。（镇规划建设办负责，2025年11月底前）\n"
    )
    assert [(t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (
            "开展黑臭水体排查整治。镇生态环境保护办公室牵头，镇水利站参与，年底前完成整治。",
            ("镇生态环境保护办公室",),
            ("镇水利站",),
            ("镇生态环境保护办公室", "镇水利站"),
            "年底前",
        ),
        ("同时，加强河塘沟渠日常保洁。", (), (), ("各村（社区）",), "长期坚持"),
        ("建设污水管网。新增管网3.5公里。", (), (), ("镇规划建设办",), "2025年11月底前"),
    ]


def test_an_annotation_adding_partners_after_roles_in_a_sentence_is_one_task() -> None:
    notice = parse_text(
        "溪桥县实施方案\n\n一、重点任务\n（一）建设物资库。由县发改局牵头，推进县级物资储备库建设。抓紧完成选址。（县财政局配合）\n"
        "（二）建设污水管网。新增管网3.5公里。（县住建局负责，2025年11月底前）\n"
    )
    assert [(t.partners, t.text[:5]) for t in notice.tasks] == [(("县财政局",), "建设物资库"), ((), "建设污水管")]


@pytest.mark.parametrize(
    ("later", "split"),
    [
        ("各县（市、区）人民政府负责编制本地区建设规划，细化分年度任务，2025年9月底前完成。", True),
        ("各乡镇人民政府要高度重视，加强协调配合，确保按期完成。", False),  # (要: an exhortation, no role)
    ],
)
def test_a_later_sentence_putting_other_units_in_charge_of_work_of_their_own(later: str, split: bool) -> None:
    notice = parse_text(
        "溪桥市实施方案\n\n一、重点任务\n（一）科学编制建设规划。编制市级专项规划。由市农业农村局牵头，市财政局配合，"
        f"2025年6月底前完成。{later}\n（二）建设管网。新增管网3.5公里。（市住建局负责，2025年11月底前）\n"
    )
    first = notice.tasks[0]
    assert (first.lead, first.partners) == (("市农业农村局",), ("市财政局",))
    if split:
        assert (first.due, notice.tasks[1].departments, notice.tasks[1].due) == (
            "2025年6月底前",
            ("各县（市、区）人民政府",),
            "2025年9月底前",
        )
    else:
        assert len(notice.tasks) == 2
