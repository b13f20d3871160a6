"""Roles that close a whole item after its sub-items, roles shared along a list (分别牵头), and the note
that the first unit of a list leads. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.roles import Assignment, parse_annotation

HEAD = "青溪县人民政府办公室关于印发青溪县应急体系建设任务分工的通知\n青政办发〔2024〕11号\n"


@pytest.mark.parametrize(
    "closing",
    ["（责任单位：县直各有关单位、各乡（镇）人民政府）", "责任单位：县直各有关单位、各乡（镇）人民政府"],
    ids=["annotation-line", "label-line"],
)
def test_roles_after_the_last_sub_item_close_the_whole_item(closing: str) -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n1.完善预案体系\n（1）规范预案编制和备案。\n（2）推进基层预案全覆盖。\n"
        f"{closing}\n2.健全值守机制。（县应急管理局负责）\n"
    )
    assert [(t.path, t.text, t.departments, t.line) for t in notice.tasks] == [
        (
            "一/1",
            "完善预案体系\n（1）规范预案编制和备案。\n（2）推进基层预案全覆盖。",
            ("县直各有关单位", "各乡（镇）人民政府"),
            4,
        ),
        ("一/2", "健全值守机制。", ("县应急管理局",), 8),
    ]


def test_sub_items_with_roles_of_their_own_stay_tasks() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n1.完善预案体系\n（1）规范预案编制。（县应急管理局负责）\n"
        "（2）推进基层预案全覆盖。\n（责任单位：各乡（镇）人民政府）\n"
    )
    assert [(t.path, t.text, t.departments) for t in notice.tasks] == [
        ("一/1/（1）", "规范预案编制。", ("县应急管理局",)),
        ("一/1/（2）", "推进基层预案全覆盖。", ("各乡（镇）人民政府",)),
    ]


@pytest.mark.parametrize(
    ("value", "lead", "partners", "responsible"),
    [
        ("县人社局、县农业农村局分别牵头", ["县人社局", "县农业农村局"], [], []),
        ("县人社局、县农业农村局分别牵头，县财政局配合", ["县人社局", "县农业农村局"], ["县财政局"], []),
        ("县水务局、县林业局配合", [], ["县水务局", "县林业局"], []),
        ("县水务局，县林业局配合", [], ["县林业局"], ["县水务局"]),
        ("县水务局（牵头）、县财政局", ["县水务局"], [], ["县财政局"]),  # the unmarked unit stays responsible
    ],
)
def test_a_verb_closing_a_list_gives_its_role_to_the_whole_list(
    value: str, lead: list[str], partners: list[str], responsible: list[str]
) -> None:
    assignment = Assignment()
    assignment.add("departments", value)
    assert (assignment.lead, assignment.partners, assignment.responsible) == (lead, partners, responsible)


def test_a_note_that_the_first_unit_leads_or_gathers() -> None:
    notice = parse_text(
        HEAD + "一、主要目标\n1.固定资产投资增长10%。\n"
        "责任单位：县发改局、县经信局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）\n"
        "2.城乡居民收入稳步增长。\n责任单位：县人社局、县农业农村局分别牵头\n"
        "3.新增就业完成市定任务。\n责任单位：县人社局、县教育局\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县发改局",), ()),  # the others stay responsible: the note names no partners
        (("县人社局", "县农业农村局"), ()),
        (("县人社局",), ()),
    ]


@pytest.mark.parametrize(
    ("annotation", "lead", "partners", "responsible", "due"),
    [
        ("县发改局会同县财政局负责", ["县发改局"], ["县财政局"], [], None),
        ("县发改局与县财政局牵头", ["县发改局", "县财政局"], [], [], None),
        ("各县（市、区）党委和政府负责", [], [], ["各县（市、区）党委和政府"], None),
        ("县住房和城乡建设局牵头", ["县住房和城乡建设局"], [], [], None),
        ("县发改局负责，县财政局支持", [], ["县财政局"], ["县发改局"], None),
        ("县发改局牵头抓总，各成员单位配合", ["县发改局"], ["各成员单位"], [], None),
        ("县发改局牵头，各乡镇实施，2024年3月起实施", ["县发改局"], [], ["各乡镇"], "2024年3月起"),
    ],
)
def test_joined_units_and_more_role_verbs(
    annotation: str, lead: list[str], partners: list[str], responsible: list[str], due: str | None
) -> None:
    assignment = parse_annotation(annotation)
    assert assignment is not None
    assert (assignment.lead, assignment.partners, assignment.responsible, assignment.due) == (
        lead,
        partners,
        responsible,
        due,
    )


def test_a_heading_line_closed_by_its_roles_with_its_text_below() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n（一）加强河道管护（县水务局牵头，各乡镇配合）\n全面落实河长制，2024年底前完成清障。\n"
        "（二）建设污水设施【责任单位：县住建局；完成时限：2025年6月】\n新建污水处理站20座。\n"
        "（三）开展验收。（县住建局负责）\n"
    )
    assert [(t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (
            "加强河道管护\n全面落实河长制，2024年底前完成清障。",
            ("县水务局",),
            ("各乡镇",),
            ("县水务局", "各乡镇"),
            "2024年底前",
        ),
        ("建设污水设施\n新建污水处理站20座。", (), (), ("县住建局",), "2025年6月"),
        ("开展验收。", (), (), ("县住建局",), None),
    ]
    assert not notice.warnings


def test_more_labels_of_the_genre() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n1.建立巡河制度。\n牵头单位：县水务局\n协作单位：县林业局\n完成期限：2024年6月底前\n"
        "2.整治违建。\n责任主体：各乡镇人民政府\n整改时限：2024年底前\n"
    )
    assert [(t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (("县水务局",), ("县林业局",), ("县水务局", "县林业局"), "2024年6月底前"),
        ((), (), ("各乡镇人民政府",), "2024年底前"),
    ]


def test_a_list_of_items_alone_is_a_notice_of_the_genre() -> None:
    notice = parse_text(
        HEAD + "1.完善巡河制度。牵头单位：县水务局；配合单位：县林业局；完成时限：2024年6月底前\n"
        "2.整治违建。（牵头：县住建局；配合：各乡镇；时限：2024年底）\n"
        "3.建立台账，县水务局负责，2024年3月底前完成。\n"
        "4.开展督查。（县委督查室、县政府督查室按职责分工负责）\n"
    )
    assert [(t.path, t.text, t.lead, t.partners, t.departments, t.due, t.line) for t in notice.tasks] == [
        ("1", "完善巡河制度。", ("县水务局",), ("县林业局",), ("县水务局", "县林业局"), "2024年6月底前", 3),
        ("2", "整治违建。", ("县住建局",), ("各乡镇",), ("县住建局", "各乡镇"), "2024年底", 4),
        ("3", "建立台账", (), (), ("县水务局",), "2024年3月底前", 5),
        ("4", "开展督查。", (), (), ("县委督查室", "县政府督查室"), None, 6),
    ]
    assert not notice.warnings


def test_a_unit_with_a_role_verb_before_a_comma_in_prose_is_warned() -> None:
    notice = parse_text(HEAD + "一、重点任务\n1.建立台账，县水务局负责，视情况再议。\n2.开展督查。（县委督查室负责）\n")
    assert [t.text for t in notice.tasks] == ["开展督查。"]
    assert [(w.code, w.line) for w in notice.warnings] == [("role-not-read", 4)]


def test_labels_on_the_item_line_after_a_space_or_a_comma() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n1.完善巡河制度　牵头单位：县水务局　配合单位：县林业局　完成时限：6月底前\n"
        "2.整治违建，牵头单位：县住建局，完成时限：年底前\n"
    )
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("完善巡河制度", ("县水务局",), ("县林业局",), "6月底前"),
        ("整治违建", ("县住建局",), (), "年底前"),
    ]


_PARTS = (
    "一、强化科技创新（县科技局牵头）\n以科技创新体系建设为牵引，加快培育新质生产力。\n"
    "（一）加强科创平台建设。鼓励科研机构做好成果转化。\n（二）支持企业研发。对研发投入给予补助。\n"
    "二、扩大有效投资（县发改局牵头）\n（一）加快项目建设。推进重点项目开工。\n"
)


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (  # the part's heading closed by its roles, an opening paragraph, then its numbered blocks: each block
            # takes the heading's roles, the opening paragraph frames them
            _PARTS,
            [("一/（一）", ("县科技局",)), ("一/（二）", ("县科技局",)), ("二/（一）", ("县发改局",))],
        ),
        (  # the roles close a sentence of the heading's own: the part is a task of its own, as before
            _PARTS.replace("一、强化科技创新（县科技局牵头）\n", "一、强化科技创新。加快成果转化（县科技局牵头）\n"),
            [("一", ("县科技局",)), ("二/（一）", ("县发改局",))],
        ),
        (  # no numbered blocks under the heading: its paragraph is its task's text
            "一、强化科技创新（县科技局牵头）\n以科技创新体系建设为牵引，加快培育新质生产力。\n"
            "二、扩大有效投资（县发改局牵头）\n推进重点项目开工。\n",
            [("一", ("县科技局",)), ("二", ("县发改局",))],
        ),
    ],
    ids=["heading-over-opening-paragraph", "sentence-in-heading", "no-blocks-under"],
)
def test_a_part_heading_closed_by_its_roles_over_an_opening_paragraph(
    body: str, tasks: list[tuple[str, tuple[str, ...]]]
) -> None:
    notice = parse_text("白沙县关于推动经济发展的若干政策举措\n为推动经济发展，特制定以下政策举措。\n" + body)
    assert [(t.path, t.lead) for t in notice.tasks] == tasks


# (item text, expected task text, lead, partners, warning code expected): roles closing an item after the
# work named as a whole (上述工作由…) or after a dash are read whole; a run of roles read only in part is never
# kept, it is warned
SUBJECT_OR_DASH = [
    (
        "（一）整治农贸市场。一是改造市场2个；二是规范摊位100个。上述工作由县市场监管局牵头，县城管局配合，10月底前完成。",
        "整治农贸市场。一是改造市场2个；二是规范摊位100个。上述工作由县市场监管局牵头，县城管局配合，10月底前完成。",
        ("县市场监管局",),
        ("县城管局",),
        None,
    ),
    (
        "（一）整治农贸市场。改造市场2个。此项工作由县市场监管局牵头，县城管局配合。",
        "整治农贸市场。改造市场2个。此项工作由县市场监管局牵头，县城管局配合。",
        ("县市场监管局",),
        ("县城管局",),
        None,
    ),
    (
        "（一）新建公办托育机构2所，11月底前开园——县卫生健康局牵头，县住建局配合",
        "新建公办托育机构2所，11月底前开园",
        ("县卫生健康局",),
        ("县住建局",),
        None,
    ),
    # near forms: a subject that is no work (上述企业), a role the verb list cannot read: nothing read in part
    (
        "（一）培育冷链企业3家。上述企业由县商务局牵头抓好，县供销社配合。",
        "培育冷链企业3家。上述企业由县商务局牵头抓好，县供销社配合。",
        (),
        (),
        "role-not-read",
    ),
    (
        "（一）新建公办托育机构2所——县卫生健康局要牵头抓好，县住建局配合",
        "新建公办托育机构2所——县卫生健康局要牵头抓好，县住建局配合",
        (),
        (),
        "role-not-read",
    ),
]


@pytest.mark.parametrize(("item", "text", "lead", "partners", "code"), SUBJECT_OR_DASH)
def test_roles_after_the_work_named_as_a_whole_or_a_dash(
    item: str, text: str, lead: tuple[str, ...], partners: tuple[str, ...], code: str | None
) -> None:
    notice = parse_text(HEAD + "一、重点任务\n" + item + "\n（二）健全值守机制。（县应急管理局负责）\n")
    # the item is a task with its roles, or (its roles not read) no task, warned: never a part of them
    tasks = [(t.text, t.lead, t.partners) for t in notice.tasks if t.line == 4]
    assert tasks == ([(text, lead, partners)] if lead else [])
    codes = {w.code for w in notice.warnings if w.line == 4}
    assert (code in codes) if code else not codes & {"role-not-read", "work-not-read"}


# (item, lead, partners, text kept): partners joined by 会同 and closed by any work they do together; the work
# stays in the task's text
JOINED_WORK = [
    (
        "（一）保障用水。县水利局统筹调度水源，由县水利局牵头，会同县应急管理局编制抗旱预案，5月底前印发。",
        ("县水利局",),
        ("县应急管理局",),
        True,
    ),
    (
        "（一）保障用水。由县水利局牵头，会同县应急管理局、县气象局开展旱情会商，每月一次。",
        ("县水利局",),
        ("县应急管理局", "县气象局"),
        True,
    ),
    # near forms: a sentence of prose after the partners (要…), or a collective and no partner named
    ("（一）保障用水。由县水利局牵头，会同县应急管理局要加强旱情会商。", ("县水利局",), (), None),
]


@pytest.mark.parametrize(("item", "lead", "partners", "kept"), JOINED_WORK)
def test_partners_joined_by_hui_tong_with_any_work(
    item: str, lead: tuple[str, ...], partners: tuple[str, ...], kept: bool | None
) -> None:
    notice = parse_text(HEAD + "一、重点任务\n" + item + "\n（二）健全值守机制。（县应急管理局负责）\n")
    first = notice.tasks[0]
    if kept:
        assert (first.lead, first.partners) == (lead, partners)
        assert first.text == item.removeprefix("（一）")
    else:  # never the partner alone, nor a partner read from prose
        assert "县应急管理局" not in first.partners


@pytest.mark.parametrize(
    ("item", "text", "departments"),
    [
        # units alone after a dash at the end of an item: responsible for it
        (
            "（一）新建社区食堂3家，10月底前运营。——县民政局、县商务局",
            "新建社区食堂3家，10月底前运营。",
            ("县民政局", "县商务局"),
        ),
        ("（一）新建社区食堂3家。——县民政局", "新建社区食堂3家。", ("县民政局",)),
        # near form: prose after the dash is no units
        ("（一）新建社区食堂3家——让老人吃上热饭", None, ()),
    ],
)
def test_units_alone_after_a_dash_close_the_item(item: str, text: str | None, departments: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + "一、重点任务\n" + item + "\n（二）健全值守机制。（县应急管理局负责）\n")
    tasks = [(t.text, t.departments) for t in notice.tasks if t.line == 4]
    assert tasks == ([(text, departments)] if text else [])


@pytest.mark.parametrize(
    ("item", "text", "lead", "partners", "departments"),
    [
        # a span of years in a plan's name is no dash before units: the label lines give the roles
        (
            "1．修编岱山县养老服务设施布局规划（2026—2035年），优化网点布局。",
            "修编岱山县养老服务设施布局规划（2026—2035年），优化网点布局。",
            ("县民政局",),
            ("县自然资源局",),
            ("县民政局", "县自然资源局"),
        ),
        (
            "1．落实2026年—2028年老旧小区改造计划，完善配套布局。",
            "落实2026年—2028年老旧小区改造计划，完善配套布局。",
            ("县民政局",),
            ("县自然资源局",),
            ("县民政局", "县自然资源局"),
        ),
        # near form: units after a dash outside the bracket still close the item (the labels then come after
        # an annotated block)
        (
            "1．修编岱山县养老服务设施布局规划（2026—2035年）。——县住房城乡建设局",
            "修编岱山县养老服务设施布局规划（2026—2035年）。",
            (),
            (),
            ("县住房城乡建设局",),
        ),
    ],
)
def test_a_span_of_years_is_no_dash_before_units(
    item: str, text: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    notice = parse_text(
        "岱山县民政局关于印发岱山县2026年养老服务重点工作任务的通知\n岱民发〔2026〕3号\n一、重点任务\n"
        + item
        + "\n\t牵头单位：县民政局\n\t配合单位：县自然资源局\n\t完成时限：2026年6月底前\n"
        "2．建设社区助餐点5个。\n\t牵头单位：县民政局\n\t完成时限：2026年9月底前\n"
    )
    first = notice.tasks[0]
    assert (first.text, first.lead, first.partners, first.departments) == (text, lead, partners, departments)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        # a sentence of roles between two sentences of the text: one full stop is left between them
        (
            "1.发展数字经济。产业增加值增长10%以上。县数据局牵头，县工信局配合。6月底前出台改革方案。",
            "发展数字经济。产业增加值增长10%以上。6月底前出台改革方案。",
        ),
        # roles closing the text: the text keeps its own full stop
        (
            "1.发展数字经济。产业增加值增长10%以上。县数据局牵头，县工信局配合。",
            "发展数字经济。产业增加值增长10%以上。",
        ),
    ],
)
def test_a_sentence_of_roles_cut_out_leaves_one_full_stop(item: str, text: str) -> None:
    notice = parse_text(HEAD + "一、重点任务\n" + item + "\n2.健全值守机制。（县应急管理局负责）\n")
    assert [(t.text, t.lead) for t in notice.tasks][:1] == [(text, ("县数据局",))]


@pytest.mark.parametrize(
    "sentence",
    [
        # the item's own work named as a whole before the 由 of its roles, the sentence going on after them:
        # read as 由… is
        "此项工作由县市场监管局牵头，县城管局配合，10月底前推出首批摊位。",
        "该项任务由县市场监管局牵头，县城管局配合，10月底前推出首批摊位。",
        "由县市场监管局牵头，县城管局配合，10月底前推出首批摊位。",
    ],
)
def test_roles_inside_an_items_sentence_after_its_own_work_named_as_a_whole(sentence: str) -> None:
    notice = parse_text("青溪县农贸市场整治方案\n一、重点任务\n（一）整治农贸市场。改造市场2个。" + sentence + "\n")
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [
        ("整治农贸市场。改造市场2个。10月底前推出首批摊位。", ("县市场监管局",), ("县城管局",))
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]
