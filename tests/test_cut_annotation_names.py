"""A page scraped to a fixed length ends inside the last task's annotation: （牵头单位：市发 or
（…责任单位：各县人民政府〈含园区、. The task is kept and the cut is warned; a unit's name the cut leaves
half written (市发) is no unit and is not printed (a task left with no unit is not read, as when the page
ends after the label's colon), a qualifier the cut leaves open (〈含园区、) is dropped and
the unit before it kept; a last name written whole (市财政局) or followed by its role (县水务局牵头) stays.
The fixtures are written for the test (invented places and tasks)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某市人民政府办公室关于印发某市供水保障分工方案的通知\n"
    "各县人民政府，市政府各部门：\n"
    "现将《某市供水保障分工方案》印发给你们，请认真贯彻落实。\n"
    "一、重点任务\n"
    "1.推进城乡供水一体化。（牵头单位：市水利局；配合单位：市财政局）\n"
    "2.完善水质监测网络，每季度通报一次。"
)


@pytest.mark.parametrize(
    ("tail", "lead", "units", "cut"),
    [
        # the cut leaves a name half written: no unit
        ("（牵头单位：市卫生健康委；配合单位：市生态环", ("市卫生健康委",), ("市卫生健康委",), "市生态环"),
        # the cut leaves a qualifier open: the unit before it stays
        (
            "（牵头单位：市卫生健康委；责任单位：各县人民政府〈含园区、",
            ("市卫生健康委",),
            ("市卫生健康委", "各县人民政府"),
            "〈含园区",
        ),
        # near cases: the last name is whole, or its role follows it
        ("（牵头单位：市卫生健康委；配合单位：市财政局", ("市卫生健康委",), ("市卫生健康委", "市财政局"), None),
        ("（市卫生健康委牵头", ("市卫生健康委",), ("市卫生健康委",), None),
        ("（责任单位：各县（市", (), ("各县",), "（市"),
    ],
)
def test_a_unit_cut_mid_name_is_not_printed(
    tail: str, lead: tuple[str, ...], units: tuple[str, ...], cut: str | None
) -> None:
    notice = parse_text(HEAD + tail + "\n")
    task = notice.tasks[-1]
    assert task.text.startswith("完善水质监测网络")
    assert (task.lead, task.departments) == (lead, units)
    warned = [w for w in notice.warnings if w.code == "annotation-cut-off"]
    assert len(warned) == 1
    assert (cut in warned[0].message) if cut else "not read" not in warned[0].message


@pytest.mark.parametrize("tail", ["（牵头单位：市卫", "（牵头单位："])
def test_a_cut_annotation_left_with_no_unit_gives_no_task(tail: str) -> None:
    # the task's units are all cut off: no task is read there, as for a label cut before its value (warned)
    notice = parse_text(HEAD + tail + "\n")
    assert [t.text[:6] for t in notice.tasks] == ["推进城乡供水"]
    assert any(w.code == "text-cut-off" and tail in w.message for w in notice.warnings)


def test_an_annotation_closed_keeps_a_short_name() -> None:
    notice = parse_text(HEAD + "（牵头单位：市卫）\n")
    assert notice.tasks[-1].departments == ("市卫",)
    assert not [w for w in notice.warnings if w.code == "annotation-cut-off"]
