"""A rectification notice listing its problems 1、 2、 (no 一、 parts, no table), each with a measure line under it
naming the unit that sees to it (整改措施：由县住建局督促商户更换。, 整改措施：由包片单位县文广局督促…): a notice of the
genre, each problem one task, the measure's units responsible (no lead, no partner), the measure kept in the text;
the paragraph after the last measure is the closing. Near-misses stay as they were: no unit's verb, a person, a
measure whose sentence gives another unit a role too."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "关于西岭县城区市容环境问题的整改通报\n\n县创卫办对城区市容环境进行了巡查，发现存在以下问题：\n\n"
CLOSING = "\n请各责任单位按整改要求尽快整改落实，县创卫办将跟踪回访。\n"


def notice(*measures: str) -> str:
    problems = ["青禾路农贸市场门口占道经营。", "苍梧路公交站台广告牌破损。", "东关小学门前车辆乱停放。"]
    blocks = [
        f"{n}、{problem}\n\n{measure}\n"
        for n, (problem, measure) in enumerate(zip(problems, measures, strict=False), 1)
    ]
    return HEAD + "\n".join(blocks) + CLOSING


@pytest.mark.parametrize(
    ("measure", "departments"),
    [
        ("整改措施：由县市场监管局督促商户入室经营。", ["县市场监管局"]),
        ("整改措施：由县住建局负责维修更换。", ["县住建局"]),
        ("整改措施：由包片单位县教育局督促学校规范停放，并加强宣传引导。", ["县教育局"]),
        ("整改措施：由县城市综合执法联合工作组负责整治。", ["县城市综合执法联合工作组"]),
        ("整改意见：由县交通运输局负责更换，并落实日常巡查。", ["县交通运输局"]),
    ],
    ids=["urges", "in-charge", "charge-of-an-area", "task-force", "opinion-label"],
)
def test_a_measure_naming_its_unit_gives_the_problem_to_that_unit(measure: str, departments: list[str]) -> None:
    model = parse_text(notice(measure, "整改措施：由县住建局督促商户更换。", "整改措施：由县公安局负责疏导。"))
    first = model.tasks[0]
    assert first.departments == tuple(departments)
    assert (first.lead, first.partners) == ((), ())
    assert first.text.startswith("青禾路农贸市场") and measure.rstrip("。") in first.text
    assert [t.departments for t in model.tasks[1:]] == [("县住建局",), ("县公安局",)]
    assert model.closing is not None and model.closing.startswith("请各责任单位")
    assert "请各责任单位" not in model.tasks[-1].text


@pytest.mark.parametrize(
    "measure",
    [
        "整改措施：由商户自行更换。",  # no unit sees to it
        "整改措施：加强巡查，督促商户更换。",  # no 由 after the label
        "整改措施：由县长负责同志带队督促整改。",  # a person
    ],
    ids=["by-the-shop", "no-by", "person"],
)
def test_a_measure_naming_no_unit_gives_none(measure: str) -> None:
    model = parse_text(notice("整改措施：由县住建局督促商户更换。", measure, "整改措施：由县公安局负责疏导。"))
    assert [t.departments for t in model.tasks] == [("县住建局",), ("县公安局",)]
    assert any(w.line == 9 for w in model.warnings) or all("苍梧路" not in t.text for t in model.tasks)


def test_a_measure_giving_another_unit_a_role_is_not_read_as_responsible_alone() -> None:
    measure = "整改措施：由县住建局负责，县财政局配合，更换广告牌。"
    model = parse_text(notice("整改措施：由县住建局督促商户更换。", measure, "整改措施：由县公安局负责疏导。"))
    second = [t for t in model.tasks if "苍梧路" in t.text]
    assert not second or second[0].partners == ("县财政局",) or "县财政局" not in second[0].departments


def test_one_measure_alone_under_a_list_is_warned_not_read_as_tasks() -> None:
    text = "青禾市新闻\n\n1、今天天气晴。\n\n2、明天有雨。\n\n整改措施：由县住建局督促商户更换。\n"
    model = parse_text(text)
    assert model.tasks == ()
    assert {(w.code, w.line) for w in model.warnings} >= {("body-unread", 7), ("line-not-read", 7)}


@pytest.mark.parametrize(
    ("item", "lead", "partners"),
    [
        (
            "1.企业开办时间未达标。整改措施：由县市场监管局牵头，县税务局、县人社局配合，压缩办理时间。",
            ["县市场监管局"],
            ["县税务局", "县人社局"],
        ),
        (
            "1.企业开办时间未达标。由县市场监管局牵头，县税务局、县人社局配合，压缩办理时间。",
            ["县市场监管局"],
            ["县税务局", "县人社局"],
        ),
    ],
    ids=["after-the-label", "no-label"],
)
def test_a_measure_giving_a_lead_and_partners_after_its_label_is_read_as_without_it(
    item: str, lead: list[str], partners: list[str]
) -> None:
    text = (
        "西岭县营商环境问题清单\n\n一、营商环境\n"
        + item
        + "\n2.窗口指南更新不及时。由县政务服务中心负责全面梳理更新。\n"
    )
    first = parse_text(text).tasks[0]
    assert (first.lead, first.partners) == (tuple(lead), tuple(partners))


@pytest.mark.parametrize(
    ("sentence", "departments"),
    [
        ("由包片单位县教育局负责规范停放。", ("县教育局",)),
        ("由包保单位县财政局负责清理。", ("县财政局",)),
        ("由县教育局负责规范停放。", ("县教育局",)),
    ],
    ids=["in-charge-of-an-area", "in-charge-of-a-spot", "plain"],
)
def test_the_charge_of_an_area_before_a_unit_is_no_part_of_its_name(
    sentence: str, departments: tuple[str, ...]
) -> None:
    text = HEAD + f"1、东关小学门前车辆乱停放。{sentence}\n2、苍梧路公交站台广告牌破损。由县住建局负责维修更换。\n"
    assert parse_text(text).tasks[0].departments == departments


def test_a_measure_giving_lead_and_partners_beside_measures_naming_their_units_is_read() -> None:
    text = (
        "西岭县2024年第一季度督查问题清单\n\n一、营商环境\n"
        "1.窗口办事指南更新不及时。整改措施：由县政务服务中心负责全面梳理更新。整改时限：2024年4月15日前。\n"
        "2.企业开办时间未达标。整改措施：由县市场监管局牵头，县税务局、县人社局配合，压缩办理时间。整改时限：6月底前。\n"
        "3.共享单车乱停放。整改措施：由县城管局督促运营企业及时清理。\n"
    )
    notice = parse_text(text)
    assert [(t.departments, t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("县政务服务中心",), (), (), "2024年4月15日前"),
        (("县市场监管局", "县税务局", "县人社局"), ("县市场监管局",), ("县税务局", "县人社局"), "6月底前"),
        (("县城管局",), (), (), None),
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]
