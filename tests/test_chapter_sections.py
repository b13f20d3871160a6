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


ARTICLES = [
    "松江县“十四五”生态环境保护规划",
    "第一章 总体要求",
    "第一节 指导思想",
    "坚持生态优先、绿色发展。",
    "第二章 重点任务",
    "第一节 深入打好蓝天保卫战",
    "第一条 淘汰燃煤小锅炉，2024年底前全部完成。（县生态环境局牵头，县市场监管局配合）",
    "第二节 深入打好碧水保卫战",
    "第二条 整治入河排污口。（县水利局负责）",
    "第三条 建设乡镇污水处理设施。（县住建局负责）",
]


@pytest.mark.parametrize(
    ("lines", "expected", "codes"),
    [
        (  # articles in a chapter of sections: items of their section, numbered on through the chapter
            ARTICLES,
            [
                ("二/（一）/1", 7, ("县生态环境局", "县市场监管局")),
                ("二/（二）/2", 9, ("县水利局",)),
                ("二/（二）/3", 10, ("县住建局",)),
            ],
            [],
        ),
        (  # articles in a chapter with no sections stay its clauses, beside a chapter of sections
            [
                *ARTICLES,
                "第三章 保障措施",
                "第四条 落实环保资金投入。（县财政局负责）",
                "第五条 强化执法监管。（县生态环境局负责）",
            ],
            [
                ("二/（一）/1", 7, ("县生态环境局", "县市场监管局")),
                ("二/（二）/2", 9, ("县水利局",)),
                ("二/（二）/3", 10, ("县住建局",)),
                ("三/（四）", 12, ("县财政局",)),
                ("三/（五）", 13, ("县生态环境局",)),
            ],
            [],  # the articles numbered on through the chapters: no gap
        ),
        (  # an article numbered again is still a repeat
            [*ARTICLES, "第三章 保障措施", "第三条 落实环保资金投入。（县财政局负责）"],
            [
                ("二/（一）/1", 7, ("县生态环境局", "县市场监管局")),
                ("二/（二）/2", 9, ("县水利局",)),
                ("二/（二）/3", 10, ("县住建局",)),
                ("三/（三）", 12, ("县财政局",)),
            ],
            ["clause-numbering-repeat"],
        ),
        (  # a plan of chapters and articles alone: each article a clause of its chapter, as before
            [
                "松江县河道管理实施细则",
                "第一章 职责分工",
                "第一条 县水利局负责河道日常巡查。（县水利局负责）",
                "第二章 保障措施",
                "第二条 各乡镇负责辖区河道保洁。（各乡镇负责）",
            ],
            [("一/（一）", 3, ("县水利局",)), ("二/（二）", 5, ("各乡镇",))],
            [],
        ),
    ],
)
def test_articles_go_below_the_sections_of_their_chapter(
    lines: list[str], expected: list[tuple[str, int, tuple[str, ...]]], codes: list[str]
) -> None:
    notice = parse_text("\n".join(lines))
    assert [(t.path, t.line, t.departments) for t in notice.tasks] == expected
    assert [w.code for w in notice.warnings] == codes
