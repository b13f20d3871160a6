"""A part dividing duties by unit, each clause opening with its unit and a colon, then the duty: each clause is a
task of that unit, its text kept whole (the unit and the colon with it), and the roles the duty states read as
the same words with no colon are: 牵头 makes the unit lead and the units a later clause names with 配合 or 协助
its partners; 负责 with partners beside it leads too (as X负责…，Y配合 does); 负责 alone leaves the unit
responsible. The notices are written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

NOTICE = """石川县创建省级园林县城工作方案

一、工作目标
到2026年底，建成区绿地率达到35%以上。

二、职责分工
（一）县园林绿化中心：负责创园工作的统筹协调和资料整理，2026年5月底前建立月调度制度。
（二）县住房城乡建设局：牵头推进公园绿地和街头游园建设，县自然资源局、县财政局配合，新增游园5处。
（三）县城市管理局：负责道路绿化带管养，县公安局、各社区协助。
（四）县教育局：负责校园绿化美化工作。

三、保障措施
县财政要将创园经费列入预算。
"""


def test_each_duty_clause_is_its_unit_s_task_with_the_roles_it_states() -> None:
    notice = parse_text(NOTICE)
    got = [(t.text[:8], t.departments, t.lead, t.partners) for t in notice.tasks]
    assert got == [
        ("县园林绿化中心：", ("县园林绿化中心",), (), ()),
        (
            "县住房城乡建设局",
            ("县住房城乡建设局", "县自然资源局", "县财政局"),
            ("县住房城乡建设局",),
            ("县自然资源局", "县财政局"),
        ),
        ("县城市管理局：负", ("县城市管理局", "县公安局", "各社区"), ("县城市管理局",), ("县公安局", "各社区")),
        ("县教育局：负责校", ("县教育局",), (), ()),
    ]
    assert not [w for w in notice.warnings if w.code == "role-not-read"]
