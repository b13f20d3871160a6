"""A page scraped to a fixed length ends inside the last task's annotation: （牵头单位：市发 or
（…责任单位：各县人民政府〈含园区、. The task is kept and the cut is warned; a unit's name the cut leaves
half written (市发) is no unit and is not printed (a task left with no unit is not read, as when the page
ends after the label's colon), a qualifier the cut leaves open (〈含园区、) is dropped and
the unit before it kept; a last name written whole (市财政局) or followed by its role (县水务局牵头) stays.
The same holds for a labelled unit line or a table's last cell the page cuts (牵头单位：区商).
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
        # units alone, no role yet: the names written whole are the task's, in no role; a name cut is not
        ("（市卫生健康委、市财政局、市", (), ("市卫生健康委", "市财政局"), "市"),
        ("（市卫生健康委、市财政局", (), ("市卫生健康委", "市财政局"), None),
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


@pytest.mark.parametrize("tail", ["（牵头单位：市卫", "（牵头单位：", "（市卫", "（加强督导、市"])
def test_a_cut_annotation_left_with_no_unit_gives_no_task(tail: str) -> None:
    # the task's units are all cut off: no task is read there, as for a label cut before its value (warned)
    notice = parse_text(HEAD + tail + "\n")
    assert [t.text[:6] for t in notice.tasks] == ["推进城乡供水"]
    assert any(w.code == "text-cut-off" and tail in w.message for w in notice.warnings)


def test_an_annotation_closed_keeps_a_short_name() -> None:
    notice = parse_text(HEAD + "（牵头单位：市卫）\n")
    assert notice.tasks[-1].departments == ("市卫",)
    assert not [w for w in notice.warnings if w.code == "annotation-cut-off"]


LINES = (
    "某区2024年重点工作任务分解方案\n"
    "一、主要预期目标\n"
    "1.地区生产总值增长6%左右。\n"
    "牵头单位：区发展改革局\n"
    "责任单位：各街道办事处\n"
    "2.社会消费品零售总额增长7%左右。\n"
)


@pytest.mark.parametrize(
    ("last", "units", "warned"),
    [
        # the page ends inside the last labelled unit's name: that is no unit
        ("牵头单位：区商", None, "区商"),
        ("牵头单位：区商务局\n责任单位：各街道、区市场", ("区商务局", "各街道"), "区市场"),
        # near cases: the last name is whole
        ("牵头单位：区商务局", ("区商务局",), None),
        ("牵头单位：区商务局\n责任单位：各街道、区市场监管局", ("区商务局", "各街道", "区市场监管局"), None),
    ],
)
def test_a_labelled_unit_cut_mid_name_is_not_printed(
    last: str, units: tuple[str, ...] | None, warned: str | None
) -> None:
    notice = parse_text(LINES + last + "\n")
    assert len(notice.tasks) == (1 if units is None else 2)
    if units is not None:
        assert notice.tasks[1].departments == units
    cut = [w.message for w in notice.warnings if w.code == "task-cut-off"]
    assert (warned is not None and len(cut) == 1 and warned in cut[0]) or (warned is None and not cut)


@pytest.mark.parametrize(
    "last",
    [
        "各县（市）",
        "各旗县",
        "各市州",
        "各高校",
        "各地",
        "市林场",
        "市粮库",
        "市殡仪馆",
        "某某职业技术学院",
        "市第二中学",
    ],
)
@pytest.mark.parametrize("footer", ["", "\n主办：某市人民政府办公室  网站标识码：1234567890\n"])
def test_a_whole_last_name_without_a_listed_ending_is_kept(last: str, footer: str) -> None:
    # no unit's name begins with it: not judged cut, the task and the name stay (the open bracket warned)
    notice = parse_text(HEAD + "（牵头单位：市卫生健康委；配合单位：" + last + "\n" + footer)
    task = notice.tasks[-1]
    assert task.text.startswith("完善水质监测网络")
    assert task.departments[0] == "市卫生健康委" and len(task.departments) == 2
    assert not [w for w in notice.warnings if "not read" in w.message]


@pytest.mark.parametrize("last", ["市林场", "各县（市）"])
def test_a_whole_last_name_in_the_only_annotation_keeps_its_task(last: str) -> None:
    notice = parse_text(HEAD + "（牵头单位：" + last + "\n")
    assert notice.tasks[-1].text.startswith("完善水质监测网络")
    assert len(notice.tasks[-1].departments) == 1


def test_a_name_the_notice_writes_longer_elsewhere_is_cut() -> None:
    # 市水务 begins no core the registry knows by itself here, but the notice names 市水务集团 before
    text = HEAD.replace("市财政局", "市水务集团") + "（牵头单位：市卫生健康委；配合单位：市水务\n"
    task = parse_text(text).tasks[-1]
    assert task.departments == ("市卫生健康委",)


@pytest.mark.parametrize(
    ("middle", "units"),
    [
        # a bracket a typo left open before more text: no cut there, the names are kept as before
        ("（牵头单位：市卫生健康委；配合单位：市生态环", ("市卫生健康委", "市生态环")),
        ("（牵头单位：市卫", ("市卫",)),
        ("（责任单位：各县（市", None),
    ],
)
def test_an_open_bracket_before_more_text_cuts_nothing(middle: str, units: tuple[str, ...] | None) -> None:
    notice = parse_text(HEAD + middle + "\n3.开展水源地巡查。（牵头单位：市水利局）\n")
    assert [t.text[:4] for t in notice.tasks] == ["推进城乡", "完善水质", "开展水源"]
    if units is not None:
        assert notice.tasks[1].departments == units
    assert not [w for w in notice.warnings if "not read" in w.message]


@pytest.mark.parametrize("last", ["区林场", "各社区居委会", "各村居"])
def test_a_whole_labelled_last_name_is_kept(last: str) -> None:
    notice = parse_text(LINES + "牵头单位：区商务局\n责任单位：各街道、" + last + "\n")
    assert notice.tasks[1].departments[-1] == last
    # the soft warning of before (the last may be cut off) stays; nothing is dropped
    assert not [w for w in notice.warnings if w.code == "task-cut-off" and "not read" in w.message]


@pytest.mark.parametrize(
    ("annotation", "lead", "partners"),
    [
        # a PDF's hard wrap inside a label: the label whole (责任 beside 协同 leads, no lead marked in the notice)
        ("（责任部\n门：市卫生健康委；协同部门：市财政局）", ("市卫生健康委",), ("市财政局",)),
        # inside a collective of places: one name
        ("（牵头单位：市卫生健康委；配合单位：各乡\n镇人民政府）", ("市卫生健康委",), ("各乡镇人民政府",)),
        # a complete name at the line's end: two units
        ("（牵头单位：市卫生健康委；配合单位：市财政局\n市医保局）", ("市卫生健康委",), ("市财政局", "市医保局")),
    ],
)
def test_an_annotation_a_pdf_wrapped_is_read_whole(
    annotation: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    text = (
        "某市卫生健康工作方案\n一、重点任务\n（一）完善水质监测网络。开展城乡饮用水水质监测，每季\n"
        f"度通报一次监测结果。{annotation}\n（二）加强疾病预防。（市疾控中心负责）\n"
    )
    task = parse_text(text).tasks[0]
    assert (task.lead, task.partners) == (lead, partners)


def test_a_table_one_cell_a_line_cut_inside_its_last_unit_drops_the_cut_name() -> None:
    # the notice names 人民银行某市中心支行 whole above: 人民银 at the text's end is its start, no unit
    text = (
        "某市政务公开工作要点分工\n主要内容\n责任单位\n"
        "围绕信贷政策加强解读。\n市金融办、人民银行某市中心支行分别牵头落实\n"
        "加强舆情收集研判。\n市发改委、市财政局、人民银\n"
    )
    notice = parse_text(text)
    assert notice.tasks[-1].departments == ("市发改委", "市财政局")
    assert [w.code for w in notice.warnings if w.line == 7] == ["row-cut-off"]
