"""An item whose first words are a named office of a level, then 要, 负责 or 牵头 and its work (镇综治中心要
完善…, 由镇党建办负责推进…), or with a later clause opening with 由 so (…，由A牵头、B配合推进), is that unit's;
ordinary prose opening with a subject gives no unit."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2025年民生实事工作要点\n一、办好民生实事\n1.新建城区停车泊位800个。（县住建局负责）\n"

# (the item, its text, departments, lead, partners)
OPENS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "2.县卫健局要建立家庭医生签约台账，2025年9月底前覆盖所有村。",
        "县卫健局要建立家庭医生签约台账，2025年9月底前覆盖所有村。",
        ("县卫健局",),
        (),
        (),
    ),
    ("2.由县民政局负责推进养老服务站点建设。", "由县民政局负责推进养老服务站点建设。", ("县民政局",), (), ()),
    (
        "2.开展消费券发放活动，由县商务局牵头、县财政局配合推进。",
        "开展消费券发放活动，由县商务局牵头、县财政局配合推进。",
        ("县商务局", "县财政局"),
        ("县商务局",),
        ("县财政局",),
    ),
    ("2.镇文化站要组织送戏下乡20场。", "镇文化站要组织送戏下乡20场。", ("镇文化站",), (), ()),
]


@pytest.mark.parametrize(("item", "text", "departments", "lead", "partners"), OPENS)
def test_a_unit_opening_an_item_with_its_work_is_its_unit(
    item: str, text: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + item + "\n")
    task = notice.tasks[-1]
    assert (task.text, task.departments, task.lead, task.partners) == (text, departments, lead, partners)


# items whose first words are no named office doing its work, or whose sentence gives work to more units
# than the one opening it: no unit is made of them (the second kind is warned role-not-read)
NOT_OPENS = [
    "2.县农业农村局负责建设高标准农田2万亩，县财政局保障资金。",
    "2.县林业局要完成荒山造林3000亩，县自然资源局做好用地保障。",
    "2.各单位要加强值班值守。",
    "2.群众要积极参与垃圾分类。",
    "2.要求各村完善村规民约。",
    "2.县城要打造15分钟生活圈。",
]


@pytest.mark.parametrize("item", NOT_OPENS)
def test_prose_opening_with_a_subject_names_no_unit(item: str) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert all(not t.departments for t in notice.tasks if t.line == 4)


def test_a_unit_opening_an_item_is_read_only_beside_items_carrying_their_roles() -> None:
    safeguards = "四、保障措施\n1.加强组织领导。各部门要高度重视。\n2.县财政局要统筹安排专项资金。\n"
    notice = parse_text(HEAD + "2.县卫健局要建立签约台账。\n" + safeguards)
    assert [t.departments for t in notice.tasks] == [("县住建局",), ("县卫健局",)]
