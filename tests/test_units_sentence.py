"""Numbered items whose units a sentence after them gives (4项目标的责任单位均为市发展改革委。 /
该指标由市统计局负责。): the sentence gives its units to the N items it counts, else to the last (该 / 此),
else to all since the heading above them (上述 / 以上), and only to items naming no units of their own.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "临江县2024年农业农村工作目标\n一、主要目标\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count written in figures, then 该 (one item)
        (
            "1.粮食播种面积稳定在30万亩；\n2.新建高标准农田2万亩；\n2项目标的责任单位均为县农业农村局。\n"
            "3.农村居民人均可支配收入增长7%；\n该指标由县统计局负责。\n",
            [("1", ("县农业农村局",), ()), ("2", ("县农业农村局",), ()), ("3", ("县统计局",), ())],
        ),
        # 以上 with no count: every item since the heading; a count in hanzi; 牵头 gives the lead
        (
            "1.完成农村改厕1200户；\n2.新增农村公路40公里；\n以上目标责任单位为县住建局、县交通运输局。\n"
            "3.培育家庭农场50家；\n4.发展农民合作社20家；\n上述两项工作由县农经站牵头。\n",
            [
                ("1", ("县住建局", "县交通运输局"), ()),
                ("2", ("县住建局", "县交通运输局"), ()),
                ("3", ("县农经站",), ("县农经站",)),
                ("4", ("县农经站",), ("县农经站",)),
            ],
        ),
        # a count of one: only the last item
        (
            "1.畜禽粪污综合利用率达到85%；\n2.秸秆综合利用率达到92%；\n此1项指标的责任单位为县生态环境分局。\n",
            [("2", ("县生态环境分局",), ())],
        ),
    ],
    ids=["counted-then-one", "all-since-heading-and-lead", "one-of-two"],
)
def test_a_sentence_gives_its_units_to_the_items_before_it(
    body: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(HEAD + body)
    got = [(t.path.rsplit("/", 1)[-1], t.departments, t.lead) for t in notice.tasks]
    assert got == expected
    assert [w for w in notice.warnings if w.code == "work-not-read"] == []


@pytest.mark.parametrize(
    "body",
    [
        # the sentence counts more items than stand before it
        "1.粮食播种面积稳定在30万亩；\n2.新建高标准农田2万亩；\n以上5项目标的责任单位均为县农业农村局。\n",
        # it names no unit
        "1.粮食播种面积稳定在30万亩；\n该指标的责任单位为各乡镇按要求落实的单位。\n",
        # it neither counts nor points back (责任单位为… alone is the item's own sentence)
        "1.粮食播种面积稳定在30万亩；\n责任单位为县农业农村局。\n",
    ],
    ids=["miscounted", "no-unit", "not-pointing-back"],
)
def test_a_sentence_that_does_not_give_units_reads_nothing_from_it(body: str) -> None:
    notice = parse_text(HEAD + body)
    assert all(not t.departments for t in notice.tasks if t.text.startswith("粮食"))
    assert 3 in {w.line for w in notice.warnings}  # the item is warned, never lost silently


def test_items_with_units_of_their_own_keep_them() -> None:
    body = "1.粮食播种面积稳定在30万亩。（县农业农村局）\n2.新建高标准农田2万亩；\n以上目标的责任单位均为县水利局。\n"
    notice = parse_text(HEAD + body)
    assert [t.departments for t in notice.tasks] == [("县农业农村局",), ("县水利局",)]


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        # two roles: each unit in its own
        ("以上2项工作由县文旅局牵头，县交通运输局配合。", ("县文旅局",), ("县交通运输局",)),
        ("上述任务由县文旅局牵头，县交通运输局、县商务局配合。", ("县文旅局",), ("县交通运输局", "县商务局")),
        # near forms: one role names every unit in it (两个牵头 units), or none
        ("以上2项工作由县文旅局、县交通运输局牵头。", ("县文旅局", "县交通运输局"), ()),
        ("以上2项工作由县文旅局、县交通运输局负责。", (), ()),
    ],
)
def test_a_sentence_giving_two_roles_gives_each_unit_its_own(
    sentence: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + "1.新建旅游厕所20座；\n2.打造精品线路3条；\n" + sentence + "\n")
    assert [(t.lead, t.partners) for t in notice.tasks] == [(lead, partners)] * 2
    assert all(set(t.departments) >= {"县文旅局"} for t in notice.tasks)
