"""Items numbered ①, 1）, a） under a heading; deadlines in annotations that are no date; 主办 labels;
roles in a bracket nothing could read. Each notice here is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli import patterns as P
from policy_cli.decode import fold
from policy_cli.models import Notice
from policy_cli.parse import parse_text

HEAD = "青溪县人民政府办公室关于印发青溪县防汛保安工作方案的通知\n青政办发〔2024〕7号\n青溪县防汛保安工作方案\n"


def facts(notice: Notice) -> list[str]:
    """Per task: path|text|lead|partners|departments|due|due_year|due_kind|line."""
    return [
        "|".join(
            "、".join(x) if isinstance(x, tuple) else str(x if x is not None else "")
            for x in (t.path, t.text, t.lead, t.partners, t.departments, t.due, t.due_year, t.due_kind, t.line)
        )
        for t in notice.tasks
    ]


POINTS = [
    (
        "circled-under-an-item",
        "一、主要任务\n1.加固病险水库。\n①完成三座小型水库除险加固。（县水务局牵头，县财政局配合，2024年5月底前）\n"
        "②建立水库巡查台账。（县水务局负责）\n2.开展应急演练。（县应急管理局负责，6月底前）\n",
        [
            "一/1/①|完成三座小型水库除险加固。|县水务局|县财政局|县水务局、县财政局|2024年5月底前|2024|date|6",
            "一/1/②|建立水库巡查台账。|||县水务局||||7",
            "一/2|开展应急演练。|||县应急管理局|6月底前|2024|date|8",
        ],
    ),
    (
        "paren-digits-under-a-part",
        "一、强化物资保障\n1）充实防汛物资储备库。（县应急管理局主办，各乡（镇）人民政府协办，5月底前完成）\n"
        "2）更新抢险机械。（县水务局负责）\n二、加强值班值守\n1）落实领导带班制度。（县委办、县政府办负责，长期坚持）\n",
        [
            "一/1）|充实防汛物资储备库。|县应急管理局|各乡（镇）人民政府|县应急管理局、各乡（镇）人民政府|5月底前|2024|date|5",
            "一/2）|更新抢险机械。|||县水务局||||6",
            "二/1）|落实领导带班制度。|||县委办、县政府办|长期坚持||standing|8",
        ],
    ),
    (
        "letters-under-a-clause",
        "一、重点工作\n（一）整治河道。\na）清理行洪障碍。（县水务局牵头，县自然资源局配合）\n"
        "b）拆除违规网箱。（县农业农村局负责，汛期前完成）\n",
        [
            "一/（一）/a）|清理行洪障碍。|县水务局|县自然资源局|县水务局、县自然资源局||||6",
            "一/（一）/b）|拆除违规网箱。|||县农业农村局|汛期前|2024|unknown|7",
        ],
    ),
    (
        # the roles after the last point close the whole item: the points are its text
        "points-with-labels-after-the-last",
        "一、主要任务\n1.排查隐患点。\n①排查山洪沟道；\n②排查地质灾害点。\n牵头单位：县自然资源局\n配合单位：县水务局\n",
        ["一/1|排查隐患点。\n①排查山洪沟道；\n②排查地质灾害点。|县自然资源局|县水务局|县自然资源局、县水务局||||5"],
    ),
    (
        "an-annotation-on-the-last-point-only",
        "一、主要任务\n1.修订预案。\n①修订县级预案；\n②指导乡（镇）修订预案。（县应急管理局负责，4月底前）\n",
        ["一/1|修订预案。\n①修订县级预案；\n②指导乡（镇）修订预案。|||县应急管理局|4月底前|2024|date|5"],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), POINTS, ids=[p[0] for p in POINTS])
def test_each_point_with_its_own_roles_is_a_task(name: str, body: str, expected: list[str]) -> None:
    notice = parse_text(HEAD + body)
    assert facts(notice) == expected


def test_a_point_without_units_beside_points_with_units_is_warned() -> None:
    notice = parse_text(HEAD + "一、主要任务\n1.巡查堤防。\n①巡查主堤；（县水务局负责）\n②巡查支堤；\n")
    assert [t.text for t in notice.tasks] == ["巡查主堤"]
    assert [(w.code, w.line) for w in notice.warnings] == [("point-without-unit", 7)]


def test_points_of_different_styles_number_on_their_own() -> None:
    notice = parse_text(
        HEAD + "一、主要任务\n1）巡查主堤。（县水务局负责）\na）巡查涵闸。（县水务局负责）\n"
        "2）巡查支堤。（县水务局负责）\nb）巡查泵站。（县水务局负责）\n"
    )
    assert len(notice.tasks) == 4
    assert not [w for w in notice.warnings if "numbering" in w.code]


ANNOTATION_DEADLINES = [
    ("县水务局主办，县财政局协办，汛期前完成", "汛期前", 2024, "unknown"),
    ("县水务局牵头，县财政局配合，即日起", "即日起", None, "standing"),
    ("县水务局负责，每年年底前", "每年年底前", None, "standing"),
    ("县水务局主办，县财政局协办，每月通报", "每月", None, "standing"),
    ("县水务局主办，县财政局协办，三季度末", "三季度末", 2024, "date"),
    ("县水务局牵头，县财政局配合，持续推进", "持续推进", None, "standing"),
    ("县水务局负责，每学期开学前", "每学期开学前", None, "standing"),
    ("县水务局负责，2024年至2025年每年3月底前", "2024年至2025年每年3月底前", 2025, "range"),
    ("县水务局牵头，县财政局配合，2025年6月", "2025年6月", 2025, "date"),
    ("县水务局负责，2024年年底前", "2024年年底前", 2024, "date"),
    ("县水务局负责，2024年6月底前完成，并长期坚持", "2024年6月底前", 2024, "date"),
    ("县水务局负责，“十四五”期间", "“十四五”期间", 2025, "range"),
    ("县水务局负责，逐年推进", "逐年推进", None, "standing"),
    ("县水务局负责，2024年3月起实施", "2024年3月起", None, "standing"),
    # a start after 自 or 从 is the same start
    ("县水务局负责，自2024年1月1日起执行", "2024年1月1日起", None, "standing"),
    ("县水务局负责，从2024年3月起实施", "2024年3月起", None, "standing"),
    ("县水务局负责，年度内完成", "年度内", 2024, "date"),
    ("县水务局负责，2024年秋季学期开学前", "2024年秋季学期开学前", 2024, "unknown"),
    ("县水务局负责，按序时推进", "按序时推进", None, "unknown"),
    ("县水务局负责，常态化开展", "常态化开展", None, "standing"),
    ("县水务局负责，明年6月底前", "明年6月底前", 2025, "date"),
    ("县水务局负责，9月份", "9月份", 2024, "date"),
    ("县水务局负责，2024年内", "2024年内", 2024, "date"),
]


@pytest.mark.parametrize(("annotation", "due", "year", "kind"), ANNOTATION_DEADLINES)
def test_an_annotation_ending_in_a_deadline_that_is_no_date(
    annotation: str, due: str, year: int | None, kind: str
) -> None:
    notice = parse_text(HEAD + f"一、主要任务\n1.清理河道。（{annotation}）\n2.修缮堤防。（县水利站负责）\n")
    first, second = notice.tasks
    assert (first.text, first.departments[0], first.due, first.due_year, first.due_kind) == (
        "清理河道。",
        "县水务局",
        due,
        year,
        kind,
    )
    assert (second.text, second.departments) == ("修缮堤防。", ("县水利站",))


def test_yearly_in_the_task_text_is_its_cadence() -> None:
    notice = parse_text(HEAD + "一、主要任务\n1.每年开展两次防汛演练。（县应急管理局负责）\n")
    assert (notice.tasks[0].due, notice.tasks[0].due_kind) == ("每年", "standing")


def test_a_bracket_of_roles_read_in_part_is_warned_with_its_line() -> None:
    notice = parse_text(
        HEAD
        + "一、主要任务\n1.清理河道。（县水务局主办，县财政局协办，待省里部署后再定）\n2.修缮堤防。（县水利站负责）\n"
    )
    # the roles read are kept, the clause that is none is named
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [
        ("清理河道。", ("县水务局",), ("县财政局",)),
        ("修缮堤防。", (), ()),
    ]
    assert [(w.code, w.line) for w in notice.warnings] == [("roles-partly-read", 5)]
    assert "待省里部署后再定" in notice.warnings[0].message


def test_host_labels_under_an_item_are_roles_and_a_page_footer_is_not() -> None:
    notice = parse_text(
        HEAD + "一、主要任务\n1.整治占道经营。\n主办单位：县城市管理局\n2.整治路口秩序。\n主办单位：县公安局交警大队\n"
        "协办单位：县交通运输局\n完成时限：即日起\n青溪县人民政府办公室\n2024年3月1日\n主办：青溪县人民政府办公室\n"
    )
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [
        ("整治占道经营。", ("县城市管理局",), ()),
        ("整治路口秩序。", ("县公安局交警大队",), ("县交通运输局",)),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "footer"] == ["主办：青溪县人民政府办公室"]


def test_a_paragraph_under_a_part_title_is_the_task_with_the_title_on_its_own_line() -> None:
    notice = parse_text(
        HEAD + "一、强化队伍建设\n开展防汛队伍全员轮训，组织实战拉练。（县应急管理局负责，5月底前）\n"
        "二、加强宣传引导。利用广播、短信发布预警信息。（县融媒体中心负责）\n"
    )
    assert [(t.text, t.line, t.departments) for t in notice.tasks] == [
        ("强化队伍建设\n开展防汛队伍全员轮训，组织实战拉练。", 5, ("县应急管理局",)),
        ("加强宣传引导。利用广播、短信发布预警信息。", 6, ("县融媒体中心",)),
    ]


def test_clause_and_item_numbers_written_as_one_character() -> None:
    notice = parse_text(
        HEAD + "一、重点任务\n㈠加强河道管护\n⒈清理河道垃圾。（县水务局负责，6月底前）\n"
        "⒉整治入河排污口。（县生态环境分局牵头，县水务局配合）\n㈡加强水源保护\n⒈划定水源保护区。（县水务局负责）\n"
    )
    assert [(t.path, t.text, t.departments) for t in notice.tasks] == [
        ("一/（一）/1", "清理河道垃圾。", ("县水务局",)),
        ("一/（一）/2", "整治入河排污口。", ("县生态环境分局", "县水务局")),
        ("一/（二）/1", "划定水源保护区。", ("县水务局",)),
    ]
    assert not [w for w in notice.warnings if "numbering" in w.code]


@pytest.mark.parametrize(
    ("line", "is_point"),
    [
        ("1.1 建立巡查制度。", True),
        ("2.3推进改厕。", True),
        ("2.4 公开整治进展。", True),
        ("1.3 小区改造。", True),
        ("1.2平方公里以内。", False),
        ("①完成加固。", True),
        ("⑵开展演练。", True),
        ("1）落实储备。", True),
        ("b）拆除网箱。", True),
        ("3.5级以上地震应急演练每年一次。", False),
        ("1.5小时内到达现场。", False),
        ("2.5亿元用于改造。", False),
        ("（1）开展演练。", False),
        ("1.建立制度。", False),
    ],
)
def test_what_opens_a_point(line: str, is_point: bool) -> None:
    folded = fold(line)
    assert bool(P.POINT.match(folded) or P.DECIMAL_POINT.match(folded)) is is_point


def test_a_host_line_at_the_end_of_the_page_is_the_footer_even_after_labels() -> None:
    notice = parse_text(
        HEAD + "一、主要任务\n1.整治路口秩序。\n责任单位：县公安局交警大队\n完成时限：即日起\n"
        "主办单位：青溪县人民政府办公室\n承办：青溪县大数据中心\n"
    )
    assert [(t.departments, t.lead) for t in notice.tasks] == [(("县公安局交警大队",), ())]
    assert [b.text for b in notice.boilerplate if b.kind == "footer"] == [
        "主办单位：青溪县人民政府办公室",
        "承办：青溪县大数据中心",
    ]
