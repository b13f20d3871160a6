"""A 督办通知's signature, its issuer's name alone on its line over the date, ends the last matter: never more of
that matter's text, whether the issuer is an office (办公室) or its 督查室 / 研究室. Written for the test
(invented offices). The signature may have no date under it, at the text's end after a blank line."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(issuer: str, date: str = "2025年3月10日\n") -> str:
    return (
        f"{issuer}关于印发2025年第一批督办事项的通知\n各乡镇人民政府，县直有关部门：\n现将督办事项通知如下。\n"
        "督办事项一：加快推进污水管网改造\n承办单位：县住建局\n办结时限：2025年6月30日\n"
        "督办事项二：整治校园周边环境\n承办单位：县教育局\n办结时限：2025年9月底前\n\n"
        f"{issuer}\n{date}"
    )


@pytest.mark.parametrize("issuer", ["某县人民政府督查室", "某县人民政府办公室", "中共某县委政策研究室"])
def test_the_signer_ends_the_last_task(issuer: str) -> None:
    parsed = parse_text(_notice(issuer))
    assert [t.text for t in parsed.tasks] == ["加快推进污水管网改造", "整治校园周边环境"]
    assert parsed.metadata.signed == "2025-03-10"


@pytest.mark.parametrize("issuer", ["某县人民政府督查室", "某县人民政府办公室"])
def test_the_signer_with_no_date_under_it_ends_the_last_task(issuer: str) -> None:
    parsed = parse_text(_notice(issuer, ""))
    assert [t.text for t in parsed.tasks] == ["加快推进污水管网改造", "整治校园周边环境"]
    assert parsed.metadata.issuers == (issuer,)


def test_a_unit_named_in_the_last_block_stays_its_own() -> None:
    notice = _notice("某县人民政府办公室", "").replace("\n\n某县人民政府办公室\n", "\n配合单位：\n县公安局\n")
    parsed = parse_text(notice)
    assert parsed.tasks[-1].text == "整治校园周边环境" and "县公安局" in parsed.tasks[-1].partners
