"""A vague collective after a lead's 牵头 (`X牵头，相关部门配合`) names no partner: the lead leads alone."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某市人民政府关于推进重点项目前期工作的实施方案\n一、主要任务\n"


@pytest.mark.parametrize(
    ("block", "lead", "partners", "departments"),
    [
        # the rule applies: a bare 相关 / 有关 collective after a lead named by 牵头
        (
            "（一）争取试点。由某副市长负责，市发改委牵头，相关部门配合，抓紧编制试点方案。",
            ("市发改委",),
            (),
            ("市发改委",),
        ),
        (
            "（一）改造管网。市住建局牵头，有关单位配合，年内完成主干管网改造。",
            ("市住建局",),
            (),
            ("市住建局",),
        ),
        (
            "（一）建设物流园。市商务局牵头，各有关部门配合，加快推进园区招商。",
            ("市商务局",),
            (),
            ("市商务局",),
        ),
        # near cases where it must not: a collective of a level's units is named (市直有关部门)
        (
            "（一）清理证明事项。市司法局牵头，市直有关部门配合，全面清理各类证明。",
            ("市司法局",),
            ("市直有关部门",),
            ("市司法局", "市直有关部门"),
        ),
        # a named unit beside the collective is a partner
        (
            "（一）整治河道。市水务局牵头，市财政局、相关部门配合，汛期前完成清淤。",
            ("市水务局",),
            ("市财政局", "相关部门"),
            ("市水务局", "市财政局", "相关部门"),
        ),
    ],
)
def test_vague_collective_after_lead(
    block: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + block + "\n")
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [(lead, partners, departments)]


def test_vague_collective_stays_in_the_units_as_written() -> None:
    notice = parse_text(HEAD + "（一）推进改革。市发改委牵头，相关部门配合，年底前报送方案。\n")
    (task,) = notice.tasks
    assert "相关部门配合" in (task.departments_raw or "")
