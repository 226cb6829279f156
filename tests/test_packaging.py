"""The package as users get it: a built wheel carries the YAML catalogue and finds it once
installed, and the pre-commit hook blocks a commit of a draft with a finding."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling (pip install '.[test]')")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True, capture_output=True, text=True,
    )
    [whl] = out.glob("newslint-*.whl")
    return whl


def test_wheel_contains_the_rule_catalogue(wheel):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    yaml_rules = [n for n in names if n.startswith("newslint/_rules/") and n.endswith(".yaml")]
    source_rules = list((REPO / "rules").rglob("*.yaml"))
    assert len(yaml_rules) == len(source_rules) > 0
    assert "newslint/data/syllables.txt" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[newslint.rules]" in text and "builtin-yaml" in text


def test_installed_wheel_finds_its_yaml_rules(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, text=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-c",
         "import newslint, json; from newslint.api import load_registry; r = load_registry();"
         "print(json.dumps({'file': newslint.__file__, 'errors': [str(e) for e in r.errors],"
         " 'yaml': sorted(i.origin for i in r.rules if i.origin.endswith('.yaml'))}))"],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True,
    )
    data = json.loads(out.stdout)
    assert data["file"].startswith(str(target)), data["file"]
    assert not data["errors"]
    assert data["yaml"] and all(str(target / "newslint" / "_rules") in o for o in data["yaml"])
    cli = subprocess.run([sys.executable, "-m", "newslint", "check", "-"], input="The U.S Joint Chiefs met.\n",
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert cli.returncode == 1 and "TY001" in cli.stdout


@pytest.mark.slow
def test_pre_commit_blocks_a_draft_with_a_finding(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout of newslint: pre-commit try-repo needs one")
    pre_commit = shutil.which("pre-commit") or (Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install '.[test]')")
    work = tmp_path / "newsroom"
    work.mkdir()
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    subprocess.run(["git", "init", "-q"], cwd=work, check=True, env=env)
    (work / "draft.md").write_text("# Budget\n\nThe chairman of the U.S Joint Chiefs met the council.\n")
    (work / "clean.md").write_text("# Budget\n\nThe council approved the budget on Monday, the mayor said.\n")
    subprocess.run(["git", "add", "draft.md", "clean.md"], cwd=work, check=True, env=env)
    bad = subprocess.run([str(pre_commit), "try-repo", str(REPO), "newslint", "--files", "draft.md"],
                         cwd=work, env=env, capture_output=True, text=True)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "TY001" in bad.stdout and "Failed" in bad.stdout
    good = subprocess.run([str(pre_commit), "try-repo", str(REPO), "newslint", "--files", "clean.md"],
                          cwd=work, env=env, capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
