"""A line of its own after a block's points giving them all one deadline (上述任务均须于2025年12月底前完成。): each
point with no deadline of its own takes it, and the line is no point's text (it is kept in boilerplate as a
due-note). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "柳河县城区环境提升工作方案\n一、重点任务\n（一）完善市政设施。\n"
POINTS = (
    "1.改造背街小巷。整修路面和排水设施。（县住建局负责）\n"
    "2.增设公共厕所。新建公厕12座，9月底前完成。（县城管局负责）\n"
    "3.补齐照明短板。更换老旧路灯。（县供电公司负责）\n"
)
AFTER = "（二）整治占道经营。规范早夜市管理。（县市场监管局负责）\n"


@pytest.mark.parametrize(
    ("closing", "dues", "note"),
    [
        # the points before it take its deadline; a point's own stays
        (
            "上述任务均须于２０２５年１２月底前完成。\n",
            ["２０２５年１２月底前", "9月底前", "２０２５年１２月底前"],
            True,
        ),
        ("以上工作均在10月底前完成。\n", ["10月底前", "9月底前", "10月底前"], True),
        ("以上3项任务须于年底前全部完成\n", ["年底前", "9月底前", "年底前"], True),
        # without 于 or 在, the deadline opening with its year
        ("以上任务2025年11月底前完成。\n", ["2025年11月底前", "9月底前", "2025年11月底前"], True),
        # roles beside the deadline: not this form (the line is read as it was)
        ("上述任务由县住建局牵头，年底前完成。\n", None, False),
        # a sentence of work with its date is no deadline of the points
        ("上述工作完成后开展评估。\n", None, False),
    ],
)
def test_a_line_after_the_points_gives_them_its_deadline(closing: str, dues: list[str] | None, note: bool) -> None:
    notice = parse_text(HEAD + POINTS + closing + AFTER)
    points = [t for t in notice.tasks if t.path.startswith("一/（一）/")]
    if dues is not None:
        assert [t.due for t in points] == dues
        assert not any(closing.strip() in t.text for t in notice.tasks)
    assert any(b.kind == "due-note" for b in notice.boilerplate) == note
    assert [t.due for t in notice.tasks if t.path == "一/（二）"] == [None]
