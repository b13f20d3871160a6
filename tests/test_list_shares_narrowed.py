"""Where a list's earlier name gives a later one a level or a zone's or a town's name, the parser never makes a
name up: a tax office takes only one sure level, a town's name goes only to a unit of the town with no name of
its own, a zone's or a town's name to none of the county's squads, courts or vertical offices, a word that only
opens with a level's character neither gives nor takes one, a party committee's office keeps its 委, and a
vertical office's own level goes to no name after it. (list -> units), both ways; and on whole notices, a zone's
or a town's name and a tax office's level the list gave stay only where the notice is that zone's, town's or
level's own."""

from __future__ import annotations

import pytest

from policy_cli.departments import restore_level, split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a tax office takes the one level the list writes before it
        ("区人社局、医保局、税务局", ("区人社局", "区医保局", "区税务局")),
        # but not where two levels come before it, nor from a name of two levels or a level's word
        ("区人社局、省商务厅、税务局", ("区人社局", "省商务厅", "税务局")),
        ("省市两级商务部门、税务局", ("省市两级商务部门", "税务局")),
        ("市县人社局、税务局", ("市县人社局", "税务局")),
        ("县级人社部门、税务局", ("县级人社部门", "税务局")),
        # nor from a zone's name (a zone has no tax office of its own)
        ("经开区财政金融局、税务局", ("经开区财政金融局", "税务局")),
    ],
)
def test_a_tax_office_takes_only_one_sure_level(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a kind of unit written by its kind alone, and the town's own offices, take the town's name
        ("镇综治中心、司法所", ("镇综治中心", "镇司法所")),
        ("乡党政办、财政所、派出所", ("乡党政办", "乡财政所", "乡派出所")),
        ("镇党委办公室、统战办", ("镇党委办公室", "镇统战办")),
        # a unit with a name of its own keeps it as written
        ("镇综治中心、河口派出所", ("镇综治中心", "河口派出所")),
        ("镇党政办、枫林小学、枫林供电所", ("镇党政办", "枫林小学", "枫林供电所")),
        ("镇党政办、中心卫生院", ("镇党政办", "中心卫生院")),
        # a street or a community whose name opens with 镇 or 乡 is no town
        ("镇南路街道、派出所", ("镇南路街道", "派出所")),
        ("乡泉路社区、司法所", ("乡泉路社区", "司法所")),
        # nor a word opening with the town's character
        ("镇域发展办、司法所", ("镇域发展办", "司法所")),
        ("镇村规划办、财政所", ("镇村规划办", "财政所")),
        ("乡贤理事会、派出所", ("乡贤理事会", "派出所")),
    ],
)
def test_a_town_name_goes_only_to_a_unit_of_the_town_named_by_its_kind(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the zone's own departments take its name
        ("开发区规划建设局、组织人事部", ("开发区规划建设局", "开发区组织人事部")),
        # a court, a procuratorate, the armed forces department, a vertical office take none
        ("示范区建设局、人民法院、检察院", ("示范区建设局", "人民法院", "检察院")),
        ("经开区招商局、人武部、气象局", ("经开区招商局", "人武部", "气象局")),
        # the county's squads and stations after a town's office take the county's level, as before it
        ("县应急管理局、镇应急办、消防救援大队", ("县应急管理局", "镇应急办", "县消防救援大队")),
        ("镇应急办、水文站、气象站", ("镇应急办", "水文站", "气象站")),
        # a party committee's office after a zone's committee keeps its name as written
        ("开发区党工委组织部、统战部", ("开发区党工委组织部", "统战部")),
        # a village's or a community's collective takes no zone's name
        ("经开区社会事务局、西岗村经济联合社", ("经开区社会事务局", "西岗村经济联合社")),
        ("高新区建设局、东岗社区居委会", ("高新区建设局", "东岗社区居委会")),
    ],
)
def test_a_zone_or_town_name_goes_to_no_court_squad_or_vertical_office(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a level given across a word that only opens with a level's character
        ("市商务局、区域合作办、财政局", ("市商务局", "区域合作办", "市财政局")),
        # such a word takes no level and no zone's or town's name
        ("省科技厅、区块链应用联盟", ("省科技厅", "区块链应用联盟")),
        ("开发区规划建设局、县域发展研究室", ("开发区规划建设局", "县域发展研究室")),
        ("镇党政办、市民服务中心", ("镇党政办", "市民服务中心")),
    ],
)
def test_a_no_level_word_neither_takes_nor_gives_a_prefix(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


@pytest.mark.parametrize(
    ("unit", "level", "given"),
    [
        ("统计局", "省", "省统计局"),
        ("区块链应用联盟", "省", "区块链应用联盟"),
        ("县域发展研究室", "省", "县域发展研究室"),
        ("市民服务中心", "省", "市民服务中心"),
    ],
)
def test_a_no_level_word_takes_no_notice_level(unit: str, level: str, given: str) -> None:
    assert restore_level((unit,), level) == (given,)


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # the committee the list names first gives its office the 委, across a unit of another level
        ("市委组织部、县人社局、编办", ("市委组织部", "县人社局", "市委编办")),
        # with no committee named, the office takes the list's level as any other
        ("县人社局、编办", ("县人社局", "县编办")),
        # a vertical office's own level goes to no name after it
        ("区民政局、市税务局、医保局", ("区民政局", "市税务局", "区医保局")),
        # and a department's does
        ("区民政局、市医保局、卫健委", ("区民政局", "市医保局", "市卫健委")),
    ],
)
def test_a_committee_office_keeps_its_committee_and_a_vertical_office_gives_no_level(
    raw: str, units: tuple[str, ...]
) -> None:
    assert split_units(raw) == units


_NOTICE = (
    "{issuer}关于印发2026年安全生产工作方案的通知\n一、主要任务\n1.开展隐患排查整治。（责任单位：{units}）\n"
    "2.组织应急演练。（责任单位：县应急管理局、县交通运输局）\n3.完善救援物资储备。（责任单位：县发展改革局）\n"
)


@pytest.mark.parametrize(
    ("issuer", "units", "departments"),
    [
        # the zone's own notice names its department by the zone
        ("清河经济技术开发区管理委员会", "经开区应急管理局、组织人事部", ("经开区应急管理局", "经开区组织人事部")),
        # a town's own notice names its police station by the town; a county's does not
        ("石桥镇人民政府", "镇综治中心、派出所", ("镇综治中心", "镇派出所")),
        ("清河县人民政府", "镇综治中心、派出所", ("镇综治中心", "派出所")),
        # a tax office takes the list's level where it is the notice's own, not another's
        ("清河县人民政府", "县财政局、税务局", ("县财政局", "县税务局")),
        ("清河县人民政府", "市财政局、税务局", ("市财政局", "税务局")),
    ],
)
def test_a_shared_zone_town_or_tax_name_stays_only_on_its_own_notice(
    issuer: str, units: str, departments: tuple[str, ...]
) -> None:
    notice = parse_text(_NOTICE.format(issuer=issuer, units=units))
    assert notice.tasks[0].departments == departments


@pytest.mark.parametrize(
    ("units", "made_up"),
    [
        ("经开区应急管理局、组织人事部", "经开区组织人事部"),
        ("高新区建设局、规划科技局", "高新区规划科技局"),
    ],
)
def test_a_county_notice_gives_no_zone_name_to_a_unit_written_without_it(units: str, made_up: str) -> None:
    notice = parse_text(_NOTICE.format(issuer="清河县人民政府", units=units))
    assert made_up not in notice.tasks[0].departments
    assert units.split("、")[0] in notice.tasks[0].departments


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # a collective of a level's offices (区直各部门, 市直有关单位) gives no level to the names after it
        ("自治区发展改革委、区直各部门、市场监管局", ("自治区发展改革委", "区直各部门", "自治区市场监管局")),
        ("市直有关单位、财政局", ("市直有关单位", "财政局")),
        # a level written on a unit still does, and so do offices named after 直 (机关工委, 直管…)
        ("区直各部门、区财政局、税务局", ("区直各部门", "区财政局", "区税务局")),
        ("市直机关工委、教育局", ("市直机关工委", "市教育局")),
    ],
)
def test_a_collective_of_a_levels_offices_gives_no_level(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units
