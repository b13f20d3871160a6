"""Where a model comes from: the bundled one, a model file, or a raw notice parsed on the fly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .decode import DEFAULT_MAX_BYTES, Decoded, read_notice_bytes
from .errors import InputError, StrictError
from .i18n import _
from .models import Notice

BUNDLED_MODEL = Path(__file__).parent / "bundled" / "tasks.yaml"


class ParsedNotice(NamedTuple):
    notice: Notice
    decoded: Decoded


def parse_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False, size_hint: str | None = None
) -> ParsedNotice:
    """Read, decode and parse a raw notice; with strict, any parse warning is an error.

    size_hint names the option that raises max_bytes, for the message when a notice is over it.
    A path of "-" is standard input, read under the same cap and named <stdin> in messages.
    """
    from .files import STDIN_NAME, is_stdin, read_stdin

    if is_stdin(path):
        return parse_bytes(read_stdin(max_bytes, size_hint=size_hint), Path(STDIN_NAME), strict)
    return parse_bytes(read_notice_bytes(path, max_bytes, size_hint), path, strict)


def parse_bytes(raw: bytes, path: Path, strict: bool = False) -> ParsedNotice:
    """Parse a notice's bytes: text, a web page, a Word file or a PDF (readers/), its format kept in the model."""
    from .parse import parse_text
    from .readers import read_document

    document = read_document(raw, str(path))
    decoded = document.decoded
    notice = parse_text(decoded.text, str(path))
    notice = replace(notice, metadata=replace(notice.metadata, source_format=document.source_format))
    warned = [w for w in notice.warnings if w.severity == "warning"] if strict else []
    if warned:  # (an info, a form read as meant, is no error)
        first = warned[0]
        more = _(" (and {n} more)").format(n=len(warned) - 1) if len(warned) > 1 else ""
        raise StrictError(
            _("{where}: {message} [{code}]{more}").format(
                where=f"{path}:{first.line}", message=first.message, code=first.code, more=more
            )
        )
    return ParsedNotice(notice, decoded)


def load(model: Path | None = None, notice: Path | None = None) -> Notice:
    """The model to query: --notice parses a raw notice, --model reads a model, else the bundled one."""
    from .store import load_model

    if notice is not None:
        return parse_file(notice).notice
    return load_model(model if model is not None else BUNDLED_MODEL)


def is_model_file(path: Path) -> bool:
    """Whether a file is a policy-cli model (its first line is `schema:`), the test load_any makes.

    A file that cannot be opened is no model: reading it as a notice reports why.
    """
    import stat

    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf").startswith(b"schema:")


def load_any(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, size_hint: str | None = None) -> Notice:
    """A model file or a raw notice, told apart by the model's first line; the file is read once."""
    from .files import read_regular
    from .store import MAX_MODEL_BYTES, load_model_bytes

    raw = read_regular(path, max(max_bytes, MAX_MODEL_BYTES))
    if raw.lstrip(b"\xef\xbb\xbf").startswith(b"schema:"):
        return load_model_bytes(raw, str(path))
    if len(raw) > max_bytes:
        hint = _(" (raise it with {option})").format(option=size_hint) if size_hint else ""
        raise InputError(
            _("{path}: file is over the {limit:,}-byte limit for a notice{hint}").format(
                path=path, limit=max_bytes, hint=hint
            )
        )
    return parse_bytes(raw, path).notice
