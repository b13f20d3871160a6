"""A bureau's work plan scraped one cell a line, each cell closed by a bar and the 序号 cells enclosed in
bars (| 序号 |, | 1 |), whose units column comes before the task's (序号 / 责任单位 / 考核指标 / 分月序时进度
/ 监督方式 / 实施部门 / 实施步骤 / 完成时限): the units are read from their own columns (the 实施部门
doing the work is a unit responsible, as a 实施部门： label is), the columns of how the work is checked
and done name no unit and no deadline, and a last row the page cuts mid-sentence is warned, never read. The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.models import Notice
from policy_cli.parse import parse_text
from policy_cli.parse.annex import _cell_name, _value_column

PLAN = "\n".join(
    [
        "| 2026年度区人社局重点工作任务分解 |",
        "| 序号 |",
        *(f"{name} |" for name in ("责任单位", "考核指标", "分月序时进度", "监督方式", "实施部门", "实施步骤")),
        "完成时限 |",
        "| 1 |",
        "区人社局 |",
        "全年城镇新增就业不少于6000人,开展职业技能培训3000人次。 |",
        "①1-6月份,新增就业3000人;②7-12月份,新增就业3000人。 |",
        "青岚区人社局办公室0551-1234567 |",
        "就业服务中心 |",
        "按月序时推进 |",
        "2026年12月底 |",
        "| 2 |",
        "区人社局 |",
        "按照欠薪治理有关要求,办结劳动保障监察案件结案率达到95%以上。 |",
        "①1-6月份,结案率达到90%;②7-12月份,结案率达到95%。 |",
        "青岚区人社局办公室0551-1234567 |",
        "劳动监察大队 |",
        "按季度序时推进 |",
        "2026年11月底 |",
        "| 3 |",
        "区人社局 |",
        "落实创业担保贷款政策,按照有关要求,",
    ]
)


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_text(PLAN)


@pytest.mark.parametrize(
    ("at", "starts", "departments", "due"),
    [
        (0, "全年城镇新增就业不少于6000人", ("区人社局", "就业服务中心"), "2026年12月底"),
        (1, "按照欠薪治理有关要求", ("区人社局", "劳动监察大队"), "2026年11月底"),
    ],
)
def test_units_column_before_the_task(
    notice: Notice, at: int, starts: str, departments: tuple[str, ...], due: str
) -> None:
    task = notice.tasks[at]
    assert task.text.startswith(starts), task.text
    assert (task.departments, task.lead, task.partners, task.due) == (departments, (), (), due)
    assert "实施部门：" not in task.text  # the section doing the work is a unit, not a remark in the text


def test_a_row_cut_mid_sentence_is_warned_not_read(notice: Notice) -> None:
    assert len(notice.tasks) == 2
    assert [w.code for w in notice.warnings if w.line == PLAN.count("\n") + 1] == ["row-cut-off"]


@pytest.mark.parametrize(
    ("name", "value"),
    [("分月序时进度", True), ("监督方式", True), ("实施步骤", True), ("实施部门", False), ("责任单位", False)],
)
def test_how_the_work_is_done_names_no_unit(name: str, value: bool) -> None:
    assert _value_column(name) is value


@pytest.mark.parametrize(("line", "name"), [("| 序号 |", "序号"), ("| 1 |", "1"), ("| 序号 | 任务 |", "|序号|任务|")])
def test_a_pipe_cell_alone_is_its_name(line: str, name: str) -> None:
    assert _cell_name(line) == name
