"""A level (or a zone's or a town's name) written on an earlier name of a list and dropped from a later one:
the later name takes the nearest one before it, where it can take one; names that only open with a level's
character, collectives, companies, branches with a place of their own, customs and a department's own sections
take none. (list -> units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the nearest level before the name, not the list's first
        ("省教育厅、市财政局、人社局", ("省教育厅", "市财政局", "市人社局")),
        ("县交通运输局、区自然资源局、水利局", ("县交通运输局", "区自然资源局", "区水利局")),
        # a party committee's office after a unit of the same level keeps the committee named earlier
        ("县委宣传部、县文旅局、网信办", ("县委宣传部", "县文旅局", "县委网信办")),
        # a zone's name on a department of the zone is shared as a level is
        ("开发区规划建设局、财政金融局", ("开发区规划建设局", "开发区财政金融局")),
        ("经开区招商局、经济发展局、各企业", ("经开区招商局", "经开区经济发展局", "各企业")),
        # and a town's, with the offices a higher department keeps in the town
        ("镇应急办、司法所", ("镇应急办", "镇司法所")),
        ("乡综治中心、派出所、各村", ("乡综治中心", "乡派出所", "各村")),
        # a branch named by its department's field alone is the zone's
        ("开发区建设局、市场监管分局", ("开发区建设局", "开发区市场监管分局")),
        # a tax office named with the list's level
        ("县发展改革局、统计局、税务局", ("县发展改革局", "县统计局", "县税务局")),
        ("★区财政局、税务局", ("★区财政局", "区税务局")),
        # the 市 of a department's field is no place of its own
        ("市交通运输局、城市管理局", ("市交通运输局", "市城市管理局")),
        ("县商务局、市场监管局", ("县商务局", "县市场监管局")),
    ],
)
def test_a_later_name_takes_the_nearest_level_before_it(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a name only opening with a level's character gives no level
        ("区域协调办、财政局", ("区域协调办", "财政局")),
        ("市民中心、财政局", ("市民中心", "财政局")),
        ("县域经济办、商务局", ("县域经济办", "商务局")),
        ("区块链产业办、工信局", ("区块链产业办", "工信局")),
        ("乡村振兴局、财政局", ("乡村振兴局", "财政局")),
        ("乡镇企业局、财政局", ("乡镇企业局", "财政局")),
        # a place's name of its own opening with 镇 (镇江) is no town's
        ("镇江市财政局、教育局", ("镇江市财政局", "教育局")),
        # the zone's or the town's own government gives none: its departments are not named after it
        ("县公安局、开发区管委会、交通运输局", ("县公安局", "开发区管委会", "县交通运输局")),
        ("开发区管委会、财政局", ("开发区管委会", "财政局")),
        # a branch with a level gives none to the names after it once the list has one
        ("县公安局、市生态环境局青山分局、交通运输局", ("县公安局", "市生态环境局青山分局", "县交通运输局")),
        # collectives, references, companies and bodies of a place's own take none
        (
            "开发区应急管理局、各街道、区内化工企业",
            ("开发区应急管理局", "各街道", "区内化工企业"),
        ),
        ("开发区建设局、相关部门", ("开发区建设局", "相关部门")),
        ("开发区建设局、城投公司", ("开发区建设局", "城投公司")),
        # a branch going by its own place, customs, a bank's branch
        ("开发区建设局、公安西湾分局", ("开发区建设局", "公安西湾分局")),
        ("市商务局、海关、人行某某中心支行", ("市商务局", "海关", "人行某某中心支行")),
        # a county's or a district's branch of a higher bureau keeps its name (a level is no place of it)
        ("区财政局、生态环境分局", ("区财政局", "生态环境分局")),
        # a town has no bureau: a town's name goes to none
        ("镇应急办、交通运输局", ("镇应急办", "交通运输局")),
        # the offices a higher department keeps in a town take no county's level
        ("镇人民政府、县公安局、派出所", ("镇人民政府", "县公安局", "派出所")),
        # a department's own sections take no level an earlier name writes
        ("市环卫中心、计划财务科", ("市环卫中心", "计划财务科")),
        ("县卫健局、医政股", ("县卫健局", "医政股")),
    ],
)
def test_a_later_name_keeps_its_name_where_no_level_is_its(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


_TOWN = (
    "石湾镇人民政府\n"
    "石湾镇2026年防汛工作要点\n"
    "一、主要任务\n"
    "1.开展汛前隐患排查，建立问题台账。（责任单位：镇应急办、石湾消防救援站）\n"
    "2.组织防汛应急演练，每年不少于一次。（责任单位：镇应急办、派出所）\n"
)


def test_a_town_notice_names_its_own_station_after_the_town_and_its_police_station_after_the_list() -> None:
    """石湾消防救援站 is named after the town (never 镇石湾消防救援站); 派出所 after 镇应急办 is the town's."""
    notice = parse_text(_TOWN)
    assert [t.departments for t in notice.tasks] == [
        ("镇应急办", "石湾消防救援站"),
        ("镇应急办", "镇派出所"),
    ]


_COUNTY = (
    "青山县人民政府办公室关于印发青山县2026年招商引资工作方案的通知\n"
    "一、主要任务\n"
    "1.开展园区招商推介活动。（责任单位：县商务局、开发区经济发展局）\n"
    "2.优化企业开办服务。（责任单位：开发区经济发展局）\n"
    "3.清理闲置工业用地。（责任单位：县财政局、自然资源分局）\n"
    "4.完成工业用地收储。（责任单位：{fourth}）\n"
)


@pytest.mark.parametrize(
    ("fourth", "units"),
    [
        # a branch the notice also writes with its level is that unit wherever it is written bare
        ("县自然资源分局", ("县财政局", "县自然资源分局")),
        # written bare only, it keeps its name (a level is no place of a higher bureau's branch)
        ("县财政局", ("县财政局", "自然资源分局")),
    ],
)
def test_a_county_notice_names_zone_departments_after_the_zone_and_branches_as_it_writes_them(
    fourth: str, units: tuple[str, ...]
) -> None:
    """开发区经济发展局 on a county's notice is the zone's, never 县开发区经济发展局."""
    notice = parse_text(_COUNTY.format(fourth=fourth))
    assert notice.tasks[0].departments == ("县商务局", "开发区经济发展局")
    assert notice.tasks[1].departments == ("开发区经济发展局",)
    assert notice.tasks[2].departments == units
