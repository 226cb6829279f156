"""Regenerate ``rules/_snapshot.json``, the parsed form of the built-in YAML catalogue that lets
newslint start without a YAML parser.  The YAML files stay the source: a file whose bytes differ
from its snapshot entry is parsed as YAML at run time, and a test fails until this is re-run::

    python -m newslint.kinds.snapshot
"""

from __future__ import annotations

from . import builtin_rules_dir, write_snapshot

if __name__ == "__main__":
    print(write_snapshot(str(builtin_rules_dir())))
