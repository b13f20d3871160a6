"""Annotations in the body: several in one item, cut off by the end of the text, roles nobody reads."""

from __future__ import annotations

from policy_cli.parse import parse_text
from policy_cli.source import parse_file

from .conftest import FIXTURES

SEVERAL = FIXTURES / "genre" / "county_several_annotations.txt"


def test_each_annotation_closes_its_own_task() -> None:
    notice = parse_file(SEVERAL).notice
    got = [(t.id, t.path, t.line, t.text, t.lead, t.partners, t.departments, t.due) for t in notice.tasks]
    assert got == [
        (
            1,
            "二/（一）",
            15,
            "清理河道。开展河道清障行动，2024年6月底前完成。",
            ("县水务局",),
            ("县自然资源局",),
            ("县水务局", "县自然资源局"),
            "2024年6月底前",
        ),
        (
            2,
            "二/（一）",
            15,
            "建立河道巡查台账，每季度更新。",
            ("县河长办",),
            ("各乡（镇）人民政府",),
            ("县河长办", "各乡（镇）人民政府"),
            "每季度",
        ),
        (
            3,
            "二/（二）/1",
            17,
            "排查入河排污口，2024年9月底前建立清单。",
            ("县生态环境分局",),
            (),
            ("县生态环境分局", "县水务局", "县农业农村局"),
            "2024年9月底前",
        ),
        (
            4,
            "二/（二）/2",
            18,
            "规范养殖尾水排放。",
            ("县农业农村局",),
            ("县市场监管局", "县经济商务局"),
            ("县农业农村局", "县市场监管局", "县经济商务局", "各乡（镇）人民政府"),
            None,
        ),
        (
            5,
            "二/（二）/3",
            19,
            "加强宣传引导。",
            ("县融媒体中心",),
            ("县教育部门", "县卫生健康部门"),
            ("县融媒体中心", "县教育部门", "县卫生健康部门"),
            None,
        ),
        (
            6,
            "二/（四）",
            26,
            "强化保障。落实河湖管护经费。",
            ("县财政局",),
            ("县水务局", "县审计"),
            ("县财政局", "县水务局", "县审计"),
            None,
        ),
    ]


def test_nothing_read_is_lost_silently() -> None:
    notice = parse_file(SEVERAL).notice
    assert [(w.code, w.line) for w in notice.warnings] == [
        ("label-without-unit", 24),  # 完成时限 under an item that names no unit
        ("role-not-read", 25),  # 县河长办牵头 in prose, no annotation
        ("annotation-cut-off", 26),  # the text ends inside the annotation
    ]
    assert "完成时限：2024年12月底前" in notice.warnings[0].message


HEAD = "某县人民政府关于做好防汛工作的实施方案\n一、主要任务\n"


def test_label_then_units_on_the_next_line() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头部门\n县水务局、县应急管理局\n配合单位：\n县气象局\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县水务局", "县应急管理局"), ("县气象局",))]
    assert not notice.warnings


def test_label_that_names_no_unit_is_warned() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头单位：\n（二）开展演练。（县应急管理局牵头）\n")
    assert [t.path for t in notice.tasks] == ["一/（二）"]
    assert [(w.code, w.line) for w in notice.warnings] == [("label-without-unit", 4)]


def test_a_role_in_prose_that_no_annotation_holds_is_warned() -> None:
    notice = parse_text(HEAD + "（一）修订预案。由县水务局牵头，各乡（镇）配合，年底前完成。\n")
    assert notice.tasks == ()
    assert [(w.code, w.line) for w in notice.warnings if w.code == "role-not-read"] == [("role-not-read", 3)]


def test_a_bracket_mid_sentence_without_roles_is_text() -> None:
    notice = parse_text(HEAD + "（一）建立河长制（含湖长制）工作台账。（牵头单位：县河长办）\n")
    assert [(t.text, t.lead) for t in notice.tasks] == [("建立河长制（含湖长制）工作台账。", ("县河长办",))]


def test_an_annotated_part_is_a_task() -> None:
    notice = parse_text(
        "某县人民政府关于做好防汛工作的实施方案\n一、修订防汛预案。（县水务局牵头）\n二、开展演练。\n1.组织汛前演练。（县应急管理局牵头）\n"
    )
    assert [(t.path, t.text, t.lead, t.group, t.subgroup) for t in notice.tasks] == [
        ("一", "修订防汛预案。", ("县水务局",), 1, None),
        ("二/1", "组织汛前演练。", ("县应急管理局",), 2, None),
    ]


def test_square_brackets_around_an_annotation_holding_round_ones() -> None:
    notice = parse_text(HEAD + "（一）稳定粮食生产。[牵头单位：县发改局（粮食局）；责任单位：各镇人民政府]\n")
    assert [(t.text, t.lead, t.departments) for t in notice.tasks] == [
        ("稳定粮食生产。", ("县发改局（粮食局）",), ("县发改局（粮食局）", "各镇人民政府"))
    ]


def test_city_notice_mixing_every_way_of_stating_roles() -> None:
    notice = parse_file(FIXTURES / "genre" / "city_mixed_roles.txt").notice
    got = [(t.path, t.lead, t.partners, t.departments, t.leaders, t.due) for t in notice.tasks]
    assert got == [
        # 〔责任单位：… 按职责分工负责，各县（区）人民政府负责落实，下同〕
        ("二/（一）", (), (), ("市水务局", "市自然资源和规划局", "各县（区）人民政府"), (), "2022年底前"),
        # labels separated by commas, a deadline label among them
        (
            "二/（二）",
            ("市水务局",),
            ("市发展改革委", "市财政局"),
            ("市水务局", "市发展改革委", "市财政局"),
            (),
            "2024年底前",
        ),
        # 由…牵头，…协助；…负责落实
        (
            "二/（三）/1",
            ("市住房城乡建设局",),
            ("市水务局",),
            ("市住房城乡建设局", "市水务局", "各县（区）人民政府"),
            (),
            None,
        ),
        ("二/（三）/2/（1）", ("市城管局",), (), ("市城管局",), (), "2023年底前"),
        ("二/（三）/2/（2）", ("市水务局",), ("市农业农村局",), ("市水务局", "市农业农村局"), (), "2024年底前"),
        # labelled lines: 牵头负责领导, 牵头责任单位, 协同责任单位, 完成时限
        (
            "二/（四）",
            ("市卫生健康委",),
            ("市生态环境局", "市疾控中心"),
            ("市卫生健康委", "市生态环境局", "市疾控中心"),
            ("市政府分管副市长",),
            "长期坚持",
        ),
        ("三/（一）", (), (), ("市财政局", "市发展改革委"), (), None),
    ]
    assert not notice.warnings


def test_an_annotation_broken_over_two_lines_is_one() -> None:
    notice = parse_text(HEAD + "（一）修订预案。（牵头单位：县水务局；\n配合单位：县气象局）\n")
    assert [(t.text, t.lead, t.partners) for t in notice.tasks] == [("修订预案。", ("县水务局",), ("县气象局",))]
    assert not notice.warnings


def test_annotations_closing_clauses_of_one_sentence() -> None:
    notice = parse_text(HEAD + "（一）修订防汛预案（县水务局牵头）；开展汛前演练（县应急管理局牵头）。\n")
    assert [(t.text, t.lead) for t in notice.tasks] == [
        ("修订防汛预案", ("县水务局",)),
        ("开展汛前演练。", ("县应急管理局",)),
    ]


def test_a_label_followed_by_a_space_instead_of_a_colon() -> None:
    notice = parse_text(HEAD + "（一）修订预案。\n牵头单位　县水务局\n配合单位 县气象局\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("县水务局",), ("县气象局",))]
