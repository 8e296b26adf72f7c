#!/usr/bin/env python3
"""spaCy comparison for issue "Speed": spaCy's rule-based entity matching against
`gazette annotate`, on the same text, in one run.

  pip install spacy            # once, at development time (tested with spaCy 3.8)
  tools/bench --no-build --mb 50   # makes bench-out/bench.jsonl (or run tools/bench --spacy)
  python3 tools/spacy_bench.py [--mb 5] [--runs 3] [--patterns 50000] [--json]

Builds `spacy.blank("en")` plus an EntityRuler with --patterns phrase patterns taken
from the project's own lists in Gazetteers/ (the names and aliases of every entry
list in manifest order, then the first names and surnames of the cue lists, labelled
PERSON, until there are enough; duplicates dropped), and runs it with `nlp.pipe` on
one process over the first --mb MB of the documents of bench-out/bench.jsonl, the
corpus tools/bench makes. Then runs `.build/release/gazette annotate --no-text
--jobs 1` over the same documents (medians of --runs runs, wall time of the whole
process, start-up included; also the annotation time alone that --timing reports)
and prints both MB/s and docs/s and their ratio (whole process against spaCy's
`nlp.pipe` time; building the EntityRuler is not counted for spaCy). MB are
10^6 bytes of UTF-8 document text, as in tools/bench. Nothing is downloaded at run
time: spaCy's blank English pipeline has no model, and the patterns are local files.
"""
import argparse, json, statistics, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
GAZETTEERS = ROOT / "Gazetteers"


def patterns(limit):
    """Up to `limit` distinct (label, phrase) pairs from Gazetteers/ (see the docstring)."""
    entry_lists, fill = [], []
    for line in (GAZETTEERS / "manifest.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line or line.startswith("#") or fields == ["file", "kind", "what", "case"] or len(fields) != 4:
            continue
        if fields[1] == "entries":
            entry_lists.append((fields[0], fields[2]))
        elif fields[2] in ("first-name", "surname"):
            fill.append((fields[0], "PERSON"))
    seen, found = set(), []

    def take(label, phrase):
        phrase = phrase.strip()
        if phrase and (label, phrase) not in seen and len(found) < limit:
            seen.add((label, phrase))
            found.append({"label": label, "pattern": phrase})

    for file, label in entry_lists:
        for line in (GAZETTEERS / file).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            take(label, fields[0])
            if len(fields) > 2:
                for alias in fields[2].split("|"):
                    take(label, alias)
    for file, label in fill:
        for line in (GAZETTEERS / file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                # The census lists are in capitals or lower case; write them as names.
                take(label, line.strip().title())
    if len(found) < limit:
        sys.exit(f"spacy_bench: only {len(found)} distinct patterns in Gazetteers/, {limit} asked")
    return found


def prefix(source, mb):
    """The first documents of `source` (JSONL) holding at least `mb` MB of text."""
    lines, texts, size = [], [], 0
    with source.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            lines.append(line)
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= mb * 1e6:
                break
    return lines, texts, size


def gazette_run(binary, path):
    """Wall seconds of the whole process, and seconds of annotation alone (from --timing)."""
    t = time.perf_counter()
    p = subprocess.run([str(binary), "annotate", "--no-text", "--timing", "--jobs", "1", str(path)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    run_ms = next(int(l.split(" run ")[1].split()[0]) for l in p.stderr.decode().splitlines() if l.startswith("load "))
    return wall, run_ms / 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5, help="MB of text from the start of the corpus (default 5)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each side; medians are reported")
    ap.add_argument("--patterns", type=int, default=50000)
    ap.add_argument("--corpus", type=Path, default=OUT / "bench.jsonl")
    ap.add_argument("--binary", type=Path, default=ROOT / ".build" / "release" / "gazette")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    a = ap.parse_args()
    try:
        import spacy
    except ImportError:
        sys.exit("spacy_bench: spaCy is not installed (pip install spacy)")
    if not a.corpus.exists():
        sys.exit(f"spacy_bench: {a.corpus} is missing; run tools/bench first, it makes the corpus")
    if not a.binary.exists():
        sys.exit(f"spacy_bench: {a.binary} is missing; swift build -c release --product gazette")

    lines, texts, size = prefix(a.corpus, a.mb)
    mb, docs = size / 1e6, len(texts)
    sample = OUT / "spacy-sample.jsonl"
    sample.write_text("".join(lines), encoding="utf-8")

    t = time.perf_counter()
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns(a.patterns))
    build = time.perf_counter() - t

    spacy_walls, entities = [], 0
    for _ in range(a.runs):
        t = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
        spacy_walls.append(time.perf_counter() - t)
    spacy_wall = statistics.median(spacy_walls)
    gazette = [gazette_run(a.binary, sample) for _ in range(a.runs)]
    gazette_wall = statistics.median(g[0] for g in gazette)
    gazette_annotation = statistics.median(g[1] for g in gazette)

    result = {
        "spacy_version": spacy.__version__, "patterns": a.patterns, "documents": docs, "mb": round(mb, 3),
        "runs": a.runs, "spacy_build_s": round(build, 2), "spacy_entities": entities,
        "spacy_mb_s": mb / spacy_wall, "spacy_docs_s": docs / spacy_wall,
        "gazette_mb_s": mb / gazette_wall, "gazette_docs_s": docs / gazette_wall,
        "gazette_annotation_mb_s": mb / gazette_annotation,
    }
    result["ratio"] = result["gazette_mb_s"] / result["spacy_mb_s"]
    if a.json:
        print(json.dumps(result))
        return
    print(f"text: first {docs} documents of {a.corpus.name}, {mb:.1f} MB; medians of {a.runs} runs")
    print(f"spaCy {spacy.__version__} blank('en') + EntityRuler, {a.patterns} phrase patterns "
          f"(built in {build:.1f} s): {result['spacy_mb_s']:.2f} MB/s, {result['spacy_docs_s']:.0f} docs/s, "
          f"{entities} entities")
    print(f"gazette annotate --no-text --jobs 1: {result['gazette_mb_s']:.2f} MB/s, "
          f"{result['gazette_docs_s']:.0f} docs/s (whole process; annotation alone, without start-up: "
          f"{result['gazette_annotation_mb_s']:.2f} MB/s)")
    print(f"gazette / spaCy: {result['ratio']:.1f}x (target 80x)")


if __name__ == "__main__":
    main()
