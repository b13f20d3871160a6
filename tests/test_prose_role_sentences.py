"""Roles stated in prose sentences of a part or clause, the way short 实施意见 and 工作方案 assign work: a unit
carrying out the whole item (X负责组织实施, X和Y按照各自职责组织实施), a sentence that is units and their verb
alone (X、Y负责。), the bare reference to the work before 由 when units and a role verb follow (有关工作由X、Y共同
负责，Z配合), units helping with a share of the work (Y协助做好…, Z给予经费保障, Y、Z配合开展…), and 会同 before
what the work is done on (X会同Y对…开展…). Near cases with a unit and a verb that are no assignment stay unread.
A part that is itself a task keeps its title in the task's text, as a clause does. Written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某区人民政府关于推进某项工作的实施意见\n各街道办事处，区政府各部门：\n为推进某项工作，现提出如下意见。\n"
TAIL = "\n某区人民政府\n2024年3月1日\n"
PLAN = (
    "某县人民政府办公室关于印发某县某工作方案的通知\n各乡镇人民政府，县直各单位：\n现印发给你们。\n"
    "某县人民政府办公室\n2024年3月1日\n某县某工作方案\n一、重点工作\n"
)


def _part(paragraph: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None, str]:
    """The first task of a notice whose part 一、 is a title over the paragraph, with a second part read as before."""
    parsed = parse_text(
        HEAD
        + "一、改造社区活动中心\n"
        + paragraph
        + "\n二、整治背街小巷\n开展整治。由区城管局牵头，各街道办事处配合。"
        + TAIL
    )
    task = parsed.tasks[0]
    return task.departments, task.lead, task.partners, task.due, task.text


@pytest.mark.parametrize(
    ("paragraph", "departments", "lead", "partners", "due"),
    [
        (  # a unit carrying out the whole item, then another helping with a share of it
            "新建活动室12个，配齐健身器材。区住房城乡建设局负责组织实施，区体育中心协助做好器材选配，2025年9月底前完成。",
            ("区住房城乡建设局", "区体育中心"),
            ("区住房城乡建设局",),
            ("区体育中心",),
            "2025年9月底前",
        ),
        (  # two units each by their own duty: both responsible, none leads
            "新建活动室12个。区住房城乡建设局和区教育局按照各自职责组织实施，2025年内完成。",
            ("区住房城乡建设局", "区教育局"),
            (),
            (),
            "2025年内",
        ),
        (  # the bare reference to the work, then units with their verbs
            "新建活动室12个。有关工作由区文化馆、区图书馆共同负责，区体育中心配合，每年底前检查一次。",
            ("区文化馆", "区图书馆", "区体育中心"),
            ("区文化馆", "区图书馆"),
            ("区体育中心",),
            "每年底前",
        ),
        (  # a closing sentence of units and their verb alone
            "新建活动室12个，持续推进。区民政局、区体育中心负责。",
            ("区民政局", "区体育中心"),
            (),
            (),
            "持续推进",
        ),
    ],
)
def test_roles_in_a_part_s_sentences(
    paragraph: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...], due: str
) -> None:
    got = _part(paragraph)
    assert got[:4] == (departments, lead, partners, due)


def test_a_part_that_is_a_task_keeps_its_title() -> None:
    text = _part("新建活动室12个。区民政局负责组织实施，2025年内完成。")[4]
    assert text.startswith("改造社区活动中心\n新建活动室12个。")


@pytest.mark.parametrize(
    "paragraph",
    [
        "新建活动室12个。有关工作由区政府另行部署。",  # a reference to work, no unit with a role verb
        "新建活动室12个，区民政局负责的养老服务站同步改造。",  # 负责 inside a noun phrase
        "新建活动室12个，请区民政局负责同志牵头督办。",  # 负责同志: a person
        "新建活动室12个，区民政局负责人要亲自督办。",  # 负责人: a person
    ],
)
def test_a_unit_and_a_verb_that_assign_nothing(paragraph: str) -> None:
    parsed = parse_text(HEAD + "一、改造社区活动中心\n" + paragraph + TAIL)
    assert [t.departments for t in parsed.tasks] == []


def test_a_lone_lead_after_the_short_first_sentence_is_the_item_s_role() -> None:
    """区民政局牵头，做好选址工作 right after the item's short first sentence, no other role after it: the item's
    lead, read as a role (no warning)."""
    parsed = parse_text(HEAD + "一、改造社区活动中心\n新建活动室12个。区民政局牵头，做好选址工作。" + TAIL)
    assert [(t.departments, t.lead) for t in parsed.tasks] == [(("区民政局",), ("区民政局",))]
    assert not [w for w in parsed.warnings if w.code in ("read-from-prose", "role-not-read")]


def test_a_lone_lead_deeper_in_prose_is_read_only_from_its_subject() -> None:
    """区民政局牵头，做好选址工作 after a sentence of prose that is no short title: no role run; with nothing else
    in the notice assigning work, the prose reader reads its subject, warned."""
    parsed = parse_text(
        HEAD
        + "一、改造社区活动中心\n新建活动室12个，改造老旧活动中心5个，提升服务功能。区民政局牵头，做好选址工作。"
        + TAIL
    )
    assert [(t.departments, t.lead) for t in parsed.tasks] == [(("区民政局",), ("区民政局",))]
    assert all(any(w.code == "read-from-prose" and w.line == t.line for w in parsed.warnings) for t in parsed.tasks)


def _clause(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The first task of a plan whose clauses each state their roles in a sentence after their title."""
    parsed = parse_text(
        PLAN + "（一）" + sentence + "\n（二）道路保通。县交通运输局负责道路抢通，各乡镇人民政府配合。" + TAIL
    )
    task = parsed.tasks[0]
    return task.departments, task.lead, task.partners


@pytest.mark.parametrize(
    ("sentence", "departments", "lead", "partners"),
    [
        (  # 会同, then what the work is done on with 对
            "河道清障。县水利局会同县城市管理局对城区河道开展清障，6月底前完成。",
            ("县水利局", "县城市管理局"),
            ("县水利局",),
            ("县城市管理局",),
        ),
        (  # units responsible with their work, a unit giving the funds
            "物资储备。县应急管理局和县供销社负责物资的采购和调运，县财政局给予经费保障。",
            ("县应急管理局", "县供销社", "县财政局"),
            ("县应急管理局", "县供销社"),
            ("县财政局",),
        ),
        (  # 要 and its work, then units helping with a share of it: the office leads
            "队伍建设。县应急管理局要组织民兵组建抢险队，县人武部、县消防救援大队配合开展演练。",
            ("县应急管理局", "县人武部", "县消防救援大队"),
            ("县应急管理局",),
            ("县人武部", "县消防救援大队"),
        ),
    ],
)
def test_roles_in_a_clause_s_sentence(
    sentence: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    assert _clause(sentence) == (departments, lead, partners)


@pytest.mark.parametrize(
    "sentence",
    [
        "队伍建设。县应急管理局要组织民兵组建抢险队，县财政局保障资金。",  # no verb of helping
        "队伍建设。县应急管理局要组织民兵组建抢险队，加强演练。",  # no unit helping
    ],
)
def test_要_with_no_unit_helping_is_no_lead(sentence: str) -> None:
    parsed = parse_text(
        PLAN + "（一）" + sentence + "\n（二）道路保通。县交通运输局负责道路抢通，各乡镇人民政府配合。" + TAIL
    )
    assert all("县应急管理局" not in t.lead for t in parsed.tasks)


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        # a part holding two tasks: neither takes the part's title
        ("一、改造社区活动中心\n新建活动室。（区民政局负责）改造健身广场。（区体育中心负责）", "新建活动室"),
        # a part headed by the plan's frame: its title is no task's
        ("一、保障措施\n强化督查考核。由区政府督查室牵头，每半年开展一次督查。", "强化督查考核"),
    ],
)
def test_a_part_that_is_not_itself_one_task_gives_no_title(body: str, opening: str) -> None:
    parsed = parse_text(HEAD + body + "\n二、整治背街小巷\n开展整治。由区城管局牵头，各街道办事处配合。" + TAIL)
    assert parsed.tasks[0].text.startswith(opening)


def _unassigned(body: str) -> list[tuple[tuple[str, ...], str]]:
    """The tasks of a notice with the given parts, then a part read as before (its units, its text)."""
    parsed = parse_text(HEAD + body + "\n九、整治背街小巷\n开展整治。由区城管局牵头，各街道办事处配合。" + TAIL)
    return [(t.departments, t.text) for t in parsed.tasks if "区城管局" not in t.departments]


@pytest.mark.parametrize(
    "body",
    [
        # the plan's measures: a unit carrying them out and another giving funds or helping assign no task
        "一、建设活动中心\n新建活动室。（区民政局负责）\n二、保障措施\n（一）落实经费。区体育中心要统筹安排，区财政局给予经费保障。",
        "一、建设活动中心\n新建活动室。（区民政局负责）\n二、组织实施\n区体育中心负责组织实施，区教育局协助做好场地协调。",
        "一、建设活动中心\n新建活动室。（区民政局负责）\n二、加强组织领导\n区体育中心负责组织实施，区教育局配合开展检查。",
        "一、建设活动中心\n新建活动室。（区民政局负责）\n二、工作要求\n（一）压实责任。区体育中心要加强督导，区委督查室配合开展督查。",
    ],
)
def test_the_plan_s_frame_gives_no_task_by_the_prose_forms(body: str) -> None:
    assert [units for units, _ in _unassigned(body)] == [("区民政局",)]


def test_a_part_of_work_still_reads_the_prose_forms() -> None:
    body = "一、建设活动中心\n新建活动室。区体育中心负责组织实施，区教育局协助做好场地协调。"
    assert [units for units, _ in _unassigned(body)] == [("区体育中心", "区教育局")]


@pytest.mark.parametrize(
    ("paragraph", "units"),
    [
        # several units each with a duty of their own: no one task's roles, warned
        ("区体育中心负责组织实施，区教育局协助做好场地协调，区财政局负责经费保障，各街道负责日常管理。", []),
        # one unit carrying out the item and one helping: the task's roles
        ("区体育中心负责组织实施，区教育局协助做好场地协调。", [("区体育中心", "区教育局")]),
    ],
)
def test_several_units_with_their_own_duties_are_no_one_task(paragraph: str, units: list[tuple[str, ...]]) -> None:
    assert [u for u, _ in _unassigned("一、建设活动中心\n新建活动室。" + paragraph)] == units


@pytest.mark.parametrize(
    ("helping", "partners"),
    [
        ("相关部门协助做好场地协调", ()),  # a reference: no partner, as 由X牵头，相关部门配合
        ("区直有关部门配合做好指导", ()),
        ("其他成员单位配合开展验收", ()),
        ("上述单位配合开展验收", ()),
        ("区教育局协助做好场地协调", ("区教育局",)),  # a named office: the partner
    ],
)
def test_a_reference_helping_is_no_partner(helping: str, partners: tuple[str, ...]) -> None:
    parsed = parse_text(
        HEAD
        + "一、建设活动中心\n新建活动室。区体育中心负责组织实施，"
        + helping
        + "。"
        + "\n二、整治背街小巷\n开展整治。由区城管局牵头，各街道办事处配合。"
        + TAIL
    )
    assert parsed.tasks[0].partners == partners
    assert all("部门" not in u and "单位" not in u for u in parsed.tasks[0].departments)


@pytest.mark.parametrize(
    ("helping", "partners"),
    [
        ("水文站协助做好水位测报", ("区水文站",)),  # an office's kind alone: the notice's level, as in a bracket's list
        ("青山水文站协助做好水位测报", ()),  # a name of its own no rule reads: no partner, warned
        ("领导小组办公室协助做好调度", ()),
        ("区水务局协助做好水位测报", ("区水务局",)),  # a unit with its level
        ("镇水务站、财政所协助做好水位测报", ("镇水务站", "财政所")),  # a list writing the level once
        # a company, a plant or a managed works: kept as written with its level, a place or a name of its own
        ("区自来水厂协助做好备用水源储备", ("区自来水厂",)),
        ("镇自来水厂协助做好备用水源储备", ("镇自来水厂",)),
        ("国网某区供电公司协助做好线路巡查", ("国网某区供电公司",)),
        ("红星水库管理处协助做好水位测报", ("红星水库管理处",)),
        ("自来水厂协助做好备用水源储备", ()),  # its kind alone: whose it is no rule can tell; warned
        ("供电公司协助做好线路巡查", ()),
    ],
)
def test_a_helping_unit_takes_no_level_made_up_and_the_task_is_kept(helping: str, partners: tuple[str, ...]) -> None:
    parsed = parse_text(
        HEAD
        + "一、雨情监测\n开展雨情监测。区气象局负责组织实施，"
        + helping
        + "，7月15日前完成。\n九、整治背街小巷\n开展整治。由区城管局牵头，各街道办事处配合。"
        + TAIL
    )
    task = parsed.tasks[0]
    assert task.departments[0] == "区气象局"  # never lost
    assert task.due == "7月15日前"
    assert task.partners == partners
    warned = [w for w in parsed.warnings if w.line == 5 and w.code == "role-not-read"]
    assert bool(warned) == (not partners)


@pytest.mark.parametrize(
    ("level", "helping", "partner"),
    [
        # units only a town or a village has keep no county's or city's level
        ("市", "卫生院", "卫生院"),
        ("县", "卫生院", "卫生院"),
        ("县", "财政所", "财政所"),
        ("县", "村委会", "村委会"),
        # near case: an office every level has takes the notice's
        ("县", "水文站", "县水文站"),
        ("市", "水文站", "市水文站"),
    ],
)
def test_a_town_unit_takes_no_higher_level(level: str, helping: str, partner: str) -> None:
    parsed = parse_text(
        f"某{level}人民政府办公室关于印发某{level}巡诊工作方案的通知\n各单位：\n现印发给你们。\n"
        f"某{level}人民政府办公室\n2024年3月1日\n某{level}巡诊工作方案\n一、重点工作\n"
        f"（一）道路保通。{level}交通运输局负责道路抢通，{level}公安局配合。\n"
        f"（二）巡回诊疗。{level}卫生健康局负责组织实施，{helping}协助做好巡诊，2025年底前完成。\n"
        "二、工作要求\n各单位要加强协作。\n"
    )
    task = parsed.tasks[1]
    assert task.lead == (f"{level}卫生健康局",)
    assert task.partners == (partner,)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a clause read alone would drop another unit's share of the item: nothing read, warned
        "新建活动室12个。区体育中心负责组织实施，确保2025年底前完成；区教育局负责做好场地协调。",
        "做好场地保障。区体育中心负责。区教育局负责场地协调。",
        "做好抗旱保障。区水务局负责。区气象局负责人工增雨。",
        "开展场地整治。区体育中心、区城管局负责。区教育局要配合做好秩序维护。",
        "新建活动室12个。区体育中心分别组织实施，各街道做好配合。",
    ],
)
def test_one_clause_read_alone_drops_no_other_unit(paragraph: str) -> None:
    assert _unassigned("一、建设活动中心\n" + paragraph) == []


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        # a part over clauses that are tasks: its opening paragraph takes no title
        (
            "一、建设活动中心\n新建活动室。区体育中心负责组织实施，区教育局配合开展验收。\n（一）选址。\n（二）建设。",
            "新建活动室",
        ),
        # titles of the plan's frame (the parser's frame lists)
        ("一、组织领导\n新建活动室，2025年底前完成。区体育中心负责组织实施。", "新建活动室"),
        ("一、实施范围\n新建活动室，2025年底前完成。区体育中心负责组织实施。", "新建活动室"),
        ("一、其他事项\n新建活动室，2025年底前完成。区体育中心负责组织实施。", "新建活动室"),
    ],
)
def test_no_title_joins_a_frame_part_or_a_part_over_clauses(body: str, opening: str) -> None:
    texts = [text for _, text in _unassigned(body)]
    assert all(text.startswith(opening) for text in texts)


@pytest.mark.parametrize(
    "closing",
    [
        "有关工作由区体育中心负责，各街道、各部门配合。",  # a closing sentence after the last item
        "上述工作由区体育中心负责，各街道配合。",
    ],
)
def test_a_closing_sentence_makes_no_task_without_text(closing: str) -> None:
    parsed = parse_text(
        HEAD
        + "一、新建活动中心\n新建活动室。（区体育中心负责）\n二、开展健身指导\n开展健身指导。有关工作由区体育中心、"
        + "区教育局共同负责，区文化馆配合，2025年6月底前完成。\n"
        + closing
        + TAIL
    )
    assert all(task.text.strip(" \n。，；") for task in parsed.tasks)
    assert len(parsed.tasks) == 2
