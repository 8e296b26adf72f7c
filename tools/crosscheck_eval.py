#!/usr/bin/env python3
"""Cross-check `gazette eval` against nervaluate and seqeval.

For each gold corpus (FORMAT.md JSONL) this makes predictions by damaging the gold
(seeded), scores them with Gazette (`gazette eval --json`), nervaluate (the four
SemEval-2013 9.1 schemes) and seqeval (strict IOB2, exact spans), and prints where
they differ.

Also: the CoNLL corpus and a damaged copy written as IOB1 files and read by
Gazette's CoNLL reader, against seqeval's default (conlleval-like) mode on the same
tags; and round trips through `gazette convert --to brat` (and `--to timeml` for
TempEval-3) and back, which must give the documents unchanged.

Variants:
  identity   predictions = gold
  flat       boundary shifts, label swaps, deletions, insertions; predictions stay
             non-overlapping, so IOB2 (seqeval) can represent them
  overlap    extra overlapping predictions of the kinds that make nervaluate's greedy,
             order-dependent matching go wrong (a truncated copy or a wrongly labelled
             copy listed before the exact prediction, a gold span split in two); not
             representable in IOB2, so seqeval is skipped

Gazette is also run on the predictions in reverse order (its scores must not change).
Where Gazette and nervaluate differ, nervaluate is run again with each document's
predictions reordered so that exact matches come first (the order its greedy matching
needs), and the script finds the documents whose nervaluate
counts change when the same predictions are listed in another order (reversed or
shuffled): nervaluate's order dependence. It then scores again without those documents;
what differs after that is printed as unexplained.

Development-time only: pip install nervaluate seqeval. Usage:
  swift build -c release
  python3 tools/crosscheck_eval.py [--gazette .build/release/gazette] [--corpora ../shared/corpora]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

from nervaluate import Evaluator
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

SCHEMES = [("strict", "strict"), ("exact", "exact"), ("partial", "partial"), ("type", "ent_type")]
COUNTS = ["correct", "incorrect", "partial", "missed", "spurious"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def token_bounds(text, spans):
    """Starts and ends of whitespace tokens, plus every span boundary."""
    starts, ends = set(), set()
    for m in re.finditer(r"\S+", text):
        starts.add(m.start())
        ends.add(m.end())
    for s in spans:
        starts.add(s["start"])
        ends.add(s["end"])
    return sorted(starts), sorted(ends)


def flatten(spans):
    out = []
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if s["end"] <= s["start"]:
            continue
        if out and s["start"] < out[-1]["end"]:
            continue
        out.append(s)
    return out


def damage_flat(doc, labels, rng):
    text = doc["text"]
    gold = doc["spans"]
    starts, ends = token_bounds(text, gold)
    pred = []
    for s in gold:
        s = {k: s[k] for k in ("start", "end", "label", "value") if k in s}
        r = rng.random()
        if r < 0.10:
            continue  # deletion
        if r < 0.20 and len(labels) > 1:
            s["label"] = rng.choice([l for l in labels if l != s["label"]])
        elif r < 0.35:
            if rng.random() < 0.5:
                i = starts.index(s["start"]) + rng.choice([-2, -1, 1, 2])
                if 0 <= i < len(starts) and starts[i] < s["end"]:
                    s["start"] = starts[i]
            else:
                i = ends.index(s["end"]) + rng.choice([-2, -1, 1, 2])
                if 0 <= i < len(ends) and ends[i] > s["start"]:
                    s["end"] = ends[i]
        elif r < 0.40 and "value" in s:
            s["value"] = s["value"] + "X"
        pred.append(s)
    for _ in range(max(1, len(gold) // 20)):  # insertions
        if not starts:
            break
        i = rng.randrange(len(starts))
        j = min(len(ends) - 1, max(0, next((k for k, e in enumerate(ends) if e > starts[i]), 0) + rng.randrange(3)))
        if ends[j] > starts[i]:
            pred.append({"start": starts[i], "end": ends[j], "label": rng.choice(labels)})
    return flatten(pred)


def damage_overlap(doc, labels, rng):
    pred = []
    for s in doc["spans"]:
        s = {k: s[k] for k in ("start", "end", "label", "value") if k in s}
        r = rng.random()
        length = s["end"] - s["start"]
        if r < 0.10 and length > 1:  # truncated copy listed before the exact one
            pred.append({"start": s["start"], "end": s["start"] + length // 2, "label": s["label"]})
            pred.append(s)
        elif r < 0.18 and len(labels) > 1:  # wrongly labelled copy listed before the exact one
            pred.append(dict(s, label=rng.choice([l for l in labels if l != s["label"]])))
            pred.append(s)
        elif r < 0.25 and length > 1:  # split in two
            mid = s["start"] + length // 2
            pred.append(dict(s, end=mid))
            pred.append(dict(s, start=mid))
        elif r < 0.30:
            continue
        else:
            pred.append(s)
    return pred


def gazette(binary, gold_path, pred_path):
    out = subprocess.run([binary, "eval", "--json", "--gold", gold_path, pred_path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def nerv_entities(spans):
    # nervaluate's entity ends are inclusive (token indices): pass end - 1.
    return [{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in spans]


def nervaluate(gold_docs, pred_by_id, labels):
    true = [nerv_entities(d["spans"]) for d in gold_docs]
    pred = [nerv_entities(pred_by_id.get(d["id"], [])) for d in gold_docs]
    # nervaluate cannot infer its loader from an empty first document: lead with a dummy pair.
    true.insert(0, [{"label": labels[0], "start": 0, "end": 0}])
    pred.insert(0, [{"label": labels[0], "start": 0, "end": 0}])
    r = Evaluator(true, pred, tags=labels, loader="dict").evaluate()
    def counts(res, dummy):
        out = {}
        for ours, theirs in SCHEMES:
            c = res[theirs]
            out[ours] = {"correct": c.correct - dummy, "incorrect": c.incorrect, "partial": c.partial,
                         "missed": c.missed, "spurious": c.spurious}
        return out
    result = {"micro": counts(r["overall"], 1)}
    for label in labels:
        if label in r["entities"]:
            result[label] = counts(r["entities"][label], 1 if label == labels[0] else 0)
    return result


def seqeval_scores(gold_docs, pred_by_id):
    y_true, y_pred = [], []
    for d in gold_docs:
        text = d["text"]
        pred = pred_by_id.get(d["id"], [])
        cuts = set()
        for s in d["spans"] + pred:
            cuts.add(s["start"])
            cuts.add(s["end"])
        tokens = []
        for m in re.finditer(r"\S+", text):
            points = sorted({m.start(), m.end()} | {c for c in cuts if m.start() < c < m.end()})
            tokens += list(zip(points, points[1:]))
        def tags(spans):
            out = ["O"] * len(tokens)
            for s in spans:
                inside = [i for i, (a, b) in enumerate(tokens) if s["start"] <= a and b <= s["end"]]
                for k, i in enumerate(inside):
                    out[i] = ("B-" if k == 0 else "I-") + s["label"]
            return out
        y_true.append(tags(d["spans"]))
        y_pred.append(tags(pred))
    rep = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    return rep


def ours(report, key):
    block = report["micro"] if key == "micro" else report["labels"].get(key)
    if block is None:
        return None
    return {s: {c: block[s][c] for c in COUNTS} for s, _ in SCHEMES}


def compare(name, report, nerv, seq, labels, problems):
    rows = []
    for key in ["micro"] + labels:
        g = ours(report, key)
        n = nerv.get(key)
        if g is None or n is None:
            continue
        for scheme, _ in SCHEMES:
            same = g[scheme] == n[scheme]
            rows.append((key, scheme, "nervaluate", same, g[scheme], n[scheme]))
    if seq is not None:
        for key in ["micro"] + labels:
            skey = "micro avg" if key == "micro" else key
            if skey not in seq:
                continue
            block = report["micro"] if key == "micro" else report["labels"][key]
            mine = (block["strict"]["precision"], block["strict"]["recall"], block["strict"]["f1"])
            theirs = (seq[skey]["precision"], seq[skey]["recall"], seq[skey]["f1-score"])
            same = all(abs(a - b) < 1e-9 for a, b in zip(mine, theirs))
            rows.append((key, "strict P/R/F1", "seqeval", same, mine, theirs))
    differ = [r for r in rows if not r[3]]
    print(f"  {name}: {len(rows) - len(differ)} of {len(rows)} comparisons equal "
          f"(Gazette micro strict F1 {report['micro']['strict']['f1']:.4f})")
    for key, scheme, tool, _, mine, theirs in differ:
        print(f"    DIFF {key:8} {scheme:14} gazette={mine}\n         {'':8} {'':14} {tool}={theirs}")
        problems.append((name, key, scheme, tool))
    return differ


def exact_first(doc, pred):
    """The predictions reordered: exact matches (bounds and label), then same bounds, then the rest."""
    gold = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
    bounds = {(s["start"], s["end"]) for s in doc["spans"]}
    def rank(s):
        if (s["start"], s["end"], s["label"]) in gold:
            return 0
        return 1 if (s["start"], s["end"]) in bounds else 2
    return sorted(pred, key=rank)


def order_dependent_docs(gold_docs, pred_by_id, labels, rng):
    found = []
    for d in gold_docs:
        pred = pred_by_id.get(d["id"], [])
        if len(pred) < 2:
            continue
        base = nervaluate([d], {d["id"]: pred}, labels)
        orders = [list(reversed(pred))] + [rng.sample(pred, len(pred)) for _ in range(3)]
        if any(nervaluate([d], {d["id"]: o}, labels) != base for o in orders):
            found.append(d["id"])
    return found


def iob1_lines(doc, spans):
    """The document as CoNLL IOB1 lines (its text must be tokens joined by spaces, sentences by newlines)."""
    out = ["-DOCSTART- -X- -X- O", ""]
    tags = []
    offset = 0
    for sentence in doc["text"].split("\n"):
        row = []
        for token in sentence.split(" "):
            row.append([token, offset, offset + len(token), "O"])
            offset += len(token) + 1
        tags.append(row)
    flat = [t for row in tags for t in row]
    previous = None
    for s in sorted(spans, key=lambda s: s["start"]):
        label = "PER" if s["label"] == "PERSON" else s["label"]
        inside = [t for t in flat if s["start"] <= t[1] and t[2] <= s["end"]]
        for k, t in enumerate(inside):
            adjacent = previous is not None and previous["end"] + 1 == s["start"] and previous["label"] == s["label"]
            t[3] = ("B-" if k == 0 and adjacent else "I-") + label
        previous = s
    for row in tags:
        out += [f"{t[0]} {t[3]}" for t in row] + [""]
    return out, [[t[3] for t in row] for row in tags]


def conll_check(binary, gold, preds, tmp, problems):
    """Writes gold and predictions as IOB1 CoNLL, scores them with `gazette eval` (its CoNLL
    reader) and with seqeval's default, conlleval-like mode on the same tags."""
    from seqeval.metrics import classification_report as report_default
    pred_by_id = {p["id"]: p["spans"] for p in preds}
    files, y = {}, {"gold": [], "pred": []}
    for side in ("gold", "pred"):
        lines = []
        for d in gold:
            doc_lines, tags = iob1_lines(d, d["spans"] if side == "gold" else pred_by_id.get(d["id"], []))
            lines += doc_lines
            y[side] += tags
        os.makedirs(os.path.join(tmp, side), exist_ok=True)
        files[side] = os.path.join(tmp, side, "corpus.conll")
        with open(files[side], "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    report = gazette(binary, files["gold"], files["pred"])
    seq = report_default(y["gold"], y["pred"], output_dict=True, zero_division=0)
    rows = 0
    differ = 0
    for key in ["micro avg"] + [k for k in seq if k not in ("micro avg", "macro avg", "weighted avg")]:
        ours_key = "micro" if key == "micro avg" else ("PERSON" if key == "PER" else key)
        block = report["micro"] if ours_key == "micro" else report["labels"].get(ours_key)
        mine = (block["strict"]["precision"], block["strict"]["recall"], block["strict"]["f1"])
        theirs = (seq[key]["precision"], seq[key]["recall"], seq[key]["f1-score"])
        rows += 1
        if not all(abs(a - b) < 1e-9 for a, b in zip(mine, theirs)):
            differ += 1
            print(f"    DIFF {ours_key:8} strict P/R/F1 gazette={mine}\n         seqeval (IOB1, conlleval mode)={theirs}")
            problems.append(("conll", ours_key, "strict", "seqeval-iob1"))
    print(f"  CoNLL IOB1 files through gazette's reader vs seqeval (conlleval mode): {rows - differ} of {rows} equal "
          f"(micro strict F1 {report['micro']['strict']['f1']:.4f}, {report['documents']} documents)")


def round_trip(binary, path, target, tmp, problems):
    """gazette convert to `target` and back: the documents must come back unchanged."""
    out = os.path.join(tmp, "rt-" + target + "-" + os.path.basename(os.path.dirname(path)))
    subprocess.run([binary, "convert", path, "--to", target, "--output", out], check=True, capture_output=True)
    back = subprocess.run([binary, "convert", out], check=True, capture_output=True, text=True).stdout
    original = {d["id"]: d for d in load(path)}
    key = lambda s: (s["start"], s["end"], s["label"], s.get("value"), s.get("mod"))
    bad = 0
    docs = [json.loads(line) for line in back.splitlines()]
    for d in docs:
        o = original.get(d["id"])
        if o is None:
            bad += 1
            continue
        spans = [s for s in o["spans"] if target != "timeml" or s["label"] in ("DATE", "TIME", "DURATION", "SET")]
        if o["text"] != d["text"] or [key(s) for s in spans] != [key(s) for s in d["spans"]]:
            bad += 1
        elif target == "timeml" and o["meta"].get("dct") != d["meta"].get("dct"):
            bad += 1
    print(f"  round trip through {target}: {len(docs)} documents back, {bad} changed")
    if bad or len(docs) != len(original):
        problems.append((path, target, "round trip", "gazette"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazette", default=os.path.join(here, "..", ".build", "release", "gazette"))
    ap.add_argument("--corpora", default=os.path.join(here, "..", "..", "shared", "corpora"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    files = ["conll2003/testa.jsonl", "meantime/dev.jsonl", "tempeval3/train.jsonl"]
    problems, unexplained = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for rel in files:
            path = os.path.join(args.corpora, rel)
            if not os.path.exists(path):
                print(f"skip {rel}: not found")
                continue
            gold = load(path)
            labels = sorted({s["label"] for d in gold for s in d["spans"]})
            print(f"{rel}: {len(gold)} documents, {sum(len(d['spans']) for d in gold)} spans, labels {labels}")
            for variant in ["identity", "flat", "overlap"]:
                rng = random.Random(f"{args.seed}:{rel}:{variant}")
                if variant == "identity":
                    preds = [dict(id=d["id"], spans=d["spans"]) for d in gold]
                elif variant == "flat":
                    preds = [dict(id=d["id"], spans=damage_flat(d, labels, rng)) for d in gold]
                else:
                    preds = [dict(id=d["id"], spans=damage_overlap(d, labels, rng)) for d in gold]
                pred_path = os.path.join(tmp, "pred.jsonl")
                write(pred_path, preds)
                pred_by_id = {p["id"]: p["spans"] for p in preds}
                report = gazette(args.gazette, path, pred_path)
                reversed_path = os.path.join(tmp, "pred-reversed.jsonl")
                write(reversed_path, [dict(id=p["id"], spans=p["spans"][::-1]) for p in reversed(preds)])
                if gazette(args.gazette, path, reversed_path)["micro"] != report["micro"]:
                    print(f"  {variant}: GAZETTE DEPENDS ON THE ORDER OF THE PREDICTIONS")
                    unexplained.append((variant, "micro", "order", "gazette"))
                nerv = nervaluate(gold, pred_by_id, labels)
                seq = seqeval_scores(gold, pred_by_id) if variant != "overlap" else None
                differ = compare(variant, report, nerv, seq, labels, problems)
                if not differ:
                    continue
                favourable = {k: exact_first(d, pred_by_id.get(d["id"], [])) for k, d in
                              ((d["id"], d) for d in gold)}
                compare(variant + ", nervaluate given exact matches first", report,
                        nervaluate(gold, favourable, labels), None, labels, [])
                dependent = order_dependent_docs(gold, pred_by_id, labels, rng)
                rest = [d for d in gold if d["id"] not in set(dependent)]
                print(f"    nervaluate is order-dependent on {len(dependent)} documents; "
                      f"scoring the other {len(rest)} again:")
                gold_rest = os.path.join(tmp, "gold-rest.jsonl")
                write(gold_rest, rest)
                report = gazette(args.gazette, gold_rest, pred_path)
                nerv = nervaluate(rest, pred_by_id, labels)
                rest_labels = [l for l in labels if l in report["labels"]]
                seq = seqeval_scores(rest, pred_by_id) if variant != "overlap" else None
                compare(variant + " w/o order-dependent docs", report, nerv, seq, rest_labels, unexplained)
            if rel.startswith("conll2003"):
                rng = random.Random(f"{args.seed}:{rel}:iob1")
                conll_check(args.gazette, gold, [dict(id=d["id"], spans=damage_flat(d, labels, rng)) for d in gold],
                            tmp, unexplained)
            for target in ("brat", "timeml"):
                if target == "timeml" and not rel.startswith("tempeval3"):
                    continue
                round_trip(args.gazette, path, target, tmp, unexplained)
    print()
    print(f"{len(problems)} differences in all; {len(unexplained)} not explained by nervaluate's order dependence")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
