"""A paragraph whose sentences or clauses (split at 。 or ；), three or more in a run, each open with a named office
and 负责 or 要 (县财政局要…。县教育局要…；县公安局负责…。): each sentence is a task of its office. One or two
sentences before the run naming no office (各部门要各司其职。) lead into it and are no task; the run closes the
paragraph or stops where the next point opens (二是…). Offices named by their field alone (财政部门) are read as
written where no office has a level; a list before 要 (武装、公安、武警部门要…) gives every unit. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县森林防火工作实施方案\n为做好森林防火工作，制定本方案。\n一、工作任务\n"
TAIL = "二、保障措施\n各部门要加强领导。\n"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "各部门要各司其职。县财政局要将防火经费列入预算。县教育局要在中小学开展防火教育。县公安局负责火案查处。",
            [
                ("县财政局要将防火经费列入预算。", ("县财政局",)),
                ("县教育局要在中小学开展防火教育。", ("县教育局",)),
                ("县公安局负责火案查处。", ("县公安局",)),
            ],
        ),
        (  # clauses split at ；, an office before 在…要, a lead-in title
            "部门分工。各有关单位要密切配合。县交通运输局在国庆期间要加强运输保障；县公安局负责景区秩序维护；"
            "县卫生健康局要做好医疗救护。",
            [
                ("县交通运输局在国庆期间要加强运输保障", ("县交通运输局",)),
                ("县公安局负责景区秩序维护", ("县公安局",)),
                ("县卫生健康局要做好医疗救护。", ("县卫生健康局",)),
            ],
        ),
        (  # a unit list, one written without the level the others share
            "县应急管理局负责统筹协调；县水利局要做好水情监测；县人武部、县公安局、武警中队要做好抢险救援。",
            [
                ("县应急管理局负责统筹协调", ("县应急管理局",)),
                ("县水利局要做好水情监测", ("县水利局",)),
                ("县人武部、县公安局、武警中队要做好抢险救援。", ("县人武部", "县公安局", "县武警中队")),
            ],
        ),
        (  # offices named by their field, a shared ending, the run ending where the next point opens
            "一是各成员单位要履行职责。财政部门要将经费纳入预算；教育部门要开展宣教活动；"
            "武装、公安、武警部门要参加扑火救灾。二是加强火源管理，严禁野外用火。",
            [
                ("财政部门要将经费纳入预算", ("财政部门",)),
                ("教育部门要开展宣教活动", ("教育部门",)),
                ("武装、公安、武警部门要参加扑火救灾。", ("武装部门", "公安部门", "武警部门")),
            ],
        ),
        (  # each sentence counted 一是 / 二是: the ordinal no part of its text
            "一是县财政局要保障经费；二是县住建局要排查危房；三是县交通运输局要检查客运企业。",
            [
                ("县财政局要保障经费", ("县财政局",)),
                ("县住建局要排查危房", ("县住建局",)),
                ("县交通运输局要检查客运企业。", ("县交通运输局",)),
            ],
        ),
    ],
)
def test_each_sentence_is_its_office_task(paragraph: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    tasks = parse_text(HEAD + paragraph + "\n" + TAIL).tasks
    assert [(t.text, t.departments) for t in tasks] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # two office sentences only
        "各部门要各司其职。县财政局要保障经费。县公安局负责火案查处。",
        # a sentence of other words after the run: the paragraph stays prose
        "县财政局要保障经费。县教育局要开展防火教育。县公安局负责火案查处。确保不发生重大火灾。",
        # a collective among the offices, or offices named by a collective word
        "县财政局要保障经费。县教育局要开展防火教育。各乡镇要落实属地责任。",
        "有关部门要密切配合。职能部门要加强监管。主管部门要落实责任。",
        # an office sentence before a broken run is not dropped as a lead-in
        "县财政局要保障经费。要加强宣传。县教育局要开展教育。县公安局负责查处。县交通运输局要保障运输。",
    ],
)
def test_near_misses_are_no_run_of_office_sentences(paragraph: str) -> None:
    tasks = parse_text(HEAD + paragraph + "\n" + TAIL).tasks
    assert len(tasks) <= 1


def test_office_sentences_in_the_requirements_name_no_task() -> None:
    text = (
        HEAD
        + "（一）改造供水管网。（县住建局负责）\n二、保障措施\n"
        + "县财政局要加大资金投入。县自然资源局要做好用地保障。县住建局要加强督促检查。\n"
    )
    assert [t.text for t in parse_text(text).tasks] == ["改造供水管网。"]


@pytest.mark.parametrize(
    ("sentence", "departments", "lead", "partners"),
    [
        # units after the duty named as assisting: the office leads and they are partners
        ("县应急管理局负责统筹协调，县水利局配合；", ("县应急管理局", "县水利局"), ("县应急管理局",), ("县水利局",)),
        (
            "县应急管理局要牵头开展检查，县公安局、县住建局协助；",
            ("县应急管理局", "县公安局", "县住建局"),
            ("县应急管理局",),
            ("县公安局", "县住建局"),
        ),
        # near misses: no unit assisting, or 配合 before the office it helps (that office leads)
        ("县应急管理局负责统筹协调，确保责任落实；", ("县应急管理局",), (), ()),
        (
            "县应急管理局要加强值守，配合县水利局做好调度；",
            ("县应急管理局", "县水利局"),
            ("县水利局",),
            ("县应急管理局",),
        ),
    ],
)
def test_roles_stated_in_an_office_sentence(
    sentence: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    paragraph = sentence + "县财政局要保障经费；县气象局要做好天气预报。"
    task = parse_text(HEAD + paragraph + "\n" + TAIL).tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
