"""A plan written in chapters and sections (第三章 ⏎ 第一节 …): each section is a clause under its chapter, never
text of the chapter's task; 第X节 is no heading in a notice without chapters or parts. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

PLAN = [
    "清河市“十四五”城市更新规划",
    "第一章 发展基础",
    "“十三五”期间，全市城市面貌明显改善。",
    "第二章 主要任务",
    "第一节 推进老旧小区改造",
    "改造老旧小区120个，2025年底前完成。（牵头单位：市住建局；配合单位：市财政局）",
    "第二节 完善城市排水设施",
    "新建雨水管网80公里。（市水务局负责）",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # sections under a chapter: a task each, its path the chapter and the section
            PLAN,
            [("二/（一）", 5, ("市住建局", "市财政局")), ("二/（二）", 7, ("市水务局",))],
        ),
        (  # a later chapter numbers its sections from 第一节 again: a clause of its own chapter
            [*PLAN, "第三章 保障措施", "第一节 强化资金保障", "统筹专项债券资金。（市财政局负责）"],
            [
                ("二/（一）", 5, ("市住建局", "市财政局")),
                ("二/（二）", 7, ("市水务局",)),
                ("三/（一）", 10, ("市财政局",)),
            ],
        ),
    ],
)
def test_sections_are_clauses_of_their_chapter(
    lines: list[str], expected: list[tuple[str, int, tuple[str, ...]]]
) -> None:
    notice = parse_text("\n".join(lines))
    assert [(t.path, t.line, t.departments) for t in notice.tasks] == expected
    assert not any("第二节" in t.text for t in notice.tasks)


def test_section_words_in_a_notice_of_clauses_stay_text() -> None:
    # no chapters or parts: 第二节 opens no block; the clause keeps the line as its text
    notice = parse_text(
        "\n".join(
            [
                "清河市2025年中小学课后服务工作要点",
                "（一）丰富课后服务内容。（牵头单位：市教育局）",
                "（二）保障课后服务时间。",
                "第二节 课后开展体育活动。（市体育局负责）",
            ]
        )
    )
    assert [t.path for t in notice.tasks][:1] == ["一"]
    assert any("第二节" in t.text for t in notice.tasks)
