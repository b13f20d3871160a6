"""Work plans in rarer inline layouts: a note on leads standing between items, units in a bracket or after
a dash or colon beside a deadline, units opening unnumbered lines. The notices are written for the test
(invented places and units)."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def _parse(text: str) -> Notice:
    return parse_text(text)


# a note that the first-listed unit leads, on a line of its own between items, before them or after them:
# every item keeps its task, and the note gives each its lead
LEAD_NOTES = [
    "1.开展文物安全大检查。（文物科、办公室）\n{note}\n2.推进博物馆免费开放。（文博科、财务科，10月底前）\n",
    "{note}\n1.开展文物安全大检查。（文物科、办公室）\n2.推进博物馆免费开放。（文博科、财务科，10月底前）\n",
    "1.开展文物安全大检查。（文物科、办公室）\n2.推进博物馆免费开放。（文博科、财务科，10月底前）\n{note}\n",
]
NOTES = ["所列单位中排在第一位的为牵头单位，其余为配合单位。", "注：排在第一位的为牵头科室。"]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("layout", LEAD_NOTES)
def test_a_lead_note_between_items_drops_none(layout: str, note: str) -> None:
    text = "梧川县文化旅游局2024年工作要点\n\n一、加强文物保护\n" + layout.format(note=note)
    notice = _parse(text)
    got = [(t.id, t.lead, t.partners, t.text) for t in notice.tasks]
    partners = "配合" in note  # the others are partners only where the note names them so
    assert got == [
        (1, ("文物科",), ("办公室",) if partners else (), "开展文物安全大检查。"),
        (2, ("文博科",), ("财务科",) if partners else (), "推进博物馆免费开放。"),
    ]
    assert not [w for w in notice.warnings if w.code == "units-not-read"]
    assert [b.kind for b in notice.boilerplate if b.text == note] == ["lead-note"]


def test_a_note_in_a_task_s_own_bracket_stays_its_annotation() -> None:
    # the other way: the note inside the task's bracket is part of its annotation, no line of its own
    text = (
        "梧川县文化旅游局2024年工作要点\n\n一、加强文物保护\n"
        "1.开展文物安全大检查。（文物科、办公室；排在第一位的为牵头单位，下同）\n"
        "2.推进博物馆免费开放。（文博科、财务科）\n"
    )
    notice = _parse(text)
    assert [(t.lead, t.partners) for t in notice.tasks] == [(("文物科",), ()), (("文博科",), ())]
    assert not [b for b in notice.boilerplate if b.kind == "lead-note"]


def test_a_paragraph_that_says_more_than_the_note_stays_the_item_s() -> None:
    # the other way: a long paragraph of the item that mentions the lead in passing is kept in its text
    para = "各科室要密切配合，对排在第一位的为牵头单位的事项，牵头单位要主动担当，按月调度进展并及时报送局办公室汇总。"
    text = "梧川县文化旅游局2024年工作要点\n\n一、加强文物保护\n1.开展文物安全大检查。\n" + para + "\n"
    notice = _parse(text)
    assert not [b for b in notice.boilerplate if b.kind == "lead-note"]


# an item closed by its units and a deadline in the common short forms: (item, departments, due)
SHORT_FORMS = [
    ("1.举办农产品展销会3场。（高新区商务局，每季度1场）", ("高新区商务局",), "每季度1场"),
    ("1.推行企业服务专员制度。（高新区综合办；长期坚持）", ("高新区综合办",), "长期坚持"),
    ("1.完善乡村医生培训制度。——医管股（9月底前）", ("医管股",), "9月底前"),
    ("1.推进家庭医生签约服务：基层指导股，全年", ("基层指导股",), "全年"),
    ("1.开展作风建设专项检查。（派驻纪检监察组、机关党委，11月底前）", ("派驻纪检监察组", "机关党委"), "11月底前"),
]


@pytest.mark.parametrize(("item", "units", "due"), SHORT_FORMS)
def test_units_and_deadline_closing_an_item(item: str, units: tuple[str, ...], due: str) -> None:
    text = f"柳湾县卫生健康局2024年工作要点\n\n一、重点工作\n{item}\n2.加强行风建设。（办公室，12月底前）\n"
    notice = _parse(text)
    assert [(t.id, t.departments, t.due) for t in notice.tasks] == [
        (1, units, due),
        (2, ("办公室",), "12月底前"),
    ]
    assert not [w for w in notice.warnings if w.code == "block-without-units"]


# the other way: what follows the dash, colon or comma is no list of units, so no task is read from it
NOT_UNITS = [
    "1.举办农产品展销会。（展销规模，每季度1场）",
    "1.完善乡村医生培训制度。——重在实效（9月底前）",
    "1.推进家庭医生签约服务：签约率达到40%，全年",
    "1.健全工作机制。组长：县卫健局局长\n成员：县卫健局、县财政局",
]


@pytest.mark.parametrize("item", NOT_UNITS)
def test_prose_after_a_dash_or_colon_gives_no_units(item: str) -> None:
    text = f"柳湾县卫生健康局2024年工作要点\n\n一、重点工作\n{item}\n2.加强行风建设。（办公室，12月底前）\n"
    notice = _parse(text)
    # body tasks are numbered in document order; the item's own number stays in the path
    assert [(t.id, t.path) for t in notice.tasks] == [(1, "一/2")]
    assert [w.code for w in notice.warnings if w.line == 4][:1] == ["block-without-units"]


# unnumbered paragraphs under a part, each opening with the units it is for: each a task of its own
UNIT_FIRST = (
    "柳湾县2024年防汛工作要点\n\n一、压实防汛责任\n"
    "【县水利局】组织水库大坝安全检查，5月底前完成。\n"
    "县自然资源局：排查地质灾害隐患点。\n"
    "县气象局——做好灾害性天气预警发布。\n"
    "二、加强物资保障\n"
    "1.补充防汛物资储备：县应急管理局、县粮食和物资储备中心\n"
)


def test_paragraphs_opening_with_their_units_are_tasks_each() -> None:
    notice = _parse(UNIT_FIRST)
    got = [(t.path, t.departments, t.text, t.due) for t in notice.tasks]
    assert got == [
        ("一", ("县水利局",), "组织水库大坝安全检查，5月底前完成。", "5月底前"),
        ("一", ("县自然资源局",), "排查地质灾害隐患点。", None),
        ("一", ("县气象局",), "做好灾害性天气预警发布。", None),
        ("二/1", ("县应急管理局", "县粮食和物资储备中心"), "补充防汛物资储备", None),
    ]
    assert not [w for w in notice.warnings if w.code in ("line-not-read", "block-without-units")]


# the other way: paragraphs that open with prose, or with a unit among lines that do not, stay one task
NOT_UNIT_FIRST = [
    "一、压实防汛责任\n【重点】组织水库汛前安全检查。（县水利局）\n加强巡查——确保万无一失。\n",
    "一、压实防汛责任\n组织水库汛前安全检查。（县水利局）\n县气象局——做好灾害性天气预警发布。\n强化值班值守。\n",
]


@pytest.mark.parametrize("body", NOT_UNIT_FIRST)
def test_paragraphs_not_all_opening_with_units_are_not_split(body: str) -> None:
    notice = _parse("柳湾县2024年防汛工作要点\n\n" + body)
    assert len({t.line for t in notice.tasks}) <= 1


# a yearless deadline in a plan with no date or 文号 whose title names a span of years takes the span's
# first year (a date or 文号 still comes first, see tests/test_deadlines.py)
TITLE_SPANS = [
    ("梧川县2024—2026年农村供水保障三年行动方案", "2024-09-30"),
    ("梧川县2024年至2026年农村供水保障行动方案", "2024-09-30"),
    ("梧川县2025年农村供水保障工作要点", "2025-09-30"),
    # the other way: two years that are no span (a plan of one year citing another) give none
    ("梧川县落实2023年中央1号文件精神2024年农村供水工作要点", None),
]


@pytest.mark.parametrize(("title", "due_date"), TITLE_SPANS)
def test_a_title_naming_a_span_dates_yearless_deadlines_in_its_first_year(title: str, due_date: str | None) -> None:
    notice = _parse(f"{title}\n\n一、重点任务\n1.改造农村供水管网。（县水利局，9月底前）\n")
    assert [t.due_date for t in notice.tasks] == [due_date]


def test_deadlines_read_in_the_next_year_are_warned_once_for_the_notice() -> None:
    text = (
        "梧川县人民政府办公室关于印发梧川县政务服务提升方案的通知\n\n各乡镇人民政府：\n现将方案印发给你们。\n\n"
        "梧川县人民政府办公室\n2023年11月15日\n\n梧川县政务服务提升方案\n\n一、重点任务\n"
        "1.推行帮办代办服务。（县政务服务中心，3月底前）\n2.建设一网通办专区。（县数据局，5月底前）\n"
        "3.完善好差评制度。（县政务服务中心，2024年12月底前）\n"
    )
    notice = _parse(text)
    assert [t.due_date for t in notice.tasks] == ["2024-03-31", "2024-05-31", "2024-12-31"]
    rolled = [w for w in notice.warnings if w.code == "deadline-next-year"]
    assert [(w.line, "tasks 1, 2" in w.message) for w in rolled] == [(notice.tasks[0].line, True)]


def test_one_deadline_read_in_the_next_year_names_its_task() -> None:
    # the other way: a single such deadline is named with its task, and a dated one is not warned
    text = (
        "梧川县人民政府办公室关于印发梧川县政务服务提升方案的通知\n\n各乡镇人民政府：\n现将方案印发给你们。\n\n"
        "梧川县人民政府办公室\n2023年11月15日\n\n梧川县政务服务提升方案\n\n一、重点任务\n"
        "1.推行帮办代办服务。（县政务服务中心，2024年3月底前）\n2.建设一网通办专区。（县数据局，5月底前）\n"
    )
    notice = _parse(text)
    rolled = [w.message for w in notice.warnings if w.code == "deadline-next-year"]
    assert len(rolled) == 1 and "(task 2) names no year" in rolled[0]
