"""A sentence giving every task without units of its own its roles (以上各项任务，除明确责任单位外，均由…牵头，…配合 /
本方案所列任务均由…牵头 / 未明确责任单位的，均由…负责): its roles go to the blocks naming no unit, never into the
last block's text, and the sentence is warned with where they went. The notices are written for the test
(invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "柳河县城区停车秩序整治工作方案\n柳河县人民政府办公室\n2025年4月8日\n"
ITEMS = (
    "一、整治任务\n（一）施划停车泊位。新增公共停车泊位800个，7月底前完成。\n"
    "（二）清理僵尸车辆。集中清理占道废旧车辆，6月底前完成。（县公安局交警大队负责）\n"
)
REQUIREMENTS = "二、工作要求\n（一）加强协调配合。各单位要密切协作。\n"


@pytest.mark.parametrize(
    ("preamble", "closing", "given"),
    [
        # after the last block: to the blocks before it naming no unit (not the requirements)
        ("", "　　以上各项任务，除明确责任单位外，均由县城管局牵头，县住建局配合。\n", ("县城管局",)),
        # in the preamble: the plan's tasks, or those with no unit named
        ("　　为规范停车秩序，制定本方案。本方案所列任务均由县城管局牵头，县住建局配合。\n", "", ("县城管局",)),
        ("　　为规范停车秩序，制定本方案。未明确责任单位的，均由县城管局牵头，县住建局配合。\n", "", ("县城管局",)),
        # near forms: a task's own sentence (no tasks named, no exception) gives nothing
        ("", "　　由县城管局牵头，县住建局配合。\n", None),
        ("　　为规范停车秩序，县城管局牵头制定本方案。\n", "", None),
    ],
)
def test_a_sentence_for_all_tasks_gives_its_roles_to_those_without(
    preamble: str, closing: str, given: tuple[str, ...] | None
) -> None:
    notice = parse_text(HEAD + preamble + ITEMS + REQUIREMENTS + closing)
    tasks = {t.text: t for t in notice.tasks}
    assert tasks["清理僵尸车辆。集中清理占道废旧车辆，6月底前完成。"].departments == ("县公安局交警大队",)
    first = tasks.get("施划停车泊位。新增公共停车泊位800个，7月底前完成。")
    warned = [w for w in notice.warnings if w.code == "units-for-all"]
    if given:
        assert not any("各单位要密切协作" in text for text in tasks)  # requirements assign no work
        assert not any("以上各项任务" in text for text in tasks)  # never glued onto the last block
        assert first is not None and (first.lead, first.partners) == (given, ("县住建局",))
        assert len(warned) == 1 and warned[0].message.endswith(f"lines {first.line}")
    else:
        assert first is None and warned == []


def test_a_sentence_for_all_tasks_with_nothing_left_to_give_is_warned() -> None:
    items = "一、整治任务\n（一）施划停车泊位。新增公共停车泊位800个。（县城管局负责）\n"
    notice = parse_text(HEAD + items + "　　以上各项任务，除明确责任单位外，均由县住建局牵头。\n")
    assert [t.departments for t in notice.tasks] == [("县城管局",)]
    assert [(w.code, w.line) for w in notice.warnings if w.code == "units-for-all"] == [("units-for-all", 6)]
