"""A reading convention of the genre: how often the work itself is done, written in the task's prose that names
no other deadline (每年开展…, 按季度通报…, 常态化开展…), is the task's deadline as written, standing and with no
year, as the samples give 每季度; a date the prose names wins, and a rate of a measure is no deadline. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_PLAN = "柏川县2025年基层治理工作要点\n\n一、重点任务\n"


@pytest.mark.parametrize(
    ("item", "due", "kind"),
    [
        ("1.健全矛盾纠纷排查机制，每年开展两次集中排查。（县司法局牵头，各乡镇配合）", "每年", "standing"),
        ("1.加强网格员队伍建设，每年培训网格员不少于200人次。（县委政法委负责）", "每年", "standing"),
        ("1.开展道路隐患监测，按季度通报排查结果。（县交通运输局负责）", "按季度", "standing"),
        ("1.密切党群联系，常态化开展入户走访。（各乡镇人民政府负责）", "常态化", "standing"),
        # a date the prose names is the deadline, the cadence after it is not
        ("1.建成县级调解中心，2025年9月底前投用，每年开展一次评估。（县司法局负责）", "2025年9月底前", "date"),
        # a rate of a measure is no deadline
        ("1.落实网格员补贴，每个网格每年补助2000元。（县财政局负责）", None, None),
        ("1.完善基层治理制度体系。（县委政法委负责）", None, None),
    ],
)
def test_a_cadence_in_the_prose_is_the_deadline(item: str, due: str | None, kind: str | None) -> None:
    task = parse_text(f"{_PLAN}{item}\n").tasks[0]
    assert (task.due, task.due_year, task.due_kind if due else None) == (due, 2025 if kind == "date" else None, kind)
