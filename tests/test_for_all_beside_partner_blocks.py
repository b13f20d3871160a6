"""A closing sentence giving every task its roles (以上各项任务由X牵头组织实施，Y按要求抓好落实) reaches the blocks naming
no unit and, for a block naming partners only (（Z配合）), puts X before them as lead and Y after them as responsible
units; how the units act (按要求, 按照要求) is no part of their names. A block's bracket of roles before a comma and
only a standing deadline (…（Z配合），长期坚持。) is that block's annotation."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2025年社区养老服务提升方案\n\n一、工作目标\n到2025年底，社区养老服务覆盖率达到90%。\n\n二、主要任务\n"


def _notice(items: str, closing: str) -> str:
    return HEAD + items + "\n三、组织实施\n" + closing + "\n"


ITEMS = (
    "1.建设街道综合养老服务中心，9月底前建成3个。\n"
    "2.开展老年人能力评估，招聘评估员10名（县人社局配合）。\n"
    "3.推行长期护理保险试点（县医保局配合），长期坚持。\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "以上各项任务由县民政局牵头组织实施，各乡镇人民政府按要求抓好落实。",
        "以上各项任务由县民政局牵头组织实施，各乡镇人民政府按照要求抓好落实。",
        "以上各项任务由县民政局牵头，各乡镇人民政府抓好落实。",
    ],
)
def test_sentence_for_all_reaches_partner_only_blocks(closing: str) -> None:
    tasks = parse_text(_notice(ITEMS, closing)).tasks
    assert [t.text[:4] for t in tasks] == ["建设街道", "开展老年", "推行长期"]
    plain, with_partner, standing = tasks
    assert (plain.lead, plain.partners, set(plain.departments)) == (("县民政局",), (), {"县民政局", "各乡镇人民政府"})
    assert with_partner.lead == ("县民政局",)
    assert with_partner.partners == ("县人社局",)
    assert set(with_partner.departments) == {"县民政局", "县人社局", "各乡镇人民政府"}
    assert (standing.partners, standing.due, standing.due_kind) == (("县医保局",), "长期坚持", "standing")


def test_bracket_before_more_work_stays_text() -> None:
    """A bracket of roles before a comma and more work (not a deadline alone) closes no task there."""
    items = "1.推行长期护理保险试点（县医保局配合），长期坚持开展评估。\n2.建设养老服务中心。（县民政局负责）\n"
    tasks = parse_text(_notice(items, "各单位要按时报送进展。")).tasks
    assert [t.text[:4] for t in tasks] == ["建设养老"]
