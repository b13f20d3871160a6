"""Two annexes on one page: the first written in parts (一、…牵头重点工作 ⏎ 1.…), the second in items alone
(附件2 ⏎ 2024年度民生实事责任分解 ⏎ 1.…). The second is a part of its own, headed by its title; its marker and
title are no text of the first annex's last task. The notices are written for the test (invented places)."""

from __future__ import annotations

from policy_cli.parse import parse_text

COVER = (
    "青石市人民政府办公室关于印发2024年重点工作和民生实事责任分解的通知\n青政办发〔2024〕7号\n各区人民政府：\n"
    "　　现印发给你们。\n附件：1.2024年重点工作责任分解\n2.2024年度民生实事责任分解\n青石市人民政府办公室\n2024年3月2日\n"
)
FIRST = (
    "附件1\n2024年重点工作责任分解\n一、市长牵头重点工作\n1.构建城市发展新格局。\n责任单位：市发改委、市自然资源局\n"
    "2.深化国有企业改革。\n责任单位：市国资委\n"
)
SECOND = "附件2\n2024年度民生实事责任分解\n1.新增城镇就业2万人。\n责任单位：市人力社保局\n2.新建幼儿园6所。\n责任单位：市教育局\n"


def test_a_second_annex_of_items_is_a_part_of_its_own() -> None:
    parsed = parse_text(COVER + FIRST + SECOND)
    assert [(t.path, t.text) for t in parsed.tasks] == [
        ("一/1", "构建城市发展新格局。"),
        ("一/2", "深化国有企业改革。"),
        ("二/1", "新增城镇就业2万人。"),
        ("二/2", "新建幼儿园6所。"),
    ]
    assert parsed.parts[1].title == "2024年度民生实事责任分解"
    assert not [w for w in parsed.warnings if w.code == "item-numbering-repeat"]


def test_an_annex_marker_over_prose_opens_no_part() -> None:
    parsed = parse_text(COVER + FIRST + "附件2\n2024年度民生实事责任分解\n各区要抓好落实。\n")
    assert [t.path for t in parsed.tasks] == ["一/1", "一/2"]
    assert len(parsed.parts) == 1
