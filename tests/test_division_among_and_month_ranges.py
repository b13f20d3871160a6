"""A 责任分工 clause naming the lead of one task among those it numbers (第5项至第7项由A、B按职责分工负责，其中第6项由A
牵头): that task is led by A, B staying responsible, the others keep the clause's units, all responsible. A range of
months without a year in prose (5月至10月组织开展…, 8—9月) is due at its end in the notice's year."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某市2024年稳就业若干措施\n\n一、重点措施\n"
    "1.开展招聘活动。全年举办招聘会不少于20场。\n"
    "2.落实社保补贴。对吸纳就业的企业按规定给予补贴。\n"
    "3.支持返乡创业。新建返乡创业园2个。\n"
    "\n二、责任分工\n"
)


@pytest.mark.parametrize(
    ("division", "leads"),
    [
        ("第1项至第3项由市人社局、市财政局按职责分工负责，其中第2项由市财政局牵头。", [(), ("市财政局",), ()]),
        ("第1-3项由市人社局、市财政局按职责分工负责，其中第（三）项由市人社局牵头负责。", [(), (), ("市人社局",)]),
    ],
)
def test_a_lead_named_among_the_numbered_tasks(division: str, leads: list[tuple[str, ...]]) -> None:
    notice = parse_text(HEAD + division + "\n")
    assert [t.lead for t in notice.tasks] == leads
    assert all(set(t.departments) == {"市人社局", "市财政局"} and not t.partners for t in notice.tasks)
    assert not [w for w in notice.warnings if w.code == "units-by-number"]


def test_a_lead_among_names_a_task_the_clause_does_not_number() -> None:
    """其中第5项: no task the clause numbers; the clause is warned and gives nothing."""
    notice = parse_text(HEAD + "第1项至第3项由市人社局、市财政局按职责分工负责，其中第5项由市财政局牵头。\n")
    assert not [t for t in notice.tasks if t.departments]
    assert [w for w in notice.warnings if w.code == "units-by-number"]


@pytest.mark.parametrize(
    ("written", "due_date", "due_from"),
    [("5月至10月", "2024-10-31", "2024-05-01"), ("8—9月", "2024-09-30", "2024-08-01")],
)
def test_a_range_of_months_without_a_year(written: str, due_date: str, due_from: str) -> None:
    text = f"某市2024年促消费工作要点\n\n一、重点任务\n1.举办消费季。{written}组织开展促消费活动。（市商务局负责）\n"
    task = parse_text(text).tasks[0]
    assert (task.due, task.due_date, task.due_from, task.due_kind) == (written, due_date, due_from, "range")


def test_a_length_in_months_is_no_deadline() -> None:
    text = "某市2024年促消费工作要点\n\n一、重点任务\n1.举办消费季。用3至6个月组织开展促消费活动。（市商务局负责）\n"
    assert parse_text(text).tasks[0].due is None


@pytest.mark.parametrize(
    ("written", "due"), [("每年一季度、三季度", "每年一季度、三季度"), ("每年一季度", "每年一季度")]
)
def test_quarters_of_each_year_are_kept_whole(written: str, due: str) -> None:
    text = (
        f"某市2024年促消费工作要点\n\n一、重点任务\n1.开展安全排查。于{written}各开展一次集中排查。（市商务局负责）\n"
    )
    task = parse_text(text).tasks[0]
    assert (task.due, task.due_kind, task.due_year) == (due, "standing", None)


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("1.5月至10月组织开展防溺水宣传。（县教育局负责）", "5月至10月"),
        # a season's months in a bracket after its name: the period meant, no deadline
        ("1.汛期（5月至9月）实行24小时值班制度。（县应急管理局负责）", None),
    ],
)
def test_a_season_s_months_in_a_bracket_are_no_deadline(item: str, due: str | None) -> None:
    notice = parse_text("某县2024年安全生产工作要点\n一、重点任务\n" + item + "\n")
    assert notice.tasks[0].due == due


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("完善河道保洁机制，汛前开展集中清理。", "长期坚持"),  # an event in the item: the division's deadline
        ("完善河道保洁机制，每季度开展一次巡查。", "长期坚持"),  # a cadence in the item: the same
        ("完善河道保洁机制，2024年9月底前完成清淤。", "2024年9月底前"),  # a date in the item wins
    ],
)
def test_a_division_s_deadline_for_the_items_it_numbers(item: str, due: str) -> None:
    """第1项由…，长期坚持: the deadline a division gives the items it numbers is theirs, as an annotation's is."""
    text = (
        "某市2024年河湖管护工作要点\n\n一、重点任务\n"
        f"1.{item}\n2.加强岸线巡查。\n\n二、责任分工\n"
        "第1项由市水利局牵头，各区人民政府配合，长期坚持；第2项由市城管局负责，2024年12月底前完成。\n"
    )
    notice = parse_text(text)
    assert [t.due for t in notice.tasks] == [due, "2024年12月底前"]
    assert notice.tasks[0].lead == ("市水利局",)
