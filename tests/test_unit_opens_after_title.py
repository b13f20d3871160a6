"""An item whose short title sentence is followed by a named office, its verb and its work (发展助餐服务。区民政局、
区市场监管局分别负责…) is that office's, as an item opening with the office is: beside items carrying roles of their
own, the units responsible (分别: each its share, none leads), the words kept in the text."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某区养老服务体系建设实施方案\n\n一、重点任务\n"
ANNOTATED = "1.建设养老服务中心。2025年6月底前建成。（区民政局牵头，区财政局配合）\n"


@pytest.mark.parametrize(
    ("item", "departments", "lead"),
    [
        (
            "2.发展老年助餐。区民政局、区市场监管局分别负责助餐点建设和食品安全监管，每季度检查一次。",
            ("区民政局", "区市场监管局"),
            (),
        ),
        ("2.发展老年助餐。区民政局负责助餐点建设，年底前建成20个。", ("区民政局",), ()),
        ("2.发展老年助餐。区民政局牵头推进助餐点建设，年底前建成20个。", ("区民政局",), ("区民政局",)),
    ],
)
def test_an_office_after_the_items_title(item: str, departments: tuple[str, ...], lead: tuple[str, ...]) -> None:
    task = parse_text(HEAD + ANNOTATED + item + "\n").tasks[1]
    assert task.text.startswith("发展老年助餐")
    assert (task.departments, task.lead, task.partners) == (departments, lead, ())


@pytest.mark.parametrize(
    "item",
    [
        # the first sentence is no short title (a clause before its full stop): prose
        "2.围绕助餐需求，完善布局。区民政局负责助餐点建设。",
        # more offices doing work in the sentence: a run no rule reads
        "2.发展老年助餐。区民政局负责助餐点建设，区财政局保障资金。",
    ],
)
def test_no_office_read_after_the_title(item: str) -> None:
    tasks = parse_text(HEAD + ANNOTATED + item + "\n").tasks
    assert [t.text[:4] for t in tasks] == ["建设养老"]


@pytest.mark.parametrize(
    ("item", "partners"),
    [
        (
            "2.推进医养结合。区卫生健康局负责推动签约合作，区医保分局协同做好结算服务，年底前签约率达到100%。",
            ("区医保分局",),
        ),
        ("2.推进医养结合。区卫生健康局负责推动签约合作，区医保分局、区民政局予以配合。", ("区医保分局", "区民政局")),
    ],
)
def test_offices_helping_in_a_later_clause_are_partners(item: str, partners: tuple[str, ...]) -> None:
    task = parse_text(HEAD + ANNOTATED + item + "\n").tasks[1]
    assert task.text.startswith("推进医养结合")
    assert (task.lead, task.partners) == (("区卫生健康局",), partners)  # in charge, beside partners: the lead
    assert task.departments == ("区卫生健康局", *partners)


TOWN = "某镇人居环境整治实施方案\n\n一、重点任务\n1.清理村庄垃圾。年底前完成。（镇环卫所牵头，各村配合）\n"


@pytest.mark.parametrize(
    ("item", "lead", "partners"),
    [
        # a town's offices (镇 is no level of NAMED_UNIT_IN_LINE's) helping in a later clause, work after it: the
        # partners
        (
            "2.整治农村水塘。镇农业办负责清淤整治，镇水务站、镇财政所协助，9月底前建立整治台账。",
            "镇农业办",
            ("镇水务站", "镇财政所"),
        ),
        # the list writing the town's level once, on its first office
        (
            "2.整治农村水塘。镇农业办牵头清淤整治，镇水务站、财政所参与，9月底前建立整治台账。",
            "镇农业办",
            ("镇水务站", "镇财政所"),  # the town's own notice: its 财政所 named after a 镇 unit is the town's
        ),
    ],
)
def test_a_town_s_offices_helping_in_a_later_clause_are_partners(
    item: str, lead: str, partners: tuple[str, ...]
) -> None:
    task = parse_text(TOWN + item + "\n").tasks[1]
    assert task.text.startswith("整治农村水塘")
    assert (task.lead, task.partners) == ((lead,), partners)


@pytest.mark.parametrize(
    "item",
    [
        # a later clause with a helping verb but no office: prose, no partner
        "2.整治农村水塘。镇农业办负责清淤整治，引导村民积极参与，9月底前建立整治台账。",
        # a helping clause whose list opens with no office of a level: no partner named
        "2.整治农村水塘。镇农业办负责清淤整治，村民理事会协助，9月底前建立整治台账。",
    ],
)
def test_a_helping_verb_without_a_town_s_office_names_no_partner(item: str) -> None:
    task = parse_text(TOWN + item + "\n").tasks[1]
    assert task.text.startswith("整治农村水塘") and task.departments == ("镇农业办",) and task.partners == ()


@pytest.mark.parametrize(
    ("item", "tasks"),
    [
        # clauses apart by ；, each opening with its units and 负责: a task for each, the deadline its own clause's
        (
            "2.整治农村水塘。各村（社区）负责排查本村水塘，6月底前完成；镇农业办、财政所负责整治资金保障。",
            [(("各村（社区）",), "6月底前"), (("镇农业办", "镇财政所"), None)],
        ),
        (
            "2.整治农村水塘。镇农业办负责排查水塘，6月底前完成；镇财政所负责整治资金保障。",
            [(("镇农业办",), "6月底前"), (("镇财政所",), None)],
        ),
    ],
)
def test_clauses_each_opening_with_their_units_are_tasks(item: str, tasks: list[tuple[tuple[str, ...], str]]) -> None:
    notice = parse_text(TOWN + item + "\n")
    assert [(t.departments, t.due) for t in notice.tasks[1:]] == tasks
    assert notice.tasks[1].text.startswith("整治农村水塘")
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    "item",
    [
        # the second clause names no unit: not split, the villages' role warned (no office opens the item)
        "2.整治农村水塘。各村（社区）负责排查本村水塘，6月底前完成；同时加强宣传引导。",
        # the second clause's unit states no role (要): not split
        "2.整治农村水塘。各村（社区）负责排查本村水塘，6月底前完成；镇农业办要加强指导。",
    ],
)
def test_clauses_not_all_opening_with_a_stated_role_are_not_split(item: str) -> None:
    notice = parse_text(TOWN + item + "\n")
    assert len(notice.tasks) == 1
    assert [w.code for w in notice.warnings if w.code == "role-not-read"] == ["role-not-read"]


def test_offices_helping_after_a_semicolon_are_partners() -> None:
    item = "2.整治农村水塘。镇农业办负责排查水塘，6月底前完成；镇水务站、财政所协助，9月底前建立整治台账。"
    task = parse_text(TOWN + item + "\n").tasks[1]
    assert (task.lead, task.partners) == (("镇农业办",), ("镇水务站", "镇财政所"))
