"""The model classes behave exactly as the frozen dataclasses their fields make.

models.py writes each class's __init__ out and shares __eq__, __hash__, __repr__
and the refusal of assignment; here every class is compared with the dataclass
that @dataclass(frozen=True) would build from the same fields.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from policy_cli import models
from policy_cli.source import BUNDLED_MODEL
from policy_cli.store import load_model

CLASSES = [
    models.Metadata,
    models.Item,
    models.Clause,
    models.Part,
    models.Subgroup,
    models.Group,
    models.Annex,
    models.Task,
    models.Note,
    models.Boilerplate,
    models.Warning,
    models.Notice,
]


def reference(cls: type) -> type:
    """The frozen dataclass @dataclass would make of cls's fields."""
    specs = []
    for f in dataclasses.fields(cls):
        kwargs: dict[str, Any] = {"kw_only": f.kw_only}
        if f.default is not dataclasses.MISSING:
            kwargs["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kwargs["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**kwargs)))
    made: type = dataclasses.make_dataclass(cls.__name__, specs, frozen=True)
    made.__qualname__ = cls.__qualname__
    return made


def sample(cls: type, seed: int) -> dict[str, Any]:
    """Values for every field of cls (each field a value of its own kind)."""
    values: dict[str, Any] = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        hint = str(f.type)
        if "tuple" in hint:
            values[f.name] = (f"{f.name}{seed}", str(i))
        elif "int" in hint:
            values[f.name] = seed * 100 + i
        elif f.name == "metadata":
            values[f.name] = models.Metadata(title=f"title {seed}")
        elif f.name == "annex":
            values[f.name] = models.Annex(title=None, line=seed)
        else:
            values[f.name] = f"{f.name} {seed}"
    return values


def call(cls: type, values: dict[str, Any]) -> Any:
    fields = dataclasses.fields(cls)
    if all(f.kw_only for f in fields):
        return cls(**values)
    return cls(*(values[f.name] for f in fields))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_takes_what_the_dataclass_takes(cls: type) -> None:
    ref = reference(cls)
    ours, theirs = inspect.signature(cls).parameters, inspect.signature(ref).parameters
    assert list(ours) == list(theirs)
    for name, param in ours.items():
        other = theirs[name]
        assert param.kind == other.kind, name
        if other.default is dataclasses.MISSING or other.default is inspect.Parameter.empty:
            assert param.default is inspect.Parameter.empty, name
        elif repr(other.default) != "<factory>":
            assert param.default == other.default and type(param.default) is type(other.default), name
    required = {n: v for n, v in sample(cls, 1).items() if ours[n].default is inspect.Parameter.empty}
    assert dataclasses.asdict(cls(**required)) == dataclasses.asdict(ref(**required))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_equality_hash_and_repr_are_the_dataclass_ones(cls: type) -> None:
    ref = reference(cls)
    a, a2, b = call(cls, sample(cls, 1)), call(cls, sample(cls, 1)), call(cls, sample(cls, 2))
    ra, rb = call(ref, sample(cls, 1)), call(ref, sample(cls, 2))
    assert a == a2 and hash(a) == hash(a2) == hash(ra)
    assert a != b and (a == b) == (ra == rb)
    assert hash(b) == hash(rb)
    assert a != ra  # another class: not equal, as between two dataclasses
    assert a.__eq__(object()) is NotImplemented
    assert repr(a) == repr(ra) and repr(b) == repr(rb)
    assert {a, a2, b} == {a, b}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_fields_can_be_neither_changed_nor_deleted(cls: type) -> None:
    ref = reference(cls)
    obj, other = call(cls, sample(cls, 1)), call(ref, sample(cls, 1))
    name = dataclasses.fields(cls)[0].name
    for target in (obj, other):
        with pytest.raises(dataclasses.FrozenInstanceError) as raised:
            setattr(target, name, 1)
        assert str(raised.value) == f"cannot assign to field {name!r}"
        with pytest.raises(dataclasses.FrozenInstanceError) as raised:
            delattr(target, name)
        assert str(raised.value) == f"cannot delete field {name!r}"
    changed = dataclasses.replace(obj, **{name: sample(cls, 2)[name]})
    assert getattr(changed, name) == sample(cls, 2)[name] and obj == call(cls, sample(cls, 1))
    assert copy.copy(obj) == obj and copy.deepcopy(obj) == obj and pickle.loads(pickle.dumps(obj)) == obj


def test_each_notice_gets_its_own_empty_metadata() -> None:
    first, second = models.Notice(), models.Notice()
    assert first.metadata == models.Metadata() and first.metadata is not second.metadata
    assert models.Notice(metadata=models.Metadata(title="x")).metadata.title == "x"


def test_the_bundled_model_is_equal_to_itself_loaded_twice() -> None:
    one, two = load_model(BUNDLED_MODEL), load_model(BUNDLED_MODEL)
    assert one == two and hash(one.tasks) == hash(two.tasks)
    assert one != dataclasses.replace(one, tasks=one.tasks[1:])
