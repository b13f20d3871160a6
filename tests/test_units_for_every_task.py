"""Units a notice names once for every task beside each task's own (表中所列任务，各镇人民政府均为责任单位，不再逐项列出 /
各镇人民政府对辖区内…负属地管理责任，以上各项任务涉及本辖区的，均须落实): they are responsible for each task the sentence
names, after its own units, neither lead nor partner, and the sentence is told as info. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "溪桥县河道保洁工作方案\n溪桥县人民政府办公室\n2025年3月2日\n"
BODY = (
    "一、清理河道垃圾。集中清理河面漂浮物和岸坡垃圾，由县水务局牵头，县城管局配合，5月底前完成。\n"
    "二、整治沿河排污口。排查沿河排污口并分类整治，由县生态环境局负责，9月底前完成。\n"
)
TABLE = (
    "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
    "1\t清理河道漂浮垃圾\t县水务局\t县城管局\t2025年5月底前\n"
    "2\t整治沿河排污口\t县生态环境局\t县水务局\t2025年9月底前\n"
)
TOWNS = "各镇人民政府"


@pytest.mark.parametrize(
    ("before", "after", "reached"),
    [
        # after the last block: every task before it
        ("", "　　各镇人民政府对辖区内河道保洁负属地管理责任，以上各项任务涉及本辖区的，均须同步落实。\n", True),
        ("", "　　以上各项任务，各镇人民政府均为责任单位。\n", True),
        # each task carried out by the towns in their own area
        ("", "　　以上各项任务，各镇人民政府负责在本辖区组织实施。\n", True),
        # near form: carried out with no area named (how the towns act, no unit for every task)
        ("", "　　以上各项任务，各镇人民政府负责组织实施。\n", False),
        # the role's word 落实 before it, the towns' duty after it
        ("", "　　以上各项任务，各镇人民政府均为落实责任单位，要细化保洁举措，不再逐项列出。\n", True),
        # in the preamble: the plan's tasks
        ("　　为改善河道环境，制定本方案。本方案所列各项任务，各镇人民政府均为责任单位，不再逐项列出。\n", "", True),
        # near forms: the towns' own duty, no task named; a sentence giving roles to tasks naming none
        ("", "　　各镇人民政府要落实属地管理责任，加强日常巡查。\n", False),
        ("", "　　各镇人民政府对辖区内河道保洁负属地管理责任。\n", False),
        ("", "　　以上各项任务，除明确责任单位外，均由县水务局牵头，各镇人民政府配合。\n", False),
    ],
)
def test_units_named_once_for_every_block(before: str, after: str, reached: bool) -> None:
    notice = parse_text(HEAD + before + BODY + after)
    assert len(notice.tasks) == 2
    first, second = notice.tasks
    assert first.lead == ("县水务局",) and first.partners == ("县城管局",)
    assert second.departments[0] == "县生态环境局"
    info = [w for w in notice.warnings if w.code == "units-for-every-task-given"]
    if reached:
        assert first.departments == ("县水务局", "县城管局", TOWNS)  # after its own units, no lead, no partner
        assert second.departments == ("县生态环境局", TOWNS)
        assert len(info) == 1 and info[0].severity == "info"
        assert info[0].message.endswith(f"lines {first.line}, {second.line}")
    else:
        assert TOWNS not in first.departments and TOWNS not in second.departments
        assert info == []


@pytest.mark.parametrize(
    ("cover", "reached"),
    [
        ("　　表中所列任务，各镇人民政府均为责任单位，表中不再逐项列出。\n", True),
        ("　　表中所列工作，各镇人民政府同为责任单位。\n", True),
        ("　　各牵头单位要制定推进计划，责任单位要主动配合。\n", False),
    ],
)
def test_units_named_once_for_every_row(cover: str, reached: bool) -> None:
    text = (
        "溪桥县人民政府办公室关于印发河道保洁任务分解的通知\n\n各镇人民政府，县政府各部门：\n"
        f"　　现将河道保洁任务分解印发给你们，请认真落实。\n{cover}\n溪桥县人民政府办公室\n2025年3月2日\n\n"
        f"河道保洁任务分解表\n\n{TABLE}"
    )
    notice = parse_text(text)
    assert [t.lead for t in notice.tasks] == [("县水务局",), ("县生态环境局",)]
    for task in notice.tasks:
        assert (TOWNS in task.departments) is reached
        assert TOWNS not in task.lead and TOWNS not in task.partners
    assert notice.tasks[0].departments[:2] == ("县水务局", "县城管局")


def test_a_unit_a_task_names_already_is_not_named_twice() -> None:
    body = BODY.replace("县城管局配合", "县城管局、各镇人民政府配合")
    notice = parse_text(HEAD + body + "　　以上各项任务，各镇人民政府均为责任单位。\n")
    first = notice.tasks[0]
    assert first.departments.count(TOWNS) == 1 and first.partners == ("县城管局", TOWNS)


PARTS = (
    "一、清理河道\n"
    "（一）清理漂浮物。集中清理河面漂浮物。（县水务局牵头，县城管局配合，5月底前完成）\n"
    "（二）清理岸坡垃圾。清运岸坡垃圾。（县城管局负责，6月底前完成）\n"
    "{closing}"
    "二、整治排污\n"
    "（三）整治排污口。排查沿河排污口并分类整治。（县生态环境局负责，9月底前完成）\n"
    "{end}"
)


@pytest.mark.parametrize(
    ("closing", "end", "given"),
    [
        # a block's own closing words (以上任务 / 上述工作) reach the block they close, not an earlier block's tasks
        ("上述工作，县财政局均为责任单位。\n", "", {"清理岸坡垃圾": True, "清理漂浮物": False, "整治排污口": False}),
        ("", "以上任务，县财政局为责任单位。\n", {"整治排污口": True, "清理漂浮物": False, "清理岸坡垃圾": False}),
        # the notice's own words for every task reach every task before them
        ("", "以上各项任务，县财政局均为责任单位。\n", {"整治排污口": True, "清理漂浮物": True, "清理岸坡垃圾": True}),
        ("以上所有工作，县财政局均为责任单位。\n", "", {"清理漂浮物": True, "清理岸坡垃圾": True, "整治排污口": False}),
    ],
)
def test_a_block_s_own_closing_words_reach_that_block(closing: str, end: str, given: dict[str, bool]) -> None:
    notice = parse_text(HEAD + PARTS.format(closing=closing, end=end))
    tasks = {t.text.split("。")[0]: t for t in notice.tasks}
    assert set(given) <= set(tasks)
    for name, reached in given.items():
        assert ("县财政局" in tasks[name].departments) is reached, name
        assert "县财政局" not in tasks[name].lead and "县财政局" not in tasks[name].partners


def test_a_closing_sentence_over_points_without_units_gives_no_other_block_its_units() -> None:
    body = PARTS.format(
        closing="", end="（四）清理河道淤泥。\n1.清淤5公里。\n2.加固堤岸。\n以上任务，县财政局为责任单位。\n"
    )
    notice = parse_text(HEAD + body)
    for task in notice.tasks:
        if not task.text.startswith("清理河道淤泥"):
            assert "县财政局" not in task.departments, task.text


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        # words that name no unit: the units of every level, each task's own units by role, any concerned
        ("以上各项任务，各级党委政府是责任主体。", ()),
        ("以上各项任务，各牵头单位是责任主体。", ()),
        ("以上各项任务，各有关单位均为责任单位。", ()),
        ("以上各项任务，各责任单位均为责任单位。", ()),
        # beside a unit's name: only the name
        ("以上各项任务，县直各部门、各镇人民政府都是责任单位。", (TOWNS,)),
        ("以上各项任务，各镇人民政府均为责任单位。", (TOWNS,)),
        # a name with a bracket keeps it as written
        ("以上各项任务，各县（市）人民政府均为责任单位。", ("各县（市）人民政府",)),
        # the units standing first, or partnering every task: a reference to roles is still no unit
        ("各牵头单位是上述所有任务的责任主体。", ()),
        ("以上各项任务，各有关单位均须配合落实，不再逐项列出。", ()),
    ],
)
def test_only_units_names_are_added(sentence: str, added: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + BODY + f"　　{sentence}\n")
    first, second = notice.tasks
    assert first.departments == ("县水务局", "县城管局", *added)
    assert second.departments == ("县生态环境局", *added)
    assert bool([w for w in notice.warnings if w.code == "units-for-every-task-given"]) == bool(added)


def test_units_for_every_task_keep_their_brackets_and_their_line_is_read() -> None:
    notice = parse_text(
        HEAD.replace("溪桥县", "溪桥市")
        + BODY.replace("县", "市")
        + "　　以上各项任务，各县（市、区）人民政府负责在本辖区组织实施。\n"
    )
    assert [t.departments[-1] for t in notice.tasks] == ["各县（市、区）人民政府"] * 2
    assert not [w for w in notice.warnings if w.code == "line-not-read"]


@pytest.mark.parametrize(
    ("before", "after", "reached"),
    [
        # the units as the doers of the plan's tasks (实施主体 / 责任主体), before or after the blocks
        ("", "　　各镇人民政府是本方案所列各项工作的实施主体，对本镇河道保洁负总责。\n", True),
        ("　　各镇人民政府作为以下所有任务的实施主体，要抓好本镇落实，不再一一列出。\n", "", True),
        ("", "　　各镇人民政府为上述所有工作的责任主体。\n", True),
        # the tasks below it reach no task above it
        ("", "　　各镇人民政府是以下各项任务的实施主体，不再逐项列出。\n", False),
        # near forms: no task named; roles for the tasks naming none
        ("", "　　各镇人民政府是河道保洁的责任主体。\n", False),
        ("", "　　各镇人民政府是以上各项任务的实施主体，县水务局牵头，县城管局配合。\n", False),
    ],
)
def test_units_named_as_the_doers_of_every_task(before: str, after: str, reached: bool) -> None:
    notice = parse_text(HEAD + before + BODY + after)
    first, second = notice.tasks
    assert first.lead == ("县水务局",) and first.partners == ("县城管局",)  # responsible: neither lead nor partner
    assert (TOWNS in first.departments) is reached and (TOWNS in second.departments) is reached
    if reached:
        assert first.departments == ("县水务局", "县城管局", TOWNS)
    info = [w for w in notice.warnings if w.code == "units-for-every-task-given"]
    assert len(info) == (1 if reached else 0)


@pytest.mark.parametrize(
    ("opening", "given"),
    [
        # a part's opening words for the tasks below: the tasks of that part only
        ("以下任务，县财政局为实施主体。\n", {"清理漂浮物": True, "清理岸坡垃圾": True, "整治排污口": False}),
        # the notice's words for every task below: every later task
        ("以下各项任务，县财政局为实施主体。\n", {"清理漂浮物": True, "清理岸坡垃圾": True, "整治排污口": True}),
    ],
)
def test_words_for_the_tasks_below_reach_those_below(opening: str, given: dict[str, bool]) -> None:
    body = PARTS.format(closing="", end="").replace("一、清理河道\n", "一、清理河道\n" + opening)
    notice = parse_text(HEAD + body)
    tasks = {t.text.split("。")[0]: t for t in notice.tasks}
    assert set(given) <= set(tasks)
    for name, reached in given.items():
        assert ("县财政局" in tasks[name].departments) is reached, name
        assert "县财政局" not in tasks[name].lead and "县财政局" not in tasks[name].partners


@pytest.mark.parametrize(
    ("note", "role"),
    [
        # the verb gives the role: 配合 / 协助 partners, 负责落实 responsible; a 说明 and item number may open it
        ("说明：1.表内各项工作，各镇人民政府都要参与推进，不再逐一列出。2.各牵头单位每月报送进展。", "partners"),
        ("注：表中所列任务，各镇人民政府均须协助做好，不再一一列出。", "partners"),
        ("说明：表中所列任务，各镇人民政府负责落实，不再逐项列出。", "responsible"),
        # near form: a duty with no 不再列出, no role in every task
        ("说明：表内各项工作，各镇人民政府都要参与推进。", None),
    ],
)
def test_units_partnering_every_row_are_partners(note: str, role: str | None) -> None:
    text = (
        "溪桥县河道保洁任务分解表\n溪桥县人民政府办公室\n2025年3月2日\n\n"
        "序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n完成时限 |\n"
        "1 |\n清理河道漂浮垃圾 |\n县水务局 |\n县城管局 |\n2025年5月底前 |\n"
        "2 |\n整治沿河排污口 |\n县生态环境局 |\n县水务局 |\n2025年9月底前 |\n\n"
        f"{note}\n"
    )
    notice = parse_text(text)
    assert [t.lead for t in notice.tasks] == [("县水务局",), ("县生态环境局",)]
    second = notice.tasks[1]
    assert second.due == "2025年9月底前" and "说明" not in second.text  # the note is no cell of the last row
    for task in notice.tasks:
        assert (TOWNS in task.departments) is (role is not None)
        assert (TOWNS in task.partners) is (role == "partners")
        assert TOWNS not in task.lead
