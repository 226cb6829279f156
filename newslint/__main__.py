import sys

DEPENDENCIES = ("click", "rich", "yaml", "textstat", "markdown_it", "tomli")


def _missing(err: ModuleNotFoundError) -> None:
    # run from a checkout without its dependencies installed: one line, not a traceback
    print(
        f"newslint: error: the Python package {err.name!r} is not installed for {sys.executable}; "
        "install newslint first (pip install .) or run it from the environment it is installed in",
        file=sys.stderr,
    )
    sys.exit(2)


try:
    from .cli import main

    main()
except ModuleNotFoundError as err:
    if (err.name or "").split(".")[0] not in DEPENDENCIES:
        raise
    _missing(err)
