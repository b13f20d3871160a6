"""Ways notices assign work that earlier fixtures lacked: 会同 clauses, leaders' posts before the
units, 部门分工 and 协同配合单位 lines, items numbered with a small full stop."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text
from policy_cli.parse.roles import Assignment, parse_annotation

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # 会同 opens a piece of partners after the lead's piece
        (
            "由县邮政管理局牵头，会同县交通运输局、县供销社推进",
            (("县邮政管理局",), ("县交通运输局", "县供销社"), ("县邮政管理局", "县交通运输局", "县供销社"), ()),
        ),
        (
            "县公安局牵头，会同县交通运输局等部门共同实施",
            (("县公安局",), ("县交通运输局",), ("县公安局", "县交通运输局"), ()),
        ),
        # a short action after the last partner is no part of its name
        ("由县发改局牵头，会同有关部门研究制定", (("县发改局",), ("有关部门",), ("县发改局", "有关部门"), ())),
        # 牵头 and 会同 in one piece
        (
            "县水务局牵头会同县财政局、县林业局落实",
            (("县水务局",), ("县财政局", "县林业局"), ("县水务局", "县财政局", "县林业局"), ()),
        ),
        # leaders' posts (and a name) open the annotation: a leader, never a unit
        (
            "县委副书记、县长王某某负责，县发改局牵头，县市场监管局、县税务局配合",
            (
                ("县发改局",),
                ("县市场监管局", "县税务局"),
                ("县发改局", "县市场监管局", "县税务局"),
                ("县委副书记、县长王某某",),
            ),
        ),
        ("副县长李某负责，县工信局牵头", (("县工信局",), (), ("县工信局",), ("副县长李某",))),
        # a unit whose name holds 县长 is a unit, not a post
        ("某某县长江管理局负责", ((), (), ("某某县长江管理局",), ())),
        # 由X负责，Y配合: X responsible, Y partner
        (
            "由县农业农村局负责，县商务局、县财政局配合",
            ((), ("县商务局", "县财政局"), ("县农业农村局", "县商务局", "县财政局"), ()),
        ),
        # partner labels
        (
            "牵头责任单位：县委网信办；协同配合单位：县政务服务中心、县融媒体中心",
            (("县委网信办",), ("县政务服务中心", "县融媒体中心"), ("县委网信办", "县政务服务中心", "县融媒体中心"), ()),
        ),
        # a deadline word after the list is the deadline, never a unit (各全年, 各有关长期)
        ("责任单位：县发改局、各乡镇，全年", ((), (), ("县发改局", "各乡镇"), ())),
        ("责任单位：各乡镇、各有关部门，长期", ((), (), ("各乡镇", "各有关部门"), ())),
        (
            "县市场监管局、各乡（镇）人民政府配合，长期",
            ((), ("县市场监管局", "各乡（镇）人民政府"), ("县市场监管局", "各乡（镇）人民政府"), ()),
        ),
        ("部门分工：县司法局牵头，县政府办配合", (("县司法局",), ("县政府办",), ("县司法局", "县政府办"), ())),
        # 承办 names the lead as 牵头 does (共同承办: each leads), 协办 the partners
        (
            "由县文旅局承办，县教育局、县团县委协办",
            (("县文旅局",), ("县教育局", "县团县委"), ("县文旅局", "县教育局", "县团县委"), ()),
        ),
        (
            "县文旅局、县体育局共同承办，县教育局协办",
            (("县文旅局", "县体育局"), ("县教育局",), ("县文旅局", "县体育局", "县教育局"), ()),
        ),
        # 督导 names units responsible, as 指导 does; units within a place (区内各企业) are a collective
        ("区内各企业负责，县应急局督导", ((), (), ("区内各企业", "县应急局"), ())),
        ("辖区内各学校负责，县教育局督导", ((), (), ("辖区内各学校", "县教育局"), ())),
    ],
)
def test_annotation_forms(annotation: str, expected: Row) -> None:
    found = parse_annotation(annotation)
    assert found is not None, annotation
    task = found.task(due=None, id=1, path="1", source="body", text="x", line=1)
    assert (task.lead, task.partners, task.departments, task.leaders) == expected


HEAD = """某县人民政府办公室关于印发某县政务公开工作要点的通知
某政办发〔2024〕8号
各乡（镇）人民政府，县直各部门：
现将《某县政务公开工作要点》印发给你们，请认真贯彻执行。
某县人民政府办公室
2024年2月1日
"""

LABEL_LINES = (
    HEAD
    + """一、推进决策公开
1﹒完善重大决策预公开制度。
分管领导：副县长赵某
部门分工：县司法局牵头，县政府办配合
2﹒做好政策解读工作。
牵头责任单位：县政府办
协同责任单位：县发改局、县财政局
3﹒加强政务新媒体管理。
牵头责任单位：县委网信办
协同配合单位：县政务服务中心、县融媒体中心
二、推进执行公开
1．公开重点项目进展。
部门分工：县发改局负责
"""
)


def test_label_lines_under_small_stop_items() -> None:
    notice = parse_text(LABEL_LINES)
    got = [(t.path, t.lead, t.partners, t.departments, t.leaders) for t in notice.tasks]
    assert got == [
        ("一/1", ("县司法局",), ("县政府办",), ("县司法局", "县政府办"), ("副县长赵某",)),
        ("一/2", ("县政府办",), ("县发改局", "县财政局"), ("县政府办", "县发改局", "县财政局"), ()),
        (
            "一/3",
            ("县委网信办",),
            ("县政务服务中心", "县融媒体中心"),
            ("县委网信办", "县政务服务中心", "县融媒体中心"),
            (),
        ),
        ("二/1", (), (), ("县发改局",), ()),
    ]
    assert [t.text for t in notice.tasks][:2] == ["完善重大决策预公开制度。", "做好政策解读工作。"]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("annotation", "due"),
    [
        ("责任单位：县发改局、各乡镇，全年", "全年"),
        ("牵头单位：县发改局；配合单位：各乡镇、各部门，长期", "长期"),
        ("责任单位：县财政局，2024年6月底前", "2024年6月底前"),
    ],
)
def test_deadline_after_a_unit_list(annotation: str, due: str) -> None:
    found = parse_annotation(annotation)
    assert found is not None
    assert found.due == due
    assert not any(due in unit for unit in found.departments)


@pytest.mark.parametrize(
    ("annotation", "due"),
    [
        # a deadline piece followed by the work due then: the date alone
        ("县文旅局牵头，县财政局配合，旅游旺季前完成步道改造", "旅游旺季前"),
        ("县文旅局牵头，2025年底前实现景区全覆盖", "2025年底前"),
        # the work alone, with no date before it, is no deadline: not an assignment
        ("县文旅局牵头，完成步道改造", None),
    ],
)
def test_deadline_followed_by_its_work_in_an_annotation(annotation: str, due: str | None) -> None:
    found = parse_annotation(annotation)
    assert (found.due if found else None) == due


HEADED_PARTS = (
    HEAD
    + """一、县发改局牵头工作
1.建立项目审批绿色通道。
2.开展营商环境评价。（县统计局配合）
二、由县财政局牵头的工作
1.落实减税降费政策。（县税务局配合，全年）
2.规范涉企收费。县市场监管局、各乡（镇）人民政府配合，长期。
"""
)


def test_part_headed_by_its_lead() -> None:
    notice = parse_text(HEADED_PARTS)
    got = [(t.path, t.text, t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        ("一/1", "建立项目审批绿色通道。", ("县发改局",), (), None),
        ("一/2", "开展营商环境评价。", ("县发改局",), ("县统计局",), None),
        ("二/1", "落实减税降费政策。", ("县财政局",), ("县税务局",), "全年"),
        ("二/2", "规范涉企收费。", ("县财政局",), ("县市场监管局", "各乡（镇）人民政府"), "长期"),
    ]
    assert notice.warnings == ()


NEWS_PAGE = """我县部署今年重点民生工作
2024-03-05 09:12  来源：县融媒体中心
3月4日下午，县政府召开常务会议，研究部署今年民生实事。会议明确：
1、新建城区公办幼儿园2所，县教育局牵头负责，县财政局、县自然资源局协助做好保障，年底前建成。
2、改造老旧小区12个，县住房城乡建设局具体负责，各街道全力配合。
3、实施农村饮水提质工程，由县水利局牵头组织实施。
会议强调，各责任单位要倒排工期，确保按期完成。
"""


def test_news_page_whose_items_carry_roles_is_a_notice() -> None:
    notice = parse_text(NEWS_PAGE)
    got = [(t.path, t.text, t.lead, t.partners, t.departments) for t in notice.tasks]
    assert got == [
        ("2", "改造老旧小区12个", ("县住房城乡建设局",), ("各街道",), ("县住房城乡建设局", "各街道")),
        ("3", "实施农村饮水提质工程", ("县水利局",), (), ("县水利局",)),
    ]
    # the item whose roles were not read is warned with its line, not dropped in silence
    assert [(w.code, w.line) for w in notice.warnings] == [("role-not-read", 4)]
    assert "县教育局牵头负责" in notice.warnings[0].message


def test_block_without_units_beside_assigned_blocks_is_warned() -> None:
    notice = parse_text(
        HEAD
        + "一、重点任务\n（一）修订防汛预案。（县水务局牵头）\n（二）开展汛前检查。\n（三）储备物资。（县应急局负责）\n"
    )
    assert [t.path for t in notice.tasks] == ["一/（一）", "一/（三）"]
    assert [(w.code, w.line) for w in notice.warnings] == [("block-without-units", 9)]


def test_blocks_of_a_part_without_roles_are_not_warned() -> None:
    notice = parse_text(
        HEAD
        + "一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）工作目标。到年底基本建成。\n二、重点任务\n（一）修订防汛预案。（县水务局牵头）\n"
    )
    assert [t.path for t in notice.tasks] == ["二/（一）"]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    "annotation",
    [
        "区内企业负责，县应急局督导",  # no 各: 区内企业 is prose, not a collective
        "县应急局加强督导",  # 督导 as the sentence's verb after prose
    ],
)
def test_near_forms_of_units_within_a_place_are_not_roles(annotation: str) -> None:
    assert parse_annotation(annotation) is None


def test_joined_partners_never_take_prose() -> None:
    # 制定实施细则 is what they do, too long to be an action after a name: not read as a unit
    assert parse_annotation("由县发改局牵头，会同有关部门制定实施细则") is None


@pytest.mark.parametrize(
    "heading",
    ["县发改局牵头工作", "由县发改局牵头的工作", "县发改局牵头的工作任务", "县发改局牵头负责的重点任务（2项）"],
)
def test_heading_naming_the_lead(heading: str) -> None:
    notice = parse_text(HEAD + f"一、{heading}\n1.建立项目审批绿色通道。\n2.开展营商环境评价。（县统计局配合）\n")
    assert [(t.path, t.lead, t.partners) for t in notice.tasks] == [
        ("一/1", ("县发改局",), ()),
        ("一/2", ("县发改局",), ("县统计局",)),
    ]


@pytest.mark.parametrize("mark", ["﹒", "､", "︑", "．", ".", "、"])
def test_item_numbering_variants_before_label_lines(mark: str) -> None:
    notice = parse_text(
        HEAD + f"一、主要任务\n1{mark}修订预案。\n牵头单位：县水务局\n2{mark}开展演练。\n责任单位：县应急局\n"
    )
    assert [(t.path, t.text, t.lead, t.departments) for t in notice.tasks] == [
        ("一/1", "修订预案。", ("县水务局",), ("县水务局",)),
        ("一/2", "开展演练。", (), ("县应急局",)),
    ]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("annotation", "leaders"),
    [
        # one person holding several posts, named after the last
        ("分管领导：县委常委、副县长王某；牵头单位：县水务局", ("县委常委、副县长王某",)),
        ("责任领导：县委常委、组织部部长　周某；牵头单位：县委组织部", ("县委常委、组织部部长　周某",)),
        # posts alone, or names alone, are one leader each
        ("责任领导：县长、副县长；牵头单位：县水务局", ("县长", "副县长")),
        ("牵头领导：张某、李某；牵头单位：县水务局", ("张某", "李某")),
        # posts in charge written first in prose, before the units' roles
        ("县长负总责，常务副县长分管，县应急局牵头，县直有关部门按职责分工负责", ("县长", "常务副县长")),
        # the person answering for a project, on the labelled line between the units
        ("责任单位：县水利局\u3000项目责任人：孙某\u3000配合单位：县财政局", ("孙某",)),
        ("责任单位：县住建局、县城管局\u3000责任人：钱某", ("钱某",)),
    ],
)
def test_leaders_are_people(annotation: str, leaders: tuple[str, ...]) -> None:
    found = parse_annotation(annotation)
    assert found is not None
    assert tuple(found.leaders) == leaders
    assert not [u for u in found.departments if "某" in u]  # a person is never a unit


@pytest.mark.parametrize("lead", ["牵头单位", "牵头责任单位", "牵头负责单位", "责任牵头单位", "主要负责单位"])
@pytest.mark.parametrize(
    "partners", ["协同责任单位", "协同配合单位", "配合责任单位", "协作配合单位", "协助配合单位", "协同推进单位"]
)
def test_role_label_pairs(lead: str, partners: str) -> None:
    found = parse_annotation(f"{lead}：县发改局；{partners}：县财政局、县统计局")
    assert found is not None
    assert (found.lead, found.partners) == (["县发改局"], ["县财政局", "县统计局"])


def test_news_page_with_numbered_sub_items_carrying_roles() -> None:
    notice = parse_text(
        "县政府部署秋冬季森林防火工作\n会议对重点工作作出安排：\n"
        "（1）加强火源管控，由县林业局牵头，各乡镇配合，长期坚持。\n"
        "（2）开展隐患排查，县应急局负责，2024年11月底前完成。\n"
        "会议强调，各单位要压实责任。\n"
    )
    assert [(t.path, t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        ("（1）", "加强火源管控", ("县林业局",), ("各乡镇",), ("县林业局", "各乡镇"), "长期坚持"),
        ("（2）", "开展隐患排查", (), (), ("县应急局",), "2024年11月底前"),
    ]


def test_list_of_sub_items_without_roles_is_refused() -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text("县政府召开会议\n会议指出：\n（1）形势严峻。\n（2）任务繁重。\n")


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("市水务局牵头，市财政局、各区配合", (["市水务局"], ["市财政局", "各区"], [])),
        ("市民政局、市卫生健康委共同牵头，各县负责具体实施", (["市民政局", "市卫生健康委"], [], ["各县"])),
        ("县住建局牵头，各乡镇配合", (["县住建局"], ["各乡镇"], [])),
    ],
)
def test_each_place_of_a_level_is_a_unit(annotation: str, expected: tuple[list[str], ...]) -> None:
    found = parse_annotation(annotation, strict=True)
    assert found is not None
    assert (found.lead, found.partners, found.responsible) == expected


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # the unit before 会同 leads, those after it (和 joining the last) are its partners
        ("县农业农村局会同县财政局、县水务局和各乡镇组织推进", (["县农业农村局"], ["县财政局", "县水务局", "各乡镇"])),
        ("县统计局会同有关部门和各乡镇组织落实", (["县统计局"], ["有关部门", "各乡镇"])),
        ("县文旅局会同县体育中心推进", (["县文旅局"], ["县体育中心"])),
        ("县公安局牵头会同县交通运输局共同实施", (["县公安局"], ["县交通运输局"])),
        # customs is a unit by its name alone, before 等部门 too
        ("市商务局会同市外办、海关等部门落实", (["市商务局"], ["市外办", "海关"])),
        ("市商务局会同青港海关推进", (["市商务局"], ["青港海关"])),
    ],
)
def test_units_joined_by_huitong(annotation: str, expected: tuple[list[str], list[str]]) -> None:
    found = parse_annotation(annotation)
    assert found is not None
    assert (found.lead, found.partners, found.responsible) == (*expected, [])


def test_party_committee_and_government_stay_one_unit() -> None:
    found = parse_annotation("县委宣传部会同各乡镇党委和政府组织实施")
    assert found is not None
    assert (found.lead, found.partners) == (["县委宣传部"], ["各乡镇党委和政府"])


def test_huitong_annotation_in_a_clause_is_its_task() -> None:
    notice = parse_text(
        "某县人民政府关于印发某县十四五规划目标分解的通知\n一、预期性指标\n"
        "（一）农业增效。粮食总产稳定在30万吨以上。（县农业农村局会同县统计局和各乡镇组织推进）\n"
        "（二）城乡融合。常住人口城镇化率提高到60%。（县住建局会同县发改局组织推进，2021年—2025年）\n"
    )
    got = [(t.path, t.lead, t.partners, t.due) for t in notice.tasks]
    assert got == [
        ("一/（一）", ("县农业农村局",), ("县统计局", "各乡镇"), None),
        ("一/（二）", ("县住建局",), ("县发改局",), "2021年—2025年"),
    ]


def test_partners_before_the_verb_keep_their_role_when_a_level_is_restored() -> None:
    found = parse_annotation("责任单位：县发改局牵头，司法局、县政务服务中心参与")
    assert found is not None
    assert (found.lead, found.partners, found.responsible) == (["县发改局"], ["县司法局", "县政务服务中心"], [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("牵头单位：县水务局  配合单位：县财政局 县林业局", (["县水务局"], ["县财政局", "县林业局"], [])),
        ("责任单位：县住建局\u3000县城管局、各乡镇", ([], [], ["县住建局", "县城管局", "各乡镇"])),
    ],
)
def test_units_apart_by_spaces_in_a_labelled_line(line: str, expected: tuple[list[str], ...]) -> None:
    found = parse_annotation(line)
    assert found is not None
    assert (found.lead, found.partners, found.responsible) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a word on how the units act between their names and the verb
        ("县人社局、县医保局分别牵头落实", (["县人社局", "县医保局"], [], [])),
        ("县住建局牵头，县财政局全力配合", (["县住建局"], ["县财政局"], [])),
        ("县教育局、县卫健局共同牵头落实", (["县教育局", "县卫健局"], [], [])),
        # 按属地: the places act each on its own ground, no part of their name
        ("县商务局牵头，县财政局配合，各乡镇按属地负责", (["县商务局"], ["县财政局"], ["各乡镇"])),
        ("县水务局牵头，各街道属地负责", (["县水务局"], [], ["各街道"])),
        # 分工抓好落实 after how they act: responsible, as 分工落实
        ("县人社局、县医保局按照各自职责分工抓好落实", ([], [], ["县人社局", "县医保局"])),
        # 负责牵头 leads, as 牵头负责 does; 负责 alone stays responsible
        ("县农业农村局负责牵头，县财政局予以配合", (["县农业农村局"], ["县财政局"], [])),
        ("县农业农村局负责，县财政局予以配合", ([], ["县财政局"], ["县农业农村局"])),
        # a 等-collective before the verb sums the list up and names no unit; a collective alone is one
        (
            "县林业局牵头，县财政局、县审计局等有关部门参加，各村落实",
            (["县林业局"], ["县财政局", "县审计局"], ["各村"]),
        ),
        ("县林业局牵头，县审计局等县直相关单位配合", (["县林业局"], ["县审计局"], [])),
        ("县林业局牵头，县直有关部门配合", (["县林业局"], ["县直有关部门"], [])),
    ],
)
def test_an_adverb_before_a_cells_role_verb(cell: str, expected: tuple[list[str], ...]) -> None:
    found = Assignment()
    found.add("departments", cell)
    assert (found.lead, found.partners, found.responsible) == expected


_LABELLED = "某县防汛工作方案\n一、工作任务\n1.加强水库巡查。\n{label}：{value}\n完成时限：2024年5月底前\n"


@pytest.mark.parametrize(
    ("label", "value", "departments", "prose"),
    [
        # a bare 责任 or 协同 before a list of units is a role
        ("责任", "县水务局、县应急局", ("县水务局", "县应急局"), []),
        ("协同", "县应急局", ("县应急局",), []),
        ("责任单位", "县水务局", ("县水务局",), []),
        # before a sentence it is prose: no unit, the line kept in the task's text and warned
        ("责任", "各乡镇人民政府要落实属地管理责任，县水务局要加强指导", None, [4]),
        ("协助", "各村做好转移安置工作", None, [4]),
        ("参与", "县应急局、县气象局", ("县应急局", "县气象局"), []),
        ("参与", "各村群众积极开展自救互救", None, [4]),
    ],
)
def test_a_bare_label_is_a_role_only_before_a_list_of_units(
    label: str, value: str, departments: tuple[str, ...] | None, prose: list[int]
) -> None:
    notice = parse_text(_LABELLED.format(label=label, value=value))
    assert [w.line for w in notice.warnings if w.code == "label-read-as-prose"] == prose
    if departments is None:
        assert all("要落实" not in unit and "做好" not in unit for t in notice.tasks for unit in t.departments)
    else:
        assert notice.tasks[0].departments == departments


def test_a_bare_label_after_a_lead_label_on_its_line_is_a_role() -> None:
    text = "某县防汛工作方案\n一、工作任务\n1.加强水库巡查。\n牵头：县水务局｜协同：县应急局\n"
    task = parse_text(text).tasks[0]
    assert (task.lead, task.partners) == (("县水务局",), ("县应急局",))


def test_a_bare_label_inside_an_item_s_sentence_is_no_unread_role() -> None:
    text = (
        "某县民生实事分工方案\n一、重点任务\n"
        "1.落实责任：各乡镇要切实履行属地管理责任，县水务局要加强指导。（县水务局牵头；年底前）\n"
    )
    notice = parse_text(text)
    assert notice.tasks[0].lead == ("县水务局",)
    assert [w.code for w in notice.warnings if w.code == "role-not-read"] == []


_LATER_REMARK = """\
某县安全生产重点工作分工方案
一、强化监管执法
1.开展打非治违专项行动。（县应急局牵头，县公安局配合。以下各项均由各乡镇人民政府负责落实，不再列出）
2.加强危险化学品监管。（县应急局牵头，县市场监管局配合）
"""


def test_a_remark_giving_units_to_the_tasks_below_is_read_for_them_alone() -> None:
    notice = parse_text(_LATER_REMARK)
    assert [t.departments for t in notice.tasks] == [
        ("县应急局", "县公安局"),
        ("县应急局", "县市场监管局", "各乡镇人民政府"),
    ]
    assert [w.code for w in notice.warnings if w.code == "remark-for-later-tasks"] == []
    given = [w for w in notice.warnings if w.code == "units-for-later-tasks-given"]
    assert [w.line for w in given] == [3]
    assert "各乡镇人民政府" in given[0].message
    # near miss: the units help one named office, no units of the tasks: warned, not added
    helping = parse_text(_LATER_REMARK.replace("均由各乡镇人民政府负责落实", "均需配合县应急局落实"))
    assert [t.departments for t in helping.tasks][1] == ("县应急局", "县市场监管局")
    assert [w.line for w in helping.warnings if w.code == "remark-for-later-tasks"] == [3]
    # near miss: an annotation without such a remark is not warned
    plain = parse_text(_LATER_REMARK.replace("。以下各项均由各乡镇人民政府负责落实，不再列出", ""))
    assert [w.code for w in plain.warnings if w.code == "remark-for-later-tasks"] == []


@pytest.mark.parametrize(
    ("remark", "warned"),
    [
        ("。具体任务均涉及各乡镇人民政府，不再做分工，下同", True),
        (
            "。各乡镇人民政府配合落实，下同",
            False,
        ),  # read: units of this task and every later one (test_later_task_units)
        ("。各乡镇人民政府不再作分工", True),
        ("，下同", False),  # one sentence: the annotation is this task's
        ("。各乡镇人民政府配合落实", False),
        ("。列第一位者为牵头单位，下同", False),  # a note on the lead, read as one
    ],
    ids=[
        "no-more-division-same-below",
        "same-below",
        "no-more-division",
        "one-sentence",
        "second-sentence",
        "first-leads-note",
    ],
)
def test_a_second_sentence_giving_units_to_the_tasks_below_is_warned(remark: str, warned: bool) -> None:
    text = _LATER_REMARK.replace("。以下各项均由各乡镇人民政府负责落实，不再列出", remark)
    notice = parse_text(text)
    assert notice.tasks[0].lead == ("县应急局",)
    codes = [w.line for w in notice.warnings if w.code == "remark-for-later-tasks"]
    assert codes == ([3] if warned else [])


@pytest.mark.parametrize(
    ("block", "units"),
    [
        ("（一）举办全镇农民运动会\n定于9月中旬举行，具体由县文体局负责。\n", ("县文体局",)),
        ("（一）组织迎春文艺晚会\n各村选送节目，统一由县委宣传部负责。\n", ("县委宣传部",)),
        ("（一）筹办农产品展销会\n展位由各村自行布置。\n", ()),
        ("（一）举办农民运动会\n由县文体局统一组织各村报名参赛。\n", ("县文体局",)),
        (
            "（一）组织文艺晚会\n由县委宣传部、县文联联合组织评选，由县文体局组织演出。\n",
            ("县委宣传部", "县文联", "县文体局"),
        ),
        ("（一）组织文艺晚会\n每天由一个村组织演出。\n", ()),
    ],
)
def test_a_heading_naming_an_event_is_no_unit(block: str, units: tuple[str, ...]) -> None:
    """A heading ending in 会 that names an event (运动会, 晚会, 展销会) gives no unit to the block under it;
    the block's own 由…负责, an adverb before its 由 or not, does."""
    events = "（二）举办广场舞比赛\n由县文体局负责。\n（三）召开总结表彰会\n由县政府办负责。\n"
    notice = parse_text(HEAD + "一、活动安排\n" + block + events)
    first = notice.tasks[0] if notice.tasks and notice.tasks[0].path == "一/（一）" else None
    assert (first.departments if first else ()) == units
    assert not any(u.endswith("会") for t in notice.tasks for u in t.departments)


WRAPPED_HEAD = "石桥镇2025年集镇环境整治实施方案\n石桥镇人民政府\n2025年4月2日\n一、整治内容\n"

# (item, (lead, partners, due) of its one task, warned labels-not-used): a run of labels ending the item's
# line unbracketed (after a ；, a 。 or nothing) goes on in the label lines right under it; a run in a
# bracket or a label line naming its role again is no continuation, warned as before
WRAPPED = [
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心。\n配合单位：各村（社区）。\n完成时限：长期坚持。",
        (("镇农业服务中心",), ("各村（社区）",), "长期坚持"),
        False,
    ),
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心\n配合单位：镇水利站\n完成时限：2025年10月底前",
        (("镇农业服务中心",), ("镇水利站",), "2025年10月底前"),
        False,
    ),
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心。\n牵头单位：镇水利站。",
        (("镇农业服务中心",), (), None),
        True,
    ),
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心；\n配合单位：各村（社区）；完成时限：2026年6月底前。",
        (("镇农业服务中心",), ("各村（社区）",), "2026年6月底前"),
        False,
    ),
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心；配合单位：镇水利站；\n完成时限：2025年10月底前。",
        (("镇农业服务中心",), ("镇水利站",), "2025年10月底前"),
        False,
    ),
    (
        "（一）整治河塘沟渠。（牵头单位：镇农业服务中心）\n配合单位：各村（社区）",
        (("镇农业服务中心",), (), None),
        True,
    ),
    (
        "（一）整治河塘沟渠。牵头单位：镇农业服务中心；\n牵头单位：镇水利站",
        (("镇农业服务中心",), (), None),
        True,
    ),
]


@pytest.mark.parametrize(("item", "roles", "warned"), WRAPPED, ids=[str(n) for n in range(len(WRAPPED))])
def test_a_run_of_labels_wrapped_at_its_semicolon_goes_on(
    item: str, roles: tuple[tuple[str, ...], tuple[str, ...], str | None], warned: bool
) -> None:
    notice = parse_text(WRAPPED_HEAD + item + "\n")
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [roles]
    assert any(w.code == "labels-not-used" for w in notice.warnings) == warned


@pytest.mark.parametrize(
    ("sentence", "warned"),
    [
        ("鼓励高等院校、科研院所等第三方机构参与公平竞争评估。", False),
        ("引导行业协会、商会等社会组织参与信用评价。", False),
        ("吸引社会资本参与项目建设。", False),
        ("县发展改革局、县财政局配合做好评估。", True),  # units given a role in prose, no annotation reads them
    ],
    ids=["encouraged", "guided", "attracted", "units-in-prose"],
)
def test_those_a_sentence_invites_to_take_part_are_no_unread_role(sentence: str, warned: bool) -> None:
    notice = parse_text(
        "某县营商环境实施方案\n一、优化服务\n1.加强公平竞争审查。（县市场监管局负责）\n"
        f"2.完善评估制度。{sentence}\n3.推进信用监管。（县发展改革局负责）\n"
    )
    assert notice.tasks[0].departments == ("县市场监管局",)
    assert ("role-not-read" in {w.code for w in notice.warnings}) == warned


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # short labels in a bracket: 牵头： the lead, 参与： the partners
        (
            "1.整治河道垃圾。（牵头：县水务局；参与：县城管局、团县委）",
            (("县水务局",), ("县城管局", "团县委"), ("县水务局", "县城管局", "团县委")),
        ),
        # 参与 as a verb in the item's sentence is no label
        (
            "1.组织志愿者参与河道保洁。（县水务局牵头，团县委配合）",
            (("县水务局",), ("团县委",), ("县水务局", "团县委")),
        ),
    ],
)
def test_short_partners_label_in_a_bracket(item: str, expected: tuple[tuple[str, ...], ...]) -> None:
    task = parse_text("某县河湖治理实施方案\n一、重点任务\n" + item + "\n").tasks[0]
    assert (task.lead, task.partners, task.departments) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first clause of a run of roles gives its unit a longer share of the work: the unit is kept (in
        # charge beside a partner, it leads; a group that 负责具体实施 stays responsible)
        (
            "县水务局负责编制河道整治规划和验收标准，县财政局予以配合。",
            (("县水务局", "县财政局"), ("县水务局",), ("县财政局",)),
        ),
        (
            "县水务局负责编制河道整治规划和验收标准，县财政局予以配合，各乡镇人民政府负责具体实施。",
            (("县水务局", "县财政局", "各乡镇人民政府"), ("县水务局",), ("县财政局",)),
        ),
        # near case: a clause of prose with no unit opening it gives no unit
        (
            "各地要统筹编制河道整治规划和验收标准，县财政局予以配合。",
            (("县财政局",), (), ("县财政局",)),
        ),
    ],
)
def test_a_unit_with_a_longer_share_before_other_roles(sentence: str, expected: tuple[tuple[str, ...], ...]) -> None:
    task = parse_text(
        "某县河湖治理实施方案\n一、重点任务\n（一）整治河道。全县河道年底前完成清淤。" + sentence + "\n"
    ).tasks[0]
    assert (task.departments, task.lead, task.partners) == expected
    assert "河道整治规划" in task.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the work named as a whole before 由, the roles joined by 、: read, the sentence kept in the text
        (
            "此项任务由县水务局牵头、县农业农村局参与。",
            (("县水务局",), ("县农业农村局",), "此项任务由县水务局牵头、县农业农村局参与。"),
        ),
        (
            "上述工作由县水务局牵头、县农业农村局配合。",
            (("县水务局",), ("县农业农村局",), "上述工作由县水务局牵头、县农业农村局配合。"),
        ),
        # the work named with 此 / 该 and its noun alone
        (
            "该事项由县水务局、县林业局共同牵头，县农业农村局参与。",
            (("县水务局", "县林业局"), ("县农业农村局",), "该事项由县水务局、县林业局共同牵头，县农业农村局参与。"),
        ),
    ],
)
def test_roles_after_the_work_named_as_a_whole(sentence: str, expected: tuple[object, ...]) -> None:
    task = parse_text(
        "某县河湖治理实施方案\n一、重点任务\n（一）整治河道。全县河道年底前完成清淤。" + sentence + "\n"
    ).tasks[0]
    assert (task.lead, task.partners, task.text.split("清淤。")[1]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause of its own giving the lead and those it joins, the work in the next clause
        (
            "由县水务局会同县农业农村局、县林业局，在重点河段建设生态缓冲带。",
            (("县水务局",), ("县农业农村局", "县林业局")),
        ),
        ("县水务局要会同县林业局，将河道保洁纳入考核。", (("县水务局",), ("县林业局",))),
        # near case: no unit leads (会同 opens the clause): no roles read
        ("会同有关部门，在重点河段建设生态缓冲带。", None),
    ],
)
def test_a_lead_joining_partners_in_a_clause_of_its_own(
    sentence: str, expected: tuple[tuple[str, ...], ...] | None
) -> None:
    tasks = parse_text("某县河湖治理实施方案\n一、重点任务\n（一）整治河道。" + sentence + "\n").tasks
    assert [(t.lead, t.partners) for t in tasks if t.departments][:1] == ([expected] if expected else [])


_LABELLED_THEN_CLOSING = (
    "某县河湖治理任务分解方案\n一、河道整治\n1.建立河道巡查制度。\n牵头单位：县水务局\n配合单位：县林业局\n"
    "完成时限：2024年9月底前\n\n{closing}\n"
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # the second name of the unit a report goes to is no annotation: the labels give the roles
        ("各牵头单位要于每月5日前将进展报送县水务局（县河长办）。", (("县水务局",), ("县林业局",))),
        # near case: a bracket of units closing the work itself, after no recipient of a report, is read as ever
        # (the labels it overrides are warned)
        ("各牵头单位要建立问题台账（县河长办）。", ((), ())),
    ],
)
def test_the_second_name_of_a_report_s_recipient(closing: str, expected: tuple[object, ...]) -> None:
    notice = parse_text(_LABELLED_THEN_CLOSING.format(closing=closing))
    task = notice.tasks[0]
    assert (task.lead, task.partners) == expected
    assert any(w.code == "labels-not-used" for w in notice.warnings) == (expected == ((), ()))


_LABELS_NEXT_LINE = "某县人居环境任务分解方案\n一、厕所革命\n1.完成改厕3000户。\n牵头单位：\n县农业农村局\n配合单位：\n{value}\n完成时限：\n2024年11月底前\n"


@pytest.mark.parametrize(
    ("value", "partners"),
    [
        # the units under a label alone on its line, wrapped after a comma: one list
        ("县卫生健康局、财政局，\n各乡（镇）人民政府", ("县卫生健康局", "县财政局", "各乡（镇）人民政府")),
        # an empty value written in brackets is no unit
        ("（无）", ()),
        ("无", ()),
        # near case: a line of prose after the units is no unit of the list
        ("县卫生健康局，\n各乡镇要做好宣传动员。", ("县卫生健康局",)),
    ],
)
def test_units_under_a_label_alone_on_its_line(value: str, partners: tuple[str, ...]) -> None:
    task = parse_text(_LABELS_NEXT_LINE.format(value=value)).tasks[0]
    assert (task.lead, task.partners) == (("县农业农村局",), partners)


@pytest.mark.parametrize(
    ("paragraph", "in_task"),
    [
        # every unit asked to report, after the last item: the plan's requirement, not the item's text or deadline
        ("各有关单位要于每月底前将工作进展报县河长办。", False),
        ("各牵头单位要于每季度末将任务进展报送县水务局。", False),
        # near case: named places doing the item's work stay in it
        ("各乡镇要于每月底前将巡河记录报县水务局。", True),
    ],
)
def test_a_reporting_paragraph_after_the_last_item(paragraph: str, in_task: bool) -> None:
    text = "某县河湖治理实施方案\n一、重点任务\n（一）河道治理（牵头单位：县水务局）\n1.开展河道排查。\n2.建立河长巡河制度。\n"
    task = parse_text(text + paragraph + "\n").tasks[-1]
    assert (paragraph[:6] in task.text) == in_task
    assert (task.due is not None) == in_task


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the lead named without a role verb before the others' roles
        ("这项工作以县水务局为主，县林业局、县农业农村局共同参与。", (("县水务局",), ("县林业局", "县农业农村局"))),
        ("县水务局承担主体责任，县林业局配合。", (("县水务局",), ("县林业局",))),
        (
            "县水务局承担主体责任，县林业局、县农业农村局协同做好相关工作。",
            (("县水务局",), ("县林业局", "县农业农村局")),
        ),
        # near case: 以…为主 naming no unit gives no lead
        ("以生态修复为主，县林业局共同参与。", ((), ("县林业局",))),
    ],
)
def test_a_lead_named_as_the_main_one(sentence: str, expected: tuple[tuple[str, ...], ...]) -> None:
    task = parse_text(
        "某县河湖治理实施方案\n一、重点任务\n（一）整治河道。全县河道年底前完成清淤。" + sentence + "\n"
    ).tasks[0]
    assert (task.lead, task.partners) == expected


@pytest.mark.parametrize(
    ("written", "lead", "partners", "due"),
    [
        # a deadline in a sentence of its own after the labelled units is theirs
        ("牵头：规划科；配合：财务科、档案室。5月底前完成。", ["规划科"], ["财务科", "档案室"], "5月底前"),
        ("牵头：规划科；配合：财务科。长期坚持。", ["规划科"], ["财务科"], "长期坚持"),
        # a sentence of other words after the units is no deadline
        ("牵头：规划科；配合：财务科。各科室要加强协作。", ["规划科"], ["财务科"], None),
        ("牵头：规划科；配合：财务科。", ["规划科"], ["财务科"], None),
    ],
)
def test_a_deadline_sentence_after_labelled_units(
    written: str, lead: list[str], partners: list[str], due: str | None
) -> None:
    found = parse_annotation(written)
    assert found is not None
    assert (found.lead, found.partners, found.due) == (lead, partners, due)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the unit first, then 负责 and the work named as a whole (此项工作, 该项任务): as 此项工作由X负责
        ("县水务局负责此项工作，县林业局配合。", (("县水务局", "县林业局"), ("县水务局",), ("县林业局",))),
        (
            "县水务局负责此项工作，各乡（镇）人民政府配合。",
            (("县水务局", "各乡（镇）人民政府"), ("县水务局",), ("各乡（镇）人民政府",)),
        ),
        ("县水务局负责该项任务。", (("县水务局",), (), ())),
        # 由X承担: the unit bears the work, responsible
        ("此项任务由县水务局承担，9月底前印发管理办法。", (("县水务局",), (), ())),
    ],
)
def test_a_unit_taking_the_work_named_as_a_whole(sentence: str, expected: tuple[tuple[str, ...], ...]) -> None:
    head = "某县河湖治理实施方案\n一、重点任务\n（一）疏浚河道。完成河道疏浚。（县水务局负责）\n"
    tasks = parse_text(head + "（二）整治河道。全县河道年底前完成清淤。" + sentence + "\n").tasks
    assert (tasks[1].departments, tasks[1].lead, tasks[1].partners) == expected


def test_a_unit_bearing_a_duty_in_prose_is_no_role() -> None:
    """承担 after a unit in prose that is no sentence of roles (企业承担主体责任) gives no unit."""
    head = "某县河湖治理实施方案\n一、重点任务\n（一）疏浚河道。完成河道疏浚。（县水务局负责）\n"
    tasks = parse_text(head + "（二）整治河道。沿河企业承担主体责任，落实排污整改。（县生态环境分局负责）\n").tasks
    assert tasks[1].departments == ("县生态环境分局",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the partners after a ；, the office in charge opening the clause before it: both read, as after a comma
        ("县水务局负责编制河道整治规划；县财政局予以配合。", (("县水务局", "县财政局"), ("县水务局",), ("县财政局",))),
        # near case: the clause before the ；names no unit: the partners alone
        ("统筹编制河道整治规划；县财政局予以配合。", (("县财政局",), (), ("县财政局",))),
    ],
)
def test_an_office_in_charge_before_partners_after_a_semicolon(
    sentence: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    task = parse_text(
        "某县河湖治理实施方案\n一、重点任务\n（一）整治河道。全县河道年底前完成清淤。" + sentence + "\n"
    ).tasks[0]
    assert (task.departments, task.lead, task.partners) == expected


def test_a_share_not_read_before_partners_after_a_semicolon_is_warned() -> None:
    """县林业局保障资金 is work no rule reads: no role of the sentence is read in part, the line is warned."""
    notice = parse_text(
        "某县河湖治理实施方案\n一、重点任务\n（一）整治河道。全县河道年底前完成清淤。"
        "县水务局负责编制规划，县林业局保障资金；县财政局予以配合。\n"
    )
    assert not any("县财政局" in t.departments and "县水务局" not in t.departments for t in notice.tasks)
    assert any(w.line == 3 for w in notice.warnings)
