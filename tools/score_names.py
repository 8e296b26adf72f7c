#!/usr/bin/env python3
"""Scores Gazette's names against a gold JSONL file (FORMAT.md).

    python3 tools/score_names.py GOLD.jsonl [--gazette .build/release/gazette] [--map GPE=LOC]
           [--errors N] [--label ORG]

Runs `gazette annotate GOLD.jsonl --no-text`, then prints, per label, strict (same
start, end and label) and relaxed (same label, overlapping; each span used once)
precision, recall and F1. `--map GPE=LOC,PROGRAMME=MISC` renames our labels before
scoring (CoNLL-2003 and MEANTIME have LOC for both places and states: the default
maps GPE to LOC when the gold has no GPE). Labels the gold never uses are not scored.
`--errors N` prints N false positives and N misses (strict) for `--label`.
Python 3 standard library only.
"""
import argparse, json, subprocess, sys
from collections import defaultdict

NAME_LABELS = ["PERSON", "ORG", "PROGRAMME", "GPE", "LOC", "MISC"]

def load(lines):
    docs = {}
    for line in lines:
        line = line.strip()
        if line:
            d = json.loads(line)
            docs[d["id"]] = d
    return docs

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--gazette", default=".build/release/gazette")
    ap.add_argument("--map", default=None)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--label", default=None)
    ap.add_argument("--relaxed-errors", action="store_true", help="list only errors that relaxed matching counts")
    a = ap.parse_args()
    gold = load(open(a.gold, encoding="utf-8"))
    out = subprocess.run([a.gazette, "annotate", a.gold, "--no-text"], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"gazette failed ({out.returncode}): {out.stderr}")
    pred = load(out.stdout.splitlines())
    gold_labels = {s["label"] for d in gold.values() for s in d["spans"] if s["label"] in NAME_LABELS}
    mapping = {}
    if a.map:
        for pair in a.map.split(","):
            k, v = pair.split("=")
            mapping[k] = v
    elif "GPE" not in gold_labels:
        mapping["GPE"] = "LOC"
    counts = {m: defaultdict(lambda: [0, 0, 0]) for m in ("strict", "relaxed")}
    errors = []
    for doc_id, g in gold.items():
        text = g["text"]
        gs = [(s["start"], s["end"], s["label"]) for s in g["spans"] if s["label"] in gold_labels]
        ps = []
        for s in pred.get(doc_id, {}).get("spans", []):
            label = mapping.get(s["label"], s["label"])
            if label in gold_labels:
                ps.append((s["start"], s["end"], label, s.get("rule", "")))
        gset = set(gs)
        pset = {(s, e, l) for s, e, l, _ in ps}
        for label in gold_labels:
            c = counts["strict"][label]
            c[0] += len({x for x in gset & pset if x[2] == label})
            c[1] += len({x for x in pset - gset if x[2] == label})
            c[2] += len({x for x in gset - pset if x[2] == label})
        used = set()
        for label in gold_labels:
            gl = [x for x in gs if x[2] == label]
            pl = [x for x in ps if x[2] == label]
            tp = 0
            for p in pl:
                for k, x in enumerate(gl):
                    if (label, k) not in used and x[0] < p[1] and p[0] < x[1]:
                        used.add((label, k))
                        tp += 1
                        break
            c = counts["relaxed"][label]
            c[0] += tp
            c[1] += len(pl) - tp
            c[2] += len(gl) - tp
        if a.errors:
            for s, e, l, rule in ps:
                if a.relaxed_errors and any(x[2] == l and x[0] < e and s < x[1] for x in gs):
                    continue
                if (s, e, l) not in gset and (a.label is None or l == a.label):
                    gl = [f"{x[2]}:{text[x[0]:x[1]]}" for x in gs if x[0] < e and s < x[1]]
                    errors.append(("FP", doc_id, f"{l} {text[s:e]!r} [{rule}] gold={gl} ctx={text[max(0, s-40):e+40]!r}"))
            for s, e, l in gs:
                if a.relaxed_errors and any(x[2] == l and x[0] < e and s < x[1] for x in ps):
                    continue
                if (s, e, l) not in pset and (a.label is None or l == a.label):
                    pl = [f"{x[2]}:{text[x[0]:x[1]]}" for x in ps if x[0] < e and s < x[1]]
                    errors.append(("FN", doc_id, f"{l} {text[s:e]!r} pred={pl} ctx={text[max(0, s-40):e+40]!r}"))
    print(f"gold: {a.gold}  docs: {len(gold)}  map: {mapping or '-'}")
    print(f"{'label':<10} {'mode':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for label in sorted(gold_labels):
        for mode in ("strict", "relaxed"):
            tp, fp, fn = counts[mode][label]
            p, r, f = prf(tp, fp, fn)
            print(f"{label:<10} {mode:<8} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5d} {fp:5d} {fn:5d}")
    if errors:
        import random
        random.seed(1)
        for kind in ("FP", "FN"):
            sel = [e for e in errors if e[0] == kind]
            for e in random.sample(sel, min(a.errors, len(sel))):
                print(kind, e[1], e[2])

if __name__ == "__main__":
    main()
