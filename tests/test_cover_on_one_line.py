"""A cover notice a scrape ran onto one line, its pieces a space apart (title, addressees, the cover's
sentence, issuer, date, the plan's title and opening), gives its head fields as the cover on lines of its
own does; a line that does not open with the cover's title and its addressees, or has no signing date, is
left as written. A unit named by a branch that goes by its place (公安某某分局交警大队) takes no level. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.departments import restore_level
from policy_cli.parse import parse_text

BODY = (
    "一、重点任务\n"
    "1.整治背街小巷50条。（区城管局牵头，各街道办事处负责）\n"
    "2.划设非机动车停放区域300处。（公安柏川分局交警大队牵头，区城管局配合，2025年10月底前）\n"
    "二、保障措施\n（一）加强组织领导。各街道要落实属地责任。\n"
)
TITLE = "柏川区人民政府办公室关于印发柏川区市容提升行动方案的通知"
ONE_LINE = (
    f"{TITLE} 各街道办事处，区政府各部门： 《柏川区市容提升行动方案》已经区政府同意，现印发给你们，请认真组织实施。"
    " 柏川区人民政府办公室 2025年3月12日 柏川区市容提升行动方案 为提升城市管理水平，制定本方案。\n"
)


@pytest.mark.parametrize(
    ("head", "title", "issuers", "addressees", "signed"),
    [
        (ONE_LINE, TITLE, ("柏川区人民政府办公室",), ("各街道办事处", "区政府各部门"), "2025-03-12"),
        (ONE_LINE.replace(" ", "　"), TITLE, ("柏川区人民政府办公室",), ("各街道办事处", "区政府各部门"), "2025-03-12"),
    ],
)
def test_a_cover_on_one_line_gives_its_head(
    head: str, title: str | None, issuers: tuple[str, ...], addressees: tuple[str, ...], signed: str | None
) -> None:
    notice = parse_text(head + BODY)
    assert notice.metadata.title == title
    assert notice.metadata.issuers == issuers
    assert notice.metadata.addressees == addressees
    assert notice.metadata.signed == signed
    assert len(notice.tasks) == 2


def test_a_line_with_no_signing_date_is_left_as_written() -> None:
    line = ONE_LINE.replace(" 2025年3月12日", "")
    notice = parse_text(line + BODY)
    assert line.strip() in notice.preamble
    assert notice.metadata.signed is None


def test_a_cover_on_lines_of_its_own_is_read_as_before() -> None:
    notice = parse_text(ONE_LINE.replace(" ", "\n") + BODY)
    assert (notice.metadata.title, notice.metadata.signed) == (TITLE, "2025-03-12")


@pytest.mark.parametrize(
    ("unit", "levelled"),
    [
        ("公安柏川分局交警大队", "公安柏川分局交警大队"),  # a branch's unit goes by the branch's place
        ("公安柏川分局", "公安柏川分局"),
        ("交警大队", "区交警大队"),
        ("财政局", "区财政局"),
    ],
)
def test_a_branch_s_unit_takes_no_level(unit: str, levelled: str) -> None:
    assert restore_level((unit,), "区") == (levelled,)
