"""The running head a page break repeats over the next page (the notice's own title, the plan's title, its
issuer, or the issuer's office beside the page counter) is page furniture, never text of the task the
page break fell in. Only a line repeating the notice's own title or issuer whole, right after the page
break, is cut: the same words elsewhere, or other words after the break, stay. The notices are written
for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.noise import strip_page_headers

TITLE = "柏川县2025年农村供水保障工作要点"
ISSUER = "柏川县水利局"


@pytest.mark.parametrize(
    ("text", "kept", "cut"),
    [
        # after a page number: the title, the issuer, both
        (f"建成水厂1座。\n— 3 —\n{TITLE}\n改造管网20公里。", ["建成水厂1座。", "改造管网20公里。"], ["— 3 —", TITLE]),
        (
            f"建成水厂1座。\n- 2 -\n{ISSUER}\n{TITLE}\n改造管网。",
            ["建成水厂1座。", "改造管网。"],
            ["- 2 -", ISSUER, TITLE],
        ),
        # the issuer's office left of the page counter on its line
        (
            f"建成水厂1座。\n{ISSUER}办公室　　第 1 页 共 3 页\n{TITLE}\n改造管网。",
            ["建成水厂1座。", "改造管网。"],
            ["第 1 页 共 3 页", f"{ISSUER}办公室", TITLE],
        ),
        # not after a page break: the title stays where it stands
        (f"建成水厂1座。\n{TITLE}\n改造管网。", ["建成水厂1座。", TITLE, "改造管网。"], []),
        # after a page break, a line that is not the title stays
        (
            "建成水厂1座。\n— 3 —\n柏川县2025年城市供水工作要点\n改造管网。",
            ["建成水厂1座。", "柏川县2025年城市供水工作要点", "改造管网。"],
            ["— 3 —"],
        ),
        # the issuer over the date after a page break signs the notice
        (f"建成水厂1座。\n— 3 —\n{ISSUER}\n2025年2月10日", ["建成水厂1座。", ISSUER, "2025年2月10日"], ["— 3 —"]),
        # a sentence left of the page counter stays
        (
            f"建成水厂1座。第 1 页 共 3 页\n{TITLE}\n改造管网。",
            ["建成水厂1座。", "改造管网。"],
            ["第 1 页 共 3 页", TITLE],
        ),
        ("建成水厂1座。第 1 页 共 3 页\n改造管网。", ["建成水厂1座。", "改造管网。"], ["第 1 页 共 3 页"]),
    ],
)
def test_the_running_head_after_a_page_break_is_cut(text: str, kept: list[str], cut: list[str]) -> None:
    lines, breaks = strip_page_headers(split_lines(text), (), (ISSUER,), None, (TITLE,))
    assert [ln.text for ln in lines] == kept
    assert [b.text for b in breaks] == cut


COVER = (
    "柏川县水利局关于印发柏川县2025年农村供水保障工作要点的通知\n各乡镇人民政府，县直各部门：\n"
    f"　　现将《{TITLE}》印发给你们，请认真贯彻执行。\n{ISSUER}\n2025年2月10日\n{TITLE}\n"
    "一、主要任务\n1.新建集中供水工程4处。（县水利局负责，6月底前）\n2.改造农村供水管网80公里，提升供水保证率。\n"
)
REST = "（县水利局牵头，县财政局配合）\n3.开展水质检测。（县卫生健康局负责）\n"


@pytest.mark.parametrize(
    ("between", "text_2"),
    [
        (f"— 2 —\n{TITLE}", "改造农村供水管网80公里，提升供水保证率。"),
        (f"{ISSUER}办公室　　第 1 页 共 3 页\n{TITLE}", "改造农村供水管网80公里，提升供水保证率。"),
        ("— 2 —\n柏川县农村饮水工程一览", "改造农村供水管网80公里，提升供水保证率。\n柏川县农村饮水工程一览"),
    ],
)
def test_the_running_head_is_no_task_text(between: str, text_2: str) -> None:
    notice = parse_text(COVER + between + "\n" + REST)
    assert [t.text for t in notice.tasks][1] == text_2
    assert notice.tasks[1].lead == ("县水利局",)
