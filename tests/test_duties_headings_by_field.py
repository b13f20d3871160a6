"""A clause heading an office's duties with the words naming them (（一）卫生部门职责、任务, （二）县公安局职责和任务)
heads the numbered duties under it, also as the only such heading of its part and where the office is named by
its field with no level; names that are no office's (相关部门职责, 部门职责) head nothing and are never a unit's
name. (body -> (departments, path) of each task)"""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "西岭县校园安全专项整治工作方案\n\n西岭县人民政府办公室\n2025年3月10日\n\n一、职责分工\n"
_TAIL = "二、工作要求\n各部门要高度重视，确保整治取得实效。\n"


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            "（一）卫生部门职责、任务\n1.加强对学校食堂的监督检查。\n2.组织开展学生健康体检。\n",
            [(("卫生部门",), "一/（一）/1"), (("卫生部门",), "一/（一）/2")],
        ),
        (
            "（一）县公安局职责和任务\n1.加强校园周边巡逻防控。\n（二）县教育局主要职责\n1.负责学校安全管理。\n",
            [(("县公安局",), "一/（一）/1"), (("县教育局",), "一/（二）/1")],
        ),
        # near misses: no office's name before the words; the words alone
        (
            "（一）县教育局主要职责\n1.负责学校安全管理。\n（二）相关部门职责\n1.做好配合工作。\n",
            [(("县教育局",), "一/（一）/1")],
        ),
        ("（一）部门职责\n1.加强对学校食堂的监督检查。\n", []),
    ],
)
def test_an_offices_duties_heading_heads_its_numbered_duties(
    body: str, tasks: list[tuple[tuple[str, ...], str]]
) -> None:
    notice = parse_text(_HEAD + body + _TAIL)
    assert [(t.departments, t.path) for t in notice.tasks] == tasks
    assert all("职责" not in unit for t in notice.tasks for unit in t.departments)
