"""``reflectjournal`` and ``python -m reflectjournal``.

With no arguments (or a prompt pack to open) the desktop app starts;
with a command, the command line runs. Qt is imported only for the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Everything we create (journal, backups, exports, settings) is private
    # to the user, even a file some library makes without asking us.
    os.umask(0o077)
    from reflectjournal.core.hardening import harden_process

    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        # Before the app and the CLI: it needs no journal and opens none.
        from reflectjournal.selftest import run_self_test

        return run_self_test(args[1:])
    if not args or (len(args) == 1 and args[0].endswith(".rjpack")):
        from reflectjournal.app import run_app

        return run_app(args)
    from reflectjournal.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
