"""What a page puts after a notice's last item is no part of it: the list of links under 相关文件： /
相关链接：, one bulleted entry a line, and a repost's action bar (分享　收藏　在看　点赞) are page
furniture, never the last task's text. Bulleted lines that no links heading opens stay the item's text.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "\n".join(
    [
        "澄屿县2025年河湖管护工作要点",
        "一、强化河湖巡查",
        "1.落实河长巡河制度，县级河长每季度巡河不少于1次。",
        "牵头单位：县河长办",
        "2.开展河道清障行动，汛前完成主要河道清障。",
        "牵头单位：县水利局",
        "配合单位：各乡镇人民政府",
    ]
)
LAST_TEXT = "开展河道清障行动，汛前完成主要河道清障。"


@pytest.mark.parametrize(
    "after",
    [
        ["相关文件：", "· 澄屿县2024年河湖管护工作总结", "· 澄屿县河长制工作考核办法"],
        ["相关链接：", "• 澄屿县防汛抗旱应急预案"],
        ["分享　收藏　在看　点赞"],
    ],
)
def test_page_lists_after_the_last_item_are_no_task_text(after: list[str]) -> None:
    notice = parse_text("\n".join([HEAD, *after]) + "\n")
    assert [t.text for t in notice.tasks][-1] == LAST_TEXT
    kept = {b.text for b in notice.boilerplate}
    assert all(line in kept for line in after)


def test_bulleted_lines_no_links_heading_opens_stay_the_item_s_text() -> None:
    notice = parse_text(HEAD + "\n· 清理河道内违章建筑\n· 清理河道内堆积物\n")
    assert notice.tasks[-1].text == "\n".join([LAST_TEXT, "· 清理河道内违章建筑", "· 清理河道内堆积物"])
