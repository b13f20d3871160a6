"""YAML text in and out: block style, Chinese as is, never folded; safe loading only.

Kept apart from store.py so that commands answered from the cache never import PyYAML.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import ModelError
from .i18n import _

# Line breaks that a YAML loader would turn into "\n" if written raw.
_LINE_BREAKS_YAML_FOLDS = "\x85\u2028\u2029"
_FOLDED_BREAK = re.compile(f"[{_LINE_BREAKS_YAML_FOLDS}]")


class _Dumper(yaml.SafeDumper):
    """Block style, Chinese as is, multi-line text as literal blocks."""


def _str_representer(dumper: Any, value: str) -> yaml.ScalarNode:
    # The emitter falls back to a quoted style by itself where a literal block
    # cannot hold the text exactly (trailing spaces, a leading space).
    style: str | None = None
    if "\n" in value:
        style = "|"
    if not value.isascii() and _FOLDED_BREAK.search(value):
        style = '"'  # escaped, so a loader cannot turn them into newlines
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node


_Dumper.add_representer(str, _str_representer)

# libyaml's emitter, where this PyYAML has it, writes the same text several
# times faster. It differs from the pure-Python emitter in three places, all
# visible in its output: it escapes characters beyond U+FFFF (\\U...), leaves
# U+00A0 unescaped in quoted text, and ends a document with "..." after any
# text that keeps its final line breaks, not only the last. Output showing any
# of these is written again by the pure-Python emitter, which is the reference.
_C_MAY_DIFFER = re.compile(r"\.\.\.\n\Z|\\U|[\xa0\U00010000-\U0010ffff]")
_CDumper: Any = None
if hasattr(yaml, "CSafeDumper"):

    class _CDumper(yaml.CSafeDumper):  # type: ignore[no-redef]
        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            # The inherited resolve for a model's nodes (no path resolvers), without its generality.
            if kind is ScalarNode:
                if implicit[0]:
                    for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                        if regexp.match(value):
                            return str(tag)
                return _STR
            return _SEQ if kind is SequenceNode else _MAP

    _CDumper.add_representer(str, _str_representer)

# The nodes SafeRepresenter makes for a model's values, built directly.
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_INT, _NULL, _BOOL = "tag:yaml.org,2002:int", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"


class _Unusual(Exception):
    """A value the direct node builder leaves to the representer (a float, a shared list, ...)."""


def _node(value: Any, seen: set[int]) -> yaml.Node:
    kind = type(value)
    if kind is str:
        style: str | None = None
        if "\n" in value:
            style = "|"
        if not value.isascii() and _FOLDED_BREAK.search(value):
            style = '"'
        return ScalarNode(_STR, value, style=style)
    if kind is dict or kind is list:
        if id(value) in seen:  # the representer would write an anchor and an alias
            raise _Unusual
        seen.add(id(value))
        if kind is dict:
            pairs = [(_node(k, seen), _node(v, seen)) for k, v in value.items()]
            return MappingNode(_MAP, pairs, flow_style=False)
        return SequenceNode(_SEQ, [_node(v, seen) for v in value], flow_style=False)
    if value is None:
        return ScalarNode(_NULL, "null")
    if kind is bool:
        return ScalarNode(_BOOL, "true" if value else "false")
    if kind is int:
        return ScalarNode(_INT, str(value))
    raise _Unusual


# libyaml's C loader where this PyYAML has it, else the pure-Python one; both are safe loaders.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_OPTIONS: dict[str, Any] = {
    "allow_unicode": True,
    "default_flow_style": False,
    "width": 2**31 - 1,  # never fold long text
    "indent": 2,
    "sort_keys": False,
}


def dump(data: Any) -> str:
    if _CDumper is not None:
        text = _write_plainly(data)
        if text is not None:
            # _C_MAY_DIFFER, for text that holds neither U+00A0 nor characters past U+FFFF
            if "\\U" not in text and not text.endswith(_DOCUMENT_END):
                return text
        else:
            try:
                text = _dump_fast(data)
            except UnicodeEncodeError:  # lone surrogates: the pure-Python emitter escapes them
                pass
            else:
                if not _C_MAY_DIFFER.search(text):
                    return text
    return _dump(data, _Dumper)


# ---------------------------------------------------------------- a model's usual values, written directly
#
# Most of a model is mappings, lists, numbers, null and text that libyaml writes plain, in
# single quotes or as a literal block (|-). _write_plainly writes exactly libyaml's bytes for
# those (its scalar analysis, restricted to what it can decide here), and returns None for
# anything else, which goes to libyaml itself: text it would double-quote, block text with
# an indentation or keep indicator, characters it escapes, an alias, a float.

# Characters libyaml writes as they are (printable, with allow_unicode), less U+00A0, U+0085,
# U+2028, U+2029 and U+FEFF, which it or the representer treat specially.
_AS_IS = "\x20-\x7e\xa1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
_LINE = re.compile(f"[{_AS_IS}]*")
_BLOCK = re.compile(f"[{_AS_IS}\n]*")
# A one-line text of those characters is written plain unless it has one of libyaml's block
# indicators (a first character such as # or &, "- " or "? " at the start, ": " or " #"
# inside, ":" at the end), a space at either end, or a document marker (--- or ...) at the start.
_NOT_FIRST = frozenset("#,[]{}&*!|>'\"%@` ")
_KEY = re.compile(r"[a-z_][a-z0-9_]*")
_KEYS: set[str] = set()  # keys already found to be written plain


class _Other(Exception):
    """A value _write_plainly leaves to libyaml."""


def _check_key(key: object) -> None:
    """A key written plain the first time it is seen (libyaml would write it so); any other goes to libyaml."""
    if type(key) is not str or len(key) > 128 or not _KEY.fullmatch(key) or _implicit_tag(key):
        raise _Other
    _KEYS.add(key)


def _write_plainly(data: Any) -> str | None:
    """The text libyaml writes for data, or None when data holds a value left to libyaml."""
    out: list[str] = []
    try:
        if type(data) is dict and data:
            _write_mapping(data, 0, False, out, set())
        elif type(data) is list and data:
            _write_sequence(data, 0, out, set())
        else:
            return None
    except _Other:
        return None
    return "".join(out)


def _write_mapping(data: dict[Any, Any], indent: int, inline: bool, out: list[str], seen: set[int]) -> None:
    """A block mapping whose keys stand at indent; inline: its first key follows a sequence's "- "."""
    if id(data) in seen:
        raise _Other
    seen.add(id(data))
    pad = " " * indent
    for key, value in data.items():
        if key not in _KEYS:
            _check_key(key)
        lead = key if inline else pad + key
        inline = False
        kind = type(value)
        if kind is str:
            out.append(f"{lead}: {_text(value, indent + 2)}")
        elif value is None:
            out.append(f"{lead}: null\n")
        elif kind is int:
            out.append(f"{lead}: {value}\n")
        elif kind is list or kind is dict:
            if not value:
                out.append(f"{lead}: []\n" if kind is list else f"{lead}: {{}}\n")
            elif kind is list:
                out.append(f"{lead}:\n")
                _write_sequence(value, indent, out, seen)
            else:
                out.append(f"{lead}:\n")
                _write_mapping(value, indent + 2, False, out, seen)
        else:
            out.append(f"{lead}: {_scalar(value, indent + 2)}")


def _write_sequence(data: list[Any], indent: int, out: list[str], seen: set[int]) -> None:
    """A block sequence whose dashes stand at indent."""
    if id(data) in seen:
        raise _Other
    seen.add(id(data))
    dash = " " * indent + "- "
    for value in data:
        kind = type(value)
        if kind is dict and value:
            out.append(dash)
            _write_mapping(value, indent + 2, True, out, seen)
        elif kind is list or kind is dict:
            if value:  # a list in a list
                raise _Other
            out.append(dash + ("[]\n" if kind is list else "{}\n"))
        else:
            out.append(dash + _scalar(value, indent + 2))


def _scalar(value: Any, indent: int) -> str:
    """A scalar as libyaml writes it after "key: " or "- ", with its line end; block lines at indent."""
    kind = type(value)
    if kind is str:
        return _text(value, indent)
    if value is None:
        return "null\n"
    if kind is int:
        return f"{value}\n"
    if kind is bool:
        return "true\n" if value else "false\n"
    raise _Other


def _text(text: str, indent: int) -> str:
    """A string as libyaml writes it: plain, single-quoted or a literal block (|-) whose lines stand at indent."""
    if "\n" in text:
        # a literal block (|-): no indentation or keep indicator, no space before a break or at the end
        if text[0] in " \n" or text[-1] in " \n" or " \n" in text or not _BLOCK.fullmatch(text):
            raise _Other
        pad = " " * indent
        return "|-\n" + "".join(pad + line + "\n" if line else "\n" for line in text.split("\n"))
    written = _WRITTEN.get(text)
    if written is None:
        written = _line(text)
        if len(text) <= _WRITTEN_LONGEST:
            if len(_WRITTEN) >= _WRITTEN_MAX:
                _WRITTEN.clear()
            _WRITTEN[text] = written
    return written


# Short one-line values (unit names, deadlines, kinds: 县财政局, 2024年底前, annex) recur down a model: the
# last few thousand are kept as written.
_WRITTEN: dict[str, str] = {}
_WRITTEN_MAX = 8192
_WRITTEN_LONGEST = 24


def _line(text: str) -> str:
    """A one-line string as libyaml writes it: plain or single-quoted."""
    if not _LINE.fullmatch(text):
        raise _Other
    if (
        text
        and text[0] not in _NOT_FIRST
        and text[-1] not in ": "
        and ": " not in text
        and " #" not in text
        and not (text[0] in "?:-" and text[1:2] in ("", " "))
        and not text.startswith(("---", "..."))
        and (text[0] not in _RESOLVERS or not _implicit_tag(text))
    ):
        return text + "\n"
    return "'" + text.replace("'", "''") + "'\n"


def _dump_objects(data: dict[str, Any] | list[Any], to_data: Callable[[Any], Any]) -> str:
    """dump() of data with its model objects passed through to_data; data is {key: value} or [value]."""
    if _CDumper is not None:
        out: list[str] = []
        try:
            if isinstance(data, dict):
                _write_fields(data, tuple(data), 0, False, out)
            else:
                _write_objects(data, 0, out)
        except _Other:
            pass
        else:
            text = "".join(out)
            if "\\U" not in text and not text.endswith(_DOCUMENT_END):  # see dump()
                return text
    return dump({k: to_data(v) for k, v in data.items()} if isinstance(data, dict) else [to_data(v) for v in data])


def _one_field(name: str) -> Callable[[Any], tuple[Any]]:
    """The getter of a one-field class's values as a tuple (attrgetter of one name gives the value itself)."""

    def get(obj: Any) -> tuple[Any]:
        return (getattr(obj, name),)

    return get


def _write_fields(obj: Any, names: tuple[str, ...], indent: int, inline: bool, out: list[str]) -> None:
    """A model object (or the piece's {key: value}) as the block mapping to_data makes of it."""
    kind = type(obj)
    if kind is dict:
        leads = _leads(names, indent, inline)
        values: Any = [obj[key] for key in names]
    else:
        plan = _PLANS.get((kind, indent, inline))
        if plan is None:
            get: Callable[[Any], Any] = attrgetter(*names) if len(names) > 1 else _one_field(names[0])
            plan = _PLANS[(kind, indent, inline)] = (_leads(names, indent, inline), get)
        leads, get = plan
        values = get(obj)
    inner = indent + 2
    for (lead, opens), value in zip(leads, values, strict=True):
        kind = type(value)
        if kind is str:
            written = _WRITTEN.get(value)  # (what _text would look up first)
            out.append(lead + (written if written is not None else _text(value, inner)))
        elif value is None:
            out.append(lead + "null\n")
        elif kind is int:
            out.append(f"{lead}{value}\n")
        elif kind is tuple or kind is list:
            if value:
                out.append(opens)
                _write_objects(value, indent, out)
            else:
                out.append(lead + "[]\n")
        elif (fields := _fields(value)) is not None:
            out.append(opens)
            _write_fields(value, fields, inner, False, out)
        else:
            out.append(lead + _scalar(value, inner))


def _leads(names: tuple[str, ...], indent: int, inline: bool) -> tuple[tuple[str, str], ...]:
    """Each key as written before a scalar ("  key: ") and before a block ("  key:\n"), its keys checked;
    inline: the first key follows a sequence's "- " and takes no indentation."""
    for key in names:
        if key not in _KEYS:
            _check_key(key)
    pad = " " * indent
    return tuple(
        (f"{key}: ", f"{key}:\n") if inline and n == 0 else (f"{pad}{key}: ", f"{pad}{key}:\n")
        for n, key in enumerate(names)
    )


# (model class, indent, inline) -> its keys as written (_leads) and one getter of all its fields' values:
# a model's tasks are thousands of objects of a few classes, each written at a few indents
_PLANS: dict[tuple[type, int, bool], tuple[tuple[tuple[str, str], ...], Callable[[Any], Any]]] = {}


def _write_objects(items: tuple[Any, ...] | list[Any], indent: int, out: list[str]) -> None:
    """A tuple or list of model objects as the block sequence to_data makes of it."""
    dash = " " * indent + "- "
    for value in items:
        kind = type(value)
        if kind is str:
            written = _WRITTEN.get(value)  # (what _text would look up first)
            out.append(dash + (written if written is not None else _text(value, indent + 2)))
        elif value is None or kind is int or kind is bool:
            out.append(dash + _scalar(value, indent + 2))
        elif (fields := _fields(value)) is not None:
            out.append(dash)
            _write_fields(value, fields, indent + 2, True, out)
        elif (kind is tuple or kind is list) and not value:
            out.append(dash + "[]\n")
        else:
            raise _Other


def _fields(value: Any) -> tuple[str, ...] | None:
    """A dataclass instance's field names (at least one), in order; None for any other value."""
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None and not names:  # written {} by libyaml
        raise _Other
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _implicit_tag(value: str) -> bool:
    """Whether a plain scalar with this text would be read as something other than a string (2017, yes, ~).

    Kept for the last few thousand texts: dates and deadlines recur.
    """
    tagged = _TAGGED.get(value)
    if tagged is None:
        if len(_TAGGED) >= 4096:
            _TAGGED.clear()
        tagged = _TAGGED[value] = any(regexp.match(value) for _tag, regexp in _RESOLVERS.get(value[:1], ()))
    return tagged


_TAGGED: dict[str, bool] = {}


_RESOLVERS: dict[str, Any] = yaml.SafeDumper.yaml_implicit_resolvers


def _dump_fast(data: Any) -> str:
    try:
        node = _node(data, set())
    except _Unusual:
        return _dump(data, _CDumper)
    stream = io.StringIO()
    dumper = _CDumper(stream, **_OPTIONS)
    dumper.open()
    dumper.serialize(node)
    dumper.close()
    return stream.getvalue()


def _dump(data: Any, dumper: Any) -> str:
    text: str = yaml.dump(data, Dumper=dumper, **_OPTIONS)
    return text


def dump_chunks(document: dict[str, Any], to_data: Callable[[Any], Any] | None = None) -> Iterator[str]:
    """The same text as dump(document), one top-level key or list item at a time.

    PyYAML builds a node for every value before writing any, so a large model
    dumped whole needs several times its size in memory; in pieces it does not.
    With to_data (store.to_data), the document's values are model objects
    (dataclasses, tuples of them): the text is that of the document with every
    value passed through to_data, each piece written from the objects where
    _write_plainly can, else converted and dumped.
    """
    ended = False
    for key, value in document.items():
        if to_data is None:
            pieces: Iterator[str] | list[str] = (
                [dump({key: []}).replace(" []\n", "\n"), *(dump([v]) for v in value)]
                if value and isinstance(value, list)
                else [dump({key: value})]
            )
        elif value and isinstance(value, tuple | list):
            pieces = [dump({key: []}).replace(" []\n", "\n"), *(_dump_objects([v], to_data) for v in value)]
        else:
            pieces = [_dump_objects({key: value}, to_data)]
        for piece in pieces:
            # A piece whose last text keeps its final line breaks (|+) ends with an
            # explicit document end; only the document's last piece may keep it. The
            # marker stands alone at a line's start: a text's own line `...` is indented.
            ended = piece.endswith("\n" + _DOCUMENT_END)
            yield piece[: -len(_DOCUMENT_END)] if ended else piece
    if ended:
        yield _DOCUMENT_END


_DOCUMENT_END = "...\n"


# The deepest nesting a model has is under ten levels (parts, clauses, three levels
# of items); deeper text is not a model, and would make loading recurse without end.
MAX_DEPTH = 24


def load(text: str, name: str, what: str | None = None, remedy: str | None = None) -> Any:
    """Parse YAML text with the safe loader, refusing anchors, aliases and nesting deeper than MAX_DEPTH.

    An alias lets a few kilobytes stand for a structure of gigabytes, and the
    dumper never writes one, so a model holding one was not written by us.
    `what` names the kind of file in messages (a model, a ledger), `remedy`
    what to do about a refused one (default: make the model again).
    """
    what = what or _("model")
    try:
        _check_events(text, name, what, remedy or _("re-create it with 'policy-cli parse'"))
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = _(" at line {line}").format(line=mark.line + 1) if mark else ""
        raise ModelError(
            _("{name}: not a policy-cli {what} (not valid YAML{where}); {remedy}").format(
                name=name, what=what, where=where, remedy=remedy or _("make one with 'policy-cli parse NOTICE -o FILE'")
            )
        ) from None


def _check_events(text: str, name: str, what: str, remedy: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise ModelError(
                _("{name}: line {line}: YAML anchors and aliases are not part of a {what}; {remedy}").format(
                    name=name, line=line, what=what, remedy=remedy
                )
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ModelError(
                    _("{name}: line {line}: nested deeper than {depth} levels; not a policy-cli {what}").format(
                        name=name, line=line, depth=MAX_DEPTH, what=what
                    )
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
