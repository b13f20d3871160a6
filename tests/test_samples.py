"""The genre's other layouts: each sample notice parses to its hand-checked facts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from policy_cli.source import parse_file

from .conftest import SAMPLES

EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))


def _cases() -> list[tuple[Path, dict]]:
    return [(p, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in EXPECTED]


@pytest.mark.parametrize(("path", "expected"), _cases(), ids=[p.name.split(".")[0] for p in EXPECTED])
def test_sample_metadata_and_count(path: Path, expected: dict) -> None:
    notice = parse_file(SAMPLES / expected["file"]).notice
    assert notice.metadata.title == expected["title"]
    assert notice.metadata.doc_number_normalized == expected["doc_number"]
    assert len(notice.tasks) == expected["tasks_count"]


def _task_cases() -> list[tuple[str, dict]]:
    return [(exp["file"], task) for _, exp in _cases() for task in exp["tasks"]]


@pytest.mark.parametrize(("file", "want"), _task_cases(), ids=[f"{f.split('_')[1]}-{t['n']}" for f, t in _task_cases()])
def test_sample_task_fields(file: str, want: dict) -> None:
    notice = parse_file(SAMPLES / file).notice
    task = notice.tasks[want["n"] - 1]
    assert task.text.startswith(want["starts"]), task.text[:20]
    assert list(task.departments) == want["departments"]
    assert list(task.lead) == want["lead"]
    assert list(task.partners) == want["partners"]
    assert task.due == want["due"]
    assert task.due_year == want["due_year"]
