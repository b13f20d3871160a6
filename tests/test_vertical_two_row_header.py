"""A task table scraped one cell a line under a two-row header: the first row's names, then the second row's
(序号 / 工作任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位, 责任单位 spanning 牵头单位 | 配合单位). Each row has a
line for each column once the spanning cell is gone, so the names under it stand in its place and every row
keeps its lead, partners and deadline."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

ROWS = (
    "1\n建设高标准农田2万亩。\n县农业农村局\n县财政局\n2025年10月底前\n"
    "2\n发展设施农业1000亩。\n县农业农村局\n县自然资源局\n2025年12月底前\n"
)


def _read(header: str, rows: str = ROWS) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]]:
    notice = parse_text(f"西岭县2025年农业工作任务分解表\n\n{header}{rows}")
    return [(t.text, t.lead, t.partners, t.due) for t in notice.tasks]


@pytest.mark.parametrize("spanning", ["责任单位", "责任分工"])
def test_names_under_the_spanning_cell_written_last(spanning: str) -> None:
    header = f"序号\n工作任务\n{spanning}\n完成时限\n牵头单位\n配合单位\n"
    assert _read(header) == [
        ("建设高标准农田2万亩。", ("县农业农村局",), ("县财政局",), "2025年10月底前"),
        ("发展设施农业1000亩。", ("县农业农村局",), ("县自然资源局",), "2025年12月底前"),
    ]


@pytest.mark.parametrize(
    "header, rows, expected",
    [
        # one-row header, the units columns after the deadline: read as before
        (
            "序号\n工作任务\n完成时限\n牵头单位\n配合单位\n",
            "1\n建设高标准农田2万亩。\n2025年10月底前\n县农业农村局\n县财政局\n"
            "2\n发展设施农业1000亩。\n2025年12月底前\n县农业农村局\n县自然资源局\n",
            [
                ("建设高标准农田2万亩。", ("县农业农村局",), ("县财政局",), "2025年10月底前"),
                ("发展设施农业1000亩。", ("县农业农村局",), ("县自然资源局",), "2025年12月底前"),
            ],
        ),
        # a row with a line for each of the six names: no spanning cell; read as before
        (
            "序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n",
            "1\n建设高标准农田2万亩。\n各乡镇人民政府\n2025年10月底前\n县农业农村局\n县财政局\n"
            "2\n发展设施农业1000亩。\n各乡镇人民政府\n2025年12月底前\n县农业农村局\n县自然资源局\n",
            None,
        ),
    ],
)
def test_near_misses_read_as_before(
    header: str, rows: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]] | None
) -> None:
    got = _read(header, rows)
    if expected is not None:
        assert got == expected
    else:
        assert [t[0] for t in got] == ["建设高标准农田2万亩。", "发展设施农业1000亩。"]
        assert all(t[3] != "县农业农村局" for t in got)
