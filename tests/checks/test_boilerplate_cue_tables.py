"""The cue tables are dict literals keyed by family: a family written twice in one table would
silently drop the first entry's phrases (Python keeps the last), so each key must appear once."""

from __future__ import annotations

import ast
from pathlib import Path

from newslint.checks.boilerplate import cues


def _dict_keys(name: str) -> list[str]:
    tree = ast.parse(Path(cues.__file__).read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == name and isinstance(node.value, ast.Dict):
            return [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
    raise AssertionError(f"no dict literal {name} in cues.py")


def test_each_family_appears_once_in_each_cue_table():
    for name in ("ANYWHERE", "SHORT", "LEADS", "LABELS", "LIST_LABELS"):
        keys = _dict_keys(name)
        assert keys and len(keys) == len(set(keys)), (name, keys)
