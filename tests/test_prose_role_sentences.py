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
        "新建活动室12个。区民政局牵头，做好选址工作。",  # a lone 牵头 inside prose, work after it
    ],
)
def test_a_unit_and_a_verb_that_assign_nothing(paragraph: str) -> None:
    parsed = parse_text(HEAD + "一、改造社区活动中心\n" + paragraph + TAIL)
    assert [t.departments for t in parsed.tasks] == []


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
        (  # a unit of no level helping with the verb of its work: the notice's level restored
            "雨情监测。县气象局负责降雨监测，水文站协助做好水位测报。",
            ("县气象局", "县水文站"),
            ("县气象局",),
            ("县水文站",),
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
