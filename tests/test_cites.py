"""cites: the 文号 and 《》 titles a notice cites, normalised, with where they stand."""

from __future__ import annotations

from policy_cli import citations, load_model
from policy_cli.parse import parse_text


def test_the_bundled_notice_cites_the_central_and_provincial_opinions() -> None:
    found = citations(load_model())
    keys = [(c.kind, c.key) for c in found]
    assert keys[:2] == [("doc-number", "中发〔2016〕32号"), ("doc-number", "川委发〔2017〕21号")]
    assert ("title", "中共中央、国务院关于推进安全生产领域改革发展的意见") in keys
    assert all(c.key != "甘委发〔2017〕28号" for c in found)  # its own 文号 is metadata, not a citation


def test_spellings_are_kept_and_places_counted_once_per_block() -> None:
    notice = parse_text(
        "青岚县人民政府关于做好防汛工作的实施意见\n一、总体要求\n"
        "根据《防汛条例》和青政发[2023] 5号、青政发〔2023〕5号精神。\n"
        "二、工作任务\n（一）落实责任。（责任单位：县水务局）\n"
    )
    (doc,) = [c for c in citations(notice) if c.kind == "doc-number"]
    assert doc.key == "青政发〔2023〕5号"
    assert len(doc.spellings) == 2 and len(doc.places) == 1
    assert [c.key for c in citations(notice) if c.kind == "title"] == ["防汛条例"]


def test_the_document_a_cover_notice_issues_is_no_citation() -> None:
    notice = parse_text(
        "青岚市人民政府办公室关于印发青岚市营商环境重点任务分工方案的通知\n青政办发〔2024〕21号\n"
        "各区人民政府，市政府各部门：\n"
        "现将《青岚市营商环境重点任务分工方案》印发给你们，请认真组织实施。\n"
        "青岚市人民政府办公室\n2024年8月15日\n"
        "青岚市营商环境重点任务分工方案\n"
        "为落实《优化营商环境条例》，制定本方案。\n"
        "一、重点任务\n（一）压减审批时限。（责任单位：市行政审批局）\n"
    )
    titles = [c.key for c in citations(notice) if c.kind == "title"]
    assert titles == ["优化营商环境条例"]  # the plan issued is the notice itself; the regulation it cites stays
