import sys

try:
    from .cli import main
except ModuleNotFoundError as err:  # run from a checkout without its dependencies installed
    sys.exit(
        f"newslint: error: the Python package {err.name!r} is not installed for {sys.executable}; "
        "install newslint first (pip install .) or run it from the environment it is installed in"
    )

main()
