"""A clause whose heading line is its title alone (（一）提升城市管理水平。) over one paragraph of three or more
sentences or clauses, each opening with a named office and its duty (市城管局负责…；市交通局负责…；市公安局负责…。):
a task for each, as such a paragraph alone gives; the title stays on its own line before the first task's text,
at the heading's line. Two such sentences only, a run that does not close the paragraph, or a title naming an
office are read as before. (notice -> (departments, text, line) of each task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "青禾市创建全国文明城市工作方案\n\n青禾市人民政府办公室\n2025年1月6日\n\n一、工作任务\n"

_RUN = (
    "（一）提升城市管理水平。\n"
    "市城市管理局负责城区市容环境整治，2025年6月底前完成；市交通运输局负责公交站台改造；市公安局负责交通秩序整治。\n"
    "（二）加强窗口服务。（市政务服务中心负责）\n"
)
_ANNOTATED = "（二）加强窗口服务。（市政务服务中心负责）\n"  # (a task read elsewhere: no reading from prose alone)
_ANNOTATED_TASK = [(("市政务服务中心",), "加强窗口服务。", 9)]
# near misses: two offices only; a sentence of other words closing the paragraph; a title naming an office
_TWO = "（一）提升城市管理水平。\n市城市管理局负责城区市容环境整治；市交通运输局负责公交站台改造。\n"
_NOT_CLOSING = (
    "（一）提升城市管理水平。\n"
    "市城市管理局负责市容整治；市交通运输局负责站台改造；市公安局负责秩序整治；确保城市面貌明显改善。\n"
)
_OFFICE_TITLE = (
    "（一）市城市管理局牵头提升城市管理水平。\n"
    "市城市管理局负责市容整治；市交通运输局负责站台改造；市公安局负责秩序整治。\n"
)


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        (
            _RUN,
            [
                (("市城市管理局",), "提升城市管理水平。\n市城市管理局负责城区市容环境整治，2025年6月底前完成", 7),
                (("市交通运输局",), "市交通运输局负责公交站台改造", 8),
                (("市公安局",), "市公安局负责交通秩序整治。", 8),
                (("市政务服务中心",), "加强窗口服务。", 9),
            ],
        ),
        (_TWO + _ANNOTATED, _ANNOTATED_TASK),
        (_NOT_CLOSING + _ANNOTATED, _ANNOTATED_TASK),
        (_OFFICE_TITLE + _ANNOTATED, _ANNOTATED_TASK),
    ],
)
def test_a_titled_run_of_office_sentences_is_a_task_each(
    body: str, tasks: list[tuple[tuple[str, ...], str, int]]
) -> None:
    notice = parse_text(_HEAD + body)
    assert [(t.departments, t.text, t.line) for t in notice.tasks] == tasks
    if tasks == _ANNOTATED_TASK:  # (the paragraph is warned, as before)
        assert [w.line for w in notice.warnings if w.code in ("work-not-read", "line-not-read")] == [8]
