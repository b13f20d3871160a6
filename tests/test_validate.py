"""validate: plain data -> model objects, refusing anything the dumper would not have written, naming the field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from policy_cli import load_model
from policy_cli.errors import ModelError
from policy_cli.store import to_document
from policy_cli.validate import from_data


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return to_document(load_model())


def test_a_whole_model_comes_back_equal(document: dict[str, Any]) -> None:
    notice = from_data(copy.deepcopy(document), "m.yaml")
    assert notice == load_model()
    assert len(notice.tasks) == 86


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tasks"][3].pop("lead"), "m.yaml: field tasks[3].lead: missing"),
        (
            lambda d: d["tasks"][3].update(id=True),
            "m.yaml: field tasks[3].id: expected an integer, got a boolean (True)",
        ),
        (lambda d: d["tasks"][0].update(text=2018), "m.yaml: field tasks[0].text: expected text, got an integer"),
        (lambda d: d["tasks"][5].update(lead="州公安局"), "m.yaml: field tasks[5].lead: expected a list, got text"),
        (lambda d: d["parts"][1]["clauses"][0].update(extra=1), "m.yaml: field parts[1].clauses[0].extra: not part of"),
        (lambda d: d["metadata"].pop("title"), "m.yaml: field metadata.title: missing"),
        (
            lambda d: d["tasks"][2].update(due_date="2018-02-30"),
            "m.yaml: field tasks[2].due_date: '2018-02-30' is not a date",
        ),
    ],
)
def test_a_wrong_field_is_named(document: dict[str, Any], change: Any, message: str) -> None:
    broken = copy.deepcopy(document)
    change(broken)
    with pytest.raises(ModelError) as caught:
        from_data(broken, "m.yaml")
    assert str(caught.value).startswith(message)
