"""A lead's 牵头 glued to the partners' list, the comma (or the line's end) between them lost
(县卫生健康局牵头县财政局、县人社局配合): the lead leads, the rest are partners, no name holds 牵头."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.roles import _lead_glued

HEAD = "西岭县2025年卫生健康工作要点\n一、重点工作\n"

# (the item's lines after its text, departments, lead, partners)
CASES = [
    (
        "（县卫生健康局牵头县财政局、县人社局配合）",
        ("县卫生健康局", "县财政局", "县人社局"),
        ("县卫生健康局",),
        ("县财政局", "县人社局"),
    ),
    (
        "\n县卫生健康局牵头\n县财政局、县人社局配合",
        ("县卫生健康局", "县财政局", "县人社局"),
        ("县卫生健康局",),
        ("县财政局", "县人社局"),
    ),
    # near misses, read as before
    ("（县卫生健康局牵头，县财政局配合）", ("县卫生健康局", "县财政局"), ("县卫生健康局",), ("县财政局",)),
    ("（县财政局、县人社局配合）", ("县财政局", "县人社局"), (), ("县财政局", "县人社局")),
]

# a verb of work after 牵头 (牵头组织…): no partners' list glued to the lead, nothing split there
WORK_AFTER = ["县卫生健康局牵头组织县财政局", "县卫生健康局牵头推进县财政局"]


@pytest.mark.parametrize(("after", "departments", "lead", "partners"), CASES, ids=[c[0] for c in CASES])
def test_a_lead_glued_to_its_partners_is_read_apart(
    after: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + f"1.提升基层能力。年底前完成。{after}\n2.加强疾病防控。（县疾控中心负责）\n")
    task = notice.tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert not any("牵头" in u for u in task.departments)


@pytest.mark.parametrize("units", WORK_AFTER)
def test_work_after_the_leads_verb_is_no_partners_list(units: str) -> None:
    assert _lead_glued(units) is None
    assert _lead_glued("县卫生健康局牵头县财政局、县人社局") == ("县卫生健康局", "县财政局、县人社局")
