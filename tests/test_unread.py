"""The last net (parse/unread.py): a line that looks like work assigned to units but that no task holds
and no warning names gets a work-not-read warning at its line; clean notices stay quiet. The notices are
written for the test (invented places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.models import Notice, Task
from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.unread import lost_work

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path("/work/shared/samples")

# a table scraped one cell a line, its header lost: numbered items, their text, then their units cell;
# the last units cell is merged over three items
CELLS_ONE_A_LINE = """\
青川县水务局2024年河湖管护工作要点
一、加强河湖日常巡查
1.落实河长巡河制度。
县级河长每季度巡河不少于一次，乡级河长每月巡河不少于一次。
河湖股
2.推进河湖健康评价。
完成县内主要河流健康评价报告的编制。
规划股、水资源股
二、推进河湖水域岸线管理
3.开展妨碍河道行洪突出问题排查整治。
4.完成河道管理范围划界成果复核。
5.建立涉河建设项目审批台账。
水政监察大队、河湖股
"""

# the units cells with their duty, that the parser reads or warns itself: the net adds nothing
CELLS_WITH_DUTY = CELLS_ONE_A_LINE.replace("水资源股\n", "水资源股按职责分工落实\n").replace(
    "、河湖股\n", "、河湖股按职责分工落实\n"
)

# the same, rows with no number: a row's text, then its units
ROWS_WITHOUT_NUMBER = """\
青川县2024年政务公开工作要点
一、做好政策解读
坚持政策文件与解读材料同步起草、同步审签、同步发布，提高解读质量。
县政府办公室
二、做好重点领域信息公开
及时公开预算决算和重大建设项目批准实施信息，回应社会关切。
县财政局、县发展改革局
"""

# an item over sub-points, each a task of its own with its bracket: the first sub-point is no units cell of the
# item above it (without its number, the bracket alone names units on a line of their own)
SUB_POINTS_ANNOTATED = """\
青川镇2025年森林防火工作方案
一、重点任务
1.重点时段在进山路口设置检查站，严禁携带火种进山。
（1）设置临时检查站12个（镇林业站、镇派出所负责，3月15日前）
（2）开展野外用火巡查，一是巡查坟山，二是巡查农事用火（镇综合行政执法队负责，镇派出所配合）
2.加强宣传教育。入户发放宣传资料5000份。（镇宣传办负责）
"""

# items whose units and deadline cells share the line after them
UNITS_AND_DEADLINE = """\
青川县2024年教育重点工作安排
一、办好人民满意教育
1.新建城区公办幼儿园两所，新增学位720个。
县教育局　2024年9月底前
2.实施义务教育薄弱环节改善提升工程。
县教育局、县财政局　2024年12月底前
3.开展中小学校园安全隐患大排查大整治。
县教育局、县公安局　长期坚持
"""

# every cell on a line of its own, the number cell too
NUMBER_CELLS = """\
青川县2024年教育重点工作安排
一、办好人民满意教育
1
新建城区公办幼儿园两所，新增学位720个。
县教育局
2024年9月底前
2
实施义务教育薄弱环节改善提升工程。
县教育局、县财政局
2024年12月底前
"""

# a cover notice listing its annexes over its signature and date: no work
ANNEX_LIST = """\
青川县人民政府办公室关于印发两个工作方案的通知
各乡镇人民政府，县政府各部门：
现将有关方案印发给你们，请认真组织实施。
一、加强组织领导
1.青川县农村人居环境整治工作方案
2.青川县城区停车设施建设工作方案
青川县人民政府办公室
2024年4月2日
"""

# items read as tasks by their annotations: nothing is lost
ANNOTATED = """\
青川县2024年粮食安全工作方案
一、重点任务
1.稳定粮食播种面积，全年播种面积稳定在30万亩以上。（县农业农村局牵头，各乡镇人民政府配合）
2.加强高标准农田建设，完成新建任务2万亩。（县农业农村局、县财政局）
二、保障措施
县农业农村局：负责统筹调度，每月通报工作进展。
成员单位：县发展改革局、县财政局、县自然资源局。
青川县人民政府
2024年2月20日
"""

# a title over its issuers, and a line a PDF wrapped inside a sentence
WRAPPED = """\
关于加强安全生产工作的实施意见
中共青川县委、青川县人民政府
一、明确责任
各级各部门要建立健全安全生产责任体系，行业
管理部门负责本行业领域安全生产工作的监督指导，做到管行业必须管安全。
"""

# targets listed as numbered items, each group's units given by a sentence after it (read by the body)
UNITS_IN_A_SENTENCE = """\
青川县2024年水利工作目标
一、主要目标
1.新增有效灌溉面积1.5万亩；
2.完成病险水库除险加固3座；
以上2项目标的责任单位均为县水利局。
3.农村自来水普及率达到92%；
该指标责任单位为县水务公司。
"""

# the same sentences with the items already read by their annotations, and a sentence naming no unit
UNITS_IN_A_SENTENCE_READ = """\
青川县2024年水利工作目标
一、主要目标
1.新增有效灌溉面积1.5万亩。（县水利局）
2.完成病险水库除险加固3座。（县水利局）
以上2项目标的责任单位均为县水利局。
3.农村自来水普及率达到92%；
该指标的责任单位为各乡镇按要求落实的单位。
"""


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        (CELLS_ONE_A_LINE, [3, 6, 10, 11, 12]),
        (CELLS_WITH_DUTY, []),
        (ROWS_WITHOUT_NUMBER, [3, 6]),
        (UNITS_AND_DEADLINE, [3, 5, 7]),
        (NUMBER_CELLS, [4, 8]),
        (ANNEX_LIST, []),
        (ANNOTATED, [6]),  # (a unit's duty alone under 保障措施, its members' line no second duty: warned)
        (WRAPPED, []),
        (UNITS_IN_A_SENTENCE, []),
        (UNITS_IN_A_SENTENCE_READ, []),
        (SUB_POINTS_ANNOTATED, []),
        (
            SUB_POINTS_ANNOTATED.replace(
                "（1）设置临时检查站12个（镇林业站、镇派出所负责，3月15日前）", "镇林业站、镇派出所"
            ),
            [3],
        ),
    ],
    ids=[
        "cells-one-a-line",
        "cells-with-duty",
        "rows-without-number",
        "units-and-deadline",
        "number-cells",
        "annex-list",
        "annotated",
        "wrapped",
        "units-in-a-sentence",
        "units-in-a-sentence-read",
        "sub-points-annotated",
        "units-only-after-an-item",
    ],
)
def test_work_no_task_holds_is_warned_at_its_line(text: str, warned: list[int]) -> None:
    notice = parse_text(text)
    assert [w.line for w in notice.warnings if w.code == "work-not-read"] == warned


def _task(number: int, line: int, text: str, units: str = "") -> Task:
    return Task(id=number, path=str(number), source="body", text=text, line=line, departments_raw=units or None)


DUTIES = """\
一、职责分工
1．区水务局：负责排水管网排查，6月底前完成。
2．区财政局：统筹安排管网改造资金。
区城管局、区住建局负责，做好改造后的日常养护。
"""


@pytest.mark.parametrize(
    ("tasks", "warned"),
    [
        ((), [2, 3, 4]),
        ((_task(1, 2, "负责排水管网排查，6月底前完成。", "区水务局"),), [3, 4]),
        (
            (
                _task(1, 2, "负责排水管网排查，6月底前完成。", "区水务局"),
                _task(2, 3, "统筹安排管网改造资金。", "区财政局"),
                _task(3, 4, "做好改造后的日常养护。", "区城管局、区住建局"),
            ),
            [],
        ),
    ],
    ids=["none-read", "one-read", "all-read"],
)
def test_units_opening_a_line_with_their_duty(tasks: tuple[Task, ...], warned: list[int]) -> None:
    notice = Notice(tasks=tasks)
    assert [w.line for w in lost_work(notice, split_lines(DUTIES))] == warned


@pytest.mark.parametrize(
    ("text", "warned"),
    [("1", [1]), ("完成管网排查。", [])],
    ids=["number-only", "text"],
)
def test_a_task_whose_text_is_only_its_number(text: str, warned: list[int]) -> None:
    lines = split_lines("一、完成排水管网排查 | 1 | 全面排查城区排水管网，建立问题清单 | 区水务局")
    notice = Notice(tasks=(_task(1, 1, text, "区水务局"),))
    assert [w.line for w in lost_work(notice, lines)] == warned


CLEAN = [ROOT / "data" / "raw_notice.txt", *sorted(SAMPLES.glob("*.txt"))]


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_notices_gain_no_warning(path: Path) -> None:
    notice = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert [w for w in notice.warnings if w.code == "work-not-read"] == []


@pytest.mark.parametrize(
    ("tasks", "warned"),
    [
        ((), [3, 4, 6]),
        (
            (
                _task(1, 3, "新增有效灌溉面积1.5万亩", "县水利局"),
                _task(2, 4, "完成病险水库除险加固3座", "县水利局"),
                _task(3, 6, "农村自来水普及率达到92%", "县水务公司"),
            ),
            [],
        ),
    ],
    ids=["none-read", "all-read"],
)
def test_units_given_by_a_sentence_after_the_items(tasks: tuple[Task, ...], warned: list[int]) -> None:
    notice = Notice(tasks=tasks)
    assert [w.line for w in lost_work(notice, split_lines(UNITS_IN_A_SENTENCE))] == warned
