"""A part heading naming the part's overall lead (`一、…（省发展改革委总牵头）`): the items under it that name
no unit take it as their lead, while an item naming its own units keeps them as they are (the heading's
unit is not added to it). A heading's plain 牵头 still reaches an item naming only units responsible. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(heading: str, *items: str) -> str:
    return "\n".join(["南川省2025年稳外贸工作方案", "南川省人民政府办公厅", "2025年2月20日", heading, *items]) + "\n"


CASES = [
    (  # an item naming no unit takes the overall lead; one naming its own lead and partner keeps them
        _notice(
            "一、加快重大项目建设(省发展改革委总牵头)",
            "1.实施省级重点项目500个。（牵头单位：省交通运输厅；配合单位：省财政厅）",
            "2.建立重大项目调度机制。",
        ),
        [
            ("实施省级重点项目500个。", ("省交通运输厅", "省财政厅"), ("省交通运输厅",), ("省财政厅",)),
            ("建立重大项目调度机制。", ("省发展改革委",), ("省发展改革委",), ()),
        ],
        False,
    ),
    (  # an item naming only units responsible keeps them, no lead added, the heading's unit not among them
        _notice(
            "一、稳定外贸主体（省商务厅总牵头）",
            "1.开展外贸企业走访服务。（责任单位：省贸促会）",
            "2.建立外贸企业运行监测机制。",
        ),
        [
            ("开展外贸企业走访服务。", ("省贸促会",), (), ()),
            ("建立外贸企业运行监测机制。", ("省商务厅",), ("省商务厅",), ()),
        ],
        False,
    ),
    (  # the overall lead among an item's own units responsible: no lead given it
        _notice(
            "一、强化就业优先政策（省人力资源社会保障厅总牵头）",
            "1.落实稳岗返还政策。（责任单位：省人力资源社会保障厅、省财政厅）",
            "2.扩大公益性岗位规模。（牵头单位：省民政厅）",
        ),
        [
            ("落实稳岗返还政策。", ("省人力资源社会保障厅", "省财政厅"), (), ()),
            ("扩大公益性岗位规模。", ("省民政厅",), ("省民政厅",), ()),
        ],
        False,
    ),
    (  # every item names its own units, none the heading's: the overall lead reaches none, and is warned
        _notice(
            "一、稳定外贸主体（省商务厅总牵头）",
            "1.开展外贸企业走访服务。（责任单位：省贸促会）",
            "2.扩大出口信用保险覆盖面。（牵头单位：省财政厅）",
        ),
        [
            ("开展外贸企业走访服务。", ("省贸促会",), (), ()),
            ("扩大出口信用保险覆盖面。", ("省财政厅",), ("省财政厅",), ()),
        ],
        True,
    ),
    (  # control: a heading's plain 牵头 reaches an item naming only units responsible, as its lead
        _notice(
            "一、稳定外贸主体（省商务厅牵头）",
            "1.开展外贸企业走访服务。（责任单位：省贸促会）",
            "2.建立外贸企业运行监测机制。",
        ),
        [
            ("开展外贸企业走访服务。", ("省商务厅", "省贸促会"), ("省商务厅",), ()),
            ("建立外贸企业运行监测机制。", ("省商务厅",), ("省商务厅",), ()),
        ],
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "unused"),
    CASES,
    ids=["own-lead-kept", "own-responsible-kept", "lead-among-own-units", "reaches-none", "plain-lead-control"],
)
def test_overall_lead_reaches_items_naming_no_unit(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]], unused: bool
) -> None:
    notice = parse_text(text, "case.txt")
    got = [(t.text, t.departments, t.lead, t.partners) for t in notice.tasks]
    assert got == expected
    assert ("heading-roles-unused" in [w.code for w in notice.warnings]) is unused
