"""A field's short name that ends as a unit does (人社) takes a shared ending and the list's level as any bare
field does: 县税务局、人社、医保等部门 -> 县税务局, 县人社部门, 县医保部门."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("县税务局、人社、医保等部门", ("县税务局", "县人社部门", "县医保部门")),
        ("区税务局、人社、医保等部门", ("区税务局", "区人社部门", "区医保部门")),
        ("县税务局、人社、医保部门", ("县税务局", "县人社部门", "县医保部门")),
        ("人社、医保等部门", ("人社部门", "医保部门")),
        ("县人社、医保等部门", ("县人社部门", "县医保部门")),
        ("县委宣传部、人社等部门", ("县委宣传部", "人社部门")),
        # near misses: a unit's own name keeps it (人社局, 供销社), and no ending is shared where none is written
        ("县税务局、人社局、医保局", ("县税务局", "县人社局", "县医保局")),
        ("县人社局等部门", ("县人社局",)),
        ("县供销社、县教育局等部门", ("县供销社", "县教育局")),
        ("教育、卫生健康部门", ("教育部门", "卫生健康部门")),
    ],
)
def test_bare_field_takes_the_shared_ending(raw: str, expected: tuple[str, ...]) -> None:
    assert split_units(raw) == expected


def test_in_an_annotation() -> None:
    notice = parse_text(
        "西岭县人民政府关于做好农村供水工作的实施方案\n一、主要任务\n"
        "（一）落实社保。为管护人员落实社会保险（县税务局、人社、医保等部门负责，长期坚持）。\n"
    )
    assert [t.departments for t in notice.tasks] == [("县税务局", "县人社部门", "县医保部门")]
