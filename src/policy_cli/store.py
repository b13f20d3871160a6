"""Model <-> YAML and JSON: fixed key order, stated counts, safe loading; the front of three helpers.

Keys follow the field order of the dataclasses in models.py, which is the
documented schema, after `schema` and `counts` (the length of each top-level
list, so a model cut short is refused). Where the rest lives:

- validate.py: plain data -> model objects, refusing anything the dumper would not write;
- cache.py: the cache of parsed YAML files, checked before use;
- files.py: reading only regular files under a size cap, and atomic writes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import cache, models
from .errors import ModelError
from .files import atomic_write, read_regular
from .i18n import _
from .validate import counts, from_data

__all__ = ["atomic_write", "dump_json", "dump_yaml", "from_data", "load_model", "load_yaml_text", "to_data"]

# A model file larger than this is refused before it is parsed.
MAX_MODEL_BYTES = 128 * 1024 * 1024

# ---------------------------------------------------------------- to plain data


def to_data(obj: Any) -> Any:
    """A model object as plain dicts, lists, strings and numbers, keys in schema order."""
    kind = type(obj)
    if kind is str or kind is int or obj is None:
        return obj
    if kind is tuple:  # (before the dataclass test, which a tuple would take for nothing)
        return [x if type(x) is str else to_data(x) for x in obj]
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:
        data = {}
        for name in names:
            value = getattr(obj, name)
            kind = type(value)
            data[name] = value if kind is str or kind is int or value is None else to_data(value)
        return data
    if isinstance(obj, tuple | list):
        return [x if type(x) is str else to_data(x) for x in obj]
    return obj


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, in order


# ---------------------------------------------------------------- YAML and JSON text


def to_document(notice: models.Notice) -> dict[str, Any]:
    """The model as the document written to a file: `schema`, then `counts`, then the fields."""
    data: dict[str, Any] = to_data(notice)
    return {"schema": data.pop("schema"), "counts": counts(notice), **data}


def dump_yaml(notice: models.Notice) -> str:
    return "".join(yaml_chunks(notice))


def yaml_chunks(notice: models.Notice) -> Iterator[str]:
    """The model's YAML text in pieces, for writing a large model without holding it all.

    The text of to_document(notice), written from the model objects themselves.
    """
    from .yamlio import dump_chunks

    fields = {f.name: getattr(notice, f.name) for f in dataclasses.fields(notice) if f.name != "schema"}
    return dump_chunks({"schema": notice.schema, "counts": counts(notice), **fields}, to_data)


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_yaml_text(text: str, name: str = "<model>") -> models.Notice:
    from .yamlio import load

    return from_data(load(text, name), name)


# ---------------------------------------------------------------- files


def load_model(path: Path) -> models.Notice:
    """Load and validate a model file (a regular file, at most MAX_MODEL_BYTES)."""
    raw = read_regular(path, MAX_MODEL_BYTES, error=ModelError, what=_("model file"))
    return load_model_bytes(raw, str(path))


def load_model_bytes(raw: bytes, name: str) -> models.Notice:
    """Validate a model's bytes; the parsed YAML of a model validated before comes from the cache,
    and is validated again in the same way."""
    cached = cache.read("model", raw)
    if cached is not None:
        try:
            return from_data(cached, name)
        except ModelError:
            pass  # not an entry we wrote: read the file itself
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelError(
            _("{name}: not a UTF-8 model file (bad byte at offset {offset})").format(name=name, offset=exc.start)
        ) from None
    from .yamlio import load

    data = load(text, name)
    notice = from_data(data, name)
    cache.write("model", raw, data)
    return notice
