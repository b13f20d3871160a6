"""Model <-> YAML and JSON: fixed key order, schema check, safe loading, atomic writes.

Keys follow the field order of the dataclasses in models.py, which is the
documented schema. Loading is generic over those dataclasses, so a field added
there is dumped, loaded and validated without more code here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

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


# ---------------------------------------------------------------- YAML and JSON text


def dump_yaml(notice: models.Notice) -> str:
    return "".join(yaml_chunks(notice))


def yaml_chunks(notice: models.Notice) -> Iterator[str]:
    """The model's YAML text in pieces, for writing a large model without holding it all."""
    from .yamlio import dump_chunks

    return dump_chunks(to_data(notice))


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_yaml_text(text: str, name: str = "<model>") -> models.Notice:
    from .yamlio import load

    return from_data(load(text, name), name)


def from_data(data: Any, name: str = "<model>") -> models.Notice:
    if not isinstance(data, dict) or "schema" not in data:
        raise ModelError(
            f"{name}: not a policy-cli model (no 'schema' key at the top); make one with 'policy-cli parse NOTICE -o FILE'"
        )
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
    """Load and validate a model file; a model validated before is read back from the cache."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"{path}: no such model file") from None
    except IsADirectoryError:
        raise ModelError(f"{path}: is a directory, not a model file") from None
    except OSError as exc:
        raise ModelError(f"{path}: cannot read ({exc.strerror or exc})") from None
    entry = _cache_entry("model", raw)
    cached = _read_cache(entry)
    if cached is not None:
        notice: models.Notice = _trusted(models.Notice, cached)
        return notice
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ModelError(f"{path}: not a UTF-8 model file") from None
    from .yamlio import load

    data = load(text, str(path))
    notice = from_data(data, str(path))
    _write_cache(entry, data)
    return notice


def _trusted(cls: Any, data: dict[str, Any]) -> Any:
    """Build model objects from data that passed validation when it was cached."""
    values = {}
    for name, kind, inner in _plan(cls):
        if name not in data:
            continue
        value = data[name]
        if kind == "object":
            value = None if value is None else _trusted(inner, value)
        elif kind == "objects":
            value = tuple(_trusted(inner, v) for v in value)
        elif kind == "values":
            value = tuple(value)
        values[name] = value
    return cls(**values)


@cache
def _plan(cls: type) -> list[tuple[str, str, Any]]:
    """For each field: its name, how to build it (value, values, object, objects), and the inner class."""
    plan = []
    for name, hint in _hints(cls).items():
        args = [a for a in typing.get_args(hint) if a is not type(None) and a is not Ellipsis]
        if typing.get_origin(hint) is tuple:
            inner = args[0]
            plan.append((name, "objects" if dataclasses.is_dataclass(inner) else "values", inner))
        elif dataclasses.is_dataclass(hint) or any(dataclasses.is_dataclass(a) for a in args):
            plan.append((name, "object", hint if dataclasses.is_dataclass(hint) else args[0]))
        else:
            plan.append((name, "value", None))
    return plan


# ---------------------------------------------------------------- cache
#
# Loading YAML costs more than answering most queries, so the parsed data of a
# YAML file is kept as JSON under the user's cache folder, keyed by a hash of
# the file's bytes and this program's version: an edited file has a new key,
# so a stale entry is never read. POLICY_CLI_NO_CACHE=1 turns it off.


def cache_dir() -> Path | None:
    if os.environ.get("POLICY_CLI_NO_CACHE"):
        return None
    base = os.environ.get("POLICY_CLI_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "policy-cli" if base else Path.home() / ".cache" / "policy-cli"


def cache_key(raw: bytes) -> str:
    from . import __version__

    digest = hashlib.sha256(raw)
    digest.update(f"{__version__}/{models.SCHEMA_VERSION}/{len(raw)}".encode())
    return digest.hexdigest()


def _cache_entry(kind: str, raw: bytes) -> Path | None:
    folder = cache_dir()
    return folder / f"{kind}-{cache_key(raw)}.json" if folder else None


def _read_cache(entry: Path | None) -> Any:
    if entry is None:
        return None
    try:
        return json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None


def _write_cache(entry: Path | None, data: Any) -> None:
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass  # an unwritable cache folder: the YAML is simply read again next time


def read_yaml_cached(path: Path) -> Any:
    """The parsed contents of a YAML data file, from the cache when it holds this exact file."""
    raw = path.read_bytes()
    entry = _cache_entry("data", raw)
    cached = _read_cache(entry)
    if cached is not None:
        return cached
    from .yamlio import load

    data = load(raw.decode("utf-8"), str(path))
    _write_cache(entry, data)
    return data


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace path with data: write a temporary file beside it, fsync, rename.

    A reader sees the old file or the new one, never a part. Temporary files
    left by an interrupted earlier run are removed first.
    """
    folder = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    for stale in folder.glob(f"{prefix}*.tmp"):
        stale.unlink(missing_ok=True)
    import tempfile  # only writers need it

    fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
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
