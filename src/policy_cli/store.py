"""Model <-> YAML and JSON: fixed key order, schema check, safe loading, atomic writes.

Keys follow the field order of the dataclasses in models.py, which is the
documented schema. Loading is generic over those dataclasses, so a field added
there is dumped, loaded and validated without more code here.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from . import models
from .errors import ModelError

# ---------------------------------------------------------------- to plain data


def to_data(obj: Any) -> Any:
    """A model object as plain dicts, lists, strings and numbers, keys in schema order."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_data(x) for x in obj]
    return obj


# ---------------------------------------------------------------- YAML out


class _Dumper(yaml.SafeDumper):
    """Block style, Chinese as is, multi-line text as literal blocks, never folded."""


_LINE_BREAKS_YAML_FOLDS = "\x85\u2028\u2029"


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # The emitter falls back to a quoted style by itself where a literal block
    # cannot hold the text exactly (trailing spaces, special line breaks).
    if any(ch in value for ch in _LINE_BREAKS_YAML_FOLDS):
        style: str | None = '"'  # escaped, so a loader cannot turn them into newlines
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(notice: models.Notice) -> str:
    return dump_yaml_data(to_data(notice))


def dump_yaml_data(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=2**31 - 1,
        indent=2,
    )


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- YAML in


def _loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_text(text: str, name: str = "<model>") -> models.Notice:
    try:
        data = yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ModelError(f"{name}: not a policy-cli model (not valid YAML{where})") from None
    return from_data(data, name)


def from_data(data: Any, name: str = "<model>") -> models.Notice:
    if not isinstance(data, dict) or "schema" not in data:
        raise ModelError(f"{name}: not a policy-cli model (no 'schema' key at the top)")
    if data["schema"] != models.SCHEMA_VERSION:
        raise ModelError(
            f"{name}: model schema {data['schema']!r} is not the supported {models.SCHEMA_VERSION}; "
            "re-create it with 'policy-cli parse'"
        )
    notice: models.Notice = _build(models.Notice, data, name, "")
    return notice


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(cls: type, data: Any, name: str, where: str) -> Any:
    if not isinstance(data, dict):
        raise ModelError(f"{name}: field {where or 'top'}: expected a mapping, got {_kind(data)}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = set(data) - set(fields)
    if unknown:
        raise ModelError(f"{name}: field {_join(where, sorted(unknown)[0])}: not part of the schema")
    values = {}
    for key, f in fields.items():
        path = _join(where, key)
        if key not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ModelError(f"{name}: field {path}: missing")
            continue
        values[key] = _convert(_hints(cls)[key], data[key], name, path)
    return cls(**values)


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
            raise ModelError(f"{name}: field {path}: expected a list, got {_kind(value)}")
        inner = typing.get_args(hint)[0]
        return tuple(_convert(inner, v, name, f"{path}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, name, path)  # type: ignore[arg-type]
    if hint is int and (type(value) is not int):
        raise ModelError(f"{name}: field {path}: expected an integer, got {_kind(value)}")
    if hint is str and not isinstance(value, str):
        hint_text = " (quote it)" if not isinstance(value, dict | list) and value is not None else ""
        raise ModelError(f"{name}: field {path}: expected text, got {_kind(value)}{hint_text}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({value})"
    return {dict: "a mapping", list: "a list", str: "text", int: "an integer", float: "a number"}.get(
        type(value), f"a {type(value).__name__} ({value})"
    )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# ---------------------------------------------------------------- files


def load_model(path: Path) -> models.Notice:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{path}: no such model file") from None
    except UnicodeDecodeError:
        raise ModelError(f"{path}: not a UTF-8 model file") from None
    except OSError as exc:
        raise ModelError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return load_yaml_text(text, str(path))


def atomic_write(path: Path, data: bytes) -> None:
    """Replace path with data: write a temporary file beside it, fsync, rename.

    A reader sees the old file or the new one, never a part. Temporary files
    left by an interrupted earlier run are removed first.
    """
    folder = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    for stale in folder.glob(f"{prefix}*.tmp"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
