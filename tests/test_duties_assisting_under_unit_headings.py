"""A duty under a unit's heading in which the heading's units assist the units it names (配合区体育局做好…,
…，配合区教育局开展…, 协助…): those named lead, the heading's units are partners. 配合做好… names no one assisted,
and a duty with no clause opening with 配合 names no one either: the heading's units stay responsible. The notices
are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "苍梧区全民健身工作方案\n一、工作任务\n开展全民健身活动。\n二、职责分工\n（一）区财政局\n负责经费保障。\n"
HEADING = "（二）桐林镇、各街道办事处\n1.{duty}\n2.拟定本辖区全民健身活动方案。\n"
UNITS = ("桐林镇", "各街道办事处")


@pytest.mark.parametrize(
    ("duty", "lead", "partners"),
    [
        ("配合区体育局做好健身设施的维护管理。", ("区体育局",), UNITS),
        ("配合区体育局、区教育局开展体质监测。", ("区体育局", "区教育局"), UNITS),
        ("做好组织发动工作，积极配合区教育局开展体质监测。", ("区教育局",), UNITS),
        ("协助区体育局做好赛事组织。", ("区体育局",), UNITS),
        # near-misses: 配合 naming no one, no clause opening with 配合, or 配合 naming a thing: the heading's units
        # stay responsible
        ("配合做好全民健身站点建设工作。", (), ()),
        ("做好组织发动工作，积极配合和参与全区体育活动。", (), ()),
        ("对群众体育工作提供积极的配合与支持。", (), ()),
        ("做好组织发动工作，加强部门间配合。", (), ()),
        ("配合比设计按规范执行。", (), ()),
    ],
)
def test_a_duty_assisting_gives_roles(duty: str, lead: tuple[str, ...], partners: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + HEADING.format(duty=duty))
    *_, task, plain = notice.tasks
    assert (task.lead, task.partners) == (lead, partners)
    assert set(UNITS) <= set(task.departments)
    assert (plain.lead, plain.partners, plain.departments) == ((), (), UNITS)
