"""Start Pressmark: the window with no arguments (or GUI options), the CLI with a subcommand."""

import sys

GUI_OPTIONS = {"--screenshot", "--size"}


def main() -> int:
    args = sys.argv[1:]
    wants_gui = not args or any(a.split("=")[0] in GUI_OPTIONS for a in args) or (
        args[0] == "--catalog" and len(args) == 2
    )
    if wants_gui:
        from gui.app import run

        return run(args)
    from catalog.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    # a frozen build starts its import workers (catalog.import_pool) through this executable
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
