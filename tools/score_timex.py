#!/usr/bin/env python3
"""TempEval-3 style scores for temporal spans (DATE, TIME, DURATION, SET).

Runs `gazette annotate --no-text` on the documents of a gold JSONL file (their
id, text and meta go to its standard input), joins the output to the gold by
document id, and prints per-type and overall:

- strict extent P/R/F1: same start and end;
- relaxed extent P/R/F1: any overlap, matched one to one;
- value F1: relaxed matches whose value is also the same (P over system spans,
  R over gold spans), as TempEval-3's attribute F1;
- type accuracy: the share of relaxed matches with the same label.

Usage:
  tools/score_timex.py GOLD.jsonl [--bin .build/release/gazette] [--errors N]
  tools/score_timex.py GOLD.jsonl --system OUT.jsonl   # score an existing output
No dependencies beyond Python 3.
"""
import argparse
import json
import subprocess
import sys

TEMPORAL = ("DATE", "TIME", "DURATION", "SET")


def load(lines):
    docs = {}
    for line in lines:
        line = line.strip()
        if line:
            d = json.loads(line)
            docs[d["id"]] = d
    return docs


def temporal(spans):
    return [s for s in spans if s.get("label") in TEMPORAL]


def match(gold, system):
    """One-to-one relaxed matching: each gold span takes the best overlapping unused system span."""
    used = set()
    pairs = []
    for g in sorted(gold, key=lambda s: s["start"]):
        best, best_overlap = None, 0
        for k, s in enumerate(system):
            if k in used:
                continue
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--bin", default=".build/debug/gazette")
    ap.add_argument("--system", help="score this output instead of running gazette")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses of each kind")
    args = ap.parse_args()

    with open(args.gold, encoding="utf-8") as f:
        gold_docs = load(f)
    if args.system:
        with open(args.system, encoding="utf-8") as f:
            sys_docs = load(f)
    else:
        payload = "".join(
            json.dumps({"id": d["id"], "text": d["text"], "meta": d.get("meta", {})}, ensure_ascii=False) + "\n"
            for d in gold_docs.values()
        )
        out = subprocess.run([args.bin, "annotate", "--no-text", "-"], input=payload.encode("utf-8"),
                             stdout=subprocess.PIPE, check=False)
        sys_docs = load(out.stdout.decode("utf-8").splitlines())

    keys = ("strict", "relaxed", "value", "type", "gold", "sys")
    stats = {t: dict.fromkeys(keys, 0) for t in TEMPORAL + ("ALL",)}
    # per-type precision counts use the system label, recall counts the gold label
    sys_stats = {t: dict.fromkeys(keys, 0) for t in TEMPORAL + ("ALL",)}
    errors = {"missed": [], "spurious": [], "extent": [], "value": []}

    for doc_id, g in gold_docs.items():
        gold = temporal(g.get("spans", []))
        system = temporal(sys_docs.get(doc_id, {}).get("spans", []))
        text = g["text"]
        for s in gold:
            stats[s["label"]]["gold"] += 1
            stats["ALL"]["gold"] += 1
        for s in system:
            sys_stats[s["label"]]["sys"] += 1
            sys_stats["ALL"]["sys"] += 1
        pairs = match(gold, system)
        matched_sys = {id(s) for _, s in pairs}
        matched_gold = {id(gs) for gs, _ in pairs}
        for gs, ss in pairs:
            strict = gs["start"] == ss["start"] and gs["end"] == ss["end"]
            value = gs.get("value") == ss.get("value")
            same_type = gs["label"] == ss["label"]
            for table, label in ((stats, gs["label"]), (sys_stats, ss["label"])):
                for t in (label, "ALL"):
                    table[t]["relaxed"] += 1
                    table[t]["strict"] += strict
                    table[t]["value"] += value
                    table[t]["type"] += same_type
            ctx = text[max(0, gs["start"] - 40):gs["end"] + 30].replace("\n", " ")
            if not strict:
                errors["extent"].append(f"{doc_id}: gold [{gs['text']}] sys [{ss['text']}] | {ctx}")
            elif not value:
                errors["value"].append(
                    f"{doc_id} dct={g.get('meta', {}).get('dct')}: [{gs['text']}] gold {gs['label']} {gs.get('value')} "
                    f"sys {ss['label']} {ss.get('value')} ({ss.get('rule')}) | {ctx}")
        for gs in gold:
            if id(gs) not in matched_gold:
                ctx = text[max(0, gs["start"] - 40):gs["end"] + 30].replace("\n", " ")
                errors["missed"].append(f"{doc_id}: {gs['label']} [{gs['text']}] {gs.get('value')} | {ctx}")
        for ss in system:
            if id(ss) not in matched_sys:
                ctx = text[max(0, ss["start"] - 40):ss["end"] + 30].replace("\n", " ")
                errors["spurious"].append(f"{doc_id}: {ss['label']} [{ss['text']}] {ss.get('value')} ({ss.get('rule')}) | {ctx}")

    print(f"{'type':9} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | {'relax P':>7} {'R':>5} {'F1':>5} | "
          f"{'value P':>7} {'R':>5} {'F1':>5} | {'type acc':>8}")
    for t in TEMPORAL + ("ALL",):
        g, s = stats[t], sys_stats[t]
        sp, sr, sf = prf(s["strict"], s["sys"], g["strict"], g["gold"])
        rp, rr, rf = prf(s["relaxed"], s["sys"], g["relaxed"], g["gold"])
        vp, vr, vf = prf(s["value"], s["sys"], g["value"], g["gold"])
        acc = g["type"] / g["relaxed"] if g["relaxed"] else 0.0
        print(f"{t:9} {g['gold']:5d} {s['sys']:5d} | {sp:8.3f} {sr:5.3f} {sf:5.3f} | {rp:7.3f} {rr:5.3f} {rf:5.3f} | "
              f"{vp:7.3f} {vr:5.3f} {vf:5.3f} | {acc:8.3f}")
    if args.errors:
        for kind, items in errors.items():
            print(f"\n## {kind} ({len(items)})")
            for line in items[: args.errors]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
