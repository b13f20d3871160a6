'''The command line: the only package that knows Typer, consoles and exit codes.

Every command reads: load -> query -> view -> render. Commands live in one module
per family (parse, query, review, ...); COMMANDS maps each command name to its
module, and only the module of the command asked for is imported.

To add a command family:

1. A query in the library (policy_cli/query.py or your own package) that returns
   model objects or plain records, never text.
2. A view in policy_cli/views.py: a function turning those into a `View`
   (records, the columns each format shows, a caption).
3. A module policy_cli/cli/NAME.py with each command in about ten lines:

       @command
       def owners(model: ModelOpt = None, notice: NoticeOpt = None, max_size: MaxSizeOpt = MAX_SIZE,
                  fmt: FormatOpt = None, output: OutputOpt = None) -> None:
           """One line of help.

           Example: policy-cli owners
           """
           found = my_query(load(model, notice, max_size))
           if not found:
               nothing("no owners matched")
           emit(views.owners(found), fmt, output)

   (`command`, `nothing`, `note` from .core; the options, `load` and `emit` from
   .options). A family of subcommands registers a Typer app instead:
   `REGISTERED["ledger"] = ledger_app`.
4. One line in COMMANDS below: "owners": "NAME".
5. The Chinese of the command's help (its docstring) and of any text wrapped in
   `_()`, in locale/zh_CN/LC_MESSAGES/policy_cli.po, then `make locale`
   (tests/test_i18n.py names what is missing).
'''

# No `from __future__ import annotations` here: Typer reads the commands' annotations, and
# as strings each would be compiled again at every start of the program.
import inspect
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import click
import typer

from .. import __version__
from ..i18n import _
from .core import APP_SETTINGS, DEFAULTED, REGISTERED, ExitCode, OneLineErrors, silence_stdout

__all__ = ["COMMANDS", "ExitCode", "app", "main", "run"]

# Command name -> the module under policy_cli.cli that defines it (in help order).
COMMANDS: dict[str, str] = {
    "parse": "parse",
    "tasks": "query",
    "due": "query",
    "search": "query",
    "show": "query",
    "depts": "query",
    "stats": "query",
    "outline": "query",
    "check": "review",
    "cites": "review",
    "diff": "review",
    "text": "text",
    "export": "supervise",
    "ledger": "supervise",
    "status": "supervise",
    "report": "supervise",
    "index": "corpus",
    "notices": "corpus",
}


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"policy-cli {__version__}\n")
        raise typer.Exit()


def _language(value: str | None) -> None:
    from ..i18n import LANGUAGES, set_language

    if value is not None and value not in LANGUAGES:
        raise typer.BadParameter(_("{value!r} is not one of {values}").format(value=value, values=", ".join(LANGUAGES)))
    set_language(value)


def _root() -> Any:
    """The root callback, made when an app is built so that its help is in the language chosen by then."""

    def callback(
        version: Annotated[
            bool,
            typer.Option("--version", "-V", help=_("Print the version and exit."), callback=_version, is_eager=True),
        ] = False,
        lang: Annotated[
            str | None,
            typer.Option(
                "--lang",
                help=_(
                    "Language of tables and messages: en or zh (default: from LANG/LC_ALL). May follow the command."
                ),
                callback=_language,
                is_eager=True,
            ),
        ] = None,
        registry_file: Annotated[
            Path | None,
            typer.Option(
                "--registry",
                help=_("A registry file of your own unit names, read after the bundled one."),
                show_default=False,
            ),
        ] = None,
        verbose: Annotated[
            bool, typer.Option("--verbose", "-v", help=_("Say more on stderr (such as why the cache is not used)."))
        ] = False,
    ) -> None:
        """Turn Chinese government implementation notices into queryable data."""
        from .options import READ

        DEFAULTED.clear()
        READ.clear()  # the files read by an earlier run in this process are not this run's inputs
        if registry_file is not None:
            from ..registry import REGISTRY_VARIABLE

            os.environ[REGISTRY_VARIABLE] = str(registry_file)  # index's worker processes read it too
        if verbose:
            _say_more()

    return callback


def _say_more() -> None:
    """Notes the library logs (policy_cli.*) go to stderr, one line each."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("policy-cli: %(message)s"))
    logger = logging.getLogger("policy_cli")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _import(module: str) -> None:
    import importlib

    importlib.import_module(f"{__name__}.{module}")


def _add(target: typer.Typer, name: str) -> None:
    registered = REGISTERED[name]
    if isinstance(registered, typer.Typer):
        target.add_typer(registered, name=name, help=_help_of(registered))
    else:
        target.command(name=name, help=_help_of(registered))(registered)


class _Overview(OneLineErrors):
    """The root group of `policy-cli --help`: lists every command from its help text alone.

    Building a command's parameters is most of the time of a full build, and
    the overview shows none of them, so each command is listed as a plain
    click command carrying only its name and help.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        # as in a full build, where Typer lists plain commands before families of subcommands
        return sorted(COMMANDS, key=lambda name: isinstance(REGISTERED[name], typer.Typer))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return click.Command(cmd_name, help=_help_of(REGISTERED[cmd_name]))


def _help_of(registered: Any) -> str | None:
    from ..i18n import _

    if isinstance(registered, typer.Typer):
        summary = registered.info.help
        return _(summary) if isinstance(summary, str) else None
    summary = inspect.cleandoc(registered.__doc__ or "")
    return _(summary) if summary else None


def _overview() -> typer.Typer:
    """An app that can only show the list of commands (`policy-cli`, `policy-cli --help`)."""
    for module in dict.fromkeys(COMMANDS.values()):
        _import(module)
    built = typer.Typer(**{**APP_SETTINGS, "help": _(APP_SETTINGS["help"]), "cls": _Overview})
    built.callback()(_root())
    return built


def build(names: list[str] | None = None) -> typer.Typer:
    """An app holding the given commands (default: all of them), importing only their modules."""
    chosen = list(COMMANDS) if names is None else names
    for module in dict.fromkeys(COMMANDS[n] for n in chosen):
        _import(module)
    built = typer.Typer(**{**APP_SETTINGS, "help": _(APP_SETTINGS["help"])})
    built.callback()(_root())
    for name in chosen:
        _add(built, name)
    return built


_full: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    """`app`, the app with every command, is built on first use."""
    global _full
    if name == "app":
        if _full is None:
            _full = build()
        return _full
    raise AttributeError(name)


def _app_for(args: list[str]) -> typer.Typer:
    """The app to run: for a plain `policy-cli COMMAND ...`, one holding only that command.

    Typer builds every registered command's parameters before running one;
    importing and building just the one asked for saves that time on every call.
    """
    rest = args[2:] if args[:1] == ["--lang"] else args[1:] if args[:1] and args[0].startswith("--lang=") else args
    name = rest[0] if rest else None
    if any(k.endswith("_COMPLETE") for k in os.environ):
        return build()
    if name is None or (name in ("--help", "-h") and len(rest) == 1):
        return _overview()
    if name not in COMMANDS:
        return build()
    return build([name])


def _lang_first(args: list[str]) -> list[str]:
    """Move `--lang X` (which may follow the command) in front, where the root callback reads it."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return ["--lang", args[i + 1], *args[:i], *args[i + 2 :]]
        if arg.startswith("--lang="):
            return [arg, *args[:i], *args[i + 1 :]]
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code, whatever happens to the streams around it (see runtime.py)."""
    from ..i18n import language_kept
    from ..runtime import guarded

    with guarded(), language_kept():
        return _main(sys.argv[1:] if argv is None else argv)


def _main(argv: list[str]) -> int:
    from ..runtime import Terminated

    args = _lang_first(argv)
    chosen = (
        args[1]
        if args[:1] == ["--lang"] and len(args) > 1
        else args[0][7:]
        if args[:1] and args[0].startswith("--lang=")
        else None
    )
    if chosen is not None:
        from ..i18n import set_language

        set_language(chosen)  # before the command's module is imported: its help is in that language
    if args and args[0].startswith("--lang") and len(args) <= (1 if "=" in args[0] else 2):
        args = [*args, "--help"]  # only a language: help in that language, as with no arguments at all
    try:
        code = _app_for(args)(args=args, prog_name="policy-cli", standalone_mode=False)
        return code if isinstance(code, int) else ExitCode.OK
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except (KeyboardInterrupt, Terminated) as exc:
        stop = exc if isinstance(exc, Terminated) else Terminated(signal.SIGINT)
        sys.stderr.write(f"policy-cli: {stop.message}\n")
        return stop.exit_code
    except BrokenPipeError:
        silence_stdout()
    except Exception as exc:  # a bug: say so in one line, keep the traceback for those who ask
        if os.environ.get("POLICY_CLI_DEBUG"):
            raise
        sys.stderr.write(
            _(
                "policy-cli: internal error: {error}: {message} "
                "(a bug; run again with POLICY_CLI_DEBUG=1 for the traceback)"
            ).format(error=type(exc).__name__, message=exc)
            + "\n"
        )
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> None:
    sys.exit(main())
