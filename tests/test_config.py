"""Config files: discovery, keys, validation with close matches, per-file ignores, vocabulary."""

from __future__ import annotations

import pytest

from newslint import config as cfg
from newslint.api import lint_paths
from newslint.config import Config
from newslint.diagnostics import Severity
from newslint.errors import ConfigError


def test_defaults():
    c = Config()
    assert c.select is None and c.fail_on == Severity.WARNING and ".git" in c.exclude


@pytest.mark.parametrize("name", [".newslint.yaml", "newslint.yaml", ".newslint.yml"])
def test_discovery_names(tmp_path, name):
    (tmp_path / name).write_text("fail-on: error\n")
    (tmp_path / "sub").mkdir()
    found = cfg.find_config(str(tmp_path / "sub" / "x.txt"))
    assert found == str(tmp_path / name)
    assert cfg.load_config(found).fail_on == Severity.ERROR


def test_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n")
    assert cfg.find_config(str(tmp_path)) is None or not cfg.find_config(str(tmp_path)).startswith(str(tmp_path))


def test_all_keys_parse(tmp_path):
    (tmp_path / "words.txt").write_text("# house words\nHaqqani\nCENTCOM\n")
    (tmp_path / "myrules").mkdir()
    (tmp_path / ".newslint.yaml").write_text(
        "select: [TY, RD]\nextend-select: [TY016]\nignore: [TY005]\n"
        "per-file-ignores:\n  'archive/*.txt': [readability]\n"
        "fail-on: info\nextend-exclude: [drafts/old]\nrule-dirs: [myrules]\n"
        "rules:\n  long-sentence: {max-words: 30, severity: warning}\n  TY004: off\n"
        "vocabulary:\n  accept: words.txt\n  reject: [irregardless]\n"
        "lint-boilerplate: true\nlanguagetool: {server: 'http://localhost:8081'}\nencoding: cp1252\n"
    )
    c = cfg.load_config(str(tmp_path / ".newslint.yaml"))
    assert c.select == ("TY", "RD") and c.extend_select == ("TY016",) and c.ignore == ("TY005",)
    assert c.ignores_for(str(tmp_path / "archive" / "a.txt")) == ("readability",)
    assert c.ignores_for(str(tmp_path / "news" / "a.txt")) == ()
    assert c.fail_on == Severity.INFO
    assert c.is_excluded(str(tmp_path / "drafts" / "old" / "x.txt")) and c.is_excluded(str(tmp_path / ".git" / "x"))
    assert c.rule_dirs == (str(tmp_path / "myrules"),)
    assert c.rules["long-sentence"].options == {"max-words": 30}
    assert c.rules["long-sentence"].severity == Severity.WARNING
    assert c.rules["TY004"].enabled is False
    assert c.vocabulary.accepts("Haqqani") and c.vocabulary.rejects("Irregardless")
    assert c.lint_boilerplate is True and c.languagetool["server"] == "http://localhost:8081"
    assert c.encoding == "cp1252"


@pytest.mark.parametrize(
    "text,message",
    [
        ("selct: [TY]\n", "unknown setting 'selct' (did you mean 'select'?)"),
        ("fail-on: warn\n", "'fail-on': unknown severity 'warn'"),
        ("vocabulary: {acept: [x]}\n", "unknown setting 'vocabulary.acept' (did you mean 'accept'?)"),
        ("languagetool: {sever: x}\n", "unknown setting 'languagetool.sever' (did you mean 'server'?)"),
        ("rules: [TY001]\n", "'rules' must map rule codes or names to settings"),
        ("- just\n- a list\n", "the config must be a mapping of settings"),
        ("select: [TY\n", "not valid YAML"),
        ("encoding: klingon\n", "unknown encoding"),
    ],
)
def test_errors_name_file_and_problem(tmp_path, text, message):
    p = tmp_path / ".newslint.yaml"
    p.write_text(text)
    with pytest.raises(ConfigError) as err:
        cfg.load_config(str(p))
    assert message in str(err.value)
    assert ".newslint.yaml" in str(err.value)


def test_rule_settings_checked_against_registry(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules:\n  long-sentense: {max-words: 3}\n")
    (tmp_path / "a.txt").write_text("Fine.\n")
    run = lint_paths([str(tmp_path / "a.txt")])
    assert any("'rules.long-sentense' names no rule (did you mean 'long-sentence'?)" in e for e in run.errors)
    assert run.exit_code == 2


def test_rule_options_apply(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules:\n  long-sentence: {max-words: 3, severity: error}\n")
    (tmp_path / "a.txt").write_text("Head\nThe council approved the budget.\n")
    run = lint_paths([str(tmp_path / "a.txt")], select=["RD001"])
    [d] = run.diagnostics
    assert d.severity == Severity.ERROR and "limit 3" in d.message
    assert run.exit_code == 1


def test_wrong_option_type(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules:\n  long-sentence: {max-words: many}\n")
    (tmp_path / "a.txt").write_text("Fine.\n")
    run = lint_paths([str(tmp_path / "a.txt")])
    assert any("'rules.long-sentence.max-words' must be int" in e for e in run.errors)


def test_per_file_ignores_apply(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("per-file-ignores:\n  'old/*': [TY001]\n")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "a.txt").write_text("The U.S Joint Chiefs met.\n")
    (tmp_path / "b.txt").write_text("The U.S Joint Chiefs met.\n")
    run = lint_paths([str(tmp_path)], select=["TY001"])
    assert [d.path.endswith("b.txt") for d in run.diagnostics] == [True]


def test_starter_config_is_valid(tmp_path):
    p = tmp_path / ".newslint.yaml"
    p.write_text(cfg.STARTER)
    c = cfg.load_config(str(p))
    assert c.rules["long-sentence"].options == {"max-words": 45}


def test_exclude_names_globs_and_paths(tmp_path):
    for rel in ["keep/a.txt", "node_modules/x/b.txt", "drafts/old/c.txt", "drafts/new/d.txt", "tmp_e.txt", "notes/f.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Fine.\n")
    (tmp_path / ".newslint.yaml").write_text("extend-exclude: ['drafts/old/*.txt', 'tmp_*', 'notes']\n")
    run = lint_paths([str(tmp_path)])
    got = sorted(f.path.replace(str(tmp_path) + "/", "") for f in run.files)
    assert got == ["drafts/new/d.txt", "keep/a.txt"]
