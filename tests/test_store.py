"""Model <-> YAML: stable bytes, exact round trips, clear errors for damaged models, atomic writes."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest

from policy_cli import cache, store
from policy_cli.errors import ModelError
from policy_cli.models import Metadata, Note, Notice, Task
from policy_cli.source import BUNDLED_MODEL, parse_file

from .conftest import MODEL, RAW_NOTICE


def test_committed_model_is_fresh() -> None:
    fresh = store.dump_yaml(parse_file(RAW_NOTICE).notice)
    assert MODEL.read_text(encoding="utf-8") == fresh, "run 'make model' to regenerate data/tasks.yaml"


def test_bundled_copy_matches_committed_model() -> None:
    assert BUNDLED_MODEL.read_bytes() == MODEL.read_bytes(), "run 'make model'"


def test_two_parses_give_identical_bytes() -> None:
    assert store.dump_yaml(parse_file(RAW_NOTICE).notice) == store.dump_yaml(parse_file(RAW_NOTICE).notice)


def test_dump_then_load_gives_an_equal_model(bundled: Notice) -> None:
    assert len(bundled.tasks) == 86
    assert store.load_yaml_text(store.dump_yaml(bundled)) == bundled


def test_yaml_shape_is_diffable(bundled: Notice) -> None:
    text = store.dump_yaml(bundled)
    assert text.startswith("schema: 2\ncounts:\n  parts: 6\n  tasks: 86\n  notes: 3\n")
    assert "\\u" not in text
    assert "  departments:\n  - 各级党委\n  - 各级政府\n" in text
    longest = max(bundled.tasks, key=lambda t: len(t.text))
    assert f"  text: {longest.text}\n" in text  # never folded
    assert [k.split(":")[0] for k in text.splitlines() if not k.startswith((" ", "-"))] == [
        "schema",
        "counts",
        "metadata",
        "preamble",
        "parts",
        "closing",
        "annex",
        "tasks",
        "notes",
        "boilerplate",
        "warnings",
    ]


HAZARDS = [
    "\n",
    "\n\n",
    "ends with a break\n",
    "yes",
    "no",
    "017",
    "2017-12-27",
    "1e3",
    "null",
    "~",
    "a\u0085b",
    "a\u2028b",
    "a\u2029b",
    "tab\there",
    "trailing  ",
    "two\nlines",
    "two\nlines with trailing \n",
    " leading",
    "#comment",
    "key: value",
    "- dash",
    "",
]


@pytest.mark.parametrize("text", HAZARDS)
def test_round_trip_hazards(text: str) -> None:
    task = Task(id=1, path="1", source="annex", text=text, departments=(text,), due=text, line=1)
    tasks = (task, dataclasses.replace(task, id=2))
    notice = Notice(metadata=Metadata(title=text), preamble=text, tasks=tasks, notes=(Note(1, text, 2),))
    dumped = store.dump_yaml(notice)
    assert store.load_yaml_text(dumped) == notice
    from policy_cli.yamlio import dump

    assert dumped == dump(store.to_document(notice))  # in pieces or whole, the same bytes


def _damaged(bundled: Notice, old: str, new: str) -> str:
    text = store.dump_yaml(bundled)
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("schema: 2", "schema: 9", "schema 9 is not the supported 2"),
        ("published: '2017-12-27'", "published: 2017-12-27", "metadata.published: expected text, got a date"),
        ("  due_year: 2017\n", "  due_year: '2017'\n", "tasks[0].due_year: expected an integer, got text"),
        ("- id: 1\n", "- id: one\n", "tasks[0].id: expected an integer"),
        (
            "  departments:\n  - 各级党委\n  - 各级政府\n",
            "  departments: 各级党委\n",
            "tasks[0].departments: expected a list",
        ),
        ("- id: 1\n  path:", "- idx: 1\n  path:", "tasks[0].idx: not part of the schema"),
    ],
)
def test_damaged_model_names_the_field(bundled: Notice, old: str, new: str, message: str) -> None:
    with pytest.raises(ModelError, match=message.replace("[", r"\[").replace("]", r"\]")):
        store.load_yaml_text(_damaged(bundled, old, new))


def test_missing_key_is_named(bundled: Notice) -> None:
    with pytest.raises(ModelError, match=r"tasks\[0\]\.text: missing"):
        first_text = next(line for line in store.dump_yaml(bundled).splitlines() if line.startswith("  text: 坚持"))
        store.load_yaml_text(_damaged(bundled, first_text + "\n", ""))


@pytest.mark.parametrize("text", ["", "just text", "[1, 2]", "a: [", "!!python/object:os.system {}"])
def test_not_a_model(text: str) -> None:
    with pytest.raises(ModelError):
        store.load_yaml_text(text)


def test_atomic_write_replaces_and_removes_only_dead_writers_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "model.yaml"
    target.write_text("old")
    gone_pid = _ended_pid()
    (tmp_path / f".model.yaml.{gone_pid}.0123456789ab.tmp").write_text("half")  # a killed writer's
    foreign = [
        f".model.yaml.{os.getpid()}.0123456789ab.tmp",  # a live writer's
        ".model.yaml.abc123.tmp",  # another program's
        f".other.yaml.{gone_pid}.0123456789ab.tmp",  # another target's
    ]
    for name in foreign:
        (tmp_path / name).write_text("keep")
    store.atomic_write(target, b"new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*foreign, "model.yaml"])


def _ended_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "model.yaml"
    target.write_text("old")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        store.atomic_write(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["model.yaml"]


def test_model_is_frozen(bundled: Notice) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        bundled.tasks[0].id = 5  # type: ignore[misc]


def test_chunked_dump_equals_whole_dump(bundled: Notice) -> None:
    from policy_cli.yamlio import dump

    whole = dump(store.to_document(bundled))
    assert store.dump_yaml(bundled) == whole
    empty = Notice()
    assert store.dump_yaml(empty) == dump(store.to_document(empty))


def test_stale_cache_is_never_used(bundled: Notice, tmp_path: Path) -> None:
    model = tmp_path / "tasks.yaml"
    model.write_text(store.dump_yaml(bundled), encoding="utf-8")
    assert store.load_model(model).tasks[0].due == "2017年"  # now cached
    model.write_text(store.dump_yaml(bundled).replace("  due: 2017年\n", "  due: 2099年\n", 1), encoding="utf-8")
    assert store.load_model(model).tasks[0].due == "2099年"


def test_damaged_cache_entry_is_ignored(bundled: Notice, tmp_path: Path) -> None:
    model = tmp_path / "tasks.yaml"
    raw = store.dump_yaml(bundled).encode("utf-8")
    model.write_bytes(raw)
    store.load_model(model)
    folder = cache.cache_dir()
    assert folder is not None
    entry = folder / cache.entry_name("model", raw)
    assert entry.exists()
    entry.write_text("{not json")
    assert store.load_model(model) == bundled


def test_cached_model_equals_validated_model(bundled: Notice, tmp_path: Path) -> None:
    model = tmp_path / "tasks.yaml"
    model.write_text(store.dump_yaml(bundled), encoding="utf-8")
    first = store.load_model(model)  # validated from YAML
    second = store.load_model(model)  # built from the cache
    assert first == second == bundled


def test_invalid_model_is_not_cached(bundled: Notice, tmp_path: Path) -> None:
    model = tmp_path / "tasks.yaml"
    model.write_text(store.dump_yaml(bundled).replace("schema: 2", "schema: 7"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ModelError, match="schema 7"):
            store.load_model(model)
