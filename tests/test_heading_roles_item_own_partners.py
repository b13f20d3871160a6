"""Under a heading that divides its work between a lead and partners, an item stating its roles whole in its own
bracket (X负责，Y配合; X not among the heading's units) keeps them: X, in charge beside its partner, leads, Y
assists; the heading's roles are not added. An item naming the heading's lead, or naming units responsible with
no 负责 of its own, still takes the heading's roles. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "石岭市2025年优化营商环境工作要点\n\n一、提升政务服务\n（市政务服务管理局牵头，市数据局配合）\n"


@pytest.mark.parametrize(
    ("item", "lead", "partners"),
    [
        # the item's own 负责 and 配合: its roles, whole
        ("1.落实稳岗返还政策。（市人力资源社会保障局负责，市财政局配合）", ("市人力资源社会保障局",), ("市财政局",)),
        # near cases: a 负责 alone keeps the work to its unit, as before; an item naming the heading's lead takes
        # the heading's roles; a 责任单位 label takes the heading's lead and keeps its own units
        ("1.落实稳岗返还政策。（市人力资源社会保障局负责）", (), ()),
        ("1.推行免证办。（市政务服务管理局负责，市公安局配合）", ("市政务服务管理局",), ("市公安局",)),
    ],
)
def test_an_item_stating_its_own_roles_under_a_divided_heading(
    item: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + item + "\n")
    item_task = next(t for t in notice.tasks if t.text.startswith(item[2:6]))
    assert (item_task.lead, item_task.partners) == (lead, partners)
