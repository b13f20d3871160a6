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


# one column naming the item and its content, two task names joined by 及 / 和 / 与: the task's text
JOINED: list[tuple[str, bool]] = [
    ("项目名称及建设内容", True),
    ("任务名称及内容", True),
    ("重点任务和具体措施", True),
    ("工作目标与举措", True),
    # a part naming no task's text: no task column (the table is not read as one)
    ("存在问题及整改措施", False),
    ("责任单位及完成时限", False),
]


@pytest.mark.parametrize(("name", "read"), JOINED)
def test_a_joined_name_of_two_task_columns_is_the_task_column(name: str, read: bool) -> None:
    header = f"序号\t{name}\t分管领导\t牵头单位\t配合单位\t完成时限\t进展情况\n"
    rows = "1\t新建城东小学，新增学位1080个\t张副县长\t县教育局\t县财政局\t2025年8月底前\t已开工\n"
    notice = parse_text(TITLE + header + rows)
    if read:
        assert [(t.text[:6], t.lead, t.partners) for t in notice.tasks] == [
            ("新建城东小学", ("县教育局",), ("县财政局",))
        ]
    else:
        assert not [t for t in notice.tasks if t.text.startswith("新建城东小学")]
