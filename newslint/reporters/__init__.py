"""Reporters: one module per output format.  Each has ``start()``, ``file(result)`` and
``finish(summary, errors)``; the CLI picks one by name from ``FORMATS``."""

from __future__ import annotations

import importlib
from typing import Any, TextIO

FORMATS = {
    "text": "newslint.reporters.text:TextReporter",
    "json": "newslint.reporters.json:JsonReporter",
    "jsonl": "newslint.reporters.json:JsonLinesReporter",
    "sarif": "newslint.reporters.sarif:SarifReporter",
    "github": "newslint.reporters.github:GithubReporter",
}


def get_reporter(name: str, out: TextIO, **options: Any):
    module, _, cls = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), cls)(out, **options)
