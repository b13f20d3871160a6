"""A block opening with its roles (由X负责，Y配合，…。) whose later sentences open with roles of their own, or with a
named office doing its share (Z做好…): each sentence a task of its own; (text -> tasks and units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_PLAN = (
    "某省农产品质量安全工作实施方案\n一、治理种植业产品污染\n（一）{block}\n（二）由省林业厅负责，加强林产品抽检。\n"
)


def test_later_sentences_opening_with_roles_or_an_office_share_are_tasks_of_their_own() -> None:
    block = (
        "由省农业厅负责，省财政厅、省科技厅配合，建设省级绿色蔬菜基地，开展技术培训。"
        "省粮食局做好粮食收购环节的抽检，建立抽检台账。"
        "省市场监管局负责，省农业厅配合，加强农贸市场快检。"
    )
    notice = parse_text(_PLAN.format(block=block))
    assert [t.text[:6] for t in notice.tasks] == ["由省农业厅负", "省粮食局做好", "省市场监管局", "由省林业厅负"]
    assert notice.tasks[0].partners == ("省财政厅", "省科技厅")
    assert notice.tasks[1].departments == ("省粮食局",)
    assert notice.tasks[1].lead == ()  # a share done with no role verb: responsible
    assert notice.tasks[2].partners == ("省农业厅",)
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


@pytest.mark.parametrize(
    "later",
    [
        # near cases: a subject that is no named office, and a collective, stay in the block's one task
        "生产企业做好自检，建立台账。",
        "各地做好宣传引导，营造良好氛围。",
    ],
)
def test_a_later_sentence_with_no_named_office_stays_in_the_task(later: str) -> None:
    block = f"由省农业厅负责，省财政厅配合，建设省级绿色蔬菜基地。{later}"
    notice = parse_text(_PLAN.format(block=block))
    assert notice.tasks[0].text.endswith(later)
    assert notice.tasks[0].partners == ("省财政厅",)
    assert len(notice.tasks) == 2


def test_roles_not_opening_the_block_split_nothing() -> None:
    """Near case: the roles close the first sentence (…，由X负责。): the later office sentence is read as before."""
    block = "建设省级绿色蔬菜基地，由省农业厅负责。省粮食局做好粮食收购环节的抽检。"
    notice = parse_text(_PLAN.format(block=block))
    assert not any(t.text.startswith("省粮食局") for t in notice.tasks)
