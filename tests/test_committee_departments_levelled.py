"""A department of a party committee written without its level (宣传部, 组织部, 统战部) is the committee's: a level
given to it, by a list or by the notice, gives 县委宣传部 (自治区党委宣传部 on an autonomous region's), never a
县宣传部 no government has. A committee's office (网信办, 编办), a government's unit (人武部, 文明办) and a zone's
or a town's list keep the readings they had."""

from __future__ import annotations

import pytest

from policy_cli.departments import restore_level, split_units
from policy_cli.parse import parse_text

# (a list as written, its units)
LISTS: list[tuple[str, tuple[str, ...]]] = [
    ("县发改局、组织部", ("县发改局", "县委组织部")),
    ("州民政局、统战部", ("州民政局", "州委统战部")),
    ("自治区发展改革委、宣传部", ("自治区发展改革委", "自治区党委宣传部")),
    ("市委组织部、宣传部", ("市委组织部", "市委宣传部")),
    # near cases: a committee's office and a government's units take the level alone
    ("县发展改革委、网信办", ("县发展改革委", "县网信办")),
    ("县文旅局、文明办", ("县文旅局", "县文明办")),
    ("县财政局、人武部", ("县财政局", "县人武部")),
    # a zone's committee and a town's offices: as before
    ("高新区党工委组织部、宣传部", ("高新区党工委组织部", "宣传部")),
    ("镇党政办、宣传办", ("镇党政办", "镇宣传办")),
]


@pytest.mark.parametrize(("raw", "units"), LISTS)
def test_a_committee_department_in_a_list_takes_its_committee(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


def test_the_notice_level_gives_a_committee_department_its_committee() -> None:
    assert restore_level(("宣传部", "统战部", "网信办", "财政局"), "县") == (
        "县委宣传部",
        "县委统战部",
        "县网信办",
        "县财政局",
    )


_HEAD = (
    "青禾区人民政府办公室关于印发青禾区2025年文明创建工作方案的通知\n各街道办事处，区政府各部门：\n"
    "现将方案印发给你们。\n青禾区人民政府办公室\n2025年2月1日\n一、重点任务\n"
)

# (the item's roles, its lead and partners)
ITEMS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # the partners' own list names no level: the notice's, with the committee's name
    ("（区委组织部牵头，宣传部、统战部配合）", ("区委组织部",), ("区委宣传部", "区委统战部")),
    ("（宣传部牵头，区文旅局配合）", ("区委宣传部",), ("区文旅局",)),
    # near case: an office of the committee keeps the level alone
    ("（区委宣传部牵头，区文旅局、网信办配合）", ("区委宣传部",), ("区文旅局", "区网信办")),
]


@pytest.mark.parametrize(("roles", "lead", "partners"), ITEMS)
def test_a_committee_department_named_bare_in_an_item(
    roles: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(f"{_HEAD}1.开展文明实践活动。{roles}\n").tasks[-1]
    assert (task.lead, task.partners) == (lead, partners)
