"""A progress report on a plan's tasks scraped one cell a line (任务项 / 重点工作内容 / 牵头责任单位 /
二季度任务分解 / 二季度进展情况 / 完成状况): each numbered row is a task led by its unit; the progress
columns, a period before their names, name no unit and no deadline, and their cells are kept after the
task's text. The notice is written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _name_roles, _value_column, _vertical_roles

FIXTURE = Path(__file__).parent / "fixtures" / "genre" / "district_vertical_progress_report.txt"

EXPECTED = [
    # (text starts, lead, partners, due)
    ("完成城区雨污分流改造一期工程。（二季度任务分解：完成管网铺设3公里。", ("区排水管理所",), (), None),
    ("推进农村饮水安全巩固提升。（二季度任务分解：完成5处水源地保护标识设置。", ("区农村供水站",), (), None),
]


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_text(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)


@pytest.mark.parametrize(("at", "expected"), list(enumerate(EXPECTED)))
def test_each_row_is_a_task_its_progress_kept(notice: Notice, at: int, expected: tuple[object, ...]) -> None:
    task = notice.tasks[at]
    starts, lead, partners, due = expected
    assert task.text.startswith(str(starts)), task.text
    assert (task.lead, task.partners, task.due) == (lead, partners, due)


def test_every_row_is_read(notice: Notice) -> None:
    assert len(notice.tasks) == len(EXPECTED)
    assert notice.tasks[1].text.endswith("完成状况：推进中）")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("进展情况", True),
        ("二季度进展情况", True),
        ("上半年完成情况", True),
        ("年度目标", True),
        ("二季度", False),
        ("牵头单位", False),
    ],
)
def test_progress_and_value_columns(name: str, value: bool) -> None:
    assert _value_column(name) is value


# a report on some of a plan's tasks, numbered as the plan numbers them (14, then 27): a number after a
# full row starts the next row, while a number in a row not yet full is a cell (a target of 0 or 12)
SKIPPED_NUMBERS = "\n".join(
    [
        "青溪区2025年政府工作报告主要任务上半年落实情况",
        *("序号", "主要任务", "牵头单位", "落实情况"),
        *("14", "建成城区公园绿地5处。", "区城管局", "已建成3处。"),
        *("27", "新增公共停车泊位800个。", "区交通局", "已新增520个。"),
    ]
)


def test_a_report_numbered_as_its_plan_keeps_every_row() -> None:
    notice = parse_text(SKIPPED_NUMBERS)
    assert [(t.id, t.text, t.lead) for t in notice.tasks] == [
        (14, "建成城区公园绿地5处。（落实情况：已建成3处。）", ("区城管局",)),
        (27, "新增公共停车泊位800个。（落实情况：已新增520个。）", ("区交通局",)),
    ]


# a progress table of livelihood projects (项目内容 / 当前进度 / 牵头单位 / 备注): the 当前进度 cell is a
# percentage, and the short 备注 after the unit names the project's class (市级项目), not a unit
PROJECT_PROGRESS = "\n".join(
    [
        "松川县2024年民生实事项目推进情况表",
        *("序号", "项目内容", "当前进度", "牵头单位", "备注"),
        *("1", "新建城乡公交候车亭40座。", "75%", "县交通局", "市级项目"),
        *("2", "改造老旧小区供水管网12公里。", "60%(两个小区待进场)", "县住建局", "县级项目"),
        *("3", "新增托育床位300个。", "90%", "县卫健局", ""),
    ]
)


@pytest.mark.parametrize(
    ("at", "starts", "lead"),
    [
        (0, "新建城乡公交候车亭40座。", ("县交通局",)),
        (1, "改造老旧小区供水管网12公里。", ("县住建局",)),
        (2, "新增托育床位300个。", ("县卫健局",)),
    ],
)
def test_project_progress_table_remark_is_no_unit(at: int, starts: str, lead: tuple[str, ...]) -> None:
    notice = parse_text(PROJECT_PROGRESS)
    task = notice.tasks[at]
    assert task.text.startswith(starts), task.text
    assert (task.lead, task.departments, task.due) == (lead, lead, None)
    assert len(notice.tasks) == 3


@pytest.mark.parametrize(("name", "value"), [("当前进度", True), ("项目内容", False)])
def test_current_progress_is_a_value_column(name: str, value: bool) -> None:
    assert _value_column(name) is value


# a report on a district's livelihood projects scraped one cell a line, each closed by a bar: the task
# columns 主要任务 and 全年目标任务 (a period before a task column's name) share one cell, the 分管领导 cell
# holds a person, 责任主体与协同单位 after 牵头单位 lists the lead's partners, and the 1-10月/1-11月推进情况,
# 是否达序 and 说明 columns name no unit
LEADER_AND_PARTNERS = "\n".join(
    [
        "2024年区政府重点民生实事项目推进情况(1-9月)",
        *(f"{name} |" for name in ("序号", "主要任务", "全年目标任务", "分管 领导", "牵头 单位", "责任主体与协同单位")),
        *("1-8月推进情况 |", "1-9月推进情况 |", "是否达序 |", "说明 |"),
        *("7 |", "改造城区积水点12处。 |", "周明远 |", "区住建局 |", "区水利局、相关街道 |"),
        *("已完成5处。 |", "已完成9处。 |", "是 |", "||"),
        *("8 |", "新建社区食堂6个。 |", "周明远 |", "区民政局 |", "区市场监管局、各街道 |"),
        *("已选址4处。 |", "已建成2个,开业1个。 |", "否 |"),
        "两处选址调整,滞后一个月,后期将加快推进。 |",
    ]
)


@pytest.mark.parametrize(
    ("at", "starts", "lead", "partners"),
    [
        (0, "改造城区积水点12处。", ("区住建局",), ("区水利局", "相关街道")),
        (1, "新建社区食堂6个。", ("区民政局",), ("区市场监管局", "各街道")),
    ],
)
def test_progress_table_with_leader_and_partners(
    at: int, starts: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(LEADER_AND_PARTNERS)
    assert len(notice.tasks) == 2
    task = notice.tasks[at]
    assert task.text.startswith(starts), task.text
    assert (task.lead, task.partners, task.departments, task.due) == (lead, partners, lead + partners, None)
    assert "周明远" not in task.departments and task.leaders == ("周明远",)


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        (["序号", "全年目标任务", "牵头单位"], ["number", "task", "lead"]),
        (["序号", "任务", "牵头单位", "责任主体与协同单位"], ["number", "task", "lead", "partners"]),
        (["序号", "任务", "责任单位及配合单位"], ["number", "task", "departments"]),
        # the units, then their deadline after a comma (see test_task_table_readings)
        (["序号", "任务", "责任单位及完成时限"], ["number", "task", "departments"]),
        (["序号", "任务", "责任单位及工作要求"], ["number", "task", None]),
        (["序号", "任务", "牵头单位与责任单位"], ["number", "task", "departments"]),
    ],
)
def test_period_and_joined_column_names(names: list[str], roles: list[str | None]) -> None:
    assert _name_roles(names) == roles


# a town's quarterly report scraped one cell a line with blank lines between, its column names wrapped
# over two lines (责任 / 领导, 责任 / 科室, 攻坚目标 / 任务, 第三季度 / 完成情况): the person is no unit, the
# 责任科室 cell is the row's unit, and the target, plan and progress cells name no unit
WRAPPED_NAMES = "\n\n".join(
    [
        "桂川镇2025年度重点工作计划三季度执行情况",
        *(
            "序号",
            "重点工作",
            "责任",
            "领导",
            "责任",
            "科室",
            "攻坚目标",
            "任务",
            "工作任务安排",
            "第三季度",
            "完成情况",
        ),
        *(
            "1",
            "溪口水厂扩建",
            "林志安",
            "水厂扩建工作专班",
            "建成日供水2万吨水厂。",
            "完成主体结构。",
            "主体结构完成80%。",
        ),
        *("2", "农村公路提档", "陈雅文", "农业农村办", "提档农村公路15公里。", "完成路基工程。", "已完成路基9公里。"),
    ]
)


@pytest.mark.parametrize(
    ("at", "starts", "unit"), [(0, "溪口水厂扩建", "水厂扩建工作专班"), (1, "农村公路提档", "农业农村办")]
)
def test_wrapped_column_names(at: int, starts: str, unit: str) -> None:
    notice = parse_text(WRAPPED_NAMES)
    assert len(notice.tasks) == 2
    task = notice.tasks[at]
    assert task.text.startswith(starts + "（攻坚目标任务："), task.text
    assert (task.departments, task.lead, task.partners, task.due) == ((unit,), (), (), None)


# a progress table of a district's projects with no 序号, scraped one cell a line: the name 项目 / 名称 wrapped
# over two lines, 内容 a task column too, then the lead and one 进展情况 column per month reported, its
# month in brackets on a line of its own; a month's progress may take several lines, and a row ends at its
# lead's cell, so the next row starts with the two lines before the next lead
PROGRESS_BY_UNITS_CELL = "\n".join(
    [
        "桐溪区2024年民生项目进展情况",
        *("项目", "名称", "内容", "牵头单位", "进展情况", "(6月)", "进展情况", "(12月)"),
        *("社区食堂建设", "新建社区食堂8个。", "区民政局", "已建成3个。", "已建成8个。", "另有2个在选址。"),
        *("农村道路提升", "改造农村公路40公里。", "区交通运输局", "已开工。", "已完成42公里,超额完成。"),
        "分享:",
    ]
)


@pytest.mark.parametrize(
    ("at", "starts", "lead"),
    [
        (0, "社区食堂建设", ("区民政局",)),
        (1, "农村道路提升", ("区交通运输局",)),
    ],
)
def test_rows_told_apart_by_their_units_cell(at: int, starts: str, lead: tuple[str, ...]) -> None:
    notice = parse_text(PROGRESS_BY_UNITS_CELL)
    assert len(notice.tasks) == 2
    task = notice.tasks[at]
    assert task.text.startswith(starts), task.text
    assert (task.lead, task.departments, task.partners, task.due) == (lead, lead, (), None)


def test_each_months_progress_is_kept_after_the_task() -> None:
    # the month in brackets stays with its column's name; a month's progress over two lines is one value
    task = parse_text(PROGRESS_BY_UNITS_CELL).tasks[0]
    assert task.text == (
        "社区食堂建设 新建社区食堂8个。（进展情况(6月)：已建成3个。；进展情况(12月)：已建成8个。 另有2个在选址。）"
    )


def test_task_text_wrapped_before_the_first_units_cell_is_joined_and_warned() -> None:
    # three lines before the first lead's cell where a row has two: the first cell wrapped, its cells may
    # be shifted
    text = PROGRESS_BY_UNITS_CELL.replace("社区食堂建设\n", "社区食堂建设\n(一期)\n", 1)
    notice = parse_text(text)
    assert [(t.text[:20], t.lead) for t in notice.tasks] == [
        ("社区食堂建设(一期) 新建社区食堂8个。", ("区民政局",)),
        ("农村道路提升 改造农村公路40公里。（进", ("区交通运输局",)),
    ]
    assert "row-too-long" in {w.code for w in notice.warnings}


# a project plan's columns: the project's name and what is built or done (项目名称 / 建设内容, or 内容 alone)
# are task columns; the name may be wrapped over two lines (项目 / 名称)
@pytest.mark.parametrize(
    ("names", "roles"),
    [
        (["项目名称", "建设内容", "责任单位"], ["task", "task", "departments"]),
        (["项目", "名称", "内容", "牵头单位"], ["task", "qualifier", "task", "lead"]),
        (["进展情况", "(7月)"], ["other", "qualifier"]),
        (["项目名称", "建设规模", "责任单位"], [None, None, "departments"]),  # a size is no task text
    ],
)
def test_project_columns(names: list[str], roles: list[str]) -> None:
    assert _vertical_roles(names) == roles


@pytest.mark.parametrize(
    ("names", "roles"),
    [
        (["项目名称", "内容", "牵头单位", "进展情况"], ["task", "task", "lead", None]),
        (["序号", "项目名称", "建设规模", "责任单位"], ["number", None, None, "departments"]),
    ],
)
def test_project_columns_in_a_header_row(names: list[str], roles: list[str | None]) -> None:
    assert _name_roles(names) == roles


# a bureau's monthly ledger of the government's tasks it carries, one cell a line (序号 / 目标任务 /
# 牵头责任单位 / 计划完成时间 / 目前完成情况 / 是否达到序时进度): the units cell comes before the deadline,
# a two-unit cell may take a line per unit, a stray page number may sit among the cells and a blank
# cell may be a line of one space; the two progress columns name no unit and no deadline
SECTION_LEDGER = "\n".join(
    [
        "水利局2025年8月承担政府重点工作完成情况",
        *("序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度"),
        *("11", "完成小型水库除险加固9座。", "工程建设股", "3", "2025年底", "已完工6座。"),
        *("12", "新建农村供水管网40公里。", "农村水利股", "水资源站", "2025年10月底", "已铺设31公里。", " "),
        *("13", "开展河道采砂专项整治。", "水政监察大队", "2025年底", "已查处3起。", "是"),
    ]
)


@pytest.mark.parametrize(
    ("at", "starts", "lead", "due"),
    [
        (0, "完成小型水库除险加固9座。", ("工程建设股",), "2025年底"),
        (1, "新建农村供水管网40公里。", ("农村水利股", "水资源站"), "2025年10月底"),
        (2, "开展河道采砂专项整治。", ("水政监察大队",), "2025年底"),
    ],
)
def test_section_ledger_reads_units_then_deadline(at: int, starts: str, lead: tuple[str, ...], due: str) -> None:
    notice = parse_text(SECTION_LEDGER)
    task = notice.tasks[at]
    assert task.text.startswith(starts), task.text
    assert (task.lead, task.departments, task.due) == (lead, lead, due)
    assert len(notice.tasks) == 3


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("目前完成情况", True),
        ("当前进展情况", True),
        ("是否达到序时进度", True),
        ("目标任务", False),
        ("计划完成时间", False),
    ],
)
def test_current_progress_and_schedule_check_are_value_columns(name: str, value: bool) -> None:
    assert _value_column(name) is value
