"""The `policy-cli` console script (and `python -m policy_cli`).

What start-up imports (Typer, click, the command's modules) lives as long as the
process, so the garbage collector is paused while it is imported and those
objects are then frozen (gc.freeze): the collections during the run, and the
one at exit, no longer walk them. A query on the bundled model runs about a
tenth fewer instructions. Code that imports policy_cli.cli itself is not
affected.
"""

import gc
import sys


def run() -> None:
    gc.disable()
    try:
        from .cli import main
    finally:
        gc.freeze()
        gc.enable()
    sys.exit(main())
