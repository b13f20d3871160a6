"""Annotations in the body: several in one item, cut off by the end of the text, roles nobody reads."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.source import parse_file

from .conftest import FIXTURES

SEVERAL = FIXTURES / "genre" / "county_several_annotations.txt"


def test_each_annotation_closes_its_own_task() -> None:
    notice = parse_file(SEVERAL).notice
    got = [(t.id, t.path, t.line, t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks]
    assert got == [
        (
            1,
            "二/（一）",
            15,
            "清理河道。开展河道清障行动，2024年6月底前完成。",
            ("县水务局",),
            ("县自然资源局",),
            ("县水务局", "县自然资源局"),
            "2024年6月底前",
        ),
        (
            2,
            "二/（一）",
            15,
            "建立河道巡查台账，每季度更新。",
            ("县河长办",),
            ("各乡（镇）人民政府",),
            ("县河长办", "各乡（镇）人民政府"),
            "每季度",
        ),
        (
            3,
            "二/（二）/1",
            17,
            "排查入河排污口，2024年9月底前建立清单。",
            ("县生态环境分局",),
            (),  # a list marking its lead: the others stay responsible
            ("县生态环境分局", "县水务局", "县农业农村局"),
            "2024年9月底前",
        ),
        (
            4,
            "二/（二）/2",
            18,
            "规范养殖尾水排放。",
            ("县农业农村局",),
            ("县市场监管局", "县经济商务局"),
            ("县农业农村局", "县市场监管局", "县经济商务局", "各乡（镇）人民政府"),
            None,
        ),
        (
            5,
            "二/（二）/3",
            19,
            "加强宣传引导。",
            ("县融媒体中心",),
            ("县教育部门", "县卫生健康部门"),
            ("县融媒体中心", "县教育部门", "县卫生健康部门"),
            None,
        ),
        (  # a unit's role alone right after the clause's short title: its task
            6,
            "二/（三）",
            25,
            "加强督导。县河长办牵头，每月通报各河段巡查进展。",
            ("县河长办",),
            (),
            ("县河长办",),
            "每月",
        ),
        (
            7,
            "二/（四）",
            26,
            "强化保障。落实河湖管护经费。",
            ("县财政局",),
            ("县水务局",),  # 县审计, cut mid-name by the end of the text, is no unit (named in the warning)
            ("县财政局", "县水务局"),
            None,
        ),
    ]


def test_nothing_read_is_lost_silently() -> None:
    notice = parse_file(SEVERAL).notice
    assert [(w.code, w.line) for w in notice.warnings] == [
        ("label-without-unit", 24),  # 完成时限 under an item that names no unit
        ("annotation-cut-off", 26),  # the text ends inside the annotation
    ]
    assert "完成时限：2024年12月底前" in notice.warnings[0].message
    assert "县审计" in notice.warnings[1].message


HEAD = "某县人民政府关于做好防汛工作的实施方案\n一、主要任务\n"


def test_label_then_units_on_the_next_line() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头部门\n县水务局、县应急管理局\n配合单位：\n县气象局\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县水务局", "县应急管理局"), ("县气象局",))]
    assert not notice.warnings


WRAPPED_VALUES = [
    (  # the value on the next line, wrapped after 、 over two lines
        "（一）改造燃气管道。\n责任单位：\n县住建局、县发改局、\n县财政局、各乡镇人民政府\n完成时限：2025年12月底前\n",
        ("县住建局", "县发改局", "县财政局", "各乡镇人民政府"),
        "改造燃气管道。",
    ),
    (  # the value on the label's own line, wrapped after 、
        "（一）改造燃气管道。\n责任单位：县住建局、\n县财政局\n",
        ("县住建局", "县财政局"),
        "改造燃气管道。",
    ),
    (  # a value that ends with no 、 ends on its line: the next is the task's text
        "（一）改造燃气管道。\n责任单位：\n县住建局\n同步改造主管网。\n",
        ("县住建局",),
        "改造燃气管道。\n同步改造主管网。",
    ),
]


@pytest.mark.parametrize(("block", "units", "text"), WRAPPED_VALUES)
def test_a_label_value_ending_in_a_list_comma_goes_on_on_the_next_line(
    block: str, units: tuple[str, ...], text: str
) -> None:
    notice = parse_text(HEAD + block)
    assert [(t.departments, t.text) for t in notice.tasks] == [(units, text)]
    assert not notice.warnings


def test_a_person_labelled_with_the_unit_they_head_keeps_the_task() -> None:
    notice = parse_text(HEAD + "（一）健全档案制度。\n责任人：县住建局局长赵明\n完成时限：2025年9月底前\n")
    assert [(t.departments, t.leaders, t.due) for t in notice.tasks] == [
        (("县住建局",), ("局长赵明",), "2025年9月底前")
    ]
    assert not notice.warnings


def test_a_person_labelled_without_a_unit_is_warned() -> None:
    notice = parse_text(HEAD + "（一）健全档案制度。\n责任人：赵明\n完成时限：2025年9月底前\n")
    assert notice.tasks == ()
    assert [w.code for w in notice.warnings] == ["no-tasks", "label-without-unit", "label-without-unit"]


def test_label_that_names_no_unit_is_warned() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头单位：\n（二）开展演练。（县应急管理局牵头）\n")
    assert [t.path for t in notice.tasks] == ["一/（二）"]
    assert [(w.code, w.line) for w in notice.warnings] == [("label-without-unit", 4)]


@pytest.mark.parametrize(
    "clause",
    [
        "（一）修订预案。县水务局牵头的工作组要做好汛前检查，各乡（镇）配合。",
        "（一）修订预案。经费由县财政局负责，各乡（镇）配合，做好汛前检查。",
    ],
)
def test_a_role_in_prose_that_no_annotation_holds_is_warned(clause: str) -> None:
    notice = parse_text(HEAD + clause + "\n")
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings if w.code == "role-not-read"] == [("role-not-read", 3)]


@pytest.mark.parametrize(
    ("clause", "code"),
    [
        ("（一）修订预案。（县水务局牵头抓好）", "role-not-read"),
        ("（一）修订预案。（县水务局、县财政局等有关部门按职责分工办理）", "units-not-read"),
    ],
)
def test_a_bracket_of_roles_or_units_in_unknown_words_is_warned(clause: str, code: str) -> None:
    notice = parse_text(HEAD + clause + "\n")
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings if w.code.endswith("-not-read")] == [(code, 3)]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (  # the roles right after the clause's title sentence, its work following: kept in the text, as written
            "（一）修订预案。由县水务局牵头，各乡（镇）配合，做好汛前检查。",
            (
                "修订预案。由县水务局牵头，各乡（镇）配合，做好汛前检查。",
                ("县水务局",),
                ("各乡（镇）",),
                ("县水务局", "各乡（镇）"),
                (),
            ),
        ),
        (
            "（一）渡口安全整治，由交通、海事部门负责，有关部门配合。要逐一登记渡船，严禁超载。",
            (
                "渡口安全整治。要逐一登记渡船，严禁超载。",
                ("交通部门", "海事部门"),
                ("有关部门",),
                ("交通部门", "海事部门", "有关部门"),
                (),
            ),
        ),
        (  # a person in charge first: never a unit
            "（一）关于城西污水厂扩建事宜\n由周某副县长负责，县住建局牵头，县水务局、县财政局配合，抓紧办理用地手续。",
            (
                "关于城西污水厂扩建事宜\n抓紧办理用地手续。",
                ("县住建局",),
                ("县水务局", "县财政局"),
                ("县住建局", "县水务局", "县财政局"),
                ("周某副县长",),
            ),
        ),
        (  # the deadline after the roles, after 于 as without it, goes out of the text with them
            "（一）电梯隐患排查，由县市场监管局负责，于2024年8月底前完成排查。",
            ("电梯隐患排查", (), (), ("县市场监管局",), ()),
        ),
        (
            "（一）电梯隐患排查，由县市场监管局负责，2024年8月底前完成排查。",
            ("电梯隐患排查", (), (), ("县市场监管局",), ()),
        ),
    ],
)
def test_roles_stated_inside_a_sentence(block: str, expected: tuple[object, ...]) -> None:
    notice = parse_text(HEAD + block + "\n")
    assert [(t.text, t.lead, t.partners, t.departments, t.leaders) for t in notice.tasks] == [expected]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (  # units and a role verb open the clause, their partners next: the clause's own words
            "（一）县水务局负责，县气象局、县财政局配合，修订防汛预案。",
            (
                "县水务局负责，县气象局、县财政局配合，修订防汛预案。",
                ("县水务局",),
                ("县气象局", "县财政局"),
                ("县水务局", "县气象局", "县财政局"),
            ),
        ),
        (
            "（一）由县应急局负责，县消防救援大队配合，开展汛前演练。",
            (
                "由县应急局负责，县消防救援大队配合，开展汛前演练。",
                ("县应急局",),
                ("县消防救援大队",),
                ("县应急局", "县消防救援大队"),
            ),
        ),
        (  # a vertical service named after its place keeps its name; a committee's member units are one collective
            "（一）某地出入境检验检疫局负责，县食安委有关成员单位配合，抽检进口食品。",
            (
                "某地出入境检验检疫局负责，县食安委有关成员单位配合，抽检进口食品。",
                ("某地出入境检验检疫局",),
                ("县食安委有关成员单位",),
                ("某地出入境检验检疫局", "县食安委有关成员单位"),
            ),
        ),
    ],
)
def test_roles_opening_a_block_are_read_and_kept_in_its_text(block: str, expected: tuple[object, ...]) -> None:
    notice = parse_text(HEAD + block + "\n")
    assert [(t.text, t.lead, t.partners, t.departments) for t in notice.tasks] == [expected]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


def test_an_action_after_the_last_partner_is_cut_off_whole() -> None:
    # 限时办结 after the last unit: the action goes, never a unit named 县税务局限时办
    notice = parse_text(HEAD + "（一）清理遗留问题。由县金融局牵头，会同县自然资源局、县税务局限时办结。\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县金融局",), ("县自然资源局", "县税务局"))]


def test_a_unit_doing_its_work_in_the_first_clause_is_no_role_run() -> None:
    # the verb's object follows in the same clause: prose (what the unit does), not a clause of roles
    # (with nothing else assigning work, the prose reader reads it, warned: no lead)
    notice = parse_text(HEAD + "（一）县水务局负责修订预案，做好汛前检查。\n")
    assert [(t.departments, t.lead) for t in notice.tasks] == [(("县水务局",), ())]
    assert "read-from-prose" in [w.code for w in notice.warnings if w.line == 3]


def test_units_with_what_they_do_stay_in_the_task_text() -> None:
    notice = parse_text(HEAD + "（一）强化调度。由县防汛办负责统筹协调，县气象局配合，汛期每日会商。\n")
    got = [(t.text, t.lead, t.partners, t.departments) for t in notice.tasks]
    assert got == [
        (
            "强化调度。由县防汛办负责统筹协调，县气象局配合，汛期每日会商。",
            ("县防汛办",),
            ("县气象局",),
            ("县防汛办", "县气象局"),
        )
    ]
    assert not notice.warnings


def test_a_date_after_yu_is_the_deadline_without_it() -> None:
    notice = parse_text(HEAD + "（一）电梯隐患排查，由县市场监管局负责，于2024年8月底前完成排查。\n")
    assert [(t.due, t.due_date) for t in notice.tasks] == [("2024年8月底前", "2024-08-31")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "修订预案。由县水务局牵头，县气象局、县自然资源局等部门配合，2025年至2026年完成。",
            (
                "修订预案。",
                ("县水务局",),
                ("县气象局", "县自然资源局"),
                ("县水务局", "县气象局", "县自然资源局"),
                "2025年至2026年",
            ),
        ),
        ("编制清单。县统计局负责，2025年第三季度完成。", ("编制清单。", (), (), ("县统计局",), "2025年第三季度")),
        (
            "支持研发。县科技局、县工信局按职责分工负责，长期坚持。",
            ("支持研发。", (), (), ("县科技局", "县工信局"), "长期坚持"),
        ),
        (
            "培育消费。由县商务局负责，县文旅局参与。",
            ("培育消费。", ("县商务局",), ("县文旅局",), ("县商务局", "县文旅局"), None),
        ),
        (
            "改造小巷。由县住建局、县城管局负责，12月底前完工。",
            ("改造小巷。", (), (), ("县住建局", "县城管局"), "12月底前"),
        ),
        (
            "新建泵站。县水务局牵头，2027年6月30日前建成投运。",
            ("新建泵站。", ("县水务局",), (), ("县水务局",), "2027年6月30日前"),
        ),
        (
            "疏浚河道。县水务局为牵头单位，县财政局为配合单位。",
            ("疏浚河道。", ("县水务局",), ("县财政局",), ("县水务局", "县财政局"), None),
        ),
        (
            "建设平台。县应急管理局牵头，县对台办、县数据要素局配合。",  # 应, 对, 要 inside names
            (
                "建设平台。",
                ("县应急管理局",),
                ("县对台办", "县数据要素局"),
                ("县应急管理局", "县对台办", "县数据要素局"),
                None,
            ),
        ),
    ],
)
def test_a_closing_sentence_of_roles_is_an_assignment(item: str, expected: tuple[object, ...]) -> None:
    notice = parse_text(HEAD + "（一）" + item + "\n")
    assert [(t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [expected]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    "item",
    [
        "加强协作。各部门要密切配合，形成合力。",  # no unit before the verb
        "加强协作。各乡镇要积极配合。",  # 要: prose, not a unit's name
        "加强协作。有关部门要密切配合。",
        "加强协作。相关费用由县财政局负责。",  # 由 inside the subject
        "加强协作。企业主要负责人对本单位安全工作全面负责。",
        "加强协作。各级各部门要各司其职、密切配合。",
        "加强协作。此项工作以各乡镇为牵头单位。",  # 以…为: prose
    ],
)
def test_a_closing_sentence_of_prose_is_no_assignment(item: str) -> None:
    notice = parse_text(HEAD + "（一）" + item + "\n")
    assert notice.tasks == ()


@pytest.mark.parametrize(
    ("item", "departments", "lead", "warned"),
    [
        # a unit's role alone right after the short title, its work after it: the item's roles
        ("加强协作。县水务局牵头，做好汛前检查。", ("县水务局",), ("县水务局",), False),
        # the verb does not close the clause: no annotation reads it; with nothing else in the notice assigning
        # work, the prose reader reads the units opening the sentence, and warns the task
        ("加强协作。县水务局、县财政局按职责分工负责做好汛前检查。", ("县水务局", "县财政局"), (), True),
    ],
)
def test_a_closing_sentence_of_prose_is_read_only_from_its_subjects(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], warned: bool
) -> None:
    notice = parse_text(HEAD + "（一）" + item + "\n")
    assert [(t.departments, t.lead) for t in notice.tasks] == [(departments, lead)]
    read_from_prose = [(w.code, w.line) for w in notice.warnings if w.code == "read-from-prose"]
    assert read_from_prose == ([("read-from-prose", 3)] if warned else [])


def test_two_labels_on_one_line_separated_by_a_space() -> None:
    notice = parse_text(HEAD + "（一）开展招聘活动。\n责任单位：县人社局　完成时间：2025年底前\n")
    assert [(t.departments, t.departments_raw, t.due) for t in notice.tasks] == [
        (("县人社局",), "责任单位：县人社局", "2025年底前")
    ]


def test_a_note_that_the_first_unit_leads() -> None:
    notice = parse_text(
        "某县人民政府关于做好就业工作的实施方案\n一、主要任务\n"
        "以下任务的责任单位中，排在第一位的为牵头单位，其余为配合单位。\n"
        "（一）开展招聘活动。（责任单位：县人社局、县财政局、县教育局）\n"
        "（二）开展培训。（县教育局牵头，县人社局配合；各乡镇负责落实）\n"
        "（三）建设平台。（责任单位：县数据局）\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县人社局",), ("县财政局", "县教育局")),
        (("县教育局",), ("县人社局",)),  # roles stated: kept as written
        (("县数据局",), ()),
    ]


def test_without_the_note_no_lead_is_guessed() -> None:
    notice = parse_text(HEAD + "（一）开展招聘活动。（责任单位：县人社局、县财政局）\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [((), ())]


def test_a_bracket_mid_sentence_without_roles_is_text() -> None:
    notice = parse_text(HEAD + "（一）建立河长制（含湖长制）工作台账。（牵头单位：县河长办）\n")
    assert [(t.text, t.lead) for t in notice.tasks] == [("建立河长制（含湖长制）工作台账。", ("县河长办",))]


def test_an_annotated_part_is_a_task() -> None:
    notice = parse_text(
        "某县人民政府关于做好防汛工作的实施方案\n一、修订防汛预案。（县水务局牵头）\n二、开展演练。\n1.组织汛前演练。（县应急管理局牵头）\n"
    )
    assert [(t.path, t.text, t.lead, t.group, t.subgroup) for t in notice.tasks] == [
        ("一", "修订防汛预案。", ("县水务局",), 1, None),
        ("二/1", "组织汛前演练。", ("县应急管理局",), 2, None),
    ]


def test_square_brackets_around_an_annotation_holding_round_ones() -> None:
    notice = parse_text(HEAD + "（一）稳定粮食生产。[牵头单位：县发改局（粮食局）；责任单位：各镇人民政府]\n")
    assert [(t.text, t.lead, t.departments) for t in notice.tasks] == [
        ("稳定粮食生产。", ("县发改局（粮食局）",), ("县发改局（粮食局）", "各镇人民政府"))
    ]


def test_city_notice_mixing_every_way_of_stating_roles() -> None:
    notice = parse_file(FIXTURES / "genre" / "city_mixed_roles.txt").notice
    got = [(t.path, t.lead, t.partners, t.departments, t.leaders, t.due) for t in notice.tasks]
    assert got == [
        # 〔责任单位：… 按职责分工负责，各县（区）人民政府负责落实，下同〕
        ("二/（一）", (), (), ("市水务局", "市自然资源和规划局", "各县（区）人民政府"), (), "2022年底前"),
        # labels separated by commas, a deadline label among them
        (
            "二/（二）",
            ("市水务局",),
            ("市发展改革委", "市财政局"),
            ("市水务局", "市发展改革委", "市财政局"),
            (),
            "2024年底前",
        ),
        # 由…牵头，…协助；…负责落实
        (
            "二/（三）/1",
            ("市住房城乡建设局",),
            ("市水务局",),
            ("市住房城乡建设局", "市水务局", "各县（区）人民政府"),
            (),
            None,
        ),
        ("二/（三）/2/（1）", ("市城管局",), (), ("市城管局",), (), "2023年底前"),
        ("二/（三）/2/（2）", ("市水务局",), ("市农业农村局",), ("市水务局", "市农业农村局"), (), "2024年底前"),
        # labelled lines: 牵头负责领导, 牵头责任单位, 协同责任单位, 完成时限
        (
            "二/（四）",
            ("市卫生健康委",),
            ("市生态环境局", "市疾控中心"),
            ("市卫生健康委", "市生态环境局", "市疾控中心"),
            ("市政府分管副市长",),
            "长期坚持",
        ),
        ("三/（一）", (), (), ("市财政局", "市发展改革委"), (), None),
    ]
    assert not notice.warnings


def test_an_annotation_broken_over_two_lines_is_one() -> None:
    notice = parse_text(HEAD + "（一）修订预案。（牵头单位：县水务局；\n配合单位：县气象局）\n")
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [("修订预案。", ("县水务局",), ("县气象局",))]
    assert not notice.warnings


def test_annotations_closing_clauses_of_one_sentence() -> None:
    notice = parse_text(HEAD + "（一）修订防汛预案（县水务局牵头）；开展汛前演练（县应急管理局牵头）。\n")
    assert [(t.text, t.lead) for t in notice.tasks] == [
        ("修订防汛预案", ("县水务局",)),
        ("开展汛前演练。", ("县应急管理局",)),
    ]


def test_a_label_followed_by_a_space_instead_of_a_colon() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头单位　县水务局\n配合单位 县气象局\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县水务局",), ("县气象局",))]


def test_a_piece_naming_a_lead_and_who_joins_it_is_written_once() -> None:
    notice = parse_text(HEAD + "（一）守住耕地红线。由县自然资源局会同县农业农村局等部门负责落实。\n")
    task = notice.tasks[0]
    assert (task.departments_raw, task.lead, task.partners) == (
        "由县自然资源局会同县农业农村局等部门负责落实",
        ("县自然资源局",),
        ("县农业农村局",),
    )


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        ("由县水务局会同县财政局、县住建局等部门研究制定改造方案。", ("县水务局",), ("县财政局", "县住建局")),
        ("由县水务局会同县财政局等有关部门提出实施意见。", ("县水务局",), ("县财政局",)),
        # a 、 in the work after the partners is the work's, never a list of units going on
        ("由县水务局牵头，会同县财政局做好方案编制、招标管理和资金拨付。", ("县水务局",), ("县财政局",)),
        ("由县水务局牵头，会同县财政局制定办法、细则。", ("县水务局",), ("县财政局",)),
        ("由县水务局牵头，会同县财政局、县住建局制定办法。", ("县水务局",), ("县财政局", "县住建局")),
    ],
)
def test_joined_partners_before_an_action_of_their_own(
    sentence: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(HEAD + "（一）关于排水改造的问题，" + sentence + "\n").tasks[0]
    assert (task.lead, task.partners) == (lead, partners)


def test_items_opening_with_a_year_under_a_units_and_posts_label() -> None:
    # 1.2025年底前… is item 1 (not a decimal); 责任单位及责任人 names the units, their post left out
    notice = parse_text(
        HEAD + "1.2025年底前,建成城东消防站。\n责任单位及责任人:县住建局、县消防救援大队主要领导。\n"
        "2.2026年底前,改造城西消防站营房。\n责任单位及责任人:城关镇人民政府主要领导。\n"
    )
    rows = [(t.text[:5], t.departments, t.due) for t in notice.tasks]
    assert rows == [
        ("2025年", ("县住建局", "县消防救援大队"), "2025年底前"),
        ("2026年", ("城关镇人民政府",), "2026年底前"),
    ]


_HEADED = "某市农贸市场提升行动方案\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the bracket alone on the line after a heading annotates the heading, as on one line
        (
            "一、改造市场排水设施\n（市商务局牵头）\n二、规范摊位经营秩序\n（市市场监管局牵头）",
            [("改造市场排水设施", 2, ("市商务局",)), ("规范摊位经营秩序", 4, ("市市场监管局",))],
        ),
        (
            "一、改造市场排水设施（市商务局牵头）\n二、规范摊位经营秩序（市市场监管局牵头）",
            [("改造市场排水设施", 2, ("市商务局",)), ("规范摊位经营秩序", 3, ("市市场监管局",))],
        ),
        # a paragraph with words of its own under a bare heading is still the task, the heading its title
        (
            "一、改造市场排水设施\n疏通市场内排水沟渠。（市商务局牵头）\n二、规范摊位经营秩序\n清理占道经营。（市市场监管局牵头）",
            [
                ("改造市场排水设施\n疏通市场内排水沟渠。", 3, ("市商务局",)),
                ("规范摊位经营秩序\n清理占道经营。", 5, ("市市场监管局",)),
            ],
        ),
    ],
)
def test_an_annotation_alone_under_a_heading_takes_the_heading_as_text(
    body: str, expected: list[tuple[str, int, tuple[str, ...]]]
) -> None:
    notice = parse_text(_HEADED.format(body=body))
    assert [(t.text, t.line, t.lead) for t in notice.tasks] == expected
    assert not [w for w in notice.warnings if w.code == "task-text-empty"]


@pytest.mark.parametrize(
    ("body", "empty_lines"),
    [
        # a clause that is its annotation alone: listed with an empty text, and warned
        ("一、主要任务\n（一）（市商务局牵头）\n（二）规范摊位经营秩序。（市市场监管局牵头）", [3]),
        ("一、主要任务\n（一）改造市场排水设施。（市商务局牵头）\n（二）规范摊位经营秩序。（市市场监管局牵头）", []),
    ],
)
def test_a_task_without_text_is_warned(body: str, empty_lines: list[int]) -> None:
    notice = parse_text(_HEADED.format(body=body))
    assert [t.line for t in notice.tasks if not t.text] == empty_lines
    assert [w.line for w in notice.warnings if w.code == "task-text-empty"] == empty_lines


_HEAD = "松阳县2025年城市更新工作方案\n一、重点任务\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # units alone with how long the work lasts, after a sentence, then a task of its own with its bracket
        (
            "（一）健全长效管理。推行物业服务进小区。（县住建局、县民政局，持续推进）建立改造评估制度，"
            "年底前出台办法。（县住建局）",
            [
                ("健全长效管理。推行物业服务进小区。", ("县住建局", "县民政局"), (), "持续推进"),
                ("建立改造评估制度，年底前出台办法。", ("县住建局",), (), "年底前"),
            ],
        ),
        # units alone before a comma, then a task closed by its roles
        (
            "（二）强化执法监管。严厉打击违法建设行为（县城管局、县自然资源局），每季度开展一次联合执法（县住建局牵头）。",
            [
                ("强化执法监管。严厉打击违法建设行为", ("县城管局", "县自然资源局"), (), None),
                ("每季度开展一次联合执法。", ("县住建局",), ("县住建局",), "每季度"),
            ],
        ),
        # a bracket of units mid-sentence, with no sentence end or comma after it: an aside, one task
        (
            "（三）督促县城管局、县自然资源局（县住建局）落实整改责任。（县住建局牵头）",
            [("督促县城管局、县自然资源局（县住建局）落实整改责任。", ("县住建局",), ("县住建局",), None)],
        ),
    ],
)
def test_units_alone_mid_block_close_a_task_of_their_own(
    block: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]
) -> None:
    notice = parse_text(_HEAD + block + "\n")
    assert [(t.text, t.departments, t.lead, t.due) for t in notice.tasks] == expected
    assert "units-not-read" not in {w.code for w in notice.warnings}


@pytest.mark.parametrize(
    ("tail", "due", "units"),
    [
        # units alone in a bracket, then the task's deadline under its label to the end of the item
        ("（县城管局、县水务局）完成时限：长期坚持。", "长期坚持", ("县城管局", "县水务局")),
        ("（县住建局）完成时间：2025年6月底前", "2025年6月底前", ("县住建局",)),
        # roles in the bracket: the label after it is read as before
        ("（县住建局（牵头）、县交通运输局）完成时限：年底前。", "年底前", ("县住建局", "县交通运输局")),
    ],
)
def test_units_in_a_bracket_then_their_labelled_deadline(tail: str, due: str, units: tuple[str, ...]) -> None:
    task = parse_text(HEAD + "（一）加强燃气管道防范。建立信息共享机制。" + tail + "\n").tasks[0]
    assert (task.due, task.departments, task.text) == (due, units, "加强燃气管道防范。建立信息共享机制。")


def test_work_before_a_clause_of_roles_is_never_a_unit() -> None:
    # 支持有条件的社区开设托育室、服务站: the work ends like units' names; the roles are the clause's after 由
    task = parse_text(
        HEAD + "（一）发展普惠托育。推动托育机构连锁经营，支持有条件的社区开设托育室、服务站，"
        "由县卫生健康局、县妇联按职责分工负责，长期坚持。\n"
    ).tasks[0]
    assert task.departments == ("县卫生健康局", "县妇联")
    assert task.text.endswith("支持有条件的社区开设托育室、服务站")


def test_partners_joined_before_a_long_work_are_never_cut_inside_it() -> None:
    # 开展联合巡查: the work after the partners, never cut after 联 (an ending of 工商联, 残联)
    task = parse_text(
        HEAD + "（一）维护环境秩序。查处违法行为，由县公安局牵头，会同县综合行政执法大队开展联合执法检查。\n"
    ).tasks[0]
    assert (task.lead, task.partners) == (("县公安局",), ("县综合行政执法大队",))
