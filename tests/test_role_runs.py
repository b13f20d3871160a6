"""Roles written as a run of clauses in a sentence (由X负责协调，Y配合), read whole or not at all; tasks
that each close with their own roles in one item (…，由X负责；…，由Y负责) are tasks of their own."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2025年文体工作要点\n某县人民政府办公室\n2025年3月1日\n一、重点工作\n"

# (item, departments, lead, partners) of the one task the item carries
ONE_TASK = [
    # units joined by 会同 opening a sentence, a deadline with 于 before the work
    (
        "1.开展走访慰问活动。县民政局会同县退役军人事务局于6月底前完成走访慰问。",
        ("县民政局", "县退役军人事务局"),
        ("县民政局",),
        ("县退役军人事务局",),
    ),
    # 由 X and what X does, then the partners: X is responsible, never dropped for its neighbour
    (
        "1.修缮文化广场。由县委宣传部负责协调，县民政局配合，持续推进。",
        ("县委宣传部", "县民政局"),
        ("县委宣传部",),
        ("县民政局",),
    ),
    ("1.举办乒乓球赛。由县文体局统一组织，县总工会配合，10月底前完成。", ("县文体局", "县总工会"), (), ("县总工会",)),
    (
        "1.开展防灾宣传，由县委宣传部统一组织各单位印发宣传册，县应急局配合。",
        ("县委宣传部", "县应急局"),
        (),
        ("县应急局",),
    ),
    # an adverb before 由, also after what the clause is about
    ("1.开展读书月活动，具体由县文体局负责，县总工会配合。", ("县文体局", "县总工会"), ("县文体局",), ("县总工会",)),
    (
        "1.举办象棋比赛，所需经费均由县财政局负责，县文体局牵头，各乡镇配合。",
        ("县财政局", "县文体局", "各乡镇"),
        ("县文体局",),
        ("各乡镇",),
    ),
    # a second role clause in the run, with or without its own 由
    ("1.召开防汛会议。由县政府组织召开全县防汛会议，县水利局负责筹备，5月底前召开。", ("县政府", "县水利局"), (), ()),
    ("1.组织元宵晚会。由县委宣传部组织一台晚会，具体由县文体局负责节目编排。", ("县委宣传部", "县文体局"), (), ()),
    # a bracket whose clauses are each a role, a leader's post among them; roles opening a sentence
    ("1.招商引资。（县长牵头，县商务局、县发改局负责）", ("县商务局", "县发改局"), (), ()),
    (
        "1.推进项目建设。（常务副县长牵头，县发改局具体负责，县自然资源局配合）",
        ("县发改局", "县自然资源局"),
        ("县发改局",),
        ("县自然资源局",),
    ),
    ("1.建设停车场。（县住建局统一组织，县交通运输局配合）", ("县住建局", "县交通运输局"), (), ("县交通运输局",)),
    (
        "1.改造老旧小区。（县住建局负责统筹，县财政局配合，6月底前完成）",
        ("县住建局", "县财政局"),
        ("县住建局",),
        ("县财政局",),
    ),
    (
        "1.缓解融资难题。县金融办牵头，县财政局配合，三季度末前组织银企对接会。",
        ("县金融办", "县财政局"),
        ("县金融办",),
        ("县财政局",),
    ),
    # units that lead, joined by their partners, opening the sentence of the work
    (
        "1.加强安全监管。县应急局要会同县住建局、县交通运输局开展专项检查，10月底前完成。",
        ("县应急局", "县住建局", "县交通运输局"),
        ("县应急局",),
        ("县住建局", "县交通运输局"),
    ),
    # near misses: a clause of prose before the roles is the task's text; roles alone after a semicolon
    # belong to the same task
    ("1.建立台账，县水务局负责，3月底前完成。", ("县水务局",), (), ()),
    ("1.整治违建，县水务局牵头；县财政局配合。", ("县水务局", "县财政局"), ("县水务局",), ("县财政局",)),
    (
        "1.开展整治，由县公安局负责，县交通局配合；各乡镇要加强巡查。",
        ("县公安局", "县交通局"),
        ("县公安局",),
        ("县交通局",),
    ),
]


@pytest.mark.parametrize(("item", "departments", "lead", "partners"), ONE_TASK, ids=[c[0][:12] for c in ONE_TASK])
def test_a_run_of_role_clauses_is_read_whole(
    item: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == [(departments, lead, partners)]
    assert notice.tasks[0].text.startswith(item[2:6])


@pytest.mark.parametrize(
    ("item", "leaders"),
    [("1.招商引资。（县长牵头，县商务局负责）", ("县长",)), ("1.招商引资。（县商务局牵头，县发改局配合）", ())],
)
def test_a_post_leading_is_a_leader_never_a_unit(item: str, leaders: tuple[str, ...]) -> None:
    (task,) = parse_text(HEAD + item + "\n").tasks
    assert task.leaders == leaders
    assert "县长" not in task.departments


def test_a_part_whose_only_text_is_its_roles_keeps_its_text() -> None:
    notice = parse_text(
        HEAD.replace("一、重点工作\n", "")
        + "一、建设口袋公园\n由县住建局负责，县自然资源局、县财政局配合，年底前建成。\n"
        + "二、建设健身路径\n县文体局负责，县财政局配合，年底前建成。\n"
    )
    assert [t.departments for t in notice.tasks] == [("县住建局", "县自然资源局", "县财政局"), ("县文体局", "县财政局")]
    assert [t.partners for t in notice.tasks] == [("县自然资源局", "县财政局"), ("县财政局",)]
    assert all(t.text for t in notice.tasks)


# (item, [(text, departments, lead)] of its tasks)
SPLIT = [
    (
        "1.加强河道保洁，由县水利局负责；加强垃圾清运，由县城管局负责。",
        [("加强河道保洁", ("县水利局",), ()), ("加强垃圾清运", ("县城管局",), ())],
    ),
    (
        "1.开展夜市整治（县市场监管局牵头），开展噪声整治（县生态环境局牵头）。",
        [
            ("开展夜市整治", ("县市场监管局",), ("县市场监管局",)),
            ("开展噪声整治。", ("县生态环境局",), ("县生态环境局",)),
        ],
    ),
    (
        "1.健全追溯体系，县市场监管局牵头，县农业农村局配合；完善药品监管，县市场监管局负责。",
        [
            ("健全追溯体系", ("县市场监管局", "县农业农村局"), ("县市场监管局",)),
            ("完善药品监管", ("县市场监管局",), ()),
        ],
    ),
    # near miss: a bracket of roles before a comma and more roles is one task's (no second text)
    ("1.开展整治（县公安局牵头），县交通局配合。", None),
]


@pytest.mark.parametrize(("item", "tasks"), SPLIT, ids=[c[0][:12] for c in SPLIT])
def test_each_annotation_closes_its_own_task(
    item: str, tasks: list[tuple[str, tuple[str, ...], tuple[str, ...]]] | None
) -> None:
    notice = parse_text(HEAD + item + "\n")
    if tasks is None:
        assert len(notice.tasks) <= 1
        return
    assert [(t.text, t.departments, t.lead) for t in notice.tasks] == tasks


@pytest.mark.parametrize(
    "item",
    [
        # 由 and a party that is no unit: nothing is read, and the role is warned, never half read
        "1.开展考核。考核工作由第三方专业机构组织实施，县应急局负责监督，年底前完成。",
        "1.开展评比，由各村自行组织评选，县文体局配合，年底前完成。",
        # a unit's share after the run that no rule reads
        "1.建设物资库。具体由县发改局负责建设，县财政局保障资金，10月底前建成。",
        # a second 由 clause naming a party the registry cannot read as a unit (an 艺术团; 县文化馆 is one)
        "1.组织元宵晚会。由县委宣传部组织一台晚会，具体由县艺术团负责节目编排。",
    ],
)
def test_a_role_clause_that_cannot_be_read_is_not_dropped_for_its_neighbour(item: str) -> None:
    notice = parse_text(HEAD + item + "\n2.开展培训（县应急局负责）。\n")
    assert [t.departments for t in notice.tasks if t.line == 5] == []
    assert any(w.line == 5 for w in notice.warnings)


def test_joining_with_no_unit_leading_is_no_task() -> None:
    notice = parse_text(HEAD + "1.加强安全监管。各部门要会同有关单位开展专项检查。\n2.开展培训（县应急局负责）。\n")
    assert [t.line for t in notice.tasks] == [6]


@pytest.mark.parametrize(
    ("part", "lead"),
    [
        # a unit joining others in the prose of a part on the plan's requirements names no task there
        ("二、组织保障\n　　县文旅局要会同有关部门加强统筹协调，每季度向县政府报告一次进展。\n", None),
        ("二、保障措施\n　　县文旅局要会同县财政局研究落实经费保障。\n", None),
        # near forms: the same sentence in a part of work is a task, and so are roles stated with role verbs
        ("二、重点工作\n　　县文旅局要会同县财政局开展景区评定，9月底前完成。\n", ("县文旅局",)),
        ("二、保障措施\n　　县财政局牵头，县文旅局配合，落实经费保障。\n", ("县财政局",)),
    ],
)
def test_joining_in_a_part_on_requirements_is_no_task(part: str, lead: tuple[str, ...] | None) -> None:
    notice = parse_text(HEAD + "1.开展培训（县应急局负责）。\n" + part)
    assert [t.lead for t in notice.tasks if t.line == 7] == ([lead] if lead else [])


# (part, departments of its one task or None): a verb with 办 (督办, 承办, 交办, 查办) opening a heading is what
# is done, never an office's role; an office ending in 办 (区金融办, 区督查办) opening its sentence is one
VERB_BAN = [
    ("三、高效督办落实，确保完成目标", None),
    ("三、认真承办落实，按时办结", None),
    ("三、及时交办落实，跟踪问效", None),
    ("三、依法查办落实，形成震慑", None),
    ("三、区金融办牵头，区财政局配合，三季度末前组织对接", ("区金融办", "区财政局")),
    ("三、区督查办牵头，各街道配合，每季度通报一次", ("区督查办", "各街道")),
]


@pytest.mark.parametrize(("part", "departments"), VERB_BAN, ids=[c[0][2:8] for c in VERB_BAN])
def test_a_verb_with_ban_opening_a_heading_is_no_office(part: str, departments: tuple[str, ...] | None) -> None:
    notice = parse_text(HEAD.replace("一、重点工作\n", "").replace("某县", "某区") + part + "\n")
    assert [t.departments for t in notice.tasks] == ([departments] if departments else [])


# (item, departments of its one task or None): units opening a sentence and doing the work together
# (要联合, 联合, 共同 before what they do) are the units responsible, none leading
TOGETHER = [
    ("1.开展普法宣传。县委宣传部、县司法局要联合开展普法宣传，年底前覆盖全部行政村。", ("县委宣传部", "县司法局")),
    ("1.县文体局、县教育局共同举办青少年运动会，9月底前完成。", ("县文体局", "县教育局")),
    ("1.整治校园周边环境。县公安局、县市场监管局联合开展专项整治。", ("县公安局", "县市场监管局")),
    # near misses: 联合 inside a unit's name, no named office, a joint effort that is no work verb
    ("1.县工商联合会开展会员培训，年底前完成。", None),
    ("1.加强协作。各部门要共同推进文体设施建设。", None),
    ("1.密切配合。县文体局、县教育局要联合起来，形成合力。", None),
]


@pytest.mark.parametrize(("item", "departments"), TOGETHER, ids=[c[0][2:10] for c in TOGETHER])
def test_units_doing_the_work_together_are_responsible(item: str, departments: tuple[str, ...] | None) -> None:
    notice = parse_text(HEAD + item + "\n2.开展培训（县应急局负责）。\n")
    found = [(t.departments, t.lead, t.partners) for t in notice.tasks if t.line == 5]
    assert found == ([(departments, (), ())] if departments else [])
