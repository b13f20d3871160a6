"""parse.links: annex groups and sub-groups linked to the body parts and clauses they implement."""

from __future__ import annotations

from policy_cli import load_model
from policy_cli.parse.links import TitleIndex, similarity


def test_the_bundled_annex_links_to_its_body() -> None:
    annex = load_model().annex
    assert annex is not None
    first = annex.groups[0]
    assert first.part == 2  # annex 一 implements body 二 (the body's first part is its goals)
    assert [(s.number, s.part, s.clause) for s in first.subgroups[:2]] == [(1, 2, 3), (2, 2, 4)]
    assert all(g.part is not None for g in annex.groups)


def test_similarity_ignores_width_spaces_and_a_final_stop() -> None:
    assert similarity("严格安全生产 责任追究制度。", "严格安全生产责任追究制度") == 1.0
    assert similarity("健全社会服务体系", "健全社会化服务体系") > 0.9


def test_the_index_finds_the_closest_title_or_none() -> None:
    index = TitleIndex([("健全落实安全生产责任制", 1), ("建立健全安全科技支撑体系", 2), ("健全社会化服务体系", 3)])
    assert index.best("建立安全科技支撑体系") == 2
    assert index.best("健全社会化服务体系") == 3
    assert index.best("加强应急救援队伍建设") is None
