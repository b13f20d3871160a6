"""Several annotations in one item each close a task of their own: a bracket of units alone after a sentence
end, when another annotation closes the item, and brackets of roles inside one sentence, each before a comma."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青川县2025年应急管理工作要点\n一、提升应急能力\n"

# (the item, then each task's text, departments and deadline)
ITEMS: list[tuple[str, list[tuple[str, tuple[str, ...], str | None]]]] = [
    (
        "（一）建成县级应急指挥中心，6月底前投入使用。（县应急局）推进乡镇应急站建设，年底前实现全覆盖。"
        "（县应急局、各乡镇人民政府）",
        [
            ("建成县级应急指挥中心，6月底前投入使用。", ("县应急局",), "6月底前"),
            ("推进乡镇应急站建设，年底前实现全覆盖。", ("县应急局", "各乡镇人民政府"), "年底前"),
        ],
    ),
    (
        "（一）建设县级物资储备库（县应急局负责），推进乡镇物资储备点建设（各乡镇人民政府负责），年底前实现全覆盖。",
        [
            ("建设县级物资储备库", ("县应急局",), None),
            ("推进乡镇物资储备点建设，年底前实现全覆盖。", ("各乡镇人民政府",), "年底前"),
        ],
    ),
    # one bracket of roles inside the sentence gives the item its roles, and leaves its text whole
    (
        "（一）开展消防隐患整治（县消防救援大队牵头，各乡镇人民政府配合），确保年底前见效。",
        [("开展消防隐患整治，确保年底前见效。", ("县消防救援大队", "各乡镇人民政府"), "年底前")],
    ),
    # a unit's second name in brackets inside a sentence is no annotation
    (
        "（一）支持县医院（县人民医院）建设胸痛中心。（县卫健局负责）",
        [("支持县医院（县人民医院）建设胸痛中心。", ("县卫健局",), None)],
    ),
]


@pytest.mark.parametrize(("item", "tasks"), ITEMS)
def test_each_annotation_closes_its_own_task(item: str, tasks: list[tuple[str, tuple[str, ...], str | None]]) -> None:
    notice = parse_text(f"{HEAD}{item}\n（二）开展应急演练。（县应急局负责）\n")
    read = [(t.text, t.departments, t.due) for t in notice.tasks[:-1]]
    assert read == tasks
    assert not [w for w in notice.warnings if w.code == "role-not-read"]
