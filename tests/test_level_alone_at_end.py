"""A table scraped one cell a line whose text ends on a level alone (县): the last row's unit cut off after its
level, warned; a last row ending on a whole unit's name is not. (text -> warnings), both ways."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TABLE = (
    "某县2022年农业农村工作任务清单\n"
    "序号\n工作任务\n责任单位\n评分部门\n"
    "1\n新建机耕道路20公里\n县农业农村局\n市农业农村局\n"
    "2\n推广节水灌溉技术\n县水利局\n市水利局\n"
    "3\n发展林下经济\n{units}\n{last}\n"
)


@pytest.mark.parametrize(
    ("units", "last", "warned"),
    [
        ("县林业局", "市", True),
        ("县林业局", "县", True),
        ("县林业局", "市林业局", False),
    ],
)
def test_a_level_alone_ending_the_text_is_warned(units: str, last: str, warned: bool) -> None:
    notice = parse_text(TABLE.format(units=units, last=last))
    assert len(notice.tasks) >= 2
    assert list(notice.tasks[0].departments) == ["县农业农村局"]
    assert any(w.code == "task-cut-off" for w in notice.warnings) is warned
