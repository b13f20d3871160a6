"""Habits of whole families of pages about units and leads, each a rule of the genre: a bracketed role
opened by 分别 or 共同 closing a list is every unit's; a star glued to a unit marks the lead with or
without a note; an autonomous region's units share its 自治区 prefix; a unit with its second name in
brackets is found by either name; a list opened by 由 before a comma group names its units without it,
and a level's places in brackets before a shared government are one collective unit. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units, unit_names
from policy_cli.parse import parse_text
from policy_cli.query import TaskFilter, filter_tasks, resolve_departments
from policy_cli.registry import default_registry


def _notice(*items: tuple[str, str], extra: tuple[str, ...] = (), units_label: str = "责任单位：") -> str:
    lines = [
        "澄江县人民政府办公室关于印发澄江县2025年重点工作任务分解的通知",
        "各乡镇人民政府，县直各单位：",
        "　　现将《澄江县2025年重点工作任务分解》印发给你们，请认真贯彻落实。",
        "澄江县人民政府办公室",
        "2025年3月1日",
        "澄江县2025年重点工作任务分解",
        "一、重点工作",
    ]
    for n, (text, units) in enumerate(items, 1):
        lines.append(f"{n}.{text}")
        lines.append(f"{units_label}{units}" if units_label else units)
    return "\n".join([*lines, *extra, ""])


def _roles(units: str, *, extra: tuple[str, ...] = ()) -> tuple[tuple[str, ...], ...]:
    task = parse_text(
        _notice(("建设农贸市场5家。", units), ("新增托位300个。", "县卫健委、县教育局"), extra=extra)
    ).tasks[0]
    return task.departments, task.lead, task.partners


@pytest.mark.parametrize(
    ("units", "lead", "partners"),
    [
        ("县商务局、县市场监管局（分别牵头）", ("县商务局", "县市场监管局"), ()),
        ("县商务局、县市场监管局（共同牵头）", ("县商务局", "县市场监管局"), ()),
        ("县商务局、县市场监管局分别牵头", ("县商务局", "县市场监管局"), ()),
        # a bracketed role without 分别 or 共同 is the last unit's own; the other stays responsible
        ("县商务局、县市场监管局（牵头）", ("县市场监管局",), ()),
    ],
)
def test_a_shared_bracketed_role_is_every_units(units: str, lead: tuple[str, ...], partners: tuple[str, ...]) -> None:
    assert _roles(units) == (("县商务局", "县市场监管局"), lead, partners)


@pytest.mark.parametrize(
    ("units", "extra", "roles"),
    [
        ("县财政局*、县发改局", (), (("县财政局", "县发改局"), ("县财政局",), ())),
        ("县发改局、县财政局＊", (), (("县发改局", "县财政局"), ("县财政局",), ())),
        ("*县财政局、县发改局", (), (("县财政局", "县发改局"), ("县财政局",), ())),
        ("县财政局*、县发改局", ("注：标*的为牵头单位。",), (("县财政局", "县发改局"), ("县财政局",), ())),
        # a note giving the star another meaning: no lead
        ("县财政局*、县发改局", ("注：标*的为新增任务。",), (("县财政局*", "县发改局"), (), ())),
        ("县财政局、县发改局", (), (("县财政局", "县发改局"), (), ())),
    ],
)
def test_a_star_glued_to_a_unit_marks_its_lead(
    units: str, extra: tuple[str, ...], roles: tuple[tuple[str, ...], ...]
) -> None:
    assert _roles(units, extra=extra) == roles


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("自治区发展改革委、财政厅", ["自治区发展改革委", "自治区财政厅"]),
        ("自治区交通运输厅、发展改革委、公安厅", ["自治区交通运输厅", "自治区发展改革委", "自治区公安厅"]),
        ("自治区商务厅、各盟市人民政府", ["自治区商务厅", "各盟市人民政府"]),
        ("省发展改革委、财政厅", ["省发展改革委", "省财政厅"]),
        # a level's places in brackets before the shared government: one collective unit
        ("各县（市）、区人民政府", ["各县（市）、区人民政府"]),
        ("市财政局、农业农村局，各县（市）、区人民政府", ["市财政局", "市农业农村局", "各县（市）、区人民政府"]),
        ("各县（市）、区财政局", ["各县（市）", "区财政局"]),
    ],
)
def test_units_share_a_prefix_and_a_government(written: str, units: list[str]) -> None:
    assert list(split_units(written)) == units


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        ("市财政局（市国资委）", ("市财政局（市国资委）", "市财政局", "市国资委")),
        ("县发改局（粮食和物资储备局）", ("县发改局（粮食和物资储备局）", "县发改局", "县粮食和物资储备局")),
        ("各县（市）人民政府", ("各县（市）人民政府",)),
        ("县水务局", ("县水务局",)),
    ],
)
def test_a_unit_answers_to_its_second_name(unit: str, names: tuple[str, ...]) -> None:
    assert unit_names(unit) == names


@pytest.mark.parametrize(
    ("names", "leads", "found"),
    [
        ((), ("县财政局",), [1]),
        (("县国资办",), (), [1]),
        (("县财政局（县国资办）",), (), [1]),
        (("县财政局",), (), [1]),
        ((), ("县发改局",), []),
        (("县卫健委",), (), [2]),
    ],
)
def test_queries_find_a_unit_by_either_name(names: tuple[str, ...], leads: tuple[str, ...], found: list[int]) -> None:
    notice = parse_text(
        _notice(
            ("深化国资国企改革。", "县财政局（县国资办）、县发改局（列第一位者为牵头单位，下同）"),
            ("新增托位300个。", "县卫健委、县教育局"),
        )
    )
    assert notice.tasks[0].lead == ("县财政局（县国资办）",)
    registry = default_registry()
    flt = TaskFilter(
        departments=resolve_departments(list(names), notice, registry),
        leads=resolve_departments(list(leads), notice, registry),
    )
    assert [t.id for t in filter_tasks(notice, flt, registry)] == found


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("由县财政局、农业农村局，各乡（镇）人民政府负责落实。", ("县财政局", "县农业农村局", "各乡（镇）人民政府")),
        ("由县财政局、农业农村局负责落实。", ("县财政局", "县农业农村局")),
        ("县财政局、农业农村局，各乡（镇）人民政府负责落实。", ("县财政局", "县农业农村局", "各乡（镇）人民政府")),
    ],
)
def test_a_list_opened_by_you_names_its_units_without_it(sentence: str, units: tuple[str, ...]) -> None:
    text = _notice((f"实施种粮补贴。{sentence}", ""), ("新增托位300个。（县卫健委）", ""), units_label="")
    assert parse_text(text).tasks[0].departments == units


def _region_notice(issuer: str, bracket: str) -> str:
    return "\n".join(
        [
            f"{issuer}关于印发2025年重点工作任务分工方案的通知",
            "各盟行政公署、市人民政府，各委、办、厅、局：",
            "　　现将《2025年重点工作任务分工方案》印发给你们，请认真贯彻落实。",
            issuer,
            "2025年3月1日",
            "2025年重点工作任务分工方案",
            "一、重点工作",
            f"（一）建设跨境物流通道。{bracket}",
            "（二）推进口岸扩能改造。（商务厅、北疆海关按职责分工负责）",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("issuer", "bracket", "roles"),
    [
        (
            "北疆自治区人民政府办公厅",
            "（交通运输厅牵头，发展改革委、财政厅配合）",
            (("交通运输厅",), ("发展改革委", "财政厅")),  # an autonomous region's units written bare stay so
        ),
        (
            "北疆自治区人民政府办公厅",
            "（自治区交通运输厅牵头，发展改革委、北疆铁路局配合）",
            (("自治区交通运输厅",), ("发展改革委", "北疆铁路局")),
        ),
        (
            "青岭市人民政府办公室",
            "（交通运输局牵头，发展改革委、财政局配合）",
            (("市交通运输局",), ("市发展改革委", "市财政局")),
        ),
        # a district's notice: 区, and never 自治区
        (
            "青岭市东湖区人民政府办公室",
            "（交通运输局牵头，发展改革委、财政局配合）",
            (("区交通运输局",), ("区发展改革委", "区财政局")),
        ),
    ],
)
def test_units_without_a_level_take_the_issuing_governments(
    issuer: str, bracket: str, roles: tuple[tuple[str, ...], ...]
) -> None:
    notice = parse_text(_region_notice(issuer, bracket))
    assert (notice.tasks[0].lead, notice.tasks[0].partners) == roles
    assert "北疆海关" in notice.tasks[1].departments  # a vertical service keeps its name


def _headed_notice(heading: str) -> str:
    return "\n".join(
        [
            "晋岭省人民政府关于印发2025年省人民政府工作目标责任分解的通知",
            "各市、县人民政府，省人民政府各委、厅：",
            "　　现将2025年省人民政府工作目标责任分解安排如下：",
            "一、省长负责的工作",
            f"（一）{heading}",
            "全面加强审计监督，年底前实现审计全覆盖。",
            "协同单位：省直各部门和各市人民政府。",
            "（二）省编办牵头的工作",
            "1.深化机构改革，优化政府机构设置。",
            "2.推进乡镇机构改革。",
            "协同单位：省财政厅、各市人民政府。",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("heading", "text", "lead"),
    [
        ("省审计厅牵头的工作", "全面加强审计监督，年底前实现审计全覆盖。", ("省审计厅",)),
        ("由省审计厅牵头的工作", "全面加强审计监督，年底前实现审计全覆盖。", ("省审计厅",)),
        # a heading that names no lead stays the task's text
        ("审计监督工作", "审计监督工作\n全面加强审计监督，年底前实现审计全覆盖。", ()),
    ],
)
def test_a_clause_heading_names_the_lead_of_its_paragraph(heading: str, text: str, lead: tuple[str, ...]) -> None:
    task = parse_text(_headed_notice(heading)).tasks[0]
    assert (task.text, task.lead, task.partners) == (text, lead, ("省直各部门", "各市人民政府"))
