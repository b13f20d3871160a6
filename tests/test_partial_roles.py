"""Annotations whose roles are written in less common words: the common forms are read whole (a ，
inside a list, 视情 / 按各自职责 before the verb, 并会同, 分别负责 and the work, a bare 时间：, 其中X牵头,
A配合B, a list named again before its lead, a 在…领导下 frame); any other piece that is no role leaves
the task with what was read, and the piece is named in a warning (roles-partly-read)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青禾县2025年民生实事工作方案\n一、重点任务\n"

# (item, departments, lead, partners, due) of the one task the item carries; none is warned
READ_WHOLE = [
    # a ， between units before 配合 separates the list, a 科协 or 政协 is a unit
    (
        "（一）举办科普活动周。（县科技局牵头，县教育局，县科协配合）",
        ("县科技局", "县教育局", "县科协"),
        ("县科技局",),
        ("县教育局", "县科协"),
        None,
    ),
    (
        "（一）开展义诊下乡。（县卫健局牵头，县医保局、县红十字会，各镇人民政府配合）",
        ("县卫健局", "县医保局", "县红十字会", "各镇人民政府"),
        ("县卫健局",),
        ("县医保局", "县红十字会", "各镇人民政府"),
        None,
    ),
    (
        "（一）征集民生提案。（县政协牵头，县委办、县政府办配合）",
        ("县政协", "县委办", "县政府办"),
        ("县政协",),
        ("县委办", "县政府办"),
        None,
    ),
    # how the partners act, between their names and 配合, is no part of a name
    (
        "（一）改造农贸市场。（县商务局牵头，县财政局视情配合）",
        ("县商务局", "县财政局"),
        ("县商务局",),
        ("县财政局",),
        None,
    ),
    (
        "（一）整治校园周边环境。（县教育局牵头，县公安局、县市场监管局按各自职责配合）",
        ("县教育局", "县公安局", "县市场监管局"),
        ("县教育局",),
        ("县公安局", "县市场监管局"),
        None,
    ),
    # 并会同: the partners of the lead named before
    (
        "（一）规范停车收费。（县发改局牵头，并会同县城管局）",
        ("县发改局", "县城管局"),
        ("县发改局",),
        ("县城管局",),
        None,
    ),
    # 分别负责 and the work each does: the units are responsible
    (
        "（一）保障冬季供暖。（县住建局、县供热公司分别负责管网改造和运行调度）",
        ("县住建局", "县供热公司"),
        (),
        (),
        None,
    ),
    # 具体承担 names the units responsible, 予以 before a role verb is how the partners act
    (
        "（一）引入社会资本。（县城投集团具体承担，县国资局、县财政局予以支持）",
        ("县城投集团", "县国资局", "县财政局"),
        (),
        ("县国资局", "县财政局"),
        None,
    ),
    # 监督 after units names them responsible, as 督导 does
    (
        "（一）整治建筑市场秩序。（县住建局负责，县审计局监督）",
        ("县住建局", "县审计局"),
        (),
        (),
        None,
    ),
    # a bare 时间： after the units is their deadline
    (
        "（一）开展全民健身赛事。（牵头单位：县文体局；时间：2025年5月至9月）",
        ("县文体局",),
        ("县文体局",),
        (),
        "2025年5月至9月",
    ),
    # 其中X牵头: one of the units responsible leads
    (
        "（一）建设养老服务中心。（县民政局、县卫健局负责，其中县民政局牵头）",
        ("县民政局", "县卫健局"),
        ("县民政局",),
        (),
        None,
    ),
    # A配合B: B leads, A is its partner
    (
        "（一）整理历史档案，由县机关事务局配合县委办实施。",
        ("县委办", "县机关事务局"),
        ("县委办",),
        ("县机关事务局",),
        None,
    ),
    # a list named first, then its lead named again: the lead alone leads
    (
        "（一）推进林长制。（县林业局、县自然资源局，县林业局牵头）",
        ("县林业局", "县自然资源局"),
        ("县林业局",),
        (),
        None,
    ),
    # roles after a clause framing the sentence
    (
        "（一）在县委统一领导下，由县人社局牵头，县工会配合，开展农民工欠薪清零行动。",
        ("县人社局", "县工会"),
        ("县人社局",),
        ("县工会",),
        None,
    ),
]


def test_a_remark_after_the_last_unit_of_a_labelled_list_is_no_part_of_it() -> None:
    notice = parse_text(HEAD + "（一）疏浚城区河道。\n牵头单位：县水利局\n配合单位：县住建局、县城管局按各自职责\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县水利局",), ("县住建局", "县城管局"))]


@pytest.mark.parametrize(("item", "departments", "lead", "partners", "due"), READ_WHOLE)
def test_a_common_form_of_roles_is_read_whole(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...], due: str | None
) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.departments, t.lead, t.partners, t.due) for t in notice.tasks] == [(departments, lead, partners, due)]
    assert not [w for w in notice.warnings if w.code in ("roles-partly-read", "role-not-read")]


# (item, departments, partners, text) of a sentence of prose closing an item: X、Y分别负责 and the work makes
# X and Y responsible, and what each does stays in the text; words before 分别负责 that are no units are not read
PROSE_EACH_ON_DUTY = [
    (
        "（一）保障冬季供暖。改造老旧管网。县住建局、县供热公司分别负责管网改造和运行调度。",
        ("县住建局", "县供热公司"),
        (),
        "保障冬季供暖。改造老旧管网。县住建局、县供热公司分别负责管网改造和运行调度。",
    ),
    (
        "（一）保障冬季供暖。改造老旧管网。县住建局、县供热公司分别负责管网改造和运行调度，各镇人民政府配合。",
        ("县住建局", "县供热公司", "各镇人民政府"),
        ("各镇人民政府",),
        "保障冬季供暖。改造老旧管网。县住建局、县供热公司分别负责管网改造和运行调度，各镇人民政府配合。",
    ),
    (
        "（一）保障冬季供暖。改造老旧管网，两项工作分别负责到人。（县住建局负责）",
        ("县住建局",),
        (),
        "保障冬季供暖。改造老旧管网，两项工作分别负责到人。",
    ),
]


@pytest.mark.parametrize(("item", "departments", "partners", "text"), PROSE_EACH_ON_DUTY)
def test_units_each_on_duty_in_prose_are_responsible(
    item: str, departments: tuple[str, ...], partners: tuple[str, ...], text: str
) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.departments, t.partners, t.text) for t in notice.tasks] == [(departments, partners, text)]


# (item, departments, lead, the piece named in the warning)
READ_IN_PART = [
    ("（一）加固病险水库。（县水利局负责，汛后由省水利厅统一验收）", ("县水利局",), (), "汛后由省水利厅统一验收"),
    (
        "（一）新建公办幼儿园。（县教育局牵头，县财政局配合，视省级资金到位情况调整）",
        ("县教育局", "县财政局"),
        ("县教育局",),
        "视省级资金到位情况调整",
    ),
    (
        "（一）开展消防演练。（县消防救援大队牵头，各单位轮流承担场地保障）",
        ("县消防救援大队",),
        ("县消防救援大队",),
        "各单位轮流承担场地保障",
    ),
    # 予以 before a word that is no role verb: the piece is no role
    ("（一）引入社会资本。（县城投集团负责，县财政局予以奖励）", ("县城投集团",), (), "县财政局予以奖励"),
]


@pytest.mark.parametrize(("item", "departments", "lead", "unread"), READ_IN_PART)
def test_an_annotation_with_a_piece_that_is_no_role_keeps_the_rest(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], unread: str
) -> None:
    notice = parse_text(HEAD + item + "\n（二）开展安全培训。（县应急局负责）\n")
    assert [(t.line, t.departments, t.lead) for t in notice.tasks] == [
        (3, departments, lead),
        (4, ("县应急局",), ()),
    ]
    warned = [w for w in notice.warnings if w.code == "roles-partly-read"]
    assert [w.line for w in warned] == [3]
    assert unread in warned[0].message


@pytest.mark.parametrize(
    "item",
    [
        # the annotation opens with words that are no role: nothing is read in part, the role is warned
        "（一）修缮文化礼堂。（根据工作需要，县文体局牵头）",
        # a role verb with the work glued to it
        "（一）修订应急预案。（县应急局牵头抓好）",
        # units doing their work, opening the item in prose (no frame before them)
        "（一）在全县范围内，县生态环境局负责开展碳排放核算。",
    ],
)
def test_roles_that_do_not_open_their_annotation_are_not_read_in_part(item: str) -> None:
    notice = parse_text(HEAD + item + "\n（二）开展安全培训。（县应急局负责）\n")
    assert [t.line for t in notice.tasks] == [4]
    assert [w.code for w in notice.warnings if w.line == 3] == ["role-not-read"]


def test_a_condition_in_brackets_mid_sentence_is_no_duty() -> None:
    notice = parse_text(HEAD + "（一）实施旧村改造（县财政局负责的项目除外），年底前完成。（县住建局牵头）\n")
    assert [(t.departments, t.lead) for t in notice.tasks] == [(("县住建局",), ("县住建局",))]


# a paragraph of points 一是…二是… under one annotation: one task (the points are its text), and a
# deadline written in some of the points only is warned, never given silently to all of them
ONE_POINT_DATED = [
    ("（一）一是摸排留守儿童底数。二是建立关爱台账，9月底前完成。（县民政局牵头，县教育局配合）", True),
    ("（一）一是更新消防器材，6月底前完成；二是开展疏散演练；三是培训微型消防站队员。（县消防救援大队负责）", True),
    # each point its own deadline, or the annotation gives one for all: nothing to warn
    ("（一）一是摸排底数，5月底前完成。二是建立台账，9月底前完成。（县民政局牵头）", False),
    ("（一）一是摸排留守儿童底数。二是建立关爱台账。（县民政局牵头，9月底前完成）", False),
    # no points: a deadline in the text is the task's
    ("（一）摸排留守儿童底数，建立关爱台账，9月底前完成。（县民政局牵头）", False),
]


@pytest.mark.parametrize(("item", "warned"), ONE_POINT_DATED)
def test_a_deadline_of_one_point_under_shared_roles_is_warned(item: str, warned: bool) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert len(notice.tasks) == 1
    assert notice.tasks[0].due is not None
    assert [w.line for w in notice.warnings if w.code == "deadline-of-one-point"] == ([3] if warned else [])
