"""Addressees a page wrote with a space before a qualifier in brackets (各县区人民政府 （管委会））: the
qualifier is part of the name, as in 各县（市、区）人民政府; two names a space apart stay two. The fixtures are
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

from .test_cut_annotation_names import HEAD


@pytest.mark.parametrize(
    ("line", "addressees"),
    [
        # a qualifier the page spaced from its name stays part of it
        ("各县区人民政府 （管委会），市政府各部门：", ("各县区人民政府（管委会）", "市政府各部门")),
        ("各县（市、区）人民政府，市直各单位：", ("各县（市、区）人民政府", "市直各单位")),
        # near case: two names a space apart stay two
        ("各县区人民政府 市政府各部门：", ("各县区人民政府", "市政府各部门")),
    ],
)
def test_addressees_keep_a_spaced_qualifier(line: str, addressees: tuple[str, ...]) -> None:
    text = HEAD.replace("各县人民政府，市政府各部门：", line) + "（牵头单位：市卫生健康委）\n"
    assert parse_text(text).metadata.addressees == addressees
