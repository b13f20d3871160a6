"""A sentence before a list of items naming the unit that takes on the work they list (县政府要…，主要承担以下工作：):
(text -> tasks and units), both ways."""

from __future__ import annotations

import pytest

from policy_cli.decode import fold
from policy_cli.parse import parse_text
from policy_cli.parse.blanket import work_below_for_unit

_LIST = (
    "澄湾县2026年安全生产工作责任清单\n"
    "{opening}\n"
    "1.落实安全生产属地管理责任。定期研究安全生产重大问题，部署年度重点工作。\n"
    "2.组织开展安全隐患排查整治。对重点行业领域开展专项检查。\n"
    "3.加强应急救援队伍建设。{third}\n"
)


def test_items_after_a_sentence_naming_their_unit_are_that_units_tasks() -> None:
    notice = parse_text(
        _LIST.format(opening="2026年，县政府要认真落实有关法律法规，主要承担以下工作：", third="完善应急物资储备。")
    )
    assert [t.departments for t in notice.tasks] == [("县政府",)] * 3
    assert all(t.lead == () and t.partners == () for t in notice.tasks)  # responsible, no lead


def test_an_item_naming_its_own_units_keeps_them() -> None:
    notice = parse_text(
        _LIST.format(
            opening="2026年，县政府要认真落实有关法律法规，主要承担以下工作：",
            third="完善应急物资储备。（责任单位：县应急管理局）",
        )
    )
    assert notice.tasks[2].departments == ("县应急管理局",)
    assert notice.tasks[0].departments == ("县政府",)


@pytest.mark.parametrize(
    "opening",
    [
        # near cases: a collective of no one unit, and a sentence that names no duty of a unit over the list
        "各单位要认真落实有关法律法规，做好以下工作：",
        "根据有关法律法规，现将2026年工作安排如下：",
    ],
)
def test_a_sentence_naming_no_unit_gives_the_items_none(opening: str) -> None:
    assert work_below_for_unit(fold(opening)) is None


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("2026年，县政府要认真落实有关法律法规，主要承担以下工作：", "县政府"),
        ("现将清单印发。县教育局要统筹推进，承担下列职责：", "县教育局"),  # the line's last sentence
        ("县民政局负责以下工作：", "县民政局"),
        ("县民政局负责以下工作，确保按期完成。", None),  # the sentence goes on past the list's colon
    ],
)
def test_the_unit_of_the_work_below_is_read_from_the_last_sentence(sentence: str, units: str | None) -> None:
    assert work_below_for_unit(fold(sentence)) == units
