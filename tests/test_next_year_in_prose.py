"""A deadline in the prose naming the next year (明年3月底前, 明年一季度完成, 明年上半年, 明年底前, 次年6月30日前)
is read with its year word and dated in the next year; it was cut to 3月底前 / 年底前 and dated in the notice's
own year (before the signing, or at the end of the wrong year), or not read at all (明年一季度).

Near misses keep their reading: 今年底前 (年底前, the notice's year, as before), 明年起 (a start), a month with no
end of the work (明年3月召开), a comparison (较明年底). The notice is written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = """\
青禾市人民政府办公室关于印发青禾市农村供水保障实施方案的通知
青政办发〔2024〕9号
各区人民政府，市直各部门：
现将《青禾市农村供水保障实施方案》印发给你们，请认真贯彻执行。
青禾市人民政府办公室
2024年4月2日
青禾市农村供水保障实施方案
一、重点任务
"""


@pytest.mark.parametrize(
    ("prose", "due", "due_date"),
    [
        ("改造供水管网，明年3月底前完成", "明年3月底前", "2025-03-31"),
        ("改造供水管网，力争于明年一季度完成", "明年一季度", "2025-03-31"),
        ("改造供水管网，明年上半年建成", "明年上半年", "2025-06-30"),
        ("改造供水管网，明年底前全部完成", "明年底前", "2025-12-31"),
        ("改造供水管网，次年6月30日前完成", "次年6月30日前", "2025-06-30"),
        ("改造供水管网，明年二季度末前完成", "明年二季度末前", "2025-06-30"),
        # near misses
        ("改造供水管网，今年底前完成", "年底前", "2024-12-31"),
        ("改造供水管网，6月底前完成", "6月底前", "2024-06-30"),
        ("改造供水管网，明年3月召开现场会", None, None),
        ("改造供水管网，供水保障率较明年底提高", None, None),
    ],
)
def test_the_next_year_is_read_with_its_time(prose: str, due: str | None, due_date: str | None) -> None:
    (task,) = parse_text(HEAD + f"（一）{prose}。（市水利局负责）\n").tasks
    assert (task.due, task.due_date) == (due, due_date)
    assert task.departments == ("市水利局",)
