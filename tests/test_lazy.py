"""Pay only for what a run uses: a run that selects no readability rule never imports textstat, a
run with no spelling rule never loads the word data, and piped output never imports rich's console."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import io, json, sys
sys.argv = ["newslint", "check", "--select", "{select}", "--format", "{fmt}", "-"]
sys.stdin = io.TextIOWrapper(io.BytesIO("The U.S Joint Chiefs met on Monday.\n".encode()))
out = io.StringIO()
real = sys.stdout
sys.stdout = out
from newslint.cli import main
try:
    main()
except SystemExit:
    pass
sys.stdout = real
from newslint.checks.spelling import lexicon
print(json.dumps({{
    "textstat": "textstat" in sys.modules,
    "rich_console": "rich.console" in sys.modules,
    "yaml": "yaml" in sys.modules,
    "words": lexicon.accepted_table.cache_info().currsize > 0,
    "pairs": lexicon.bigrams.cache_info().currsize > 0,
    "gc_threshold": __import__("gc").get_threshold()[0],
}}))
"""


def probe(select: str, fmt: str = "text") -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE.format(select=select, fmt=fmt)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_typography_only_run_loads_nothing_it_does_not_need():
    got = probe("TY001")
    got.pop("gc_threshold")
    assert got == {"textstat": False, "rich_console": False, "yaml": False, "words": False, "pairs": False}


def test_readability_run_imports_textstat_but_no_word_data():
    got = probe("RD", "json")
    assert got["textstat"] and not got["words"] and not got["pairs"]


def test_spelling_run_loads_word_data():
    got = probe("SP")
    assert got["words"] and got["pairs"] and not got["textstat"]


def test_the_command_line_collects_garbage_less_often_the_library_leaves_it_alone():
    def threshold(code: str) -> int:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return int(out.stdout)

    default = threshold("import gc; print(gc.get_threshold()[0])")  # not this process's: CLI tests tune it
    assert probe("TY001")["gc_threshold"] == 50_000 != default
    library = "import gc; from newslint.api import lint_text; lint_text('Thr U.S Joint Chiefs met.'); print(gc.get_threshold()[0])"
    assert threshold(library) == default
