"""A department's notice naming its own sections (股, 处) names its own offices too: an office named with no
level (办公室, 办公室（党建办）) takes none, while a unit named with a level beside a section is read as
before; a name opening with places counted (三市, 两区) is no unit to give the notice's level. A meeting
before 由Y负责 is the work, not a unit; a stage's bracketed time is its deadline. The notices are written for
the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

BUREAU = "\n".join(
    [
        "青禾县自然资源局2025年工作要点",
        "一、强化耕地保护",
        "1.开展耕地保护专项督察，年底前完成。——耕保股、县林业局",
        "2.推进土地整治项目验收（整治股，9月底前）",
        "二、加强机关建设",
        "3.{item}",
    ]
)


@pytest.mark.parametrize(
    ("item", "departments", "text"),
    [
        ("落实全面从严治党主体责任。——办公室（党建办）", ("办公室（党建办）",), "落实全面从严治党主体责任。"),
        ("做好档案规范化管理工作。（办公室）", ("办公室",), "做好档案规范化管理工作。"),
        ("做好档案规范化管理工作。——办公室", ("办公室",), "做好档案规范化管理工作。"),
        # a unit with a level beside a section: as before
        ("做好政务信息公开工作。（法规股、县政务服务中心）", ("法规股", "县政务服务中心"), "做好政务信息公开工作。"),
        # a list naming a section is the department's own: an office in it takes no level, a unit beside it keeps
        # its own; a list naming no section restores the level as ever
        (
            "做好政务信息公开工作。（法规股、县政务服务中心牵头，办公室配合）",
            ("法规股", "县政务服务中心", "办公室"),
            "做好政务信息公开工作。",
        ),
        ("做好政务信息公开工作。（县政务服务中心、办公室）", ("县政务服务中心", "县办公室"), "做好政务信息公开工作。"),
    ],
)
def test_a_bureaus_own_office_takes_no_level(item: str, departments: tuple[str, ...], text: str) -> None:
    task = parse_text(BUREAU.format(item=item) + "\n").tasks[-1]
    assert (task.departments, task.text) == (departments, text)


def test_a_government_office_in_a_notice_of_no_sections_takes_the_level() -> None:
    notice = "\n".join(
        [
            "青禾县2025年营商环境工作要点",
            "一、优化政务服务",
            "1.推行涉企审批一件事（县行政审批局、县数据局）",
            "2.开展营商环境评价（县发展改革局、县统计局）",
            "3.做好政务公开工作（办公室）",
        ]
    )
    assert parse_text(notice + "\n").tasks[-1].departments == ("县办公室",)


def test_a_name_opening_with_places_counted_takes_no_level() -> None:
    notice = "\n".join(
        [
            "青禾省水利厅2025年河湖治理工作要点",
            "一、推进河湖治理",
            "1.推进重点河段综合治理（河湖处、省水利水电勘测院）",
            "2.完善东西两市河湖联防机制（河湖处、东西两市水利局）",
            "3.开展水利工程安全鉴定（建管处、省水利工程质量中心）",
        ]
    )
    assert parse_text(notice + "\n").tasks[1].departments == ("河湖处", "东西两市水利局")


@pytest.mark.parametrize(
    ("clause", "departments", "text", "due"),
    [
        (
            "（二）加强宣传发动。召开全县创卫推进会，由县爱卫办负责。",
            ("县爱卫办",),
            "加强宣传发动。召开全县创卫推进会",
            None,
        ),
        (
            "（二）加强宣传发动。举办创卫知识竞赛，由县爱卫办负责。",
            ("县爱卫办",),
            "加强宣传发动。举办创卫知识竞赛",
            None,
        ),
        # a unit whose name ends in 会 is still a unit
        ("（二）加强宣传发动。发动志愿者参与，由县总工会负责。", ("县总工会",), "加强宣传发动。发动志愿者参与", None),
        (
            "（二）动员部署阶段（2025年4月）。召开全县创卫动员大会，由县爱卫办负责。",
            ("县爱卫办",),
            "动员部署阶段（2025年4月）。召开全县创卫动员大会",
            "2025年4月",
        ),
    ],
)
def test_a_meeting_before_by_is_the_work(clause: str, departments: tuple[str, ...], text: str, due: str | None) -> None:
    notice = "\n".join(
        [
            "青禾县2025年创建国家卫生县城工作方案",
            "一、重点任务",
            "（一）整治农贸市场环境。完成城区农贸市场提升改造（县市场监管局负责）。",
            clause,
        ]
    )
    task = parse_text(notice + "\n").tasks[-1]
    assert (task.departments, task.text, task.due) == (departments, text, due)
