"""A block's last sentence naming its units and that they act by their duties (X、Y要按职责落实相关政策 /
X、Y要按照各自职责抓好落实): those units are responsible for the block, neither lead nor partner; a sentence
giving no such duty (X要加强领导, 各部门要落实相关政策) names no unit and the block is warned. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "岭西省茶产业振兴实施意见\n\n　　为推进茶产业振兴，现提出以下实施意见。\n\n　　一、强化科技支撑\n"
    "　　（一）开展良种攻关。组织开展茶树良种联合攻关。由省科技厅牵头，省农业农村厅参与。\n"
    "　　（二）培养茶业人才。将茶业领军人才纳入省级人才计划，在职称评审上给予倾斜。{closing}\n"
)


@pytest.mark.parametrize(
    ("closing", "departments"),
    [
        ("省委组织部、省人力资源社会保障厅要按职责落实相关政策。", ("省委组织部", "省人力资源社会保障厅")),
        ("省委组织部、省人力资源社会保障厅要按照各自职责抓好落实。", ("省委组织部", "省人力资源社会保障厅")),
        ("省人力资源社会保障厅负责相关工作。", ("省人力资源社会保障厅",)),
        # near cases: no duty named, or no unit named: nothing read, the block warned
        ("省委组织部要加强领导。", None),
        ("各部门要落实相关政策。", None),
    ],
)
def test_units_acting_by_their_duties_close_a_block(closing: str, departments: tuple[str, ...] | None) -> None:
    notice = parse_text(HEAD.format(closing=closing))
    blocks = [t for t in notice.tasks if t.text.startswith("培养茶业人才")]
    if departments is None:
        assert blocks == []
        assert "block-without-units" in [w.code for w in notice.warnings]
        return
    (task,) = blocks
    assert (task.lead, task.partners, task.departments) == ((), (), departments)
