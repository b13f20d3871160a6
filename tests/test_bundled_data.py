"""The loader of the data files shipped in the package: each file read once, from the cache when it holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from policy_cli import bundled_data, cache
from policy_cli.bundled_data import BUNDLED, read_bundled


@pytest.mark.parametrize("name", ["vocabulary.yaml", "departments.yaml"])
def test_a_bundled_file_reads_as_its_yaml(name: str) -> None:
    assert read_bundled(name) == yaml.safe_load((BUNDLED / name).read_text(encoding="utf-8"))


def test_each_file_is_read_once_per_process() -> None:
    assert read_bundled("vocabulary.yaml") is read_bundled("vocabulary.yaml")


def test_the_parsed_file_is_kept_in_the_cache_and_read_from_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_CLI_CACHE_DIR", str(tmp_path))
    read = bundled_data.read_bundled.__wrapped__  # the loader itself, without the per-process memory
    raw = (BUNDLED / "departments.yaml").read_bytes()
    entry = tmp_path / "policy-cli" / cache.entry_name("data", raw)
    assert read("departments.yaml") == read_bundled("departments.yaml")
    assert json.loads(entry.read_text(encoding="utf-8"))["data"] == read_bundled("departments.yaml")
    planted = [{"name": "只在缓存里的单位", "kind": "other"}]
    body = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({**body, "data": planted}, ensure_ascii=False), encoding="utf-8")
    assert read("departments.yaml") == planted  # taken from the cache entry made for these exact bytes
