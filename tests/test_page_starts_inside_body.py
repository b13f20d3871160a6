"""A page whose scrape starts inside the body: the head and the heading of the part it starts in are cut
off, its first line an item numbered past 1 that assigns work (`4.县水利局负责，县财政局配合，…`), and a
later part (`三、`) follows. The items before that part are read as tasks of the part before it, its
heading warned as not shown; anything else before the first part stays as it was (a cover's own
requirements, a titled page, items numbered from 1, or items naming no role). Notices written for the
test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text

LATER_PART = """三、其他工作
（一）县应急管理局负责，县消防救援大队配合，组织开展防汛抢险演练。
（二）县气象局负责，完善灾害性天气预警发布机制。
"""

STARTS_INSIDE = [
    (
        "4.县水利局负责，县财政局配合，完成中小河流治理工程。\n5.县自然资源局负责，开展地质灾害隐患点巡查。\n",
        [
            ("二/4", ("县水利局", "县财政局"), ("县财政局",)),
            ("二/5", ("县自然资源局",), ()),
            ("三/（一）", ("县应急管理局", "县消防救援大队"), ("县消防救援大队",)),
            ("三/（二）", ("县气象局",), ()),
        ],
    ),
    (
        "\n12.由县住建局负责，各乡镇人民政府配合，排查农村危房。\n13.县交通运输局负责，整治临水临崖路段。\n",
        [
            ("二/12", ("县住建局", "各乡镇人民政府"), ("各乡镇人民政府",)),
            ("二/13", ("县交通运输局",), ()),
            ("三/（一）", ("县应急管理局", "县消防救援大队"), ("县消防救援大队",)),
            ("三/（二）", ("县气象局",), ()),
        ],
    ),
]


def facts(notice: Notice) -> list[tuple[object, ...]]:
    return [(t.path, t.departments, t.partners) for t in notice.tasks]


@pytest.mark.parametrize(("start", "expected"), STARTS_INSIDE)
def test_items_before_the_first_part_shown_are_its_predecessors_tasks(
    start: str, expected: list[tuple[object, ...]]
) -> None:
    notice = parse_text(start + LATER_PART, "cut.txt")
    assert facts(notice) == expected
    first = notice.tasks[0].line
    lost = [w for w in notice.warnings if w.code == "part-numbering-gap"]
    assert [w.line for w in lost] == [first]
    assert "starts inside part 二" in lost[0].message
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "orphan-block", "work-not-read")]
    assert notice.parts[0].title == "" and notice.parts[0].number == 2


NOT_INSIDE = [
    # a title above: the items are the cover's own
    "某县人民政府办公室关于做好汛期安全工作的通知\n"
    "4.县水利局负责，县财政局配合，完成中小河流治理工程。\n"
    "5.县自然资源局负责，开展地质灾害隐患点巡查。\n",
    # items numbered from 1: a list of its own, not the tail of a part
    "1.县水利局负责，县财政局配合，完成中小河流治理工程。\n2.县自然资源局负责，开展地质灾害隐患点巡查。\n",
    # items that give no unit a role
    "4.完成中小河流治理工程。\n5.开展地质灾害隐患点巡查。\n",
    # a first line that is no item
    "汛期将至，各单位要提高认识。\n4.县水利局负责，县财政局配合，完成中小河流治理工程。\n",
]


@pytest.mark.parametrize("start", NOT_INSIDE)
def test_other_lines_before_the_first_part_are_no_part_of_it(start: str) -> None:
    notice = parse_text(start + LATER_PART, "head.txt")
    assert [t.path for t in notice.tasks] == ["三/（一）", "三/（二）"]
    assert [p.number for p in notice.parts] == [3]


def test_a_first_part_numbered_one_keeps_the_items_out() -> None:
    text = (
        "4.县水利局负责，县财政局配合，完成中小河流治理工程。\n"
        "5.县自然资源局负责，开展地质灾害隐患点巡查。\n" + LATER_PART.replace("三、", "一、")
    )
    notice = parse_text(text, "one.txt")
    assert [t.path for t in notice.tasks] == ["一/（一）", "一/（二）"]
