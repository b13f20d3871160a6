"""A 创卫 supervision list's two duties in one bracket (主体责任：… ，监督责任：…): both bodies are the problem's
units, neither lead nor partner; a district's unit named on a city's notice (咸安区食药监局) keeps its own place and
takes no level of the notice; a company ending shared along a list (移动、联通、电信公司) is carried back like 部门.
Near-misses: the bare duty words in prose stay prose, a unit of the level alone takes the level, words ending in
区 that are no district take it too."""

from __future__ import annotations

import pytest

from policy_cli.departments import restore_level
from policy_cli.parse import parse_text

HEAD = "青禾市创卫督查问题清单\n\n"


@pytest.mark.parametrize(
    ("bracket", "departments"),
    [
        ("(主体责任:白沙村委会,监督责任:市市场监管局)", ("白沙村委会", "市市场监管局")),
        (
            "(主体责任单位:苍梧区永安街道办事处;监督责任单位:苍梧区市场监管局)",
            ("苍梧区永安街道办事处", "苍梧区市场监管局"),
        ),
        ("(主体责任:各营业网点,监督责任:移动、联通、电信公司)", ("各营业网点", "移动公司", "联通公司", "电信公司")),
        ("(责任单位:苍梧区卫健局、市卫健委)", ("苍梧区卫健局", "市卫健委")),
    ],
    ids=["duties", "duty-units-districts", "shared-company", "district-beside-city"],
)
def test_both_duties_are_the_problem_s_units(bracket: str, departments: tuple[str, ...]) -> None:
    text = (
        HEAD
        + f"● 白沙市场水产区脏乱差。\n{bracket}\n● 明珠广场烧烤街油污较重。\n(责任单位:市城管局、市住建局、市公安局)\n"
    )
    first = parse_text(text).tasks[0]
    assert first.departments == departments
    assert (first.lead, first.partners) == ((), ())


def test_a_duty_word_in_prose_names_no_unit() -> None:
    text = (
        "西岭县安全生产工作要点\n\n一、压实责任\n"
        "1.落实企业安全生产主体责任。(责任单位:县应急管理局)\n"
        "2.主体责任:企业要落实全员安全生产责任制。(责任单位:县市场监管局)\n"
    )
    tasks = parse_text(text).tasks
    assert [t.departments for t in tasks] == [("县应急管理局",), ("县市场监管局",)]


@pytest.mark.parametrize(
    ("unit", "level", "restored"),
    [
        ("咸安区食药监局", "市", "咸安区食药监局"),
        ("西岭区财政局", "州", "西岭区财政局"),
        ("财政局", "市", "市财政局"),
        ("保护区管理局", "市", "市保护区管理局"),
        ("老城区改造办", "市", "市老城区改造办"),
    ],
    ids=["district-bureau", "district-on-a-prefecture", "level-alone", "reserve", "old-town"],
)
def test_a_district_s_unit_takes_no_level(unit: str, level: str, restored: str) -> None:
    assert restore_level([unit], level) == (restored,)


@pytest.mark.parametrize(
    ("label", "leaders"),
    [("整改责任人", ("李明（北湖街道办事处主任）",)), ("整改责任领导", ("李明（北湖街道办事处主任）",))],
    ids=["person-in-charge", "leader-in-charge"],
)
def test_the_person_in_charge_of_a_fix_is_a_leader_not_a_unit(label: str, leaders: tuple[str, ...]) -> None:
    text = (
        HEAD
        + f"1.北湖小区化粪池满溢。（责任单位：北湖街道；{label}：李明（北湖街道办事处主任）；整改时限：5月15日前）\n"
    )
    text += "2.南门菜市场消防通道堵塞。（责任单位：南门街道；整改时限：5月20日前）\n"
    first = parse_text(text).tasks[0]
    assert (first.departments, first.leaders, first.due) == (("北湖街道",), leaders, "5月15日前")
    assert not [w for w in parse_text(text).warnings if w.code == "roles-partly-read"]


@pytest.mark.parametrize(
    ("unit_label", "due_label"),
    [("主管单位", "整改期限"), ("主管部门", "整改完成时限"), ("责任单位", "整改时限")],
    ids=["in-charge-period", "in-charge-department", "plain"],
)
def test_an_exposed_problem_s_body_in_charge_and_its_period_are_read(unit_label: str, due_label: str) -> None:
    text = (
        "苍梧区生态环境问题曝光台\n\n"
        f"1.苍梧大道路段道路积尘严重。\n{unit_label}：区城管局\n{due_label}：立行立改\n\n"
        f"2.青禾河排污口污水直排。\n{unit_label}：区生态环境分局\n{due_label}：2024年6月底前\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.departments, t.lead, t.due) for t in tasks] == [
        (("区城管局",), (), "立行立改"),
        (("区生态环境分局",), (), "2024年6月底前"),
    ]


@pytest.mark.parametrize("label", ["整改单位", "整改部门"])
def test_the_unit_that_fixes_a_problem_is_responsible_and_not_warned(label: str) -> None:
    text = (
        "苍梧区城市管理问题督办清单\n\n"
        f"1、东风路人行道破损。（{label}：区住建局；整改时限：4月30日）\n"
        f"2、西门菜市场周边占道经营。（{label}：区城管局、西门街道；整改时限：5月10日）\n"
    )
    notice = parse_text(text)
    assert [(t.departments, t.lead, t.due) for t in notice.tasks] == [
        (("区住建局",), (), "4月30日"),
        (("区城管局", "西门街道"), (), "5月10日"),
    ]
    assert not [w for w in notice.warnings if w.code == "label-unknown"]
