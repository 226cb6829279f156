"""Removing leftovers: in plain text each boilerplate finding carries an unsafe fix that deletes it
(whole lines, with the blank line after them; or the part of a line that is a leftover), so
``newslint check --fix --unsafe-fixes --select boilerplate`` cleans a scraped text.  Markdown and
HTML keep their markup, so there the findings carry no fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.api import lint_text
from newslint.cli import main
from newslint.engine import apply_fixes

from council_story import BP, HEADLINE, PARAGRAPHS

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
HEAD = HEADLINE
PARAS = PARAGRAPHS[:3]
STORY = "\n\n".join([HEAD, *PARAS]) + "\n"


def _fixed(text: str, path: str = "a.txt") -> str:
    res = lint_text(text, path=path, select=BP)
    assert res.diagnostics, "expected a boilerplate finding"
    fixable = [d for d in res.diagnostics if d.fix is not None]
    assert all(not d.fix.safe for d in fixable)  # removing text may remove the story's: never safe
    out, _ = apply_fixes(text, fixable)
    return out


def test_lines_after_the_story_go_with_the_blank_lines_before_them():
    text = STORY + "\nShare this article\n\nTags: Local Government, Schools, Transport\n"
    assert _fixed(text) == STORY


def test_lines_above_the_headline_go_with_the_blank_line_after_them():
    text = "Skip to content\n\n" + STORY
    assert _fixed(text) == STORY


def test_a_line_between_paragraphs_leaves_one_blank_line():
    text = "\n\n".join([HEAD, PARAS[0], "Advertisement", *PARAS[1:]]) + "\n"
    assert _fixed(text) == STORY


def test_a_leftover_right_above_a_paragraph_leaves_the_blank_line_above_it():
    """ "Headline / (blank) / Advertisement / paragraph": the blank line under the headline stays."""
    text = "\n\n".join([HEAD, "Advertisement\n" + PARAS[0], *PARAS[1:]]) + "\n"
    assert _fixed(text) == STORY


def test_two_leftovers_right_above_a_paragraph_leave_the_blank_line_above_them():
    text = "\n\n".join([HEAD, "Advertisement\nShare this article\n" + PARAS[0], *PARAS[1:]]) + "\n"
    assert _fixed(text) == STORY


def test_consecutive_leftovers_at_the_end_leave_no_blank_line():
    text = STORY + "\nShare this article\n© 2024 Herald Media. All rights reserved.\n"
    assert _fixed(text) == STORY


def test_one_paragraph_per_line_stays_so():
    text = "\n".join([HEAD, *PARAS, "Share this article", "© 2024 Herald Media. All rights reserved."]) + "\n"
    assert _fixed(text) == "\n".join([HEAD, *PARAS]) + "\n"


def test_crlf_lines_are_removed_whole():
    text = STORY.replace("\n", "\r\n") + "\r\nShare this article\r\n"
    assert _fixed(text) == STORY.replace("\n", "\r\n")


def test_a_breadcrumb_trail_goes_and_the_title_stays():
    text = "Home / Blog / " + STORY
    assert _fixed(text) == STORY


def test_a_fix_removes_what_the_finding_spans():
    """A credit run into its caption is flagged with the caption, and goes with it."""
    text = "© Photo : Twitter / @CENTCOMA screenshot of a video showing a bomber\n\n" + STORY
    assert _fixed(text) == STORY


def test_a_dangling_reference_inside_a_sentence_has_no_fix():
    text = STORY.replace("next year,", "next year [see links below],")
    res = lint_text(text, path="a.txt", select=BP)
    assert [d.code for d in res.diagnostics] == ["BP011"] and res.diagnostics[0].fix is None
    alone = STORY + "\nSee the following articles:\n"
    assert _fixed(alone) == STORY


def test_a_finding_has_no_fix_in_markdown_and_html():
    for path, text in (("a.md", STORY + "\nShare this article\n"), ("a.html", "<p>" + "</p>\n<p>".join([HEAD, *PARAS, "Share this article"]) + "</p>\n")):
        res = lint_text(text, path=path, select=BP)
        assert res.diagnostics and all(d.fix is None for d in res.diagnostics), path


def test_a_comment_section_is_removed_whole_by_one_fix():
    seed = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    res = lint_text(seed, path="002.txt", select=BP)
    section = [d for d in res.diagnostics if d.code == "BP006" and str(d.severity) == "warning"]
    assert len(section) == 1 and section[0].fix is not None
    assert all(d.fix is None for d in res.diagnostics if d.code == "BP006" and d is not section[0])
    out = _fixed(seed, "002.txt")
    assert "says:" not in out
    # the story above the comments stays, but for its last line, a dangling reference ("For more
    # information ..., see the following LWJ articles:"); "[see links below]" inside a sentence is
    # left for an editor
    lines = seed.splitlines()
    story = [line for line in lines[:16] if line.strip()]
    assert len(story) > 3 and all(line in out for line in story)
    assert lines[16].startswith("For more information") and lines[16] not in out
    assert "[see links below]" in out
    assert {d.code for d in lint_text(out, path="002.txt", select=BP).diagnostics} == {"BP011"}


@pytest.fixture()
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


def test_fix_removes_leftovers_only_with_unsafe_fixes(runner, tmp_path):
    p = tmp_path / "scraped.txt"
    p.write_text(STORY + "\nShare this article\n", encoding="utf-8")
    r = runner.invoke(main, ["check", "--fix", "--select", "boilerplate", "scraped.txt"])
    assert r.exit_code == 1 and p.read_text(encoding="utf-8") == STORY + "\nShare this article\n"
    r = runner.invoke(main, ["check", "--fix", "--unsafe-fixes", "--select", "boilerplate", "scraped.txt"])
    assert r.exit_code == 0, r.stdout + r.stderr
    assert p.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize("repeat, left", [(False, "one\ntwo\n"), (True, "")])
def test_a_fix_that_does_not_repeat_applies_in_the_first_round_only(repeat, left):
    """A rule that flags whatever line is last: once its fix has removed the last line, a second
    round would flag the new last line, and so on down the text.  Without ``repeat`` the fix
    removes what the check reported, once."""
    from newslint.config import Config
    from newslint.diagnostics import Edit, Finding, Fix, Span
    from newslint.engine import Linter, fix_until_stable
    from newslint.registry import Registry
    from newslint.rule import Examples, Rule
    from newslint.document import read_document

    class LastLine(Rule):
        code, name, category, summary = "BP901", "last-line", "boilerplate", "x"
        examples = Examples(bad=["a\nb"], good=[""])

        def check(self, doc, ctx):
            text = doc.prose
            if text.strip():
                a = text.rstrip("\n").rfind("\n") + 1
                yield Finding(Span(a, len(text.rstrip("\n"))), "last", fix=Fix((Edit(Span(a, len(text)), ""),), safe=False, repeat=repeat))

    linter = Linter(Config(), Registry([LastLine.info()]))
    text = "one\ntwo\nthree\n"
    first = linter.lint(read_document(text, "a.txt"))
    fixed, n, _, _ = fix_until_stable(linter, text, "a.txt", "plain", first.diagnostics, unsafe=True)
    assert fixed == left and n == (1 if not repeat else 3)


def test_the_summary_counts_the_fixes_that_need_unsafe_fixes(runner, tmp_path):
    (tmp_path / "scraped.txt").write_text(STORY + "\nShare this article\n", encoding="utf-8")
    r = runner.invoke(main, ["check", "--no-color", "--select", "boilerplate", "scraped.txt"])
    assert "1 fixable with `newslint check --fix --unsafe-fixes`." in r.stdout
    (tmp_path / "both.txt").write_text(STORY + "\nThe U.S Joint Chiefs met  today.\n\nShare this article\n", encoding="utf-8")
    r = runner.invoke(main, ["check", "--no-color", "--select", "boilerplate,TY", "both.txt"])
    assert "fixable with `newslint check --fix` (1 more with `--unsafe-fixes`)." in r.stdout, r.stdout


@pytest.mark.parametrize(
    "run_on, code",
    [
        ("Photo: © Ann Lee / Town Herald", "BP007"),
        ("© Kyodo", "BP007"),  # a credit with no label
        ("© 2024 Town Herald", "BP001"),  # a copyright line run on after the paragraph
        ("© 2024 Town Herald. All rights reserved.", "BP001"),
    ],
)
def test_a_credit_or_copyright_line_run_on_after_a_caption_goes_and_the_caption_stays(run_on, code):
    """The sign made the whole caption a "copyright line", and removing it removed the caption."""
    caption = "Parents and pupils gather at the gates of Hill Primary on the first day of term."
    text = f"{HEAD}\n\n{caption} {run_on}\n\n" + "\n\n".join(PARAS) + "\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [(d.code, text[d.start : d.end]) for d in res.diagnostics] == [(code, run_on)]
    assert ("caption" if code == "BP007" else "copyright") in res.diagnostics[0].message.lower()
    assert _fixed(text) == f"{HEAD}\n\n{caption}\n\n" + "\n\n".join(PARAS) + "\n"


def test_a_copyright_footer_that_names_a_photo_is_still_a_copyright_line():
    text = STORY + "\n© 2024 Town Herald. All rights reserved. Photos: Ann Lee\n"
    res = lint_text(text, path="a.txt", select=BP)
    assert [d.code for d in res.diagnostics] == ["BP001"]
