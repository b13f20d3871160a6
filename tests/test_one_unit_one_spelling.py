"""One unit, one name in a notice: a unit whose brackets one place writes half-width (各县(市、区)人民政府) and
another full-width is named with the full-width brackets everywhere (a notice writing only half-width ones
keeps them); a town's government after a collective (各街道办事处、镇人民政府) is named as written, whether or not
a role mark closes it (镇人民政府（配合）), never given the 各 of the name before it."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text

HEAD = "某市2025年优化营商环境工作要点\n一、重点工作\n"

# (the first item's bracket, the second's, the units of the first task)
SPELLINGS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "（市政务服务管理局负责，各县(市、区)人民政府落实）",
        "（市营商环境办牵头，各县（市、区）人民政府配合）",
        ("市政务服务管理局", "各县（市、区）人民政府"),
    ),
    (
        "（市政务服务管理局负责，各县（市、区）人民政府落实）",
        "（市营商环境办牵头，各县(市、区)人民政府配合）",
        ("市政务服务管理局", "各县（市、区）人民政府"),
    ),
    (
        "（市政务服务管理局负责，各县(市、区)人民政府落实）",
        "（市营商环境办牵头，市司法局配合）",
        ("市政务服务管理局", "各县(市、区)人民政府"),
    ),
]


@pytest.mark.parametrize(("first", "second", "units"), SPELLINGS)
def test_a_unit_keeps_one_spelling(first: str, second: str, units: tuple[str, ...]) -> None:
    text = (
        HEAD + f"1.推进“跨省通办”。拓展高频事项跨省通办范围。{first}\n2.健全企业诉求解决机制。实行台账管理。{second}\n"
    )
    notice = parse_text(text)
    assert notice.tasks[0].departments == units
    names = {u for t in notice.tasks for u in t.departments}
    assert len([u for u in names if u.startswith("各县")]) == 1


SPLITS: list[tuple[str, tuple[str, ...]]] = [
    ("各街道办事处、镇人民政府", ("各街道办事处", "镇人民政府")),
    ("各街道办事处、镇人民政府（配合）", ("各街道办事处", "镇人民政府（配合）")),
    ("各乡镇、村委会（配合）", ("各乡镇", "各村委会（配合）")),
    ("各级党委、政府", ("各级党委", "各级政府")),
]


@pytest.mark.parametrize(("cell", "units"), SPLITS)
def test_a_towns_government_is_named_as_written(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units
