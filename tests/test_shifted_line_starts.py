"""A line whose start a mirror site read one byte off: the site read the GBK bytes of （一）總體… from the second byte
of the bracket, and showed 。ㄒ唬┛傮w… until a byte below 0x80 set its reading right. Such a start is read back
from its bytes when they make a clause's number, and warned either way (line -> text, warning). The lines are
written for the test (invented places) and garbled the way such a site shows them."""

from __future__ import annotations

import contextlib

import pytest

from policy_cli.decode import fold, read_back_shifted
from policy_cli.parse import parse_text
from policy_cli.parse.lines import SourceLine
from policy_cli.parse.noise import unshifted_starts


def shown_one_byte_off(line: str, lost: str = "") -> str:
    """What a mirror site shows of a line whose GBK bytes it reads from the second byte of its opening （: each
    pair of bytes as a character, a byte below 0x80 where a character should start alone (which sets the
    reading right), a pair it cannot show dropped; `lost` is what it shows for the byte it lost first (a ?)."""
    data = b"\xa1" + line.encode("gbk")  # the byte before the bracket, as the site paired it
    shown, at = [lost], 0
    while at < len(data):
        if data[at] < 0x80:
            shown.append(chr(data[at]))
            at += 1
            continue
        with contextlib.suppress(UnicodeDecodeError):  # a pair the site cannot show is dropped
            shown.append(data[at : at + 2].decode("gbk"))
        at += 2
    return "".join(shown)


def test_the_garbling_is_the_one_the_sites_show() -> None:
    assert shown_one_byte_off("（一）總體要求") == "。ㄒ唬┛傮w要求"
    assert shown_one_byte_off("（二）推進東岸片區改造", "?") == "?。ǘ┩七M東岸片區改造"


@pytest.mark.parametrize(
    ("line", "lost"),
    [
        ("（一）總體要求", ""),
        ("（五）加強鷺城市場監管。", "?"),
        ("（七）抓緊完成雨污分流改造", "?"),
        ("（八）開展專項整治。（县城管局负责）", ""),
    ],
)
def test_a_start_read_one_byte_off_is_read_back_with_its_clause_number(line: str, lost: str) -> None:
    garbled = SourceLine(3, shown_one_byte_off(line, lost), fold(shown_one_byte_off(line, lost)))
    (read,), (warning,) = unshifted_starts([garbled])
    assert (read.number, read.text, read.folded) == (3, line, fold(line))
    assert (warning.code, warning.line) == ("line-start-garbled", 3)
    assert "read back as" in warning.message


@pytest.mark.parametrize(
    "line",
    [
        "（二）推進東岸片區改造",  # the site could not show the pair of 二's second byte: the number is lost
        "（六）啟動舊倉庫改造",
        "（三）推進棠溪鎮污水管網建設",
    ],
)
def test_a_start_whose_number_the_site_lost_stays_as_shown_and_is_warned(line: str) -> None:
    shown = shown_one_byte_off(line, "?")
    (read,), (warning,) = unshifted_starts([SourceLine(5, shown, fold(shown))])
    assert read.text == shown
    assert (warning.code, warning.line) == ("line-start-garbled", 5)
    assert "cannot be read back" in warning.message


@pytest.mark.parametrize(
    "text",
    [
        "。加强河道巡查",  # a full stop a line break left at the start of a line
        "?。加强河道巡查",
        "。”要求各镇落实",
        "（五）加強鷺城市場監管。",  # a clause's number as written
        "ā、ō 两个读音",
        "加强监管。ㄒ唬",  # the marks inside a line, not at its start
    ],
)
def test_near_forms_stay_as_written_with_no_warning(text: str) -> None:
    line = SourceLine(1, text, fold(text))
    assert unshifted_starts([line]) == ([line], [])


def test_a_run_the_site_never_set_right_is_not_read_back() -> None:
    assert read_back_shifted("ㄒ唬┛傮w要求") == "（一）總體要求"
    assert read_back_shifted("ㄒ唬┛") is None  # no byte below 0x80 ended the run: no last character to make
    assert read_back_shifted("ㄒ唬┛(1)") is None  # a bracket is no second byte of a character


HEAD = "某县河道整治工作方案\n一、重点任务\n"


def test_an_item_read_back_opens_its_own_task_with_its_units() -> None:
    garbled = shown_one_byte_off("（一）總體推進鷺溪河道清淤。（县水利局牵头，县财政局配合）", "?")
    notice = parse_text(HEAD + garbled + "\n（二）开展沿河垃圾清理。（县城管局负责）\n")
    assert [t.text[:4] for t in notice.tasks] == ["總體推進", "开展沿河"]
    assert (notice.tasks[0].lead, notice.tasks[0].partners) == (("县水利局",), ("县财政局",))
    assert [w.line for w in notice.warnings if w.code == "line-start-garbled"] == [3]
    assert not [w for w in notice.warnings if w.code.startswith("clause-numbering")]


def test_a_last_item_read_back_is_no_part_of_the_task_before_it() -> None:
    """The page cut off inside the last item, its start garbled: it is an item of its own, warned cut off."""
    garbled = shown_one_byte_off("（七）抓緊完成雨污分流改造", "?")
    notice = parse_text(HEAD + "（六）开展沿河垃圾清理。（县城管局负责）\n" + garbled + "\n")
    assert len(notice.tasks) == 1
    assert "雨污分流" not in notice.tasks[0].text
    codes = {w.code for w in notice.warnings if w.line == 4}
    assert "line-start-garbled" in codes and "text-cut-off" in codes
