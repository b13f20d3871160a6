"""What every command shares: exit codes, the command registry, one-line errors and notes."""

from __future__ import annotations

import enum
import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, ParamSpec

import click
import typer
from typer.core import TyperGroup

from ..errors import InputError, ModelError, PolicyError, StrictError, UsageError
from ..i18n import _, click_follows

P = ParamSpec("P")


class ExitCode(enum.IntEnum):
    OK = 0
    NO_MATCH = 1  # a valid query that matched nothing; `diff`: the inputs differ
    USAGE = 2  # bad option or argument, unknown department, bad year
    INPUT = 3  # a notice that cannot be read, decoded or recognised
    MODEL = 4  # a model file that is not ours or is damaged
    STRICT = 5  # --strict and the parse found a warning
    INTERNAL = 70  # a bug in policy-cli (EX_SOFTWARE)
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM


CODES: list[tuple[type[PolicyError], ExitCode]] = [
    (StrictError, ExitCode.STRICT),
    (UsageError, ExitCode.USAGE),
    (ModelError, ExitCode.MODEL),
    (InputError, ExitCode.INPUT),
]


def exit_code(exc: PolicyError) -> ExitCode:
    return next((c for t, c in CODES if isinstance(exc, t)), ExitCode.INPUT)


class OneLineErrors(TyperGroup):
    """A group whose usage errors are one line and a hint, not click's usage block."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        with click_follows():  # click's own messages (usage errors, help headings) in the language chosen
            try:
                code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            except click.exceptions.NoArgsIsHelpError as exc:
                exc.show()
                code = ExitCode.USAGE
            except click.UsageError as exc:
                where = exc.ctx.command_path if exc.ctx is not None else "policy-cli"
                message = exc.format_message().replace("\n", " ").replace("。 ", "。").rstrip(".。")
                hint = _("see '{command} --help'").format(command=where)
                shape = _("{message} {hint}") if message.endswith(("?", "？")) else _("{message}; {hint}")
                sys.stderr.write(
                    _("policy-cli: error: {message}").format(message=shape.format(message=message, hint=hint)) + "\n"
                )
                code = ExitCode.USAGE
            except click.Abort:
                code = ExitCode.INTERRUPTED
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


APP_SETTINGS: dict[str, Any] = {
    "name": "policy-cli",
    "help": "Turn Chinese government implementation notices (实施意见, 实施方案, 分工方案) into queryable data.",
    "no_args_is_help": True,
    "suggest_commands": False,  # click suggests close command names itself, in the user's language
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,  # plain help: drawing it with Rich costs more than answering a query
    "context_settings": {"help_option_names": ["-h", "--help"]},
    "cls": OneLineErrors,
}

# Command name -> the Typer command function (or a Typer app for a family of subcommands),
# filled as the command modules are imported.
REGISTERED: dict[str, Callable[..., None] | typer.Typer] = {}


def command(fn: Callable[P, None]) -> Callable[P, None]:
    """Register a command (named after the function) whose PolicyErrors end in one line and an exit code."""
    REGISTERED[fn.__name__.rstrip("_")] = guarded(fn)
    return fn


def guarded(fn: Callable[P, None]) -> Callable[P, None]:
    """fn, with PolicyErrors turned into one line on stderr and their exit code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            fn(*args, **kwargs)
        except PolicyError as exc:
            sys.stderr.write(_("policy-cli: error: {message}").format(message=exc) + "\n")
            raise typer.Exit(int(exit_code(exc))) from None
        except BrokenPipeError:
            silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None

    return wrapper


def note(message: str) -> None:
    """A message for the person at the terminal (stderr; stdout carries data only)."""
    sys.stderr.write(f"policy-cli: {message}\n")


# The bundled notice when a command fell back to it (no --model, --notice or PATH), and whether that was said.
DEFAULTED: dict[str, str | bool] = {}


def defaulted(identity: str) -> None:
    """The command reads the bundled notice because none was given: say so on a terminal."""
    if not DEFAULTED:
        DEFAULTED.update(identity=identity, said=False)
    if sys.stderr.isatty():
        say_defaulted()


def say_defaulted() -> None:
    """Once per run: the answer is about the bundled notice (stdout is never touched)."""
    if DEFAULTED and not DEFAULTED["said"]:
        DEFAULTED["said"] = True
        note(
            _("reading the bundled demo notice ({identity}); give yours with --notice FILE or --model FILE").format(
                identity=DEFAULTED["identity"]
            )
        )


def nothing(message: str) -> NoReturn:
    """A valid query that matched nothing: a note and exit 1 (and which notice it asked, if the bundled one)."""
    note(message)
    say_defaulted()
    raise typer.Exit(int(ExitCode.NO_MATCH))


def fail(code: ExitCode) -> NoReturn:
    raise typer.Exit(int(code))


def silence_stdout() -> None:
    """The reader went away (`| head`): stop quietly, and keep Python from failing to flush at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
