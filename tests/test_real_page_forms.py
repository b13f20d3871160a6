"""Forms of assignment, numbering and deadline seen on real pages of the genre, in one notice written
for the test (tests/fixtures/genre/district_points_and_labels.txt, invented places): circled, 1） and
decimal points, roles closing an item after its sub-items, 【label】 and 责任单位（部门）： labels, a
unit list ending in its deadline, 会同, 分别牵头, and deadlines in Chinese numerals, events and
recurrences."""

from __future__ import annotations

from policy_cli.models import Notice
from policy_cli.source import parse_file

from .conftest import FIXTURES

NOTICE = FIXTURES / "genre" / "district_points_and_labels.txt"


def facts(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (t.path, t.text.split("\n")[0], t.lead, t.partners, t.departments, t.due, t.due_year, t.due_kind, t.line)
        for t in notice.tasks
    ]


def test_every_task_with_its_units_and_deadline() -> None:
    notice = parse_file(NOTICE).notice
    streets = "各街道办事处"
    assert facts(notice) == [
        (
            "一/1/①",
            "补齐破损路面和照明设施。",
            ("区住房城乡建设局",),
            (streets,),
            ("区住房城乡建设局", streets),
            "汛期前",
            2024,
            "unknown",
            15,
        ),
        (
            "一/1/②",
            "清理楼道堆物和飞线充电。",
            ("区消防救援大队",),
            (streets,),
            ("区消防救援大队", streets),
            "即日起",
            None,
            "standing",
            16,
        ),
        ("一/2", "清理河道沟渠", (), (), ("区水务局", "区城管局", streets), None, None, None, 17),
        ("一/3/1）", "补植行道树二千株。", (), (), ("区林业局",), "每年年底前", None, "standing", 22),
        (
            "一/3/2）",
            "新建口袋公园五处。",
            ("区林业局", "区住房城乡建设局"),
            (),
            ("区林业局", "区住房城乡建设局"),
            "2024年至2025年每年3月底前",
            2025,
            "range",
            23,
        ),
        (
            "二/2.1",
            "建立网格巡查制度。",
            ("区城管局",),
            (streets,),
            ("区城管局", streets),
            "二〇二四年六月底前",
            2024,
            "date",
            25,
        ),
        ("二/2.2", "开展门前三包考评。", (), (), ("区市场监管局",), "每季度", None, "standing", 26),
        ("二/2.3", "公开整治进展。", (), (), ("区融媒体中心",), "2024年9月起", None, "standing", 29),
        (
            "三",
            "强化督查考核",
            ("区政府督查室",),
            ("区城管局",),
            ("区政府督查室", "区城管局"),
            "每年",
            None,
            "standing",
            32,
        ),
    ]


def test_dates_of_the_deadlines() -> None:
    notice = parse_file(NOTICE).notice
    assert [(t.due_date, t.due_from) for t in notice.tasks] == [
        (None, None),
        (None, None),
        (None, None),
        (None, None),
        ("2025-03-31", "2024-01-01"),
        ("2024-06-30", None),
        (None, None),
        (None, "2024-09-01"),
        (None, None),
    ]


def test_only_the_event_deadline_is_warned() -> None:
    notice = parse_file(NOTICE).notice
    # (and the sub-items under the title 2.清理河道沟渠 read as its one task, told as info)
    assert [(w.code, w.line, w.severity) for w in notice.warnings] == [
        ("deadline-undated", 15, "warning"),
        ("sub-items-one-task", 17, "info"),
    ]
