"""Notes that the first unit of each list leads, in more wordings: the role's verb right after the place
(排在首位的牵头负责，其余单位配合), and a note limited to lists of several units (责任单位有多个的，…): under it a
task of one unit keeps it responsible, never its lead, while a note with no such condition makes a lone unit the
lead. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "石湾区人民政府办公室关于印发石湾区2024年营商环境工作要点的通知\n石政办〔2024〕7号\n\n"
ITEMS = (
    "　　一、优化政务服务\n"
    "　　1.推行证照联办。\n　　——区市场监管局、区税务局\n"
    "　　2.设立帮办窗口。\n　　——区政务服务中心\n"
)


@pytest.mark.parametrize(
    ("note", "lone_lead"),
    [
        ("　　各项工作所列单位中，排在首位的牵头负责，其余单位配合。\n", ("区政务服务中心",)),
        ("　　责任单位有多个的，排在第一位的为牵头单位，其余为配合单位。\n", ()),
        ("　　涉及多个部门的，列第一位的为牵头单位，其他为配合单位。\n", ()),
        # the condition belongs to a clause of its own work: the note covers every list, a lone unit leads
        ("　　所列事项涉及多个部门的要密切配合，列第一位的为牵头单位，其他为配合单位。\n", ("区政务服务中心",)),
    ],
)
def test_the_first_unit_leads_a_list(note: str, lone_lead: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + note + ITEMS)
    first, lone = notice.tasks
    assert (first.lead, first.partners) == (("区市场监管局",), ("区税务局",))
    assert (lone.lead, lone.departments) == (lone_lead, ("区政务服务中心",))


def test_a_thing_ranked_first_is_no_note_on_leads() -> None:
    notice = parse_text(HEAD + "　　要把群众诉求排在首位的牵头，其余事项按职责办理。\n" + ITEMS)
    first, lone = notice.tasks
    assert (first.lead, first.partners) == ((), ())
    assert lone.lead == ()
