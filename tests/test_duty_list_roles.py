"""A list of units' duties in one block, each paragraph opening with its unit and a colon (区发改局：牵头负责…，
区统计局配合 ⏎ 区市场监管局：负责…): each paragraph is a task, and the roles its duty states are read as for a duty
written alone: the unit leads where its duty opens with 牵头, the units a later clause names with 配合 or 协助 are its
partners (the unit leading them), and no role word is warned; so too where only the last duty states roles,
which are its own, not the block's. A duty stating no role keeps its unit responsible alone.
(notice -> (departments, lead, partners) of each task, and the role-not-read warnings)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "苍梧区2025年优化营商环境工作方案\n\n苍梧区人民政府办公室\n2025年2月12日\n\n一、工作目标\n营商环境持续优化。\n"

_LEAD_AND_PARTNER = (
    "二、职责分工\n"
    "区发展和改革局：牵头负责营商环境评价工作，区统计局配合。\n"
    "区市场监管局：负责市场主体登记便利化改革。\n"
    "区税务局：负责推进办税缴费便利化，区财政局协助。\n"
)
# near misses: duties stating no role; a 配合 duty of the unit before the colon (it assists, no partner named)
_NO_ROLES = "二、职责分工\n区市场监管局：负责市场主体登记便利化改革。\n区税务局：负责推进办税缴费便利化。\n"
_ASSISTING = "二、职责分工\n区统计局：配合做好营商环境评价工作。\n区税务局：负责推进办税缴费便利化。\n"


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _LEAD_AND_PARTNER,
            [
                (("区发展和改革局", "区统计局"), ("区发展和改革局",), ("区统计局",)),
                (("区市场监管局",), (), ()),
                (("区税务局", "区财政局"), ("区税务局",), ("区财政局",)),
            ],
        ),
        (_NO_ROLES, [(("区市场监管局",), (), ()), (("区税务局",), (), ())]),
        (_ASSISTING, [(("区统计局",), (), ()), (("区税务局",), (), ())]),
    ],
)
def test_a_duty_in_a_list_keeps_the_roles_it_states(
    body: str, tasks: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.lead, t.partners) for t in notice.tasks] == tasks
    assert not [w for w in notice.warnings if w.code == "role-not-read" and "牵头" in w.message]
    assert not [w for w in notice.warnings if w.code == "role-not-read" and "协助" in w.message]
