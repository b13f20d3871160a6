"""Paragraphs under a heading that each open with a named office and 负责 or 要 (区住建局负责… ⏎ 区委农办要…),
three or more: each paragraph, whole, is a task of its office. An office written without the level the others
share takes it (规划分局 among 区… offices is 区规划分局); a clause opening with 牵头 makes the office lead, and one
opening with 配合 and naming an office (…，配合区农委指导…) makes that office lead and the paragraph's a partner.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.errors import InputError
from policy_cli.parse import parse_text

HEAD = "青禾市关于建设美丽村庄的实施意见\n为推进美丽村庄建设，现提出如下意见。\n一、明确职责分工\n"
RUN = (
    "区住建局负责全区村庄建设的统筹协调，指导各镇开展整治。\n"
    "区委农办要结合全区实际，制定年度建设计划。\n"
    "{third}\n"
    "区财政局负责整治资金的筹措和监管。\n"
)
TAIL = "二、保障措施\n各镇要加强组织领导。\n"


@pytest.mark.parametrize(
    ("third", "departments", "lead", "partners"),
    [
        ("区城管局负责生活垃圾治理，建立收集转运体系。", ("区城管局",), (), ()),
        ("规划分局负责村庄规划的审核工作。", ("区规划分局",), (), ()),
        (
            # the office leads one share of its work and helps in another: responsible, never lead and partner
            "规划分局负责规划审核，牵头审核村庄布局规划，配合市住建局组织开展规划培训。",
            ("区规划分局",),
            (),
            (),
        ),
        (
            "区环保局要加强工业污染防治，配合区农委指导整治农业废弃物。",
            ("区环保局", "区农委"),
            ("区农委",),
            ("区环保局",),
        ),
        # a 配合 naming no office, or a thing: the office stays responsible
        ("区环保局要加强工业污染防治，配合做好农业废弃物整治。", ("区环保局",), (), ()),
    ],
)
def test_each_paragraph_is_its_office_task(
    third: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + RUN.format(third=third) + TAIL)
    tasks = notice.tasks
    assert [t.departments[0] for t in tasks] == ["区住建局", "区委农办", departments[0], "区财政局"]
    task = tasks[2]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert task.text == third


@pytest.mark.parametrize(
    "run",
    [
        # two paragraphs only, a paragraph opening with no office, or offices named by a collective word: the
        # paragraphs are not each a task of their own
        "区住建局负责全区村庄建设的统筹协调。\n区财政局负责整治资金的筹措和监管。\n",
        "区住建局负责全区村庄建设的统筹协调。\n要加强宣传引导，营造良好氛围。\n区财政局负责整治资金的筹措和监管。\n",
        "区住建局负责全区村庄建设。\n区委农办要制定年度计划。\n有关部门要密切配合。\n",
    ],
)
def test_near_misses_are_no_run_of_office_paragraphs(run: str) -> None:
    notice = parse_text(HEAD + run + TAIL)
    paragraphs = run.splitlines()
    assert [t.text for t in notice.tasks if t.path == "一"] != paragraphs


INTRO = "为推进村庄环境整治，现将各单位在整治工作中的任务明确如下：\n"


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        # a text with no numbered parts: the run of office paragraphs is its body, each paragraph a task
        (
            RUN.format(third="区环保局要加强工业污染防治，配合区农委指导整治农业废弃物。"),
            [
                (("区住建局",), ()),
                (("区委农办",), ()),
                (("区环保局", "区农委"), ("区农委",)),
                (("区财政局",), ()),
            ],
        ),
    ],
)
def test_a_text_of_office_paragraphs_alone(run: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    notice = parse_text(INTRO + run)
    assert [(t.departments, t.lead) for t in notice.tasks] == expected
    assert [t.text for t in notice.tasks] == run.splitlines()


@pytest.mark.parametrize(
    "run",
    [
        # two office paragraphs, or a run broken by a paragraph of no office: no body is read from them, and the
        # text is refused as before
        "区住建局负责全区村庄建设的统筹协调。\n区财政局负责整治资金的筹措和监管。\n",
        "区住建局负责全区村庄建设。\n要加强宣传引导。\n区委农办要制定年度计划。\n区财政局负责资金监管。\n",
    ],
)
def test_a_text_of_too_few_office_paragraphs_is_still_refused(run: str) -> None:
    with pytest.raises(InputError, match="not an implementation notice"):
        parse_text(INTRO + run)


def test_office_paragraphs_in_the_requirements_name_no_task() -> None:
    text = (
        "苍梧区关于推进老旧小区改造的实施方案\n一、重点任务\n（一）改造小区供水管网。（区住建局负责）\n"
        "二、保障措施\n区财政局要加大资金投入。\n区自然资源局要做好用地保障。\n区住建局要加强督促检查。\n"
    )
    assert [t.text for t in parse_text(text).tasks] == ["改造小区供水管网。"]
