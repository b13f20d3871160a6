"""The data files shipped in the package (bundled/*.yaml): one loader, each file read once per process.

The parsed contents come from the cache of parsed YAML files when it holds the
file's exact bytes (see cache.py), so a command answered from the cache does
not import PyYAML. What a caller is given is shared: it must not be changed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from . import cache as parsed

BUNDLED = Path(__file__).parent / "bundled"


@cache
def read_bundled(name: str) -> Any:
    """The parsed contents of the bundled data file `name` (vocabulary.yaml, departments.yaml)."""
    path = BUNDLED / name
    raw = path.read_bytes()
    data = parsed.read("data", raw)
    if data is None:
        from .yamlio import load

        data = load(raw.decode("utf-8"), str(path))
        parsed.write("data", raw, data)
    return data
