"""A run of numbered items listing units' duties with a colon (1.县公安局：加强… ⏎ 4.县文旅局：督促…), where an
item opens with a named office of a level and its work with no colon and no word of its duty (2.县市场监管局加强
节日食品安全检查。): that item is the office's task too, its name kept in the text. Outside such a run, with a
field's name for a unit (交通部门加强…), or with another office at work later in the sentence, the item is read
as before (warned). (notice -> (departments, text) of each task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "西岭县国庆节假日旅游安全工作方案\n\n西岭县人民政府办公室\n2025年9月10日\n\n一、工作目标\n确保节日旅游安全。\n"

_RUN = (
    "二、工作任务\n"
    "1.县公安局：加强景区周边治安巡逻。\n"
    "2.县市场监管局加强景区餐饮食品安全检查。\n"
    "3.县交通运输局做好旅游客运车辆安全检查，9月25日前完成。\n"
    "4.县文化广电旅游局：督促景区落实安全主体责任。\n"
)
# near misses: no run of duties with a colon; a field's name with no level; another office at work in the sentence
_NO_RUN = (
    "二、工作任务\n"
    "1.开展景区安全检查。（县应急管理局负责）\n"
    "2.县市场监管局加强景区餐饮食品安全检查。\n"
    "3.做好客运车辆检查。（县交通运输局负责）\n"
)
_FIELD = (
    "二、工作任务\n"
    "1.县公安局：加强景区周边治安巡逻。\n"
    "2.市场监管部门加强景区餐饮食品安全检查。\n"
    "3.县文化广电旅游局：督促景区落实安全主体责任。\n"
)
_OTHERS_AT_WORK = (
    "二、工作任务\n"
    "1.县公安局：加强景区周边治安巡逻。\n"
    "2.县市场监管局加强餐饮检查，县卫生健康局做好医疗保障。\n"
    "3.县文化广电旅游局：督促景区落实安全主体责任。\n"
)


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _RUN,
            [
                (("县公安局",), "县公安局：加强景区周边治安巡逻。"),
                (("县市场监管局",), "县市场监管局加强景区餐饮食品安全检查。"),
                (("县交通运输局",), "县交通运输局做好旅游客运车辆安全检查，9月25日前完成。"),
                (("县文化广电旅游局",), "县文化广电旅游局：督促景区落实安全主体责任。"),
            ],
        ),
        (_NO_RUN, [(("县应急管理局",), "开展景区安全检查。"), (("县交通运输局",), "做好客运车辆检查。")]),
        (
            _FIELD,
            [
                (("县公安局",), "县公安局：加强景区周边治安巡逻。"),
                (("县文化广电旅游局",), "县文化广电旅游局：督促景区落实安全主体责任。"),
            ],
        ),
        (
            _OTHERS_AT_WORK,
            [
                (("县公安局",), "县公安局：加强景区周边治安巡逻。"),
                (("县文化广电旅游局",), "县文化广电旅游局：督促景区落实安全主体责任。"),
            ],
        ),
    ],
)
def test_an_office_and_its_work_in_a_run_of_duties_is_its_task(
    body: str, tasks: list[tuple[tuple[str, ...], str]]
) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.text) for t in notice.tasks] == tasks
    if len(tasks) < 4:  # (the item not read is warned)
        assert any(w.line == 10 for w in notice.warnings)
