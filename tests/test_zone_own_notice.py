"""A zone's or a town's own notice is known from who issues it, never from a title that only names the zone: a
zone's management committee (管委会, 管理委员会, under its long name or its short one), a town's government (not a
street's office), or a title opening with the zone as its issuer. On the zone's own notice its name goes to none
of the county's police, vertical offices, utilities or hospitals, and its departments count as the notice's own,
of no level: names written bare beside them take no county level. Both ways, on whole notices."""

from __future__ import annotations

import pytest

from policy_cli.departments import area_issues, issuing_heads, notice_level
from policy_cli.parse import parse_text

_HEADED = (
    "{issuer}关于印发2026年园区消防安全工作要点的通知\n\n{issuer}\n2026年3月5日\n\n"
    "一、开展厂房消防排查。（责任单位：{units}）\n二、组织疏散演练。（责任单位：{second}）\n"
)
_TITLED = (
    "{title}\n\n一、开展厂房消防排查。（责任单位：{units}）\n二、组织疏散演练。（责任单位：县应急管理局、县住建局）\n"
)


def _units(notice_text: str, task: int = 0) -> tuple[str, ...]:
    return parse_text(notice_text).tasks[task].departments


@pytest.mark.parametrize(
    ("title", "kept", "made_up"),
    [
        # a county's notice naming the zone in its title only: the zone's name stays where the cell writes it
        ("关于印发桐溪县高新区园区规划的通知", "高新区规划建设局", "高新区财政局"),
        ("关于印发桐溪县农业示范区建设方案的通知", "示范区规划建设局", "示范区财政局"),
        ("关于印发桐溪市经济开发区扶持办法的通知", "开发区规划建设局", "开发区财政局"),
    ],
)
def test_a_zone_named_in_a_county_title_is_not_the_issuer(title: str, kept: str, made_up: str) -> None:
    area = kept.removesuffix("规划建设局")
    units = _units(_TITLED.format(title=title, units=f"{kept}、财政局、烟草专卖局"))
    assert kept in units
    assert made_up not in units
    assert f"{area}烟草专卖局" not in units


@pytest.mark.parametrize(
    ("title", "own"),
    [
        # the zone opens the title as its issuer
        ("桐溪高新区关于加快园区发展的通知", True),
        ("桐溪高新区管委会关于加快园区发展的通知", True),
        # the zone only named after 关于
        ("关于印发桐溪县高新区园区规划的通知", False),
        ("桐溪县人民政府关于印发桐溪高新区园区规划的通知", False),
    ],
)
def test_a_title_opening_with_the_zone_is_its_own(title: str, own: bool) -> None:
    assert area_issues("高新区", issuing_heads((), title)) is own


@pytest.mark.parametrize(
    ("issuer", "area", "own"),
    [
        ("桐溪经济开发区管理委员会", "经开区", True),
        ("桐溪经济技术开发区管委会", "经开区", True),
        ("桐溪高新技术产业开发区管理委员会", "高新区", True),
        ("桐溪县人民政府", "经开区", False),
        # a town's government issues a town's notice; a street's office does not, though its name opens with 镇
        ("柳溪镇人民政府", "镇", True),
        ("东城区镇南街道办事处", "镇", False),
    ],
)
def test_a_zone_or_town_issuer(issuer: str, area: str, own: bool) -> None:
    assert area_issues(area, issuing_heads((issuer,), "")) is own


def test_a_zone_economic_development_committee_owns_its_short_named_departments() -> None:
    text = _HEADED.format(issuer="桐溪经济开发区管理委员会", units="经开区规划建设局、财政金融局", second="县住建局")
    assert _units(text) == ("经开区规划建设局", "经开区财政金融局")


@pytest.mark.parametrize(
    ("units", "departments"),
    [
        # the county's police, vertical offices, utilities and hospitals: as written, on the zone's own notice
        ("高新区应急管理局、烟草专卖局、供电局、公路局", ("高新区应急管理局", "烟草专卖局", "供电局", "公路局")),
        ("高新区应急管理局、水文局、地震局、公安局", ("高新区应急管理局", "水文局", "地震局", "公安局")),
        ("高新区社会事业局、妇幼保健院", ("高新区社会事业局", "妇幼保健院")),
        # the zone's own departments take its name
        ("高新区应急管理局、统计局、工会", ("高新区应急管理局", "高新区统计局", "高新区工会")),
        # the zone's police branch is the zone's
        ("高新区应急管理局、公安分局", ("高新区应急管理局", "高新区公安分局")),
    ],
)
def test_a_zone_name_goes_to_no_police_vertical_office_utility_or_hospital(
    units: str, departments: tuple[str, ...]
) -> None:
    text = _HEADED.format(issuer="桐溪高新技术产业开发区管理委员会", units=units, second="高新区建设局")
    assert _units(text) == departments


def test_a_zone_notice_gives_no_county_level_to_names_written_bare() -> None:
    text = (
        "桐溪经济开发区管理委员会关于印发园区服务提升方案的通知\n\n桐溪经济开发区管理委员会\n2026年3月5日\n\n"
        "一、优化审批。（牵头单位：经开区行政审批局；配合单位：财政金融局、纪工委）\n"
        "二、加强用工。（牵头单位：经开区党工委组织部；配合单位：人力资源局、县人社局）\n"
        "三、加强监管。（牵头单位：经开区应急管理局；配合单位：消防救援大队、县市场监管局）\n"
    )
    notice = parse_text(text)
    assert notice.tasks[0].partners == ("财政金融局", "纪工委")
    assert notice.tasks[1].partners == ("人力资源局", "县人社局")
    assert notice.tasks[2].partners == ("消防救援大队", "县市场监管局")


def test_a_county_notice_naming_zone_departments_still_gives_its_level() -> None:
    text = (
        "桐溪县人民政府关于印发园区服务提升方案的通知\n\n桐溪县人民政府\n2026年3月5日\n\n"
        "一、优化审批。（牵头单位：县行政审批局；配合单位：财政局、经开区规划建设局）\n"
        "二、加强用工。（牵头单位：县人社局；配合单位：人力资源局）\n"
        "三、加强监管。（牵头单位：县应急管理局；配合单位：消防救援大队）\n"
    )
    notice = parse_text(text)
    assert "县财政局" in notice.tasks[0].partners


@pytest.mark.parametrize(
    ("units", "areas", "level"),
    [
        # the zone's departments lead: no level
        (["经开区规划建设局", "经开区财政金融局", "经开区应急管理局", "县人社局"], frozenset({"经开区"}), None),
        # on another's notice they do not count
        (["经开区规划建设局", "经开区财政金融局", "经开区应急管理局", "县人社局"], frozenset(), "县"),
        # the county's units lead even on the zone's notice
        (["县人社局", "县财政局", "县住建局", "经开区规划建设局"], frozenset({"经开区"}), "县"),
    ],
)
def test_a_zone_s_departments_count_as_its_own_notice_s(
    units: list[str], areas: frozenset[str], level: str | None
) -> None:
    assert notice_level(units, areas) == level


def test_a_street_notice_gives_no_town_name() -> None:
    text = (
        "东城区镇南街道办事处关于印发街道消防安全工作方案的通知\n\n东城区镇南街道办事处\n2026年3月5日\n\n"
        "一、开展排查。（责任单位：镇党政办、派出所、财政所）\n二、组织演练。（责任单位：区应急管理局）\n"
    )
    units = _units(text)
    assert "镇派出所" not in units and "镇财政所" not in units
    town = text.replace("东城区镇南街道办事处", "柳溪镇人民政府")
    assert _units(town) == ("镇党政办", "镇派出所", "镇财政所")
