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
