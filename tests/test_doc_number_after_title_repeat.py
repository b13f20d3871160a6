"""A page that shows the title, then the title again with the notice's own 文号 right after it, a space or
none between: over lines the page broke (`…关于印发某县…` / `…方案的通知 某政办秘〔2024〕3 号`), or on a page
run into one line going on with the addressees (`…的通知 某政办字〔2024〕6号 各乡镇…：现将…`). That 文号 is
the notice's; a 文号 that does not follow the title's repeat (one the cover cites) never is. Notices
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "青禾县人民政府办公室关于印发青禾县农村供水提升行动方案的通知"
BODY = (
    "各乡镇人民政府，县直各部门：\n现将《青禾县农村供水提升行动方案》印发给你们，请认真贯彻落实。\n"
    "一、重点任务\n（一）新建集中供水工程3处。（责任单位：县水利局）\n"
)

OWN = [
    # the repeat broken over two lines, a blank line between, the 文号 after a space (a space before 号 too)
    (
        TITLE
        + "\n发布时间：2024-05-06\n\n青禾县人民政府办公室关于印发青禾县农村\n\n供水提升行动方案的通知 青政办秘〔2024〕3 号\n"
        + BODY,
        "青政办秘〔2024〕3号",
    ),
    # on one line with no space
    (TITLE + "\n" + TITLE + "青政办发〔2024〕12号\n" + BODY, "青政办发〔2024〕12号"),
    # a page run into one line: the 文号 between the title's repeat and the addressees
    (
        TITLE + "\n青禾县人民政府办公室 关于印发青禾县农村供水提升行动方案的通知 青政办字〔2024〕6号 "
        "各乡镇人民政府，县直各部门：现将《青禾县农村供水提升行动方案》印发给你们。\n"
        "一、重点任务\n（一）新建集中供水工程3处。（责任单位：县水利局）\n",
        "青政办字〔2024〕6号",
    ),
]


@pytest.mark.parametrize(("text", "normalized"), OWN, ids=["broken", "glued", "run-on"])
def test_the_doc_number_right_after_the_titles_repeat_is_the_notices(text: str, normalized: str) -> None:
    notice = parse_text(text, "page.txt")
    assert notice.metadata.title == TITLE
    assert notice.metadata.doc_number_normalized == normalized
    assert [t.departments for t in notice.tasks] == [("县水利局",)]


NOT_OWN = [
    # a cover that cites another notice's 文号 after the title's repeat
    TITLE + "\n" + TITLE + "根据《青禾市供水规划》（青政发〔2023〕9号）制定。\n" + BODY,
    # text between the repeat and the 文号
    TITLE + "\n" + TITLE + " 转发 青政发〔2023〕9号\n" + BODY,
]


@pytest.mark.parametrize("text", NOT_OWN, ids=["cited", "words-between"])
def test_a_doc_number_that_does_not_follow_the_repeat_is_not_the_notices(text: str) -> None:
    notice = parse_text(text, "page.txt")
    assert notice.metadata.doc_number is None
