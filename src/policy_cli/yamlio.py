"""YAML text in and out: block style, Chinese as is, never folded; safe loading only.

Kept apart from store.py so that commands answered from the cache never import PyYAML.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from .errors import ModelError

# Line breaks that a YAML loader would turn into "\n" if written raw.
_LINE_BREAKS_YAML_FOLDS = "\x85\u2028\u2029"


class _Dumper(yaml.SafeDumper):
    """Block style, Chinese as is, multi-line text as literal blocks."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # The emitter falls back to a quoted style by itself where a literal block
    # cannot hold the text exactly (trailing spaces, a leading space).
    if any(ch in value for ch in _LINE_BREAKS_YAML_FOLDS):
        style: str | None = '"'  # escaped, so a loader cannot turn them into newlines
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)

# libyaml's C loader where this PyYAML has it, else the pure-Python one; both are safe loaders.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=2**31 - 1,  # never fold long text
        indent=2,
    )


def dump_chunks(document: dict[str, Any]) -> Iterator[str]:
    """The same text as dump(document), one top-level key or list item at a time.

    PyYAML builds a node for every value before writing any, so a large model
    dumped whole needs several times its size in memory; in pieces it does not.
    """
    ended = False
    for key, value in document.items():
        pieces = (
            [dump({key: []}).replace(" []\n", "\n"), *(dump([v]) for v in value)]
            if value and isinstance(value, list)
            else [dump({key: value})]
        )
        for piece in pieces:
            # A piece whose last text keeps its final line breaks (|+) ends with an
            # explicit document end; only the document's last piece may keep it.
            ended = piece.endswith(_DOCUMENT_END)
            yield piece[: -len(_DOCUMENT_END)] if ended else piece
    if ended:
        yield _DOCUMENT_END


_DOCUMENT_END = "...\n"


# The deepest nesting a model has is under ten levels (parts, clauses, three levels
# of items); deeper text is not a model, and would make loading recurse without end.
MAX_DEPTH = 24


def load(text: str, name: str) -> Any:
    """Parse YAML text with the safe loader, refusing anchors, aliases and nesting deeper than MAX_DEPTH.

    An alias lets a few kilobytes stand for a structure of gigabytes, and the
    dumper never writes one, so a model holding one was not written by us.
    """
    try:
        _check_events(text, name)
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ModelError(
            f"{name}: not a policy-cli model (not valid YAML{where}); make one with 'policy-cli parse NOTICE -o FILE'"
        ) from None


def _check_events(text: str, name: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise ModelError(
                f"{name}: line {line}: YAML anchors and aliases are not part of a model; "
                "re-create it with 'policy-cli parse'"
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ModelError(f"{name}: line {line}: nested deeper than {MAX_DEPTH} levels; not a policy-cli model")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
