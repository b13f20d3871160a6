"""An item headed by named offices and a colon (县卫健局：建成…), as a division of work by unit writes it, is
theirs: beside items carrying roles of their own, the units responsible (departments only, no role stated), the
words kept in the text. A label, a post or work naming more units after the colon is left to the other rules."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县政府工作报告重点工作任务分解\n\n一、重点工作\n"
ANNOTATED = "1.新建城北污水处理厂。年底前建成。（县住建局牵头，县财政局配合）\n"


@pytest.mark.parametrize(
    ("item", "departments", "due"),
    [
        ("2.县卫健局：建成县人民医院新院区，12月底前投入使用。", ("县卫健局",), "12月底前"),
        ("2.县卫健局:建成县人民医院新院区。", ("县卫健局",), None),  # a half-width colon
        ("2.县住建局、县城管局：开展背街小巷整治，年底前完成。", ("县住建局", "县城管局"), "年底前"),
        ("2.各乡镇人民政府：完成农村户厕改造。", ("各乡镇人民政府",), None),
    ],
)
def test_offices_before_a_colon_are_responsible(item: str, departments: tuple[str, ...], due: str | None) -> None:
    task = parse_text(HEAD + ANNOTATED + item + "\n").tasks[1]
    assert task.text.startswith(item[2:6])  # the heading words stay in the text
    assert (task.departments, task.lead, task.partners, task.due) == (departments, (), (), due)


@pytest.mark.parametrize(
    "item",
    [
        # a label or a post before the colon, no office
        "2.工作目标：建成县人民医院新院区。",
        "2.组长：王明同志。",
        # no work in words after the colon
        "2.县卫健局：12所。",
        # the work names more units after the colon: roles the heading alone does not settle
        "2.县卫健局：建成县人民医院新院区，县财政局配合保障资金。",
        "2.县卫健局：建成县人民医院新院区，有关乡镇协助做好征地。",
    ],
)
def test_no_units_read_from_the_heading(item: str) -> None:
    tasks = parse_text(HEAD + ANNOTATED + item + "\n").tasks
    assert all("县卫健局" not in t.departments for t in tasks)
    assert [t.text[:4] for t in tasks][:1] == ["新建城北"]


def test_alone_the_heading_gives_no_task() -> None:
    # no item beside it carries roles of its own: prose as any other, no units read
    text = HEAD + "1.县卫健局：建成县人民医院新院区。\n2.完善城乡医保制度。\n"
    assert all("县卫健局" not in t.departments for t in parse_text(text).tasks)


LIST = "某区重点任务分解\n\n一、教育卫生\n1.区卫健局：建成区人民医院新院区。\n"


@pytest.mark.parametrize(
    ("item", "text", "departments", "due"),
    [
        # the work after the colon names a thing a unit's name may end with (幼儿园), then a deadline: the
        # office before the colon is the unit, the thing stays work
        ("2.区教育局：新建城东幼儿园，9月底前投入使用。", "区教育局：新建城东幼儿园", ("区教育局",), "9月底前"),
        # the task before the colon, its units after it, a deadline after their comma: read as before
        ("2.新建城东幼儿园：区教育局，年底前。", "新建城东幼儿园", ("区教育局",), "年底前"),
        ("2.落实分级诊疗制度：区卫健局基层股，全年。", "落实分级诊疗制度", ("区卫健局基层股",), "全年"),
    ],
)
def test_which_side_of_the_colon_holds_the_units(
    item: str, text: str, departments: tuple[str, ...], due: str | None
) -> None:
    task = parse_text(LIST + item + "\n").tasks[-1]
    assert task.text.startswith(text)
    assert (task.departments, task.lead, task.partners, task.due) == (departments, (), (), due)


@pytest.mark.parametrize(
    ("item", "lead", "partners", "departments"),
    [
        # partners only in the item's bracket: the offices heading it are the ones they help, the lead
        ("2.区教育局：新建城东小学。（配合单位：区财政局）", ("区教育局",), ("区财政局",), ("区教育局", "区财政局")),
        ("2.区教育局：新建城东小学（区财政局、区住建局配合）。", ("区教育局",), ("区财政局", "区住建局"), None),
        # the bracket names its own lead, or responsible units: the heading adds no role
        (
            "2.区教育局：新建城东小学。（牵头单位：区住建局；配合单位：区财政局）",
            ("区住建局",),
            ("区财政局",),
            ("区住建局", "区财政局"),
        ),
        ("2.区教育局：新建城东小学。（责任单位：区财政局）", (), (), ("区财政局",)),
        # no office before the colon
        ("2.工作目标：新建城东小学。（配合单位：区财政局）", (), ("区财政局",), ("区财政局",)),
    ],
)
def test_offices_heading_an_item_its_partners_help(
    item: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...] | None
) -> None:
    task = parse_text(LIST + item + "\n").tasks[-1]
    assert (task.lead, task.partners) == (lead, partners)
    if departments is not None:
        assert task.departments == departments
