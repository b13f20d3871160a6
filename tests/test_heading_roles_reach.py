"""A clause heading that gives its roles (（…牵头，…配合）) over items: an item naming no lead takes the
heading's lead, and its partners when it names none; an item naming its own lead keeps its own roles; a
heading unit that no item takes is warned (heading-roles-unused), never dropped silently. The notices are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = ["青岚县农村人居环境整治实施方案", "一、重点任务", "（一）整治农村生活污水。（县生态环境局牵头，县水务局配合）"]


@pytest.mark.parametrize(
    ("items", "roles", "unused"),
    [
        (  # an item with 责任单位 only: the heading's lead and partner reach it
            ["1.建设污水收集管网。（责任单位：县住建局）"],
            [(("县生态环境局",), ("县水务局",))],
            None,
        ),
        (  # an item with no roles: the heading's, whole
            ["1.建设污水收集管网。", "2.排查黑臭水体。（责任单位：县农业农村局）"],
            [(("县生态环境局",), ("县水务局",)), (("县生态环境局",), ("县水务局",))],
            None,
        ),
        (  # an item naming a partner of its own keeps it, and takes the heading's lead
            ["1.建设污水收集管网。（配合单位：县财政局）", "2.排查黑臭水体。（县农业农村局牵头，县水务局配合）"],
            [(("县生态环境局",), ("县财政局",)), (("县农业农村局",), ("县水务局",))],
            None,
        ),
        (  # every item names its own lead: the heading's units reach none, and are warned
            ["1.建设污水收集管网。（县住建局牵头，县财政局配合）", "2.排查黑臭水体。（县农业农村局牵头）"],
            [(("县住建局",), ("县财政局",)), (("县农业农村局",), ())],
            "县生态环境局、县水务局",
        ),
        (  # the partner reaches one item, the lead another's: nothing left to warn
            ["1.建设污水收集管网。（县住建局牵头，县水务局配合）", "2.排查黑臭水体。（责任单位：县农业农村局）"],
            [(("县住建局",), ("县水务局",)), (("县生态环境局",), ("县水务局",))],
            None,
        ),
    ],
)
def test_heading_roles_reach_items(
    items: list[str], roles: list[tuple[tuple[str, ...], tuple[str, ...]]], unused: str | None
) -> None:
    notice = parse_text("\n".join([*HEAD, *items]))
    assert [(t.lead, t.partners) for t in notice.tasks] == roles
    warned = [w for w in notice.warnings if w.code == "heading-roles-unused"]
    if unused is None:
        assert not warned, warned
    else:
        assert len(warned) == 1 and warned[0].line == 3 and warned[0].message.endswith(unused), warned
