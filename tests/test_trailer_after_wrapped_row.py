"""The office and date that print the notice after its table (某局办公室  2025年3月12日印发) never wrap into
the table's last row, even where that row's task cell wrapped onto a second line."""

from __future__ import annotations

from policy_cli.source import parse_file

from .conftest import FIXTURES


def test_trailer_after_wrapped_last_row() -> None:
    notice = parse_file(FIXTURES / "genre" / "prefecture_joint_issuers_tab_table_trailer.txt").notice
    meta = notice.metadata
    # the joint issuers' own line over 关于 starts the title (names kept a space apart)
    assert meta.title == (
        "蓉川州教育局 蓉川州财政局 蓉川州人力资源和社会保障局关于印发《蓉川州职业教育提质2025年重点任务清单》的通知"
    )
    assert meta.issuers == ("蓉川州教育局", "蓉川州财政局", "蓉川州人力资源和社会保障局")
    assert meta.doc_number == "蓉教发〔2025〕3号"
    rows = [(t.text[:8], t.lead, t.partners, t.due) for t in notice.tasks]
    assert rows == [
        ("建设州级职业教育", ("州教育局",), ("州财政局",), "2025年9月底前"),
        ("推进职业院校与州", ("州人力资源和社会保障局",), ("州教育局",), "2025年—2026年"),
    ]
    assert any(b.kind == "trailer" and "印发" in b.text for b in notice.boilerplate)
