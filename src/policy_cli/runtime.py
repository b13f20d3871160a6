"""The process and its surroundings: standard streams that are closed or cut short, and signals.

A command's exit status must say what the command did, whatever happens to the
streams around it: a reader that goes away (`| head -1`) or a stream closed at
start (`2>&-`) silences that stream and nothing else; the command still runs
to its end (a file given with -o is still written) and keeps its own exit code.
SIGTERM and SIGINT unwind the stack like an exception, so every `finally` and
cleanup on the way out runs (a half-written temporary file is removed).
"""

from __future__ import annotations

import errno
import io
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import IO, Any, TextIO, cast

# Errors that mean "nobody is reading this stream any more".
_GONE = (errno.EPIPE, errno.EBADF, errno.ECONNRESET)


class Terminated(BaseException):
    """A signal asked the process to stop (SIGTERM, SIGINT).

    A BaseException, as KeyboardInterrupt is, so that `except Exception`
    does not swallow it, but not a KeyboardInterrupt, which Click would turn
    into "Aborted!" and exit 1.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum  # the shell's convention: 130 for SIGINT, 143 for SIGTERM

    @property
    def message(self) -> str:
        from .i18n import _

        return _("interrupted") if self.signum == signal.SIGINT else _("terminated")


class GuardedStream(io.TextIOBase):
    """A text stream whose reader may go away: from then on, writes are dropped quietly."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self.inner.write(text)
            except OSError as exc:
                self._lost(exc)
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self.inner.flush()
            except OSError as exc:
                self._lost(exc)

    def _lost(self, exc: OSError) -> None:
        if exc.errno not in _GONE:
            raise exc
        self.gone = True
        _point_at_devnull(self.inner)

    def isatty(self) -> bool:
        return not self.gone and self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.inner.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.inner.errors

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _point_at_devnull(stream: IO[str]) -> None:
    """Send the stream's descriptor to /dev/null so that flushing its buffer at exit cannot fail."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def ensure_std_fds() -> None:
    """Put /dev/null on any of descriptors 0, 1, 2 that is closed.

    Otherwise the next file opened (a model being written) would get that
    number, and text meant for the terminal would land inside it.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _text_stream(current: TextIO | None, fd: int) -> TextIO:
    if current is not None:
        if hasattr(current, "reconfigure"):
            current.reconfigure(encoding="utf-8")
        return current
    # Python sets sys.stdout/sys.stderr to None when the descriptor was closed at start.
    return io.TextIOWrapper(open(fd, "wb", closefd=False), encoding="utf-8", line_buffering=True)


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextmanager
def guarded() -> Iterator[None]:
    """Run a command with guarded standard streams and signal handlers; restore both afterwards."""
    ensure_std_fds()
    saved_streams = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, GuardedStream(_text_stream(sys.stdout, 1)))
    sys.stderr = cast(TextIO, GuardedStream(_text_stream(sys.stderr, 2)))
    saved_handlers = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(ValueError):  # not the main thread: leave signals alone
            saved_handlers[sig] = signal.signal(sig, _on_signal)
    try:
        yield
    finally:
        for sig, handler in saved_handlers.items():
            signal.signal(sig, handler)
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError):
                stream.flush()
        sys.stdout, sys.stderr = saved_streams
