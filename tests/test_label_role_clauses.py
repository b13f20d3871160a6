"""A 责任 label whose body gives its units' roles in clauses (责任单位：X负责，Y配合) is read as the same clauses in
brackets are (（X负责，Y配合）): the unit a 负责 clause puts in charge beside partners leads, also where another task
of the notice marks its lead with 牵头, and 由 opening the body is no part of a name. Bodies that say the units
carry the work out or act by their duties (负责落实 with no partners, 按职责分工负责, 负责技术指导 beside 负责落实)
lead none, in both forms. (body -> (departments, lead, partners))"""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "青禾市优化营商环境工作方案\n\n一、重点任务\n"
_MARKED = "（二）加强监管。开展双随机检查。（市市场监管局牵头，市公安局配合）\n"  # another task marking its lead

_ROWS = [
    ("市税务局负责，市财政局配合", (("市税务局", "市财政局"), ("市税务局",), ("市财政局",))),
    ("市税务局负责落实，市财政局配合", (("市税务局", "市财政局"), ("市税务局",), ("市财政局",))),
    ("由市税务局负责，市财政局协助", (("市税务局", "市财政局"), ("市税务局",), ("市财政局",))),
    (
        "市税务局负责，市财政局、市人社局予以配合",
        (("市税务局", "市财政局", "市人社局"), ("市税务局",), ("市财政局", "市人社局")),
    ),
    # near misses: no partners; units acting by their duties; two shares of the work, neither in charge
    ("市税务局负责", (("市税务局",), (), ())),
    ("市税务局、市财政局按职责分工负责", (("市税务局", "市财政局"), (), ())),
    ("各乡镇人民政府负责落实，县水利局负责技术指导", (("各乡镇人民政府", "县水利局"), (), ())),
]


@pytest.mark.parametrize("marked", ["", _MARKED], ids=["alone", "beside-a-marked-lead"])
@pytest.mark.parametrize(("body", "roles"), _ROWS)
def test_a_labelled_body_of_role_clauses_reads_as_in_brackets(
    body: str, roles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], marked: str
) -> None:
    labelled = parse_text(_HEAD + "（一）推进减税降费。落实税费优惠政策。\n责任单位：" + body + "\n" + marked).tasks[0]
    bracketed = parse_text(_HEAD + "（一）推进减税降费。落实税费优惠政策。（" + body + "）\n" + marked).tasks[0]
    assert (labelled.departments, labelled.lead, labelled.partners) == roles
    assert (bracketed.departments, bracketed.lead, bracketed.partners) == roles
