"""``python -m monitor`` and the ``monitor`` command: ``monitor.cli``.

A crawling command (``monitor once``, ``monitor run``) starts the workers' forkserver
before the CLI's own imports (0.4 s), so the workers load meanwhile
(``monitor.forkserver.start_for_command``).
"""

import sys


def main() -> None:
    from monitor.forkserver import CRAWLING_COMMANDS, start_for_command

    if sys.argv[1:2] and sys.argv[1] in CRAWLING_COMMANDS:
        from monitor.memory import hold_collections

        hold_collections()   # until its reactor runs (``monitor.memory.freeze_start_up``)
    start_for_command(sys.argv[1:])
    from monitor.cli import cli

    cli()


if __name__ == "__main__":
    main()
