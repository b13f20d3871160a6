"""A table whose cells only spaces separate (a scrape that lost its tabs), with a category column merged over
rows: two spaces right after a row's number are its empty category cell, and the short pieces before the
measure are the row's task, wrapped by the page (2  加强河湖 岸线管控 落实…)."""

from __future__ import annotations

from policy_cli.parse import parse_text

NOTICE = (
    "某市全面推行湖长制主要任务分解表\n\n"
    "序号 类别 主要任务 细化措施 牵头单位 配合单位\n"
    "1 加强岸线管理 严格水域岸线用途管制 划定岸线保护区和保留区,严格涉河建设项目审批。 市水利局 市自然资源局\n"
    "2  加强河湖 岸线管控 清理整治非法占用岸线行为,年内完成清四乱专项行动。 市水利局 市公安局、市城管局\n"
)


def test_empty_category_cell_after_number() -> None:
    notice = parse_text(NOTICE)
    rows = [(t.text.replace(" ", "")[:8], t.lead, t.partners) for t in notice.tasks]  # the text keeps its spaces
    assert rows == [
        ("严格水域岸线用途", ("市水利局",), ("市自然资源局",)),
        ("加强河湖岸线管控", ("市水利局",), ("市公安局", "市城管局")),
    ]
    assert not any(w.code == "row-category-guessed" for w in notice.warnings)
