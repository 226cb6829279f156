"""Worst-case inputs: does the time to lint a document grow in proportion to its length?

    python benchmarks/scaling.py                    # 8,000 and 32,000 characters, every shape
    python benchmarks/scaling.py --sizes 16000 64000 --only cjk_unspaced,no_full_stop

Scraped corpora hold what no edited article does: a page of Chinese with no spaces, a data blob of
"a.b.a.b...", a list of a thousand names with no full stop, a comment thread of a thousand lines.
One rule that is quadratic in a token's length, in a sentence's words or in a block's lines turns
such a file into minutes.  This script builds each shape at two sizes, lints it in process with
every default rule (plain text, Markdown and HTML), and prints the time at each size and the growth
between them.  Linear work grows by the size ratio (x4 by default); the script marks a shape whose
time grows by more than twice that and takes over 20 ms at the larger size, and exits 1 if any does.

No labelled data is needed: every input is generated here (fixed seed).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import git_revision  # noqa: E402

WORDS = ["the", "government", "said", "on", "Tuesday", "that", "it", "would", "Reuters", "reported", "sources", "officials"]


def _shapes(rng: random.Random) -> dict[str, Callable[[int], str]]:
    def prose(n_words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n_words))

    def lines(n: int, make: Callable[[int], str], per: int) -> str:
        return "\n".join(make(i) for i in range(max(1, n // per)))

    return {
        # one token of n characters
        "cjk_unspaced": lambda n: "汉字" * (n // 2),
        "long_word": lambda n: "a" * n,
        "caps_run": lambda n: "A" * n,
        "digits": lambda n: "1" * n,
        "mixed_script_word": lambda n: "aб" * (n // 2),
        "dotted_blob": lambda n: "a.b" * (n // 3),
        "hyphen_chain": lambda n: "a-b" * (n // 3),
        "apostrophe_chain": lambda n: "a'b" * (n // 3),
        "comma_chain": lambda n: "a,b" * (n // 3),
        "dotted_numbers": lambda n: "1.2" * (n // 3),
        "initials": lambda n: "A.B." * (n // 4),
        "long_url": lambda n: "https://example.com/" + "a/b-c_d." * (n // 8),
        # runs of one character
        "full_stops": lambda n: "." * n,
        "exclamations": lambda n: "Wow" + "!" * n,
        "dashes": lambda n: "-" * n,
        "spaces": lambda n: "a" + " " * n + "b.",
        "newlines": lambda n: "a" + "\n" * n + "b.",
        "quote_marks": lambda n: '"' * n,
        "apostrophes": lambda n: "'" * n,
        "pipes": lambda n: "|" * n,
        "backticks": lambda n: "`" * n,
        "emphasis_marks": lambda n: "*_" * (n // 2),
        "brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
        "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
        "markdown_quote_depth": lambda n: ">" * (n // 2) + " x",
        "html_open_tags": lambda n: "<div>" * (n // 5),
        "html_nesting": lambda n: "<b><i>" * (n // 12) + "x" + "</i></b>" * (n // 12),
        "html_unclosed_attribute": lambda n: "<a href='" + "x" * n,
        "html_unclosed_comment": lambda n: "<!--" + "-" * n,
        "html_entities": lambda n: "&amp;" * (n // 5),
        "markdown_links_unclosed": lambda n: "[a](b" * (n // 5),
        # one sentence of n / 6 words (no full stop)
        "no_full_stop": lambda n: prose(n // 6),
        "capitalised_words": lambda n: " ".join(rng.choice(WORDS).title() for _ in range(n // 8)) + ".",
        "upper_case_words": lambda n: " ".join(rng.choice(WORDS).upper() for _ in range(n // 8)) + ".",
        "commas": lambda n: ", ".join(rng.choice(WORDS) for _ in range(n // 10)) + ".",
        "cues_no_full_stop": lambda n: " ".join(
            rng.choice(["sources said", "officials said", "Reuters reported", "reportedly", "it is believed",
                        "experts say", "and", ", and", ";", "but"]) for _ in range(n // 12)),
        "outlets_no_full_stop": lambda n: " ".join(
            rng.choice(["RT", "Sputnik", "Xinhua", "BBC", "CNN", "Fox News", "TASS"]) + " reported" for _ in range(n // 14)),
        "quotations_one_sentence": lambda n: " ".join("“" + prose(8) + ",” he said" for _ in range(n // 60)),
        "open_quotations": lambda n: " ".join("“" + prose(5) for _ in range(n // 40)),
        "bracketed_words": lambda n: " ".join("[" + rng.choice(WORDS) + "]" for _ in range(n // 10)),
        "handles": lambda n: " ".join("@a#b" for _ in range(n // 5)),
        "urls": lambda n: " ".join("http://a.com/x" for _ in range(n // 15)),
        "emails": lambda n: " ".join("a@b.com" for _ in range(n // 8)),
        "numbers": lambda n: " ".join(f"{i}," for i in range(n // 6)),
        "banned_labels": lambda n: " ".join("banned in Russia*" for _ in range(n // 18)),
        "word_word": lambda n: "word " * (n // 5),
        # many lines or blocks
        "short_lines": lambda n: lines(n, lambda i: rng.choice(WORDS).title(), 8),
        "tag_lines": lambda n: lines(n, lambda i: rng.choice(WORDS).title() + " " + rng.choice(WORDS).title(), 16),
        "same_line_repeated": lambda n: lines(n, lambda i: "Click here to subscribe to our newsletter", 40),
        "commenter_headers": lambda n: lines(n, lambda i: f"User{i} says:\nI agree with this.\n", 40),
        "copyright_lines": lambda n: lines(n, lambda i: f"© {i} Example Ltd. All rights reserved.", 40),
        "markdown_headings": lambda n: lines(n, lambda i: "# " + prose(3), 25),
        "markdown_list": lambda n: lines(n, lambda i: "- " + prose(3), 25),
        "markdown_table": lambda n: "|a|b|\n|-|-|\n" + "|x|y|\n" * (n // 6),
        "tab_columns": lambda n: "\t".join("x" for _ in range(n // 2)),
        "one_line_of_sentences": lambda n: " ".join(prose(8) + "." for _ in range(n // 50)),
        "paragraphs": lambda n: "\n\n".join(prose(8) + "." for _ in range(n // 50)),
        "same_paragraph_repeated": lambda n: "\n\n".join(["The minister said the plan would cut costs."] * (n // 45)),
        "comment_one_long_body": lambda n: "Soccer says:\n" + prose(n // 6) + ".",
        # a story, then a long bulleted list after its last paragraph (each item asks about the list above it)
        "story_then_bullets": lambda n: "\n\n".join(prose(20) + "." for _ in range(3)) + "\n\n"
        + lines(n, lambda i: f"  • Widget Item {i} Zeta", 24),
        # a thread converted to Markdown: a heading naming the poster under each rule
        "ruled_headings": lambda n: lines(n, lambda i: f"----------\n\n## Poster{i % 7}\n\n" + prose(6) + ".\n", 60),
        # a breadcrumb trail set one crumb a line, each with its bar (each line asks about the run around it)
        "barred_lines": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n" + lines(n, lambda i: f"Crumb {i} |", 12),
        # the numbers of a numbered list whose items were lost ("1." / "2." ...), and a run of
        # labelled fields ("Cost 7: $10 per participant"), each line asking about its neighbours
        "numbered_lines": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n" + lines(n, lambda i: f"{i % 999 + 1}.", 4),
        "field_lines": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n" + lines(n, lambda i: f"Cost {i}: ${i} per participant", 30),
        # a title then a list holding it, parts' headings counting up, posts run on after their headers
        "title_list": lambda n: "Council approves budget for new schools\n\n" + prose(20) + ".\n\n" + lines(n, lambda i: "- Council approves budget for new schools", 42),
        "part_headings": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n" + lines(n, lambda i: f"Article {i + 2}", 11),
        "inline_posts": lambda n: lines(n, lambda i: f"user{i} Posted April 29, 2008 Share Posted April 29, 2008 " + prose(8) + ".", 120),
        # a Simple Machines thread (each header looks up over its poster's card), and a run of
        # bulleted card lines with no header under them
        "smf_posts": lambda n: lines(
            n, lambda i: f"user{i}\n  • Hectare\n  • Posts: {i}\nRe: Rents\n« Reply #{i} on: November 06, 2010, 08:44:02 »\n" + prose(12) + ".", 150
        ),
        "card_bullets": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n" + lines(n, lambda i: f"  • Posts: {i}", 14),
        # snippets each cut with the site's ellipsis
        "marked_cuts": lambda n: lines(n, lambda i: "Anyone " + prose(20) + " ...", 140),
        # a thread under its posters' bare status lines, one in a printable view ("Posted: ..." over
        # "by name"), and an event's dates one under another after the story (each stamp looks at its
        # neighbours)
        "status_posts": lambda n: lines(n, lambda i: "Offline\n" + prose(12) + ".", 90),
        "print_posts": lambda n: lines(n, lambda i: f"Posted: December 13th, 2008, 5:29 pm\nby user{i}\n" + prose(12) + ".", 130),
        "stamp_schedule": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n"
        + lines(n, lambda i: "Saturday, April 13, 2019 at 2:00pm", 36),
        # a numbered trail's steps after the story, one long run (each step asks about its run); a
        # page hard-wrapped one line a line, with short lines inside its sentences; a document
        # site's box of other uploads over a page without prose
        "numbered_steps": lambda n: "\n\n".join(prose(20) + "." for _ in range(2)) + "\n\n"
        + "1. Home\n" + "\n".join(f"{i % 99 + 1}. Step" for i in range(n // 9)),
        "wrapped_lines": lambda n: "\n".join(
            ("Mr. John Reuter's" if i % 3 == 1 else "and the methods he describes " + prose(6)) for i in range(n // 40)
        ),
        "document_box": lambda n: "A Survey of Lichens\n\nSimilar documents\n\n" + lines(n, lambda i: f"LICHENS OF DISTRICT {i}", 22),
    }


FORMATS = (".txt", ".md", ".html")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs=2, type=int, default=[8000, 32000], metavar=("SMALL", "LARGE"), help="characters")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--runs", type=int, default=2, help="best of this many runs per size")
    args = ap.parse_args(argv)

    from newslint.api import load_registry
    from newslint.config import Config
    from newslint.document import read_document
    from newslint.engine import Linter

    linter = Linter(Config(), load_registry())
    warm = " ".join(random.Random(0).choice(WORDS) for _ in range(300)) + "."
    for ext in FORMATS:  # first-time costs (tables, patterns) out of the way
        linter.lint(read_document(warm, "warm" + ext))

    small, large = args.sizes
    ratio = large / small
    shapes = _shapes(random.Random(20261121))
    only = set(filter(None, args.only.split(",")))
    print(f"# scaling  (revision {git_revision()})")
    print(f"command: python benchmarks/scaling.py --sizes {small} {large}  (best of {args.runs}, in process, every default rule)")
    print()
    print(f"| shape | format | {small:,} chars s | {large:,} chars s | growth (linear: x{ratio:g}) |")
    print("|---|---|---|---|---|")
    flagged = []
    for name, make in shapes.items():
        if only and name not in only:
            continue
        texts = (make(small), make(large))
        for ext in FORMATS:
            times = []
            for text in texts:
                best = float("inf")
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    linter.lint(read_document(text, name + ext))
                    best = min(best, time.perf_counter() - t0)
                times.append(best)
            growth = times[1] / max(times[0], 1e-4)
            bad = growth > 2 * ratio and times[1] > 0.02
            if bad:
                flagged.append(f"{name}{ext}")
            print(f"| {name} | {ext} | {times[0]:.4f} | {times[1]:.4f} | x{growth:.1f}{' **superlinear**' if bad else ''} |", flush=True)
    print()
    print(f"superlinear: {', '.join(flagged) if flagged else 'none'}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
