"""A list of a unit's duties headed by its name and the words naming its duties (县民政局主要职责： ⏎ 1.负责… ⏎
2.负责…): each numbered duty is a task of that unit, as under its name alone (区住建局： ⏎ 1.…). Words that name
no unit before 职责 (主要职责：, 工作职责：), or a unit's duties over prose, head no items.
(notice -> (departments, text) of each task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "西岭县城乡环境卫生整治工作方案\n\n西岭县人民政府办公室\n2025年3月10日\n\n一、工作目标\n全县环境明显改善。\n"

_MAIN_DUTIES = (
    "二、职责分工\n"
    "县住房和城乡建设局主要职责：\n"
    "1.负责县城建成区环境卫生整治；\n"
    "2.负责建筑垃圾清运的监督管理。\n"
    "各街道办事处的工作职责：\n"
    "1.负责辖区内整治的组织实施。\n"
)
_PLAIN_DUTIES = "二、职责分工\n县农业农村局职责：\n1.负责农村改厕的技术指导。\n2.负责农村人居环境整治。\n"

# near misses: no unit before the words (主要职责：), a unit's duties over prose, a unit's duties with a duty on its line
_NO_UNIT = (
    "二、职责分工\n主要职责：\n1.开展环境卫生大检查。（县住房和城乡建设局负责）\n2.开展农村改厕。（县农业农村局负责）\n"
)
_OVER_PROSE = (
    "二、职责分工\n"
    "（一）开展环境卫生大检查。（县住房和城乡建设局负责）\n"
    "县农业农村局主要职责：\n"
    "负责农村人居环境整治。\n"
)


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _MAIN_DUTIES,
            [
                (("县住房和城乡建设局",), "负责县城建成区环境卫生整治；"),
                (("县住房和城乡建设局",), "负责建筑垃圾清运的监督管理。"),
                (("各街道办事处",), "负责辖区内整治的组织实施。"),
            ],
        ),
        (
            _PLAIN_DUTIES,
            [(("县农业农村局",), "负责农村改厕的技术指导。"), (("县农业农村局",), "负责农村人居环境整治。")],
        ),
        (
            _NO_UNIT,
            [
                (("县住房和城乡建设局",), "开展环境卫生大检查。"),
                (("县农业农村局",), "开展农村改厕。"),
            ],
        ),
    ],
)
def test_a_units_duties_heading_heads_its_items(body: str, tasks: list[tuple[tuple[str, ...], str]]) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.text) for t in notice.tasks] == tasks
    assert not [w for w in notice.warnings if "numbering" in w.code]


def test_a_units_duties_over_prose_head_no_block() -> None:
    notice = parse_text(_HEAD + _OVER_PROSE)
    assert all(c.title != "县农业农村局" for p in notice.parts for c in p.clauses)


_NUMBERED = (
    "二、部门职责\n"
    "（一）县民政局主要职责\n"
    "1.负责养老服务体系建设的统筹规划；\n"
    "2.负责养老机构的监督管理。\n"
    "（二）县卫生健康局职责\n"
    "1.负责推进医养结合工作。\n"
)
# near misses: clauses titled with duties naming no office (部门职责, 主要职责), each item annotated
_NUMBERED_NO_UNIT = (
    "二、工作任务\n"
    "（一）部门职责\n"
    "1.开展养老机构检查。（县民政局负责）\n"
    "（二）主要职责\n"
    "1.推进医养结合。（县卫生健康局负责）\n"
)


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _NUMBERED,
            [
                (("县民政局",), "负责养老服务体系建设的统筹规划；"),
                (("县民政局",), "负责养老机构的监督管理。"),
                (("县卫生健康局",), "负责推进医养结合工作。"),
            ],
        ),
        (_NUMBERED_NO_UNIT, [(("县民政局",), "开展养老机构检查。"), (("县卫生健康局",), "推进医养结合。")]),
    ],
)
def test_a_numbered_clause_of_a_units_duties_heads_its_items(
    body: str, tasks: list[tuple[tuple[str, ...], str]]
) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.text) for t in notice.tasks] == tasks
