"""The library's entry points: parse a notice, load and dump a model.

These are re-exported by the policy_cli package; see its docstring and the
README's "Use from Python".
"""

from __future__ import annotations

import os
from pathlib import Path

from .decode import DEFAULT_MAX_BYTES, read_notice_bytes
from .models import Notice


def parse_notice(
    source: str | bytes | os.PathLike[str], *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Notice:
    """Parse a notice given as a path (a Path or other os.PathLike), as bytes, or as text (a str).

    Bytes are read as a file would be: a web page, Word file or PDF by its reader,
    text decoded (UTF-8, UTF-16/32 with a BOM, GB18030; traditional script
    converted); text is parsed as given. name is used in
    warnings and errors. Raises InputError for anything that is not a notice.
    """
    from dataclasses import replace

    from .parse import parse_text
    from .source import parse_bytes

    if isinstance(source, str):
        notice = parse_text(source, name or "<text>")
        return replace(notice, metadata=replace(notice.metadata, source_format="text"))
    if isinstance(source, bytes):
        return parse_bytes(source, Path(name or "<bytes>")).notice
    path = Path(source)
    return parse_bytes(read_notice_bytes(path, max_bytes), Path(name) if name else path).notice


def load_model(path: str | os.PathLike[str] | None = None) -> Notice:
    """Load and validate a model file (default: the bundled notice's model). Raises ModelError."""
    from .source import BUNDLED_MODEL
    from .store import load_model as load

    return load(Path(path) if path is not None else BUNDLED_MODEL)


def dump_model(notice: Notice, path: str | os.PathLike[str] | None = None) -> str:
    """The model as YAML text; with a path, also written there atomically (whole or not at all)."""
    from .store import atomic_write, dump_yaml

    text = dump_yaml(notice)
    if path is not None:
        atomic_write(Path(path), text.encode("utf-8"))
    return text
