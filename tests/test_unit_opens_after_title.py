"""An item whose short title sentence is followed by a named office, its verb and its work (发展助餐服务。区民政局、
区市场监管局分别负责…) is that office's, as an item opening with the office is: beside items carrying roles of their
own, the units responsible (分别: each its share, none leads), the words kept in the text."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某区养老服务体系建设实施方案\n\n一、重点任务\n"
ANNOTATED = "1.建设养老服务中心。2025年6月底前建成。（区民政局牵头，区财政局配合）\n"


@pytest.mark.parametrize(
    ("item", "departments", "lead"),
    [
        (
            "2.发展老年助餐。区民政局、区市场监管局分别负责助餐点建设和食品安全监管，每季度检查一次。",
            ("区民政局", "区市场监管局"),
            (),
        ),
        ("2.发展老年助餐。区民政局负责助餐点建设，年底前建成20个。", ("区民政局",), ()),
        ("2.发展老年助餐。区民政局牵头推进助餐点建设，年底前建成20个。", ("区民政局",), ("区民政局",)),
    ],
)
def test_an_office_after_the_items_title(item: str, departments: tuple[str, ...], lead: tuple[str, ...]) -> None:
    task = parse_text(HEAD + ANNOTATED + item + "\n").tasks[1]
    assert task.text.startswith("发展老年助餐")
    assert (task.departments, task.lead, task.partners) == (departments, lead, ())


@pytest.mark.parametrize(
    "item",
    [
        # the first sentence is no short title (a clause before its full stop): prose
        "2.围绕助餐需求，完善布局。区民政局负责助餐点建设。",
        # more offices doing work in the sentence: a run no rule reads
        "2.发展老年助餐。区民政局负责助餐点建设，区财政局保障资金。",
    ],
)
def test_no_office_read_after_the_title(item: str) -> None:
    tasks = parse_text(HEAD + ANNOTATED + item + "\n").tasks
    assert [t.text[:4] for t in tasks] == ["建设养老"]


@pytest.mark.parametrize(
    ("item", "partners"),
    [
        (
            "2.推进医养结合。区卫生健康局负责推动签约合作，区医保分局协同做好结算服务，年底前签约率达到100%。",
            ("区医保分局",),
        ),
        ("2.推进医养结合。区卫生健康局负责推动签约合作，区医保分局、区民政局予以配合。", ("区医保分局", "区民政局")),
    ],
)
def test_offices_helping_in_a_later_clause_are_partners(item: str, partners: tuple[str, ...]) -> None:
    task = parse_text(HEAD + ANNOTATED + item + "\n").tasks[1]
    assert task.text.startswith("推进医养结合")
    assert (task.lead, task.partners) == (("区卫生健康局",), partners)  # in charge, beside partners: the lead
    assert task.departments == ("区卫生健康局", *partners)
