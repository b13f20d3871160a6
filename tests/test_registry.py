"""The registry: general knowledge of unit names, a place kept apart from the core of a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_cli.cli import ExitCode, app
from policy_cli.errors import UsageError
from policy_cli.registry import Registry, Unit, default_registry

from .conftest import FIXTURES, CliRunner

runner = CliRunner()
COUNTY = FIXTURES / "genre" / "county_workpoints.txt"


@pytest.mark.parametrize(
    ("written", "canonical", "kind"),
    [
        ("州人力资源和社会保障局", "州人力资源社会保障局", "government"),
        ("县人社局", "县人力资源社会保障局", "government"),
        ("青岚市发改委", "青岚市发展改革委", "government"),
        ("市市场监督管理局", "市市场监管局", "government"),
        ("县城管局", "县城市管理局", "government"),
        ("县教育体育局", "县教育和体育局", "government"),
        ("县教体局", "县教育和体育局", "government"),
        ("区文化旅游局", "区文化广电旅游局", "government"),
        ("州委组织部", "州委组织部", "party"),
        ("州委", "州委", "party"),
        ("共青团州委", "团州委", "mass"),
        ("各县（市、区）人民政府", "各县（市、区）人民政府", "government"),
        ("县 公安局", "县公安局", "government"),
        ("各级人民政府", "各级政府", "collective"),
        ("县经济商务局", None, None),
    ],
)
def test_names_resolve_to_place_and_core(written: str, canonical: str | None, kind: str | None) -> None:
    registry = default_registry()
    assert registry.resolve(written) == canonical
    assert registry.kind(written) == kind


def test_the_bundled_registry_holds_no_place() -> None:
    registry = default_registry()
    assert len(registry.units) > 80
    for name in registry.units:
        parsed = registry.parse(name)
        assert parsed is not None and parsed.place == "", name


def test_one_place_one_unit_other_places_other_units() -> None:
    registry = default_registry()
    assert registry.canonical("州人力资源和社会保障局") == registry.canonical("州人力资源社会保障局")
    assert registry.canonical("县公安局") != registry.canonical("市公安局")


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("公安局", {"县公安局", "市公安局"}),
        ("县公安局", {"县公安局"}),
        ("县人社局", {"县人力资源社会保障局"}),
        ("应急局", {"县应急管理局"}),
        ("财政局", set()),
        ("公安厅", {"省公安厅"}),
        ("省工信厅", {"省工业和信息化厅"}),
        ("人社厅", {"省人力资源和社会保障厅"}),
        ("海事局", {"县海事局"}),  # a core the registry does not know
        ("事局", set()),  # …but only whole, after a place or level
        ("县海事局", {"县海事局"}),
    ],
)
def test_a_typed_name_without_a_place_finds_every_unit_of_its_core(typed: str, found: set[str]) -> None:
    units = {"县公安局", "市公安局", "县人力资源社会保障局", "县应急管理局", "省公安厅", "省工业和信息化厅"}
    units |= {"省人力资源和社会保障厅", "县海事局"}
    assert default_registry().matching(typed, units) == found


def test_dept_without_place_on_a_county_notice() -> None:
    result = runner.invoke(app, ["tasks", "--dept", "应急管理局", "--notice", str(COUNTY), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    assert rows and all("县应急管理局" in row[6] for row in rows)


def test_suggestions_name_only_the_notices_units() -> None:
    result = runner.invoke(app, ["tasks", "--dept", "县应急管里局局", "--notice", str(COUNTY)])
    assert result.exit_code == ExitCode.USAGE
    assert "did you mean 县应急管理局" in result.output
    assert "州" not in result.output


def test_a_users_registry_file_adds_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "units.yaml"
    own.write_text("- {name: 县经济商务局, kind: government, aliases: [县经商局]}\n", encoding="utf-8")
    registry = default_registry(own)
    assert registry.resolve("县经商局") == "县经济商务局"
    assert registry.resolve("县人社局") == "县人力资源社会保障局"  # the bundled entries stay


@pytest.mark.parametrize("content", ["just text", "- 42\n", "- {name: 某局, aliases: 某}\n", "[: bad"])
def test_a_bad_registry_file_is_a_usage_error(tmp_path: Path, content: str) -> None:
    own = tmp_path / "units.yaml"
    own.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=r"units\.yaml"):
        default_registry(own)


def test_a_later_entry_overrides_an_earlier_spelling() -> None:
    registry = Registry([Unit("水利局", "government", ("水务局",)), Unit("水务局", "government")])
    assert registry.resolve("县水务局") == "县水务局"


def test_registry_option_reads_the_users_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_CLI_REGISTRY", "")  # the option sets it for this run; undone after the test
    own = tmp_path / "units.yaml"
    own.write_text("- {name: 县经济商务局, kind: government, aliases: [县经商局]}\n", encoding="utf-8")
    args = ["tasks", "--dept", "县经商局", "--notice", str(COUNTY), "--format", "tsv"]
    assert runner.invoke(app, args).exit_code == ExitCode.USAGE  # not a unit of the notice, not readable
    result = runner.invoke(app, ["--registry", str(own), *args])
    assert result.exit_code == 0, result.output
    assert all("县经济商务局" in row for row in result.stdout.splitlines()[1:])
