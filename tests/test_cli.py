"""The command line as a user drives it: exit codes, stdin, formats, errors, config discovery.

Runs in temporary projects with click's CliRunner (stdout and stderr kept apart)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main

GOOD = "The council approved the budget on Monday, the mayor said.\n"
BAD = "The U.S Joint Chiefs met on Monday.\n"


@pytest.fixture()
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NEWSLINT_LANGUAGETOOL_URL", raising=False)
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def test_stdin_clean_exits_0(runner):
    r = run(runner, "check", "-", input=GOOD)
    assert r.exit_code == 0, r.output
    assert "No problems found" in r.stdout


def test_stdin_with_finding_exits_1(runner):
    r = run(runner, "check", "-", input=BAD)
    assert r.exit_code == 1
    assert "-:1:5: warning TY001" in r.stdout
    assert "The U.S Joint Chiefs met on Monday." in r.stdout
    assert "^^^" in r.stdout


def test_stdin_filename_names_the_file_and_picks_the_format(runner):
    r = run(runner, "check", "-", "--stdin-filename", "draft.md", "--format", "json", input="# Head\n\nThe `U.S Joint` code and the U.S Joint Chiefs.\n")
    data = json.loads(r.stdout)
    [f] = data["files"]
    assert f["path"] == "draft.md"
    assert [(x["line"], x["column"]) for x in f["findings"] if x["code"] == "TY001"] == [(3, 30)]


def test_no_color_in_pipes(runner):
    r = run(runner, "check", "-", input=BAD)
    assert "\x1b[" not in r.stdout


def test_color_forced(runner):
    r = run(runner, "check", "--color", "-", input=BAD)
    assert "\x1b[" in r.stdout


def test_no_color_env_wins(runner, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    r = run(runner, "check", "-", input=BAD)
    assert "\x1b[" not in r.stdout


def test_folders_and_globs(runner, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(BAD)
    (tmp_path / "a" / "two.md").write_text(BAD)
    (tmp_path / "a" / "skip.py").write_text(BAD)
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "x.txt").write_text(BAD)
    r = run(runner, "check", "--format", "json", ".")
    paths = sorted(Path(f["path"]).as_posix() for f in json.loads(r.stdout)["files"])
    assert paths == ["a/one.txt", "a/two.md"]
    r = run(runner, "check", "--format", "json", "a/*.md")
    assert [f["path"] for f in json.loads(r.stdout)["files"]] == ["a/two.md"]


def test_missing_binary_and_bad_encoding_exit_2_but_good_file_reported(runner, tmp_path):
    (tmp_path / "good.txt").write_text(BAD)
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin.txt").write_bytes("café au lait\n".encode("latin-1"))
    r = run(runner, "check", "good.txt", "bin.txt", "latin.txt", "missing.txt")
    assert r.exit_code == 2
    err = r.stderr.strip().splitlines()
    assert "newslint: error: bin.txt: binary file (NUL byte at byte offset 3); not linted" in err
    assert any(line.startswith("newslint: error: latin.txt: not valid UTF-8: byte 0xE9 at byte offset 3") and "--encoding" in line for line in err)
    assert "newslint: error: missing.txt: no such file or directory" in err
    assert "Traceback" not in r.stderr
    assert "good.txt:1:5: warning TY001" in r.stdout


def test_encoding_option_reads_latin1(runner, tmp_path):
    (tmp_path / "latin.txt").write_bytes("The café in the U.S Joint base.\n".encode("latin-1"))
    r = run(runner, "check", "--encoding", "latin-1", "--format", "json", "latin.txt")
    assert r.exit_code == 1
    [f] = json.loads(r.stdout)["files"]
    assert [x["column"] for x in f["findings"] if x["code"] == "TY001"] == [17]


WIDE = {  # file name: (byte-order mark, codec of the rest)
    "u16le.txt": (b"\xff\xfe", "utf-16-le"),
    "u16be.txt": (b"\xfe\xff", "utf-16-be"),
    "u32le.txt": (b"\xff\xfe\x00\x00", "utf-32-le"),
    "u32be.txt": (b"\x00\x00\xfe\xff", "utf-32-be"),
}


def test_utf16_and_utf32_with_a_byte_order_mark_are_read_as_such(runner, tmp_path):
    """A byte-order mark names the encoding (UTF-32 LE's begins with UTF-16 LE's, so it is tested
    first): the text is linted, not taken for binary nor read as UTF-16 with a NUL in every other
    character."""
    for name, (bom, codec) in WIDE.items():
        (tmp_path / name).write_bytes(bom + "Le café. The U.S Joint base.\n".encode(codec))
    r = run(runner, "check", "--format", "json", *WIDE)
    assert r.exit_code == 1, r.stderr
    for f in json.loads(r.stdout)["files"]:
        assert [(x["code"], x["column"]) for x in f["findings"]] == [("TY001", 14)], f["path"]


def test_wide_encodings_named_with_encoding_are_read(runner, tmp_path):
    (tmp_path / "le.txt").write_bytes("The U.S Joint base.\n".encode("utf-16-le"))  # no byte-order mark
    r = run(runner, "check", "--encoding", "utf-16-le", "--format", "json", "le.txt")
    assert r.exit_code == 1, r.stderr
    [f] = json.loads(r.stdout)["files"]
    assert [x["code"] for x in f["findings"]] == ["TY001"]
    (tmp_path / "nul.txt").write_bytes(b"\xff\xfe" + "abc\x00def".encode("utf-16-le"))
    r = run(runner, "check", "nul.txt")
    assert r.exit_code == 2 and "nul.txt: binary file (NUL character at character offset 3); not linted" in r.stderr


def test_fix_keeps_the_files_encoding_and_byte_order_mark(runner, tmp_path):
    for name, (bom, codec) in WIDE.items():
        (tmp_path / name).write_bytes(bom + "The U.S Joint base.\r\n".encode(codec))
    r = run(runner, "check", "--fix", *WIDE)
    assert r.exit_code == 0, r.stdout + r.stderr
    for name, (bom, codec) in WIDE.items():
        assert (tmp_path / name).read_bytes() == bom + "The U.S. Joint base.\r\n".encode(codec), name


def test_malformed_config_exit_2_and_still_lints(runner, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [TY\n")
    (tmp_path / "draft.txt").write_text(BAD)
    r = run(runner, "check", "draft.txt")
    assert r.exit_code == 2
    [line] = [l for l in r.stderr.splitlines() if l.startswith("newslint: error:")]
    assert line.startswith("newslint: error: .newslint.yaml: line 2")
    assert "draft.txt:1:5: warning TY001" in r.stdout


def test_unknown_config_key_has_close_match(runner, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("selct: [TY]\n")
    (tmp_path / "draft.txt").write_text(GOOD)
    r = run(runner, "check", "draft.txt")
    assert r.exit_code == 2
    assert "unknown setting 'selct' (did you mean 'select'?)" in r.stderr


def test_unknown_rule_option_has_close_match(runner, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules:\n  long-sentence:\n    max-word: 10\n")
    (tmp_path / "draft.txt").write_text(GOOD)
    r = run(runner, "check", "draft.txt")
    assert r.exit_code == 2
    assert "unknown option 'max-word'" in r.stderr and "did you mean 'max-words'" in r.stderr


def test_config_discovered_walking_up(runner, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("ignore: [TY001]\n")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "draft.txt").write_text(BAD)
    r = run(runner, "check", "deep/er/draft.txt")
    assert r.exit_code == 0, r.stdout
    r = run(runner, "check", "--isolated", "deep/er/draft.txt")
    assert r.exit_code == 1


def test_pyproject_section(runner, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.newslint]\nignore = ["typography"]\n')
    (tmp_path / "draft.txt").write_text(BAD)
    assert run(runner, "check", "draft.txt").exit_code == 0


def test_explicit_config_option(runner, tmp_path):
    (tmp_path / "custom.yaml").write_text("rules:\n  TY001: error\n")
    (tmp_path / "draft.txt").write_text(BAD)
    r = run(runner, "check", "--config", "custom.yaml", "--format", "json", "draft.txt")
    [f] = json.loads(r.stdout)["files"]
    assert [x["severity"] for x in f["findings"] if x["code"] == "TY001"] == ["error"]
    r = run(runner, "check", "--config", "nope.yaml", "draft.txt")
    assert r.exit_code == 2 and "nope.yaml: config file does not exist" in r.stderr


def test_select_ignore_by_code_prefix_category_name(runner, tmp_path):
    (tmp_path / "d.txt").write_text("The U.S Joint Chiefs met the the council.\n")

    def codes(*args):
        r = run(runner, "check", "--format", "json", *args, "d.txt")
        return sorted({f["code"] for f in json.loads(r.stdout)["files"][0]["findings"]})

    assert codes("--select", "TY001") == ["TY001"]
    assert codes("--select", "repeated-word") == ["TY002"]
    assert codes("--select", "typography", "--ignore", "TY001") == ["TY002"]
    assert codes("--select", "TY00", "--ignore", "TY002") == ["TY001"]
    assert codes("--select", "TY001,TY002") == ["TY001", "TY002"]
    assert codes("--select", "TY001", "--extend-select", "TY002") == ["TY001", "TY002"]


def test_unknown_selector_is_a_usage_error(runner):
    r = run(runner, "check", "--select", "TY999X", "-", input=GOOD)
    assert r.exit_code == 2
    assert "names no rule" in r.stderr


def test_fail_on(runner):
    text = "The U.S Joint Chiefs met.\n"
    assert run(runner, "check", "--fail-on", "error", "-", input=text).exit_code == 0
    assert run(runner, "check", "--fail-on", "warning", "-", input=text).exit_code == 1
    info_only = "“We won,” he said. \"Yes.\"\n"
    assert run(runner, "check", "--select", "TY004", "-", input=info_only).exit_code == 0
    assert run(runner, "check", "--select", "TY004", "--fail-on", "info", "-", input=info_only).exit_code == 1
    assert run(runner, "check", "--exit-zero", "-", input=text).exit_code == 0


def test_quiet_and_statistics(runner):
    r = run(runner, "check", "-q", "-", input=BAD)
    assert "TY001" in r.stdout and "Found" not in r.stdout
    r = run(runner, "check", "--statistics", "-", input="The U.S Joint and the U.K Joint.\n")
    assert "2  TY001  [*] abbreviation-missing-period" in r.stdout


def test_version(runner):
    from newslint import __version__

    r = run(runner, "--version")
    assert r.exit_code == 0 and __version__ in r.stdout


def test_github_actions_adds_annotations(runner, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    r = run(runner, "check", "-", input=BAD)
    assert "::warning file=-,line=1,col=5,endColumn=8,title=TY001::" in r.stdout
    assert "-:1:5: warning TY001" in r.stdout


def test_rules_lists_twenty_codes_in_three_formats(runner):
    r = run(runner, "rules")
    assert r.exit_code == 0
    codes = [line.split()[0] for line in r.stdout.splitlines()[1:] if line[:2].isalpha() and line[2:5].isdigit()]
    assert len(codes) >= 20 and "TY001" in codes
    data = json.loads(run(runner, "rules", "--format", "json").stdout)
    assert {"code", "name", "category", "severity", "summary", "examples"} <= set(data[0])
    md = run(runner, "rules", "--format", "markdown").stdout
    assert md.startswith("# newslint rules") and "| TY001 | abbreviation-missing-period |" in md


def test_explain_by_code_and_name(runner):
    r = run(runner, "explain", "TY001")
    assert r.exit_code == 0
    assert "TY001 abbreviation-missing-period" in r.stdout and "Flagged:" in r.stdout and "->" in r.stdout
    assert run(runner, "explain", "repeated-word").exit_code == 0
    r = run(runner, "explain", "repeated-wrd")
    assert r.exit_code == 2 and "did you mean 'repeated-word'" in r.stderr


def test_init_writes_a_valid_commented_config(runner, tmp_path):
    r = run(runner, "init")
    assert r.exit_code == 0
    text = (tmp_path / ".newslint.yaml").read_text()
    assert text.startswith("#")
    (tmp_path / "d.txt").write_text(GOOD)
    assert run(runner, "check", "d.txt").exit_code == 0  # the starter config is valid
    r = run(runner, "init")
    assert r.exit_code == 2 and "already exists" in r.stderr


def test_fix_rewrites_atomically_and_reports_the_rest(runner, tmp_path):
    p = tmp_path / "d.txt"
    p.write_bytes("\ufeffThe U.S Joint Chiefs met  today.\r\nSecond line.\r\n".encode("utf-8"))
    os.chmod(p, 0o640)
    r = run(runner, "check", "--fix", "d.txt")
    assert r.exit_code == 0, r.stdout
    assert p.read_bytes() == "\ufeffThe U.S. Joint Chiefs met today.\r\nSecond line.\r\n".encode("utf-8")
    assert (os.stat(p).st_mode & 0o777) == 0o640
    assert not [x for x in os.listdir(tmp_path) if x.startswith(".newslint-")]


def test_check_never_writes_without_fix(runner, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(BAD)
    before = p.stat().st_mtime_ns
    run(runner, "check", "d.txt")
    assert p.read_text() == BAD and p.stat().st_mtime_ns == before


def test_diff_shows_the_fixes_and_writes_nothing(runner, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("Headline\n\nThe U.S Joint Chiefs met  today.\n", encoding="utf-8")
    q = tmp_path / "clean.txt"
    q.write_text(GOOD, encoding="utf-8")
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    r = run(runner, "check", "--diff", "d.txt", "clean.txt")
    assert r.exit_code == 1, r.stderr
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert r.stdout.splitlines()[:2] == ["--- d.txt", "+++ d.txt (fixed)"]
    assert "-The U.S Joint Chiefs met  today." in r.stdout.splitlines()
    assert "+The U.S. Joint Chiefs met today." in r.stdout.splitlines()
    assert "clean.txt" not in r.stdout
    assert "2 fixes in 1 file would be applied" in r.stderr
    # what --diff shows is what --fix writes
    run(runner, "check", "--fix", "d.txt")
    assert p.read_text(encoding="utf-8") == "Headline\n\nThe U.S. Joint Chiefs met today.\n"


def test_diff_with_nothing_to_fix_exits_0(runner, tmp_path):
    (tmp_path / "clean.txt").write_text(GOOD, encoding="utf-8")
    r = run(runner, "check", "--diff", "clean.txt")
    assert r.exit_code == 0 and r.stdout == ""


def test_diff_leaves_unsafe_fixes_out_unless_asked(runner, tmp_path):
    (tmp_path / "d.txt").write_text("The ALOC allows thr passage of aircraft.\n", encoding="utf-8")
    safe = run(runner, "check", "--diff", "d.txt")
    assert safe.exit_code == 0 and safe.stdout == ""
    unsafe = run(runner, "check", "--diff", "--unsafe-fixes", "d.txt")
    assert unsafe.exit_code == 1 and "+The ALOC allows the passage of aircraft." in unsafe.stdout.splitlines()


def test_diff_marks_a_last_line_without_newline(runner, tmp_path):
    (tmp_path / "d.txt").write_text("The U.S Joint Chiefs met.", encoding="utf-8")
    r = run(runner, "check", "--diff", "d.txt")
    assert r.stdout == (
        "--- d.txt\n+++ d.txt (fixed)\n@@ -1 +1 @@\n-The U.S Joint Chiefs met.\n\\ No newline at end of file\n"
        "+The U.S. Joint Chiefs met.\n\\ No newline at end of file\n"
    )


def _house_swaps(tmp_path, *swaps):
    """A project whose only rules are house substitution rules HS001, HS002 ... (``(from, to)``)."""
    (tmp_path / "house").mkdir()
    for i, (a, b) in enumerate(swaps, 1):
        code = f"HS{i:03d}"
        (tmp_path / "house" / f"{code}-swap{i}.yaml").write_text(
            f"code: {code}\nname: swap{i}\ncategory: spelling\nkind: substitution\nseverity: warning\n"
            f"summary: Write {b}.\nmessage: \"'{{match}}': write '{{replacement}}'\"\nswap:\n  {a}: {b}\n"
        )
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [house]\nselect: [HS]\n")


def test_fix_repeats_until_no_fix_applies(runner, tmp_path):
    """A fix can make a text another rule fixes ("colour scheme" -> "color scheme" -> "palette"):
    --fix lints the fixed text and fixes again until nothing is left to fix, as ruff does, so one
    run is enough; --diff shows the same end result."""
    _house_swaps(tmp_path, ("colour", "color"), ("color scheme", "palette"))
    p = tmp_path / "d.txt"
    p.write_text("The colour scheme was new.\n", encoding="utf-8")
    d = run(runner, "check", "--diff", "d.txt")
    assert d.exit_code == 1 and "+The palette was new." in d.stdout.splitlines()
    assert "2 fixes in 1 file would be applied" in d.stderr
    r = run(runner, "check", "--fix", "d.txt")
    assert p.read_text(encoding="utf-8") == "The palette was new.\n"
    assert r.exit_code == 0, r.stdout
    assert "d.txt: applied 2 fixes" in r.stderr
    assert "HS00" not in r.stdout and "fixable" not in r.stdout


def test_fixes_that_undo_each_other_stop(runner, tmp_path):
    """Two house rules whose fixes undo each other must not loop: --fix stops before a text
    comes back, writes once, says why on stderr, and reports what is left."""
    _house_swaps(tmp_path, ("colour", "color"), ("color", "colour"))
    p = tmp_path / "d.txt"
    p.write_text("The colour of the flag.\n", encoding="utf-8")
    r = run(runner, "check", "--fix", "d.txt")
    assert r.exit_code == 1, r.stderr
    assert p.read_text(encoding="utf-8") == "The color of the flag.\n"
    assert "applied 1 fix" in r.stderr
    assert "HS002" in r.stdout
    assert "d.txt: the fixes of HS002 would undo earlier fixes; stopped" in r.stderr


def test_fix_stops_after_the_round_limit_and_says_so(runner, tmp_path, monkeypatch):
    from newslint import engine

    monkeypatch.setattr(engine, "MAX_FIX_ROUNDS", 1)
    _house_swaps(tmp_path, ("colour", "color"), ("color scheme", "palette"))
    p = tmp_path / "d.txt"
    p.write_text("The colour scheme was new.\n", encoding="utf-8")
    r = run(runner, "check", "--fix", "d.txt")
    assert p.read_text(encoding="utf-8") == "The color scheme was new.\n"
    assert "d.txt: the fixes of HS002 still applied after 1 round; stopped after 1 fix" in r.stderr
    assert r.exit_code == 1 and "HS002" in r.stdout


def test_fix_removes_a_run_of_repeats_in_one_go(runner, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("He said that the the the plan was good.\n", encoding="utf-8")
    r = run(runner, "check", "--fix", "d.txt")
    assert p.read_text(encoding="utf-8") == "He said that the plan was good.\n"
    assert r.exit_code == 0 and "d.txt: applied 1 fix" in r.stderr


def test_diff_and_fix_refuse_stdin(runner):
    for flag in ("--diff", "--fix"):
        r = run(runner, "check", flag, "-", input=BAD)
        assert r.exit_code == 2 and "stdin" in r.stderr


def test_summary_counts_only_the_files_it_could_read(runner, tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    r = run(runner, "check", "ok.txt", "missing.txt")
    assert r.exit_code == 2
    assert "No problems found in 1 file." in r.stdout
    assert "1 error reading files or settings" in r.stdout
    r = run(runner, "check", "missing.txt")
    assert "No problems found in 0 files." in r.stdout


def test_jobs_give_identical_output_in_input_order(runner, tmp_path):
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(BAD * (i + 1))
    one = run(runner, "check", "--format", "json", "--jobs", "1", ".").stdout
    two = run(runner, "check", "--format", "json", "--jobs", "2", ".").stdout
    assert one == two
    assert [Path(f["path"]).name for f in json.loads(two)["files"]] == [f"f{i}.txt" for i in range(6)]


def test_jsonl_one_object_per_file(runner, tmp_path):
    (tmp_path / "a.txt").write_text(BAD)
    (tmp_path / "b.txt").write_text(GOOD)
    lines = run(runner, "check", "--format", "jsonl", "a.txt", "b.txt").stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["a.txt", "b.txt"]


def test_committed_catalogue_is_current(runner):
    """rules/CATALOGUE.md is generated; regenerate it with `newslint rules --format markdown`."""
    from pathlib import Path

    committed = (Path(__file__).resolve().parent.parent / "rules" / "CATALOGUE.md").read_text(encoding="utf-8")
    assert run(runner, "rules", "--format", "markdown").stdout == committed, "run: newslint rules --format markdown > rules/CATALOGUE.md"


def test_progress_bar_only_for_long_machine_runs_on_a_terminal():
    from newslint.cli import wants_progress

    assert wants_progress("jsonl", 1000, True, {})
    assert not wants_progress("jsonl", 1000, False, {})  # a pipe
    assert not wants_progress("jsonl", 1000, True, {"CI": "true"})  # a CI log
    assert not wants_progress("jsonl", 10, True, {})  # a short run
    assert not wants_progress("text", 1000, True, {})  # the text report is its own progress


def test_long_jsonl_run_in_a_pipe_prints_only_json(runner, tmp_path):
    for i in range(60):
        (tmp_path / f"f{i:02d}.txt").write_text(BAD)
    r = run(runner, "check", "--format", "jsonl", "--jobs", "2", ".")
    lines = r.stdout.splitlines()
    assert len(lines) == 60 and all(json.loads(line)["path"] for line in lines)
    assert r.stderr == ""


def test_missing_dependency_is_an_install_error_not_a_crash(runner, monkeypatch):
    import newslint.checks.readability.metrics as metrics

    def missing():
        raise ModuleNotFoundError("No module named 'textstat'", name="textstat")

    monkeypatch.setattr(metrics, "textstat_module", missing)
    r = run(runner, "check", "--select", "RD003,TY001", "-", input=BAD)
    assert r.exit_code == 2
    assert "needs the Python package 'textstat', which is not installed" in r.stderr
    assert "please report" not in r.stderr and "Traceback" not in r.stderr
    assert "TY001" in r.stdout  # the other rules still report


def test_default_jobs_follow_the_cpus_this_process_may_use(tmp_path, monkeypatch):
    """In a container the machine's core count overstates what newslint may use: a CPU affinity
    mask or a cgroup quota (docker --cpus=1 on a 64-core host) bounds the default --jobs, as ruff's
    available parallelism does; each worker costs a cold start, so too many only slow a run."""
    import os

    from newslint.api import available_cpus

    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    v2 = tmp_path / "v2"
    v2.mkdir()
    assert available_cpus(str(v2)) == 8  # no cgroup files: the affinity mask
    (v2 / "cpu.max").write_text("max 100000\n")
    assert available_cpus(str(v2)) == 8  # no quota
    (v2 / "cpu.max").write_text("150000 100000\n")
    assert available_cpus(str(v2)) == 2  # 1.5 CPUs: two processes
    (v2 / "cpu.max").write_text("50000 100000\n")
    assert available_cpus(str(v2)) == 1
    v1 = tmp_path / "v1"
    (v1 / "cpu").mkdir(parents=True)
    (v1 / "cpu" / "cpu.cfs_quota_us").write_text("300000\n")
    (v1 / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert available_cpus(str(v1)) == 3
    (v1 / "cpu" / "cpu.cfs_quota_us").write_text("-1\n")
    assert available_cpus(str(v1)) == 8
    (v2 / "cpu.max").write_text("garbage\n")
    assert available_cpus(str(v2)) == 8  # unreadable: ignored
    monkeypatch.delattr(os, "sched_getaffinity")
    assert available_cpus(str(tmp_path / "none")) == 64


GERMAN = (
    "Die Digitalisierung zieht sich bereits heute durch fast alle Branchen, sei es im Finanzbereich, "
    "der Industrie oder eben auch im Bereich Gesundheit. Auch wenn nicht jedes Geschäftsmodell bedroht "
    "ist, bieten neue Technologien Potenziale für mehr Effizienz und bessere Prozesse.\n"
)


def test_text_in_another_language_is_said_to_be_unchecked(runner):
    """Spelling, grammar and attribution leave text in another language alone; "No problems found"
    alone would read as a clean bill, so the file's facts say how many words went unchecked."""
    r = run(runner, "check", "-", input="Digitalisierung in der Wirtschaft\n\n" + GERMAN)
    assert r.exit_code == 0, r.output
    # 39 of the 43 words: the German paragraph (the headline was never judged, so not counted)
    assert "91% of the text is not in English: not checked for spelling, grammar or sources" in r.stdout
    (entry,) = json.loads(run(runner, "check", "--format", "json", "-", input="Digitalisierung in der Wirtschaft\n\n" + GERMAN).stdout)["files"]
    assert (entry["metrics"]["not_english_words"], entry["metrics"]["not_english_share"]) == (39, 0.907)


def test_english_text_beside_another_language_counts_only_the_other(runner):
    text = "Budget vote\n\nThe council said thr budget would be approved on Monday, officials said.\n\n" + GERMAN
    (entry,) = json.loads(run(runner, "check", "--format", "json", "-", input=text).stdout)["files"]
    assert "SP001" in [f["code"] for f in entry["findings"]]  # "thr": the English paragraph is checked
    assert entry["metrics"]["not_english_words"] == 39


def test_english_text_has_no_unchecked_words(runner):
    (entry,) = json.loads(run(runner, "check", "--format", "json", "-", input=BAD).stdout)["files"]
    assert "not_english_words" not in entry["metrics"] and "not_english_share" not in entry["metrics"]
    assert "not in English" not in run(runner, "check", "-", input=BAD).stdout
