"""Files in and out: read only regular files, under a size cap; replace a file atomically.

Reading: a FIFO, device or socket is refused at once (a FIFO is opened without
waiting for a writer), a directory is refused, and the size cap counts the
bytes actually read, not what stat says (`/proc` files and growing files
report sizes that are not what a read returns).

Writing: the data goes to a temporary file beside the target, with a name
unique to this write, which is fsynced and renamed over the target, so a reader
sees the old file or the new one, never a part. Only that exact temporary file
is ever removed (on any error, and on SIGTERM/SIGINT, which unwind as
exceptions). The target must be a regular file or a new name: a device, FIFO,
socket or directory is refused, a symbolic link is followed and its target
replaced, and a file that is one of the inputs (same device and inode) is
refused. A new file gets the permissions the umask allows; a replaced file
keeps its own.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from .errors import InputError, PolicyError
from .i18n import _

_CHUNK = 1 << 16

# A notice given as "-" is read from standard input; messages name it STDIN_NAME.
STDIN = "-"
STDIN_NAME = "<stdin>"


def is_stdin(path: Path | str) -> bool:
    """Whether a path given on the command line means standard input."""
    return str(path) == STDIN


def read_stdin(
    max_bytes: int,
    *,
    error: type[PolicyError] = InputError,
    what: str | None = None,
    size_hint: str | None = None,
) -> bytes:
    """Standard input's bytes, at most max_bytes of them (counted as read, so /dev/zero stops at the cap)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise error(
            _("{path}: standard input is closed; give a {what} or pipe one in").format(
                path=STDIN_NAME, what=what or _("file")
            )
        )
    chunks: list[bytes] = []
    total = 0
    try:
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
            if total > max_bytes:
                raise error(_over_limit(STDIN_NAME, what, max_bytes, size_hint))
            chunks.append(chunk)
    except (OSError, ValueError) as exc:  # ValueError: the stream was closed
        raise error(_cannot_read(STDIN_NAME, getattr(exc, "strerror", None) or exc)) from None
    return b"".join(chunks)


def existing_regular(path: Path, *, error: type[PolicyError] = InputError, what: str | None = None) -> bool:
    """Whether path exists; a directory, FIFO, device or socket there is refused (raised as `error`).

    For files a command reads and then replaces (a ledger): checked before anything
    is opened, so a FIFO never blocks and nothing is created beside a directory.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except PermissionError:
        raise error(_("{path}: permission denied").format(path=path)) from None
    except OSError as exc:
        raise error(_cannot_read(path, exc.strerror or exc)) from None
    _refuse_unless_regular(path, mode, error, what)
    return True


def read_regular(
    path: Path,
    max_bytes: int,
    *,
    error: type[PolicyError] = InputError,
    what: str | None = None,
    size_hint: str | None = None,
) -> bytes:
    """The bytes of a regular file, refusing anything else and anything over max_bytes.

    Errors are raised as `error` (InputError for notices, ModelError for models)
    with one line naming the file; size_hint names the option that raises the cap,
    when the caller has one. `what` names the kind of file in messages (default: file).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise error(_("{path}: no such {what}").format(path=path, what=what or _("file"))) from None
    except PermissionError:
        raise error(_("{path}: permission denied").format(path=path)) from None
    except OSError as exc:
        raise error(_cannot_read(path, exc.strerror or exc)) from None
    try:
        _refuse_unless_regular(path, os.fstat(fd).st_mode, error, what)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, _CHUNK):
            total += len(chunk)
            if total > max_bytes:
                raise error(_over_limit(path, what, max_bytes, size_hint))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise error(_cannot_read(path, exc.strerror or exc)) from None
    finally:
        os.close(fd)


def _refuse_unless_regular(path: Path, mode: int, error: type[PolicyError], what: str | None) -> None:
    if stat.S_ISDIR(mode):
        raise error(_("{path}: is a directory, not a {what}").format(path=path, what=what or _("file")))
    if not stat.S_ISREG(mode):
        raise error(
            _("{path}: is {kind}, not a regular file; give a {what} saved on disk").format(
                path=path, kind=_kind(mode), what=what or _("file")
            )
        )


def _cannot_read(path: Path | str, reason: object) -> str:
    return _("{path}: cannot read ({reason})").format(path=path, reason=reason)


def _over_limit(path: Path | str, what: str | None, max_bytes: int, size_hint: str | None) -> str:
    hint = _(" (raise it with {option})").format(option=size_hint) if size_hint else ""
    return _("{path}: {what} is over the {limit:,}-byte limit{hint}").format(
        path=path, what=what or _("file"), limit=max_bytes, hint=hint
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return _("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def write_output(path: Path, data: bytes | Iterable[bytes], *, inputs: Iterable[Path] = (), option: str = "-o") -> Path:
    """Write a user's output file atomically; return the file actually written.

    Refusals and failures raise InputError with one line naming the file (and
    the option that named it); the target is left as it was.
    """
    target = output_target(path, inputs, option)
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise InputError(_cannot_write(path, exc.strerror or exc)) from None
    return target


def output_target(path: Path, inputs: Iterable[Path] = (), option: str = "-o") -> Path:
    """The regular file that writing `path` would replace (a symlink's target), after the checks above."""
    try:
        st = os.stat(path)  # follows symbolic links
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(_cannot_write(path, exc.strerror or exc)) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise InputError(_("{path}: is a directory; give a file name to write").format(path=path))
        if not stat.S_ISREG(st.st_mode):
            redirect = _(" (leave out -o and redirect stdout)") if option == "-o" else ""
            raise InputError(
                _("{path}: is {kind}; {option} writes only regular files{redirect}").format(
                    path=path, kind=_kind(st.st_mode), option=option, redirect=redirect
                )
            )
        for source in inputs:
            try:
                other = os.stat(source)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                raise InputError(
                    _("{path}: is the input {source}; writing it would destroy it, give another file").format(
                        path=path, source=source
                    )
                )
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _cannot_write(path: Path, reason: object) -> str:
    return _("{path}: cannot write ({reason})").format(path=path, reason=reason)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace path (a regular file or a new name) with data; raises OSError on failure.

    The temporary file's name is unique to this call and is the only one removed
    on failure: files of other writers and other programs are never touched.
    """
    folder = path.parent
    try:
        mode: int | None = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    _remove_leftovers(folder, path.name)
    tmp = folder / _temp_name(path.name, os.getpid(), os.urandom(6).hex())
    # 0o666 less the umask, as any new file; O_EXCL and O_NOFOLLOW: never an existing file or link.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _temp_name(name: str, pid: int, token: str) -> str:
    return f".{name[:100]}.{pid}.{token}.tmp"


def _remove_leftovers(folder: Path, name: str) -> None:
    """Remove temporary files of this target left by writers that were killed (kill -9, power loss).

    Only names of exactly our form for this target are considered (the target's
    name is matched as text, never as a pattern), and only those whose writer
    process no longer exists: a concurrent writer's file is never touched.
    """
    shape = re.compile(re.escape(f".{name[:100]}.") + r"(\d+)\.[0-9a-f]{12}\.tmp")
    try:
        entries = os.listdir(folder)
    except OSError:
        return
    for entry in entries:
        match = shape.fullmatch(entry)
        if match and not _alive(int(match[1])):
            with suppress(OSError):
                os.unlink(folder / entry)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; a folder that cannot be opened for this is not an error."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
