"""Meeting minutes (会议纪要) state their decisions (议定事项) in sentences: they ask a unit to act with 请 before its
name (请县水利局牵头…), which is no part of the name, as 联合 and 会同 are not; and they name the work before the
由 of its roles (农村饮水工程维护由县水利局负责，各乡镇配合), the work staying in the task's text. A division by
unit states the same in its duties: a duty under a unit's heading working with another unit (与Y共同开展…) makes Y
its partner. Near forms: a
name with no 请 is left as it is; a clause whose words before 由 are no work done (考核由…) is no role run. The
phrases are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("请县水利局", ("县水利局",)),
        ("请县交通运输局、县公交公司", ("县交通运输局", "县公交公司")),
        ("会同县财政局", ("县财政局",)),
        ("县信访局", ("县信访局",)),  # (no 请 to take away)
    ],
)
def test_request_word_is_no_part_of_a_name(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


def test_request_to_lead_in_minutes() -> None:
    text = (
        "石湾县人民政府专题会议纪要\n\n石政阅〔2025〕3号\n\n"
        "　　一、关于农村供水\n　　会议议定：\n"
        "　　（一）请县水利局牵头制定农村供水保障方案，县财政局配合，6月底前报县政府。\n"
        "　　（二）由县卫生健康局会同县水利局开展水质监测，9月底前完成首轮检测。\n"
        "　　（三）农村饮水工程维护由县水利局负责，各乡镇人民政府配合，建立日常巡查制度。\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县水利局",), ("县财政局",)),
        (("县卫生健康局",), ("县水利局",)),
        (("县水利局",), ("各乡镇人民政府",)),
    ]
    assert notice.tasks[2].text.startswith("农村饮水工程维护由县水利局负责")


def test_unit_supporting_the_unit_that_opens_the_item() -> None:
    text = (
        "石湾县人民政府专题会议纪要\n\n石政阅〔2025〕4号\n\n"
        "　　一、关于城区停车\n　　会议议定：\n"
        "　　（一）县住房和城乡建设局要抓紧编制停车设施规划，县自然资源局予以支持，8月底前报县政府审定。\n"
        "　　（二）由县交通运输局负责增设公交专用道，县公安局配合，9月底前完成。\n"
        "　　（三）县商务局要组织开展消费季活动，县财政局支持企业让利促销，10月底前完成。\n"
    )
    notice = parse_text(text)
    first = notice.tasks[0]
    assert (first.lead, first.partners) == (("县住房和城乡建设局",), ("县自然资源局",))
    # (support of a thing, no unit's help closing its clause: never read as a partner)
    assert all("县财政局" not in t.partners for t in notice.tasks)


def test_duty_under_a_unit_heading_worked_with_another_unit() -> None:
    text = (
        "石湾县2025年安全生产重点工作任务分工\n\n"
        "　　任务按单位分列，列在某单位名下的任务由该单位牵头负责，括号内注明的单位为配合单位。\n\n"
        "一、县应急管理局\n"
        "　　1.开展危化品企业安全检查，实现重点企业全覆盖。（县消防救援大队配合）6月底前完成。\n"
        "二、县教育局\n"
        "　　2.健全校园安全管理制度，与县公安局共同开展校园周边治安整治。9月开学前完成。\n"
        "　　3.加强与县卫生健康部门的沟通衔接，做好学生健康监测。12月底前完成。\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks][1:] == [
        (("县教育局",), ("县公安局",), ("县教育局", "县公安局")),
        # (与 with no 共同 after its units: no partner; the note makes the unit it is listed under its lead)
        (("县教育局",), (), ("县教育局",)),
    ]


@pytest.mark.parametrize(
    ("item", "roles"),
    [
        # the work named before 由 in the sentence opening the item, or right after its heading: read
        ("1.老旧管网改造由县住建局负责，县财政局配合，2025年10月底前完成。", (("县住建局",), ("县财政局",))),
        (
            "1.推进农村供水。供水工程建设由县水利局负责，县财政局配合，2025年12月底前完成。",
            (("县水利局",), ("县财政局",)),
        ),
        # a side job in a later sentence, after the item's own unit opened it: never the item's only unit (warned)
        (
            "1.推进农村改厕。县农业农村局组织实施改厕800户，2025年10月底前完成。改厕后设施管护由各乡镇人民政府负责。",
            None,
        ),
        ("1.建设街心公园。市住建局负责建设街心公园6个，2025年10月底前完成。公园日常养护由各街道办事处负责。", None),
        ("1.完善养老设施。市民政局负责，2025年底前完成。设施运营由第三方机构负责。", None),
    ],
)
def test_work_before_by_only_in_the_sentence_opening_the_item(
    item: str, roles: tuple[tuple[str, ...], tuple[str, ...]] | None
) -> None:
    notice = parse_text(
        "青石县2025年民生工作要点\n\n"
        + item
        + "\n2.推进村庄清洁。县农业农村局牵头，各乡镇人民政府配合，2025年全年开展。\n"
    )
    first = [t for t in notice.tasks if t.text.startswith(item[2:6])]
    if roles is None:
        assert first == []
        assert any(w.code == "role-not-read" and w.line == 3 for w in notice.warnings)
    else:
        assert [(t.lead, t.partners) for t in first] == [roles]


def test_a_unit_name_never_opens_with_with() -> None:
    text = (
        "青石县2025年食品安全工作任务分工\n\n"
        "一、县市场监管局\n"
        "1.与省市场监管局联合开展抽检，2025年8月底前完成。\n"
        "2.与家长委员会共同开展陪餐，2025年全年开展。\n"
        "二、县教育局\n"
        "3.与县卫健局共同开展营养监测，2025年9月底前完成。\n"
        "三、加强学校食品安全（责任单位：县教育局、县市场监管局）\n"
        "4.与县市场监管局共同开展食堂检查，2025年6月底前完成。\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.lead, t.partners, t.departments) for t in tasks] == [
        (("县市场监管局",), ("省市场监管局",), ("县市场监管局", "省市场监管局")),
        ((), (), ("县市场监管局",)),  # (a body no registry knows, no level written: no unit, never 县与家长委员会)
        (("县教育局",), ("县卫健局",), ("县教育局", "县卫健局")),
        # (a heading listing two units is no unit's heading: its units as written, never 与县市场监管局)
        ((), (), ("县教育局", "县市场监管局")),
    ]


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("与县商务局共同推进", None),
        ("并县商务局共同推进", None),
        ("由和县人民政府负责", "和县人民政府"),  # (和, 同 open places' names: kept)
        ("由同心县人民政府负责", "同心县人民政府"),
    ],
)
def test_with_before_a_name_is_no_unit(clause: str, unit: str | None) -> None:
    item = "1.推进农贸市场改造，" + clause + "，2025年11月底前完成。\n2.推进村庄清洁，由县农业农村局负责，全年开展。\n"
    tasks = parse_text("青石县2025年重点工作要点\n\n" + item).tasks
    assert [u for t in tasks if t.text.startswith("推进农贸") for u in t.departments] == ([unit] if unit else [])


def test_worked_with_names_run_together_or_after_or_are_read_so() -> None:
    text = (
        "青石县2025年食品安全工作任务分工\n\n"
        "一、县市场监管局\n"
        "1.与县教育局共同开展校园食品安全检查，2025年6月底前完成。\n"
        "二、县农业农村局\n"
        "2.与县市场监管局并县公安局联合开展农资打假，2025年7月底前完成。\n"
        "3.建立联络机制，或与县供销社共同推进网点建设，2025年8月底前完成。\n"
        "4.与县市场监管局共同开展农产品抽检，2025年9月底前完成。\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.lead, t.partners, t.departments) for t in tasks] == [
        (("县市场监管局",), ("县教育局",), ("县市场监管局", "县教育局")),
        ((), (), ("县农业农村局",)),  # (two names run together by 并: no partner printed as one name)
        (("县农业农村局",), ("县供销社",), ("县农业农村局", "县供销社")),
        (("县农业农村局",), ("县市场监管局",), ("县农业农村局", "县市场监管局")),
    ]
