"""The LanguageTool bridge (LT001) against a stand-in LanguageTool server on 127.0.0.1 that answers
``/v2/check`` with recorded answers of real LanguageTool servers (tests/checks/languagetool/)."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.api import lint_paths, lint_text, load_registry
from newslint.checks.languagetool import local, rule as lt_rule
from newslint.cli import main
from newslint.config import Config

HERE = Path(__file__).resolve().parent
RECORDED = {
    rec["text"]: rec["response"]
    for rec in (json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "languagetool").glob("*.json")))
}
DEMO = next(t for t in RECORDED if t.startswith("Enter you text"))
COMMAS = next(t for t in RECORDED if t.startswith("And first ,"))
EMPTY = {"software": {"name": "LanguageTool", "version": "6.4"}, "language": {"code": "en-US"}, "matches": []}


class StandIn:
    """A LanguageTool stand-in: recorded answers for recorded texts, no matches otherwise."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.status = 200
        self.answers: dict[str, dict] = dict(RECORDED)
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.rstrip("/") == "/v2/languages":
                    self._send(200, b'[{"name": "English (US)", "code": "en", "longCode": "en-US"}]')
                else:
                    self._send(404, b"{}")

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8")).items()}
                stand_in.requests.append(form)
                if self.path != "/v2/check":
                    self._send(404, b"{}")
                elif stand_in.status != 200:
                    self._send(stand_in.status, b"Error: the server is having a bad day\n")
                else:
                    self._send(200, json.dumps(stand_in.answer(form.get("text", ""))).encode("utf-8"))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def answer(self, text: str) -> dict:
        """The recorded answer of a recorded text; for a text that contains recorded texts (several
        paragraphs), their matches moved to where they are, as LanguageTool would find them."""
        if text in self.answers:
            return self.answers[text]
        matches = []
        for recorded, answer in self.answers.items():
            at = text.find(recorded)
            if at >= 0:
                shift = len(text[:at].encode("utf-16-le")) // 2
                matches += [dict(m, offset=m["offset"] + shift) for m in answer["matches"]]
        return dict(EMPTY, matches=matches)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stand_in():
    lt_rule.reset()
    s = StandIn()
    yield s
    s.close()
    lt_rule.reset()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    monkeypatch.delenv(lt_rule.ENV_URL, raising=False)
    lt_rule.reset()
    yield
    lt_rule.reset()


@pytest.fixture
def loopback_only(monkeypatch):
    """Record every socket connection; fail the test on any that is not to 127.0.0.1."""
    seen: list[tuple] = []
    real_connect = socket.socket.connect

    def connect(self, address):
        seen.append(address)
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"newslint tried to connect to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return seen


def lt_config(**settings) -> Config:
    return Config(languagetool=settings)


def lt_findings(text: str, config: Config, select=("LT001",)):
    result = lint_text(text, path="story.txt", config=config, select=list(select))
    assert result.error is None, result.error
    return result


def test_recorded_answer_becomes_findings(stand_in, loopback_only):
    result = lt_findings(DEMO, lt_config(server=stand_in.url))
    found = {DEMO[d.start : d.end]: d for d in result.diagnostics}
    assert set(found) == {"you", "intant", "got", "editr"}
    assert found["intant"].category == "spelling" and found["editr"].category == "spelling"
    assert found["got"].category == "grammar"  # issue type grammar
    assert found["you"].category == "grammar"  # uncategorized, category MISC
    assert "[LanguageTool MORFOLOGIK_RULE_EN_US]" in found["intant"].message
    assert "[LanguageTool TO_NON_BASE[5]]" in found["got"].message
    assert found["got"].data["languagetool"] == {"rule": "TO_NON_BASE", "sub_id": "5", "issue_type": "grammar", "category": "GRAMMAR"}
    assert all(d.data["secondary"] is True for d in result.diagnostics)
    assert found["intant"].suggestions == ("intent", "infant", "instant", "intact", "int ant")
    assert found["got"].suggestions == ("get",)
    assert all(d.code == "LT001" and d.name == "languagetool-match" for d in result.diagnostics)
    assert found["intant"].line == 1 and found["intant"].column == 52
    assert loopback_only, "no request reached the stand-in"


def test_request_carries_language_and_disabled_rules(stand_in):
    lt_findings(DEMO, lt_config(server=stand_in.url + "/v2/", language="en-GB", **{"disabled-rules": ["EN_QUOTES", "WHITESPACE_RULE"]}))
    (form,) = stand_in.requests
    assert form["text"] == DEMO
    assert form["language"] == "en-GB"
    assert form["disabledRules"] == "EN_QUOTES,WHITESPACE_RULE"


def test_whitespace_issue_type_is_typography(stand_in):
    result = lt_findings(COMMAS, lt_config(server=stand_in.url))
    assert [(COMMAS[d.start : d.end], d.category) for d in result.diagnostics] == [(" ,", "typography"), (" ,", "typography")]
    assert result.diagnostics[0].suggestions == (",",)


def test_newslint_finding_of_the_same_category_wins(stand_in):
    alone = lt_findings(COMMAS, lt_config(server=stand_in.url), select=("TY003",)).diagnostics
    assert alone, "TY003 should flag the space before the comma"
    both = lt_findings(COMMAS, lt_config(server=stand_in.url), select=("LT001", "TY003")).diagnostics
    assert [d.code for d in both] == [d.code for d in alone]


def test_each_block_is_mapped_back_to_its_place(stand_in):
    text = f"Headline of the day\n\n{DEMO}\n"
    result = lt_findings(text, lt_config(server=stand_in.url))
    assert stand_in.requests[0]["text"].endswith(DEMO)
    got = [d for d in result.diagnostics if text[d.start : d.end] == "got"]
    assert got and got[0].line == 3


def test_utf16_offsets_are_converted(stand_in):
    # LanguageTool counts offsets in UTF-16 code units: an emoji before a match shifts them by one.
    text = "Big news 😀 today. Hover on the marked words for intant correction."
    units = len(text[: text.index("intant")].encode("utf-16-le")) // 2
    stand_in.answers[text] = {"matches": [dict(RECORDED[DEMO]["matches"][1], offset=units, length=6,
                                               context={"text": "...words for intant correction.", "offset": 13, "length": 6})]}
    result = lt_findings(text, lt_config(server=stand_in.url))
    assert [text[d.start : d.end] for d in result.diagnostics] == ["intant"]


def test_match_whose_context_disagrees_is_dropped(stand_in):
    text = "Hover on the marked words for intant correction."
    bad = dict(RECORDED[DEMO]["matches"][1], offset=31, length=6)  # off by one: "ntant "
    stand_in.answers[text] = {"matches": [bad]}
    assert lt_findings(text, lt_config(server=stand_in.url)).diagnostics == []


def test_examples_against_recorded_answers(stand_in):
    info = load_registry().get("LT001")
    config = lt_config(server=stand_in.url)
    for text in info.examples.bad:
        assert lt_findings(text, config).diagnostics, text
    for text in info.examples.good:
        assert lt_findings(text, config).diagnostics == [], text


def test_environment_variable_configures_the_server(stand_in, monkeypatch):
    monkeypatch.setenv(lt_rule.ENV_URL, stand_in.url)
    assert lt_findings(DEMO, Config()).diagnostics


def test_enabled_false_turns_it_off(stand_in):
    quiet = lint_text(DEMO, path="story.txt", config=lt_config(server=stand_in.url, enabled=False), extend_select=["LT"])
    assert quiet.notices == [] and not [d for d in quiet.diagnostics if d.code == "LT001"]
    asked = lt_findings(DEMO, lt_config(server=stand_in.url, enabled=False))
    assert asked.diagnostics == [] and stand_in.requests == []
    assert len(asked.notices) == 1 and "enabled: false" in asked.notices[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_one_notice_other_rules_run(tmp_path, loopback_only):
    for i in range(3):
        (tmp_path / f"story{i}.txt").write_text("They was told. Haqqani have been blame for it.\n", encoding="utf-8")
    url = f"http://127.0.0.1:{_closed_port()}"
    run = lint_paths([str(tmp_path)], config=lt_config(server=url), extend_select=["LT001"])
    assert run.errors == [] and all(f.error is None for f in run.files)
    notices = {n for f in run.files for n in f.notices}
    assert len(notices) == 1
    (note,) = notices
    assert "not reachable" in note and url in note and "everything else ran" in note
    codes = {d.code for d in run.diagnostics}
    assert {"GR001", "GR006"} <= codes and "LT001" not in codes


def test_unreachable_server_cli_prints_one_info_line(tmp_path):
    for i in range(4):
        (tmp_path / f"story{i}.txt").write_text("Haqqani have been blame for it.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(f"languagetool:\n  server: http://127.0.0.1:{_closed_port()}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "-j", "2", "--format", "json", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr
    info = [line for line in result.stderr.splitlines() if "LanguageTool" in line]
    assert len(info) == 1 and info[0].startswith("newslint: info:"), result.stderr
    assert json.loads(result.stdout)["summary"]["by_code"]["GR001"] == 4


def test_http_error_is_one_notice(stand_in):
    stand_in.status = 500
    result = lt_findings(DEMO, lt_config(server=stand_in.url))
    assert result.diagnostics == []
    assert len(result.notices) == 1 and "HTTP 500" in result.notices[0]


def test_not_configured_is_silent_and_opens_no_socket(monkeypatch):
    def no_network(self, address):
        raise AssertionError(f"unexpected connection to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    result = lint_text(DEMO, path="story.txt", extend_select=["LT"])  # a prefix, not the rule by name
    assert result.notices == []
    assert not [d for d in result.diagnostics if d.code == "LT001"]


def test_selected_but_not_configured_says_so():
    result = lint_text(DEMO, path="story.txt", select=["LT001"])
    assert len(result.notices) == 1
    assert "not configured" in result.notices[0]


def test_bad_setting_is_a_notice_not_a_crash():
    result = lint_text(DEMO, path="story.txt", config=lt_config(server="localhost:8081"), select=["LT001"])
    assert result.error is None
    assert "not an http(s) URL" in result.notices[0]


def test_never_imports_language_tool_python(stand_in, monkeypatch):
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] == "language_tool_python":
                raise AssertionError("language_tool_python must never be imported (it downloads LanguageTool)")
            return None

    monkeypatch.setattr(sys, "meta_path", [Block()] + sys.meta_path)
    lt_findings(DEMO, lt_config(server=stand_in.url))
    lint_text(DEMO, path="story.txt", config=lt_config(directory="/nonexistent"), select=["LT001"])
    assert "language_tool_python" not in sys.modules


# -- a local LanguageTool directory -------------------------------------------------------------

def test_missing_directory_is_a_notice():
    result = lint_text(DEMO, path="story.txt", config=lt_config(directory="/nonexistent/LanguageTool"), select=["LT001"])
    assert result.error is None and "is not a directory" in result.notices[0]


def test_directory_without_jar_is_a_notice(tmp_path):
    result = lint_text(DEMO, path="story.txt", config=lt_config(directory=str(tmp_path)), select=["LT001"])
    assert "no languagetool-server.jar" in result.notices[0]


FAKE_JAVA = r'''#!{python}
# Stands in for "java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N".
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
args = sys.argv[1:]
assert args[0] == "-cp" and args[1].endswith("languagetool-server.jar"), args
assert args[2] == "org.languagetool.server.HTTPServer", args
port = int(args[args.index("--port") + 1])
answers = json.load(open({answers!r}, encoding="utf-8"))
class H(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass
    def reply(self, body):
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def do_GET(self):
        self.reply(b"[]")
    def do_POST(self):
        import urllib.parse
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        self.reply(json.dumps(answers.get(form["text"][0], {{"matches": []}})).encode())
HTTPServer(("127.0.0.1", port), H).serve_forever()
'''


@pytest.mark.skipif(os.name == "nt", reason="the stand-in java is a POSIX script")
def test_directory_starts_languagetool_on_localhost(tmp_path, monkeypatch, loopback_only):
    lt_dir = tmp_path / "LanguageTool-6.6"
    lt_dir.mkdir()
    (lt_dir / "languagetool-server.jar").write_bytes(b"")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(RECORDED), encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(FAKE_JAVA.format(python=sys.executable, answers=str(answers)), encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    try:
        # the parent directory is enough: newslint looks into LanguageTool-* folders
        result = lt_findings(DEMO, lt_config(directory=str(tmp_path)))
        assert {DEMO[d.start : d.end] for d in result.diagnostics} == {"you", "intant", "got", "editr"}
        assert result.notices == []
        again = lt_findings(COMMAS, lt_config(directory=str(tmp_path)))  # the same server is reused
        assert len(again.diagnostics) == 2
        assert len(local._STARTED) == 1
    finally:
        local.stop_all()
    assert local._STARTED == {}
