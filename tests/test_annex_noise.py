"""Lines about the annexes that are no tasks: the list of annexes under the body (附件：1.… ⏎ 2.…) and an annex
listing people (领导小组成员名单). The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县2025年文化旅游工作要点\n一、重点任务\n1.举办乡村音乐节。（县文旅局）\n2.创建A级景区2个。（县文旅局牵头，县自然资源局配合）\n"
TABLE = "附件1\n重点项目表\n序号\t工作任务\t牵头单位\t完成时限\n1\t建设游客中心\t县文旅局\t2025年9月底前\n"


@pytest.mark.parametrize(
    ("annex_list", "items"),
    [
        # a list of annexes, one a line under the 附件： line: links, never items of the body
        ("\n附件：1.重点项目表\n　　　2.工作专班成员名单\n", 2),
        ("\n附件：1.重点项目表\n2.工作专班成员名单\n3.联络员通讯录\n", 2),
        # near form: an item after a 附件： line that is a sentence is the body's
        ("\n附件：1.重点项目表\n3.打造精品民宿10家，年底前完成。（县文旅局）\n", 3),
    ],
)
def test_a_list_of_annexes_is_no_item_of_the_body(annex_list: str, items: int) -> None:
    notice = parse_text(HEAD + annex_list + TABLE)
    assert len([t for t in notice.tasks if t.source == "body"]) == items
    assert not [w for w in notice.warnings if w.code.startswith("item-numbering")]


@pytest.mark.parametrize(
    ("title", "set_aside"),
    [
        ("西岭县文化旅游工作专班成员名单", True),
        ("西岭县文旅工作联络员名单", True),
        # near form: a title naming tasks is read as the annex it is
        ("西岭县文旅重点任务清单", False),
    ],
)
def test_an_annex_listing_people_is_set_aside_with_one_warning(title: str, set_aside: bool) -> None:
    people = (
        f"附件2\n{title}\n组　长：赵某某　县政府副县长\n成　员：钱某某　县文旅局局长\n　　　　孙某某　县财政局副局长\n"
    )
    notice = parse_text(HEAD + TABLE + people)
    codes = [w.code for w in notice.warnings]
    if set_aside:
        assert "annex-unparsed" not in codes
        assert codes.count("table-header-unread") == 1
    else:
        assert "annex-unparsed" in codes
    assert [t.text for t in notice.tasks if t.source != "body"] == ["建设游客中心"]
