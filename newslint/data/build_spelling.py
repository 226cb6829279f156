"""Build the spelling data: word list with frequencies, UK/US variant pairs, real-word confusion
sets and a pruned bigram table.  Run at release time with the build-only packages installed::

    pip install wordfreq==3.1.1 symspellpy==6.10.1 textblob==0.20.1
    python -m newslint.data.build_spelling

Sources (see newslint/data/README.md for licences and attribution):

* symspellpy's ``frequency_dictionary_en_82_765.txt``: 82,765 words, the intersection of SCOWL
  (a spell-checker word list) and Google n-gram counts.  Every word in it is accepted.
* wordfreq's ``large`` English list: frequencies (Zipf scale) of ~320,000 words from subtitles,
  news, Wikipedia, books and the web.  Words at Zipf >= 3.0 (about one in a million tokens) are
  accepted too; rarer words are kept as *known* with their frequency, so the checker can tell a
  rare real word ("renminbi") from a typo ("presneted") by how close and how much more frequent
  the nearest dictionary word is.
* symspellpy's ``frequency_bigramdictionary_en_243_342.txt``: Google n-gram counts of the most
  frequent 243,342 word pairs.  They are the context statistics of the real-word check.

Outputs (in newslint/data/):

* ``spelling_words.txt``: the accepted words (``A`` line, sorted) and the known rare words (``K``
  line), each followed by a line of their frequencies, one character per word.
* ``spelling_variants.txt``: ``british american`` pairs, both forms in the word list.
* ``spelling_confusables.txt``: ``word neighbour neighbour ...``: frequent words one
  Damerau-Levenshtein edit apart (plural/-s pairs and spelling variants left out).
* ``spelling_deletes.bin``: a symmetric-delete index (crc32 of each frequent word and of its
  one-letter deletions) that finds two-edit suggestions without generating edits of edits.
* ``spelling_bigrams.bin``: the bigram vocabulary, its unigram counts and the pruned bigram counts
  (format in ``newslint/checks/spelling/lexicon.py``).
* ``spelling_tags.txt``: ``TAG word word ...``: the most likely part of speech (coarse Penn
  classes) of the words the real-word check compares, from the Brill tagger lexicon that textblob
  ships (``textblob/en/en-lexicon.txt``, MIT; see newslint/data/README.md).
"""

from __future__ import annotations

import math
import os
import re
import struct
import sys
from array import array
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
ACCEPT_ZIPF = 3.0  # wordfreq words at or above this are accepted
KNOWN_ZIPF = 1.5  # wordfreq words at or above this (and below ACCEPT_ZIPF) are known rare words
CONFUSABLE_ZIPF = 3.0  # the intended word of a real-word pair is at least this frequent
CONFUSED_ZIPF = 2.5  # the word written in its place at least this frequent
MAGIC = b"NLBG1\n"
DELETES_MAGIC = b"NLDL1\n"
DELETES_ZIPF = 3.0  # words reachable by two-edit suggestions

# Words wordfreq lists that are contractions missing their apostrophe ("dont"): never accepted
# unless SCOWL has them as words of their own ("cant", "wont", "shell").
CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
# words whose "'s" is "is" or "has" (that's, he's): written without the apostrophe they are typos
# Words that look like such a contraction to wordfreq ("m'm", "h'm") but are written without an
# apostrophe in news copy: the unit ("a 9 mm handgun") and the interjection.
NOT_CONTRACTIONS = frozenset({"mm", "hm"})
S_CONTRACTIONS = frozenset(
    "that what he she it there here who where how when why everyone everybody someone somebody nobody "
    "let this".split()
)

# British/American variant pairs that no suffix rule derives.
VARIANT_PAIRS = """
grey gray; tyre tire; tyres tires; cheque check; cheques checks; programme program; programmes programs;
plough plow; kerb curb; aluminium aluminum; sceptic skeptic; sceptical skeptical; scepticism skepticism;
mould mold; moult molt; jewellery jewelry; ageing aging; judgement judgment; enrol enroll; enrolment enrollment;
fulfil fulfill; fulfilment fulfillment; instalment installment; skilful skillful; wilful willful; draught draft;
draughts drafts; pyjamas pajamas; storey story; storeys stories; manoeuvre maneuver; manoeuvres maneuvers;
oestrogen estrogen; paediatric pediatric; paediatrician pediatrician; anaesthetic anesthetic; encyclopaedia encyclopedia;
haemorrhage hemorrhage; diarrhoea diarrhea; foetus fetus; leukaemia leukemia; orthopaedic orthopedic; mum mom;
mums moms; whisky whiskey; doughnut donut; cosy cozy; artefact artifact; artefacts artifacts; sulphur sulfur;
gaol jail; axe ax; practise practice; licence license; licences licenses; offence offense; offences offenses;
defence defense; defences defenses; pretence pretense; analyse analyze; analysed analyzed; analysing analyzing;
paralyse paralyze; paralysed paralyzed; catalyse catalyze; catalysed catalyzed; dialogue dialog; catalogue catalog;
catalogues catalogs; analogue analog; tonne ton; tonnes tons; yoghurt yogurt; cheques checks; speciality specialty;
specialities specialties; behove behoove; annexe annex; carat karat; omelette omelet; pyjama pajama
"""

SUFFIX_RULES = [
    # (british ending, american ending)
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourable", "orable"),
    ("ourite", "orite"), ("ourites", "orites"), ("ourful", "orful"), ("ourless", "orless"), ("ourer", "orer"),
    ("ise", "ize"), ("ises", "izes"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"),
    ("isations", "izations"), ("iser", "izer"), ("isers", "izers"),
    ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("tre", "ter"), ("tres", "ters"), ("tred", "tered"),
    ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("ellers", "elers"),
    ("alled", "aled"), ("alling", "aling"), ("illed", "iled"), ("illing", "iling"),
    ("olled", "oled"), ("olling", "oling"), ("ulled", "uled"), ("ulling", "uling"),
    ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"),
]


def zipf(freq: float) -> float:
    return math.log10(freq) + 9 if freq > 0 else 0.0


def load_symspell() -> tuple[dict[str, int], list[tuple[str, str, int]]]:
    import symspellpy

    base = os.path.dirname(symspellpy.__file__)
    words: dict[str, int] = {}
    with open(os.path.join(base, "frequency_dictionary_en_82_765.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, c = line.split()
            words[w] = int(c)
    bigrams = []
    with open(os.path.join(base, "frequency_bigramdictionary_en_243_342.txt"), encoding="utf-8") as fh:
        for line in fh:
            a, b, c = line.split()
            bigrams.append((a, b, int(c)))
    return words, bigrams


def damerau1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are exactly one Damerau-Levenshtein edit apart."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def variants(accepted: dict[str, float]) -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for chunk in VARIANT_PAIRS.replace("\n", " ").split(";"):
        if chunk.strip():
            uk, us = chunk.split()
            if uk in accepted and us in accepted:
                pairs.add((uk, us))
    # inflections of the listed pairs: tyres/tires, practises/practices, licenced/licensed
    for uk, us in list(pairs):
        for end in ("s", "d", "ed", "ing", "es"):
            a, b = uk + end, us + end
            if a in accepted and b in accepted:
                pairs.add((a, b))
            if uk.endswith("e") and us.endswith("e") and end in ("ed", "ing"):
                a, b = uk[:-1] + end, us[:-1] + end
                if a in accepted and b in accepted:
                    pairs.add((a, b))
    for w in accepted:
        for uk_end, us_end in SUFFIX_RULES:
            if w.endswith(uk_end) and len(w) > len(uk_end) + 2:
                us = w[: -len(uk_end)] + us_end
                if us in accepted and us != w:
                    pairs.add((w, us))
    # keep pairs where the "American" form is not a different common word (metre/meter is a pair,
    # but "ours"/"ors" or "licence"/"license" verb uses are fine either way): both directions checked
    return sorted(pairs)


def confusables(
    accepted: dict[str, float], scowl: dict[str, int], variant_pairs: list[tuple[str, str]]
) -> dict[str, list[str]]:
    """Map each written word to the words it may stand in for.  Both are SCOWL words (symspellpy's
    list), so wordfreq's tokens that are not words ("ff", "ln") never enter a confusion set."""
    words = [w for w in scowl if accepted[w] >= CONFUSED_ZIPF and "'" not in w and len(w) >= 2]
    skip = {frozenset(p) for p in variant_pairs}
    index: dict[str, list[str]] = defaultdict(list)
    for w in words:
        index[w].append(w)
        for i in range(len(w)):
            index[w[:i] + w[i + 1 :]].append(w)
    out: dict[str, set[str]] = defaultdict(set)
    for group in index.values():
        if len(group) < 2:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a == b or frozenset((a, b)) in skip or not damerau1(a, b):
                    continue
                if a + "s" == b or b + "s" == a:  # plural / third person: grammar, not a typo
                    continue
                if accepted[b] >= CONFUSABLE_ZIPF:
                    out[a].add(b)
                if accepted[a] >= CONFUSABLE_ZIPF:
                    out[b].add(a)
    # transpositions share no delete; find them directly
    wordset = set(words)
    for w in words:
        for i in range(len(w) - 1):
            t = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            if t != w and t in wordset and frozenset((w, t)) not in skip and accepted[t] >= CONFUSABLE_ZIPF:
                out[w].add(t)
    return {w: sorted(v, key=lambda x: (-accepted[x], x)) for w, v in out.items()}


# Penn tags folded into the classes the real-word check compares: forms a lexicon cannot tell
# apart reliably (VBD/VBN, VB/VBP) and degrees of one class share a class.
COARSE = {"VBP": "VB", "NNP": "NN", "NNPS": "NNS", "JJR": "JJ", "JJS": "JJ", "RBR": "RB", "RBS": "RB", "VBN": "VBD"}


def brill_tags() -> dict[str, str]:
    """Lower-case word -> coarse tag, from textblob's copy of the Brill lexicon."""
    import textblob

    path = os.path.join(os.path.dirname(textblob.__file__), "en", "en-lexicon.txt")
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(";;;"):
                continue
            parts = line.split()
            if len(parts) == 2 and WORD.fullmatch(parts[0]) and parts[1].isalpha():
                tags.setdefault(parts[0], COARSE.get(parts[1], parts[1]))
    return tags


DEMOTE_MAX_ZIPF = 3.6
DEMOTE_COST = 0.9
DEMOTE_GAP = 2.5


def misspelling_like(accepted: dict[str, float], scowl: set[str]) -> list[str]:
    """Accepted wordfreq-only words (4+ letters, Zipf < 3.6) within DEMOTE_COST weighted edits of a
    SCOWL word at least DEMOTE_GAP Zipf points more frequent."""
    from newslint.checks.spelling.candidates import edit_cost, edits1

    out = []
    for w, z in accepted.items():
        if w in scowl or len(w) < 4 or z >= DEMOTE_MAX_ZIPF or "'" in w:
            continue
        for c in edits1(w):
            if c in scowl and c in accepted and accepted[c] - z >= DEMOTE_GAP and edit_cost(w, c) <= DEMOTE_COST:
                out.append(w)
                break
    return sorted(out)


def main() -> None:
    import wordfreq

    ss_words, ss_bigrams = load_symspell()
    wf = wordfreq.get_frequency_dict("en", wordlist="large")
    wf_zipf = {w: zipf(f) for w, f in wf.items() if WORD.fullmatch(w)}
    ss_total = sum(ss_words.values())

    accepted: dict[str, float] = {}
    for w, c in ss_words.items():
        z = wf_zipf.get(w) or zipf(c / ss_total)
        accepted[w] = z
    contractions = {w for w in wf_zipf if "'" in w}
    # "dont", "youre", "thats": but not plurals that look like a possessive without its apostrophe
    # ("centers" from "center's")
    missing_apostrophe = {
        w.replace("'", "")
        for w in contractions
        if w.endswith(CLITICS) and (not w.endswith("'s") or w[:-2] in S_CONTRACTIONS)
    } - NOT_CONTRACTIONS
    for w, z in wf_zipf.items():
        if z >= ACCEPT_ZIPF and w not in accepted and w not in missing_apostrophe:
            accepted[w] = z
    known = {w: z for w, z in wf_zipf.items() if KNOWN_ZIPF <= z < ACCEPT_ZIPF and w not in accepted}
    # wordfreq-only words that are a cheap slip away from a far more common word are more often
    # that slip than a word ("ther", "sooo", "shoulda"): known, not accepted
    demoted = misspelling_like(accepted, set(ss_words))
    for w in demoted:
        known[w] = accepted.pop(w)

    variant_pairs = variants(accepted)
    confusion = confusables(accepted, ss_words, variant_pairs)

    # words file: sorted words on one line, their frequencies (chr(40 + zipf*10)) on the next
    def write_table(fh, tag: str, table: dict[str, float]) -> None:
        ws = sorted(table)
        fh.write(f"{tag} {' '.join(ws)}\n")
        fh.write(f"{tag.lower()} {''.join(chr(40 + max(0, min(80, round(table[w] * 10)))) for w in ws)}\n")

    with open(os.path.join(HERE, "spelling_words.txt"), "w", encoding="utf-8") as fh:
        fh.write("# newslint spelling words, built by python -m newslint.data.build_spelling.\n")
        fh.write("# 'A' line: accepted words (symspellpy's SCOWL-based list, MIT; wordfreq >= 3.0, CC BY-SA 4.0), sorted.\n")
        fh.write("# 'K' line: known rare words (wordfreq 1.5-3.0), not accepted on their own, sorted.\n")
        fh.write("# 'a'/'k' lines: one character per word, chr(40 + Zipf frequency * 10).\n")
        fh.write("# Frequencies: wordfreq 3.1.1 (Robyn Speer et al., CC BY-SA 4.0; see newslint/data/README.md).\n")
        write_table(fh, "A", accepted)
        write_table(fh, "K", known)

    with open(os.path.join(HERE, "spelling_variants.txt"), "w", encoding="utf-8") as fh:
        fh.write("# British and American spellings of one word: <british> <american>; both forms are accepted.\n")
        fh.write("# Built by python -m newslint.data.build_spelling from the accepted word list.\n")
        for uk, us in variant_pairs:
            fh.write(f"{uk} {us}\n")

    with open(os.path.join(HERE, "spelling_confusables.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Real-word confusion sets: <word> <neighbours one edit away, most frequent first>.\n")
        fh.write("# Built by python -m newslint.data.build_spelling from the accepted word list (written word Zipf >= 2.5, intended word >= 3.0, both SCOWL words).\n")
        for w in sorted(confusion):
            fh.write(f"{w} {' '.join(confusion[w])}\n")

    # bigrams: vocabulary ordered by unigram count, keys id1 << 15 | id2, log-quantised counts
    vocab_set = {a for a, _, _ in ss_bigrams} | {b for _, b, _ in ss_bigrams}
    vocab = sorted(vocab_set, key=lambda w: (-ss_words.get(w, 0), w))
    assert len(vocab) < 1 << 15, len(vocab)
    ids = {w: i for i, w in enumerate(vocab)}
    entries = sorted((ids[a] << 15 | ids[b], c) for a, b, c in ss_bigrams)
    keys = array("I", (k for k, _ in entries))
    counts = array("H", (min(65535, round((math.log10(c) - 6) * 8000)) for _, c in entries))
    unigram = array("H", (min(65535, round((math.log10(max(ss_words.get(w, 1), 1))) * 5000)) for w in vocab))
    vocab_bytes = "\n".join(vocab).encode("utf-8")
    if sys.byteorder == "big":
        keys.byteswap(), counts.byteswap(), unigram.byteswap()
    with open(os.path.join(HERE, "spelling_bigrams.bin"), "wb") as fh:
        fh.write(MAGIC)
        fh.write(struct.pack("<III", len(vocab_bytes), len(vocab), len(keys)))
        fh.write(vocab_bytes)
        fh.write(unigram.tobytes())
        fh.write(keys.tobytes())
        fh.write(counts.tobytes())

    # symmetric-delete index: crc32 of each word and of each of its one-letter deletions -> word
    import zlib

    dwords = sorted(w for w, z in accepted.items() if z >= DELETES_ZIPF)
    assert len(dwords) < 1 << 16, len(dwords)
    dentries = set()
    for i, w in enumerate(dwords):
        for d in {w} | {w[:k] + w[k + 1 :] for k in range(len(w))}:
            dentries.add((zlib.crc32(d.encode("utf-8")), i))
    dentries_sorted = sorted(dentries)
    dkeys = array("I", (k for k, _ in dentries_sorted))
    dids = array("H", (i for _, i in dentries_sorted))
    dbytes = "\n".join(dwords).encode("utf-8")
    if sys.byteorder == "big":
        dkeys.byteswap(), dids.byteswap()
    with open(os.path.join(HERE, "spelling_deletes.bin"), "wb") as fh:
        fh.write(DELETES_MAGIC)
        fh.write(struct.pack("<III", len(dbytes), len(dwords), len(dkeys)))
        fh.write(dbytes)
        fh.write(dkeys.tobytes())
        fh.write(dids.tobytes())

    # word classes of the words the real-word check compares
    lexicon_tags = brill_tags()
    tagged: dict[str, list[str]] = defaultdict(list)
    wanted = set(vocab) | set(confusion) | {c for cs in confusion.values() for c in cs}
    for w in sorted(wanted):
        t = lexicon_tags.get(w)
        if t is not None:
            tagged[t].append(w)
    with open(os.path.join(HERE, "spelling_tags.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Most likely word class (coarse Penn tag) of the words the real-word check compares: <TAG> <words...>.\n")
        fh.write("# From the Brill tagger lexicon shipped in textblob 0.20.1 (en-lexicon.txt: Brill lexicon, MIT; Twitter POS data words, CMU, CC BY 3.0). Built by python -m newslint.data.build_spelling.\n")
        for t in sorted(tagged):
            fh.write(f"{t} {' '.join(tagged[t])}\n")

    print(f"accepted {len(accepted)}, known rare {len(known)}, variant pairs {len(variant_pairs)}, "
          f"confusable words {len(confusion)} ({sum(map(len, confusion.values()))} pairs), "
          f"bigram vocabulary {len(vocab)}, bigrams {len(keys)}, delete index {len(dwords)} words {len(dkeys)} keys")
    print(f"demoted to known rare: {len(demoted)}: {' '.join(demoted)}")
    print(f"tagged words {sum(map(len, tagged.values()))} in {len(tagged)} classes")
    for name in ("spelling_words.txt", "spelling_variants.txt", "spelling_confusables.txt", "spelling_bigrams.bin", "spelling_deletes.bin", "spelling_tags.txt"):
        print(f"  {name}: {os.path.getsize(os.path.join(HERE, name)) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
