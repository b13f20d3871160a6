"""Plain data -> model objects, refusing anything the dumper would not have written.

A model must have every key, each of the type models.py gives it (the message
names the field); the `counts` it states of its lists must match them, so a file
cut short at an entry boundary is refused; task ids must be unique. The same
check runs on a model file and on a cache entry.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from . import models
from .errors import ModelError
from .i18n import _

# The lists whose lengths a model states under `counts`, in the order written.
COUNTED = ("parts", "tasks", "notes", "boilerplate", "warnings")


def counts(notice: models.Notice) -> dict[str, int]:
    return {key: len(getattr(notice, key)) for key in COUNTED}


def from_data(data: Any, name: str = "<model>") -> models.Notice:
    if not isinstance(data, dict) or "schema" not in data:
        raise ModelError(
            _(
                "{name}: not a policy-cli model (no 'schema' key at the top); make one with 'policy-cli parse NOTICE -o FILE'"
            ).format(name=name)
        )
    if data["schema"] != models.SCHEMA_VERSION:
        raise ModelError(
            _(
                "{name}: model schema {schema!r} is not the supported {supported}; re-create it with 'policy-cli parse'"
            ).format(name=name, schema=data["schema"], supported=models.SCHEMA_VERSION)
        )
    stated = _stated_counts(data.get("counts"), name)
    for key in COUNTED:
        found = data.get(key)
        if isinstance(found, list) and len(found) != stated[key]:
            raise ModelError(
                _(
                    "{name}: field {field}: {found} entries where the model states {stated}; "
                    "the file is cut short or was edited, re-create it with 'policy-cli parse'"
                ).format(name=name, field=key, found=len(found), stated=stated[key])
            )
    body = {k: v for k, v in data.items() if k != "counts"}
    try:
        notice: models.Notice = _fast_build(models.Notice, body)
    except _Invalid:  # walk again, slowly, to name the field
        notice = _build(models.Notice, body, name, "")
    _unique_ids(notice, name)
    _task_values(notice, name)
    return notice


DUE_KINDS = (None, "date", "range", "standing", "unknown")


def _task_values(notice: models.Notice, name: str) -> None:
    """Values a type cannot check: positive ids, real ISO dates, a known kind, a plausible year."""
    import datetime

    for i, task in enumerate(notice.tasks):
        where = f"tasks[{i}]"
        if task.id < 1:
            raise ModelError(
                _("{name}: field {field}: {value} is not a task number (1 or more)").format(
                    name=name, field=f"{where}.id", value=task.id
                )
            )
        if task.due_year is not None and not 1 <= task.due_year <= 9999:
            raise ModelError(
                _("{name}: field {field}: {value} is not a year").format(
                    name=name, field=f"{where}.due_year", value=task.due_year
                )
            )
        if task.due_kind not in DUE_KINDS:
            raise ModelError(
                _("{name}: field {field}: {value!r} is not one of {kinds}").format(
                    name=name, field=f"{where}.due_kind", value=task.due_kind, kinds="date, range, standing, unknown"
                )
            )
        for key in ("due_date", "due_from"):
            value = getattr(task, key)
            if value is None:
                continue
            try:
                valid = len(value) == 10 and datetime.date.fromisoformat(value).isoformat() == value
            except ValueError:
                valid = False
            if not valid:
                raise ModelError(
                    _("{name}: field {field}: {value!r} is not a date written YYYY-MM-DD").format(
                        name=name, field=f"{where}.{key}", value=value
                    )
                )


def _stated_counts(value: Any, name: str) -> dict[str, int]:
    if value is None:
        raise ModelError(
            _("{name}: field {field}: missing (a model states the length of its lists)").format(
                name=name, field="counts"
            )
        )
    if not isinstance(value, dict) or set(value) != set(COUNTED):
        raise ModelError(
            _("{name}: field {field}: expected a mapping of {keys}").format(
                name=name, field="counts", keys=", ".join(COUNTED)
            )
        )
    for key, n in value.items():
        if type(n) is not int or n < 0:
            raise ModelError(
                _("{name}: field {field}: expected a count, got {kind}").format(
                    name=name, field=f"counts.{key}", kind=_kind(n)
                )
            )
    return value


def _unique_ids(notice: models.Notice, name: str) -> None:
    seen: dict[int, int] = {}
    for i, task in enumerate(notice.tasks):
        if task.id in seen:
            raise ModelError(
                _("{name}: field {field}: task {id} appears twice (also {other})").format(
                    name=name, field=f"tasks[{i}].id", id=task.id, other=f"tasks[{seen[task.id]}]"
                )
            )
        seen[task.id] = i


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class _Invalid(Exception):
    """Something the fast walk does not accept; the slow walk says what and where."""


Converter = Callable[[Any], Any]


def _fast_build(cls: type, data: Any) -> Any:
    return _converter(cls)(data)


@cache
def _converter(hint: Any) -> Converter:
    """A function that checks and converts one value of the type `hint`, without building messages.

    Valid models (nearly all of them) are converted at this speed; anything else
    raises _Invalid and is walked again by _build, which names the field.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner_hint,) = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _converter(inner_hint)
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _converter(typing.get_args(hint)[0])

        def convert_tuple(value: Any) -> Any:
            if type(value) is not list:
                raise _Invalid
            return tuple(map(item, value))

        return convert_tuple
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        cls: type = hint
        keys = frozenset(_fields(cls))
        plan: list[tuple[str, Converter]] = []  # filled on first use: Item holds Items

        def convert_object(value: Any) -> Any:
            if type(value) is not dict or value.keys() != keys:
                raise _Invalid
            if not plan:
                plan.extend((key, _converter(_hints(cls)[key])) for key in _fields(cls))
            return cls(**{key: convert(value[key]) for key, convert in plan})

        return convert_object
    if hint is int or hint is str:

        def convert_scalar(value: Any) -> Any:
            if type(value) is not hint:
                raise _Invalid
            return value

        return convert_scalar
    return lambda value: value


def _build(cls: type, data: Any, name: str, where: str) -> Any:
    if not isinstance(data, dict):
        raise ModelError(
            _("{name}: field {field}: expected a mapping, got {kind}").format(
                name=name, field=where or _("top"), kind=_kind(data)
            )
        )
    fields = _fields(cls)
    if len(data) != len(fields) or any(k not in data for k in fields):
        unknown = sorted(set(data) - set(fields), key=str)
        if unknown:
            raise ModelError(
                _("{name}: field {field}: not part of the schema").format(
                    name=name, field=_join(where, str(unknown[0]))
                )
            )
        missing = next(k for k in fields if k not in data)
        raise ModelError(_("{name}: field {field}: missing").format(name=name, field=_join(where, missing)))
    hints = _hints(cls)
    return cls(**{key: _convert(hints[key], data[key], name, _join(where, key)) for key in fields})


def _convert(hint: Any, value: Any, name: str, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, name, path)
    if origin is tuple:
        if not isinstance(value, list):
            raise ModelError(
                _("{name}: field {field}: expected a list, got {kind}").format(name=name, field=path, kind=_kind(value))
            )
        inner = typing.get_args(hint)[0]
        return tuple(_convert(inner, v, name, f"{path}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, name, path)  # type: ignore[arg-type]
    if hint is int and (type(value) is not int):
        raise ModelError(
            _("{name}: field {field}: expected an integer, got {kind}").format(name=name, field=path, kind=_kind(value))
        )
    if hint is str and not isinstance(value, str):
        hint_text = _(" (quote it)") if not isinstance(value, dict | list) and value is not None else ""
        raise ModelError(
            _("{name}: field {field}: expected text, got {kind}{hint}").format(
                name=name, field=path, kind=_kind(value), hint=hint_text
            )
        )
    return value


def _kind(value: Any) -> str:
    if value is None:
        return _("nothing (null)")
    if isinstance(value, bool):
        return _("a boolean ({value})").format(value=value)
    kinds = {dict: _("a mapping"), list: _("a list"), str: _("text"), int: _("an integer"), float: _("a number")}
    return kinds.get(type(value)) or _("a {type} ({value})").format(type=type(value).__name__, value=value)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
