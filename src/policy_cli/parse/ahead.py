"""A large notice's body read in a second process while this one reads its annex table.

The body (parts, clauses and the assignments written in them) and the annex are read from
separate lines and independently of each other. On a machine with a second core, a forked
child reads the body while this process reads the annex, and sends the body back pickled:
for a notice of a few megabytes this takes about a fifth off the parse. The result is the
same either way: the child runs the same code on the same lines, and if anything goes wrong
there (or the lines to read turn out to be others) the body is read here as before.

Only where it pays and is safe: the body and the annex each hold MIN_CHARS characters or
more, the platform forks, no other thread runs (a fork copies only the calling thread), and
this is no worker process of multiprocessing (the corpus index's workers already use every
core).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys

from .body import Body, parse_body
from .lines import SourceLine

MIN_CHARS = 300_000  # below this, forking and pickling cost more than they save


class BodyAhead:
    """A body being read in a child process."""

    def __init__(self, lines: list[SourceLine], pid: int, pipe: int) -> None:
        self.lines = lines
        self.pid = pid
        self.pipe = pipe
        self.done = False

    def take(self, lines: list[SourceLine]) -> Body | None:
        """The body the child read, if it read these lines and all went well; None otherwise."""
        if len(lines) != len(self.lines) or any(a is not b for a, b in zip(lines, self.lines, strict=True)):
            self.close()
            return None
        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()
        self.done = True
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not data:
            return None
        body: Body = pickle.loads(data)  # (written by our own child, just now)
        return body

    def close(self) -> None:
        """Stop the child if its body is not taken (the annex failed, or other lines are read)."""
        if self.done:
            return
        self.done = True
        with contextlib.suppress(ProcessLookupError):  # (it may have exited already)
            os.kill(self.pid, signal.SIGKILL)
        os.close(self.pipe)
        os.waitpid(self.pid, 0)


def read_ahead(body: list[SourceLine], annex: list[SourceLine]) -> BodyAhead | None:
    """Start reading the body's lines in a child process, where that pays and is safe; None otherwise."""
    if not _may_fork() or _chars(body) < MIN_CHARS or _chars(annex) < MIN_CHARS:
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read the body, write it to the pipe, and leave without running any cleanup
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # a Ctrl-C ends it quietly; the parent reports
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.close(read_end)
            data = pickle.dumps(parse_body(body), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            os._exit(0)
        finally:
            os._exit(1)  # an error: the parent reads the body itself
    os.close(write_end)
    return BodyAhead(body, pid, read_end)


def take_body(ahead: BodyAhead | None, lines: list[SourceLine]) -> Body:
    """The body of these lines: the one read ahead if it was read from them, else read now."""
    body = ahead.take(lines) if ahead is not None else None
    return body if body is not None else parse_body(lines)


def _chars(lines: list[SourceLine]) -> int:
    return sum(len(line.text) for line in lines)


def _may_fork() -> bool:
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return False
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or multiprocessing.parent_process() is None
