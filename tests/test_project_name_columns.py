"""A project table whose project's name column (项目名称, 实事项目) stands before a content column the vocabulary
knows as the task's (主要内容, 项目内容): the project's name opens the task's text and the content follows it, as
under 项目名称 / 建设内容, never a column not kept; a 项目名称 column before a task column that is no content
(工作任务) stays a column of its own."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "某县2025年民生实事项目责任分解表\n"
ROWS = "1\t城区学校扩容\t新建城东小学，新增学位1080个\t县教育局\t2025年8月底前\n2\t老旧小区改造\t改造老旧小区12个\t县住建局\t2025年11月底前\n"

# (the two columns' names, the first task's text)
COLUMNS: list[tuple[str, str, str]] = [
    ("项目名称", "主要内容", "城区学校扩容 新建城东小学，新增学位1080个"),
    ("实事项目", "项目内容", "城区学校扩容 新建城东小学，新增学位1080个"),
    ("项目名称", "建设内容", "城区学校扩容 新建城东小学，新增学位1080个"),
    ("项目名称", "工作任务", "新建城东小学，新增学位1080个"),
]


@pytest.mark.parametrize(("name", "content", "text"), COLUMNS)
def test_the_projects_name_opens_the_text(name: str, content: str, text: str) -> None:
    header = f"序号\t{name}\t{content}\t牵头单位\t完成时限\n"
    notice = parse_text(TITLE + header + ROWS)
    assert notice.tasks[0].text == text
    assert notice.tasks[1].lead == ("县住建局",)
